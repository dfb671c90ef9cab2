"""Speed-ups of branch speed10 that must not change an answer.

`SpeakerResolver._two_names_run` answers by str.find over a short article and from an
index of word starts once the article is long or was read often: both ways must give the
same answer, word edges included ("Annas Brandt" holds no "Anna Brandt"; a word run on
with a hyphen or an apostrophe starts no name). Texts are made up of the name words the
scaling tests use; the claim dumps of PolNeAR, BBC and ECB+ were compared byte for byte.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factdb.extract.speakers import _RUN_SCAN_CHARS, SpeakerResolver

_WORDS = ["Anna", "Annas", "Brandt", "Costa", "Dunn", "said", ",", ".", "-", "'", "\n"]


def _both_ways(text: str, toks: list[str]) -> tuple[bool, bool]:
    scanned = SpeakerResolver.for_document(text)
    indexed = SpeakerResolver.for_document(text)
    indexed._scanned = _RUN_SCAN_CHARS  # no scan left: the index answers
    return scanned._two_names_run(toks), indexed._two_names_run(toks)


@given(
    st.lists(st.sampled_from(_WORDS), max_size=40),
    st.lists(st.sampled_from(["", " "]), max_size=40),
    st.lists(st.sampled_from(["Anna", "Brandt", "Costa", "Dunn"]), min_size=3, max_size=4),
)
def test_scan_and_index_give_the_same_answer(
    words: list[str], glue: list[str], toks: list[str]
) -> None:
    # words glued together or apart: "Anna-Brandt", "'Anna Brandt", "AnnaBrandt Costa"
    text = "".join(w + (glue[i] if i < len(glue) else " ") for i, w in enumerate(words))
    scanned, indexed = _both_ways(text, toks)
    assert scanned is indexed


def test_a_name_alone_elsewhere_is_found_either_way() -> None:
    text = "Anna Brandt Costa said so. Later Anna Brandt said no."
    assert _both_ways(text, ["Anna", "Brandt", "Costa"]) == (True, True)


def test_a_name_inside_a_longer_word_is_no_name_either_way() -> None:
    # "XAnna Brandt" and "Anna-Anna Brandt": no word starts "Anna Brandt" there (guard)
    text = "Anna Brandt Costa said so. XAnna Brandt and Anna-Anna Brandt said no."
    assert _both_ways(text, ["Anna", "Brandt", "Costa"]) == (False, False)


def test_a_long_article_is_answered_from_the_index() -> None:
    text = "Anna Brandt Costa said so. " * 3000  # past the scan allowance at once
    resolver = SpeakerResolver.for_document(text)
    assert resolver._two_names_run(["Anna", "Brandt", "Costa"]) is False
    assert resolver._starts_by_token is not None
