"""Golden tests: finding the subject of a known cue.

- An aside between a name and its cue may end with an auxiliary and then an adverb (", has
  even likened", ", have both urged"), as with the adverb first (", also has said")
  (factdb/extract/attribution/name_asides.py, `_ASIDE_END`).
- A first name alone after an owner and a word for kin is the person the pair names ("his
  wife, Jane, called for"); a first name alone after any other role is not
  (factdb/extract/attribution/characterisations.py, `_first_name_of_kin`).
- People the writer counts ("Many", "Some") are the subject of a weak reporting verb with its
  "that" clause ("Many speculated that"), never of a weak verb's object nor under a modal
  (factdb/extract/attribution/sentence.py, the quantifier-subject reading).

Passages are short excerpts or paraphrases of PolNeAR train (US political news, 2016), BBC
News (British news, 2004-05) and ECB+ (news of many outlets), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from tests.extraction import assert_said, claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            # PolNeAR train (Washington Post, 2016)
            "Rush Limbaugh, the conservative radio talk-show host, has even likened Perez to "
            "socialist Hugo Chavez.",
            "Perez to socialist Hugo Chavez",
            "Rush Limbaugh",
            "likened",
        ),
        (
            # PolNeAR train (Politico, 2016)
            "Trump's leading Republican rivals, Sens. Ted Cruz of Texas and Marco Rubio of "
            "Florida, have both urged the Manhattan mogul to release the audio tapes.",
            "the Manhattan mogul to release the audio tapes",
            "Trump's leading Republican rivals",
            "urged",
        ),
    ],
)
def test_aside_ends_in_auxiliary_then_adverb(
    text: str, content: str, speaker: str, cue: str
) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.cue is not None and claim.cue.text == cue


def test_first_name_after_kin_role() -> None:
    # PolNeAR train (USA Today, 2016)
    text = "On CNN Tuesday, his wife, Jane, called for an open primary process."
    claim = claim_with(text, "an open primary process")
    assert claim.speaker is not None and claim.speaker.name == "Jane"
    assert claim.speaker.role == "his wife"


def test_first_name_after_kin_role_in_said_frame() -> None:
    # the same pair before "said": the wife by her name, not "his wife" unnamed
    text = "On CNN Tuesday, his wife, Jane, said that the process should be open."
    claim = claim_with(text, "the process should be open")
    assert claim.speaker is not None and claim.speaker.name == "Jane"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            # BBC News (tech, 2005)
            "Some speculate that less than a quarter of this number are regularly maintained.",
            "less than a quarter of this number are regularly maintained",
        ),
        (
            # ECB+ (2008)
            "Some speculated that Felt was the source who connected the White House to the "
            "break-in.",
            "Felt was the source who connected the White House to the break-in",
        ),
    ],
)
def test_counted_people_with_weak_verb_and_that(text: str, content: str) -> None:
    claim = claim_with(text, content)
    assert claim.rule == "indirect:quantifier-subject"
    assert claim.speaker is None or claim.speaker.name in ("unknown", None)


@pytest.mark.parametrize(
    "text",
    [
        # guards: a modal ("will speculate" is not yet said); a weak verb's object, no clause
        "Many will speculate that he might fail to win.",
        "Some reported spending a million dollars on ads.",
    ],
)
def test_counted_people_guards(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        (
            # guard: a first name alone after a role that is no kin stays no pair; a company
            # named after "His company" keeps its own reading
            "His company, Apple, said that the process should be open.",
            "the process should be open",
            "Apple",
            "indirect:said-that",
        ),
        (
            # guard: a full name after a kin role reads as before
            "On CNN Tuesday, his wife, Jane Sanders, called for an open primary process.",
            "an open primary process",
            "Jane Sanders",
            "indirect:call",
        ),
    ],
)
def test_pair_guards(text: str, content: str, speaker: str, rule: str) -> None:
    assert_said(text, content, speaker, rule)


def test_role_before_to_heads_the_subject() -> None:
    # PolNeAR train (New York Times, 2015): the advisers urge, not the government they advise
    text = (
        "But other advisers to the island's government have been urging the governor to "
        "default on the debt."
    )
    assert_said(
        text,
        "the governor to default on the debt",
        "other advisers to the island's government",
        "indirect:call",
    )


def test_object_of_within_is_no_speaker() -> None:
    # PolNeAR train (Breitbart, 2016): the advocates cite, never "the scientific community"
    text = "But advocates within the scientific community cite his voting record in the House."
    claim = claim_with(text, "his voting record in the House")
    assert claim.speaker is not None
    assert claim.speaker.name != "the scientific community"


def test_to_before_a_clause_is_no_tie() -> None:
    # guard (PolNeAR train, Politico 2016): "lawmakers to compare what she" is a clause, and
    # "she" stays no part of any speaker's phrase
    text = (
        "Chaffetz is also asking Comey to turn over the FBI's full file, which would allow "
        "lawmakers to compare what she told the FBI."
    )
    speakers = [c.speaker.name for c in claims_of(text) if c.speaker is not None]
    assert "Chaffetz" in speakers
    assert not any("lawmakers to" in name for name in speakers)


def test_role_and_name_in_commas_unchanged() -> None:
    # guard: a role and its name in commas read as before
    text = "The ambassador to the United Nations, Nikki Haley, said that the ban was wrong."
    assert_said(text, "the ban was wrong", "Nikki Haley", "indirect:said-that")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (New York Times, 2016): "rally" ends the phrase, no adverb
            "Even the organizer of a pro-Trump rally said the city's rules increase the risk.",
            "the city's rules increase the risk",
            "the organizer of a pro-Trump rally",
        ),
        (
            # BBC News (business, 2005)
            '"Central to the proposals are plans by BT to offer operators lower prices," the '
            "former monopoly said in a statement.",
            "Central to the proposals are plans by BT to offer operators lower prices,",
            "the former monopoly",
        ),
        (
            # guard: an adverb in -ly between a subject and its cue is still skipped
            "Trump recently said that the wall would be built.",
            "the wall would be built",
            "Trump",
        ),
    ],
)
def test_noun_in_ly_ends_the_phrase(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Western Journal, 2016)
            "Reince Priebus, the GOP chairman, this past week announced the creation of a website.",
            "the creation of a website",
            "Reince Priebus",
        ),
        (
            # PolNeAR train (Washington Post, 2016)
            "Trump, whose provocative views on immigration have upset even members of his own "
            "Republican Party, last year proposed a ban on Muslims entering the United States.",
            "a ban on Muslims entering the United States",
            "Trump",
        ),
    ],
)
def test_time_between_aside_and_cue(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_adjective_before_calls_is_no_caller() -> None:
    # PolNeAR train (New York Times, 2016): "Democratic calls" is a noun phrase, so no claim
    # says "Democratic" called for anything
    text = (
        "Mrs. Clinton, who remained in the 2008 contest despite his lead and Democratic calls "
        "for her to bow out, has said she will not call on Mr. Sanders to withdraw."
    )
    speakers = [c.speaker.name for c in claims_of(text) if c.speaker is not None]
    assert "Democratic" not in speakers
    assert "Clinton" in speakers or "Mrs. Clinton" in speakers


def test_party_name_calls_for_unchanged() -> None:
    # guard: the party's name before "calls for" still calls
    assert_said(
        "The Democratic Party calls for a vote.", "a vote", "Democratic Party", "indirect:call"
    )


def test_many_of_you_are_counted_people() -> None:
    # PolNeAR train (USA Today, 2016): "Many of you" counts people as "Many of them" does
    text = (
        "Many of you have also questioned whether our opponent in this election has the "
        "experience to be president."
    )
    claim = claim_with(
        text, "whether our opponent in this election has the experience to be president"
    )
    assert claim.rule == "indirect:quantifier-subject"
