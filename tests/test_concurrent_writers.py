"""Several `factdb ingest` processes on one database at once lose nothing and double nothing.

A newsroom runs ingest from cron, from a reporter's laptop and from a batch job against the
same database. Real processes (not threads: SQLite locks are per connection and per process)
ingest overlapping sets of generated articles whose speakers and outlets repeat, so they race
to create the same rows; a reader runs `quotes` meanwhile and must only ever see whole
articles. The result must equal one sequential ingest of the union.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from backends import BACKENDS, backend_database, run_cli, start_cli
from generated import write_text_files
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from factdb.cli import app

ARTICLES = 30
WRITERS = 4
PER_WRITER = 16  # writer w ingests articles 8w .. 8w+15 (mod 30): every article by two writers


def writer_sets() -> list[list[int]]:
    return [[(8 * w + k) % ARTICLES for k in range(PER_WRITER)] for w in range(WRITERS)]


def database_state(url: str) -> dict[str, Any]:
    """What a correct ingest of the union must have stored, independent of ids and order."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            articles = conn.execute(
                text("SELECT source_id, content_hash, id FROM article ORDER BY source_id")
            ).all()
            claims = conn.execute(
                text(
                    "SELECT a.source_id, c.text, c.start, s.key FROM claim c "
                    "JOIN article a ON a.id = c.article_id "
                    "LEFT JOIN speaker s ON s.id = c.speaker_id"
                )
            ).all()
            speakers = conn.execute(text("SELECT key, kind FROM speaker")).all()
            aliases = conn.execute(
                text(
                    "SELECT s.key, a.key FROM speaker_alias a JOIN speaker s ON s.id = a.speaker_id"
                )
            ).all()
            outlets = conn.execute(text("SELECT key FROM outlet")).all()
    finally:
        engine.dispose()
    return {
        "articles": sorted((r[0], r[1]) for r in articles),
        "claims": sorted(tuple(r) for r in claims),
        "speakers": sorted(tuple(r) for r in speakers),
        "aliases": sorted(tuple(r) for r in aliases),
        "outlets": sorted(r[0] for r in outlets),
    }


_SUMMARY = re.compile(r"(\d+) new articles?, (\d+) already stored, (\d+) failed")


def summary(stderr: str) -> dict[str, int]:
    """The counts of ingest's last line on stderr."""
    found = _SUMMARY.findall(" ".join(stderr.split()))
    assert found, stderr
    new, existing, failed = map(int, found[-1])
    return {"new": new, "existing": existing, "failed": failed}


def claims_per_article(state: dict[str, Any]) -> Counter[str]:
    return Counter(source_id for source_id, *_ in state["claims"])


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    return write_text_files(tmp_path / "articles", range(ARTICLES))


@pytest.fixture
def reference(corpus: list[Path], tmp_path: Path) -> dict[str, Any]:
    """One sequential ingest of all articles: what the concurrent run must reproduce."""
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    result = CliRunner().invoke(app, ["--db", url, "ingest", *map(str, corpus)])
    assert result.exit_code == 0, result.stderr
    state = database_state(url)
    assert len(state["articles"]) == ARTICLES
    assert len(state["claims"]) >= 2 * ARTICLES, "generated articles must yield claims"
    return state


def read_quotes(url: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["--db", url, "quotes", "--format", "json", "-n", "100000"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("backend", BACKENDS)
def test_concurrent_ingest_stores_each_article_once(
    tmp_path: Path, corpus: list[Path], reference: dict[str, Any], backend: str
) -> None:
    expected_counts = claims_per_article(reference)
    with backend_database(backend, tmp_path) as url:
        # Create the schema first: the race under test is on rows, not on migrations
        # (migrations take their own lock; test_concurrent_first_use covers that).
        assert run_cli("--db", url, "db", "check").returncode == 0
        writers = [
            start_cli("--db", url, "ingest", *(str(corpus[i]) for i in indices))
            for indices in writer_sets()
        ]
        reads = 0
        while any(w.poll() is None for w in writers):
            seen = Counter(claim["article_id"] for claim in read_quotes(url))
            reads += 1
            for source_id, count in seen.items():
                assert count == expected_counts[source_id], (
                    f"reader saw {count} of {expected_counts[source_id]} claims of {source_id}"
                )
        outputs = [w.communicate(timeout=120) for w in writers]
        summaries = [summary(stderr) for _, stderr in outputs]
        for writer, (_, stderr) in zip(writers, outputs, strict=True):
            assert writer.returncode == 0, stderr
        assert [s["failed"] for s in summaries] == [0] * WRITERS
        assert sum(s["new"] for s in summaries) == ARTICLES
        assert sum(s["new"] + s["existing"] for s in summaries) == WRITERS * PER_WRITER
        assert database_state(url) == reference
    assert reads > 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_concurrent_first_use_migrates_once(
    tmp_path: Path, corpus: list[Path], reference: dict[str, Any], backend: str
) -> None:
    """Writers starting together on a blank database: one creates the schema, all store."""
    with backend_database(backend, tmp_path) as url:
        writers = [
            start_cli("--db", url, "ingest", *(str(corpus[i]) for i in indices))
            for indices in writer_sets()
        ]
        for writer in writers:
            _, stderr = writer.communicate(timeout=120)
            assert writer.returncode == 0, stderr
        assert database_state(url) == reference
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                names = [r[0] for r in conn.execute(text("SELECT name FROM _factdb_migrations"))]
        finally:
            engine.dispose()
        assert len(names) == len(set(names))


def test_writer_waits_for_a_briefly_locked_sqlite_database(
    tmp_path: Path, corpus: list[Path]
) -> None:
    """Another process holding the write lock for a moment delays ingest; it does not fail it."""
    import sqlite3

    url = f"sqlite:///{tmp_path / 'factdb.db'}"
    assert run_cli("--db", url, "db", "check").returncode == 0
    holder = sqlite3.connect(tmp_path / "factdb.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    writer = start_cli("--db", url, "ingest", str(corpus[0]), str(corpus[1]))
    time.sleep(1.5)
    holder.execute("COMMIT")
    holder.close()
    _, stderr = writer.communicate(timeout=60)
    assert writer.returncode == 0, stderr
    assert len(database_state(url)["articles"]) == 2
