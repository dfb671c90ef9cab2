"""Golden tests for reported speech the earlier recall passes missed: a reported clause that
ends in a time ("three weeks ago"), ...

Passages are short excerpts from PolNeAR train (../shared/corpora/polnear/train.jsonl), named
per case.
"""

from __future__ import annotations

from factdb.extract import extract_article
from factdb.extract.types import Claim


def claim_for(text: str, content_start: str) -> Claim:
    """The one claim whose content opens with `content_start`; its offsets slice back to it."""
    claims = [c for c in extract_article(text).claims if c.text.startswith(content_start)]
    assert len(claims) == 1, [(c.text, c.rule) for c in extract_article(text).claims]
    claim = claims[0]
    assert text[claim.start : claim.end] == claim.text
    return claim


def test_a_clause_ending_in_a_time_before_the_speaker_is_the_claim() -> None:
    # PolNeAR train (EgyptAir crash victims): "ago" ends the clause, which still has its verb;
    # only a bare time ("A few minutes later, he said, ...") is no claim
    text = (
        "He and his wife had just welcomed a second baby girl three weeks ago, his brother "
        "added. “He’s a new dad,” he said."
    )
    claim = claim_for(text, "He and his wife")
    assert claim.text.endswith("three weeks ago")
    assert claim.speaker is not None and claim.speaker.mention == "his brother"
    assert not [c for c in extract_article("Three weeks ago, he said.").claims]
