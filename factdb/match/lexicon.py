"""Word lists the matcher consults, read once from `factdb/match/lexicons/*.txt`.

They are data a journalist or linguist may tune (which words never block, which words negate),
so they live in files next to the code rather than in it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def entries(name: str) -> tuple[str, ...]:
    """Lower-cased entries of one lexicon file; `#` comments and blank lines skipped."""
    text = resources.files(__package__).joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    stripped = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return tuple(line for line in stripped if line)


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(entries(name))


@cache
def pairs(name: str) -> dict[str, str]:
    """A two-column (tab separated) lexicon as a mapping from first column to second."""
    mapping: dict[str, str] = {}
    for line in entries(name):
        left, _, right = line.partition("\t")
        mapping[left.strip()] = right.strip()
    return mapping
