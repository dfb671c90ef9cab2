"""Hedge cues: the words that tell a reader a claim is unverified, second-hand, or uncertain.

A journalist filtering for hedged claims needs every "cannot independently confirm" and
"reportedly", but a cue that is not one ("May 20", "he could swim as a child", "claimed the
title") teaches them to ignore the flag. So the cue list lives in `lexicons/hedges.txt` and a
few ambiguous words carry a named context check (`_GUARDS`) that must accept each match. The
text is scanned once for the words a cue can start with; only there are the phrases tried, so a
5 MB corpus takes well under a second.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import cast, get_args

from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import entries, trie_regex
from factdb.extract.types import Claim, Hedge, HedgeCategory

_CATEGORIES: frozenset[str] = frozenset(get_args(HedgeCategory))

_SMALL = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SCALE = "hundred|thousand|million|billion|trillion"
_DIGITS = r"(?:[$£€¥]\s?)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_FRACTION = r"(?:thirds?|quarters?|fifths?|tenths?)"
# A quantity after an approximator. Atomic so "about 3,000-strong" cannot shrink to "about 3,0".
_NUM = (
    r"(?>"
    rf"{_DIGITS}(?:\s?[-–]\s?{_DIGITS})?"  # "20", "$1.20", "20-25"
    r"(?::\d{2})?(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b))?"  # "3pm", "10:30"
    rf"(?:\s?(?:%|per\s?cent\b|percent\b|bn\b|m\b|k\b|(?:{_SCALE})s?\b))?"
    rf"|(?:an?\s+)?(?:{_SMALL})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|{_FRACTION}))?"
    rf"(?:\s+(?:{_SCALE}))?\b"
    rf"|(?:an?\s+|half\s+a\s+)?(?:dozen|{_SCALE})\b|(?:dozens|hundreds|thousands|millions)\b"
    rf"|half\b|an?\s+{_FRACTION}\b|one\s+in\s+\w+|one[- ]{_FRACTION}\b"
    r")"
)
_MACROS = {"{num}": _NUM, "{word}": r"[\w'’.&-]+"}
# the character before a cue's first word: not part of a word (nor a hyphen joining it)
_NOT_IN_WORD = r"[^\w-]"


@dataclass(frozen=True, slots=True)
class _Entry:
    category: HedgeCategory
    regex: str  # matches the lower-cased text
    lower_case_only: bool  # "=may": the text itself must be lower case ("May 20" is a month)
    guard: str | None
    weight: tuple[int, int]  # shortest and longest literal length: longest phrase first
    first_words: frozenset[str]
    # (first word, what the second word starts with) for every way the phrase can open;
    # "" when a {num} or {word}, or nothing, may come second
    openings: frozenset[tuple[str, str]]


def _phrase_regex(phrase: str) -> str:
    """Translate the lexicon's phrase notation into a regex fragment (see hedges.txt)."""
    out: list[str] = []
    i = 0
    while i < len(phrase):
        ch = phrase[i]
        macro = next((m for m in _MACROS if phrase.startswith(m, i)), None)
        if macro is not None:
            out.append(_MACROS[macro])
            i += len(macro)
            continue
        if ch == "(":
            out.append("(?:")
        elif ch in ")|?*":
            out.append(ch)
        elif ch == " ":
            out.append(r"\s+")
        elif ch in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(ch))
        i += 1
    # A cue ending in a number may be followed by "-strong"; a word cue may not run on.
    right = r"(?!\w)" if phrase.endswith("{num}") else r"(?![\w-])"
    return "".join(out) + right


def _literal_length(phrase: str, pick: Callable[[list[int]], int]) -> int:
    """Characters a phrase matches with the shortest (`min`) or longest (`max`) choices."""
    phrase = phrase.replace("{num}", "#").replace("{word}", "#")

    def group_length(match: re.Match[str]) -> str:
        alternatives = [len(alt) for alt in match.group(1).split("|")]
        optional = match.group(2) == "?"
        return "x" * (0 if optional and pick is min else pick(alternatives))

    return len(re.sub(r"\(([^)]*)\)(\??)", group_length, phrase))


def _first_words(phrase: str) -> frozenset[str]:
    """Words a phrase can start with ("(cannot|could not) confirm" -> cannot, could)."""
    if phrase.startswith("("):
        group = phrase[1 : phrase.index(")")]
        return frozenset(alt.split(" ")[0] for alt in group.split("|"))
    return frozenset({re.split(r"[ (]", phrase)[0]})


def _openings(phrase: str) -> frozenset[tuple[str, str]]:
    """(first word, a start of the second word) for each way a phrase can open: "(is|has
    been) (said|reported) to" -> (is, said), (is, reported), (has, been). The second is
    only what is sure: cut where a {num} or {word} or a group inside a group begins, and ""
    where the phrase ends with its first word. Notation this does not follow (a "*", a
    {word} inside the first word) gives "" for every first word: anything may follow."""
    phrase = phrase.replace("’", "'")
    anything = frozenset((word, "") for word in _first_words(phrase))
    steps: list[list[str]] = []  # the choices at each step, as written
    i = 0
    while i < len(phrase):
        if phrase.startswith(tuple(_MACROS), i):
            steps.append(["{"])  # nothing sure from here on
            break
        if phrase[i] == "(":
            depth, close = 0, i
            for close in range(i, len(phrase)):  # the matching ")", past any nested group
                depth += {"(": 1, ")": -1}.get(phrase[close], 0)
                if depth == 0:
                    break
            choices, depth, last = [], 0, i + 1  # split at the "|" of this group only
            for at in range(i + 1, close + 1):
                depth += {"(": 1, ")": -1}.get(phrase[at], 0)
                if depth == 0 and phrase[at] == "|" or at == close:
                    choices.append(phrase[last:at])
                    last = at + 1
            optional = phrase.startswith("?", close + 1)
            steps.append([*choices, ""] if optional else choices)
            i = close + 2 if optional else close + 1
        elif phrase[i] in "()|?*":
            return anything
        else:
            steps.append([phrase[i]])
            i += 1
    found: set[tuple[str, str]] = set()

    def expand(written: str, step: int) -> bool:
        first, space, rest = written.partition(" ")
        if " " in rest or step == len(steps):
            found.add((first, rest.partition(" ")[0]))
            return True
        for choice in steps[step]:
            cut = min((choice.find(c) for c in "{(" if c in choice), default=-1)
            if cut < 0:
                if not expand(written + choice, step + 1):
                    return False
                continue
            first, space, rest = (written + choice[:cut]).partition(" ")
            if not space:
                return False  # the first word itself is not sure
            found.add((first, rest.partition(" ")[0]))
        return True

    return frozenset(found) if expand("", 0) else anything


def parse_lexicon(lines: Iterable[str]) -> list[_Entry]:
    """Entries from `category | phrase | guard` lines; a bad line is an error, not skipped."""
    parsed: list[_Entry] = []
    for line in lines:
        # " | " separates columns; "|" without spaces is a choice inside the phrase.
        parts = [p.strip() for p in line.split(" | ")]
        category, phrase = parts[0], parts[1] if len(parts) > 1 else ""
        guard = parts[2] if len(parts) > 2 else None
        lower_case_only = phrase.startswith("=")
        phrase = phrase.removeprefix("=").lower()
        if (
            len(parts) > 3
            or (guard is not None and guard not in _GUARDS)
            or category not in _CATEGORIES
            or not phrase
            or phrase.startswith(("{", "?", "|"))
        ):
            raise ValueError(f"hedges lexicon: bad line {line!r}")
        weight = (_literal_length(phrase, min), _literal_length(phrase, max))
        parsed.append(
            _Entry(
                cast(HedgeCategory, category),
                _phrase_regex(phrase),
                lower_case_only,
                guard,
                weight,
                _first_words(phrase.replace("’", "'")),
                _openings(phrase),
            )
        )
    return parsed


@dataclass(frozen=True, slots=True)
class _Matcher:
    """The lexicon compiled for scanning lower-cased text.

    `starts` finds the words a cue can begin with (one pass over the text, a prefix trie so
    most words fail after a character); `by_first_word` then tries, at that spot only, the
    alternation of the entries that begin with that word, longest first. Matching lower-cased
    text (ASCII only, so offsets do not move) avoids the cost of a case-insensitive scan.

    `starts` runs over the text with one space put in front and matches the character before
    the word too, not a lookbehind: a pattern that opens with a character class lets the
    regex engine skip, in C, every letter that cannot precede a word. A match's start is so
    the word's offset in the unpadded text.
    """

    entries: list[_Entry]
    starts: re.Pattern[str]
    by_first_word: dict[str, re.Pattern[str]]
    # When a guard rejects the alternation's pick, each other entry is tried on its own
    # (compiled when first needed: most guards accept).
    fallbacks: dict[str, list[int]]


@cache
def _matcher() -> _Matcher:
    found = sorted(parse_lexicon(entries("hedges")), key=lambda e: (-e.weight[0], -e.weight[1]))
    firsts = sorted({w for e in found for w in e.first_words})
    spelled = {*firsts, *(w.replace("'", "’") for w in firsts)}
    cues_of = {
        word: [(i, e.regex) for i, e in enumerate(found) if word in e.first_words]
        for word in firsts
    }
    by_first_word = {
        word: re.compile("|".join(f"(?P<e{i}>{regex})" for i, regex in cues_of[word]))
        for word in firsts
    }
    # a word that is a cue by itself ("may", "reportedly") passes any test in the scan
    opening = {word: cues for word, cues in cues_of.items() if not by_first_word[word].match(word)}
    checked = _checked_in_scan(spelled, opening)
    checked |= _next_word_gates(found, opening.keys() - checked.keys())
    starts = re.compile(rf"{_NOT_IN_WORD}(?:{trie_regex(sorted(spelled), checked)})(?!\w)")
    fallbacks = {word: [i for i, e in enumerate(found) if word in e.first_words] for word in firsts}
    for word in firsts:  # the curly spelling too, so the scan looks a word up as it found it
        curly = word.replace("'", "’")
        by_first_word[curly], fallbacks[curly] = by_first_word[word], fallbacks[word]
    return _Matcher(found, starts, by_first_word, fallbacks)


# a word's cue alternation longer than this is not put in the scan: compiling it a second
# time would cost more than the lookups it saves ("is", "has": the auxiliaries' many cues)
_CHECK_IN_SCAN_MAX = 400


def _checked_in_scan(
    spelled: set[str], cues_of: dict[str, list[tuple[int, str]]]
) -> dict[str, str]:
    """Of the first words in `cues_of` (those that only open longer cues), the ones the scan
    itself tests for a whole cue, each with the test to put where the word ends: a lookbehind back to its start that runs its cues' alternation from there.

    "to", "of", "in" open only a few multi-word cues ("to my mind", "of the view that") and are
    most of the words the scan finds; tested in the regex, the scan steps over them without a
    lookup per word. The scan then finds a subset of the words it found before, lacking only
    words no cue of theirs matches at, whose lookup failed anyway. Only plain words qualify
    that no other first word extends with a character that is no word character ("can" and
    "can't"): at a spot where such a word ends, no other first word can end too, so the scan
    skipping it hides no other word there, and none starts inside it.
    """
    checked: dict[str, str] = {}
    for word, cues in cues_of.items():
        alternation = "|".join(f"(?:{regex})" for _, regex in cues)
        if (
            re.fullmatch("[a-z]+", word)
            and len(alternation) <= _CHECK_IN_SCAN_MAX
            and not any(
                other != word and other.startswith(word) and not re.match(r"\w", other[len(word) :])
                for other in spelled
            )
        ):
            checked[word] = rf"(?!\w)(?<=(?={alternation}){word})"
    return checked


def _next_word_gates(found: list[_Entry], opening: Iterable[str]) -> dict[str, str]:
    """Of the first words in `opening` (those that only open longer cues), the ones the scan
    tests for a next word some cue of theirs can go on with, each with the test to put where
    the word ends: "is" only before "said", "not", "thought", ...

    The auxiliaries ("is", "was", "has", "have", "are", "had", "were") and "as", "an", "more",
    "up" open cues too long to test in the scan (`_checked_in_scan`), and are half the words
    it finds on BBC (33,000 of 66,000), nearly all followed by no cue. The next words come
    from the lexicon's phrases (`_Entry.openings`), so no cue the lexicon holds can fail the
    test; a word some cue of which may go on with anything ({num}, {word}, or nothing) gets
    none. The scan then finds a subset of the words it found before, lacking only words no
    cue of theirs matches at. Only plain words qualify: nothing the scan finds can start
    inside one, and a longer first word at the same spot ("isn't") is tried before it.
    """
    follows: dict[str, set[str]] = {}
    for entry in found:
        for word, second in entry.openings:
            follows.setdefault(word, set()).add(second)
    return {
        word: rf"(?=\s+{trie_regex(sorted(follows[word]))})"
        for word in opening
        if re.fullmatch("[a-z]+", word)
        and all(re.fullmatch("[a-z-]+", second) for second in follows[word])
    }


# --- context checks for ambiguous cues -------------------------------------------------------


def _preceded_by(words: str) -> re.Pattern[str]:
    """True-ish (`.search` on `_before(...)`) when one of `words` ends right before the cue."""
    return compile_on_use(rf"\b(?:{words})\s+$", re.IGNORECASE)


def _followed_by(words: str) -> re.Pattern[str]:
    """True-ish (`.match` at the cue's end) when one of `words` comes right after the cue."""
    return compile_on_use(rf"\s+(?:{words})\b", re.IGNORECASE)


_DETERMINER_BEFORE = _preceded_by(
    r"the|a|an|this|that|these|those|its|their|his|her|our|some|any|two|three|several|"
    r"many|other|further|latest|recent|new|earlier|widely"
)
_AFTER_CLAIM = compile_on_use(
    r"\s*(?:that\b|to\s+(?:be|have|know|represent|speak|own)\b|[,.;:”\"]|$|"
    r"(?:it|he|she|they|we|i|there)\s+[a-z]|"  # a clause: "claimed it held out"
    r"(?:[\w'’-]+\s+){0,6}?(?:is|are|was|were|had|has|have|would|will|could|did|can)\b)",
    re.IGNORECASE,
)
_CLAIM_NOUN_BEFORE = _preceded_by(
    r"the|his|her|their|its|these|those|such|unverified|unsubstantiated|false|similar|"
    r"earlier|repeated|government|media"
)
_CLAIM_NOUN_AFTER = _followed_by(r"that|of|by|about")
_CLAIM_SUBJECT_BEFORE = _preceded_by(r"they|we|i|you|who|which")
_CLAIM_OBJECT_AFTER = _followed_by(
    r"responsibility|victory|the\s+(?:title|lives?|crown|record|prize|award|trophy|"
    r"win|victory|top|lead|honours|seat)|(?:his|her|their|its|a|an)\s+(?:first|second|third|"
    r"place|seat|title|win|victory|share|life|lives)|\d|lives|gold|silver|bronze|title"
)
_COULD_NOT_HEDGE = _followed_by(
    r"not|never|only|hardly|barely|scarcely|see|hear|feel|smell|taste|remember|afford|"
    r"tell|recall|do\s+nothing|no\s+longer|n[o']t"
)
_COULD_HEDGE_AFTER_NOT = _followed_by(
    r"not\s+(?:be\s+ruled\s+out|rule\s+out|be\s+excluded|exclude)"
)
_ABILITY_BEFORE = compile_on_use(
    r"(?:\bso\s+(?:that\s+)?(?:\w+\s+)?|\bas\s+\w+\s+as\s+(?:\w+\s+)?|\bbest\s+(?:\w+\s+)?|"
    r"\ball\s+(?:\w+\s+)?|\bwhatever\s+(?:\w+\s+)?)$",
    re.IGNORECASE,
)
_PAST_ABILITY = compile_on_use(
    r"\b(?:as\s+a\s+(?:child|boy|girl|teenager)|when\s+\w+\s+was\s+young)\b", re.IGNORECASE
)
_WOULD_HEDGE_AFTER = _followed_by(
    r"(?:not\s+)?(?:indicate|suggest|mean|imply|seem|appear|likely|probably|possibly|perhaps|"
    r"be\s+(?:likely|unlikely|possible|able)|have\s+(?:been|\w+(?:ed|en|wn|ne)))"
)
_CONDITIONAL_MARKER = compile_on_use(
    r"\b(?:if|unless|were\s+to|otherwise|in\s+the\s+event|should\s+\w+\s+be|provided\s+that)\b",
    re.IGNORECASE,
)
# a sentence's end: ".", "!" or "?" and a space, or a line break. Written as one class first
# ("[.!?]\s|\n" matches the same), so the regex engine skips in C to the next of those four
# characters instead of trying both alternatives at every position (twice as fast over BBC)
_SENTENCE_END = compile_on_use(r"[\n.!?](?:(?<=\n)|\s)")
_MIGHT_NOUN_BEFORE = _preceded_by(
    r"his|her|their|its|our|the|all|military|economic|full|naval|sheer"
)
_POSSIBLE_NOT_HEDGE_BEFORE = _preceded_by(
    r"as|made|make|makes|making|best|highest|lowest|greatest|largest|smallest|every|all|"
    r"everything|whenever|wherever|where|when|if|fastest|earliest|widest|biggest"
)
_POSSIBLE_ATTRIBUTIVE_BEFORE = _preceded_by(
    r"a|an|the|his|her|their|its|two|several|any|other|one|three|four|many|some|no|about|"
    r"another|over|of"
)
_THAT_AFTER = _followed_by("that")
_BELIEVE_IDIOM = _preceded_by(r"can(?:no|')t|can\s+not|could(?:n't|\s+not)|hard\s+to|to")
_BELIEVE_IDIOM_AFTER = _followed_by(r"it\s+or\s+not|me|in")
_THOUGHT_NOUN_BEFORE = _preceded_by(
    r"the|a|an|this|that|his|her|their|its|our|my|your|of|for|second|without|much|some|"
    r"no|any|every|deep|careful|free|modern|political|religious|scientific|economic"
)
_THINK_NOT_HEDGE_BEFORE = _preceded_by(r"to|and|a")
_THINK_NOT_HEDGE_AFTER = _followed_by(
    r"about|of|tank|tanks|twice|again|through|big|ahead|outside|back|up"
)
_CONSIDERED_JUDGEMENT_AFTER = _followed_by(
    r"to\s+be|by|one\s+of|among|a|an|the\s+(?:\w+est|first|last|most|best|worst|only|"
    r"leading|father|mother|founder|greatest)|(?:most|more|less|least|too|very|highly|quite|"
    r"unlikely|likely|possible|safe|unsafe|dangerous|essential|important|necessary|"
    r"[a-z]+ly\s+[a-z]+)"
)
_CONSIDER_SUBJECT_BEFORE = _preceded_by(r"some|many|others|most|who|generally|widely|still")
_CONSIDER_JUDGEMENT_AFTER = compile_on_use(
    r"\s+(?:[\w'’-]+\s+){1,4}?(?:to\s+be|as)\b|\s+(?:him|her|it|them|this|that|themselves|"
    r"himself|herself|itself)\s+(?:a|an|the|too|very|more|less|[a-z]+ly)\b",
    re.IGNORECASE,
)
_POTENTIAL_NOUN_AFTER = compile_on_use(
    r"(?:\s+(?:of|in|for|to|and|or|is|was|has|had|as|that|which|with)\b|\s*[^\w\s-]|\s*$)",
    re.IGNORECASE,
)
_IF_NOT_HEDGE_BEFORE = _preceded_by(r"as|even\s+as")


def _before(text: str, start: int, width: int = 60) -> str:
    return text[max(0, start - width) : start]


def _sentence(text: str, start: int, end: int) -> str:
    """The rough sentence around a match: enough to see an "if" that makes "would" conditional."""
    window_start = max(0, start - 300)
    left = window_start
    for match in _SENTENCE_END.finditer(text, window_start, start):
        left = match.end()
    stop = _SENTENCE_END.search(text, end, end + 300)
    return text[left : stop.start() if stop else min(len(text), end + 300)]


def _adjectival(text: str, start: int, end: int) -> bool:
    """ "the reported expansion", not "media have reported that"."""
    return _DETERMINER_BEFORE.search(_before(text, start)) is not None


def _claim_of_fact(text: str, start: int, end: int) -> bool:
    """ "claimed that six soldiers...", "the claims of", not "claimed the title"."""
    word = text[start:end].lower()
    if word in ("claims", "claim") and _CLAIM_NOUN_BEFORE.search(_before(text, start)):
        return _CLAIM_NOUN_AFTER.match(text, end) is not None or word == "claims"
    if word == "claim" and not _CLAIM_SUBJECT_BEFORE.search(_before(text, start)):
        return False
    if _CLAIM_OBJECT_AFTER.match(text, end):
        return False
    return _AFTER_CLAIM.match(text, end) is not None


def _epistemic_could(text: str, start: int, end: int) -> bool:
    """ "the deal could collapse", not past ability ("could swim as a child", "could not attend")."""
    if _COULD_HEDGE_AFTER_NOT.match(text, end):
        return True
    if _COULD_NOT_HEDGE.match(text, end):
        return False
    if _ABILITY_BEFORE.search(_before(text, start)):
        return False
    return _PAST_ABILITY.search(_sentence(text, start, end)) is None


def _epistemic_would(text: str, start: int, end: int) -> bool:
    """Conditional or inferential "would" ("if true, they would indicate"); not future-in-past."""
    if _WOULD_HEDGE_AFTER.match(text, end):
        return True
    return _CONDITIONAL_MARKER.search(_sentence(text, start, end)) is not None


def _modal_might(text: str, start: int, end: int) -> bool:
    """ "might" the modal, not "military might"."""
    return _MIGHT_NOUN_BEFORE.search(_before(text, start)) is None


def _hedging_possible(text: str, start: int, end: int) -> bool:
    """ "a possible link", "it is possible that"; not feasibility ("made possible", "is possible
    there", "possible to buy", "as soon as possible")."""
    if _POSSIBLE_NOT_HEDGE_BEFORE.search(_before(text, start)):
        return False
    if _THAT_AFTER.match(text, end):
        return True
    return _POSSIBLE_ATTRIBUTIVE_BEFORE.search(_before(text, start)) is not None and (
        _POTENTIAL_NOUN_AFTER.match(text, end) is None
    )


def _believe_not_idiom(text: str, start: int, end: int) -> bool:
    """ "police believe", not "I can't believe" or "believe it or not"."""
    if _BELIEVE_IDIOM.search(_before(text, start)):
        return False
    return _BELIEVE_IDIOM_AFTER.match(text, end) is None


def _verb_thought(text: str, start: int, end: int) -> bool:
    """ "some thought it would fail", "is thought to"; not "the thought of", "food for thought"."""
    return _THOUGHT_NOUN_BEFORE.search(_before(text, start)) is None


def _verb_think(text: str, start: int, end: int) -> bool:
    """ "I think we may", "historians think that"; not "think about it", "a think tank"."""
    if _THINK_NOT_HEDGE_AFTER.match(text, end):
        return False
    return _THINK_NOT_HEDGE_BEFORE.search(_before(text, start)) is None


def _doxastic_considered(text: str, start: int, end: int) -> bool:
    """ "considered one of the best", "considered by many"; not "the panel considered the bill"."""
    return _CONSIDERED_JUDGEMENT_AFTER.match(text, end) is not None


def _doxastic_consider(text: str, start: int, end: int) -> bool:
    """ "some consider Lemieux to be the best", "they consider it a threat"; not "will consider
    the proposal" (deliberation)."""
    if _CONSIDER_SUBJECT_BEFORE.search(_before(text, start)):
        return True
    return _CONSIDER_JUDGEMENT_AFTER.match(text, end) is not None


def _adjective_potential(text: str, start: int, end: int) -> bool:
    """ "a potential escalation"; not the noun ("great potential", "a potential of 1 volt")."""
    return _POTENTIAL_NOUN_AFTER.match(text, end) is None


def _conditional_if(text: str, start: int, end: int) -> bool:
    """A condition ("if the deal collapses"); not a manner comparison ("as if")."""
    return _IF_NOT_HEDGE_BEFORE.search(_before(text, start)) is None


_GUARDS: dict[str, Callable[[str, int, int], bool]] = {
    "verb_thought": _verb_thought,
    "verb_think": _verb_think,
    "doxastic_considered": _doxastic_considered,
    "doxastic_consider": _doxastic_consider,
    "adjective_potential": _adjective_potential,
    "conditional_if": _conditional_if,
    "adjectival": _adjectival,
    "claim_of_fact": _claim_of_fact,
    "epistemic_could": _epistemic_could,
    "epistemic_would": _epistemic_would,
    "modal_might": _modal_might,
    "hedging_possible": _hedging_possible,
    "believe_not_idiom": _believe_not_idiom,
}


def _accepted(entry: _Entry, text: str, lowered: str, start: int, end: int) -> bool:
    if entry.lower_case_only and text[start:end] != lowered[start:end]:
        return False
    return entry.guard is None or _GUARDS[entry.guard](text, start, end)


@cache
def _entry_regex(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


def find_hedges(text: str) -> list[Hedge]:
    """Every hedge cue in `text`, sorted by start and non-overlapping, longest phrase first."""
    matcher = _matcher()
    # bytes.lower() changes only A-Z (offsets stay put), at C speed
    lowered = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    padded = " " + lowered  # padded[i] is lowered[i - 1]: the character before offset i
    hedges: list[Hedge] = []
    pos = 0
    while (first := matcher.starts.search(padded, pos)) is not None:
        start, pos = first.span()
        pos -= 1  # the word's end in `lowered`; `start` is its start there already
        word = lowered[start:pos]
        cue = matcher.by_first_word[word].match(lowered, start)
        if cue is None:
            continue
        index, end = int(cast(str, cue.lastgroup)[1:]), cue.end()
        if not _accepted(matcher.entries[index], text, lowered, start, end):
            index, end = -1, start
            for other in matcher.fallbacks[word]:
                found = _entry_regex(matcher.entries[other].regex).match(lowered, start)
                if found and found.end() > end:
                    entry = matcher.entries[other]
                    if _accepted(entry, text, lowered, start, found.end()):
                        index, end = other, found.end()
        if index >= 0:
            category = matcher.entries[index].category
            hedges.append(Hedge(text[start:end], start, end, category))
            pos = end
    return hedges


def _inside(hedge: Hedge, start: int, end: int) -> bool:
    return start <= hedge.start and hedge.end <= end


def _reach(claim: Claim) -> tuple[int, int]:
    """Everything that can hold a cue qualifying this claim: content, cue and frame."""
    lo, hi = claim.start, claim.end
    if claim.context_end > claim.context_start:
        lo, hi = min(lo, claim.context_start), max(hi, claim.context_end)
    if claim.cue is not None:
        lo, hi = min(lo, claim.cue.start), max(hi, claim.cue.end)
    return lo, hi


def _gap(hedge: Hedge, claim: Claim) -> int:
    """Characters between a framing cue and the claim's own words (its cue and content)."""
    lo, hi = claim.start, claim.end
    if claim.cue is not None:
        lo, hi = min(lo, claim.cue.start), max(hi, claim.cue.end)
    return max(0, lo - hedge.end, hedge.start - hi)


def _owners(hedge: Hedge, candidates: list[Claim]) -> list[Claim]:
    """The claims a cue qualifies: the one whose words hold it, else the nearest it frames."""
    for holds in (
        lambda c: _inside(hedge, c.start, c.end),
        lambda c: c.cue is not None and _inside(hedge, c.cue.start, c.cue.end),
    ):
        owners = [c for c in candidates if holds(c)]
        if owners:
            return owners
    framing = [
        c
        for c in candidates
        if c.context_end > c.context_start and _inside(hedge, c.context_start, c.context_end)
    ]
    if len(framing) <= 1:
        return framing
    nearest = min(_gap(hedge, c) for c in framing)
    return [c for c in framing if _gap(hedge, c) == nearest]


def attach_hedges(claims: list[Claim], hedges: list[Hedge], text: str) -> None:
    """Give each claim the cues that qualify it.

    A cue inside a claim's words (content or reporting verb) belongs to that claim only: a
    "may" inside the next quote is not the previous speaker's doubt. A cue elsewhere in the
    framing sentence qualifies the claim it frames; when one sentence frames several claims,
    only the nearest gets it, since a wrongly hedged claim misleads as much as a missed hedge.
    """
    for hedge in hedges:
        if text[hedge.start : hedge.end] != hedge.text:
            raise ValueError(f"hedge {hedge.text!r} at {hedge.start} is not from this text")
    reaches = sorted(((*_reach(c), i) for i, c in enumerate(claims)), key=lambda r: r[0])
    los = [lo for lo, _, _ in reaches]
    widest = max((hi - lo for lo, hi, _ in reaches), default=0)
    owned: dict[int, list[Hedge]] = {id(c): [] for c in claims}
    for hedge in sorted(hedges, key=lambda h: h.start):
        first = bisect_left(los, hedge.start - widest)
        last = bisect_right(los, hedge.start)
        candidates = [claims[i] for _, hi, i in reaches[first:last] if hedge.end <= hi]
        for owner in _owners(hedge, candidates):
            owned[id(owner)].append(hedge)
    for claim in claims:
        claim.hedges = [h for h in owned[id(claim)] if not _opens_a_question(claim, h)]


def _opens_a_question(claim: Claim, hedge: Hedge) -> bool:
    """ "asked Sanders whether ...": the word that opens a reported question asks; it does not
    hedge what was said (the cue stays in the article's hedges)."""
    return claim.rule.endswith(":question") and hedge.start == claim.start
