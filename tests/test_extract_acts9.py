"""Golden tests for less common speech verbs whose content the engine did not read: "her" and
a noun as what is cited or mentioned ("citing her "long experience,"", "mentions her
granddaughter"), "that" as the determiner of a thing characterised ("dismissed that
suggestion as a sign of ..."), a clause a prediction opens with an approximate count
("predicted about one-third of the Ohio vote will be cast"), and a second participle with its
own "that" ("saying ... and suggesting that ...") cut from the first one's content. Guards:
"her" as whom the act is done to ("mentioned her twice", "promised her a job"), "described
that as", a topic after "wrote about" and a clause after "described that" stay as they were.

Passages are real sentences, or short excerpts of them, from PolNeAR train
(../shared/corpora/polnear/train.jsonl) and BBC (../shared/corpora/bbc/), each named in a
comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claims_of


def test_citing_her_qualities() -> None:
    # PolNeAR train (USA Today, 2016): what Brown cited is hers, not Brown's act on her
    text = (
        'On Tuesday, Gov. Jerry Brown endorsed her, citing her "long experience," "firm grasp '
        'of the issues" and preparedness.'
    )
    assert_said(
        text,
        'her "long experience," "firm grasp of the issues" and preparedness',
        "Jerry Brown",
        "mixed:citation",
    )


def test_mentions_her_relative() -> None:
    # PolNeAR train (Breitbart, 2015; "The presidential candidate" there, named before)
    text = (
        "Hillary Clinton often mentions her granddaughter in speeches, a reference point for "
        "addressing current problems."
    )
    assert_said(text, "her granddaughter in speeches", "Hillary Clinton", "indirect:mention")


def test_promised_her_program_clause() -> None:
    # PolNeAR train (Politico, 2015): "her" opens the clause's subject, no one promised to
    text = (
        "Clinton promised her entire infrastructure program would be paid for through "
        "business tax reform."
    )
    assert_said(
        text,
        "her entire infrastructure program would be paid for through business tax reform",
        "Clinton",
        "indirect:promise",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Trump mentioned her twice.",
        "Trump mentioned her on Tuesday.",
        "He promised her a job.",
        "Trump mentioned her repeatedly.",
        "Weaver dismissed that as nonsense.",
        # BBC tech: what the message was about is a topic, not a clause said
        "In one message, Morquendi wrote about a Sri Lankan woman who was running home with a "
        "friend when the wave hit.",
    ],
)
def test_no_claim(text: str) -> None:
    assert claims_of(text) == []


def test_dismissed_that_suggestion_as() -> None:
    # PolNeAR train (Washington Post, 2016)
    text = 'Weaver dismissed that suggestion as a sign of an opposing campaign in "disarray."'
    assert_said(
        text,
        'that suggestion as a sign of an opposing campaign in "disarray."',
        "Weaver",
        "mixed:characterisation",
    )


def test_described_that_clause_stays_a_clause() -> None:
    # guard: "that" and a clause's subject and verb is a "that" clause, as before
    claims = claims_of("Smith described that voters saw him as weak.")
    assert [c.text for c in claims] == ["voters saw him as weak"]


def test_prediction_opening_with_a_count() -> None:
    # PolNeAR train (Politico, 2016)
    text = (
        "\u201cWe chase absentee requests with an endorsed Republican slate card,\u201d said "
        "Borges, who predicted about one-third of the Ohio vote will be cast before March 15."
    )
    assert_said(
        text,
        "about one-third of the Ohio vote will be cast before March 15",
        "Borges",
        "indirect:said-clause",
    )


def test_second_participle_with_that_is_cut() -> None:
    # PolNeAR train (Washington Post, 2015): "arguing that" is Rubio's next act, not more of
    # what he was saying
    text = (
        "Rubio pushed back on those claims Thursday, saying that the bill had the correct "
        "security components but was waylaid by voter mistrust - and arguing that he and Cruz "
        'shared "almost all the same views on immigration."'
    )
    assert_said(
        text,
        'he and Cruz shared "almost all the same views on immigration."',
        "Rubio",
        "mixed:participle-said-that",
    )
    assert all("arguing" not in c.text for c in claims_of(text))


def test_characterisation_then_insisting_that_is_cut() -> None:
    # PolNeAR train (New York Times, 2016)
    text = (
        "Mr. Trump released a follow-up statement on Saturday night, describing the Khans' "
        "deceased son as a hero but insisting that Mr. Khan had ''no right'' to criticize him."
    )
    assert_said(text, "the Khans' deceased son as a hero", "Trump", "indirect:characterisation")


def test_but_suggesting_after_a_quotation_is_its_own_claim() -> None:
    # PolNeAR train (Politico, 2016): "but suggesting" is the aide's second act, with a
    # quotation inside the first
    text = (
        "His chief aide doubled down on attacks on Clinton\u2019s fitness to be president, "
        'saying she\'s experienced "on paper" but suggesting that might not be enough.'
    )
    assert_said(text, "that might not be enough", "His chief aide", "indirect:participle-said-that")
    assert_said(
        text, 'she\'s experienced "on paper"', "His chief aide", "mixed:participle-said-clause"
    )


def test_participle_in_a_relative_with_its_own_subject_has_no_sentence_speaker() -> None:
    # guard, PolNeAR train (New York Times, 2016): Mr. Trump ("he") mocked and said, not the
    # former president the sentence opens with
    text = (
        "The former president spoke hours after Mr. Trump, who has been leading in polls here, "
        "held a news conference nearby in which he continued his assault on Mr. Bush, mocking "
        "his famous ''Mission Accomplished'' appearance during the Iraq war and pointedly "
        "saying the country was not ''safe'' during the president's tenure."
    )
    assert all(
        c.speaker is None or c.speaker.name != "The former president" for c in claims_of(text)
    )


def test_claims_by_a_source_that() -> None:
    # PolNeAR train (Politico, 2016): the claim noun's source follows "by"
    text = (
        "Previously, the department had spent months pushing back against claims by "
        "intelligence agencies that some of her messages should be classified at such a high "
        "level."
    )
    assert_said(
        text,
        "some of her messages should be classified at such a high level",
        "intelligence agencies",
        "indirect:nominal",
    )


def test_rejected_accusations_by_end_before_what_they_are_called() -> None:
    # ECB+ (41_6ecbplus): Kiir calls the accusations baseless; the government made them
    text = (
        "Mr. Kiir rejected accusations by the Sudanese government that his country was arming "
        'Sudanese rebels as "utterly baseless and malicious."'
    )
    assert_said(
        text, "his country was arming Sudanese rebels", "Sudanese government", "indirect:nominal"
    )


@pytest.mark.parametrize(
    "text",
    [
        "He read the statement by the company that was released on Tuesday.",
        "He read the statement by the company that he wrote.",
    ],
)
def test_relative_after_by_source_is_no_nominal_claim(text: str) -> None:
    assert all(c.rule != "indirect:nominal" for c in claims_of(text))


def test_possessor_claim_in_a_sentence_opening_phrase() -> None:
    # PolNeAR train (New York Times, 2016): "Despite" opens the sentence; the claim ends with
    # the phrase at its comma, before the main clause
    text = (
        "Despite Mr. Trump's claims that his net worth exceeds $10 billion, all of the wealth "
        "research firms put him far lower in rankings."
    )
    assert_said(text, "his net worth exceeds $10 billion", "Trump", "indirect:nominal")


def test_possessor_claim_as_subject_stays_out() -> None:
    # guard: as the sentence's subject, where the claim's clause ends is unclear
    text = "Smith's claim that the vote was rigged split the party."
    assert all(c.rule != "indirect:nominal" for c in claims_of(text))
