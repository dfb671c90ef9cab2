"""Golden tests for claims told in exchanges: an answer noun owned by its speaker as the
subject of "was that" or "was:" ("Rubio's response was that ...", "Clinton's response was:
"..."", "Beck's contention was that ..."). Guard: an answer noun inside the sentence is no
subject ("the weakness for the government's case was that ...").

Passages are real sentences, or short excerpts of them, from PolNeAR train
(../shared/corpora/polnear/train.jsonl), BBC (../shared/corpora/bbc/) and ECB+
(../shared/corpora/ecbplus/), each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

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


def test_answer_noun_inside_the_subject_is_no_claim() -> None:
    # BBC (politics/224, excerpt): the answer noun is inside the subject, not the subject
    text = (
        "The weakness for the government's case was that it was trying to justify detention "
        "without trial for foreign suspects."
    )
    assert claims_of(text) == []
