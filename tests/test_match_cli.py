"""`matches`, `similar`, `speakers merge/split` end to end through the CLI.

The database holds the seed article (Korea Bizwire, built by hand in store_support) and one
article of another outlet quoting John Kirby's Oct. 15 remark with "not" added (invented).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import Session
from store_support import one_quote, seed_document, seed_extraction, simple_document
from typer.testing import CliRunner

from factdb.cli import app
from factdb.store.db import open_engine
from factdb.store.matching import forget_index, match_new_claims
from factdb.store.writes import store_article

KIRBY = (
    "While we cannot independently confirm these reports, if true, they would indicate a "
    "significant strengthening of the Russia-North Korea defense relationship."
)
KIRBY_NOT = KIRBY.replace("they would indicate", "they would not indicate")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "match.db"
    engine = open_engine(f"sqlite:///{path}")
    seed = seed_document(published="2024-10-17")
    text = f"Adm. John Kirby said: \u201c{KIRBY_NOT}\u201d"
    wire = simple_document("wire-2", text, outlet="Wire Two", published="2024-10-18")
    with Session(engine) as session:
        store_article(session, seed, seed_extraction(seed.text), extractor_version="test")
        store_article(
            session,
            wire,
            one_quote(text, KIRBY_NOT, "Adm. Kirby", "Adm. John Kirby"),
            extractor_version="t",
        )
        match_new_claims(session)
        forget_index(session)
    engine.dispose()
    return path


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def test_matches_json_shape(db: Path) -> None:
    code, out, err = run(db, "matches", "--format", "json")
    assert code == 0, err
    (cluster,) = json.loads(out)
    assert cluster["first_appearance"] == 4 and cluster["cluster_id"] == 4
    assert [
        (
            c["claim_id"],
            c["article_id"],
            c["outlet"],
            c["published"],
            c["speaker"],
            c["grade"],
            c["drift"],
        )
        for c in cluster["claims"]
    ] == [
        (
            4,
            "seeds/korea-bizwire-nk-troops.txt",
            "Korea Bizwire",
            "2024-10-17",
            "John Kirby",
            None,
            [],
        ),
        (6, "wire-2", "Wire Two", "2024-10-18", "Adm. Kirby", "near", ["negation_added"]),
    ]
    second = cluster["claims"][1]
    assert second["text"] == KIRBY_NOT and second["score"] > 90
    assert set(second) == {
        "claim_id", "article_id", "outlet", "published", "start", "end", "text", "speaker",
        "grade", "score", "drift", "quote", "segments",
    }  # fmt: skip


def test_matches_filters_and_empty_json(db: Path) -> None:
    code, out, _ = run(db, "matches", "--outlet", "Wire Two", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 1
    code, out, _ = run(db, "matches", "--since", "2030-01-01", "--format", "json")
    assert (code, out) == (0, "[]\n")


def test_matches_csv_has_one_row_per_appearance(db: Path) -> None:
    code, out, _ = run(db, "matches", "--format", "csv")
    assert code == 0
    header, first, second = out.splitlines()[:3]
    assert header.startswith("cluster_id,first_appearance,claim_id,article_id,outlet,published")
    assert first.startswith("4,4,4,seeds/korea-bizwire-nk-troops.txt,Korea Bizwire,2024-10-17")
    assert second.startswith("4,4,6,wire-2,Wire Two,2024-10-18") and second.endswith(
        ",negation_added"
    )


def test_matches_table(db: Path) -> None:
    code, out, _ = run(db, "matches", "--format", "table")
    assert code == 0
    assert "first" in out and "near 99" in out


def test_similar_text(db: Path) -> None:
    code, out, err = run(
        db,
        "similar",
        "they would indicate a significant strengthening of the Russia-North Korea defense relationship",
        "--format",
        "json",
    )
    assert code == 0, err
    hits = json.loads(out)
    assert [(h["claim_id"], h["grade"]) for h in hits] == [(4, "fragment"), (6, "near")] or [
        h["claim_id"] for h in hits
    ] == [4, 6]
    assert set(hits[0]) == {
        "query_id",
        "claim_id",
        "article_id",
        "text",
        "quote",
        "speaker",
        "grade",
        "score",
    }


def test_similar_from_file(db: Path, tmp_path: Path) -> None:
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        json.dumps({"id": "a", "text": KIRBY})
        + "\n"
        + json.dumps({"id": "b", "text": "football results"})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run(db, "similar", "--from", str(queries), "--format", "json")
    assert code == 0, err
    hits = json.loads(out)
    assert {h["query_id"] for h in hits} == {"a"}
    assert hits[0]["claim_id"] == 4 and hits[0]["grade"] == "exact"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["similar", ""], "Error: TEXT: the text has no words to compare"),
        (["similar", "\u201c...!\u201d"], "Error: TEXT: the text has no words to compare"),
        (["similar"], "Error: give either a TEXT or --from FILE.jsonl"),
    ],
)
def test_similar_errors(db: Path, args: list[str], message: str) -> None:
    code, out, err = run(db, *args)
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "text": "..."}\n', ":1: the text has no words to compare"),
        ("not json\n", ":1: not JSON (Expecting value)"),
        ('{"id": "a"}\n', ':1: expected {"id": ..., "text": "..."}'),
        ("\n", ": no queries"),
    ],
)
def test_similar_from_bad_file(db: Path, tmp_path: Path, content: str, message: str) -> None:
    queries = tmp_path / "q.jsonl"
    queries.write_text(content, encoding="utf-8")
    code, out, err = run(db, "similar", "--from", str(queries))
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == f"Error: {queries}{message}"


def speakers(db: Path) -> dict[str, dict]:
    code, out, _ = run(db, "speakers", "--format", "json")
    assert code == 0
    return {s["name"]: s for s in json.loads(out)}


def test_speakers_merge_and_split(db: Path) -> None:
    before = speakers(db)
    admiral, kirby = before["Adm. Kirby"]["id"], before["John Kirby"]["id"]
    code, out, err = run(db, "speakers", "merge", str(admiral), str(kirby))
    assert (code, out) == (0, "")
    assert err == f"Merged speaker {admiral} into {kirby}: 1 claim(s) moved, 2 alias(es) added.\n"
    merged = speakers(db)
    assert merged["John Kirby"]["claims"] == before["John Kirby"]["claims"] + 1
    assert "Adm. Kirby" in merged["John Kirby"]["aliases"]
    code, out, err = run(db, "speakers", "split", str(admiral))
    assert (code, out) == (0, "")
    assert (
        err
        == f"Split speaker {admiral} from {kirby}: 1 claim(s) moved back, 2 alias(es) removed.\n"
    )
    assert speakers(db) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["merge", "1", "1"], "Error: cannot merge speaker 1 into itself"),
        (["merge", "1", "999"], "Error: no speaker with id 999"),
        (["split", "999"], "Error: no speaker with id 999"),
    ],
)
def test_speaker_edit_errors_change_nothing(db: Path, args: list[str], message: str) -> None:
    before = speakers(db)
    code, out, err = run(db, "speakers", *args)
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == message
    assert speakers(db) == before


def test_bare_speakers_still_lists(db: Path) -> None:
    assert "John Kirby" in speakers(db)


def test_claims_stored_without_matching_catch_up(tmp_path: Path) -> None:
    path = tmp_path / "unmatched.db"
    engine = open_engine(f"sqlite:///{path}")
    seed = seed_document(published="2024-10-17")
    text = f"John Kirby said: \u201c{KIRBY}\u201d"
    wire = simple_document("wire-2", text, outlet="Wire Two", published="2024-10-18")
    with Session(engine) as session:
        store_article(session, seed, seed_extraction(seed.text), extractor_version="test")
        store_article(session, wire, one_quote(text, KIRBY, "John Kirby"), extractor_version="t")
    engine.dispose()
    code, out, err = run(path, "matches", "--format", "json")
    assert code == 0, err
    assert [c["grade"] for c in json.loads(out)[0]["claims"]] == [None, "exact"]
