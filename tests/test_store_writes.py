"""Storing articles: metadata precedence, speakers and aliases, hedges, idempotence, atomicity."""

from __future__ import annotations

import multiprocessing
from dataclasses import replace

import pytest
from sqlalchemy import Engine, func, select, text
from sqlmodel import Session
from store_support import (
    one_quote,
    seed_document,
    seed_extraction,
    simple_document,
)

from factdb.extract.types import ArticleExtraction, Span
from factdb.readers.types import SourceDocument
from factdb.store.db import open_engine
from factdb.store.models import Article, Claim, Hedge, Outlet, Speaker, SpeakerAlias
from factdb.store.queries import ClaimFilter, find_claims
from factdb.store.writes import (
    BULK_ALIAS_MIN,
    BULK_FTS_MIN,
    FailedArticle,
    InvalidExtraction,
    StoredArticle,
    store_article,
    store_articles,
)

VERSION = "test-1"

pytest_plugins = ["store_support"]  # the backend-parametrised engine fixtures


def _count(session: Session, model: type) -> int:
    return session.execute(select(func.count()).select_from(model)).scalar_one()


def _store_seed(engine: Engine, **doc_fields: str | None) -> StoredArticle:
    doc = seed_document(**doc_fields)
    with Session(engine) as session:
        return store_article(session, doc, seed_extraction(doc.text), extractor_version=VERSION)


def test_seed_article_is_stored_whole(engine: Engine) -> None:
    stored = _store_seed(engine)
    assert stored.new and stored.claims == 5 and stored.existing_reason is None
    with Session(engine) as session:
        article = session.get(Article, stored.article_id)
        assert article is not None
        assert article.title.startswith("South Korea and U.S. Express Concern")
        assert article.author == "M. H. Lee"
        assert article.dateline == "SEOUL, Oct. 17"
        assert session.get(Outlet, article.outlet_id).name == "Korea Bizwire"
        claims = session.execute(select(Claim).order_by(Claim.start)).scalars().all()
        for claim in claims:  # every span leads back to its place in the text
            assert article.text[claim.start : claim.end] == claim.text
            assert article.text[claim.context_start : claim.context_end] == claim.context
            assert article.text[claim.cue_start : claim.cue_end] == claim.cue
            assert article.text[claim.speaker_start : claim.speaker_end] == claim.speaker_mention
        hedges = session.execute(select(Hedge)).scalars().all()
        for hedge in hedges:
            assert article.text[hedge.start : hedge.end] == hedge.text


def test_metadata_given_with_the_document_wins(engine: Engine) -> None:
    stored = _store_seed(
        engine, outlet="Yonhap", title="Given title", published="2024-10-17", url="https://x/1"
    )
    with Session(engine) as session:
        article = session.get(Article, stored.article_id)
        assert (article.title, article.published, article.url) == (
            "Given title",
            "2024-10-17",
            "https://x/1",
        )
        assert session.get(Outlet, article.outlet_id).name == "Yonhap"
        assert article.author == "M. H. Lee"  # not given: the engine's reading stays


def test_speakers_aliases_roles(engine: Engine) -> None:
    _store_seed(engine)
    with Session(engine) as session:
        speakers = {s.name: s for s in session.execute(select(Speaker)).scalars()}
        assert set(speakers) == {
            "South Korea's Defense Ministry",
            "A South Korean Foreign Ministry official",
            "John Kirby",
            "Ukrainian media outlets",
        }
        kirby = speakers["John Kirby"]
        assert (kirby.kind, kirby.organization) == ("person", "White House")
        assert kirby.role.startswith("National Security Council")
        aliases = session.execute(
            select(SpeakerAlias.alias).where(SpeakerAlias.speaker_id == kirby.id)
        ).scalars()
        assert sorted(aliases) == ["John Kirby", "Kirby"]
        official = speakers["A South Korean Foreign Ministry official"]
        official_aliases = session.execute(
            select(SpeakerAlias.key).where(SpeakerAlias.speaker_id == official.id)
        ).scalars()
        assert list(official_aliases) == [
            "south korean foreign ministry official"
        ]  # not "official"
        assert _count(session, Claim) == 5


def test_hedges_on_claims_and_document_level(engine: Engine) -> None:
    _store_seed(engine)
    with Session(engine) as session:
        rows = session.execute(select(Hedge.text, Hedge.claim_id).order_by(Hedge.start)).all()
        on_claims = sorted(t for t, cid in rows if cid is not None)
        loose = [t for t, cid in rows if cid is None]
        assert on_claims == ["about", "cannot independently confirm", "if true", "possibility"]
        assert loose == ["reports suggesting"]  # stored once, qualifying no claim
        hedged = session.execute(select(Claim.text).where(Claim.hedged)).scalars().all()
        assert len(hedged) == 3


def test_same_content_twice_stores_nothing(engine: Engine) -> None:
    first = _store_seed(engine)
    again = _store_seed(engine, source_id="elsewhere/copy.txt")
    assert again == StoredArticle(
        first.article_id, False, 0, f"same content as article {first.article_id}"
    )
    with Session(engine) as session:
        assert (_count(session, Article), _count(session, Claim), _count(session, Speaker)) == (
            1,
            5,
            4,
        )


def test_same_url_twice_stores_nothing(engine: Engine) -> None:
    with Session(engine) as session:
        first = store_article(
            session,
            replace(simple_document("a", "Version one."), url="https://n/1"),
            one_quote("Version one.", "one", None),
            extractor_version=VERSION,
        )
        second = store_article(
            session,
            replace(simple_document("b", "Version two, edited."), url="https://n/1"),
            one_quote("Version two, edited.", "two", None),
            extractor_version=VERSION,
        )
    assert second.new is False
    assert second.existing_reason == f"same URL as article {first.article_id}"


def test_failure_rolls_back_the_whole_article(engine: Engine) -> None:
    doc = seed_document()
    extraction = seed_extraction(doc.text)
    extraction.claims[-1].kind = None  # type: ignore[assignment]  # NOT NULL: fails after inserts
    with Session(engine) as session, pytest.raises(Exception, match="(?i)null"):
        store_article(session, doc, extraction, extractor_version=VERSION)
    with Session(engine) as session:
        for model in (Article, Claim, Speaker, SpeakerAlias, Hedge, Outlet):
            assert _count(session, model) == 0, model.__name__
    assert _store_seed(engine).new  # and the database is still usable


def test_offsets_outside_the_text_are_refused(engine: Engine) -> None:
    doc = seed_document()
    extraction = seed_extraction(doc.text)
    extraction.claims[0].cue = Span("stated", len(doc.text), len(doc.text) + 6)
    with Session(engine) as session, pytest.raises(InvalidExtraction, match="claim 1 cue"):
        store_article(session, doc, extraction, extractor_version=VERSION)
    with Session(engine) as session:
        assert _count(session, Article) == 0


@pytest.mark.parametrize(
    ("name", "mention", "kind"),
    [
        ("unknown", "they", "unknown"),
        ("He", "He", "person"),  # the engine must never name a pronoun; storage refuses too
        ("unknown", "the spokesman", "person"),
    ],
)
def test_unattributed_claims_keep_mention_without_speaker(
    engine: Engine,
    name: str,
    mention: str,
    kind: str,
) -> None:
    text = f'"We will not comment," {mention} said. He the spokesman they'
    extraction = one_quote(text, "We will not comment,", name, mention, kind)  # type: ignore[arg-type]
    with Session(engine) as session:
        store_article(session, simple_document("u", text), extraction, extractor_version=VERSION)
        claim = session.execute(select(Claim)).scalar_one()
        assert claim.speaker_id is None and claim.speaker_mention == mention
        assert _count(session, Speaker) == 0


def test_anonymous_sources_are_not_merged_across_articles(engine: Engine) -> None:
    texts = ['"No deal," a senior official said.', '"Deal is close," a senior official said.']
    with Session(engine) as session:
        for n, t in enumerate(texts):
            quote = t.split('"')[1]
            store_article(
                session,
                simple_document(f"a{n}", t),
                one_quote(t, quote, "a senior official", kind="anonymous"),
                extractor_version=VERSION,
            )
        assert _count(session, Speaker) == 2


def test_named_speaker_is_shared_and_role_filled_later(engine: Engine) -> None:
    texts = ['"Yes," John Kirby said.', '"No," said John Kirby, the spokesman.']
    with Session(engine) as session:
        for n, t in enumerate(texts):
            extraction = one_quote(t, t.split('"')[1], "John Kirby")
            if n:
                extraction.claims[0].speaker.role = "spokesman"  # type: ignore[union-attr]
            store_article(
                session, simple_document(f"k{n}", t), extraction, extractor_version=VERSION
            )
        speaker = session.execute(select(Speaker)).scalar_one()
        assert speaker.role == "spokesman"
        assert session.execute(select(func.count(func.distinct(Claim.speaker_id)))).scalar() == 1


def test_batch_store_reports_failures_and_repeats(engine: Engine) -> None:
    good = simple_document("g", '"Fine," Ann Lee said.', outlet="BBC News")
    bad_doc = simple_document("b", '"Broken," Ann Lee said.')
    bad = one_quote(bad_doc.text, "Broken,", "Ann Lee")
    bad.claims[0].end = 999
    items = [
        (good, one_quote(good.text, "Fine,", "Ann Lee")),
        (bad_doc, bad),
        (replace(good, source_id="g2"), one_quote(good.text, "Fine,", "Ann Lee")),
    ]
    results = store_articles(engine, items, extractor_version=VERSION)
    assert isinstance(results[0], StoredArticle) and results[0].new
    assert isinstance(results[1], FailedArticle) and "999" in results[1].error
    assert results[2] == StoredArticle(
        results[0].article_id, False, 0, f"same content as article {results[0].article_id}"
    )
    again = store_articles(engine, items[:1], extractor_version=VERSION)
    assert again[0].new is False  # type: ignore[union-attr]


def test_batch_isolates_an_article_the_database_rejects(engine: Engine) -> None:
    docs = [simple_document(f"d{n}", f'"Line {n}," Ann Lee said.') for n in range(3)]
    items = [(d, one_quote(d.text, d.text.split('"')[1], "Ann Lee")) for d in docs]
    items[1][1].claims[0].kind = None  # type: ignore[assignment]  # NOT NULL
    results = store_articles(engine, items, extractor_version=VERSION)
    assert [type(r).__name__ for r in results] == [
        "StoredArticle",
        "FailedArticle",
        "StoredArticle",
    ]
    assert "rejected by the database" in results[1].error  # type: ignore[union-attr]
    with Session(engine) as session:
        assert (_count(session, Article), _count(session, Claim)) == (2, 2)


def test_large_batch_is_indexed_for_search(engine: Engine) -> None:
    """Past BULK_FTS_MIN claims, SQLite indexes the batch in one statement: same result."""
    sentence = '"Prices will {} again," said Mary Jones, the economist.'
    docs = [simple_document(f"p{n}", sentence.format(f"rise{n}")) for n in range(BULK_FTS_MIN + 6)]
    items = [(d, one_quote(d.text, d.text.split('"')[1], "Mary Jones")) for d in docs]
    store_articles(engine, items, extractor_version=VERSION)
    later = simple_document("late", '"Prices will fall," said Mary Jones.')
    with Session(engine) as session:  # a single article after it still goes through the trigger
        store_article(
            session,
            later,
            one_quote(later.text, "Prices will fall,", "Mary Jones"),
            extractor_version=VERSION,
        )
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(
                text("INSERT INTO claim_fts(claim_fts, rank) VALUES ('integrity-check', 1)")
            )
            assert conn.execute(text("SELECT count(*) FROM _factdb_fts_paused")).scalar() == 0
            analyzed = "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'claim'"
            assert conn.execute(text(analyzed)).scalar() > 0  # planner statistics refreshed
    with Session(engine) as session:
        assert (
            len(find_claims(session, ClaimFilter(topic="economist prices", limit=1000)))
            == BULK_FTS_MIN + 6
        )
        assert len(find_claims(session, ClaimFilter(topic="rise3"))) == 1
        assert len(find_claims(session, ClaimFilter(topic="fall"))) == 1


def test_bulk_batches_index_as_the_row_triggers_do(engine: Engine) -> None:
    """A batch past BULK_ALIAS_MIN speakers and BULK_FTS_MIN claims does the triggers' work in
    bulk (on SQLite, with the triggers dropped inside its transaction): the word index, the
    search index and the triggers themselves end as row-by-row writes leave them, also after
    a batch the database refused and rolled back."""
    count = max(BULK_ALIAS_MIN, BULK_FTS_MIN) + 6
    names = [f"Mary Smith{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(count)]

    def batch(verb: str) -> list[tuple[SourceDocument, ArticleExtraction]]:
        docs = [
            simple_document(f"{verb}{n}", f'"Rates {verb}{n}," said {name}.')
            for n, name in enumerate(names)
        ]
        return [
            (d, one_quote(d.text, d.text.split('"')[1], n))
            for d, n in zip(docs, names, strict=True)
        ]

    refused, items = batch("dip"), batch("rise")
    refused[3][1].claims[0].kind = None  # type: ignore[assignment]  # NOT NULL: batch refused
    results = store_articles(engine, refused, extractor_version=VERSION)
    assert sum(isinstance(r, FailedArticle) for r in results) == 1
    store_articles(engine, items, extractor_version=VERSION)
    late = simple_document("late", '"Rates fall," said Ann Lee.')
    with Session(engine) as session:  # one article after them still goes through the triggers
        store_article(
            session, late, one_quote(late.text, "Rates fall,", "Ann Lee"), extractor_version=VERSION
        )
    with engine.connect() as conn:
        aliases = conn.execute(text("SELECT id, key FROM speaker_alias")).all()
        words = {(w, alias_id) for alias_id, key in aliases for w in key.split(" ") if w}
        assert set(conn.execute(text("SELECT word, alias_id FROM speaker_word")).all()) == words
        vocabulary = set(conn.execute(text("SELECT word, length FROM speaker_vocabulary")).all())
        assert vocabulary == {(w, len(w)) for w, _ in words}
        assert {"ann", "lee", "mary", "smithaa"} <= {w for w, _ in vocabulary}
        if engine.dialect.name == "sqlite":
            triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            assert {"claim_fts_insert", "speaker_word_insert"} <= set(
                conn.execute(text(triggers)).scalars()
            )
            conn.execute(
                text("INSERT INTO claim_fts(claim_fts, rank) VALUES ('integrity-check', 1)")
            )
    with Session(engine) as session:
        assert len(find_claims(session, ClaimFilter(topic="rates", limit=1000))) == 2 * count
        assert len(find_claims(session, ClaimFilter(topic="fall"))) == 1
        assert len(find_claims(session, ClaimFilter(speaker="Mary Smithab"))) == 2


def _store_in_process(url: str) -> tuple[bool, int]:
    doc = seed_document()
    eng = open_engine(url)
    with Session(eng) as session:
        stored = store_article(session, doc, seed_extraction(doc.text), extractor_version=VERSION)
    eng.dispose()
    return stored.new, stored.article_id


def test_two_processes_storing_the_same_article(store_url: str) -> None:
    open_engine(store_url).dispose()  # migrate once; the race under test is the insert
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(4) as pool:
        results = pool.starmap(_store_in_process, [(store_url,)] * 4)
    assert sorted(new for new, _ in results) == [False, False, False, True]
    assert len({aid for _, aid in results}) == 1
    eng = open_engine(store_url)
    with Session(eng) as session:
        assert (_count(session, Article), _count(session, Claim)) == (1, 5)
    eng.dispose()


def test_fts_follows_claim_deletes(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL indexes the expression; nothing to keep in sync")
    _store_seed(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM hedge"))
        conn.execute(text("DELETE FROM claim WHERE text LIKE 'growing%'"))
        conn.execute(text("INSERT INTO claim_fts(claim_fts, rank) VALUES ('integrity-check', 1)"))
        hits = conn.execute(
            text("SELECT count(*) FROM claim_fts WHERE claim_fts MATCH 'deepening'")
        )
        assert hits.scalar() == 0
        conn.execute(
            text(
                "UPDATE claim SET text = 'rewritten', quote = 'rewritten', context = 'rewritten' "
                "WHERE text LIKE 'Any%'"
            )
        )
        match = "SELECT count(*) FROM claim_fts WHERE claim_fts MATCH :q"
        assert conn.execute(text(match), {"q": "rewritten"}).scalar() == 1
        assert conn.execute(text(match), {"q": "sanctions"}).scalar() == 0
