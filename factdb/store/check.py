"""Is this database healthy and up to date? The answer behind `factdb db check`.

A newsroom shares one database for months; before trusting its answers an editor (or a cron
job) wants to know which schema version it is at and whether the file or the server is intact.
The checks only read: SQLite's `integrity_check` and FTS5's `integrity-check` compare pages
and the search index against the claims; on PostgreSQL the server guarantees page integrity,
so a round trip, the migration record and the search index are what can go wrong.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import SQLModel

from factdb.store import models  # noqa: F401  (registers the tables on SQLModel.metadata)
from factdb.store.db import _describe
from factdb.store.migrations import MIGRATIONS, applied_migrations

SQLITE_FTS_TABLE = "claim_fts"
PG_FTS_INDEX = "ix_claim_fts"


@dataclass(slots=True)
class DatabaseCheck:
    """What `factdb db check` reports; `ok` is False when any problem was found."""

    backend: str
    applied: list[str]
    pending: list[str]
    unknown: list[str]  # recorded migrations this code does not know: a newer factdb wrote here
    problems: list[str] = field(default_factory=list)

    @property
    def schema_version(self) -> int:
        return len(self.applied)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.pending


def check_database(engine: Engine) -> DatabaseCheck:
    """Every check that applies to this backend; problems are collected, never raised."""
    backend = engine.dialect.name
    known = [m.__name__ for m in MIGRATIONS]
    problems: list[str] = []
    try:
        applied = applied_migrations(engine)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        return DatabaseCheck(backend, [], known, [], [f"cannot read migrations: {_describe(exc)}"])
    check = DatabaseCheck(
        backend=backend,
        applied=applied,
        pending=[name for name in known if name not in applied],
        unknown=[name for name in applied if name not in known],
        problems=problems,
    )
    for name in check.pending:
        problems.append(f"migration {name} not applied")
    integrity = _sqlite_integrity if backend == "sqlite" else _pg_integrity
    for label, probe in (("schema", _missing_tables), ("integrity", integrity)):
        try:
            problems.extend(probe(engine))
        except (SQLAlchemyError, sqlite3.Error) as exc:
            problems.append(f"{label} check failed: {_describe(exc)}")
    return check


def _missing_tables(engine: Engine) -> list[str]:
    """Tables and columns the current models expect but the database lacks."""
    inspector = inspect(engine)
    present = set(inspector.get_table_names())
    problems: list[str] = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in present:
            problems.append(f"table {table.name} is missing")
            continue
        columns = {column["name"] for column in inspector.get_columns(table.name)}
        problems.extend(
            f"column {table.name}.{column.name} is missing"
            for column in table.columns
            if column.name not in columns
        )
    return problems


def _sqlite_integrity(engine: Engine) -> list[str]:
    problems: list[str] = []
    with engine.connect() as conn:
        rows = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.extend(f"integrity_check: {' '.join(row.split())}" for row in rows)
        if not conn.dialect.has_table(conn, SQLITE_FTS_TABLE):
            return [*problems, f"full-text table {SQLITE_FTS_TABLE} is missing"]
        try:
            # Reads the index and the claim table and compares them; writes nothing.
            conn.exec_driver_sql(
                f"INSERT INTO {SQLITE_FTS_TABLE}({SQLITE_FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
            )
        except (SQLAlchemyError, sqlite3.Error):
            problems.append(
                f"full-text index does not match the claims; rebuild it with "
                f"INSERT INTO {SQLITE_FTS_TABLE}({SQLITE_FTS_TABLE}) VALUES ('rebuild')"
            )
        conn.rollback()
    return problems


def _pg_integrity(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        found = conn.execute(
            text(
                "SELECT count(*) FROM pg_indexes "
                "WHERE indexname = :name AND schemaname = current_schema()"
            ),
            {"name": PG_FTS_INDEX},
        ).scalar_one()
    return [] if found else [f"full-text index {PG_FTS_INDEX} is missing"]
