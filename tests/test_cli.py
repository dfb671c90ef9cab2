"""The CLI end to end on real SQLite files: every command, every format, bad input."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factdb.cli import app
from tests.conftest import REPO, SEED_ARTICLE

runner = CliRunner()


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture
def seeded(db_url: str) -> str:
    result = run("ingest", SEED_ARTICLE, "--db", db_url)
    assert result.exit_code == 0, result.stderr
    return db_url


def quotes_json(db_url: str, *args: str) -> list[dict]:
    result = run("quotes", "--db", db_url, "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# --- ingest -------------------------------------------------------------------------------


def test_ingest_seed_reports_summary_on_stderr_and_nothing_on_stdout(db_url: str) -> None:
    result = run("ingest", SEED_ARTICLE, "--db", db_url)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert re.fullmatch(
        r"1 new article, 0 already stored, 0 failed; \d+ claims stored\.\n", result.stderr
    )


def test_ingest_same_file_twice_stores_it_once_and_says_so(seeded: str) -> None:
    before = quotes_json(seeded)
    again = run("ingest", SEED_ARTICLE, "--db", seeded)
    assert again.exit_code == 0
    assert "Already stored: " in again.stderr
    assert "0 new articles, 1 already stored, 0 failed; 0 claims stored." in again.stderr
    assert quotes_json(seeded) == before
    articles = json.loads(run("articles", "--db", seeded, "--format", "json").stdout)
    assert len(articles) == 1


def test_ingest_folder_recurses(tmp_path: Path, db_url: str) -> None:
    folder = tmp_path / "in" / "nested"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.md").write_text(
        '# Mayor backs plan\n\n"We will build it," Mayor Jane Doe said on Monday.\n',
        encoding="utf-8",
    )
    result = run("ingest", tmp_path / "in", "--db", db_url)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("2 new articles")


def test_ingest_stdin(db_url: str) -> None:
    text = '"Prices will fall," Finance Minister Ana Lopez told reporters on Tuesday.\n'
    result = run("ingest", "-", "--db", db_url, "--outlet", "Test Wire", input=text)
    assert result.exit_code == 0, result.stderr
    rows = quotes_json(db_url)
    assert rows and rows[0]["outlet"] == "Test Wire"
    assert rows[0]["article_id"] == "-"


def test_ingest_jsonl_uses_ids_and_metadata(tmp_path: Path, db_url: str) -> None:
    batch = tmp_path / "batch.jsonl"
    records = [
        {
            "id": "wire-1",
            "title": "Port strike",
            "outlet": "Harbour Times",
            "date": "2024-03-02",
            "text": '"The strike will go on," union leader Sam Reed said on Friday.',
        },
        {"id": "wire-2", "text": "No quotes here at all, just a plain sentence about weather."},
    ]
    batch.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = run("ingest", batch, "--db", db_url)
    assert result.exit_code == 0, result.stderr
    rows = quotes_json(db_url)
    assert [(r["article_id"], r["outlet"], r["published"]) for r in rows] == [
        ("wire-1", "Harbour Times", "2024-03-02")
    ]


def test_ingest_jsonl_reads_a_title_run_into_the_story_as_its_own_line(
    tmp_path: Path, db_url: str
) -> None:
    # ECB+ 30_9ecb: the headline opens the text with no line break after it; without the
    # JSONL title the claim took the headline in, as if the regulator had said it too
    title = "Undersea cables damage disrupts Internet services in Egypt"
    story = (
        "Internet services in Egypt have been disrupted due to damage of undersea cables in the "
        "Mediterranean Sea, the Egyptian National Telecommunication Regulatory Authority said."
    )
    batch = tmp_path / "batch.jsonl"
    record = {"id": "ecb-1", "title": title, "text": f"{title} {story}"}
    batch.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = run("ingest", batch, "--db", db_url)
    assert result.exit_code == 0, result.stderr
    [row] = quotes_json(db_url)
    assert row["text"] == story.split(", the Egyptian")[0]
    assert row["start"] == len(title) + 1
    extracted = run("extract", batch)
    assert extracted.exit_code == 0, extracted.stderr
    assert story.split(", the Egyptian")[0] in extracted.stdout
    assert title not in extracted.stdout.split('"claims"')[1]


# --- bad input ----------------------------------------------------------------------------


def test_missing_path_is_one_error_line_and_exit_1(tmp_path: Path, db_url: str) -> None:
    missing = tmp_path / "nope.txt"
    result = run("ingest", missing, "--db", db_url)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(f"Error: {missing}: ")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("binary.txt", b"\x00\x01\x02\x03PNG\x00\x00" * 50),
        ("empty.txt", b""),
        ("blank.txt", b"   \n\n  \t\n"),
    ],
)
def test_bad_file_in_a_batch_does_not_stop_the_others(
    tmp_path: Path, seeded: str, name: str, content: bytes
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text('"We are ready," coach Ann Berg said after training.\n', encoding="utf-8")
    before = len(quotes_json(seeded))
    result = run("ingest", bad, good, "--db", seeded)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: {bad}: ")
    assert "1 new article, 0 already stored, 1 failed" in result.stderr
    assert len(quotes_json(seeded)) > before


def test_malformed_jsonl_line_names_the_line(tmp_path: Path, db_url: str) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "ok-1", "text": '"Fine," she said.'})
        + "\n{not json\n"
        + json.dumps({"id": "ok-2", "text": '"Also fine," Mayor Bo Li said.'})
        + "\n",
        encoding="utf-8",
    )
    result = run("ingest", batch, "--db", db_url)
    assert result.exit_code == 1
    assert f"Error: {batch}:2: " in result.stderr
    assert "2 new articles, 0 already stored, 1 failed" in result.stderr


def test_unknown_flag_is_usage_error_exit_2(db_url: str) -> None:
    result = run("quotes", "--no-such-flag", "--db", db_url)
    assert result.exit_code == 2


def test_bad_date_is_a_clear_error(seeded: str) -> None:
    result = run("quotes", "--since", "last tuesdayish", "--db", seeded)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: --since: cannot read 'last tuesdayish' as a date")


def test_unknown_claim_id(seeded: str) -> None:
    result = run("show", "99999", "--db", seeded)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no claim with id 99999")


def test_corrupt_database_is_one_line_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    result = run("quotes", "--db", str(broken))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {broken}: ")
    assert "Traceback" not in result.stderr


# --- queries ------------------------------------------------------------------------------


def test_quotes_speaker_kirby_lists_both_kirby_quotes(seeded: str) -> None:
    rows = quotes_json(seeded, "--speaker", "kirby")
    assert {r["speaker"]["name"] for r in rows} == {"John Kirby"}
    texts = {r["text"] for r in rows}
    assert any("cannot independently confirm" in t for t in texts)
    assert "growing and deepening" in texts


def test_quotes_hedged_shows_kirby_disclaimer_with_cues(seeded: str) -> None:
    rows = quotes_json(seeded, "--hedged")
    kirby = [r for r in rows if "cannot independently confirm" in r["text"]]
    assert len(kirby) == 1
    cues = {h["text"] for h in kirby[0]["hedges"]}
    assert {"cannot independently confirm", "if true"} <= cues
    assert all(r["hedged"] for r in rows)


def test_quotes_topic_finds_north_korean_troops(seeded: str) -> None:
    rows = quotes_json(seeded, "--topic", "North Korean troops")
    assert rows


def test_quotes_json_shape(seeded: str) -> None:
    row = quotes_json(seeded, "--speaker", "kirby")[0]
    assert set(row) == {
        "claim_id",
        "article_id",
        "outlet",
        "published",
        "start",
        "end",
        "text",
        "kind",
        "speaker",
        "cue",
        "hedged",
        "hedges",
        "quote",  # added with m010: the speaker's words and their pieces
        "segments",
    }
    assert set(row["speaker"]) == {"name", "kind", "role", "organization"}
    assert row["article_id"] == str(SEED_ARTICLE)
    assert row["outlet"] == "Korea Bizwire"


def test_offsets_slice_back_to_stored_text(seeded: str) -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    for row in quotes_json(seeded):
        assert text[row["start"] : row["end"]] == row["text"]
        pieces = [text[start:end] for start, end in row["segments"]]
        assert " \u2026 ".join(pieces) == row["quote"]


@pytest.mark.parametrize("fmt", ["table", "json", "nl", "csv"])
def test_every_list_command_speaks_every_format(seeded: str, fmt: str) -> None:
    for command in ("quotes", "speakers", "articles"):
        result = run(command, "--db", seeded, "--format", fmt)
        assert result.exit_code == 0, (command, result.stderr)
        out = result.stdout
        if fmt == "json":
            assert isinstance(json.loads(out), list) and json.loads(out)
        elif fmt == "nl":
            assert all(isinstance(json.loads(line), dict) for line in out.splitlines())
        elif fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(out)))
            assert rows
        else:
            assert out.strip()


def test_limit(seeded: str) -> None:
    assert len(quotes_json(seeded, "--limit", "2")) == 2


def test_empty_result_is_empty_json_list(seeded: str) -> None:
    assert quotes_json(seeded, "--speaker", "Zbigniew Nobodyson") == []


def test_speakers_list_kirby_once_with_role_and_alias(seeded: str) -> None:
    rows = json.loads(run("speakers", "--db", seeded, "--format", "json").stdout)
    names = [r["name"] for r in rows]
    assert names.count("John Kirby") == 1
    assert "Kirby" not in names and "the official" not in names
    kirby = next(r for r in rows if r["name"] == "John Kirby")
    assert kirby["claims"] == 2
    assert kirby["role"] == "National Security Council Coordinator for Strategic Communications"


def test_show_highlights_claim_in_its_sentence(seeded: str) -> None:
    claim = quotes_json(seeded, "--speaker", "kirby", "--hedged")[0]
    result = run("show", str(claim["claim_id"]), "--db", seeded, "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert "John Kirby" in result.stdout
    assert "Korea Bizwire" in result.stdout
    assert f"[[{claim['text']}]]" in result.stdout
    detail = json.loads(
        run("show", str(claim["claim_id"]), "--db", seeded, "--format", "json").stdout
    )
    assert detail["claim_id"] == claim["claim_id"]


def test_stats(seeded: str) -> None:
    result = run("stats", "--db", seeded, "--format", "json")
    figures = json.loads(result.stdout)
    assert figures["articles"] == 1 and figures["claims"] >= 4


# --- extract ------------------------------------------------------------------------------


def test_extract_json_is_the_stable_interface() -> None:
    result = run("extract", SEED_ARTICLE, "--format", "json")
    assert result.exit_code == 0, result.stderr
    documents = json.loads(result.stdout)
    assert len(documents) == 1
    doc = documents[0]
    assert set(doc) == {"id", "title", "outlet", "published", "author", "claims", "hedges"}
    assert (
        doc["title"]
        == "South Korea and U.S. Express Concern Over Reports of North Korean Troops in Ukraine"
    )
    assert doc["outlet"] == "Korea Bizwire"
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    for claim in doc["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert claim["kind"] in {"direct", "indirect", "mixed"}
        if claim["speaker"]:
            sp = claim["speaker"]
            assert text[sp["start"] : sp["end"]] == sp["mention"]
        if claim["cue"]:
            assert text[claim["cue"]["start"] : claim["cue"]["end"]] == claim["cue"]["text"]
    for hedge in doc["hedges"]:
        assert text[hedge["start"] : hedge["end"]] == hedge["text"]


def test_extract_stores_nothing(tmp_path: Path) -> None:
    result = run("extract", SEED_ARTICLE, "--format", "json")
    assert result.exit_code == 0
    assert not list(tmp_path.rglob("*.db"))


def test_extract_nl_one_document_per_line() -> None:
    result = run("extract", SEED_ARTICLE, SEED_ARTICLE, "--format", "nl")
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["id"] == str(SEED_ARTICLE)


# --- help and docs ------------------------------------------------------------------------


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():
        sub = getattr(command, "commands", None)
        names.extend(f"{name} {child}" for child in sub) if sub else names.append(name)
    return sorted(names)


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help_with_an_example_and_is_in_the_readme(command: str) -> None:
    result = run(*command.split(), "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"factdb {command}" in readme


# Modules a command loads only when it runs: `factdb --help` (and any command's help) must
# not wait for the database layer or the extraction engine, about 0.4 s of imports. (Typer
# itself loads pydantic for a subcommand's help.)
_HEAVY_MODULES = (
    "sqlalchemy",
    "sqlmodel",
    "rapidfuzz",
    "factdb.extract",
    "factdb.store.models",
)


@pytest.mark.parametrize("args", [["--help"], ["ingest", "--help"], ["quotes", "--help"]])
def test_help_loads_neither_the_database_layer_nor_the_engine(args: list[str]) -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from factdb.cli import app\n"
        f"try:\n    app({args!r})\nexcept SystemExit:\n    pass\n"
        f"print([m for m in sys.modules if m.startswith({_HEAVY_MODULES!r})])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


# --- verdicts on the list commands -----------------------------------------------------------


def test_status_filters_quotes_and_speakers_show_their_record(seeded: str) -> None:
    kirby = quotes_json(seeded, "--speaker", "kirby", "--hedged")[0]
    verified = run("verify", str(kirby["claim_id"]), "--status", "disputed", "--db", seeded)
    assert verified.exit_code == 0, verified.stderr
    assert [r["claim_id"] for r in quotes_json(seeded, "--status", "disputed")] == [
        kirby["claim_id"]
    ]
    assert quotes_json(seeded, "--status", "confirmed") == []
    result = run("speakers", "--status", "disputed", "--db", seeded, "--format", "json")
    rows = json.loads(result.stdout)
    assert [(r["name"], r["record"]) for r in rows] == [("John Kirby", {"disputed": 1})]


def test_unknown_status_is_a_clear_error(seeded: str) -> None:
    result = run("quotes", "--status", "sorta-true", "--db", seeded)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: --status: unknown status 'sorta-true'")
