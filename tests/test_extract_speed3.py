"""Guards for the speed work of the speed3 branch: each faster form must find exactly what the
slower one it replaced found, so the engine's output stays the same."""

from __future__ import annotations

import re

import pytest

from factdb.extract import attribution, speakers, verbs
from factdb.extract.lexicon import cue_phrases

# sentences from BBC (business and politics) with cue phrases, some with their spaces widened
# or broken over lines, and words that open a phrase without finishing it
PHRASE_SENTENCES = [
    "Analysts pointed out that the firm had missed its targets for a third year.",
    "Mr Blair went on to say that the plan would be put to a vote.",
    "He  pointed \n out  that  sales  had  fallen.",
    "The minister pointed to figures showing growth and went on with his speech.",
    "Critics point out, however, that nothing has changed.",
    "It points out-of-date rules, said the report.",
]


def _alternation() -> re.Pattern[str]:
    """The cue-phrase regex as it was: one alternative per phrase, the longest first."""
    phrases = sorted(cue_phrases(), key=len, reverse=True)
    return re.compile(
        r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b"
    )


@pytest.mark.parametrize("sentence", PHRASE_SENTENCES)
def test_phrase_trie_finds_what_the_alternation_found(sentence: str) -> None:
    old = [m.span() for m in _alternation().finditer(sentence)]
    new = [m.span() for m in verbs._phrase_regex().finditer(sentence)]
    assert new == old


def test_cue_phrases_stay_letters_and_single_spaces() -> None:
    # the trie takes the same phrase as the longest-first alternation because phrases that
    # match at one position are word prefixes of one another: true while phrases are words of
    # letters joined by single spaces
    for phrase in cue_phrases():
        assert re.fullmatch(r"[a-z]+(?: [a-z]+)*", phrase), phrase


@pytest.mark.parametrize(
    "before",
    [
        "Clinton wants to ",
        "He went on to ",
        "They began to  ",
        "the plan to\n",
        "wants",
        "",
        # speed6: the cue span's "went on to" and channel patterns are gated by it too
        "Trump continued to ",
        "Sexton was quick to\n",
        "Donald Trump tweeted on Friday to ",
        "held a news conference to  ",
        "took to Twitter to",
    ],
)
def test_ends_in_to_holds_wherever_the_infinitive_patterns_match(before: str) -> None:
    for pattern in (
        attribution._TO_BEFORE,
        attribution._SEEMS_TO_BEFORE,
        attribution._GOES_ON_TO,
        attribution._CHANNEL_THEN_TO,
    ):
        if pattern.search(before):
            assert attribution._ends_in_to(before)


def test_mention_tokens_are_a_new_list_each_time() -> None:
    # the split is kept (lru_cache); a caller changing its list must not change the next one's
    first = speakers._tokens("Tony Blair")
    first.append("extra")
    assert speakers._tokens("Tony Blair") == ["Tony", "Blair"]
