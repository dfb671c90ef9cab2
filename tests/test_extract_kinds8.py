"""Bodies named "Society" or "Trust" are organisations, and "the MPs" are members unnamed,
not one person.

Passages from the BBC news corpus (2004-05) and PolNeAR train (New York Times, 2016).
"""

from __future__ import annotations

from extraction import claim_with

MERGER = (
    '"The boards of United Bank and Standard Trust, at separate meetings yesterday, approved '
    'arrangements to merge both institutions," Standard Trust said.'
)
HOLME = (
    "Chairman Lord Holme argued that prime ministers should not have the right of veto on a "
    'matter "of public interest". An independent third-party body such as the Hansard Society '
    "or Electoral Commission could work out the ground rules so they were fair to participants "
    "and informative to the public, he said."
)
COMMITTEE = (
    'The MPs said they were "concerned" the government had not consulted directly on its '
    "plans to improve animal welfare."
)


def test_a_trust_is_an_organisation() -> None:
    claim = claim_with(
        MERGER,
        "The boards of United Bank and Standard Trust, at separate meetings yesterday, approved "
        "arrangements to merge both institutions,",
    )
    assert claim.speaker is not None
    assert claim.speaker.kind == "organization"


def test_a_society_named_between_does_not_take_the_pronoun() -> None:
    claim = claim_with(
        HOLME,
        "An independent third-party body such as the Hansard Society or Electoral Commission "
        "could work out the ground rules so they were fair to participants and informative to "
        "the public",
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Holme"


def test_the_mps_are_not_one_person() -> None:
    claim = claim_with(
        COMMITTEE,
        'they were "concerned" the government had not consulted directly on its plans to '
        "improve animal welfare",
    )
    assert claim.speaker is not None
    assert claim.speaker.kind != "person"


def test_a_chief_executive_is_still_a_person() -> None:
    text = "The chief executive said the bank would cut 300 jobs next year."
    claim = claim_with(text, "the bank would cut 300 jobs next year")
    assert claim.speaker is not None
    assert claim.speaker.kind == "person"
