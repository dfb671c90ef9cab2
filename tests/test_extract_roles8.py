"""Golden tests for a bare description of office or calling that opens the sentence right after
one opened by a person's name: the news lead's way of going on about its subject ("Tony Blair
has launched an attack ... The prime minister has told"). The description is that person when
the text makes it certain: no one else is named in the paragraph, the sentence before is not
passive, does not use the description's noun itself, and the office was written before no other
name. An article's first sentence may name its person last, as its source ("..., Alun Michael
has said. The rural affairs minister said"), and a sentence whose subject is "he" or "she"
may come between ("Gordon Brown is to freeze ... In an upbeat pre-Budget report, he slightly
increased borrowing ... The chancellor also hailed"). The mention stays the description; the person
gets it as a role when they had none, or only an honour ("Lord"). And an office with what
narrows it, written with its abbreviation before a name ("Florida Sen. Marco Rubio"), is the
one a later "the Florida senator" stands for.

Passages are real sentences, or short excerpts of them, from BBC (../shared/corpora/bbc) and
PolNeAR train (../shared/corpora/polnear/train.jsonl), each named in a comment with the
behaviour it pins; guards are real shapes where the description is someone else.
"""

from __future__ import annotations

import pytest
from extraction import claim_with


@pytest.mark.parametrize(
    ("text", "content", "speaker", "role"),
    [
        # BBC politics/031: the article's first sentence opens with the home secretary's name
        (
            "David Blunkett has apologised to MPs after the Home Office announced "
            '"prematurely" via press release a review of murder laws.\nThe home secretary '
            "confirmed the review was to get under way in the wake of a Law Commission report.",
            "the review was to get under way in the wake of a Law Commission report",
            "David Blunkett",
            "home secretary",
        ),
        # BBC politics/089: an office with a party and a place in it
        (
            "David McLetchie has resigned from his post as a partner in a legal firm following "
            "criticism over his dual role.\nThe Scottish Conservative leader had insisted that "
            "his legal work with Tods Murray did not influence the causes he supports.",
            "his legal work with Tods Murray did not influence the causes he supports",
            "David McLetchie",
            "Scottish Conservative leader",
        ),
        # BBC business/027: after a connective, and a calling with an origin ("Indian-born")
        (
            "However, Lakshmi Mittal has told investors the combined company will have to shed "
            "thousands of jobs. The Indian-born magnate said the job losses would fall in "
            "Europe.",
            "the job losses would fall in Europe",
            "Lakshmi Mittal",
            "Indian-born magnate",
        ),
        # PolNeAR train (Politico, 2016): the lead's subject, then a party's frontrunner
        (
            "Hillary Clinton wants to see D.C. become a state.\n\nThe Democratic frontrunner "
            'wrote for The Washington Informer that "the District of Columbia is often '
            'neglected when it comes to federal appropriations."',
            "the District of Columbia is often neglected when it comes to federal appropriations.",
            "Hillary Clinton",
            "Democratic frontrunner",
        ),
    ],
)
def test_description_after_the_leads_subject(
    text: str, content: str, speaker: str, role: str
) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.speaker.role == role
    assert claim.speaker.mention is not None and claim.speaker.mention.startswith("The ")


@pytest.mark.parametrize(
    ("text", "content", "speaker", "role"),
    [
        # BBC politics/128: a sentence whose subject is "he" carries the lead's subject on
        (
            "Gordon Brown is to freeze petrol duty increases and boost childcare.\nIn an upbeat "
            "pre-Budget report, he slightly increased borrowing. The chancellor also said the "
            "economy had grown for longer than ever before.",
            "the economy had grown for longer than ever before",
            "Gordon Brown",
            "chancellor",
        ),
        # BBC politics/152: the article's first sentence closes on its source
        (
            'Hunting with dogs in England and Wales is enforceable and "very clear", Alun '
            "Michael has said.\nThe rural affairs minister said it would become obvious if "
            "people flouted the law.",
            "it would become obvious if people flouted the law",
            "Alun Michael",
            "rural affairs minister",
        ),
        # BBC politics/358
        (
            "Britain's £3bn EU rebate is not up for renegotiation at next week's European Council "
            "summit, Jack Straw said.\nThe foreign secretary told MPs the rebate was justified.",
            "the rebate was justified",
            "Jack Straw",
            "foreign secretary",
        ),
    ],
)
def test_description_after_the_leads_source(
    text: str, content: str, speaker: str, role: str
) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.speaker.role == role


def test_a_title_before_the_name_gives_way_to_the_office() -> None:
    # BBC politics/027: "Lord" is an honour, no office; the description says what he was
    claim = claim_with(
        'Lord Butler said the government had too much freedom to "bring in bad Bills". The '
        "former cabinet secretary said Cabinet government had been eroded.",
        "Cabinet government had been eroded",
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Butler"
    assert claim.speaker.role == "former cabinet secretary"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # BBC politics/255: "Mr Blair" is named in the lead too; the chancellor stays as written
        (
            "Gordon Brown has made an appeal for unity after reports claimed Mr Blair went back "
            "on a pledge to stand down.\nThe chancellor said he would not be distracted.",
            "he would not be distracted",
        ),
        # BBC politics/234: Tony Blair named earlier in the paragraph is the prime minister
        (
            "Mr Blunkett was joined by Tony Blair at Welling School. Mr Blunkett said he wanted "
            "to go back to a time when police were part of the community. The prime minister "
            "said the law-abiding citizen should be in charge.",
            "the law-abiding citizen should be in charge",
        ),
        # PolNeAR train (Politico, 2016): "Sen." ends no sentence; "Ted Cruz (R-Texas)." is no
        # lead, and the minority leader is Reid
        (
            "Still, Reid would not say whether he would prefer that Democrats face Trump or Sen. "
            "Ted Cruz (R-Texas). The minority leader said the race did not matter.",
            "the race did not matter",
        ),
        # BBC entertainment/115: the lead's subject had something done to him; the woman is
        # who did it
        (
            "US rapper Snoop Dogg has been sued for $25m by a make-up artist who claimed he "
            "drugged her. The woman said she was assaulted after a recording in 2003.",
            "she was assaulted after a recording in 2003",
        ),
        # passive lead with an office the lead's subject may not hold
        (
            "John Smith was arrested on Monday after a protest outside the town hall. The mayor "
            "said the protest had been peaceful.",
            "the protest had been peaceful",
        ),
        # BBC entertainment/056: the sentence before uses "the actor" for someone else
        (
            "The actor's friend Budd Schulberg told Vanity Fair magazine that the assistant had "
            "suggested the novel. The actor said he would never glorify the mafia.",
            "he would never glorify the mafia",
        ),
        # PolNeAR train (USA Today, 2016): two people in the lead; the French president is
        # not its subject
        (
            "President Obama had a talk this week with Francois Hollande. The French president "
            "said the attacks had changed Europe.",
            "the attacks had changed Europe",
        ),
        # BBC politics/280: the lead is about George W Bush, who might be the one described
        (
            "George W Bush will display a more consensual approach to world politics as he "
            "begins his second term as US President, Tony Blair has said.\nThe prime minister "
            "said military force was not the only way to fight terrorism.",
            "military force was not the only way to fight terrorism",
        ),
        # BBC politics/096 shape: further on, one speaker's words are often answered by
        # another's; only a lead's source is what the article is about
        (
            "The plan was published on Monday. The number of Welsh MPs would fall within five "
            "years of the Conservatives winning a general election, Michael Howard said. The "
            "prime minister said the plan was unworkable.",
            "the plan was unworkable",
        ),
        # the sentence between names someone else: "he" may be him
        (
            "Gordon Brown is to freeze petrol duty increases and boost childcare.\nIn a reply "
            "to Oliver Letwin, he slightly increased borrowing. The chancellor also said the "
            "economy had grown for longer than ever before.",
            "the economy had grown for longer than ever before",
        ),
        # "she" is not the man the lead opens with
        (
            "Gordon Brown is to freeze petrol duty increases and boost childcare.\nIn an upbeat "
            "report, she slightly increased borrowing. The chancellor also said the economy had "
            "grown for longer than ever before.",
            "the economy had grown for longer than ever before",
        ),
        # a role towards the subject, not one of the subject's ("the judge" who sentenced him)
        (
            "Jeremy Paris pleaded guilty on Monday to fraud. The judge said the sentence would "
            "follow in May.",
            "the sentence would follow in May",
        ),
    ],
)
def test_description_left_as_written(text: str, content: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == claim.speaker.mention


@pytest.mark.parametrize(
    ("text", "content", "speaker", "role"),
    [
        # PolNeAR train (Washington Post, 2015): the office named with its abbreviation
        (
            "New Jersey Gov. Chris Christie attacked Cruz in an interview on Monday. Cruz did "
            'not respond. "He went for the easy political vote," the New Jersey governor said.',
            "He went for the easy political vote,",
            "Chris Christie",
            "New Jersey governor",
        ),
        # PolNeAR train (Breitbart, 2016): "Florida Sen. Marco Rubio" is "the Florida senator"
        (
            "Florida Sen. Marco Rubio campaigned in Columbia on Saturday. Donald Trump won the "
            "primary. The Florida senator said he would win the GOP nomination.",
            "he would win the GOP nomination",
            "Marco Rubio",
            "Florida senator",
        ),
    ],
)
def test_an_abbreviated_office_before_a_name(
    text: str, content: str, speaker: str, role: str
) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.speaker.role == role


def test_a_bare_abbreviated_title_holds_no_office() -> None:
    # PolNeAR train (Washington Post, 2016): "Sen. Bernie Sanders" is the one "Sen." named,
    # but "the senator" greeted with "Marco! Marco!" is Rubio, named without it
    claim = claim_with(
        "Sen. Bernie Sanders drew a big crowd in Concord. Marco Rubio visited a campaign office "
        'in Manchester. Walking into the office to chants of "Marco! Marco!," the senator said '
        "his campaign here was closing really strong.",
        "his campaign here was closing really strong",
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "the senator"
