"""Golden tests for claims of the core speech verbs ("said", "say", "told", "asked") in shapes
the engine missed: a reported clause followed by "but went on to say", ...

Passages are real-news-shaped sentences paraphrased from PolNeAR train
(../shared/corpora/polnear/train.jsonl), each named in a comment with the behaviour it pins.
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


def claim_with(text: str, content: str) -> Claim:
    """The one claim whose text is `content`."""
    claims = claims_of(text)
    matching = [c for c in claims if c.text == content]
    assert len(matching) == 1, [(c.text, c.rule) for c in claims]
    return matching[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # PolNeAR train (Breitbart, 2016): "joked that ..." ends before "but went on to say",
        # the speaker's next act, instead of being dropped for the quotation after it
        (
            'Trump joked that Brooklyn was his answer, but went on to say, "There are places in '
            'America that are among the most dangerous in the world."',
            "Brooklyn was his answer",
            "Trump",
            "indirect:said-that",
        ),
        (
            "The mayor said the budget was balanced but went on to say that the city would need "
            "new taxes next year.",
            "the budget was balanced",
            "The mayor",
            "indirect:said-clause",
        ),
        # PolNeAR train (New York Times, 2016): a leading "when" clause whose second verb,
        # after "and", is the cue; what was said ends with the clause
        (
            "Some in the crowd booed, and when Rubio thanked Miami and said it was great to be "
            "home, a man yelled “Stay there!”",
            "it was great to be home",
            "Rubio",
            "indirect:said-clause",
        ),
        (
            "When Warren thanked the staff and said the bill would pass, the chamber erupted.",
            "the bill would pass",
            "Warren",
            "indirect:said-clause",
        ),
        # PolNeAR train (Washington Post, 2016): a "though" clause set off after the main
        # clause's subject; its "she" is that name
        (
            "Hillary Clinton spoke in Ohio. Clinton, though she praised Garland and said "
            "Republicans should give him a hearing, notably stopped short of committing to "
            "renominate him.",
            "Republicans should give him a hearing",
            "Hillary Clinton",
            "indirect:said-clause",
        ),
    ],
    ids=[
        "joked-then-went-on-to-say",
        "said-then-went-on-to-say",
        "leading-when-and-said",
        "leading-when-and-said-sentence-start",
        "though-clause-after-name",
    ],
)
def test_core_speech_verb_claims(text: str, content: str, speaker: str, rule: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.rule == rule


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "went on to win" is no speech: the reported clause keeps its words
        (
            "Analysts said the team struggled early in the season and went on to win the title.",
            "the team struggled early in the season and went on to win the title",
        ),
    ],
    ids=["went-on-to-win"],
)
def test_guard_content_not_cut(text: str, content: str) -> None:
    claim_with(text, content)


@pytest.mark.parametrize(
    "text",
    [
        # no comma ends the leading clause: what was said runs into the main clause
        "When Warren thanked the staff and said the bill would pass the chamber erupted.",
    ],
    ids=["leading-clause-without-break"],
)
def test_guard_no_claim(text: str) -> None:
    assert claims_of(text) == []
