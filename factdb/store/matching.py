"""Cross-source matching kept in the database: claim clusters, similar claims, speaker merges.

The matching itself is `factdb.match` (pure); this module feeds it stored claims and writes
what it finds. One `ClaimIndex` per database is kept in memory for the life of the process and
rebuilt from `claim_match` when another process has matched claims since (the row count tells),
so each ingest matches its new claims against everything stored without re-grading the past.
The index holds no claim texts (it reads the few it grades from `claim`), so its memory grows
with the vocabulary and a few dozen bytes a claim, not with what was said.

Speaker merges move claims to the canonical speaker and remember each claim's original
speaker, so a split puts them back exactly; they are recorded by speaker key, and
`match_new_claims` re-applies them to claims of a re-ingested article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import Result, delete, func, or_, select, update
from sqlalchemy.orm import Session

from factdb.match.drift import DiffOp, compare
from factdb.match.grade import Grade
from factdb.match.index import ClaimIndex, ClaimRecord, Link
from factdb.match.normalize import normalize_claim
from factdb.match.speakers import SpeakerRef as MatchSpeaker
from factdb.match.speakers import same_speaker, signature
from factdb.store.match_models import ClaimMatch, ClaimSpeakerMove, SpeakerApart, SpeakerMerge
from factdb.store.models import Article, Claim, Outlet, Speaker, SpeakerAlias
from factdb.store.pieces import claim_pieces, claim_quote
from factdb.store.writes import bind_value, chunks, insert_ignore, insert_rows

if TYPE_CHECKING:  # the query layer loads for `matches`, not for every ingest
    from factdb.store.queries import ClaimFilter

_LOAD_CHUNK = 5000
_INDEXES: dict[str, ClaimIndex] = {}


class MatchError(ValueError):
    """A request that cannot be done as asked (unknown id, a speaker merged into itself)."""


@dataclass(slots=True)
class ClusterClaim:
    """One appearance of a claim: where, when, who it was credited to there, how it matched."""

    claim_id: int
    article_id: str  # the id given at ingest
    outlet: str | None
    published: str | None
    start: int
    end: int
    text: str
    quote: str  # the speaker's words, what was matched and diffed
    segments: list[tuple[int, int]]
    speaker: str | None
    grade: Grade | None  # how it joined the cluster; None for the claim that started it
    score: float | None
    drift: list[str] = field(default_factory=list)  # against the first appearance
    diff: list[DiffOp] = field(default_factory=list)


@dataclass(slots=True)
class ClusterView:
    cluster_id: int
    first_appearance: int  # claim_id of the earliest published appearance
    outlets: list[str]
    claims: list[ClusterClaim]


@dataclass(slots=True)
class SimilarHit:
    query_id: str | None
    claim_id: int
    article_id: str | None
    text: str
    quote: str
    speaker: str | None
    grade: Grade
    score: float


@dataclass(slots=True)
class MergeResult:
    speaker_id: int
    into_id: int
    claims_moved: int
    aliases_added: list[str]


# ----------------------------------------------------------------------------- matching


def match_new_claims(
    session: Session,
    claim_ids: Sequence[int] | None = None,
    *,
    article_ids: Sequence[int] | None = None,
) -> int:
    """Match stored claims not matched yet (all of them, or those of `claim_ids`, or of the
    articles `article_ids`: an ingest batch need not scan every claim stored); commit.

    Call after each stored article or batch. Re-applies recorded speaker merges to the new
    claims first, then merges speakers where the evidence is strong, then links each claim to
    its best earlier match. Returns how many claims were linked to an earlier one. All of it
    is one transaction: on any error nothing is written and the in-memory index is dropped.
    """
    url = _url(session)
    try:
        fresh = _unmatched(session, claim_ids, article_ids)
        if not fresh:
            return 0
        speakers = {sid for _, sid in fresh if sid is not None}
        # The index keeps the speaker each stored claim had when it was indexed: after an
        # automatic merge that name is still `same_speaker` as the canonical one, so links
        # are judged the same and the index need not be rebuilt (manual merges do rebuild).
        _apply_recorded_merges(session, [cid for cid, _ in fresh])
        _auto_merge(session, speakers)
        index = _index_for(session)
        conn = session.connection()
        now = bind_value(conn, ClaimMatch.__table__.c.matched_at, _now())
        linked = 0
        fresh_ids = [cid for cid, _ in fresh]
        for start in range(0, len(fresh_ids), _LOAD_CHUNK):
            records = list(_records(session, fresh_ids[start : start + _LOAD_CHUNK]))
            links = {
                link.claim_id: link
                for link in index.add_many(records, texts=partial(_claim_texts, session))
            }
            linked += len(links)
            if records:
                insert_rows(
                    conn,
                    ClaimMatch.__table__,
                    _match_rows(records, links, now),
                    skip_conflicts=True,
                )
        session.commit()
    except BaseException:
        session.rollback()
        _INDEXES.pop(url, None)
        _SPEAKER_BUCKETS.pop(url, None)
        raise
    return linked


def _match_rows(
    records: list[ClaimRecord], links: dict[int, Link], now: Any
) -> list[dict[str, Any]]:
    """A `claim_match` row per record: its link, or a cluster of its own."""
    rows = []
    for record in records:
        link = links.get(record.claim_id)
        rows.append(
            {
                "claim_id": record.claim_id,
                "cluster_id": record.claim_id if link is None else link.cluster_id,
                "target_id": None if link is None else link.target_id,
                "grade": None if link is None else link.grade,
                "score": None if link is None else link.score,
                "matched_at": now,
            }
        )
    return rows


def _unmatched(
    session: Session, claim_ids: Sequence[int] | None, article_ids: Sequence[int] | None
) -> list[tuple[int, int | None]]:
    query = (
        select(Claim.id, Claim.speaker_id)
        .outerjoin(ClaimMatch, ClaimMatch.claim_id == Claim.id)
        .where(ClaimMatch.claim_id.is_(None))
        .order_by(Claim.id)
    )
    if claim_ids is None and article_ids is None:
        return [(cid, sid) for cid, sid in _read(session, query)]
    column, ids = (
        (Claim.id, claim_ids) if claim_ids is not None else (Claim.article_id, article_ids)
    )
    found: list[tuple[int, int | None]] = []
    for chunk in chunks(sorted(set(ids or ()))):
        found.extend((cid, sid) for cid, sid in _read(session, query.where(column.in_(chunk))))
    return sorted(found)


def _index_for(session: Session) -> ClaimIndex:
    """The process's index of this database, rebuilt when it no longer matches what is stored."""
    url = _url(session)
    stored = _read(session, select(func.count()).select_from(ClaimMatch)).scalar_one()
    index = _INDEXES.get(url)
    if index is not None and len(index) == stored:
        return index
    index = ClaimIndex(keep_texts=False)  # texts stay in the database: memory stays small
    last = 0
    while True:
        query = (
            select(ClaimMatch.claim_id, ClaimMatch.cluster_id)
            .where(ClaimMatch.claim_id > last)
            .order_by(ClaimMatch.claim_id)
            .limit(_LOAD_CHUNK)
        )
        pairs = _read(session, query).all()
        if not pairs:
            break
        clusters = dict(pairs)
        for record in _records(session, list(clusters)):
            index.restore(record, clusters[record.claim_id])
        last = pairs[-1][0]
    _INDEXES[url] = index
    return index


def _records(session: Session, claim_ids: list[int]) -> Iterable[ClaimRecord]:
    """Claims as the index sees them, in id order: the speaker's words (not the frame between
    them), speaker as stored, publication date."""
    for chunk in chunks(claim_ids):
        query = (
            select(
                Claim.id,
                Claim.quote,
                Claim.text,
                Article.published,
                Speaker.name,
                Speaker.kind,
                Speaker.role,
                Speaker.organization,
            )
            .outerjoin(Article, Article.id == Claim.article_id)
            .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
            .where(Claim.id.in_(chunk))
            .order_by(Claim.id)
        )
        for cid, quote, text, published, name, kind, role, org in _read(session, query):
            speaker = None if name is None else MatchSpeaker(name, kind, role, org)
            yield ClaimRecord(cid, claim_quote(quote, text), speaker, published)


def _claim_texts(session: Session, claim_ids: Sequence[int]) -> dict[int, str]:
    """The index keeps no texts; it reads those of the candidates it grades through this:
    the speaker's words, as `_records` gave it to index."""
    found: dict[int, str] = {}
    for chunk in chunks(claim_ids):
        query = select(Claim.id, Claim.quote, Claim.text).where(Claim.id.in_(chunk))
        found.update((cid, claim_quote(quote, text)) for cid, quote, text in _read(session, query))
    return found


def _read(session: Session, query: Any) -> Result[Any]:
    """Run a select of plain columns on the session's connection.

    `Session.execute` sends even a select of columns through the ORM's row loading, which
    made each of the few hundred reads of a BBC ingest 1.3-1.7x slower (0.9-1.4 ms against
    0.7-0.8 ms for 500-1,200 rows). The rows are the same; nothing is pending to flush
    (merges flush their own).
    """
    return session.connection().execute(query)


def forget_index(session: Session) -> None:
    """Drop the in-memory index of this database (after changing what it was built from)."""
    _INDEXES.pop(_url(session), None)


# ----------------------------------------------------------------------------- queries


def find_clusters(session: Session, flt: ClaimFilter) -> list[ClusterView]:
    """Clusters spanning two or more outlets with a claim matching `flt`; largest first."""
    from factdb.store.queries import claim_conditions

    matching = (
        select(ClaimMatch.cluster_id)
        .join(Claim, Claim.id == ClaimMatch.claim_id)
        .outerjoin(Article, Article.id == Claim.article_id)
        .where(*claim_conditions(session, flt))
    )
    outlets = func.count(func.distinct(func.coalesce(Outlet.name, Article.source_id)))
    query = (
        select(ClaimMatch.cluster_id, func.count().label("size"))
        .join(Claim, Claim.id == ClaimMatch.claim_id)
        .outerjoin(Article, Article.id == Claim.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .where(ClaimMatch.cluster_id.in_(matching))
        .group_by(ClaimMatch.cluster_id)
        .having(outlets >= 2)
        .order_by(func.count().desc(), ClaimMatch.cluster_id)
    )
    if flt.limit:
        query = query.limit(flt.limit)
    cluster_ids = [cid for cid, _ in session.execute(query)]
    members = _members(session, cluster_ids)
    return [_cluster_view(cid, members[cid]) for cid in cluster_ids]


def cluster_of(session: Session, claim_id: int) -> ClusterView | None:
    """The cluster a claim belongs to (every appearance, drift against the first), or None
    when the claim is unknown or has not been matched yet."""
    cluster_id = session.execute(
        select(ClaimMatch.cluster_id).where(ClaimMatch.claim_id == claim_id)
    ).scalar_one_or_none()
    if cluster_id is None:
        return None
    return _cluster_view(cluster_id, _members(session, [cluster_id])[cluster_id])


def cluster_claim_ids(session: Session, claim_id: int) -> list[int]:
    """Ids of every claim in `claim_id`'s cluster, in id order ([] when it is not matched)."""
    cluster = select(ClaimMatch.cluster_id).where(ClaimMatch.claim_id == claim_id)
    query = (
        select(ClaimMatch.claim_id)
        .where(ClaimMatch.cluster_id == cluster.scalar_subquery())
        .order_by(ClaimMatch.claim_id)
    )
    return list(session.execute(query).scalars())


def similar(
    session: Session, text: str, limit: int = 10, *, query_id: str | None = None
) -> list[SimilarHit]:
    """Stored claims most like `text`, best first. Raises MatchError for text without words."""
    if not normalize_claim(text):
        raise MatchError("the text has no words to compare")
    hits = _index_for(session).query(text, limit=limit, texts=partial(_claim_texts, session))
    details = _claim_details(session, [h.claim_id for h in hits])
    return [
        SimilarHit(query_id, h.claim_id, *details[h.claim_id], h.grade, h.score)
        for h in hits
        if h.claim_id in details
    ]


def _claim_details(session: Session, claim_ids: list[int]) -> dict[int, tuple[Any, ...]]:
    query = (
        select(Claim.id, Article.source_id, Claim.text, Claim.quote, Speaker.name)
        .outerjoin(Article, Article.id == Claim.article_id)
        .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
        .where(Claim.id.in_(claim_ids))
    )
    return {
        cid: (source, text, claim_quote(quote, text), name)
        for cid, source, text, quote, name in session.execute(query)
    }


def _members(session: Session, cluster_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    members: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in chunks(cluster_ids):
        query = (
            select(
                ClaimMatch.cluster_id,
                ClaimMatch.grade,
                ClaimMatch.score,
                Claim.id.label("claim_id"),
                Claim.text,
                Claim.quote,
                Claim.segments,
                Claim.start,
                Claim.end,
                Article.source_id,
                Article.published,
                Outlet.name.label("outlet"),
                Speaker.name.label("speaker"),
                Speaker.kind,
                Speaker.role,
                Speaker.organization,
            )
            .join(Claim, Claim.id == ClaimMatch.claim_id)
            .outerjoin(Article, Article.id == Claim.article_id)
            .outerjoin(Outlet, Outlet.id == Article.outlet_id)
            .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
            .where(ClaimMatch.cluster_id.in_(chunk))
        )
        for row in session.execute(query).mappings():
            members[row["cluster_id"]].append(dict(row))
    return members


def _quote(row: dict[str, Any]) -> str:
    return claim_quote(row["quote"], row["text"])


def _cluster_view(cluster_id: int, rows: list[dict[str, Any]]) -> ClusterView:
    """Appearances in publication order (undated last); drift is against the earliest."""
    rows = sorted(rows, key=lambda r: (r["published"] is None, r["published"] or "", r["claim_id"]))
    first = rows[0]
    first_speaker = _speaker_ref(first)
    claims = []
    for row in rows:
        drift = compare(_quote(first), _quote(row), first_speaker, _speaker_ref(row))
        claims.append(
            ClusterClaim(
                claim_id=row["claim_id"],
                article_id=row["source_id"],
                outlet=row["outlet"],
                published=row["published"],
                start=row["start"],
                end=row["end"],
                text=row["text"],
                quote=_quote(row),
                segments=claim_pieces(row["segments"], row["start"], row["end"]),
                speaker=row["speaker"],
                grade=row["grade"],
                score=row["score"],
                drift=list(drift.flags),
                diff=drift.diff if row is not first else [],
            )
        )
    outlets = list(dict.fromkeys(r["outlet"] or r["source_id"] for r in rows if r["source_id"]))
    return ClusterView(cluster_id, first["claim_id"], outlets, claims)


def _speaker_ref(row: dict[str, Any]) -> MatchSpeaker | None:
    if row["speaker"] is None:
        return None
    return MatchSpeaker(row["speaker"], row["kind"], row["role"], row["organization"])


# ----------------------------------------------------------------------------- speakers


def merge_speakers(session: Session, speaker_id: int, into_id: int) -> MergeResult:
    """Make `speaker_id` an alias of `into_id` (a journalist's correction); commit.

    Raises MatchError, changing nothing, for an unknown id or a speaker merged into itself.
    """
    try:
        result = _merge(session, speaker_id, into_id, "manual")
        session.commit()
    except BaseException:
        session.rollback()
        raise
    forget_index(session)
    return result


def split_speaker(session: Session, speaker_id: int) -> MergeResult:
    """Undo the merge of `speaker_id` into another speaker and keep the two apart; commit.

    Claims the merge moved go back, aliases it added are removed, and automatic merging will
    not join the pair again. Raises MatchError, changing nothing, when there is no such merge.
    """
    speaker = session.get(Speaker, speaker_id)
    if speaker is None:
        raise MatchError(f"no speaker with id {speaker_id}")
    merge = session.execute(
        select(SpeakerMerge).where(
            SpeakerMerge.speaker_key == speaker.key, SpeakerMerge.speaker_kind == speaker.kind
        )
    ).scalar_one_or_none()
    if merge is None:
        members = _merged_into(session, speaker)
        hint = ""
        if members:
            listed = ", ".join(f"{s.id} ({s.name})" for s in members)
            hint = f"; speakers merged into it: {listed}"
        raise MatchError(f"speaker {speaker_id} ({speaker.name}) is not merged into another{hint}")
    canonical = _by_key(session, merge.canonical_key, merge.canonical_kind)
    try:
        moved = session.execute(
            select(ClaimSpeakerMove.claim_id).where(
                ClaimSpeakerMove.original_speaker_id == speaker_id
            )
        ).scalars()
        moved_ids = list(moved)
        for chunk in chunks(moved_ids):
            session.execute(update(Claim).where(Claim.id.in_(chunk)).values(speaker_id=speaker_id))
            session.execute(delete(ClaimSpeakerMove).where(ClaimSpeakerMove.claim_id.in_(chunk)))
        if canonical is not None and merge.aliases_added:
            session.execute(
                delete(SpeakerAlias).where(
                    SpeakerAlias.speaker_id == canonical.id,
                    SpeakerAlias.alias.in_(merge.aliases_added),
                )
            )
        a, b = sorted([(speaker.key, speaker.kind), (merge.canonical_key, merge.canonical_kind)])
        conn = session.connection()
        conn.execute(
            insert_ignore(conn, SpeakerApart.__table__),
            [{"key_a": a[0], "kind_a": a[1], "key_b": b[0], "kind_b": b[1], "created_at": _now()}],
        )
        added = list(merge.aliases_added)
        session.delete(merge)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    forget_index(session)
    return MergeResult(speaker_id, canonical.id if canonical else 0, len(moved_ids), added)


def _merge(session: Session, speaker_id: int, into_id: int, origin: str) -> MergeResult:
    if speaker_id == into_id:
        raise MatchError(f"cannot merge speaker {speaker_id} into itself")
    speaker, into = session.get(Speaker, speaker_id), session.get(Speaker, into_id)
    for sid, row in ((speaker_id, speaker), (into_id, into)):
        if row is None:
            raise MatchError(f"no speaker with id {sid}")
    assert speaker is not None and into is not None
    into = _canonical(session, into)
    if into.id == speaker.id:
        raise MatchError(f"speaker {into_id} is already merged into speaker {speaker_id}")
    if _merge_of(session, speaker) is not None:
        raise MatchError(f"speaker {speaker_id} ({speaker.name}) is already merged; split it first")
    # Speakers merged into this one follow it to its new canonical speaker.
    session.execute(
        update(SpeakerMerge)
        .where(
            SpeakerMerge.canonical_key == speaker.key, SpeakerMerge.canonical_kind == speaker.kind
        )
        .values(canonical_key=into.key, canonical_kind=into.kind)
    )
    session.execute(
        delete(SpeakerApart).where(
            or_(
                (SpeakerApart.key_a == speaker.key) & (SpeakerApart.key_b == into.key),
                (SpeakerApart.key_a == into.key) & (SpeakerApart.key_b == speaker.key),
            )
        )
    )
    have = set(
        session.execute(
            select(SpeakerAlias.key).where(SpeakerAlias.speaker_id == into.id)
        ).scalars()
    )
    aliases = session.execute(
        select(SpeakerAlias.alias, SpeakerAlias.key).where(SpeakerAlias.speaker_id == speaker.id)
    ).all()
    added = [alias for alias, key in aliases if key not in have]
    conn = session.connection()
    if added:
        conn.execute(
            insert_ignore(conn, SpeakerAlias.__table__),
            [{"speaker_id": into.id, "alias": a, "key": k} for a, k in aliases if k not in have],
        )
    moved = _move_claims(session, speaker.id, into.id)
    session.add(
        SpeakerMerge(
            speaker_key=speaker.key,
            speaker_kind=speaker.kind,
            canonical_key=into.key,
            canonical_kind=into.kind,
            origin=origin,
            aliases_added=added,
            merged_at=_now(),
        )
    )
    session.flush()
    return MergeResult(speaker.id, into.id, moved, added)


def _move_claims(
    session: Session, from_id: int, to_id: int, claim_ids: list[int] | None = None
) -> int:
    """Re-point claims, remembering each one's original speaker (kept from the first move)."""
    query = select(Claim.id).where(Claim.speaker_id == from_id)
    if claim_ids is not None:
        query = query.where(Claim.id.in_(claim_ids))
    ids = list(session.execute(query).scalars())
    conn = session.connection()
    for chunk in chunks(ids):
        conn.execute(
            insert_ignore(conn, ClaimSpeakerMove.__table__),
            [{"claim_id": cid, "original_speaker_id": from_id} for cid in chunk],
        )
        conn.execute(update(Claim).where(Claim.id.in_(chunk)).values(speaker_id=to_id))
    return len(ids)


def _apply_recorded_merges(session: Session, claim_ids: list[int]) -> int:
    """Claims of a re-ingested or new article credited to a merged-away speaker move over."""
    moved = 0
    for chunk in chunks(claim_ids):
        query = (
            select(Claim.speaker_id, SpeakerMerge.canonical_key, SpeakerMerge.canonical_kind)
            .join(Speaker, Speaker.id == Claim.speaker_id)
            .join(
                SpeakerMerge,
                (SpeakerMerge.speaker_key == Speaker.key)
                & (SpeakerMerge.speaker_kind == Speaker.kind),
            )
            .where(Claim.id.in_(chunk))
            .distinct()
        )
        for speaker_id, key, kind in _read(session, query).all():
            canonical = _by_key(session, key, kind)
            if canonical is not None and canonical.id != speaker_id:
                moved += _move_claims(session, speaker_id, canonical.id, list(chunk))
    return moved


def _auto_merge(session: Session, speaker_ids: set[int]) -> int:
    """Merge speakers of new claims into stored ones where `same_speaker` holds.

    Stored speakers are bucketed (people by first and last name word, organisations by their
    whole key words, which `same_speaker` needs equal), so each new speaker is compared with
    a handful, never with every speaker. The buckets hold ids only and are kept for the
    process, extended by the speakers stored since; the rows compared are read fresh. The
    speaker with the fuller name (then the older one) stays canonical; pairs a journalist
    split are never merged.
    """
    if not speaker_ids:
        return 0
    merged_keys = {
        (key, kind)
        for key, kind in _read(session, select(SpeakerMerge.speaker_key, SpeakerMerge.speaker_kind))
    }
    apart = {
        ((a, ka), (b, kb))
        for a, ka, b, kb in _read(
            session,
            select(
                SpeakerApart.key_a, SpeakerApart.kind_a, SpeakerApart.key_b, SpeakerApart.kind_b
            ),
        )
    }
    merged_before = set(merged_keys)  # merged speakers are not candidates at all
    buckets = _speaker_buckets(session)
    rows = _speaker_rows(session, speaker_ids)
    lookups = {
        sid: sorted({c for b in _buckets(row, lookup=True) for c in buckets.ids.get(b, ())})
        for sid, row in rows.items()
    }
    rows.update(_speaker_rows(session, {c for ids in lookups.values() for c in ids} - set(rows)))
    merged = 0
    for speaker_id in sorted(speaker_ids):
        row = rows.get(speaker_id)
        if row is None or (row.key, row.kind) in merged_keys:
            continue
        candidate_ids = [c for c in lookups[speaker_id] if c != row.id]
        candidates = [
            rows[c]
            for c in candidate_ids
            if c in rows and (rows[c].key, rows[c].kind) not in merged_before
        ]
        for other in candidates[:200]:
            if (other.key, other.kind) in merged_keys:
                continue
            pair = tuple(sorted([(row.key, row.kind), (other.key, other.kind)]))
            if pair in apart or not same_speaker(_ref(row), _ref(other)):
                continue
            keep, drop = sorted((row, other), key=lambda s: (-len(signature(_ref(s)).tokens), s.id))
            _merge(session, drop.id, keep.id, "auto")
            merged_keys.add((drop.key, drop.kind))
            merged += 1
            if drop.id == row.id:
                break
    return merged


_MERGEABLE = ("person", "organization", "media")


@dataclass(slots=True)
class _SpeakerBuckets:
    """Stored speaker ids by `_buckets`, for speakers up to `last_id` (`count` of them)."""

    last_id: int = 0
    count: int = 0
    ids: dict[tuple[str, ...], list[int]] = field(default_factory=dict)


_SPEAKER_BUCKETS: dict[str, _SpeakerBuckets] = {}


def _speaker_buckets(session: Session) -> _SpeakerBuckets:
    """The process's buckets of this database, extended by the speakers stored since.

    Re-reading and re-bucketing every speaker for every batch made ingest quadratic. Names
    and kinds of stored speakers never change, so only new rows are read; the buckets are
    rebuilt when the speakers up to `last_id` are no longer those counted (a deleted row, or
    one committed late by another writer).
    """
    url = _url(session)
    cached = _SPEAKER_BUCKETS.get(url)
    if cached is not None:
        seen = _read(
            session,
            select(func.count())
            .select_from(Speaker)
            .where(Speaker.kind.in_(_MERGEABLE), Speaker.id <= cached.last_id),
        ).scalar_one()
        if seen != cached.count:
            cached = None
    if cached is None:
        cached = _SpeakerBuckets()
    query = (
        select(Speaker.id, Speaker.name, Speaker.kind, Speaker.role, Speaker.organization)
        .where(Speaker.kind.in_(_MERGEABLE), Speaker.id > cached.last_id)
        .order_by(Speaker.id)
    )
    for row in _read(session, query):
        for bucket in _buckets(row):
            cached.ids.setdefault(bucket, []).append(row.id)
        cached.last_id = row.id
        cached.count += 1
    _SPEAKER_BUCKETS[url] = cached
    return cached


def _speaker_rows(session: Session, speaker_ids: Iterable[int]) -> dict[int, Any]:
    found: dict[int, Any] = {}
    for chunk in chunks(sorted(speaker_ids)):
        query = select(
            Speaker.id, Speaker.name, Speaker.key, Speaker.kind, Speaker.role, Speaker.organization
        ).where(Speaker.id.in_(chunk), Speaker.kind.in_(_MERGEABLE))
        found.update((row.id, row) for row in _read(session, query))
    return found


def _buckets(row: Any, *, lookup: bool = False) -> list[tuple[str, ...]]:
    """Where a stored speaker is filed, or (`lookup`) where a new one looks for its twins.

    A full name is filed under its first+last words, first+surname prefix (for "Zelensky" /
    "Zelenskyy") and initial+surname; a bare surname under itself. A bare surname looks among
    full names with that surname; a full name looks for bare surnames too. Shared surnames
    alone never put two full names in one bucket: there are too many Kims and Smiths.
    """
    tokens = signature(_ref(row)).tokens
    if not tokens:
        return []
    if row.kind != "person":
        return [(row.kind, *tokens)]
    if len(tokens) == 1:
        return [("surname", tokens[0])] if lookup else [("single", tokens[0])]
    first, last = tokens[0], tokens[-1]
    keys = [("fl", first, last), ("fp", first, last[:3]), ("il", first[0], last)]
    return [*keys, ("single", last)] if lookup else [*keys, ("surname", last)]


def _ref(speaker: Any) -> MatchSpeaker:
    """A stored speaker (model or row) as the matcher sees it."""
    return MatchSpeaker(speaker.name, speaker.kind, speaker.role, speaker.organization)


def _merge_of(session: Session, speaker: Speaker) -> SpeakerMerge | None:
    return session.execute(
        select(SpeakerMerge).where(
            SpeakerMerge.speaker_key == speaker.key, SpeakerMerge.speaker_kind == speaker.kind
        )
    ).scalar_one_or_none()


def _merged_into(session: Session, speaker: Speaker) -> list[Speaker]:
    keys = session.execute(
        select(SpeakerMerge.speaker_key, SpeakerMerge.speaker_kind).where(
            SpeakerMerge.canonical_key == speaker.key, SpeakerMerge.canonical_kind == speaker.kind
        )
    ).all()
    found = [_by_key(session, key, kind) for key, kind in keys]
    return [s for s in found if s is not None]


def _canonical(session: Session, speaker: Speaker) -> Speaker:
    merge = _merge_of(session, speaker)
    if merge is None:
        return speaker
    return _by_key(session, merge.canonical_key, merge.canonical_kind) or speaker


def _by_key(session: Session, key: str, kind: str) -> Speaker | None:
    return session.execute(
        select(Speaker).where(Speaker.key == key, Speaker.kind == kind)
    ).scalar_one_or_none()


# ----------------------------------------------------------------------------- helpers


def _url(session: Session) -> str:
    return session.get_bind().url.render_as_string(hide_password=False)


def _now() -> datetime:
    """Aware UTC: the models' datetime columns refuse naive values."""
    return datetime.now(UTC)
