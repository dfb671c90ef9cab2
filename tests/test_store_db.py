"""Engine factory and migrations: where the database is, how connections behave, schema upgrades."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from factdb.store import models  # noqa: F401  (registers the tables on SQLModel.metadata)
from factdb.store.db import StoreError, open_engine, resolve_url
from factdb.store.migrations import MIGRATIONS, applied_migrations, migrate

pytest_plugins = ["store_support"]  # the backend-parametrised engine fixtures


def test_resolve_url_prefers_option_then_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTDB_URL", "postgresql+psycopg://u@h/db")
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    assert resolve_url(None) == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("news.db", "sqlite:///news.db"),
        ("/data/news.db", "sqlite:////data/news.db"),
        ("sqlite:////data/news.db", "sqlite:////data/news.db"),
        ("postgresql://u@h:5432/db", "postgresql://u@h:5432/db"),
    ],
)
def test_resolve_url_bare_path_is_sqlite_file(given: str, expected: str) -> None:
    assert resolve_url(given) == expected


def test_resolve_url_default_is_in_user_app_dir(isolated_home: Path) -> None:
    url = resolve_url(None)
    path = Path(url.removeprefix("sqlite:///"))
    assert path.name == "factdb.db"
    assert path.parent.is_dir()
    assert path.is_relative_to(isolated_home)


def test_sqlite_pragmas_on_every_connection(tmp_path: Path) -> None:
    eng = open_engine(f"sqlite:///{tmp_path / 'p.db'}")
    for _ in range(2):  # a second pooled/fresh connection gets them too
        with eng.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        eng.dispose()


def test_blank_to_head_then_reopen_is_a_no_op(store_url: str) -> None:
    first = open_engine(store_url)
    assert applied_migrations(first) == [m.__name__ for m in MIGRATIONS]
    assert migrate(first) == []
    first.dispose()
    again = open_engine(store_url)
    assert applied_migrations(again) == [m.__name__ for m in MIGRATIONS]
    again.dispose()


def test_migrated_schema_matches_models(engine: Engine) -> None:
    """The migrations and models.py must describe the same tables, columns and nullability."""
    inspector = inspect(engine)
    for table in SQLModel.metadata.sorted_tables:
        columns = {c["name"]: c for c in inspector.get_columns(table.name)}
        assert set(columns) == {c.name for c in table.columns}, table.name
        for column in table.columns:
            if not column.primary_key:
                assert columns[column.name]["nullable"] == column.nullable, (
                    f"{table.name}.{column.name}"
                )
        indexes = {ix["name"] for ix in inspector.get_indexes(table.name)}
        assert {ix.name for ix in table.indexes} <= indexes, table.name
        fks = {
            (fk["constrained_columns"][0], fk["referred_table"])
            for fk in inspector.get_foreign_keys(table.name)
        }
        expected = {(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys}
        assert fks == expected, table.name


def test_old_schema_upgrades_with_appended_migration(store_url: str) -> None:
    eng = open_engine(store_url)

    def m002_example(conn: Connection) -> None:
        conn.execute(text("ALTER TABLE outlet ADD COLUMN homepage VARCHAR"))

    assert migrate(eng, [*MIGRATIONS, m002_example]) == ["m002_example"]
    assert "homepage" in {c["name"] for c in inspect(eng).get_columns("outlet")}
    assert applied_migrations(eng)[-1] == "m002_example"
    assert migrate(eng, [*MIGRATIONS, m002_example]) == []
    eng.dispose()


def test_failed_migration_leaves_nothing_behind(store_url: str) -> None:
    eng = open_engine(store_url)

    def m002_broken(conn: Connection) -> None:
        conn.execute(text("CREATE TABLE half_done (id INTEGER)"))
        conn.execute(text("SELECT * FROM no_such_table"))

    with pytest.raises(Exception, match="no_such_table"):
        migrate(eng, [*MIGRATIONS, m002_broken])
    assert "half_done" not in inspect(eng).get_table_names()
    assert "m002_broken" not in applied_migrations(eng)
    eng.dispose()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"this is plainly not a database " * 200, "not a SQLite database or corrupted"),
        (b"SQLite format 3\x00" + b"\xff" * 4096, "not a SQLite database or corrupted"),
    ],
)
def test_corrupt_file_raises_store_error(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=problem) as info:
        open_engine(f"sqlite:///{path}")
    assert str(path) in (info.value.url or "")


def test_missing_directory_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        open_engine(f"sqlite:///{tmp_path / 'nowhere' / 'x.db'}")


def test_unreachable_server_raises_store_error() -> None:
    with pytest.raises(StoreError, match="connection failed|refused") as info:
        open_engine("postgresql+psycopg://factdb:secret@127.0.0.1:1/none?connect_timeout=2")
    assert "secret" not in (info.value.url or "")


@pytest.mark.parametrize("url", ["mysql://u@h/db", "not a url at all ://"])
def test_unsupported_or_malformed_url_raises_store_error(url: str) -> None:
    with pytest.raises(StoreError):
        open_engine(url)


def test_foreign_keys_enforced(engine: Engine) -> None:
    with pytest.raises(Exception, match="(?i)foreign key"), engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO speaker_alias (speaker_id, alias, key) VALUES (999, 'Ghost', 'ghost')"
            )
        )
