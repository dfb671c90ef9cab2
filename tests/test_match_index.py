"""ClaimIndex: incremental linking, hard negatives, repeats over time, and `similar` queries.

Quotes are from ECB+ (topic 40, the 2008 IE exploit) and the seed article (Korea Bizwire).
"""

from __future__ import annotations

import pytest

from factdb.match.index import ClaimIndex, ClaimRecord
from factdb.match.speakers import SpeakerRef

FERGUSON = (
    "What makes this so insidious is it takes advantage of a big gaping hole of IE, which has "
    "the largest install base of any browser on the market,"
)
TREND = "When the patch is released people should run, not walk, to get it installed,"
KIRBY = (
    "While we cannot independently confirm these reports, if true, they would indicate a "
    "significant strengthening of the Russia-North Korea defense relationship."
)


def person(name: str) -> SpeakerRef:
    return SpeakerRef(name, "person")


def test_variants_from_several_outlets_form_one_cluster() -> None:
    index = ClaimIndex()
    links = index.add_many(
        [
            ClaimRecord(1, FERGUSON, person("Paul Ferguson"), "2008-12-15"),
            ClaimRecord(2, f"\u201c{FERGUSON}\u201d", person("Ferguson"), "2008-12-16"),
            ClaimRecord(3, FERGUSON.replace("insidious is it", "insidious it"), None, "2008-12-16"),
            ClaimRecord(4, TREND, SpeakerRef("Trend Micro", "organization"), "2008-12-16"),
            ClaimRecord(5, "People should run, not walk, to get it installed,", None, "2008-12-17"),
        ]
    )
    assert [(lk.claim_id, lk.target_id, lk.cluster_id, lk.grade) for lk in links] == [
        (2, 1, 1, "exact"),
        (3, 1, 1, "near"),
        (5, 4, 4, "fragment"),
    ]
    assert [index.cluster_of(i) for i in range(1, 6)] == [1, 1, 1, 4, 4]
    assert all(0 < lk.score <= 100 for lk in links)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (person("Joe Biden"), person("Hunter Biden")),
        (person("John Kirby"), person("Antony Blinken")),
        (
            SpeakerRef("North Korea's Foreign Ministry", "organization"),
            SpeakerRef("South Korea's Foreign Ministry", "organization"),
        ),
    ],
)
def test_same_words_from_different_speakers_are_different_claims(
    first: SpeakerRef, second: SpeakerRef
) -> None:
    index = ClaimIndex()
    assert index.add(ClaimRecord(1, KIRBY, first, "2024-10-15")) is None
    assert index.add(ClaimRecord(2, KIRBY, second, "2024-10-15")) is None
    assert index.cluster_of(2) == 2


def test_a_cluster_refuses_a_speaker_who_contradicts_any_member() -> None:
    """An unattributed copy joins Kirby's cluster; Blinken's copy must not join through it."""
    index = ClaimIndex()
    index.add(ClaimRecord(1, KIRBY, person("John Kirby"), "2024-10-15"))
    index.add(ClaimRecord(2, KIRBY, None, "2024-10-16"))
    assert index.add(ClaimRecord(3, KIRBY, person("Antony Blinken"), "2024-10-16")) is None


def test_a_speaker_repeating_a_claim_later_is_linked() -> None:
    index = ClaimIndex(window_days=30)
    index.add(ClaimRecord(1, KIRBY, person("John Kirby"), "2024-10-15"))
    link = index.add(ClaimRecord(2, KIRBY, person("Adm. John Kirby"), "2025-06-01"))
    assert link is not None and link.target_id == 1


def test_outside_the_date_window_other_speakers_are_not_linked() -> None:
    index = ClaimIndex(window_days=30)
    index.add(ClaimRecord(1, KIRBY, person("John Kirby"), "2024-10-15"))
    assert index.add(ClaimRecord(2, KIRBY, None, "2025-06-01")) is None
    assert index.add(ClaimRecord(3, KIRBY, None, "2024-10-20")) is not None


def test_adding_an_id_twice_is_refused() -> None:
    index = ClaimIndex()
    index.add(ClaimRecord(1, KIRBY))
    with pytest.raises(ValueError, match="already"):
        index.add(ClaimRecord(1, KIRBY))


def test_query_ranks_stored_claims_without_adding() -> None:
    index = ClaimIndex()
    index.add_many(
        [
            ClaimRecord(1, FERGUSON),
            ClaimRecord(2, TREND),
            ClaimRecord(3, KIRBY),
        ]
    )
    hits = index.query("people should run, not walk, to get it installed")
    assert [(h.claim_id, h.grade) for h in hits] == [(2, "fragment")]
    assert len(index) == 3
    assert index.query("...") == []
    assert index.query("an unrelated sentence about football results") == []


def test_query_respects_a_speaker() -> None:
    index = ClaimIndex()
    index.add(ClaimRecord(1, KIRBY, person("John Kirby")))
    assert index.query(KIRBY, speaker=person("Hunter Biden")) == []
    assert [h.claim_id for h in index.query(KIRBY, speaker=person("Kirby"))] == [1]


def test_empty_text_is_stored_but_never_linked() -> None:
    index = ClaimIndex()
    assert index.add(ClaimRecord(1, "\u201c\u2026\u201d")) is None
    assert index.add(ClaimRecord(2, "\u201c\u2026\u201d")) is None
    assert 2 in index and index.cluster_of(2) == 2


def test_work_per_claim_is_bounded() -> None:
    """Thousands of claims sharing common words: each new claim grades a bounded few."""
    index = ClaimIndex(graded=4)
    for i in range(3000):
        index.add(
            ClaimRecord(i, f"the government said the economy grew by {i} percent in year {i}")
        )
    assert index.graded_pairs <= 4 * 3000


def test_an_index_without_texts_links_the_same_and_reads_only_candidates() -> None:
    """The ingest index keeps no texts (memory must not grow with what was said): the
    texts of stored candidates are read through a loader, and the links are unchanged."""
    records = [
        ClaimRecord(1, FERGUSON, person("Paul Ferguson"), "2008-12-15"),
        ClaimRecord(2, TREND, SpeakerRef("Trend Micro", "organization"), "2008-12-16"),
        ClaimRecord(3, KIRBY, person("John Kirby"), "2024-10-15"),
        ClaimRecord(4, f"\u201c{FERGUSON}\u201d", person("Ferguson"), "2008-12-16"),
        ClaimRecord(5, FERGUSON.replace("insidious is it", "insidious it"), None, "2008-12-16"),
        ClaimRecord(6, "People should run, not walk, to get it installed,", None, "2008-12-17"),
        ClaimRecord(7, KIRBY, person("Antony Blinken"), "2024-10-16"),
    ]
    texts = {r.claim_id: r.text for r in records}
    asked: list[int] = []

    def loader(ids: object) -> dict[int, str]:
        asked.extend(ids)  # type: ignore[arg-type]
        return {i: texts[i] for i in ids}  # type: ignore[attr-defined]

    kept = ClaimIndex()
    expected = kept.add_many(records[:3]) + kept.add_many(records[3:])
    lean = ClaimIndex(keep_texts=False)
    assert lean.add_many(records[:3], texts=loader) == []
    assert lean.add_many(records[3:], texts=loader) == expected
    assert [(lk.claim_id, lk.target_id) for lk in expected] == [(4, 1), (5, 1), (6, 2)]
    # 4 repeats 1 exactly (no read); 5 and 6 need 1 and 2; 3 and 7 are different speakers.
    assert sorted(set(asked)) == [1, 2]
    question = "people should run, not walk, to get it installed"
    hits = lean.query(question, texts=loader)
    assert hits == kept.query(question)
    assert [(h.claim_id, h.grade) for h in hits] == [(6, "exact"), (2, "fragment")]
    with pytest.raises(ValueError, match="loader"):
        lean.add(ClaimRecord(8, TREND))
