"""Interview transcripts: "Q:"/"A:" turns, the answers the interviewee's words."""

from __future__ import annotations

import pytest
from extraction import claims_of


def turns_of(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (c.text, c.speaker.name if c.speaker else None, c.rule)
        for c in claims_of(text)
        if c.rule in ("direct:transcript", "direct:interview-answer")
    ]


# PolNeAR train (Politico, 2016): the title names the person interviewed; a "he" later in
# the introduction stands for the same person
BIDEN = (
    "Q&A with Vice President Joe Biden.\n\n"
    "Vice President Joe Biden spent Thursday morning in St. Paul, Minnesota. He later flew back "
    "to Washington on Air Force Two, where he spoke with POLITICO senior writer Michael Grunwald."
    "\n\nQ: Have you talked to her?\n\nA: It’s been about a month.\n\n"
    "Q: Have you talked to McConnell about the Supreme Court?\n\nA: Not yet, I will."
)

# PolNeAR train (USA Today, 2016): a bold "Q" lost its colon and runs into the question; the
# introduction names the interviewee as "Former first lady Laura Bush", which the subject
# reader cuts to "Former", so the answers stay unknown
LAURA_BUSH = (
    "Former first lady Laura Bush wrote the introduction for a new book. She sat down this week "
    "to discuss the United States' longest war.\n\n"
    "QLast October, President Obama changed course and decided to keep a significant number of "
    "U.S. troops there. You thank him for that.\n\n"
    "A: Yes, I think that's really important -- that we give them that stability.\n\n"
    "QWhat would have happened?\n\n"
    "A: I think they would have been set back."
)

# PolNeAR train (USA Today, 2016): nobody is said to be interviewed, so the answers are unknown
GUERRERO = (
    "Actress Diane Guerrero has become a familiar figure to many. Questions and answers have "
    "been edited for length and clarity.\n\n"
    "Q: Did the Immigration service take care of you?\n\n"
    "A: No, no one did. No one checked up.\n\n"
    "Q: How did things go for you?\n\n"
    "A: I felt just really helpless and hopeless."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            BIDEN,
            [
                ("Have you talked to her?", None, "direct:transcript"),
                ("It’s been about a month.", "Joe Biden", "direct:interview-answer"),
                (
                    "Have you talked to McConnell about the Supreme Court?",
                    None,
                    "direct:transcript",
                ),
                ("Not yet, I will.", "Joe Biden", "direct:interview-answer"),
            ],
        ),
        (
            LAURA_BUSH,
            [
                (
                    "Last October, President Obama changed course and decided to keep a "
                    "significant number of U.S. troops there. You thank him for that.",
                    None,
                    "direct:transcript",
                ),
                (
                    "Yes, I think that's really important -- that we give them that stability.",
                    None,
                    "direct:transcript",
                ),
                ("What would have happened?", None, "direct:transcript"),
                ("I think they would have been set back.", None, "direct:transcript"),
            ],
        ),
    ],
    ids=["interviewee-named-in-title", "glued-question-label"],
)
def test_interview_turns(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert turns_of(text) == expected


def test_answers_stay_unknown_when_nobody_is_said_to_be_interviewed() -> None:
    assert [speaker for _, speaker, _ in turns_of(GUERRERO)] == [None] * 4


@pytest.mark.parametrize(
    "text",
    [
        # a "Q" glued to a capitalised word is no question without "A:" answers around it
        "QPR won again.\n\nQAnon Followers rallied.\n\nQueens Park were beaten.",
        # two people named as interviewed: whose answer a turn is the article does not say
        "An interview with Tony Blair and Gordon Brown.\n\nQ: Who leads?\n\nA: We both do, "
        "of course.\n\nQ: Really?\n\nA: Yes, really and truly.",
    ],
    ids=["no-answers", "two-interviewees"],
)
def test_no_named_answerer(text: str) -> None:
    assert all(c.speaker is None or c.speaker.name == "unknown" for c in claims_of(text))


@pytest.mark.parametrize(
    "intro",
    [
        # the interview frames another speaker's sentence: its "with" names the interviewer
        "In an interview with CNN anchor Jake Tapper on Sunday, the senator said much.",
        # the journalist who talked with someone is no interviewee
        "Washington Post reporter Jim Tankersley spoke with the senator on Thursday.",
    ],
    ids=["interview-frame", "reporter-spoke-with"],
)
def test_the_interviewer_never_answers(intro: str) -> None:
    text = intro + "\n\nQ: Who leads?\n\nA: We both do, of course.\n\nQ: Really?\n\nA: Yes, truly."
    assert all(c.speaker is None or c.speaker.name == "unknown" for c in claims_of(text))


def _said_by(text: str, content: str) -> str | None:
    (claim,) = [c for c in claims_of(text) if c.text == content]
    return claim.speaker.name if claim.speaker else None


# PolNeAR train (Politico, 2016): "I" in an answer, here in a paragraph the answer runs on to
BIDEN_DAVOS = (
    "Q&A with Vice President Joe Biden.\n\n"
    "Q: You’ve been talking about how the country is on the upswing.\n\n"
    "A: It’s a big mistake. Everybody’s making it.\n\n"
    "My staff cautioned me not to make that speech at Davos, in front of 2500 of these guys, but "
    "I said, hey, you’ve got to change the culture.\n\n"
    "Q: Have you talked to her?\n\nA: It’s been about a month."
)


def test_i_in_an_answer_is_the_interviewee() -> None:
    assert _said_by(BIDEN_DAVOS, "hey, you’ve got to change the culture") == "Joe Biden"


@pytest.mark.parametrize(
    "text",
    [
        # nobody is said to be interviewed: "I" stays nobody
        BIDEN_DAVOS.replace("Q&A with Vice President Joe Biden.", "Thoughts on the economy."),
        # "I" in a question is the interviewer's
        BIDEN_DAVOS.replace("A: It’s a big mistake. Everybody’s making it.\n\n", "").replace(
            "My staff", "Q: My staff"
        ),
    ],
    ids=["no-interviewee", "in-a-question"],
)
def test_i_outside_a_named_answer_names_nobody(text: str) -> None:
    assert _said_by(text, "hey, you’ve got to change the culture") in (None, "unknown")
