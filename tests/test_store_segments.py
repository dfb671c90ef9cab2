"""A quotation its frame interrupts is stored in pieces and shown, matched and searched as the
speaker's words, never with the reporter's "said Caddell" between them.

The passage is from PolNeAR dev (Breitbart, 2016-09-15, "Pat Caddell: Democrat voters
worried"); the claim is built by hand from its offsets (store_support), so these tests pin the
storage contract, not the engine. The second outlet's one-piece version is invented, as another
outlet would print the same words.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session
from store_support import (
    engine,
    make_claim,
    make_speaker,
    simple_document,
    span,
    store_url,  # noqa: F401
)
from typer.testing import CliRunner

from factdb.cli import app
from factdb.extract.types import ArticleExtraction, ArticleMeta
from factdb.store.matching import cluster_of, forget_index, match_new_claims
from factdb.store.queries import ClaimFilter, find_claims, get_claim
from factdb.store.workflow_topics import claim_topics, ensure_topics
from factdb.store.writes import store_article

__all__ = ["engine"]

FIRST = "This is in their heads. This is in their consciousness"
SECOND = "It is one of the things worrying them."
FRAME = "said Caddell, speaking of\xa0Clinton\u2019s health issue"
POLNEAR = (  # PolNeAR dev, Breitbart 2016-09-15
    f"Pat Caddell spoke on Thursday.\n\n\u201c{FIRST},\u201d {FRAME}. \u201c{SECOND}\u201d"
)
WORDS = f"{FIRST} \u2026 {SECOND}"
ONE_PIECE = (
    "This is in their heads. This is in their consciousness. It is one of the things worrying them."
)


def split_extraction(doc: str) -> ArticleExtraction:
    """The Caddell quotation: one claim from its first word to its last, in two pieces."""
    speaker = make_speaker(doc, "Pat Caddell", "Caddell", after=doc.index(FRAME))
    first, second = span(doc, FIRST), span(doc, SECOND)
    claim = make_claim(doc, doc[first[0] : second[1]], speaker, cue="said")
    claim.segments = [first, second]
    claim.rule = "direct:split"
    return ArticleExtraction(ArticleMeta(), [claim], [])


def store_split(session: Session) -> int:
    doc = simple_document("breitbart-caddell", POLNEAR, outlet="Breitbart", published="2016-09-15")
    store_article(session, doc, split_extraction(POLNEAR), extractor_version="t")
    (view,) = find_claims(session, ClaimFilter(article="breitbart-caddell"))
    return view.claim_id


def test_pieces_and_words_round_trip(engine: Engine) -> None:  # noqa: F811
    with Session(engine) as session:
        claim_id = store_split(session)
        view = get_claim(session, claim_id)
    assert view is not None
    assert view.quote == WORDS
    assert [POLNEAR[s:e] for s, e in view.segments] == [FIRST, SECOND]
    assert POLNEAR[view.start : view.end] == view.text  # the stretch keeps the frame
    assert FRAME in view.text and FRAME not in view.quote
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT segments, quote FROM claim")).one()
    assert json.loads(stored.segments) == [list(s) for s in view.segments]
    assert stored.quote == WORDS


def test_a_claim_in_one_piece_is_its_own_only_piece(engine: Engine) -> None:  # noqa: F811
    doc_text = f"Pat Caddell said: \u201c{ONE_PIECE}\u201d"
    with Session(engine) as session:
        doc = simple_document("other", doc_text, outlet="Wire Two", published="2016-09-16")
        speaker = make_speaker(doc_text, "Pat Caddell", "Pat Caddell")
        extraction = ArticleExtraction(
            ArticleMeta(), [make_claim(doc_text, ONE_PIECE, speaker)], []
        )
        store_article(session, doc, extraction, extractor_version="t")
        (view,) = find_claims(session, ClaimFilter())
    assert view.quote == view.text == ONE_PIECE
    assert view.segments == [(view.start, view.end)]


def test_the_same_words_in_one_piece_elsewhere_match_without_drift(
    engine: Engine,  # noqa: F811
) -> None:
    """Another outlet printing the words without the frame is the same quote, not a cut one."""
    doc_text = f"Pat Caddell said: \u201c{ONE_PIECE}\u201d"
    with Session(engine) as session:
        split_id = store_split(session)
        session.commit()  # end the read transaction: store_article begins its own
        doc = simple_document("wire-two", doc_text, outlet="Wire Two", published="2016-09-16")
        speaker = make_speaker(doc_text, "Pat Caddell", "Pat Caddell")
        extraction = ArticleExtraction(
            ArticleMeta(), [make_claim(doc_text, ONE_PIECE, speaker)], []
        )
        store_article(session, doc, extraction, extractor_version="t")
        match_new_claims(session)
        cluster = cluster_of(session, split_id)
        forget_index(session)
    assert cluster is not None
    assert [c.claim_id for c in cluster.claims][0] == split_id
    later = cluster.claims[1]
    assert later.grade == "exact"
    assert later.drift == []
    assert all(op.tag == "equal" for op in later.diff)


def test_claim_topics_come_from_the_words_not_the_frame(engine: Engine) -> None:  # noqa: F811
    with Session(engine) as session:
        claim_id = store_split(session)
        ensure_topics(session)
        topics = {name.casefold() for name in claim_topics(session, [claim_id])[claim_id]}
    assert topics  # "heads", "consciousness", ... from the speaker's words
    assert not topics & {"caddell", "clinton", "health", "issue"}


def test_sqlite_full_text_index_holds_the_words(engine: Engine) -> None:  # noqa: F811
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL keeps one tsvector of words and sentence; no column to look at")
    with Session(engine) as session:
        store_split(session)
    with engine.connect() as conn:
        hits = "SELECT count(*) FROM claim_fts WHERE claim_fts MATCH :q"
        assert conn.execute(text(hits), {"q": "quote: worrying"}).scalar() == 1
        assert conn.execute(text(hits), {"q": "quote: Caddell"}).scalar() == 0
        assert conn.execute(text(hits), {"q": "context: Caddell"}).scalar() == 1


def test_show_highlights_each_piece_and_not_the_frame(engine: Engine, store_url: str) -> None:  # noqa: F811
    with Session(engine) as session:
        claim_id = store_split(session)
    runner = CliRunner()
    result = runner.invoke(app, ["--db", store_url, "show", str(claim_id), "--format", "table"])
    assert result.exit_code == 0, result.stderr
    first, second = span(POLNEAR, FIRST), span(POLNEAR, SECOND)
    assert f"pieces  {first[0]}-{first[1]}, {second[0]}-{second[1]}" in result.stdout
    assert f"words  {WORDS}" in result.stdout
    assert f"\u201c[[{FIRST}]],\u201d {FRAME}. \u201c[[{SECOND}]]\u201d" in result.stdout
    shown = json.loads(runner.invoke(app, ["--db", store_url, "show", str(claim_id)]).stdout)
    assert shown["segments"] == [list(first), list(second)]
    assert (shown["start"], shown["end"]) == (first[0], second[1])


def test_quotes_json_and_table_show_the_words(engine: Engine, store_url: str) -> None:  # noqa: F811
    with Session(engine) as session:
        store_split(session)
    runner = CliRunner()
    result = runner.invoke(app, ["--db", store_url, "quotes", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    (row,) = json.loads(result.stdout)
    assert row["quote"] == WORDS
    assert [POLNEAR[s:e] for s, e in row["segments"]] == [FIRST, SECOND]
    assert POLNEAR[row["start"] : row["end"]] == row["text"]
    table = runner.invoke(app, ["--db", store_url, "quotes", "--format", "csv"])
    assert WORDS in table.stdout
