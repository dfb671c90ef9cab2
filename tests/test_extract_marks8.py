"""Reported content that ends in a quotation keeps its closing mark: 'calling it "absurd."'
was shown as 'it "absurd.', its quotation left open.

Passages from PolNeAR train (2016) and the BBC news corpus (2004-05).
"""

from __future__ import annotations

from extraction import claim_with, claims_of


def test_a_characterisation_keeps_the_closing_mark() -> None:
    text = (
        'The Democratic presidential candidate blasted Trump\'s call for a "deportation force" '
        'on Wednesday, calling it "absurd."'
    )
    claim = claim_with(text, 'it "absurd."')
    assert claim.kind == "mixed"


def test_the_mark_after_the_point_is_kept_too() -> None:
    text = 'The minister described the new targets as "reasonably impressive".'
    claim_with(text, 'the new targets as "reasonably impressive"')


def test_content_that_ends_before_the_quotation_is_left_alone() -> None:
    text = 'Smith said the plan was dead, adding: "We tried."'
    texts = [c.text for c in claims_of(text)]
    assert "the plan was dead" in texts
