"""Golden tests for quotations and reports whose speaker is written in the frame but was not
found: a clause joined by "and" to a whole clause before it ("Duff sustained a knee injury ...
and manager Jose Mourinho said:"), where the subject after "and" is the speaker, not nobody and
not the object before "and". Guards: a relative or subordinate clause before "and" ("when Cruz
and Rubio implied"), a list that is the antecedent of "who", and a list of objects of a verb
that reports ("He said Smith and Jones agreed") stay as they were.

Passages are real sentences, or short excerpts of them, from BBC, ECB+ and PolNeAR train
(../shared/corpora/), each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

from extraction import assert_said, claim_with


def test_subject_after_and_joining_a_clause() -> None:
    # BBC sport/103: the manager speaks, after a clause about the injured player
    text = (
        "Duff sustained a knee injury in the FA Cup defeat at Newcastle and manager Jose "
        'Mourinho said: "He cannot run. His injury is very painful, so he is out."'
    )
    claim = claim_with(text, "He cannot run. His injury is very painful, so he is out.")
    assert claim.speaker is not None
    assert claim.speaker.name == "Jose Mourinho"
    assert claim.speaker.role == "manager"


def test_unnamed_spokesman_after_and() -> None:
    # BBC sport/050
    text = (
        "They have until midnight on 16 December and an IAAF spokesman said: \"We're sure "
        'their responses are on their way."'
    )
    assert_said(
        text, "We're sure their responses are on their way.", "an IAAF spokesman",
        "direct:speaker-before",
    )  # fmt: skip


def test_time_before_and_is_no_part_of_the_speaker() -> None:
    # ECB+ 25_6ecb: "Thursday and coach Sean Payton" was the speaker's name
    text = (
        "Bush tweaked his left knee last Thursday and coach Sean Payton said the Saints decided "
        "to put the running back on IR."
    )
    claim = claim_with(text, "the Saints decided to put the running back on IR")
    assert claim.speaker is not None
    assert claim.speaker.name == "Sean Payton"


def test_list_after_subordinator_speaks_together() -> None:
    # guard, PolNeAR train (Washington Post, 2016): "when" opens a clause whose subject is
    # the whole list
    text = (
        "But Trump seemed to become especially agitated when Cruz and Rubio implied that the "
        "billionaire couldn't win the nomination or the election."
    )
    claim = claim_with(text, "the billionaire couldn't win the nomination or the election")
    assert claim.speaker is not None
    assert claim.speaker.name == "Cruz and Rubio"


def test_list_before_who_is_not_split() -> None:
    # guard, BBC entertainment/239: both students observe, not the last one
    text = (
        "Less impressed were fellow students Ryan Crabbe and Gordon Rennie, who observed, "
        "\"With Fightstar, Charlie has clearly progressed from Busted's sound, but they're still "
        'not very inspiring."'
    )
    claim = claim_with(
        text,
        "With Fightstar, Charlie has clearly progressed from Busted's sound, but they're still "
        "not very inspiring.",
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Ryan Crabbe and Gordon Rennie"
