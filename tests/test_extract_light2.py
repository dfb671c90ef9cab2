"""Golden tests for claims put through a light verb and a noun: "voiced concern that ...",
"raised concerns that ...", "made no secret of the fact that ...", "made a point of saying ..."
(cue_phrases.txt). The content is the clause asserted, never the noun's object alone.

Passages are short real-news-shaped sentences paraphrased from PolNeAR train
(../shared/corpora/polnear/train.jsonl), BBC News and ECB+, each naming the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # PolNeAR train (2016): a stance voiced, its "that" clause the claim
        (
            "Bob Sutton, chairman of the Broward County GOP, voiced confidence that Clinton "
            "would be easy to defeat in a debate.",
            "Clinton would be easy to defeat in a debate",
            "Bob Sutton",
            "indirect:said-that",
        ),
        # BBC business: "voiced concern" with "also" before it
        (
            "Mr Straw has also voiced concern that the human rights conditions in China have "
            "not improved enough.",
            "the human rights conditions in China have not improved enough",
            "Straw",
            "indirect:said-that",
        ),
        # PolNeAR train: a concern raised by the people who hold it
        (
            "Right-wing politicians raised concern that groups like ISIS are slipping "
            "militants through the migrant stream.",
            "groups like ISIS are slipping militants through the migrant stream",
            "Right-wing politicians",
            "indirect:said-clause",
        ),
        # BBC business: "has raised concerns that"
        (
            "The mayor of Frankfurt has raised concerns that such a move could cost German jobs.",
            "such a move could cost German jobs",
            "The mayor of Frankfurt",
            "indirect:said-clause",
        ),
        # PolNeAR train: what the speaker does not hide, after "the fact that"
        (
            "Texas Sen. Ted Cruz has made no secret of the fact that he spanks his daughter "
            "when she misbehaves.",
            "he spanks his daughter when she misbehaves",
            "Ted Cruz",
            "indirect:said-clause",
        ),
        # ECB+ (2012): saying something on purpose
        (
            "Mark Hurd made a point of saying that he was not making a prediction.",
            "he was not making a prediction",
            "Mark Hurd",
            "indirect:said-that",
        ),
    ],
)
def test_light_verb_and_noun_claims(text: str, content: str, speaker: str, rule: str) -> None:
    claims = [c for c in claims_of(text) if c.text == content]
    assert claims, [c.text for c in claims_of(text)]
    claim = claims[0]
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.rule == rule


@pytest.mark.parametrize(
    "text",
    [
        # money raised, an issue raised, a voice as a noun: no claim
        "The campaign raised money that it spent on television ads in Iowa.",
        "Co-moderator Andrea Mitchell raised the issue of the affairs.",
        "A familiar voice celebrated the attacks on the radio.",
        # a concern raised by a thing is unnamed people's: no speaker to name
        "The move raised concerns that the plan would fail.",
        "It has raised fears that prices will rise further.",
        # what is not hidden is a feeling, no clause
        "Emanuel has made no secret of his frustration with the movie's title.",
        # support voiced names no claim, and the "that" opens a relative clause
        "The senator voiced support for the bill that passed on Monday.",
    ],
)
def test_light_verb_without_clause_is_no_claim(text: str) -> None:
    assert claims_of(text) == []
