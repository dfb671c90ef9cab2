"""Schema versions: an old database upgrades itself on first use, and `db check` says so.

`fixtures/m001_seed.db` is the seed article stored by a database at the first schema version
(rebuilt only by `fixtures/build_m001_db.py`); every later migration must carry its rows over.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from backends import BACKENDS, backend_database
from typer.testing import CliRunner

from factdb.cli import app
from factdb.store.db import open_engine
from factdb.store.migrations import MIGRATIONS, _m001_tables, applied_migrations

FIXTURE = Path(__file__).parent / "fixtures" / "m001_seed.db"
HEAD = [m.__name__ for m in MIGRATIONS]


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every m001 table, m001 columns only, by id."""
    tables = _m001_tables().tables
    with closing(sqlite3.connect(path)) as conn:
        result = {}
        for name, table in tables.items():
            columns = ", ".join(f'"{column.name}"' for column in table.columns)
            result[name] = conn.execute(f"SELECT {columns} FROM {name} ORDER BY id").fetchall()
        return result


def invoke(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout, and stderr with rich's line wrapping undone."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, " ".join(result.stderr.split())


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    target = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, target)
    return target


def test_fixture_is_at_the_first_schema_version(old_db: Path) -> None:
    with closing(sqlite3.connect(old_db)) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM _factdb_migrations")]
        claims = conn.execute("SELECT count(*) FROM claim").fetchone()[0]
    assert names == ["m001_initial"]
    assert claims > 0


def test_old_database_upgrades_on_first_use_and_keeps_every_row(old_db: Path) -> None:
    before = snapshot(old_db)
    engine = open_engine(f"sqlite:///{old_db}")
    try:
        assert applied_migrations(engine) == HEAD
    finally:
        engine.dispose()
    assert snapshot(old_db) == before


def test_upgraded_database_answers_queries(old_db: Path) -> None:
    code, out, err = invoke("--db", str(old_db), "quotes", "--format", "json", "--limit", "1000")
    assert code == 0, err
    claims = json.loads(out)
    assert len(claims) == len(snapshot(old_db)["claim"])
    code, out, err = invoke("--db", str(old_db), "quotes", "--topic", "confirm", "-f", "json")
    assert code == 0, err
    assert any("independently confirm" in c["text"] for c in json.loads(out))
    code, out, err = invoke("--db", str(old_db), "quotes", "--speaker", "Kirby", "-f", "json")
    assert code == 0, err
    assert json.loads(out)


def test_upgraded_database_passes_check(old_db: Path) -> None:
    code, out, err = invoke("--db", str(old_db), "db", "check", "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["applied"] == HEAD
    assert report["pending"] == []
    assert report["schema_version"] == len(HEAD)
    assert report["ok"] is True


@pytest.mark.parametrize("backend", BACKENDS)
def test_blank_database_is_created_at_head(tmp_path: Path, backend: str) -> None:
    with backend_database(backend, tmp_path) as url:
        code, out, err = invoke("--db", url, "db", "check", "--format", "json")
        assert code == 0, err
        report = json.loads(out)
        assert report["backend"] == backend
        assert report["applied"] == HEAD
        assert report["problems"] == []
        code, out, _ = invoke("--db", url, "db", "check", "--format", "table")
        assert f"schema version: {len(HEAD)}" in out
        assert "pending: none" in out


def test_check_finds_claims_missing_from_the_search_index(old_db: Path) -> None:
    invoke("--db", str(old_db), "db", "check")  # upgrade first: m008 rebuilds the index
    with closing(sqlite3.connect(old_db)) as conn:  # a claim written behind the trigger's back
        conn.execute("DROP TRIGGER claim_fts_insert")
        conn.execute(
            'INSERT INTO claim (article_id, text, start, "end", kind, hedged, confidence, rule,'
            " context, context_start, context_end, extractor_version)"
            " VALUES (1, 'unindexed words', 0, 1, 'direct', 0, 0.5, 'test', 'x', 0, 1, 'test')"
        )
        conn.commit()
    code, out, err = invoke("--db", str(old_db), "db", "check", "--format", "json")
    assert code == 1
    assert any("full-text index" in p for p in json.loads(out)["problems"])
    assert "Error:" in err and "full-text index" in err


def damage(path: Path, table: str) -> None:
    """Scribble over the middle of `table`'s root page, as a bad disk sector would."""
    with closing(sqlite3.connect(path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    data = bytearray(path.read_bytes())
    start = (root[0] - 1) * page_size + page_size // 2
    data[start : start + 200] = b"\xa5" * 200
    path.write_bytes(bytes(data))


def test_check_finds_damaged_pages(old_db: Path) -> None:
    damage(old_db, "claim")
    code, out, err = invoke("--db", str(old_db), "db", "check", "--format", "json")
    assert code == 1
    assert any(p.startswith("integrity_check:") for p in json.loads(out)["problems"])
    assert err.startswith("Error:"), err


def test_unreadable_file_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    code, out, err = invoke("--db", str(path), "db", "check")
    assert code == 1
    assert out == ""
    assert err.startswith(f"Error: {path}: not a SQLite database or corrupted"), err
    assert "Traceback" not in err


def test_check_names_migrations_from_a_newer_factdb(old_db: Path) -> None:
    invoke("--db", str(old_db), "db", "check")  # upgrade first
    with closing(sqlite3.connect(old_db)) as conn:
        conn.execute(
            "INSERT INTO _factdb_migrations (name, applied_at) VALUES ('m999_future', '2099-01-01')"
        )
        conn.commit()
    code, out, err = invoke("--db", str(old_db), "db", "check", "--format", "json")
    assert code == 0, err  # informational: this factdb still reads what it knows
    assert json.loads(out)["unknown"] == ["m999_future"]
    code, out, _ = invoke("--db", str(old_db), "db", "check", "--format", "table")
    assert "m999_future" in out


def test_upgraded_claims_are_one_piece_and_new_claims_keep_their_pieces(old_db: Path) -> None:
    """m010: an old claim's words are its text; a split quotation stored after the upgrade
    keeps its pieces and is searched by them (the full-text index was rebuilt on `quote`)."""
    from sqlmodel import Session
    from test_store_segments import POLNEAR, SECOND, WORDS, store_split

    before = snapshot(old_db)["claim"]
    engine = open_engine(f"sqlite:///{old_db}")
    try:
        with Session(engine) as session:
            split_id = store_split(session)
    finally:
        engine.dispose()
    with closing(sqlite3.connect(old_db)) as conn:
        old = conn.execute(
            "SELECT count(*) FROM claim WHERE id <= ? AND quote = text AND segments IS NULL",
            (len(before),),
        ).fetchone()[0]
    assert old == len(before)
    code, out, err = invoke("--db", str(old_db), "quotes", "--format", "json", "--limit", "0")
    assert code == 0, err
    rows = {row["claim_id"]: row for row in json.loads(out)}
    assert all(
        rows[cid]["segments"] == [[rows[cid]["start"], rows[cid]["end"]]] for cid, *_ in before
    )
    assert rows[split_id]["quote"] == WORDS
    assert [POLNEAR[s:e] for s, e in rows[split_id]["segments"]][1] == SECOND
    code, out, err = invoke("--db", str(old_db), "quotes", "--topic", "worrying", "-f", "json")
    assert code == 0, err
    assert [row["claim_id"] for row in json.loads(out)] == [split_id]
