"""Topics and tags in the database: indexing what claims are about, and finding them by it.

Topics are found by `factdb.extract.topics` and stored once per article (a `topic_scan` row
marks an article done), so listing or filtering by topic never re-reads the corpus. Tags are
what a journalist adds. Both are compared by `topic_key`, so "Sanctions" finds "sanction".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    bindparam,
    delete,
    func,
    literal,
    or_,
    select,
    union,
    update,
)
from sqlalchemy.engine import Connection
from sqlmodel import Session

from factdb.extract.topics import Topic, find_topics, plain_key, topic_key
from factdb.store.models import Article, Claim
from factdb.store.pieces import claim_quote
from factdb.store.search import topic_condition
from factdb.store.workflow import WorkflowError, now, require_claim, writing
from factdb.store.workflow_models import ArticleTopic, ClaimTag, ClaimTopic, TopicRecord, TopicScan
from factdb.store.writes import chunks, insert_ignore

_TOPIC = TopicRecord.__table__
_CLAIM_TOPIC = ClaimTopic.__table__
_ARTICLE_TOPIC = ArticleTopic.__table__
_SCAN = TopicScan.__table__
_TAG = ClaimTag.__table__
_CLAIM = Claim.__table__
_ARTICLE = Article.__table__
SCAN_BATCH = 200  # articles per transaction: bounded memory, and progress survives a stop


@dataclass(slots=True)
class TopicCount:
    topic: str
    key: str
    kind: str  # entity | keyword | tag
    claims: int
    articles: int


def _better_name(name: str, key: str, kind: str) -> bool:
    """A form worth renaming a stored topic to.

    An entity written as itself ("North Korea", not "North Korean"); a keyword written in
    lower case ("police", not a sentence's opening "Police"). Otherwise the first form seen
    stays, so names never flip between "troop" and "troops" from one batch to the next.
    """
    if kind == "entity":
        return plain_key(name) == key
    return name[:1].islower()


def _topic_ids(conn: Connection, topics: Sequence[Topic]) -> dict[str, int]:
    if not topics:
        return {}
    rows: dict[str, dict[str, str]] = {}
    for t in topics:  # the first form seen names it, unless a later one is better
        known = rows.get(t.key)
        if known is None or (
            _better_name(t.name, t.key, t.kind)
            and not _better_name(known["name"], t.key, known["kind"])
        ):
            rows[t.key] = {"name": t.name, "key": t.key, "kind": t.kind}
    conn.execute(insert_ignore(conn, _TOPIC), list(rows.values()))
    better = [
        {"k": key, "n": row["name"], "as_kind": row["kind"]}
        for key, row in rows.items()
        if _better_name(row["name"], key, row["kind"])
    ]
    if better:
        name = _TOPIC.c.name
        capitalised = func.substr(name, 1, 1) != func.lower(func.substr(name, 1, 1))
        stored_is_worse = or_(
            and_(_TOPIC.c.kind == "entity", func.lower(name) != func.lower(bindparam("n"))),
            and_(_TOPIC.c.kind != "entity", capitalised),
        )
        conn.execute(
            update(_TOPIC)
            .where(_TOPIC.c.key == bindparam("k"), _TOPIC.c.kind == bindparam("as_kind"))
            .where(stored_is_worse)
            .values(name=bindparam("n")),
            better,
        )
    found = conn.execute(select(_TOPIC.c.key, _TOPIC.c.id).where(_TOPIC.c.key.in_(list(rows))))
    return dict(found.all())


def index_claim_topics(conn: Connection, claim_id: int, text: str) -> None:
    topics = find_topics(text)
    ids = _topic_ids(conn, topics)
    if ids:
        conn.execute(
            insert_ignore(conn, _CLAIM_TOPIC),
            [{"claim_id": claim_id, "topic_id": ids[t.key], "count": t.count} for t in topics],
        )


def ensure_topics(session: Session) -> int:
    """Index the topics of every article not yet scanned (and of its claims); returns how many."""
    scanned = 0
    while True:
        with writing(session) as conn:
            pending = conn.execute(
                select(_ARTICLE.c.id, _ARTICLE.c.text)
                .where(_ARTICLE.c.id.not_in(select(_SCAN.c.article_id)))
                .order_by(_ARTICLE.c.id)
                .limit(SCAN_BATCH)
            ).all()
            for article_id, text in pending:
                _index_article(conn, article_id, text)
        scanned += len(pending)
        if len(pending) < SCAN_BATCH:
            return scanned


def _index_article(conn: Connection, article_id: int, text: str) -> None:
    topics = find_topics(text)
    claims = conn.execute(
        select(_CLAIM.c.id, _CLAIM.c.quote, _CLAIM.c.text)
        .where(_CLAIM.c.article_id == article_id)
        .order_by(_CLAIM.c.id)
    ).all()
    # A claim is about what its speaker said: "Kirby" in '"It's done," Kirby said, "..."'
    # names the speaker, not a topic of the claim.
    per_claim = [(cid, find_topics(claim_quote(quote, ctext))) for cid, quote, ctext in claims]
    ids = _topic_ids(conn, topics + [t for _, found in per_claim for t in found])
    if topics:
        conn.execute(
            insert_ignore(conn, _ARTICLE_TOPIC),
            [{"article_id": article_id, "topic_id": ids[t.key], "count": t.count} for t in topics],
        )
    rows = [
        {"claim_id": cid, "topic_id": ids[t.key], "count": t.count}
        for cid, found in per_claim
        for t in found
    ]
    if rows:
        conn.execute(insert_ignore(conn, _CLAIM_TOPIC), rows)
    conn.execute(insert_ignore(conn, _SCAN), {"article_id": article_id, "scanned_at": now()})


# -- tags ------------------------------------------------------------------------------------


def _tag_key(tag: str) -> str:
    key = topic_key(tag)
    if not key:
        raise WorkflowError(f"tag {tag!r} has no letters or digits")
    return key


def tag_claim(session: Session, claim_id: int, tag: str) -> bool:
    """Tag a claim; False when it already had the tag (in any spelling with the same key)."""
    key = _tag_key(tag)
    with writing(session) as conn:
        if conn.execute(select(_CLAIM.c.id).where(_CLAIM.c.id == claim_id)).first() is None:
            raise WorkflowError(f"no claim with id {claim_id}")
        added = conn.execute(
            insert_ignore(conn, _TAG).returning(_TAG.c.id),
            {"claim_id": claim_id, "tag": tag.strip(), "key": key, "tagged_at": now()},
        ).first()
    return added is not None


def untag_claim(session: Session, claim_id: int, tag: str) -> bool:
    """Remove a tag; False when the claim did not have it."""
    key = _tag_key(tag)
    require_claim(session, claim_id)
    with writing(session) as conn:
        result = conn.execute(delete(_TAG).where(_TAG.c.claim_id == claim_id, _TAG.c.key == key))
    return result.rowcount > 0


def claim_tags(session: Session, claim_ids: Sequence[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    for chunk in chunks(list(claim_ids)):
        query = select(_TAG.c.claim_id, _TAG.c.tag).where(_TAG.c.claim_id.in_(chunk))
        for claim_id, tag in session.exec(query.order_by(_TAG.c.claim_id, _TAG.c.key)):
            tags.setdefault(claim_id, []).append(tag)
    return tags


def claim_topics(session: Session, claim_ids: Sequence[int]) -> dict[int, list[str]]:
    """Topic names per claim, most frequent first."""
    found: dict[int, list[str]] = {}
    for chunk in chunks(list(claim_ids)):
        query = (
            select(_CLAIM_TOPIC.c.claim_id, _TOPIC.c.name)
            .join(_TOPIC, _TOPIC.c.id == _CLAIM_TOPIC.c.topic_id)
            .where(_CLAIM_TOPIC.c.claim_id.in_(chunk))
            .order_by(_CLAIM_TOPIC.c.claim_id, _CLAIM_TOPIC.c.count.desc(), _TOPIC.c.key)
        )
        for claim_id, name in session.exec(query):
            found.setdefault(claim_id, []).append(name)
    return found


# -- listing and filtering ------------------------------------------------------------------


def _key_matches(column: Any, key: str):
    """The key itself or a name that contains it as whole words ("korea" in "north korea")."""
    return or_(
        column == key,
        column.like(f"{key} %"),
        column.like(f"% {key}"),
        column.like(f"% {key} %"),
    )


def topic_claim_ids(topic: str):
    """A subquery of the claim ids tagged with `topic` or about it (for `--topic` filters).

    Full-text search is the other half of `--topic`: OR this with the store's FTS clause,
    e.g. `or_(fulltext_clause, Claim.id.in_(topic_claim_ids(topic)))`.
    """
    key = topic_key(topic)
    if not key:
        return select(_CLAIM.c.id).where(literal(False))
    by_topic = (
        select(_CLAIM_TOPIC.c.claim_id.label("claim_id"))
        .join(_TOPIC, _TOPIC.c.id == _CLAIM_TOPIC.c.topic_id)
        .where(_key_matches(_TOPIC.c.key, key))
    )
    return select(union(by_topic, tagged_claim_ids(topic)).subquery().c.claim_id)


def tagged_claim_ids(topic: str):
    """A subquery of the claims a journalist tagged with `topic`: the part of `--topic` that
    full-text search over the claim and its sentence cannot see."""
    key = topic_key(topic)
    if not key:
        return select(_CLAIM.c.id).where(literal(False))
    return select(_TAG.c.claim_id.label("claim_id")).where(_key_matches(_TAG.c.key, key))


def topic_counts(session: Session, limit: int = 0, kind: str | None = None) -> list[TopicCount]:
    """Topics and tags with how many claims and articles carry them, most common first."""
    claims = (
        select(_CLAIM_TOPIC.c.topic_id, func.count().label("n"))
        .group_by(_CLAIM_TOPIC.c.topic_id)
        .subquery()
    )
    articles = (
        select(_ARTICLE_TOPIC.c.topic_id, func.count().label("n"))
        .group_by(_ARTICLE_TOPIC.c.topic_id)
        .subquery()
    )
    query = (
        select(
            _TOPIC.c.name,
            _TOPIC.c.key,
            _TOPIC.c.kind,
            func.coalesce(claims.c.n, 0),
            func.coalesce(articles.c.n, 0),
        )
        .outerjoin(claims, claims.c.topic_id == _TOPIC.c.id)
        .outerjoin(articles, articles.c.topic_id == _TOPIC.c.id)
    )
    if kind is not None:
        query = query.where(_TOPIC.c.kind == kind)
    rows = [TopicCount(*row) for row in session.exec(query)] if kind != "tag" else []
    if kind in (None, "tag"):
        tags = select(
            func.min(_TAG.c.tag), _TAG.c.key, func.count(func.distinct(_TAG.c.claim_id))
        ).group_by(_TAG.c.key)
        rows.extend(TopicCount(tag, key, "tag", n, 0) for tag, key, n in session.exec(tags))
    rows = [r for r in rows if r.claims or r.articles]
    rows.sort(key=lambda r: (-r.claims, -r.articles, r.key, r.kind))
    return rows[:limit] if limit else rows


def topic_clause(session: Session, topic: str, *, refresh: bool = True) -> ColumnElement[bool]:
    """The whole `--topic` filter on claims: tagged with it, about it, or containing its words.

    With `refresh`, articles not yet scanned are indexed first (a write) so the answer covers
    everything stored; read-only callers pass False and rely on ingest having indexed them
    (tags and full text are always current).
    """
    if refresh:
        ensure_topics(session)
    dialect = session.get_bind().dialect.name
    return or_(topic_condition(dialect, Claim.id, topic), Claim.id.in_(topic_claim_ids(topic)))
