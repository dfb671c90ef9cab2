"""Property tests: any text at all never crashes the matcher, and its answers stay coherent."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factdb.match.drift import compare, word_diff
from factdb.match.grade import grade_pair
from factdb.match.index import ClaimIndex, ClaimRecord
from factdb.match.normalize import normalize_claim
from factdb.match.speakers import SpeakerRef, may_be_same_speaker, same_speaker

texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
words = st.lists(
    st.sampled_from(
        ["we", "will", "not", "3,000", "troops", "Kim", "Jong-un", "\u201c", "may", "..."]
    ),
    max_size=20,
).map(" ".join)
claims = st.one_of(texts, words)


@given(claims)
def test_normalised_text_is_stable(text: str) -> None:
    norm = normalize_claim(text)
    assert normalize_claim(norm) == norm
    assert norm == norm.strip() and "  " not in norm


@given(claims, claims)
@example("00000000000001", "000000:000:001")  # equal length: once graded one way only (CI)
def test_grades_are_symmetric_and_bounded(a: str, b: str) -> None:
    result = grade_pair(a, b)
    assert result == grade_pair(b, a)
    if result is not None:
        assert 0 < result.score <= 100
        assert (result.grade == "exact") == (normalize_claim(a) == normalize_claim(b))


@given(claims, claims)
def test_word_diff_keeps_every_printed_word(a: str, b: str) -> None:
    ops = word_diff(a, b)
    old = " ".join(op.old for op in ops if op.old).split()
    new = " ".join(op.new for op in ops if op.new).split()
    assert old == [w for w in a.split() if normalize_claim(w)]
    assert new == [w for w in b.split() if normalize_claim(w)]
    assert compare(a, a).flags == []


@given(
    st.text(max_size=40),
    st.text(max_size=40),
    st.sampled_from(["person", "organization", "anonymous", "unknown", "media"]),
)
def test_speaker_identity_never_crashes_and_is_symmetric(a: str, b: str, kind: str) -> None:
    ra, rb = SpeakerRef(a, kind), SpeakerRef(b, kind)
    assert same_speaker(ra, rb) == same_speaker(rb, ra)
    assert may_be_same_speaker(ra, rb) == may_be_same_speaker(rb, ra)
    assert not same_speaker(ra, rb) or may_be_same_speaker(ra, rb)


@settings(max_examples=30)
@given(st.lists(claims, max_size=30))
def test_index_links_only_to_earlier_claims_of_its_cluster(texts_: list[str]) -> None:
    index = ClaimIndex()
    for i, text in enumerate(texts_):
        link = index.add(ClaimRecord(i, text))
        if link is not None:
            assert link.target_id < i and index.cluster_of(link.target_id) == link.cluster_id
            assert grade_pair(text, texts_[link.target_id]) is not None
