"""Golden tests: what a poll's counted respondents say (polls17).

A share that answers by a pro-form ("said yes", "said so") is one claim from the words it
affirms to the answer, the share and its verb the gap between the pieces; a share that opens
with "More than" before its long phrase is the speaker."""

from __future__ import annotations

import pytest
from extraction import assert_said, claims_of

_ASKED_YES = [
    (
        # Breitbart, Feb 2016: the question's quoted wording stays with its marks
        "Clinton’s low rating on trust is damaging. Asked whether Clinton “has the integrity to "
        "serve effectively as president,” 75 percent of Democrats said yes, but 55 percent of "
        "all voters say she does not.",
        "75 percent of Democrats",
        # a piece is trimmed of its edge marks, as every split claim's is
        ["Clinton “has the integrity to serve effectively as president", "yes"],
    ),
    (
        # New York Times, Jul 2016: the comparison after "yes" is another share's
        "Asked if her email practices were illegal, 46 percent of voters said yes, compared with "
        "23 percent who said using a private server was improper but not illegal.",
        "46 percent of voters",
        ["her email practices were illegal", "yes"],
    ),
    (
        # ECB+ (Greek riots, 2008): "responded yes"
        "According to another poll, Greeks see more in the violence than a simple reaction to "
        "the shooting. Asked whether the riots were a social uprising, 60 percent responded yes.",
        "60 percent",
        ["the riots were a social uprising", "yes"],
    ),
]


@pytest.mark.parametrize(("text", "speaker", "pieces"), _ASKED_YES)
def test_a_share_answering_yes_affirms_the_question(
    text: str, speaker: str, pieces: list[str]
) -> None:
    claims = [c for c in claims_of(text) if c.rule.endswith(":poll-answer")]
    assert len(claims) == 1
    claim = claims[0]
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.speaker.kind == "anonymous"
    assert [text[s:e] for s, e in claim.segments] == pieces


def test_the_question_is_no_words_of_the_share() -> None:
    # Breitbart, Feb 2016: the fronted question was read as the share's own (mixed) words
    text = (
        "Asked if Sanders is “realistic enough to serve effectively as president,” 72 percent of "
        "Democrats said yes while 48 percent overall agreed and 44 percent of Independents "
        "disagreed."
    )
    claims = claims_of(text)
    assert not any(c.text.startswith("Asked if") for c in claims)
    claim = next(c for c in claims if c.rule.endswith(":poll-answer"))
    assert claim.speaker is not None and claim.speaker.name == "72 percent of Democrats"
    assert [text[s:e] for s, e in claim.segments][-1] == "yes"


def test_said_so_after_an_earlier_share_takes_its_clause() -> None:
    # AP, Feb 2016: "so" stands for the clause before; that clause ends before the answer
    text = (
        "Since December, Sanders has gained on other measures, too. Six in 10 say he’s at least "
        "somewhat decisive, after half said so in the earlier poll. And 64 percent call him "
        "competent, after 55 percent said so in December."
    )
    assert_said(text, "he’s at least somewhat decisive", "Six in 10", "indirect:said-clause")
    answers = [c for c in claims_of(text) if c.rule.endswith(":poll-answer")]
    assert [(c.speaker.name if c.speaker else None) for c in answers] == ["half", "55 percent"]
    assert [[text[s:e] for s, e in c.segments] for c in answers] == [
        ["he’s at least somewhat decisive", "so"],
        ["him competent", "so"],
    ]


def test_more_than_a_share_in_a_named_poll_speaks() -> None:
    # USA Today, Feb 2016: "than" of the share's quantity is no comparison closing the subject
    text = (
        "More than half of respondents in the USA TODAY/Suffolk poll said the nation needs more "
        "than two political parties to represent political views."
    )
    assert_said(
        text,
        "the nation needs more than two political parties to represent political views",
        "More than half of respondents in the USA TODAY/Suffolk poll",
        "indirect:long-subject",
    )


# guards: what must not change
def test_a_person_saying_no_is_no_poll_answer() -> None:
    text = (
        "Asked if he was ever bullied, the Republican presidential candidate said no. But he "
        "said bullying doesn't just happen to children."
    )
    assert not any(c.rule.endswith(":poll-answer") for c in claims_of(text))


def test_a_share_saying_no_is_no_poll_answer() -> None:
    text = "Asked whether the riots were a social uprising, 30 percent said no."
    assert not any(c.rule.endswith(":poll-answer") for c in claims_of(text))


def test_said_the_same_keeps_its_rule() -> None:
    text = (
        "Seventy-four percent of Democratic registered voters say they have a favorable view of "
        "Clinton, compared with 64 percent who say the same of Sanders."
    )
    claims = claims_of(text)
    assert not any(c.rule.endswith(":poll-answer") for c in claims)
    assert [c.rule for c in claims] == ["indirect:said-clause"]


def test_a_comparison_subject_stays_out() -> None:
    # "than" inside a subject that is no share still ends the long-subject reading
    text = "Better than anyone in the Senate said the rules were broken."
    assert not any(c.rule == "indirect:long-subject" for c in claims_of(text))


def test_the_words_after_yes_keep_their_own_speaker() -> None:
    # New York Times, Jul 2016: "said yes" took the rest of the sentence as its clause and hid
    # the second share's own claim
    text = (
        "Asked if her email practices were illegal, 46 percent of voters said yes, compared with "
        "23 percent who said using a private server was improper but not illegal."
    )
    assert_said(
        text,
        "using a private server was improper but not illegal",
        "23 percent",
        "indirect:relative-who",
    )


_POLL_HAS = [
    (
        # Washington Post, Nov 2015: the poll opens its own clause after a comma
        "He is but a blip in national polls, but in Iowa, a CNN-ORC survey released Friday had "
        "him at 4 percent in the sprawling field.",
        "him at 4 percent in the sprawling field",
        "a CNN-ORC survey released Friday",
    ),
    (
        # Washington Post, Mar 2016: the standing ends at the aside of figures
        "Wednesday's Quinnipiac poll has Clinton leading Trump by just six points (46 percent to "
        "40 percent) and Cruz by three points (45 to 42) in head-to-head matchups.",
        "Clinton leading Trump by just six points",
        "Wednesday's Quinnipiac poll",
    ),
    (
        # Western Journal, Mar 2016: an average of polls, with the polls it averages
        "The Real Clear Politics average of three polls conducted the first week of March has "
        "Clinton leading by an average of 20 points, with a CNN/ORC poll giving Clinton a "
        "whopping 30-point advantage.",
        "Clinton leading by an average of 20 points",
        "Real Clear Politics average of three polls conducted the first week of March",
    ),
]


@pytest.mark.parametrize(("text", "content", "poll"), _POLL_HAS)
def test_a_poll_that_has_a_candidate_at_a_standing(text: str, content: str, poll: str) -> None:
    assert_said(text, content, poll, "indirect:evidence")


def test_has_after_a_clause_inside_the_polls_phrase_is_no_standing() -> None:
    text = (
        "The polls that show Johnson at or above 10 percent have Clinton's lead growing if he is "
        "removed as a choice."
    )
    assert not any(c.cue is not None and c.cue.text == "have" for c in claims_of(text))


def test_a_poll_inside_a_reported_clause_stays_the_speakers() -> None:
    text = "Trump said the latest poll has him at 40 percent."
    claims = claims_of(text)
    assert [(c.speaker.name if c.speaker else None, c.rule) for c in claims] == [
        ("Trump", "indirect:said-clause")
    ]


def test_a_margin_in_percent_signs_before_that() -> None:
    # USA Today, Aug 2016: the poll's margin stands between the verb and "that"
    text = (
        "Supporters of Republican Donald Trump for president say by 55%-41% that transgenders "
        "should use the bathroom of the gender they were born."
    )
    assert_said(
        text,
        "transgenders should use the bathroom of the gender they were born",
        "Supporters of Republican Donald Trump for president",
        "indirect:said-that",
    )
