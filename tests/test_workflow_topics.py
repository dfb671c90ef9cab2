"""Topics: named entities and key nouns, with offsets back into the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdb.extract.topics import find_topics, stem, topic_key

SEED_ARTICLE = Path(__file__).resolve().parent.parent / "seeds" / "korea-bizwire-nk-troops.txt"

# From the seed article (Korea Bizwire, 17 Oct 2024).
SANCTIONS = (
    "\u201cAny cooperation that directly or indirectly aids North Korea\u2019s military "
    "enhancement violates U.N. Security Council resolutions and is subject to international "
    "monitoring and sanctions,\u201d the official said."
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("sanctions", "sanction"),
        ("casualties", "casualty"),
        ("troops", "troop"),
        ("witnesses", "witness"),
        ("status", "status"),
        ("serious", "serious"),
        ("us", "us"),
        ("crisis", "crisis"),
    ],
)
def test_stem_makes_plurals_singular(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sanctions", "sanction"),
        ("North Korea\u2019s", "north korea"),
        ("  U.N.  Security Council ", "u n security council"),
        ("Kim Jong-un", "kim jong un"),
        ("North Korean", "north korea"),
        ("Russian forces", "russia force"),
        ("Zelenskyy\u0301", "zelenskyy"),
    ],
)
def test_topic_key_normalises(text: str, expected: str) -> None:
    assert topic_key(text) == expected


def test_claim_topics_are_names_and_nouns() -> None:
    topics = find_topics(SANCTIONS)
    names = [t.name for t in topics]
    assert names[:2] == ["North Korea", "U.N. Security Council"]
    assert "sanctions" in names and "cooperation" in names
    # Possessive dropped, reporting verb and function words never topics.
    assert not {"said", "the", "that", "directly", "official said"} & set(names)
    sanctions = next(t for t in topics if t.name == "sanctions")
    assert (sanctions.key, sanctions.kind, sanctions.count) == ("sanction", "keyword", 1)


def test_every_topic_slices_back_to_its_text() -> None:
    text = SEED_ARTICLE.read_text("utf-8")
    topics = find_topics(text, limit=0)
    assert topics
    for topic in topics:
        assert text[topic.start : topic.end] == topic.name


def test_seed_article_topics() -> None:
    text = SEED_ARTICLE.read_text("utf-8")
    by_key = {t.key: t for t in find_topics(text, limit=0)}
    for key in ("north korea", "russia", "ukraine", "white house", "john kirby", "troop"):
        assert key in by_key, key
    assert by_key["north korea"].kind == "entity"
    assert by_key["troop"].kind == "keyword"
    # Titles split a name: "Russian President Vladimir Putin" is not one subject.
    assert "vladimir putin" in by_key
    assert not any("president" in key for key in by_key)
    # A hyphenated pair of names is two subjects.
    assert "russia north korea" not in by_key
    # A headline's capitals do not make names of ordinary words.
    assert by_key["troop"].count >= 3 and "north korean troop" not in by_key


def test_long_text_keywords_must_recur() -> None:
    filler = " ".join(["The committee met again."] * 20)
    text = f"{filler} Officials discussed tariffs once."
    keys = {t.key for t in find_topics(text, limit=0)}
    assert "committee" in keys
    assert "tariff" not in keys


def test_sentence_opener_is_not_a_name_when_seen_in_lower_case() -> None:
    topics = find_topics("Troops crossed the river. More troops followed.", limit=0)
    troop = next(t for t in topics if t.key == "troop")
    assert troop.kind == "keyword" and troop.count == 2


def test_limit_and_order() -> None:
    topics = find_topics("Russia and Russia and Russia. Ukraine. Sanctions on Russia.", limit=2)
    assert [t.name for t in topics] == ["Russia", "Ukraine"]
    assert topics[0].count == 4


@given(st.text(max_size=300))
def test_any_text_gives_offsets_that_slice_back(text: str) -> None:
    for topic in find_topics(text, limit=0):
        assert text[topic.start : topic.end] == topic.name
        assert topic.key == topic_key(topic.name)


def test_contractions_are_not_topics() -> None:
    # BBC News corpus style: quotes full of "I'm", "don't", "we've".
    text = "\u201cI'm sure we don't know, and we've said so,\u201d Blair told MPs about the budget."
    keys = {t.key for t in find_topics(text, limit=0)}
    assert keys == {"blair", "mps", "budget"}


def test_a_place_is_named_as_the_place_not_its_adjective() -> None:
    text = "North Korean troops arrived. North Korea denied it."
    (topic,) = [t for t in find_topics(text, limit=0) if t.key == "north korea"]
    assert (topic.name, topic.count, text[topic.start : topic.end]) == (
        "North Korea",
        2,
        "North Korea",
    )


def test_a_keyword_is_named_as_written_mid_sentence() -> None:
    text = "Police arrived. The police said nothing. Police left."
    (topic,) = [t for t in find_topics(text, limit=0) if t.key == "police"]
    assert (topic.name, topic.kind, topic.count) == ("police", "keyword", 3)
    assert text[topic.start : topic.end] == "police"


def test_a_capital_that_only_opens_sentences_is_not_a_name() -> None:
    # ECB+ style: "People were injured" twice; "People" is never written mid-sentence.
    text = "People were injured. \u201cPeople ran,\u201d she said. Officials met Obama."
    kinds = {t.key: t.kind for t in find_topics(text, limit=0)}
    assert kinds["people"] == "keyword"
    assert kinds["obama"] == "entity"
