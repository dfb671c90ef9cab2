"""Regexes compiled on first use, not at import.

The engine's modules hold some 700 patterns at module level; compiling them all was most of
the work of importing the engine, and every `factdb` command paid it at start-up, though most
commands and most articles use only part of them. A pattern made with `compile_on_use` is
compiled the first time one of its methods or attributes is asked for. `.pattern` is there
from the start, so a pattern built from another's source (`rf"...{FINITE_WORD.pattern}..."`)
does not compile it. A match's `.re` is the compiled pattern, not the stand-in: a pattern
whose matches are told apart by `match.re is PATTERN` stays a plain `re.compile`.

On first use the module that made the pattern, and every module of its package that imported
it by name, then holds the compiled pattern itself under that name: a method found among a
plain object's attributes, as the stand-in's are, misses the cached lookup Python does for a
compiled pattern's own methods, and the engine calls these patterns over a thousand times an
article (some 200k instructions of each BBC article under callgrind). Whatever else holds the
stand-in (a tuple built at import) goes on through it, the compiled methods copied onto it.
So a stand-in and its compiled pattern are not `is` each other: never tell a pattern by `is`
after using it.
"""

from __future__ import annotations

import re
import sys
from typing import Any


class _PatternOnUse:
    """Stands for `re.compile(pattern, flags)` until first used."""

    def __init__(self, pattern: str, flags: int, home: dict[str, Any]) -> None:
        self.pattern = pattern
        self._flags = flags
        self._home = home  # the globals of the module that made it

    def __getattr__(self, name: str) -> Any:
        # only called for what the instance does not hold yet: the first use compiles, copies
        # every public attribute of the compiled pattern onto this object and makes it a
        # `_CompiledPattern`, a class without __getattr__, whose attribute lookups are the
        # plain ones (a class with __getattr__ costs a slower lookup on every call)
        compiled = re.compile(self.pattern, self._flags)
        for module in _modules_of_package(self._home, sys._getframe(1).f_globals):
            for key in _names_in(module).get(id(self), ()):
                if module.get(key) is self:
                    module[key] = compiled  # the module's own name: the compiled pattern
        del self._home
        for attribute in dir(compiled):
            if not attribute.startswith("_"):
                setattr(self, attribute, getattr(compiled, attribute))
        self.__class__ = _CompiledPattern
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"compile_on_use({self.pattern!r}, {self._flags!r})"


# per module's globals: its size when last read, and the names each stand-in in it is held by
# (by id); read once per module, not once per pattern (a module holds hundreds)
_INDEXES: dict[int, tuple[int, dict[int, list[str]]]] = {}


# per package: how many modules were loaded when it was last read, and its modules' globals
_PACKAGES: dict[str, tuple[int, list[dict[str, Any]]]] = {}


def _modules_of_package(home: dict[str, Any], user: dict[str, Any]) -> list[dict[str, Any]]:
    """The globals of the module that made a pattern, of the one using it and of every module
    of the same package loaded so far (which may have imported it by name)."""
    package = str(home.get("__name__", "")).split(".")[0] + "."
    loaded, members = _PACKAGES.get(package, (-1, []))
    if loaded != len(sys.modules):
        members = [
            vars(module)
            for name, module in list(sys.modules.items())
            if name.startswith(package) and hasattr(module, "__dict__")
        ]
        _PACKAGES[package] = (len(sys.modules), members)
    others = [found for found in members if found is not home and found is not user]
    return [home, *others] if user is home else [home, user, *others]


def _names_in(module: dict[str, Any]) -> dict[int, list[str]]:
    """The names a module's globals hold each not yet compiled stand-in by, keyed by its id."""
    size, index = _INDEXES.get(id(module), (-1, {}))
    if size != len(module):  # first read, or names added since (a module still importing)
        index = {}
        for key, value in module.items():
            if type(value) is _PatternOnUse:
                index.setdefault(id(value), []).append(key)
        _INDEXES[id(module)] = (len(module), index)
    return index


class _CompiledPattern:
    """A `_PatternOnUse` once compiled: the compiled pattern's methods are its own attributes."""

    pattern: str
    _flags: int

    def __repr__(self) -> str:
        return f"compile_on_use({self.pattern!r}, {self._flags!r})"


def compile_on_use(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled the first time it is used."""
    home = sys._getframe(1).f_globals
    return _PatternOnUse(pattern, int(flags), home)  # type: ignore[return-value]
