"""Normalised keys for names, so "Korea Bizwire", "KOREA BIZWIRE" and "Koréa Bizwire" meet.

Keys are what the unique constraints and the speaker lookup compare; the names as written are
kept beside them for display. One function makes every key, so a stored key and a query key can
never be normalised differently.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

_NON_WORD = re.compile(r"[^0-9a-z]+")
_APOSTROPHES = re.compile(r"['\u2019\u02bc`]")
_LEADING_DETERMINER = re.compile(r"^(?:(?:the|a|an)\s+)+")
_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Lower-case ASCII words of a name, without diacritics or a leading article.

    "The White House" and "White House" are one outlet or speaker; apostrophes are dropped
    rather than split so "Korea's" stays one token ("koreas") and does not invent a word "s".
    """
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in decomposed if not unicodedata.combining(c))
    lowered = _APOSTROPHES.sub("", name.casefold())
    key = _NON_WORD.sub(" ", lowered).strip()
    return _LEADING_DETERMINER.sub("", key)


@cache
def _pronouns() -> frozenset[str]:
    """The engine's pronoun lexicon, shared so storage and extraction agree on what is a pronoun."""
    text = resources.files("factdb.extract").joinpath("lexicons/pronouns.txt").read_text("utf-8")
    words = (line.split()[0] for line in text.splitlines() if line.strip())
    return frozenset(w.casefold() for w in words if not w.startswith("#"))


def is_pronoun(mention: str) -> bool:
    return mention.strip().casefold() in _pronouns()


def is_alias_worthy(mention: str) -> bool:
    """True for a mention that names someone ("Kirby", "the White House").

    A pronoun ("he") or a role noun phrase ("the official", "the ministry") only points back
    to a speaker within one article; stored as an alias it would make every "official" in the
    database the same person. A name is told apart by its capitalised first word after an
    optional article, which is how English writes proper names.
    """
    words = _WORD.findall(mention.strip())
    if not words or is_pronoun(mention):
        return False
    if words[0].casefold() in {"the", "a", "an"}:
        words = words[1:]
    return bool(words) and words[0][0].isupper() and not is_pronoun(words[0])
