"""Which stored speakers a typed name means: "kirby", "John Kirby", "Kriby" all find John Kirby.

A name becomes a query on the alias table, used as `speaker_id IN (...)`, so the claim query
stays indexed however many claims there are, and however many speakers a common word such as
"official" matches. The rule at every step is that each word the user typed must be present in
one alias (exactly, else allowing a typo): "Biden" finds Hunter Biden and Joe Biden, but
"Hunter Biden" never finds Joe Biden, which a bag-of-words score such as `token_set_ratio`
would (it scores that pair 100).
"""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils
from sqlalchemy import Select, and_, literal, or_, select
from sqlalchemy.orm import Session

from factdb.store.keys import name_key
from factdb.store.models import SpeakerAlias

TYPO_CUTOFF = 80  # fuzz.ratio: one transposition in a 5-letter surname ("kriby") scores 80
MIN_FUZZY_LENGTH = 3  # two-letter words ("li", "ng") are too close to too many others


def speaker_id_query(session: Session, name: str) -> Select[tuple[int]] | None:
    """A query for the ids of the speakers `name` refers to, or None when nobody matches.

    Exact alias words first; only when they find nobody, each typed word may stand for any
    alias word within one typo of it.
    """
    terms = name_key(name).split()
    if not terms:
        return None
    exact = _aliases_with([[term] for term in terms])
    if session.execute(exact.limit(1)).first() is not None:
        return exact
    vocabulary = list(session.execute(select(SpeakerAlias.key).distinct()).scalars())
    words = sorted({word for key in vocabulary for word in key.split()})
    choices = [_similar_words(term, words) for term in terms]
    if not all(choices):
        return None
    return _aliases_with(choices)


def speaker_ids(session: Session, name: str) -> list[int]:
    """The ids themselves, for callers that want a list (a handful of speakers, typically)."""
    query = speaker_id_query(session, name)
    return [] if query is None else sorted(set(session.execute(query).scalars()))


def _aliases_with(choices: list[list[str]]) -> Select[tuple[int]]:
    """Speakers with one alias holding, for each typed word, one of its accepted spellings."""
    padded = literal(" ") + SpeakerAlias.key + literal(" ")
    per_term = [or_(*(padded.contains(f" {word} ") for word in words)) for words in choices]
    return select(SpeakerAlias.speaker_id).where(and_(*per_term))


def _similar_words(term: str, words: list[str]) -> list[str]:
    if len(term) < MIN_FUZZY_LENGTH:
        return [term] if term in words else []
    found = process.extract(
        term,
        words,
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=TYPO_CUTOFF,
        limit=None,
    )
    return [word for word, _score, _index in found]
