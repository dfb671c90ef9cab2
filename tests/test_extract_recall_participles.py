"""Golden tests for reported speech carried by a participle (", saying ...", "by announcing
...") whose subject stands behind an opener or an aside, and for the reporting verbs that take
the participle shape.

Passages are one or two sentences from PolNeAR train and dev (../shared/corpora/polnear/),
named per case.
"""

from __future__ import annotations

import pytest

from tests.test_extract_recall_shapes import claim_for, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Washington Post, 2016): a participial opener before the subject
        (
            "While celebrating sweeping victories in five Republican primaries Tuesday night, "
            "Trump mocked the qualifications of the Democratic front-runner, saying she would "
            "be a bad president who lacks strength.",
            "she would be a bad president",
            "Trump",
        ),
        # PolNeAR train (USA Today, 2016): the subject's appositive between it and its verb
        (
            "Michael J. Petrilli, president of the Thomas B. Fordham Institute, tied those test "
            "scores to improved graduation rates, saying the law helped millions of kids.",
            "the law helped millions of kids",
            "Michael J. Petrilli",
        ),
        # PolNeAR train (New York Times, 2016): a place and a day as the opener
        (
            "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders of Vermont "
            "endorsed Mrs. Clinton, saying that his former Democratic primary rival would make "
            "an outstanding president.",
            "his former Democratic primary rival",
            "Bernie Sanders",
        ),
        # PolNeAR train (Politico, 2016): a main verb in the present tense after the name
        (
            "In a letter to Senate colleagues released Monday, Sanders rips the agreement to "
            "restructure the island’s $70 billion in debt, arguing that the deal favors Wall "
            "Street creditors at the expense of residents in Puerto Rico.",
            "the deal favors Wall Street creditors",
            "Sanders",
        ),
        # PolNeAR train (USA Today, 2015): a cue inside a "while" clause of the opener is not
        # what the participle goes on with
        (
            "In a September debate, while most of his competitors called for a bigger military "
            "effort to destroy the Islamic State, also known as ISIS or ISIL, Trump hewed more "
            "to President Obama's approach, noting that the Syrian leadership and ISIL are "
            "enemies.",
            "the Syrian leadership and ISIL are enemies",
            "Trump",
        ),
    ],
)
def test_the_main_clause_subject_behind_an_opener_says_the_participle(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_for(text, content)
    assert claim.rule.startswith("indirect:participle-")
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (New York Times, 2016): the employers demand, not "the hope"
        "The hope has been that employers and insurers would respond by finding ways to offer "
        "cheaper insurance, ideally by demanding lower prices and higher value.",
        # a later clause with its own subject leaves the participle's subject open
        "Clinton won the primary in New York, and Sanders conceded defeat, saying she had won.",
        # ECB+ (2010): a present-tense verb after a thing that names a person is no sign of a
        # speaking subject
        "Her latest stay at Betty Ford comes after Lohan rear-ended a truck with her Porsche on "
        "June 8, and then lied to police, telling them she was not driving.",
    ],
)
def test_no_main_clause_subject_across_a_subordinate_clause(text: str) -> None:
    assert all(
        c.speaker is None
        or c.speaker.name not in ("The hope", "Clinton", "Her latest stay at Betty Ford")
        for c in claims_of(text)
    )


def test_an_aside_name_is_not_the_main_clause_subject() -> None:
    # PolNeAR train (Politico, 2016): "R-Ill." is the senator's party and state, not a speaker
    text = (
        "Sen. Mark Kirk, R-Ill., who faces a tough re-election battle in his home state, "
        "rescinded his endorsement of Trump, saying he lacks the temperament to be president."
    )
    assert all(c.speaker is None or c.speaker.name != "R-Ill" for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016)
        (
            "Obama also addressed Trump’s general concerns last Thursday, stating state and "
            "local authorities are in charge of the election process.",
            "state and local authorities",
            "Obama",
        ),
        # PolNeAR train (New York Times, 2016)
        (
            "Japan's central bank ended a policy meeting on Friday by announcing it would "
            "expand purchases of exchange-traded funds from financial institutions.",
            "it would expand purchases",
            "Japan's central bank",
        ),
        # PolNeAR train (Politico, 2016)
        (
            "The Obama administration announced plans Tuesday to expand programs for refugees, "
            "acknowledging that the current system hasn’t stopped people from entering the "
            "country without authorization.",
            "the current system",
            "Obama administration",
        ),
        # PolNeAR train (Breitbart, 2016)
        (
            "Democratic incumbent Barbara Boxer attacked Fiorina by reminding voters that the "
            "merger forced HP to slash 30,000 jobs.",
            "the merger forced HP",
            "Barbara Boxer",
        ),
        # PolNeAR train (Breitbart, 2016)
        (
            "Sen. Ted Cruz, meanwhile, warned that the incident could foreshadow the future with "
            "Iran, remarking that it put into clear relief the need to scrap the nuclear deal.",
            "it put into clear relief",
            "Ted Cruz",
        ),
        # PolNeAR dev (Washington Post, 2016)
        (
            '"Unity also means prosperity," Aung San Suu Kyi said in the Oval Office, '
            "emphasizing it was time to end the sanctions.",
            "it was time to end the sanctions",
            "Aung San Suu Kyi",
        ),
    ],
)
def test_more_reporting_verbs_take_the_participle_shape(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_for(text, content)
    assert claim.rule.startswith("indirect:participle-")
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)


def test_admitting_students_is_no_participle_claim() -> None:
    # PolNeAR train (Washington Post, 2016): "admit" takes people in, it reports nothing
    text = (
        "Public colleges make up that shortfall by increasing tuition, shifting enrollment by "
        "admitting more out-of-state and international students."
    )
    assert not any(c.cue is not None and c.cue.text == "admitting" for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Washington Post, 2016): an aside between the subject and its first verb
        (
            "House Democrats, looking for a way to shake up the conversation on gun control, "
            "seized the floor from Republicans on Wednesday and said they would refuse to leave "
            "until they got a vote on gun-control measures.",
            "they would refuse to leave",
            "House Democrats",
        ),
        # PolNeAR dev (Washington Post, 2016): the subject's apposition, then "and said"
        (
            "Donald Trump, her Republican opponent, bemoaned the unrest in Charlotte and said he "
            "thought that drugs were a big factor in the violence.",
            "he thought that drugs",
            "Donald Trump",
        ),
    ],
)
def test_a_verb_after_and_shares_a_subject_behind_an_aside(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_for(text, content)
    assert claim.rule == "indirect:said-clause"
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)


def test_an_opener_before_a_shared_subject_is_not_the_second_verbs_content() -> None:
    # PolNeAR train (Politico, 2016): "chided him for siding" reports nothing; the opener is
    # where she stood, not what she said
    text = (
        "Standing alongside labor leader and civil rights activist Dolores Huerta, who "
        "co-founded the United Farm Workers, Mark-Viverito accused Sanders of being inactive "
        "in the effort for immigration reform and chided him for siding with Republicans."
    )
    assert not any(c.text.startswith("Standing") for c in claims_of(text))


def test_a_hyphenated_word_is_not_cut_into_a_subject() -> None:
    # PolNeAR train (Washington Post, 2016): "China's state" is a piece of the company's name
    text = (
        "China's state-owned investment giant CITIC runs an oil field and an asphalt factory in "
        "Kazakhstan and says it has established a $110 billion fund to invest in Silk Road "
        "projects."
    )
    assert all(c.speaker is None or c.speaker.name != "China's state" for c in claims_of(text))


def test_saying_nothing_is_no_claim() -> None:
    # PolNeAR train (Washington Post, 2016)
    text = (
        "House Intelligence Republican Mike Pompeo (R-Kans.), who has seen the messages but "
        "would say nothing about the senders and content, agreed with that specific point."
    )
    assert not any(c.text.startswith("nothing") for c in claims_of(text))


def test_however_between_the_speaker_and_the_cue() -> None:
    # PolNeAR train (Breitbart, 2016)
    text = (
        "Carter however said he would welcome China’s participation in a principled security "
        "network for Asia."
    )
    claim = claim_for(text, "he would welcome")
    assert claim.speaker is not None and claim.speaker.name == "Carter"


@pytest.mark.parametrize(
    ("text", "content", "rule", "speaker"),
    [
        # PolNeAR dev (USA Today, 2016): "warning" after "is" is a verb, not a noun
        (
            "Donald Trump is warning voters that a Hillary Clinton victory would bring her "
            "husband’s sex scandal back to the White House.",
            "a Hillary Clinton victory",
            "indirect:said-that",
            "Donald Trump",
        ),
        # PolNeAR dev (USA Today, 2016): a call in the progressive, the subject urges
        (
            "Fellow Republicans are urging Trump to make the second debate a game-changer.",
            "Trump to make the second debate",
            "indirect:call",
            "Fellow Republicans",
        ),
        # PolNeAR train (UPI, 2015)
        (
            "Former Secretary of State and Democratic presidential frontrunner Hillary Clinton is "
            "calling for the United States to step up military efforts in the fight against the "
            "Islamic State.",
            "the United States to step up",
            "indirect:call",
            "Hillary Clinton",
        ),
    ],
)
def test_a_cue_in_the_progressive(text: str, content: str, rule: str, speaker: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule == rule
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)


def test_a_passive_call_still_has_no_speaker() -> None:
    # the one asked is not the one who asks
    text = "Mr. Stumpf was asked to resign by several members of the committee."
    assert all(c.speaker is None or c.speaker.name != "Stumpf" for c in claims_of(text))


def test_a_dashed_aside_between_the_cue_and_that() -> None:
    # PolNeAR train (Breitbart, 2016)
    text = (
        "His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump "
        "raised about $4 million that day."
    )
    claim = claim_for(text, "Trump raised about")
    assert claim.rule == "indirect:said-that"
    assert claim.speaker is not None and claim.speaker.name == "Paul Manafort"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # ECB+ (held-out check): the receivers of a memo did not send it
        (
            "On inauguration day, federal agency heads were sent a memo stating that they should "
            "freeze all Bush regulations in the pipeline.",
            "federal agency heads",
        ),
        # BBC (technology): a future act, nothing suggested yet
        (
            "Over the next few months, our panel of experts will be listening to your gripes "
            "about where you work, and suggesting ways to make your workspace more efficient.",
            "our panel of experts",
        ),
        # BBC (technology): a thing is no speaker behind a shared subject
        (
            "The update is something of an unusual move for Microsoft and underscores the "
            "seriousness of the zero day flaw.",
            "The update",
        ),
    ],
)
def test_no_speaker_from_a_receiver_a_future_or_a_thing(text: str, wrong: str) -> None:
    assert all(c.speaker is None or c.speaker.name != wrong for c in claims_of(text))


def test_a_modal_in_an_opening_clause_does_not_stop_the_shared_subject() -> None:
    # PolNeAR train (New York Times, 2016): "would" belongs to the question, not to her
    text = (
        "Asked on Monday whether Mr. Clinton would hold a cabinet position, Mrs. Clinton shook "
        "her head and said, ''No, he would not be in the cabinet.''"
    )
    claim = claim_for(text, "No, he would not")
    assert claim.speaker is not None and claim.speaker.name.endswith("Clinton")


def test_a_document_put_out_early_on_a_day() -> None:
    # PolNeAR dev (USA Today, 2016): the sender speaks through tweets sent "early Friday"
    text = (
        "Trump unleashed a series of tweets early Friday saying that rival Hillary Clinton had "
        "shown bad judgment in using Alicia Machado as a campaign prop."
    )
    claim = claim_for(text, "rival Hillary Clinton had shown")
    assert claim.rule == "indirect:document-saying"
    assert claim.speaker is not None and claim.speaker.name == "Trump"


def test_a_span_of_time_then_a_contracted_pronoun_clause() -> None:
    # PolNeAR train (Breitbart, 2016)
    text = (
        "Cruz has said for weeks he’s the only candidate in the field who can beat Trump "
        "one-on-one."
    )
    claim = claim_for(text, "he’s the only candidate")
    assert claim.rule == "indirect:said-clause"
    assert claim.speaker is not None and claim.speaker.name == "Cruz"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR dev (Breitbart/AP, 2016): the spot does not say it; Trump, in its footage, does
        (
            "The spot concludes with footage of Trump saying during the debate last week, “That "
            "makes me smart,” when Clinton blasted him for not paying income tax.",
            "That makes me smart",
            "Trump",
        ),
        # PolNeAR train (Politico, 2016): a clip of a person saying
        (
            "Last month, she released a web ad compiling some of Trump's most inflammatory "
            "statements, followed by a clip of McCain saying he will support the Republican "
            "nominee.",
            "he will support the Republican nominee",
            "McCain",
        ),
    ],
)
def test_a_name_right_before_a_participle_says_it(text: str, content: str, speaker: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule.endswith(":name-saying")
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_an_of_inside_a_name_is_no_person_before_a_participle() -> None:
    # BBC politics: the billboard accuses, and Westminster is a palace
    text = (
        "And the Green Party unveiled a billboard opposite the Palace of Westminster accusing "
        "the government of lying over the Iraq war."
    )
    assert all(c.speaker is None or c.speaker.name != "Westminster" for c in claims_of(text))


def test_a_plural_role_after_a_party_name_heads_the_subject() -> None:
    # PolNeAR dev (HuffPost, 2016): "speechwriters" is the head, not a verb
    text = (
        "In a widely read column in the day before the debate, two Democratic speechwriters "
        "implored her to bring it back, arguing that it agitated Trump and exposed a clear "
        "vulnerability."
    )
    claim = claim_for(text, "it agitated Trump")
    assert claim.speaker is not None and claim.speaker.name == "two Democratic speechwriters"


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (MacBook review, 2008): features added, no words
        "Apple has also added to its arsenal of multitouch gestures, adding four-finger "
        "gestures with the latest release.",
        # ECB+ (AMD-ATI merger comment, 2006)
        "The AMD/ATI combination now trumps Intel's strategy by adding the capacity to package "
        "higher-end chips for gaming and complex graphic manipulation.",
    ],
    ids=["features", "capacity"],
)
def test_adding_a_thing_is_no_saying(text: str) -> None:
    assert claims_of(text) == []


def test_adding_a_clause_with_a_past_verb_is_a_saying() -> None:
    # ECB+ (Indian Navy and pirates, 2011): the clause has no auxiliary, only past verbs
    text = (
        "The Navy said the pirates opened fire on the warship, adding the pirate skiffs then "
        "reversed course and tried to flee the area."
    )
    assert any(c.text.startswith("the pirate skiffs then reversed") for c in claims_of(text))
