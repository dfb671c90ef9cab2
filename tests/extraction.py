"""What the extraction golden tests share."""

from __future__ import annotations

from factdb.extract import extract_article
from factdb.extract.types import Claim


def claims_of(text: str) -> list[Claim]:
    """Every claim of a passage, each checked to slice back from the text: a claim must lead
    back to its exact place in its source, whatever else a test asks of it."""
    claims = extract_article(text).claims
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return claims


def claim_with(text: str, content: str) -> Claim:
    """The one claim of a passage whose text is `content`."""
    claims = claims_of(text)
    matching = [c for c in claims if c.text == content]
    assert len(matching) == 1, [(c.text, c.rule) for c in claims]
    return matching[0]


def assert_said(text: str, content: str, speaker: str, rule: str) -> None:
    """The passage's one claim with `content` was said by `speaker`, found by `rule`."""
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.rule == rule
