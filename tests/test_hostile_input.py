"""Hostile and broken input: every failure is one clear line, nothing half-stored, no crash.

Newsroom input is scraped, exported, re-saved on old Windows machines and interrupted. For
each kind of damage: a clear `Error:` (or `Warning:`) line naming the file, a non-zero exit
where something failed, the good files still ingested, and a database that holds exactly the
articles that finished, with every offset slicing back to its text.
"""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from backends import articles_stored_soon, run_cli, start_cli
from generated import article_text, write_text_files
from typer.testing import CliRunner

import factdb.ingest as ingest_library
from factdb.cli import app
from factdb.extract import extract_article
from factdb.store.keys import is_pronoun
from factdb.store.retry import WAIT_ENV

GOOD = article_text(1)


def said(expected: str, stderr: str) -> bool:
    """`expected` appears in stderr, ignoring where rich wrapped the lines (even mid-path)."""
    return "".join(expected.split()) in "".join(stderr.split())


def ingest(db: Path | str, *paths: Path | str) -> tuple[int, str]:
    """Exit code and stderr (lines joined) of an in-process `factdb ingest`."""
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", *map(str, paths)])
    assert "Traceback" not in result.stderr, result.stderr
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, " ".join(result.stderr.split())


def create_schema(db: Path) -> None:
    assert CliRunner().invoke(app, ["--db", str(db), "db", "check"]).exit_code == 0


def extract_json(*paths: Path) -> tuple[int, list[dict[str, Any]], str]:
    result = CliRunner().invoke(app, ["extract", "--format", "json", *map(str, paths)])
    assert "Traceback" not in result.stderr, result.stderr
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, json.loads(result.stdout), " ".join(result.stderr.split())


def stored(db: Path) -> list[dict[str, Any]]:
    """Articles with their claims, checked: every stored span slices back to its text."""
    if not db.exists():
        return []
    with closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        articles = [dict(r) for r in conn.execute("SELECT id, source_id, text FROM article")]
        for article in articles:
            claims = conn.execute(
                "SELECT * FROM claim WHERE article_id = ? ORDER BY id", (article["id"],)
            ).fetchall()
            article["claims"] = [dict(c) for c in claims]
            assert_spans(article["text"], article["claims"])
    return articles


def assert_spans(text: str, claims: list[dict[str, Any]]) -> None:
    for claim in claims:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert claim["context_start"] <= claim["start"] <= claim["end"] <= claim["context_end"]
        if claim.get("speaker_start") is not None:
            mention = text[claim["speaker_start"] : claim["speaker_end"]]
            assert mention == claim["speaker_mention"]
        if claim.get("cue_start") is not None:
            assert text[claim["cue_start"] : claim["cue_end"]] == claim["cue"]


def assert_extracted_spans(text: str, document: dict[str, Any]) -> None:
    """The `extract --format json` shape: spans index the text, no pronoun named as speaker."""
    for claim in document["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        speaker = claim["speaker"]
        if speaker is not None:
            assert text[speaker["start"] : speaker["end"]] == speaker["mention"]
            assert not is_pronoun(speaker["name"]), speaker
        if claim["cue"] is not None:
            assert text[claim["cue"]["start"] : claim["cue"]["end"]] == claim["cue"]["text"]
    for hedge in document["hedges"]:
        assert text[hedge["start"] : hedge["end"]] == hedge["text"]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "good.txt"
    path.parent.mkdir()
    path.write_text(GOOD, encoding="utf-8")
    return path


# --- files that are not text -------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data",
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40),
        ("dump.jsonl", b"\x00\x01\x02\x03" * 4096),
        ("page.html", b"<html>\x00\x00\x00\x00" + bytes(4096)),
        ("archive.md", bytes(range(1, 32)) * 300),
    ],
)
def test_binary_file_is_refused_and_the_rest_ingested(
    tmp_path: Path, good: Path, name: str, data: bytes
) -> None:
    bad = good.parent / name
    bad.write_bytes(data)
    code, err = ingest(tmp_path / "f.db", bad, good)
    assert code == 1
    assert said(f"Error: {bad}: binary file", err)
    assert [a["source_id"] for a in stored(tmp_path / "f.db")] == [str(good)]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n\t\n  \r\n",
        b"\xef\xbb\xbf",
        b"\xef\xbb\xbf \n",
        " \n ".encode("utf-16"),
        "\u200b\ufeff\u200d \n".encode(),
    ],
    ids=["empty", "whitespace", "bom-only", "bom-space", "utf16-space", "invisible-only"],
)
def test_empty_file_is_an_error_not_an_article(tmp_path: Path, good: Path, data: bytes) -> None:
    empty = good.parent / "empty.txt"
    empty.write_bytes(data)
    code, err = ingest(tmp_path / "f.db", empty, good)
    assert code == 1
    assert said(f"Error: {empty}: empty", err)
    assert len(stored(tmp_path / "f.db")) == 1


# --- encodings ---------------------------------------------------------------------------

LEGACY = "\u201cWe will not pay the caf\u00e9 bill,\u201d said Jos\u00e9 M\u00fcller, the mayor.\n"


@pytest.mark.parametrize(
    "data, expected, warning",
    [
        (LEGACY.encode("cp1252"), LEGACY, "decoded as cp1252"),
        # 0x81 is undefined in cp1252: only latin-1 can read this file
        (
            b"Caf\xe9 \x81 owners \xabprotest\xbb.\n" + GOOD.encode("latin-1", "replace"),
            None,
            "latin-1",
        ),
    ],
    ids=["cp1252", "latin-1"],
)
def test_legacy_encodings_decode_with_a_warning_and_consistent_offsets(
    tmp_path: Path, data: bytes, expected: str | None, warning: str
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(data)
    code, err = ingest(tmp_path / "f.db", path)
    assert code == 0, err
    assert said(f"Warning: {path}: ", err) and said(warning, err), err
    (article,) = stored(tmp_path / "f.db")
    if expected is not None:
        assert article["text"] == expected
        assert [c["text"] for c in article["claims"]] == ["We will not pay the caf\u00e9 bill,"]
    assert "\ufffd" not in article["text"]


def test_utf8_with_one_stray_byte_stays_utf8_and_keeps_its_quotes(tmp_path: Path) -> None:
    """One damaged byte must not reread the file as cp1252 and garble every curly quote."""
    path = tmp_path / "damaged.txt"
    path.write_bytes(LEGACY.encode("utf-8") + b"\xff\n")
    code, err = ingest(tmp_path / "f.db", path)
    assert code == 0, err
    assert said(f"Warning: {path}: 1 invalid UTF-8 byte replaced with U+FFFD", err), err
    (article,) = stored(tmp_path / "f.db")
    assert article["text"] == LEGACY + "\ufffd\n"
    assert [c["text"] for c in article["claims"]] == ["We will not pay the caf\u00e9 bill,"]


def test_windows_line_endings_do_not_shift_offsets(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(GOOD.replace("\n", "\r\n").encode("utf-8"))
    code, err = ingest(tmp_path / "f.db", path)
    assert code == 0, err
    (article,) = stored(tmp_path / "f.db")
    assert article["text"] == GOOD
    assert article["claims"]


# --- quote marks and invisible characters -------------------------------------------------

QUOTE_CASES = {
    "unbalanced": 'The minister said "we will act and then left.\n\n"Prices will fall," said Ann Lee.\n',
    "nested": (
        "\u201cHe told me \u2018we will \u201cnever\u201d go back\u2019 and I believed him,\u201d"
        " said Maria Lopez, the finance minister.\n"
    ),
    "never-closes": "\u201cThis quote never closes, said John Kirby.\n\n"
    + "Another paragraph about the harbour follows here.\n\n" * 200,
    "closes-only": "We will act now,\u201d said Ann Lee.\n" * 50,
    "marks-only": '""""""\u201c\u201d\u201c\u201d\u2018\u2019"\n' * 100,
    "quote-at-end": "Ann Lee said: \u201c",
    "mixed-marks": '\u201cWe will act," said Ann Lee. "Prices will fall\u201d she added.\n',
    "guillemets": "\u00abNous agirons\u00bb, a d\u00e9clar\u00e9 Ann Lee. \u201eWir handeln\u201c, sagte sie.\n",
    "pronoun-only": "\u201cWe will act now,\u201d he said.\n\n\u201cSoon,\u201d she added.\n",
}


@pytest.mark.parametrize("case", QUOTE_CASES)
def test_odd_quote_marks_never_crash_or_misplace_spans(tmp_path: Path, case: str) -> None:
    path = tmp_path / f"{case}.txt"
    path.write_text(QUOTE_CASES[case], encoding="utf-8")
    code, (document,), err = extract_json(path)
    assert code == 0, err
    assert_extracted_spans(QUOTE_CASES[case], document)


def test_quote_that_never_closes_does_not_swallow_the_article(tmp_path: Path) -> None:
    text = QUOTE_CASES["never-closes"]
    for claim in extract_article(text).claims:
        assert claim.end - claim.start < 2_000, claim.text[:80]


def test_pronoun_is_never_named_as_speaker(tmp_path: Path) -> None:
    for claim in extract_article(QUOTE_CASES["pronoun-only"]).claims:
        assert claim.speaker is None or not is_pronoun(claim.speaker.name)


INVISIBLE = (
    "\u201cWe\u200b will\u200d publish\u2060 the figures,\u201d said John\u200b Kirby, the"
    " \u200fcoordinator\u200e.\n\n"
    "\u202e\u201cThis text is reversed,\u201d said Ann Lee.\u202c\n\n"
    "\u05d0\u05de\u05e8 \u201c\u05e9\u05dc\u05d5\u05dd \u05dc\u05db\u05d5\u05dd,\u201d said"
    " Dana Levi.\n\n"
    "\ufeff\u201cA BOM in the middle,\u201d said Chen Wei.\n"
)


def test_zero_width_and_right_to_left_characters_keep_offsets(tmp_path: Path) -> None:
    path = tmp_path / "invisible.txt"
    path.write_text(INVISIBLE, encoding="utf-8")
    code, (document,), err = extract_json(path)
    assert code == 0, err
    assert_extracted_spans(INVISIBLE, document)
    code, err = ingest(tmp_path / "f.db", path)
    assert code == 0, err
    (article,) = stored(tmp_path / "f.db")
    assert article["text"] == INVISIBLE


# --- HTML --------------------------------------------------------------------------------


def hostile_html(depth: int) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in GOOD.split("\n\n"))
    return (
        "<html><head><title>Council debate</title>"
        '<script>document.write("\u201cInjected,\u201d said Eve Hacker.");</script>'
        "<style>p:before { content: 'said Eve' }</style></head><body>"
        + "<div><span>" * depth
        + f"<article>{paragraphs}</article>"
        + "</span></div>" * depth
        + "<script>var quote = '\u201cAlso injected,\u201d said Eve Hacker.';</script>"
        "<noscript>\u201cNoscript quote,\u201d said Eve Hacker.</noscript>"
        "</body></html>"
    )


@pytest.mark.parametrize("depth", [5, 300, 5000])
def test_html_with_scripts_and_deep_nesting(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "page.html"
    path.write_text(hostile_html(depth), encoding="utf-8")
    code, err = ingest(tmp_path / "f.db", path)
    articles = stored(tmp_path / "f.db")
    if code != 0:  # refusing the page is acceptable; crashing or half-storing is not
        assert said(f"Error: {path}:", err)
        assert articles == []
        return
    (article,) = articles
    assert "Injected" not in article["text"] and "Eve" not in article["text"]
    assert "Nobody should expect a decision" in article["text"]


def test_unclosed_and_garbage_html(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><body><p>\u201cHalf a page,\u201d said Ann Lee.<div><<<>>>&&&;<p", "utf-8"
    )
    code, err = ingest(tmp_path / "f.db", path)
    if code != 0:
        assert said(f"Error: {path}:", err)
    assert len(stored(tmp_path / "f.db")) == (1 if code == 0 else 0)


# --- JSONL -------------------------------------------------------------------------------


def test_malformed_jsonl_lines_are_reported_by_line_and_the_rest_stored(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": article_text(1)}),
        "{not json at all",
        "[1, 2, 3]",
        json.dumps({"id": "b", "text": 5}),
        json.dumps({"id": "c"}),
        "",
        json.dumps({"id": "d", "text": "   "}),
        '{"id": "e", "text": "truncated mid-str',
        json.dumps({"id": "f", "text": article_text(2)}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, err = ingest(tmp_path / "f.db", path)
    assert code == 1
    for line in (2, 3, 4, 5, 7, 8):
        assert said(f"Error: {path}:{line}:", err), (line, err)
    assert sorted(a["source_id"] for a in stored(tmp_path / "f.db")) == ["a", "f"]
    assert said("2 new articles, 0 already stored, 6 failed", err), err


# --- the filesystem moves underneath --------------------------------------------------------


def test_path_that_vanishes_mid_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = write_text_files(tmp_path / "in", range(3))
    real_discover = ingest_library.discover

    def discover_then_delete(given: list[str]):  # the file is listed, then someone moves it
        found = real_discover(given)
        paths[1].unlink()
        return found

    monkeypatch.setattr(ingest_library, "discover", discover_then_delete)
    code, err = ingest(tmp_path / "f.db", tmp_path / "in")
    assert code == 1
    assert said(f"Error: {paths[1]}:", err)
    assert sorted(a["source_id"] for a in stored(tmp_path / "f.db")) == [
        str(paths[0]),
        str(paths[2]),
    ]


def test_missing_path_is_an_error(tmp_path: Path, good: Path) -> None:
    code, err = ingest(tmp_path / "f.db", tmp_path / "nowhere.txt", good)
    assert code == 1
    assert said(f"Error: {tmp_path / 'nowhere.txt'}:", err)
    assert len(stored(tmp_path / "f.db")) == 1


# --- the database is in a bad way ---------------------------------------------------------


def test_read_only_database(tmp_path: Path, good: Path) -> None:
    db = tmp_path / "f.db"
    create_schema(db)
    read_only = f"sqlite:///file:{db}?mode=ro&uri=true"
    code, err = ingest(read_only, good)
    assert code == 1
    assert "Error:" in err and "readonly" in err.replace("read-only", "readonly")
    assert stored(db) == []


def test_database_in_a_missing_folder(tmp_path: Path, good: Path) -> None:
    db = tmp_path / "no" / "such" / "folder" / "f.db"
    code, err = ingest(db, good)
    assert code == 1
    assert said(f"Error: {db}:", err) and err.startswith("Error:"), err


@pytest.mark.parametrize("damage", ["garbage", "truncated", "zeroed-header"])
def test_corrupted_database_file(tmp_path: Path, good: Path, damage: str) -> None:
    db = tmp_path / "f.db"
    assert ingest(db, write_text_files(tmp_path / "seed", [5])[0])[0] == 0
    data = db.read_bytes()
    if damage == "garbage":
        data = b"this is not a database, it is a shopping list\n" * 100
    elif damage == "truncated":
        data = data[: len(data) // 3]
    else:
        data = bytes(100) + data[100:]
    db.write_bytes(data)
    code, err = ingest(db, good)
    assert code == 1
    assert said(f"Error: {db}:", err)
    assert "corrupt" in err or "not a database" in err or "malformed" in err, err


def test_database_locked_longer_than_the_writers_patience(
    tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(WAIT_ENV, "1")  # one busy_timeout, then no retry: fail, do not hang
    db = tmp_path / "f.db"
    create_schema(db)
    with closing(sqlite3.connect(db, isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")  # another process is writing and does not stop
        started = time.monotonic()
        code, err = ingest(db, good)
        waited = time.monotonic() - started
        holder.execute("ROLLBACK")
    assert code == 1
    assert said(f"Error: {good}:", err) and "locked" in err, err
    assert waited >= 4, "ingest should wait for the busy timeout before giving up"
    assert stored(db) == []
    assert ingest(db, good)[0] == 0  # once the lock is gone, the same command works
    assert len(stored(db)) == 1


# --- size ----------------------------------------------------------------------------------


def test_ten_thousand_files_in_one_folder(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_text(
            f"Note {i}: \u201cItem {i} is ready,\u201d said Ann Lee.\n", encoding="utf-8"
        )
    run = run_cli("--db", str(tmp_path / "f.db"), "ingest", str(folder), timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "10000 new articles, 0 already stored, 0 failed" in " ".join(run.stderr.split())
    with closing(sqlite3.connect(tmp_path / "f.db")) as conn:
        assert conn.execute("SELECT count(*) FROM article").fetchone()[0] == 10_000


@pytest.mark.parametrize(
    "megabytes",
    [1, pytest.param(50, marks=pytest.mark.minutes)],  # 50 MB: minutes, though the engine is linear
)
def test_huge_article(tmp_path: Path, megabytes: int) -> None:
    """One enormous article: stored whole with every claim, or refused with a clear error."""
    paragraph = (
        "\u201cThe harbour bridge will reopen in week {n},\u201d said Maria Lopez, the finance"
        " minister. Engineers reportedly found {n} cracks, which could not be independently"
        " confirmed.\n\n"
    )
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        size, n = 0, 0
        while size < megabytes * 1_000_000:
            chunk = "".join(paragraph.format(n=n + k) for k in range(1000))
            handle.write(chunk)
            size += len(chunk.encode("utf-8"))
            n += 1000
    run = run_cli("--db", str(tmp_path / "f.db"), "ingest", str(path), timeout=1800)
    err = " ".join(run.stderr.split())
    assert "Traceback" not in err
    with closing(sqlite3.connect(tmp_path / "f.db")) as conn:
        articles = conn.execute("SELECT count(*) FROM article").fetchone()[0]
        claims = conn.execute("SELECT count(*) FROM claim").fetchone()[0]
    if run.returncode != 0:  # a size limit is acceptable if it says so
        assert said(f"Error: {path}:", err), err
        assert (articles, claims) == (0, 0)
        return
    assert articles == 1
    assert claims >= n * 0.9


# --- interrupted -------------------------------------------------------------------------


def test_ctrl_c_mid_batch_keeps_exactly_the_finished_articles(tmp_path: Path) -> None:
    paths = write_text_files(tmp_path / "in", range(3000))
    expected = {str(p): len(extract_article(p.read_text("utf-8")).claims) for p in paths[:50]}
    db = tmp_path / "f.db"
    proc = start_cli("--db", str(db), "ingest", str(tmp_path / "in"))
    count = articles_stored_soon(db, 20)
    assert count >= 20, "ingest did not start storing within a minute"
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    err = " ".join(stderr.split())
    assert proc.returncode == 130, err
    assert "Interrupted" in err
    assert "Traceback" not in err
    reported = int(re.search(r"(\d+) new articles?", err).group(1))
    articles = stored(db)
    assert 20 <= len(articles) == reported < len(paths)
    for article in articles:
        if article["source_id"] in expected:
            assert len(article["claims"]) == expected[article["source_id"]], article["source_id"]
    check = run_cli("--db", str(db), "db", "check", "--format", "json")
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["ok"] is True
