"""Passive verbs of telling with their agent as the speaker, and bodies' names that look like
people's (branch agents6)."""

from __future__ import annotations

import pytest
from extraction import claim_with, claims_of

# PolNeAR train (USA Today): the agent after "by" warned, the FBI heard it
FBI = (
    "The FBI had interviewed Boston Marathon bomber Tamerlan Tsarnaev, after being warned by "
    "the Russian government that he was a threat."
)
# BBC politics: "was told by" a named minister, without "that"
PARTON = (
    "He had been told by Children's Minister Margaret Hodge there was not enough time to pass "
    "the bill through parliament before the general election."
)


def test_warned_by_agent_speaks() -> None:
    claim = claim_with(FBI, "he was a threat")
    assert claim.speaker.name == "Russian government"
    assert claim.speaker.kind == "organization"
    assert claim.rule == "indirect:told-by"


def test_told_by_named_agent_without_that() -> None:
    claim = claim_with(
        PARTON,
        "there was not enough time to pass the bill through parliament before the general election",
    )
    assert claim.speaker.name == "Margaret Hodge"
    assert claim.speaker.kind == "person"


@pytest.mark.parametrize(
    ("text", "content", "speaker", "kind"),
    [
        # anonymous agents, as "officials said"
        (
            "They were told by officials that the road would reopen on Monday.",
            "the road would reopen on Monday",
            "officials",
            "anonymous",
        ),
        (
            "He was warned by doctors that he might never walk again.",
            "he might never walk again",
            "doctors",
            "anonymous",
        ),
        # the "that" after the agent opens the content, no relative clause of the agent's
        (
            "Parents were reassured by the head teacher that the school was safe.",
            "the school was safe",
            "the head teacher",
            "person",
        ),
        # an appositive between the agent and "that"
        (
            "They were told by Mr Smith, the chairman, that the club would be sold.",
            "the club would be sold",
            "Smith",
            "person",
        ),
        # the hearer is the subject, so the pronoun after the agent opens the content
        (
            "He was told by police he would not be charged.",
            "he would not be charged",
            "police",
            "organization",
        ),
    ],
)
def test_told_by_agent_kinds(text: str, content: str, speaker: str, kind: str) -> None:
    claim = claim_with(text, content)
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, kind)


@pytest.mark.parametrize(
    "text",
    [
        # no one spoke: a channel, or a time after "by"
        "She was told by phone that her son had died.",
        "Rangers have been informed by letter as to the outcome of the hearing.",
        # BBC news: what they were told to do is no claim of the agent's here
        "When some employees tried to leave, they were told by police to stay inside the office.",
        # BBC sport: the agent ends the sentence or a reason follows
        "Rusedski slammed his racket onto the ground in disgust and was warned by the umpire.",
        "Bogdanovic was warned by the Lawn Tennis Association for a lack of drive.",
        # BBC: the agent's relative clause holds the "that", not the telling
        "I was shocked to be told by people who were running a nursery that they were worried.",
    ],
)
def test_told_by_no_speaker(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith("told-by")]


def test_told_without_agent_stays_silent() -> None:
    # the hearer of a passive "told" never speaks
    assert claims_of("Reporters were told that the meeting was cancelled.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # BBC business: two companies, two countries
        (
            "Airbus and Boeing accuse each other of benefiting from illegal subsidies.",
            "Airbus and Boeing",
        ),
        (
            "The move came after France and Germany vowed to run their budget deficits below "
            "the EU cap in 2005.",
            "France and Germany",
        ),
        # BBC tech
        (
            "In July last year, Motorola and Apple announced a version of iTunes would be "
            "released which would be compatible with Motorola mobile phones.",
            "Motorola and Apple",
        ),
        # PolNeAR train (NYT): a centre of several capitalised words is a body
        (
            "Mrs. Clinton's entire tax plan would raise only $1.1 trillion over the next decade, "
            "according to the Tax Policy Center.",
            "Tax Policy Center",
        ),
    ],
)
def test_bodies_are_organizations(text: str, speaker: str) -> None:
    found = [c for c in claims_of(text) if c.speaker.name == speaker]
    assert found, [(c.speaker.name, c.speaker.kind) for c in claims_of(text)]
    assert all(c.speaker.kind == "organization" for c in found)


# BBC business 386: a two-word firm the article gives what only a company has
KRISPY = "Krispy Kreme said accounting errors had forced the move. Shares in Krispy Kreme fell 10%."
# BBC business 001: a media giant named in two words
TIME_WARNER = (
    "Quarterly profits at US media giant Time Warner jumped 76%. Time Warner said on Friday "
    "that it now owns 8% of search-engine Google."
)


def test_two_word_firm_by_what_it_has() -> None:
    assert claim_with(KRISPY, "accounting errors had forced the move").speaker.kind == (
        "organization"
    )
    claim = claim_with(TIME_WARNER, "it now owns 8% of search-engine Google")
    assert (claim.speaker.name, claim.speaker.kind) == ("Time Warner", "organization")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # ECB+: two reporters, no bodies
        ("Woodward and Bernstein said the source was real.", "Woodward and Bernstein"),
        # a player in that position is a person described
        ("The Center said he would play on Sunday.", "The Center"),
        # a person's two names stay a person's, whatever the article says of a firm
        ("Bill Gates said the software would ship in May.", "Bill Gates"),
    ],
)
def test_people_stay_people(text: str, speaker: str) -> None:
    claim = claims_of(text)[0]
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, "person")


def test_it_is_never_two_bodies() -> None:
    # BBC politics 324: "It said" is a statement's, not the two parties'
    text = (
        "But the Conservatives and Liberal Democrats say they want the publication of the full "
        "legal advice. But a short statement was presented in a written answer. It said it was "
        '"plain" Iraq continued to be in material breach of UN resolution 1441.'
    )
    claim = claim_with(
        text, 'it was "plain" Iraq continued to be in material breach of UN resolution 1441'
    )
    assert claim.speaker.kind == "unknown"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # BBC politics: a charity, a campaign
        ("But Age Concern said imposing a retirement age of 65 was cowardly.", "Age Concern"),
        (
            "But Human Rights Watch says the EU is putting commerce above abuse concerns.",
            "Human Rights Watch",
        ),
        # BBC tech: a research firm after "according to"
        (
            "The market was worth just $20 million in 2004, according to Jupiter Research.",
            "Jupiter Research",
        ),
        # ECB+: a chip maker whose name is three capitalised words
        (
            "Advanced Micro Devices announced Wednesday it is buying low-power server vendor "
            "SeaMicro.",
            "Advanced Micro Devices",
        ),
    ],
)
def test_a_name_ending_in_a_bodys_word(text: str, speaker: str) -> None:
    found = [c for c in claims_of(text) if c.speaker.name == speaker]
    assert found, [(c.speaker.name, c.speaker.kind) for c in claims_of(text)]
    assert all(c.speaker.kind == "organization" for c in found)


def test_a_role_opening_with_a_bodys_word_stays_a_person() -> None:
    claim = claims_of("Research Director Jane Smith said sales would rise.")[0]
    assert (claim.speaker.name, claim.speaker.kind) == ("Jane Smith", "person")


def test_a_brokerage_before_a_two_word_name() -> None:
    # BBC business 359: "brokerage" says what the name is, no person's role
    text = (
        '"We are not expecting Fiat to exercise its put," brokerage Merrill Lynch said in a note '
        "to investors."
    )
    claim = claim_with(text, "We are not expecting Fiat to exercise its put,")
    assert (claim.speaker.name, claim.speaker.kind) == ("Merrill Lynch", "organization")


def test_words_told_to_the_speaker_are_not_the_speakers() -> None:
    # BBC politics/008: the quotation is what someone said to her, and the sentence does not
    # say who; it is no claim of hers
    text = (
        "Another current member of the Cabinet says she was told: \"Oh, you've had a very fast "
        'rise, who have you been sleeping with?"'
    )
    claim = claim_with(text, "Oh, you've had a very fast rise, who have you been sleeping with?")
    assert claim.speaker is None or claim.speaker.name == "unknown"


def test_being_told_that_is_still_the_speakers_claim() -> None:
    # the guard: what the speaker says was told to them, in their own words, is their claim
    claim = claim_with(
        "Mr Smith said he was told that he would never work here again.",
        "he was told that he would never work here again",
    )
    assert claim.speaker is not None and claim.speaker.name == "Smith"
