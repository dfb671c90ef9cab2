"""Article metadata and boilerplate spans read from plain text (factdb.extract.metadata)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract.metadata import _QUOTES, _key, read_metadata

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "korea-bizwire-nk-troops.txt"

# Written for these tests in the shape of a scraped WordPress news page (not corpus text).
SCRAPED = (
    "Harbour Bridge Reopens After Repairs | City Wire\n\n"
    "Harbour Bridge Reopens After Repairs\n\n\n"
    "Workers repaint the bridge's north arch on March 3, 2023. (Photo courtesy of City Hall)\n\n"
    "Workers repaint the bridge’s north arch on March 3, 2023. (Photo courtesy of City Hall)\n\n"
    "PORTVILLE, Jan. 9 (City Wire) – The harbour bridge reopened on Monday after repairs.\n\n"
    "“It is safe,” the mayor said.\n\n"
    "Ann Example (ann@citywire.example)\n\n"
    "Leave a Reply\n\n"
    "Your email address will not be published. Required fields are marked *\n\n"
    "Great news! says a reader.\n"
)


def spans_text(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


@pytest.mark.skipif(not SEED.exists(), reason="needs /work/shared/seeds")
def test_seed_article_metadata_matches_gold() -> None:
    text = SEED.read_text("utf-8")
    meta, spans = read_metadata(text)
    assert meta.title == (
        "South Korea and U.S. Express Concern Over Reports of North Korean Troops in Ukraine"
    )
    assert meta.outlet == "Korea Bizwire"
    assert (meta.dateline_place, meta.dateline_date) == ("SEOUL", "Oct. 17")
    assert meta.published == "2024-10-17"
    assert meta.author == "M. H. Lee"
    skipped = spans_text(text, spans)
    assert skipped[0] == " | Be Korea-savvy"
    assert sum("This photo, carried by" in s for s in skipped) == 2
    assert "M. H. Lee (mhlee@koreabizwire.com)" in skipped
    assert skipped[-1].startswith("Leave a Reply") and skipped[-1].endswith("<strong>")
    assert not any("Kirby" in s or "SEOUL" in s for s in skipped)


def test_scraped_page_metadata_and_boilerplate() -> None:
    meta, spans = read_metadata(SCRAPED)
    assert meta.title == "Harbour Bridge Reopens After Repairs"
    assert meta.outlet == "City Wire"
    assert (meta.dateline_place, meta.dateline_date) == ("PORTVILLE", "Jan. 9")
    # The latest full date is March 3, 2023, so "Jan. 9" can only be in 2024.
    assert meta.published == "2024-01-09"
    assert meta.author == "Ann Example"
    skipped = spans_text(SCRAPED, spans)
    assert skipped == [
        " | City Wire",
        "Harbour Bridge Reopens After Repairs",
        "Workers repaint the bridge's north arch on March 3, 2023. (Photo courtesy of City Hall)",
        "Workers repaint the bridge’s north arch on March 3, 2023. (Photo courtesy of City Hall)",
        "Ann Example (ann@citywire.example)",
        "Leave a Reply\n\nYour email address will not be published. Required fields are marked *"
        "\n\nGreat news! says a reader.",
    ]


@pytest.mark.parametrize(
    ("first_paragraph", "place", "date", "outlet"),
    [
        ("WASHINGTON (Reuters) - The Senate voted on Tuesday.", "WASHINGTON", None, "Reuters"),
        ("LONDON, Jan 5 (AP) — Police said on Friday.", "LONDON", "Jan 5", "AP"),
        ("LOS ANGELES, Sept. 28 (UPI) — A clip was shown.", "LOS ANGELES", "Sept. 28", "UPI"),
        ("Seoul, Oct. 17 (Yonhap) -- Officials met.", "Seoul", "Oct. 17", "Yonhap"),
        ("HEMPSTEAD, N.Y. ― If it worked before, it might work.", "HEMPSTEAD", None, None),
        ("NEWPORT NEWS, Va. - In a tradition he has kept.", "NEWPORT NEWS", None, None),
        ("WASHINGTON—The committee met.", "WASHINGTON", None, None),
        ("PARIS, 12 March 2024 (AFP) - Ministers met.", None, None, None),
        ("BMW-brand sales rose 2.3% to 80,600 last year.", None, None, None),
        ("BREAKING: the vote has been delayed.", None, None, None),
        ("EDITOR'S NOTE — This story contains graphic details.", None, None, None),
        ("U.S. - China talks collapsed on Friday.", None, None, None),
        ("Kim Jong-un (R) - greeting Putin.", None, None, None),
        ("The minister (Labour) - who spoke first - said no.", None, None, None),
    ],
)
def test_dateline(first_paragraph: str, place: str | None, date: str | None, outlet: str | None):
    meta, _ = read_metadata(f"A headline for the story\n\n{first_paragraph}\n")
    assert (meta.dateline_place, meta.dateline_date, meta.outlet) == (place, date, outlet)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("LONDON, Jan 5 (AP) — It began on December 30, 2023.", "2024-01-05"),
        (
            "LONDON, Jan 5 (AP) — It began on 2 January 2019 and again on Jan. 1, 2020.",
            "2020-01-05",
        ),
        ("LONDON, Jan 5, 2021 (AP) — Police said.", "2021-01-05"),
        ("LONDON, Jan 5 (AP) — No year anywhere.", None),
        ("LONDON, Feb. 29 (AP) — It began on March 1, 2022.", None),
        ("Headline here\n\nPublished: January 3, 2013\n\nAn Oklahoma man pleaded.", "2013-01-03"),
        ("Headline here\n\nFriday, March 08, 2013\n\nDoug scored 23 points.", "2013-03-08"),
        ("Headline here\n\nHe was born on March 8, 1950, in Ohio.", None),
    ],
)
def test_published(text: str, published: str | None) -> None:
    assert read_metadata(text)[0].published == published


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("**By Jane Doe**", "Jane Doe"),
        ("By JANE DOE, Associated Press", "JANE DOE"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("M. H. Lee (mhlee@koreabizwire.com)", "M. H. Lee"),
        ("Jane Doe | jane.doe@example.org", "Jane Doe"),
        ("(Reporting by Jane Doe in London; Editing by John Roe)", "Jane Doe"),
    ],
)
def test_byline_gives_author_and_is_skipped(byline: str, author: str) -> None:
    text = f"Headline for the story\n\nThe council met on Monday.\n\n{byline}\n"
    meta, spans = read_metadata(text)
    assert meta.author == author
    assert byline in spans_text(text, spans)


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, officials said the bridge would reopen.",
        "By the end of the year, prices had doubled, the bank said.",
        "John Smith said the plan would work.",
    ],
)
def test_sentences_are_not_bylines(line: str) -> None:
    text = f"Headline for the story\n\n{line}\n"
    meta, spans = read_metadata(text)
    assert meta.author is None
    assert spans == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Markdown Heading Title\n\nBody text follows here.", "Markdown Heading Title"),
        ("Budget Cuts Loom - BBC News\n\nBody text.", "Budget Cuts Loom"),
        ("Budget Cuts Loom - cnn.com\n\nBody text.", "Budget Cuts Loom"),
        ("Clinton – Not Indicted, Yet!’\n\nBody text.", "Clinton – Not Indicted, Yet!’"),
        ("Ferry Fares Rise | The Harbour Post\nBody text follows.", "Ferry Fares Rise"),
        (
            "Stealth Over Health: Clinton Diverted.\n\nThe Post reports.",
            "Stealth Over Health: Clinton Diverted.",
        ),
        ("Bridge Reopens\nWASHINGTON (Reuters) - The bridge reopened.", "Bridge Reopens"),
        ("Bridge Reopens\nBy Jane Doe\nThe bridge reopened.", "Bridge Reopens"),
        # A first paragraph that runs straight into the next is prose, not a headline.
        ("Quarterly profits at the firm jumped 76% in three months\nThe firm said.", None),
        (
            "The classic film is to be turned into a musical by the producer of the hit show - The Opera.\nMore.",
            None,
        ),
        (
            "A single line that is the whole article without a blank line after it, said to be news, that runs on for quite a long time.",
            None,
        ),
    ],
)
def test_title(text: str, title: str | None) -> None:
    assert read_metadata(text)[0].title == title


@pytest.mark.parametrize(
    "line",
    [
        "Read the rest here.",
        "Share this:",
        "Sign up for our daily newsletter",
        "Advertisement",
        'You may use these HTML tags and attributes: <a href="" title=""> <b>',
        "Image caption The minister arriving at Downing Street",
        "Contact the reporter at news@example.com",
        "Copyright 2024 The Associated Press. All rights reserved.",
        "Follow her on Twitter @janedoe",
        "Photo: Jane Doe/City Wire",
    ],
)
def test_furniture_lines_are_skipped(line: str) -> None:
    text = (
        f"Headline for the story\n\nThe council met on Monday.\n\n{line}\n\nThe vote was close.\n"
    )
    _, spans = read_metadata(text)
    assert spans_text(text, spans) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Menu prices rose 5% last year, the owner said.",
        "Photographs of the flood were shared widely, officials said.",
        "The union said all rights reserved for members would be kept.",
    ],
)
def test_prose_that_resembles_furniture_is_kept(line: str) -> None:
    text = f"Headline for the story\n\nThe council met on Monday.\n\n{line}\n"
    assert read_metadata(text)[1] == []


def test_repeated_paragraph_with_other_quote_marks_is_skipped_once() -> None:
    first = "“We will rebuild,” the mayor said at the town's hall on Monday."
    second = '"We will rebuild," the mayor said at the town’s hall on Monday.'
    text = f"Headline for the story\n\n{first}\n\n{second}\n"
    _, spans = read_metadata(text)
    assert spans_text(text, spans) == [second]


def test_short_repeated_lines_are_kept() -> None:
    text = "Headline for the story\n\nIntro.\n\nNo.\n\nMore text here.\n\nNo.\n"
    assert read_metadata(text)[1] == []


def test_comment_marker_before_any_article_text_does_not_swallow_it() -> None:
    text = "Headline for the story\n\nComments\n\n“We will rebuild,” the mayor said.\n"
    assert read_metadata(text)[1] == []


@pytest.mark.parametrize("text", ["", "   \n\n\t", "\n"])
def test_blank_text_has_no_metadata(text: str) -> None:
    meta, spans = read_metadata(text)
    assert spans == [] and meta.title is None and meta.published is None


_PIECES = st.sampled_from(
    [
        "Leave a Reply",
        "SEOUL, Oct. 17 (Korea Bizwire) – ",
        "By Jane Doe",
        "x@y.io",
        " | Site",
        " - Site",
        "# ",
        "June 19, 2024",
        "Feb 30, 2024",
        "(Image courtesy of X)",
        "“",
        "’",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\u2028",
        "\x00",
        "Comments",
        "Published: ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=30).map("".join))
def test_never_raises_and_spans_index_the_text(text: str) -> None:
    meta, spans = read_metadata(text)
    previous_end = -1
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert start > previous_end
        previous_end = end
    for value in (meta.title, meta.author, meta.outlet, meta.dateline_place):
        assert value is None or value in text


@given(st.text(alphabet=st.sampled_from(list("aB .,\t\x0b\x1c\n\r'’é\u00a0\u2003")), max_size=30))
def test_line_key_fast_path_same_as_words_joined(line: str) -> None:
    """A plain ASCII line singly spaced is keyed by lower-casing alone; every line keys as its
    words, quotes made straight, case-folded and joined by single spaces."""
    straight = line
    for curly, plain in _QUOTES:
        straight = straight.replace(curly, plain)
    assert _key(line) == " ".join(straight.casefold().split())
