"""Golden tests for beliefs, hopes and wants PolNeAR marks that the engine missed or gave to the
wrong holder: a belief whose clause opens with "this" and a verb in -s ("Economists believe this
provides ...", where "this provides" was read as a determiner and a noun, so no clause was
found); a title-case headline whose cue is a belief or a wish that someone act ("Pastor Wants
Girl Scout Leaders To Be Executed ..."); and the people a restrictive "who" clause describes as
the object of a verb, who hold its belief without the verb's own subject ("Reporters met voters
who felt ..." gave "Reporters met voters"). Guards: a headline's wish for a thing ("Campaign
Wants A Progressive DNC Chair"), "Thinks About", a singular noun in -s after "this" ("this
news"), and a group's own modifiers before "who" ("mutual fund managers who think ...") stay
as they were.

Passages are real sentences, or short excerpts of them, from PolNeAR train
(../shared/corpora/polnear/train.jsonl), each named in a comment with the behaviour it pins;
the "met" passage is built on the shape of the train sentence it guards.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claim_with, claims_of

from factdb.extract.verbs import has_finite


def test_belief_clause_opening_with_this_and_a_verb() -> None:
    # PolNeAR train (HuffPost, 2015-12-08): "this" takes no plural noun, so "provides" is verb
    text = (
        "Economists believe this provides artificial incentive for employers to provide "
        "generous health insurance."
    )
    assert_said(
        text,
        "this provides artificial incentive for employers to provide generous health insurance",
        "Economists",
        "indirect:belief",
    )


@pytest.mark.parametrize(
    ("words", "finite"),
    [
        ("this provides artificial incentive", True),
        ("this costs money", True),
        # guards: a singular noun in -s after "this" is no verb
        ("this news", False),
        ("this crisis", False),
        ("this bonus", False),
        ("this series", False),
    ],
)
def test_this_and_a_word_in_s(words: str, finite: bool) -> None:
    assert has_finite(words) is finite


def test_headline_wish_that_someone_act() -> None:
    # PolNeAR train (HuffPost, 2016-03-15): the headline's wish is that the leaders be executed
    text = (
        "Pastor Wants Girl Scout Leaders To Be Executed For Supporting Gays.\n\n"
        "A pastor in Kansas has said that lesbian and gay Girl Scout leaders should be put to "
        "death."
    )
    claim = claim_with(text, "Girl Scout Leaders To Be Executed For Supporting Gays")
    assert claim.rule == "indirect:headline"
    assert claim.cue is not None and claim.cue.text == "Wants"


def test_headline_belief_like_says() -> None:
    # PolNeAR train (HuffPost, 2016-02-07): "Thinks" in a headline reports as "Says" does
    text = (
        "Rubio Thinks Joe Biden Was A Really Effective Senator\n"
        "Marco Rubio was asked to name a single legislative achievement he had achieved in "
        "the U.S. Senate."
    )
    claim = claim_with(text, "Joe Biden Was A Really Effective Senator")
    assert claim.speaker is not None and claim.speaker.name == "Marco Rubio"
    assert claim.rule == "indirect:headline"


@pytest.mark.parametrize(
    "headline",
    [
        # PolNeAR train (HuffPost, 2016-08-01): a wish for a thing, no claim
        "Hillary Clinton Campaign Wants A Progressive DNC Chair.",
        # PolNeAR train: how somebody thinks about someone, a topic, no claim
        "How Paul Ryan Thinks About Donald Trump.",
    ],
)
def test_headline_wish_for_a_thing_or_topic_makes_no_claim(headline: str) -> None:
    text = f"{headline}\n\nThe campaign is looking for a replacement to run the committee."
    assert [c for c in claims_of(text) if c.rule.endswith(":headline")] == []


def test_who_clause_believers_without_the_verb_that_governs_them() -> None:
    # the shape of PolNeAR train's "bets on mutual fund managers who think they know better",
    # with a subject and its verb before the group: the voters felt it, not "Reporters met"
    claim = claim_with("Reporters met voters who felt they were ignored.", "they were ignored")
    assert claim.speaker is not None and claim.speaker.name == "voters"


def test_who_clause_group_keeps_its_modifiers() -> None:
    # guard, PolNeAR train (New York Times, 2016-07-11)
    text = (
        "People put their money in index funds or United States government securities, so "
        "they get whatever the markets return without making foolish bets on mutual fund "
        "managers who think they know better."
    )
    claim = claim_with(text, "they know better")
    assert claim.speaker is not None and claim.speaker.name == "mutual fund managers"


def test_a_party_leadership_holds_its_fears() -> None:
    # PolNeAR train (New York Times, 2016-06-07): "leadership" heads an organisation's name as
    # "administration" does, so the belief has a believer to check it with and is kept
    text = (
        "The Chinese Communist Party leadership fears that sweeping industrial closures could "
        "kindle widespread worker protests like those that erupted in several northeastern rust "
        "belt cities in 2002."
    )
    claim = claim_with(
        text,
        "sweeping industrial closures could kindle widespread worker protests like those that "
        "erupted in several northeastern rust belt cities in 2002",
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Chinese Communist Party leadership"
    assert claim.speaker.kind == "organization"


def test_passive_regard_names_its_holder_after_by() -> None:
    # PolNeAR train (Breitbart, 2016-02-20): the agent holds what the subject is taken for;
    # the verb is a gap in the claim, as PolNeAR's segments "Pigs" + "unclean" are
    text = "Pigs are considered unclean by Muslims and some other religious groups."
    claim = claim_with(text, "Pigs are considered unclean")
    assert claim.speaker is not None
    assert claim.speaker.name == "Muslims and some other religious groups"
    assert claim.rule == "indirect:belief"
    assert [text[s:e] for s, e in claim.segments] == ["Pigs", "unclean"]


def test_passive_regard_with_the_agent_before_as() -> None:
    # BBC business: "regarded by US officials as ..."
    text = (
        "Higher growth in Europe is regarded by US officials as a way the huge US current "
        "account deficit could be reduced."
    )
    claim = claim_with(
        text,
        "Higher growth in Europe is regarded by US officials as a way the huge US current "
        "account deficit could be reduced",
    )
    assert claim.speaker is not None and claim.speaker.name == "US officials"


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (AP, 2016): an impersonal passive has no holder in view
        "Her demeanor and ability to connect with working-class voters is considered an asset "
        "for Clinton.",
        # BBC entertainment: a relative's passive; the sentence's subject is the writer's
        "Another source of irritation for Austrians is the song Edelweiss, which is considered "
        "an traditional folk song by many filmgoers.",
    ],
)
def test_passive_regard_without_a_clause_subject_or_agent_makes_no_belief(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":belief")] == []
