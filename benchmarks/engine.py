"""Engine CPU time alone: `extract_article` over every article of a JSONL corpus, in process.

`benchmarks/ingest.py` times the whole `factdb ingest` child process (start-up, reading,
matching, writing); this leaves all of that out and measures only `factdb/extract/`, in CPU
seconds (`time.process_time`), because the machine may be shared and wall time is noisy.
`--against PATH` times another checkout (e.g. a worktree of main) in turns with this one,
in child processes, so the old and the new code run in the same minutes.

    .venv/bin/python benchmarks/engine.py                          # BBC, best of 3
    .venv/bin/python benchmarks/engine.py --against ../main --rounds 5
    .venv/bin/python benchmarks/engine.py --corpus ../shared/corpora/polnear/train.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import site
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "bbc" / "bbc.jsonl"


def article_texts(corpus: Path) -> list[str]:
    """The texts the CLI would hand the engine, read through factdb's own JSONL reader."""
    from factdb.readers.jsonl import read_jsonl
    from factdb.readers.types import SourceDocument

    return [doc.text for doc in read_jsonl(corpus) if isinstance(doc, SourceDocument)]


def engine_seconds(texts: list[str]) -> float:
    """CPU seconds for one pass of the engine over `texts`."""
    from factdb.extract import extract_article

    started = time.process_time()
    for text in texts:
        extract_article(text)
    return time.process_time() - started


def time_checkout(checkout: Path, corpus: Path) -> float:
    """One pass in a child process importing factdb from `checkout`.

    `-S` skips site-packages' `.pth` files, whose editable-install hook would import this
    worktree's factdb whatever the path says; the libraries come back through PYTHONPATH.
    """
    path = os.pathsep.join([str(checkout), *site.getsitepackages()])
    env = dict(os.environ, PYTHONPATH=path)
    out = subprocess.run(
        [sys.executable, "-S", __file__, "--corpus", str(corpus), "--child"],
        env=env,
        cwd=checkout,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)["seconds"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout to time in turns")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus}: not found (the benchmarks read ../shared/corpora)")
    if args.child:  # one warm-up-free pass, as a fresh process sees it
        print(json.dumps({"seconds": engine_seconds(article_texts(args.corpus))}))
        return
    checkouts = [REPO] + ([args.against.resolve()] if args.against else [])
    times: dict[Path, list[float]] = {checkout: [] for checkout in checkouts}
    for _ in range(args.rounds):
        for checkout in checkouts:
            times[checkout].append(time_checkout(checkout, args.corpus))
    print(f"{args.corpus.name}: engine CPU seconds, best of {args.rounds}")
    for checkout, seconds in times.items():
        runs = " ".join(f"{s:.2f}" for s in seconds)
        print(f"  {checkout}: best {min(seconds):.2f} s  ({runs})")
    if args.against:
        ratio = min(times[args.against.resolve()]) / min(times[REPO])
        print(f"  speed-up {ratio:.2f}x")


if __name__ == "__main__":
    main()
