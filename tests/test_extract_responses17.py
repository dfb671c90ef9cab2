"""Golden tests for claims told in exchanges: an answer noun owned by its speaker as the
subject of "was that" or "was:" ("Rubio's response was that ...", "Clinton's response was:
"..."", "Beck's contention was that ..."), "dispute", "refute" and "rebut" as verbs of rejection
("refuted suggestions that ...", "disputed Israel's claim that ...", "rebutted Exxon's
accusation that ..."), a claim noun with its "that" clause as what is rejected ("rejected
claims that the immigration debate encouraged bigotry"), and a passive "was asked" whose subject
is the one asked, never the asker ("Sanders was asked by host Bill Maher: "..."" is Maher's
question), nor does a cue take the "that" clause of a later speaker's verb after a comma
("accused him of sexism, and Trump warned that ..."). Guards: an answer noun inside the
sentence is no subject ("the weakness for the government's case was that ..."), "dispute" as a
noun stays no cue, claims and charges a court dismisses without a clause of their own, or with
a relative clause, stay no claim, and a bare rejected noun ("disputed both critiques") says
nothing.

Passages are real sentences, or short excerpts of them, from PolNeAR train
(../shared/corpora/polnear/train.jsonl), BBC (../shared/corpora/bbc/) and ECB+
(../shared/corpora/ecbplus/), each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claims_of


def test_response_was_that() -> None:
    # PolNeAR train (HuffPost, 2015): the possessor of the answer noun said what follows
    text = (
        "Rubio’s response was that it’s unfair for the federal tax code to allow citizens to "
        "write off the costs of investments in equipment or their business."
    )
    assert_said(
        text,
        "it’s unfair for the federal tax code to allow citizens to write off the costs of "
        "investments in equipment or their business",
        "Rubio",
        "indirect:nominal",
    )


def test_main_argument_was_that() -> None:
    # ECB+ (28_3ecbplus): a modifier between the possessor and the noun
    text = (
        "Mr. LaRue's main argument was that he had been in charge of the phone at a Florida "
        "meeting of the top campaign staff."
    )
    assert_said(
        text,
        "he had been in charge of the phone at a Florida meeting of the top campaign staff",
        "LaRue",
        "indirect:nominal",
    )


def test_claim_is_that_after_but() -> None:
    # PolNeAR train (Western Journal, 2015): "But" may open the sentence; quoted words inside
    text = (
        "But Podliska’s most explosive claim is that the House Select Committee on Benghazi is "
        "a “witch hunt” launched to “get” Hillary Clinton."
    )
    assert_said(
        text,
        "the House Select Committee on Benghazi is a “witch hunt” launched to “get” Hillary "
        "Clinton",
        "Podliska",
        "mixed:nominal",
    )


def test_response_was_colon_quotation() -> None:
    # PolNeAR train (Western Journal, 2015): after "was:" the quotation is the answer
    text = (
        "Clinton’s response was: “Is Dalton Brody off Conn or Wisconsin?” Dalton Brody is a "
        "Washington, DC, gift shop."
    )
    assert_said(text, "Is Dalton Brody off Conn or Wisconsin?", "Clinton", "direct:nominal")


def test_refuted_suggestions_that() -> None:
    # BBC (entertainment/271): "refute" rejects what follows, like "reject"
    text = (
        "Peter Zombic, the managing director of the federation, spoke on Monday. But Zombic "
        "refuted suggestions that the industry had been too slow to respond to digital "
        "downloading."
    )
    assert_said(
        text,
        "suggestions that the industry had been too slow to respond to digital downloading",
        "Peter Zombic",
        "indirect:rejection",
    )


def test_rebutted_named_accusation() -> None:
    # PolNeAR train (NYT, 2015): "rebut" with whose accusation it was
    text = (
        "The university rebutted Exxon's accusation that articles about the company were "
        "misleading and inaccurate."
    )
    claim = next(c for c in claims_of(text) if c.rule == "indirect:rejection")
    assert claim.text == (
        "Exxon's accusation that articles about the company were misleading and inaccurate"
    )
    assert claim.cue is not None
    assert text[claim.cue.start : claim.cue.end] == "rebutted"
    assert claim.speaker is not None and claim.speaker.name == "university"


def test_disputed_claims_that() -> None:
    # ECB+ (41_9ecb): a claim noun with its "that" clause is what is disputed
    text = (
        "THE UN has disputed claims that Hamas militants fired mortars from the Gaza school "
        "that has suffered the deadliest attack of the war with Israel."
    )
    assert_said(
        text,
        "claims that Hamas militants fired mortars from the Gaza school that has suffered the "
        "deadliest attack of the war with Israel",
        "THE UN",
        "indirect:rejection",
    )


def test_rejected_claims_that() -> None:
    # BBC (sport/445): "claims that ..." with its clause is rejected words, not a lawsuit
    text = (
        "Serena Williams has angrily rejected claims that she and sister Venus are a declining "
        "force in tennis."
    )
    assert_said(
        text,
        "claims that she and sister Venus are a declining force in tennis",
        "Serena Williams",
        "indirect:rejection",
    )


def test_disputed_cuts_the_said_clause_before_it() -> None:
    # ECB+ (41_9ecb): "and he disputed ..." is the speaker's next act, no part of what he said
    text = (
        "However, John Ging, the top UN refugee official in Gaza, said UN staff and Palestinian "
        "families in the school compound had been screened for weapons, and he disputed "
        "Israel's claim that mortars were fired from inside."
    )
    assert_said(
        text,
        "UN staff and Palestinian families in the school compound had been screened for weapons",
        "John Ging",
        "indirect:said-clause",
    )
    assert_said(
        text,
        "Israel's claim that mortars were fired from inside",
        "John Ging",
        "indirect:rejection",
    )


def test_asked_by_host_colon_quotation_is_the_hosts() -> None:
    # PolNeAR train (Breitbart, 2016, shortened): the one asked is no speaker of the question
    text = "Sanders was asked by host Bill Maher: “Do you still feel that way about the emails?”"
    assert_said(
        text, "Do you still feel that way about the emails?", "Bill Maher", "direct:question"
    )


def test_asked_that_question_is_no_claim() -> None:
    # the one asked says nothing in the passive: no "said-that" of "question often"
    assert claims_of("John Smith was asked that question often.") == []


def test_accusation_then_anothers_that_clause() -> None:
    # PolNeAR train (Breitbart, 2016, shortened): the "that" after a comma and a new speaker's
    # verb is that speaker's, and the accusation before it stays the accuser's own
    text = "After Hillary Clinton accused him of sexism, Trump warned that it would be fair game."
    assert_said(text, "him of sexism", "Hillary Clinton", "indirect:accusation")
    assert_said(text, "it would be fair game", "Trump", "indirect:said-that")


def test_denial_and_anothers_that_clause() -> None:
    text = "Hillary Clinton denied the charges, and Trump said that it would be fair game."
    assert_said(text, "the charges", "Hillary Clinton", "indirect:denial")
    assert_said(text, "it would be fair game", "Trump", "indirect:said-that")


def test_concluded_then_anothers_that_clause() -> None:
    # PolNeAR train (Breitbart, 2016): "concluded" had the next speaker's "that" clause
    text = (
        "Later in the show, after the Sanders interview concluded, Maher stated of the email "
        "scandal that the State Department IG’s report “wasn’t good.”"
    )
    assert_said(text, "the State Department IG’s report “wasn’t good.”", "Maher", "mixed:said-that")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC (politics/332, shortened): a subject pronoun before the comma keeps the said clause
        (
            "Mr Milburn said he appreciated people's concerns, but insisted that the posters "
            "were not anti-Semitic.",
            "he appreciated people's concerns",
            "Milburn",
        ),
        # addressees in a list, and an aside with a participle, before "that"
        (
            "Senator John Smith told Jones, Brown, and Green that the plan had failed.",
            "the plan had failed",
            "John Smith",
        ),
        (
            "Senator John Smith told the committee, chaired by Green, that the plan had failed.",
            "the plan had failed",
            "John Smith",
        ),
    ],
)
def test_guard_that_after_a_comma_stays(text: str, content: str, speaker: str) -> None:
    claim = next(c for c in claims_of(text) if c.text == content)
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # BBC (politics/224, excerpt): the answer noun is inside the subject, not the subject
        "The weakness for the government's case was that it was trying to justify detention "
        "without trial for foreign suspects.",
        # "dispute" as a noun: no cue
        "The trade dispute between the two countries' governments grew worse in March.",
        # a court's dismissal: claims with a relative clause, charges with none
        "The judge dismissed charges that were brought against the company in 2004.",
        "The judge dismissed the charges against the company in 2004.",
        # PolNeAR train (AP, 2016): a bare noun rejected says nothing of its own
        "Clinton has disputed both critiques.",
    ],
)
def test_no_claim(text: str) -> None:
    assert claims_of(text) == []
