"""Golden tests for a description by US state and party ("the Wisconsin Republican", "the
Utah Republican") as a speaker: news writes it only of someone it has named, so when one person
alone has spoken so far it is that person, and a "he" after it stays on them. When two people
have spoken, either may be meant and the description stays as written.

Passages are real sentences, or short excerpts of them, from PolNeAR train
(../shared/corpora/polnear/train.jsonl), each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

from extraction import claim_with

# PolNeAR train (Politico, 2016-05-05): the lead's subject is the only one quoted before
RYAN = (
    "House Speaker Paul Ryan on Thursday declared that he cannot currently support Donald "
    "Trump, throwing a wrench in the presumptive nominee’s efforts to unify the Republican "
    "Party.\n\n"
    "“Well, to be perfectly candid with you, I’m just not ready to do that at this point,” "
    "Ryan told CNN's Jake Tapper about extending his support to Trump.\n\n"
    "It was a partial reversal for the Wisconsin Republican, who had previously pledged to "
    "support the nominee. He said on Thursday that Trump needs to do more work to show that he "
    "is a true conservative."
)


def test_state_party_description_is_the_sole_speaker() -> None:
    claim = claim_with(RYAN, "to support the nominee")
    assert claim.speaker.name == "Paul Ryan"


def test_pronoun_after_the_description_stays_on_the_named_person() -> None:
    claim = claim_with(RYAN, "Trump needs to do more work to show that he is a true conservative")
    assert claim.speaker.name == "Paul Ryan"


def test_state_party_description_as_subject() -> None:
    # PolNeAR train (West Journal, 2016-05-25): "Rep. Trey Gowdy" alone has spoken
    text = (
        "Rep. Trey Gowdy said the committee would release its report soon.\n\n"
        "The South Carolina Republican admitted that the email server was never central to "
        "the investigation."
    )
    claim = claim_with(text, "the email server was never central to the investigation")
    assert claim.speaker.name == "Trey Gowdy"


def test_two_speakers_leave_the_description_as_written() -> None:
    # guard: with two people quoted before, "the Texas Republican" may be either
    text = (
        "Sen. Ted Cruz said the deal was a disaster. Sen. John Cornyn said the vote would be "
        "close.\n\n"
        "The Texas Republican said that the bill would fail."
    )
    claim = claim_with(text, "the bill would fail")
    assert claim.speaker.name not in ("Ted Cruz", "John Cornyn")


def test_description_without_a_state_is_untouched() -> None:
    # guard: "the Republican nominee" is no state's member of Congress
    text = (
        "Sen. Ted Cruz said the deal was a disaster.\n\n"
        "The Republican front-runner's rival said that the bill would fail."
    )
    claim = claim_with(text, "the bill would fail")
    assert claim.speaker.name != "Ted Cruz"
