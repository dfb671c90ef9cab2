"""Claim normalisation: what two outlets' renderings of one quote must agree on."""

from __future__ import annotations

import pytest

from factdb.match.normalize import claim_tokens, content_tokens, is_number, normalize_claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seed article (Korea Bizwire): curly apostrophe and quote marks vanish
        (
            "\u201cAny cooperation that directly or indirectly aids North Korea\u2019s military",
            "any cooperation that directly or indirectly aids north koreas military",
        ),
        # straight and curly apostrophes give the same token
        ("North Korea's military", "north koreas military"),
        # thousands separators go, decimals and per cent signs stay
        ("about 3,000 North Korean troops", "about 3000 north korean troops"),
        ("growth of 2.5% in 2004.", "growth of 2.5% in 2004"),
        # abbreviation dots go, so "U.N." and "UN" meet
        ("violates U.N. Security Council resolutions", "violates un security council resolutions"),
        # dashes, ellipses and doubled spaces are just spaces
        ("growing \u2014 and  deepening\u2026", "growing and deepening"),
        ("Kim Jong-un", "kim jong un"),
        ("Caf\u00e9 d\u00e9j\u00e0 vu", "cafe deja vu"),
        ("\u201c \u2026 \u201d", ""),
    ],
)
def test_normalize_claim(text: str, expected: str) -> None:
    assert normalize_claim(text) == expected


def test_content_tokens_keep_negations() -> None:
    """ "will" and "will not" must not look alike once stopwords are dropped."""
    tokens = claim_tokens("We will not tolerate this")
    assert content_tokens(tokens) == ["not", "tolerate"]


@pytest.mark.parametrize(
    ("token", "expected"),
    [("3000", True), ("2.5%", True), ("dozens", True), ("six", True), ("troops", False)],
)
def test_is_number(token: str, expected: bool) -> None:
    assert is_number(token) is expected
