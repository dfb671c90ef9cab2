"""`factdb ingest` and `factdb extract`: articles in, claims out."""

from __future__ import annotations

import json
import os
import sys
from contextlib import nullcontext
from typing import TYPE_CHECKING, Annotated

import typer

from factdb.cli.app import DbOption, FormatOption, app, db_url, fail, stderr, warn
from factdb.cli.database import open_database
from factdb.dates import parse_date
from factdb.output import OutputFormat, choose_format, to_json

if TYPE_CHECKING:  # the engine and the database layer load when a command runs, not for --help
    from rich.progress import Progress

    from factdb.ingest import Extracted, Failed, IngestSummary, SourceOptions, Stored

PathsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Files (.txt .md .html .jsonl), folders (read recursively), or - for stdin."
    ),
]
OutletOption = Annotated[
    str | None, typer.Option("--outlet", help="Outlet name, for single files.")
]
UrlOption = Annotated[str | None, typer.Option("--url", help="Article URL, for a single file.")]
DateOption = Annotated[
    str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD), for single files.")
]

JobsOption = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        help="Processes running the extraction engine (0: one per CPU). Writes stay in one.",
    ),
]

PROGRESS_MIN_FILES = 4


def _source_options(outlet: str | None, url: str | None, date: str | None) -> SourceOptions:
    from factdb.ingest import SourceOptions

    published = None
    if date is not None:
        published = parse_date(date)
        if published is None:
            fail(
                f"--date: cannot read {date!r} as a date", "Use YYYY-MM-DD, e.g. --date 2024-10-17."
            )
    return SourceOptions(outlet=outlet, url=url, published=published)


def _progress(total: int) -> Progress | nullcontext[None]:
    if total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return nullcontext()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    )


def _documents(paths: list[str], options: SourceOptions):
    from factdb.ingest import documents_by_source

    stdin = sys.stdin.buffer if "-" in paths else None
    return documents_by_source(paths, options=options, stdin=stdin)


@app.command()
def ingest(
    ctx: typer.Context,
    paths: PathsArgument,
    outlet: OutletOption = None,
    url: UrlOption = None,
    date: DateOption = None,
    db: DbOption = None,
    jobs: JobsOption = 1,
) -> None:
    """Read articles, extract their quotes and claims, and store them.

    Ingesting an article that is already stored (same text, or same URL) stores nothing new.

    Example: factdb ingest seeds/ articles.jsonl --outlet "Korea Bizwire"
    """
    from factdb.ingest import IngestSummary, ingest_documents

    options = _source_options(outlet, url, date)
    workers = _workers(jobs)
    summary = IngestSummary()
    pairs = list(_documents(paths, options))
    with open_database(db_url(ctx, db)) as engine, _progress(len(pairs)) as progress:
        try:
            for outcome in ingest_documents(engine, _advancing(pairs, progress), workers):
                summary.add(outcome)
                _report(outcome)
        except KeyboardInterrupt:
            _print_summary(summary)
            stderr.print(
                "Interrupted: the articles counted above are stored whole; nothing else was written.",
                markup=False,
            )
            raise typer.Exit(130) from None
    _print_summary(summary)
    if summary.failed:
        raise typer.Exit(1)


def _workers(jobs: int) -> int:
    """The number of engine processes `--jobs` asks for."""
    if jobs < 0:
        fail(f"--jobs: {jobs} is not a number of processes", "Use 0 (one per CPU) or more.")
    return jobs or os.cpu_count() or 1


def _advancing(pairs, progress: Progress | None):
    """All documents of all sources, moving the progress bar as each source is read."""
    task = progress.add_task("Ingesting", total=len(pairs)) if progress is not None else None
    for _source, documents in pairs:
        yield from documents
        if progress is not None and task is not None:
            progress.advance(task)


def _report(outcome: Stored | Failed) -> None:
    from factdb.ingest import Failed

    if isinstance(outcome, Failed):
        stderr.print(f"Error: {outcome.origin}: {outcome.message}", markup=False)
        return
    if outcome.document.warning:
        warn(f"{outcome.document.origin}: {outcome.document.warning}")
    if outcome.linking_error:
        warn(f"{outcome.document.origin}: {outcome.linking_error}")
    if not outcome.new:
        reason = f" ({outcome.existing_reason})" if outcome.existing_reason else ""
        stderr.print(f"Already stored: {outcome.document.origin}{reason}", markup=False)


def _print_summary(summary: IngestSummary) -> None:
    articles = "article" if summary.new == 1 else "articles"
    claims = "claim" if summary.claims == 1 else "claims"
    stderr.print(
        f"{summary.new} new {articles}, {summary.existing} already stored, "
        f"{summary.failed} failed; {summary.claims} {claims} stored.",
        markup=False,
    )


@app.command()
def extract(
    paths: PathsArgument,
    fmt: FormatOption = None,
    outlet: OutletOption = None,
    url: UrlOption = None,
    date: DateOption = None,
) -> None:
    """Extract quotes, speakers and hedges without storing anything (the machine interface).

    JSON: a list with one object per document: id, title, outlet, published, author, claims, hedges.

    Example: factdb extract article.txt --format json
    """
    from factdb.ingest import Failed, extract_documents

    options = _source_options(outlet, url, date)
    output = choose_format(fmt)
    failures = 0
    documents: list[dict] = []
    first = True
    if output is OutputFormat.json:
        sys.stdout.write("[")
    for _source, items in _documents(paths, options):
        for outcome in extract_documents(items):
            if isinstance(outcome, Failed):
                failures += 1
                stderr.print(f"Error: {outcome.origin}: {outcome.message}", markup=False)
                continue
            record = document_record(outcome)
            if output is OutputFormat.json:
                # Streamed, so a 2,000-article batch never sits whole in memory.
                sys.stdout.write(("\n  " if first else ",\n  ") + to_json(record, depth=1))
                first = False
            elif output is OutputFormat.nl:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                documents.append(record)
    if output is OutputFormat.json:
        sys.stdout.write("\n]\n" if not first else "]\n")
    elif output in (OutputFormat.table, OutputFormat.csv):
        from factdb.cli.render import emit_extracted

        emit_extracted(documents, output)
    if failures:
        raise typer.Exit(1)


def document_record(outcome: Extracted) -> dict:
    """The stable JSON shape of one extracted document."""
    from factdb.extract.types import claim_to_dict

    doc, meta = outcome.document, outcome.extraction.meta
    return {
        "id": doc.source_id,
        "title": doc.title or meta.title,
        "outlet": doc.outlet or meta.outlet,
        "published": doc.published or meta.published,
        "author": doc.author or meta.author,
        "claims": [claim_to_dict(claim) for claim in outcome.extraction.claims],
        "hedges": [
            {"text": h.text, "start": h.start, "end": h.end, "category": h.category}
            for h in outcome.extraction.hedges
        ],
    }
