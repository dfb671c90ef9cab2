"""Query latency at newsroom scale: p50/p95 of `quotes --speaker`, `--topic` and `matches`.

Runs against a database built by `benchmarks/make_million.py` (or any factdb database),
calling the same store functions the CLI calls, each query distinct (names and words sampled
from what is stored: full names, bare surnames, lower case, one-typo spellings; topic words
from rare to common, single and paired), timed with a fresh session per query as a command
would open it. Prints p50, p95 and max in milliseconds, and how many rows came back.

    .venv/bin/python benchmarks/queries.py --db /tmp/million.db
    .venv/bin/python benchmarks/queries.py --db /tmp/million.db --matches
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import Engine, text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from factdb.store.db import open_engine, resolve_url  # noqa: E402
from factdb.store.queries import ClaimFilter, find_claims  # noqa: E402

_WORD = re.compile(r"[A-Za-z]{4,}")


def typo(word: str, rng: random.Random) -> str:
    """One adjacent transposition inside the word, as a hurried search would type it."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def speaker_queries(engine: Engine, count: int, rng: random.Random) -> list[str]:
    with engine.connect() as conn:
        names = [row[0] for row in conn.execute(text("SELECT name FROM speaker"))]
    chosen = rng.sample(names, min(count, len(names)))
    queries: list[str] = []
    for i, name in enumerate(chosen):
        surname = name.split()[-1]
        form = i % 4
        if form == 0:
            queries.append(name)
        elif form == 1:
            queries.append(surname)
        elif form == 2:
            queries.append(name.lower())
        else:
            queries.append(typo(surname, rng))
    return list(dict.fromkeys(queries))


def topic_queries(engine: Engine, count: int, rng: random.Random) -> list[str]:
    """Words across the frequency range: a quarter each from four frequency bands, some paired."""
    with engine.connect() as conn:
        sample = [
            row[0] for row in conn.execute(text("SELECT text FROM claim ORDER BY id LIMIT 20000"))
        ]
    freq = Counter(w.lower() for t in sample for w in _WORD.findall(t))
    ranked = [w for w, _ in freq.most_common() if freq[w] >= 2]
    bands = [ranked[i * len(ranked) // 4 : (i + 1) * len(ranked) // 4] for i in range(4)]
    queries: list[str] = []
    for i in range(count):
        band = bands[i % 4]
        word = rng.choice(band)
        if i % 3 == 2:
            word = f"{word} {rng.choice(bands[0])}"
        queries.append(word)
    return list(dict.fromkeys(queries))


def measure(
    engine: Engine, queries: list[str], run: Callable[[Session, str], int]
) -> tuple[list[float], list[int]]:
    for query in queries[:5]:  # warm the page cache and the speaker vocabulary
        with Session(engine) as session:
            run(session, query)
    times: list[float] = []
    sizes: list[int] = []
    for query in queries:
        started = time.perf_counter()
        with Session(engine) as session:
            sizes.append(run(session, query))
        times.append((time.perf_counter() - started) * 1000)
    return times, sizes


def report(label: str, times: list[float], sizes: list[int]) -> None:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    empty = sum(1 for s in sizes if s == 0)
    print(
        f"{label:<24} n={len(times):<4} p50 {statistics.median(times):7.1f} ms  "
        f"p95 {p95:7.1f} ms  max {ordered[-1]:7.1f} ms  "
        f"rows/query {statistics.mean(sizes):6.1f}  empty {empty}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--limit", type=int, default=100, help="rows per query, as the CLI")
    parser.add_argument("--matches", action="store_true", help="also time `matches --speaker`")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    engine = open_engine(resolve_url(args.db))
    with engine.connect() as conn:
        claims = conn.execute(text("SELECT count(*) FROM claim")).scalar_one()
    print(f"{engine.url.render_as_string(hide_password=True)}: {claims:,} claims")
    speakers = speaker_queries(engine, args.queries, rng)
    topics = topic_queries(engine, args.queries, rng)

    def by_speaker(session: Session, name: str) -> int:
        return len(find_claims(session, ClaimFilter(speaker=name, limit=args.limit)))

    def by_topic(session: Session, words: str) -> int:
        return len(find_claims(session, ClaimFilter(topic=words, limit=args.limit)))

    def by_both(session: Session, pair: str) -> int:
        name, words = pair.split("|")
        flt = ClaimFilter(speaker=name, topic=words, limit=args.limit)
        return len(find_claims(session, flt))

    report("quotes --speaker", *measure(engine, speakers, by_speaker))
    report("quotes --topic", *measure(engine, topics, by_topic))
    pairs = [f"{s}|{t}" for s, t in zip(speakers, topics, strict=False)]
    report("quotes --speaker --topic", *measure(engine, pairs, by_both))
    if args.matches:
        from factdb.store.matching import find_clusters

        def clusters(session: Session, name: str) -> int:
            return len(find_clusters(session, ClaimFilter(speaker=name, limit=args.limit)))

        report("matches --speaker", *measure(engine, speakers, clusters))
    engine.dispose()


if __name__ == "__main__":
    main()
