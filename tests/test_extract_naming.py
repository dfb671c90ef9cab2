"""Golden tests for naming and characterising, questions and "making" a case, on real passages.

"Called X a Y" characterisations, the participles of "made the case" and "made it clear",
questions put to someone with an adverb after "Asked", and the coreference history of a
speaker with two claims. Passages are short real sentences from PolNeAR train
(../shared/corpora/polnear/train.jsonl), each naming the behaviour it pins, with guard tests
for the near shapes that must stay without a claim or keep their speaker.
"""

from __future__ import annotations

import pytest

from tests.test_extract_calls import assert_claim
from tests.test_extract_evidence import claims_of, only_claim

# --- "making the case", "making it clear": the participle of a phrase cue --------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Observer, 2016): "by making it clear to the judge that ..."
        (
            "Brafman concluded by making it clear to the judge that a prison sentence would be "
            "so out of the ordinary that it would cast suspicion on the judge’s own "
            "fair-mindedness.",
            "a prison sentence would be so out of the ordinary that it would cast suspicion on "
            "the judge’s own fair-mindedness",
            "Brafman",
        ),
    ],
)
def test_making_the_case_or_it_clear_reports_its_clause(
    text: str, content: str, speaker: str
) -> None:
    (claim,) = claims_of(text)
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_making_the_argument_without_that_is_no_claim() -> None:
    # PolNeAR train (Breitbart, 2016): "making the argument" with no "that" names the argument
    # the quotation made; what follows is no clause
    text = (
        "“Simply saying that you’re going to stay at home is also a mistake,” Bolton added, "
        "making the argument most grating to the ears of Trump’s dedicated Republican critics."
    )
    assert not [c for c in claims_of(text) if "grating" in c.text]


# --- "called X a Y" ---------------------------------------------------------------------------


def test_an_article_before_a_capitalised_quotation_makes_it_a_characterisation() -> None:
    # PolNeAR train (NYT, 2016-09-05): "an ''Aunt Tom''" is a kind of person, not a name
    text = "Ms. Friedan called Mrs. Schlafly an ''Aunt Tom.''"
    assert_claim(
        only_claim(text, ":characterisation"), "Mrs. Schlafly an ''Aunt Tom.''", name="Friedan"
    )


def test_a_capitalised_quotation_with_no_article_stays_a_name() -> None:
    # guard, PolNeAR train (NYT, 2016): a name the speaker uses is no characterisation
    text = (
        "There was no reference to ''Lyin' Ted'' or ''Crooked Hillary''; he called his "
        "opponent ''Senator Cruz'' instead and made no mention of Mrs. Clinton."
    )
    assert not [c for c in claims_of(text) if c.rule.endswith(":characterisation")]


def test_a_long_name_may_be_called_something() -> None:
    # PolNeAR train (Politico, 2016): a name of five words, then the complement
    text = "Cruz called Senate Majority Leader Mitch McConnell a liar."
    claim = only_claim(text, ":characterisation")
    assert claim.text == "Senate Majority Leader Mitch McConnell a liar"


def test_an_unquoted_characterisation_ends_before_a_clause_of_time() -> None:
    # PolNeAR train (Huffington Post, 2016-07-28): "before explaining ..." is the speaker's
    # next act, a claim of its own; the "she said" after both is still hers
    text = (
        "Dylann Roof is accused of killing nine people inside the church in June 2015, "
        "including Sanders’ son, 26-year-old Tywanza. Sanders called her fallen son her hero "
        "before explaining why she forgave Roof.\n\n“Hate destroys those who harbor it,” she "
        "said on stage at the Democratic National Convention."
    )
    claims = claims_of(text)
    (called,) = [c for c in claims if c.rule.endswith(":characterisation")]
    assert called.text == "her fallen son her hero"
    (explained,) = [c for c in claims if c.text == "why she forgave Roof"]
    assert explained.speaker is not None and explained.speaker.name == "Sanders"
    (quoted,) = [c for c in claims if c.text.startswith("Hate destroys")]
    assert quoted.speaker is not None and quoted.speaker.name == "Sanders"


# --- questions put to someone ------------------------------------------------------------------


def test_an_adverb_may_follow_asked() -> None:
    # PolNeAR train (AP, 2016): "Asked specifically what ..., the voters were evenly divided"
    text = (
        "Only about 10 percent selected immigration as the most important issue. Asked "
        "specifically what should be done with illegal immigrants working in the United "
        "States, the voters were evenly divided."
    )
    claim = only_claim(text, ":question")
    assert claim.text == (
        "what should be done with illegal immigrants working in the United States"
    )
    assert claim.speaker is None


def test_asked_then_an_adverb_of_the_asker_is_no_question_without_one() -> None:
    # guard: "asked politely by" is a passive with its asker; no question follows
    text = "The candidate was asked repeatedly by reporters to leave the room."
    assert not [c for c in claims_of(text) if c.rule.endswith(":question")]


# --- who characterises: the subject as for a speaker of "said" ---------------------------------


def test_a_role_then_a_name_before_the_verb_characterises() -> None:
    # PolNeAR train (USA Today, 2016-04): "Her chief policy aide, Jake Sullivan, calls ..."
    text = (
        'Her chief policy aide, Jake Sullivan, calls her record a "blueprint" for how she '
        "would seek to create good-paying jobs nationwide."
    )
    claim = only_claim(text, ":characterisation")
    assert claim.text.startswith('her record a "blueprint" for how she would seek')
    assert claim.speaker is not None and claim.speaker.name == "Jake Sullivan"


def test_a_passive_after_a_comma_names_no_characteriser() -> None:
    # guard, ECB+: "described as" with nothing characterised after it is a passive
    text = (
        'A 32-year-old British climber, described as "lacking experience", dies after '
        "falling from a mountain in New Zealand."
    )
    assert not [c for c in claims_of(text) if c.rule.endswith(":characterisation")]


def test_an_adverb_after_an_aside_leaves_the_subject_of_a_participle() -> None:
    # PolNeAR train (NYT, 2016-03): "Mr. Trump, in an interview on Friday, barely dwelled on
    # those two rivals, saying that ...": the subject over the aside and "barely"
    text = (
        "Mr. Trump, in an interview on Friday, barely dwelled on those two rivals, saying that "
        "he was already looking ahead to the prospect of a general election matchup against "
        "Mrs. Clinton."
    )
    (claim,) = claims_of(text)
    assert claim.text.startswith("he was already looking ahead")
    assert claim.speaker is not None and claim.speaker.name == "Trump"


def test_this_may_be_called_something() -> None:
    # PolNeAR train (USA Today, 2016-04): a demonstrative object, an unquoted complement, and
    # the writer's "especially because ..." after it
    text = (
        "The Cruz campaign calls this a false narrative that the base won't buy, especially "
        "because conservative thought leaders such as Rush Limbaugh are backing them up."
    )
    content = "this a false narrative that the base won't buy"
    assert_claim(only_claim(text, ":characterisation"), content, name="Cruz campaign")


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (technology): whom she phoned
        "She called her service provider, and they told her it would be five days before an "
        "engineer would show up with a new cable modem.",
        # ECB+: a phone that called her, then a time
        "Defense attorney Warren Gotcher said Simpson did not call Flynn and never owned a "
        "phone like the one that called her the night she was killed.",
    ],
)
def test_calling_her_is_no_characterisation_without_a_complement(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith(":characterisation")]


# --- what a speaker calls into question ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (NYT, 2016-02): one person's qualities, named by "his"
        (
            "Mr. Rubio's problems on Saturday began when Mr. Christie questioned his depth and "
            "experience.",
            "his depth and experience",
            "Christie",
        ),
        # PolNeAR train (NYT, 2016-09): "involvement", a head noun of challenge_objects.txt
        (
            "It is not lost on bank directors that they are acting during an American "
            "presidential campaign in which a major party nominee -- the Republican Donald J. "
            "Trump -- questions American involvement in multinational organizations.",
            "American involvement in multinational organizations",
            "Donald J. Trump",
        ),
    ],
)
def test_questioning_a_quality_is_a_challenge(text: str, content: str, speaker: str) -> None:
    assert_claim(only_claim(text, ":challenge"), content, name=speaker)


def test_their_integrity_inside_a_belief_stays_the_believers() -> None:
    # guard, BBC News (sport): "their" names no holder; the belief around it is kept
    text = (
        "Referees chief Keith Hackett believes Mourinho should retract his comments about "
        "Ferguson and Barry as he believes the Blues boss has questioned their integrity."
    )
    claims = claims_of(text)
    assert not [c for c in claims if c.rule.endswith(":challenge")]
    assert [c for c in claims if c.rule.endswith(":belief") and "Mourinho should" in c.text]


# --- whom a call is put to ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (AP, 2016-02): "of" inside the addressee
        (
            "The American Legion has asked the campaign of Democratic presidential candidate "
            "Bernie Sanders to “cease and desist” from using the organization’s emblem in "
            "campaign fliers.",
            "the campaign of Democratic presidential candidate Bernie Sanders to “cease and "
            "desist” from using the organization’s emblem in campaign fliers",
            "American Legion",  # a body's name, without its "The"
        ),
        # BBC News (technology): "and" inside the addressee
        (
            "Sophos urged users and companies to update their anti-virus software to keep "
            "themselves protected.",
            "users and companies to update their anti-virus software to keep themselves protected",
            "Sophos",
        ),
    ],
)
def test_an_addressee_may_hold_of_and_and(text: str, content: str, speaker: str) -> None:
    assert_claim(only_claim(text, ":call"), content, name=speaker)


def test_told_someone_of_his_intention_is_no_call() -> None:
    # guard, BBC News (politics): "of his intention to ..." is what he told, not whom
    text = (
        "And that at a dinner hosted by Deputy Prime Minister John Prescott he told Mr Brown "
        "of his intention to stand down."
    )
    assert not [c for c in claims_of(text) if c.rule.endswith(":call")]


def test_a_list_of_names_before_a_participle_calls_for_it() -> None:
    # PolNeAR train (Politico, 2016): "with A, B and C all calling for ..."
    text = (
        "The 2016 Republican field is split, though, with Donald Trump, Mike Huckabee and Chris "
        "Christie all calling for a strong ethanol blending rule, while the pro-ethanol groups "
        "American Renewable Future have knocked Marco Rubio, Jeb Bush, Carly Fiorina and John "
        "Kasich as having inconsistent or undefined stances on the program."
    )
    (claim,) = [c for c in claims_of(text) if "ethanol blending" in c.text]
    assert claim.text == "a strong ethanol blending rule"
    assert claim.speaker is not None
    assert claim.speaker.mention == "Donald Trump, Mike Huckabee and Chris Christie"


def test_telling_the_story_of_someone_is_no_call() -> None:
    # guard, adapted from BBC News (entertainment), "Polar Express is based on a children's book
    # which tells the story of a young boy's journey to meet Santa Claus", with the book as the
    # subject: a story told, nobody told to do anything
    text = "The book tells the story of a young boy's journey to meet Santa Claus."
    assert not [c for c in claims_of(text) if c.rule.endswith(":call")]
