"""Which stored speakers a typed name means: "kirby", "John Kirby", "Kriby" all find John Kirby.

A name is resolved to speaker ids through the alias table first, so the claim query that
follows is an indexed `speaker_id IN (...)` however many claims there are. The rule at every
step is that each word the user typed must be present in one alias (exactly, then allowing a
typo): "Biden" finds Hunter Biden and Joe Biden, but "Hunter Biden" never finds Joe Biden,
which a bag-of-words score such as `token_set_ratio` would (it scores that pair 100).
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz, process, utils
from sqlalchemy import and_, literal, select
from sqlalchemy.orm import Session

from factdb.store.keys import name_key
from factdb.store.models import SpeakerAlias

TYPO_CUTOFF = 80  # fuzz.ratio: one transposition in a 5-letter surname ("kriby") scores 80
MIN_FUZZY_LENGTH = 3  # two-letter words ("li", "ng") are too close to too many others


def speaker_ids(session: Session, name: str) -> list[int]:
    """Ids of the speakers `name` refers to: alias word matches, else typo-tolerant matches."""
    terms = name_key(name).split()
    if not terms:
        return []
    exact = _speakers_with_all_words(session, terms)
    return sorted(exact) if exact else sorted(_speakers_with_similar_words(session, terms))


def _speakers_with_all_words(session: Session, terms: list[str]) -> set[int]:
    padded = literal(" ") + SpeakerAlias.key + literal(" ")
    query = select(SpeakerAlias.speaker_id).where(
        and_(*(padded.contains(f" {term} ") for term in terms))
    )
    return set(session.execute(query).scalars())


def _speakers_with_similar_words(session: Session, terms: list[str]) -> set[int]:
    """Every typed word must be close to a word of the same alias (typo tolerance, no bag of words)."""
    rows = session.execute(select(SpeakerAlias.key, SpeakerAlias.speaker_id)).all()
    aliases_by_word: dict[str, set[int]] = defaultdict(set)
    for alias_id, (key, _speaker) in enumerate(rows):
        for word in key.split():
            aliases_by_word[word].add(alias_id)
    vocabulary = list(aliases_by_word)
    matching: set[int] | None = None
    for term in terms:
        if len(term) < MIN_FUZZY_LENGTH:
            close = [term] if term in aliases_by_word else []
        else:
            found = process.extract(
                term,
                vocabulary,
                scorer=fuzz.ratio,
                processor=utils.default_process,
                score_cutoff=TYPO_CUTOFF,
                limit=None,
            )
            close = [word for word, _score, _index in found]
        aliases = set().union(*(aliases_by_word[word] for word in close))
        matching = aliases if matching is None else matching & aliases
        if not matching:
            return set()
    return {rows[alias_id][1] for alias_id in matching or ()}
