"""One emitter for every list command: table, json, nl (newline-delimited JSON) or csv.

Commands hand over plain dicts (the JSON shape is the contract) plus, for the table, which
columns to show; everything about formatting lives here so every command behaves alike.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    nl = "nl"
    csv = "csv"


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: a header and how to render a row's cell as plain text."""

    header: str
    render: Callable[[dict[str, Any]], str]
    max_width: int | None = None
    ratio: int | None = None  # share of spare width; set on the columns that carry prose
    no_wrap: bool = False  # short fields (ids, dates) that must stay readable on one line


def choose_format(requested: OutputFormat | None, stream: IO[str] | None = None) -> OutputFormat:
    """Table for a person at a terminal, JSON for a pipe or a script."""
    if requested is not None:
        return requested
    stream = stream or sys.stdout
    return OutputFormat.table if stream.isatty() else OutputFormat.json


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: OutputFormat | None,
    columns: Sequence[Column],
    *,
    stream: IO[str] | None = None,
    title: str | None = None,
) -> None:
    """Write `rows` to stdout (data only) in the chosen format."""
    stream = stream or sys.stdout
    fmt = choose_format(fmt, stream)
    if fmt is OutputFormat.json:
        stream.write(to_json(list(rows)) + "\n")
    elif fmt is OutputFormat.nl:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt is OutputFormat.csv:
        _write_csv(rows, stream)
    else:
        _write_table(rows, columns, stream, title)


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts become dotted columns; lists of cues become one readable cell."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            flat[name] = "; ".join(_cell_text(item) for item in value)
        else:
            flat[name] = value
    return flat


def _cell_text(item: Any) -> str:
    if isinstance(item, dict):
        text = item.get("text") or item.get("name") or ""
        category = item.get("category")
        return f"{text} ({category})" if category else str(text)
    return "" if item is None else str(item)


def _write_csv(rows: Iterable[dict[str, Any]], stream: IO[str]) -> None:
    flat_rows = [flatten(row) for row in rows]
    header: list[str] = []
    for row in flat_rows:
        for key in row:
            if key not in header:
                header.append(key)
    writer = csv.DictWriter(stream, fieldnames=header, extrasaction="ignore", lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows(flat_rows)


def _write_table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[Column],
    stream: IO[str],
    title: str | None,
) -> None:
    console = Console(file=stream, highlight=False, soft_wrap=False)
    if not rows:
        console.print(Text("No results.", style="dim"))
        return
    table = Table(title=title, show_lines=False, expand=True)
    for column in columns:
        table.add_column(
            column.header,
            max_width=column.max_width,
            ratio=column.ratio,
            no_wrap=column.no_wrap,
            overflow="ellipsis" if column.no_wrap else "fold",
        )
    for row in rows:
        # Text(...) keeps quote text literal: rich markup would eat "[inaudible]".
        table.add_row(*(Text(column.render(row)) for column in columns))
    console.print(table)
