"""Golden tests for a known title run into the story's first line (ECB+ prints headline and
story on one line): given the title, the engine reads it as a line of its own, so a claim in
the story no longer takes the headline in, and a headline that is a claim is one by itself.
A title the text does not open with, or one on a line of its own already, changes nothing.
Also: a phrase after "according to" whose shouted capitals hold a verb is no source.

Passages are from ECB+ (../shared/corpora/ecbplus), each named in a comment.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article

# ECB+ 36_2ecb
TITLE = "Polygamy arrests made in Canada"
STORY = (
    "Two leaders of polygamous factions in Bountiful, British Columbia, have been arrested, "
    "Canadian authorities announced."
)


def _claims(text: str, title: str | None) -> list[tuple[str, str | None]]:
    return [
        (c.text, c.speaker.name if c.speaker else None) for c in extract_article(text, title).claims
    ]


def test_a_title_run_into_the_story_is_its_own_line() -> None:
    assert _claims(f"{TITLE} {STORY}", TITLE) == [
        (
            "Two leaders of polygamous factions in Bountiful, British Columbia, have been arrested",
            "Canadian authorities",
        )
    ]


def test_without_the_title_the_headline_runs_into_the_claim() -> None:
    # the engine cannot know where an unpunctuated headline ends: what the title is for
    [(text, _)] = _claims(f"{TITLE} {STORY}", None)
    assert text.startswith(TITLE)


@pytest.mark.parametrize(
    "text",
    [
        f"{TITLE}\n\n{STORY}",  # already a line of its own
        f"Breaking: {TITLE} {STORY}",  # the text does not open with the title
    ],
)
def test_a_title_elsewhere_changes_nothing(text: str) -> None:
    assert _claims(text, TITLE) == _claims(text, None)


def test_a_title_inside_a_word_is_no_cut() -> None:
    text = f"{TITLE}s {STORY}"
    assert _claims(text, TITLE) == _claims(text, None)


def test_shouted_claim_after_according_to_is_no_source() -> None:
    # ECB+ 8_10ecbplus: the capitals hold the claim's verb ("HAVE DIED"), not a source's name
    text = (
        "According to international media and Greek Sky TV THREE PEOPLE HAVE DIED IN A BLAZE "
        "that broke out at MARFIN EGNATIA BANK, on Stadiou Street, downtown Athens."
    )
    assert _claims(text, None) == []
