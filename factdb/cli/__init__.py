"""The factdb command line: thin commands over the library (see factdb.ingest, factdb.store)."""

from factdb.cli import db, ingest, query, workflow  # noqa: F401  (registers the commands)
from factdb.cli.app import app


def main() -> None:
    app()
