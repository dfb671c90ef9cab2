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
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from hashlib import blake2b
from itertools import chain

from factdb.match.grade import (
    GRADES,
    MIN_SUBSTANTIVE,
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


TextLoader = Callable[[Sequence[int]], Mapping[int, str]]
"""Stored texts by claim id (ids it cannot find are left out): how an index that keeps no
texts reads the few it grades."""


class ClaimIndex:
    """Claims in insertion order with posting lists over their content words.

    Parameters bound the work per claim: `rare_tokens` posting lists are read, each only in
    its last `recent` entries, and at most `graded` candidates are graded. Entries are kept in
    compact arrays. With `keep_texts=False` the index holds no claim text at all, only ids,
    dates, speakers and hashed exact-match keys (a few dozen bytes a claim), and reads the
    texts of the candidates it grades through the `texts` loader given to `add_many`/`query`:
    memory then grows with the vocabulary and the posting lists, not with what was said.
    """

    def __init__(
        self,
        *,
        rare_tokens: int = 4,
        recent: int = 32,
        graded: int = 4,
        window_days: int | None = 365,
        keep_texts: bool = True,
    ) -> None:
        self.rare_tokens = rare_tokens
        self.recent = recent
        self.graded = graded
        self.window_days = window_days
        self._ids = array("q")
        self._norms: list[str] | None = [] if keep_texts else None
        self._loaded: dict[int, str] = {}  # position -> norm, while a batch or query runs
        self._texts: TextLoader | None = None
        self._days = array("i")
        self._speakers = array("i")
        self._substantive = array("H")
        self._roots = array("i")  # position of each claim's cluster root
        self._positions: dict[int, int] | None = None  # only once ids arrive out of order
        self._exact = _HashPositions()
        self._token_ids: dict[str, int] = {}
        self._postings: list[array[int]] = []
        self._speaker_ids: dict[str, int] = {}
        self._speaker_refs: list[SpeakerRef] = []
        # Speakers of clusters that have more than their root's own (most clusters have one
        # claim: storing a list for each would cost more than the rest of the claim).
        self._cluster_speakers: dict[int, list[int]] = {}
        self._compatible: dict[tuple[int, int], bool] = {}
        self.graded_pairs = 0
        self.texts_loaded = 0

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, claim_id: object) -> bool:
        return isinstance(claim_id, int) and self._position(claim_id) is not None

    def cluster_of(self, claim_id: int) -> int:
        """The claim_id of the first appearance of the claim's cluster."""
        position = self._position(claim_id)
        if position is None:
            raise KeyError(claim_id)
        return self._ids[self._roots[position]]

    def add(self, record: ClaimRecord, *, texts: TextLoader | None = None) -> Link | None:
        """Match one claim against everything already added, then add it."""
        return self._add_batch([record], texts)[0]

    def add_many(
        self, records: Iterable[ClaimRecord], *, texts: TextLoader | None = None
    ) -> list[Link]:
        """`add` for each record in order; the same links, with stored texts read in bulk."""
        links: list[Link] = []
        batch: list[ClaimRecord] = []
        for record in records:
            batch.append(record)
            if len(batch) >= _BATCH:
                links.extend(link for link in self._add_batch(batch, texts) if link)
                batch = []
        if batch:
            links.extend(link for link in self._add_batch(batch, texts) if link)
        return links

    def restore(self, record: ClaimRecord, cluster_id: int) -> None:
        """Put back a claim whose cluster is already known (loading stored matches): no grading.

        Claims must come back in the order they were first added, so a cluster's first claim
        is present before the rest of it.
        """
        self._check_new([record])
        norm = normalize_claim(record.text)
        tokens = _distinct_content(norm)
        known = list(map(self._token_ids.get, tokens))
        speaker = self._speaker_id(record.speaker)
        query = Prepared(norm, substantive_count(tokens))
        key = _norm_key(norm) if norm else 0
        position = self._append(
            record.claim_id, query, key, tokens, known, speaker, _day(record.published)
        )
        if self._norms is None:
            self._loaded.pop(position)
        root = self._position(cluster_id)
        if root is not None:
            self._join(position, root, speaker)

    def _add_batch(self, records: list[ClaimRecord], texts: TextLoader | None) -> list[Link | None]:
        """Add claims in order, as `add` one by one would, in three steps.

        First every claim's candidates are found and the claim is filed (candidates depend
        only on the posting lists, never on earlier links); then the texts of stored
        candidates are read in one go; then claims are graded and linked in order, each
        against clusters as the claims before it left them.
        """
        self._check_new(records)
        if self._norms is None and texts is None:
            raise ValueError("this index keeps no texts: pass a `texts` loader")
        first = len(self._ids)
        pending: list[tuple[int, Prepared, int | None, list[int], int, int]] = []
        for record in records:
            norm = normalize_claim(record.text)
            tokens = _distinct_content(norm)
            known = list(map(self._token_ids.get, tokens))
            speaker = self._speaker_id(record.speaker)
            day = _day(record.published)
            key = _norm_key(norm) if norm else 0
            exact = self._exact.get(key) if norm else None
            candidates = self._candidates(known) if norm else []
            query = Prepared(norm, substantive_count(tokens))
            position = self._append(record.claim_id, query, key, tokens, known, speaker, day)
            pending.append((position, query, exact, candidates, speaker, day))
        self._texts = texts
        try:
            if self._norms is None:
                self._prefetch(pending, first)
            links: list[Link | None] = []
            for position, query, exact, candidates, speaker, day in pending:
                best = self._best(query, exact, candidates, speaker, day)
                if best is None:
                    self._join(position, position, speaker)
                    links.append(None)
                    continue
                target, grade = best
                root = self._roots[target]
                self._join(position, root, speaker)
                links.append(
                    Link(
                        self._ids[position],
                        self._ids[target],
                        self._ids[root],
                        grade.grade,
                        grade.score,
                    )
                )
        finally:
            self._texts = None
            self._loaded.clear()
        return links

    def _check_new(self, records: list[ClaimRecord]) -> None:
        """Refuse a batch holding a known id or one id twice, before anything is changed."""
        seen: set[int] = set()
        for record in records:
            if record.claim_id in seen or self._position(record.claim_id) is not None:
                raise ValueError(f"claim {record.claim_id} is already in the index")
            seen.add(record.claim_id)

    def _append(
        self,
        claim_id: int,
        query: Prepared,
        key: int,
        tokens: list[str],
        known: list[int | None],
        speaker: int,
        day: int,
    ) -> int:
        """File a claim as the root of its own cluster; `_join` may move it into another."""
        norm = query.norm
        position = len(self._ids)
        if self._positions is None and position and claim_id < self._ids[-1]:
            self._positions = {cid: p for p, cid in enumerate(self._ids)}
        if self._positions is not None:
            self._positions[claim_id] = position
        self._ids.append(claim_id)
        if self._norms is None:
            self._loaded[position] = norm
        else:
            self._norms.append(norm)
        self._days.append(day)
        self._speakers.append(speaker)
        self._substantive.append(min(query.substantive, 65535))
        self._roots.append(position)
        if norm:
            self._exact.setdefault(key, position)
        token_ids, postings = self._token_ids, self._postings
        for token, index in zip(tokens, known, strict=True):
            if index is None:
                token_ids[token] = len(postings)
                postings.append(array("i", (position,)))
            else:
                postings[index].append(position)
        return position

    def _join(self, position: int, root: int, speaker: int) -> None:
        self._roots[position] = root
        if speaker == NO_SPEAKER or root == position:
            return
        speakers = self._speakers_of(root)
        if speaker not in speakers:
            self._cluster_speakers[root] = [*speakers, speaker]

    def _speakers_of(self, root: int) -> Sequence[int]:
        """The distinct named speakers of a cluster, its root's first."""
        extra = self._cluster_speakers.get(root)
        if extra is not None:
            return extra
        own = self._speakers[root]
        return () if own == NO_SPEAKER else (own,)

    def _position(self, claim_id: int) -> int | None:
        if self._positions is not None:
            return self._positions.get(claim_id)
        ids = self._ids
        i = bisect_left(ids, claim_id)  # ids arrived in increasing order
        return i if i < len(ids) and ids[i] == claim_id else None

    def query(
        self,
        text: str,
        *,
        speaker: SpeakerRef | None = None,
        limit: int = 10,
        texts: TextLoader | None = None,
    ) -> list[Hit]:
        """Stored claims most like `text`, best first, without adding it.

        Only claims whose speaker may be the given one are returned; with no speaker, any.
        """
        norm = normalize_claim(text)
        if not norm:
            return []
        if self._norms is None and texts is None:
            raise ValueError("this index keeps no texts: pass a `texts` loader")
        sid = self._speaker_id(speaker)
        known = list(map(self._token_ids.get, _distinct_content(norm)))
        query = Prepared(norm)
        budget = max(self.graded, limit * 4)
        agreeing = [p for p in self._candidates(known) if self._speakers_agree(sid, p)]
        graded = agreeing[:budget]
        self._texts = texts
        try:
            if self._norms is None:
                self._load(graded)
            hits = []
            for position in graded:
                grade = self._grade(query, position)
                if grade is not None:
                    hits.append(Hit(self._ids[position], grade.grade, grade.score))
        finally:
            self._texts = None
            self._loaded.clear()
        hits.sort(key=lambda h: (-h.score, GRADES.index(h.grade), h.claim_id))
        return hits[:limit]

    def _prefetch(
        self, pending: list[tuple[int, Prepared, int | None, list[int], int, int]], first: int
    ) -> None:
        """Read at once the stored texts the batch will most likely grade.

        A candidate is likely when it passes the link checks as things stand (each claim of
        the batch still alone in its cluster); links made within the batch only add speakers
        to clusters, so fewer pass, and a text missed here is rare and read on its own.
        """
        wanted: list[int] = []
        for _, query, exact, candidates, speaker, day in pending:
            if (
                exact is not None
                and query.substantive >= MIN_SUBSTANTIVE
                and self._may_link(exact, speaker, day)
            ):
                continue  # the exact repeat will be the link; its text is the query's
            budget = self.graded
            for position in candidates:
                if not self._may_link(position, speaker, day):
                    continue
                if position < first:
                    wanted.append(position)
                budget -= 1
                if not budget:
                    break
        self._load(wanted)

    def _load(self, positions: Iterable[int]) -> None:
        """Normalised texts of these positions into `_loaded`, one loader call."""
        assert self._texts is not None
        missing = sorted({p for p in positions if p not in self._loaded})
        if not missing:
            return
        ids = [self._ids[p] for p in missing]
        found = self._texts(ids)
        self.texts_loaded += len(missing)
        for position, claim_id in zip(missing, ids, strict=True):
            text = found.get(claim_id)
            # A claim gone from the store cannot be linked to: no text grades as no match.
            self._loaded[position] = "" if text is None else normalize_claim(text)

    def _norm(self, position: int) -> str:
        if self._norms is not None:
            return self._norms[position]
        if position not in self._loaded:
            self._load((position,))
        return self._loaded[position]

    def _best(
        self,
        query: Prepared,
        exact: int | None,
        candidates: list[int],
        speaker: int,
        day: int,
    ) -> tuple[int, MatchGrade] | None:
        if exact is not None and self._may_link(exact, speaker, day):
            grade = self._grade(query, exact, same_text=True)
            if grade is not None:
                return exact, grade
        best: tuple[int, MatchGrade] | None = None
        budget = self.graded
        for position in candidates:
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
        if len(lists) > self.rare_tokens:  # (stable: equal lengths keep the tokens' order)
            lists.sort(key=len)
        rare = lists[: self.rare_tokens]
        recent = -self.recent
        counts = Counter(chain.from_iterable(p[recent:] for p in rare))
        need = 2 if len(rare) > 2 else 1
        ranked = [(n, p) for p, n in counts.items() if n >= need]
        ranked.sort(reverse=True)
        return [p for _, p in ranked]

    def _grade(
        self, query: Prepared, position: int, *, same_text: bool = False
    ) -> MatchGrade | None:
        """Grade a stored claim against the query; `same_text` when its exact key is the
        query's, so an index without texts need not read it (64-bit keys: a collision is
        about one in 10^19 per pair)."""
        self.graded_pairs += 1
        norm = query.norm if same_text and self._norms is None else self._norm(position)
        return grade_prepared(query, Prepared(norm, self._substantive[position]))

    def _may_link(self, position: int, speaker: int, day: int) -> bool:
        return self._speakers_agree(speaker, position) and self._in_window(position, speaker, day)

    def _in_window(self, position: int, speaker: int, day: int) -> bool:
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
        for other in self._speakers_of(self._roots[position]):
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


class _HashPositions:
    """First position per 64-bit key, in two flat arrays (open addressing, linear probing).

    A dict of Python ints costs ~110 bytes an entry; this costs 16 to 32.
    """

    __slots__ = ("_keys", "_values", "_used")

    def __init__(self) -> None:
        self._keys = array("q", bytes(8 * 1024))  # 0 marks an empty slot
        self._values = array("q", bytes(8 * 1024))
        self._used = 0

    def get(self, key: int) -> int | None:
        keys, mask = self._keys, len(self._keys) - 1
        slot = key & mask
        while True:
            found = keys[slot]
            if found == key:
                return self._values[slot]
            if not found:
                return None
            slot = (slot + 1) & mask

    def setdefault(self, key: int, value: int) -> None:
        if 2 * (self._used + 1) > len(self._keys):
            self._grow()
        keys, mask = self._keys, len(self._keys) - 1
        slot = key & mask
        while True:
            found = keys[slot]
            if found == key:
                return
            if not found:
                keys[slot] = key
                self._values[slot] = value
                self._used += 1
                return
            slot = (slot + 1) & mask

    def _grow(self) -> None:
        old = [(k, v) for k, v in zip(self._keys, self._values, strict=True) if k]
        size = 2 * len(self._keys)
        self._keys = array("q", bytes(8 * size))
        self._values = array("q", bytes(8 * size))
        self._used = 0
        for key, value in old:
            self.setdefault(key, value)


_BATCH = 2000  # claims filed before grading: bounds the texts a batch holds


def _norm_key(norm: str) -> int:
    """A stable non-zero 63-bit key for a normalised text (same in every process)."""
    digest = int.from_bytes(blake2b(norm.encode(), digest_size=8).digest(), "big")
    return (digest >> 1) or 1


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
