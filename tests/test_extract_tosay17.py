"""Golden tests: a deed done to say something (factdb/extract/attribution/shared.py,
`_CHANNEL_THEN_TO` and its `act` lead-ins).

One who rushed to TV, called or phoned someone, or tripped over themselves "to say" or "to
tell X" that ... said it, as one who "took to Twitter to say" did: the deed's subject speaks.
Only before "that" or a pronoun's clause: "called police to tell them what she had done" tells
no claim. Never a request ("called on Congress to say"), a passive ("was called to say") or
an intention ("refused to say"). Passages are quoted or paraphrased from PolNeAR train (US
political news, 2016) and ECB+ (news of many outlets), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from tests.extraction import assert_said, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        (
            # PolNeAR train (Breitbart), paraphrased: rushing to TV to say it is saying it
            "His critics hysterically denounced him and rushed to TV to say that he did NOT "
            "represent the Republican Party.",
            "he did NOT represent the Republican Party",
            "His critics",
            "indirect:said-that",
        ),
        (
            # PolNeAR train (Breitbart), the frame "She added that" left off: a call made to
            # say a pronoun's clause
            "Some Democrats have called her to say they will not vote for Hillary Clinton, the "
            "presumptive nominee, because of her extreme positions.",
            "they will not vote for Hillary Clinton, the presumptive nominee, because of her "
            "extreme positions",
            "Some Democrats",
            "indirect:said-clause",
        ),
        (
            # ECB+, paraphrased: "to tell" past its addressee, then "that"
            "Hiller finally went to a second-floor office and called police to tell them that "
            "she had shot her co-workers.",
            "she had shot her co-workers",
            "Hiller",
            "indirect:said-that",
        ),
        (
            # PolNeAR train (Politico), out of its quotation: tripping over themselves to say it
            "And Fed members have been tripping all over themselves to say they would like to "
            "normalize policy.",
            "they would like to normalize policy",
            "Fed members",
            "indirect:said-clause",
        ),
    ],
)
def test_deed_to_say_claims(text: str, content: str, speaker: str, rule: str) -> None:
    assert_said(text, content, speaker, rule)


def test_question_word_after_deed_keeps_outer_frame() -> None:
    # ECB+: "to tell them what she had done" tells no claim; the authorities' frame stays
    text = (
        "Hiller finally went to a second-floor office and called police to tell them what she "
        "had done, authorities said."
    )
    assert_said(
        text,
        "Hiller finally went to a second-floor office and called police to tell them what she "
        "had done",
        "authorities",
        "indirect:speaker-after",
    )
    assert not any(c.text.startswith("what she had done") for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a passive: someone else called on him
        ("He was called to say that he had won the award.", "he had won the award"),
        # an intention, never done
        ("He refused to say that he would support the nominee.", "he would support"),
        ("She is expected to say that the plan is dead.", "the plan is dead"),
        ("Clinton wants to tell voters that she has changed.", "she has changed"),
    ],
)
def test_no_deed_no_claim(text: str, absent: str) -> None:
    assert not any(c.text.startswith(absent) for c in claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # a request: the ones called on would say it, not the caller
        "Trump called on Congress to say that the deal was wrong.",
        "The senator called for his colleagues to say that the bill was dead.",
    ],
)
def test_call_on_is_no_saying(text: str) -> None:
    assert not any("to say" in c.cue.text for c in claims_of(text))
