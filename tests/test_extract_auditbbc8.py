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


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC politics/039: she said the reports were inaccurate; what they report is not hers
        (
            "But she said reports that she had likened the assembly government to totalitarian "
            "regimes were inaccurate.",
            "reports that she had likened the assembly government to totalitarian regimes were "
            "inaccurate",
            "unknown",
        ),
        # BBC politics/408: Peter Hain's claim is no claim of Michael Howard's
        (
            "Michael Howard has said a claim by Peter Hain that the Tory leader is acting like an "
            '"attack mongrel" shows Labour is "rattled" by the opposition.',
            'a claim by Peter Hain that the Tory leader is acting like an "attack mongrel" shows '
            'Labour is "rattled" by the opposition',
            "Michael Howard",
        ),
        # BBC politics/319: the prime minister's view, which Mr Tyler calls flawed
        (
            "And Paul Tyler said the prime minister's view that there was no agreement on the "
            "shape of the future of the Lords was flawed.",
            "the prime minister's view that there was no agreement on the shape of the future of "
            "the Lords was flawed",
            "Paul Tyler",
        ),
        # ECB+ 34_12ecbplus: he calls the idea ridiculous; he does not say they can't coexist
        (
            "William Hurlbut, a consulting professor of neuroscience at Stanford University, said "
            "the idea that science and religion can't coexist is ridiculous.",
            "the idea that science and religion can't coexist is ridiculous",
            "William Hurlbut",
        ),
        # BBC tech/337: a belief verb's clause opens with its subject as well
        (
            "Nick Hazel, Yahoo's head of consumer services in the UK, thinks the fact that Yahoo "
            "has grown up with the first wave of the internet generation will stand it in good "
            "stead.",
            "the fact that Yahoo has grown up with the first wave of the internet generation will "
            "stand it in good stead",
            "Nick Hazel",
        ),
    ],
)
def test_a_claim_noun_opening_the_reported_clause_is_in_it(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # guard: where it was said is no subject (BBC tech/002)
        (
            "The Reporters Without Borders group said in a report that Chinese government "
            "technologies for e-mail interception are among the most highly developed.",
            "Chinese government technologies for e-mail interception are among the most highly "
            "developed",
        ),
        # guard: a denial keeps the denied claim as its content (BBC sport/047)
        (
            "Greek sprinter Kostas Kenteris has denied claims that he faked a motorbike crash to "
            "avoid a doping test.",
            "he faked a motorbike crash to avoid a doping test",
        ),
        # guard: a stance noun after "express" is the speaker's own (BBC tech/061)
        (
            "Some consumer groups have expressed concern that the tags could be used to monitor "
            "shoppers.",
            "the tags could be used to monitor shoppers",
        ),
        # guard: "without any evidence" is how it was claimed (PolNeAR train, NYT, 2015)
        (
            "Mr. Trump was just as blunt, claiming without any evidence that President Obama "
            "wanted to take in 250,000 Syrian refugees.",
            "President Obama wanted to take in 250,000 Syrian refugees",
        ),
    ],
)
def test_a_that_clause_after_no_subject_noun_keeps_its_start(text: str, content: str) -> None:
    claim_with(text, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # BBC politics/042: the unions, named since the Cabinet Office, believe it
        (
            "The Cabinet Office has confirmed it is reviewing the current pension system, "
            "prompting unions representing 4.5m workers to threaten united action. They believe "
            "the plans include raising the mandatory retirement age for public service workers "
            "from 60 to 65.",
            "the plans include raising the mandatory retirement age for public service workers "
            "from 60 to 65",
        ),
        # BBC business/010: the tobacco companies, not the court that ruled, say it
        (
            "But the Court of Appeals for the District of Columbia ruled that the US government "
            "could not sue the firms under legislation drawn up to counteract Mafia infiltration "
            "of business. The tobacco companies deny that they illegally conspired to promote "
            "smoking and defraud the public. They also say they have already met many of the "
            "government's demands in a landmark $206bn settlement.",
            "they have already met many of the government's demands in a landmark $206bn "
            "settlement",
        ),
        # BBC politics/245: the backbenchers and politicians felt it, not the colonels' council
        (
            "In October, the Council of Scottish Colonels proposed the merger of the Royal Scots "
            "and the King's Own Scottish Borderers into a single battalion.\nUnder their vision, "
            "it would be one of five in the new super regiment. The proposals to either merge or "
            "amalgamate the six regiments into a super regiment sparked a political outcry, with "
            "Labour backbenchers and opposition politicians opposing the plan. They felt the "
            "timing was insensitive because the Black Watch was in the frontline in Iraq, "
            "suffering casualties.",
            "the timing was insensitive because the Black Watch was in the frontline in Iraq, "
            "suffering casualties",
        ),
    ],
)
def test_they_after_people_named_since_the_body_names_no_one(text: str, content: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == "unknown"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guard: a body named in the plural stays "they" (BBC politics/141)
        (
            "But the Tories insisted they would hold ministers to account over the precise "
            "purpose of the scheme. They said they would also press Labour over whether "
            "objectives could be met.",
            "they would also press Labour over whether objectives could be met",
            "Tories",
        ),
        # guard: "police" is a plural (BBC entertainment/141)
        (
            "Police described the intruder as well-built and said he was wearing a ski-mask, a "
            "light-coloured jacket and trainers. They believe he may have injured himself when he "
            "jumped from the window.",
            "he may have injured himself when he jumped from the window",
            "Police",
        ),
    ],
)
def test_they_for_a_plural_body_is_kept(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
