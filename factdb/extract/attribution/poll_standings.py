"""Standings a poll "has" a candidate at: "Wednesday's Quinnipiac poll has Clinton leading Trump
by just six points", "a CNN-ORC survey released Friday had him at 4 percent", "Latest poll has
Trump pulling even with Clinton".

"has" reports nothing by itself, so only a poll, survey or polling average opening its clause,
with a name or a pronoun after the verb and a standing after that (a figure, a lead, a rank),
is read: the standing is the poll's finding, as "the poll shows Clinton leading" is.
"""

from __future__ import annotations

from collections.abc import Iterator

from factdb.extract.attribution.record import Attribution, _trim
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import belief_verb_forms, reporting_verb_forms
from factdb.extract.mentions import after_openers

# the poll, "has" and who it has: the poll's noun heads the phrase, perhaps with a short tail
# ("released Friday", "of three polls conducted the first week of March"); then a standing
_POLL_HAS = compile_on_use(
    r"(?P<source>(?:[\w.’'/&-]+\s+){0,8}?(?:[Pp]olls?|[Ss]urveys?|average)"
    r"(?:\s+(?:released|conducted|taken|out|published)(?:\s+[\w’'.-]+){1,3}?"
    r"|\s+of\s+[^,;:()\x01]{3,70}?)?)"
    r"\s+(?P<verb>has|had|have)\s+"
    r"(?P<object>him|her|them|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+(?<![’']s))\s+"
    r"(?=at\s+\d|(?:ahead|leading|trailing|pulling|tied|winning|beating|losing|behind)\b|"
    r"in\s+(?:first|second|third|fourth|fifth|the\s+lead)\b|with\s+(?:a\s+)?\d)"
)


# where the clause before the poll may end: the poll's phrase opens its own clause
_CLAUSE_BREAK_BEFORE = compile_on_use(r"(?:[,;:]|\b(?:but|and|while|whereas))\s*$")


# where the standing ends: a clause break, an aside or the sentence's end
_STANDING_END = compile_on_use(r"\s*(?:[,;:(\x01]|\s[—–-]\s|\s--\s)")


# words that make the phrase before "has" a clause, not a poll's name
_NOT_IN_SOURCE = frozenset(["that", "which", "who", "where", "when", "if", "whether"])


def poll_standings(text: str, masked: str, s_start: int, s_end: int) -> Iterator[Attribution]:
    """The standings of one sentence (see the module's docstring), each the poll's evidence."""
    if all(masked.find(verb, s_start, s_end) < 0 for verb in ("has", "had", "have")):
        return  # the cheap test first: `_POLL_HAS` tries its phrase at every position
    opening = after_openers(masked, s_start, s_end)
    verbs = reporting_verb_forms() | belief_verb_forms()
    for m in _POLL_HAS.finditer(masked, s_start, s_end):
        start = m.start("source")
        if start != opening and not _CLAUSE_BREAK_BEFORE.search(masked, s_start, start):
            continue  # "Trump said the latest poll has him ...": the poll opens no clause
        words = masked[start : m.end("source")].lower().split()
        if any(w in _NOT_IN_SOURCE or w in verbs for w in words):
            continue  # "The polls that show Johnson at 10 percent have ...": a clause inside
        stop = _STANDING_END.search(masked, m.end("object"), s_end)
        s, e = _trim(text, m.start("object"), stop.start() if stop else s_end)
        if len(masked[s:e].split()) < 3:
            continue
        source = _trim(text, start, m.end("source"))
        cue = (m.start("verb"), m.end("verb"))
        yield Attribution(s, e, "indirect", "indirect:evidence", cue, source, None, 0.55)
