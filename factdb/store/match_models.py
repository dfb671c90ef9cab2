"""Tables for cross-source matching: which cluster each claim belongs to, and speaker merges.

Kept apart from `models.py` because none of it is extracted from one article: clusters are
found across articles, and merges are either found across articles or made by a journalist.
Merges are recorded by speaker key, not row id, so a correction still applies when the same
speaker comes back in a re-ingested or new article.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

MERGE_ORIGINS = ("auto", "manual")


class ClaimMatch(SQLModel, table=True):
    """A claim's place in a cluster; every matched claim has a row, linked or not.

    `target_id` is the earlier claim it was linked to (None for the claim that started the
    cluster), with the link's grade and score; `cluster_id` is the id of the cluster's first
    stored claim.
    """

    __tablename__ = "claim_match"
    __table_args__ = (Index("ix_claim_match_cluster_id", "cluster_id"),)

    claim_id: int = Field(foreign_key="claim.id", primary_key=True)
    cluster_id: int = Field(foreign_key="claim.id")
    target_id: int | None = Field(default=None, foreign_key="claim.id")
    grade: str | None = None  # exact | near | fragment | paraphrase
    score: float | None = None
    matched_at: datetime


class SpeakerMerge(SQLModel, table=True):
    """The speaker stored under (speaker_key, speaker_kind) is the canonical one's alias."""

    __tablename__ = "speaker_merge"
    __table_args__ = (UniqueConstraint("speaker_key", "speaker_kind", name="uq_speaker_merge"),)

    id: int | None = Field(default=None, primary_key=True)
    speaker_key: str
    speaker_kind: str
    canonical_key: str
    canonical_kind: str
    origin: str  # auto | manual
    aliases_added: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    merged_at: datetime


class SpeakerApart(SQLModel, table=True):
    """Two speakers a journalist split: automatic merging must never join them again."""

    __tablename__ = "speaker_apart"
    __table_args__ = (
        UniqueConstraint("key_a", "kind_a", "key_b", "kind_b", name="uq_speaker_apart"),
    )

    id: int | None = Field(default=None, primary_key=True)
    key_a: str
    kind_a: str
    key_b: str
    kind_b: str
    created_at: datetime


class ClaimSpeakerMove(SQLModel, table=True):
    """A claim re-pointed by a merge, with the speaker it had, so a split can put it back."""

    __tablename__ = "claim_speaker_move"
    __table_args__ = (Index("ix_claim_speaker_move_original", "original_speaker_id"),)

    claim_id: int = Field(foreign_key="claim.id", primary_key=True)
    original_speaker_id: int = Field(foreign_key="speaker.id")
