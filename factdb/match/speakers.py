"""Is this the same speaker? Strong evidence merges; a clear difference forbids a link.

Two questions with two answers, because the costs differ. `same_speaker` decides whether two
names may become one canonical speaker, so it needs strong evidence: the full name, or a
surname plus a matching role or organisation. `may_be_same_speaker` decides whether two claims
with near-identical words may be linked, so it only refuses when the attributions clearly name
different people or bodies ("Hunter Biden" is not "Joe Biden", "North Korea" is not "South
Korea"). Neither ever uses token-set similarity: "Biden" is a subset of "Hunter Biden".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz

from factdb.extract.lexicon import words as extract_words
from factdb.match.lexicon import pairs, word_set

NAMED_KINDS = frozenset({"person", "organization", "media"})
_WORD = re.compile(r"[^\W\d_][\w.'\u2019-]*")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
SURNAME_SPELLING_MIN = 90.0  # "Zelensky" / "Zelenskyy"; "Biden" / "Bidan" would pass, so the
# first name must then be identical


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """A speaker as one article attributes a claim: the name written there and its kind."""

    name: str
    kind: str = "person"  # person | organization | anonymous | media | unknown
    role: str | None = None
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class SpeakerSig:
    """What identity decisions compare, computed once per distinct SpeakerRef."""

    kind: str
    tokens: tuple[str, ...]  # person: name words in order; organisation: sorted key words
    role: frozenset[str]
    organization: frozenset[str]

    @property
    def named(self) -> bool:
        return self.kind in NAMED_KINDS and bool(self.tokens)


@cache
def _title_tokens() -> frozenset[str]:
    """Every word of a title or role noun ("Adm.", "Secretary of State", "spokesman")."""
    tokens: set[str] = set()
    for entry in extract_words("titles") | extract_words("role_nouns"):
        tokens.update(w.strip(".") for w in entry.split())
    return frozenset(tokens)


def _clean(word: str) -> str:
    return _POSSESSIVE.sub("", word).replace(".", "").lower()


def _org_tokens(text: str) -> tuple[str, ...]:
    """Sorted key words of an organisation: demonyms mapped, fillers dropped, order ignored.

    "South Korea's Defense Ministry" and "the South Korean Ministry of National Defense" both
    give ("defense", "korea", "ministry", "south").
    """
    demonyms = pairs("demonyms")
    fillers = word_set("org_fillers")
    out = set()
    for word in _WORD.findall(text):
        for part in _clean(word).split("-"):
            part = demonyms.get(part, part)
            if part and part not in fillers:
                out.add(part)
    return tuple(sorted(out))


def _person_tokens(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(name words, role words) of a person mention.

    The name is the trailing run of capitalised words with leading titles removed, so
    "NSC spokesman John Kirby", "Adm. John Kirby" and "John Kirby, the NSC spokesman" all give
    ("john", "kirby"); what precedes the name is kept as role evidence.
    """
    head = name.split(",", 1)[0]
    words = _WORD.findall(head)
    end = len(words)
    start = end
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    titles = _title_tokens()
    while start < end and _clean(words[start]) in titles:
        start += 1
    name_words: list[str] = []
    for word in words[start:end]:
        name_words.extend(p for p in _clean(word).split("-") if p)
    role = tuple(_clean(w) for w in words[:start])
    return tuple(name_words), role


def _word_set(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    return frozenset(_org_tokens(text))


@lru_cache(maxsize=65536)
def signature(ref: SpeakerRef) -> SpeakerSig:
    if ref.kind in ("organization", "media"):
        tokens = _org_tokens(ref.name)
        role: frozenset[str] = frozenset()
    elif ref.kind == "person":
        tokens, role_words = _person_tokens(ref.name)
        role = _word_set(ref.role) | _word_set(" ".join(role_words))
    else:
        tokens, role = (), frozenset()
    if ref.name.strip().lower() == "unknown":
        tokens = ()
    return SpeakerSig(ref.kind, tokens, role, _word_set(ref.organization))


@lru_cache(maxsize=65536)
def speaker_key(ref: SpeakerRef) -> str:
    """A stable key for a speaker's identity: equal keys mean the same speaker outright."""
    sig = signature(ref)
    if not sig.named:
        return ""
    return f"{'org' if sig.kind != 'person' else 'person'}:{' '.join(sig.tokens)}"


def same_speaker(a: SpeakerRef, b: SpeakerRef) -> bool:
    """Strong evidence that two attributions name one speaker (safe to merge automatically)."""
    sa, sb = signature(a), signature(b)
    if not (sa.named and sb.named) or _is_person(sa) != _is_person(sb):
        return False
    if sa.tokens == sb.tokens:
        return True
    if not _is_person(sa):
        return False
    relation = _name_relation(sa.tokens, sb.tokens)
    if relation == "full":
        return True
    if relation == "partial" and _surname_of(sa.tokens, sb.tokens):
        return _shares_context(sa, sb)
    return False


def _surname_of(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """A one-word name merges only as the other's last word: "Kim" + a role is too many Kims."""
    short, long = sorted((a, b), key=len)
    return len(short) > 1 or short[0] == long[-1]


def may_be_same_speaker(a: SpeakerRef | None, b: SpeakerRef | None) -> bool:
    """False only when both attributions name someone and clearly not the same someone.

    An unknown, anonymous or missing speaker contradicts nobody; a person and an organisation
    do not either (a spokesman speaks for a ministry).
    """
    if a is None or b is None:
        return True
    sa, sb = signature(a), signature(b)
    if not (sa.named and sb.named) or _is_person(sa) != _is_person(sb):
        return True
    if sa.tokens == sb.tokens:
        return True
    if _is_person(sa):
        return _name_relation(sa.tokens, sb.tokens) is not None
    small, big = sorted((set(sa.tokens), set(sb.tokens)), key=len)
    return small <= big


def _is_person(sig: SpeakerSig) -> bool:
    return sig.kind == "person"


def _name_relation(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """ "full" when the names agree in full, "partial" when one is a shortened form, else None.

    Surname first or last both occur ("Kim Jong Un", "Kirby"), so a one-word name is partial
    to a longer one whose first or last word it is; two multi-word names must share the last
    word and agree on the first (an initial agrees with its name).
    """
    if len(a) > len(b):
        a, b = b, a
    if len(a) == 1:
        return "partial" if a[0] in (b[0], b[-1]) else None
    if not _same_surname(a[-1], b[-1]):
        return None
    first_a, first_b = a[0], b[0]
    if not _middles_agree(a[1:-1], b[1:-1]):
        return None  # "James A. Smith" is not "James B. Smith"
    if first_a == first_b:
        if a[-1] == b[-1]:
            return "full"
        return "full" if len(a) == len(b) else "partial"
    if min(len(first_a), len(first_b)) == 1 and first_a[0] == first_b[0] and a[-1] == b[-1]:
        return "partial"
    return None


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every middle name of the shorter list has its twin (or its initial) in the longer."""
    short, long = sorted((a, b), key=len)
    return all(any(_same_or_initial(m, n) for n in long) for m in short)


def _same_or_initial(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) == 1 and a[0] == b[0])


def _same_surname(a: str, b: str) -> bool:
    if a == b:
        return True
    return len(a) >= 5 and len(b) >= 5 and fuzz.ratio(a, b) >= SURNAME_SPELLING_MIN


def _shares_context(a: SpeakerSig, b: SpeakerSig) -> bool:
    """A role or organisation word in common: "Kirby" the spokesman is "John Kirby" the spokesman."""
    return bool((a.role & b.role) - _GENERIC_ROLES) or bool(a.organization & b.organization)


_GENERIC_ROLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir"})
