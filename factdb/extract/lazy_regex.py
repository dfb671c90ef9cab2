"""Regexes compiled on first use, not at import.

The engine's modules hold some 700 patterns at module level; compiling them all was most of
the work of importing the engine, and every `factdb` command paid it at start-up, though most
commands and most articles use only part of them. A pattern made with `compile_on_use` is
compiled the first time one of its methods or attributes is asked for; from then on the
compiled pattern's methods are plain attributes of the object, found as fast as a compiled
pattern's own. `.pattern` is there from the start, so a pattern built from another's source
(`rf"...{FINITE_WORD.pattern}..."`) does not compile it. A match's `.re` is the compiled
pattern, not the stand-in: a pattern whose matches are told apart by `match.re is PATTERN`
stays a plain `re.compile`.
"""

from __future__ import annotations

import re
from typing import Any


class _PatternOnUse:
    """Stands for `re.compile(pattern, flags)` until first used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # only called for what the instance does not hold yet: the first use compiles, copies
        # every public attribute of the compiled pattern onto this object and makes it a
        # `_CompiledPattern`, a class without __getattr__, whose attribute lookups are the
        # plain ones (a class with __getattr__ costs a slower lookup on every call)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in dir(compiled):
            if not attribute.startswith("_"):
                setattr(self, attribute, getattr(compiled, attribute))
        self.__class__ = _CompiledPattern
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"compile_on_use({self.pattern!r}, {self._flags!r})"


class _CompiledPattern:
    """A `_PatternOnUse` once compiled: the compiled pattern's methods are its own attributes."""

    pattern: str
    _flags: int

    def __repr__(self) -> str:
        return f"compile_on_use({self.pattern!r}, {self._flags!r})"


def compile_on_use(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled the first time it is used."""
    return _PatternOnUse(pattern, int(flags))  # type: ignore[return-value]


def _is_word(char: str) -> bool:
    """A character `\\w` matches in a str pattern (what `\\b` tells words by)."""
    return char.isalnum() or char == "_"


def bounded_word_starts(text: str, word: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where `re.compile(rf"\\b{re.escape(word)}\\b").finditer(text, start, end)` matches, found
    without compiling a pattern: the engine looked up surnames and names this way, each a new
    pattern, and compiling one cost more than the search (the `re` cache, 512 patterns, keeps
    few of them from one article to the next). Left to right, not overlapping, as `finditer`;
    the edges are read as `\\b` reads them (a word character on one side only; none outside
    `text[:end]`, while the text before `start` counts)."""
    end = len(text) if end is None else min(end, len(text))
    if not word or not 0 <= start <= end:
        pattern = re.compile(rf"\b{re.escape(word)}\b")
        return [m.start() for m in pattern.finditer(text, start, end)]
    first_is_word, last_is_word = _is_word(word[0]), _is_word(word[-1])
    found: list[int] = []
    at = text.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if (at > 0 and _is_word(text[at - 1])) != first_is_word and (
            after < end and _is_word(text[after])
        ) != last_is_word:
            found.append(at)
            at = text.find(word, after, end)
        else:
            at = text.find(word, at + 1, end)
    return found
