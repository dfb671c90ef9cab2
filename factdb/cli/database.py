"""Opening the database for a command: storage errors become one-line user errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from factdb.cli.app import fail

if TYPE_CHECKING:  # imported when a command opens the database, not for `--help`
    from sqlalchemy.engine import Engine
    from sqlmodel import Session


@contextmanager
def open_database(url: str) -> Iterator[Engine]:
    from factdb.store.db import StoreError, open_engine

    try:
        engine = open_engine(url)
    except StoreError as exc:
        fail(f"{display_url(url)}: {exc}")
    try:
        yield engine
    finally:
        engine.dispose()


def display_url(url: str) -> str:
    """The database as a user would name it: the file path for SQLite, no password otherwise."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        return url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or url
    return parsed.render_as_string(hide_password=True)


@contextmanager
def open_session(url: str) -> Iterator[Session]:
    from sqlmodel import Session

    with open_database(url) as engine, Session(engine) as session:
        yield session
