"""A stored claim's pieces and its speaker's words, read back from `claim.segments`/`quote`.

Every reader (listings, `show`, matching, the timeline, exports) goes through these two
functions, so a claim stored before m010 (one piece, no quote) or on damaged pages reads the
same way everywhere: its whole text is the speaker's words.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def claim_quote(quote: str | None, text: str) -> str:
    """The speaker's words; the whole text when none were stored (an empty quote is none)."""
    return quote or text


def claim_pieces(segments: str | None, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces' offsets into the article, in order; one piece, the claim, when unsplit."""
    if not segments:
        return [(start, end)]
    return [(int(s), int(e)) for s, e in json.loads(segments)]


def row_pieces(row: Mapping[str, Any]) -> list[tuple[int, int]]:
    """The pieces of a claim as the JSON interface shows it (`segments`, else `start:end`)."""
    return [(s, e) for s, e in row.get("segments") or [(row["start"], row["end"])]]


def row_quote(row: Mapping[str, Any]) -> str:
    """The speaker's words of a claim as the JSON interface shows it (`text` in older JSON)."""
    return row.get("quote") or row["text"]
