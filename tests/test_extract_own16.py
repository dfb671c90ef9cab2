"""A describing word glued to a name ("Defiant Matt Williams") is cut off only when the rest is a
person's full name: a title there ("Sen. John McCain") means the words are a titled name, which
other rules read (factdb/extract/speakers.py, `_a_persons_full_name`)."""

import pytest

from factdb.extract.speakers import _a_persons_full_name


@pytest.mark.parametrize("name", [["Tony", "Bullock"], ["Jimmy", "Floyd", "Hasselbaink"]])
def test_a_full_name_is_one(name: list[str]) -> None:
    assert _a_persons_full_name(name)


@pytest.mark.parametrize(
    "name", [["Sen.", "John", "McCain"], ["Gov.", "Andrew", "Cuomo"], ["Economics", "Minister"]]
)
def test_a_title_or_office_is_not_a_full_name(name: list[str]) -> None:
    assert not _a_persons_full_name(name)
