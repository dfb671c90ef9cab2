"""One source (a file or stdin) to its documents, whatever the format."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Literal

from factdb.readers.decode import EMPTY
from factdb.readers.errors import describe_os_error
from factdb.readers.fields import given_date
from factdb.readers.html import html_document
from factdb.readers.jsonl import read_jsonl
from factdb.readers.paths import path_label
from factdb.readers.text import text_document
from factdb.readers.types import ReadError, SourceDocument

STDIN_ORIGIN = "stdin"
_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


def source_format(path: Path) -> str:
    """txt | md | html | jsonl by suffix; anything else named explicitly is plain text."""
    return _FORMATS.get(path.suffix.lower(), "txt")


def read_source(
    source: Path | Literal["-"],
    *,
    stdin: BinaryIO | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> Iterator[SourceDocument | ReadError]:
    """Documents of one source, lazily, each failure as a `ReadError` rather than an exception.

    `outlet`/`url`/`published` are what the user typed on the command line about this source:
    they win over what a single page or text says about itself. For a JSONL corpus `outlet` and
    `published` are only defaults, since each record describes its own article, and `url` is
    ignored: one URL cannot belong to many articles.
    """
    if source != "-" and source_format(source) == "jsonl":
        yield from read_jsonl(source, outlet=outlet, published=published)
        return
    item = _read_single(source, stdin)
    if isinstance(item, ReadError):
        yield item
        return
    yield _with_options(item, outlet=outlet, url=url, published=published)


def _read_single(source: Path | Literal["-"], stdin: BinaryIO | None) -> SourceDocument | ReadError:
    origin = STDIN_ORIGIN if source == "-" else path_label(source)
    try:
        if source == "-":
            data = (stdin if stdin is not None else sys.stdin.buffer).read()
        else:
            data = source.read_bytes()
    except OSError as exc:
        return ReadError(origin, describe_os_error(exc))
    if source == "-":
        item = text_document(data, source_id="-", origin=origin, format="stdin")
        if isinstance(item, ReadError) and item.message == EMPTY:
            return ReadError(origin, "empty input")
        return item
    kind = source_format(source)
    if kind == "html":
        return html_document(data, source_id=origin, origin=origin)
    return text_document(data, source_id=origin, origin=origin, format=kind)


def _with_options(
    document: SourceDocument, *, outlet: str | None, url: str | None, published: str | None
) -> SourceDocument:
    date, warning = None, document.warning
    if published:
        date, warning = given_date(published, warning)
    return replace(
        document,
        outlet=outlet or document.outlet,
        url=url or document.url,
        published=date or document.published,
        warning=warning,
    )
