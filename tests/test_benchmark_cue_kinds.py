"""The accuracy benchmark's kept reading: which PolNeAR cues are left out as no claims.

The reading must not depend on factdb's lexicons, so a speech verb the engine lacks stays in.
Cues below are PolNeAR train cues."""

from __future__ import annotations

import pytest

from benchmarks.cue_kinds import head_word, left_out_kind


@pytest.mark.parametrize(
    ("cue", "speaker", "kind"),
    [
        ("has repeatedly criticized", "Trump", "stance"),
        ("began criticizing", "Sanders", "stance"),
        ("went on to criticize", "Trump", "stance"),
        ("expressed", "Hillary Clinton", "stance"),
        ("referring to", "Manchin", "topic"),
        ("talked about", "he", "topic"),
        ("seemed", "Trump", "perception"),
        ("knew", "she", "perception"),
        ("declined", "Jennifer Palmieri", "act"),
        ("voted for", "he", "act"),
        ("the question", None, "nominal"),
        ("are expected", None, "passive belief"),
    ],
)
def test_kinds_that_are_no_claims_are_left_out(cue: str, speaker: str | None, kind: str) -> None:
    assert left_out_kind(cue, speaker) == kind


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("said", "Trump"),
        ("has repeatedly said", "Trump"),
        ("cited", "the Congressional Budget Office"),  # a speech verb, counted whether or not
        ("put it", "John Cornyn"),  # factdb knows it
        ("don't think", "they"),
        ("is expected", "Clinton"),  # a holder is named: a belief, kept
        ("according to", None),
        (":", "Transcript"),
        (None, "Trump"),
    ],
)
def test_claims_are_kept(cue: str | None, speaker: str | None) -> None:
    assert left_out_kind(cue, speaker) is None


def test_head_word_skips_auxiliaries_adverbs_and_aspect() -> None:
    assert head_word("had also publicly criticized") == "criticized"
    assert head_word("continued to insist") == "insist"
    assert head_word("’s also making") == "making"
    assert head_word(" — ") == ""
