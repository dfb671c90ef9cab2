"""Read-side questions a journalist asks: which claims, by whom, from where, how many.

Every function returns plain dataclasses (never ORM rows), so the CLI can print them as JSON
and a notebook can use them after the session is closed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, case, false, func, or_, select
from sqlalchemy.orm import Session

from factdb.store.keys import name_key
from factdb.store.models import Article, Claim, Hedge, Outlet, Speaker, SpeakerAlias
from factdb.store.pieces import claim_pieces, claim_quote
from factdb.store.search import (
    newest_topic_claims,
    plan_for_a_page,
    topic_condition,
)
from factdb.store.speaker_page import speaker_page_condition
from factdb.store.speakers import speaker_condition


@dataclass(slots=True)
class ClaimFilter:
    """What `quotes` can be narrowed by; every field left None narrows nothing."""

    speaker: str | None = None  # fuzzy, alias-aware name
    topic: str | None = None  # words, all required, stemmed
    outlet: str | None = None
    since: str | None = None  # ISO date, inclusive, on the article's publication date
    until: str | None = None  # ISO date, inclusive
    hedged: bool | None = None
    kind: str | None = None  # direct | indirect | mixed
    article: str | None = None  # the id given at ingest, or the article's number
    status: str | None = None  # verdict, own or inherited from the cluster (store.workflow)
    limit: int = 100


@dataclass(slots=True)
class SpeakerRef:
    name: str
    kind: str
    role: str | None
    organization: str | None


@dataclass(slots=True)
class HedgeView:
    text: str
    start: int
    end: int
    category: str


@dataclass(slots=True)
class ClaimView:
    """One claim as `quotes --format json` shows it; `article_id` is the id given at ingest."""

    claim_id: int
    article_id: str | None  # None for a claim logged by hand
    outlet: str | None
    published: str | None
    start: int
    end: int
    text: str  # the whole stretch `start:end`, a frame inside it included
    kind: str
    speaker: SpeakerRef | None  # None: the claim is not attributed to anyone known
    cue: str | None
    hedged: bool
    hedges: list[HedgeView]
    quote: str  # the speaker's words: `segments` joined, without the frame between them
    segments: list[tuple[int, int]]  # the pieces' offsets into the article; one for most claims


@dataclass(slots=True)
class ClaimDetail(ClaimView):
    """A claim with everything needed to check it against its source (`show`)."""

    article_number: int | None  # None for a claim logged by hand
    title: str | None
    url: str | None
    context: str
    context_start: int
    context_end: int
    cue_span: tuple[int, int] | None
    speaker_mention: str | None
    speaker_span: tuple[int, int] | None
    confidence: float
    rule: str
    said_on: str | None
    extractor_version: str


@dataclass(slots=True)
class SpeakerView:
    id: int
    name: str
    kind: str
    role: str | None
    organization: str | None
    aliases: list[str] = field(default_factory=list)
    claims: int = 0


@dataclass(slots=True)
class ArticleView:
    id: int
    source_id: str
    title: str | None
    outlet: str | None
    published: str | None
    author: str | None
    claims: int
    hedged_claims: int


def find_claims(session: Session, flt: ClaimFilter) -> list[ClaimView]:
    """Claims matching every given filter, newest article first, in reading order within one."""
    plan_for_a_page(session)
    conditions = _page_conditions(session, flt)
    if conditions is None:
        return []
    query = claim_select().where(*conditions)
    query = query.order_by(*_newest_first(flt)).limit(flt.limit or None)  # 0: all, as documented
    rows = session.execute(query).all()
    hedges = hedges_of(session, [row.claim_id for row in rows])
    return [claim_view(row, hedges.get(row.claim_id, [])) for row in rows]


def _page_conditions(session: Session, flt: ClaimFilter) -> list[ColumnElement[bool]] | None:
    """What keeps the claims to list: a faster way's page when there is one, else the filters.

    None: a faster way found the page empty.
    """
    dialect = session.get_bind().dialect.name
    if _topic_page_only(session, flt):
        return _among(newest_topic_claims(session, flt.topic or "", flt.limit))
    if flt.limit and dialect == "postgresql":
        return _among(_page_ids(session, flt))
    if dialect == "sqlite" and _narrowed_only_by(flt, "speaker"):
        return [speaker_page_condition(session, flt.speaker or "", flt.limit)]
    return claim_conditions(session, flt)


def _among(ids: list[int]) -> list[ColumnElement[bool]] | None:
    return [Claim.id.in_(ids)] if ids else None


def _page_ids(session: Session, flt: ClaimFilter) -> list[int]:
    """PostgreSQL: the page's claim ids, ordered from claim and article keys alone.

    Ordering a speaker's claims needs each one's article, offset and date, not its text; when
    only the id is selected, the planner reads those from m009's covering indexes instead of
    the claim rows (a typo of "Williams", 20,000 claims of 579 speakers: 420 ms -> 67 ms),
    and the page's 100 rows are read afterwards by id.
    """
    query = (
        select(Claim.id)
        .outerjoin(Article, Article.id == Claim.article_id)
        .where(*claim_conditions(session, flt))
        .order_by(*_newest_first(flt))
        .limit(flt.limit)
    )
    return list(session.execute(query).scalars())


def _topic_page_only(session: Session, flt: ClaimFilter) -> bool:
    """A page of claims narrowed by topic alone: search.py finds it faster."""
    return _narrowed_only_by(flt, "topic") and not _is_a_tag(session, flt.topic or "")


def _narrowed_only_by(flt: ClaimFilter, name: str) -> bool:
    """A page (not every claim) narrowed by the filter `name` and by nothing else."""
    if getattr(flt, name) is None or not flt.limit:
        return False
    narrowing = (f.name for f in fields(ClaimFilter) if f.name not in {name, "limit"})
    return all(getattr(flt, other) is None for other in narrowing)


def _is_a_tag(session: Session, topic: str) -> bool:
    """Tagged claims are found by the general query; the fast path searches text only."""
    from factdb.store.workflow_topics import tagged_claim_ids

    return session.execute(tagged_claim_ids(topic).limit(1)).first() is not None


def _newest_first(flt: ClaimFilter) -> list[ColumnElement[Any]]:
    """The claim order; when a speaker or an article narrows the claims, sorted as found.

    `ix_article_published_order` lets the database walk articles newest first and stop at the
    limit, which is what a common topic word needs. Given a speaker, PostgreSQL guessed the
    walk was cheaper too, and for "Taylor" (100 speakers, 1,900 claims spread over a million)
    walked 11,000 articles: 119 ms against 10 ms for sorting the claims. `published || ''`
    orders exactly as `published` (NULL stays NULL) but no index serves it, so the speaker's
    claims are read through their own index and sorted.
    """
    published: ColumnElement[Any] = Article.published
    if flt.speaker is not None or flt.article is not None:
        published = Article.published.concat("")
    return [published.desc().nulls_last(), Article.id, Claim.start, Claim.id]


def get_claim(session: Session, claim_id: int) -> ClaimDetail | None:
    """One claim with its provenance: article, offsets of quote, cue, speaker mention."""
    query = claim_select(
        Article.id.label("article_number"),
        Article.title,
        Article.url,
        Claim.context,
        Claim.context_start,
        Claim.context_end,
        Claim.cue_start,
        Claim.cue_end,
        Claim.speaker_mention,
        Claim.speaker_start,
        Claim.speaker_end,
        Claim.confidence,
        Claim.rule,
        Claim.said_on,
        Claim.extractor_version,
    ).where(Claim.id == claim_id)
    row = session.execute(query).one_or_none()
    if row is None:
        return None
    view = claim_view(row, hedges_of(session, [claim_id]).get(claim_id, []))
    return ClaimDetail(
        **{f.name: getattr(view, f.name) for f in fields(ClaimView)},
        article_number=row.article_number,
        title=row.title,
        url=row.url,
        context=row.context,
        context_start=row.context_start,
        context_end=row.context_end,
        cue_span=_span(row.cue_start, row.cue_end),
        speaker_mention=row.speaker_mention,
        speaker_span=_span(row.speaker_start, row.speaker_end),
        confidence=row.confidence,
        rule=row.rule,
        said_on=row.said_on,
        extractor_version=row.extractor_version,
    )


def list_speakers(
    session: Session, limit: int = 100, *, name: str | None = None, kind: str | None = None
) -> list[SpeakerView]:
    """Speakers with the most claims first; `name` narrows as `quotes --speaker` does."""
    counts = (
        select(Claim.speaker_id, func.count().label("claims"))
        .where(Claim.speaker_id.is_not(None))
        .group_by(Claim.speaker_id)
        .subquery()
    )
    claims = func.coalesce(counts.c.claims, 0)
    query = select(Speaker, claims.label("claims")).outerjoin(
        counts, counts.c.speaker_id == Speaker.id
    )
    if name is not None:
        query = query.where(speaker_condition(session, Speaker.id, name))
    if kind is not None:
        query = query.where(Speaker.kind == kind)
    rows = session.execute(
        query.order_by(claims.desc(), Speaker.name, Speaker.id).limit(limit or None)
    )
    views = [
        SpeakerView(s.id, s.name, s.kind, s.role, s.organization, [], n) for s, n in rows.all()
    ]
    aliases: dict[int, list[str]] = defaultdict(list)
    if views:
        alias_rows = session.execute(
            select(SpeakerAlias.speaker_id, SpeakerAlias.alias)
            .where(SpeakerAlias.speaker_id.in_([v.id for v in views]))
            .order_by(SpeakerAlias.id)
        )
        for speaker_id, alias in alias_rows:
            aliases[speaker_id].append(alias)
    for view in views:
        view.aliases = aliases[view.id]
    return views


def list_articles(
    session: Session, limit: int = 100, outlet: str | None = None
) -> list[ArticleView]:
    """Articles newest first, with how many claims (and hedged claims) each holds.

    Claims are counted for the page of articles only, so the cost follows `limit`, not the
    size of the database.
    """
    query = select(
        Article.id,
        Article.source_id,
        Article.title,
        Outlet.name,
        Article.published,
        Article.author,
    ).outerjoin(Outlet, Outlet.id == Article.outlet_id)
    if outlet is not None:
        query = query.where(Article.outlet_id.in_(outlet_ids(session, outlet)))
    query = query.order_by(Article.published.desc().nulls_last(), Article.id).limit(limit or None)
    page = session.execute(query).all()
    counts: dict[int, tuple[int, int]] = {}
    if page:
        hedged = func.sum(case((Claim.hedged, 1), else_=0))
        rows = session.execute(
            select(Claim.article_id, func.count(), hedged)
            .where(Claim.article_id.in_([row[0] for row in page]))
            .group_by(Claim.article_id)
        )
        counts = {article_id: (n, int(h or 0)) for article_id, n, h in rows}
    return [ArticleView(*row, *counts.get(row[0], (0, 0))) for row in page]


def stats(session: Session) -> dict[str, Any]:
    """Counts of everything stored, for `factdb stats`."""

    def count(model: type, *where: ColumnElement[bool]) -> int:
        return session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()

    by_kind = session.execute(
        select(Claim.kind, func.count()).group_by(Claim.kind).order_by(Claim.kind)
    ).all()
    return {
        "articles": count(Article),
        "claims": count(Claim),
        "speakers": count(Speaker),
        "outlets": count(Outlet),
        "hedged_claims": count(Claim, Claim.hedged.is_(True)),
        "unattributed_claims": count(Claim, Claim.speaker_id.is_(None)),
        "by_kind": {kind: n for kind, n in by_kind},
    }


def outlet_ids(session: Session, name: str) -> list[int]:
    """Outlets `name` refers to: the same normalised name, else one containing all its words."""
    key = name_key(name)
    if not key:
        return []
    rows = session.execute(select(Outlet.id, Outlet.key)).all()
    exact = [oid for oid, okey in rows if okey == key]
    if exact:
        return exact
    words = set(key.split())
    return [oid for oid, okey in rows if words <= set(okey.split())]


def claim_select(*extra: Any) -> Select[Any]:
    return (
        select(
            Claim.id.label("claim_id"),
            Article.source_id,
            Outlet.name.label("outlet"),
            Article.published,
            Claim.start,
            Claim.end,
            Claim.text,
            Claim.kind,
            Speaker.name.label("speaker_name"),
            Speaker.kind.label("speaker_kind"),
            Speaker.role,
            Speaker.organization,
            Claim.cue,
            Claim.hedged,
            Claim.quote,
            Claim.segments,
            *extra,
        )
        # Outer: a claim logged by hand (`factdb add`) has no article.
        .outerjoin(Article, Article.id == Claim.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
    )


def claim_conditions(session: Session, flt: ClaimFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.speaker is not None:
        conditions.append(speaker_condition(session, Claim.speaker_id, flt.speaker))
    if flt.topic is not None:
        from factdb.store.workflow_topics import tagged_claim_ids  # tags live with the workflow

        dialect = session.get_bind().dialect.name
        conditions.append(
            or_(
                topic_condition(dialect, Claim.id, flt.topic),
                Claim.id.in_(tagged_claim_ids(flt.topic)),
            )
        )
        plan_for_a_page(session)
    if flt.status is not None:
        from factdb.store.workflow import status_clause  # verdicts live in the workflow tables

        conditions.append(status_clause(session, flt.status, Claim.id))
    if flt.outlet is not None:
        ids = outlet_ids(session, flt.outlet)
        conditions.append(Article.outlet_id.in_(ids) if ids else false())
    if flt.since is not None:
        conditions.append(Article.published >= flt.since)
    if flt.until is not None:
        conditions.append(_published_until(flt.until))
    if flt.hedged is not None:
        conditions.append(Claim.hedged.is_(flt.hedged))
    if flt.kind is not None:
        conditions.append(Claim.kind == flt.kind)
    if flt.article is not None:
        match = Article.source_id == flt.article
        if flt.article.isdigit():
            match = or_(match, Article.id == int(flt.article))
        conditions.append(match)
    return conditions


def _published_until(until: str) -> ColumnElement[bool]:
    """Inclusive of the whole day, also for timestamps ("2024-10-17T09:00" is on the 17th)."""
    try:
        next_day = date.fromisoformat(until[:10]) + timedelta(days=1)
    except ValueError:
        return Article.published <= until
    return Article.published < next_day.isoformat()


def hedges_of(session: Session, claim_ids: list[int]) -> dict[int, list[HedgeView]]:
    found: dict[int, list[HedgeView]] = defaultdict(list)
    if not claim_ids:
        return found
    rows = session.execute(
        select(Hedge.claim_id, Hedge.text, Hedge.start, Hedge.end, Hedge.category)
        .where(Hedge.claim_id.in_(claim_ids))
        .order_by(Hedge.claim_id, Hedge.start, Hedge.id)
    )
    for claim_id, text, start, end, category in rows:
        found[claim_id].append(HedgeView(text, start, end, category))
    return found


def claim_view(row: Any, hedges: list[HedgeView]) -> ClaimView:
    speaker = None
    if row.speaker_name is not None:
        speaker = SpeakerRef(row.speaker_name, row.speaker_kind, row.role, row.organization)
    return ClaimView(
        claim_id=row.claim_id,
        article_id=row.source_id,
        outlet=row.outlet,
        published=row.published,
        start=row.start,
        end=row.end,
        text=row.text,
        kind=row.kind,
        speaker=speaker,
        cue=row.cue,
        hedged=bool(row.hedged),
        hedges=hedges,
        quote=claim_quote(row.quote, row.text),
        segments=claim_pieces(row.segments, row.start, row.end),
    )


def _span(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None else (start, end)
