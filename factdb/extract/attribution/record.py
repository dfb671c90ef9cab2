"""The `Attribution` record every rule returns, and the trimming of its spans."""

from __future__ import annotations

from dataclasses import dataclass

from factdb.extract.attribution.shared import _EDGE_TRIM


@dataclass(slots=True)
class Attribution:
    """One reported claim as found in a sentence, before speaker resolution."""

    start: int
    end: int
    kind: str  # direct | indirect | mixed
    rule: str
    cue: tuple[int, int] | None
    mention: tuple[int, int] | None
    appositive: tuple[int, int] | None = None
    confidence: float = 0.8
    context: tuple[int, int] = (0, 0)
    gap: tuple[int, int] | None = None  # the speaker and cue inside the claim, if any


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_TRIM:
        start += 1
    while end > start and text[end - 1] in _EDGE_TRIM:
        end -= 1
    if end > start and text[end - 1] == ")" and _unbalanced_close(text, start, end):
        return _trim(text, start, end - 1)  # "(... said the timing was unrelated.)"
    if end > start and text[end - 1] in "([":
        # "has sold 235,000 copies (according to Nielsen)": the bracket opens the source's aside
        return _trim(text, start, end - 1)
    return start, end


def _unbalanced_close(text: str, start: int, end: int) -> bool:
    """Whether the stretch closes more parentheses than it opens: the sentence was an aside in
    parentheses, whose closing mark is the writer's, no part of what was said."""
    stretch = text[start:end]
    return stretch.count(")") > stretch.count("(")
