"""The workflow commands end to end through the CLI: exact stdout and stderr, ids and timestamps
normalised. The database holds the seed article as a good engine reads it (built by hand in
store_support, so these tests do not move when the engine improves): claims 1-5 are the
Defense Ministry, the Foreign Ministry official, Ukrainian media, and Kirby (4 and 5)."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import Session
from store_support import one_quote, seed_document, seed_extraction, simple_document
from typer.testing import CliRunner

from factdb.cli import app
from factdb.store.db import open_engine
from factdb.store.writes import store_article

STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
KIRBY = (
    "While we cannot independently confirm these reports, if true, they would indicate a "
    "significant strengthening of the Russia-North Korea defense relationship."
)
# The same quote as another outlet printed it, with a negation added (invented for the test).
KIRBY_NOT = KIRBY.replace("they would indicate", "they would not indicate")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "work.db"
    engine = open_engine(f"sqlite:///{path}")
    doc = seed_document(published="2024-10-17", url="https://koreabizwire.example/nk-troops")
    with Session(engine) as session:
        store_article(session, doc, seed_extraction(doc.text), extractor_version="test")
    engine.dispose()
    return path


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    return result.exit_code, STAMP.sub("<ts>", result.stdout), STAMP.sub("<ts>", result.stderr)


def run_json(db: Path, *args: str):
    code, out, err = run(db, *args, "--format", "json")
    assert code == 0, err
    return json.loads(out), err


def add_second_outlet(db: Path) -> None:
    text = f"John Kirby said on Oct. 16: \u201c{KIRBY_NOT}\u201d"
    engine = open_engine(f"sqlite:///{db}")
    doc = simple_document("wire-2", text, outlet="Wire Two", published="2024-10-18")
    with Session(engine) as session:
        store_article(session, doc, one_quote(text, KIRBY_NOT, "John Kirby"), extractor_version="t")
    engine.dispose()


# -- add -------------------------------------------------------------------------------------


def test_add_logs_a_claim_with_the_stored_speaker_and_hedges(db: Path) -> None:
    code, out, err = run(
        db,
        "add",
        "We may see more North Korean troops within weeks.",
        "--speaker",
        "Kirby",
        "--source",
        "phone interview",
        "--said-on",
        "October 20, 2024",
        "--format",
        "json",
    )
    assert (code, err) == (0, "Logged 1 claim.\n")
    assert json.loads(out) == [
        {"claim_id": 6, "speaker": "John Kirby", "hedged": True, "hedges": ["may"]}
    ]
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT c.said_on, c.article_id, l.source FROM claim c "
            "JOIN logged_claim l ON l.claim_id = c.id WHERE c.id = 6"
        ).fetchone()
    assert row == ("2024-10-20", None, "phone interview")


def test_hand_logged_claims_are_listed_and_exported(db: Path) -> None:
    run(db, "add", "We will respond.", "--speaker", "Kirby", "--source", "phone interview")
    rows, _ = run_json(db, "export", "--speaker", "John Kirby")
    assert [(r["claim_id"], r["source"]) for r in rows][-1] == (6, "phone interview")


def test_add_table_output(db: Path) -> None:
    code, out, err = run(
        db, "add", "Talks will resume.", "--speaker", "Jane Roe", "--format", "table"
    )
    assert code == 0
    cells = [cell.strip() for cell in out.splitlines()[3].split("\u2502")[1:-1]]
    assert cells == ["6", "Jane Roe", "no", ""]


def test_add_from_jsonl_logs_all_or_nothing(db: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps({"text": "Sanctions will follow.", "speaker": "John Kirby"})
        + "\n\n"
        + json.dumps(
            {"text": "Troops were reportedly seen.", "speaker": "Jane Roe", "hedged": True}
        )
        + "\n"
    )
    rows, err = run_json(db, "add", "--from", str(good))
    assert err == "Logged 2 claims.\n"
    assert rows == [
        {"claim_id": 6, "speaker": "John Kirby", "hedged": False, "hedges": []},
        {"claim_id": 7, "speaker": "Jane Roe", "hedged": True, "hedges": ["reportedly"]},
    ]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"text": "Fine.", "speaker": "Jane Roe"})
        + "\n"
        + json.dumps({"text": "", "speaker": "Jane Roe"})
        + "\n"
    )
    code, out, err = run(db, "add", "--from", str(bad))
    assert (code, out) == (1, "")
    assert err == f"Error: {bad}:2: the claim text is empty\nNothing was logged.\n"
    rows, _ = run_json(db, "add", "--from", str(good))
    assert [r["claim_id"] for r in rows] == [8, 9]  # nothing of the bad file was kept


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["", "--speaker", "Kirby"], "Error: the claim text is empty\n"),
        (["Hi.", "--speaker", "she"], "Error: 'she' is a pronoun; name the speaker\n"),
        (["Hi."], "Error: a speaker name is required\n"),
        (
            ["Hi.", "--speaker", "Kirby", "--said-on", "31/31/2024"],
            "Error: said on: cannot read '31/31/2024' as a date (use YYYY-MM-DD)\n",
        ),
        (
            ["--speaker", "Kirby"],
            'Error: the claim text is missing\nExample: factdb add "..." --speaker NAME\n',
        ),
    ],
)
def test_add_refuses_bad_input_and_writes_nothing(db: Path, args: list[str], message: str) -> None:
    assert run(db, "add", *args) == (1, "", message)
    rows, _ = run_json(db, "add", "Fine.", "--speaker", "Jane Roe")
    assert rows[0]["claim_id"] == 6


# -- verify / history ------------------------------------------------------------------------


def test_verify_and_history(db: Path) -> None:
    rows, err = run_json(
        db,
        "verify",
        "4",
        "--status",
        "disputed",
        "--note",
        "Seoul says 1,500",
        "--evidence",
        "https://example.org/a",
        "--evidence",
        "https://example.org/b",
        "--by",
        "Ana",
    )
    assert err == "Claim 4 is now disputed.\n"
    assert rows == [
        {
            "id": 1,
            "claim_id": 4,
            "status": "disputed",
            "note": "Seoul says 1,500",
            "evidence": ["https://example.org/a", "https://example.org/b"],
            "checked_by": "Ana",
            "checked_at": "<ts>",
        }
    ]
    run(db, "verify", "4", "--status", "CONFIRMED", "--by", "Ben")
    code, out, err = run(db, "history", "4", "--format", "csv")
    assert (code, err) == (0, "")
    assert out == (
        "id,claim_id,status,note,evidence,checked_by,checked_at\n"
        '1,4,disputed,"Seoul says 1,500",https://example.org/a; https://example.org/b,Ana,<ts>\n'
        "2,4,confirmed,,,Ben,<ts>\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["verify", "99", "--status", "false"], "Error: no claim with id 99\n"),
        (
            ["verify", "4", "--status", "wrong"],
            "Error: unknown status 'wrong'; use one of: unverified, in-progress, confirmed, "
            "disputed, false, misleading, unverifiable, retracted\n",
        ),
        (
            ["history", "99"],
            "Error: no claim with id 99\nList claims with `factdb quotes`.\n",
        ),
    ],
)
def test_verify_errors(db: Path, args: list[str], message: str) -> None:
    assert run(db, *args) == (1, "", message)
    assert run(db, "history", "4", "--format", "json") == (0, "[]\n", "")


def test_verify_missing_status_is_misuse(db: Path) -> None:
    code, _, err = run(db, "verify", "4")
    assert code == 2 and "--status" in err


# -- status on lists -------------------------------------------------------------------------


def test_export_status_filter_sees_inherited_status(db: Path, monkeypatch) -> None:
    from factdb.store import workflow

    monkeypatch.setattr(workflow, "cluster_members", lambda _s, cid: [4, 5] if cid == 4 else [cid])
    run(db, "verify", "4", "--status", "false", "--note", "Never said")
    rows, err = run_json(db, "export", "--status", "false")
    assert err == "Exported 2 claims.\n"
    assert [(r["claim_id"], r["status"], r["status_inherited_from"]) for r in rows] == [
        (4, "false", None),
        (5, "false", 4),
    ]
    rows, _ = run_json(db, "export", "--status", "unverified")
    assert [r["claim_id"] for r in rows] == [1, 2, 3]
    code, out, err = run(db, "export", "--format", "json", "--status", "nope")
    assert (code, out) == (1, "")
    assert err.startswith("Error: --status: unknown status 'nope'")


# -- tags and topics -------------------------------------------------------------------------


def test_tag_untag_and_topic_filter(db: Path) -> None:
    assert run(db, "tag", "3", "Troop numbers") == (0, "", "Tagged: claim 3 'Troop numbers'.\n")
    assert run(db, "tag", "3", "troop number") == (
        0,
        "",
        "Already tagged: claim 3 'troop number'.\n",
    )
    rows, _ = run_json(db, "export", "--topic", "troop numbers")
    assert [r["claim_id"] for r in rows] == [3]
    assert rows[0]["tags"] == ["Troop numbers"]
    rows, _ = run_json(db, "export", "--topic", "sanction")  # stemmed: "sanctions"
    assert [r["claim_id"] for r in rows] == [2]
    rows, _ = run_json(db, "export", "--topic", "North Korea")  # names, and "North Korean"
    assert [r["claim_id"] for r in rows] == [1, 2, 3, 4]  # 1: "from North Korea" in its sentence
    assert run(db, "untag", "3", "TROOP NUMBERS") == (0, "", "Untagged: claim 3 'TROOP NUMBERS'.\n")
    assert run(db, "untag", "3", "troop numbers") == (
        1,
        "",
        "Error: claim 3 has no tag 'troop numbers'\n",
    )
    assert run(db, "tag", "42", "x") == (1, "", "Error: no claim with id 42\n")


def test_topics_lists_entities_keywords_and_tags(db: Path) -> None:
    run(db, "tag", "3", "escalation")
    rows, err = run_json(db, "topics", "--limit", "4")
    assert err == ""
    assert rows == [
        {
            "topic": "North Korea",
            "key": "north korea",
            "kind": "entity",
            "claims": 3,
            "articles": 1,
        },
        {"topic": "Russia", "key": "russia", "kind": "entity", "claims": 2, "articles": 1},
        {
            "topic": "cooperation",
            "key": "cooperation",
            "kind": "keyword",
            "claims": 1,
            "articles": 1,
        },
        {"topic": "military", "key": "military", "kind": "keyword", "claims": 1, "articles": 1},
    ]
    rows, _ = run_json(db, "topics", "--kind", "tag")
    assert rows == [
        {"topic": "escalation", "key": "escalation", "kind": "tag", "claims": 1, "articles": 0}
    ]


# -- timeline --------------------------------------------------------------------------------


def test_timeline_orders_by_date_and_sets_disagreements_side_by_side(db: Path) -> None:
    add_second_outlet(db)
    run(db, "verify", "4", "--status", "confirmed")
    data, err = run_json(db, "timeline", "--speaker", "kirby")
    assert err == ""
    assert [
        (c["claim_id"], c["said_on"] or c["published"], c["outlet"], c["status"])
        for c in data["claims"]
    ] == [
        (4, "2024-10-15", "Korea Bizwire", "confirmed"),
        (5, "2024-10-17", "Korea Bizwire", "unverified"),
        (6, "2024-10-18", "Wire Two", "unverified"),
    ]
    assert data["claims"][0]["hedges"][0]["text"] == "cannot independently confirm"
    assert data["disagreements"] == [
        {
            "first": {
                "claim_id": 4,
                "date": "2024-10-15",
                "outlet": "Korea Bizwire",
                "text": KIRBY,
                "quote": KIRBY,
            },
            "second": {
                "claim_id": 6,
                "date": "2024-10-18",
                "outlet": "Wire Two",
                "text": KIRBY_NOT,
                "quote": KIRBY_NOT,
            },
            "flags": ["negation_added"],
        }
    ]
    code, out, _ = run(
        db, "timeline", "--speaker", "kirby", "--topic", "deepening", "--format", "json"
    )
    assert [c["claim_id"] for c in json.loads(out)["claims"]] == [5]


def test_timeline_table_shows_the_pair(db: Path) -> None:
    add_second_outlet(db)
    code, out, _ = run(db, "timeline", "--speaker", "John Kirby", "--format", "table")
    assert code == 0
    assert "Matching claims that disagree" in out
    assert "negation" in out and "added" in out  # the column may wrap at 80


def test_timeline_of_nobody_is_empty(db: Path) -> None:
    data, _ = run_json(db, "timeline", "--speaker", "Nobody Atall")
    assert data == {"speaker": "Nobody Atall", "claims": [], "disagreements": []}


# -- export ----------------------------------------------------------------------------------


def test_export_formats(db: Path, tmp_path: Path) -> None:
    code, out, err = run(db, "export", "--format", "jsonl", "--speaker", "kirby")
    assert (code, err) == (0, "Exported 2 claims.\n")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [row["claim_id"] for row in lines] == [4, 5]
    assert lines[0]["url"] == "https://koreabizwire.example/nk-troops"
    assert lines[0]["said_on"] == "2024-10-15"
    target = tmp_path / "claims.csv"
    assert run(db, "export", "--format", "csv", "--kind", "mixed", "-o", str(target)) == (
        0,
        "",
        "Exported 1 claim.\n",
    )
    header, row = target.read_text("utf-8").splitlines()
    assert header.startswith("claim_id,article_id,outlet,published,start,end,text,kind,")
    assert row.startswith("5,seeds/korea-bizwire-nk-troops.txt,Korea Bizwire,2024-10-17,")


@pytest.mark.parametrize(("fmt", "expected"), [("json", "[]\n"), ("jsonl", ""), ("csv", "")])
def test_export_of_nothing_is_a_valid_empty_file(db: Path, fmt: str, expected: str) -> None:
    assert run(db, "export", "--format", fmt, "--speaker", "Nobody Atall") == (
        0,
        expected,
        "Exported 0 claims.\n",
    )


def test_export_bad_date_is_refused(db: Path) -> None:
    assert run(db, "export", "--format", "json", "--since", "yesterday-ish") == (
        1,
        "",
        "Error: --since: cannot read 'yesterday-ish' as a date\nUse YYYY-MM-DD, e.g. 2024-10-17.\n",
    )
