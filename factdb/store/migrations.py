"""Schema migrations, llm style: ordered functions, applied once each, recorded in a table.

Each migration is a frozen description of one change, never derived from `models.py`: the
models describe the schema now, a migration describes the schema at the time it was written,
so a database created a year ago still upgrades the same way. To change the schema, append
`m002_...` to `MIGRATIONS` (and update `models.py` to match; a test compares the two).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Connection

from factdb.store.transactions import write_transaction

Migration = Callable[[Connection], None]

MIGRATIONS_TABLE = "_factdb_migrations"
_PG_LOCK_ID = zlib.crc32(b"factdb migrations")  # advisory lock: one migrator per database


def _m001_tables() -> MetaData:
    """The schema as first released (the `models.py` of commit 0209fd0), frozen."""
    md = MetaData()
    Table(
        "outlet",
        md,
        Column("id", Integer, primary_key=True),
        Column("name", String, nullable=False),
        Column("key", String, nullable=False, unique=True),
    )
    Table(
        "article",
        md,
        Column("id", Integer, primary_key=True),
        Column("source_id", String, nullable=False),
        Column("title", String),
        Column("url", String, unique=True),
        Column("outlet_id", Integer, ForeignKey("outlet.id")),
        Column("published", String),
        Column("author", String),
        Column("dateline", String),
        Column("format", String, nullable=False),
        Column("text", String, nullable=False),
        Column("content_hash", String, nullable=False, unique=True),
        Column("extractor_version", String, nullable=False),
        Column("ingested_at", DateTime(timezone=True), nullable=False),
        Index("ix_article_published", "published"),
        Index("ix_article_outlet_id", "outlet_id"),
        Index("ix_article_source_id", "source_id"),
    )
    Table(
        "speaker",
        md,
        Column("id", Integer, primary_key=True),
        Column("name", String, nullable=False),
        Column("key", String, nullable=False, index=True),
        Column("kind", String, nullable=False),
        Column("role", String),
        Column("organization", String),
        UniqueConstraint("key", "kind", name="uq_speaker_key_kind"),
    )
    Table(
        "speaker_alias",
        md,
        Column("id", Integer, primary_key=True),
        Column("speaker_id", Integer, ForeignKey("speaker.id"), nullable=False, index=True),
        Column("alias", String, nullable=False),
        Column("key", String, nullable=False, index=True),
        UniqueConstraint("speaker_id", "key", name="uq_speaker_alias"),
    )
    Table(
        "claim",
        md,
        Column("id", Integer, primary_key=True),
        Column("article_id", Integer, ForeignKey("article.id")),
        Column("speaker_id", Integer, ForeignKey("speaker.id")),
        Column("speaker_mention", String),
        Column("speaker_start", Integer),
        Column("speaker_end", Integer),
        Column("text", String, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("kind", String, nullable=False),
        Column("cue", String),
        Column("cue_start", Integer),
        Column("cue_end", Integer),
        Column("hedged", Boolean, nullable=False),
        Column("confidence", Float, nullable=False),
        Column("rule", String, nullable=False),
        Column("context", String, nullable=False),
        Column("context_start", Integer, nullable=False),
        Column("context_end", Integer, nullable=False),
        Column("said_on", String),
        Column("extractor_version", String, nullable=False),
        Index("ix_claim_article_id", "article_id"),
        Index("ix_claim_speaker_id", "speaker_id"),
        Index("ix_claim_kind", "kind"),
        Index("ix_claim_hedged", "hedged"),
    )
    Table(
        "hedge",
        md,
        Column("id", Integer, primary_key=True),
        Column("article_id", Integer, ForeignKey("article.id")),
        Column("claim_id", Integer, ForeignKey("claim.id")),
        Column("text", String, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("category", String, nullable=False),
        Index("ix_hedge_article_id", "article_id"),
        Index("ix_hedge_claim_id", "claim_id"),
    )
    return md


_SQLITE_FTS = (
    """CREATE VIRTUAL TABLE claim_fts USING fts5(
        text, context, content='claim', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN
        INSERT INTO claim_fts(rowid, text, context) VALUES (new.id, new.text, new.context);
    END""",
    """CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
        INSERT INTO claim_fts(claim_fts, rowid, text, context)
        VALUES ('delete', old.id, old.text, old.context);
    END""",
    """CREATE TRIGGER claim_fts_update AFTER UPDATE OF text, context ON claim BEGIN
        INSERT INTO claim_fts(claim_fts, rowid, text, context)
        VALUES ('delete', old.id, old.text, old.context);
        INSERT INTO claim_fts(rowid, text, context) VALUES (new.id, new.text, new.context);
    END""",
)

# The same expression must appear in queries for PostgreSQL to use the index (see search.py).
PG_CLAIM_TSVECTOR = "to_tsvector('english', text || ' ' || context)"
_PG_FTS = (f"CREATE INDEX ix_claim_fts ON claim USING GIN ({PG_CLAIM_TSVECTOR})",)


def m001_initial(conn: Connection) -> None:
    """Tables for articles, outlets, speakers, claims and hedges, plus claim full-text search."""
    _m001_tables().create_all(conn)
    statements = _SQLITE_FTS if conn.dialect.name == "sqlite" else _PG_FTS
    for statement in statements:
        conn.exec_driver_sql(statement)


def _m002_tables() -> MetaData:
    """The journalist's workflow tables as first released, frozen (see workflow_models.py)."""
    md = MetaData()
    # Referenced tables, named only so the foreign keys resolve; they already exist.
    Table("claim", md, Column("id", Integer, primary_key=True))
    Table("article", md, Column("id", Integer, primary_key=True))
    Table(
        "verification",
        md,
        Column("id", Integer, primary_key=True),
        Column("claim_id", Integer, ForeignKey("claim.id"), nullable=False),
        Column("status", String, nullable=False),
        Column("note", String),
        Column("evidence", JSON, nullable=False),
        Column("checked_by", String),
        Column("checked_at", DateTime, nullable=False),
        Index("ix_verification_claim_id", "claim_id"),
    )
    Table(
        "logged_claim",
        md,
        Column("claim_id", Integer, ForeignKey("claim.id"), primary_key=True),
        Column("source", String),
        Column("url", String),
        Column("note", String),
        Column("logged_at", DateTime, nullable=False),
    )
    Table(
        "claim_tag",
        md,
        Column("id", Integer, primary_key=True),
        Column("claim_id", Integer, ForeignKey("claim.id"), nullable=False),
        Column("tag", String, nullable=False),
        Column("key", String, nullable=False),
        Column("tagged_at", DateTime, nullable=False),
        UniqueConstraint("claim_id", "key", name="uq_claim_tag"),
        Index("ix_claim_tag_key", "key"),
    )
    Table(
        "topic",
        md,
        Column("id", Integer, primary_key=True),
        Column("name", String, nullable=False),
        Column("key", String, nullable=False, unique=True),
        Column("kind", String, nullable=False),
    )
    Table(
        "claim_topic",
        md,
        Column("claim_id", Integer, ForeignKey("claim.id"), primary_key=True),
        Column("topic_id", Integer, ForeignKey("topic.id"), primary_key=True),
        Column("count", Integer, nullable=False),
        Index("ix_claim_topic_topic_id", "topic_id"),
    )
    Table(
        "article_topic",
        md,
        Column("article_id", Integer, ForeignKey("article.id"), primary_key=True),
        Column("topic_id", Integer, ForeignKey("topic.id"), primary_key=True),
        Column("count", Integer, nullable=False),
        Index("ix_article_topic_topic_id", "topic_id"),
    )
    Table(
        "topic_scan",
        md,
        Column("article_id", Integer, ForeignKey("article.id"), primary_key=True),
        Column("scanned_at", DateTime, nullable=False),
    )
    return md


def m002_workflow(conn: Connection) -> None:
    """Verification log, hand-logged claim sources, tags, and the topic index."""
    md = _m002_tables()
    md.create_all(conn, tables=[t for t in md.sorted_tables if t.name not in {"claim", "article"}])


FTS_PAUSE_TABLE = "_factdb_fts_paused"  # a row here, inside a write transaction, pauses the trigger


def m003_fts_bulk(conn: Connection) -> None:
    """Let a bulk claim insert index FTS5 in one statement instead of one trigger call per row.

    Row-by-row FTS5 inserts from the trigger made indexing 4x slower than one
    `INSERT INTO claim_fts ... SELECT` (12,084 BBC claims: 1.2 s against 0.3 s). The trigger
    now stays quiet while the writer's own transaction holds a row in `_factdb_fts_paused`;
    no other connection can see that row, so every other insert is still indexed by the trigger.
    PostgreSQL's expression index needs nothing.
    """
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(f"CREATE TABLE {FTS_PAUSE_TABLE} (paused INTEGER NOT NULL)")
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS claim_fts_insert")
    conn.exec_driver_sql(
        f"""CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim
        WHEN NOT EXISTS (SELECT 1 FROM {FTS_PAUSE_TABLE}) BEGIN
            INSERT INTO claim_fts(rowid, text, context) VALUES (new.id, new.text, new.context);
        END"""
    )


def _m004_tables() -> MetaData:
    """Claim clusters and speaker merges as first released, frozen (see match_models.py)."""
    md = MetaData()
    Table("claim", md, Column("id", Integer, primary_key=True))
    Table("speaker", md, Column("id", Integer, primary_key=True))
    Table(
        "claim_match",
        md,
        Column("claim_id", Integer, ForeignKey("claim.id"), primary_key=True),
        Column("cluster_id", Integer, ForeignKey("claim.id"), nullable=False),
        Column("target_id", Integer, ForeignKey("claim.id")),
        Column("grade", String),
        Column("score", Float),
        Column("matched_at", DateTime, nullable=False),
        Index("ix_claim_match_cluster_id", "cluster_id"),
    )
    Table(
        "speaker_merge",
        md,
        Column("id", Integer, primary_key=True),
        Column("speaker_key", String, nullable=False),
        Column("speaker_kind", String, nullable=False),
        Column("canonical_key", String, nullable=False),
        Column("canonical_kind", String, nullable=False),
        Column("origin", String, nullable=False),
        Column("aliases_added", JSON, nullable=False),
        Column("merged_at", DateTime, nullable=False),
        UniqueConstraint("speaker_key", "speaker_kind", name="uq_speaker_merge"),
    )
    Table(
        "speaker_apart",
        md,
        Column("id", Integer, primary_key=True),
        Column("key_a", String, nullable=False),
        Column("kind_a", String, nullable=False),
        Column("key_b", String, nullable=False),
        Column("kind_b", String, nullable=False),
        Column("created_at", DateTime, nullable=False),
        UniqueConstraint("key_a", "kind_a", "key_b", "kind_b", name="uq_speaker_apart"),
    )
    Table(
        "claim_speaker_move",
        md,
        Column("claim_id", Integer, ForeignKey("claim.id"), primary_key=True),
        Column("original_speaker_id", Integer, ForeignKey("speaker.id"), nullable=False),
        Index("ix_claim_speaker_move_original", "original_speaker_id"),
    )
    return md


def m004_matching(conn: Connection) -> None:
    """Cross-source claim clusters, and speaker merges/splits that survive re-ingest."""
    md = _m004_tables()
    md.create_all(conn, tables=[t for t in md.sorted_tables if t.name not in {"claim", "speaker"}])


SPEAKER_WORD_TABLE = "speaker_word"  # (word, alias_id): which aliases hold a word of their key
SPEAKER_VOCABULARY_TABLE = "speaker_vocabulary"  # (word, length): every word ever in an alias key
PG_CLAIM_SEARCH_TABLE = "claim_search"  # PostgreSQL: (claim_id, search), PG_CLAIM_TSVECTOR stored

# Splits an alias key (name_key output: words joined by single spaces) into one row per word.
_SQLITE_KEY_WORDS = "json_each('[' || replace(json_quote({key}), ' ', '\",\"') || ']')"
_SQLITE_INDEX_NEW_ALIAS = f"""
        INSERT OR IGNORE INTO {SPEAKER_WORD_TABLE} (word, alias_id)
            SELECT value, new.id FROM {_SQLITE_KEY_WORDS.format(key="new.key")} WHERE value <> '';
        INSERT OR IGNORE INTO {SPEAKER_VOCABULARY_TABLE} (word, length)
            SELECT value, length(value) FROM {_SQLITE_KEY_WORDS.format(key="new.key")}
            WHERE value <> '';"""
# The same work for every alias with an id above :after, in two statements: a bulk write runs
# these instead of the trigger (see writes._sqlite_triggers_dropped).
_SQLITE_ALIAS_KEY_WORDS = _SQLITE_KEY_WORDS.format(key="speaker_alias.key")
SQLITE_INDEX_ALIASES_AFTER = (
    f"""INSERT OR IGNORE INTO {SPEAKER_WORD_TABLE} (word, alias_id)
        SELECT value, speaker_alias.id FROM speaker_alias, {_SQLITE_ALIAS_KEY_WORDS}
        WHERE speaker_alias.id > :after AND value <> ''""",
    f"""INSERT OR IGNORE INTO {SPEAKER_VOCABULARY_TABLE} (word, length)
        SELECT value, length(value) FROM speaker_alias, {_SQLITE_ALIAS_KEY_WORDS}
        WHERE speaker_alias.id > :after AND value <> ''""",
)
SQLITE_ALIAS_WORDS_TRIGGER = "speaker_word_insert"
SQLITE_CLAIM_FTS_TRIGGER = "claim_fts_insert"
_SQLITE_SPEAKER_WORD = (
    f"""CREATE TABLE {SPEAKER_WORD_TABLE} (
        word TEXT NOT NULL, alias_id INTEGER NOT NULL,
        PRIMARY KEY (word, alias_id)) WITHOUT ROWID""",
    f"CREATE INDEX ix_speaker_word_alias_id ON {SPEAKER_WORD_TABLE} (alias_id)",
    f"""CREATE TABLE {SPEAKER_VOCABULARY_TABLE} (
        word TEXT PRIMARY KEY, length INTEGER NOT NULL) WITHOUT ROWID""",
    f"CREATE INDEX ix_speaker_vocabulary_length ON {SPEAKER_VOCABULARY_TABLE} (length, word)",
    f"""CREATE TRIGGER speaker_word_insert AFTER INSERT ON speaker_alias BEGIN
        {_SQLITE_INDEX_NEW_ALIAS}
    END""",
    f"""CREATE TRIGGER speaker_word_delete AFTER DELETE ON speaker_alias BEGIN
        DELETE FROM {SPEAKER_WORD_TABLE} WHERE alias_id = old.id;
    END""",
    f"""CREATE TRIGGER speaker_word_update AFTER UPDATE OF id, key ON speaker_alias BEGIN
        DELETE FROM {SPEAKER_WORD_TABLE} WHERE alias_id = old.id;
        {_SQLITE_INDEX_NEW_ALIAS}
    END""",
    f"""INSERT OR IGNORE INTO {SPEAKER_WORD_TABLE} (word, alias_id)
        SELECT value, speaker_alias.id FROM speaker_alias,
            {_SQLITE_KEY_WORDS.format(key="speaker_alias.key")} WHERE value <> ''""",
    f"""INSERT OR IGNORE INTO {SPEAKER_VOCABULARY_TABLE} (word, length)
        SELECT DISTINCT word, length(word) FROM {SPEAKER_WORD_TABLE}""",
    "CREATE INDEX ix_article_published_order ON article (published DESC, id)",
)
_PG_SPEAKER_WORD = (
    f"""CREATE TABLE {SPEAKER_WORD_TABLE} (
        word VARCHAR NOT NULL, alias_id INTEGER NOT NULL, PRIMARY KEY (word, alias_id))""",
    f"CREATE INDEX ix_speaker_word_alias_id ON {SPEAKER_WORD_TABLE} (alias_id)",
    f"""CREATE TABLE {SPEAKER_VOCABULARY_TABLE} (
        word VARCHAR PRIMARY KEY, length INTEGER NOT NULL)""",
    f"CREATE INDEX ix_speaker_vocabulary_length ON {SPEAKER_VOCABULARY_TABLE} (length, word)",
    f"""CREATE FUNCTION speaker_word_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            DELETE FROM {SPEAKER_WORD_TABLE} WHERE alias_id = OLD.id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO {SPEAKER_WORD_TABLE} (word, alias_id)
                SELECT DISTINCT w, NEW.id FROM unnest(string_to_array(NEW.key, ' ')) AS w
                WHERE w <> '' ON CONFLICT DO NOTHING;
            INSERT INTO {SPEAKER_VOCABULARY_TABLE} (word, length)
                SELECT DISTINCT w, length(w) FROM unnest(string_to_array(NEW.key, ' ')) AS w
                WHERE w <> '' ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER speaker_word_sync AFTER INSERT OR DELETE OR UPDATE OF id, key
        ON speaker_alias FOR EACH ROW EXECUTE FUNCTION speaker_word_sync()""",
    f"""INSERT INTO {SPEAKER_WORD_TABLE} (word, alias_id)
        SELECT DISTINCT w, speaker_alias.id FROM speaker_alias,
            unnest(string_to_array(speaker_alias.key, ' ')) AS w WHERE w <> ''""",
    f"""INSERT INTO {SPEAKER_VOCABULARY_TABLE} (word, length)
        SELECT DISTINCT word, length(word) FROM {SPEAKER_WORD_TABLE}""",
    "CREATE INDEX ix_article_published_order ON article (published DESC NULLS LAST, id)",
    f"""CREATE TABLE {PG_CLAIM_SEARCH_TABLE} (
        claim_id INTEGER PRIMARY KEY REFERENCES claim (id) ON DELETE CASCADE,
        search tsvector NOT NULL)""",
    f"""CREATE FUNCTION claim_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO {PG_CLAIM_SEARCH_TABLE} (claim_id, search)
            SELECT id, {PG_CLAIM_TSVECTOR} FROM new_claims
            ON CONFLICT (claim_id) DO UPDATE SET search = EXCLUDED.search;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER claim_search_insert AFTER INSERT ON claim
        REFERENCING NEW TABLE AS new_claims
        FOR EACH STATEMENT EXECUTE FUNCTION claim_search_sync()""",
    """CREATE TRIGGER claim_search_update AFTER UPDATE ON claim
        REFERENCING NEW TABLE AS new_claims
        FOR EACH STATEMENT EXECUTE FUNCTION claim_search_sync()""",
    f"""INSERT INTO {PG_CLAIM_SEARCH_TABLE} (claim_id, search)
        SELECT id, {PG_CLAIM_TSVECTOR} FROM claim""",
    "DROP INDEX IF EXISTS ix_claim_fts",
    f"CREATE INDEX ix_claim_fts ON {PG_CLAIM_SEARCH_TABLE} USING GIN (search)",
)


def m005_query_speed(conn: Connection) -> None:
    """Indexes that keep `quotes --speaker` and `--topic` fast at a million claims.

    A typed name used to load every alias key and scan them all with LIKE: 56 ms per typo at
    20,000 speakers. `speaker_word` indexes each word of each alias key and `speaker_vocabulary`
    holds the distinct words with their length, so a typo is fuzzy-matched against the words of
    a plausible length only, and an exact word is one index probe; triggers keep both in step
    with `speaker_alias` whoever writes it. The vocabulary keeps words of deleted aliases: they
    match no alias, so they cost a little time and change no answer.

    `ix_article_published_order` serves the claim listing's `published DESC NULLS LAST, id`
    order directly (PostgreSQL cannot read `ix_article_published` backwards for NULLS LAST).
    On PostgreSQL each claim's tsvector is stored once in `claim_search` (a table beside
    `claim`, so the claim model keeps its columns), filled by statement triggers: a search for
    a common word can then walk articles newest first and test each claim for a few
    microseconds instead of recomputing `to_tsvector` (about 40 us a claim). Its GIN index
    takes over the name `ix_claim_fts`, which `db check` looks for, from the expression index.
    """
    statements = _SQLITE_SPEAKER_WORD if conn.dialect.name == "sqlite" else _PG_SPEAKER_WORD
    for statement in statements:
        conn.exec_driver_sql(statement)


SQLITE_CLAIM_ORDER_INDEX = "ix_claim_order"
SQLITE_ARTICLE_ORDER_INDEX = "ix_article_order"


def m006_sqlite_topic_order(conn: Connection) -> None:
    """SQLite: narrow indexes holding what the claim order needs, for a topic's matches.

    Ordering the 30,000 claims that match a frequent word read each claim's row (text and
    context, 1 kB) and each article's (its whole text) for the article, date and offset: 63 ms.
    Read from these two indexes instead, 20 ms (search.py names them with INDEXED BY).
    A claim table too damaged to index is left without its index, so `db check` can still
    open the file and report the damage.
    PostgreSQL plans the same query well from its own statistics and needs neither.
    """
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(f"CREATE INDEX {SQLITE_ARTICLE_ORDER_INDEX} ON article (id, published)")
    # Damaged claim pages: indexing them would fail, and so would every command after, `db
    # check` included, though its integrity check is what reports the damage. Without the
    # index a topic search is slower, never wrong (search.py looks before naming it).
    if conn.exec_driver_sql("PRAGMA quick_check(claim)").scalar() == "ok":
        conn.exec_driver_sql(
            f"CREATE INDEX {SQLITE_CLAIM_ORDER_INDEX} ON claim (id, article_id, start)"
        )


def m007_pg_search_edits_only(conn: Connection) -> None:
    """PostgreSQL: re-index a claim's words only when its text or context changes.

    m005's update trigger recomputed `claim_search` for every updated claim, and a speaker
    merge updates thousands of claims' `speaker_id` at once (about 40 us a claim, plus a
    GIN update, for words that did not change). A row trigger with a WHEN clause fires only
    for a real edit.
    """
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql("DROP TRIGGER claim_search_update ON claim")
    conn.exec_driver_sql(
        f"""CREATE FUNCTION claim_search_edit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {PG_CLAIM_SEARCH_TABLE} (claim_id, search)
                SELECT NEW.id, {PG_CLAIM_TSVECTOR}
                FROM (SELECT NEW.text AS text, NEW.context AS context) AS edited
                ON CONFLICT (claim_id) DO UPDATE SET search = EXCLUDED.search;
            RETURN NULL;
        END $$"""
    )
    conn.exec_driver_sql(
        """CREATE TRIGGER claim_search_edit AFTER UPDATE OF text, context ON claim FOR EACH ROW
        WHEN (OLD.text IS DISTINCT FROM NEW.text OR OLD.context IS DISTINCT FROM NEW.context)
        EXECUTE FUNCTION claim_search_edit()"""
    )


def m008_sqlite_fts_for_datasette(conn: Connection) -> None:
    """Re-declare `claim_fts` with `content="claim"` so Datasette finds the search table.

    Datasette recognises an external-content FTS table only by `content="claim"` or
    `content=[claim]` in its SQL; m001 wrote `content='claim'`, which SQLite treats the same.
    The triggers name the table, not its definition, so they keep working; the index is
    rebuilt from the claims.
    """
    if conn.dialect.name != "sqlite":
        return
    # As in m006: rebuilding from damaged claim pages would fail every command, `db check`
    # included; the old declaration searches just the same.
    if conn.exec_driver_sql("PRAGMA quick_check(claim)").scalar() != "ok":
        return
    conn.exec_driver_sql("DROP TABLE IF EXISTS claim_fts")
    conn.exec_driver_sql(
        """CREATE VIRTUAL TABLE claim_fts USING fts5(
        text, context, content="claim", content_rowid="id",
        tokenize='porter unicode61 remove_diacritics 2')"""
    )
    conn.exec_driver_sql("INSERT INTO claim_fts(claim_fts) VALUES('rebuild')")


PG_CLAIM_SEARCH_ORDER_INDEX = "ix_claim_search_order"
PG_CLAIM_SPEAKER_ORDER_INDEX = "ix_claim_speaker_order"
PG_ARTICLE_DATE_INDEX = "ix_article_id_published"


def _pg_search_sync(words: str, tsvector: str) -> tuple[str, ...]:
    """The triggers that keep `claim_search` in step with the claims, searching `words`.

    Each row holds the tsvector of `words` and the claim's context, and the claim's place in
    the listing's order, its article's date first. m009 searched `text`; m010 the speaker's
    own words, `quote`: the same triggers over another column.
    """
    rows = f"""INSERT INTO {PG_CLAIM_SEARCH_TABLE}
        (claim_id, search, published, article_id, start)
    SELECT c.id, c.search, article.published, c.article_id, c.start
    FROM (SELECT id, {tsvector} AS search, article_id, start FROM {{claims}}) AS c
    LEFT JOIN article ON article.id = c.article_id
    ON CONFLICT (claim_id) DO UPDATE SET search = EXCLUDED.search,
        published = EXCLUDED.published, article_id = EXCLUDED.article_id, start = EXCLUDED.start"""
    edited = (
        f"(SELECT NEW.id AS id, NEW.{words} AS {words}, NEW.context AS context, "
        "NEW.article_id AS article_id, NEW.start AS start) AS edited"
    )
    return (
        f"""CREATE OR REPLACE FUNCTION claim_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {rows.format(claims="new_claims")};
        RETURN NULL;
    END $$""",
        f"""CREATE OR REPLACE FUNCTION claim_search_edit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {rows.format(claims=edited)};
        RETURN NULL;
    END $$""",
        "DROP TRIGGER claim_search_edit ON claim",
        f"""CREATE TRIGGER claim_search_edit
        AFTER UPDATE OF {words}, context, article_id, start ON claim FOR EACH ROW
        WHEN (OLD.{words} IS DISTINCT FROM NEW.{words} OR OLD.context IS DISTINCT FROM NEW.context
            OR OLD.article_id IS DISTINCT FROM NEW.article_id OR OLD.start <> NEW.start)
        EXECUTE FUNCTION claim_search_edit()""",
    )


_PG_SEARCH_ORDER = (
    f"CREATE TABLE {PG_CLAIM_SEARCH_TABLE}_sorted AS "
    "SELECT s.claim_id, s.search, article.published, claim.article_id, claim.start "
    f"FROM {PG_CLAIM_SEARCH_TABLE} AS s JOIN claim ON claim.id = s.claim_id "
    "LEFT JOIN article ON article.id = claim.article_id",
    f"DROP TABLE {PG_CLAIM_SEARCH_TABLE}",
    f"ALTER TABLE {PG_CLAIM_SEARCH_TABLE}_sorted RENAME TO {PG_CLAIM_SEARCH_TABLE}",
    f"""ALTER TABLE {PG_CLAIM_SEARCH_TABLE}
        ALTER COLUMN claim_id SET NOT NULL, ALTER COLUMN search SET NOT NULL,
        ALTER COLUMN start SET NOT NULL,
        ADD CONSTRAINT {PG_CLAIM_SEARCH_TABLE}_pkey PRIMARY KEY (claim_id),
        ADD CONSTRAINT {PG_CLAIM_SEARCH_TABLE}_claim_id_fkey FOREIGN KEY (claim_id)
            REFERENCES claim (id) ON DELETE CASCADE""",
    f"CREATE INDEX ix_claim_fts ON {PG_CLAIM_SEARCH_TABLE} USING GIN (search)",
    f"""CREATE INDEX {PG_CLAIM_SEARCH_ORDER_INDEX} ON {PG_CLAIM_SEARCH_TABLE}
        (published DESC NULLS LAST, article_id, start, claim_id)""",
    *_pg_search_sync("text", PG_CLAIM_TSVECTOR),
    f"""CREATE FUNCTION claim_search_redate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE {PG_CLAIM_SEARCH_TABLE} SET published = NEW.published
            WHERE claim_id IN (SELECT id FROM claim WHERE article_id = NEW.id);
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER claim_search_redate AFTER UPDATE OF published ON article FOR EACH ROW
        WHEN (OLD.published IS DISTINCT FROM NEW.published)
        EXECUTE FUNCTION claim_search_redate()""",
    f"ANALYZE {PG_CLAIM_SEARCH_TABLE}",  # a new table has no statistics to plan by until analysed
    # A page of a speaker's claims, ordered from these two indexes alone (see queries.py).
    f"CREATE INDEX {PG_CLAIM_SPEAKER_ORDER_INDEX} ON claim (speaker_id, article_id, start, id)",
    f"CREATE INDEX {PG_ARTICLE_DATE_INDEX} ON article (id, published)",
)


def m009_pg_page_order(conn: Connection) -> None:
    """PostgreSQL: a page of a topic's or a speaker's claims ordered without reading claim rows.

    The newest 100 claims about a word were found by joining every match to its claim and
    article rows for the date and offsets, then sorting: "government" (32,000 matches in a
    million claims) read every claim. With the article's date, article id and offset stored
    in `claim_search` and indexed in the listing's order, the page comes from this one table:
    the planner walks the order index testing each claim's words and stops at the page (a
    common word), or sorts the GIN index's matches on the stored key (a rare one). Triggers
    keep the copy in step when a claim's text, offsets or article, or an article's date,
    change. The table is rebuilt rather than updated in place, which would leave a dead copy
    of every row and of its GIN entries behind; the stored tsvectors are kept.

    A speaker's claims are ordered from two covering indexes instead of the claim rows (a
    typo of "Williams" finds 579 speakers and 20,000 claims on 17,000 pages): the speaker
    index holds each claim's article and offset, the article index its date.
    """
    if conn.dialect.name != "postgresql":
        return
    for statement in _PG_SEARCH_ORDER:
        conn.exec_driver_sql(statement)


# m010: the claim's own words (`quote`) are searched, not the frame inside it ("he said").
PG_CLAIM_QUOTE_TSVECTOR = "to_tsvector('english', quote || ' ' || context)"
_SQLITE_FTS_QUOTE = (
    "DROP TRIGGER IF EXISTS claim_fts_insert",
    "DROP TRIGGER IF EXISTS claim_fts_delete",
    "DROP TRIGGER IF EXISTS claim_fts_update",
    "DROP TABLE IF EXISTS claim_fts",
    """CREATE VIRTUAL TABLE claim_fts USING fts5(
        quote, context, content="claim", content_rowid="id",
        tokenize='porter unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim
        WHEN NOT EXISTS (SELECT 1 FROM {FTS_PAUSE_TABLE}) BEGIN
            INSERT INTO claim_fts(rowid, quote, context) VALUES (new.id, new.quote, new.context);
        END""",
    """CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
        INSERT INTO claim_fts(claim_fts, rowid, quote, context)
        VALUES ('delete', old.id, old.quote, old.context);
    END""",
    """CREATE TRIGGER claim_fts_update AFTER UPDATE OF quote, context ON claim BEGIN
        INSERT INTO claim_fts(claim_fts, rowid, quote, context)
        VALUES ('delete', old.id, old.quote, old.context);
        INSERT INTO claim_fts(rowid, quote, context) VALUES (new.id, new.quote, new.context);
    END""",
)
_PG_SEARCH_QUOTE = _pg_search_sync("quote", PG_CLAIM_QUOTE_TSVECTOR)


def m010_claim_segments(conn: Connection) -> None:
    """Keep a claim's pieces and its speaker's words, and search those instead of its frame.

    A quotation its frame interrupts ("It's done," he said, "and it works.") was stored as one
    stretch, "he said" included, so listings, matching and search took the reporter's words
    for the speaker's. `segments` holds the pieces' offsets into the article as JSON
    (`[[start, end], ...]`; NULL for a claim in one piece) and `quote` their words joined by
    " … ", stored because the search indexes read columns, not expressions. An old claim is
    one piece: its quote is its text, so the words already indexed stay right and only the
    SQLite index's column is renamed (rebuilt; on PostgreSQL only the triggers change).
    As in m006/m008, damaged claim pages are neither read nor re-indexed, so `db check` can
    still open the file and report them.
    """
    conn.exec_driver_sql("ALTER TABLE claim ADD COLUMN segments VARCHAR")
    conn.exec_driver_sql("ALTER TABLE claim ADD COLUMN quote VARCHAR NOT NULL DEFAULT ''")
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql("UPDATE claim SET quote = text")
        for statement in _PG_SEARCH_QUOTE:
            conn.exec_driver_sql(statement)
        # the update wrote every row anew: without fresh statistics the planner misjudged a
        # million-claim table (speaker p95 446 ms against 34 ms once analysed)
        conn.exec_driver_sql("ANALYZE claim")
        return
    readable = conn.exec_driver_sql("PRAGMA quick_check(claim)").scalar() == "ok"
    if readable:
        conn.exec_driver_sql("UPDATE claim SET quote = text")
    for statement in _SQLITE_FTS_QUOTE:
        conn.exec_driver_sql(statement)
    if readable:
        conn.exec_driver_sql("INSERT INTO claim_fts(claim_fts) VALUES('rebuild')")


MIGRATIONS: list[Migration] = [
    m001_initial,
    m002_workflow,
    m003_fts_bulk,
    m004_matching,
    m005_query_speed,
    m006_sqlite_topic_order,
    m007_pg_search_edits_only,
    m008_sqlite_fts_for_datasette,
    m009_pg_page_order,
    m010_claim_segments,
]


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    """Apply every migration not yet recorded, in order, each in its own transaction.

    Returns the names applied. A second process opening the same blank database waits on the
    write lock (SQLite) or an advisory lock (PostgreSQL), then finds the work done.
    """
    wanted = [m.__name__ for m in migrations]
    if set(wanted) <= set(applied_migrations(engine)):
        return []
    applied: list[str] = []
    for migration in migrations:
        with write_transaction(engine) as conn:
            _lock(conn)
            if migration.__name__ in _recorded(conn):
                continue
            migration(conn)
            conn.execute(
                text(f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (:n, :t)"),
                {"n": migration.__name__, "t": datetime.now(UTC).replace(tzinfo=None)},
            )
            applied.append(migration.__name__)
    return applied


def applied_migrations(engine: Engine) -> list[str]:
    """Names of migrations recorded in the database, oldest first ([] for a blank database)."""
    with engine.connect() as conn:
        if not conn.dialect.has_table(conn, MIGRATIONS_TABLE):
            return []
        return _recorded(conn)


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK_ID})
    conn.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} "
        "(name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
    )


def _recorded(conn: Connection) -> list[str]:
    rows = conn.execute(text(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY applied_at, name"))
    return [row[0] for row in rows]
