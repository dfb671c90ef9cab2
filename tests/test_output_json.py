"""`to_json` writes exactly what `json.dumps(..., indent=2)` writes, only faster.

Every list command and `factdb extract` print through it, and scripts read that output, so
the property test below holds it to the standard library byte for byte on any JSON-like value
(and on the odd things commands hand over: dates, enums, tuples, non-string keys).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from enum import IntEnum

from hypothesis import given
from hypothesis import strategies as st

from factdb.output import OutputFormat, to_json

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.dates(),
    st.sampled_from(list(OutputFormat)),
)
keys = st.one_of(st.text(), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none())
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(keys, inner, max_size=4),
    ),
    max_leaves=30,
)


def _standard(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


@given(values)
def test_same_text_as_json_dumps(value: object) -> None:
    assert to_json(value) == _standard(value)


@given(values, st.integers(min_value=0, max_value=3))
def test_depth_indents_every_line_after_the_first(value: object, depth: int) -> None:
    lines = _standard(value).split("\n")
    expected = "\n".join([lines[0], *("  " * depth + line for line in lines[1:])])
    assert to_json(value, depth=depth) == expected


class _Level(IntEnum):
    high = 3


def test_an_extracted_claim_prints_as_json_dumps_would() -> None:
    """A claim as `factdb extract` gives it (Korea Bizwire seed), with the subclasses and
    dates other commands pass: str and int enums, a datetime, a tuple of offsets."""
    claim = {
        "text": "While we cannot independently confirm, they would indicate a significant "
        "strengthening of cooperation \u2026 \u201cquoted\u201d \\ \u2028",
        "start": 412,
        "end": 530,
        "kind": OutputFormat.json,
        "speaker": {"name": "John Kirby", "role": None, "organization": "NSC"},
        "cue": {"text": "said", "start": 531, "end": 535},
        "hedged": True,
        "hedges": [],
        "confidence": 0.9,
        "level": _Level.high,
        "segments": [(412, 440), (452, 530)],
        "published": date(2024, 10, 17),
        "ingested_at": datetime(2024, 10, 17, 9, 30, tzinfo=UTC),
        "empty": {},
    }
    assert to_json([claim]) == _standard([claim])
    assert to_json([]) == "[]"


def test_a_key_json_cannot_write_is_refused_as_json_refuses_it() -> None:
    try:
        _standard({(1, 2): 3})
    except TypeError:
        pass
    else:  # pragma: no cover - the standard library changed
        raise AssertionError("json.dumps accepted a tuple key")
    try:
        to_json({(1, 2): 3})
    except TypeError:
        return
    raise AssertionError("to_json accepted a tuple key")
