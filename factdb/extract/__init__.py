"""The extraction engine: article text in, claims with speakers, cues, hedges and offsets out.

Pure functions over strings (no database, no I/O), so the CLI, the benchmarks and the tests all
call the same `extract_article`.
"""

from __future__ import annotations

from factdb.extract.pipeline import extract
from factdb.extract.types import ArticleExtraction

# Bump when a change to rules or lexicons can change what is extracted from the same text,
# so stored claims can be re-extracted selectively.
EXTRACTOR_VERSION = "0.8.0"


def extract_article(text: str, title: str | None = None) -> ArticleExtraction:
    """Every claim, hedge and metadata item the engine finds in one article's text.

    `title` is the headline a source gave beside the text (a JSONL `title`): where the text
    opens with it run into the story on one line, the engine reads it as a line of its own.
    """
    return extract(text, title)


__all__ = ["EXTRACTOR_VERSION", "extract_article"]
