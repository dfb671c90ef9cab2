"""Queries: every claim filter, fuzzy alias-aware speakers, stemmed topic search, listings, stats."""

from __future__ import annotations

from dataclasses import asdict

import pytest
from sqlalchemy import Engine
from sqlmodel import Session
from store_support import (
    one_quote,
    seed_document,
    seed_extraction,
    simple_document,
)

from factdb.store.queries import (
    ClaimFilter,
    find_claims,
    get_claim,
    list_articles,
    list_speakers,
    stats,
)
from factdb.store.writes import store_article

# (source_id, outlet, published, text, quote, speaker, mention, hedges, kind)
OTHERS = [
    (
        "h1",
        "Reuters",
        "2024-10-20",
        '"I regret nothing," Hunter Biden said.',
        "I regret nothing,",
        "Hunter Biden",
        None,
        [],
        "direct",
    ),
    (
        "j1",
        "Reuters",
        "2024-10-18",
        "Joe Biden said the talks might resume.",
        "the talks might resume",
        "Joe Biden",
        None,
        [("might", "epistemic")],
        "indirect",
    ),
    (
        "r1",
        "El País",
        "2024-10-16T09:30",
        '"Seguimos," dijo José Ramírez.',
        "Seguimos,",
        "José Ramírez",
        None,
        [],
        "direct",
    ),
    (
        "n1",
        None,
        None,
        '"Troops will stay," a spokesman said.',
        "Troops will stay,",
        None,
        None,
        [],
        "direct",
    ),
]

pytest_plugins = ["store_support"]  # the backend-parametrised engine fixtures


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    doc = seed_document(published="2024-10-17", url="https://koreabizwire.com/nk-troops")
    with Session(engine) as session:
        store_article(session, doc, seed_extraction(doc.text), extractor_version="t")
        for sid, outlet, published, text, quote, name, mention, hedges, kind in OTHERS:
            store_article(
                session,
                simple_document(sid, text, outlet=outlet, published=published),
                one_quote(text, quote, name, mention, hedges=hedges, claim_kind=kind),
                extractor_version="t",
            )
    return engine


def _find(engine: Engine, **criteria: object) -> list[str]:
    with Session(engine) as session:
        return [c.text for c in find_claims(session, ClaimFilter(**criteria))]  # type: ignore[arg-type]


def _speakers(engine: Engine, name: str) -> set[str | None]:
    with Session(engine) as session:
        found = find_claims(session, ClaimFilter(speaker=name))
    return {c.speaker.name if c.speaker else None for c in found}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kirby", {"John Kirby"}),
        ("John Kirby", {"John Kirby"}),
        ("KIRBY", {"John Kirby"}),
        ("Kriby", {"John Kirby"}),  # typo
        ("jon kirby", {"John Kirby"}),  # typo in the first name
        ("Hunter Biden", {"Hunter Biden"}),  # never Joe Biden via the shared surname
        ("hunter", {"Hunter Biden"}),
        ("biden", {"Hunter Biden", "Joe Biden"}),
        ("jose ramirez", {"José Ramírez"}),  # diacritics-insensitive
        ("Ramírez", {"José Ramírez"}),
        ("official", {"A South Korean Foreign Ministry official"}),
        ("Ukrainian media", {"Ukrainian media outlets"}),
        ("Defense Ministry", {"South Korea's Defense Ministry"}),
        ("Hunter Kirby", set()),
        ("Kirsten", set()),
        ("spokesman", set()),  # an unattributed mention is not a speaker
        ("  ", set()),
    ],
)
def test_speaker_filter_is_fuzzy_and_alias_aware(
    seeded: Engine, query: str, expected: set[str]
) -> None:
    assert _speakers(seeded, query) == expected


def test_kirby_finds_both_his_claims(seeded: Engine) -> None:
    assert len(_find(seeded, speaker="kirby")) == 2


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        (
            "North Korean troops",
            ["Russia has formed a battalion-sized unit of about 3,000 North Korean troops"],
        ),
        (
            "troop battalion",
            ["Russia has formed a battalion-sized unit of about 3,000 North Korean troops"],
        ),
        ("deepen", ["growing and deepening"]),  # stemmed
        (
            "sanction",
            [
                "Any cooperation that directly or indirectly aids North Korea\u2019s military enhancement violates U.N. Security Council resolutions and is subject to international monitoring and sanctions,"
            ],
        ),
        ("regret", ["I regret nothing,"]),
        ("troops zebra", []),  # all terms required
        ('troops AND "-zebra*', []),  # FTS syntax in user input is just words
        ("!!!", []),
    ],
)
def test_topic_search(seeded: Engine, topic: str, expected: list[str]) -> None:
    assert _find(seeded, topic=topic) == expected


def test_topic_matches_context_too(seeded: Engine) -> None:
    # "briefing" is only in the sentence framing Kirby's quote, not in the quote itself
    assert _find(seeded, topic="briefing") == [
        "While we cannot independently confirm these reports, if true, they would indicate a "
        "significant strengthening of the Russia-North Korea defense relationship."
    ]


@pytest.mark.parametrize(
    ("criteria", "count"),
    [
        ({}, 9),
        ({"outlet": "korea bizwire"}, 5),
        ({"outlet": "Reuters"}, 2),
        ({"outlet": "el pais"}, 1),
        ({"outlet": "Nobody"}, 0),
        ({"since": "2024-10-18"}, 2),
        ({"until": "2024-10-16"}, 1),  # a timestamp on the 16th is inside "until the 16th"
        ({"since": "2024-10-17", "until": "2024-10-17"}, 5),
        ({"hedged": True}, 4),
        ({"hedged": False}, 5),
        ({"kind": "indirect"}, 2),
        ({"kind": "mixed"}, 1),
        ({"article": "h1"}, 1),
        ({"article": "seeds/korea-bizwire-nk-troops.txt"}, 5),
        ({"article": "1"}, 5),  # the article's number
        ({"limit": 3}, 3),
        ({"speaker": "biden", "hedged": True}, 1),
        ({"outlet": "Reuters", "topic": "talks"}, 1),
    ],
)
def test_claim_filters(seeded: Engine, criteria: dict[str, object], count: int) -> None:
    assert len(_find(seeded, **criteria)) == count


def test_order_newest_first_undated_last_reading_order_within(seeded: Engine) -> None:
    with Session(seeded) as session:
        found = find_claims(session, ClaimFilter())
    assert [c.article_id for c in found] == ["h1", "j1"] + [
        "seeds/korea-bizwire-nk-troops.txt"
    ] * 5 + ["r1", "n1"]
    seed_starts = [c.start for c in found[2:7]]
    assert seed_starts == sorted(seed_starts)


def test_claim_view_has_exactly_the_json_fields(seeded: Engine) -> None:
    with Session(seeded) as session:
        (claim,) = find_claims(session, ClaimFilter(speaker="kirby", hedged=True))
    record = asdict(claim)
    assert list(record) == [
        "claim_id",
        "article_id",
        "outlet",
        "published",
        "start",
        "end",
        "text",
        "kind",
        "speaker",
        "cue",
        "hedged",
        "hedges",
        "quote",
        "segments",
    ]
    assert record["speaker"] == {
        "name": "John Kirby",
        "kind": "person",
        "role": "National Security Council Coordinator for Strategic Communications",
        "organization": "White House",
    }
    assert (record["outlet"], record["published"], record["cue"]) == (
        "Korea Bizwire",
        "2024-10-17",
        "stated",
    )
    assert [(h["text"], h["category"]) for h in record["hedges"]] == [
        ("cannot independently confirm", "verification"),
        ("if true", "conditional"),
    ]


def test_get_claim_leads_back_to_the_source(seeded: Engine) -> None:
    with Session(seeded) as session:
        (view,) = find_claims(session, ClaimFilter(speaker="official"))
        detail = get_claim(session, view.claim_id)
        assert get_claim(session, 10_000) is None
    assert detail is not None
    text = seed_document().text
    assert text[detail.start : detail.end] == detail.text
    assert text[detail.context_start : detail.context_end] == detail.context
    assert detail.cue_span and text[slice(*detail.cue_span)] == "said"
    assert (
        detail.speaker_span
        and text[slice(*detail.speaker_span)] == detail.speaker_mention == "the official"
    )
    assert (detail.url, detail.article_number, detail.rule) == (
        "https://koreabizwire.com/nk-troops",
        1,
        "test",
    )
    assert detail.speaker and detail.speaker.kind == "anonymous"


def test_list_speakers_with_counts_and_aliases(seeded: Engine) -> None:
    with Session(seeded) as session:
        speakers = list_speakers(session, limit=100)
        kirby_only = list_speakers(session, limit=10, name="kriby")
        orgs = list_speakers(session, limit=10, kind="organization")
        assert len(list_speakers(session, limit=2)) == 2
    assert (speakers[0].name, speakers[0].claims, speakers[0].aliases) == (
        "John Kirby",
        2,
        ["John Kirby", "Kirby"],
    )
    assert {s.name for s in speakers} >= {"Hunter Biden", "Joe Biden", "José Ramírez"}
    assert [s.name for s in kirby_only] == ["John Kirby"]
    assert [s.name for s in orgs] == ["South Korea's Defense Ministry"]


def test_list_articles_with_claim_counts(seeded: Engine) -> None:
    with Session(seeded) as session:
        articles = list_articles(session, limit=100)
        reuters = list_articles(session, limit=100, outlet="reuters")
    assert [a.source_id for a in articles] == [
        "h1",
        "j1",
        "seeds/korea-bizwire-nk-troops.txt",
        "r1",
        "n1",
    ]
    seed = articles[2]
    assert (seed.outlet, seed.claims, seed.hedged_claims, seed.author) == (
        "Korea Bizwire",
        5,
        3,
        "M. H. Lee",
    )
    assert [a.source_id for a in reuters] == ["h1", "j1"]


def test_stats(seeded: Engine) -> None:
    with Session(seeded) as session:
        figures = stats(session)
    assert figures == {
        "articles": 5,
        "claims": 9,
        "speakers": 7,
        "outlets": 3,
        "hedged_claims": 4,
        "unattributed_claims": 1,
        "by_kind": {"direct": 6, "indirect": 2, "mixed": 1},
    }


def test_empty_database_answers_empty(engine: Engine) -> None:
    with Session(engine) as session:
        assert find_claims(session, ClaimFilter(speaker="kirby", topic="troops")) == []
        assert list_speakers(session) == [] and list_articles(session) == []
        assert stats(session)["claims"] == 0
