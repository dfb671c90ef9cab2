"""Golden tests: stray words around a speaker's name (factdb/extract/speakers.py
`split_role_and_name`, `_without_glued_descriptor`, `_possessor_and_name`,
`_without_place_after`).

A journalist queries `quotes --speaker "Matt Williams"`; a name with a stray word in it is a
lost query. A sentence may open with what a person is or how they felt, capitalised only by
its place and glued to the full name ("Defiant Matt Williams says", "Keeper Tony Bullock
said", "Angels GM Tony Reagins confirmed"): the word is the role, or nothing, and never part of
the name. A body's possessive before a full name says where the person works, though the
body's name holds a link ("Ernst and Young's Sanjay Mehta", "War on Want's John Hilary") or
ends in a plural's bare mark ("Sky Networks' Sophie Turner Laing"), and a place after a full
name is where the person is ("The BBC's Zubair Ahmed in Mumbai"). The guards keep names that
open with a word that may be a given name ("Iain Duncan Smith"), bodies and offices.
Passages are quoted or paraphrased from BBC News (British news, 2004-05), ECB+ (news of many
outlets) and PolNeAR train (US political news, 2016), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from tests.extraction import claim_with


@pytest.mark.parametrize(
    ("text", "content", "name", "role"),
    [
        (  # BBC News (sport): a mood, neither name nor role
            "Defiant Matt Williams says he will not quit as Scotland coach even if his side "
            "slump to a new low with defeat by Italy.",
            "he will not quit as Scotland coach even if his side slump to a new low with "
            "defeat by Italy",
            "Matt Williams",
            None,
        ),
        (  # BBC News (sport): a player's position
            "Keeper Tony Bullock said the players were all behind the manager.",
            "the players were all behind the manager",
            "Tony Bullock",
            "Keeper",
        ),
        (  # BBC News (sport): a middle name kept
            'Goalscorer Jimmy Floyd Hasselbaink added: "We did not play well at all."',
            "We did not play well at all.",
            "Jimmy Floyd Hasselbaink",
            "Goalscorer",
        ),
        (  # BBC News (politics): a party of two words
            "Fellow Lib Dem Norman Baker said the episode painted an unflattering picture.",
            "the episode painted an unflattering picture",
            "Norman Baker",
            "Fellow Lib Dem",
        ),
        (  # BBC News (business): an office written with a hyphen
            "But US Treasury Under-Secretary John Taylor said the US could not support the scheme.",
            "the US could not support the scheme",
            "John Taylor",
            "US Treasury Under-Secretary",
        ),
        (  # ECB+ (baseball): an office's abbreviation after the team
            "Angels GM Tony Reagins said he is no longer pursuing Teixeira.",
            "he is no longer pursuing Teixeira",
            "Tony Reagins",
            "Angels GM",
        ),
        (  # PolNeAR train (USA Today): where someone works from is no role
            '"Carson is cratering," Texas-based Matt Mackowiak said.',
            "Carson is cratering,",
            "Matt Mackowiak",
            None,
        ),
        (  # ECB+ (Apple keynote): an office's abbreviation, the mention starting at it
            "Next, global marketing VP Phil Schiller said the MacBook line would be updated.",
            "the MacBook line would be updated",
            "Phil Schiller",
            "VP",
        ),
    ],
    ids=["mood", "position", "middle-name", "party", "hyphen-office", "team-gm", "based", "vp"],
)
def test_a_describing_word_comes_off_the_name(
    text: str, content: str, name: str, role: str | None
) -> None:
    speaker = claim_with(text, content).speaker
    assert speaker is not None
    assert (speaker.name, speaker.role) == (name, role)


def test_a_later_surname_finds_the_name_without_the_word() -> None:
    # BBC News (sport): "Mirza" is filed under the full name the sentence opened with
    text = (
        "Teenager Sania Mirza took the second set against the top seed in Hyderabad. "
        "Mirza said she was proud of the crowd."
    )
    speaker = claim_with(text, "she was proud of the crowd").speaker
    assert speaker is not None and speaker.name == "Sania Mirza"


@pytest.mark.parametrize(
    ("text", "content", "name", "organization"),
    [
        (  # BBC News (business): a link inside the firm's name
            '"The relaxation could really ignite interest in the industry," added Ernst and '
            "Young's Sanjay Mehta.",
            "The relaxation could really ignite interest in the industry,",
            "Sanjay Mehta",
            "Ernst and Young",
        ),
        (  # BBC News (politics): a charity's name with "on"
            'War on Want\'s John Hilary said: "Compassionate rhetoric cannot disguise it."',
            "Compassionate rhetoric cannot disguise it.",
            "John Hilary",
            "War on Want",
        ),
        (  # BBC News (entertainment): the bare mark of a plural
            '"We are honoured to have won the rights," said Sky Networks\' Sophie Turner Laing.',
            "We are honoured to have won the rights,",
            "Sophie Turner Laing",
            "Sky Networks",
        ),
    ],
    ids=["and", "on", "bare-mark"],
)
def test_a_bodys_possessive_before_a_full_name(
    text: str, content: str, name: str, organization: str
) -> None:
    speaker = claim_with(text, content).speaker
    assert speaker is not None
    assert (speaker.name, speaker.organization) == (name, organization)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (  # BBC News (politics): a given name no lexicon lists, not a describing word
            "Iain Duncan Smith said the plans would cost too much.",
            "the plans would cost too much",
            "Iain Duncan Smith",
        ),
        (  # PolNeAR train: a middle name after a given name
            "Cornell William Brooks said the law would keep voters away.",
            "the law would keep voters away",
            "Cornell William Brooks",
        ),
        (  # ECB+ (Reuters): a body after where it is based stays the body's name
            "New York-based Human Rights Watch said Turkmenistan had made some progress.",
            "Turkmenistan had made some progress",
            "New York-based Human Rights Watch",
        ),
        (  # BBC News (business): an office, no person's name, after the country's word
            "The Indonesian Economics Minister explained that the money was for rebuilding.",
            "the money was for rebuilding",
            "The Indonesian Economics Minister",
        ),
        (  # ECB+ (Sudan): a person of a body with "of" in it, not the body's "Purse"
            "As Isaacs of Samaritan's Purse contends, the government denied any bombing.",
            "the government denied any bombing",
            "Isaacs of Samaritan's Purse",
        ),
        (  # BBC News (entertainment): a body named with a plural's bare mark
            "The stance is endorsed by the Music Managers' Forum, who say British artists "
            "face an uphill struggle.",
            "British artists face an uphill struggle",
            "Music Managers' Forum",
        ),
        (  # BBC News (business): a possessive firm, as before
            '"Sales will fall," said Deutsche Bank\'s Simon Champion.',
            "Sales will fall,",
            "Simon Champion",
        ),
    ],
    ids=["iain", "middle-name", "based-body", "office", "of-body", "plural-body", "owner"],
)
def test_names_that_keep_their_words(text: str, content: str, name: str) -> None:
    speaker = claim_with(text, content).speaker
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("text", "content", "name", "organization"),
    [
        (  # BBC News (entertainment): a correspondent and where she files from
            "The BBC's Zubair Ahmed in Mumbai says that the controversial film shows a priest "
            "in steamy scenes.",
            "the controversial film shows a priest in steamy scenes",
            "Zubair Ahmed",
            "BBC",
        ),
        (  # BBC News (politics): a reader and where he lives
            "Andrew Smith in Derby says the minimum wage rise is blatant electioneering.",
            "the minimum wage rise is blatant electioneering",
            "Andrew Smith",
            None,
        ),
    ],
    ids=["correspondent", "reader"],
)
def test_a_place_after_a_full_name_is_no_part_of_it(
    text: str, content: str, name: str, organization: str | None
) -> None:
    speaker = claim_with(text, content).speaker
    assert speaker is not None
    assert (speaker.name, speaker.organization) == (name, organization)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (  # BBC News (politics): a first name alone keeps its place, which tells readers apart
            "Andrew in Derby complains that raising the minimum wage is blatant electioneering.",
            "raising the minimum wage is blatant electioneering",
            "Andrew in Derby",
        ),
        (  # ECB+ (BlackBerry): a body's own "in"
            "Research in Motion today announced that T-Mobile USA will start selling the phone.",
            "T-Mobile USA will start selling the phone",
            "Research in Motion",
        ),
    ],
    ids=["first-name", "body"],
)
def test_an_in_that_stays(text: str, content: str, name: str) -> None:
    speaker = claim_with(text, content).speaker
    assert speaker is not None and speaker.name == name
