"""What changed between the first appearance of a claim and a later variant.

A journalist tracing a quote across outlets needs to see the edits that change its meaning,
not every comma: the diff runs over words compared in normalised form (so "Troops," and
"troops" are equal) but shows the words as each outlet printed them. Flags name the edits
that matter: a number changed, a negation or a hedge dropped or added, the words put in
someone else's mouth, or the quote cut short.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from typing import Literal

from factdb.match.lexicon import word_set
from factdb.match.normalize import is_number, normalize_claim
from factdb.match.speakers import SpeakerRef, same_speaker, signature

DriftFlag = Literal[
    "number_changed",
    "negation_dropped",
    "negation_added",
    "hedge_dropped",
    "hedge_added",
    "speaker_changed",
    "quote_cut",
]
DiffTag = Literal["equal", "delete", "insert", "replace"]
QUOTE_CUT_MIN_WORDS = 3  # dropping "and" or "but" at an edge is not cutting a quote

_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One run of the word diff: `old` words of the earliest text, `new` of the variant."""

    tag: DiffTag
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Drift:
    diff: list[DiffOp]
    flags: list[DriftFlag]


def _words(text: str) -> tuple[list[str], list[str]]:
    """(words as printed, their normalised keys); punctuation-only words are dropped."""
    shown, keys = [], []
    for word in _WORD.findall(text):
        key = normalize_claim(word).replace(" ", "")
        if key:
            shown.append(word)
            keys.append(key)
    return shown, keys


def word_diff(earliest: str, variant: str) -> list[DiffOp]:
    return _diff(earliest, variant)[0]


def _diff(
    earliest: str, variant: str
) -> tuple[list[DiffOp], list[tuple[str, list[str], list[str]]]]:
    shown_a, keys_a = _words(earliest)
    shown_b, keys_b = _words(variant)
    matcher = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    ops: list[DiffOp] = []
    key_ops: list[tuple[str, list[str], list[str]]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ops.append(DiffOp(tag, " ".join(shown_a[i1:i2]), " ".join(shown_b[j1:j2])))  # type: ignore[arg-type]
        key_ops.append((tag, keys_a[i1:i2], keys_b[j1:j2]))
    return ops, key_ops


def compare(
    earliest: str,
    variant: str,
    earliest_speaker: SpeakerRef | None = None,
    variant_speaker: SpeakerRef | None = None,
) -> Drift:
    """Word diff of `variant` against `earliest` and the meaning-changing edits in it."""
    ops, key_ops = _diff(earliest, variant)
    flags: list[DriftFlag] = []
    if _number_changed(key_ops):
        flags.append("number_changed")
    flags.extend(_negation_flags(key_ops))
    flags.extend(_hedge_flags(earliest, variant))
    if _speaker_changed(earliest_speaker, variant_speaker):
        flags.append("speaker_changed")
    if sum(len(old) for tag, old, _ in key_ops if tag == "delete") >= QUOTE_CUT_MIN_WORDS:
        flags.append("quote_cut")
    return Drift(ops, flags)


def drift_flags(
    earliest: str,
    variant: str,
    earliest_speaker: SpeakerRef | None = None,
    variant_speaker: SpeakerRef | None = None,
) -> list[DriftFlag]:
    return compare(earliest, variant, earliest_speaker, variant_speaker).flags


def _number_changed(key_ops: list[tuple[str, list[str], list[str]]]) -> bool:
    """A number replaced, added, or dropped from inside the quote.

    A number lost only because the variant quotes less (a leading or trailing cut) is reported
    as quote_cut instead.
    """
    last = len(key_ops) - 1
    for index, (tag, old, new) in enumerate(key_ops):
        if tag == "equal":
            continue
        at_edge = tag == "delete" and index in (0, last)
        old_numbers = [t for t in old if is_number(t)]
        new_numbers = [t for t in new if is_number(t)]
        if new_numbers or (old_numbers and not at_edge):
            return True
    return False


def _hedge_flags(earliest: str, variant: str) -> list[DriftFlag]:
    """Hedges anywhere in the earliest wording count: a cut hedge still qualified the quote."""
    terms = _hedge_terms()
    return _gained_lost(terms(earliest), terms(variant), "hedge_dropped", "hedge_added")


def _negation_flags(key_ops: list[tuple[str, list[str], list[str]]]) -> list[DriftFlag]:
    """Negations gained or lost inside the quote.

    Words lost because the variant starts later or ends earlier are quote_cut's: "we cannot
    confirm these reports, [but] they would indicate..." cut to "they would indicate..." does
    not negate what is left (the lost hedge is flagged as a hedge).
    """
    negations = word_set("negations")
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    last = len(key_ops) - 1
    for index, (tag, old, new) in enumerate(key_ops):
        if tag == "delete" and index in (0, last):
            continue
        before.update(t for t in old if t in negations)
        after.update(t for t in new if t in negations)
    return _gained_lost(before, after, "negation_dropped", "negation_added")


def _gained_lost(
    before: Counter[str], after: Counter[str], dropped: DriftFlag, added: DriftFlag
) -> list[DriftFlag]:
    flags: list[DriftFlag] = []
    if before - after:
        flags.append(dropped)
    if after - before:
        flags.append(added)
    return flags


@cache
def _hedge_terms() -> Callable[[str], Counter[str]]:
    """The engine's hedge finder when it is installed, else the fallback word list."""
    try:
        from factdb.extract.hedges import find_hedges
    except ImportError:
        fallback = word_set("hedge_words")

        def by_words(text: str) -> Counter[str]:
            return Counter(t for t in normalize_claim(text).split() if t in fallback)

        return by_words

    def by_engine(text: str) -> Counter[str]:
        # "about 3,000" and "about 1,500" are the same hedge; the number is number_changed's.
        return Counter(_without_numbers(h.text) for h in find_hedges(text))

    return by_engine


def _without_numbers(text: str) -> str:
    return " ".join(t for t in normalize_claim(text).split() if not is_number(t))


def _speaker_changed(a: SpeakerRef | None, b: SpeakerRef | None) -> bool:
    """The variant credits someone else: a different name, or a name turned anonymous.

    A speaker the engine could not resolve in either article is not a change of attribution.
    """
    if a is None or b is None or "unknown" in (a.kind, b.kind):
        return False
    if a.name.strip().lower() == "unknown" or b.name.strip().lower() == "unknown":
        return False
    sa, sb = signature(a), signature(b)
    if sa.kind != sb.kind:
        return True
    if not (sa.named and sb.named):
        return sa.named != sb.named
    return (
        sa.tokens != sb.tokens and not same_speaker(a, b) and not _shortened(sa.tokens, sb.tokens)
    )


def _shortened(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """ "Kirby" for "John Kirby" is the same attribution written shorter."""
    short, long = sorted((a, b), key=len)
    return len(short) == 1 and short[0] in (long[0], long[-1])
