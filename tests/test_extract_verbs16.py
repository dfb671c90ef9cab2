"""Finite reporting verbs with a bare clause or a demonstrative object: "implied", "concluded",
"echoed that promise"."""

from __future__ import annotations

import pytest
from extraction import assert_said, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (USA Today, 2015-11-09): a bare clause after "implied"
            "Politico responded late Friday with an editor's note on the story saying that "
            "Ben Carson had implied he applied to West Point.",
            "he applied to West Point",
            "Ben Carson",
        ),
        (
            # PolNeAR train (Washington Post, 2016-03-03): a bare clause after "concluded"
            "The groups scrambled to deny Donald Trump the nomination, even as some party "
            "figures concluded it was now too late to stop the billionaire mogul.",
            "it was now too late to stop the billionaire mogul",
            "some party figures",
        ),
        (
            # BBC News (sport): after a coordinated verb, the subject concludes
            "The International Judo Federation considered taking action against Miresmaeili "
            "but concluded he had been overweight for the fight.",
            "he had been overweight for the fight",
            "International Judo Federation",
        ),
    ],
)
def test_a_bare_clause_after_implied_or_concluded_is_reported(
    text: str, content: str, speaker: str
) -> None:
    assert_said(text, content, speaker, "indirect:said-clause")


@pytest.mark.parametrize(
    "text",
    [
        # a thing implies: an inference, nobody speaks
        "Argentina's current offer implies that the creditors would get just 25 cents for "
        "each dollar they are owed.",
        "That implies the market will fall.",
        # a plain object: the inquiry ended its hearings, it said nothing
        "The inquiry concluded its hearings on Monday.",
    ],
)
def test_an_inference_or_an_object_is_no_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if c.cue and c.cue.text in ("implies", "concluded")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # BBC News (business): a demonstrative and a noun of speech
            "Companies echoed this sentiment, saying that they would require more information.",
            "this sentiment",
            "Companies",
        ),
        (
            "Other Republicans echoed those comments.",
            "those comments",
            "Other Republicans",
        ),
    ],
)
def test_an_echo_of_words_named_with_a_demonstrative(text: str, content: str, speaker: str) -> None:
    assert_said(text, content, speaker, "indirect:echo")


def test_an_echo_of_no_words_stays_no_claim() -> None:
    # guard: a sound echoes, nobody repeats anyone's words
    text = "Shots echoed that night through the valley."
    assert not [c for c in claims_of(text) if c.rule.endswith(":echo")]


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Washington Post, 2016-02-10): when she conceded, not what
        "Sanders's victory, which Clinton conceded when polls closed at 8 p.m., confirmed the "
        "strength of his iconoclastic appeal.",
        # PolNeAR train (Western Journalism, 2016-07-06): where he will testify
        "On Thursday, Comey will testify before the House Oversight Committee about the "
        "decision not to recommend charges against Clinton.",
        # ECB+: the time of the saying, the words said before it
        "The fearful witness had entered the courtroom with hood over his head, Del Giudice "
        "said when the courtroom was reopened.",
    ],
)
def test_a_clause_of_time_after_a_cue_is_no_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith("said-clause")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC News (tech): a clause of time, then the main clause said
        (
            "Mike Caudwell said when phones were launched they were the size of a briefcase.",
            "when phones were launched they were the size of a briefcase",
            "Mike Caudwell",
        ),
        # BBC News (politics): a gerund after the subordinator, then the main clause
        (
            "Michael Howard said after meeting Tony Blair he had been left with the impression "
            "that he was not interested.",
            "after meeting Tony Blair he had been left with the impression that he was not "
            "interested",
            "Michael Howard",
        ),
    ],
)
def test_a_clause_of_time_opening_what_was_said_stays(
    text: str, content: str, speaker: str
) -> None:
    assert_said(text, content, speaker, "indirect:said-clause")
