"""Web pages: the article's main text, without navigation, related links or comment forms.

Trafilatura does the boilerplate removal (hand-written tag stripping keeps menus and comment
forms, which then turn into false quotes). Its plain-text output is the document text, so
offsets index what trafilatura extracted, not the HTML source.
"""

from __future__ import annotations

import json
from typing import Any

from factdb.dates import parse_date
from factdb.readers.decode import (
    BINARY,
    EMPTY,
    has_visible_text,
    looks_binary,
    normalise_newlines,
)
from factdb.readers.types import ReadError, SourceDocument

NO_TEXT = "no article text found in HTML"


def html_document(data: bytes, *, source_id: str, origin: str) -> SourceDocument | ReadError:
    """One document for an HTML page, with title/author/date/site/URL from its markup."""
    if looks_binary(data):
        return ReadError(origin, BINARY)
    if not data.strip():
        return ReadError(origin, EMPTY)
    try:
        extracted = _extract(data)
    except Exception as exc:  # lxml and trafilatura raise many types on hostile markup
        return ReadError(origin, f"could not parse HTML: {type(exc).__name__}: {exc}")
    if extracted is None:
        return ReadError(origin, NO_TEXT)
    raw_text = extracted.get("text")
    text = normalise_newlines(raw_text) if isinstance(raw_text, str) else ""
    if not has_visible_text(text):
        return ReadError(origin, NO_TEXT)
    date = _string(extracted.get("date"))
    return SourceDocument(
        source_id=source_id,
        text=text,
        format="html",
        origin=origin,
        title=_string(extracted.get("title")),
        outlet=_string(extracted.get("source-hostname")) or _string(extracted.get("hostname")),
        url=_string(extracted.get("source")),
        published=parse_date(date) if date else None,
        author=_string(extracted.get("author")),
    )


def _extract(data: bytes) -> dict[str, Any] | None:
    """Main text and metadata in one trafilatura pass (its JSON output carries both).

    Dates come only from markup and the URL (`extensive_search=False`): a date guessed from
    free text on the page would be invented metadata. Trafilatura is imported here, not at
    the top: it costs ~0.15 s and ~20 MB at start-up, and most ingests read no HTML.
    """
    import trafilatura
    from trafilatura.settings import set_date_params

    output = trafilatura.extract(
        data,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        date_extraction_params=set_date_params(extensive=False),
    )
    if not output:
        return None
    parsed = json.loads(output)
    return parsed if isinstance(parsed, dict) else None


def _string(value: object) -> str | None:
    """A metadata value on one line (titles and names in markup carry stray newlines)."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
