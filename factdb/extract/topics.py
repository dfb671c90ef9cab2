"""What a claim or an article is about: named entities and key nouns, found without a model.

A journalist asks "everything on North Korea" or "who talked about sanctions"; full-text search
answers the words, topics answer the subject. Names are runs of capitalised words ("North
Korea", "Ministry of National Defense", "U.N. Security Council"); key nouns are the content
words that recur ("troops", "sanctions"). Everything here is plain string work so a 2,000-article
batch is indexed in seconds, and every topic keeps the offsets of its first occurrence so it
leads back to its place in the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal, NamedTuple

from factdb.extract.lexicon import reporting_verb_forms, words

TopicKind = Literal["entity", "keyword"]

# "U.S." and "U.N." as one token; otherwise letters, with inner hyphens and apostrophes.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_NEWLINE = re.compile(r"\n")
_OPENING = frozenset("\"'\u201c\u2018([")
_SENTENCE_END = frozenset(".!?:\n")
_CONTRACTION = re.compile(r"(?:n['\u2019]t|['\u2019](?:m|re|ve|ll|d))$", re.IGNORECASE)
_NON_WORD = re.compile(r"[^0-9a-z]+")
# Words that join the parts of one name: "Ministry of National Defense".
_NAME_JOINERS = frozenset({"of"})
# Long texts need a word to recur before it counts as a topic; a one-sentence claim does not.
LONG_TEXT_WORDS = 80
DEFAULT_LIMIT = 12
HEADLINE_MIN_WORDS = 4
HEADLINE_SHARE = 0.7


@dataclass(frozen=True, slots=True)
class Topic:
    """One subject of a text: `text[start:end] == name` at its first occurrence."""

    name: str
    key: str  # topic_key(name): what tags, topics and searches are compared by
    kind: TopicKind
    count: int
    start: int
    end: int


class _Token(NamedTuple):
    """A word and its place; a tuple because an article has thousands and they are built fast."""

    text: str
    start: int
    end: int
    capitalised: bool


@cache
def _stopwords() -> frozenset[str]:
    return words("stopwords") | words("function_words") | frozenset(reporting_verb_forms())


@cache
def _titles() -> frozenset[str]:
    return frozenset(title.rstrip(".") for title in words("titles"))


def stem(word: str) -> str:
    """A plural to its singular, so "sanction" finds "sanctions" and "casualty" "casualties".

    Deliberately light (no Porter): topics are names and nouns, and an aggressive stemmer
    would make "Russian" and "Russia", or "general" and "generation", one subject.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
        return word[:-1]
    return word


@cache
def _demonyms() -> dict[str, str]:
    """ "korean" -> "korea": read from lexicons/demonyms.txt."""
    pairs = (entry.split(maxsplit=1) for entry in words("demonyms"))
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


@lru_cache(maxsize=65536)
def topic_key(text: str) -> str:
    """The form topics, tags and `--topic` searches are compared in.

    Lower-case ASCII, singular, and a place adjective as its place ("North Korean" ->
    "north korea"), so the troops, the regime and the country meet under one subject.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    ascii_only = ascii_only.replace("'", "").replace("\u2019", "")
    places = _demonyms()
    parts = (part for part in _NON_WORD.split(ascii_only) if part)
    return " ".join(places.get(part) or stem(part) for part in parts)


def plain_key(name: str) -> str:
    """A name lower-cased word by word, without the singular and place mappings of topic_key.

    A name whose plain key equals its topic key is the subject's own name ("North Korea"),
    which is preferred for display over an inflected form ("North Korean").
    """
    return " ".join(part for part in _NON_WORD.split(name.casefold()) if part)


def _tokens(text: str) -> list[_Token]:
    """Word tokens without possessive endings; "Russia-North" splits into two names.

    In a headline every word is capitalised, so there a capital marks a name only when the
    word never appears in lower case elsewhere ("Troops" in "North Korean Troops" is not).
    """
    raw = _raw_tokens(text)
    lowercase_seen = {t.text for t in raw if not t.capitalised}
    line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    lines = [bisect_right(line_starts, t.start) for t in raw]
    headlines = _headline_lines(raw, lines)
    tokens = []
    for token, line in zip(raw, lines, strict=True):
        in_headline = line in headlines
        if token.capitalised and in_headline and token.text.casefold() in lowercase_seen:
            token = _Token(token.text, token.start, token.end, capitalised=False)
        tokens.append(token)
    return tokens


def _headline_lines(tokens: list[_Token], lines: list[int]) -> set[int]:
    """Numbers of the lines written in title case (most longer words capitalised)."""
    per_line: dict[int, list[bool]] = {}
    for token, line in zip(tokens, lines, strict=True):
        if len(token.text) > 3:
            per_line.setdefault(line, []).append(token.capitalised)
    return {
        line
        for line, caps in per_line.items()
        if len(caps) >= HEADLINE_MIN_WORDS and sum(caps) >= HEADLINE_SHARE * len(caps)
    }


def _raw_tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(), match.start()
        if ("'" in word or "\u2019" in word) and len(word) > 2:
            possessive = _POSSESSIVE.search(word)
            if possessive:
                word = word[: possessive.start()]
        parts = word.split("-") if "-" in word else ()
        if len(parts) > 1 and all(part[:1].isupper() for part in parts):
            offset = start
            for part in parts:
                tokens.append(_Token(part, offset, offset + len(part), True))
                offset += len(part) + 1
        elif word:
            tokens.append(_Token(word, start, start + len(word), word[0].isupper()))
    return tokens


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
    """Two tokens of one name are separated by a single space ("Russia-North Korea" is two)."""
    return text[left.end : right.start] == " "


def _name_runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Runs of capitalised tokens, joined across "of" when a capitalised word follows."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        continues_name = token.capitalised and (not current or _adjacent(text, current[-1], token))
        joins_name = (
            current
            and token.text in _NAME_JOINERS
            and i + 1 < len(tokens)
            and tokens[i + 1].capitalised
            and _adjacent(text, current[-1], token)
            and _adjacent(text, token, tokens[i + 1])
        )
        if continues_name or joins_name:
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = [token] if token.capitalised else []
        i += 1
    if current:
        runs.append(current)
    return [part for run in runs for part in _split_at_titles(run)]


def _split_at_titles(run: list[_Token]) -> list[list[_Token]]:
    """ "Russian President Vladimir Putin" is two subjects: "Russian" and "Vladimir Putin"."""
    parts: list[list[_Token]] = [[]]
    for token in run:
        if token.text.rstrip(".").casefold() in _titles():
            parts.append([])
        else:
            parts[-1].append(token)
    trimmed = (_trim(part) for part in parts)
    return [part for part in trimmed if sum(len(t.text.strip(".")) for t in part) > 1]


def _trim(run: list[_Token]) -> list[_Token]:
    """Drop sentence openers, months and joiners at either end ("On October", "The White House")."""
    stop = _stopwords()
    start, end = 0, len(run)
    while start < end and run[start].text.casefold() in stop:
        start += 1
    while end > start and (run[end - 1].text.casefold() in stop):
        end -= 1
    return run[start:end]


def _is_keyword(token: _Token, previous: _Token | None) -> bool:
    """A content word that is probably a noun: not a stopword, adverb, participle or adjective."""
    word = token.text.casefold()
    if len(word) < 3 or word in _stopwords() or "-" in word or _CONTRACTION.search(word):
        return False
    if word.endswith(("ly", "ed", "ous", "ful")):
        return False
    if word.endswith("ing"):
        return previous is not None and previous.text.casefold() in {"the", "a", "an", "of"}
    return True


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but quote marks or brackets between `start` and a sentence end or line start."""
    i = start - 1
    while i >= 0 and (text[i] in _OPENING or text[i] == " "):
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _opener_only(text: str, tokens: list[_Token]) -> set[str]:
    """Capitalised words seen only where every word is capitalised: at a sentence's start.

    "People were injured" says nothing about whether "People" is a name; only a capital in
    mid-sentence does.
    """
    opening: set[str] = set()
    inside: set[str] = set()
    for token in tokens:
        if token.capitalised:
            (opening if _opens_sentence(text, token.start) else inside).add(token.text)
    return opening - inside


def find_topics(text: str, limit: int = DEFAULT_LIMIT) -> list[Topic]:
    """The named entities and key nouns of `text`, most frequent first (at most `limit`).

    A capitalised word that also appears in lower case ("Troops were..." beside "troops"), or
    only ever opens a sentence ("People were injured"), counts as a keyword, not as a name.
    """
    tokens = _tokens(text)
    lowercase_seen = {t.text for t in tokens if not t.capitalised}
    found: dict[str, list] = {}  # key -> [name, kind, count, start, end]

    def note(name: str, kind: TopicKind, start: int, end: int) -> None:
        key = topic_key(name)
        if not key:
            return
        entry = found.get(key)
        if entry is None:
            found[key] = [name, kind, 1, start, end]
            return
        entry[2] += 1
        if kind == "entity" and plain_key(name) == key != plain_key(entry[0]):
            entry[0], entry[3], entry[4] = name, start, end  # "North Korea" over "North Korean"
        elif kind == "keyword" and entry[0][:1].isupper() and name[:1].islower():
            entry[0], entry[3], entry[4] = name, start, end  # "police" over a sentence's "Police"

    openers = _opener_only(text, tokens)
    in_names: set[int] = set()
    for run in _name_runs(text, tokens):
        if len(run) == 1 and (run[0].text.casefold() in lowercase_seen or run[0].text in openers):
            continue
        if any(_CONTRACTION.search(t.text) for t in run):
            continue
        start, end = run[0].start, run[-1].end
        note(text[start:end], "entity", start, end)
        in_names.update(t.start for t in run)

    min_count = 2 if len(tokens) >= LONG_TEXT_WORDS else 1
    previous: _Token | None = None
    for token in tokens:
        lowered = token.text.casefold()
        if token.start not in in_names and _is_keyword(token, previous):
            if token.capitalised and lowered not in lowercase_seen and token.text not in openers:
                previous = token
                continue
            note(token.text, "keyword", token.start, token.end)
        previous = token

    topics = [
        Topic(name=name, key=key, kind=kind, count=count, start=start, end=end)
        for key, (name, kind, count, start, end) in found.items()
        if kind == "entity" or count >= min_count
    ]
    topics.sort(key=lambda t: (-t.count, t.kind != "entity", t.start))
    return topics[:limit] if limit else topics
