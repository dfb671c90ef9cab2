"""Cross-source commands: `matches` (one claim in many outlets) and `similar` (find a claim).

Also the cluster section of `show`: `cluster_json` and `print_cluster` render what
`factdb.store.matching.cluster_of` returns, so `show` and `matches` agree.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from factdb.cli.app import DbOption, FormatOption, app, db_url, fail
from factdb.cli.database import open_session
from factdb.cli.query import (
    ArticleOption,
    HedgedOption,
    KindOption,
    OutletFilter,
    SinceOption,
    SpeakerOption,
    StatusOption,
    TopicOption,
    UntilOption,
    claim_filter,
)
from factdb.output import Column, OutputFormat, choose_format, emit
from factdb.store.pieces import row_quote

MATCH_COLUMNS = [  # each cluster starts at its first appearance, marked "first"
    Column("id", lambda r: str(r["claim_id"]), no_wrap=True),
    Column("outlet", lambda r: r.get("outlet") or r.get("article_id") or "", ratio=1),
    Column("date", lambda r: r.get("published") or "", no_wrap=True),
    Column("speaker", lambda r: r.get("speaker") or "unknown", ratio=1),
    Column("grade", lambda r: _grade(r), no_wrap=True),
    Column("claim", row_quote, ratio=4),
    Column("drift", lambda r: ", ".join(r.get("drift") or []), ratio=1),
]
SIMILAR_COLUMNS = [
    Column("query", lambda r: r.get("query_id") or "", no_wrap=True),
    Column("id", lambda r: str(r["claim_id"]), no_wrap=True),
    Column("grade", lambda r: f"{r['grade']} {r['score']:.0f}", no_wrap=True),
    Column("speaker", lambda r: r.get("speaker") or "unknown", ratio=1),
    Column("claim", row_quote, ratio=4),
    Column("article", lambda r: r.get("article_id") or "", ratio=1),
]


def _grade(row: dict[str, Any]) -> str:
    if row.get("claim_id") == row.get("first_appearance"):
        return "first"
    if not row.get("grade"):
        return ""
    return f"{row['grade']} {row['score']:.0f}"


def cluster_json(view: Any, *, with_diff: bool = False) -> dict[str, Any]:
    """The stable JSON shape of a cluster (`matches`, and `show`'s cluster section).

    `with_diff` adds each variant's word diff against the first appearance as
    `[{"tag", "old", "new"}]` (empty for the first appearance itself).
    """
    return {
        "cluster_id": view.cluster_id,
        "first_appearance": view.first_appearance,
        "claims": [
            {
                "claim_id": c.claim_id,
                "article_id": c.article_id,
                "outlet": c.outlet,
                "published": c.published,
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "quote": c.quote,
                "segments": [list(piece) for piece in c.segments],
                "speaker": c.speaker,
                "grade": c.grade,
                "score": c.score,
                "drift": c.drift,
                **({"diff": [asdict(op) for op in c.diff]} if with_diff else {}),
            }
            for c in view.claims
        ],
    }


def print_cluster(view: Any, console: Console) -> None:
    """Every appearance of the claim, the first one marked, and each variant's word diff."""
    console.print(
        Text(f"Appears in {len(view.outlets)} outlet(s), cluster {view.cluster_id}", style="bold")
    )
    for claim in view.claims:
        first = claim.claim_id == view.first_appearance
        line = Text(f"  #{claim.claim_id} ", style="bold" if first else "")
        line.append(f"{claim.outlet or claim.article_id}  {claim.published or 'undated'}  ")
        line.append(claim.speaker or "unknown")
        line.append(
            "  first appearance" if first else f"  {claim.grade or ''} {claim.score or ''}".rstrip()
        )
        if claim.drift:
            line.append(f"  [{', '.join(claim.drift)}]", style="bold red")
        console.print(line)
        if claim.diff:
            console.print(_diff_text(claim.diff))


def _diff_text(diff: list[Any]) -> Text:
    """The variant against the first appearance: removed words struck, added words underlined."""
    text = Text("      ")
    for op in diff:
        if op.tag == "equal":
            text.append(op.old + " ")
            continue
        if op.old:
            text.append("[-" + op.old + "-] ", style="strike red")
        if op.new:
            text.append("{+" + op.new + "+} ", style="underline green")
    return text


@app.command()
def matches(
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
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="At most this many clusters (0: all).")
    ] = 50,
    db: DbOption = None,
) -> None:
    """Claims that appear in two or more outlets, largest cluster first, with drift flags.

    A table and CSV show one row per appearance; JSON gives one object per cluster.

    Example: factdb matches --speaker kirby --format json
    """
    from factdb.store.matching import find_clusters, match_new_claims

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
        match_new_claims(session)  # claims stored without matching (another tool) catch up
        clusters = [cluster_json(view) for view in find_clusters(session, flt)]
    chosen = choose_format(fmt)
    if chosen in (OutputFormat.json, OutputFormat.nl):
        emit(clusters, chosen, MATCH_COLUMNS)
        return
    rows = [
        {"cluster_id": c["cluster_id"], "first_appearance": c["first_appearance"], **claim}
        for c in clusters
        for claim in c["claims"]
    ]
    emit(rows, chosen, MATCH_COLUMNS)


@app.command()
def similar(
    ctx: typer.Context,
    text: Annotated[
        str | None, typer.Argument(help="The claim to look for.", show_default=False)
    ] = None,
    from_file: Annotated[
        Path | None,
        typer.Option("--from", help='JSONL of {"id", "text"} queries, answered together.'),
    ] = None,
    fmt: FormatOption = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="At most this many matches per query.")
    ] = 10,
    db: DbOption = None,
) -> None:
    """Stored claims most similar to a text, with grade (exact, near, fragment, paraphrase) and score.

    Example: factdb similar "they would indicate a significant strengthening" --format json
    """
    from factdb.store.matching import MatchError, match_new_claims
    from factdb.store.matching import similar as find_similar

    if (text is None) == (from_file is None):
        fail("give either a TEXT or --from FILE.jsonl", 'Example: factdb similar "we will not"')
    queries = [(None, text or "")] if from_file is None else _read_queries(from_file)
    rows: list[dict[str, Any]] = []
    with open_session(db_url(ctx, db)) as session:
        match_new_claims(session)  # claims stored without matching (another tool) catch up
        for query_id, query in queries:
            try:
                hits = find_similar(session, query, limit, query_id=query_id)
            except MatchError as exc:
                where = "TEXT" if query_id is None else f"{from_file}: query {query_id!r}"
                fail(f"{where}: {exc}", "Give a claim with at least one word.")
            rows.extend(asdict(hit) for hit in hits)
    emit(rows, fmt, SIMILAR_COLUMNS)


def _read_queries(path: Path) -> list[tuple[str, str]]:
    """Every line checked before any query runs, so a bad line costs nothing but an error."""
    from factdb.match.normalize import normalize_claim

    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{path}: cannot read ({exc.__class__.__name__}: {exc})")
    queries: list[tuple[str, str]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            fail(f"{path}:{number}: not JSON ({exc.msg})")
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            fail(f'{path}:{number}: expected {{"id": ..., "text": "..."}}')
        if not normalize_claim(item["text"]):
            fail(f"{path}:{number}: the text has no words to compare")
        queries.append((str(item.get("id", number)), item["text"]))
    if not queries:
        fail(f"{path}: no queries")
    return queries
