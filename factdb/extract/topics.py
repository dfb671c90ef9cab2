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
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal, NamedTuple

from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import demonyms, reporting_verb_forms, words

TopicKind = Literal["entity", "keyword"]

# "U.S." and "U.N." as one token; otherwise letters, with inner hyphens and apostrophes.
_TOKEN = compile_on_use(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
_POSSESSIVE = compile_on_use(r"['\u2019]s?$")
_LINE = compile_on_use(r"[^\n]+")
_OPENING = frozenset("\"'\u201c\u2018([")
_SENTENCE_END = frozenset(".!?:\n")
_CONTRACTION = compile_on_use(r"(?:n['\u2019]t|['\u2019](?:m|re|ve|ll|d))$", re.IGNORECASE)
_NON_WORD = compile_on_use(r"[^0-9a-z]+")
# A word in "-ing" is a noun after these: "the bombing", "of fighting".
_GERUND_ARTICLES = frozenset({"the", "a", "an", "of"})
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


@lru_cache(maxsize=65536)
def topic_key(text: str) -> str:
    """The form topics, tags and `--topic` searches are compared in.

    Lower-case ASCII, singular, and a place adjective as its place ("North Korean" ->
    "north korea"), so the troops, the regime and the country meet under one subject.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    ascii_only = ascii_only.replace("'", "").replace("\u2019", "")
    places = demonyms()
    parts = (part for part in _NON_WORD.split(ascii_only) if part)
    return " ".join(places.get(part) or stem(part) for part in parts)


@lru_cache(maxsize=65536)
def plain_key(name: str) -> str:
    """A name lower-cased word by word, without the singular and place mappings of topic_key.

    A name whose plain key equals its topic key is the subject's own name ("North Korea"),
    which is preferred for display over an inflected form ("North Korean").
    """
    return " ".join(part for part in _NON_WORD.split(name.casefold()) if part)


def _tokens(text: str) -> tuple[list[_Token], set[str]]:
    """Word tokens without possessive endings, and the words seen in lower case.

    "Russia-North" splits into two names. In a headline every word is capitalised, so there a
    capital marks a name only when the word never appears in lower case elsewhere ("Troops" in
    "North Korean Troops" is not); such a word then counts as seen in lower case too.
    """
    tokens: list[_Token] = []
    headlines: list[tuple[int, int]] = []  # token index ranges of title-case lines
    for line in _LINE.finditer(text):
        first = len(tokens)
        _raw_tokens(text, line.start(), line.end(), tokens)
        if _title_case(tokens, first):
            headlines.append((first, len(tokens)))
    lowercase_seen = {t.text for t in tokens if not t.capitalised}
    demoted = []
    for first, last in headlines:
        for i in range(first, last):
            token = tokens[i]
            if token.capitalised and token.text.casefold() in lowercase_seen:
                tokens[i] = token._replace(capitalised=False)
                demoted.append(token.text)
    lowercase_seen.update(demoted)
    return tokens, lowercase_seen


def _title_case(tokens: list[_Token], first: int) -> bool:
    """Whether the tokens from `first` on, one line's, are written in title case (most longer
    words capitalised)."""
    caps = [t.capitalised for t in tokens[first:] if len(t.text) > 3]
    return len(caps) >= HEADLINE_MIN_WORDS and sum(caps) >= HEADLINE_SHARE * len(caps)


# tuple.__new__ builds a _Token about twice as fast as the NamedTuple constructor.
_new_token = tuple.__new__


def _raw_tokens(text: str, start: int, end: int, tokens: list[_Token]) -> None:
    """Append the word tokens of text[start:end] to `tokens`."""
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        at = match.start()
        if ("'" in word or "\u2019" in word) and len(word) > 2:
            possessive = _POSSESSIVE.search(word)
            if possessive:
                word = word[: possessive.start()]
        if "-" in word:
            parts = word.split("-")
            if all(part[:1].isupper() for part in parts):
                for part in parts:
                    tokens.append(_new_token(_Token, (part, at, at + len(part), True)))
                    at += len(part) + 1
                continue
        if word:
            tokens.append(_new_token(_Token, (word, at, at + len(word), word[0].isupper())))


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
    """Two tokens of one name are separated by a single space ("Russia-North Korea" is two)."""
    return text[left.end : right.start] == " "


def _name_runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Runs of capitalised tokens, joined across "of" when a capitalised word follows."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for i, token in enumerate(tokens):
        if token.capitalised:
            if current and not _adjacent(text, current[-1], token):
                runs.append(current)
                current = []
            current.append(token)
        elif (
            current
            and token.text in _NAME_JOINERS
            and i + 1 < len(tokens)
            and tokens[i + 1].capitalised
            and _adjacent(text, current[-1], token)
            and _adjacent(text, token, tokens[i + 1])
        ):
            current.append(token)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [part for run in runs for part in _split_at_titles(run)]


def _split_at_titles(run: list[_Token]) -> list[list[_Token]]:
    """ "Russian President Vladimir Putin" is two subjects: "Russian" and "Vladimir Putin"."""
    titles = _titles()
    parts: list[list[_Token]] = [[]]
    for token in run:
        if token.text.rstrip(".").casefold() in titles:
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


def _is_contraction(word: str) -> bool:
    """ "don't", "we're"; the test for an apostrophe first skips the regex for most words."""
    return ("'" in word or "\u2019" in word) and _CONTRACTION.search(word) is not None


@lru_cache(maxsize=65536)
def _noun_like(word: str) -> bool | None:
    """Whether a lower-cased word is probably a key noun: not a stopword, adverb, participle or
    adjective; None for an "-ing" form, which depends on the word before. Cached: an article
    repeats most of its words."""
    if len(word) < 3 or word in _stopwords() or "-" in word or _is_contraction(word):
        return False
    if word.endswith(("ly", "ed", "ous", "ful")):
        return False
    if word.endswith("ing"):
        return None
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
    tokens, lowercase_seen = _tokens(text)
    found: dict[str, list] = {}  # key -> [name, kind, count, start, end]

    def note(name: str, kind: TopicKind, start: int, end: int, count: int = 1) -> None:
        key = topic_key(name)
        if not key:
            return
        entry = found.get(key)
        if entry is None:
            found[key] = [name, kind, count, start, end]
            return
        entry[2] += count
        if kind == "entity" and plain_key(name) == key != plain_key(entry[0]):
            entry[0], entry[3], entry[4] = name, start, end  # "North Korea" over "North Korean"
        elif kind == "keyword" and entry[0][:1].isupper() and name[:1].islower():
            entry[0], entry[3], entry[4] = name, start, end  # "police" over a sentence's "Police"

    openers = _opener_only(text, tokens)
    in_names: set[int] = set()
    for run in _name_runs(text, tokens):
        if len(run) == 1 and (run[0].text.casefold() in lowercase_seen or run[0].text in openers):
            continue
        if any(_is_contraction(t.text) for t in run):
            continue
        start, end = run[0].start, run[-1].end
        note(text[start:end], "entity", start, end)
        in_names.update(t.start for t in run)

    min_count = 2 if len(tokens) >= LONG_TEXT_WORDS else 1
    # Each keyword is counted here and noted once, at its first occurrence: noting them in
    # that order gives what noting every occurrence would, with one key look-up a word.
    keywords: dict[str, list[int]] = {}  # name -> [count, start, end]
    previous = ""  # the word before, lower-cased
    for token in tokens:
        lowered = token.text.casefold()
        if token.start not in in_names:
            noun_like = _noun_like(lowered)
            if noun_like is None:  # a gerund is a noun after an article: "the bombing"
                noun_like = previous in _GERUND_ARTICLES
            if noun_like and not (
                token.capitalised and lowered not in lowercase_seen and token.text not in openers
            ):
                seen = keywords.get(token.text)
                if seen is None:
                    keywords[token.text] = [1, token.start, token.end]
                else:
                    seen[0] += 1
        previous = lowered
    for name, (count, start, end) in keywords.items():
        note(name, "keyword", start, end, count)

    ranked = [
        (key, entry)
        for key, entry in found.items()
        if entry[1] == "entity" or entry[2] >= min_count
    ]
    # A stable sort, so building Topics for the kept ones only gives the same list.
    ranked.sort(key=lambda item: (-item[1][2], item[1][1] != "entity", item[1][3]))
    topics = [
        Topic(name=name, key=key, kind=kind, count=count, start=start, end=end)
        for key, (name, kind, count, start, end) in (ranked[:limit] if limit else ranked)
    ]
    return topics
