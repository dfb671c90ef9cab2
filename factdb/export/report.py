"""One self-contained HTML page a journalist reads in a browser: articles with their quotes
highlighted in place, speakers in the margin, hedge cues underlined, status badges, and the
claim list with filters.

Pure: articles and claim dicts in, a string out. Every piece of article text, name and note
is escaped, and a quote is highlighted only where its offsets reproduce its text exactly, so
the page never shows a claim somewhere it was not said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from typing import Any

from factdb.export.report_template import PAGE, SCRIPT, STYLE
from factdb.store.pieces import row_pieces, row_quote
from factdb.store.statuses import DEFAULT_STATUS, STATUSES

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


@dataclass(slots=True)
class ReportArticle:
    number: int
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    text: str
    source_id: str | None = None
    hedges: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, category


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _speaker_name(claim: dict[str, Any]) -> str:
    speaker = claim.get("speaker") or {}
    return speaker.get("name") or "unknown"


def badge(claim: dict[str, Any]) -> str:
    status = claim.get("status") or DEFAULT_STATUS
    inherited = claim.get("status_inherited_from")
    title = f"from claim {inherited}" if inherited else (claim.get("status_note") or status)
    css = f"badge st-{status}" + (" inherited" if inherited else "")
    return f'<span class="{_e(css)}" title="{_e(title)}">{_e(status)}</span>'


def _located(claim: dict[str, Any], article: ReportArticle) -> bool:
    start, end = claim.get("start"), claim.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    return 0 <= start < end <= len(article.text) and article.text[start:end] == claim["text"]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def _segment_html(
    text: str,
    start: int,
    end: int,
    quotes: list[dict[str, Any]],
    hedges: list[tuple[int, int, str]],
) -> str:
    """`text[start:end]` with quotes marked and hedges underlined, across any overlap.

    The paragraph is cut at every boundary of every span; each piece is wrapped in every mark
    active over it (outermost claim outside), so spans that overlap, straddle or contain each
    other still nest validly and each claim's marks hold exactly its words.
    """
    cuts = {start, end}
    for q in quotes:
        cuts.update(p for p in (q["start"], q["end"]) if start < p < end)
    for h_start, h_end, _ in hedges:
        cuts.update(p for p in (h_start, h_end) if start < p < end)
    points = sorted(cuts)
    anchored: set[int] = set()
    out: list[str] = []
    for left, right in zip(points, points[1:], strict=False):
        piece = _e(text[left:right])
        hedge = next((h for h in hedges if h[0] <= left and right <= h[1]), None)
        if hedge is not None:
            piece = f'<u class="hedge" title="hedge: {_e(hedge[2])}">{piece}</u>'
        active = [q for q in quotes if q["start"] <= left and right <= q["end"]]
        # Innermost first, so a partial quote inside a reported claim nests in its mark.
        for quote in sorted(active, key=lambda q: (q["end"] - q["start"], q["claim_id"])):
            cid = quote["claim_id"]
            anchor = f' id="c{cid}"' if cid not in anchored else ""
            anchored.add(cid)
            css = f"quote kind-{_e(quote.get('kind') or 'direct')}"
            title = f"{_speaker_name(quote)} ({quote.get('status') or DEFAULT_STATUS})"
            piece = (
                f'<mark class="{css}" data-claim="{cid}"{anchor} title="{_e(title)}">{piece}</mark>'
            )
        out.append(piece)
    return "".join(out)


def _margin(quotes: list[dict[str, Any]]) -> str:
    notes = []
    for q in quotes:
        notes.append(
            f'<div class="note"><span class="who">{_e(_speaker_name(q))}</span>'
            f"#{q['claim_id']} {badge(q)}</div>"
        )
    return "".join(notes)


def _article_html(article: ReportArticle, claims: list[dict[str, Any]]) -> str:
    quotes = sorted((c for c in claims if _located(c, article)), key=lambda c: c["start"])
    meta = " · ".join(
        _e(part) for part in (article.outlet, article.published, article.source_id) if part
    )
    if article.url:
        meta += f' · <a href="{_e(article.url)}">{_e(article.url)}</a>'
    parts = [
        f'<article id="a{article.number}">',
        f"<h2>{_e(article.title or article.source_id or f'Article {article.number}')}</h2>",
        f'<p class="meta">{meta}</p>',
    ]
    for start, end in _paragraphs(article.text):
        inside = [q for q in quotes if q["start"] < end and q["end"] > start]
        starting = [q for q in inside if start <= q["start"] < end]
        hedges = [h for h in article.hedges if h[0] < end and h[1] > start]
        clipped = [  # each piece marked, not the frame between them ("he said")
            {**q, "start": max(s, start), "end": min(e, end)}
            for q in inside
            for s, e in row_pieces(q)
            if s < end and e > start
        ]
        clipped_hedges = [(max(h[0], start), min(h[1], end), h[2]) for h in hedges]
        body = _segment_html(article.text, start, end, clipped, clipped_hedges)
        parts.append(
            f'<div class="para"><div class="margin">{_margin(starting)}</div><p>{body}</p></div>'
        )
    parts.append("</article>")
    return "\n".join(parts)


def _claim_row(claim: dict[str, Any], located: set[int]) -> str:
    cid = claim["claim_id"]
    speaker = _speaker_name(claim)
    hedges = ", ".join(h["text"] for h in claim.get("hedges") or [])
    where = " ".join(p for p in (claim.get("outlet"), claim.get("published")) if p)
    if not where:
        where = claim.get("source") or claim.get("url") or "logged by hand"
    text = _e(row_quote(claim))
    if cid in located:
        text = f'<a class="jump" href="#c{cid}" data-claim="{cid}">{text}</a>'
    search = " ".join(
        str(p)
        for p in (
            row_quote(claim),
            speaker,
            where,
            " ".join(claim.get("tags") or []),
        )
        if p
    ).lower()
    return (
        f'<tr class="claim" data-claim="{cid}" data-status="{_e(claim.get("status") or DEFAULT_STATUS)}" '
        f'data-speaker="{_e(speaker)}" data-hedged="{"yes" if claim.get("hedged") else "no"}" '
        f'data-search="{_e(search)}">'
        f'<td>{cid}</td><td>{_e(speaker)}</td><td class="text">{text}</td>'
        f"<td>{badge(claim)}</td><td>{_e(hedges)}</td><td>{_e(where)}</td></tr>"
    )


def render_report(
    articles: list[ReportArticle], claims: list[dict[str, Any]], title: str = "factdb report"
) -> str:
    """The whole page. `claims` are the export dicts (`select_claims`), in list order."""
    by_article: dict[int, list[dict[str, Any]]] = {}
    for claim in claims:
        if claim.get("article_number") is not None:
            by_article.setdefault(claim["article_number"], []).append(claim)
    located = {
        c["claim_id"] for a in articles for c in by_article.get(a.number, []) if _located(c, a)
    }
    speakers = sorted({_speaker_name(c) for c in claims})
    statuses = [
        s for s in STATUSES if any((c.get("status") or DEFAULT_STATUS) == s for c in claims)
    ]
    hedged = sum(1 for c in claims if c.get("hedged"))
    summary = (
        f"{len(claims)} claims ({hedged} hedged) by {len(speakers)} speakers "
        f"in {len(articles)} articles"
    )
    return PAGE.format(
        title=_e(title),
        style=STYLE,
        script=SCRIPT,
        summary=_e(summary),
        count=len(claims),
        status_options="".join(f'<option value="{_e(s)}">{_e(s)}</option>' for s in statuses),
        speaker_options="".join(f'<option value="{_e(s)}">{_e(s)}</option>' for s in speakers),
        claim_rows="\n".join(_claim_row(c, located) for c in claims),
        articles="\n".join(_article_html(a, by_article.get(a.number, [])) for a in articles),
    )
