"""The extraction engine: article text in, claims with speakers, cues, hedges and offsets out.

Pure functions over strings (no database, no I/O), so the CLI, the benchmarks and the tests all
call the same `extract_article`.
"""

from __future__ import annotations

from factdb.extract.pipeline import extract
from factdb.extract.types import ArticleExtraction

# Bump when a change to rules or lexicons can change what is extracted from the same text,
# so stored claims can be re-extracted selectively.
EXTRACTOR_VERSION = "0.6.0"


def extract_article(text: str) -> ArticleExtraction:
    """Every claim, hedge and metadata item the engine finds in one article's text."""
    return extract(text)


__all__ = ["EXTRACTOR_VERSION", "extract_article"]
