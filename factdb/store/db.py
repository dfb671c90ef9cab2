"""Where the database is and how to connect to it: one engine factory for SQLite and PostgreSQL.

Every connection gets the same settings (SQLite pragmas, explicit transactions) so a command,
a test and a second process writing at the same time all see the same database behaviour, and
the schema is migrated before anyone gets the engine.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import typer
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from factdb.store.errors import StoreError
from factdb.store.migrations import migrate
from factdb.store.transactions import sqlite_on_begin

ENV_VAR = "FACTDB_URL"
APP_NAME = "factdb"
DEFAULT_FILE = "factdb.db"

_SQLITE_PRAGMAS = ("foreign_keys=ON", "busy_timeout=5000", "synchronous=NORMAL")


def resolve_url(db: str | None) -> str:
    """The database URL from `--db`, else `FACTDB_URL`, else a file in the user's data dir.

    Anything with a scheme is an SQLAlchemy URL and passes through; anything else is a path to
    a SQLite file, so `--db news.db` does what a journalist expects.
    """
    value = db or os.environ.get(ENV_VAR)
    if not value:
        app_dir = Path(typer.get_app_dir(APP_NAME))
        app_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{app_dir / DEFAULT_FILE}"
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def display_url(url: str) -> str:
    """The URL as it may appear in a message: no password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def open_engine(url: str) -> Engine:
    """An engine with per-connection settings and an up-to-date schema.

    The first connection is made here, so a file that is not a database, a directory that
    does not exist or a server that does not answer fails now with one `StoreError`, not
    halfway through an ingest.
    """
    shown = display_url(url)
    try:
        parsed = _normalise(make_url(url))
        engine = _create(parsed)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise StoreError(f"not a usable database URL ({exc})", shown) from exc
    try:
        migrate(engine)
    except StoreError as exc:
        engine.dispose()
        exc.url = exc.url or shown
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        raise StoreError(_describe(exc), shown) from exc
    return engine


def _normalise(url: URL) -> URL:
    """`postgresql://` means psycopg 3 here: it is the driver factdb installs."""
    if url.drivername in {"postgresql", "postgres"}:
        return url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in {"sqlite", "postgresql"}:
        raise ValueError(f"{url.get_backend_name()} is not supported; use SQLite or PostgreSQL")
    return url


def _create(url: URL) -> Engine:
    if url.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    """Pragmas for every connection, and transactions that SQLAlchemy controls.

    The sqlite3 module's own implicit BEGIN skips DDL, which would let a migration half-apply;
    `isolation_level = None` plus the "begin" listener makes every transaction explicit.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() not in {"wal", "memory"}:
            raise StoreError(f"SQLite refused WAL journal mode (got {mode!r})")
        for pragma in _SQLITE_PRAGMAS:
            cursor.execute(f"PRAGMA {pragma}")
    finally:
        cursor.close()


def _describe(exc: BaseException) -> str:
    """One line for the user: the driver's own message, without SQLAlchemy's SQL dump."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    message = text[0] if text else type(orig).__name__
    if "file is not a database" in message or "malformed" in message:
        return f"not a SQLite database or corrupted ({message})"
    if "unable to open database file" in message:
        return f"cannot open the database file ({message})"
    return message


_ANALYZED_TABLES = ("article", "claim", "hedge", "outlet", "speaker", "speaker_alias")


def refresh_statistics(conn: Connection) -> None:
    """Let SQLite's planner know the tables' sizes after a large write.

    Without statistics SQLite starts every unfiltered `quotes` from the claim table and sorts
    all of it (1.3 s on a million claims); with them it walks articles newest first and stops
    at the limit. A sampled ANALYZE costs about 70 ms at that size. PostgreSQL's autovacuum
    does this on its own.
    """
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql("PRAGMA analysis_limit=1000")
    for table in _ANALYZED_TABLES:
        conn.exec_driver_sql(f"ANALYZE {table}")
