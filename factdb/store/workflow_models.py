"""Tables for the journalist's own work on claims: verdicts, tags, topics, hand-logged sources.

Kept apart from `models.py` because none of it comes from extraction: it is what people add,
and it must survive re-ingesting an article. Names read as plain English in Datasette.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class Verification(SQLModel, table=True):
    """One entry of a claim's append-only verification log; the newest entry is its status."""

    __tablename__ = "verification"
    __table_args__ = (Index("ix_verification_claim_id", "claim_id"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id")
    status: str
    note: str | None = None
    evidence: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    checked_by: str | None = None
    checked_at: datetime


class LoggedClaim(SQLModel, table=True):
    """Where a claim typed in by hand came from (it has no article): a call, a URL, a note."""

    __tablename__ = "logged_claim"

    claim_id: int = Field(foreign_key="claim.id", primary_key=True)
    source: str | None = None  # "phone interview"
    url: str | None = None
    note: str | None = None
    logged_at: datetime


class ClaimTag(SQLModel, table=True):
    """A tag a journalist put on a claim; `key` is its topic_key so "Sanctions" == "sanction"."""

    __tablename__ = "claim_tag"
    __table_args__ = (
        UniqueConstraint("claim_id", "key", name="uq_claim_tag"),
        Index("ix_claim_tag_key", "key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id")
    tag: str
    key: str
    tagged_at: datetime


class TopicRecord(SQLModel, table=True):
    """A subject found in the text: a named entity ("North Korea") or a key noun ("troops")."""

    __tablename__ = "topic"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    key: str = Field(unique=True)
    kind: str  # entity | keyword


class ClaimTopic(SQLModel, table=True):
    __tablename__ = "claim_topic"
    __table_args__ = (Index("ix_claim_topic_topic_id", "topic_id"),)

    claim_id: int = Field(foreign_key="claim.id", primary_key=True)
    topic_id: int = Field(foreign_key="topic.id", primary_key=True)
    count: int


class ArticleTopic(SQLModel, table=True):
    __tablename__ = "article_topic"
    __table_args__ = (Index("ix_article_topic_topic_id", "topic_id"),)

    article_id: int = Field(foreign_key="article.id", primary_key=True)
    topic_id: int = Field(foreign_key="topic.id", primary_key=True)
    count: int


class TopicScan(SQLModel, table=True):
    """Articles whose topics (and their claims' topics) are indexed, so each is read once."""

    __tablename__ = "topic_scan"

    article_id: int = Field(foreign_key="article.id", primary_key=True)
    scanned_at: datetime
