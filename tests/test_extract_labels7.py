"""A speaker label before a colon in sentence case: capitals start the name, so a capitalised
word that is also a verb ("United", "Mark") does not make the label a sentence.

Passages from the BBC News dataset (bbc/, Greene & Cunningham 2006), shortened.
"""

from __future__ import annotations

import pytest
from extraction import claims_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "United could have had a third late on.\n- Manchester United boss Sir Alex "
            "Ferguson: \"It wasn't our best performance of the last three months but I think "
            "we're deserved winners.\"",
            "Alex Ferguson",
        ),
        (
            "Micah Hyde is expected to recover from a knee injury.\n- Blackburn boss Mark "
            'Hughes: "Burnley are resolute and have individual talent but I fully expect us to '
            'progress."',
            "Mark Hughes",
        ),
    ],
)
def test_a_name_label_with_a_capitalised_verb_word(text: str, speaker: str) -> None:
    (claim,) = claims_of(text)
    assert claim.rule == "direct:name-colon"
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a headline in title case keeps its verb: the label is no name
        'Trump Addresses Munich Attack: "We will not be intimidated by anyone at all."',
        # a sentence in sentence case keeps its lower-case verb
        'The boss Mark Hughes warned: "Burnley are resolute and have individual talent."',
    ],
)
def test_a_label_with_a_verb_is_no_name_label(text: str) -> None:
    assert all(claim.rule != "direct:name-colon" for claim in claims_of(text))
