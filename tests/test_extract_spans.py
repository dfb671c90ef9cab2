"""Golden tests for where reported content ends: before the speaker's next act.

"said they would miss the deadline, and requested another month": a verb in the past after
"and" or "but", with no subject of its own, after a reported clause in the present or with a
modal, is the speaker's next act (its tense is the report's), so the content stops before it.
Only verbs of speech, belief or a person's act count; the guards keep a clause's own second
predicate ("could extend ..., but did not apply", "is a sham and designed to ...") and a clause
in the past ("heard ... and specifically mentioned") whole. Passages are quoted from PolNeAR
train (../shared/corpora/polnear/train.jsonl), BBC News (../shared/corpora/bbc/bbc.jsonl) and
ECB+ (../shared/corpora/ecbplus/ecbplus.jsonl), each naming the behaviour it pins.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article


def contents(text: str) -> list[str]:
    """The content of every claim of a passage, each checked to slice back from the text."""
    claims = extract_article(text).claims
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return [claim.text for claim in claims]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (2016-01): a modal clause, then ", and" and the speakers' request
        (
            "A judge had ordered the department to release all of the emails by the end of "
            "January, but attorneys for the department said this week that they would miss the "
            "deadline, and requested another month.",
            "they would miss the deadline",
        ),
        # PolNeAR train: a present clause, then "but" and a person's act
        (
            "She added that she understands people may have concerns but downplayed any impact "
            "her private server may have in November.",
            "she understands people may have concerns",
        ),
        # BBC News: "but did not" and a verb of belief
        (
            "Former welfare minister Frank Field MP said the prime minister should sack Mr "
            "Brown, but did not believe Mr Blair was strong enough to do so.",
            "the prime minister should sack Mr Brown",
        ),
        # BBC News: "and" and a reporting verb with its object, no comma
        (
            "But Myron Ebell, an adviser on climate change to President Bush, has said there "
            "would be no change in the US stance and rejected the threat of climate change.",
            "there would be no change in the US stance",
        ),
        # PolNeAR train (New York Times, 2015-12): a modal clause, then "and" and a person's
        # act with no determiner after it
        (
            "Mr. Putin forecast that the slumping economy would soon rebound and praised efforts "
            "by Secretary of State John Kerry to find a political solution in Syria.",
            "the slumping economy would soon rebound",
        ),
    ],
)
def test_content_stops_before_the_speakers_next_act(text: str, content: str) -> None:
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # BBC News: the ruling's own subject goes on ("jurisdiction ... did not apply")
        (
            "But Lord Justice Rix and Mr Justice Forbes ruled that UK jurisdiction could extend "
            "to a UK-run prison, but did not apply to the total territory of another state.",
            "did not apply to the total territory of another state",
        ),
        # ECB+: a passive participle shares the clause's "is"
        (
            "Critics say the poll is a sham and designed to put a gloss of democracy on a "
            "government that tolerates no dissent.",
            "and designed to put a gloss of democracy",
        ),
        # PolNeAR train: a clause in the past may have a past predicate of its own
        (
            "Another Muslim who worshiped at the Islamic Center here and who didn't want to be "
            'named said he heard Mateen talk of "immorality" in the United States and '
            "specifically mentioned a recent Texas case of a female teacher having sex with an "
            "eighth-grader - without objections by the boy's parents.",
            "and specifically mentioned a recent Texas case",
        ),
    ],
)
def test_a_clauses_own_predicate_stays_in_it(text: str, content: str) -> None:
    assert any(content in found for found in contents(text)), contents(text)


def test_an_object_of_a_speech_act_ends_where_the_subjects_next_act_starts() -> None:
    # PolNeAR train (Breitbart, 2016): the challenge had swallowed the call after it
    text = (
        "Sanders often questions Clinton’s ties to super PACs and has called for the former "
        "secretary of state to release the transcripts of her paid speeches."
    )
    claims = extract_article(text).claims
    assert [c.text for c in claims] == [
        "Clinton’s ties to super PACs",
        "the former secretary of state to release the transcripts of her paid speeches",
    ]
