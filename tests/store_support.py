"""Shared pieces for the storage tests: a backend-parametrised database and hand-built extractions.

Extractions are built with the engine's own dataclasses from offsets found in the text, so the
storage tests do not depend on the engine's quality, only on its contract. Loaded by the
tests as a plugin (`pytest_plugins`) for its fixtures; it holds no asserts: PYTEST_DONT_REWRITE.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from backends import backend_database
from sqlalchemy import Engine

from factdb.extract.types import (
    ArticleExtraction,
    ArticleMeta,
    Claim,
    ClaimKind,
    Hedge,
    HedgeCategory,
    Span,
    Speaker,
    SpeakerKind,
)
from factdb.readers.types import SourceDocument
from factdb.store.db import open_engine

PG_ENV = "FACTDB_TEST_PG_URL"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "korea-bizwire-nk-troops.txt"

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgresql",
        id="postgresql",
        marks=pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set"),
    ),
]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A blank database: a SQLite file in tmp_path, or a fresh PostgreSQL schema."""
    with backend_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    eng = open_engine(store_url)
    yield eng
    eng.dispose()


def span(doc: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = doc.index(needle, after)
    return start, start + len(needle)


def make_speaker(
    doc: str,
    name: str,
    mention: str,
    kind: SpeakerKind = "person",
    role: str | None = None,
    organization: str | None = None,
    after: int = 0,
) -> Speaker:
    start, end = span(doc, mention, after)
    return Speaker(name, mention, start, end, kind, role, organization)


def make_claim(
    doc: str,
    quote: str,
    speaker: Speaker | None,
    *,
    kind: ClaimKind = "direct",
    cue: str | None = None,
    hedges: list[tuple[str, HedgeCategory]] = (),  # type: ignore[assignment]
    said_on: str | None = None,
) -> Claim:
    start, end = span(doc, quote)
    context_start = doc.rfind("\n", 0, start) + 1
    context_end = doc.find("\n", end)
    context_end = len(doc) if context_end < 0 else context_end
    cue_span = None
    if cue:
        cs, ce = span(doc, cue, context_start)
        cue_span = Span(cue, cs, ce)
    found = [Hedge(h, *span(doc, h, context_start), category) for h, category in hedges]
    return Claim(
        text=quote,
        start=start,
        end=end,
        kind=kind,
        speaker=speaker,
        cue=cue_span,
        hedges=found,
        confidence=0.9,
        rule="test",
        context_start=context_start,
        context_end=context_end,
        said_on=said_on,
    )


def seed_document(**overrides: str | None) -> SourceDocument:
    fields = {"source_id": "seeds/korea-bizwire-nk-troops.txt", "format": "txt", "origin": "seed"}
    fields.update(overrides)
    return SourceDocument(text=SEED.read_text("utf-8"), **fields)  # type: ignore[arg-type]


def seed_extraction(doc: str) -> ArticleExtraction:
    """What a good engine finds in the seed article (see shared/spec), built by hand."""
    ministry = make_speaker(
        doc, "South Korea's Defense Ministry", "South Korea\u2019s Defense Ministry", "organization"
    )
    official = make_speaker(
        doc, "A South Korean Foreign Ministry official", "the official", "anonymous"
    )
    kirby = make_speaker(
        doc,
        "John Kirby",
        "John Kirby",
        role="National Security Council Coordinator for Strategic Communications",
        organization="White House",
    )
    kirby_later = make_speaker(doc, "John Kirby", "Kirby", after=kirby.end + 1)
    media = make_speaker(doc, "Ukrainian media outlets", "Ukrainian media outlets", "media")
    claims = [
        make_claim(
            doc,
            "closely tracking the possibility of personnel or civilian workforce support",
            ministry,
            cue="stated",
            hedges=[("possibility", "epistemic")],
            said_on="2024-10-16",
        ),
        make_claim(
            doc,
            "Any cooperation that directly or indirectly aids North Korea\u2019s military "
            "enhancement violates U.N. Security Council resolutions and is subject to "
            "international monitoring and sanctions,",
            official,
            cue="said",
        ),
        make_claim(
            doc,
            "Russia has formed a battalion-sized unit of about 3,000 North Korean troops",
            media,
            kind="indirect",
            cue="have reported",
            hedges=[("about", "approximation")],
        ),
        make_claim(
            doc,
            "While we cannot independently confirm these reports, if true, they would indicate "
            "a significant strengthening of the Russia-North Korea defense relationship.",
            kirby,
            cue="stated",
            hedges=[
                ("cannot independently confirm", "verification"),
                ("if true", "conditional"),
            ],
            said_on="2024-10-15",
        ),
        make_claim(doc, "growing and deepening", kirby_later, kind="mixed", cue="noted"),
    ]
    doc_hedges = [h for c in claims for h in c.hedges]
    doc_hedges.append(Hedge("reports suggesting", *span(doc, "reports suggesting"), "distancing"))
    meta = ArticleMeta(
        title="South Korea and U.S. Express Concern Over Reports of North Korean Troops in Ukraine",
        outlet="Korea Bizwire",
        author="M. H. Lee",
        dateline_place="SEOUL",
        dateline_date="Oct. 17",
    )
    return ArticleExtraction(meta=meta, claims=claims, hedges=doc_hedges)


def simple_document(
    source_id: str, text: str, *, outlet: str | None = None, published: str | None = None
) -> SourceDocument:
    return SourceDocument(
        source_id=source_id,
        text=text,
        format="jsonl",
        origin=f"{source_id}:1",
        outlet=outlet,
        published=published,
    )


def one_quote(
    text: str,
    quote: str,
    name: str | None,
    mention: str | None = None,
    kind: SpeakerKind = "person",
    hedges: list[tuple[str, HedgeCategory]] = (),  # type: ignore[assignment]
    claim_kind: ClaimKind = "direct",
) -> ArticleExtraction:
    """An extraction with one claim by `name` (mentioned as `mention`), for filter tests."""
    speaker = None
    if name is not None:
        speaker = make_speaker(text, name, mention or name, kind)
    claim = make_claim(text, quote, speaker, kind=claim_kind, hedges=hedges)
    return ArticleExtraction(meta=ArticleMeta(), claims=[claim], hedges=list(claim.hedges))
