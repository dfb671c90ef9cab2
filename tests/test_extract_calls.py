"""Golden tests for calls ("called for", "called on", "calls X Y") and for findings a document
reports in a participle ("with polls showing ..."), on real passages.

Passages are short real sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl)
and BBC News (../shared/corpora/bbc/bbc.jsonl), each naming the behaviour it pins, with guard
tests for the near shapes that must stay without a claim.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.types import Claim


def claims_of(text: str) -> list[Claim]:
    claims = extract_article(text).claims
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return claims


def only_claim(text: str, rule_ending: str) -> Claim:
    """The one claim whose rule ends with `rule_ending` (":evidence", ":call")."""
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(rule_ending)]
    return claim


# --- a finding in a participle after "with", "despite", "in the wake of" ---------------------


@pytest.mark.parametrize(
    ("text", "content", "document"),
    [
        # PolNeAR train (USA Today, 2016-02-10): the phrase opens the sentence and ends at
        # the main clause's comma
        (
            "Despite polls showing her well behind, Clinton campaigned vigorously in the state "
            "that she won in 2008.",
            "her well behind",
            "polls",
        ),
        # PolNeAR train (NYT, 2016-01-12): the phrase ends the sentence
        (
            "He will need their support with recent polls showing a tightening of the race "
            "with Donald J. Trump, who last week injected a volatile new element into the race.",
            "a tightening of the race with Donald J. Trump",
            "recent polls",
        ),
        # PolNeAR train (Huffington Post, 2016-07-18): an aside between subject and verb
        (
            "Priebus, in the wake of a new poll showing Trump’s overall standing with Latinos "
            "down to 14 percent, told Fox News on Sunday that Trump appreciates the need to "
            "broaden his appeal.",
            "Trump’s overall standing with Latinos down to 14 percent",
            "a new poll",
        ),
        # BBC News (business): "with new figures showing"
        (
            "Calmer relations between India and Pakistan are paying economic dividends, with new "
            "figures showing bilateral trade up threefold in the summer.",
            "bilateral trade up threefold in the summer",
            "new figures",
        ),
        # BBC News (tech): the "that" of the finding is no part of it
        (
            "UK mobile owners continue to break records with their text messaging, with latest "
            "figures showing that 26 billion texts were sent in total in 2004.",
            "26 billion texts were sent in total in 2004",
            "latest figures",
        ),
    ],
)
def test_a_finding_in_a_participle_after_a_preposition(
    text: str, content: str, document: str
) -> None:
    claim = only_claim(text, ":evidence")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.mention == document


def test_a_finding_participle_stops_before_another_clause() -> None:
    # PolNeAR train (Western Journal, 2016-04-02): the story's own claim follows the phrase
    text = (
        "Amid what the New York Times and Los Angeles Times each called a “rough week” for "
        "Trump, and with polls showing rival Sen. Ted Cruz, R-Texas, leading the race in "
        "Wisconsin, a story by the website Politco says that “already more than a hundred "
        "delegates are poised to break with him on a second ballot.”"
    )
    claim = only_claim(text, ":evidence")
    assert claim.text == "rival Sen. Ted Cruz, R-Texas, leading the race in Wisconsin"


@pytest.mark.parametrize(
    "text",
    [
        # pictures that show someone depict, they report no finding
        "The crowd cheered along with a video showing him dancing on stage.",
        # a participle with no preposition before the document: a noun phrase's modifier
        "Footage showing the police beating a man was broadcast on Tuesday.",
    ],
)
def test_no_finding_in_a_picture_or_a_plain_participle(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith(":evidence")]
