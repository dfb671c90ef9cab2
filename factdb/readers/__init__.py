"""Reading articles: files, folders, stdin; plain text, Markdown, HTML and JSON Lines.

`discover` turns command-line paths into sources, `read_source` turns one source into
documents. Neither raises for bad input: every unreadable file or line comes back as a
`ReadError` so a batch reports it and carries on.
"""

from factdb.readers.discover import SUPPORTED_SUFFIXES, discover
from factdb.readers.source import read_source, source_format
from factdb.readers.types import ReadError, SourceDocument

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ReadError",
    "SourceDocument",
    "discover",
    "read_source",
    "source_format",
]
