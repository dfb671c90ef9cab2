"""Topic search over claims: the words a journalist types, matched stemmed in text and context.

SQLite uses the FTS5 table kept by triggers; PostgreSQL uses the GIN index on the same
`to_tsvector` expression the migration created. Both require every term ("North Korean
troops" finds claims with all three words, "troop" or "troops" alike).
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Integer, column, false, text
from sqlalchemy.orm import InstrumentedAttribute

from factdb.store.migrations import PG_CLAIM_TSVECTOR

_TERM = re.compile(r"\w+")


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
        matching = text(
            f"SELECT id FROM claim WHERE {PG_CLAIM_TSVECTOR} @@ plainto_tsquery('english', :topic)"
        ).bindparams(topic=topic)
        return claim_id.in_(matching.columns(column("id", Integer)))
    query = fts5_query(topic)
    if query is None:
        return false()
    matching = text("SELECT rowid FROM claim_fts WHERE claim_fts MATCH :topic").bindparams(
        topic=query
    )
    return claim_id.in_(matching.columns(column("rowid", Integer)))
