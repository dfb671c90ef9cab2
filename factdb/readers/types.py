"""What a reader hands to the rest of factdb: one document, or one reported failure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class SourceDocument:
    """One article's text exactly as extracted, with whatever metadata came beside it.

    `text` is the string every offset indexes: the file's decoded contents, the JSONL `text`
    field, or the main text trafilatura took out of an HTML page. Metadata given here (JSONL
    fields, `--outlet`/`--url`/`--date` options, HTML meta tags) wins over what the engine
    reads from the text itself.
    """

    source_id: str  # the JSONL `id`, else the file path, else "-" for stdin
    text: str
    format: str  # txt | md | html | jsonl | stdin
    origin: str  # where it came from, for messages: "path" or "path:LINE"
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date
    author: str | None = None
    warning: str | None = None  # e.g. "decoded as cp1252"


@dataclass(slots=True)
class ReadError:
    """A file or line that could not be read; `message` is one line for `Error: origin: message`."""

    origin: str
    message: str
