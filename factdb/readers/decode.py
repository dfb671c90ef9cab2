"""Bytes to text for every reader, with the one normalisation offsets can live with.

The decoded string is what every claim offset indexes, so nothing is rewritten except line
endings: `\\r\\n` and a lone `\\r` become `\\n`, so the same article saved on Windows and on a
Mac hashes, deduplicates and offsets the same. Quotes, spaces and accents stay as written.
"""

from __future__ import annotations

import re

_BINARY_SAMPLE = 8192
# Text has tabs and newlines but almost no other C0 controls; a few stray ones happen in
# scraped text, a high share means we are looking at a binary format.
_CONTROL_SHARE = 0.10
# Every byte that is not a suspicious control character, for a C-speed count by deletion.
_NOT_CONTROL = bytes(range(32, 256)) + b"\t\n\r\f\v\x1b"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Whitespace and the invisible format characters (zero-width spaces and joiners, BOMs, soft
# hyphens, direction marks) that `str.strip` keeps: a file of only these has no article.
_VISIBLE = re.compile(
    r"[^\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


BINARY = "binary file, not text"
EMPTY = "empty file"


class NotText(ValueError):
    """Input that is not an article's text; the message is one line for the user."""


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Text of `data` and a warning when it was not UTF-8.

    UTF-8 (a BOM is dropped) is expected; UTF-16 with a BOM is accepted; anything else is
    decoded as cp1252, the usual encoding of old Windows newsroom files, and failing that
    latin-1, which never fails. UTF-8 with a few broken bytes stays UTF-8, the broken bytes
    replaced, so one bad byte does not garble every curly quote. Raises `NotText` for binary
    or empty input.
    """
    if data.startswith(_UTF16_BOMS):
        try:
            return _checked(data.decode("utf-16")), None
        except UnicodeDecodeError:
            raise NotText(BINARY) from None
    if looks_binary(data):
        raise NotText(BINARY)
    try:
        return _checked(data.decode("utf-8-sig")), None
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    try:
        return _checked(data.decode("cp1252")), "not UTF-8; decoded as cp1252"
    except UnicodeDecodeError:
        return _checked(data.decode("latin-1")), "not UTF-8; decoded as latin-1"


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few invalid bytes, if that is what `data` is; else None.

    Legacy-encoded text has no valid multi-byte UTF-8 sequences (or only by accident), while a
    UTF-8 file damaged in transit has many valid ones and a handful of invalid bytes.
    """
    text = data.decode("utf-8-sig", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = sum(1 for char in text if ord(char) > 127) - text.count("\ufffd")
    if invalid <= 0 or non_ascii < 2 * invalid:
        return None
    plural = "byte" if invalid == 1 else "bytes"
    warning = f"{invalid} invalid UTF-8 {plural} replaced with U+FFFD"
    return _checked(text), warning


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control bytes in the first few kilobytes."""
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls / len(sample) > _CONTROL_SHARE


def normalise_newlines(text: str) -> str:
    """`\\r\\n` and lone `\\r` to `\\n`; the only change readers make to text."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def has_visible_text(text: str) -> bool:
    """Whether `text` has a character a reader can see (not just spaces or zero-width marks)."""
    return _VISIBLE.search(text) is not None


def _checked(text: str) -> str:
    text = normalise_newlines(text)
    if not has_visible_text(text):
        raise NotText(EMPTY)
    return text
