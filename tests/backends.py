"""Helpers for tests that run on both backends or drive the real `factdb` process.

PostgreSQL runs when `FACTDB_TEST_PG_URL` names a server; each test gets a schema of its own
(dropped afterwards) through libpq's `options=-csearch_path=...`, so runs never see each other
and nothing needs a database per test. Subprocesses run the CLI exactly as the entry point does.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parent.parent
PG_ENV = "FACTDB_TEST_PG_URL"
PG_URL = os.environ.get(PG_ENV)
BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason=f"{PG_ENV} is not set")),
]

# The `factdb` console script, without needing the package installed into the venv.
_BOOT = "import sys; sys.argv[0] = 'factdb'; from factdb.cli import main; main()"


def with_search_path(url: str, schema: str) -> str:
    return (
        make_url(url)
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )


@contextmanager
def pg_schema(base_url: str) -> Iterator[str]:
    """A URL whose every connection lives in a fresh, empty schema, dropped on exit."""
    schema = f"factdb_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url)
    try:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        yield with_search_path(base_url, schema)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


@contextmanager
def backend_database(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL for `backend` ("sqlite" or "postgresql")."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'factdb.db'}"
        return
    assert PG_URL, f"{PG_ENV} is not set"
    with pg_schema(PG_URL) as url:
        yield url


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-c", _BOOT, *args]


def cli_env(**extra: str) -> dict[str, str]:
    """The test's environment plus the source tree on the path, no colour, no terminal tricks."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def run_cli(*args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `factdb ARGS` in a real process and wait for it."""
    return subprocess.run(
        cli_command(*args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=cli_env(**env),
        cwd=REPO,
        check=False,
    )


def start_cli(*args: str, **env: str) -> subprocess.Popen[str]:
    """Start `factdb ARGS` in a real process; the caller waits or signals it."""
    return subprocess.Popen(
        cli_command(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(**env),
        cwd=REPO,
    )


def articles_stored_soon(db: Path, wanted: int, within: float = 60) -> int:
    """How many articles a SQLite file another process is writing holds, polled until it holds
    `wanted` or `within` seconds pass: for signalling an ingest mid-run."""
    deadline = time.monotonic() + within
    count = 0
    while time.monotonic() < deadline and count < wanted:
        time.sleep(0.05)
        try:
            with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
                count = conn.execute("SELECT count(*) FROM article").fetchone()[0]
        except sqlite3.Error:
            continue
    return count
