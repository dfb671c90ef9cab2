"""A reply joined by ", to which" has its own speaker: the reported words end before it.

Passage from PolNeAR train (Washington Post, 2016).
"""

from __future__ import annotations

from extraction import assert_said, claims_of

PASSAGE = (
    "She said that experts had determined her proposals were effective and strong, to which "
    "O'Malley interjected: \"It's just not true.\" He said Clinton would not go far enough to "
    "punish financial institutions and their top executives."
)


def test_the_words_end_before_the_reply() -> None:
    text = "Clinton said there was no daylight between their plans. " + PASSAGE
    assert_said(
        text,
        "experts had determined her proposals were effective and strong",
        "Clinton",
        "indirect:said-that",
    )


def test_the_reply_is_the_replier_s() -> None:
    text = "Clinton said there was no daylight between their plans. " + PASSAGE
    assert_said(text, "It's just not true.", "O'Malley", "direct:speaker-before")


def test_to_which_without_a_comma_is_no_reply() -> None:
    # a relative clause on a noun of the reported words, no second speaker
    text = "He said the tax was a burden to which families had adjusted over the years."
    (claim,) = claims_of(text)
    assert claim.text == "the tax was a burden to which families had adjusted over the years"
