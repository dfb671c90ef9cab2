"""retry_busy: a writer waits out another writer's lock, and only that."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session

from factdb.extract import EXTRACTOR_VERSION, extract_article
from factdb.readers.types import SourceDocument
from factdb.store.db import open_engine
from factdb.store.retry import DEFAULT_WAIT, WAIT_ENV, is_busy, lock_wait, retry_busy
from factdb.store.writes import store_article


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.pauses: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds


class PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


def locked() -> OperationalError:
    return OperationalError("INSERT ...", {}, sqlite3.OperationalError("database is locked"))


@pytest.mark.parametrize(
    "exc, busy",
    [
        (sqlite3.OperationalError("database is locked"), True),
        (locked(), True),
        (sqlite3.OperationalError("database table is locked: claim"), True),
        (PgError("40P01"), True),  # deadlock detected
        (PgError("40001"), True),  # serialization failure
        (sqlite3.OperationalError("no such table: claim"), False),
        (IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed")), False),
        (PgError("23505"), False),  # unique violation: a real conflict, not a wait
        (ValueError("database is locked"), False),
    ],
)
def test_is_busy(exc: BaseException, busy: bool) -> None:
    assert is_busy(exc) is busy


def test_busy_transaction_is_run_again_until_it_succeeds() -> None:
    clock = FakeClock()
    calls: list[int] = []

    def transaction() -> str:
        calls.append(1)
        if len(calls) < 4:
            raise locked()
        return "stored"

    assert retry_busy(transaction, wait=10, sleep=clock.sleep, clock=clock) == "stored"
    assert len(calls) == 4
    assert len(clock.pauses) == 3
    assert clock.pauses[0] < clock.pauses[-1]  # backs off


def test_other_errors_are_raised_at_once() -> None:
    calls: list[int] = []

    def transaction() -> None:
        calls.append(1)
        raise sqlite3.OperationalError("disk I/O error")

    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        retry_busy(transaction, wait=10, sleep=lambda _: None)
    assert len(calls) == 1


def test_gives_up_after_the_wait_with_the_busy_error() -> None:
    clock = FakeClock()

    def transaction() -> None:
        raise locked()

    with pytest.raises(OperationalError, match="database is locked"):
        retry_busy(transaction, wait=5, sleep=clock.sleep, clock=clock)
    assert 3 < clock.now <= 5 * 1.5
    assert max(clock.pauses) <= 3.0


@pytest.mark.parametrize(
    "value, expected", [(None, DEFAULT_WAIT), ("2.5", 2.5), ("-1", 0.0), ("soon", DEFAULT_WAIT)]
)
def test_lock_wait_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, value: str | None, expected: float
) -> None:
    if value is None:
        monkeypatch.delenv(WAIT_ENV, raising=False)
    else:
        monkeypatch.setenv(WAIT_ENV, value)
    assert lock_wait() == expected


def test_store_waits_for_a_writer_that_outlasts_the_busy_timeout(tmp_path: Path) -> None:
    """A real SQLite lock held past busy_timeout: without retry the store fails, with it waits."""
    path = tmp_path / "f.db"
    engine = open_engine(f"sqlite:///{path}")
    engine.dispose()
    event.listen(engine, "connect", lambda conn, _: conn.execute("PRAGMA busy_timeout=50"))
    text = "\u201cThe bridge opens on Monday,\u201d said Ann Lee, the mayor.\n"
    doc = SourceDocument(source_id="a", text=text, format="txt", origin="a")
    extraction = extract_article(text)

    def store() -> int:
        with Session(engine) as session:
            return store_article(
                session, doc, extraction, extractor_version=EXTRACTOR_VERSION
            ).claims

    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(OperationalError, match="locked"):
        store()
    release = threading.Timer(0.8, lambda: holder.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    try:
        assert retry_busy(store, wait=20) == 1
    finally:
        release.join()
        holder.close()
        engine.dispose()
    assert 0.7 < time.monotonic() - started < 20
