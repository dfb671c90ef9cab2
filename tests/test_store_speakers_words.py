"""The indexes behind fast `--speaker` and `--topic` (m005): kept in step, and never a changed answer.

`speaker_word`/`speaker_vocabulary` are filled by triggers on `speaker_alias`, and on
PostgreSQL `claim_search` by triggers on `claim`, so these tests write through plain SQL and
the store's own writer alike and check the indexes follow; the query tests pin that the
faster query shapes return the rows, in the order, the plain ones did.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz
from sqlalchemy import Engine, func, text
from sqlmodel import Session
from store_support import one_quote, simple_document

from factdb.store import search, speaker_page, speakers
from factdb.store.db import open_engine
from factdb.store.migrations import MIGRATIONS, SQLITE_CLAIM_ORDER_INDEX, migrate
from factdb.store.models import Speaker, SpeakerAlias
from factdb.store.queries import ClaimFilter, find_claims, list_speakers
from factdb.store.writes import store_article

pytest_plugins = ["store_support"]  # the backend-parametrised engine fixtures

# (source_id, published, text, quote, speaker): same-day ties and an undated article, so the
# order's every tie-breaker is exercised.
ARTICLES = [
    (
        "a1",
        "2024-10-18",
        '"We will talk," Seo-yeon P. Kim said.',
        "We will talk,",
        "Seo-yeon P. Kim",
    ),
    ("a2", "2024-10-18", '"Not yet," Seo-yeon Park said.', "Not yet,", "Seo-yeon Park"),
    ("a3", "2024-10-20", '"Talks resume," Min-jun P. Kim said.', "Talks resume,", "Min-jun P. Kim"),
    ("a4", None, '"Never," Seo-yeon P. Kim said.', "Never,", "Seo-yeon P. Kim"),
    ("a5", "2024-10-18", '"Maybe," Min-jun Park said.', "Maybe,", "Min-jun Park"),
    ("a6", "2024-10-17", '"Soon," Seo-yeon P. Kim said.', "Soon,", "Seo-yeon P. Kim"),
]


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    _store_articles(engine)
    return engine


def _store_articles(engine: Engine) -> None:
    with Session(engine) as session:
        for sid, published, body, quote, name in ARTICLES:
            store_article(
                session,
                simple_document(sid, body, outlet="Yonhap", published=published),
                one_quote(body, quote, name),
                extractor_version="t",
            )


def _words(engine: Engine) -> set[tuple[str, str]]:
    """(word, alias key) pairs as the index holds them."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT w.word, a.key FROM speaker_word w JOIN speaker_alias a ON a.id = w.alias_id"
            )
        )
        return {(word, key) for word, key in rows}


def _expected_words(engine: Engine) -> set[tuple[str, str]]:
    with engine.connect() as conn:
        keys = conn.execute(text("SELECT key FROM speaker_alias")).scalars()
        return {(word, key) for key in keys for word in key.split()}


def _order(engine: Engine, **criteria: object) -> list[str]:
    with Session(engine) as session:
        found = find_claims(session, ClaimFilter(**criteria))  # type: ignore[arg-type]
    return [c.article_id for c in found]


def test_alias_words_follow_inserts_updates_and_deletes(seeded: Engine) -> None:
    assert _words(seeded) == _expected_words(seeded)
    assert ("seo", "seo yeon p kim") in _words(seeded)
    with seeded.begin() as conn:
        conn.execute(text("UPDATE speaker_alias SET key = 'sy p kim' WHERE key = 'seo yeon p kim'"))
        conn.execute(text("DELETE FROM speaker_alias WHERE key = 'min jun park'"))
    assert _words(seeded) == _expected_words(seeded)
    assert not any(key == "min jun park" for _, key in _words(seeded))
    with seeded.connect() as conn:
        vocabulary = set(conn.execute(text("SELECT word FROM speaker_vocabulary")).scalars())
        lengths = set(conn.execute(text("SELECT word, length FROM speaker_vocabulary")).all())
    assert {"sy", "seo", "kim"} <= vocabulary
    assert all(len(word) == length for word, length in lengths)


def test_migration_indexes_aliases_and_claims_already_stored(store_url: str) -> None:
    eng = open_engine(store_url)  # at head; taken back below to a database from before m005
    undone = ["m005_query_speed"]  # and the later ones that change what m005 made
    if eng.dialect.name == "postgresql":
        undone += ["m007_pg_search_edits_only", "m009_pg_page_order"]
    with eng.begin() as conn:
        for statement in _undo_m005(eng.dialect.name):
            conn.exec_driver_sql(statement)
        for name in undone:
            conn.execute(text("DELETE FROM _factdb_migrations WHERE name = :n"), {"n": name})
    _store_articles(eng)
    assert migrate(eng, MIGRATIONS) == undone
    assert _words(eng) == _expected_words(eng)
    assert _order(eng, speaker="Seo-yeon P. Kim") == ["a1", "a6", "a4"]
    assert _order(eng, topic="talks") == ["a3", "a1"]
    eng.dispose()


def _undo_m005(dialect: str) -> list[str]:
    """What m005 added (and m007 and m009 changed), dropped again: an m004 database's schema."""
    common = [
        "DROP TABLE speaker_word",
        "DROP TABLE speaker_vocabulary",
        "DROP INDEX ix_article_published_order",
    ]
    if dialect == "sqlite":
        triggers = ("speaker_word_insert", "speaker_word_delete", "speaker_word_update")
        return [*(f"DROP TRIGGER {t}" for t in triggers), *common]
    return [
        "DROP TRIGGER speaker_word_sync ON speaker_alias",
        "DROP FUNCTION speaker_word_sync()",
        "DROP TRIGGER claim_search_insert ON claim",
        "DROP TRIGGER claim_search_edit ON claim",
        "DROP FUNCTION claim_search_sync()",
        "DROP FUNCTION claim_search_edit()",
        "DROP TRIGGER claim_search_redate ON article",
        "DROP FUNCTION claim_search_redate()",
        "DROP INDEX ix_claim_speaker_order",
        "DROP INDEX ix_article_id_published",
        "DROP TABLE claim_search",
        "CREATE INDEX ix_claim_fts ON claim USING GIN "
        "(to_tsvector('english', text || ' ' || context))",
        *common,
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # every typed word in one alias, however common each word is on its own
        ("Seo-yeon P. Kim", ["a1", "a6", "a4"]),
        ("seo yeon kim", ["a1", "a6", "a4"]),
        ("P. Kim", ["a3", "a1", "a6", "a4"]),
        ("Park", ["a2", "a5"]),
        ("Seo-yeon", ["a1", "a2", "a6", "a4"]),
        ("Min-jun Park", ["a5"]),
        ("Seo-yeon P. Kimm", ["a1", "a6", "a4"]),  # a typo in one word, the others exact
        ("Min-jun Kim Park", []),
    ],
)
@pytest.mark.parametrize("listed", [1000, 0], ids=["listed", "subquery"])
def test_speaker_claims_in_order_whether_ids_are_listed_or_a_subquery(
    seeded: Engine, monkeypatch: pytest.MonkeyPatch, name: str, expected: list[str], listed: int
) -> None:
    monkeypatch.setattr(speakers, "MAX_LISTED_ALIASES", listed)
    monkeypatch.setattr(speakers, "MAX_LISTED_SPEAKERS", listed)
    assert _order(seeded, speaker=name) == expected


def test_speaker_listing_narrows_the_same_way(seeded: Engine) -> None:
    with Session(seeded) as session:
        found = list_speakers(session, name="P. Kim")
    assert sorted(s.name for s in found) == ["Min-jun P. Kim", "Seo-yeon P. Kim"]


def test_order_is_the_same_with_and_without_a_speaker(seeded: Engine) -> None:
    everyone = _order(seeded)
    assert everyone == ["a3", "a1", "a2", "a5", "a6", "a4"]
    assert _order(seeded, speaker="Seo-yeon") == [
        a for a in everyone if a in {"a1", "a2", "a4", "a6"}
    ]


def test_topic_search_follows_claim_edits_and_deletes(seeded: Engine) -> None:
    assert _order(seeded, topic="talk") == ["a3", "a1"]
    with seeded.begin() as conn:
        conn.execute(
            text(
                "UPDATE claim SET text = 'No comment', quote = 'No comment', "
                "context = 'No comment, he said.' WHERE text = 'Talks resume,'"
            )
        )
    assert _order(seeded, topic="talk") == ["a1"]
    assert _order(seeded, topic="comment") == ["a3"]
    with seeded.begin() as conn:
        conn.execute(text("DELETE FROM hedge"))
        conn.execute(text("DELETE FROM claim WHERE text = 'No comment'"))
    assert _order(seeded, topic="comment") == []


def test_aliases_added_later_are_found(seeded: Engine) -> None:
    with Session(seeded) as session:
        speaker = Speaker(name="Jang Won-sam", key="jang won sam", kind="person")
        session.add(speaker)
        session.flush()
        session.add(SpeakerAlias(speaker_id=speaker.id, alias="Won-sam", key="won sam"))
        session.commit()
        assert speakers.speaker_ids(session, "Wonsam Jang") == []
        assert speakers.speaker_ids(session, "won-sam") == [speaker.id]
        assert speakers.speaker_ids(session, "Won Samm") == [speaker.id]


@given(st.text(alphabet="abcdefghij", min_size=1, max_size=14), st.text("abcdefghij", max_size=24))
def test_length_band_never_drops_a_word_within_a_typo(term: str, word: str) -> None:
    shortest, longest = speakers._length_band(len(term))
    if fuzz.ratio(term, word) >= speakers.TYPO_CUTOFF:
        assert shortest <= len(word) <= longest


@pytest.mark.parametrize("dense", [1, 60_000], ids=["walk", "ordered-matches"])
@pytest.mark.parametrize(("topic", "limit"), [("said", 100), ("said", 2), ("talk", 1), ("x", 5)])
def test_topic_page_is_the_general_query_s_page(
    seeded: Engine, monkeypatch: pytest.MonkeyPatch, dense: int, topic: str, limit: int
) -> None:
    """A topic-only page (search.py's own path) equals the same filter through the general one."""
    monkeypatch.setattr(search, "DENSE_MATCHES", dense)  # SQLite's choice of the two ways
    monkeypatch.setattr(search, "_walk_pays", lambda *_: dense == 1)  # PostgreSQL's
    general = _order(seeded, topic=topic, limit=0)[:limit]  # limit 0 takes the general path
    assert _order(seeded, topic=topic, limit=limit) == general
    assert _order(seeded, topic="said", limit=100) == ["a3", "a1", "a2", "a5", "a6", "a4"]


def test_topic_page_follows_edited_dates_offsets_and_hand_logged_claims(seeded: Engine) -> None:
    """PostgreSQL copies each claim's sort key into `claim_search` (m009); edits must follow.

    An undated article gets a date and a dated one loses it, a claim moves to another article
    ahead of its quote, and a claim logged by hand (no article) sorts with the undated.
    """
    with seeded.begin() as conn:
        conn.execute(text("UPDATE article SET published = '2024-10-19' WHERE source_id = 'a4'"))
        conn.execute(text("UPDATE article SET published = NULL WHERE source_id = 'a3'"))
        conn.execute(
            text(
                "UPDATE claim SET start = 0, article_id = "
                "(SELECT id FROM article WHERE source_id = 'a1') WHERE text = 'Maybe,'"
            )
        )
        conn.execute(
            text(
                'INSERT INTO claim (text, start, "end", kind, hedged, confidence, rule, context,'
                " context_start, context_end, extractor_version) VALUES ('We said so', 0, 10,"
                " 'direct', false, 0.9, 'test', 'We said so.', 0, 11, 't')"
            )
        )
    undated = [("a3", "Talks resume,"), (None, "We said so")]  # article id: NULL last on PG
    expected = [
        ("a4", "Never,"),
        ("a1", "Maybe,"),
        ("a1", "We will talk,"),
        ("a2", "Not yet,"),
        ("a6", "Soon,"),
        *(undated if seeded.dialect.name == "postgresql" else undated[::-1]),
    ]
    with Session(seeded) as session:
        general = find_claims(session, ClaimFilter(topic="said", limit=0))
        page = find_claims(session, ClaimFilter(topic="said"))
    assert [(c.article_id, c.text) for c in general] == expected
    assert [(c.article_id, c.text) for c in page] == expected
    if seeded.dialect.name == "postgresql":
        with seeded.connect() as conn:
            stored = conn.execute(
                text("SELECT claim_id, published, article_id, start FROM claim_search")
            ).all()
            wanted = conn.execute(
                text(
                    "SELECT claim.id, article.published, claim.article_id, claim.start FROM claim"
                    " LEFT JOIN article ON article.id = claim.article_id"
                )
            ).all()
        assert sorted(stored) == sorted(wanted)


def test_topic_page_without_the_narrow_claim_index(seeded: Engine) -> None:
    """m006 leaves a damaged claim table unindexed; the search is then slower, not wrong."""
    if seeded.dialect.name != "sqlite":
        pytest.skip("SQLite's own topic path")
    with seeded.begin() as conn:
        conn.exec_driver_sql(f"DROP INDEX {SQLITE_CLAIM_ORDER_INDEX}")
    assert _order(seeded, topic="said", limit=3) == ["a3", "a1", "a2"]


def test_moving_claims_to_another_speaker_leaves_their_search_rows_alone(seeded: Engine) -> None:
    """A speaker merge rewrites speaker_id on many claims; their words did not change."""
    if seeded.dialect.name != "postgresql":
        pytest.skip("claim_search is PostgreSQL's")
    versions = "SELECT claim_id, xmin::text FROM claim_search ORDER BY claim_id"
    with seeded.begin() as conn:
        before = conn.execute(text(versions)).all()
        conn.execute(text("UPDATE claim SET speaker_id = (SELECT min(id) FROM speaker)"))
    with seeded.connect() as conn:
        assert conn.execute(text(versions)).all() == before


def test_postgresql_walks_for_a_common_word_and_sorts_a_rare_one(seeded: Engine) -> None:
    """The planner's estimate decides; with the seed's six claims every word is common."""
    if seeded.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's choice")
    with seeded.begin() as conn:
        conn.exec_driver_sql("ANALYZE claim_search")
    with Session(seeded) as session:
        said = search._claim_search.c.search.bool_op("@@")(func.plainto_tsquery("english", "said"))
        assert search._walk_pays(session, said, 1)
        assert not search._walk_pays(session, said, 1000)


SPEAKER_WAYS = {  # (FEW_MATCHES, WALK_COST_RATIO, WALK_SPAN): which way speaker_page takes
    "read-whole": (1000, 3, 3),
    "narrow-sort": (0, 1e-9, 3),  # the walk never pays
    "walk": (0, 1e9, 3),  # the walk always pays
    "walk-cut-short": (0, 1e9, 0),  # the walk stops at the newest date and leaves it to the sort
}


@pytest.mark.parametrize("way", SPEAKER_WAYS)
@pytest.mark.parametrize(
    ("name", "limit"), [("Seo-yeon", 2), ("Seo-yeon", 3), ("Seo-yeon", 10), ("Kim", 1), ("x", 5)]
)
def test_speaker_page_is_the_general_query_s_page(
    seeded: Engine, monkeypatch: pytest.MonkeyPatch, way: str, name: str, limit: int
) -> None:
    """Every way to a speaker's page (speaker_page.py, SQLite) gives the general query's page.

    A hand-logged claim by Seo-yeon P. Kim (no article) sorts with the undated, after a4.
    """
    with seeded.begin() as conn:
        conn.execute(
            text(
                'INSERT INTO claim (text, start, "end", kind, hedged, confidence, rule, context,'
                " context_start, context_end, extractor_version, speaker_id) VALUES ('Later', 0,"
                " 5, 'direct', false, 0.9, 'test', 'Later, she said.', 0, 16, 't',"
                " (SELECT id FROM speaker WHERE name = 'Seo-yeon P. Kim'))"
            )
        )
    few, ratio, span = SPEAKER_WAYS[way]
    monkeypatch.setattr(speaker_page, "FEW_MATCHES", few)
    monkeypatch.setattr(speaker_page, "WALK_COST_RATIO", ratio)
    monkeypatch.setattr(speaker_page, "WALK_SPAN", span)
    walked = _spy(monkeypatch, "_walk")
    sorted_ = _spy(monkeypatch, "_sorted_matches")
    with Session(seeded) as session:
        general = find_claims(session, ClaimFilter(speaker=name, limit=0))[:limit]
        page = find_claims(session, ClaimFilter(speaker=name, limit=limit))
    assert [c.claim_id for c in page] == [c.claim_id for c in general]
    if seeded.dialect.name == "sqlite" and len(general) > limit:
        assert (walked, sorted_) == {
            "read-whole": ([], []),
            "narrow-sort": ([], [True]),
            "walk": ([True], []),
            "walk-cut-short": ([True], [True]),
        }[way]


def _spy(monkeypatch: pytest.MonkeyPatch, name: str) -> list[bool]:
    """Records each call of speaker_page's `name`, which still runs."""
    calls: list[bool] = []
    real = getattr(speaker_page, name)

    def recorded(*args: object) -> object:
        calls.append(True)
        return real(*args)

    monkeypatch.setattr(speaker_page, name, recorded)
    return calls


def test_speaker_page_without_the_narrow_claim_index(seeded: Engine) -> None:
    """A claim table m006 could not index: the speakers' claims are read whole, still right."""
    if seeded.dialect.name != "sqlite":
        pytest.skip("SQLite's own speaker path")
    with seeded.begin() as conn:
        conn.exec_driver_sql(f"DROP INDEX {SQLITE_CLAIM_ORDER_INDEX}")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(speaker_page, "FEW_MATCHES", 0)
        patch.setattr(speaker_page, "WALK_COST_RATIO", 1e-9)
        assert _order(seeded, speaker="Seo-yeon", limit=3) == ["a1", "a2", "a6"]
