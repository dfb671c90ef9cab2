"""Countries speak as states, not people: "Malaysia said" (BBC business/345) is a government,
and a country named where something happens ("in Sri Lanka and Indonesia") is no body that a
later "It" could stand for instead of the one that spoke."""

from __future__ import annotations

import pytest
from extraction import claim_with


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Malaysia said as many as 1,000 fishermen will be affected and that damage to the"
            ' industry will be "significant", Agence France Presse reported.',
            "as many as 1,000 fishermen will be affected and that damage to the industry will be"
            ' "significant"',
            "Malaysia",
        ),
        (
            "Sri Lanka is hoping for a wider freeze from other creditors.",
            "a wider freeze from other creditors",
            "Sri Lanka",
        ),
    ],
)
def test_a_country_is_an_organization(text: str, content: str, speaker: str) -> None:
    found = claim_with(text, content).speaker
    assert found is not None
    assert (found.name, found.kind) == (speaker, "organization")


def test_a_place_where_it_happened_is_no_other_body() -> None:
    text = (
        "Separately, the International Labour Organisation (ILO) said that at least one million"
        " people have lost their livelihoods in Sri Lanka and Indonesia alone. It called for"
        " action to create jobs."
    )
    speaker = claim_with(text, "action to create jobs").speaker
    assert speaker is not None
    assert speaker.name == "International Labour Organisation"
