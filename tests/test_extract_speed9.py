"""Pins `lazy_regex.bounded_word_starts`, the search that replaced a regex compiled per surname
or name (`\\b{re.escape(word)}\\b`): it must find exactly what the pattern's `finditer` finds,
edges, window and overlaps included. Random strings, no corpus passages: the claim dumps of
PolNeAR train/dev, BBC and ECB+ stayed byte-identical with the change."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract.lazy_regex import bounded_word_starts

_ALPHABET = "ab_ -.'é1’"


def _by_regex(text: str, word: str, start: int, end: int | None) -> list[int]:
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    return [m.start() for m in pattern.finditer(text, start, len(text) if end is None else end)]


@settings(max_examples=3000, deadline=None)
@given(
    st.text(_ALPHABET, max_size=14),
    st.text(_ALPHABET, min_size=1, max_size=3),
    st.integers(-1, 16),
    st.one_of(st.none(), st.integers(0, 16)),
)
def test_same_starts_as_the_pattern(text: str, word: str, start: int, end: int | None) -> None:
    assert bounded_word_starts(text, word, start, end) == _by_regex(text, word, start, end)


def test_surname_in_a_sentence() -> None:
    text = "Mr Straw denied it. Straw's aide and Strawson said Straw, not Straw-man, spoke."
    assert bounded_word_starts(text, "Straw") == _by_regex(text, "Straw", 0, None)
    assert bounded_word_starts(text, "Straw") == [3, 20, 51, 62]
    assert bounded_word_starts(text, "Straw", 4, 40) == [20]  # the window, as pos/endpos
