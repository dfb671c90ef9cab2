"""Speech and belief in a restrictive relative clause whose antecedent is a poll's share of
people ("including 18% who say ..."): the share, an anonymous group, holds the claim, never
"who" or a pronoun."""

from __future__ import annotations

from extraction import assert_said, claim_with, claims_of


def test_percent_sign_share_who_say() -> None:
    text = (
        "For Trump, a majority of likely voters, 56%, have a negative response to his "
        "prospective nomination, including 18% who say they would be dissatisfied."
    )
    assert_said(text, "they would be dissatisfied", "18%", "indirect:relative-who")
    claim = claim_with(text, "they would be dissatisfied")
    assert claim.speaker is not None and claim.speaker.kind == "anonymous"


def test_share_who_said_after_comparison() -> None:
    text = (
        "And 47% saw their family's economic conditions improving, as against 36% who said "
        "they were getting worse."
    )
    assert_said(text, "they were getting worse", "36%", "indirect:relative-who")


def test_share_who_thought_is_a_belief() -> None:
    text = (
        "Some 82% said Mr Blunkett had set a good example, but 42% backed his legal action "
        "compared to 45% who thought it was unbecoming."
    )
    assert_said(text, "it was unbecoming", "45%", "indirect:belief")


def test_guard_share_who_want_to_is_no_claim() -> None:
    # a wish that says which people are meant, as "women who want to ..." is
    text = "Clinton won most votes among the 40% who want to keep the president's policies."
    assert not [c for c in claims_of(text) if c.cue is not None and c.cue.text == "want"]


def test_guard_people_who_say_still_named() -> None:
    text = "Most have a negative view, including many voters who say they would be dissatisfied."
    assert_said(text, "they would be dissatisfied", "many voters", "indirect:relative-who")


def test_guard_number_tail_is_no_share() -> None:
    # "1,018 who said": a count of respondents the poll found, no share before "who"
    text = "The poll found 1,018 who said they would vote."
    assert not [c for c in claims_of(text) if c.rule == "indirect:relative-who"]


def test_the_majority_of_people_believe() -> None:
    text = "The majority of lawmakers believe the provision is necessary."
    assert_said(text, "the provision is necessary", "The majority of lawmakers", "indirect:belief")
    claim = claim_with(text, "the provision is necessary")
    assert claim.speaker is not None and claim.speaker.kind == "anonymous"


def test_the_majority_of_people_in_a_gap_relative() -> None:
    text = (
        "They would still have to break out testing data, a provision in NCLB that the "
        "majority of lawmakers still believes is necessary."
    )
    assert_said(text, "is necessary", "the majority of lawmakers", "indirect:belief")


def test_guard_the_majority_of_a_thing_is_no_believer() -> None:
    text = "The majority of the money went to Clinton, the report said."
    claim = claim_with(text, "The majority of the money went to Clinton")
    assert claim.speaker is not None and claim.speaker.name == "report"
