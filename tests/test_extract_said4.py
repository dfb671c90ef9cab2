"""Golden tests for claims of the core speech verbs ("said", "say", "told", "asked") in shapes
the engine missed: a reported clause followed by "but went on to say", ...

Passages are real-news-shaped sentences paraphrased from PolNeAR train
(../shared/corpora/polnear/train.jsonl), each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # PolNeAR train (Breitbart, 2016): "joked that ..." ends before "but went on to say",
        # the speaker's next act, instead of being dropped for the quotation after it
        (
            'Trump joked that Brooklyn was his answer, but went on to say, "There are places in '
            'America that are among the most dangerous in the world."',
            "Brooklyn was his answer",
            "Trump",
            "indirect:said-that",
        ),
        (
            "The mayor said the budget was balanced but went on to say that the city would need "
            "new taxes next year.",
            "the budget was balanced",
            "The mayor",
            "indirect:said-clause",
        ),
        # PolNeAR train (New York Times, 2016): a leading "when" clause whose second verb,
        # after "and", is the cue; what was said ends with the clause
        (
            "Some in the crowd booed, and when Rubio thanked Miami and said it was great to be "
            "home, a man yelled “Stay there!”",
            "it was great to be home",
            "Rubio",
            "indirect:said-clause",
        ),
        (
            "When Warren thanked the staff and said the bill would pass, the chamber erupted.",
            "the bill would pass",
            "Warren",
            "indirect:said-clause",
        ),
        # PolNeAR train (Washington Post, 2016): a "though" clause set off after the main
        # clause's subject; its "she" is that name
        (
            "Hillary Clinton spoke in Ohio. Clinton, though she praised Garland and said "
            "Republicans should give him a hearing, notably stopped short of committing to "
            "renominate him.",
            "Republicans should give him a hearing",
            "Hillary Clinton",
            "indirect:said-clause",
        ),
        # PolNeAR train (Politico, 2016): "whether that" opens the question's clause, not a
        # "that" clause after an addressee
        (
            "Todd asked Pence whether that would take place before the November election.",
            "whether that would take place before the November election",
            "Todd",
            "indirect:question",
        ),
        # PolNeAR train (Breitbart, 2016): whom the question is put to is named with "of" and
        # a time after it
        (
            "Jose Antonia Vargas, an immigration activist, asked the former secretary of state "
            "during a Facebook chat if she would commit to his pledge regarding the issue.",
            "if she would commit to his pledge regarding the issue",
            "Jose Antonia Vargas",
            "indirect:question",
        ),
        # PolNeAR train (HuffPost, 2016): a list of examples and a dashed aside between the
        # subject and "have also said"
        (
            "Other prominent Republicans, like Richard Armitage, Henry Paulson and Brent "
            "Scowcroft ― three former George W. Bush administration big shots ― have also said "
            "they’re supporting Clinton.",
            "they’re supporting Clinton",
            "Other prominent Republicans",
            "indirect:dash-aside",
        ),
        # BBC (business): an aside closed by a comma, then "has also said": read as "has
        # said" and "said" are, the aside the speaker's role
        (
            "Paris-based Euronext, owner of Liffe in London, has also said it is interested in "
            "bidding for LSE.",
            "it is interested in bidding for LSE",
            "Paris-based Euronext",
            "indirect:said-clause",
        ),
    ],
    ids=[
        "joked-then-went-on-to-say",
        "said-then-went-on-to-say",
        "leading-when-and-said",
        "leading-when-and-said-sentence-start",
        "though-clause-after-name",
        "asked-whether-that",
        "asked-long-addressee-if",
        "examples-and-dashed-aside-have-also-said",
        "comma-aside-has-also-said",
    ],
)
def test_core_speech_verb_claims(text: str, content: str, speaker: str, rule: str) -> None:
    assert_said(text, content, speaker, rule)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "went on to win" is no speech: the reported clause keeps its words
        (
            "Analysts said the team struggled early in the season and went on to win the title.",
            "the team struggled early in the season and went on to win the title",
        ),
    ],
    ids=["went-on-to-win"],
)
def test_guard_content_not_cut(text: str, content: str) -> None:
    claim_with(text, content)


@pytest.mark.parametrize(
    "text",
    [
        # no comma ends the leading clause: what was said runs into the main clause
        "When Warren thanked the staff and said the bill would pass the chamber erupted.",
    ],
    ids=["leading-clause-without-break"],
)
def test_guard_no_claim(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        # PolNeAR train (New York Times, 2016): the question ends before the answerer and the
        # apposition, whose verb has a claim of its own
        (
            "Asked if there had been any fraud in the primaries, Michael Briggs, Sanders's "
            "spokesman, suggested that the party had been sabotaged.",
            "if there had been any fraud in the primaries",
            "the party had been sabotaged",
        ),
        # PolNeAR train (Politico, 2016): the answerer before "when asked"; the question ends
        # at the verb that goes on with them
        (
            "Ted Cruz, when asked specifically what about Trump’s vision is wrong, responded "
            "that the businessman “is right about the problems, but his solutions don’t work.”",
            "what about Trump’s vision is wrong",
            "is right about the problems, but his solutions don’t work.",
        ),
        # PolNeAR train (Washington Post, 2016): a time between "Asked" and "about"
        (
            "Asked Tuesday about Sullivan, Feinstein said \"I don't know anything about the "
            'emails."',
            "Sullivan",
            "I don't know anything about the emails.",
        ),
        # BBC (politics): before a colon, the question ends before the answer's frame
        (
            "Asked if he would welcome BNP voters he told the BBC: \"I don't want anybody to "
            'vote for these extremist parties."',
            "if he would welcome BNP voters",
            "I don't want anybody to vote for these extremist parties.",
        ),
    ],
    ids=["answerer-and-apposition", "answerer-before-when-asked", "asked-day-about", "colon"],
)
def test_question_put_to_the_answerer_ends_before_the_answer(
    text: str, question: str, answer: str
) -> None:
    asked = claim_with(text, question)
    assert asked.rule.endswith(":question")
    assert asked.speaker is None  # nobody named the asker
    claim_with(text, answer)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # BBC (politics): a passive "was asked" has no answerer before it; the aside inside the
        # question does not end it
        (
            "Mr Blair was asked last Wednesday if the government's new immigration plans, "
            "including a point system for economic migrants, would reduce net migration.",
            "if the government's new immigration plans, including a point system for economic "
            "migrants, would reduce net migration",
        ),
        # PolNeAR train (New York Times, 2016): an apposition with a verb of its own is no
        # answerer's: the question goes on to its own verb
        (
            "Asked whether he was concerned that Donald Trump, the Republican nominee, who has "
            "called global warming a hoax, could be the next president, Ban demurred.",
            "whether he was concerned that Donald Trump, the Republican nominee, who has called "
            "global warming a hoax, could be the next president",
        ),
    ],
    ids=["aside-inside-passive-question", "apposition-with-verb"],
)
def test_guard_question_not_cut(text: str, question: str) -> None:
    claim_with(text, question)


def test_guard_relative_after_preposition_is_no_question() -> None:
    # PolNeAR train (Washington Post, 2016): "questions for which he did not receive answers"
    text = (
        "Goodlatte told MSNBC that he spoke with Comey, asking him a series of questions for "
        "which he did not receive answers."
    )
    assert not [c for c in claims_of(text) if c.rule.endswith(":question")]


def test_question_holds_a_claim_of_its_own() -> None:
    # PolNeAR train (Washington Post, 2016): the estimate inside the question is kept beside it
    text = (
        "Rubio was asked by moderator Gerard Baker whether his expansion of child tax credits, "
        "which the Tax Foundation estimates would cost $170 billion a year, would risk adding "
        "another entitlement program."
    )
    asked = claim_with(
        text,
        "whether his expansion of child tax credits, which the Tax Foundation estimates would "
        "cost $170 billion a year, would risk adding another entitlement program",
    )
    assert asked.speaker is not None and asked.speaker.name == "Gerard Baker"
    assert asked.rule == "indirect:question"
    claim_with(text, "would cost $170 billion a year")


def test_question_ends_before_an_answer_in_a_relative_clause() -> None:
    # PolNeAR train (Washington Post, 2016)
    text = (
        "Sanders was asked about their case during an interview published Monday by the New "
        "York Daily News, in which he said he didn't support their right to sue Remington."
    )
    asked = claim_with(
        text, "their case during an interview published Monday by the New York Daily News"
    )
    assert asked.rule == "indirect:question"


def test_question_of_a_long_subject() -> None:
    # PolNeAR train (Breitbart, 2016): a subject with a relative clause and a place in it
    text = (
        "At the townhall, a young woman who had been an exchange student in Montana asked "
        "Obama what he thought of the prospects of Trump."
    )
    asked = claim_with(text, "what he thought of the prospects of Trump")
    assert asked.speaker is not None
    assert asked.speaker.name == "a young woman who had been an exchange student in Montana"
    assert asked.rule == "indirect:long-subject"
