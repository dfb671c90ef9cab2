"""Golden tests: what a document or a body lists as what (factdb/extract/verbs.py `LISTED_AS`,
factdb/extract/speech_acts.py, family "characterisation").

"Records list Michele LaCalamita as the owner of all four": the lister says who or what
something is, as "portrayed X as Y" does; "lists Mr. Trump's wealth at $6.5 billion" puts an
amount on it. The writer's reckoning after a comma (", meaning there were ...") is no part of
it. "list" is a cue only with that shape after it: a list named ("the biggest donor list in
politics", "placed on the short list because of ...") or the act of listing ("listed his recent
wins") reports nothing, and the writer's words around it stay as they were.
Passages are from PolNeAR train (US political news, 2016) and ECB+ (news of many outlets).
"""

from __future__ import annotations

import pytest

from tests.extraction import assert_said, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (New York Times, 2016)
            "Forbes lists David and Charles Koch with just under $40 billion each, while "
            "Bloomberg lists them as the fifth and sixth richest men in the world with $55 "
            "billion each.",
            "them as the fifth and sixth richest men in the world with $55 billion each",
            "Bloomberg",
        ),
        (
            # PolNeAR train (New York Times, 2016): an amount put on it
            "While Hurun lists Mr. Trump's wealth at $6.5 billion, Forbes says it is $4.5 billion.",
            "Mr. Trump's wealth at $6.5 billion",
            "Hurun",
        ),
        (
            # ECB+
            "Records list Michele LaCalamita as the owner of all four.",
            "Michele LaCalamita as the owner of all four",
            "Records",
        ),
        (
            # ECB+: a report's body speaks
            "The US Geological Survey report listed the epicenter as two miles east southeast "
            "of The Geysers.",
            "the epicenter as two miles east southeast of The Geysers",
            "US Geological Survey",
        ),
    ],
)
def test_listed_as(text: str, content: str, speaker: str) -> None:
    assert_said(text, content, speaker, "indirect:characterisation")


def test_listed_as_ends_before_the_writers_reckoning() -> None:
    # PolNeAR train (HuffPost, 2016)
    text = (
        "The FBI keeps the figures. The agency lists the population of the town that year as "
        "21,090, meaning there were a little more than 5 incidents of violent crime for every "
        "1,000 residents."
    )
    contents = [c.text for c in claims_of(text) if c.rule == "indirect:characterisation"]
    assert contents == ["the population of the town that year as 21,090"]


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Washington Post, 2016): the act of listing, an "as" clause after it
        "Romney also listed Trump's personal qualities, which the moderator rattled off as "
        "Trump frowned.",
        "He angrily listed his recent wins and poll standings.",
        # PolNeAR train (Washington Post, 2016): a list named
        "But as he ponders his next moves, and the fate of perhaps the biggest donor list in "
        "politics, Sanders is facing a challenge almost as steep as a presidential campaign.",
        # a passive: who listed him, the sentence does not say
        "He was listed as a suspect.",
        "Police released the list as soon as possible.",
    ],
)
def test_no_listing_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if c.cue is not None and "list" in c.cue.text]


def test_a_list_named_leaves_the_frame_alone() -> None:
    # PolNeAR train (West Journal, 2015): the noun "list" is no cue, so the quotation around
    # it stays one claim of Jacobs's
    text = (
        "Donald Trump was placed on the short list because of the “impact,” Jacobs said, that "
        "he’s had on the news this year."
    )
    speakers = [c.speaker.name for c in claims_of(text) if c.speaker is not None]
    assert speakers == ["Jacobs"]
