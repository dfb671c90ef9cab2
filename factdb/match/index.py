"""ClaimIndex: incremental cross-source claim matching that stays near-linear at a million claims.

Comparing every claim with every other is quadratic; instead each claim is compared only with
claims that share its rarest words (blocking). Every content word keeps a posting list of the
claims that use it; a new claim looks at the most recent entries of the lists of its few
rarest words, ranks those candidates by how many of the words they share, and grades only the
best few. Work per claim is therefore bounded by constants, whatever the size of the index.

Each added claim links to at most one earlier claim (its best match) and joins that claim's
cluster, so a cluster is a tree rooted at its first appearance. A link is refused when the
cluster already holds a speaker who clearly is not this claim's speaker (the hard negative:
the same words said by two different people are two claims), and, unless the speaker is the
same, when the two claims are further apart in time than the date window.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import chain

from factdb.match.grade import (
    GRADES,
    Grade,
    MatchGrade,
    Prepared,
    grade_prepared,
    substantive_count,
)
from factdb.match.normalize import normalize_claim, stopwords
from factdb.match.speakers import SpeakerRef, may_be_same_speaker, speaker_key

NO_DAY = -1
NO_SPEAKER = -1


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A claim as the index sees it: the caller's id, its words, who said it and when."""

    claim_id: int
    text: str
    speaker: SpeakerRef | None = None
    published: str | None = None  # ISO date; only the date part is read


@dataclass(frozen=True, slots=True)
class Link:
    """`claim_id` (newly added) matches the earlier `target_id`; both are in `cluster_id`."""

    claim_id: int
    target_id: int
    cluster_id: int  # the claim_id of the cluster's first appearance
    grade: Grade
    score: float


@dataclass(frozen=True, slots=True)
class Hit:
    claim_id: int
    grade: Grade
    score: float


class ClaimIndex:
    """Claims in insertion order with posting lists over their content words.

    Parameters bound the work per claim: `rare_tokens` posting lists are read, each only in
    its last `recent` entries, and at most `graded` candidates are graded. Entries are kept in
    compact arrays so a million claims fit in well under 2 GB.
    """

    def __init__(
        self,
        *,
        rare_tokens: int = 4,
        recent: int = 32,
        graded: int = 4,
        window_days: int | None = 365,
    ) -> None:
        self.rare_tokens = rare_tokens
        self.recent = recent
        self.graded = graded
        self.window_days = window_days
        self._ids = array("q")
        self._norms: list[str] = []
        self._days = array("i")
        self._speakers = array("i")
        self._substantive = array("H")
        self._roots = array("i")  # position of each claim's cluster root
        self._positions: dict[int, int] = {}
        self._exact: dict[str, int] = {}
        self._token_ids: dict[str, int] = {}
        self._postings: list[array[int]] = []
        self._speaker_ids: dict[str, int] = {}
        self._speaker_refs: list[SpeakerRef] = []
        self._cluster_speakers: dict[int, list[int]] = {}
        self._compatible: dict[tuple[int, int], bool] = {}
        self.graded_pairs = 0

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._positions

    def cluster_of(self, claim_id: int) -> int:
        """The claim_id of the first appearance of the claim's cluster."""
        return self._ids[self._roots[self._positions[claim_id]]]

    def add(self, record: ClaimRecord) -> Link | None:
        """Match one claim against everything already added, then add it."""
        if record.claim_id in self._positions:
            raise ValueError(f"claim {record.claim_id} is already in the index")
        norm = normalize_claim(record.text)
        speaker = self._speaker_id(record.speaker)
        day = _day(record.published)
        tokens = _distinct_content(norm)
        known = [self._token_ids.get(t) for t in tokens]
        query = Prepared(norm, substantive_count(tokens))
        best = self._best(query, known, speaker, day) if norm else None
        root = None if best is None else self._roots[best[0]]
        self._insert(record.claim_id, query, tokens, known, speaker, day, root)
        if best is None:
            return None
        target, grade = best
        return Link(record.claim_id, self._ids[target], self._ids[root], grade.grade, grade.score)

    def restore(self, record: ClaimRecord, cluster_id: int) -> None:
        """Put back a claim whose cluster is already known (loading stored matches): no grading.

        Claims must come back in the order they were first added, so a cluster's first claim
        is present before the rest of it.
        """
        if record.claim_id in self._positions:
            raise ValueError(f"claim {record.claim_id} is already in the index")
        norm = normalize_claim(record.text)
        tokens = _distinct_content(norm)
        known = [self._token_ids.get(t) for t in tokens]
        root = self._positions.get(cluster_id)
        query = Prepared(norm, substantive_count(tokens))
        speaker = self._speaker_id(record.speaker)
        self._insert(record.claim_id, query, tokens, known, speaker, _day(record.published), root)

    def _insert(
        self,
        claim_id: int,
        query: Prepared,
        tokens: list[str],
        known: list[int | None],
        speaker: int,
        day: int,
        root: int | None,
    ) -> None:
        position = len(self._ids)
        if root is None:
            root = position
        self._ids.append(claim_id)
        self._norms.append(query.norm)
        self._days.append(day)
        self._speakers.append(speaker)
        self._substantive.append(min(query.substantive, 65535))
        self._roots.append(root)
        self._positions[claim_id] = position
        if query.norm:
            self._exact.setdefault(query.norm, position)
        token_ids, postings = self._token_ids, self._postings
        for token, index in zip(tokens, known, strict=True):
            if index is None:
                token_ids[token] = len(postings)
                postings.append(array("i", (position,)))
            else:
                postings[index].append(position)
        if speaker != NO_SPEAKER:
            speakers = self._cluster_speakers.setdefault(root, [])
            if speaker not in speakers:
                speakers.append(speaker)

    def add_many(self, records: Iterable[ClaimRecord]) -> list[Link]:
        links = []
        for record in records:
            link = self.add(record)
            if link is not None:
                links.append(link)
        return links

    def query(self, text: str, *, speaker: SpeakerRef | None = None, limit: int = 10) -> list[Hit]:
        """Stored claims most like `text`, best first, without adding it.

        Only claims whose speaker may be the given one are returned; with no speaker, any.
        """
        norm = normalize_claim(text)
        if not norm:
            return []
        sid = self._speaker_id(speaker)
        known = [self._token_ids.get(t) for t in _distinct_content(norm)]
        query = Prepared(norm)
        hits = []
        budget = max(self.graded, limit * 4)
        for position in self._candidates(known):
            if not self._speakers_agree(sid, position):
                continue
            grade = self._grade(query, position)
            if grade is not None:
                hits.append(Hit(self._ids[position], grade.grade, grade.score))
            budget -= 1
            if not budget:
                break
        hits.sort(key=lambda h: (-h.score, GRADES.index(h.grade), h.claim_id))
        return hits[:limit]

    def _best(
        self, query: Prepared, known: list[int | None], speaker: int, day: int
    ) -> tuple[int, MatchGrade] | None:
        exact = self._exact.get(query.norm)
        if exact is not None and self._may_link(exact, speaker, day):
            grade = self._grade(query, exact)
            if grade is not None:
                return exact, grade
        best: tuple[int, MatchGrade] | None = None
        budget = self.graded
        for position in self._candidates(known):
            if not self._may_link(position, speaker, day):
                continue
            grade = self._grade(query, position)
            if grade is not None and (best is None or _better(grade, position, *best)):
                best = position, grade
            budget -= 1
            if not budget:
                break
        return best

    def _candidates(self, known: list[int | None]) -> list[int]:
        """Positions sharing the most of the query's rarest words, most shared first.

        Only the last `recent` entries of each posting list are read: for a common word those
        are the latest claims, which is where a repeat of a new claim is most likely to be.
        """
        postings = self._postings
        lists = [postings[i] for i in known if i is not None]
        if not lists:
            return []
        lists.sort(key=len)
        rare = lists[: self.rare_tokens]
        recent = -self.recent
        counts = Counter(chain.from_iterable(p[recent:] for p in rare))
        need = 2 if len(rare) > 2 else 1
        ranked = [(n, p) for p, n in counts.items() if n >= need]
        ranked.sort(reverse=True)
        return [p for _, p in ranked]

    def _grade(self, query: Prepared, position: int) -> MatchGrade | None:
        self.graded_pairs += 1
        stored = Prepared(self._norms[position], self._substantive[position])
        return grade_prepared(query, stored)

    def _may_link(self, position: int, speaker: int, day: int) -> bool:
        if not self._speakers_agree(speaker, position):
            return False
        if self.window_days is None or day == NO_DAY:
            return True
        other_day = self._days[position]
        if other_day == NO_DAY or abs(day - other_day) <= self.window_days:
            return True
        return speaker != NO_SPEAKER and speaker == self._speakers[position]

    def _speakers_agree(self, speaker: int, position: int) -> bool:
        """The speaker may be every named speaker already in the candidate's cluster."""
        if speaker == NO_SPEAKER:
            return True
        for other in self._cluster_speakers.get(self._roots[position], ()):
            if not self._compatible_pair(speaker, other):
                return False
        return True

    def _compatible_pair(self, a: int, b: int) -> bool:
        if a == b:
            return True
        pair = (a, b) if a < b else (b, a)
        known = self._compatible.get(pair)
        if known is None:
            known = may_be_same_speaker(self._speaker_refs[a], self._speaker_refs[b])
            self._compatible[pair] = known
        return known

    def _speaker_id(self, ref: SpeakerRef | None) -> int:
        """A small id per distinct speaker identity; unnamed speakers share NO_SPEAKER."""
        if ref is None:
            return NO_SPEAKER
        key = speaker_key(ref)
        if not key:
            return NO_SPEAKER
        sid = self._speaker_ids.get(key)
        if sid is None:
            sid = len(self._speaker_refs)
            self._speaker_refs.append(ref)
            self._speaker_ids[key] = sid
        return sid


def _better(grade: MatchGrade, position: int, best_position: int, best: MatchGrade) -> bool:
    """Higher score wins; on a tie the earlier claim, so links point towards first appearances."""
    return grade.score > best.score or (grade.score == best.score and position < best_position)


def _distinct_content(norm: str) -> list[str]:
    return sorted(set(norm.split()).difference(stopwords()))  # sorted: same links every run


def _day(published: str | None) -> int:
    if not published:
        return NO_DAY
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return NO_DAY
