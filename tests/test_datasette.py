"""The SQLite file opens in Datasette as it is: readable tables and a detected search table."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from typer.testing import CliRunner

from factdb.cli import app
from tests.conftest import SEED_ARTICLE

# How Datasette (datasette/utils/__init__.py, detect_fts_sql) finds a table's FTS index.
DATASETTE_DETECT_FTS = """
select name from sqlite_master
where rootpage = 0
and (
    sql like '%VIRTUAL TABLE%USING FTS%content="{table}"%'
    or sql like '%VIRTUAL TABLE%USING FTS%content=[{table}]%'
    or (tbl_name = "{table}" and sql like '%VIRTUAL TABLE%USING FTS%')
)
"""


def test_datasette_detects_the_claim_search_table(db_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(SEED_ARTICLE), "--db", str(db_path)])
    assert result.exit_code == 0, result.stderr
    with closing(sqlite3.connect(db_path)) as conn:
        found = conn.execute(DATASETTE_DETECT_FTS.format(table="claim")).fetchall()
        assert found == [("claim_fts",)]
        # and the detected table answers Datasette's search query
        hits = conn.execute(
            "select claim.id from claim join claim_fts on claim.id = claim_fts.rowid "
            "where claim_fts match ?",
            ('"kirby" OR "troops"',),
        ).fetchall()
    assert hits
