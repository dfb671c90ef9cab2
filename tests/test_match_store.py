"""Stored matching: clusters across outlets, similar claims, speaker merges that survive re-ingest.

The database holds the seed article (Korea Bizwire) as a good engine reads it (store_support),
plus short articles from other outlets quoting John Kirby's Oct. 15 briefing; those are
invented variants of the seed quote, as other outlets would print it.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine, select
from sqlmodel import Session, SQLModel
from store_support import (
    engine,
    one_quote,
    seed_document,
    seed_extraction,
    simple_document,
    store_url,  # noqa: F401
)

from factdb.store import match_models  # noqa: F401  (registers the tables)
from factdb.store.match_models import ClaimMatch, SpeakerApart, SpeakerMerge
from factdb.store.matching import (
    MatchError,
    cluster_claim_ids,
    cluster_of,
    find_clusters,
    forget_index,
    match_new_claims,
    merge_speakers,
    similar,
    split_speaker,
)
from factdb.store.migrations import _m004_tables
from factdb.store.models import Claim, Speaker, SpeakerAlias
from factdb.store.queries import ClaimFilter
from factdb.store.writes import store_article

__all__ = ["engine"]

KIRBY = (
    "While we cannot independently confirm these reports, if true, they would indicate a "
    "significant strengthening of the Russia-North Korea defense relationship."
)
KIRBY_CUT = (
    "they would indicate a significant strengthening of the Russia-North Korea defense relationship"
)


def add_article(
    session: Session,
    source_id: str,
    quote: str,
    speaker: str | None,
    *,
    outlet: str,
    published: str,
    kind: str = "person",
    mention: str | None = None,
) -> int:
    text = f"{mention or speaker or 'Someone'} said: \u201c{quote}\u201d"
    doc = simple_document(source_id, text, outlet=outlet, published=published)
    session.commit()  # end the test's read transaction: store_article begins its own
    store_article(
        session, doc, one_quote(text, quote, speaker, mention, kind), extractor_version="t"
    )  # type: ignore[arg-type]
    return session.execute(select(sa.func.max(Claim.id))).scalar_one()


@pytest.fixture
def session(engine: Engine):  # noqa: F811
    doc = seed_document(published="2024-10-17")
    with Session(engine) as s:
        store_article(s, doc, seed_extraction(doc.text), extractor_version="test")
        yield s
        forget_index(s)


def seed_kirby(session: Session) -> int:
    return session.execute(select(Claim.id).where(Claim.text == KIRBY)).scalar_one()


def test_a_quote_in_three_outlets_is_one_cluster_with_drift(session: Session) -> None:
    seed = seed_kirby(session)
    cut = add_article(
        session, "wire-2", KIRBY_CUT, "John Kirby", outlet="Wire Two", published="2024-10-18"
    )
    negated = KIRBY.replace("they would indicate", "they would not indicate")
    later = add_article(
        session, "wire-3", negated, "John Kirby", outlet="Wire Three", published="2024-10-19"
    )
    assert match_new_claims(session) == 2

    (cluster,) = find_clusters(session, ClaimFilter(limit=10))
    assert cluster.cluster_id == seed and cluster.first_appearance == seed
    assert cluster.outlets == ["Korea Bizwire", "Wire Two", "Wire Three"]
    by_id = {c.claim_id: c for c in cluster.claims}
    assert by_id[seed].grade is None and by_id[seed].drift == []
    assert (by_id[cut].grade, by_id[cut].drift) == ("fragment", ["hedge_dropped", "quote_cut"])
    assert (by_id[later].grade, by_id[later].drift) == ("near", ["negation_added"])
    assert [(op.tag, op.new) for op in by_id[later].diff if op.tag != "equal"] == [
        ("insert", "not")
    ]
    assert cluster_of(session, later) == cluster
    assert cluster_claim_ids(session, cut) == sorted([seed, cut, later])
    assert cluster_claim_ids(session, 999) == []


def test_offsets_of_every_appearance_slice_its_article(session: Session) -> None:
    add_article(session, "wire-2", KIRBY, "John Kirby", outlet="Wire Two", published="2024-10-18")
    match_new_claims(session)
    (cluster,) = find_clusters(session, ClaimFilter())
    from factdb.store.models import Article

    for claim in cluster.claims:
        text = session.execute(
            select(Article.text).where(Article.source_id == claim.article_id)
        ).scalar_one()
        assert text[claim.start : claim.end] == claim.text


def test_the_same_words_from_someone_else_stay_apart(session: Session) -> None:
    other = add_article(
        session, "wire-2", KIRBY, "Antony Blinken", outlet="Wire Two", published="2024-10-18"
    )
    assert match_new_claims(session) == 0
    assert find_clusters(session, ClaimFilter()) == []
    assert cluster_of(session, other).claims[0].claim_id == other  # type: ignore[union-attr]


def test_matching_is_incremental_and_idempotent(session: Session) -> None:
    seed = seed_kirby(session)
    assert match_new_claims(session) == 0  # the seed's five claims: nothing to link
    first = add_article(
        session, "wire-2", KIRBY, "John Kirby", outlet="Wire Two", published="2024-10-18"
    )
    assert match_new_claims(session, [first]) == 1
    assert match_new_claims(session, [first]) == 0
    forget_index(session)  # a new process: the index is rebuilt from claim_match
    third = add_article(
        session,
        "wire-3",
        KIRBY,
        "Kirby",
        outlet="Wire Three",
        published="2024-10-18",
        mention="Kirby",
    )
    assert match_new_claims(session) == 1
    assert cluster_of(session, third).cluster_id == seed  # type: ignore[union-attr]
    total = session.execute(select(sa.func.count()).select_from(ClaimMatch)).scalar_one()
    assert total == session.execute(select(sa.func.count()).select_from(Claim)).scalar_one()


def test_filters_narrow_clusters_as_for_quotes(session: Session) -> None:
    add_article(session, "wire-2", KIRBY, "John Kirby", outlet="Wire Two", published="2024-10-18")
    match_new_claims(session)
    assert len(find_clusters(session, ClaimFilter(outlet="Wire Two"))) == 1
    assert find_clusters(session, ClaimFilter(since="2025-01-01")) == []
    assert find_clusters(session, ClaimFilter(speaker="Blinken")) == []


def test_similar_ranks_stored_claims(session: Session) -> None:
    match_new_claims(session)
    hits = similar(session, KIRBY_CUT, limit=3, query_id="q1")
    assert [(h.claim_id, h.grade, h.query_id) for h in hits] == [
        (seed_kirby(session), "fragment", "q1")
    ]
    assert hits[0].article_id == "seeds/korea-bizwire-nk-troops.txt"
    assert hits[0].speaker == "John Kirby"


@pytest.mark.parametrize("text", ["", "   ", "\u201c\u2026!?\u201d"])
def test_similar_refuses_text_without_words(session: Session, text: str) -> None:
    with pytest.raises(MatchError, match="no words"):
        similar(session, text)


def speaker_id(session: Session, name: str) -> int:
    return session.execute(select(Speaker.id).where(Speaker.name == name)).scalar_one()


def claim_speakers(session: Session) -> dict[int, int | None]:
    return {cid: sid for cid, sid in session.execute(select(Claim.id, Claim.speaker_id))}


def test_strong_evidence_merges_automatically(session: Session) -> None:
    """The seed's "South Korea's Defense Ministry" is "the South Korean Ministry of National Defense"."""
    claim = add_article(
        session,
        "wire-2",
        "We are closely watching the situation on the border.",
        "the South Korean Ministry of National Defense",
        outlet="Wire Two",
        published="2024-10-18",
        kind="organization",
    )
    match_new_claims(session)
    ministry = speaker_id(session, "South Korea's Defense Ministry")
    assert session.get(Claim, claim).speaker_id == ministry  # type: ignore[union-attr]
    merge = session.execute(select(SpeakerMerge)).scalar_one()
    assert merge.origin == "auto"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Hunter Kirby", "person"),
        ("Kirby", "person"),
        ("North Korea's Defense Ministry", "organization"),
    ],
)
def test_weak_or_contrary_evidence_never_merges(session: Session, name: str, kind: str) -> None:
    add_article(
        session,
        "wire-2",
        "Something else entirely was said here today.",
        name,
        outlet="W",
        published="2024-10-18",
        kind=kind,
    )
    match_new_claims(session)
    assert session.execute(select(SpeakerMerge)).first() is None


def test_manual_merge_and_split_survive_re_ingest(session: Session) -> None:
    kirby = speaker_id(session, "John Kirby")
    add_article(
        session,
        "wire-2",
        "We have seen the reports.",
        "Adm. Kirby",
        outlet="W",
        published="2024-10-18",
        mention="Adm. Kirby",
    )
    admiral = speaker_id(session, "Adm. Kirby")
    match_new_claims(session)
    before = claim_speakers(session)

    result = merge_speakers(session, admiral, kirby)
    assert (result.claims_moved, result.aliases_added) == (1, ["Adm. Kirby"])
    assert (
        "Adm. Kirby"
        in session.execute(select(SpeakerAlias.alias).where(SpeakerAlias.speaker_id == kirby))
        .scalars()
        .all()
    )

    # a new article naming "Adm. Kirby" again: its claim goes to John Kirby too
    again = add_article(
        session,
        "wire-3",
        "We have seen the new reports.",
        "Adm. Kirby",
        outlet="X",
        published="2024-10-19",
        mention="Adm. Kirby",
    )
    match_new_claims(session)
    assert session.get(Claim, again).speaker_id == kirby  # type: ignore[union-attr]

    split = split_speaker(session, admiral)
    assert split.claims_moved == 2
    after = claim_speakers(session)
    assert after[again] == admiral and {k: after[k] for k in before} == before
    assert session.execute(select(SpeakerApart)).scalar_one() is not None
    assert (
        "Adm. Kirby"
        not in session.execute(select(SpeakerAlias.alias).where(SpeakerAlias.speaker_id == kirby))
        .scalars()
        .all()
    )

    # kept apart: a later article with the same pair does not merge them automatically
    add_article(
        session,
        "wire-4",
        "We keep watching.",
        "Adm. Kirby",
        outlet="Y",
        published="2024-10-20",
        mention="Adm. Kirby",
    )
    match_new_claims(session)
    assert session.execute(select(SpeakerMerge)).first() is None


@pytest.mark.parametrize(
    ("a", "b", "message"),
    [
        ("John Kirby", "John Kirby", "into itself"),
        ("John Kirby", None, "no speaker with id 999"),
        (None, "John Kirby", "no speaker with id 999"),
    ],
)
def test_bad_merges_change_nothing(
    session: Session, a: str | None, b: str | None, message: str
) -> None:
    ids = [999 if name is None else speaker_id(session, name) for name in (a, b)]
    before = claim_speakers(session)
    with pytest.raises(MatchError, match=message):
        merge_speakers(session, *ids)
    assert claim_speakers(session) == before
    assert session.execute(select(SpeakerMerge)).first() is None


def test_split_of_an_unmerged_speaker_is_refused(session: Session) -> None:
    with pytest.raises(MatchError, match="not merged"):
        split_speaker(session, speaker_id(session, "John Kirby"))
    with pytest.raises(MatchError, match="no speaker"):
        split_speaker(session, 999)


def test_models_match_the_migration(engine: Engine) -> None:  # noqa: F811
    frozen = _m004_tables().tables
    inspector = sa.inspect(engine)
    for name in ("claim_match", "speaker_merge", "speaker_apart", "claim_speaker_move"):
        model = SQLModel.metadata.tables[name]
        assert set(model.columns.keys()) == set(frozen[name].columns.keys()), name
        assert {c["name"] for c in inspector.get_columns(name)} == set(model.columns.keys()), name
