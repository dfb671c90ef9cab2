"""Golden tests for speech acts told with "make" and a noun of speech: a plea or an appeal made
for something is a call on others ("made a plea for the GOP to unite"), a reference made to
something is a mention ("made veiled references to Rubio's record"), and comments, remarks or
statements made about something are remarks on that topic ("made comments about the
possibility of voter fraud"); the phrases are in lexicons/cue_phrases.txt.

Passages are short paraphrases of PolNeAR train (US political news, 2016) and BBC News
(British news, 2004-05) sentences, the corpus named with each case, with guard cases for the
near shapes that must stay without a claim.
"""

from __future__ import annotations

import pytest

from tests.extraction import claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # PolNeAR train (Politico): a plea for others to act, read like "pleaded for"
        (
            "Trump made a plea for the GOP to unite behind him.",
            "the GOP to unite behind him",
            "Trump",
            "indirect:call",
        ),
        # BBC News (politics): an appeal made for something
        (
            "Gordon Brown has made an appeal for unity after reports claimed Mr Blair broke a pledge.",
            "unity",
            "Gordon Brown",
            "indirect:call",
        ),
        # PolNeAR train (Huffington Post): a call made, with a word that makes it a demand
        (
            "Two survivors of the shooting made an impassioned call for love and racial unity.",
            "love and racial unity",
            "Two survivors of the shooting",
            "indirect:call",
        ),
        # PolNeAR train (Washington Post): references made, read like "mentioned"
        (
            "Cruz has made veiled references to Rubio's spotty Senate voting record.",
            "Rubio's spotty Senate voting record",
            "Cruz",
            "indirect:mention",
        ),
        # PolNeAR train (Washington Post): one reference, after "also"
        (
            "Clinton also made a reference to Comey's testimony on the emails.",
            "Comey's testimony on the emails",
            "Clinton",
            "indirect:mention",
        ),
        # PolNeAR train (Breitbart): comments made about a topic
        (
            "Donald Trump has recently made comments about the possibility of voter fraud.",
            "the possibility of voter fraud",
            "Donald Trump",
            "indirect:remark",
        ),
        # PolNeAR train (Western Journal): the subject's second act, after "and"
        (
            "Trump talked about the stock market and made comments about U.S. foreign policy.",
            "U.S. foreign policy",
            "Trump",
            "indirect:remark",
        ),
    ],
)
def test_a_speech_act_made_with_a_noun_of_speech(
    text: str, content: str, speaker: str, rule: str
) -> None:
    (claim,) = [c for c in claims_of(text) if c.cue is not None and "made" in c.cue.text]
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.kind == "indirect"
    assert claim.rule == rule


@pytest.mark.parametrize(
    "text",
    [
        # guard: comments made about "it" say their topic in the sentence before
        "He made comments about it later.",
        # guard: comments made to someone name no topic
        "The minister made comments to reporters outside the court.",
        # guard: the plain verb "remarked on" is no remark read through "about"
        "The senator remarked on the weather.",
        # guard: an appeal to a court is no plea for anything
        "The firm made an appeal to the High Court last week.",
        # guard: a call made on the telephone, no call for anything
        "She made a phone call for help from the car.",
        "She made a call for help from the car.",
    ],
)
def test_no_speech_act_made(text: str) -> None:
    assert not [c for c in claims_of(text) if c.cue is not None and "made" in c.cue.text]


def test_a_role_and_a_name_inside_a_relative_characterise() -> None:
    # PolNeAR train (NYT): the role, then the name, between "that" and "called"
    text = (
        "That view has upended decades of party orthodoxy toward Russia, a country that the "
        "previous Republican presidential nominee, Mitt Romney, called ''our No.1 "
        "geopolitical foe.''"
    )
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":characterisation")]
    assert claim.text == "our No.1 geopolitical foe"
    assert claim.speaker is not None and claim.speaker.name == "Mitt Romney"
    assert claim.kind == "direct"


def test_a_name_called_by_a_role_and_a_name_is_no_characterisation() -> None:
    # guard: a title-case name the thing goes by is no judgement
    text = "He joined a fund that its chief executive, John Smith, called ''Blue Horizon.''"
    assert not [c for c in claims_of(text) if c.rule.endswith(":characterisation")]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        # PolNeAR train (Breitbart): the quotation is the one who says it, not the one asking
        (
            "At one point, a woman asked for a photo and Clinton said, “as long as we are not "
            "violating any election laws.”",
            "as long as we are not violating any election laws.",
            "Clinton",
            "said",
        ),
        # a reply after a colon, with an adverb before the verb
        (
            "The reporter asked him about the plan and Mr. Trump then said: “It is great.”",
            "It is great.",
            "Trump",
            "then said",
        ),
    ],
)
def test_a_quotation_after_a_request_is_the_next_speakers(
    text: str, content: str, speaker: str, cue: str
) -> None:
    (claim,) = [c for c in claims_of(text) if c.kind == "direct"]
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.cue is not None and claim.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        # after PolNeAR train (Washington Post): another speaker's characterisation after "and"
        "Ryan said he was encouraged and Trump called it a great meeting.",
        # the same after a closing quotation mark
        "Ryan said he was “very encouraged” and Trump called it a “great meeting.”",
    ],
)
def test_a_said_clause_ends_before_another_speakers_characterisation(text: str) -> None:
    claims = claims_of(text)
    (said,) = [c for c in claims if c.cue is not None and c.cue.text == "said"]
    assert "Trump" not in said.text
    (called,) = [c for c in claims if c.rule.endswith(":characterisation")]
    assert called.speaker is not None and called.speaker.name == "Trump"
    assert called.text.startswith("it a ")


def test_questions_asked_about_a_topic() -> None:
    # PolNeAR train (Washington Post): the topic after "about", as for "asked about"; the
    # assertion inside it stays the one who asserted it
    text = (
        "A number of readers have asked questions about Clinton's assertion that 90 to 95 "
        "percent of the e-mails were in the State Department system."
    )
    claims = claims_of(text)
    (question,) = [c for c in claims if c.rule.endswith(":question")]
    assert question.text.startswith("Clinton's assertion that 90 to 95 percent")
    assert question.speaker is not None and question.speaker.name == "A number of readers"
    assert not [
        c for c in claims if c.rule.endswith(":said-that") and c.text.startswith("90 to 95")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # after PolNeAR train (Washington Post): a day between the speaker and "called"
        (
            "Trump on Tuesday called undocumented immigrants “rapists.”",
            "undocumented immigrants “rapists.”",
        ),
        ("Trump last week called Cruz a liar.", "Cruz a liar"),
    ],
)
def test_a_characteriser_before_a_time(text: str, content: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":characterisation")]
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == "Trump"


def test_a_thing_before_a_time_characterises_nothing() -> None:
    # guard: a plan is no speaker, whatever the day
    text = "The plan on Tuesday called the tax a burden."
    assert not [c for c in claims_of(text) if c.rule.endswith(":characterisation")]
