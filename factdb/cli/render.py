"""How claims, speakers and articles look in a terminal table, and a claim in place (`show`)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from factdb.output import Column, OutputFormat, emit
from factdb.store.pieces import row_pieces, row_quote


def _speaker(row: dict[str, Any]) -> str:
    speaker = row.get("speaker")
    if not speaker:
        return "unknown"
    name = speaker.get("name") or "unknown"
    extra = ", ".join(part for part in (speaker.get("role"), speaker.get("organization")) if part)
    return f"{name} ({extra})" if extra else name


def _hedges(row: dict[str, Any]) -> str:
    return ", ".join(f"{h['text']} [{h['category']}]" for h in row.get("hedges") or [])


def _cue(row: dict[str, Any]) -> str:
    cue = row.get("cue")
    if isinstance(cue, dict):
        return cue.get("text") or ""
    return cue or ""


def _speaker_name(row: dict[str, Any]) -> str:
    speaker = row.get("speaker")
    return (speaker or {}).get("name") or "unknown"


def _hedge_cues(row: dict[str, Any]) -> str:
    return ", ".join(h["text"] for h in row.get("hedges") or [])


CLAIM_COLUMNS = [
    Column("id", lambda r: str(r["claim_id"]), no_wrap=True),
    Column("speaker", _speaker_name, ratio=1),
    Column("claim", row_quote, ratio=4),
    Column("cue", _cue, ratio=1),
    Column("outlet", lambda r: r.get("outlet") or "", ratio=1),
    Column("date", lambda r: r.get("published") or "", no_wrap=True),
    Column("hedges", _hedge_cues, ratio=1),
]

EXTRACTED_COLUMNS = [
    Column("document", lambda r: r["id"], ratio=1),
    Column("speaker", _speaker_name, ratio=1),
    Column("claim", row_quote, ratio=4),
    Column("cue", _cue, ratio=1),
    Column("kind", lambda r: r["kind"], no_wrap=True),
    Column("hedges", _hedge_cues, ratio=1),
]

SPEAKER_COLUMNS = [
    Column("id", lambda r: str(r["id"]), no_wrap=True),
    Column("name", lambda r: r["name"], ratio=2),
    Column("kind", lambda r: r["kind"], no_wrap=True),
    Column("role", lambda r: r.get("role") or "", ratio=2),
    Column("organization", lambda r: r.get("organization") or "", ratio=1),
    Column("aliases", lambda r: ", ".join(r.get("aliases") or []), ratio=2),
    Column("claims", lambda r: str(r.get("claims", 0)), no_wrap=True),
    Column("record", lambda r: _record(r.get("record") or {}), ratio=1),
]


def _record(record: dict[str, int]) -> str:
    """Verdicts on a speaker's claims, the telling ones first."""
    order = ("confirmed", "disputed", "false", "misleading")
    shown = [s for s in order if record.get(s)] + sorted(s for s in record if s not in order)
    return ", ".join(f"{record[s]} {s}" for s in shown if record[s])


ARTICLE_COLUMNS = [
    Column("id", lambda r: str(r["id"]), no_wrap=True),
    Column("article", lambda r: r.get("source_id") or "", ratio=2),
    Column("title", lambda r: r.get("title") or "", ratio=3),
    Column("outlet", lambda r: r.get("outlet") or "", ratio=1),
    Column("date", lambda r: r.get("published") or "", no_wrap=True),
    Column("claims", lambda r: str(r.get("claims", 0)), no_wrap=True),
    Column("hedged", lambda r: str(r.get("hedged_claims", 0)), no_wrap=True),
]


def emit_extracted(documents: list[dict[str, Any]], fmt: OutputFormat) -> None:
    """`extract` as a table or CSV: one row per claim, its document named."""
    rows = [{"id": doc["id"], **claim} for doc in documents for claim in doc["claims"]]
    emit(rows, fmt, EXTRACTED_COLUMNS)


def _article_line(detail: dict[str, Any]) -> str:
    if detail.get("article_id") is None:
        return "none (logged by hand)"
    return f"{detail['article_id']}  {detail.get('title') or ''}".rstrip()


def highlighted_context(
    context: str, context_start: int, spans: list[tuple[int, int, str]]
) -> Text:
    """The framing sentence with the quote, cue and hedges styled in place (offsets are absolute)."""
    text = Text(context)
    for start, end, style in spans:
        local_start, local_end = start - context_start, end - context_start
        if 0 <= local_start < local_end <= len(context):
            text.stylize(style, local_start, local_end)
    return text


def print_claim_detail(detail: dict[str, Any], console: Console) -> None:
    """`factdb show`: the claim with its provenance, highlighted where it stands."""
    console.print(Text(f"Claim {detail['claim_id']}", style="bold"))
    pieces = row_pieces(detail)
    rows = [
        ("speaker", _speaker(detail)),
        ("mention", (detail.get("speaker_mention") or "")),
        ("cue", _cue(detail)),
        (
            "kind",
            f"{detail['kind']} (rule {detail.get('rule') or '-'}, confidence {detail.get('confidence')})",
        ),
        ("article", _article_line(detail)),
        ("outlet", detail.get("outlet") or ""),
        ("published", detail.get("published") or ""),
        ("said on", detail.get("said_on") or ""),
        ("url", detail.get("url") or ""),
        ("offsets", f"{detail['start']}-{detail['end']}"),
        ("pieces", _piece_offsets(pieces) if len(pieces) > 1 else ""),
        ("words", row_quote(detail) if len(pieces) > 1 else ""),
        ("hedges", _hedges(detail) or "none"),
    ]
    for label, value in rows:
        if value:
            line = Text(f"{label:>10}  ", style="dim")
            line.append(str(value))
            console.print(line)
    context = detail.get("context") or detail["text"]
    context_start = detail.get("context_start", detail["start"])
    spans = [(start, end, "bold reverse") for start, end in pieces]
    cue = detail.get("cue_span")
    if cue:
        spans.append((cue[0], cue[1], "underline"))
    for hedge in detail.get("hedges") or []:
        spans.append((hedge["start"], hedge["end"], "italic underline"))
    console.print()
    if console.is_terminal and not console.no_color:
        console.print(highlighted_context(context, context_start, spans))
    else:
        console.print(Text(marked_context(context, context_start, pieces)))


def _piece_offsets(pieces: list[tuple[int, int]]) -> str:
    return ", ".join(f"{start}-{end}" for start, end in pieces)


def marked_context(context: str, context_start: int, pieces: list[tuple[int, int]]) -> str:
    """Without colour, each piece of the quote is fenced with [[ ]] so it still stands out in
    the sentence and the frame between pieces ("he said") stands outside the fences."""
    local = [(s - context_start, e - context_start) for s, e in pieces]
    if not all(0 <= s <= e <= len(context) for s, e in local):
        return context
    out, done = [], 0
    for s, e in sorted(local):
        if s < done:  # overlapping pieces: not something the engine makes; show the sentence
            return context
        out += [context[done:s], "[[", context[s:e], "]]"]
        done = e
    return "".join(out) + context[done:]
