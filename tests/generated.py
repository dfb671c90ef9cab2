"""Small generated news articles with quotes, for tests that need many distinct articles.

Speakers and outlets repeat across articles on purpose: writers running at once then race to
create the same speaker and outlet rows, which is where lost or doubled rows would show.
"""

from __future__ import annotations

import json
from pathlib import Path

SPEAKERS = (
    ("John Kirby", "National Security Council coordinator"),
    ("Maria Lopez", "the finance minister"),
    ("Chen Wei", "a spokesman for the port authority"),
    ("Amara Okafor", "the union's general secretary"),
    ("Pierre Dubois", "the mayor"),
)
TOPICS = (
    "the harbour bridge",
    "fuel prices",
    "the rail strike",
    "flood defences",
    "the school budget",
    "hospital waiting lists",
)
OUTLETS = ("Harbour Gazette", "Valley Post", "Coast Herald")


def article_text(i: int) -> str:
    """Article `i`: a headline, a dateline, three quotes by two speakers; unique per `i`."""
    first, first_role = SPEAKERS[i % len(SPEAKERS)]
    second, second_role = SPEAKERS[(i + 2) % len(SPEAKERS)]
    topic = TOPICS[i % len(TOPICS)]
    surname = first.split()[-1]
    return (
        f"Council debates {topic}, session {i}\n\n"
        f"PORTSMOUTH, March {i % 28 + 1} ({OUTLETS[i % len(OUTLETS)]}) - Councillors met on "
        f"Tuesday for session {i} on {topic}.\n\n"
        f"\u201cWe will publish the full figures for session {i} next week,\u201d said {first}, "
        f"{first_role}.\n\n"
        f"{second}, {second_role}, said the plan for {topic} was \u201cnot finished yet\u201d "
        f"and that {i} residents had written in.\n\n"
        f"\u201cNobody should expect a decision before spring,\u201d {surname} added.\n"
    )


def write_text_files(folder: Path, indices: range | list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in indices:
        path = folder / f"article-{i:05d}.txt"
        path.write_text(article_text(i), encoding="utf-8")
        paths.append(path)
    return paths


def write_jsonl(path: Path, indices: range | list[int]) -> Path:
    """One JSONL batch; ids are stable per article so overlapping batches name it the same."""
    with path.open("w", encoding="utf-8") as handle:
        for i in indices:
            record = {
                "id": f"generated:{i}",
                "outlet": OUTLETS[i % len(OUTLETS)],
                "url": f"https://example.org/news/{i}",
                "date": f"2024-03-{i % 28 + 1:02d}",
                "text": article_text(i),
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
