"""Which files a list of command-line paths stands for."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from factdb.readers.errors import describe_os_error
from factdb.readers.paths import path_label
from factdb.readers.types import ReadError

# What a folder walk picks up. A file named explicitly is read whatever its suffix (as plain
# text unless it says HTML, Markdown or JSONL): the user asked for it, and binary content is
# still refused when it is read.
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")

Source = Path | Literal["-"]


def discover(paths: Sequence[str]) -> tuple[list[Source], list[ReadError]]:
    """The files to read, in the order given (folders walked recursively, sorted), and why
    any path yields nothing.

    `-` stands for standard input. Hidden files and folders are skipped inside a walk, never
    when named explicitly. Paths keep the spelling the user gave, joined with the path inside
    the folder, because that is the `source_id` they will recognise.
    """
    sources: list[Source] = []
    errors: list[ReadError] = []
    for given in paths:
        if given == "-":
            sources.append("-")
            continue
        path = Path(given)
        if path.is_dir():
            found = _walk(path, errors)
            if found:
                sources.extend(found)
            else:
                errors.append(ReadError(path_label(given), _nothing_readable()))
        elif path.exists():
            sources.append(path)
        else:
            errors.append(ReadError(path_label(given), _missing(path)))
    return sources, errors


def _walk(folder: Path, errors: list[ReadError]) -> list[Path]:
    def report(exc: OSError) -> None:
        errors.append(ReadError(path_label(exc.filename or folder), describe_os_error(exc)))

    found: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=report):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(root)
        for name in sorted(names):
            if not name.startswith(".") and name.lower().endswith(SUPPORTED_SUFFIXES):
                found.append(base / name)
    return found


def _nothing_readable() -> str:
    return f"no readable files in directory (looked for {', '.join(SUPPORTED_SUFFIXES)})"


def _missing(path: Path) -> str:
    if path.is_symlink():
        return "broken symbolic link"
    try:
        path.stat()
    except OSError as exc:
        return describe_os_error(exc)
    return "no such file or directory"
