"""Guards for the speed-ups of fast17: each shortcut gives what the search it stands for gives.

No output of the engine changes (claim dumps of PolNeAR train and dev, BBC and ECB+ are
byte-identical), so these pin the shortcuts to the regexes they replace or pre-test.
"""

from __future__ import annotations

import pytest
from extraction import assert_said
from hypothesis import given
from hypothesis import strategies as st

from factdb.extract.attribution.characterisations import _word_before
from factdb.extract.attribution.content_before_frame import (
    _RELATIVE_THEN_SPEAKER,
    _RELATIVE_WORD_STEMS,
)
from factdb.extract.attribution.nominal_claims import _PUT_OUT_NOUN, _PUT_OUT_STEMS
from factdb.extract.attribution.shared import _WORD_BEFORE


def _searched(text: str, start: int, end: int) -> tuple[str, int] | None:
    found = _WORD_BEFORE.search(text, start, end)
    return (found.group(1), found.start()) if found else None


@pytest.mark.parametrize(
    "text",
    [
        "A crestfallen France coach, Bernard Laporte, simply observed",
        "Bernard Laporte, simply \n",
        "Laporte, simply\u00a0\u2003",  # spaces \s and str.rstrip both take
        "Laporte, 1999 ",
        "Laporte,simply  ",
        "simply",
        "  ",
        "",
        "Laporte, \u017fimply ",  # a long s: no ASCII letter
    ],
)
def test_word_before_is_the_search_it_replaces(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert _word_before(text, start, end) == _searched(text, start, end)


@given(st.text(alphabet="ab Z,\n\t\u00a0\x1c1.", max_size=30), st.data())
def test_word_before_on_any_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _word_before(text, start, end) == _searched(text, start, end)


@pytest.mark.parametrize(
    ("pattern", "stems", "text"),
    [
        (_PUT_OUT_NOUN, _PUT_OUT_STEMS, "The minister made repeated claims that he was right "),
        (_PUT_OUT_NOUN, _PUT_OUT_STEMS, "They reiterated calls to act "),
        (_RELATIVE_THEN_SPEAKER, _RELATIVE_WORD_STEMS, "laws that some say "),
        (_RELATIVE_THEN_SPEAKER, _RELATIVE_WORD_STEMS, "less credit than aides say "),
    ],
)
def test_literal_pretests_hold_for_what_the_pattern_matches(pattern, stems, text) -> None:
    found = pattern.search(text)
    assert found is not None
    assert any(stem in found.group() for stem in stems)


def test_named_pair_before_adverb_still_reads_the_adverb() -> None:
    # a role and a name set off by commas, an adverb, then the cue: the name speaks
    assert_said(
        "A crestfallen France coach, Bernard Laporte, simply observed that the side had "
        "lost its way in the second half.",
        "the side had lost its way in the second half",
        "Bernard Laporte",
        "indirect:said-that",
    )
