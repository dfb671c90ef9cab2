"""How a file's path is shown and stored."""

from __future__ import annotations

from pathlib import Path


def path_label(path: Path | str) -> str:
    """The path as given, with bytes that are not UTF-8 written as `\\xe9`.

    Linux file names are bytes; Python carries undecodable ones as lone surrogates, which
    neither the database nor a terminal accepts. Escaping keeps the label printable and stable.
    """
    text = str(path)
    if text.isascii():
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
