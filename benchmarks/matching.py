"""Cross-source claim matching, measured: ECB+ clusters, MRPC precision/recall, million-claim scale.

Three parts, each printing its figures:

- ecbplus: quotes extracted from the 982 ECB+ articles are matched incrementally; prints how
  many clusters span two or more outlets (an article without an outlet counts as its own), how
  many links stay inside one ECB+ topic (a link across topics is certainly wrong), and a sample
  to check by eye.
- mrpc: every pair's sentence `b` is stored, every `a` is a `similar` query; a pair is predicted
  positive when its `b` comes back with any grade.
- scale: a million claims built from real corpus sentences with the edits outlets make (quote
  marks, punctuation, word edits, changed numbers, cuts) and the hard negatives (the same words
  credited to somebody else). Reports time and peak memory to match them all, the time to add
  1,000 more, the cost of doubling, link precision/recall against the generator's truth, and a
  naive all-pairs rapidfuzz run on a subset both finish.

    .venv/bin/python benchmarks/matching.py                  # everything
    .venv/bin/python benchmarks/matching.py ecbplus mrpc
    .venv/bin/python benchmarks/matching.py scale --sizes 250000,500000,1000000
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import time
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from make_million import FIRST, LAST  # noqa: E402  (the same generated names)

from factdb.match.drift import compare  # noqa: E402
from factdb.match.grade import NEAR_MIN_RATIO  # noqa: E402
from factdb.match.index import ClaimIndex, ClaimRecord  # noqa: E402
from factdb.match.normalize import is_number, normalize_claim  # noqa: E402
from factdb.match.speakers import SpeakerRef  # noqa: E402

CORPORA = REPO.parent / "shared" / "corpora"
ECBPLUS = CORPORA / "ecbplus" / "ecbplus.jsonl"
MRPC = CORPORA / "mrpc" / "train.jsonl"
SENTENCE_SOURCES = (
    CORPORA / "polnear" / "train.jsonl",
    CORPORA / "bbc" / "bbc.jsonl",
    ECBPLUS,
    CORPORA / "polnear" / "dev.jsonl",
)
_SENTENCE = re.compile(r"[^.!?\n]{50,260}[.!?]")
_QUOTE = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{25,400})[\u201d\"]")
TITLES = ("Adm.", "Sen.", "Minister", "Gov.", "Dr.", "spokesman", "President")
ORGS = (
    "South Korea's Defense Ministry",
    "North Korea's Foreign Ministry",
    "the White House",
    "the Pentagon",
    "the Bank of England",
    "the Kremlin",
    "Samsung Electronics",
    "the European Commission",
)
OUTLETS = tuple(f"outlet-{i:02d}" for i in range(40))


# ----------------------------------------------------------------------------- ECB+


def extractor():
    """The real engine when it runs here, else a quote-mark regex (said in the output)."""
    try:
        from factdb.extract import extract_article

        extract_article("\u201cWe will win,\u201d John Kirby said.")
    except Exception as exc:  # the engine is being built in parallel
        print(f"(extraction engine unavailable: {exc!r}; using a quote regex)")

        def by_regex(text: str) -> list[tuple[str, SpeakerRef | None]]:
            return [(m.group(1), None) for m in _QUOTE.finditer(text)]

        return "regex", by_regex

    def by_engine(text: str) -> list[tuple[str, SpeakerRef | None]]:
        out = []
        for claim in extract_article(text).claims:
            s = claim.speaker
            ref = None if s is None else SpeakerRef(s.name, s.kind, s.role, s.organization)
            out.append((claim.text, ref))
        return out

    return "extract_article", by_engine


def run_ecbplus(sample: int) -> None:
    if not ECBPLUS.exists():
        print("ecbplus: corpus not found, skipped")
        return
    how, extract = extractor()
    articles = [json.loads(line) for line in ECBPLUS.open(encoding="utf-8")]
    index = ClaimIndex()
    meta: dict[int, tuple[str, str, str, SpeakerRef | None]] = {}
    t0 = time.perf_counter()
    links = []
    claim_id = 0
    for article in articles:
        outlet = article["outlet"] or f"article:{article['id']}"
        for text, speaker in extract(article["text"]):
            claim_id += 1
            meta[claim_id] = (outlet, article["topic"], text, speaker)
            link = index.add(ClaimRecord(claim_id, text, speaker, article["date"]))
            if link is not None:
                links.append(link)
    elapsed = time.perf_counter() - t0
    clusters: dict[int, list[int]] = defaultdict(list)
    for cid in meta:
        clusters[index.cluster_of(cid)].append(cid)
    multi = {k: v for k, v in clusters.items() if len({meta[c][0] for c in v}) >= 2}
    named = {
        k: v
        for k, v in multi.items()
        if len({meta[c][0] for c in v if not meta[c][0].startswith("article:")}) >= 2
    }
    cross = [lk for lk in links if meta[lk.claim_id][0] != meta[lk.target_id][0]]
    same_topic = sum(meta[lk.claim_id][1] == meta[lk.target_id][1] for lk in cross)
    grades = Counter(lk.grade for lk in cross)
    print(f"ecbplus ({how}): {len(articles)} articles, {claim_id} claims, {elapsed:.2f} s")
    print(f"  cross-outlet links: {len(cross)} {dict(grades)}")
    print(f"  links inside one ECB+ topic: {same_topic}/{len(cross)}")
    print(f"  clusters spanning >= 2 outlets: {len(multi)} (>= 2 named outlets: {len(named)})")
    rng = random.Random(1)
    for root in rng.sample(sorted(multi), min(sample, len(multi))):
        members = multi[root]
        first = meta[members[0]]
        print(f"  - cluster {root}: {len(members)} claims, topic {first[1]}")
        for cid in members[:4]:
            outlet, _, text, speaker = meta[cid]
            flags = compare(first[2], text, first[3], speaker).flags
            who = speaker.name if speaker else "?"
            print(f"      [{outlet}] {who}: {text[:110]!r} {flags or ''}")


# ----------------------------------------------------------------------------- MRPC


def run_mrpc() -> None:
    if not MRPC.exists():
        print("mrpc: corpus not found, skipped")
        return
    pairs = [json.loads(line) for line in MRPC.open(encoding="utf-8")]
    index = ClaimIndex(window_days=None)
    for i, pair in enumerate(pairs):
        index.add(ClaimRecord(i, pair["b"]))
    t0 = time.perf_counter()
    tp = fp = fn = 0
    grades: Counter[tuple[str, int]] = Counter()
    for i, pair in enumerate(pairs):
        hit = next((h for h in index.query(pair["a"], limit=10) if h.claim_id == i), None)
        if hit is not None:
            grades[(hit.grade, pair["label"])] += 1
        if hit is not None and pair["label"]:
            tp += 1
        elif hit is not None:
            fp += 1
        elif pair["label"]:
            fn += 1
    elapsed = time.perf_counter() - t0
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(f"mrpc: {len(pairs)} pairs, {len(pairs)} queries in {elapsed:.2f} s")
    print(
        f"  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  (tp {tp} fp {fp} fn {fn})"
    )
    by_grade = {
        g: (grades[(g, 1)], grades[(g, 0)]) for g in ("exact", "near", "fragment", "paraphrase")
    }
    print(f"  per grade (positive, negative): {by_grade}")


# ----------------------------------------------------------------------------- scale


def real_sentences() -> list[str]:
    """Distinct real sentences and quotes from the corpora, each 50-260 characters."""
    seen: set[str] = set()
    out: list[str] = []

    def fresh(piece: str) -> bool:
        """Not a repeat of a sentence already taken, even with its start or end edited."""
        words = normalize_claim(piece).split()
        keys = (" ".join(words), "<" + " ".join(words[:6]), ">" + " ".join(words[-6:]))
        if any(k in seen for k in keys):
            return False
        seen.update(keys)
        return True

    for path in SENTENCE_SOURCES:
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            pieces = [q["text"] for q in record.get("quotes", ())]
            pieces += [m.group(0) for m in _SENTENCE.finditer(record["text"])]
            for piece in pieces:
                piece = " ".join(piece.split())
                if 50 <= len(piece) <= 260 and fresh(piece):
                    out.append(piece)
    if MRPC.exists():
        for line in MRPC.open(encoding="utf-8"):
            pair = json.loads(line)
            out.extend(piece for piece in (pair["a"], pair["b"]) if fresh(piece))
    return out


@dataclass(slots=True)
class Synthetic:
    records: list[ClaimRecord]
    family: array  # truth: claims of one family are the same claim
    outlet: array


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def _mention(rng: random.Random, first: str, last: str) -> SpeakerRef | None:
    roll = rng.random()
    if roll < 0.5:
        return SpeakerRef(f"{first} {last}")
    if roll < 0.75:
        return SpeakerRef(last)
    if roll < 0.88:
        return SpeakerRef(f"{rng.choice(TITLES)} {first} {last}")
    return None


def _somebody_else(rng: random.Random, speaker: SpeakerRef | None) -> SpeakerRef:
    """A different person (sometimes sharing the surname) or a different organisation."""
    if speaker is not None and speaker.kind == "organization":
        others = [o for o in ORGS if o != speaker.name]
        return SpeakerRef(rng.choice(others), "organization")
    first, last = speaker.name.split() if speaker else _person(rng)
    other_first, other_last = _person(rng)
    while other_first == first:
        other_first, other_last = _person(rng)
    if rng.random() < 0.3:
        other_last = last  # "Hunter Biden" is not "Joe Biden"
    return SpeakerRef(f"{other_first} {other_last}")


def _edit(rng: random.Random, text: str, words: list[str]) -> str:
    """One outlet's rendering of a quote: typography, small word edits, numbers, or a cut."""
    roll = rng.random()
    if roll < 0.30:
        return text
    if roll < 0.50:  # typography: curly quotes, dropped final stop, doubled spaces
        out = text.replace("'", "\u2019").rstrip(".")
        return out.replace(", ", ",  ") if rng.random() < 0.5 else out.upper()[:1] + out[1:]
    tokens = text.split()
    if roll < 0.72 and len(tokens) > 6:  # one or two word edits
        for _ in range(rng.randint(1, 2)):
            i = rng.randrange(len(tokens))
            if rng.random() < 0.5:
                del tokens[i]
            else:
                tokens[i] = rng.choice(words)
        return " ".join(tokens)
    if roll < 0.80:  # a number changed or added
        numbers = [i for i, t in enumerate(tokens) if is_number(normalize_claim(t))]
        i = rng.choice(numbers) if numbers else rng.randrange(len(tokens))
        tokens.insert(i, str(rng.randint(2, 5000)))
        if numbers:
            del tokens[i + 1]
        return " ".join(tokens)
    if len(tokens) >= 10:  # a fragment: the outlet quotes part of it
        size = rng.randint(max(5, len(tokens) * 2 // 5), len(tokens) - 2)
        start = rng.randrange(len(tokens) - size + 1)
        return " ".join(tokens[start : start + size])
    return text


def synthesize(n: int, pool: list[str], seed: int = 7) -> Synthetic:
    """`n` claims in date order: families of one real sentence as several outlets quote it.

    Family sizes are geometric (most claims appear once, a few in many outlets); about 3% of
    families are followed by a hard negative: the same words, lightly edited, credited to a
    different person or organisation (truth: a different claim).
    """
    rng = random.Random(seed)
    words = [w for s in pool[:5000] for w in s.split()]
    rows: list[
        tuple[int, int, int, str, SpeakerRef | None]
    ] = []  # day, family, outlet, text, speaker
    family = 0
    base_day = date(2016, 1, 1).toordinal()
    bases = list(pool)
    rng.shuffle(bases)
    while len(rows) < n:
        if family < len(bases):
            text = bases[family]
        else:  # more families than sentences: thirds of three sentences, so no two share much
            a, b, c = (rng.choice(pool).split() for _ in range(3))
            text = " ".join(
                a[: len(a) // 3] + b[len(b) // 3 : 2 * len(b) // 3] + c[2 * len(c) // 3 :]
            )
        day = base_day + rng.randrange(3000)
        size = min(1 + int(rng.expovariate(0.45)), 30)
        org = ORGS[family % len(ORGS)] if rng.random() < 0.12 else None
        first, last = _person(rng)
        outlets = rng.sample(range(len(OUTLETS)), min(size, len(OUTLETS)))
        for k in range(size):
            speaker = SpeakerRef(org, "organization") if org else _mention(rng, first, last)
            rows.append(
                (
                    day + rng.randrange(4),
                    family,
                    outlets[k % len(outlets)],
                    _edit(rng, text, words),
                    speaker,
                )
            )
        family += 1
        if rng.random() < 0.03:  # hard negative: the same words, somebody else
            rows.append(
                (
                    day + rng.randrange(4),
                    family,
                    rng.randrange(len(OUTLETS)),
                    _edit(rng, text, words),
                    _somebody_else(
                        rng,
                        SpeakerRef(org, "organization") if org else SpeakerRef(f"{first} {last}"),
                    ),
                )
            )
            family += 1
    rows = rows[:n]
    rows.sort(key=lambda r: r[0])
    records = []
    fam = array("i")
    outl = array("i")
    for i, (day, f, outlet, text, speaker) in enumerate(rows):
        records.append(ClaimRecord(i, text, speaker, date.fromordinal(day).isoformat()))
        fam.append(f)
        outl.append(outlet)
    return Synthetic(records, fam, outl)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def match_all(data: Synthetic) -> tuple[ClaimIndex, list, float, float]:
    """(index, links, wall seconds, CPU seconds): CPU too, as the machine may be shared."""
    index = ClaimIndex()
    t0, c0 = time.perf_counter(), time.process_time()
    links = index.add_many(data.records)
    return index, links, time.perf_counter() - t0, time.process_time() - c0


def score_links(data: Synthetic, links: list) -> dict[str, float]:
    """Precision of cross-outlet links and recall over claims that have an earlier sibling."""
    fam, outl = data.family, data.outlet
    cross = [lk for lk in links if outl[lk.claim_id] != outl[lk.target_id]]
    right = sum(fam[lk.claim_id] == fam[lk.target_id] for lk in cross)
    seen: set[int] = set()
    positives = 0
    for i in range(len(fam)):
        if fam[i] in seen:
            positives += 1
        seen.add(fam[i])
    linked_right = sum(fam[lk.claim_id] == fam[lk.target_id] for lk in links)
    return {
        "cross_links": len(cross),
        "precision": right / max(len(cross), 1),
        "recall": linked_right / max(positives, 1),
    }


def naive_all_pairs(norms: list[str], chunk: int = 2000) -> tuple[float, int]:
    """Every pair scored with rapidfuzz (ratio only, the cheapest grade), chunked cdist."""
    t0 = time.perf_counter()
    found = 0
    for start in range(0, len(norms), chunk):
        block = process.cdist(
            norms[start : start + chunk],
            norms,
            scorer=fuzz.ratio,
            dtype=np.uint8,
            score_cutoff=int(NEAR_MIN_RATIO),
            workers=-1,
        )
        found += int(np.count_nonzero(block))
    return time.perf_counter() - t0, found


def run_scale(sizes: list[int], naive_size: int) -> None:
    pool = real_sentences()
    print(f"scale: {len(pool):,} distinct real sentences and quotes as family bases")
    timings: dict[int, float] = {}
    for n in sizes:
        data = synthesize(n + 1000, pool, seed=n)
        extra = data.records[n:]
        data.records = data.records[:n]
        before = _peak_mb()
        index, links, elapsed, cpu = match_all(data)
        timings[n] = cpu
        t0 = time.perf_counter()
        for offset, record in enumerate(extra):
            index.add(ClaimRecord(n + offset, record.text, record.speaker, record.published))
        add_1000 = time.perf_counter() - t0
        quality = score_links(data, links)
        print(
            f"  {n:>9,} claims: match all {elapsed:6.1f} s wall, {cpu:6.1f} s CPU "
            f"({cpu / n * 1e6:.0f} us/claim), "
            f"+1,000 new {add_1000:.3f} s, peak RSS {_peak_mb():,.0f} MB "
            f"(before index {before:,.0f} MB), graded pairs {index.graded_pairs:,}"
        )
        print(
            f"             links {len(links):,}, cross-outlet {quality['cross_links']:,}: "
            f"precision {quality['precision']:.4f}, recall {quality['recall']:.4f}"
        )
        del index, links, data
    ordered = sorted(timings)
    for small, big in zip(ordered, ordered[1:], strict=False):
        print(
            f"  {small:,} -> {big:,}: x{timings[big] / timings[small]:.2f} CPU time for x{big / small:.1f} claims"
        )
    if naive_size:
        data = synthesize(naive_size, pool, seed=3)
        _, _, indexed, _ = match_all(data)
        naive, pairs = naive_all_pairs([normalize_claim(r.text) for r in data.records])
        print(
            f"  naive all-pairs on {naive_size:,}: {naive:.1f} s ({pairs:,} pairs >= {NEAR_MIN_RATIO:.0f}) "
            f"vs index {indexed:.2f} s: x{naive / indexed:.0f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", default=["ecbplus", "mrpc", "scale"])
    parser.add_argument("--sizes", default="250000,500000,1000000")
    parser.add_argument(
        "--naive", type=int, default=20_000, help="claims for the all-pairs run (0: skip)"
    )
    parser.add_argument("--sample", type=int, default=6, help="ECB+ clusters to print")
    args = parser.parse_args()
    if "ecbplus" in args.parts:
        run_ecbplus(args.sample)
    if "mrpc" in args.parts:
        run_mrpc()
    if "scale" in args.parts:
        run_scale([int(s) for s in args.sizes.split(",") if s], args.naive)


if __name__ == "__main__":
    main()
