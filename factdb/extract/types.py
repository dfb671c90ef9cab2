"""Plain dataclasses the extraction engine returns.

They are the contract between the engine and everything downstream (storage, matching, the
`extract --format json` interface), so they carry offsets into the document text exactly as
given and nothing that needs a database or a terminal to make sense.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

ClaimKind = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organization", "anonymous", "media", "unknown"]
HedgeCategory = Literal[
    "verification",  # "cannot independently confirm", "could not be verified", "unconfirmed"
    "distancing",  # "reportedly", "allegedly", "claimed", "is said to"
    "epistemic",  # "may", "might", "possibility", "believed to"
    "conditional",  # "if true", "if confirmed"
    "approximation",  # "about 3,000", "approximately 20"
    "no_comment",  # "declined to comment"
]

UNKNOWN_SPEAKER = "unknown"

# Between the pieces of a quotation its frame interrupts. An ellipsis, not a space: the engine
# ends a piece before the punctuation the frame hangs on ("affecting it,” said Caddell. “Yesterday"
# gives "affecting it" and "Yesterday"), and the pieces may be sentences apart, so run together
# they would read as words said in one breath ("affecting it Yesterday"). Matching, drift and
# search read the ellipsis as a space, so another outlet's "It's done, and it works." still
# equals our "It's done … and it works."
PIECE_JOINER = " \u2026 "


@dataclass(slots=True)
class Span:
    """A stretch of the document: `document[start:end] == text`."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Hedge:
    text: str
    start: int
    end: int
    category: HedgeCategory


@dataclass(slots=True)
class Speaker:
    """Who a claim is attributed to.

    `name` is the canonical name resolved across the article ("John Kirby" for a "Kirby"
    mention, "A South Korean Foreign Ministry official" for "the official"); it is never a bare
    pronoun, and is `unknown` when the engine is not sure. `mention` with `start`/`end` is the
    surface text at this claim.
    """

    name: str
    mention: str
    start: int
    end: int
    kind: SpeakerKind
    role: str | None = None
    organization: str | None = None


@dataclass(slots=True)
class Claim:
    """One quote or reported claim.

    `start`/`end` delimit the content (the words said, without enclosing quote marks for
    direct quotes). `context_start`/`context_end` delimit the sentence(s) that frame it, used
    for topic search and for showing the claim in place. `rule` names the pattern that
    produced the claim so a journalist can ask why.
    """

    text: str
    start: int
    end: int
    kind: ClaimKind
    speaker: Speaker | None
    cue: Span | None
    hedges: list[Hedge] = field(default_factory=list)
    confidence: float = 0.5
    rule: str = ""
    context_start: int = 0
    context_end: int = 0
    said_on: str | None = None  # ISO date when the article says when it was said
    # The pieces of `start:end` that are the claim's own words when a speaker interrupts it
    # ("It's done," he said, "and it works."): each slices back like the claim; empty when the
    # claim is one piece. Lets a reader quote the words without the "he said" between them.
    segments: list[tuple[int, int]] = field(default_factory=list)

    @property
    def hedged(self) -> bool:
        return bool(self.hedges)

    @property
    def quote(self) -> str:
        """The speaker's words: the segments joined, or the whole text for a one-piece claim."""
        return join_pieces(self.text, self.start, self.segments)


def join_pieces(text: str, start: int, segments: Sequence[Sequence[int]]) -> str:
    """The words of `segments` (absolute offsets) inside `text`, which begins at `start`.

    Shared by the engine and the store, so a claim read back from the database says exactly
    what the engine said.
    """
    if not segments:
        return text
    return PIECE_JOINER.join(text[s - start : e - start] for s, e in segments)


@dataclass(slots=True)
class ArticleMeta:
    """What the article says about itself: read from the text, never invented."""

    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601 date
    author: str | None = None
    dateline_place: str | None = None
    dateline_date: str | None = None  # as written, e.g. "Oct. 17"


@dataclass(slots=True)
class ArticleExtraction:
    """Everything the engine found in one document."""

    meta: ArticleMeta
    claims: list[Claim]
    hedges: list[Hedge]  # every hedge cue anywhere in the text
    boilerplate: list[tuple[int, int]] = field(default_factory=list)  # spans skipped


def _flat(value: Span | Hedge | Speaker) -> dict[str, Any]:
    """The fields of a dataclass of plain values, in order: what `asdict` gives for these,
    without its deep copy of each value (a third of the JSON writer's time on BBC)."""
    return {name: getattr(value, name) for name in value.__slots__}  # type: ignore[union-attr]


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """The stable `extract --format json` shape of a claim."""
    speaker = None
    if claim.speaker is not None:
        speaker = _flat(claim.speaker)
    cue = None if claim.cue is None else _flat(claim.cue)
    return {
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "speaker": speaker,
        "cue": cue,
        "hedged": claim.hedged,
        "hedges": [_flat(h) for h in claim.hedges],
        "confidence": round(claim.confidence, 3),
        "rule": claim.rule,
        # optional: present only for a claim in pieces, so one-piece claims keep their shape
        **(
            {"segments": [list(seg) for seg in claim.segments], "quote": claim.quote}
            if claim.segments
            else {}
        ),
    }
