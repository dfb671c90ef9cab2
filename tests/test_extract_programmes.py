"""A programme's quoted name in the frame of a claim is where the words were said, not words
anyone said: '..., he said on MSNBC's "Morning Joe."', 'Smith told "Fox News Sunday" that'."""

from __future__ import annotations

import pytest
from extraction import claim_with, claims_of


def test_a_programme_ending_the_frame_after_the_claim() -> None:
    # PolNeAR train (HuffPost, 2016): the show's name closes the sentence after the frame
    text = (
        "Former Rep. Chris Shays (R-Conn.) was pro John Kasich while the Ohio governor was in "
        "the running, he said Wednesday morning on MSNBC’s “Morning Joe.”"
    )
    claim = claim_with(
        text,
        "Former Rep. Chris Shays (R-Conn.) was pro John Kasich while the Ohio governor was in "
        "the running",
    )
    assert claim.kind == "indirect"
    assert claim.cue is not None and claim.cue.text == "said"
    assert all("Morning Joe" not in c.text for c in claims_of(text))


# The same frames in the shapes US television news writes them
@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "Taxes will rise next year, Smith said on “Meet the Press.”",
            "Taxes will rise next year",
            id="said-on-programme-after",
        ),
        pytest.param(
            "Taxes will rise next year, Smith told “Fox News Sunday.”",
            "Taxes will rise next year",
            id="told-programme-after",
        ),
        pytest.param(
            "Smith told “Fox News Sunday” that taxes will rise next year.",
            "taxes will rise next year",
            id="told-programme-that",
        ),
        pytest.param(
            "Smith told “60 Minutes” on Monday: “Taxes will rise next year.”",
            "Taxes will rise next year.",
            id="told-programme-colon",
        ),
        pytest.param(
            "Taxes will rise, Smith said in an interview with “Fox News Sunday”, adding that "
            "spending must fall.",
            "Taxes will rise",
            id="interview-with-programme",
        ),
    ],
)
def test_the_programme_is_no_claim_and_the_claim_is_found(text: str, content: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None and claim.speaker.name == "Smith"
    for other in claims_of(text):
        assert other.speaker is not None and other.speaker.name == "Smith", other.text
        assert "Fox News" not in other.text and "Minutes" not in other.text


def test_words_told_in_a_quotation_stay_the_speakers() -> None:
    # the guard: a quotation after "told" that is no programme's name is not read as one
    claim = claim_with("“We will win,” Smith told “Fox News Sunday.”", "We will win,")
    assert claim.kind == "direct"
