"""JSON Lines corpora: one article per line, read lazily so a 50 MB file streams.

A bad line is reported with its line number and the rest of the file is still read: one
broken record must not cost a journalist the other thousand.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from factdb.readers.decode import (
    BINARY,
    EMPTY,
    NotText,
    decode_text,
    has_visible_text,
    looks_binary,
    normalise_newlines,
)
from factdb.readers.errors import describe_os_error
from factdb.readers.fields import add_warning, given_date
from factdb.readers.paths import path_label
from factdb.readers.types import ReadError, SourceDocument

_HEAD_BYTES = 8192
_UTF8_BOM = b"\xef\xbb\xbf"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Optional string fields and the keys they may appear under (first present wins), so
# corpora exported by other tools (`publisher`, `publication_date`) read without conversion.
_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "outlet": ("outlet", "publisher"),
    "url": ("url",),
    "author": ("author",),
    "published": ("published", "date", "publication_date"),
}


def read_jsonl(
    path: Path, *, outlet: str | None = None, published: str | None = None
) -> Iterator[SourceDocument | ReadError]:
    """Each record of a `.jsonl` file as a document, each bad line as an error.

    `outlet` and `published` (from the command line) fill in records that give
    none; a record's own fields always win, and a single `--url` is never applied to many
    records.
    """
    label = path_label(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadError(label, describe_os_error(exc))
        return
    with handle:
        records = 0
        try:
            head = handle.read(_HEAD_BYTES)
            if looks_binary(head):
                yield ReadError(label, BINARY)
                return
            for number, line in enumerate(_lines(head, handle), start=1):
                if number == 1 and line.startswith(_UTF8_BOM):
                    line = line[len(_UTF8_BOM) :]
                if not line.strip():
                    continue
                records += 1
                yield _document(line, label, number, outlet, published)
        except OSError as exc:
            yield ReadError(label, describe_os_error(exc))
            return
        if records == 0:
            yield ReadError(label, EMPTY)


def _lines(head: bytes, handle: IO[bytes]) -> Iterator[bytes]:
    """Lines without their `\\n`, starting with the bytes already read for the binary check."""
    chunk = head if not head or head.endswith(b"\n") else head + handle.readline()
    *complete, last = chunk.split(b"\n")
    yield from complete
    if last:  # the file ended without a newline inside the first chunk
        yield last
        return
    for line in handle:
        yield line[:-1] if line.endswith(b"\n") else line


def _document(
    line: bytes, label: str, number: int, outlet: str | None, published: str | None
) -> SourceDocument | ReadError:
    origin = f"{label}:{number}"
    try:
        decoded, warning = decode_text(line)
    except NotText as exc:
        return ReadError(origin, str(exc))
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as exc:
        return ReadError(origin, f"invalid JSON ({exc.msg} at column {exc.colno})")
    except (ValueError, RecursionError) as exc:
        return ReadError(origin, f"invalid JSON ({_first_line(exc)})")
    if not isinstance(record, dict):
        return ReadError(origin, f"not a JSON object (got {_json_type(record)})")
    problem = _check(record)
    if problem is not None:
        return ReadError(origin, problem)
    fields = {name: _first(record, keys) for name, keys in _FIELDS.items()}
    record_id = record.get("id")
    text = normalise_newlines(record["text"])
    source_id = origin if record_id in (None, "") else str(record_id)
    if _LONE_SURROGATE.search(text) or _LONE_SURROGATE.search(source_id):
        # JSON can spell half an emoji ("\ud83d"); no database or terminal takes it, and one
        # replacement character per half keeps every offset where it was.
        text = _LONE_SURROGATE.sub("\ufffd", text)
        source_id = _LONE_SURROGATE.sub("\ufffd", source_id)
        warning = add_warning(warning, "invalid Unicode (lone surrogates) replaced with U+FFFD")
    fields = {
        name: None if value is None else _LONE_SURROGATE.sub("\ufffd", value)
        for name, value in fields.items()
    }
    date = fields["published"] or published
    if date is not None:
        date, warning = given_date(date, warning)
    return SourceDocument(
        source_id=source_id,
        text=text,
        format="jsonl",
        origin=origin,
        title=fields["title"],
        outlet=fields["outlet"] or outlet,
        url=fields["url"],
        published=date,
        author=fields["author"],
        warning=warning,
    )


def _check(record: dict[str, Any]) -> str | None:
    """Why a record cannot be an article, or None."""
    if "text" not in record or record["text"] is None:
        return 'missing "text" field'
    if not isinstance(record["text"], str):
        return f'"text" must be a string, got {_json_type(record["text"])}'
    if not has_visible_text(record["text"]):
        return '"text" is empty'
    record_id = record.get("id")
    if record_id is not None and (
        isinstance(record_id, bool) or not isinstance(record_id, str | int)
    ):
        return f'"id" must be a string or number, got {_json_type(record_id)}'
    for keys in _FIELDS.values():
        for key in keys:
            value = record.get(key)
            if value is not None and not isinstance(value, str):
                return f'"{key}" must be a string, got {_json_type(value)}'
    return None


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
