"""Golden tests for names with particles, bodies named with a role, and clauses with "cannot".

Passages are one or two sentences from the corpora in ../shared/corpora, named per test.
"""

from __future__ import annotations

import pytest
from extraction import claims_of


def test_a_name_with_a_capitalised_particle_keeps_its_first_name_and_organisation() -> None:
    # BBC business: "Van den" had cut the name to "Brul of BNP Paribas"
    text = (
        "Aviation analyst Nick Van den Brul of BNP Paribas described BA's latest quarterly "
        'results as "pretty modest".'
    )
    (claim,) = claims_of(text)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.organization) == ("Nick Van den Brul", "BNP Paribas")


def test_a_title_before_a_lower_case_particle_resolves_to_the_full_name() -> None:
    # PolNeAR train (New York Times, 2016): "Mr. de Vos" is the professor named before
    text = (
        "''I've been rubbernecking this election,'' said Pierre de Vos, a professor in public "
        "law at the University of Cape Town in South Africa, who likened the campaign to a car "
        "crash.\n\nFor decades, Mr. de Vos noted, the United States has deployed observers for "
        "elections in developing countries."
    )
    noted = [c for c in claims_of(text) if c.text.startswith("the United States")]
    assert len(noted) == 1 and noted[0].speaker is not None
    assert noted[0].speaker.name == "Pierre de Vos"


def test_a_body_named_after_its_role_is_an_organisation() -> None:
    # BBC business: "Yukos' owner" is a role, but "Menatep Group" is no person
    text = (
        "Yukos' owner Menatep Group says it will ask Rosneft to repay a loan that Yugansk had "
        "secured on its assets."
    )
    (claim,) = claims_of(text)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("Menatep Group", "organization")


def test_a_reported_clause_with_cannot_is_reported_speech() -> None:
    # BBC politics: "cannot" was no verb, so the clause had no finite verb and no claim
    text = (
        "But the Tory MP for Sleaford and North Hykeham admitted the lord chancellor's role and "
        'office "cannot be frozen in aspic".'
    )
    (claim,) = claims_of(text)
    assert claim.text.startswith("the lord chancellor's role")
    assert claim.cue is not None and claim.cue.text == "admitted"


def test_a_relative_clause_on_whom_was_told_is_not_what_was_told() -> None:
    # PolNeAR train (New York Times, 2016): the quoted words are what Bush tells, never "who
    # wonder why he cannot summon ..."
    text = (
        "Mr. Bush tells voters who wonder why he cannot summon Mr. Trump's TV-friendly fury "
        "that he ''wasn't brought up that way.''"
    )
    (claim,) = claims_of(text)
    assert claim.text.startswith("wasn't brought up")
    assert claim.speaker is not None and claim.speaker.name == "Bush"


def test_no_claim_starts_with_the_relative_clause_of_an_addressee() -> None:
    # a written guard: where "told reporters who ..." leaves off, there is no sure clause
    text = "He told reporters who had gathered outside the plan had failed."
    assert all(not c.text.startswith("who") for c in claims_of(text))


def test_a_time_alone_after_a_participle_is_nothing_said() -> None:
    # ECB+: "revealed earlier this week" says when the flaw came out, not what was revealed
    text = (
        "Microsoft will push out an out-of-cycle Windows patch to temporarily fix the critical "
        "Internet Explorer flaw revealed earlier this week."
    )
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "name", "organization"),
    [
        # BBC business: a body of two words before its possessive
        (
            '"The Aurora issue had been an ongoing one for some time," says Deutsche Bank\'s '
            "Simon Champion.",
            "Simon Champion",
            "Deutsche Bank",
        ),
        # PolNeAR train (Breitbart, 2016): a broadcaster's initials before its possessive
        (
            "Not long after Trump tweeted the famed fascist’s quote, NBC’s Chuck Todd asked the "
            'GOP frontrunner, "Do you want to be associated with Mussolini?"',
            "Chuck Todd",
            "NBC",
        ),
    ],
)
def test_a_bodys_possessive_is_no_part_of_the_persons_name(
    text: str, name: str, organization: str
) -> None:
    named = [c.speaker for c in claims_of(text) if c.speaker and c.speaker.mention.endswith(name)]
    assert named and all((s.name, s.organization) == (name, organization) for s in named)


def test_an_office_of_a_department_is_a_persons_role() -> None:
    # PolNeAR train (New York Times, 2016): "Secretary of State" had made the whole mention an
    # organisation's name
    text = (
        "Secretary of State John Kerry said the Iranians released by the United States were in "
        "some cases close to completing their sentences."
    )
    (claim,) = claims_of(text)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind, claim.speaker.role) == (
        "John Kerry",
        "person",
        "Secretary of State",
    )


def test_a_role_ending_in_its_office_after_a_body_of_something_stays_that_role() -> None:
    # BBC business: "deputy governor" is the office, the "of England" belongs to the bank
    text = (
        "Annual house price inflation fell to 4% in December, according to Bank of England "
        "deputy governor Rachel Lomax."
    )
    (claim,) = claims_of(text)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("Rachel Lomax", "person")
