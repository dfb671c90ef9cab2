"""Golden tests: headlines that credit a speaker with a colon ("Speaker: claim").

A headline, title or sub-head that opens with a speaker and a colon credits the words after
the colon to that speaker (PolNeAR annotates these with the colon as the cue). The speaker may
carry a role ("McCain Challenger Kelli Ward:"), be a news agency's initials ("AP:"), or be
followed by the topic when nothing but the speaker's quoted words follows ("CNN President On
Trump: ‘...’"). A topic, a section or a dateline before the colon credits nobody. Passages are
paraphrased from PolNeAR train (US political news, 2015-16), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from tests.extraction import claims_of


def _headline_claims(text: str) -> list:
    """The claims a headline's shape gives: "Speaker: claim" or "Speaker Says ..."."""
    return [c for c in claims_of(text) if c.rule.endswith((":speaker-colon", ":headline"))]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "kind"),
    [
        (
            # PolNeAR train (Breitbart, 2016): a quotation opens the headline, words go on
            "Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary Private Email Server "
            "Was a Bad Idea.\n\nFormer Clinton adviser Sidney Blumenthal said on Wednesday "
            "that he had “no idea” what he would have told her.",
            "‘No Idea’ If I Would Have Told Hillary Private Email Server Was a Bad Idea",
            "Sidney Blumenthal",
            "mixed",
        ),
        (
            # PolNeAR train (Breitbart, 2016): a role before the name
            "McCain Challenger Kelli Ward: Impeach AG Lynch, ‘Stop DC at the Bathroom Door.’"
            "\n\nFormer Arizona State Senator Dr. Kelli Ward called for the impeachment of the "
            "attorney general on Friday.",
            "Impeach AG Lynch, ‘Stop DC at the Bathroom Door.’",
            "Kelli Ward",
            "mixed",
        ),
        (
            # PolNeAR train (Politico, 2016): a news agency's initials
            "AP: Trump chair routed Ukrainian money to D.C. lobbyists.\n\nDonald Trump's "
            "campaign chairman helped a pro-Russian party in Ukraine route payments to two "
            "Washington lobbying firms.",
            "Trump chair routed Ukrainian money to D.C. lobbyists",
            "AP",
            "indirect",
        ),
        (
            # PolNeAR train (HuffPost, 2015): the speaker, a topic, then only quoted words
            "CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’\n\nCNN "
            "President Jeff Zucker isn’t kowtowing to Donald Trump, who wants to be paid.",
            "We Do Not Pay Candidates To Appear At Debates.",
            "CNN President",
            "direct",
        ),
        (
            # PolNeAR train (Breitbart, 2016): a topic long enough to push the colon far out
            "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She "
            "Will.’\n\nOn CNN, Sen. Kirsten Gillibrand said Clinton would release them.",
            "I Think She Will.",
            "Kirsten Gillibrand",
            "direct",
        ),
    ],
)
def test_headline_credits_its_speaker(text: str, content: str, speaker: str, kind: str) -> None:
    found = _headline_claims(text)
    assert [(c.text, c.speaker.name, c.kind, c.rule) for c in found] == [
        (content, speaker, kind, f"{kind}:speaker-colon")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a dateline in capitals is no outlet
        "WASHINGTON: The Senate voted on the bill late on Tuesday night.\n\nThe vote was close.",
        # a headline with its own verb before the colon: no speaker and role
        "Carly Fiorina Endorses Ted Cruz: A Boost Before Florida.\n\nFiorina joined Cruz on "
        "stage in Miami.",
        # a role and a name the article never names again: a section, not a speaker
        "Senior Editor John Doe: Ten Things To Watch In Iowa Tonight.\n\nThe caucuses open "
        "at seven.",
        # a topic before the colon with unquoted words after it
        "Sanders On Wall Street: Big Banks Must Be Broken Up Now.\n\nSanders spoke in Iowa.",
        # a topic whose quoted words come from someone the article never names again
        "Focus On Health: ‘We Must Act Now.’\n\nThe health bill comes up in the Senate today.",
    ],
)
def test_no_speaker_before_the_colon(text: str) -> None:
    assert _headline_claims(text) == []


def test_long_paragraph_keeps_the_quotation_after_its_label() -> None:
    # PolNeAR train (HuffPost, 2016): a digest's label and a long quotation, words after it
    text = (
        "POLLS NOT WRONG, JUST EARLY - Mark Blumenthal and Jon Cohen: “Although the polls "
        "failed to predict the win on Tuesday night, it isn’t because they were dead wrong. "
        "They just ended too early.” The late shift among caucus goers in the final week was "
        "large, and the polls had stopped by then. [HuffPost.]"
    )
    found = [c for c in claims_of(text) if c.rule == "direct:name-colon"]
    assert [c.speaker.name for c in found] == ["Mark Blumenthal and Jon Cohen"]


def test_section_heads_naming_each_candidate_once_are_the_writers() -> None:
    # PolNeAR train (USA Today, 2016): what each candidate needs, one sub-head each
    text = (
        "Primary day in New Hampshire.\n\n"
        "Here's a look at what each candidate needs to do in Tuesday's primary.\n\n"
        "Sanders: Win in a walk.\n\nVermont Sen. Bernie Sanders has led in every poll.\n\n"
        "Cruz: Just hang on.\n\nTexas Sen. Ted Cruz won Iowa last week.\n\n"
        "Kasich: Now or never.\n\nOhio Gov. John Kasich has bet everything on the state."
    )
    assert _headline_claims(text) == []


def test_a_transcripts_speakers_come_back() -> None:
    # PolNeAR train (HuffPost, 2016): a panel's exchange, a name that speaks again
    text = (
        "MSNBC's Chris Matthews and Reuters' Luciana Lopez discussed the plan on Friday.\n\n"
        "Luciana Lopez: Saying to people ‘Wall Street speculation’ means many things.\n\n"
        "Matthews: Well, speculation is bad.\n\n"
        "The panel went on to other subjects."
    )
    assert [(c.text, c.speaker.name) for c in _headline_claims(text)] == [
        ("Saying to people ‘Wall Street speculation’ means many things", "Luciana Lopez"),
        ("Well, speculation is bad", "Chris Matthews"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # BBC (technology): a review signs off with the game's name and a subtitle
        "The game fails to live up to its name, for all its gadgets.\n\n"
        "GoldenEye: Rogue Agent is out now",
        # BBC (sport): a team sheet's replacements, a list
        "England won by ten points in Cardiff.\n\nReplacements: Priscott for Roberts (71), "
        "Green for Dowd (71), Birkett for Hart (57). Not used: Fury, Brooks",
    ],
)
def test_a_closing_colon_line_is_no_headline(text: str) -> None:
    assert _headline_claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Breitbart, 2015): a show's name and the day's theme
        "Breitbart News Daily: A World at War.\n\nThe show airs on SiriusXM every weekday.",
        # PolNeAR train (Washington Post, 2015): a question about the man the label names
        "Ted Cruz: Constitutional conservative or another typical career politician?\n\n"
        "Cruz is leading in Iowa.",
    ],
)
def test_words_describing_the_label_are_no_claim(text: str) -> None:
    assert _headline_claims(text) == []
