"""Query latency at newsroom scale: p50/p95 of `quotes --speaker`, `--topic` and `matches`.

Runs against a database built by `benchmarks/make_million.py` (or any factdb database),
calling the same store functions the CLI calls, each query distinct (names and words sampled
from what is stored: full names, bare surnames, lower case, one-typo spellings; topic words
from rare to common, single and paired), timed with a fresh session per query as a command
would open it. Prints p50, p95 and max in milliseconds, and how many rows came back.

    .venv/bin/python benchmarks/queries.py --db /tmp/million.db
    .venv/bin/python benchmarks/queries.py --db /tmp/million.db --matches
    .venv/bin/python benchmarks/queries.py --db /tmp/million.db --save before.json
    .venv/bin/python benchmarks/queries.py --db /tmp/million.db --compare before.json

Each query form is reported on its own line as well as all forms together, since one slow
form (a typo, a common word) hides in a mixed p95. `--save` writes the claim ids each query
returned and `--compare` checks a later run returns the same rows in the same order, so a
speed-up can be shown not to change any answer.
"""

from __future__ import annotations

import argparse
import json
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


SPEAKER_FORMS = ("full name", "surname", "lower case", "typo")
TOPIC_FORMS = ("common word", "frequent word", "uncommon word", "rare word", "two words")


def speaker_queries(engine: Engine, count: int, rng: random.Random) -> dict[str, str]:
    """Distinct names, each with its form: a quarter each of the four ways a name is typed."""
    with engine.connect() as conn:
        names = [row[0] for row in conn.execute(text("SELECT name FROM speaker ORDER BY id"))]
    chosen = rng.sample(names, min(count, len(names)))
    queries: dict[str, str] = {}
    for i, name in enumerate(chosen):
        surname = name.split()[-1]
        form = SPEAKER_FORMS[i % 4]
        if form == "full name":
            query = name
        elif form == "surname":
            query = surname
        elif form == "lower case":
            query = name.lower()
        else:
            query = typo(surname, rng)
        queries.setdefault(query, form)
    return queries


def topic_queries(engine: Engine, count: int, rng: random.Random) -> dict[str, str]:
    """Words across the frequency range: four frequency bands, and pairs with a common word."""
    with engine.connect() as conn:
        sample = [
            row[0] for row in conn.execute(text("SELECT text FROM claim ORDER BY id LIMIT 20000"))
        ]
    freq = Counter(w.lower() for t in sample for w in _WORD.findall(t))
    ranked = [w for w, _ in freq.most_common() if freq[w] >= 2]
    bands = [ranked[i * len(ranked) // 4 : (i + 1) * len(ranked) // 4] for i in range(4)]
    queries: dict[str, str] = {}
    for i in range(count):
        band = bands[i % 4]
        word = rng.choice(band)
        form = TOPIC_FORMS[i % 4]
        if i % 3 == 2:
            word = f"{word} {rng.choice(bands[0])}"
            form = TOPIC_FORMS[4]
        queries.setdefault(word, form)
    return queries


Timing = tuple[float, list[int]]  # milliseconds, claim ids returned


def measure(
    engine: Engine, queries: list[str], run: Callable[[Session, str], list[int]]
) -> dict[str, Timing]:
    for query in queries[:5]:  # warm the page cache
        with Session(engine) as session:
            run(session, query)
    timings: dict[str, Timing] = {}
    for query in queries:
        started = time.perf_counter()
        with Session(engine) as session:
            ids = run(session, query)
        timings[query] = ((time.perf_counter() - started) * 1000, ids)
    return timings


def report_forms(label: str, timings: dict[str, Timing], forms: dict[str, str]) -> None:
    """All queries together, then one line per form."""
    report(label, [t for t, _ in timings.values()], [len(ids) for _, ids in timings.values()])
    for form in dict.fromkeys(forms.values()):
        chosen = [timings[q] for q, f in forms.items() if f == form and q in timings]
        report(f"  {form}", [t for t, _ in chosen], [len(ids) for _, ids in chosen])


def report(label: str, times: list[float], sizes: list[int]) -> None:
    if not times:
        return
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
    parser.add_argument("--save", type=Path, help="write each query's claim ids to this JSON")
    parser.add_argument("--compare", type=Path, help="check rows match a --save file")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    engine = open_engine(resolve_url(args.db))
    with engine.connect() as conn:
        claims = conn.execute(text("SELECT count(*) FROM claim")).scalar_one()
    print(f"{engine.url.render_as_string(hide_password=True)}: {claims:,} claims")
    speakers = speaker_queries(engine, args.queries, rng)
    topics = topic_queries(engine, args.queries, rng)

    def by_speaker(session: Session, name: str) -> list[int]:
        rows = find_claims(session, ClaimFilter(speaker=name, limit=args.limit))
        return [row.claim_id for row in rows]

    def by_topic(session: Session, words: str) -> list[int]:
        rows = find_claims(session, ClaimFilter(topic=words, limit=args.limit))
        return [row.claim_id for row in rows]

    def by_both(session: Session, pair: str) -> list[int]:
        name, words = pair.split("|")
        rows = find_claims(session, ClaimFilter(speaker=name, topic=words, limit=args.limit))
        return [row.claim_id for row in rows]

    results: dict[str, dict[str, list[int]]] = {}
    timings = measure(engine, list(speakers), by_speaker)
    report_forms("quotes --speaker", timings, speakers)
    results["speaker"] = {q: ids for q, (_, ids) in timings.items()}
    timings = measure(engine, list(topics), by_topic)
    report_forms("quotes --topic", timings, topics)
    results["topic"] = {q: ids for q, (_, ids) in timings.items()}
    pairs = [f"{s}|{t}" for s, t in zip(speakers, topics, strict=False)]
    timings = measure(engine, pairs, by_both)
    report("quotes --speaker --topic", *_split(timings))
    results["speaker_topic"] = {q: ids for q, (_, ids) in timings.items()}
    if args.matches:
        from factdb.store.matching import find_clusters

        def clusters(session: Session, name: str) -> list[int]:
            found = find_clusters(session, ClaimFilter(speaker=name, limit=args.limit))
            return list(range(len(found)))

        report("matches --speaker", *_split(measure(engine, list(speakers), clusters)))
    engine.dispose()
    if args.save:
        args.save.write_text(json.dumps(results))
    if args.compare:
        raise SystemExit(compare(json.loads(args.compare.read_text()), results))


def _split(timings: dict[str, Timing]) -> tuple[list[float], list[int]]:
    return [t for t, _ in timings.values()], [len(ids) for _, ids in timings.values()]


def compare(before: dict[str, dict[str, list[int]]], now: dict[str, dict[str, list[int]]]) -> int:
    """Prints every query whose rows differ from the saved run; the exit status is their count."""
    differing = 0
    for kind, queries in now.items():
        for query, ids in queries.items():
            if query in before.get(kind, {}) and before[kind][query] != ids:
                differing += 1
                print(f"differs: {kind} {query!r}", file=sys.stderr)
    compared = sum(len(q) for q in now.values())
    print(f"compared {compared} queries with the saved run: {differing} differ")
    return min(differing, 1)


if __name__ == "__main__":
    main()
