"""SQLite: the newest page of claims by the speakers a typed name means, without sorting them all.

A surname with a typo ("Wililams") can mean hundreds of speakers and 20,000 claims spread over
every year; reading them all to sort by date and keep the newest 100 took 110 ms at a million
claims. The topic page solved the same shape (search.py): when the matches are many, walking
articles newest first and testing each claim finds the page long before the matches end. Here
the test is the claim's `speaker_id`, under a microsecond a claim, so the walk reads about
`limit * claims / matches` claims (5,000 for "Wililams": a few ms). Matches too few for the
walk to pay are ordered from m006's narrow indexes, and only a few hundred (FEW_MATCHES) are
still read whole and sorted, as the general query does.

The walk is bounded: matches bunched in old articles (a speaker quoted years ago) would let an
unbounded walk read the whole table. It stops at the date by which it expected the page, with
room to spare (WALK_SPAN), and a page it did not fill there is left to the sort: the worst case
costs a short walk more than the sort, never a full scan. Both give the listing's order
exactly: newest first (undated and hand-logged claims last), article id, offset, claim id.
The speakers' ids go in as one JSON array, so any number of them is one bound parameter.
"""

from __future__ import annotations

import json
import math
from typing import NamedTuple

from sqlalchemy import ColumnElement, false, func, select, text
from sqlalchemy.orm import Session

from factdb.store.migrations import SQLITE_ARTICLE_ORDER_INDEX, SQLITE_CLAIM_ORDER_INDEX
from factdb.store.models import Claim
from factdb.store.speakers import MAX_LISTED_SPEAKERS, speaker_ids

FEW_MATCHES = 500  # up to this many, reading the claims whole costs no more than the indexes
WALK_COST_RATIO = 3  # ordering a match costs about three times testing a claim in the walk
WALK_SPAN = 3  # the walk reads up to this many times the articles it expects to need
_ARTICLE_WALK_INDEX = "ix_article_published_order"  # m005: (published DESC, id)
_MATCHING = "claim.speaker_id IN (SELECT value FROM json_each(:speakers))"


class _Sizes(NamedTuple):
    """What the choice of a way to the page rests on, read in one statement without a scan."""

    claims: int  # at most: the end of the claim table's primary key
    articles: int  # likewise
    few_matches: int  # the speakers' claims, counted up to the first beyond the few
    narrow_index: bool  # m006's ix_claim_order, left out of a damaged claim table


def speaker_page_condition(session: Session, name: str, limit: int) -> ColumnElement[bool]:
    """A WHERE condition on claims keeping the page of `name`'s `limit` newest, to be ordered.

    The page's own ids when walked to or ordered from the narrow indexes; else the speakers'
    claims, for the listing query to read whole and sort: when they are few (ordering them
    from the indexes reads as many pages again) or the narrow index is missing.
    """
    ids = speaker_ids(session, name)
    if not ids:
        return false()
    speakers = json.dumps(ids)
    few = max(FEW_MATCHES, limit)
    sizes = _sizes(session, speakers, few)
    if sizes.few_matches <= few:
        return _claims_of(ids, speakers)
    enough_to_walk = _matches_for_the_walk(sizes, limit)
    matches = _count_up_to(session, speakers, enough_to_walk)
    if matches >= enough_to_walk:
        page = _walk(session, speakers, limit, _walk_span(sizes, limit, matches))
        if len(page) == limit:
            return Claim.id.in_(page)
    if not sizes.narrow_index:
        return _claims_of(ids, speakers)
    return Claim.id.in_(_sorted_matches(session, speakers, limit))


def _claims_of(ids: list[int], speakers: str) -> ColumnElement[bool]:
    """The speakers' claims: their ids listed, or past SQLite's bound on parameters, as JSON."""
    if len(ids) <= MAX_LISTED_SPEAKERS:
        return Claim.speaker_id.in_(ids)
    listed = func.json_each(speakers).table_valued("value")
    return Claim.speaker_id.in_(select(listed.c.value))


def _sizes(session: Session, speakers: str, few: int) -> _Sizes:
    """Table sizes from the ends of their primary keys, and the speakers' claims up to `few`+1."""
    query = text(
        "SELECT (SELECT max(id) FROM claim), (SELECT max(id) FROM article), "
        f"(SELECT count(*) FROM (SELECT 1 FROM claim WHERE {_MATCHING} LIMIT :most)), "
        "EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :index)"
    )
    params = {"speakers": speakers, "most": few + 1, "index": SQLITE_CLAIM_ORDER_INDEX}
    claims, articles, matches, narrow = session.execute(query, params).one()
    return _Sizes(claims or 0, articles or 0, matches, bool(narrow))


def _matches_for_the_walk(sizes: _Sizes, limit: int) -> int:
    """From how many matches the walk's `limit * claims / matches` tests cost less than the sort.

    Sorting costs about WALK_COST_RATIO tests a match, so the walk pays once `matches *
    WALK_COST_RATIO` reaches `limit * claims / matches`: 5,800 matches at a million claims.
    """
    return max(1, math.ceil(math.sqrt(limit * sizes.claims / WALK_COST_RATIO)))


def _count_up_to(session: Session, speakers: str, most: int) -> int:
    """How many claims the speakers have, counted from the speaker index up to `most`."""
    query = text(f"SELECT count(*) FROM (SELECT 1 FROM claim WHERE {_MATCHING} LIMIT :most)")
    return session.execute(query, {"speakers": speakers, "most": most}).scalar_one()


def _walk_span(sizes: _Sizes, limit: int, matches: int) -> int:
    """How many dated articles the walk may read: WALK_SPAN times what the page should take.

    Claims spread over the years like everyone's fill `limit` in about `limit * articles /
    matches` articles.
    """
    return math.ceil(WALK_SPAN * limit * sizes.articles / matches)


def _walk(session: Session, speakers: str, limit: int, span: int) -> list[int]:
    """Dated articles newest first, down to the date `span` articles in, stopping at `limit`.

    Only dated articles are walked: undated and hand-logged claims come after every dated one,
    so a page filled here is the listing's page, and one that is not is left to the sort. A
    date shared across the span's end is walked whole, so the walk is always a prefix of the
    listing; a span past the last dated article walks them all.
    """
    oldest = (
        f"SELECT published FROM article INDEXED BY {_ARTICLE_WALK_INDEX} "
        "WHERE published IS NOT NULL ORDER BY published DESC, id LIMIT 1 OFFSET :span"
    )
    query = text(
        f"SELECT claim.id FROM article INDEXED BY {_ARTICLE_WALK_INDEX} "
        "CROSS JOIN claim INDEXED BY ix_claim_article_id ON claim.article_id = article.id "
        f"WHERE article.published >= coalesce(({oldest}), '') AND {_MATCHING} "
        "ORDER BY article.published DESC, article.id, claim.start, claim.id LIMIT :limit"
    )
    found = session.execute(query, {"speakers": speakers, "span": span, "limit": limit})
    return list(found.scalars())


def _sorted_matches(session: Session, speakers: str, limit: int) -> list[int]:
    """Every match ordered from m006's narrow indexes, never from the claim and article rows.

    The matches' ids come from the speaker index, sorted (as `IN (subquery)` keeps them), so
    each one's article and offset are read from `ix_claim_order` in key order and the date
    from `ix_article_order`; no 1 kB claim row and no whole article row is read ("Wililams",
    20,000 matches: 92 -> 39 ms).
    """
    query = text(
        f"SELECT claim.id FROM claim INDEXED BY {SQLITE_CLAIM_ORDER_INDEX} "
        f"LEFT JOIN article INDEXED BY {SQLITE_ARTICLE_ORDER_INDEX} "
        "ON article.id = claim.article_id "
        f"WHERE claim.id IN (SELECT id FROM claim WHERE {_MATCHING}) "
        "ORDER BY article.published DESC NULLS LAST, article.id, claim.start, claim.id "
        "LIMIT :limit"
    )
    return list(session.execute(query, {"speakers": speakers, "limit": limit}).scalars())
