"""No module of the package binds one top-level name twice.

The extraction modules are long lists of patterns and helpers; a second `_POSSESSIVES = ...`
or `def _clip_end` further down silently replaces the first for every caller above it (three
such redefinitions were found in attribution.py by hand). ruff does not report a rebound
constant, so this test does.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factdb"


def _top_level_names(source: str) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    twice = {n: c for n, c in _top_level_names(path.read_text(encoding="utf-8")).items() if c > 1}
    assert twice == {}


def test_the_check_sees_a_second_binding() -> None:
    assert _top_level_names("A = 1\ndef f(): pass\nA = 2\n")["A"] == 2
