"""A plural role noun is no one person: "The students" after "students David Filo and Jerry
Yang" (BBC tech/065) is both of them, so the engine must not name the first one alone."""

from __future__ import annotations

import pytest
from extraction import claim_with

YAHOO = (
    "The web portal has undergone remarkable change since it was set up by Stanford University"
    " students David Filo and Jerry Yang in a campus trailer. The students said they wanted a"
    " way of keeping track of their web-based interests."
)
CAMPAIGNERS = (
    "Groups challenging the plans include Stop Stansted Expansion, Heathrow anti-noise"
    " campaigners HACAN Clearskies and the London boroughs of Hillingdon and Wandsworth."
    " The campaigners will say the government did not adequately consider the building of new"
    " airports."
)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (YAHOO, "they wanted a way of keeping track of their web-based interests"),
        (CAMPAIGNERS, "the government did not adequately consider the building of new airports"),
    ],
)
def test_a_plural_role_names_no_one_of_those_who_hold_it(text: str, content: str) -> None:
    speaker = claim_with(text, content).speaker
    assert speaker is not None
    assert speaker.name not in ("David Filo", "HACAN Clearskies")
    assert speaker.kind != "person"


def test_a_singular_office_still_names_its_holder() -> None:
    text = "Tory leader Michael Howard spoke on Monday. The Tory leader said taxes would fall."
    speaker = claim_with(text, "taxes would fall").speaker
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Michael Howard", "Tory leader")
