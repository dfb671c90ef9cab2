"""Acceptance: what the engine must find in the seed article (Korea Bizwire, Oct. 2024).

A copy of the `must` (and the reachable `should`) expectations of
shared/spec/korea-bizwire-nk-troops.gold.json, so the project tests without ../shared.
Texts are compared after straightening curly quotes and collapsing whitespace.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factdb.extract import extract_article
from factdb.extract.types import ArticleExtraction, Claim

SEED = Path(__file__).resolve().parent.parent / "seeds" / "korea-bizwire-nk-troops.txt"

EXPECTED = [
    {
        "id": "defense-ministry-tracking",
        "kind": "direct",
        "text": "closely tracking the possibility of personnel or civilian workforce support",
        "speaker": "South Korea's Defense Ministry",
        "speaker_kind": "organization",
        "cue": "stated",
        "said_on": "2024-10-16",
        "hedge_cues": ["possibility"],
    },
    {
        "id": "foreign-ministry-concern",
        "kind": "indirect",
        "text": "the government's serious concern about the reported expansion of Russia-North Korea military cooperation beyond weapons trade to include weapon production and troop deployment",
        "speaker": "A South Korean Foreign Ministry official",
        "speaker_kind": "anonymous",
        "cue": "emphasized",
        "hedge_cues": ["reported"],
    },
    {
        "id": "foreign-ministry-sanctions",
        "kind": "direct",
        "text": "Any cooperation that directly or indirectly aids North Korea's military enhancement violates U.N. Security Council resolutions and is subject to international monitoring and sanctions,",
        "speaker": "A South Korean Foreign Ministry official",
        "speaker_kind": "anonymous",
        "cue": "said",
        "hedge_cues": [],
    },
    {
        # a call on others is a claim of its own (rule indirect:call), by the same official
        "id": "foreign-ministry-halt",
        "kind": "indirect",
        "text": "an immediate halt to illegal military cooperation between the two nations",
        "speaker": "A South Korean Foreign Ministry official",
        "speaker_kind": "anonymous",
        "cue": "urging",
        "hedge_cues": [],
    },
    {
        "id": "ukrainian-media-battalion",
        "kind": "indirect",
        "text": "Russia has formed a battalion-sized unit of about 3,000 North Korean troops",
        "speaker": "Ukrainian media outlets",
        "speaker_kind": "media",
        "cue": "have reported",
        "hedge_cues": ["about"],
    },
    {
        "id": "ukrainian-source-casualties",
        "kind": "indirect",
        "text": "six North Korean soldiers were among approximately 20 casualties on the Russian side following a Ukrainian missile attack on the Donetsk front on October 3",
        "speaker": "One Ukrainian news source",
        "speaker_kind": "media",
        "cue": "claimed",
        "said_on": None,
        "hedge_cues": ["claimed", "approximately"],
    },
    {
        "id": "kirby-cannot-confirm",
        "kind": "direct",
        "text": "While we cannot independently confirm these reports, if true, they would indicate a significant strengthening of the Russia-North Korea defense relationship.",
        "speaker": "John Kirby",
        "speaker_kind": "person",
        "speaker_role": "National Security Council Coordinator for Strategic Communications",
        "speaker_org": "White House",
        "cue": "stated",
        "said_on": "2024-10-15",
        "hedge_cues": ["cannot independently confirm", "if true", "would"],
    },
    {
        "id": "kirby-growing-deepening",
        "kind": "direct",
        "text": "growing and deepening",
        "speaker": "John Kirby",
        "speaker_kind": "person",
        "cue": "noted",
        "hedge_cues": [],
        "context": 'the U.S. has observed this relationship "growing and deepening" over recent months',
    },
]


def normal(text: str) -> str:
    straight = text.translate(str.maketrans("“”‘’", "\"\"''"))
    return " ".join(straight.split())


@pytest.fixture(scope="module")
def seed() -> tuple[str, ArticleExtraction]:
    text = SEED.read_text(encoding="utf-8")
    return text, extract_article(text)


def find(extraction: ArticleExtraction, text: str) -> Claim:
    matches = [c for c in extraction.claims if normal(c.text) == text]
    assert len(matches) == 1, [normal(c.text) for c in extraction.claims]
    return matches[0]


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["id"] for e in EXPECTED])
def test_seed_claim(seed: tuple[str, ArticleExtraction], expected: dict) -> None:
    text, extraction = seed
    claim = find(extraction, expected["text"])
    assert text[claim.start : claim.end] == claim.text
    assert claim.kind == expected["kind"]
    assert claim.speaker is not None
    assert normal(claim.speaker.name) == expected["speaker"]
    assert claim.speaker.kind == expected["speaker_kind"]
    assert claim.cue is not None and claim.cue.text == expected["cue"]
    if "speaker_role" in expected:
        assert claim.speaker.role == expected["speaker_role"]
    if "speaker_org" in expected:
        assert claim.speaker.organization == expected["speaker_org"]
    if "said_on" in expected:
        assert claim.said_on == expected["said_on"]
    hedges = [normal(h.text).lower() for h in claim.hedges]
    assert claim.hedged == bool(expected["hedge_cues"])
    for cue in expected["hedge_cues"]:
        assert any(cue in found for found in hedges), (cue, hedges)
    if "context" in expected:
        assert expected["context"] in normal(text[claim.context_start : claim.context_end])


def test_seed_speakers_are_canonical(seed: tuple[str, ArticleExtraction]) -> None:
    """John Kirby once (not also "Kirby"), the ministry official once (not "the official")."""
    _, extraction = seed
    names = {c.speaker.name for c in extraction.claims if c.speaker}
    assert "John Kirby" in names and "Kirby" not in names
    assert "A South Korean Foreign Ministry official" in names
    assert "the official" not in names
    assert all(
        c.speaker.name.lower() not in {"he", "she", "they", "it"}
        for c in extraction.claims
        if c.speaker
    )


def test_seed_no_claims_from_page_furniture(seed: tuple[str, ArticleExtraction]) -> None:
    """Photo captions, the byline/e-mail and the comment form yield no claim."""
    text, extraction = seed
    furniture = [
        text.index("This photo, carried"),
        text.index("M. H. Lee (mhlee"),
        text.index("Leave a Reply"),
    ]
    caption_end = text.index("(Image courtesy of Yonhap)", text.index("North’s leader")) + 30
    for claim in extraction.claims:
        assert not (furniture[0] <= claim.start < caption_end), claim.text
        assert claim.start < furniture[1], claim.text
    assert len(extraction.claims) == len(EXPECTED)
