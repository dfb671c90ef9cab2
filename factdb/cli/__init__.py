"""The factdb command line: thin commands over the library (see factdb.ingest, factdb.store)."""

import gc

from factdb.cli import (  # noqa: F401  (registers the commands)
    db,
    ingest,
    matches,  # noqa: F401  (matches, similar)
    query,
    speakers_edit,  # noqa: F401  (speakers merge/split; after query)
    workflow,
)
from factdb.cli.app import app

# Python collects its youngest objects every 700 net allocations. Ingest allocates in bursts
# (an article's sentences and tokens, a batch's rows) that are freed by reference counting
# anyway, so at 700 the collector ran ~650 times over the BBC corpus and took 0.3-0.7 s of an
# 8 s ingest; at 10,000 it runs ~190 times and takes ~0.15 s. Cycles still get collected: a
# few thousand more objects wait for it, which no one can see in the peak memory.
GC_YOUNG_THRESHOLD = 10_000


def main() -> None:
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, middle, oldest)
    app()
