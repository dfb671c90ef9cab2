"""Topic search over claims: the words a journalist types, matched stemmed in text and context.

SQLite uses the FTS5 table kept by triggers; PostgreSQL the `claim_search` tsvectors, kept by
triggers too, with their GIN index and each claim's sort key. As a condition among others the
PostgreSQL search is a correlated EXISTS; a page of a topic alone comes from `claim_search`
by itself, either read from the GIN index and sorted (a rare word) or walked in the listing's
order testing each claim (a common word, where a page of 100 is found long before the matches
end). Both require every term ("North Korean troops" finds claims with all three words,
"troop" or "troops" alike).
"""

from __future__ import annotations

import re

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    MetaData,
    String,
    Table,
    column,
    exists,
    false,
    func,
    literal,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import InstrumentedAttribute, Session

from factdb.store.migrations import (
    PG_CLAIM_SEARCH_TABLE,
    SQLITE_ARTICLE_ORDER_INDEX,
    SQLITE_CLAIM_ORDER_INDEX,
)

_TERM = re.compile(r"\w+")
DENSE_MATCHES = 60_000  # SQLite: from this many matching claims, walk articles newest first

# PostgreSQL only, and not a model: triggers on `claim` and `article` fill it (m005, m009).
_claim_search = Table(
    PG_CLAIM_SEARCH_TABLE,
    MetaData(),
    Column("claim_id", Integer, primary_key=True),
    Column("search", TSVECTOR, nullable=False),
    Column("published", String),
    Column("article_id", Integer),
    Column("start", Integer, nullable=False),
)


def plan_for_a_page(session: Session) -> None:
    """PostgreSQL: plan the rest of this transaction for a page of rows, not a report.

    A page of claims about a common word is found by walking an index in the listing's order
    and stopping at the limit; parallel workers add ~30 ms of start-up and scan past the page
    ("government" at a million claims: 69 ms with two workers, 13 ms without). JIT
    compilation starts whenever the estimated cost is high, and the estimate for a page is
    that of every row it might read: a topic that is also a tag was compiled for 365 ms to
    run for 600. Only the current transaction is affected (`SET LOCAL`), and only speed, never
    the rows.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
        session.execute(text("SET LOCAL jit = off"))


def fts5_query(topic: str) -> str | None:
    """Each word quoted, so user input is never read as FTS5 syntax ("AND", "-", "*", ":").

    Quoted strings still go through the porter tokenizer, so stemming applies.
    """
    terms = _TERM.findall(topic)
    return " ".join(f'"{term}"' for term in terms) if terms else None


def topic_condition(
    dialect: str, claim_id: InstrumentedAttribute[int | None], topic: str
) -> ColumnElement[bool]:
    """A WHERE condition on `claim_id` that keeps claims about `topic`."""
    if dialect == "postgresql":
        if not _TERM.search(topic):
            return false()
        return exists(
            select(literal(1))
            .select_from(_claim_search)
            .where(
                _claim_search.c.claim_id == claim_id,
                _claim_search.c.search.bool_op("@@")(func.plainto_tsquery("english", topic)),
            )
        )
    query = fts5_query(topic)
    if query is None:
        return false()
    matching = text("SELECT rowid FROM claim_fts WHERE claim_fts MATCH :topic").bindparams(
        topic=query
    )
    return claim_id.in_(matching.columns(column("rowid", Integer)))


def newest_topic_claims(session: Session, topic: str, limit: int) -> list[int]:
    """Ids of the `limit` newest claims about `topic`, in the claim listing's order."""
    if session.get_bind().dialect.name == "postgresql":
        return _pg_newest_topic_claims(session, topic, limit)
    return _sqlite_newest_topic_claims(session, topic, limit)


def _pg_newest_topic_claims(session: Session, topic: str, limit: int) -> list[int]:
    """The page from `claim_search` alone, which holds each claim's sort key (m009).

    Two ways to it: walk the order index testing each claim's words until the page is full
    (a common word), or sort the GIN index's matches on the stored key (a rarer one); see
    `_walk_pays` for which. The order is `find_claims`' exactly: the article's date (NULL
    last), the article id (NULL for a hand-logged claim, last too), the offset, the claim id.
    """
    if not _TERM.search(topic):
        return []
    matching = _claim_search.c.search.bool_op("@@")(func.plainto_tsquery("english", topic))
    published: ColumnElement[str | None] = _claim_search.c.published
    if not _walk_pays(session, matching, limit):
        published = published.concat("")  # orders as `published`, but no index serves it
    page = (
        select(_claim_search.c.claim_id)
        .where(matching)
        .order_by(
            published.desc().nulls_last(),
            _claim_search.c.article_id,
            _claim_search.c.start,
            _claim_search.c.claim_id,
        )
        .limit(limit)
    )
    return list(session.execute(page).scalars())


def _walk_pays(session: Session, matching: ColumnElement[bool], limit: int) -> bool:
    """Whether walking the order index reads fewer claims than sorting every match does.

    A walk reads about `limit * claims / matches` claims, sorting reads the matches. The
    planner walks even when the walk is several times longer, trusting its pages to be
    cached: "brands" (3,800 matches in a million claims) walked 32,000 claims where sorting
    reads 3,800. Its estimate of the matches (EXPLAIN, nothing run) is good, so the choice
    is made here from it; without statistics the planner is left to choose.
    """
    claims = session.execute(
        text("SELECT reltuples FROM pg_class WHERE oid = to_regclass(:name)"),
        {"name": PG_CLAIM_SEARCH_TABLE},
    ).scalar()
    if not claims or claims <= 0:
        return True
    estimate = select(literal(1)).select_from(_claim_search).where(matching)
    compiled = estimate.compile(dialect=session.get_bind().dialect)
    plan = (
        session.connection()
        .exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params)
        .scalar()
    )
    matches = plan[0]["Plan"]["Plan Rows"]
    return matches * matches >= limit * claims


def _sqlite_newest_topic_claims(session: Session, topic: str, limit: int) -> list[int]:
    """SQLite: ids of the `limit` newest claims about `topic`, in the claim listing's order.

    Two ways to the same page, chosen by how many claims match (counted up to DENSE_MATCHES,
    which costs about a millisecond). Few: order the matches, reading the narrow m006
    indexes rather than the claim and article rows. Many: walk articles newest first and test
    each claim against the index (about 20 us a claim), stopping at the limit; "said" matches
    244,000 of a million claims, and the walk finds its page in 8 ms where ordering every
    match takes 95. The order matches `find_claims` exactly (SQLite's DESC puts NULL last).
    Claims logged by hand have no article to walk: they are read on their own (few, and the
    article_id index finds them; each tested against the index, as the walk does, since
    `IN (all matches)` would read all 244,000 of "said") and merged in where the listing
    puts them.
    """
    query = fts5_query(topic)
    if query is None:
        return []
    counted = session.execute(
        text("SELECT count(*) FROM (SELECT 1 FROM claim_fts WHERE claim_fts MATCH :q LIMIT :n)"),
        {"q": query, "n": DENSE_MATCHES},
    ).scalar_one()
    if counted >= DENSE_MATCHES:
        page = text(
            "SELECT claim.id, article.published, article.id, claim.start "
            "FROM article CROSS JOIN claim ON claim.article_id = article.id "
            "WHERE EXISTS (SELECT 1 FROM claim_fts WHERE claim_fts MATCH :q "
            "AND claim_fts.rowid = claim.id) "
            "ORDER BY article.published DESC, article.id, claim.start, claim.id LIMIT :n"
        )
    else:
        narrow = session.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = :name"),
            {"name": SQLITE_CLAIM_ORDER_INDEX},
        ).scalar_one()
        claim_index = f"INDEXED BY {SQLITE_CLAIM_ORDER_INDEX}" if narrow else ""  # see m006
        page = text(
            f"SELECT claim.id, article.published, article.id, claim.start FROM claim_fts "
            f"CROSS JOIN claim {claim_index} ON claim.id = claim_fts.rowid "
            f"CROSS JOIN article INDEXED BY {SQLITE_ARTICLE_ORDER_INDEX} "
            f"ON article.id = claim.article_id WHERE claim_fts MATCH :q "
            f"ORDER BY article.published DESC, article.id, claim.start, claim.id LIMIT :n"
        )
    rows = list(session.execute(page, {"q": query, "n": limit}).all())
    hand_logged = text(
        "SELECT claim.id, NULL, NULL, claim.start FROM claim "
        "WHERE claim.article_id IS NULL AND EXISTS (SELECT 1 FROM claim_fts "
        "WHERE claim_fts MATCH :q AND claim_fts.rowid = claim.id) "
        "ORDER BY claim.start, claim.id LIMIT :n"
    )
    rows.extend(session.execute(hand_logged, {"q": query, "n": limit}).all())
    # the listing's order: newest first with undated last, then article id (NULL, a hand-logged
    # claim's, first as SQLite sorts it), offset, id; sorted stably from the last key back
    rows.sort(key=lambda row: (row[2] is not None, row[2] or 0, row[3], row[0]))
    rows.sort(key=lambda row: row[1] or "", reverse=True)
    return [row[0] for row in rows[:limit]]
