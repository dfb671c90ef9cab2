"""Write transactions that take the write lock up front.

In SQLite WAL mode a transaction that reads first and writes later can fail with
SQLITE_BUSY_SNAPSHOT when another process committed in between, and busy_timeout does not
help; `BEGIN IMMEDIATE` waits for the lock instead. PostgreSQL needs no such thing: its
`ON CONFLICT DO NOTHING` waits for the other writer and then skips.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.engine import Connection

BEGIN_OPTION = "factdb_begin"


def sqlite_on_begin(conn: Connection) -> None:
    """The "begin" listener: SQLAlchemy decides when a SQLite transaction starts, not sqlite3."""
    mode = conn.get_execution_options().get(BEGIN_OPTION, "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that holds the write lock; commits, or rolls back on error."""
    with engine.connect().execution_options(**{BEGIN_OPTION: "IMMEDIATE"}) as conn, conn.begin():
        yield conn
