"""ClaimReview JSON-LD: built from verdicts, checked offline against the schema.org terms it uses
(tests/fixtures/schemaorg_claimreview_terms.json: types, superclasses, domains and ranges)."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session
from store_support import one_quote, seed_document, seed_extraction, simple_document
from typer.testing import CliRunner

from factdb.cli import app
from factdb.export.claimreview import Appearance, ReviewInput, claim_review, claim_reviews
from factdb.store.db import open_engine
from factdb.store.writes import store_article

VOCABULARY = json.loads(
    (Path(__file__).parent / "fixtures" / "schemaorg_claimreview_terms.json").read_text("utf-8")
)
_URL = re.compile(r"^https?://\S+$")


def _ancestors(name: str, table: dict[str, list[str]]) -> set[str]:
    found = {name}
    for parent in table.get(name, []):
        found |= _ancestors(parent, table)
    return found


def _literal_fits(value: Any, ranges: list[str]) -> bool:
    if not isinstance(value, str):
        return False
    for kind in ranges:
        kinds = (
            _ancestors(kind, VOCABULARY["datatypes"]) if kind in VOCABULARY["datatypes"] else set()
        )
        if kind == "URL" and _URL.match(value):
            return True
        if kind == "Date" and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            date.fromisoformat(value)
            return True
        if kind == "DateTime" and re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)?", value):
            datetime.fromisoformat(value.replace("Z", "+00:00"))
            return True
        if "Text" in kinds and kind == "Text":
            return True
    return False


def schema_problems(node: dict[str, Any], where: str = "$") -> list[str]:
    """Every @type and property checked against the vocabulary: unknown terms, a property on a
    type outside its domain, a value outside its range."""
    problems: list[str] = []
    kind = node.get("@type")
    if kind not in VOCABULARY["types"]:
        return [f"{where}: unknown type {kind!r}"]
    lineage = _ancestors(kind, VOCABULARY["types"])
    for prop, value in node.items():
        if prop == "@context":
            if value != "https://schema.org":
                problems.append(f"{where}: @context {value!r}")
            continue
        if prop == "@type":
            continue
        term = VOCABULARY["properties"].get(prop)
        if term is None:
            problems.append(f"{where}.{prop}: unknown property")
            continue
        if not lineage & set(term["domain"]):
            problems.append(f"{where}.{prop}: not a property of {kind}")
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            at = f"{where}.{prop}[{i}]"
            if isinstance(item, dict):
                item_type = item.get("@type", "")
                if not _ancestors(item_type, VOCABULARY["types"]) & set(term["range"]):
                    problems.append(f"{at}: {item_type} is not in the range of {prop}")
                problems.extend(schema_problems(item, at))
            elif not _literal_fits(item, term["range"]):
                problems.append(f"{at}: {item!r} is not a {'/'.join(term['range'])}")
    return problems


FULL = ReviewInput(
    claim_id=4,
    text="Russia has formed a battalion-sized unit of about 3,000 North Korean troops",
    status="disputed",
    checked_at="2024-10-21T08:00:00Z",
    note="Seoul's intelligence service puts it at 1,500.",
    speaker="John Kirby",
    speaker_kind="person",
    job_title="National Security Council Coordinator for Strategic Communications",
    said_on="2024-10-15",
    appearances=[
        Appearance("https://b.example/2", "Troops in Kursk", "Wire Two", "2024-10-18"),
        Appearance("https://a.example/1", "NK troops", "Korea Bizwire", "2024-10-17"),
        Appearance("https://a.example/1", "NK troops", "Korea Bizwire", "2024-10-17"),
        Appearance("https://call.example/notes"),
    ],
)


def test_full_review_shape() -> None:
    review = claim_review(
        FULL, newsroom="Daily Planet", review_url="https://dp.example/c/{claim_id}"
    )
    assert review == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://dp.example/c/4",
        "claimReviewed": FULL.text,
        "datePublished": "2024-10-21",
        "author": {"@type": "Organization", "name": "Daily Planet"},
        "reviewRating": {
            "@type": "Rating",
            "alternateName": "disputed",
            "ratingExplanation": "Seoul's intelligence service puts it at 1,500.",
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {
                "@type": "Person",
                "name": "John Kirby",
                "jobTitle": "National Security Council Coordinator for Strategic Communications",
            },
            "datePublished": "2024-10-15",
            "appearance": [
                {
                    "@type": "NewsArticle",
                    "url": "https://b.example/2",
                    "headline": "Troops in Kursk",
                    "publisher": {"@type": "Organization", "name": "Wire Two"},
                    "datePublished": "2024-10-18",
                },
                {
                    "@type": "NewsArticle",
                    "url": "https://a.example/1",
                    "headline": "NK troops",
                    "publisher": {"@type": "Organization", "name": "Korea Bizwire"},
                    "datePublished": "2024-10-17",
                },
                {"@type": "CreativeWork", "url": "https://call.example/notes"},
            ],
            "firstAppearance": {
                "@type": "NewsArticle",
                "url": "https://a.example/1",
                "headline": "NK troops",
                "publisher": {"@type": "Organization", "name": "Korea Bizwire"},
                "datePublished": "2024-10-17",
            },
        },
    }
    assert schema_problems(review) == []


@pytest.mark.parametrize(
    ("speaker_kind", "expected"),
    [
        ("organization", {"@type": "Organization", "name": "Ukrainian media outlets"}),
        ("media", {"@type": "Organization", "name": "Ukrainian media outlets"}),
        ("anonymous", {"@type": "Person", "name": "Ukrainian media outlets"}),
        ("unknown", None),
    ],
)
def test_claim_author_by_speaker_kind(speaker_kind: str, expected: dict | None) -> None:
    item = ReviewInput(
        1,
        "x",
        "false",
        "2024-10-20",
        speaker="Ukrainian media outlets",
        speaker_kind=speaker_kind,
        job_title="ignored for organisations" if speaker_kind != "anonymous" else None,
    )
    review = claim_review(item, newsroom="N")
    if expected and expected["@type"] == "Person" and item.job_title:
        expected = {**expected, "jobTitle": item.job_title}
    assert review["itemReviewed"].get("author") == expected
    assert schema_problems(review) == []


def test_undated_appearances_name_no_first_appearance() -> None:
    item = ReviewInput(
        9,
        "x",
        "confirmed",
        "2024-10-20",
        appearances=[
            Appearance("https://b.example/1", "B", "B"),
            Appearance("https://a.example/2"),
        ],
    )
    claim = claim_review(item, newsroom="N")["itemReviewed"]
    assert len(claim["appearance"]) == 2
    assert "firstAppearance" not in claim and "datePublished" not in claim


def test_only_verdicts_are_reviews() -> None:
    items = [
        ReviewInput(1, "a", "unverified", "2024-10-20"),
        ReviewInput(2, "b", "in-progress", "2024-10-20"),
        ReviewInput(3, "c", "retracted", "2024-10-20"),
    ]
    assert [r["claimReviewed"] for r in claim_reviews(items, newsroom="N")] == ["c"]
    assert claim_reviews([], newsroom="N") == []


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (
            lambda r: r["itemReviewed"]["author"].update({"@type": "Organization"}),
            "$.itemReviewed[0].author[0].jobTitle: not a property of Organization",
        ),
        (lambda r: r.update({"rating": 3}), "$.rating: unknown property"),
        (
            lambda r: r.update({"datePublished": "21/10/2024"}),
            "$.datePublished[0]: '21/10/2024' is not a Date/DateTime",
        ),
        (
            lambda r: r.update({"reviewRating": {"@type": "Person", "name": "x"}}),
            "$.reviewRating[0]: Person is not in the range of reviewRating",
        ),
        (
            lambda r: r["itemReviewed"].update({"@type": "Claimm"}),
            "$.itemReviewed[0]: unknown type 'Claimm'",
        ),
    ],
)
def test_the_validator_catches_mistakes(mutate, problem: str) -> None:
    review = claim_review(FULL, newsroom="Daily Planet")
    mutate(review)
    assert problem in schema_problems(review)


# -- through the CLI, from the database ------------------------------------------------------

KIRBY_NOT = (
    "While we cannot independently confirm these reports, if true, they would not indicate a "
    "significant strengthening of the Russia-North Korea defense relationship."
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "work.db"
    engine = open_engine(f"sqlite:///{path}")
    doc = seed_document(published="2024-10-17", url="https://koreabizwire.example/nk-troops")
    other = f"John Kirby said: \u201c{KIRBY_NOT}\u201d"
    with Session(engine) as session:
        store_article(session, doc, seed_extraction(doc.text), extractor_version="test")
        second = simple_document("wire-2", other, outlet="Wire Two", published="2024-10-16")
        second.url = "https://wire2.example/kirby"
        store_article(
            session, second, one_quote(other, KIRBY_NOT, "John Kirby"), extractor_version="t"
        )
    engine.dispose()
    return path


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def test_export_claimreview_from_the_database(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factdb.store import workflow

    monkeypatch.setattr(
        workflow, "cluster_members", lambda _s, cid: [4, 6] if cid in (4, 6) else [cid]
    )
    run(db, "verify", "4", "--status", "misleading", "--note", "Omits the denial")
    run(db, "verify", "1", "--status", "in-progress")
    code, out, err = run(
        db,
        "export",
        "--format",
        "claimreview",
        "--by",
        "Daily Planet",
        "--review-url",
        "https://dp.example/checks/{claim_id}",
    )
    assert (code, err) == (0, "Exported 1 review.\n")
    (review,) = json.loads(out)
    assert schema_problems(review) == []
    assert review["url"] == "https://dp.example/checks/4"
    assert review["datePublished"] == datetime.now(UTC).date().isoformat()  # the verdict's day
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "misleading",
        "ratingExplanation": "Omits the denial",
    }
    claim = review["itemReviewed"]
    assert claim["datePublished"] == "2024-10-15"
    assert [a["url"] for a in claim["appearance"]] == [
        "https://koreabizwire.example/nk-troops",
        "https://wire2.example/kirby",
    ]
    assert claim["firstAppearance"]["url"] == "https://wire2.example/kirby"  # 16 Oct < 17 Oct


def test_export_claimreview_needs_a_newsroom_and_writes_empty_list(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTDB_NEWSROOM", raising=False)
    assert run(db, "export", "--format", "claimreview") == (
        1,
        "",
        "Error: ClaimReview needs the publishing newsroom\nGive --by NAME or set FACTDB_NEWSROOM.\n",
    )
    monkeypatch.setenv("FACTDB_NEWSROOM", "Daily Planet")
    assert run(db, "export", "--format", "claimreview") == (0, "[]\n", "Exported 0 reviews.\n")
    assert run(db, "export", "--format", "claimreview", "--review-url", "https://x.example/") == (
        1,
        "",
        "Error: --review-url must contain {claim_id}\n",
    )
