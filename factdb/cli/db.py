"""`factdb db check`: schema version and integrity of the database, for editors and cron jobs."""

from __future__ import annotations

import json
from typing import Any

import typer

from factdb.cli.app import DbOption, FormatOption, app, db_url, stderr
from factdb.cli.database import display_url, open_database
from factdb.output import OutputFormat, choose_format, to_json

db_app = typer.Typer(
    name="db",
    help="Look after the database itself: version and integrity.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(db_app)


@db_app.command()
def check(ctx: typer.Context, fmt: FormatOption = None, db: DbOption = None) -> None:
    """Report the schema version (applied and pending migrations) and check integrity.

    Opening the database applies any pending migration first, as every command does. SQLite:
    page integrity and the full-text index against the claims. PostgreSQL: the connection,
    the migration record and the full-text index. Exit 1 when a problem is found.

    Example: factdb db check --db news.db
    """
    from factdb.store.check import check_database

    url = db_url(ctx, db)
    with open_database(url) as engine:
        report = check_database(engine)
    record: dict[str, Any] = {
        "database": display_url(url),
        "backend": report.backend,
        "schema_version": report.schema_version,
        "applied": report.applied,
        "pending": report.pending,
        "unknown": report.unknown,
        "ok": report.ok,
        "problems": report.problems,
    }
    output = choose_format(fmt)
    if output in (OutputFormat.json, OutputFormat.nl):
        print(
            to_json(record)
            if output is OutputFormat.json
            else json.dumps(record, ensure_ascii=False)
        )
    else:
        _print_text(record)
    if not report.ok:
        for problem in report.problems:
            stderr.print(f"Error: {record['database']}: {problem}", markup=False, soft_wrap=True)
        raise typer.Exit(1)


def _print_text(record: dict[str, Any]) -> None:
    """A few `name: value` lines: a check result is one record, not a table of rows."""
    lines = [
        f"database: {record['database']} ({record['backend']})",
        f"schema version: {record['schema_version']}",
        f"applied: {', '.join(record['applied']) or 'none'}",
        f"pending: {', '.join(record['pending']) or 'none'}",
    ]
    if record["unknown"]:
        lines.append(f"unknown (written by a newer factdb): {', '.join(record['unknown'])}")
    lines.append("integrity: ok" if record["ok"] else f"problems: {len(record['problems'])}")
    typer.echo("\n".join(lines))
