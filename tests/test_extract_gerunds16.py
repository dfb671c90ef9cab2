"""Golden tests: claims whose cue is a participle set off after the main clause ("...,
arguing that ...", "..., chanting "..."") or opening the sentence, said by the main clause's
subject.

Passages are sentences from PolNeAR train, BBC and ECB+ news, or short real-looking ones.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        (
            # PolNeAR train (HuffPost): "contend", a reporting verb, as a participle
            "Two objectors, Lawrence Joyce and William Graham, had challenged Cruz’s "
            "presidential bid with the board, contending that his name should not appear on "
            "the March 15 ballot.",
            "his name should not appear on the March 15 ballot",
            "Two objectors",
            "indirect:participle-said-that",
        ),
        (
            # PolNeAR train (Washington Post): "Russian fears" is a noun phrase, no clause of
            # its own between Xi's verb and the participle
            "At the same time, however, Xi has worked overtime to calm Russian fears, "
            "reassuring his counterpart Vladimir Putin that Beijing has no plans to counter "
            "his country's dominance in Central Asia.",
            "Beijing has no plans to counter his country's dominance in Central Asia",
            "Xi",
            "indirect:participle-said-that",
        ),
        (
            # PolNeAR train (HuffPost): a publication may speak
            "The conservative publication has been outspoken in its opposition to Donald "
            "Trump, arguing he is an unmoored political opportunist.",
            "he is an unmoored political opportunist",
            "conservative publication",
            "indirect:participle-said-clause",
        ),
        (
            # PolNeAR train (Breitbart): "joking that ..."
            "Donald Trump barely mentioned his campaign or political platform at the start of "
            "his speech, joking that it’s boring to discuss politics all the time.",
            "it’s boring to discuss politics all the time",
            "Donald Trump",
            "indirect:participle-said-that",
        ),
        (
            # ECB+: a crowd's chant, quoted
            "Groups of young people roamed the streets across central Athens, shouting: “This "
            "night is for Alexi!”",
            "This night is for Alexi!",
            "Groups",
            "direct:participle-speaker-before",
        ),
        (
            # PolNeAR train (NYT)
            "Mr. Trump tries to turn the interruptions to his advantage, showcasing his large "
            "crowds and commanding presence, alternately shouting ''Get 'em out of here'' and "
            "''Be nice.''",
            "Get 'em out of here",
            "Trump",
            "direct:participle-speaker-before",
        ),
        (
            # PolNeAR train (USA Today): the comma inside the closing mark ends the chant; the
            # participle after it is the writer's
            "Hundreds of pro-Sanders demonstrators marched through Center City on Monday, "
            'chanting "Bernie or Jill, No Hill," raising fresh questions about whether Clinton '
            "will face a bleed of Sanders' backers.",
            "Bernie or Jill, No Hill,",
            "Hundreds of pro-Sanders demonstrators",
            "direct:participle-speaker-before",
        ),
    ],
)
def test_participle_claims(text: str, content: str, speaker: str, rule: str) -> None:
    assert_said(text, content, speaker, rule)


def test_quotation_then_writers_participle_with_saying() -> None:
    """The same for "saying": the quotation, not the writer's clause after it, is said."""
    text = (
        'Smith marched through the town on Monday, saying "we will win," raising fresh '
        "questions about whether the party will split."
    )
    claim = claim_with(text, "we will win,")
    assert claim.kind == "direct"


def test_place_clause_leaves_chant_unattributed() -> None:
    """Guard: the protesters of a "where" clause chant, not the sentence's subject."""
    text = (
        "Clinton spoke just down the street from the Trump Taj Mahal — now owned by investor "
        "Carl Icahn — where about 50 protesters had gathered on Wednesday morning, chanting "
        '"no contract, no peace" after the union failed to reach a contract on Friday.'
    )
    for claim in claims_of(text):
        assert claim.speaker is None or claim.speaker.name != "Hillary Clinton"
        assert claim.speaker is None or "Clinton" not in claim.speaker.name


def test_responding_to_is_no_cue() -> None:
    """Guard: "responding to pressure" inside a reported clause does not cut it."""
    text = (
        "Multiple sources privy to negotiations say it’s the Democratic leaders in Congress, "
        "responding to pressure from labor unions, who have insisted on acting now."
    )
    claim = claim_with(
        text,
        "it’s the Democratic leaders in Congress, responding to pressure from labor unions, "
        "who have insisted on acting now",
    )
    assert claim.rule == "indirect:said-clause"


def test_participle_of_a_thing_is_no_claim() -> None:
    """Guard: a plain participle of a thing is no claim ("countering the trend")."""
    assert claims_of("The company's shares fell, countering the trend.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (NYT): "implying that"
            "In his first reaction, during an ABC News interview, Mr. Trump questioned why Mr. "
            "Khan's wife did not speak alongside him at the Democratic convention, implying "
            "that she was forbidden from doing so.",
            "she was forbidden from doing so",
            "Trump",
        ),
        (
            # PolNeAR train (Politico): "admitting that", coordinated with another participle
            "Sanders has toned down his criticism of Hillary Clinton, shifting his focus to "
            "defeating Donald Trump and admitting that his campaign will almost certainly end "
            "without him in the White House.",
            "his campaign will almost certainly end without him in the White House",
            "Sanders",
        ),
        (
            # ECB+: "denying ..., that"
            "Felt then disappeared from public view for a quarter of a century, denying "
            "unequivocally, time and again, that he had been Deep Throat.",
            "he had been Deep Throat",
            "Felt",
        ),
        (
            # BBC: "after admitting that"
            "Also, MCI, while trading under the name Worldcom, became the biggest corporate "
            "bankruptcy in US history after admitting that it illegally booked expenses and "
            "inflated profits.",
            "it illegally booked expenses and inflated profits",
            "MCI",
        ),
    ],
)
def test_more_participle_verbs(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.rule == "indirect:participle-said-that"


def test_admitting_people_is_no_admission() -> None:
    """Guard: "by admitting more students" lets people in; nothing is owned up to."""
    text = (
        "Public colleges make up that shortfall by increasing tuition, shifting enrollment by "
        "admitting more out-of-state and international students, switching from full-time "
        "faculty to adjuncts because they're cheaper."
    )
    assert claims_of(text) == []


def test_it_appears_speaks_for_no_one() -> None:
    """Guard: the "it" of "it appears that" stands for nothing, so the participle after the
    clause it opens has no speaker to name."""
    text = (
        "In this case, it appears that Trump and Lewandowski had helped bring on this criminal "
        "investigation by publicly denying that Fields was telling the truth."
    )
    for claim in claims_of(text):
        assert claim.speaker is None or claim.speaker.name in ("unknown", "Donald Trump")


def test_it_never_stands_for_a_plural() -> None:
    """Guard: "it" does not carry on "Press reports", a plural named before."""
    text = (
        "Shares in MCI have risen. Press reports suggest that Qwest and MCI may reach an "
        "agreement as early as next week. It recently said it illegally booked expenses and "
        "inflated profits."
    )
    claim = claim_with(text, "it illegally booked expenses and inflated profits")
    assert claim.speaker is not None
    assert claim.speaker.name != "Press reports"


def test_threatening_after_the_main_clause() -> None:
    """PolNeAR train (NYT): "threatening to ..." is the main clause's subject's threat."""
    text = (
        "Donald J. Trump, the presumptive Republican presidential nominee, has been even more "
        "scathing in his remarks, threatening to pull out of NATO if he is elected."
    )
    assert_said(text, "to pull out of NATO if he is elected", "Donald J. Trump", "indirect:threat")


@pytest.mark.parametrize(
    "text",
    [
        # a thing threatens
        "Shares fell sharply, threatening to wipe out the gains.",
        # ECB+: after a reported event, what threatens is the event, not its reporter
        "A refugee camp in South Sudan's Unity state was bombed on Thursday, South Sudan "
        "officials and witnesses said, threatening to raise tensions with Sudan.",
    ],
)
def test_threatening_of_no_speaker(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule == "indirect:threat"]


def test_before_adding_that() -> None:
    """PolNeAR train (HuffPost): "before adding that ..." is speech; "while adding stores"
    (a guard) is not."""
    text = (
        "“You don’t win the nomination by how many states you win,” Rubio responded before "
        "adding that he will have to win some winner-take-all states in March."
    )
    assert_said(
        text,
        "he will have to win some winner-take-all states in March",
        "Rubio",
        "indirect:participle-said-that",
    )
    assert not [
        c
        for c in claims_of("Marco Rubio grew the firm while adding stores in March.")
        if c.cue is not None and c.cue.text == "adding"
    ]
