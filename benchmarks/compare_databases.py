"""Do two factdb databases hold the same thing? Table by table, and the full-text index.

For speed work on ingest: ingest one corpus with the old code and the new into two fresh
databases, then compare. Every table is read whole in primary-key order; columns that record
when something happened (ingested_at, matched_at, ...) are masked, since two runs never share
a clock. The search index is compared by content, not by its internal pages: on SQLite every
(term, claim, column, offset) of `claim_fts` through an fts5vocab table, on PostgreSQL the
`claim_search` rows with their tsvector as text.

    .venv/bin/python benchmarks/compare_databases.py old.db new.db
    .venv/bin/python benchmarks/compare_databases.py postgresql+psycopg://...?options=-csearch_path%3Da \\
        postgresql+psycopg://...?options=-csearch_path%3Db

Exit 0 when the two are equal, 1 (with the first differences) when not.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from itertools import zip_longest
from typing import Any

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.types import Date, DateTime

# Bookkeeping that differs between any two runs, whatever the code.
_MASKED_TYPES = (DateTime, Date)
_SKIPPED_PREFIXES = ("claim_fts", "sqlite_")  # FTS shadow tables: compared by content below


def engine_for(value: str) -> Engine:
    return create_engine(value if "://" in value else f"sqlite:///{value}")


def tables(engine: Engine) -> list[str]:
    names = inspect(engine).get_table_names()
    return sorted(n for n in names if not n.startswith(_SKIPPED_PREFIXES))


def table_rows(engine: Engine, table: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """Column names and every row, timestamps masked, in primary-key (else full) order."""
    inspector = inspect(engine)
    columns = inspector.get_columns(table)
    names = [c["name"] for c in columns]
    masked = {c["name"] for c in columns if isinstance(c["type"], _MASKED_TYPES)}
    keys = inspector.get_pk_constraint(table).get("constrained_columns") or names
    quote = engine.dialect.identifier_preparer.quote
    selected = ", ".join(
        f"{quote(n)}::text" if engine.dialect.name == "postgresql" and _is_tsvector(c) else quote(n)
        for n, c in zip(names, columns, strict=True)
    )
    order = ", ".join(quote(k) for k in keys)
    sql = f"SELECT {selected} FROM {quote(table)} ORDER BY {order}"

    def rows() -> Iterator[tuple[Any, ...]]:
        with engine.connect() as conn:
            for row in conn.exec_driver_sql(sql):
                yield tuple(
                    "<masked>" if n in masked and v is not None else v
                    for n, v in zip(names, row, strict=True)
                )

    return [f"{n} (masked)" if n in masked else n for n in names], rows()


def _is_tsvector(column: dict[str, Any]) -> bool:
    return "TSVECTOR" in str(column["type"]).upper()


def fts_rows(engine: Engine) -> Iterator[tuple[Any, ...]]:
    """SQLite: every instance of every term in the claim index, in a fixed order."""
    with engine.connect() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.compare_fts_vocab "
            "USING fts5vocab(main, claim_fts, 'instance')"
        )
        yield from conn.execute(
            text(
                'SELECT term, doc, col, "offset" FROM temp.compare_fts_vocab '
                'ORDER BY term, doc, col, "offset"'
            )
        )


def compare(a: Engine, b: Engine, *, show: int = 5) -> int:
    """Number of differing tables (and index); prints what differs."""
    problems = 0
    names_a, names_b = tables(a), tables(b)
    if names_a != names_b:
        print(f"tables differ: {sorted(set(names_a) ^ set(names_b))}")
        problems += 1
    for table in sorted(set(names_a) & set(names_b)):
        cols_a, rows_a = table_rows(a, table)
        cols_b, rows_b = table_rows(b, table)
        if cols_a != cols_b:
            print(f"{table}: columns differ: {cols_a} vs {cols_b}")
            problems += 1
            continue
        count, diffs = _diff(rows_a, rows_b, show, table)
        problems += bool(diffs)
        print(f"{table:<28} {count:>8} rows  {'EQUAL' if not diffs else f'{diffs} DIFFER'}")
    if a.dialect.name == b.dialect.name == "sqlite":
        count, diffs = _diff(fts_rows(a), fts_rows(b), show, "claim_fts")
        problems += bool(diffs)
        print(
            f"{'claim_fts (term instances)':<28} {count:>8} rows  {'EQUAL' if not diffs else f'{diffs} DIFFER'}"
        )
    return problems


def _diff(
    rows_a: Iterator[tuple[Any, ...]], rows_b: Iterator[tuple[Any, ...]], show: int, label: str
) -> tuple[int, int]:
    count = diffs = 0
    for row_a, row_b in zip_longest(rows_a, rows_b):
        count += 1
        if row_a != row_b:
            diffs += 1
            if diffs <= show:
                print(f"  {label}: {row_a!r}\n  {' ' * len(label)}  {row_b!r}")
    return count, diffs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", help="SQLite path or SQLAlchemy URL")
    parser.add_argument("second", help="SQLite path or SQLAlchemy URL")
    parser.add_argument("--show", type=int, default=5, help="differing rows shown per table")
    args = parser.parse_args()
    problems = compare(engine_for(args.first), engine_for(args.second), show=args.show)
    print("identical" if not problems else f"{problems} table(s) differ")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
