"""Metadata values given beside an article (JSONL fields, command-line options)."""

from __future__ import annotations

from factdb.dates import parse_date


def given_date(value: str, warning: str | None) -> tuple[str | None, str | None]:
    """The ISO form of a given date, and the document's warning extended when it has none.

    An unrecognised date is dropped, never stored as typed, but the user is told so.
    """
    parsed = parse_date(value)
    if parsed is not None:
        return parsed, warning
    return None, add_warning(warning, f"unrecognised date {value!r} ignored")


def add_warning(warning: str | None, note: str) -> str:
    """Several things can be wrong with one document; the user sees them all on one line."""
    return f"{warning}; {note}" if warning else note
