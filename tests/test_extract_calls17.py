"""Golden tests: a call put out with a verb of its own ("made an unprompted call for", "joined
calls for", "repeated calls for"; attribution/nominal_claims.py, `_put_out_calls`), where
what a call is for ends (`_call_end`), and a case made with words of its own or to someone
before its "that" (`_cases_made`: "is making an impassioned case that"). A characteriser
before a setting with an owner and no commas ("Trump in his announcement speech called ...";
attribution/characterisations.py, `_ASIDE_BEFORE_CUE`), as before "in a speech". A characterising verb in the progressive
("is labeling Obama's actions "..."") is finite, its subject the speaker, as for "labeled";
never a passive nor "'s" after a name (a possessive). "Contrast" is a verb of comparison like
"compare" ("contrasted her efforts in Libya with ..."; lexicons reporting_verbs.txt,
verb_classes.txt; verbs.py, `_contrast_no_act`), never the noun ("By contrast, ...", "in stark
contrast") nor the verb without an object ("This contrasts sharply with ..."). "Labels" and
"brands" after a lower-case noun head a compound ("40 record labels turned up"), no verb.

The subject of the verb is the caller, as it is of "called for"; the words between the verb and
the noun are the call's own modifiers, in lower case ("renewed Republican calls for" names other
callers), never a telephone's ("a conference call"). A thing as subject calls for nothing ("The
attack renewed calls for tighter security"). What is called for ends before the writer's words
after it: a time it was made at, a clause of time or reason, or the caller's next act in a
participle (", calling them ...").
Passages are quoted or paraphrased from PolNeAR train (US political news, 2016) and BBC News
(British news, 2004-05), the corpus named with each case.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        (
            # PolNeAR train (Washington Post, 2015-11-13): a modifier the phrase list lacked
            "During Tuesday night's debate, Sen. Ted Cruz made an unprompted call for an end to "
            'sugar subsidies, calling them "corporate welfare."',
            "an end to sugar subsidies",
            "Ted Cruz",
            "indirect:nominal",
        ),
        (
            # BBC News (politics): joining others' calls
            "Earlier, Conservative MP Michael Mates joined calls for a probe into claims Lord "
            "Goldsmith's statement to Parliament was drawn up at Number 10.",
            "a probe into claims Lord Goldsmith's statement to Parliament was drawn up at "
            "Number 10",
            "Michael Mates",
            "indirect:nominal",
        ),
        (
            # BBC News (politics): repeating them
            "Prime Minister Tony Blair repeated calls for the mayor to apologise for likening the "
            "reporter to a concentration camp guard.",
            "the mayor to apologise for likening the reporter to a concentration camp guard",
            "Tony Blair",
            "indirect:nominal",
        ),
        (
            # PolNeAR train (Politico, 2015-11-11): the call by its noun, before a time and the
            # participle of another speaker's characterisation
            'Hillary Clinton blasted Donald Trump\'s call for a "deportation force" '
            'on Wednesday, calling it "absurd."',
            'a "deportation force"',
            "Donald Trump",
            "mixed:nominal",
        ),
    ],
)
def test_a_call_put_out_is_its_subjects(text: str, content: str, speaker: str, rule: str) -> None:
    assert_said(text, content, speaker, rule)


@pytest.mark.parametrize(
    "text",
    [
        # a thing renews the calls: nobody's
        "The attack in Paris renewed calls for tighter security at European airports.",
        # a telephone's call
        "Chief executive John Smith made a conference call for investors on Tuesday.",
        # negated
        "Senator John Smith did not make a call for a ban on the imports.",
        # a call for help is no demand of anyone
        "The injured climber John Smith made a call for help from the mountain.",
    ],
)
def test_no_call_put_out(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith(":nominal")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (New York Times, 2016-02-25): modifiers and an addressee between
            "With that hazardous map in mind, Senator Marco Rubio's campaign is making an "
            "increasingly explicit, urgent and desperate case to the party's electorate that it "
            "is time to unite behind his candidacy.",
            "it is time to unite behind his candidacy",
            "Senator Marco Rubio's campaign",
        ),
        (
            # paraphrased from PolNeAR train (USA Today, 2016): one modifier
            "Vermont Sen. Bernie Sanders is making an impassioned case that he is the Democrat "
            "who can best address the nation's problems.",
            "he is the Democrat who can best address the nation's problems",
            "Bernie Sanders",
        ),
    ],
)
def test_a_case_made_with_words_between_is_argued(text: str, content: str, speaker: str) -> None:
    assert_said(text, content, speaker, "indirect:nominal")


@pytest.mark.parametrize(
    "text",
    [
        # a negated case
        "Senator John Smith did not make a strong case that the plan works.",
        # a relative clause on the noun
        "Senator John Smith made a compelling case that was ignored by the committee.",
    ],
)
def test_no_case_made(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith(":nominal")]


def test_a_characteriser_before_his_speech() -> None:
    # PolNeAR train (Huffington Post, 2016-07-18)
    text = (
        "The rejection of the party's received wisdom was complete when Donald Trump in his "
        "announcement speech called undocumented immigrants from Mexico \u201crapists\u201d "
        "(although he allowed that some might be good people) and promised to build a wall."
    )
    assert_said(
        text,
        "undocumented immigrants from Mexico \u201crapists\u201d",
        "Donald Trump",
        "mixed:characterisation",
    )


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Breitbart, 2016-01-05)
            "Former Arkansas Gov. Mike Huckabee, for his part, is labeling Obama\u2019s actions "
            "\u201ca blatant, belligerent abuse of power.\u201d",
            "Obama\u2019s actions \u201ca blatant, belligerent abuse of power.\u201d",
            "Mike Huckabee",
        ),
        (
            # paraphrased from PolNeAR train (Washington Post, 2016): unquoted, an adjective
            "Donald Trump is calling the former secretary of state dishonest.",
            "the former secretary of state dishonest",
            "Donald Trump",
        ),
    ],
)
def test_a_progressive_characterisation(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.rule.endswith(":characterisation")


@pytest.mark.parametrize(
    "text",
    [
        # a meeting called, the police called: no characterisation
        "Donald Trump is calling a meeting to discuss options.",
        "Mr Smith is calling the police about the theft.",
    ],
)
def test_no_progressive_characterisation(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith(":characterisation")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Western Journal, 2016-03-15)
            "Hillary Clinton defended her record. She then contrasted her efforts in Libya with "
            "the feckless American response to the Syrian civil war.",
            "her efforts in Libya with the feckless American response to the Syrian civil war",
            "Hillary Clinton",
        ),
        (
            # BBC News (politics)
            "In his speech, Mr Blair contrasted a reformed Labour party with a hidebound Tory "
            "party. Prime Minister Tony Blair spoke for an hour.",
            "a reformed Labour party with a hidebound Tory party",
            "Tony Blair",
        ),
        (
            # PolNeAR train (Breitbart, 2016-07-27): the participle
            "US President Barack Obama will spearhead a Democratic effort to paint Donald Trump "
            "as unfit to be commander-in-chief Wednesday, contrasting the Republican nominee with "
            "his vastly more experienced rival Hillary Clinton.",
            "the Republican nominee with his vastly more experienced rival Hillary Clinton",
            "Barack Obama",
        ),
    ],
)
def test_a_contrast_drawn_is_a_comparison(text: str, content: str, speaker: str) -> None:
    assert_said(text, content, speaker, "indirect:comparison")


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (technology): the noun
        "By contrast Netcraft's four monitoring stations in the US managed to view the site "
        "with no problems.",
        "By contrast, the country that Republican presidential candidates will depict is a "
        "darker place.",
        "In stark contrast, Senator John Smith stayed at home.",
        # no object: things alike or unlike, nobody compares
        "The senator's record contrasts sharply with that of Hillary Clinton.",
    ],
)
def test_no_contrast_drawn(text: str) -> None:
    assert not [c for c in claims_of(text) if c.cue is not None and "ontrast" in c.cue.text]


def test_record_labels_characterise_nothing() -> None:
    # BBC News (entertainment)
    text = (
        "The buzz about the band soon spread around the music industry and 40 record labels "
        'turned up to one gig in Glasgow - which the band thought was "totally ridiculous".'
    )
    assert not [c for c in claims_of(text) if c.rule.endswith(":characterisation")]


def test_a_name_still_labels() -> None:
    assert_said(
        'Senator John Smith often labels the plan "a disaster".',
        'the plan "a disaster"',
        "John Smith",
        "mixed:characterisation",
    )
