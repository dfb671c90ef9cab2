"""Read-only commands: quotes, speakers, show, articles, stats."""

from __future__ import annotations

import sys
from dataclasses import asdict, is_dataclass
from typing import Annotated, Any

import typer
from rich.console import Console

from factdb.cli.app import DbOption, FormatOption, LimitOption, app, db_url, fail
from factdb.cli.database import open_session
from factdb.cli.render import (
    ARTICLE_COLUMNS,
    CLAIM_COLUMNS,
    SPEAKER_COLUMNS,
    print_claim_detail,
)
from factdb.dates import parse_date
from factdb.output import Column, OutputFormat, choose_format, emit, to_json
from factdb.store.statuses import STATUSES

SpeakerOption = Annotated[
    str | None,
    typer.Option(
        "--speaker", "-s", help="Speaker name; fuzzy and alias-aware (kirby finds John Kirby)."
    ),
]
TopicOption = Annotated[
    str | None,
    typer.Option("--topic", "-t", help="Full-text search over the claim and its sentence."),
]
OutletFilter = Annotated[str | None, typer.Option("--outlet", help="Only this outlet.")]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="Published on or after (YYYY-MM-DD).")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Published on or before (YYYY-MM-DD).")
]
HedgedOption = Annotated[
    bool | None,
    typer.Option("--hedged/--not-hedged", help="Only hedged (or only unhedged) claims."),
]
KindOption = Annotated[str | None, typer.Option("--kind", help="direct, indirect or mixed.")]
ArticleOption = Annotated[
    str | None,
    typer.Option(
        "--article", help="Only claims from this article (id given at ingest, or number)."
    ),
]

StatusOption = Annotated[
    str | None,
    typer.Option(
        "--status",
        help=f"Only claims with this verdict (own or inherited): {', '.join(STATUSES)}.",
    ),
]

KINDS = ("direct", "indirect", "mixed")


def as_dict(value: Any) -> dict[str, Any]:
    return asdict(value) if is_dataclass(value) and not isinstance(value, type) else dict(value)


def _date_option(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        fail(f"{name}: cannot read {value!r} as a date", "Use YYYY-MM-DD, e.g. 2024-10-17.")
    return parsed


def claim_filter(
    *,
    speaker: str | None,
    topic: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    hedged: bool | None,
    kind: str | None,
    article: str | None,
    limit: int,
    status: str | None = None,
):
    """Validate the shared filter options once, for every command that lists claims."""
    from factdb.store.queries import ClaimFilter

    if kind is not None and kind not in KINDS:
        fail(f"--kind: {kind!r} is not one of {', '.join(KINDS)}")
    if topic is not None and not topic.strip():
        fail("--topic: empty search")
    return ClaimFilter(
        speaker=speaker,
        topic=topic,
        outlet=outlet,
        since=_date_option("--since", since),
        until=_date_option("--until", until),
        hedged=hedged,
        kind=kind,
        article=article,
        limit=limit,
        status=_status_option(status),
    )


def _status_option(status: str | None) -> str | None:
    if status is None:
        return None
    from factdb.store.workflow import WorkflowError, check_status

    try:
        return check_status(status)
    except WorkflowError as exc:
        fail(f"--status: {exc}")


@app.command()
def quotes(
    ctx: typer.Context,
    speaker: SpeakerOption = None,
    topic: TopicOption = None,
    outlet: OutletFilter = None,
    since: SinceOption = None,
    until: UntilOption = None,
    hedged: HedgedOption = None,
    kind: KindOption = None,
    article: ArticleOption = None,
    status: StatusOption = None,
    fmt: FormatOption = None,
    limit: LimitOption = 100,
    db: DbOption = None,
) -> None:
    """List stored quotes and claims, newest first.

    Example: factdb quotes --speaker kirby --hedged --format json
    """
    from factdb.store.queries import find_claims

    flt = claim_filter(
        speaker=speaker,
        topic=topic,
        outlet=outlet,
        since=since,
        until=until,
        hedged=hedged,
        kind=kind,
        article=article,
        limit=limit,
        status=status,
    )
    with open_session(db_url(ctx, db)) as session:
        rows = [as_dict(view) for view in find_claims(session, flt)]
    emit(rows, fmt, CLAIM_COLUMNS)


speakers_app = typer.Typer(
    rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]}
)
app.add_typer(speakers_app, name="speakers")


@speakers_app.callback(invoke_without_command=True)
def speakers(
    ctx: typer.Context,
    status: StatusOption = None,
    fmt: FormatOption = None,
    limit: LimitOption = 100,
    db: DbOption = None,
) -> None:
    """List speakers with kind, role, organisation, aliases, claim counts and their record
    (how many of their claims were confirmed, disputed, false...).

    `--status` keeps the speakers with at least one claim of that verdict.
    `speakers merge` and `speakers split` correct who is who.

    Example: factdb speakers --status false --format csv
    """
    if ctx.invoked_subcommand is not None:
        return
    from factdb.store.queries import list_speakers
    from factdb.store.workflow import speaker_records

    status = _status_option(status)
    with open_session(db_url(ctx, db)) as session:
        records = speaker_records(session)
        views = list_speakers(session, limit=0 if status else limit)
    rows = []
    for view in views:
        record = records.get(view.id, {})
        if status is not None and not record.get(status):
            continue
        rows.append({**as_dict(view), "record": record})
    emit(rows[:limit] if limit else rows, fmt, SPEAKER_COLUMNS)


@app.command()
def show(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(help="The claim's id (from `factdb quotes`).")],
    fmt: FormatOption = None,
    db: DbOption = None,
) -> None:
    """Show one claim with its full provenance, highlighted in its sentence.

    Example: factdb show 3
    """
    from factdb.cli.matches import cluster_json, print_cluster
    from factdb.store.matching import cluster_of
    from factdb.store.queries import get_claim

    with open_session(db_url(ctx, db)) as session:
        detail = get_claim(session, claim_id)
        if detail is None:
            fail(f"no claim with id {claim_id}", "List claims with `factdb quotes`.")
        record = as_dict(detail)
        cluster = cluster_of(session, claim_id)
    output = choose_format(fmt)
    if output is OutputFormat.table:
        # Piped output is not re-wrapped, so a quote stays on its line.
        console = Console(highlight=False, soft_wrap=not sys.stdout.isatty())
        print_claim_detail(record, console)
        if cluster is not None and len(cluster.claims) > 1:
            console.print()
            print_cluster(cluster, console)
    elif output is OutputFormat.json:
        record["cluster"] = None if cluster is None else cluster_json(cluster, with_diff=True)
        print(to_json(record))
    else:
        emit([record], output, CLAIM_COLUMNS)


@app.command()
def articles(
    ctx: typer.Context,
    outlet: OutletFilter = None,
    fmt: FormatOption = None,
    limit: LimitOption = 100,
    db: DbOption = None,
) -> None:
    """List stored articles with outlet, date and claim counts.

    Example: factdb articles --outlet "Korea Bizwire"
    """
    from factdb.store.queries import list_articles

    with open_session(db_url(ctx, db)) as session:
        rows = [as_dict(view) for view in list_articles(session, limit=limit, outlet=outlet)]
    emit(rows, fmt, ARTICLE_COLUMNS)


@app.command()
def stats(
    ctx: typer.Context,
    fmt: FormatOption = None,
    db: DbOption = None,
) -> None:
    """Counts of what is stored: articles, claims, speakers, outlets, hedged claims, kinds.

    Example: factdb stats --format json
    """
    from factdb.store.queries import stats as store_stats

    with open_session(db_url(ctx, db)) as session:
        figures = store_stats(session)
    output = choose_format(fmt)
    if output is OutputFormat.json:
        print(to_json(figures))
        return
    rows = [{"measure": key, "value": value} for key, value in _flat_items(figures)]
    emit(
        rows,
        output,
        [Column("measure", lambda r: r["measure"]), Column("value", lambda r: str(r["value"]))],
    )


def _flat_items(figures: dict[str, Any], prefix: str = ""):
    for key, value in figures.items():
        if isinstance(value, dict):
            yield from _flat_items(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value
