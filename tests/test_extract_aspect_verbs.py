"""Verbs between a subject and its cue, and "add" with a thing after it.

"The group began calling for a boycott" is the group's call: "began" is no part of the
group's name, nor is "made" in "The police made repeated claims that". And "add" reports words
only when a clause follows it: a company that "added more than five million new customers" or
"has also started adding more green-hued services" said nothing. Passages are from PolNeAR
train, BBC News and ECB+ (shortened).
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The police made repeated claims that the gunman was acting alone.",
            "the gunman was acting alone",
            "police",
        ),
        (
            "Once the video was released, the community immediately began calling for the "
            "mayor to resign.",
            "the mayor to resign",
            "the community",
        ),
        (
            "Mr. Trump has lately started asking his supporters to raise their right hands.",
            "his supporters to raise their right hands",
            "Trump",
        ),
    ],
)
def test_a_verb_of_aspect_before_the_cue_is_no_part_of_the_subject(
    text: str, content: str, speaker: str
) -> None:
    claims = [c for c in extract_article(text).claims if c.text == content]
    assert claims, [(c.text, c.speaker) for c in extract_article(text).claims]
    assert claims[0].speaker is not None
    assert claims[0].speaker.mention.endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Orange added more than five million new customers in 2004, leading to a 10% increase "
        "in its revenues.",
        "In the latest release of Blinkx, the company has added what it calls smart folders.",
        "Moreover, the big boys of technology have also started adding more green-hued "
        "services to their portfolios.",
    ],
)
def test_a_thing_added_is_no_reported_content(text: str) -> None:
    assert extract_article(text).claims == []


def test_a_clause_after_added_is_reported_content() -> None:
    claims = extract_article("Mr Brown added the scheme would save money.").claims
    assert [c.text for c in claims] == ["the scheme would save money"]
