"""Build a database of a million claims to measure query latency at newsroom scale.

Claims are real sentences from the BBC corpus (../shared/corpora/bbc) when it is there, so the
full-text index sees the word distribution of news prose; without it, sentences are drawn from
a small built-in vocabulary. Speakers are generated names with surname aliases, the shape the
`--speaker` lookup has to search. Every row is consistent with what `factdb ingest` writes:
offsets slice the article text, the FTS index matches the claims.

    .venv/bin/python benchmarks/make_million.py --db /tmp/million.db
    .venv/bin/python benchmarks/make_million.py --db postgresql+psycopg://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, insert, select

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factdb.store.db import open_engine, resolve_url  # noqa: E402
from factdb.store.keys import name_key  # noqa: E402
from factdb.store.models import Article, Claim, Outlet, Speaker, SpeakerAlias  # noqa: E402
from factdb.store.writes import insert_rows  # noqa: E402

BBC = REPO.parent / "shared" / "corpora" / "bbc" / "bbc.jsonl"
VERSION = "benchmark"
FIRST = [
    "James",
    "Mary",
    "John",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Min-jun",
    "Seo-yeon",
    "Olena",
    "Dmytro",
    "Ahmed",
    "Fatima",
    "Wei",
    "Li",
    "Hiroshi",
    "Yuki",
    "Carlos",
    "Sofia",
    "Pierre",
    "Amelie",
    "Ivan",
    "Anya",
    "Kwame",
    "Amara",
]
LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Hall",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts",
    "Kim",
    "Park",
    "Choi",
    "Kovalenko",
    "Shevchenko",
    "Tanaka",
    "Suzuki",
    "Mensah",
    "Okafor",
    "Dubois",
    "Moreau",
    "Petrov",
    "Ivanova",
    "Kirby",
    "Blinken",
]
ROLES = ("minister", "spokesperson", "chief executive", "analyst", "coordinator", None)
ORGS = ("Defense Ministry", "White House", "Bank of England", "UN", "BBC", None)
OUTLETS = ("BBC News", "Korea Bizwire", "Reuters", "Yonhap", "AP", "The Guardian", "Politico")
VERBS = ("said", "stated", "told reporters", "added", "noted", "warned", "argued")
FALLBACK_WORDS = [
    "government",
    "economy",
    "troops",
    "border",
    "market",
    "growth",
    "profit",
    "election",
    "minister",
    "sanctions",
    "report",
    "film",
    "music",
    "phone",
    "broadband",
    "tax",
    "budget",
    "inflation",
    "bank",
    "rate",
    "deal",
    "talks",
    "strike",
    "police",
    "court",
    "league",
    "match",
    "season",
    "players",
    "coach",
    "record",
    "sales",
    "shares",
    "oil",
    "price",
]
_SENTENCE = re.compile(r"[^.!?\n]{40,220}[.!?]")


@dataclass(slots=True)
class Plan:
    claims: int
    per_article: int
    speakers: int
    seed: int

    @property
    def articles(self) -> int:
        return -(-self.claims // self.per_article)


def sentences(limit: int = 200_000) -> list[str]:
    """Plain sentences without quote marks, to be quoted by the generated articles."""
    found: list[str] = []
    if BBC.exists():
        with BBC.open(encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line)["text"]
                for match in _SENTENCE.finditer(text):
                    sentence = match.group(0).strip()
                    if not any(q in sentence for q in "\"“”'‘’"):
                        found.append(sentence.rstrip(".!?"))
                if len(found) >= limit:
                    break
    if not found:
        rng = random.Random(0)
        found = [" ".join(rng.choices(FALLBACK_WORDS, k=14)).capitalize() for _ in range(20_000)]
    return found


_SYLLABLES = [
    "ka",
    "ren",
    "mor",
    "lin",
    "dah",
    "bel",
    "vos",
    "tri",
    "mun",
    "sal",
    "hed",
    "gar",
    "pol",
    "ner",
    "wick",
    "ton",
    "sen",
    "ova",
    "ski",
    "ber",
    "lam",
    "quin",
    "rod",
    "fal",
    "zer",
    "tam",
    "bro",
    "cas",
    "del",
    "ive",
    "har",
    "mon",
]


def surnames(count: int, rng: random.Random) -> list[str]:
    """The common surnames first, then invented ones: a long tail, as in a real newsroom."""
    invented: set[str] = set()
    while len(invented) < count - len(LAST):
        parts = rng.choices(_SYLLABLES, k=rng.choice((2, 2, 3)))
        invented.add("".join(parts).capitalize())
    return LAST + sorted(invented)


def speaker_rows(plan: Plan, rng: random.Random) -> list[dict]:
    """Generated people; surname frequency falls off as 1/(rank + 50) (Zipf-like).

    With 20,000 speakers the most common surname is shared by about 80 of them, a typical
    one by a handful: bare-surname searches are ambiguous some of the time, as in real news.
    """
    pool = surnames(max(len(LAST) + 1, plan.speakers // 4), rng)
    weights = [1 / (rank + 50) for rank in range(len(pool))]
    names: set[str] = set()
    while len(names) < plan.speakers:
        surname = rng.choices(pool, weights)[0]
        middle = f" {rng.choice('ABCDEFGHJKLMNPRSTW')}." if rng.random() < 0.3 else ""
        names.add(f"{rng.choice(FIRST)}{middle} {surname}")
    rows = []
    for i, name in enumerate(sorted(names), start=1):
        rows.append(
            {
                "id": i,
                "name": name,
                "key": name_key(name),
                "kind": "person",
                "role": rng.choice(ROLES),
                "organization": rng.choice(ORGS),
            }
        )
    return rows


def alias_rows(speakers: list[dict]) -> list[dict]:
    """Full name and surname, as ingest records them ("Kirby" for "John Kirby")."""
    rows = []
    for speaker in speakers:
        surname = speaker["name"].split()[-1]
        for alias in dict.fromkeys((speaker["name"], surname)):
            rows.append({"speaker_id": speaker["id"], "alias": alias, "key": name_key(alias)})
    return rows


def article_batches(
    plan: Plan, speakers: list[dict], pool: list[str], rng: random.Random, batch: int
) -> Iterator[tuple[list[dict], list[dict]]]:
    """(articles, claims) in batches: each article quotes `per_article` speakers in turn."""
    start_day = date(2004, 1, 1)
    now = datetime.now(UTC)
    claim_id = 0
    articles: list[dict] = []
    claims: list[dict] = []
    for article_id in range(1, plan.articles + 1):
        parts: list[str] = []
        offset = 0
        article_claims = []
        for _ in range(min(plan.per_article, plan.claims - claim_id)):
            speaker = speakers[min(int(rng.paretovariate(1.1)) - 1, len(speakers) - 1)]
            speaker = speaker if rng.random() < 0.3 else rng.choice(speakers)
            quote = rng.choice(pool)
            if rng.random() < 0.5:  # splice two sentences so claims are not all repeats
                other = rng.choice(pool).split()
                quote = f"{quote} and {' '.join(other[len(other) // 2 :])}"
            mention = speaker["name"] if rng.random() < 0.6 else speaker["name"].split()[-1]
            verb = rng.choice(VERBS)
            sentence = f"\u201c{quote},\u201d {mention} {verb}."
            claim_id += 1
            q_start = offset + 1
            m_start = q_start + len(quote) + 3
            article_claims.append(
                {
                    "id": claim_id,
                    "article_id": article_id,
                    "speaker_id": speaker["id"],
                    "speaker_mention": mention,
                    "speaker_start": m_start,
                    "speaker_end": m_start + len(mention),
                    "text": quote,
                    "start": q_start,
                    "end": q_start + len(quote),
                    "kind": "direct",
                    "cue": verb,
                    "cue_start": m_start + len(mention) + 1,
                    "cue_end": m_start + len(mention) + 1 + len(verb),
                    "hedged": rng.random() < 0.08,
                    "confidence": round(rng.uniform(0.55, 0.98), 3),
                    "rule": "benchmark",
                    "context": sentence,
                    "context_start": offset,
                    "context_end": offset + len(sentence),
                    "said_on": None,
                    "extractor_version": VERSION,
                }
            )
            parts.append(sentence)
            offset += len(sentence) + 1
        text = "\n".join(parts)
        articles.append(
            {
                "id": article_id,
                "source_id": f"bench:{article_id}",
                "title": article_claims[0]["text"][:60],
                "url": f"https://example.org/bench/{article_id}",
                "outlet_id": rng.randint(1, len(OUTLETS)),
                "published": (start_day + timedelta(days=rng.randint(0, 7000))).isoformat(),
                "author": None,
                "dateline": None,
                "format": "jsonl",
                "text": text,
                "content_hash": hashlib.sha256(text.encode()).hexdigest(),
                "extractor_version": VERSION,
                "ingested_at": now,
            }
        )
        claims.extend(article_claims)
        if len(articles) >= batch:
            yield articles, claims
            articles, claims = [], []
    if articles:
        yield articles, claims


def build(engine: Engine, plan: Plan, batch: int = 2_000) -> dict[str, float]:
    """Insert everything; returns timings. Refuses a database that already holds claims."""
    rng = random.Random(plan.seed)
    with engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(Claim)).scalar_one():
            raise SystemExit("the database already holds claims; give a fresh --db")
    t0 = time.perf_counter()
    pool = sentences()
    speakers = speaker_rows(plan, rng)
    with engine.begin() as conn:
        conn.execute(
            insert(Outlet),
            [{"id": i, "name": n, "key": name_key(n)} for i, n in enumerate(OUTLETS, start=1)],
        )
        conn.execute(insert(Speaker), speakers)
        conn.execute(insert(SpeakerAlias), alias_rows(speakers))
    done = 0
    for articles, claims in article_batches(plan, speakers, pool, rng, batch):
        with engine.begin() as conn:
            conn.execute(insert(Article), articles)
            # the store's own bulk writer: COPY on PostgreSQL, where an executemany sent one
            # INSERT per row and fired the claim table's statement-level search trigger for
            # each (about 100 claims a second, against thousands by COPY)
            insert_rows(conn, Claim.__table__, claims)
        done += len(claims)
        print(f"\r{done:,} claims", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    t1 = time.perf_counter()
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            for table in ("outlet", "speaker", "speaker_alias", "article", "claim"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    return {"insert_s": t1 - t0, "analyze_s": time.perf_counter() - t1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite path or SQLAlchemy URL (fresh)")
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--speakers", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    plan = Plan(args.claims, args.per_article, args.speakers, args.seed)
    engine = open_engine(resolve_url(args.db))
    timings = build(engine, plan)
    print(
        f"{plan.claims:,} claims in {plan.articles:,} articles, {plan.speakers:,} speakers: "
        f"insert {timings['insert_s']:.1f} s, analyze {timings['analyze_s']:.1f} s"
    )


if __name__ == "__main__":
    main()
