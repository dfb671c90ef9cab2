"""Drift flags pinned on the seed article's quotes (Korea Bizwire, Oct. 17 2024).

Each variant is the kind of edit a later outlet makes to the earliest wording.
"""

from __future__ import annotations

import pytest

from factdb.match.drift import compare, drift_flags, word_diff
from factdb.match.speakers import SpeakerRef

KIRBY = (
    "While we cannot independently confirm these reports, if true, they would indicate a "
    "significant strengthening of the Russia-North Korea defense relationship."
)
BATTALION = "Russia has formed a battalion-sized unit of about 3,000 North Korean troops"
CASUALTIES = "six North Korean soldiers were among approximately 20 casualties on the Russian side"
SANCTIONS = (
    "Any cooperation that directly or indirectly aids North Korea's military enhancement "
    "violates U.N. Security Council resolutions and is subject to international monitoring "
    "and sanctions,"
)


@pytest.mark.parametrize(
    ("earliest", "variant", "flags"),
    [
        # typography only: no drift
        (KIRBY, KIRBY.replace(",", "").upper(), []),
        (CASUALTIES, CASUALTIES.replace("six", "seven"), ["number_changed"]),
        (BATTALION, BATTALION.replace("3,000", "1,500"), ["number_changed"]),
        (CASUALTIES, CASUALTIES.replace("approximately 20", "20"), ["hedge_dropped"]),
        (CASUALTIES.replace("approximately 20", "20"), CASUALTIES, ["hedge_added"]),
        (KIRBY, KIRBY.replace("if true, ", ""), ["hedge_dropped"]),
        (
            SANCTIONS,
            SANCTIONS.replace("violates", "does not violate"),
            ["negation_added"],
        ),
        (
            "the hospital would not release any details about their conditions",
            "the hospital would release details about their conditions",
            ["negation_dropped"],
        ),
        (
            KIRBY,
            "they would indicate a significant strengthening of the Russia-North Korea "
            "defense relationship",
            ["hedge_dropped", "quote_cut"],
        ),
        (
            SANCTIONS,
            SANCTIONS.replace(" and is subject to international monitoring and sanctions,", ""),
            ["quote_cut"],
        ),
    ],
)
def test_drift_flags(earliest: str, variant: str, flags: list[str]) -> None:
    assert drift_flags(earliest, variant) == flags


def test_a_cut_that_drops_a_number_is_only_a_cut() -> None:
    cut = "Russia has formed a battalion-sized unit"
    assert drift_flags(BATTALION, cut) == ["hedge_dropped", "quote_cut"]


@pytest.mark.parametrize(
    ("earliest", "variant", "changed"),
    [
        (SpeakerRef("John Kirby"), SpeakerRef("Kirby"), False),
        (SpeakerRef("John Kirby"), SpeakerRef("Adm. John Kirby"), False),
        (SpeakerRef("John Kirby"), SpeakerRef("a senior U.S. official", "anonymous"), True),
        (SpeakerRef("John Kirby"), SpeakerRef("the White House", "organization"), True),
        (SpeakerRef("John Kirby"), SpeakerRef("Hunter Kirby"), True),
        (SpeakerRef("John Kirby"), SpeakerRef("unknown", "unknown"), False),
        (SpeakerRef("John Kirby"), None, False),
    ],
)
def test_speaker_changed(earliest: SpeakerRef, variant: SpeakerRef | None, changed: bool) -> None:
    flags = drift_flags(KIRBY, KIRBY, earliest, variant)
    assert ("speaker_changed" in flags) is changed


def test_word_diff_shows_words_as_printed() -> None:
    ops = word_diff(BATTALION, BATTALION.replace("about 3,000", "1,500"))
    changed = [(op.tag, op.old, op.new) for op in ops if op.tag != "equal"]
    assert changed == [("replace", "about 3,000", "1,500")]
    assert " ".join(op.old for op in ops if op.old) == BATTALION


def test_compare_returns_diff_and_flags() -> None:
    drift = compare(CASUALTIES, CASUALTIES.replace("six", "seven"))
    assert drift.flags == ["number_changed"]
    assert [op.tag for op in drift.diff] == ["replace", "equal"]
