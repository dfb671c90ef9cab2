"""Golden tests for "claim(s/ed/ing) to + verb" and the wrong speakers it exposed.

What someone claims of themselves with a to-infinitive right after the verb ("as Sanders claims
to desire", "claimed to have been involved in a road crash") is a claim whose content is the
infinitive clause, as PolNeAR marks it. Reading it brought out three speaker errors that the
"claimed that" / "saying that" readings share:

- a demonym before a plural noun read as the sentence's subject ("Greek sprinters Kostas
  Kenteris and Katerina Thanou missed ...", "Syrian hackers backing ... hijacked"): the
  adjective is no speaker; the names after the noun are, when a verb follows them;
- a clause joined by a bare "and" ("Testers could not find them ... and the duo were later
  admitted to hospital after claiming ..."): the participle is the joined clause's subject's
  act, never the first clause's; a noun phrase joined to an object ("met the mayor and the
  governor") or to the subject ("the Tories and Lib Dems have ... tabled") is no clause;
- a clause joined after a comma whose subject opens with a possessive (", while her main
  rival, Bernie Sanders, has soared in the polls by saying ...").

An "it" that stands for nothing ("It has been a strange week for M&S, which ... received a
statement from Philip Green, ..., confirming") speaks for no one either, and after a quotation framed by "Reliance said in ...", the words
after ", adding" are the framed speaker's, not the sentence's first word's.

Guards: "to" naming whom it was claimed to, a demonym that is a subject of its own
("American, the world's biggest airline ..., said"), compound subjects.

Passages are real sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl) and
BBC (../shared/corpora/bbc/bbc.jsonl), each named in a comment.
"""

from __future__ import annotations

from extraction import assert_said, claim_with, claims_of


def test_claims_to_desire_is_a_claim() -> None:
    # PolNeAR train (Washington Post, 2016)
    text = (
        "If there were no such thing as superdelegates - as Sanders claims to desire - Clinton "
        "already would have won."
    )
    assert_said(text, "to desire", "Sanders", "indirect:said-to")


def test_claimed_to_with_quotation_is_a_claim() -> None:
    # PolNeAR train (New York Times, 2015): the infinitive in quotation marks
    claim = claim_with("She claimed to ''retire.''", "to ''retire.''")
    assert claim.rule == "mixed:said-to"


def test_demonym_before_plural_is_no_speaker_the_names_are() -> None:
    # BBC sport/066: "Greek" describes the sprinters; the two names are who claimed
    text = (
        "On the eve of the Games, Greek sprinters Kostas Kenteris and Katerina Thanou missed a "
        "drugs test and claimed to have been involved in a road crash."
    )
    assert_said(
        text,
        "to have been involved in a road crash",
        "Kostas Kenteris and Katerina Thanou",
        "indirect:said-to",
    )


def test_demonym_before_plural_without_names_is_no_speaker() -> None:
    # PolNeAR train (Politico, 2016): "Syrian" is no one's name
    text = (
        "In 2013, Syrian hackers backing embattled President Bashar Assad hijacked The "
        "Associated Press’ Twitter account, tweeting out falsified reports of two explosions at "
        "the White House that had injured Obama."
    )
    assert all(c.speaker is None or c.speaker.name != "Syrian" for c in claims_of(text))


def test_participle_after_clause_joined_by_and_is_not_first_subjects() -> None:
    # BBC sport/048: the duo claimed, not the testers
    text = (
        "Testers could not find them at the Olympic village and the duo were later admitted to "
        "hospital after claiming to have been involved in a motorcycle accident."
    )
    assert all(c.speaker is None or c.speaker.name != "Testers" for c in claims_of(text))


def test_participle_after_possessive_led_clause_is_its_subjects() -> None:
    # PolNeAR train (New York Times, 2016): Sanders says the system is rigged, not "Voters"
    text = (
        "Voters in the Democratic primary are watching an accomplished, experienced member of "
        "the establishment, Hillary Clinton, argue that the top echelons of power are rigged "
        "against women, while her main rival, Bernie Sanders, has soared in the polls by saying "
        "that the system is rigged in favor of the rich and powerful."
    )
    assert_said(
        text,
        "the system is rigged in favor of the rich and powerful",
        "Bernie Sanders",
        "indirect:participle-said-that",
    )


# --- guards: what must stay as it is ---


def test_claimed_to_an_addressee_is_no_infinitive() -> None:
    # the "to" of whom it was claimed to opens no claim of its own
    text = "Smith claimed to reporters that the vote had been rigged."
    assert all(not c.rule.endswith("said-to") for c in claims_of(text))


def test_demonym_that_is_a_subject_stays_a_speaker() -> None:
    # BBC business/466: American Airlines, a subject with its own verb
    text = (
        "American, the world's biggest airline by some measures, said it expected to report a "
        "loss for the first quarter of 2005."
    )
    assert_said(
        text, "it expected to report a loss for the first quarter of 2005", "American",
        "indirect:said-clause",
    )  # fmt: skip


def test_compound_subject_before_participle_stays_the_speaker() -> None:
    # BBC politics: "and" joins the subject's two parties, no clause
    text = (
        "In a rare move, the Tories and Lib Dems have jointly tabled a motion opposing the new "
        'bill, saying the house arrest plans are "excessive".'
    )
    claim = claim_with(text, 'the house arrest plans are "excessive"')
    assert claim.speaker is not None and "Tories" in claim.speaker.name


def test_clause_verb_before_bare_and_keeps_the_speaker() -> None:
    # BBC business/001: what follows the reporting verb is more of what was said
    text = (
        "China's Baoshan Iron and Steel Co. said it was delaying a share sale because of weak "
        "market conditions, adding it would raise steel prices to offset ore costs."
    )
    claim = claim_with(text, "it would raise steel prices to offset ore costs")
    assert claim.speaker is not None and "Baoshan" in claim.speaker.name


def test_participle_after_dummy_it_has_no_speaker() -> None:
    # BBC business/184 and politics/261: an "it" that stands for nothing is no one who
    # confirms or claims (the statement from Philip Green confirms; the pledge card claims)
    for text in (
        "It has been a strange week for M&S, which on Tuesday received a statement from Philip "
        "Green, the billionaire Bhs owner, confirming he was not rebidding for the company.",
        "It was left to Mr Prescott to pay glowing tribute to the chancellor's record and, in a "
        "final flourish, to produce his famous pledge card, from 1997, claiming Labour has met "
        "all of its promises.",
    ):
        assert all(not c.rule.startswith("indirect:participle") for c in claims_of(text))


def test_participle_after_quotation_frame_is_the_framed_speakers() -> None:
    # ECB+ (30_12ecb): Reliance said the words before and adds the words after; "Internet",
    # the first word of the sentence, is nobody
    text = (
        "Internet traffic “from Mumbai to London has now been rerouted via Hong Kong which may "
        "lead to congestion and increased latency on this route,” Reliance said in an e-mailed "
        "“traffic disruption update,” adding that it is working with the affected customers to "
        "restore all services."
    )
    claim = claim_with(text, "it is working with the affected customers to restore all services")
    assert claim.speaker is not None and claim.speaker.name == "Reliance"
