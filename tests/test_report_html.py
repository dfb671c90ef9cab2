"""The HTML report: escaped, self-contained, quotes highlighted exactly where they were said,
and rendered by a real browser (headless Chromium, where installed)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session
from store_support import seed_document, seed_extraction
from typer.testing import CliRunner

from factdb.cli import app
from factdb.export.report import ReportArticle, render_report
from factdb.store.db import open_engine
from factdb.store.writes import store_article

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
VOID = {"meta", "input", "br", "img", "hr", "link"}


class Marks(HTMLParser):
    """Collects the text inside each `mark[data-claim]` and checks every tag is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.quotes: dict[str, str] = {}
        self.hedges: list[str] = []
        self.errors: list[str] = []
        self.sources: list[str] = []
        self.classes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":
            self.classes.append(found.get("class") or "")
        for name in ("src", "srcset"):
            if name in found:
                self.sources.append(f"{tag}[{name}]={found[name]}")
        if tag == "link":
            self.sources.append(f"link={found.get('href')}")
        if tag not in VOID:
            claim = found.get("data-claim") if tag == "mark" else None
            self.stack.append(
                (tag, claim if claim is not None else ("hedge" if tag == "u" else None))
            )

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"unbalanced </{tag}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for tag, mark in self.stack:
            if tag == "mark" and mark is not None:
                self.quotes[mark] = self.quotes.get(mark, "") + data
        if any(tag == "u" for tag, _ in self.stack):
            self.hedges.append(data)


def parse(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    parser.close()
    return parser


TEXT = (
    'Headline <script>alert("x")</script> & more\n\n'
    "The minister said \u201cwe may send troops\u201d and reportedly left.\n"
)


def claim(cid: int, text: str, start: int, **extra) -> dict:
    row = {
        "claim_id": cid,
        "article_number": 1,
        "text": text,
        "start": start,
        "end": start + len(text),
        "kind": "direct",
        "speaker": {"name": "The <b>Minister</b>"},
        "status": "unverified",
        "hedged": False,
        "hedges": [],
    }
    row.update(extra)
    return row


def test_article_text_and_names_are_escaped_and_quotes_located() -> None:
    quote = "we may send troops"
    start = TEXT.index(quote)
    may = TEXT.index("may")
    reportedly = TEXT.index("reportedly")
    article = ReportArticle(
        1,
        "A <i>title</i>",
        "Outlet & Co",
        "2024-10-17",
        "https://x.example/?a=1&b=2",
        TEXT,
        hedges=[(may, may + 3, "epistemic"), (reportedly, reportedly + 10, "distancing")],
    )
    claims = [
        claim(1, quote, start, status="false", status_note='Said "never"'),
        claim(2, "not in the text", 0),  # offsets that do not reproduce: listed, not highlighted
    ]
    page = render_report([article], claims)
    assert (
        "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    )
    assert "The &lt;b&gt;Minister&lt;/b&gt;" in page and "<b>Minister" not in page
    assert "A &lt;i&gt;title&lt;/i&gt;" in page
    parsed = parse(page)
    assert parsed.errors == []
    assert parsed.quotes == {"1": quote}
    assert parsed.hedges == ["may", "reportedly"]
    assert 'id="c1"' in page and 'id="c2"' not in page
    assert '<span class="badge st-false" title="Said &quot;never&quot;">false</span>' in page


def test_overlapping_spans_still_nest() -> None:
    text = "He said it could happen, officials believe, soon."
    quote = "it could happen, officials"
    start = text.index(quote)
    hedge_start = text.index("officials believe")
    article = ReportArticle(
        1, "t", None, None, None, text, hedges=[(hedge_start, hedge_start + 17, "epistemic")]
    )
    parsed = parse(render_report([article], [claim(7, quote, start)]))
    assert parsed.errors == []
    assert parsed.quotes == {"7": quote}
    assert "".join(parsed.hedges) == "officials believe"


def test_page_is_self_contained() -> None:
    page = render_report([], [])
    parsed = parse(page)
    assert parsed.sources == []
    assert "@import" not in page and "url(" not in page and "<link" not in page
    assert "default-src 'none'" in page
    assert '<span id="f-count">0</span>' in page


@pytest.fixture
def report_file(tmp_path: Path) -> tuple[Path, list[dict]]:
    db = tmp_path / "work.db"
    engine = open_engine(f"sqlite:///{db}")
    doc = seed_document(published="2024-10-17")
    with Session(engine) as session:
        store_article(session, doc, seed_extraction(doc.text), extractor_version="test")
    engine.dispose()
    runner = CliRunner()
    runner.invoke(app, ["--db", str(db), "verify", "3", "--status", "false", "--note", "No unit"])
    runner.invoke(app, ["--db", str(db), "verify", "4", "--status", "confirmed"])
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["--db", str(db), "report", "--html", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"Wrote {out}: 5 claims in 1 articles.\n"
    claims = json.loads(runner.invoke(app, ["--db", str(db), "export", "--format", "json"]).stdout)
    return out, claims


def test_report_command_highlights_every_claim(report_file: tuple[Path, list[dict]]) -> None:
    path, claims = report_file
    parsed = parse(path.read_text("utf-8"))
    assert parsed.errors == []
    assert parsed.quotes == {str(c["claim_id"]): c["text"] for c in claims}
    assert "cannot independently confirm" in parsed.hedges


def test_report_bad_filter_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "x.db"), "report", "--html", str(out), "--status", "maybe"]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: --status: unknown status 'maybe'")
    assert not out.exists()


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            CHROMIUM or "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'chromium-profile'}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_report_renders_in_a_real_browser(
    report_file: tuple[Path, list[dict]], tmp_path: Path
) -> None:
    path, claims = report_file
    dom = _chromium(tmp_path, "--dump-dom", path.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    parsed = parse(dom.stdout)
    assert "js-ready" in parsed.classes[0]  # the inline script ran
    assert parsed.quotes == {str(c["claim_id"]): c["text"] for c in claims}
    shot = tmp_path / "report.png"
    result = _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,2000", path.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one


@given(
    text=st.text(
        alphabet=st.sampled_from(list("ab <>&\"'\n\u201c\u201d")), min_size=1, max_size=60
    ),
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=4),
    hedge_spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=3),
)
def test_any_text_and_spans_render_escaped_and_nested(
    text: str, spans: list[tuple[int, int]], hedge_spans: list[tuple[int, int]]
) -> None:
    claims = []
    for n, (a, b) in enumerate(spans, 1):
        start, end = sorted((a % (len(text) + 1), b % (len(text) + 1)))
        if start < end:
            claims.append(claim(n, text[start:end], start))
    hedges = sorted(
        {
            tuple(sorted((a % (len(text) + 1), b % (len(text) + 1)))) + ("epistemic",)
            for a, b in hedge_spans
        }
    )
    hedges = [h for h in hedges if h[0] < h[1]]
    page = render_report([ReportArticle(1, "t", None, None, None, text, hedges=hedges)], claims)
    parsed = parse(page)
    assert parsed.errors == []
    article = page[page.index("<article") : page.index("</article>")]
    text_only = re.sub(r"</?(?:article|h2|p|div|mark|u|a|span)\b[^>]*>", "", article)
    assert "<" not in text_only and ">" not in text_only  # every piece of text escaped
    # Every claim within one line is highlighted with exactly its words, nested or not.
    for c in claims:
        if "\n" not in c["text"]:
            assert parsed.quotes[str(c["claim_id"])] == c["text"]
