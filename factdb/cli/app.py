"""The Typer application, its shared options, and the one way commands report errors."""

from __future__ import annotations

from typing import Annotated, NoReturn

import typer
from rich.console import Console

from factdb.output import OutputFormat

app = typer.Typer(
    name="factdb",
    help="Extract quotes and claims from news articles, store them, and query who said what.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

stderr = Console(stderr=True, highlight=False, soft_wrap=True)  # one error, one line

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="FACTDB_URL",
        help="Database: a SQLAlchemy URL or a path to a SQLite file (default: factdb.db in the user data dir).",
        show_default=False,
    ),
]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format", "-f", help="Output format (default: table on a terminal, json otherwise)."
    ),
]
LimitOption = Annotated[
    int, typer.Option("--limit", "-n", min=0, help="At most this many rows (0: all).")
]


def fail(message: str, hint: str | None = None) -> NoReturn:
    """A user mistake or bad input: one line on stderr, exit 1, never a traceback."""
    stderr.print(f"Error: {message}", markup=False)
    if hint:
        stderr.print(hint, markup=False, style="dim")
    raise typer.Exit(1)


def warn(message: str) -> None:
    stderr.print(f"Warning: {message}", markup=False)


@app.callback()
def root(ctx: typer.Context, db: DbOption = None) -> None:
    """factdb: who said what, where, and how sure.

    Example: factdb ingest seeds/ && factdb quotes --speaker kirby
    """
    ctx.obj = {"db": db}


def db_url(ctx: typer.Context, db: str | None) -> str:
    """The command's own --db wins over the root one; both fall back to FACTDB_URL, then the default."""
    from factdb.store.db import resolve_url

    if db is None and ctx.obj:
        db = ctx.obj.get("db")
    return resolve_url(db)
