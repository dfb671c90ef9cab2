"""Wait out another writer instead of failing: retry a whole transaction while the database is busy.

SQLite's busy_timeout (5 s, set per connection in db.py) covers the usual case; a writer that
holds the lock longer (a 50 MB article, a big batch, a `VACUUM`) makes the next writer fail with
"database is locked" although nothing is wrong. PostgreSQL can abort a transaction for the
same kind of reason (deadlock detected, serialization failure). In both cases the transaction
was rolled back whole, so running it again is safe; anything else is raised at once.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

WAIT_ENV = "FACTDB_LOCK_WAIT"  # seconds a writer keeps retrying; the newsroom can raise it
DEFAULT_WAIT = 60.0
_SQLITE_BUSY = ("database is locked", "database is busy", "database table is locked")
_PG_RETRYABLE = {"40001", "40P01", "55P03"}  # serialization failure, deadlock, lock not available


def is_busy(exc: BaseException) -> bool:
    """True for "someone else holds the lock" errors, under any SQLAlchemy wrapping."""
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, sqlite3.OperationalError):
        return any(text in str(orig) for text in _SQLITE_BUSY)
    return getattr(orig, "sqlstate", None) in _PG_RETRYABLE


def lock_wait() -> float:
    """How long to keep retrying: `FACTDB_LOCK_WAIT` seconds, else one minute."""
    value = os.environ.get(WAIT_ENV, "")
    try:
        return max(0.0, float(value)) if value else DEFAULT_WAIT
    except ValueError:
        return DEFAULT_WAIT


def retry_busy(
    transaction: Callable[[], T],
    *,
    wait: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """Run `transaction` (which must commit or roll back whole) until it is not busy.

    Retries with jittered, growing pauses until `wait` seconds have passed, then raises the
    last busy error, so the caller reports it like any other failure.
    """
    deadline = clock() + (lock_wait() if wait is None else wait)
    pause = 0.05
    while True:
        try:
            return transaction()
        except Exception as exc:
            if not is_busy(exc) or clock() + pause > deadline:
                raise
        sleep(pause * random.uniform(0.5, 1.5))  # jitter: writers that collided spread out
        pause = min(pause * 2, 2.0)
