"""How alike two claims' words are: exact, near, fragment or paraphrase, with a score.

Every grade is decided on normalised text (`normalize_claim`), so case, quote marks and
punctuation never count as edits. Thresholds were tuned on MRPC (news sentence pairs labelled
by humans) for precision first: a wrong link puts words in someone's mouth, a missed link only
loses a cross-reference. Who said the words is not judged here (see `speakers.py`): the index
refuses links between different speakers before grading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from factdb.match.normalize import content_tokens, normalize_claim, stem

Grade = Literal["exact", "near", "fragment", "paraphrase"]
GRADES: tuple[Grade, ...] = ("exact", "near", "fragment", "paraphrase")

NEAR_MIN_RATIO = 85.0  # MRPC: ratio >= 85 is 97% precise
NEAR_MIN_SUBSTANTIVE = 3  # "We were a very close family" / "They are a very close family"
NEAR_SHORT_MIN_RATIO = 95.0  # ... unless the short quote differs by a character or two
NEAR_MIN_LENGTH_RATIO = 0.75  # beyond this, one side has lost words: a fragment, not an edit
MIN_SUBSTANTIVE = 2  # "Yes." or "Meanwhile" quoted by two outlets is not one claim
FRAGMENT_MIN_TOKENS = 5  # "for the foreseeable future" inside a long quote says nothing
FRAGMENT_MIN_SUBSTANTIVE = 3
PARAPHRASE_MIN_STEMS = 4
FRAGMENT_MIN_PARTIAL = 95.0
PARAPHRASE_MIN_SORT = 75.0  # MRPC: both >= 75 is 90% precise, 45% recall
PARAPHRASE_MIN_DICE = 75.0
PARAPHRASE_MIN_LENGTH_RATIO = 0.5


@dataclass(frozen=True, slots=True)
class MatchGrade:
    grade: Grade
    score: float  # 0-100; 100 only for exact


class Prepared:
    """A claim's text prepared once for many comparisons.

    The content stems are computed on first use only: most comparisons are settled on the
    normalised string (exact, fragment, near) and a million stored claims would otherwise each
    carry a set.
    """

    __slots__ = ("norm", "n_tokens", "_stems", "_substantive")

    def __init__(self, norm: str, substantive: int = -1) -> None:
        self.norm = norm
        self.n_tokens = norm.count(" ") + 1 if norm else 0
        self._stems: frozenset[str] | None = None
        self._substantive = substantive

    @property
    def substantive(self) -> int:
        """Distinct content words of three or more characters: what makes a quote matchable."""
        if self._substantive < 0:
            self._substantive = substantive_count(content_tokens(self.norm.split()))
        return self._substantive

    @property
    def stems(self) -> frozenset[str]:
        if self._stems is None:
            self._stems = frozenset(stem(t) for t in content_tokens(self.norm.split()))
        return self._stems


def substantive_count(content: list[str]) -> int:
    return len({w for w in content if len(w) >= 3})


def prepare(text: str) -> Prepared:
    return Prepared(normalize_claim(text))


def grade_pair(a: str, b: str) -> MatchGrade | None:
    """Grade two claim texts; None when they are not the same claim by any measure."""
    return grade_prepared(prepare(a), prepare(b))


def grade_prepared(a: Prepared, b: Prepared) -> MatchGrade | None:
    if not a.norm or not b.norm:
        return None
    # Ties broken on the texts themselves, so grade_pair(a, b) == grade_pair(b, a).
    short, long = (a, b) if (len(a.norm), a.norm) <= (len(b.norm), b.norm) else (b, a)
    if short.substantive < MIN_SUBSTANTIVE:
        return None
    if a.norm == b.norm:
        return MatchGrade("exact", 100.0)
    length_ratio = len(short.norm) / len(long.norm)
    fragment_sized = (
        short.n_tokens >= FRAGMENT_MIN_TOKENS and short.substantive >= FRAGMENT_MIN_SUBSTANTIVE
    )
    if fragment_sized and f" {short.norm} " in f" {long.norm} ":
        return MatchGrade("fragment", 100.0 * _FRAGMENT_EXACT_SCORE)
    if length_ratio >= NEAR_MIN_LENGTH_RATIO:
        ratio = fuzz.ratio(a.norm, b.norm, score_cutoff=NEAR_MIN_RATIO)
        if ratio and (ratio >= NEAR_SHORT_MIN_RATIO or short.substantive >= NEAR_MIN_SUBSTANTIVE):
            return MatchGrade("near", round(min(ratio, 99.9), 1))
    elif fragment_sized:
        partial = fuzz.partial_ratio(short.norm, long.norm, score_cutoff=FRAGMENT_MIN_PARTIAL)
        if partial:
            return MatchGrade("fragment", round(partial * _FRAGMENT_EXACT_SCORE, 1))
    if length_ratio < PARAPHRASE_MIN_LENGTH_RATIO:
        return None
    # token_sort_ratio runs in C; the stem sets are built only for pairs that pass it
    sort = fuzz.token_sort_ratio(a.norm, b.norm, score_cutoff=PARAPHRASE_MIN_SORT)
    if not sort:
        return None
    stems_a, stems_b = a.stems, b.stems
    if min(len(stems_a), len(stems_b)) >= PARAPHRASE_MIN_STEMS:
        dice = 200.0 * len(stems_a & stems_b) / (len(stems_a) + len(stems_b))
        if dice >= PARAPHRASE_MIN_DICE:
            return MatchGrade("paraphrase", round(min(sort, dice) * _PARAPHRASE_SCALE, 1))
    return None


# A fragment shares only part of the words and a paraphrase none of the wording for sure, so
# their scores are scaled below what the same text similarity would earn as a near match.
_FRAGMENT_EXACT_SCORE = 0.95
_PARAPHRASE_SCALE = 0.9
