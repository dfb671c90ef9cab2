"""schema.org ClaimReview JSON-LD for claims with a verdict: what search engines and fact-check
aggregators read. Pure: review inputs in, JSON-ready dicts out.

Only a claim's own verdict is published (one review per checked claim); the other claims of
its cluster appear as `appearance`s of the same claim rather than as reviews of their own.
A verdict of `unverified` or `in-progress` is not a verdict and is never exported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

CONTEXT = "https://schema.org"
NOT_VERDICTS = frozenset({"unverified", "in-progress"})
_ORGANIZATION_KINDS = frozenset({"organization", "media"})


@dataclass(frozen=True, slots=True)
class Appearance:
    """A place the claim was published: an article URL with what is known of it."""

    url: str
    headline: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date


@dataclass(frozen=True, slots=True)
class ReviewInput:
    claim_id: int
    text: str
    status: str
    checked_at: str  # ISO 8601 date or datetime
    note: str | None = None
    speaker: str | None = None
    speaker_kind: str | None = None  # person | organization | media | anonymous | unknown
    job_title: str | None = None
    said_on: str | None = None
    appearances: list[Appearance] = field(default_factory=list)


def _prune(node: dict[str, Any]) -> dict[str, Any]:
    """Drop empty properties: schema.org has no null, and an empty value says nothing."""
    return {k: v for k, v in node.items() if v not in (None, "", [], {})}


def _speaker(item: ReviewInput) -> dict[str, Any] | None:
    if not item.speaker or item.speaker_kind == "unknown":
        return None
    if item.speaker_kind in _ORGANIZATION_KINDS:
        return {"@type": "Organization", "name": item.speaker}
    return _prune({"@type": "Person", "name": item.speaker, "jobTitle": item.job_title})


def _appearance(item: Appearance) -> dict[str, Any]:
    if item.headline or item.outlet:
        publisher = {"@type": "Organization", "name": item.outlet} if item.outlet else None
        return _prune(
            {
                "@type": "NewsArticle",
                "url": item.url,
                "headline": item.headline,
                "publisher": publisher,
                "datePublished": item.published,
            }
        )
    return _prune({"@type": "CreativeWork", "url": item.url, "datePublished": item.published})


def _first(appearances: list[Appearance]) -> Appearance | None:
    """The earliest dated appearance; None when none is dated, rather than a guess."""
    dated = [a for a in appearances if a.published]
    if not dated:
        return None
    return min(dated, key=lambda a: (a.published or "", a.url))


def claim_review(
    item: ReviewInput, *, newsroom: str, review_url: str | None = None
) -> dict[str, Any]:
    """One ClaimReview node. `review_url` may hold `{claim_id}` for the fact check's address."""
    unique = list({a.url: a for a in item.appearances}.values())
    first = _first(unique)
    claim = _prune(
        {
            "@type": "Claim",
            "author": _speaker(item),
            "datePublished": item.said_on or (first.published if first else None),
            "appearance": [_appearance(a) for a in unique],
            "firstAppearance": _appearance(first) if first else None,
        }
    )
    rating = _prune(
        {"@type": "Rating", "alternateName": item.status, "ratingExplanation": item.note}
    )
    return _prune(
        {
            "@context": CONTEXT,
            "@type": "ClaimReview",
            "url": review_url.format(claim_id=item.claim_id) if review_url else None,
            "claimReviewed": item.text,
            "datePublished": item.checked_at[:10],
            "author": {"@type": "Organization", "name": newsroom},
            "reviewRating": rating,
            "itemReviewed": claim,
        }
    )


def claim_reviews(
    items: Iterable[ReviewInput], *, newsroom: str, review_url: str | None = None
) -> list[dict[str, Any]]:
    """A JSON-LD list of ClaimReviews, one per claim with a verdict (empty list when none)."""
    return [
        claim_review(item, newsroom=newsroom, review_url=review_url)
        for item in items
        if item.status not in NOT_VERDICTS
    ]
