"""Reading articles from files, folders, stdin, HTML, Markdown and JSONL (factdb.readers)."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdb.dates import parse_date
from factdb.extract.metadata import read_metadata
from factdb.readers import ReadError, SourceDocument, discover, read_source
from factdb.readers.decode import NotText, decode_text

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
running_as_root = hasattr(os, "geteuid") and os.geteuid() == 0


def read_all(source: Path | str, **options: object) -> list[SourceDocument | ReadError]:
    return list(read_source(source, **options))  # type: ignore[arg-type]


def only_document(source: Path | str, **options: object) -> SourceDocument:
    items = read_all(source, **options)
    assert len(items) == 1 and isinstance(items[0], SourceDocument), items
    return items[0]


def only_error(source: Path | str, **options: object) -> ReadError:
    items = read_all(source, **options)
    assert len(items) == 1 and isinstance(items[0], ReadError), items
    return items[0]


# --- discover -------------------------------------------------------------------------------


def test_discover_walks_folders_sorted_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for name in ["b.txt", "a.md", "sub/c.html", "sub/d.JSONL", "e.markdown", "f.htm"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x")
    for name in [".hidden.txt", ".git/config.txt", "notes.docx", "image.png"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x")
    sources, errors = discover([str(root), "-"])
    assert errors == []
    assert [str(s) if s != "-" else s for s in sources] == [
        str(root / "a.md"),
        str(root / "b.txt"),
        str(root / "e.markdown"),
        str(root / "f.htm"),
        str(root / "sub" / "c.html"),
        str(root / "sub" / "d.JSONL"),
        "-",
    ]


def test_discover_keeps_the_spelling_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "one.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    sources, _ = discover(["seeds"])
    assert [str(s) for s in sources] == ["seeds/one.txt"]


def test_discover_reports_missing_paths_and_keeps_the_rest(tmp_path: Path) -> None:
    present = tmp_path / "here.txt"
    present.write_text("x")
    missing = str(tmp_path / "nope.txt")
    sources, errors = discover([missing, str(present)])
    assert sources == [present]
    assert errors == [ReadError(missing, "no such file or directory")]


def test_discover_reports_a_folder_with_nothing_readable(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / ".draft.txt").write_text("hidden")
    sources, errors = discover([str(tmp_path)])
    assert sources == []
    assert len(errors) == 1 and errors[0].origin == str(tmp_path)
    assert errors[0].message.startswith("no readable files in directory")


def test_explicit_file_with_unknown_suffix_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "story.article"
    path.write_text("Plain words.")
    sources, errors = discover([str(path)])
    assert (sources, errors) == ([path], [])
    document = only_document(path)
    assert (document.format, document.text) == ("txt", "Plain words.")


@pytest.mark.skipif(running_as_root, reason="root reads anything")
def test_discover_reports_an_unreadable_subfolder(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("x")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text("x")
    locked.chmod(0)
    try:
        sources, errors = discover([str(tmp_path)])
    finally:
        locked.chmod(0o755)
    assert sources == [tmp_path / "ok.txt"]
    assert errors == [ReadError(str(locked), "permission denied")]


def test_file_name_that_is_not_utf8_gets_a_printable_label(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as handle:
        handle.write(b"Words.")
    (source,), errors = discover([str(tmp_path)])
    assert errors == []
    document = only_document(source)
    assert document.source_id == document.origin == f"{tmp_path}/caf\\xe9.txt"
    document.source_id.encode("utf-8")  # storable and printable


def test_discover_reports_a_folder_walk_error_and_keeps_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ok.txt").write_text("x")
    real_walk = os.walk
    locked = str(tmp_path / "locked")

    def walk_with_a_locked_folder(top, onerror=None, **kwargs):  # type: ignore[no-untyped-def]
        onerror(PermissionError(errno.EACCES, "Permission denied", locked))
        yield from real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(os, "walk", walk_with_a_locked_folder)
    sources, errors = discover([str(tmp_path)])
    assert sources == [tmp_path / "ok.txt"]
    assert errors == [ReadError(locked, "permission denied")]


# --- text, Markdown, stdin -----------------------------------------------------------------


def test_text_file_is_read_as_is_except_newlines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("“Quoted,” she said.  \r\nNext line.\rOld Mac line.\n".encode())
    document = only_document(path)
    assert document.text == "“Quoted,” she said.  \nNext line.\nOld Mac line.\n"
    assert (document.source_id, document.origin, document.format) == (str(path),) * 2 + ("txt",)
    assert document.warning is None


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello there.")
    assert only_document(path).text == "Hello there."


def test_utf16_with_bom_is_text(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Grüße aus Köln.".encode("utf-16"))
    assert only_document(path).text == "Grüße aus Köln."


@pytest.mark.parametrize(
    ("data", "text", "warning"),
    [
        ("“Café” – he said".encode("cp1252"), "“Café” – he said", "not UTF-8; decoded as cp1252"),
        (b"caf\xe9 \x81 menu", "café \x81 menu", "not UTF-8; decoded as latin-1"),
    ],
)
def test_non_utf8_file_is_decoded_with_a_warning(
    tmp_path: Path, data: bytes, text: str, warning: str
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(data)
    document = only_document(path)
    assert (document.text, document.warning) == (text, warning)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\r\n  ", "empty file"),
        ("blank.md", b"\n\n", "empty file"),
        ("invisible.txt", "\u200b\ufeff\u200d \n\u00ad".encode(), "empty file"),
        ("nul.txt", b"text\x00with a NUL", "binary file, not text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 40, "binary file, not text"),
        ("page.html", b"", "empty file"),
        ("page.htm", b"GIF89a\x00\x01\x00", "binary file, not text"),
        ("corpus.jsonl", b"", "empty file"),
        ("corpus.jsonl", b"\n \n\n", "empty file"),
        ("corpus.jsonl", b'{"text": "x"}\x00\x00\x00', "binary file, not text"),
    ],
)
def test_unusable_files_are_one_error(tmp_path: Path, name: str, data: bytes, message: str):
    path = tmp_path / name
    path.write_bytes(data)
    assert only_error(path) == ReadError(str(path), message)


def test_directory_and_vanished_file_are_errors(tmp_path: Path) -> None:
    assert only_error(tmp_path) == ReadError(str(tmp_path), "is a directory")
    gone = tmp_path / "gone.txt"
    assert only_error(gone) == ReadError(str(gone), "no such file or directory")
    assert only_error(tmp_path / "gone.jsonl").message == "no such file or directory"


@pytest.mark.skipif(running_as_root, reason="root reads anything")
@pytest.mark.parametrize("name", ["locked.txt", "locked.jsonl", "locked.html"])
def test_unreadable_file_is_an_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text('{"text": "x"}')
    path.chmod(0)
    try:
        assert only_error(path) == ReadError(str(path), "permission denied")
    finally:
        path.chmod(0o644)


def _raise(error: OSError):
    def fail(*args: object, **kwargs: object) -> object:
        raise error

    return fail


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
        (FileNotFoundError(errno.ENOENT, "No such file"), "no such file or directory"),
        (OSError(errno.EIO, "Input/output error"), "cannot read: input/output error"),
    ],
)
@pytest.mark.parametrize("name", ["a.txt", "a.html", "a.jsonl"])
def test_os_errors_while_reading_are_one_line_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, error: OSError, message: str
) -> None:
    path = tmp_path / name
    path.write_text('{"text": "x"}')
    monkeypatch.setattr(Path, "read_bytes", _raise(error))
    monkeypatch.setattr(Path, "open", _raise(error))
    assert only_error(path) == ReadError(str(path), message)


class _FailingStream(io.BytesIO):
    """A file whose disk goes away after the first record."""

    def __iter__(self):  # type: ignore[override]
        raise OSError(errno.EIO, "Input/output error")


def test_jsonl_failing_mid_read_keeps_what_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.jsonl"
    data = b'{"text": "first"}\n' + b'{"text": "%s"}\n' % (b"x" * 9000) + b'{"text": "third"}\n'
    path.write_bytes(data)
    monkeypatch.setattr(Path, "open", lambda self, mode="r": _FailingStream(data))
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["SourceDocument", "SourceDocument", "ReadError"]
    assert items[-1] == ReadError(str(path), "cannot read: input/output error")


def test_stdin_is_read_as_text() -> None:
    stream = io.BytesIO(b"WASHINGTON (Reuters) - Lawmakers met.\r\n")
    document = only_document("-", stdin=stream, outlet="Reuters", published="Oct 17, 2024")
    assert (document.source_id, document.origin, document.format) == ("-", "stdin", "stdin")
    assert document.text == "WASHINGTON (Reuters) - Lawmakers met.\n"
    assert (document.outlet, document.published) == ("Reuters", "2024-10-17")


def test_empty_stdin_is_an_error() -> None:
    assert only_error("-", stdin=io.BytesIO(b"  \n")) == ReadError("stdin", "empty input")


def test_markdown_is_kept_as_markdown_and_its_heading_is_the_title() -> None:
    path = FIXTURES / "brief.md"
    document = only_document(path)
    assert document.format == "md"
    assert document.text == path.read_text("utf-8")
    meta, _ = read_metadata(document.text)
    assert meta.title == "Ferry Timetable Changes From Monday"
    assert (meta.author, meta.outlet, meta.published) == ("Ann Example", "City Wire", "2024-01-12")


def test_options_win_and_bad_option_date_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Words.")
    document = only_document(path, outlet="Wire", url="https://x.example/a", published="soon")
    assert (document.outlet, document.url, document.published) == (
        "Wire",
        "https://x.example/a",
        None,
    )
    assert document.warning == "unrecognised date 'soon' ignored"


# --- HTML -------------------------------------------------------------------------------------


def test_html_main_text_without_navigation_scripts_or_comment_form() -> None:
    document = only_document(FIXTURES / "article.html")
    assert document.format == "html"
    assert "PORTVILLE, Jan. 9 (City Wire) – The harbour bridge reopened" in document.text
    assert "“We lost the summer,” said baker Tom Reed" in document.text
    # One paragraph a line, so sentences and paragraphs keep their boundaries.
    assert document.text.split("\n")[:2] == [
        "Harbour Bridge Reopens After Repairs",
        "PORTVILLE, Jan. 9 (City Wire) – The harbour bridge reopened to traffic on Monday after"
        " eight months of repairs to its north arch, the city's transport department said.",
    ]
    assert len(document.text.split("\n")) == 5
    for furniture in [
        "Home",
        "Sport",
        "Subscribe",
        "Related stories",
        "Council approves new budget",
        "Leave a Reply",
        "Your email address",
        "Post Comment",
        "dataLayer",
        "This is a script",
        "color: red",
        "Copyright",
        "Privacy",
    ]:
        assert furniture not in document.text
    assert document.title == "Harbour Bridge Reopens After Repairs"
    assert document.author == "Ann Example"
    assert document.outlet == "City Wire"
    assert document.published == "2024-01-09"
    assert document.url == "https://citywire.example/news/harbour-bridge-reopens"


def test_html_options_override_page_metadata() -> None:
    document = only_document(FIXTURES / "article.html", outlet="Portville Post")
    assert document.outlet == "Portville Post"


def test_html_without_article_text_is_an_error() -> None:
    path = FIXTURES / "no-article.html"
    assert only_error(path) == ReadError(str(path), "no article text found in HTML")


def test_html_in_cp1252_without_a_charset_is_decoded(tmp_path: Path) -> None:
    body = "<p>“We will reopen the café on Monday,” the owner said of the harbour shop.</p>"
    page = (
        f"<html><head><title>Café</title></head><body><article>{body * 4}</article></body></html>"
    )
    path = tmp_path / "cafe.html"
    path.write_bytes(page.encode("cp1252"))
    document = only_document(path)
    assert document.text.startswith("“We will reopen the café on Monday,”")
    assert document.title == "Café"


def test_html_date_is_not_guessed_from_prose(tmp_path: Path) -> None:
    body = "<p>The storm hit the coast on March 3, 2021, and again later that week, officials said.</p>"
    page = (
        f"<html><head><title>Storm</title></head><body><article>{body * 6}</article></body></html>"
    )
    path = tmp_path / "storm.html"
    path.write_text(page)
    document = only_document(path)
    assert document.published is None
    assert document.text.startswith("The storm hit the coast")


# --- JSONL ----------------------------------------------------------------------------------


def test_jsonl_reads_good_lines_and_reports_bad_ones() -> None:
    path = FIXTURES / "corpus.jsonl"
    items = read_all(path)
    label = str(path)
    errors = [(i.origin, i.message) for i in items if isinstance(i, ReadError)]
    assert errors == [
        (f"{label}:2", "invalid JSON (Expecting ',' delimiter at column 61)"),
        (f"{label}:4", "not a JSON object (got array)"),
        (f"{label}:5", 'missing "text" field'),
        (f"{label}:6", '"text" is empty'),
        (f"{label}:7", '"text" must be a string, got number'),
        (f"{label}:8", '"title" must be a string, got array'),
    ]
    documents = [i for i in items if isinstance(i, SourceDocument)]
    assert [(d.source_id, d.origin) for d in documents] == [
        ("cw-1", f"{label}:1"),
        (f"{label}:9", f"{label}:9"),
        ("8", f"{label}:10"),
    ]
    first, second, third = documents
    assert (first.title, first.outlet, first.author, first.published, first.url) == (
        "Budget approved",
        "City Wire",
        "Ann Example",
        "2024-01-09",
        "https://citywire.example/budget",
    )
    assert (second.outlet, second.published) == ("Harbour Post", "2024-01-10")
    assert third.text == "The bridge reopened.\nTraffic resumed."
    assert third.warning == "unrecognised date 'sometime last week' ignored"
    assert all(d.format == "jsonl" for d in documents)


def test_jsonl_options_are_defaults_and_url_is_not_shared() -> None:
    items = read_all(
        FIXTURES / "corpus.jsonl", outlet="Wire", url="https://x.example", published="2024-02-01"
    )
    documents = [i for i in items if isinstance(i, SourceDocument)]
    assert [d.outlet for d in documents] == ["City Wire", "Harbour Post", "Wire"]
    assert [d.published for d in documents] == ["2024-01-09", "2024-01-10", None]
    assert [d.url for d in documents] == ["https://citywire.example/budget", None, None]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b'{"text": "a", "id": true}', '"id" must be a string or number, got boolean'),
        (b'{"text": "a", "author": 3}', '"author" must be a string, got number'),
        (b'{"text": "a"', "invalid JSON (Expecting ',' delimiter at column 13)"),
        (b'"just a string"', "not a JSON object (got string)"),
        ('{"text": "\u200b\u200d "}'.encode(), '"text" is empty'),
        (b"null", "not a JSON object (got null)"),
    ],
)
def test_jsonl_line_errors(tmp_path: Path, line: bytes, message: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"text": "good"}\n' + line + b"\n")
    items = read_all(path)
    assert isinstance(items[0], SourceDocument)
    assert items[1] == ReadError(f"{path}:2", message)


def test_jsonl_too_deeply_nested_line_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"[" * 100_000 + b"\n" + b'{"text": "after"}\n')
    error, document = read_all(path)
    assert isinstance(error, ReadError) and error.origin == f"{path}:1"
    assert error.message.startswith("invalid JSON (") and "\n" not in error.message
    assert isinstance(document, SourceDocument) and document.text == "after"


def test_jsonl_line_in_cp1252_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "ok"}\n' + '{"text": "café"}'.encode("cp1252"))
    first, second = read_all(path)
    assert isinstance(first, SourceDocument) and first.warning is None
    assert isinstance(second, SourceDocument)
    assert (second.text, second.warning) == ("café", "not UTF-8; decoded as cp1252")


def test_jsonl_lone_surrogates_are_replaced_in_place(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "x\\udce9", "text": "Half \\ud83d emoji, \\ud83d\\ude00 whole."}\n')
    document = only_document(path)
    assert document.text == "Half \ufffd emoji, \U0001f600 whole."
    assert document.source_id == "x\ufffd"
    assert document.warning == "invalid Unicode (lone surrogates) replaced with U+FFFD"


def test_jsonl_is_streamed(tmp_path: Path) -> None:
    """Records are yielded as lines are read: a line appended after the first record was
    handed out is still seen, which a reader that loads the file up front would miss."""
    path = tmp_path / "big.jsonl"
    filler = '{"text": "%s"}\n' % ("word " * 2000)
    path.write_text('{"id": "first", "text": "one"}\n' + filler * 200)
    items = read_source(path)
    assert next(items).source_id == "first"  # type: ignore[union-attr]
    with path.open("a") as handle:
        handle.write('{"id": "late", "text": "appended"}\n')
    rest = list(items)
    assert len(rest) == 201 and rest[-1].source_id == "late"  # type: ignore[union-attr]


# --- decoding and dates ---------------------------------------------------------------------


@given(st.binary(max_size=300))
def test_decode_never_raises_anything_but_not_text(data: bytes) -> None:
    try:
        text, _ = decode_text(data)
    except NotText as exc:
        assert str(exc) in {"binary file, not text", "empty file"}
    else:
        assert "\r" not in text and text.strip()


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-10-17", "2024-10-17"),
        ("2024-10-17T09:30:00Z", "2024-10-17"),
        ("2024-10-17T09:30:00+09:00", "2024-10-17"),
        ("2024/10/17", "2024-10-17"),
        ("October 17, 2024", "2024-10-17"),
        ("Oct. 17, 2024", "2024-10-17"),
        ("Sept. 3 2024", "2024-09-03"),
        ("17 October 2024", "2024-10-17"),
        ("17th Oct 2024", "2024-10-17"),
        ("Thursday, October 17, 2024", "2024-10-17"),
        ("  Thu, 17 Oct 2024 09:00:00 +0000 ", "2024-10-17"),
        ("17/10/2024", "2024-10-17"),
        ("10/17/2024", "2024-10-17"),
        ("03/04/2024", None),  # day and month could be either way round
        ("Feb 30, 2024", None),
        ("2024-13-01", None),
        ("October 2024", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


@given(st.text(max_size=40))
def test_parse_date_never_raises(value: str) -> None:
    result = parse_date(value)
    assert result is None or len(result) == 10
