"""Which stored speakers a typed name means: "kirby", "John Kirby", "Kriby" all find John Kirby.

A name becomes a query on the alias table, used as `speaker_id IN (...)`, so the claim query
stays indexed however many claims there are, and however many speakers a common word such as
"official" matches. The rule at every step is that each word the user typed must be present in
one alias (exactly, else allowing a typo): "Biden" finds Hunter Biden and Joe Biden, but
"Hunter Biden" never finds Joe Biden, which a bag-of-words score such as `token_set_ratio`
would (it scores that pair 100).

Words are looked up in `speaker_word` (each word of each alias key, kept by triggers; see
m005), so neither an exact name nor a typo reads the whole alias table: at 20,000 speakers and
a million claims, a typed surname with a typo went from 57 to 8 ms (p50, SQLite).
"""

from __future__ import annotations

import math

from rapidfuzz import fuzz, process, utils
from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    false,
    func,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from factdb.store.keys import name_key
from factdb.store.migrations import SPEAKER_VOCABULARY_TABLE, SPEAKER_WORD_TABLE
from factdb.store.models import SpeakerAlias

TYPO_CUTOFF = 80  # fuzz.ratio: one transposition in a 5-letter surname ("kriby") scores 80
MIN_FUZZY_LENGTH = 3  # two-letter words ("li", "ng") are too close to too many others
MAX_LISTED_ALIASES = 1000  # more matching aliases than this are passed on as a subquery
MAX_LISTED_SPEAKERS = 5000  # well under SQLite's 32,766 bound parameters

# Not models: triggers fill them from `speaker_alias`, nothing in Python writes them.
_tables = MetaData()
_speaker_word = Table(
    SPEAKER_WORD_TABLE,
    _tables,
    Column("word", String, primary_key=True),
    Column("alias_id", Integer, primary_key=True),
)
_vocabulary = Table(
    SPEAKER_VOCABULARY_TABLE,
    _tables,
    Column("word", String, primary_key=True),
    Column("length", Integer, nullable=False),
)


def speaker_id_query(session: Session, name: str) -> Select[tuple[int]] | None:
    """A query for the ids of the speakers `name` refers to, or None when nobody matches.

    Exact alias words first; only when they find nobody, each typed word may stand for any
    alias word within one typo of it.
    """
    terms = name_key(name).split()
    if not terms:
        return None
    exact = _aliases_with(session, [[term] for term in terms])
    if exact is not None:
        return exact
    choices = [_similar_words(session, term) for term in terms]
    if not all(choices):
        return None
    return _aliases_with(session, choices)


def speaker_condition(
    session: Session, speaker_id: InstrumentedAttribute[int | None], name: str
) -> ColumnElement[bool]:
    """A WHERE condition keeping rows whose `speaker_id` is a speaker `name` refers to.

    The ids are listed in the statement rather than left as a subquery, so the planner sees
    how many speakers it is about: PostgreSQL, guessing, walked every article newest first
    for "Moreau" (150 speakers, 335 ms) where reading their 7,000 claims takes a few ms.
    """
    query = speaker_id_query(session, name)
    if query is None:
        return false()
    ids = sorted(set(session.execute(query).scalars()))
    if not ids:
        return false()
    return speaker_id.in_(ids) if len(ids) <= MAX_LISTED_SPEAKERS else speaker_id.in_(query)


def speaker_ids(session: Session, name: str) -> list[int]:
    """The ids themselves, for callers that want a list (a handful of speakers, typically)."""
    query = speaker_id_query(session, name)
    return [] if query is None else sorted(set(session.execute(query).scalars()))


def _aliases_with(session: Session, choices: list[list[str]]) -> Select[tuple[int]] | None:
    """Speakers with one alias holding, for each typed word, one of its accepted spellings.

    The aliases are intersected here, one typed word at a time and the longest (usually the
    rarest) first, each lookup narrowed to the aliases still in play: left to PostgreSQL, four
    IN subqueries for "Seo-yeon P. Skiwickton" were planned from the common words and took
    400 ms. A large answer (a first name alone) stays a subquery rather than a long list.
    """
    ordered = sorted(choices, key=lambda words: -max(map(len, words)))
    found: set[int] | None = None
    for words in ordered:
        query = select(_speaker_word.c.alias_id).where(_speaker_word.c.word.in_(sorted(set(words))))
        if found is not None and len(found) <= MAX_LISTED_ALIASES:
            query = query.where(_speaker_word.c.alias_id.in_(sorted(found)))
        ids = set(session.execute(query).scalars())
        found = ids if found is None else found & ids
        if not found:
            return None
    if found is None:  # no typed word at all
        return None
    if len(found) <= MAX_LISTED_ALIASES:
        return select(SpeakerAlias.speaker_id).where(SpeakerAlias.id.in_(sorted(found)))
    per_term = [
        SpeakerAlias.id.in_(
            select(_speaker_word.c.alias_id).where(_speaker_word.c.word.in_(sorted(set(words))))
        )
        for words in choices
    ]
    return select(SpeakerAlias.speaker_id).where(*per_term)


def _similar_words(session: Session, term: str) -> list[str]:
    """Stored alias words within one typo of `term` (the term itself only, when it is short)."""
    if len(term) < MIN_FUZZY_LENGTH:
        found = session.execute(select(_vocabulary.c.word).where(_vocabulary.c.word == term))
        return list(found.scalars())
    found = process.extract(
        term,
        _words_in_band(session, *_length_band(len(term))),
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=TYPO_CUTOFF,
        limit=None,
    )
    return [word for word, _score, _index in found]


def _words_in_band(session: Session, shortest: int, longest: int) -> list[str]:
    """The vocabulary's words of these lengths, fetched as one string and split.

    A few thousand words fetched as rows are a few thousand tuples, alive long enough to be
    promoted through the collector's generations: every typo lookup moved thousands of objects
    into the oldest one, and every few lookups a full collection (45 ms with SQLAlchemy
    loaded) landed on a typo query. One string makes no tracked object per word. Alias key
    words hold no space (name_key joins words with single spaces).
    """
    joined = session.execute(
        select(func.aggregate_strings(_vocabulary.c.word, " ")).where(
            _vocabulary.c.length.between(shortest, longest)
        )
    ).scalar()
    return joined.split(" ") if joined else []


def _length_band(length: int) -> tuple[int, int]:
    """Word lengths that can reach TYPO_CUTOFF at all against a term of `length`.

    `fuzz.ratio` is at most 200 * min(n, m) / (n + m), so a word much shorter or longer than
    the term can never score the cutoff; fetching only the band loses no match. The band is
    rounded outwards, so a float edge can only add a word for rapidfuzz to reject.
    """
    cutoff = TYPO_CUTOFF / 100
    return math.floor(length * cutoff / (2 - cutoff)), math.ceil(length * (2 - cutoff) / cutoff)
