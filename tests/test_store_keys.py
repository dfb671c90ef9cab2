"""Name keys: one normal form for outlets, speakers and what a journalist types."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdb.store.keys import is_alias_worthy, name_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Korea Bizwire", "korea bizwire"),
        ("  KOREA   BIZWIRE ", "korea bizwire"),
        ("José Ramírez", "jose ramirez"),
        ("The White House", "white house"),
        ("South Korea\u2019s Defense Ministry", "south koreas defense ministry"),
        ("South Korea's Defense Ministry", "south koreas defense ministry"),
        ("A South Korean Foreign Ministry official", "south korean foreign ministry official"),
        ("M. H. Lee", "m h lee"),
        ("the a x", "x"),  # stripped until a word remains, so a key is its own key
        ("", ""),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@given(st.text())
def test_name_key_is_a_fixed_point_of_plain_words(name: str) -> None:
    key = name_key(name)
    assert re.fullmatch(r"(?:[0-9a-z]+(?: [0-9a-z]+)*)?", key)
    assert name_key(key) == key


@pytest.mark.parametrize(
    ("mention", "worthy"),
    [
        ("Kirby", True),
        ("John Kirby", True),
        ("the White House", True),
        ("The Pentagon", True),
        ("he", False),
        ("She", False),
        ("they", False),
        ("the official", False),
        ("The spokesman", False),
        ("a senior official", False),
        ("", False),
    ],
)
def test_alias_worthy_mentions_name_someone(mention: str, worthy: bool) -> None:
    assert is_alias_worthy(mention) is worthy
