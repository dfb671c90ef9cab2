"""Guards for the speed work of the speed6 branch: each faster form must find exactly what the
slower one it replaced found, so the engine's output stays the same."""

from __future__ import annotations

import re

import pytest
from extraction import claim_with

from factdb.extract import attribution
from factdb.extract.mentions import PREPOSITIONS


def _reduced_relative_as_it_was() -> re.Pattern[str]:
    """`_REDUCED_RELATIVE` before speed6: the words that open no verb as a plain alternation."""
    return re.compile(
        r"(?<![\w’'-])(?!(?:" + "|".join(sorted(PREPOSITIONS)) + r"|and|but|or|so|yet|then|when|"
        r"as|while|after|before|since|until|because|if|that|which|who|said|says|say)\s)"
        r"[a-z]{3,}\s+(?:the|a|an|his|her|their|its|this|these|those)\s+"
        r"(?P<nouns>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]{2,}s)\s+(?:he|she|they|we|I)$"
    )


@pytest.mark.parametrize(
    "before",
    [
        "The minister met unions to discuss the spending cuts he",
        "At the rallies he",  # a preposition before: no verb
        "And the next days he",
        "Mr Blair said the reforms they",  # "said" opens no relative clause's verb
        "He defended the tax plans she",
        "Protesters blocked the main roads they",
        "until the elections we",
        "without the talks I",
        "The firm sold its overseas units\nthey",
        "discuss the cuts he\n",
        "",
    ],
)
def test_reduced_relative_trie_finds_what_the_alternation_found(before: str) -> None:
    old = _reduced_relative_as_it_was().search(before)
    new = attribution._REDUCED_RELATIVE.search(before)
    assert (new and (new.span(), new.group("nouns"))) == (old and (old.span(), old.group("nouns")))


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Mr Smith joked about the weather, but went on to say that the firm would survive "
            "the downturn.",
            "the firm would survive the downturn",
            "went on to say",
        ),
        (
            "Donald Trump tweeted on Friday to say he had never suggested a ban.",
            "he had never suggested a ban",
            "tweeted on Friday to say",
        ),
    ],
)
def test_a_cue_after_to_still_takes_in_what_came_before(text: str, content: str, cue: str) -> None:
    # the cheap "to" test before `_GOES_ON_TO` and `_CHANNEL_THEN_TO` lets both through
    claim = claim_with(text, content)
    assert claim.cue is not None
    assert text[claim.cue.start : claim.cue.end] == cue
