"""`factdb ingest --jobs N`: the engine in N processes, the same outcomes in the same order.

The engine is a pure function of the text, so running it in worker processes may change how
fast an ingest goes and nothing else: every document gets one outcome, in input order, a bad
file is still a failure named by its path, and the database holds exactly what one process
would have stored.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from backends import articles_stored_soon, cli_command, cli_env
from generated import write_text_files
from typer.testing import CliRunner

from factdb.cli import app
from factdb.ingest import Extracted, Failed, extract_documents
from factdb.readers.types import ReadError, SourceDocument

runner = CliRunner()
SEED_ARTICLE = Path(__file__).resolve().parent.parent / "seeds" / "korea-bizwire-nk-troops.txt"

# Written for this test.
STORIES = [
    '"We are ready," coach Ann Berg said after training.',
    "The ministry said exports rose 3% in March, according to officials.",
    'Mayor Tom Ruiz said the bridge would reopen. "It is safe," he added.',
]


def _doc(source_id: str, text: str) -> SourceDocument:
    return SourceDocument(source_id, text, "txt", f"test:{source_id}")


def _outcomes(jobs: int) -> list[tuple[str, str, object]]:
    items: list[SourceDocument | ReadError] = [
        _doc(str(n), text)
        for n, text in enumerate(STORIES * 3)  # repeats, in flight at once
    ]
    items.insert(4, ReadError("test:broken", "not UTF-8"))
    found = []
    for outcome in extract_documents(items, jobs=jobs):
        if isinstance(outcome, Extracted):
            found.append(("ok", outcome.document.origin, outcome.extraction))
        else:
            assert isinstance(outcome, Failed)
            found.append(("failed", outcome.origin, outcome.message))
    return found


def test_workers_give_the_same_outcomes_in_the_same_order() -> None:
    one = _outcomes(jobs=1)
    assert len(one) == 10 and one[4] == ("failed", "test:broken", "not UTF-8")
    assert _outcomes(jobs=2) == one


def _quotes(db: str) -> list[dict]:
    result = runner.invoke(app, ["quotes", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return [{k: v for k, v in q.items() if k != "id"} for q in json.loads(result.stdout)]


def test_ingest_with_jobs_stores_what_one_process_stores(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary\x00")
    good = tmp_path / "good.jsonl"
    good.write_text(
        "\n".join(json.dumps({"id": str(n), "text": t}) for n, t in enumerate(STORIES)) + "\n",
        encoding="utf-8",
    )
    stored = {}
    for jobs in ("1", "2"):
        db = f"sqlite:///{tmp_path / f'j{jobs}.db'}"
        result = runner.invoke(
            app, ["ingest", "--jobs", jobs, "--db", db, str(bad), str(good), str(SEED_ARTICLE)]
        )
        assert result.exit_code == 1
        errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
        assert len(errors) == 1 and errors[0].startswith(f"Error: {bad}: ")
        assert "4 new articles, 0 already stored, 1 failed" in result.stderr
        stored[jobs] = _quotes(db)
    assert stored["2"] == stored["1"] and stored["1"]


def test_a_negative_number_of_jobs_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ingest", "--jobs", "-1", "--db", f"sqlite:///{tmp_path / 'x.db'}", str(SEED_ARTICLE)]
    )
    assert result.exit_code != 0
    assert "--jobs" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_ctrl_c_with_workers_keeps_exactly_the_articles_it_reports(tmp_path: Path) -> None:
    # Ctrl-C in a terminal reaches the whole process group: the ingest and its workers
    paths = write_text_files(tmp_path / "in", range(3000))
    db = tmp_path / "f.db"
    proc = subprocess.Popen(
        cli_command("--db", str(db), "ingest", "--jobs", "2", str(tmp_path / "in")),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    count = articles_stored_soon(db, 20)
    assert count >= 20, "ingest did not start storing within a minute"
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    err = " ".join(stderr.split())
    assert proc.returncode == 130, err
    assert "Interrupted" in err and "Traceback" not in err
    reported = int(re.search(r"(\d+) new articles?", err).group(1))
    with closing(sqlite3.connect(db)) as conn:
        articles = conn.execute("SELECT count(*) FROM article").fetchone()[0]
    assert 20 <= articles == reported < len(paths)
