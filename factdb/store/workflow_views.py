"""Claims as the workflow commands show them: with status, tags, topics, source and date.

`quotes` answers "which claims"; export, report and timeline also need each claim's verdict
(own or inherited), where it was published, and the article around it. This module adds that
to the store's `find_claims` views so both agree on what a filter selects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from itertools import combinations
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from factdb.export.claimreview import NOT_VERDICTS, Appearance, ReviewInput
from factdb.export.report import ReportArticle
from factdb.match.drift import drift_flags, word_diff
from factdb.match.grade import grade_prepared, prepare
from factdb.match.normalize import is_number, normalize_claim
from factdb.store import workflow
from factdb.store.models import Article, Claim, Hedge, Outlet
from factdb.store.queries import (  # one claim shape
    ClaimFilter,
    ClaimView,
    claim_conditions,
    claim_select,
    claim_view,
    find_claims,
    hedges_of,
)
from factdb.store.statuses import DEFAULT_STATUS
from factdb.store.workflow import UNVERIFIED, check_status, claim_statuses
from factdb.store.workflow_models import LoggedClaim
from factdb.store.workflow_topics import claim_tags, claim_topics, topic_clause
from factdb.store.writes import chunks

NEGATION_FLAGS = ("negation_dropped", "negation_added")
NEAR_GRADES = ("exact", "near")
MAX_PAIRWISE = 400  # beyond this many claims, only cluster links are compared, not every pair


@dataclass(slots=True)
class Selection:
    """What a workflow command selects: the store's filter plus status and topic."""

    claims: ClaimFilter
    status: str | None = None
    topic: str | None = None  # tags, topics and full text
    limit: int = 100


@dataclass(slots=True)
class Disagreement:
    """Two claims by one speaker that match but differ in a number or a negation."""

    first: int
    second: int
    flags: list[str] = field(default_factory=list)


def topic_ids(session: Session, topic: str) -> set[int]:
    """Claims `--topic` selects: tagged with it, about it, or containing its words."""
    return {row[0] for row in session.exec(select(Claim.id).where(topic_clause(session, topic)))}


def select_claims(session: Session, selection: Selection) -> list[dict[str, Any]]:
    """The selected claims as plain dicts (the `quotes` JSON shape plus workflow fields).

    A status other than `unverified` and a topic each name a set of claims first (verdicts
    are few; a topic is an index lookup), and only those are read with the other filters, so
    `export --status false` on a million claims reads the handful that are false. Without
    them the store's own `find_claims` pages the claims.
    """
    flt = ClaimFilter(**{**asdict(selection.claims), "topic": None})
    status = None if selection.status is None else check_status(selection.status)
    statuses = claim_statuses(session)
    candidates: set[int] | None = None
    if status is not None and status != DEFAULT_STATUS:
        candidates = {cid for cid, s in statuses.items() if s.status == status}
    if selection.topic is not None:
        found = topic_ids(session, selection.topic)
        candidates = found if candidates is None else candidates & found
    if candidates is not None:
        views = _views_of(session, flt, candidates)
    elif status == DEFAULT_STATUS:
        checked = {cid for cid, s in statuses.items() if s.status != DEFAULT_STATUS}
        flt.limit = selection.limit + len(checked) if selection.limit else 0
        views = [v for v in find_claims(session, flt) if v.claim_id not in checked]
    else:
        flt.limit = selection.limit
        views = find_claims(session, flt)
    if status == DEFAULT_STATUS:
        views = [
            v for v in views if v.claim_id not in statuses or statuses[v.claim_id].status == status
        ]
    if selection.limit:
        views = views[: selection.limit]
    return enrich(session, [asdict(v) for v in views], statuses)


def _views_of(session: Session, flt: ClaimFilter, ids: set[int]) -> list[ClaimView]:
    """`find_claims` restricted to `ids`, read by primary key in chunks, newest article first."""
    conditions = claim_conditions(session, flt)
    rows = []
    for chunk in chunks(sorted(ids)):
        query = claim_select(Article.id.label("article_number")).where(
            *conditions, Claim.id.in_(chunk)
        )
        rows.extend(session.execute(query).all())
    rows.sort(key=lambda r: (r.article_number, r.start, r.claim_id))
    rows.sort(key=lambda r: r.published or "", reverse=True)  # stable: undated last
    hedges: dict[int, list] = {}
    for chunk in chunks([r.claim_id for r in rows]):
        hedges.update(hedges_of(session, list(chunk)))
    return [claim_view(r, hedges.get(r.claim_id, [])) for r in rows]


def enrich(
    session: Session, rows: list[dict[str, Any]], statuses: dict | None = None
) -> list[dict[str, Any]]:
    """Add status, tags, topics, date said, URL, title and hand-logged source to claim dicts."""
    ids = [row["claim_id"] for row in rows]
    if not ids:
        return rows
    statuses = claim_statuses(session, ids) if statuses is None else statuses
    tags = claim_tags(session, ids)
    topics = claim_topics(session, ids)
    extra = _extras(session, ids)
    for row in rows:
        cid = row["claim_id"]
        status = statuses.get(cid, UNVERIFIED)
        row.update(extra.get(cid, {}))
        row["status"] = status.status
        row["status_note"] = status.note
        row["status_checked_at"] = status.checked_at
        row["status_inherited_from"] = status.inherited_from
        row["tags"] = tags.get(cid, [])
        row["topics"] = topics.get(cid, [])
    return rows


def _extras(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = (
        select(
            Claim.id,
            Claim.said_on,
            Claim.article_id,
            Claim.speaker_id,
            Article.url,
            Article.title,
            LoggedClaim.source,
            LoggedClaim.url.label("source_url"),
            LoggedClaim.note,
        )
        .outerjoin(Article, Article.id == Claim.article_id)
        .outerjoin(LoggedClaim, LoggedClaim.claim_id == Claim.id)
    )
    found: dict[int, dict[str, Any]] = {}
    rows = (
        row for chunk in chunks(list(ids)) for row in session.exec(query.where(Claim.id.in_(chunk)))
    )
    for row in rows:
        found[row.id] = {
            "said_on": row.said_on,
            "article_number": row.article_id,
            "speaker_id": row.speaker_id,
            "url": row.url or row.source_url,
            "title": row.title,
            "source": row.source,
            "source_note": row.note,
        }
    return found


def timeline(
    session: Session, speaker: str, topic: str | None = None
) -> tuple[list[dict[str, Any]], list[Disagreement]]:
    """What a speaker said, oldest first, and the pairs of their claims that disagree."""
    selection = Selection(ClaimFilter(speaker=speaker), topic=topic, limit=0)
    rows = select_claims(session, selection)
    rows.sort(key=lambda r: (_when(r) or "9999", r.get("outlet") or "", r["claim_id"]))
    return rows, disagreements(session, rows)


def _when(row: dict[str, Any]) -> str | None:
    """When it was said: the date given for the statement, else the article's date."""
    return row.get("said_on") or row.get("published")


def disagreements(session: Session, rows: list[dict[str, Any]]) -> list[Disagreement]:
    """Pairs that are the same claim (one cluster, or matching words) but differ in substance."""
    by_id = {row["claim_id"]: row for row in rows}
    pairs: set[tuple[int, int]] = set()
    for cid in by_id:
        for other in workflow.cluster_members(session, cid):
            if other != cid and other in by_id:
                pairs.add((min(cid, other), max(cid, other)))
    prepared = {cid: prepare(row["quote"]) for cid, row in by_id.items()}  # not the frame
    grades: dict[tuple[int, int], str | None] = {}
    if len(rows) <= MAX_PAIRWISE:
        for a, b in combinations(sorted(by_id), 2):
            grade = grade_prepared(prepared[a], prepared[b])
            if grade is not None:
                pairs.add((a, b))
                grades[(a, b)] = grade.grade
    found = []
    for a, b in sorted(pairs):
        first, second = sorted((by_id[a], by_id[b]), key=lambda r: (_when(r) or "", r["claim_id"]))
        if (a, b) not in grades:
            grade = grade_prepared(prepared[a], prepared[b])
            grades[(a, b)] = None if grade is None else grade.grade
        flags = disagreement_flags(first["quote"], second["quote"], grades[(a, b)])
        if flags:
            found.append(Disagreement(first["claim_id"], second["claim_id"], flags))
    return found


_SMALL_NUMBERS = {  # the values of the number words journalists spell out
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "  # noqa: SIM905
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
MAX_NUMBER_EDIT_WORDS = 4  # "3,000" -> "about 10,000"; longer rewrites are paraphrase


def _numbers(words: str) -> set[float]:
    """The quantities in a few words, by value: "two", "2" and "2%" are all 2."""
    values: set[float] = set()
    for token in normalize_claim(words.replace("\u00d7", " ")).split():  # "4×4" is 4 by 4
        if token in _SMALL_NUMBERS:
            values.add(float(_SMALL_NUMBERS[token]))
        elif is_number(token):
            try:
                values.add(float(token.rstrip("%")))
            except ValueError:  # "hundred", "dozens": a scale, not a quantity of its own
                continue
    return values


def disagreement_flags(earlier: str, later: str, grade: str | None) -> list[str]:
    """How two versions of one claim contradict each other, if they do.

    A number counts only when one replaces another in a short edit ("3,000" became "10,000"),
    compared by value ("two" == "2", "80%" == "80 percent"): a number one outlet adds
    ("LaCalamita, 38,") contradicts nothing. A negation counts only between near
    copies; between a quote and a longer one, the extra words carry their own negations.
    """
    flags = []
    for op in word_diff(earlier, later):
        short = max(len(op.old.split()), len(op.new.split())) <= MAX_NUMBER_EDIT_WORDS
        if op.tag == "replace" and short:
            old, new = _numbers(op.old), _numbers(op.new)
            if old and new and old != new:
                flags.append("number_changed")
                break
    if grade in NEAR_GRADES:
        flags.extend(f for f in drift_flags(earlier, later) if f in NEGATION_FLAGS)
    return flags


def review_inputs(session: Session, rows: list[dict[str, Any]]) -> list[ReviewInput]:
    """ClaimReview inputs for the selected claims that carry a verdict of their own.

    Every claim of the cluster lends its article as an `appearance`, so the review covers
    each outlet that carried the claim.
    """
    checked = [
        r for r in rows if r["status"] not in NOT_VERDICTS and r["status_inherited_from"] is None
    ]
    members = {r["claim_id"]: workflow.cluster_members(session, r["claim_id"]) for r in checked}
    places = _appearances(session, {m for ids in members.values() for m in ids})
    inputs = []
    for row in checked:
        speaker = row.get("speaker") or {}
        found = [a for m in members[row["claim_id"]] for a in places.get(m, [])]
        inputs.append(
            ReviewInput(
                claim_id=row["claim_id"],
                text=row["quote"],  # what the speaker said, as a ClaimReview names it
                status=row["status"],
                checked_at=row["status_checked_at"] or "",
                note=row["status_note"],
                speaker=speaker.get("name"),
                speaker_kind=speaker.get("kind"),
                job_title=speaker.get("role"),
                said_on=row.get("said_on"),
                appearances=found,
            )
        )
    return inputs


def _appearances(session: Session, ids: set[int]) -> dict[int, list[Appearance]]:
    query = (
        select(
            Claim.id,
            Article.url,
            Article.title,
            Outlet.name,
            Article.published,
            LoggedClaim.url.label("logged_url"),
        )
        .outerjoin(Article, Article.id == Claim.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(LoggedClaim, LoggedClaim.claim_id == Claim.id)
    )
    found: dict[int, list[Appearance]] = {}
    rows = (
        row
        for chunk in chunks(sorted(ids))
        for row in session.exec(query.where(Claim.id.in_(chunk)))
    )
    for cid, url, title, outlet, published, logged_url in rows:
        if url:
            found.setdefault(cid, []).append(Appearance(url, title, outlet, published))
        elif logged_url:
            found.setdefault(cid, []).append(Appearance(logged_url))
    return found


def report_inputs(session: Session, rows: list[dict[str, Any]]) -> list[ReportArticle]:
    """The articles the selected claims come from, with every hedge cue in them."""
    numbers = sorted({r["article_number"] for r in rows if r.get("article_number") is not None})
    if not numbers:
        return []
    hedges: dict[int, list[tuple[int, int, str]]] = {}
    query = select(Hedge.article_id, Hedge.start, Hedge.end, Hedge.category).where(
        Hedge.article_id.in_(numbers)
    )
    for article_id, start, end, category in session.exec(query):
        hedges.setdefault(article_id, []).append((start, end, category))
    articles = session.exec(
        select(
            Article.id,
            Article.title,
            Outlet.name,
            Article.published,
            Article.url,
            Article.text,
            Article.source_id,
        )
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .where(Article.id.in_(numbers))
        .order_by(Article.published.desc(), Article.id)
    )
    return [
        ReportArticle(
            number=aid,
            title=title,
            outlet=outlet,
            published=published,
            url=url,
            text=text,
            source_id=source_id,
            hedges=sorted(set(hedges.get(aid, []))),
        )
        for aid, title, outlet, published, url, text, source_id in articles
    ]
