"""Ingest throughput and memory, end to end through the real `factdb ingest` process.

Each measurement is a fresh child process on a fresh database, timed from spawn to exit
(start-up included: that is what a journalist waits for), with the child's own peak RSS from
`os.wait4`. The corpus is the BBC set (../shared/corpora/bbc/bbc.jsonl, 2,225 articles);
`--scale 4` also measures it concatenated four times with new ids and slightly different
texts, so every copy is really extracted and stored and memory growth would show.

    .venv/bin/python benchmarks/ingest.py                       # SQLite, extract alone, 1x and 4x
    .venv/bin/python benchmarks/ingest.py --pg postgresql+psycopg://postgres@127.0.0.1:5432/test
    .venv/bin/python benchmarks/ingest.py --profile             # where the time goes (pyinstrument)
    .venv/bin/python benchmarks/ingest.py --jobs 2 --scale 1    # the engine in two processes

With --jobs the CPU seconds and peak memory are the ingest process's and its workers' together
(`os.wait4` counts the children it reaped; peak memory is the largest single process).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "bbc" / "bbc.jsonl"
BOOT = "import sys; sys.argv[0] = 'factdb'; from factdb.cli import main; main()"


@dataclass(slots=True)
class Run:
    label: str
    seconds: float
    megabytes: float
    articles: int
    peak_mb: float
    exit_code: int
    cpu_seconds: float = 0.0

    def line(self) -> str:
        """Wall figures, and per CPU-second ones: the machine may be shared with other work."""
        return (
            f"{self.label:<26} {self.seconds:6.1f} s  {self.megabytes / self.seconds:5.2f} MB/s  "
            f"{self.articles / self.seconds:6.1f} art/s  | cpu {self.cpu_seconds:6.1f} s  "
            f"{self.megabytes / self.cpu_seconds:5.2f} MB/cpu-s  "
            f"{self.articles / self.cpu_seconds:6.1f} art/cpu-s  | peak RSS {self.peak_mb:6.1f} MB"
            + ("" if self.exit_code == 0 else f"  EXIT {self.exit_code}")
        )


def scaled_corpus(source: Path, copies: int, folder: Path) -> tuple[Path, int]:
    """`copies` concatenated copies of `source`, each record with a new id and its own text."""
    if copies == 1:
        return source, sum(1 for line in source.open(encoding="utf-8") if line.strip())
    target = folder / f"{source.stem}-x{copies}.jsonl"
    count = 0
    with target.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for line in source.open(encoding="utf-8"):
                if not line.strip():
                    continue
                record = json.loads(line)
                if copy:
                    record["id"] = f"{record.get('id', count)}#copy{copy}"
                    record["text"] = f"{record['text']}\n\n(Copy {copy}.)"
                    record.pop("url", None)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    return target, count


def run_child(label: str, args: list[str], corpus: Path, articles: int) -> Run:
    """Run `factdb ARGS` as a child process; wall time and that child's own peak RSS."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("FACTDB_URL", None)
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", BOOT, *args], stdout=devnull, stderr=err, env=env, cwd=REPO
        )
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            print(f"  {label}: exit {proc.returncode}: {' | '.join(tail)}", file=sys.stderr)
    return Run(
        label,
        seconds,
        corpus.stat().st_size / 1e6,
        articles,
        usage.ru_maxrss / 1024,  # kilobytes on Linux
        proc.returncode,
        usage.ru_utime + usage.ru_stime,
    )


def pg_schema_url(base: str) -> tuple[str, str]:
    """A fresh schema on the server and a URL whose connections use it."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    schema = f"factdb_bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(base)
    with engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    engine.dispose()
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), schema


def drop_pg_schema(base: str, schema: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(base)
    with engine.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    engine.dispose()


def profile(corpus: Path, folder: Path, limit: int) -> None:
    """In-process ingest of the first `limit` articles under pyinstrument."""
    from pyinstrument import Profiler

    sys.path.insert(0, str(REPO))
    from factdb.cli import app

    sample = folder / "profile-sample.jsonl"
    with corpus.open(encoding="utf-8") as source, sample.open("w", encoding="utf-8") as out:
        for n, line in enumerate(source):
            if n >= limit:
                break
            out.write(line)
    db = folder / "profile.db"
    profiler = Profiler(interval=0.0005)
    profiler.start()
    try:
        app(["--db", str(db), "ingest", str(sample)], standalone_mode=False)
    finally:
        profiler.stop()
    print(profiler.output_text(unicode=False, color=False, show_all=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--scale", type=int, nargs="*", default=[1, 4])
    parser.add_argument("--pg", help="also measure PostgreSQL at this URL (a fresh schema)")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--profile", action="store_true", help="profile instead of measuring")
    parser.add_argument("--profile-articles", type=int, default=500)
    parser.add_argument(
        "--jobs", type=int, default=1, help="engine processes for the ingest runs (factdb -j)"
    )
    args = parser.parse_args()
    jobs = ["-j", str(args.jobs)] if args.jobs != 1 else []
    label = f" -j {args.jobs}" if jobs else ""
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus}: not found (the benchmarks read ../shared/corpora)")
    with tempfile.TemporaryDirectory(prefix="factdb-bench-") as tmp:
        folder = Path(tmp)
        if args.profile:
            profile(args.corpus, folder, args.profile_articles)
            return
        for copies in args.scale:
            corpus, articles = scaled_corpus(args.corpus, copies, folder)
            size = corpus.stat().st_size / 1e6
            print(f"corpus x{copies}: {articles} articles, {size:.1f} MB")
            runs = [
                run_child(
                    f"extract x{copies}",
                    ["extract", str(corpus), "--format", "nl"],
                    corpus,
                    articles,
                )
            ]
            if not args.no_sqlite:
                db = folder / f"bench-x{copies}.db"
                runs.append(
                    run_child(
                        f"ingest sqlite x{copies}{label}",
                        ["--db", str(db), "ingest", *jobs, str(corpus)],
                        corpus,
                        articles,
                    )
                )
            if args.pg:
                url, schema = pg_schema_url(args.pg)
                try:
                    runs.append(
                        run_child(
                            f"ingest postgresql x{copies}{label}",
                            ["--db", url, "ingest", *jobs, str(corpus)],
                            corpus,
                            articles,
                        )
                    )
                finally:
                    drop_pg_schema(args.pg, schema)
            for run in runs:
                print("  " + run.line())


if __name__ == "__main__":
    main()
