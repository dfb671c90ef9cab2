"""Golden tests: speech acts beyond plain saying, third set (factdb/extract/speech_acts.py
families, lexicons/verb_classes.txt).

"Sam Jacobs explained to CBS why Merkel was selected": what a speaker explains is the "how",
"why" or "what" clause after the verb, whomever it is explained to; a fact explaining another
("That explains why ...") is no one's claim. Passages are quoted or paraphrased from PolNeAR
train (US political news, 2016), BBC News (British news, 2004-05) and ECB+ (news of many
outlets), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from tests.test_extract_objects import assert_act
from tests.test_extract_speech_acts import claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Breitbart, 2015): whom it is explained to stands between
            "Sam Jacobs, Time’s Assistant Managing Editor, explained to CBS why Merkel was "
            "selected above all the others.",
            "why Merkel was selected above all the others",
            "Sam Jacobs",
        ),
        (
            # PolNeAR train (Washington Post, 2016): the second of two acts
            "At a June campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also "
            "railed against immigrants, and explained how much it upset her to hear them speak "
            "in other languages.",
            "how much it upset her to hear them speak in other languages",
            "Brenda Johnson",
        ),
        (
            # ECB+ (2011): a "how" clause that runs on
            "McAllister explained how she and her four children moved to Albany from Guyana in "
            "January 2007.",
            "how she and her four children moved to Albany from Guyana in January 2007",
            "McAllister",
        ),
        (
            # BBC News-shaped (business): a company spokesman
            "A spokesman for the airline explained to reporters why the flights had been "
            "cancelled.",
            "why the flights had been cancelled",
            "spokesman",
        ),
    ],
)
def test_explained_clause_is_the_claim(text: str, content: str, speaker: str) -> None:
    assert_act(text, "indirect:explanation", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (2016): a fact explains, nobody speaks
        "That explains why Trump is virtually guaranteed to lose delegate battles.",
        "This only explains why the rabble are abandoning their well-heeled overlords.",
        "It explains why sales fell so sharply in the fourth quarter.",
        # instructions, no asserted content
        "The manager explained how to use the new machine.",
        "He explained to the players what to do at set pieces.",
        # the explanation is elsewhere
        "He explained what he meant.",
    ],
)
def test_no_explanation_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule == "indirect:explanation"]


def test_fact_explaining_a_fact_is_no_claim() -> None:
    # PolNeAR train (2016): "That explains why ..." gave no claim before and gives none now,
    # under any rule
    assert not claims_of("That explains why Trump is virtually guaranteed to lose the battle.")
