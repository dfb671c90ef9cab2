"""The engine's fast scans find exactly what the plain patterns they replaced found.

Each speed rewrite (a regex that lets `re` jump between candidates, a word trie instead of a
loop over every word, a backwards read instead of an anchored search) must not change a single
match, so each is checked here against the plain form on generated text made of the
characters and words it reacts to, in windows that start and end anywhere, and on the edge
cases each rewrite had to get right.
"""

from __future__ import annotations

import re
from unittest.mock import patch

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factdb.extract import attribution, mentions, quotes, sentences, speakers
from factdb.extract.lexicon import reporting_verb_forms
from factdb.extract.verbs import _phrase_regex, find_cues_and_forms

PIECES = [
    " ", "  ", "\n", "'", "''", "'''", "’", '"', "“", "”", "«", "»", "„", "(", "[", "{", "-",
    ".", ",", "_", "\x01", "a", "A", "é", "É", "x", "7", "said", "says", "saying", "told",
    "pointed out", "point", "out", "goes on to say", "called for", "thinks", "believe",
    "showed", "resaid", "unsaid", "said-", "-said", "’said", "Said", "According to",
    "according to", "accordingly", "John", "Kirby", "Mr.", "U.S.", "de", "van", "al-Assad",
    "O'Neil", "St.", "e.g.", "Jr.", "Mary-Jane",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
offsets = st.integers(0, 500)
PLAIN_DOUBLE = re.compile(r"(?<=[^\s(\[{])'''|''|[\"“”«»„]")
PLAIN_NAME = re.compile(
    r"\b(?:[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*|[A-Z]\.)"
    r"(?:\s+(?:[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*|[A-Z]\.|de|van|von|bin|al-[A-Z]\w+))"
    r"{1,3}\b"
)
PLAIN_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
PLAIN_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w-])")
PLAIN_WORD_BEFORE = re.compile(r"([\w.’'-]++)$")


def _window(text: str, a: int, b: int) -> tuple[int, int]:
    start = min(a, len(text))
    return start, max(start, min(b, len(text)))


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (quotes._DOUBLE, PLAIN_DOUBLE),
        (speakers._NAME_SEQUENCE, PLAIN_NAME),
        (attribution._ACCORDING, PLAIN_ACCORDING),
    ],
    ids=["quote marks", "names", "according to"],
)
@settings(max_examples=300, deadline=None)
@given(texts, offsets, offsets)
@example(" '''", 0, 9)
@example("'''x", 0, 9)
@example("a''' (''' [''''", 0, 99)
@example("aJohn Kirby said", 0, 99)
@example("x John Kirby, Mary-Jane O'Neil and J. R. de Smith", 2, 99)
@example("According to xAccording to _according to according toX", 0, 99)
@example("According to", 1, 99)
def test_fast_regex_finds_what_the_plain_one_found(
    fast: re.Pattern[str], plain: re.Pattern[str], text: str, a: int, b: int
) -> None:
    start, end = _window(text, a, b)
    found = [m.span() for m in fast.finditer(text, start, end)]
    assert found == [m.span() for m in plain.finditer(text, start, end)]


def _cues_by_word_loop(
    masked: str, start: int, end: int, forms: frozenset[str]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The loop the trie replaced: every whole lower-case word, looked up in the sets."""
    phrases = list(_phrase_regex().finditer(masked, start, end))
    cues = [p.span() for p in phrases]
    others = []
    for m in PLAIN_WORD.finditer(masked, start, end):
        if m.group() in forms:
            others.append(m.span())
        inside = any(p.start() <= m.start() < p.end() for p in phrases)
        if m.group() in reporting_verb_forms() and not inside:
            cues.append(m.span())
    return sorted(cues), others


@settings(max_examples=300, deadline=None)
@given(texts, offsets, offsets, st.sampled_from([frozenset(), attribution._STANCE_FORMS]))
@example("unsaid said- ’said Said -said said.", 0, 99, frozenset())
@example("he pointed out, thinks showed", 0, 99, attribution._STANCE_FORMS)
@example("he said", 0, 5, frozenset())
def test_cues_found_as_by_a_loop_over_every_word(
    text: str, a: int, b: int, forms: frozenset[str]
) -> None:
    start, end = _window(text, a, b)
    cues, others = find_cues_and_forms(text, start, end, forms)
    expected = _cues_by_word_loop(text, start, end, forms)
    assert ([m.span() for m in cues], [m.span() for m in others]) == expected


@settings(max_examples=300, deadline=None)
@given(texts)
@example("(U.S. e.g. O'Neil. Jr.")
def test_word_before_a_period_read_as_by_the_anchored_regex(text: str) -> None:
    for dot_at in (i for i, ch in enumerate(text) if ch == "."):
        expected = PLAIN_WORD_BEFORE.search(text, max(0, dot_at - 40), dot_at + 1)
        assert expected is not None
        assert sentences._word_before(text, dot_at) == expected.group(1)


def test_word_before_stops_forty_characters_back() -> None:
    assert sentences._word_before("x" * 50 + ".", 50) == "x" * 40 + "."
    assert sentences._word_before("(U.S.", 4) == "U.S."


SPEAKER_PIECES = [
    " ", " ", " ", ", ", "\x01" * 9, "\x01", "(", ")", "’s", "'s", ".", "the", "a", "of", "for",
    "in", "and", "who", "which", "he", "also", "has", "recently", "said", "spokesman", "officials",
    "minister", "ministry", "Foreign", "John", "Kirby", "Mr.", "U.S.", "May", "Thursday",
    "Republican", "primary", "voters", "47", "percent", "people", "familiar", "with", "running",
    "aide", "to", "the", "senator", "Party", "R-Texas",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SPEAKER_PIECES), max_size=60).map("".join), offsets, offsets)
@example("In Seoul, a spokesman for the Foreign Ministry of South Korea has said", 0, 69)
@example("\x01" * 120 + " chairman and chief executive Richard Parsons ", 0, 166)
def test_subject_before_reads_a_short_window_as_the_whole_lookback(
    text: str, a: int, b: int
) -> None:
    """The phrase search first tokenises only the last few words before the cue; whatever it
    finds there must be what the search over the whole 160-character lookback finds."""
    floor, at = _window(text, a, b)
    with patch.object(mentions, "NEAR_WINDOW", mentions.LOOKBACK):  # no short window
        whole = mentions.subject_before(text, floor, at)
    assert mentions.subject_before(text, floor, at) == whole


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SPEAKER_PIECES), max_size=60).map("".join), offsets, offsets)
@example(" the designer\x01\x01 Kirby", 0, 99)
@example(" Foreign Minister John Kirby, who", 0, 99)
def test_phrase_after_reads_up_to_the_first_mask_as_the_whole_window(
    text: str, a: int, b: int
) -> None:
    """The phrase after a cue is read from the tokens up to the first masked quotation
    character; that must be what reading the whole 160-character window finds."""
    at, ceiling = _window(text, a, b)
    real = mentions.tokens
    with patch.object(
        mentions, "tokens", lambda m, s, e: real(m, s, min(ceiling, s + mentions.LOOKBACK))
    ):
        whole = mentions._phrase_after(text, at, ceiling)
    assert mentions._phrase_after(text, at, ceiling) == whole


CLAUSE_PIECES = [
    " ", "\n", ".", ",", ";", ":", "that", "thathat", "_", "Sony", "Sony Sony", "T-Mobile",
    "USA", " its", " it", " has", " said", " says", " that", " will", " would", " be", " sales",
    " the", " expects", "x", "\u2003",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CLAUSE_PIECES), max_size=30).map("".join))
@example("Sony expects its sales. Sony has said it wanted. that Sony said that it will")
@example("Sony Sony its")
def test_a_name_opening_a_clause_is_found_as_one_regex_of_name_and_tail_finds_it(
    text: str,
) -> None:
    for tail in (speakers._ITS_AFTER_NAME, speakers._SAID_IT_AFTER_NAME):
        plain = re.compile(rf"{speakers._CLAUSE_OPENING}{re.escape('Sony')}{tail}", re.MULTILINE)
        fast = speakers._after_clause_opening_name(text, "Sony", re.compile(tail))
        assert [m.span(1) for m in fast] == [m.span(1) for m in plain.finditer(text)]
