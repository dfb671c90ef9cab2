"""Who said what: the attribution patterns of one sentence and the reported content.

The rules live in the submodules, one job each (see each one's docstring); this package
re-exports the names other modules take from it.
"""

from __future__ import annotations

from factdb.extract.attribution.clause_after_cue import quoted_title, reads_anothers_text
from factdb.extract.attribution.clipping import _COMMA_NAME
from factdb.extract.attribution.documents import _WRITTEN_TO_BEFORE
from factdb.extract.attribution.evidence import _SEEMS_TO_BEFORE
from factdb.extract.attribution.participle_speakers import _REDUCED_RELATIVE
from factdb.extract.attribution.record import Attribution
from factdb.extract.attribution.sentence import _ACCORDING, _STANCE_FORMS, attribute_sentence
from factdb.extract.attribution.shared import (
    _CHANNEL_THEN_TO,
    _GOES_ON_TO,
    _TO_BEFORE,
    _ends_in_to,
    widen_cue,
)

__all__ = [
    "Attribution",
    "_ACCORDING",
    "_CHANNEL_THEN_TO",
    "_COMMA_NAME",
    "_GOES_ON_TO",
    "_REDUCED_RELATIVE",
    "_SEEMS_TO_BEFORE",
    "_STANCE_FORMS",
    "_TO_BEFORE",
    "_WRITTEN_TO_BEFORE",
    "_ends_in_to",
    "attribute_sentence",
    "quoted_title",
    "reads_anothers_text",
    "widen_cue",
]
