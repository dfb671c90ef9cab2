"""Storing what the engine found: articles, outlets, speakers, claims and hedges.

Writes are idempotent (the same text or URL twice stores nothing the second time), atomic
(an article is stored whole or not at all) and bulk (a few executemany statements per batch,
not one per row), because ingest of a whole corpus must not wait on the database.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Engine, bindparam, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, ProgrammingError
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert

from factdb.extract.types import UNKNOWN_SPEAKER, ArticleExtraction
from factdb.extract.types import Claim as ExtractedClaim
from factdb.extract.types import Speaker as ExtractedSpeaker
from factdb.readers.types import SourceDocument
from factdb.store.db import refresh_statistics
from factdb.store.keys import is_alias_worthy, is_pronoun, name_key
from factdb.store.migrations import (
    SQLITE_ALIAS_WORDS_TRIGGER,
    SQLITE_CLAIM_FTS_TRIGGER,
    SQLITE_INDEX_ALIASES_AFTER,
)
from factdb.store.models import Article, Claim, Hedge, Outlet, Speaker, SpeakerAlias
from factdb.store.retry import retry_busy
from factdb.store.transactions import BEGIN_OPTION, write_transaction

_ARTICLE = Article.__table__
_OUTLET = Outlet.__table__
_SPEAKER = Speaker.__table__
_ALIAS = SpeakerAlias.__table__
_CLAIM = Claim.__table__
_HEDGE = Hedge.__table__
_CHUNK = 500  # keys per IN (...) lookup: far below every backend's parameter limit
BULK_FTS_MIN = 64  # claims in one write from which indexing them in one statement pays off
BULK_ALIAS_MIN = 64  # aliases in one write from which indexing their words in bulk pays off


@dataclass(slots=True)
class StoredArticle:
    """What happened to one document: stored as `article_id`, or already there."""

    article_id: int
    new: bool
    claims: int
    existing_reason: str | None = None  # "same content as article 12", "same URL as article 3"


@dataclass(slots=True)
class FailedArticle:
    """A document of a batch that was not stored, and why (the rest of the batch was)."""

    source_id: str
    origin: str
    error: str


class InvalidExtraction(ValueError):
    """An extraction whose offsets do not fit its document: storing it would break every
    "show me where this was said" link, so it is refused whole."""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def store_article(
    session: Session, doc: SourceDocument, extraction: ArticleExtraction, *, extractor_version: str
) -> StoredArticle:
    """Store one article in one transaction and commit it; on any error nothing is kept.

    The session must not hold uncommitted work of its own: it is committed or rolled back here.
    Raises `InvalidExtraction` for offsets outside the document.
    """
    _validate(doc, extraction)
    try:
        conn = session.connection(execution_options={BEGIN_OPTION: "IMMEDIATE"})
        (result,) = _write(conn, [(doc, extraction)], extractor_version)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return result


def store_articles(
    engine: Engine,
    items: Iterable[tuple[SourceDocument, ArticleExtraction]],
    *,
    extractor_version: str,
) -> list[StoredArticle | FailedArticle]:
    """Store a batch in one transaction (the fast path for ingest), results in input order.

    Each article is still all-or-nothing: an extraction with impossible offsets, or one the
    database rejects (a NOT NULL or foreign key broken), is reported as `FailedArticle` and
    the rest are stored. A database that fails as a whole (locked, full, gone) raises and
    keeps nothing of the batch.
    """
    results: list[StoredArticle | FailedArticle | None] = []
    valid: list[tuple[SourceDocument, ArticleExtraction]] = []
    for doc, extraction in items:
        try:
            _validate(doc, extraction)
        except InvalidExtraction as exc:
            results.append(FailedArticle(doc.source_id, doc.origin, str(exc)))
            continue
        results.append(None)
        valid.append((doc, extraction))
    if not valid:
        return [r for r in results if r is not None]

    def write_batch() -> list[StoredArticle | FailedArticle]:
        with write_transaction(engine) as conn:
            written: list[StoredArticle | FailedArticle] = list(
                _write(conn, valid, extractor_version)
            )
            if sum(s.claims for s in written if isinstance(s, StoredArticle)) >= BULK_FTS_MIN:
                refresh_statistics(conn)
        return written

    try:
        stored = retry_busy(write_batch)  # another writer's long lock is waited out, not fatal
    except DBAPIError as exc:
        if not _rejects_rows(exc):
            raise
        stored = [_store_alone(engine, item, extractor_version) for item in valid]
    done = iter(stored)
    return [r if r is not None else next(done) for r in results]


def _store_alone(
    engine: Engine, item: tuple[SourceDocument, ArticleExtraction], version: str
) -> StoredArticle | FailedArticle:
    """The slow path after a batch was refused: find which articles the database rejects."""

    def write_one() -> StoredArticle | FailedArticle:
        with write_transaction(engine) as conn:
            return _write(conn, [item], version)[0]

    try:
        return retry_busy(write_one)
    except DBAPIError as exc:
        if not _rejects_rows(exc):
            raise
        doc = item[0]
        message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        return FailedArticle(doc.source_id, doc.origin, f"rejected by the database: {message}")


def _rejects_rows(exc: DBAPIError) -> bool:
    """True when the data was refused, not when the database itself failed (locked, gone)."""
    return isinstance(exc, IntegrityError | DataError | ProgrammingError)


def _validate(doc: SourceDocument, extraction: ArticleExtraction) -> None:
    size = len(doc.text)

    def check(what: str, start: int, end: int) -> None:
        if not 0 <= start <= end <= size:
            raise InvalidExtraction(
                f"{doc.origin}: {what} offsets {start}:{end} outside the text (length {size})"
            )

    for n, claim in enumerate(extraction.claims, 1):
        check(f"claim {n}", claim.start, claim.end)
        check(f"claim {n} context", claim.context_start, claim.context_end)
        if claim.speaker is not None:
            check(f"claim {n} speaker", claim.speaker.start, claim.speaker.end)
        if claim.cue is not None:
            check(f"claim {n} cue", claim.cue.start, claim.cue.end)
        for hedge in claim.hedges:
            check(f"claim {n} hedge", hedge.start, hedge.end)
        for start, end in claim.segments:  # a piece outside its claim would quote other words
            if not claim.start <= start <= end <= claim.end:
                raise InvalidExtraction(
                    f"{doc.origin}: claim {n} piece {start}:{end} outside the claim "
                    f"{claim.start}:{claim.end}"
                )
    for hedge in extraction.hedges:
        check("hedge", hedge.start, hedge.end)


@dataclass(slots=True)
class _Pending:
    """One document on its way in: its article row, then its database id."""

    doc: SourceDocument
    extraction: ArticleExtraction
    hash: str
    row: dict[str, Any]
    article_id: int | None = None
    reason: str | None = None
    speaker_ids: dict[tuple[str, str], int] = field(default_factory=dict)
    speaker_keys: list[tuple[str, str] | None] = field(default_factory=list)  # one per claim


def _write(
    conn: Connection, items: Sequence[tuple[SourceDocument, ArticleExtraction]], version: str
) -> list[StoredArticle]:
    now = datetime.now(UTC)
    outlet_ids = _outlet_ids(conn, [_outlet_name(doc, ex) for doc, ex in items])
    pending = [_pending(doc, ex, version, now, outlet_ids) for doc, ex in items]
    fresh = _insert_articles(conn, pending)
    _attach_speakers(conn, fresh)
    claim_counts = _insert_claims(conn, fresh, version)
    return [
        StoredArticle(p.article_id or 0, p.reason is None, claim_counts.get(id(p), 0), p.reason)
        for p in pending
    ]


def _outlet_name(doc: SourceDocument, extraction: ArticleExtraction) -> str | None:
    name = doc.outlet or extraction.meta.outlet
    return name if name and name_key(name) else None


def _pending(
    doc: SourceDocument,
    extraction: ArticleExtraction,
    version: str,
    now: datetime,
    outlet_ids: dict[str, int],
) -> _Pending:
    """The article row; metadata the reader was given beats what the engine read in the text."""
    meta = extraction.meta
    outlet = _outlet_name(doc, extraction)
    dateline = ", ".join(p for p in (meta.dateline_place, meta.dateline_date) if p) or None
    digest = content_hash(doc.text)
    row = {
        "source_id": doc.source_id,
        "title": doc.title or meta.title,
        "url": doc.url or None,
        "outlet_id": outlet_ids[name_key(outlet)] if outlet else None,
        "published": doc.published or meta.published,
        "author": doc.author or meta.author,
        "dateline": dateline,
        "format": doc.format,
        "text": doc.text,
        "content_hash": digest,
        "extractor_version": version,
        "ingested_at": now,
    }
    return _Pending(doc, extraction, digest, row)


def insert_ignore(conn: Connection, table: Any) -> Insert:
    """INSERT that skips rows breaking a unique constraint: how a lost race becomes a no-op."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()


def chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _outlet_ids(conn: Connection, names: Iterable[str | None]) -> dict[str, int]:
    wanted: dict[str, str] = {}
    for name in names:
        if name:
            wanted.setdefault(name_key(name), name.strip())
    if not wanted:
        return {}
    rows = [{"key": k, "name": n} for k, n in wanted.items()]
    insert_rows(conn, _OUTLET, rows, skip_conflicts=True)
    found: dict[str, int] = {}
    for keys in chunks(list(wanted)):
        query = select(_OUTLET.c.key, _OUTLET.c.id).where(_OUTLET.c.key.in_(keys))
        found.update({key: oid for key, oid in conn.execute(query)})
    return found


def _insert_articles(conn: Connection, pending: list[_Pending]) -> list[_Pending]:
    """Insert the documents not already stored; mark the others with the article they repeat."""
    by_hash: dict[str, _Pending] = {}
    by_url: dict[str, _Pending] = {}
    candidates: list[_Pending] = []
    twins: list[tuple[_Pending, _Pending, str]] = []
    for p in pending:
        url = p.row["url"]
        if p.hash in by_hash:
            twins.append((p, by_hash[p.hash], "same content as"))
        elif url and url in by_url:
            twins.append((p, by_url[url], "same URL as"))
        else:
            by_hash[p.hash] = p
            if url:
                by_url[url] = p
            candidates.append(p)
    if candidates:
        stmt = insert_ignore(conn, _ARTICLE).returning(_ARTICLE.c.id, _ARTICLE.c.content_hash)
        for article_id, digest in conn.execute(stmt, [p.row for p in candidates]):
            by_hash[digest].article_id = article_id
    _find_existing(conn, [p for p in candidates if p.article_id is None])
    for p, first, what in twins:  # a repeat within the batch points at its first copy
        p.article_id = first.article_id
        p.reason = first.reason or f"{what} article {first.article_id}"
    return [p for p in candidates if p.reason is None]


def _find_existing(conn: Connection, skipped: list[_Pending]) -> None:
    """Name the stored article each skipped document repeats (same text first, then URL)."""
    if not skipped:
        return
    by_hash: dict[str, int] = {}
    by_url: dict[str, int] = {}
    hashes = [p.hash for p in skipped]
    urls = [p.row["url"] for p in skipped if p.row["url"]]
    for chunk in chunks(hashes):
        query = select(_ARTICLE.c.content_hash, _ARTICLE.c.id)
        by_hash.update(conn.execute(query.where(_ARTICLE.c.content_hash.in_(chunk))).all())
    for chunk in chunks(urls):
        query = select(_ARTICLE.c.url, _ARTICLE.c.id)
        by_url.update(conn.execute(query.where(_ARTICLE.c.url.in_(chunk))).all())
    for p in skipped:
        if p.hash in by_hash:
            p.article_id, p.reason = by_hash[p.hash], f"same content as article {by_hash[p.hash]}"
        elif p.row["url"] in by_url:
            p.article_id = by_url[p.row["url"]]
            p.reason = f"same URL as article {p.article_id}"
        else:  # pragma: no cover - a unique constraint fired but nothing matches: a bug
            raise RuntimeError(f"{p.doc.origin}: not stored and no existing article found")


def _speaker_key(speaker: ExtractedSpeaker, article_id: int) -> tuple[str, str] | None:
    """The (key, kind) a speaker is stored under, or None for a claim left unattributed.

    Anonymous sources are keyed per article: "a senior official" in two stories is not known
    to be one person, and merging them would be a wrong attribution.
    """
    if speaker.kind == UNKNOWN_SPEAKER or name_key(speaker.name) in {"", UNKNOWN_SPEAKER}:
        return None
    if is_pronoun(speaker.name):  # never a pronoun as a speaker, whatever the engine said
        return None
    key = name_key(speaker.name)
    if speaker.kind == "anonymous":
        key = f"{key} @article {article_id}"
    return key, speaker.kind


def _attach_speakers(conn: Connection, fresh: list[_Pending]) -> None:
    """Find or create each speaker, fill in role/organisation, record aliases."""
    names: dict[tuple[str, str], ExtractedSpeaker] = {}
    for p in fresh:  # each claim's key once: aliases and claim rows read it back
        p.speaker_keys = [
            None if c.speaker is None else _speaker_key(c.speaker, p.article_id or 0)
            for c in p.extraction.claims
        ]
        for claim, skey in zip(p.extraction.claims, p.speaker_keys, strict=True):
            if skey is None:
                continue
            known = names.setdefault(skey, claim.speaker)
            if known.role is None or known.organization is None:
                names[skey] = _merge(known, claim.speaker)
    if not names:
        return
    rows = [
        {
            "key": k,
            "kind": kind,
            "name": s.name.strip(),
            "role": s.role,
            "organization": s.organization,
        }
        for (k, kind), s in names.items()
    ]
    insert_rows(conn, _SPEAKER, rows, skip_conflicts=True)
    ids: dict[tuple[str, str], int] = {}
    for chunk in chunks(sorted({k for k, _ in names})):
        query = select(_SPEAKER.c.key, _SPEAKER.c.kind, _SPEAKER.c.id)
        for key, kind, sid in conn.execute(query.where(_SPEAKER.c.key.in_(chunk))):
            if (key, kind) in names:
                ids[(key, kind)] = sid
    _fill_roles(conn, names, ids)
    _add_aliases(conn, fresh, ids)
    for p in fresh:
        p.speaker_ids = ids


def _merge(known: ExtractedSpeaker, other: ExtractedSpeaker) -> ExtractedSpeaker:
    return ExtractedSpeaker(
        known.name,
        known.mention,
        known.start,
        known.end,
        known.kind,
        known.role or other.role,
        known.organization or other.organization,
    )


def _fill_roles(
    conn: Connection,
    names: dict[tuple[str, str], ExtractedSpeaker],
    ids: dict[tuple[str, str], int],
) -> None:
    """A speaker first seen without a role gets it when a later article names it."""
    s = _SPEAKER.c
    for column in ("role", "organization"):
        rows = [
            {"sid": ids[k], "value": getattr(sp, column)}
            for k, sp in names.items()
            if getattr(sp, column) and k in ids
        ]
        if rows:
            stmt = (
                update(_SPEAKER)
                .where(s.id == bindparam("sid"), s[column].is_(None))
                .values({column: bindparam("value")})
            )
            conn.execute(stmt, rows)


def _add_aliases(conn: Connection, fresh: list[_Pending], ids: dict[tuple[str, str], int]) -> None:
    """The canonical name and every mention that names the speaker ("Kirby" for John Kirby)."""
    aliases: dict[tuple[int, str], str] = {}
    for p in fresh:
        for claim, skey in zip(p.extraction.claims, p.speaker_keys, strict=True):
            sp = claim.speaker
            if sp is None or skey is None or skey not in ids:
                continue
            for surface in (sp.name, sp.mention):
                if surface == sp.name or is_alias_worthy(surface):
                    key = name_key(surface)
                    if key:
                        aliases.setdefault((ids[skey], key), surface.strip())
    if not aliases:
        return
    rows = [{"speaker_id": sid, "key": k, "alias": a} for (sid, k), a in aliases.items()]
    if conn.dialect.name != "sqlite" or len(rows) < BULK_ALIAS_MIN:
        insert_rows(conn, _ALIAS, rows, skip_conflicts=True)
        return
    # Rows that already exist are skipped, so the new ones are exactly those above the old max.
    after = conn.execute(select(func.coalesce(func.max(_ALIAS.c.id), 0))).scalar_one()
    with _sqlite_triggers_dropped(conn, [SQLITE_ALIAS_WORDS_TRIGGER]):
        insert_rows(conn, _ALIAS, rows, skip_conflicts=True)
        for statement in SQLITE_INDEX_ALIASES_AFTER:
            conn.execute(text(statement), {"after": after})


def _insert_claims(conn: Connection, fresh: list[_Pending], version: str) -> dict[int, int]:
    """Insert claims, then their hedges (which need the claim ids). Returns claims per document."""
    rows: list[dict[str, Any]] = []
    owners: list[tuple[_Pending, ExtractedClaim]] = []
    counts: dict[int, int] = {}
    for p in fresh:
        for claim, skey in zip(p.extraction.claims, p.speaker_keys, strict=True):
            rows.append(_claim_row(p, claim, skey, version))
            owners.append((p, claim))
        counts[id(p)] = len(p.extraction.claims)
    claim_ids = _reserve_ids(conn, _CLAIM, len(rows))
    for row, claim_id in zip(rows, claim_ids, strict=True):
        row["id"] = claim_id
    if rows:
        _insert_indexed_claims(conn, rows, claim_ids)
    hedges = _hedge_rows(fresh, owners, claim_ids)
    if hedges:
        insert_rows(conn, _HEDGE, hedges)
    return counts


def _insert_indexed_claims(conn: Connection, rows: list[dict[str, Any]], ids: list[int]) -> None:
    """Insert claims; on SQLite a large batch is added to the FTS5 index in one statement."""
    if conn.dialect.name != "sqlite" or len(rows) < BULK_FTS_MIN:
        insert_rows(conn, _CLAIM, rows)
        return
    with _sqlite_triggers_dropped(conn, [SQLITE_CLAIM_FTS_TRIGGER]):
        insert_rows(conn, _CLAIM, rows)
        conn.execute(
            text(
                "INSERT INTO claim_fts (rowid, quote, context) "
                "SELECT id, quote, context FROM claim WHERE id BETWEEN :first AND :last"
            ),
            {"first": ids[0], "last": ids[-1]},
        )


@contextmanager
def _sqlite_triggers_dropped(conn: Connection, names: Sequence[str]) -> Iterator[None]:
    """Run the block without these row triggers, inside the caller's write transaction;
    the block then does their work itself, once for all its rows.

    An AFTER INSERT trigger costs SQLite ~15 us a row even when its WHEN clause tells it to do
    nothing (m003's pause): 12,499 BBC claims took 0.45 s to insert with it, 0.2 s without.
    DDL is transactional in SQLite, and this transaction holds the only write lock: each
    trigger is re-created from its own stored SQL before the block ends, so no commit and no
    other connection ever sees a table without it. On an error the caller rolls back (every
    writer here does), which brings the triggers back with everything else.
    """
    marks = ", ".join("?" * len(names))
    stored = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        tuple(names),
    ).all()
    quote = conn.dialect.identifier_preparer.quote
    for name, _ in stored:
        conn.exec_driver_sql(f"DROP TRIGGER {quote(name)}")
    yield
    for _, sql in stored:
        conn.exec_driver_sql(sql)


def insert_rows(
    conn: Connection, table: Any, rows: list[dict[str, Any]], *, skip_conflicts: bool = False
) -> None:
    """A plain INSERT straight to the driver, for the per-row tables.

    SQLAlchemy's per-row parameter processing cost more than SQLite's own work for claims;
    these rows hold only str/int/float/bool/None, which every driver takes as they are (a
    datetime goes through `bind_value` first). `skip_conflicts` makes a row that breaks a
    unique constraint a no-op, as `insert_ignore` does.
    """
    columns = list(rows[0])
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    if len(columns) == 1:
        values = [(row[columns[0]],) for row in rows]
    else:  # itemgetter builds each tuple in C: a generator per row cost more than SQLite's insert
        values = list(map(itemgetter(*columns), rows))
    if conn.dialect.name == "postgresql" and not skip_conflicts:
        _copy_rows(conn, f"COPY {quote(table.name)} ({names}) FROM STDIN", values)
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({', '.join([mark] * len(columns))})"
    conn.exec_driver_sql(sql + (" ON CONFLICT DO NOTHING" if skip_conflicts else ""), values)


def _copy_rows(conn: Connection, statement: str, values: list[tuple[Any, ...]]) -> None:
    """PostgreSQL's COPY: one statement for the whole batch.

    executemany sends a statement per row, and each fired `claim`'s statement-level search
    trigger once: 12,000 BBC claims took 9 s of server time that way, 0.1 s by COPY. Errors
    come back as SQLAlchemy's own (IntegrityError, DataError, ...), as from an INSERT, so a
    batch the database refuses still falls back to storing its articles one by one.
    """
    dbapi = conn.dialect.loaded_dbapi
    try:
        with (
            conn.connection.driver_connection.cursor() as cursor,
            cursor.copy(statement) as copy,
        ):
            for row in values:
                copy.write_row(row)
    except dbapi.Error as exc:
        raise DBAPIError.instance(statement, None, exc, dbapi.Error) from exc


def bind_value(conn: Connection, column: Any, value: Any) -> Any:
    """`value` as SQLAlchemy would send it for `column` (a datetime is text on SQLite)."""
    dialect = conn.dialect
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return value if process is None else process(value)


def _reserve_ids(conn: Connection, table: Any, count: int) -> list[int]:
    """Ids for rows about to be inserted, so claims go in by plain executemany.

    RETURNING in an ordered executemany makes SQLAlchemy send one INSERT per row, which made
    claims the slowest part of an ingest. On SQLite this transaction has already written (the
    article), so it holds the database's only write lock and max(id) cannot move under it; on
    PostgreSQL the ids come from the column's own sequence, which is safe under concurrency.
    """
    if count == 0:
        return []
    if conn.dialect.name == "postgresql":
        reserved = conn.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
            ),
            {"table": table.name, "n": count},
        )
        return [row[0] for row in reserved]
    last = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    return list(range(last + 1, last + count + 1))


def _claim_row(
    p: _Pending, claim: ExtractedClaim, skey: tuple[str, str] | None, version: str
) -> dict[str, Any]:
    sp = claim.speaker
    cue = claim.cue
    return {
        "article_id": p.article_id,
        "speaker_id": p.speaker_ids.get(skey) if skey else None,
        "speaker_mention": sp.mention if sp else None,
        "speaker_start": sp.start if sp else None,
        "speaker_end": sp.end if sp else None,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "cue": cue.text if cue else None,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
        "hedged": claim.hedged,
        "confidence": float(claim.confidence),
        "rule": claim.rule,
        "context": p.doc.text[claim.context_start : claim.context_end],
        "context_start": claim.context_start,
        "context_end": claim.context_end,
        "said_on": claim.said_on,
        "extractor_version": version,
        "segments": segments_json(claim.segments),
        "quote": claim.quote,
    }


def segments_json(segments: Sequence[tuple[int, int]]) -> str | None:
    """The stored form of a claim's pieces; None (one piece) when there are none."""
    return json.dumps([[start, end] for start, end in segments]) if segments else None


def _hedge_rows(
    fresh: list[_Pending], owners: list[tuple[_Pending, ExtractedClaim]], claim_ids: list[int]
) -> list[dict[str, Any]]:
    """One row per hedge qualifying a claim, plus one for each hedge that qualifies none."""
    rows: list[dict[str, Any]] = []
    on_claims: set[tuple[int, int, int, str]] = set()
    for (p, claim), cid in zip(owners, claim_ids, strict=True):
        for h in claim.hedges:
            on_claims.add((id(p), h.start, h.end, h.category))
            rows.append(_hedge_row(p, cid, h.text, h.start, h.end, h.category))
    for p in fresh:
        seen: set[tuple[int, int, str]] = set()
        for h in p.extraction.hedges:
            spot = (h.start, h.end, h.category)
            if spot in seen or (id(p), *spot) in on_claims:
                continue
            seen.add(spot)
            rows.append(_hedge_row(p, None, h.text, h.start, h.end, h.category))
    return rows


def _hedge_row(
    p: _Pending, claim_id: int | None, text: str, start: int, end: int, category: str
) -> dict[str, Any]:
    return {
        "article_id": p.article_id,
        "claim_id": claim_id,
        "text": text,
        "start": start,
        "end": end,
        "category": category,
    }
