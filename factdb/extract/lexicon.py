"""Word lists the engine consults, read once from `lexicons/*.txt`.

Linguists and journalists edit these files, not the code: one entry a line, `#` starts a
comment. Every accessor is cached so the files are read once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources

_PACKAGE = "factdb.extract"


def _lines(name: str) -> list[str]:
    """Entries of one lexicon file, comments and blank lines dropped, order kept."""
    raw = resources.files(_PACKAGE).joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    entries = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            entries.append(line.strip())
    return entries


# ("after"/"before" are left out: "after Trump said ..." opens a clause with its subject)
PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "at",
        "of",
        "for",
        "with",
        "from",
        "by",
        "to",
        "about",
        "into",
        "over",
        "under",
        "than",
        "via",
        "during",
        "through",
        "against",
        "between",
        "among",
        "along",
        "across",
        "near",
        "outside",
        "inside",
        "around",
        "throughout",
    ]
)


@cache
def words(name: str) -> frozenset[str]:
    """A lexicon as a set of lower-cased entries (for membership tests)."""
    return frozenset(entry.lower() for entry in _lines(name))


@cache
def entries(name: str) -> tuple[str, ...]:
    """A lexicon as written, longest entry first so alternations prefer the longest match."""
    return tuple(sorted(set(_lines(name)), key=lambda e: (-len(e), e)))


def _inflect(base: str) -> tuple[str, str, str]:
    """Regular third-person, past and gerund forms of an English verb."""
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        third, past = base[:-1] + "ies", base[:-1] + "ied"
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        third, past = base + "es", base + "ed"
    else:
        third = base + "s"
        past = base + "d" if base.endswith("e") else base + "ed"
    if base.endswith("ie"):
        gerund = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        gerund = base[:-1] + "ing"
    else:
        gerund = base + "ing"
    return third, past, gerund


@cache
def reporting_verb_forms() -> dict[str, str]:
    """Every inflected form of every reporting verb, mapped to its base form."""
    return _verb_forms("reporting_verbs")


@cache
def belief_verb_forms() -> dict[str, str]:
    """Every inflected form of every belief verb ("thinks", "feared"), mapped to its base."""
    return _verb_forms("belief_verbs")


@cache
def belief_adjectives() -> dict[str, frozenset[str]]:
    """Adjectives of belief ("confident", "concerned"), each mapped to the tags written after it:
    "that" when it takes only a "that" clause ("adamant that"), "impersonal" when "it" before
    it is nobody ("It is certain that ...")."""
    return {
        entry.split()[0].lower(): frozenset(entry.lower().split()[1:])
        for entry in _lines("belief_adjectives")
    }


def _verb_forms(name: str) -> dict[str, str]:
    """Inflected forms of the verbs of one lexicon ("base [past participle]" a line)."""
    forms: dict[str, str] = {}
    for line in _lines(name):
        parts = line.lower().split()
        base = parts[0]
        third, past, gerund = _inflect(base)
        if len(parts) >= 2:
            past = parts[1]
            if past.endswith("ed") and len(past) > 4 and past[-3] == past[-4]:
                gerund = past[:-2] + "ing"
        candidates = [base, third, past, gerund, *parts[1:]]
        for form in candidates:
            forms.setdefault(form, base)
    return forms


@cache
def pronoun_classes() -> dict[str, str]:
    """Pronoun -> class (person, group, thing, self, relative)."""
    table: dict[str, str] = {}
    for line in _lines("pronouns"):
        word, _, cls = line.partition("\t")
        if not cls:
            word, _, cls = line.partition(" ")
        table[word.strip().lower()] = cls.strip()
    return table


def _pairs(name: str) -> dict[str, str]:
    """A lexicon of "word rest of the line" pairs as a table: first word -> the rest."""
    pairs = (entry.split(maxsplit=1) for entry in words(name))
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


@cache
def demonyms() -> dict[str, str]:
    """Adjective of place -> the place ("korean" -> "korea"), from lexicons/demonyms.txt."""
    return _pairs("demonyms")


@cache
def role_abbreviations() -> dict[str, str]:
    """Abbreviated office -> the office ("pm" -> "prime minister"), from
    lexicons/role_abbreviations.txt."""
    return _pairs("role_abbreviations")


@cache
def title_abbreviations() -> dict[str, str]:
    """Office -> its abbreviation before a name ("senator" -> "sen."), from
    lexicons/title_abbreviations.txt."""
    return _pairs("title_abbreviations")


@cache
def cue_phrases() -> dict[str, str]:
    """Multi-word reporting cue -> the reporting verb it behaves like."""
    table: dict[str, str] = {}
    for line in _lines("cue_phrases"):
        phrase, _, verb = line.partition(" | ")
        table[phrase.strip().lower()] = verb.strip().lower()
    return table


@cache
def verb_class(name: str) -> frozenset[str]:
    """One class of `verb_classes.txt` ("clause", "weak_clause", ...), as base forms or words."""
    for line in _lines("verb_classes"):
        cls, _, members = line.partition(" | ")
        if cls.strip() == name:
            return frozenset(members.split())
    raise KeyError(f"verb_classes lexicon has no class {name!r}")


def trie_regex(words: Iterable[str], ends: Mapping[str, str] | None = None) -> str:
    """One regex for many words, nested by prefix, so a non-match fails after a character or two.

    `ends` maps some words to a regex that must match where the word ends for it to count
    (the longer words it begins are still tried first, as without it)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {ends[word]: {}} if ends and word in ends else {}

    def render(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in node.items() if ch]
        end = next(iter(node[""]), "") if "" in node else ""
        if not branches:
            return end
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return f"(?:{body}|{end})" if end else f"(?:{body})?"

    return render(trie)
