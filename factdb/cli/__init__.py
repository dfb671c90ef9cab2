"""The factdb command line: thin commands over the library (see factdb.ingest, factdb.store)."""

from factdb.cli import (  # noqa: F401  (registers the commands)
    db,
    ingest,
    matches,  # noqa: F401  (matches, similar)
    query,
    speakers_edit,  # noqa: F401  (speakers merge/split; after query)
    workflow,
)
from factdb.cli.app import app


def main() -> None:
    app()
