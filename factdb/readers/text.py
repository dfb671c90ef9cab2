"""Plain-text and Markdown articles: the decoded file is the article, byte for byte."""

from __future__ import annotations

from factdb.readers.decode import NotText, decode_text
from factdb.readers.types import ReadError, SourceDocument


def text_document(
    data: bytes, *, source_id: str, origin: str, format: str
) -> SourceDocument | ReadError:
    """One document for a `.txt`/`.md` file or stdin.

    Markdown is kept as Markdown: offsets then point into the file the journalist has, and
    the metadata reader understands a leading `# Title`.
    """
    try:
        text, warning = decode_text(data)
    except NotText as exc:
        return ReadError(origin, str(exc))
    return SourceDocument(
        source_id=source_id, text=text, format=format, origin=origin, warning=warning
    )
