"""Speaker identity: merge on strong evidence, never merge two different people or bodies."""

from __future__ import annotations

import pytest

from factdb.match.speakers import SpeakerRef, may_be_same_speaker, same_speaker, speaker_key


def person(name: str, role: str | None = None, organization: str | None = None) -> SpeakerRef:
    return SpeakerRef(name, "person", role, organization)


def org(name: str) -> SpeakerRef:
    return SpeakerRef(name, "organization")


SAME = [
    # full-name matches under titles and roles (seed article: John Kirby, NSC)
    (person("John Kirby"), person("Adm. John Kirby")),
    (person("NSC spokesman John Kirby"), person("John Kirby")),
    (person("John Kirby, National Security Council Coordinator"), person("John Kirby")),
    (person("Kim Jong-un"), person("Kim Jong Un")),
    (person("John F. Kirby"), person("John Kirby")),
    (person("John F. Kirby"), person("John Francis Kirby")),
    (person("Volodymyr Zelensky"), person("Volodymyr Zelenskyy")),
    # surname plus a shared role or organisation
    (person("Kirby", role="spokesman"), person("NSC spokesman John Kirby")),
    (person("Blinken", role="Secretary of State"), person("Secretary of State Antony Blinken")),
    (
        person("Kirby", organization="White House"),
        person("John Kirby", organization="the White House"),
    ),
    # the seed article's two names for one ministry
    (org("South Korea's Defense Ministry"), org("the South Korean Ministry of National Defense")),
    (org("The White House"), org("White House")),
]

NEVER = [
    (person("Hunter Biden"), person("Joe Biden")),
    (person("Joe Biden"), person("Jill Biden")),
    (person("Kim Yo Jong"), person("Kim Jong Un")),
    (person("James A. Smith", role="analyst"), person("James B. Smith", role="analyst")),
    (org("North Korea"), org("South Korea")),
    (org("North Korea's Foreign Ministry"), org("South Korea's Foreign Ministry")),
    (org("South Korea's Defense Ministry"), org("South Korea's Foreign Ministry")),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_speaker(a: SpeakerRef, b: SpeakerRef) -> None:
    assert same_speaker(a, b) and same_speaker(b, a)
    assert may_be_same_speaker(a, b)


@pytest.mark.parametrize(("a", "b"), NEVER)
def test_never_merged_and_never_linked(a: SpeakerRef, b: SpeakerRef) -> None:
    assert not same_speaker(a, b) and not same_speaker(b, a)
    assert not may_be_same_speaker(a, b) and not may_be_same_speaker(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a bare surname is not enough to merge, but does not contradict either
        (person("Kirby"), person("John Kirby")),
        (person("Biden"), person("Hunter Biden")),
        # an anonymous or unresolved source contradicts nobody
        (SpeakerRef("A South Korean Foreign Ministry official", "anonymous"), person("John Kirby")),
        (SpeakerRef("unknown", "unknown"), person("John Kirby")),
        # a person may speak for a body
        (person("John Kirby"), org("the White House")),
        # a surname-first one-word name is not enough to merge, even with a shared role
        (person("Kim", role="leader"), person("Kim Jong Un", role="leader")),
    ],
)
def test_compatible_but_not_merged(a: SpeakerRef, b: SpeakerRef) -> None:
    assert may_be_same_speaker(a, b)
    assert not same_speaker(a, b)


def test_missing_speaker_contradicts_nobody() -> None:
    assert may_be_same_speaker(None, person("John Kirby"))


@pytest.mark.parametrize(
    ("ref", "key"),
    [
        (person("NSC spokesman John Kirby"), "person:john kirby"),
        (person("Adm. John Kirby's"), "person:john kirby"),
        (org("the South Korean Ministry of National Defense"), "org:defense korea ministry south"),
        (SpeakerRef("a senior official", "anonymous"), ""),
        (SpeakerRef("unknown", "unknown"), ""),
    ],
)
def test_speaker_key(ref: SpeakerRef, key: str) -> None:
    assert speaker_key(ref) == key
