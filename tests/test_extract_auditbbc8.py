"""Golden tests for the families of wrong speakers an attribution audit of BBC claims found.

An organisation, a place or an adjective before a role and a name after the cue ("said SEPA
vice-director Pan Yue", "said Cobain biographer Charles Cross", "said Spanish teenager Nadal")
named the organisation, the place or the adjective, or the person the role is about, when the
role was a compound, an epithet or a word no lexicon lists: the person named after it speaks.

Passages are real sentences, or short excerpts of them, from BBC (2004-05), PolNeAR train and
ECB+ (../shared/corpora/), each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claim_with


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC business/472: a compound role ("vice-director") after the agency's initials
        (
            '"Construction of these projects has started without approval of the assessment of '
            'their environmental impact," said SEPA vice-director Pan Yue, in a statement on the '
            "agency's website.",
            "Construction of these projects has started without approval of the assessment of "
            "their environmental impact,",
            "Pan Yue",
        ),
        # BBC entertainment/155: the biographer speaks, not the subject of the biography
        (
            '"This is not Nirvana unplugged. It\'s Nirvana unedited," said Cobain biographer '
            "Charles Cross.",
            "This is not Nirvana unplugged. It's Nirvana unedited,",
            "Charles Cross",
        ),
        # BBC entertainment/381: a role no lexicon lists after a state's name
        (
            "\"It's incredible. He's so clean cut and soft-spoken,\" said Florida state archivist "
            "Jody Norman.",
            "It's incredible. He's so clean cut and soft-spoken,",
            "Jody Norman",
        ),
        # BBC sport/341: the team's physio, not the team
        (
            '"He will not figure in the Scotland game and is now thought unlikely to be ready for '
            'the final game," said Wales physio Mark Davies.',
            "He will not figure in the Scotland game and is now thought unlikely to be ready for "
            "the final game,",
            "Mark Davies",
        ),
        # BBC sport/508: an epithet and a surname alone after a nationality
        (
            '"It\'s always a problem to have to stop for rain but one gets used to it," said '
            "Spanish teenager Nadal.",
            "It's always a problem to have to stop for rain but one gets used to it,",
            "Nadal",
        ),
        # ECB+ 2_10ecbplus: trade-press slang for a president after the company's name
        (
            "“It is an honor to welcome back Ellen DeGeneres as the host,” said ABC Entertainment "
            "Group prexy Paul Lee.",
            "It is an honor to welcome back Ellen DeGeneres as the host,",
            "Paul Lee",
        ),
    ],
)
def test_the_person_after_a_role_speaks(text: str, content: str, speaker: str) -> None:
    assert_said(text, content, speaker, "direct:speaker-after")


def test_a_role_before_the_name_is_kept_as_the_role() -> None:
    # BBC business/472: the agency and the post are what the speaker is
    claim = claim_with(
        '"They are typical illegal projects," said SEPA vice-director Pan Yue, in a statement.',
        "They are typical illegal projects,",
    )
    assert claim.speaker is not None
    assert claim.speaker.role == "SEPA vice-director"


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # guard: a listed role already worked (BBC business/409)
        (
            '"We\'re comfortable with the price paid," said Standard Chartered chief executive '
            "Mervyn Davies at a London press conference.",
            "We're comfortable with the price paid,",
            "Mervyn Davies",
            "direct:speaker-after",
        ),
        # guard: a verb between two names is no role ("Officials said Trump met ...")
        (
            "Officials said Kerry met Ariel Sharon.",
            "Kerry met Ariel Sharon",
            "Officials",
            "indirect:said-clause",
        ),
        # guard: "experts like Paul Bauman" are experts (PolNeAR train, New York Times, 2016)
        (
            "Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian "
            "geophysicist, is the ground itself.",
            "Part of the problem in detecting tunnels",
            "experts",
            "indirect:speaker-after",
        ),
    ],
)
def test_what_is_no_role_before_a_name(text: str, content: str, speaker: str, rule: str) -> None:
    assert_said(text, content, speaker, rule)


def test_a_heading_before_a_name_opens_no_speaker() -> None:
    # ECB+ 23_5ecbplus: "Extreme caution" is a heading run into the sentence; the agency says it
    text = (
        "Extreme caution Mr Buckley, originally from Essex in the UK, lived in New Zealand, says "
        "the Press Association news agency."
    )
    claim = claim_with(
        text, "Extreme caution Mr Buckley, originally from Essex in the UK, lived in New Zealand"
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Press Association news agency"
