"""SQLModel tables: the shape of what factdb keeps.

Table and column names are plain words so the SQLite file reads well in Datasette. Offsets
are character offsets into `article.text`, which is the document text exactly as extracted
(the file's decoded contents, the JSONL `text` field, or trafilatura's main text for HTML).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class Outlet(SQLModel, table=True):
    __tablename__ = "outlet"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    key: str = Field(unique=True)  # normalised name, for "Korea Bizwire" == "korea bizwire"


class Article(SQLModel, table=True):
    __tablename__ = "article"
    __table_args__ = (
        Index("ix_article_published", "published"),
        Index("ix_article_outlet_id", "outlet_id"),
        Index("ix_article_source_id", "source_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    source_id: str  # the id given at ingest: the JSONL `id`, else the file path
    title: str | None = None
    url: str | None = Field(default=None, unique=True)
    outlet_id: int | None = Field(default=None, foreign_key="outlet.id")
    published: str | None = None  # ISO 8601 date
    author: str | None = None
    dateline: str | None = None
    format: str  # txt | md | html | jsonl | stdin
    text: str
    content_hash: str = Field(unique=True)  # sha256 of text
    extractor_version: str
    ingested_at: datetime


class Speaker(SQLModel, table=True):
    __tablename__ = "speaker"
    __table_args__ = (UniqueConstraint("key", "kind", name="uq_speaker_key_kind"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str
    key: str = Field(index=True)  # normalised canonical name
    kind: str  # person | organization | anonymous | media | unknown
    role: str | None = None
    organization: str | None = None


class SpeakerAlias(SQLModel, table=True):
    __tablename__ = "speaker_alias"
    __table_args__ = (UniqueConstraint("speaker_id", "key", name="uq_speaker_alias"),)

    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speaker.id", index=True)
    alias: str
    key: str = Field(index=True)  # normalised alias


class Claim(SQLModel, table=True):
    __tablename__ = "claim"
    __table_args__ = (
        Index("ix_claim_article_id", "article_id"),
        Index("ix_claim_speaker_id", "speaker_id"),
        Index("ix_claim_kind", "kind"),
        Index("ix_claim_hedged", "hedged"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int | None = Field(default=None, foreign_key="article.id")
    speaker_id: int | None = Field(default=None, foreign_key="speaker.id")
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    text: str
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    hedged: bool = False
    confidence: float
    rule: str = ""
    context: str = ""  # the framing sentence(s), searched with the text
    context_start: int = 0
    context_end: int = 0
    said_on: str | None = None
    extractor_version: str
    # The speaker's words when a frame interrupts them ("It's done," he said, "and it works."):
    # `segments` is JSON `[[start, end], ...]` into `article.text`, NULL for a claim in one
    # piece; `quote` is the pieces joined (`text` for one piece), what is shown, matched and
    # searched. `text` keeps the whole stretch so `article.text[start:end] == text` holds.
    segments: str | None = None
    quote: str = ""


class Hedge(SQLModel, table=True):
    """A hedge cue in an article; `claim_id` is set when it qualifies a claim."""

    __tablename__ = "hedge"
    __table_args__ = (
        Index("ix_hedge_article_id", "article_id"),
        Index("ix_hedge_claim_id", "claim_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int | None = Field(default=None, foreign_key="article.id")
    claim_id: int | None = Field(default=None, foreign_key="claim.id")
    text: str
    start: int
    end: int
    category: str
