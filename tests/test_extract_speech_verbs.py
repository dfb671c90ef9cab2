"""Golden tests for speech verbs factdb did not know: "questioned whether", "expressed concern
that", "echoed the claim that", "implied that", "shot back", "chanted", each in the shape that
makes its content a claim; and guards for the shapes of the same verbs that are no claim
("questioned the suspect about", "expressed support for workers that", "a call echoed by
Japan", "it implies that").

Passages are short excerpts from PolNeAR train (../shared/corpora/polnear/train.jsonl), BBC
(../shared/corpora/bbc/bbc.jsonl) or ECB+ (../shared/corpora/ecbplus/ecbplus.jsonl), named per
case, or sentences written for the guard.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.types import Claim
from tests.test_extract_recall_shapes import claim_for


def claim_said_by(text: str, content: str, speaker: str) -> Claim:
    """The one claim whose content opens with `content`, said by the speaker named `speaker`."""
    claim = claim_for(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker
    return claim


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # BBC (politics): "questioned" with a wh-clause is a question put, like "asked whether"
        (
            "The Scottish Conservative Party leader, David McLetchie, questioned what would be "
            "exempted from the ban.",
            "what would be exempted from the ban",
            "David McLetchie",
            "indirect:question",
        ),
        # PolNeAR train (Washington Post, 2016-07-13)
        (
            "Judicial Watch has questioned whether the email server thwarted public laws "
            "covering the handling of government records.",
            "whether the email server thwarted public laws",
            "Judicial Watch",
            "indirect:question",
        ),
        # BBC (tech): a stance noun between the verb and "that"
        (
            "Cory Doctorow, European co-ordinator for the Electronic Frontier Foundation, "
            "expressed doubts that the Marlin system would achieve its aims.",
            "the Marlin system would achieve its aims",
            "Cory Doctorow",
            "indirect:said-that",
        ),
        # PolNeAR train (NYT, 2015-11-17): when it was put, between the noun and "that"
        (
            "Other Republicans expressed cautious optimism over the weekend that the Paris "
            "attack would snap voters out of a dalliance with untested contenders.",
            "the Paris attack would snap voters",
            "Other Republicans",
            "indirect:said-that",
        ),
        # a claim noun after "echoed"
        (
            "Giuliani echoed the claim that Clinton had shown criminal intent.",
            "Clinton had shown criminal intent",
            "Giuliani",
            "indirect:said-that",
        ),
        # ECB+ (44_7ecb)
        (
            "Hurd implied that HP will streamline costs to make the acquisition profitable for "
            "shareholders as soon as possible.",
            "HP will streamline costs",
            "Hurd",
            "indirect:said-that",
        ),
        # PolNeAR train (Breitbart, 2016-04-12): "shot back" is a retort
        (
            "Trump shot back that the journalist had not been called on.",
            "the journalist had not been called on",
            "Trump",
            "indirect:said-that",
        ),
        # PolNeAR train (Washington Post, 2015-12-04): what a crowd chants is their words
        (
            '"Hey, hey! Ho, ho! Rahm Emanuel\'s got to go!" some protesters chanted, three days '
            "after the video's release.",
            "Hey, hey! Ho, ho!",
            "some protesters",
            "direct:speaker-after",
        ),
        # ECB+ (6_8ecb): "echoed" before its speaker
        (
            '"We are not confirming," echoed a second representative.',
            "We are not confirming",
            "a second representative",
            "direct:cue-beside",
        ),
    ],
)
def test_a_new_speech_verb_in_its_own_shape_is_a_claim(
    text: str, content: str, speaker: str, rule: str
) -> None:
    claim = claim_said_by(text, content, speaker)
    assert claim.rule == rule


def test_a_question_in_a_relative_clause_ends_before_the_main_verb() -> None:
    # PolNeAR train (Washington Post, 2016-05-29): the main clause's own claim is kept
    text = (
        "Trump, who previously questioned whether Curiel's Hispanic heritage made him biased, "
        'said Friday that Curiel "happens to be, we believe, Mexican."'
    )
    question = claim_for(text, "whether Curiel")
    assert question.text.endswith("made him biased")
    assert claim_for(text, "happens to be").speaker.name == "Trump"


def test_a_noun_like_cue_inside_a_question_does_not_cut_it() -> None:
    # PolNeAR train (Washington Post, 2016-01-07): "comments" is a noun here
    text = "Some Germans are questioning whether their online comments could be taken down."
    claim = claim_for(text, "whether")
    assert claim.text == "whether their online comments could be taken down"


@pytest.mark.parametrize(
    "text",
    [
        # an interrogation, not a question put in public
        "Police questioned the suspect about the murder.",
        # "that" opens a relative clause, not what was expressed
        "The company expressed support for the workers that lost their jobs.",
        # PolNeAR train (Washington Post, 2016-09-07): "that" is a determiner
        "Republican legislators have questioned that determination, waging an aggressive "
        "campaign to get the FBI to release more information.",
        # PolNeAR train (HuffPost, 2016-06-04): a reduced passive; the call is no speaker
        "The United States has been lobbying Asian countries to back the statement, a call "
        "echoed by Japan on Saturday.",
        # ECB+ (43_9ecbplus): an inference, nobody speaks
        "If we assume revenues of 50 million dollars, it implies that AMD expects revenues to "
        "grow by 43 percent.",
        # ECB+ (25_7ecb): the writer's clause before "expressed" is nobody's words
        "Payton pulled Bush in the second half of the loss to the Bears and following the "
        "game, Bush expressed frustration with the move.",
    ],
)
def test_a_new_speech_verb_outside_its_shape_is_no_claim(text: str) -> None:
    assert extract_article(text).claims == []


def test_he_does_not_stand_for_a_crowd() -> None:
    # PolNeAR train (Washington Post, 2016-07-22): a crowd that chanted is many people
    text = (
        'Trump spoke for an hour. The crowd chanted back at him, "Send them home." '
        '"I have a message to every last person threatening the peace," he said.'
    )
    claim = claim_for(text, "I have a message")
    assert claim.speaker is None or claim.speaker.name != "The crowd"


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # PolNeAR train (HuffPost, 2016-01-12): how a source worded it, then its words
        (
            "As Vulture put it, “Hello, it’s the Biebs.”",
            "Hello, it’s the Biebs.",
            "Vulture",
            "direct:speaker-before",
        ),  # fmt: skip
        # PolNeAR train (Washington Post, 2016-03-18): a colon after the frame
        (
            'As John Cornyn put it: "This person will not be confirmed."',
            "This person will not be confirmed.",
            "John Cornyn",
            "direct:speaker-before",
        ),
        # the main clause of an opening "as" clause
        ("As Smith put it, the plan is dead.", "the plan is dead", "Smith", "indirect:as-source"),
        # the main clause of a closing "as" clause
        ("The plan is dead, as Smith put it.", "The plan is dead", "Smith", "indirect:as-source"),
        # a quotation with "as" before its source: "as" names no one
        ('"The plan is dead," as Smith noted.', "The plan is dead", "Smith", "direct:cue-beside"),
    ],
)
def test_as_someone_put_it_frames_their_words(
    text: str, content: str, speaker: str, rule: str
) -> None:
    claim = claim_said_by(text, content, speaker)
    assert claim.rule == rule


def test_put_it_with_no_words_reported_is_no_claim() -> None:
    assert extract_article("Smith put it up for sale after the company lost money.").claims == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (HuffPost, 2015-12-08): what is cited, as what
        (
            "Back in 2009 and 2010, the Congressional Budget Office cited the tax as a major "
            "reason it thought the law would end up reducing the deficit.",
            "the tax as a major reason",
            "Congressional Budget Office",
        ),
        # PolNeAR train (NYT, 2016-06-17)
        (
            "Mr. Peck and Mr. Mahaney cited Alphabet as the most likely buyer.",
            "Alphabet as the most likely buyer",
            "Mr. Peck and Mr. Mahaney",
        ),
        # PolNeAR train (Politico, 2016-06-22)
        (
            "Tester still pointed to the GOP as the key obstacle in advancing gun measures.",
            "the GOP as the key obstacle",
            "Tester",
        ),
        # PolNeAR train (NYT, 2016)
        (
            "Admiral Harris refers to those islands as Chinese bases.",
            "those islands as Chinese bases",
            "Harris",
        ),
    ],
)
def test_cited_or_pointed_to_as_something_is_a_characterisation(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_said_by(text, content, speaker)
    assert claim.rule == "indirect:characterisation"


def test_pointed_to_the_fact_that_reports_the_clause() -> None:
    # BBC (business): "the fact that" after the phrase
    text = (
        "Ministers pointed to the fact that consumer spending had been depressed by one-off "
        "factors such as the unseasonably mild winter."
    )
    claim_said_by(text, "consumer spending had been depressed", "Ministers")


def test_a_characterisation_ends_at_the_writers_contrast() -> None:
    # ECB+ (7_3ecb): ", but now ..." is the writer's
    text = (
        "Bowe cited brain injury from boxing blows as the reason for his bad behavior, but now "
        "that brain damage has disappeared apparently."
    )
    claim = claim_for(text, "brain injury")
    assert claim.text.endswith("his bad behavior")


@pytest.mark.parametrize(
    "text",
    [
        # BBC (business): "points to" growth: no one speaks, and "as" opens a clause
        "However, a slower-than-expected fourth quarter points to more modest growth for the "
        "economy in 2005 as global technology demand falls back.",
        # BBC (business): "that" is a determiner, not the content
        "Analysts, however, pointed to the dollar's inability recently to extend that rally "
        "despite positive data.",
        # ECB+ (28_5ecbplus): a passive phrase names no speaker
        'They became so close that they were often referred to as one person, "Magrue."',
        # ECB+ (43_3ecbplus): "such as" lists, it does not characterise
        "Su spoke at length, referring to original equipment manufacturers such as Dell and HP.",
    ],
)
def test_cited_or_pointed_to_outside_its_shape_is_no_claim(text: str) -> None:
    assert extract_article(text).claims == []


def test_a_second_predicate_keeps_the_first_ones_speaker() -> None:
    # BBC (politics): "Tory" opens the subject, Oliver Letwin is who speaks
    text = (
        "Meanwhile, Tory shadow chancellor Oliver Letwin accused Mr Blair of misrepresenting "
        "the party's proposals and questioned how Labour would fund its own plans."
    )
    accusation = claim_for(text, "Mr Blair of misrepresenting")
    assert accusation.text.endswith("the party's proposals")
    question = claim_for(text, "how Labour would fund")
    assert question.speaker is not None and question.speaker.name == "Oliver Letwin"


def test_what_someone_posted_is_their_words() -> None:
    # PolNeAR train (West Journal, 2015-12-16)
    text = "“Note to muslim terrorists: Over my dead body,” Palin posted via Facebook Monday."
    claim_said_by(text, "Note to muslim terrorists", "Palin")
    # BBC-style business news: a profit posted is no statement, nor its relative clause
    assert extract_article("The company posted a profit that beat forecasts.").claims == []


def test_a_message_posted_on_a_site_is_a_long_subject() -> None:
    # ECB+ (18_5ecbplus): "posted Monday" describes the message, it is no cue of its own
    text = (
        "A message posted Monday afternoon on the accounting firm’s Web site said the office "
        "would be closed Tuesday in memory of Madeline Kafoury."
    )
    claim = claim_for(text, "the office would be closed")
    assert claim.speaker is not None and claim.speaker.mention.startswith("A message posted")


def test_a_participle_coordinated_with_another_speaks_for_the_subject() -> None:
    # PolNeAR train (Politico, 2015-11-19): "and suggesting" after ", painting"
    text = (
        "Donald Trump has sought to bolster his credibility as a tough enforcer, painting others "
        "as weak and suggesting that he would do whatever it took to stop a similar attack."
    )
    claim_said_by(text, "he would do whatever it took", "Donald Trump")
    # BBC (business): "adding" after "and" is a deed as often as speech
    text = (
        "GlaxoSmithKline believes that by coating the pills in a red dye and adding new codes "
        "on the packaging, then this trade can be substantially reduced."
    )
    assert claim_for(text, "by coating the pills").rule == "indirect:belief"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC (business): the words before the one who quotes
        (
            "“We're mourning the passing of a great company,” the agency quoted Peoplesoft "
            "worker David Ogden as saying.",
            "We're mourning the passing",
            "David Ogden",
        ),
        # BBC (business): the words after "as saying"
        (
            "A weekend report in the Telegraph had quoted an unnamed executive at Euronext as "
            "saying the group would make a cash bid to trump Deutsche Boerse's offer.",
            "the group would make a cash bid",
            "an unnamed executive",
        ),
        # PolNeAR train (Washington Post, 2016-07-15)
        (
            "CNN quoted an American witness as saying he saw one person in the large white "
            "truck and heard gunfire.",
            "he saw one person",
            "an American witness",
        ),
        # the passive: the subject was quoted
        ("Smith was quoted as saying the plan had failed.", "the plan had failed", "Smith"),
        # BBC (business): the paper named after "by" only quotes him
        (
            "Chief executive Geoff Dixon was quoted by The Australian newspaper as saying the "
            "carrier could no longer afford to remain all-Australian.",
            "the carrier could no longer afford",
            "Geoff Dixon",
        ),
        # ECB+: the quotation before the one quoted, over her post and the agency after
        (
            "“I am very sure it will be considered... we take it very, very seriously,” "
            "Gabriela Shalev, Israel's ambassador to the UN, was quoted as saying by Reuters.",
            "I am very sure it will be considered",
            "Gabriela Shalev",
        ),
        # ECB+: the passive with a name after a post, the words after "as saying"
        (
            "Heidar Alishvandi, the governor of Qeshm, was quoted by state-run television as "
            "saying rescue teams were deployed to the affected area.",
            "rescue teams were deployed",
            "Heidar Alishvandi",
        ),
    ],
)
def test_whoever_is_quoted_as_saying_is_the_speaker(text: str, content: str, speaker: str) -> None:
    claim = claim_said_by(text, content, speaker)
    assert claim.rule.endswith(":quoted-as-saying")
