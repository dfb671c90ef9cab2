"""Which PolNeAR attributions factdb leaves out by policy, read from the gold cue alone.

PolNeAR labels stances, topics, perceptions and acts as attributions beside claims. factdb keeps
claims, so the accuracy report's "kept" figures leave those kinds out. The kinds come from
`cue_kinds.txt`, a list of the annotation's own cue words, so a speech verb factdb lacks still
counts as a miss: the reading cannot be raised by shrinking factdb's lexicons.

A passive belief nobody holds ("is expected to", "are believed to") is left out too: factdb
extracts beliefs of a holder, and such a gold attribution has no source.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_KINDS_FILE = Path(__file__).with_name("cue_kinds.txt")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|'[a-z]+")
_BE = frozenset({"is", "was", "were", "are", "be", "been", "being", "am"})
_PASSIVE_BELIEF = frozenset(
    {"expected", "believed", "thought", "considered", "seen", "viewed", "regarded", "deemed"}
    | {"projected", "predicted", "estimated", "anticipated", "presumed", "assumed", "suspected"}
)
_NOT_ADVERBS = frozenset({"reply", "apply", "supply", "comply", "imply", "rely", "ally", "rally"})


@cache
def _kind_of_word() -> dict[str, str]:
    """Each listed word and its kind; the words of the `skip` line come before a head."""
    words: dict[str, str] = {}
    for line in _KINDS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, forms = line.split("\t", 1)
        for form in forms.split():
            words.setdefault(form, kind)
    return words


def _base_forms(word: str) -> list[str]:
    """The word and the bases it may inflect: "criticized" -> criticize, "slammed" -> slam,
    "applied" -> apply, "talking" -> talk."""
    bases = [word]
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            bases += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                bases.append(stem[:-1])
    for suffix in ("ies", "ied"):
        if word.endswith(suffix):
            bases.append(word[: -len(suffix)] + "y")
    return bases


def _is_skipped(word: str) -> bool:
    if word.endswith("ly") and word not in _NOT_ADVERBS:
        return True
    return _kind_of_word().get(word) == "skip"


def head_word(cue: str) -> str:
    """The cue's first word after auxiliaries, adverbs and verbs of aspect ("has repeatedly
    criticized" and "began criticizing" -> "criticized"); empty for a cue of punctuation only
    (a colon, a dash)."""
    for word in _WORD.findall(cue.lower().replace("’", "'")):
        if not _is_skipped(word):
            return word
    return ""


def left_out_kind(cue: str | None, speaker: str | None) -> str | None:
    """The kind a gold attribution is left out as (stance, topic, perception, act, nominal,
    passive belief), or None for an attribution factdb should find."""
    if not cue:
        return None
    words = _WORD.findall(cue.lower().replace("’", "'"))
    if not speaker and words and words[0] in _BE and words[-1] in _PASSIVE_BELIEF:
        return "passive belief"
    table = _kind_of_word()
    kinds = (table.get(base) for base in _base_forms(head_word(cue)))
    return next((kind for kind in kinds if kind and kind != "skip"), None)
