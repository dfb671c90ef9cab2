"""The journalist's workflow: log claims by hand, verify them, tag, follow a speaker, publish.

Commands: add, verify, history, tag, untag, topics, timeline, export, report. Each parses its
options, calls one library function in `factdb.store.workflow*` or `factdb.export`, and
prints the result; a user mistake is one `Error:` line and exit 1 with nothing written.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from factdb.cli.app import DbOption, FormatOption, LimitOption, app, db_url, fail, stderr
from factdb.cli.database import open_session
from factdb.cli.query import (
    ArticleOption,
    HedgedOption,
    KindOption,
    OutletFilter,
    SinceOption,
    SpeakerOption,
    StatusOption,
    UntilOption,
    claim_filter,
)
from factdb.output import Column, OutputFormat, choose_format, emit, to_json
from factdb.store.pieces import row_quote
from factdb.store.statuses import STATUSES

if TYPE_CHECKING:
    from sqlmodel import Session

ClaimIdArgument = Annotated[int, typer.Argument(help="The claim's id (from `factdb quotes`).")]
TopicFilter = Annotated[
    str | None,
    typer.Option(
        "--topic", "-t", help="Tag, topic, or words in the claim and its sentence (stemmed)."
    ),
]
NewsroomOption = Annotated[
    str | None,
    typer.Option(
        "--by",
        envvar="FACTDB_NEWSROOM",
        help="The newsroom publishing the fact checks (default: FACTDB_NEWSROOM).",
    ),
]


def _selection(
    *,
    speaker: str | None,
    topic: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    hedged: bool | None,
    kind: str | None,
    article: str | None,
    status: str | None,
    limit: int,
):
    """The shared list filters plus `--status` and the tag/topic-aware `--topic`."""
    from factdb.store.workflow_views import Selection

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
    # Selection applies status and the tag/topic-aware topic itself, so the store filter
    # carries neither (claim_filter has validated them).
    status, flt.status, flt.topic = flt.status, None, None
    return Selection(flt, status=status, topic=topic, limit=limit)


@contextmanager
def _session(ctx: typer.Context, db: str | None, hint: str | None = None) -> Iterator[Session]:
    """A session in which the library's WorkflowError becomes one `Error:` line and exit 1."""
    from factdb.store.workflow import WorkflowError

    with open_session(db_url(ctx, db)) as session:
        try:
            yield session
        except WorkflowError as exc:
            fail(str(exc), hint)


# -- add -------------------------------------------------------------------------------------

LOGGED_COLUMNS = [
    Column("id", lambda r: str(r["claim_id"]), no_wrap=True),
    Column("speaker", lambda r: r["speaker"], ratio=2),
    Column("hedged", lambda r: "yes" if r["hedged"] else "no", no_wrap=True),
    Column("hedges", lambda r: ", ".join(r["hedges"]), ratio=2),
]


def _read_jsonl(path: str) -> list[dict[str, Any]]:
    """Each line one claim object; the first bad line stops everything with its line number."""
    from factdb.store.workflow import WorkflowError, claim_to_log

    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{path}: cannot read ({exc.__class__.__name__}: {exc})")
    items = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            fail(f"{path}:{number}: not JSON ({exc.msg})", "Nothing was logged.")
        if not isinstance(raw, dict):
            fail(f"{path}:{number}: expected a JSON object", "Nothing was logged.")
        try:
            items.append(claim_to_log(raw, f"{path}:{number}"))
        except WorkflowError as exc:
            fail(str(exc), "Nothing was logged.")
    if not items:
        fail(f"{path}: no claims in the file")
    return items


@app.command()
def add(
    ctx: typer.Context,
    text: Annotated[str | None, typer.Argument(help="The claim, word for word.")] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", "-s", help="Who said it.")] = None,
    role: Annotated[str | None, typer.Option("--role", help="The speaker's role.")] = None,
    organization: Annotated[
        str | None, typer.Option("--organization", help="The speaker's organisation.")
    ] = None,
    speaker_kind: Annotated[
        str, typer.Option("--speaker-kind", help="person, organization or media.")
    ] = "person",
    said_on: Annotated[
        str | None, typer.Option("--said-on", help="When it was said (YYYY-MM-DD).")
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help='Where it was said, e.g. "phone interview".')
    ] = None,
    url: Annotated[str | None, typer.Option("--url", help="Where it was published.")] = None,
    note: Annotated[str | None, typer.Option("--note", help="A note for the record.")] = None,
    hedged: Annotated[
        bool, typer.Option("--hedged", help="Mark it hedged even if no hedge cue is found.")
    ] = False,
    from_file: Annotated[
        str | None,
        typer.Option(
            "--from",
            help="A JSONL file, one claim a line: text, speaker, and optionally role, "
            "organization, kind, said_on, source, url, note, hedged.",
        ),
    ] = None,
    fmt: FormatOption = None,
    db: DbOption = None,
) -> None:
    """Log a claim by hand (an interview, a speech, a post), with the same speaker and hedge
    handling as extracted claims. All claims of a --from file are logged, or none.

    Example: factdb add "We may see more troops." --speaker "John Kirby" --source "phone interview" --said-on 2024-10-20
    """
    from factdb.store.workflow import WorkflowError, claim_to_log, log_claims

    if from_file is not None:
        if text is not None:
            fail("give the claim TEXT or --from FILE, not both")
        items = _read_jsonl(from_file)
    else:
        if text is None:
            fail("the claim text is missing", 'Example: factdb add "..." --speaker NAME')
        raw = {
            "text": text,
            "speaker": speaker,
            "role": role,
            "organization": organization,
            "kind": speaker_kind,
            "said_on": said_on,
            "source": source,
            "url": url,
            "note": note,
            "hedged": hedged,
        }
        try:
            items = [claim_to_log(raw)]
        except WorkflowError as exc:
            fail(str(exc))
    with _session(ctx, db, "Nothing was logged.") as session:
        results = log_claims(session, items)
    rows = [
        {
            "claim_id": r.claim_id,
            "speaker": r.speaker,
            "hedged": item.hedged or bool(r.hedges),
            "hedges": r.hedges,
        }
        for r, item in zip(results, items, strict=True)
    ]
    noun = "claim" if len(rows) == 1 else "claims"
    stderr.print(f"Logged {len(rows)} {noun}.", markup=False)
    emit(rows, fmt, LOGGED_COLUMNS)


# -- verify / history ------------------------------------------------------------------------

HISTORY_COLUMNS = [
    Column("entry", lambda r: str(r["id"]), no_wrap=True),
    Column("claim", lambda r: str(r["claim_id"]), no_wrap=True),
    Column("status", lambda r: r["status"], no_wrap=True),
    Column("by", lambda r: r.get("checked_by") or "", ratio=1),
    Column("at", lambda r: r["checked_at"], no_wrap=True),
    Column("note", lambda r: r.get("note") or "", ratio=2),
    Column("evidence", lambda r: " ".join(r.get("evidence") or []), ratio=1),
]


@app.command()
def verify(
    ctx: typer.Context,
    claim_id: ClaimIdArgument,
    status: Annotated[str, typer.Option("--status", help=f"One of: {', '.join(STATUSES)}.")],
    note: Annotated[str | None, typer.Option("--note", help="Why: the reasoning.")] = None,
    evidence: Annotated[
        list[str] | None, typer.Option("--evidence", help="A source URL; repeat for several.")
    ] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who checked it.")] = None,
    fmt: FormatOption = None,
    db: DbOption = None,
) -> None:
    """Record a verdict on a claim. The log is append-only: see every change with `history`.

    The status also shows on every claim of its cross-source cluster that has none of its own.

    Example: factdb verify 4 --status disputed --note "Denied by the ministry" --evidence https://example.org/x --by "Ana Diaz"
    """
    from dataclasses import asdict

    from factdb.store.workflow import verify_claim

    with _session(ctx, db) as session:
        entry = verify_claim(
            session, claim_id, status, note=note, evidence=evidence or [], checked_by=by
        )
    stderr.print(f"Claim {claim_id} is now {entry.status}.", markup=False)
    emit([asdict(entry)], fmt, HISTORY_COLUMNS)


@app.command()
def history(
    ctx: typer.Context,
    claim_id: ClaimIdArgument,
    fmt: FormatOption = None,
    db: DbOption = None,
) -> None:
    """Every verdict recorded on a claim, oldest first: status, who, when, note and evidence.

    Example: factdb history 4
    """
    from dataclasses import asdict

    from factdb.store.workflow import claim_history

    with _session(ctx, db, "List claims with `factdb quotes`.") as session:
        entries = claim_history(session, claim_id)
    emit([asdict(e) for e in entries], fmt, HISTORY_COLUMNS)


# -- tags and topics -------------------------------------------------------------------------

TagArgument = Annotated[str, typer.Argument(help="The tag, e.g. sanctions.")]


@app.command()
def tag(
    ctx: typer.Context, claim_id: ClaimIdArgument, name: TagArgument, db: DbOption = None
) -> None:
    """Tag a claim; `--topic` on every list command finds it by the tag.

    Example: factdb tag 4 sanctions
    """
    from factdb.store.workflow_topics import tag_claim

    with _session(ctx, db) as session:
        added = tag_claim(session, claim_id, name)
    message = "Tagged" if added else "Already tagged"
    stderr.print(f"{message}: claim {claim_id} {name!r}.", markup=False)


@app.command()
def untag(
    ctx: typer.Context, claim_id: ClaimIdArgument, name: TagArgument, db: DbOption = None
) -> None:
    """Remove a tag from a claim.

    Example: factdb untag 4 sanctions
    """
    from factdb.store.workflow_topics import untag_claim

    with _session(ctx, db) as session:
        removed = untag_claim(session, claim_id, name)
    if not removed:
        fail(f"claim {claim_id} has no tag {name!r}")
    stderr.print(f"Untagged: claim {claim_id} {name!r}.", markup=False)


class TopicKind(StrEnum):
    entity = "entity"
    keyword = "keyword"
    tag = "tag"


TOPIC_COLUMNS = [
    Column("topic", lambda r: r["topic"], ratio=1),
    Column("kind", lambda r: r["kind"], no_wrap=True),
    Column("claims", lambda r: str(r["claims"]), no_wrap=True),
    Column("articles", lambda r: str(r["articles"]), no_wrap=True),
]


@app.command()
def topics(
    ctx: typer.Context,
    kind: Annotated[
        TopicKind | None, typer.Option("--kind", help="Only named entities, keywords or tags.")
    ] = None,
    fmt: FormatOption = None,
    limit: LimitOption = 100,
    db: DbOption = None,
) -> None:
    """Subjects of the stored claims (names, key nouns, and your tags), most common first.

    Example: factdb topics --kind entity --limit 20
    """
    from dataclasses import asdict

    from factdb.store.workflow_topics import ensure_topics, topic_counts

    with open_session(db_url(ctx, db)) as session:
        ensure_topics(session)
        rows = [
            asdict(r) for r in topic_counts(session, limit, None if kind is None else kind.value)
        ]
    emit(rows, fmt, TOPIC_COLUMNS)


# -- timeline --------------------------------------------------------------------------------


def _status_cell(row: dict[str, Any]) -> str:
    status = row.get("status") or "unverified"
    inherited = row.get("status_inherited_from")
    return f"{status} (via {inherited})" if inherited else status


TIMELINE_COLUMNS = [
    Column("date", lambda r: r.get("said_on") or r.get("published") or "", no_wrap=True),
    Column("id", lambda r: str(r["claim_id"]), no_wrap=True),
    Column("outlet", lambda r: r.get("outlet") or r.get("source") or "", ratio=1),
    Column("claim", row_quote, ratio=4),
    Column("status", _status_cell, no_wrap=True),
    Column("hedges", lambda r: ", ".join(h["text"] for h in r.get("hedges") or []), ratio=1),
]
DISAGREEMENT_COLUMNS = [
    Column(
        "earlier", lambda r: f"{r['first']['claim_id']} {r['first']['date'] or ''}".strip(), ratio=1
    ),
    Column("earlier claim", lambda r: row_quote(r["first"]), ratio=2),
    Column(
        "later", lambda r: f"{r['second']['claim_id']} {r['second']['date'] or ''}".strip(), ratio=1
    ),
    Column("later claim", lambda r: row_quote(r["second"]), ratio=2),
    Column("differs", lambda r: ", ".join(f.replace("_", " ") for f in r["flags"]), ratio=1),
]


@app.command()
def timeline(
    ctx: typer.Context,
    speaker: Annotated[str, typer.Option("--speaker", "-s", help="Whose statements.")],
    topic: TopicFilter = None,
    fmt: FormatOption = None,
    db: DbOption = None,
) -> None:
    """What someone said, oldest first, across outlets, with status and hedges; matching claims
    that disagree (a number or a negation differs) are shown side by side.

    Example: factdb timeline --speaker kirby --topic "North Korea"
    """
    from factdb.store.workflow_views import timeline as build_timeline

    if topic is not None and not topic.strip():
        fail("--topic: empty search")
    with open_session(db_url(ctx, db)) as session:
        rows, conflicts = build_timeline(session, speaker, topic)
    by_id = {row["claim_id"]: row for row in rows}
    pairs = [
        {
            "first": _brief(by_id[c.first]),
            "second": _brief(by_id[c.second]),
            "flags": c.flags,
        }
        for c in conflicts
    ]
    output = choose_format(fmt)
    if output is OutputFormat.json:
        print(to_json({"speaker": speaker, "claims": rows, "disagreements": pairs}))
        return
    emit(rows, output, TIMELINE_COLUMNS, title=f"Timeline: {speaker}")
    if pairs and output is OutputFormat.table:
        emit(pairs, output, DISAGREEMENT_COLUMNS, title="Matching claims that disagree")
    elif pairs:
        stderr.print(
            f"{len(pairs)} pairs disagree; see them with --format json or table.", markup=False
        )


def _brief(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "claim_id": row["claim_id"],
        "date": row.get("said_on") or row.get("published"),
        "outlet": row.get("outlet"),
        "text": row["text"],
        "quote": row_quote(row),
    }


# -- export and report -----------------------------------------------------------------------


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    claimreview = "claimreview"


_TABULAR = {
    ExportFormat.csv: OutputFormat.csv,
    ExportFormat.json: OutputFormat.json,
    ExportFormat.jsonl: OutputFormat.nl,
}


@app.command()
def export(
    ctx: typer.Context,
    export_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="csv, json, jsonl or claimreview.")
    ],
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    speaker: SpeakerOption = None,
    topic: TopicFilter = None,
    outlet: OutletFilter = None,
    since: SinceOption = None,
    until: UntilOption = None,
    hedged: HedgedOption = None,
    kind: KindOption = None,
    article: ArticleOption = None,
    status: StatusOption = None,
    newsroom: NewsroomOption = None,
    review_url: Annotated[
        str | None,
        typer.Option(
            "--review-url",
            help="Address of each published fact check, with {claim_id}, for ClaimReview `url`.",
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="At most this many (0: all).")
    ] = 0,
    db: DbOption = None,
) -> None:
    """Export claims with their status, tags and topics; `claimreview` writes schema.org
    ClaimReview JSON-LD for every claim with a verdict of its own.

    Example: factdb export --format claimreview --by "Daily Planet" --review-url "https://planet.example/checks/{claim_id}" -o reviews.json
    """
    from factdb.export.claimreview import claim_reviews
    from factdb.store.workflow_views import review_inputs, select_claims

    selection = _selection(
        speaker=speaker,
        topic=topic,
        outlet=outlet,
        since=since,
        until=until,
        hedged=hedged,
        kind=kind,
        article=article,
        status=status,
        limit=limit,
    )
    if export_format is ExportFormat.claimreview and not newsroom:
        fail(
            "ClaimReview needs the publishing newsroom",
            "Give --by NAME or set FACTDB_NEWSROOM.",
        )
    if review_url is not None and "{claim_id}" not in review_url:
        fail("--review-url must contain {claim_id}")
    with open_session(db_url(ctx, db)) as session:
        rows = select_claims(session, selection)
        if export_format is ExportFormat.claimreview:
            document = claim_reviews(
                review_inputs(session, rows), newsroom=newsroom or "", review_url=review_url
            )
    stream = sys.stdout if output is None else _open_output(output)
    try:
        if export_format is ExportFormat.claimreview:
            stream.write(to_json(document) + "\n")
        else:
            emit(rows, _TABULAR[export_format], [], stream=stream)
    finally:
        if stream is not sys.stdout:
            stream.close()
    count = len(document) if export_format is ExportFormat.claimreview else len(rows)
    noun = "review" if export_format is ExportFormat.claimreview else "claim"
    stderr.print(f"Exported {count} {noun}{'' if count == 1 else 's'}.", markup=False)


def _open_output(path: str):
    try:
        return open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        fail(f"{path}: cannot write ({exc.strerror})")


@app.command()
def report(
    ctx: typer.Context,
    html: Annotated[str, typer.Option("--html", help="The HTML file to write.")],
    speaker: SpeakerOption = None,
    topic: TopicFilter = None,
    outlet: OutletFilter = None,
    since: SinceOption = None,
    until: UntilOption = None,
    hedged: HedgedOption = None,
    kind: KindOption = None,
    article: ArticleOption = None,
    status: StatusOption = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="At most this many claims (0: all).")
    ] = 0,
    db: DbOption = None,
) -> None:
    """Write one self-contained HTML page: each article with its quotes highlighted, speakers
    in the margin, hedge cues underlined, status badges, and a filterable claim list.

    Example: factdb report --topic "North Korea" --html report.html
    """
    from factdb.export.report import render_report
    from factdb.store.workflow_views import report_inputs, select_claims

    selection = _selection(
        speaker=speaker,
        topic=topic,
        outlet=outlet,
        since=since,
        until=until,
        hedged=hedged,
        kind=kind,
        article=article,
        status=status,
        limit=limit,
    )
    with open_session(db_url(ctx, db)) as session:
        rows = select_claims(session, selection)
        articles = report_inputs(session, rows)
    page = render_report(articles, rows)
    target = Path(html)
    try:
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(page, "utf-8")
        tmp.replace(target)
    except OSError as exc:
        fail(f"{html}: cannot write ({exc.strerror})")
    stderr.print(f"Wrote {html}: {len(rows)} claims in {len(articles)} articles.", markup=False)
