"""Speaker mentions: the noun phrase next to a reporting cue, found on the masked text.

"John Kirby, National Security Council Coordinator ..., stated", "A South Korean Foreign
Ministry official emphasized", "people familiar with the matter said", "said the official".
Phrases grow over capitalised words and speaker vocabulary from the lexicons and stop at
anything else, so a phrase is either a plausible speaker or nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import (
    PREPOSITIONS,
    belief_verb_forms,
    demonyms,
    pronoun_classes,
    reporting_verb_forms,
    verb_class,
    words,
)
from factdb.extract.quotes import MASK
from factdb.extract.sentences import ABBREVIATIONS
from factdb.extract.speakers import SURNAME_PARTICLES, UNNAMED_SOURCE_TIE, word_describes_a_person
from factdb.extract.verbs import (
    FINITE_AUXILIARIES,
    FINITE_WORD,
    STRICT_FINITE,
    cue_base,
    find_cues,
    has_finite,
)

# a number with thousands commas is one word ("more than 1,000 people"), not "000 people"
_TOKEN = compile_on_use(
    r"\d{1,3}(?:,\d{3})+(?![\d,])|[A-Za-zÀ-ÿ0-9][\w.’'&-]*[\w.]|[A-Za-zÀ-ÿ0-9]|[(),;:—–―\x01]"
)
_INITIAL_DOT = compile_on_use(r"(?:^|\.)[A-Za-z]\.$")


AUXILIARIES = frozenset(
    [
        "again",
        "already",
        "also",
        "always",
        "are",
        "be",
        "been",
        "did",
        "do",
        "does",
        "earlier",
        "even",
        "first",
        "further",
        "had",
        "has",
        "have",
        "is",
        "just",
        "later",
        "long",
        "never",
        "not",
        "now",
        "often",
        "once",
        "previously",
        "privately",
        "publicly",
        "recently",
        "repeatedly",
        "reportedly",
        "separately",
        "since",
        "still",
        "subsequently",
        "then",
        "was",
        "were",
        "will",
        "would",
        "yet",
        "itself",  # "Ford itself said": an intensifier, not the subject
        "himself",
        "herself",
        "themselves",
        "should",
        "could",
        "can",
        "may",
        "might",
        "must",
        "shall",
    ]
)


@dataclass(slots=True, init=False)
class Token:
    text: str
    start: int
    end: int
    # the text in lower case, made with the token: the phrase searches read it some 160,000
    # times over 800 BBC articles, for 96,000 tokens made, and a property cost a call each time
    lower: str = field(repr=False, compare=False)

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lower = text.lower()

    @property
    def capitalised(self) -> bool:
        return (
            self.text[:1].isupper()
            or self.text[:1].isdigit()
            and ("." in self.text or _DIGIT_THEN_NAME.match(self.text) is not None)
        )  # "3Com", "consultancy 4Cast": a name that opens with a digit


# a name that opens with digits, then a capital and a small letter ("4Cast", "3Com"; not
# "10AM", "3D")
_DIGIT_THEN_NAME = compile_on_use(r"\d+[A-Z][a-z]")


def tokens(masked: str, start: int, end: int, most: int | None = None) -> list[Token]:
    """Words and the punctuation that matters to noun phrases, with absolute offsets.

    `most`: the caller reads no further than that many tokens, so the scan stops after as many
    words; the list then holds at least that many (a possessive is two tokens), when the window
    has them, each as the whole window gives it.
    """
    matches = _TOKEN.finditer(masked, start, end)
    if most is not None:
        matches = islice(matches, most)
    if (
        masked.find(".", start, end) < 0
        and masked.find("’", start, end) < 0
        and masked.find("'", start, end) < 0
    ):
        # no dot and no apostrophe (most windows): every token is its match as it stands
        return [Token(match.group(), match.start(), match.end()) for match in matches]
    found: list[Token] = []
    append = found.append  # every speaker lookup tokenises its window: the loop is hot
    for match in matches:
        tok = match.group()
        tok_start, tok_end = match.span()
        # "Korea." at a clause end: the dot is punctuation unless the token is an initialism
        if (
            tok[-1] == "."
            and not _INITIAL_DOT.search(tok)
            and tok.lower().rstrip(".") not in ABBREVIATIONS
        ):
            tok = tok[:-1]
            tok_end -= 1
        if tok[-1] == "s" and len(tok) > 2 and tok[-2] in "’'":  # a possessive "’s" / "'s"
            append(Token(tok[:-2], tok_start, tok_end - 2))
            append(Token(tok[-2:], tok_end - 2, tok_end))
            continue
        append(Token(tok, tok_start, tok_end))
    return found


LOOKBACK = 160  # characters a speaker phrase may reach back from its cue


@cache
def _np_vocabulary() -> frozenset[str]:
    """Lower-case words allowed inside a speaker noun phrase."""
    return (
        words("role_nouns")
        | words("np_modifiers")
        | words("media_nouns")
        | words("organization_nouns")
        | words("determiners")
        | _CONNECTORS
        | {"al"}
    )


@cache
def _head_nouns() -> frozenset[str]:
    """Lower-case words that may end a speaker noun phrase."""
    return (
        words("role_nouns")
        | words("media_nouns")
        | words("organization_nouns")
        | {w for w in words("anonymous") if " " not in w}
    )


_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


# word sets joined once instead of on every call (the mention finders run per cue)
@cache
def _plain_determiners() -> frozenset[str]:
    """Determiners other than the demonstratives, which may also be conjunctions."""
    return words("determiners") - _DEMONSTRATIVES


@cache
def _openers_not_determiners() -> frozenset[str]:
    return words("function_words") - _plain_determiners()


@cache
def _quantifying_determiners() -> frozenset[str]:
    return words("determiners") | {"none", "each", "any", "most"}


@cache
def _function_words_and_relatives() -> frozenset[str]:
    return words("function_words") | {"who", "which", "that"}


_CONNECTORS = frozenset({"of", "for", "at", "and", "&", "the", "bin"}) | SURNAME_PARTICLES


_NEVER_IN_NAME = frozenset({"’s", "'s"})


# "people familiar with the matter", "officials who spoke on condition of anonymity"
_ANONYMOUS_PHRASE = compile_on_use(
    r"(?<![\w’'-])(?P<phrase>(?:(?:[Aa]|[Aa]n|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ne|[Tt]he)\s+)?"
    r"(?:(?!(?:and|but|or|as|that|while)\s)[a-z]+\s+){0,2}"
    r"(?:[Pp]eople|[Pp]erson|[Ss]ources?|[Oo]fficials?|[Aa]ides?|[Dd]iplomats?|[Ii]nsiders?)\s+"
    rf"(?:{UNNAMED_SOURCE_TIE}|who\s+(?:spoke|asked|requested)[^,\x01]{{0,60}}?)"
    r"(?:\s+[\w’'-]+){0,6}?)(?:,)?\s*(?:(?:has|have|had|also|later)\s+)*$"
)


# poll shares: "One in three said", "Six in 10 Democrats say", "two out of three voters"
_SHARE_PHRASE = compile_on_use(
    r"(?<![\w-])(?P<phrase>(?:(?:[Nn]early|[Aa]bout|[Aa]lmost|[Rr]oughly|[Mm]ore than)\s+)?"
    r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d+)\s+"
    r"(?:in|out\s+of|of)\s+(?:\d+|two|three|four|five|ten)(?:\s+[A-Za-z][\w-]*){0,5}?)"
    r"\s*(?:(?:also|still)\s+)?$"
)


# "Seventy-four percent of Democratic registered voters", "about half of GOP primary voters",
# "A mere 9 percent", "An average of 10 percent of registered voters": a poll share is the
# whole phrase, not its last noun
_PERCENT_SHARE = compile_on_use(
    r"(?<![\w-])(?P<phrase>(?:(?:[Nn]early|[Aa]bout|[Aa]lmost|[Rr]oughly|[Mm]ore\s+than|[Oo]nly|"
    r"[Aa]n\s+average\s+of|[Aa]\s+total\s+of|[Aa]s\s+many\s+as|"
    r"[Aa]\s+mere|[Jj]ust(?:\s+(?:over|under|shy\s+of))?|[Ww]ell\s+(?:over|under)|[Oo]ver|"
    r"[Aa]t\s+least|[Ff]ewer\s+than|[Ll]ess\s+than|[Cc]lose\s+to)\s+)?"
    r"(?:(?:\d+(?:\.\d+)?|[A-Za-z]+(?:-[a-z]+)?)\s+percent|\d+(?:\.\d+)?%|[Hh]alf|[Aa]\s+third|"
    r"[Aa]\s+quarter|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)-(?:thirds?|quarters?|fourths?|fifths?)|"
    r"[Aa]\s+majority|[Mm]ajorities)"
    r"(?:\s+of\s+(?:the\s+|all\s+)?(?:[A-Za-z][\w.’'-]*\s+){0,5}?[A-Za-z][\w-]*)?)"
    r"\s*(?:(?:also|still|now)\s+)?$"
)


# words each phrase above needs ("familiar with", "out of", "percent", "majority", ...)
_ANONYMOUS_HINT = compile_on_use(r"familiar|close|briefed|knowledge|involved|within|inside|who")
_SHARE_HINT = compile_on_use(r"\s(?:in|out|of)\s")
_PERCENT_HINT = compile_on_use(r"percent|%|alf|third|quarter|fourth|fifth|ajorit")
# the people a poll asked: "those surveyed", "voters polled", "respondents questioned"
_POLLED_PHRASE = compile_on_use(
    r"(?<![\w’'-])(?P<phrase>(?:[Tt]hose|[Pp]eople|[Rr]espondents|[Vv]oters|[Aa]dults|"
    r"[Aa]mericans)\s+(?:surveyed|polled|questioned|interviewed))\s*(?:(?:also|still|now)\s+)?$"
)


_CLOCK_WORDS = frozenset(
    [
        "AM",
        "PM",
        "A.M.",
        "P.M.",
        "a.m.",
        "p.m.",
        "ET",
        "PT",
        "EST",
        "EDT",
        "CST",
        "CDT",
        "MST",
        "MDT",
        "PST",
        "PDT",
        "GMT",
        "BST",
        "CET",
        "CEST",
        "UTC",
    ]
)
_COUNTED = frozenset(["percent", "%", "per", "of", "in", "out", "people", "others"])
# "25-year-old", "76ers"; not a time or an amount ("8am", "$27bn Russia says")
_AGE_OR_NAME = compile_on_use(
    r"^\d+(?:-[a-z]+)+$|^\d+(?!(?:am|pm|bn|mn|tn|km|kg|mph|ft|lbs?|cm|mm)$)[a-z]{2,}$"
)


def _quantity(word: str, next_word: str) -> bool:
    """Whether a word opening with a digit may open a speaker phrase: a count or share ("47
    percent of voters", "25-year-old Guzel", "76ers"), not a date, a time or a price."""
    return bool(next_word in _COUNTED or _AGE_OR_NAME.match(word))


_NEXT_WORD = compile_on_use(r"\s*([a-z]+)\b")
_QUALIFIER = compile_on_use(
    r"(?:(?:[Nn]early|[Aa]bout|[Aa]lmost|[Rr]oughly|[Mm]ore\s+than|[Oo]nly|[Aa]\s+mere|[Jj]ust|"
    r"[Aa]t\s+least|[Ff]ewer\s+than|[Ll]ess\s+than)\s+)?"
)


def share_before(masked: str, floor: int, at: int) -> tuple[int, int] | None:
    """A poll share ending at `at` ("47 percent of Cuban Americans", "six in 10 voters"), or
    None: such a phrase speaks for the people it counts."""
    share = (
        _SHARE_HINT.search(masked, max(floor, at - 60), at)
        and _SHARE_PHRASE.search(masked, max(floor, at - 60), at)
    ) or (
        _PERCENT_HINT.search(masked, max(floor, at - 90), at)
        and _PERCENT_SHARE.search(masked, max(floor, at - 90), at)
    )
    if not share:
        return None
    next_word = _NEXT_WORD.match(masked, at)
    if (
        next_word is not None
        and next_word.group(1) in verb_class("noun_like")
        and share.group("phrase")[-1:].islower()
    ):
        return None  # "1% of member states' combined national incomes": "states" is a noun
    start = share.start("phrase")
    if "%" in share.group("phrase"):
        # "only 25% of Britons" is named "25% of Britons", as the word search named it before
        # the sign was read here
        start += _QUALIFIER.match(share.group("phrase")).end()
    return start, share.end("phrase")


NEAR_WINDOW = 32  # characters tokenised first: most speaker phrases end within them


class _PastTheWindow(Exception):
    """The phrase search read a token outside the short window it was given."""


class _WindowEdge(Token):
    """Stands for the tokens cut off left of a short window: reading it raises.

    `subject_before` reads tokens right to left and mostly stops a few words before its
    offset, but tokenising the whole 160-character lookback for every cue was most of its
    cost. So it first searches the tokens of the last ~50 characters behind three of these: if
    the search reads one, it has reached past the window and runs again on the whole lookback.
    Three, because its index tests compare with 0, 1 and 2 at most, so once three real tokens
    are cut off (`_near_window_start` makes sure) both runs take the same branches.
    `_phrase_after` puts one after the tokens of a short window, for the same reason.
    """

    __slots__ = ()

    def __init__(self) -> None:
        pass  # no fields: every read raises

    def __getattribute__(self, name: str) -> object:
        raise _PastTheWindow(name)


_WINDOW_EDGE = (_WindowEdge(),) * 3


def _near_window_start(masked: str, lookback: int, at: int) -> int | None:
    """Where a short window before `at` starts: a few words back, or four mask characters into
    the quotation before `at` if that is nearer; with at least three tokens of the lookback
    left of it, else None.

    The window starts right after a space or a mask character: no token spans either, so its
    tokens are the lookback's last ones. A masked quotation is one token per character, so
    after a quotation the lookback held up to 160 tokens where the phrase search reads a
    handful ('"...," he said').
    """
    last_mask = masked.rfind(MASK, lookback, at)
    edge = max(
        masked.rfind(" ", lookback, at - NEAR_WINDOW),
        masked.rfind(MASK, lookback, last_mask - 3) if last_mask >= 0 else -1,
    )
    if edge < 0:
        return None
    pos = lookback
    for _ in range(len(_WINDOW_EDGE)):
        found = _TOKEN.search(masked, pos, edge)
        if found is None:
            return None
        pos = found.end()
    return edge + 1


# a capitalised -ing word alone before a cue that is only ever a verb: "King says", "Boreing
# said", "Fanning told"; "Continuing demand", "Addressing claims" have no such cue after them
_ING_WORD_BEFORE = compile_on_use(r"(?<![\w’'.-])([A-Z][a-z]*ing)\s+$")
_PLAIN_SPEECH_CUE = compile_on_use(
    r"(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|insisted|insists|"
    r"explained|explains)\b"
)


def _ing_name_before_cue(masked: str, floor: int, at: int) -> tuple[int, int] | None:
    """A name in -ing opening its sentence right before a plain speech verb ("King says Ali
    ...", "Boreing said the members ..."): a participle never stands there alone as the
    subject, except those in lexicons/participle_openers.txt ("Having said that")."""
    if not _PLAIN_SPEECH_CUE.match(masked, at):
        return None
    found = _ING_WORD_BEFORE.search(masked, max(floor, at - 30), at)
    if found is None or found.group(1).lower() in words("participle_openers"):
        return None
    if masked[floor : found.start(1)].strip() not in ("", "But", "And"):
        return None
    return found.start(1), found.end(1)


def subject_before(masked: str, floor: int, at: int) -> tuple[int, int] | None:
    """The noun phrase that ends right before offset `at` (skipping auxiliaries and adverbs).

    Grows leftwards over capitalised words, known speaker vocabulary and possessives, and
    stops after a determiner or at anything else, so "In Seoul, officials" yields "officials".
    A phrase that is the object of a relative clause ("The five unions which met Mr Prescott
    want ...") is no subject: None.
    """
    found = _subject_before(masked, floor, at)
    if found is not None and masked[found[0] : found[1]].lower() in words("us_states"):
        place = _PLACE_THEN_COMMA.search(masked, max(floor, found[0] - 40), found[0])
        if place is not None:
            # "Stacy Baker of Columbia, South Carolina says", "Biden, who was to travel to
            # Columbus, Ohio, on Wednesday ..., said": the state ends a place, never a speaker
            # alone; the phrase goes on before the place, or there is none
            outer = subject_before(masked, floor, place.start(1))
            if outer is None or not masked[outer[0]].isupper():
                return None  # "a gynecologist from Englewood, New Jersey": an appositive
            return outer[0], found[1]
    if found is None or masked.find(" and ", found[0], found[1]) >= 0:
        joined = _subject_of_joined_clause(masked, floor, at)
        if joined is not None:
            return joined
    if found is not None and _SPACED_DASH.search(masked, found[0], found[1]):
        # "RANGOON, Burma - Aung San Suu Kyi's political allies on Monday predicted": the
        # dateline's place is no part of the subject
        dateline = DATELINE.match(masked, floor, at)
        if dateline is not None and dateline.end() > found[0]:
            found = _subject_before(masked, dateline.end(), at)
    if found is not None and _RELATIVE_VERB_BEFORE.search(
        masked, max(floor, found[0] - 30), found[0]
    ):
        return None
    near = masked[max(floor, found[0] - 50) : found[0]] if found is not None else ""
    tie = ("to " in near or "within " in near) and _TYING_TO_A_HEAD.search(
        masked, max(floor, found[0] - 50), found[0]
    )
    if (
        tie
        and tie.group("head").lower() in words("role_nouns")
        and _noun_phrase_words(masked[tie.end("head") : found[1]].split()[1:])
    ):
        # "other advisers to the island's government have been urging", "advocates within the
        # scientific community cite": the preposition's object is whom the people are of; the
        # role before it heads the subject
        outer = _subject_before(masked, floor, tie.end("head"))
        if outer is not None and outer[1] == tie.end("head"):
            return outer[0], found[1]
    if found is not None and masked.startswith(" and ", found[0] - 5):
        # "..., he and Mr. Allen said", "..., she and another reporter said": the pronoun and
        # the person after it are one subject (a speaker whose name holds a pronoun is left
        # unknown), not "Mr. Allen" or "another reporter" alone
        pronoun = _PRONOUN_AND.search(masked, max(floor, found[0] - 12), found[0])
        if pronoun is not None and _opens_phrase(masked, floor, pronoun.start("pronoun")):
            return pronoun.start("pronoun"), found[1]
    return found


# "to" or "within" between a head and the phrase after it: "advisers to the governor"
# (the head a role noun in lower case, the phrase after it up to three words before the found one)
_TYING_TO_A_HEAD = compile_on_use(
    r"(?<![\w’'-])(?P<head>[A-Za-z][a-z]+)\s+(?:to|within)\s+(?:[\w’'.-]+\s+){0,3}$"
)


# a place's capitalised name and a comma, right before a state's name
_PLACE_THEN_COMMA = compile_on_use(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(,)\s+$")


# "and" joining two clauses, the second one's subject right after it
_CLAUSE_AND = compile_on_use(r"\s(?:and|but)\s+(?=\S)")
# what makes the words before "and" no whole clause of their own: a relative clause or a
# reported one may hold the first half of a list ("Voters who backed Smith and Jones said",
# "He said Smith and Jones agreed"), and a comma may close an aside or a list
# or a subordinator ("became agitated when Cruz and Rubio implied"; one that is also a
# preposition only before a name or a pronoun: "They have until midnight and ..." is a clause)
_CLAUSE_AND_BLOCKERS = compile_on_use(
    r"\b(?i:who|whom|whose|which|that|both|either|neither|when|whenever|while|because|if|"
    r"although|though|whereas|once|unless)\b|[,;:\x01(]"
    r"|\b(?i:as|after|before|since|until)\s+(?:[A-Z]|(?:he|she|they|we|it|I)\b)"
)


def _noun_phrase_words(said: list[str]) -> bool:
    """Whether words after a preposition are one noun phrase ("the island's government"), not
    a clause ("tears as he", "compare what she"): no pronoun, function word or verb of
    speech, but a determiner."""
    dets = words("determiners")
    pronouns = pronoun_classes()
    for word in said:
        lowered = word.lower()
        if lowered in dets:
            continue
        if (
            lowered in pronouns
            or lowered in words("function_words")
            or lowered in AUXILIARIES
            or lowered in reporting_verb_forms()
        ):
            return False
    return bool(said)


def _subject_of_joined_clause(masked: str, floor: int, at: int) -> tuple[int, int] | None:
    """The subject of a clause that "and" joins to a whole clause before it: "Duff sustained a
    knee injury at Newcastle and manager Jose Mourinho said", "They have until midnight and an
    IAAF spokesman said". The words before "and" must have a verb of their own, and none that
    reports (their object could be the list's first half), nor a relative pronoun or a comma."""
    if not masked[at : at + 1].isalpha():
        return None  # ", who said": the antecedent of a relative may close a list of objects
    window = max(floor, at - 60)
    joins = list(_CLAUSE_AND.finditer(masked, window, at))
    if not joins:
        return None
    join = joins[-1]
    found = _subject_before(masked, join.end(), at)
    if found is None or found[0] != join.end() or masked[found[1] : at].strip(" ") != "":
        return None
    first_word = masked[found[0] : found[1]].split()[0]
    if not (
        first_word[:1].isupper()
        or first_word in ("a", "an", "the")
        or first_word in words("role_nouns")  # "and manager Jose Mourinho said"
    ):
        return None  # "and officials said": a plural may close a list of objects
    before = masked[floor : join.start()]
    if _CLAUSE_AND_BLOCKERS.search(before):
        return None
    said = _LETTER_WORD.findall(before)
    if any(w.lower() in reporting_verb_forms() for w in said):
        return None
    return found if _verb_after_subject(said) else None


def _verb_after_subject(said: list[str]) -> bool:
    """Whether a finite verb stands right after a name or a pronoun among these words ("Duff
    sustained", "They have", "The 28-year-old has"), not an adjective in "-ed" inside a
    phrase ("Several unnamed officials")."""
    dets = words("determiners")
    for k in range(1, len(said)):
        word, previous = said[k], said[k - 1]
        if not FINITE_WORD.fullmatch(word):
            continue
        if (
            STRICT_FINITE.fullmatch(word)
            or (previous[:1].isupper() and previous.lower() not in dets)
            or previous.lower() in ("he", "she", "they", "we", "i", "it")
        ):
            return True
    return False


_PRONOUN_AND = compile_on_use(r"(?<![\w’'-])(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+and\s+$")


def _opens_phrase(masked: str, floor: int, at: int) -> bool:
    """Whether a subject at `at` opens its clause: the sentence starts there, or a comma, a
    semicolon or a closing quotation stands right before it."""
    before = masked[floor:at].rstrip()
    return before == "" or before.endswith((",", ";", "\x01"))


# a news agency's dateline: "CAMBRIDGE, Mass., Dec. 11 (UPI) — ", "RANGOON, Burma - "
DATELINE = compile_on_use(
    r"[A-Z][A-Z .'’-]{2,}(?:,[^—–\n\x01]{0,40}?)?(?:\s*\([^)\x01]{1,40}\))?\s*[—–-]{1,2}\s+"
)
_SPACED_DASH = compile_on_use(r"\s[—–-]{1,2}\s")


# a relative pronoun and its verb right before a phrase: the phrase is that verb's object
# (not "at which point the crowd chanted", whose "which" is a determiner)
_RELATIVE_VERB_BEFORE = compile_on_use(
    r"\b(?:who|which)\s+(?!(?:point|time|case|moment|stage|day|year|way)\b)[a-z]+"
    r"(?:\s+[a-z]+)?\s+$"
)


def _subject_before(masked: str, floor: int, at: int) -> tuple[int, int] | None:
    """`subject_before` before its relative-clause test."""
    # each phrase regex runs only where a word it cannot match without occurs: most cues have
    # none, and a search anchored at the end costs a try at every position of the window
    ing_name = _ing_name_before_cue(masked, floor, at)
    if ing_name is not None:
        return ing_name
    lookback = max(floor, at - LOOKBACK)
    anonymous = _ANONYMOUS_HINT.search(masked, lookback, at) and _ANONYMOUS_PHRASE.search(
        masked, lookback, at
    )
    if anonymous:
        return anonymous.start(), anonymous.end("phrase")
    share = share_before(masked, floor, at)
    if share:
        return share
    polled = "ed" in masked[max(floor, at - 14) : at] and _POLLED_PHRASE.search(
        masked, max(floor, at - 40), at
    )
    if polled:
        return polled.start("phrase"), polled.end("phrase")
    near = _near_window_start(masked, lookback, at)
    if near is not None:
        try:
            return _subject_in(masked, floor, [*_WINDOW_EDGE, *tokens(masked, near, at)])
        except _PastTheWindow:
            pass  # the phrase reaches further back: search the whole lookback
    return _subject_in(masked, floor, tokens(masked, lookback, at))


# verbs of aspect and light verbs between a subject and the cue they carry: "The group began
# calling for a boycott", "The police made repeated claims that": no part of the subject
_VERBS_BEFORE_A_CUE = frozenset(
    ["began", "begun", "begins", "begin", "started", "starts", "continued", "continues",
     "kept", "keeps", "made", "makes"]
)  # fmt: skip


# how many units of time (lexicons/time_nouns.txt) a time counted back from now holds: "two
# weeks ago", "less than a year ago", "a couple of days ago"
_AGO_COUNTS = frozenset(
    ["a", "an", "few", "several", "some", "couple", "of", "than", "less", "more", "about",
     "nearly", "almost", "just", "only", "one", "two", "three", "four", "five", "six", "seven",
     "eight", "nine", "ten"]
)  # fmt: skip


# a time between an auxiliary and its verb: "Gore's close friends and allies have in the past
# said he was staying quiet", "Cruz has in recent days questioned whether ..."
_TIMES_AFTER_AUXILIARY = (
    ("in", "the", "past"),
    ("in", "recent", "days"),
    ("in", "recent", "weeks"),
    ("in", "recent", "months"),
    ("in", "recent", "years"),
    ("over", "the", "years"),
    ("for", "years"),
    ("for", "months"),
    ("for", "decades"),
)


_TIME_PHRASE_ENDS = frozenset(phrase[-1] for phrase in _TIMES_AFTER_AUXILIARY)


def _past_time_after_auxiliary(toks: list[Token], i: int, adverbs: frozenset[str]) -> int:
    """The index before a time phrase ending at toks[i] and the auxiliaries and adverbs
    before it, when an auxiliary stands right before the phrase; else `i` unchanged."""
    if i < 1 or toks[i].lower not in _TIME_PHRASE_ENDS:
        return i  # the cheap test first: nearly every subject search ends on another word
    for phrase in _TIMES_AFTER_AUXILIARY:
        first = i - len(phrase) + 1
        if first < 1 or tuple(t.lower for t in toks[first : i + 1]) != phrase:
            continue
        if toks[first - 1].lower not in AUXILIARIES:
            return i
        j = first - 1
        while (
            j >= 0
            and not toks[j].capitalised
            and (toks[j].lower in AUXILIARIES or toks[j].lower in adverbs)
        ):
            j -= 1
        return j
    return i


def _subject_in(masked: str, floor: int, toks: list[Token]) -> tuple[int, int] | None:
    """`subject_before`'s search, right to left over the tokens before its offset."""
    i = len(toks) - 1
    adverbs = words("adverbs_before_cue")
    while i >= 0:
        lowered = toks[i].lower  # once per token: a property, and this loop runs for every cue
        if not (
            (
                lowered in AUXILIARIES
                or (
                    lowered.endswith("ly")
                    and lowered not in _head_nouns()  # "ally"
                    and lowered not in words("nouns_in_ly")  # "a pro-Trump rally said"
                )
                or lowered in adverbs
                or lowered in _VERBS_BEFORE_A_CUE
            )
            and not toks[i].capitalised
        ):
            break
        i -= 1
    i = _past_time_after_auxiliary(toks, i, adverbs)
    if i >= 0 and toks[i].lower == "ago":
        # "The State Department less than two weeks ago said": a time, not the speaker
        i -= 1
        units = words("time_nouns")
        while i >= 0 and (
            toks[i].lower in units or toks[i].lower in _AGO_COUNTS or toks[i].text.isdigit()
        ):
            i -= 1
    if i < 0:
        return None
    pronouns = pronoun_classes()
    if toks[i].lower in pronouns and (i == 0 or toks[i - 1].text not in ("’s", "'s")):
        if toks[i].lower in ("who", "which") and i >= 2 and toks[i - 1].text == ",":
            comma = toks[i - 1].start
            found = subject_before(masked, floor, comma) or _object_before(
                masked, floor, comma, toks[i].lower
            )
            found = _past_a_thing_of(masked, found)
            if toks[i].lower == "who":
                found = _name_before_appositive(masked, floor, comma) or found
            if toks[i].lower == "which":
                found = _body_after_role(masked, found)
                if not _speaks_as_a_body(masked, found):
                    return None  # "Trump won Indiana, which said a lot": a thing, not a speaker
            return _last_of_a_list(masked, floor, found)
        if pronouns[toks[i].lower] in ("person", "group", "thing", "self") and toks[
            i
        ].lower not in (
            "this",
            "one",
            "those",
            "these",
            "that",
            "him",
            "them",
            "you",
            "his",  # possessives name a source only through a claim noun ("his claim that")
            "her",
            "their",
            "its",
        ):
            return toks[i].start, toks[i].end
        return None
    if toks[i].text == ")":
        # "Sen. Ted Cruz (R-Texas) said": step over a short parenthetical
        j = i
        while j >= 0 and toks[j].text != "(" and i - j < 6:
            j -= 1
        if j < 0 or toks[j].text != "(":
            return None
        i = j - 1
    if i < 0:
        return None
    head = toks[i]
    if not head.text[:1].isalnum():
        return None  # "John McCain, a Republican Senator, said": the appositive path handles it
    vocab = _np_vocabulary()
    dets = words("determiners")
    if head.lower in dets or head.lower in _CONNECTORS:
        return None
    if not (head.capitalised or head.lower in _head_nouns()):
        # "The billionaire businessman says": an unknown noun is a head only right after a
        # short run of words opened by a determiner
        found = _determiner_phrase(toks, i)
        opening = next((k for k in range(i + 1) if found and toks[k].start == found[0]), None)
        if opening is not None:
            return _speaker_of_counted(masked, floor, toks, opening, i) or found
        return found or _role_of_phrase(masked, floor, toks, i)
    first = i
    j = i - 1
    while j >= 0:
        tok = toks[j]
        if (
            toks[first].text in _HONORIFICS
            and first < i
            and tok.capitalised
            and tok.lower.rstrip(".") not in words("role_nouns")
            and tok.lower.rstrip(".") not in words("titles")
            and tok.lower not in reporting_verb_forms()  # "Observes Mr Hadi:": the frame's verb
        ):
            # "In a speech to the Foreign Policy Centre Mr Straw said": a form of address
            # opens the name, whatever capitalised words run into it but a role or title
            # ("Deputy Prime Minister Mr Prescott", "Former State Senator Dr. Kelli Ward")
            break
        if tok.text in _NEVER_IN_NAME:
            if j >= 1 and (toks[j - 1].capitalised or toks[j - 1].lower in vocab):
                j -= 1
                first = j
                j -= 1
                continue
            break
        if tok.text[:1].isdigit() and not _quantity(tok.lower, toks[j + 1].lower):
            break  # "May 2, 2013 Lindsay Lohan's lawyer", "8:13am PDT Ellen DeGeneres"
        if tok.lower in dets or tok.text[:1].isdigit():
            if tok.lower in _DEMONSTRATIVES and (toks[j + 1].capitalised or tok.text == "that"):
                break  # "... that Francis said": a conjunction, not "that" + noun
            if j >= 2 and toks[j - 1].lower in ("and", "&") and toks[j - 2].capitalised:
                return None  # "Commission for Latin America and the Caribbean said": unsure
            first = j  # "the", "one", "47 percent"
            break
        if CALENDAR.match(tok.text) and j > 0 and toks[j - 1].lower in PREPOSITIONS:
            break  # "On Thursday Mr Blair said", "In March John Smith said": a time, then a name
        if (
            tok.lower == "and"
            and j >= 2
            and toks[j - 1].capitalised
            and toks[j - 2].lower in _PLACE_PREPOSITIONS
            and not toks[j + 1].capitalised
            and toks[j + 1].lower in words("role_nouns")
        ):
            # "Duff sustained a knee injury in the FA Cup defeat at Newcastle and manager Jose
            # Mourinho said": a place ends the clause before "and", and a role in lower case
            # opens the speaker's own clause ("officials in Washington and London" have none)
            break
        if (
            CALENDAR.match(tok.text)
            and toks[j + 1].lower == "and"
            and j > 0
            and not toks[j - 1].capitalised
        ):
            # "Bush tweaked his left knee last Thursday and coach Sean Payton said": the day
            # ends the clause before "and", no partner of the name after it ("Theresa May and
            # ..." has a capitalised word before the month)
            break
        if tok.text in _DAY_WORDS:
            break  # "iTunes goes DRM-free Today Apple announced": a heading run into the text
        if tok.capitalised or tok.lower in vocab:
            first = j
            j -= 1
            continue
        longer = None if head.capitalised else _determiner_phrase(toks, i)
        if longer is not None and longer[0] < toks[first].start:
            # "Family members of the four murder victims said": a counted phrase after "of" is
            # whom the speaker is of, as it is without "murder"
            opening = next(k for k in range(i + 1) if toks[k].start == longer[0])
            return _speaker_of_counted(masked, floor, toks, opening, i) or longer
        if first == i and not head.capitalised:
            first = _modifiers_before(toks, i)  # "Republican primary voters", "aviation experts"
            if (
                first >= 2
                and toks[first - 1].text in _NEVER_IN_NAME
                and toks[first - 2].capitalised
            ):
                # "Connecticut's tax commissioner", "one of Mr. Obama's climate advisers": the
                # possessor says whose they are
                j = first - 1
                continue
        break
    # never start with a connector, a sentence opener, a capitalised function word or the
    # tail of a dateline's time ("10:14 AM Police say", "8:13am PDT Ellen DeGeneres")
    openers = words("function_words")
    while (
        first <= i
        and not _surname_particle(toks, first, i)
        and not _ordinal_title(toks, first, i)
        and (
            toks[first].lower in _CONNECTORS - {"the"}
            or toks[first].text in _CLOCK_WORDS
            or (
                toks[first].lower in openers
                and toks[first].lower not in dets
                # "May said:": a capitalised modal standing alone before the cue is a surname
                and not (first == i and toks[first].text in _MONTHS_AS_SURNAMES)
            )
            or (
                first < i
                and NOT_IN_PHRASE.match(toks[first].lower)  # "Hastily, ..."
                and (not toks[first].capitalised or toks[first].lower.endswith("ing"))  # not "Fred"
                # "retired Air Force general Lloyd Newton": a modifier of the speaker's noun
                and (toks[first].capitalised or toks[first].lower not in words("np_modifiers"))
            )
        )
    ):
        first += 1
    if first > i:
        return None
    outer = _speaker_of_counted(masked, floor, toks, first, i)
    if outer is not None:
        return outer
    in_place = (
        first > 1
        and toks[first - 1].lower == "in"
        and toks[first].capitalised
        and not CALENDAR.match(toks[i].text)
    )  # "Republicans in Congress", "leaders in North Carolina"
    if in_place or (first > 1 and toks[first - 1].lower in ("of", "for", "at", "from", "with")):
        # "a spokesman for the ministry", "one of his aides": the phrase goes on leftwards
        if toks[first - 2].lower in _quantifying_determiners():
            return toks[first - 2].start, toks[i].end
        outer = subject_before(masked, floor, toks[first - 1].start)
        if outer is not None:
            return outer[0], toks[i].end
    return _checked_subject(toks, first, i)


# prepositions of place or opponent before a name that ends a clause: "at Newcastle and ..."
_PLACE_PREPOSITIONS = frozenset(["at", "in", "from", "against", "near", "to", "into", "over"])


_HONORIFICS = frozenset(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."])
# days named by a word no name holds before another word ("USA Today" ends with one)
_DAY_WORDS = frozenset(["Today", "Yesterday", "Tonight"])
_COUNT_WORDS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
# what may stand between a preposition and a count: "in the next two states", "of its three"
_BEFORE_A_COUNT = frozenset(
    [
        "the",
        "next",
        "last",
        "first",
        "past",
        "other",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
    ]
)
_TYING_PREPOSITIONS = frozenset(["in", "of", "from", "across", "at", "for"])


def _preposition_before_count(toks: list[Token], first: int) -> int | None:
    """The index of the preposition before a counted phrase that opens at toks[first] ("in the
    next two states"), or None: such a phrase is what the speaker before it is of or in, never
    the speaker."""
    if not (toks[first].lower in _COUNT_WORDS or toks[first].text.isdigit()):
        return None
    k = first - 1
    while k >= 0 and first - k <= 3 and toks[k].lower in _BEFORE_A_COUNT:
        k -= 1
    if k >= 1 and toks[k].lower in _TYING_PREPOSITIONS:
        return k
    return None


def _speaker_of_counted(
    masked: str, floor: int, toks: list[Token], first: int, i: int
) -> tuple[int, int] | None:
    """ "insiders in the next two states said", "one of the two men said": a counted phrase
    after a preposition is what the speaker before it is of or in; the whole is the subject."""
    counted_in = _preposition_before_count(toks, first)
    if counted_in is None:
        return None
    outer = subject_before(masked, floor, toks[counted_in].start)
    return (outer[0], toks[i].end) if outer is not None else None


def _ordinal_title(toks: list[Token], at: int, head: int) -> bool:
    """ "First Lady Michelle Obama", "First Minister Rhodri Morgan": a capitalised "First" right
    before a title opens the title, no sentence opener ("First, Mr Blair said")."""
    return (
        at < head
        and toks[at].text == "First"
        and toks[at + 1].capitalised
        and toks[at + 1].lower in words("titles")
    )


def _surname_particle(toks: list[Token], at: int, head: int) -> bool:
    """ "De Blasio, speaking on WOR710, called": a capitalised particle that opens a surname."""
    return at < head and toks[at].capitalised and toks[at].lower in SURNAME_PARTICLES


_PREPOSITION_BEFORE = compile_on_use(r"\b(?:with|by|to|from|of|for|against|about|on|at|in)\s+")


def _object_before(
    masked: str, floor: int, comma: int, relative: str = "who"
) -> tuple[int, int] | None:
    """ "lined up with Priebus, who has said": the object of a preposition is the speaker of
    the relative clause after it, unless it closes an appositive ("Sen. Dianne Feinstein of
    California, the ranking Democrat on the Senate Intelligence Committee, who said")."""
    window = max(floor, comma - 80)
    prepositions = list(_PREPOSITION_BEFORE.finditer(masked, window, comma))
    while len(prepositions) > 1 and _inside_a_name(masked, window, prepositions[-1]):
        prepositions.pop()  # "by the National Council for Adoption, which said": the name's
    if not prepositions:
        return None
    at = prepositions[-1].end()
    if _ANONYMOUS_HINT.search(masked, max(window, prepositions[-1].start() - 13), at):
        return None  # "one Democrat familiar with the discussion, who": the Democrat speaks
    found = subject_before(masked, at, comma)
    if found is None or found[0] != at:
        return None
    chunk_start = masked.rfind(",", floor, at)
    if chunk_start >= 0 and not has_finite(masked, chunk_start, at):
        return None  # an appositive ", the ranking Democrat on ...": it is about the name
    people = (
        _people_before(masked, window, prepositions[-1].start())
        if relative == "who" and prepositions[-1].group().split()[0] in _OF_PEOPLE
        else None
    )
    if people is not None:
        # "spoke to a spokesman for the ministry, who said", "drew derision from political
        # opponents on the left, who accused": the people the phrase names are the relative's,
        # not the body or side after the preposition
        return people, found[1]
    return found


# the prepositions after people that say whom or what they belong to: "a spokesman for",
# "opponents on the left", "supporters of"
_OF_PEOPLE = frozenset(["of", "for", "from", "on", "at", "in"])


def _inside_a_name(masked: str, floor: int, preposition: re.Match[str]) -> bool:
    """Whether a preposition joins the capitalised words of one name ("Council for Adoption",
    "Organisation for Economic Co-operation and Development"): "of" or "for", a capitalised
    word right before it, not the sentence's first, and one right after it."""
    if preposition.group().split()[0] not in ("of", "for"):
        return False  # "Democrats on Capitol Hill": names join their words by "of" or "for"
    before = masked[floor : preposition.start()].split()
    return (
        len(before) > 1
        and before[-1][:1].isupper()
        and masked[preposition.end() : preposition.end() + 1].isupper()
    )


def _people_before(masked: str, floor: int, at: int) -> int | None:
    """Where a phrase naming a person or people ends right before `at` starts: a role, a group
    or an agent noun ("spokesman", "opponents", "backer"), with up to two plain modifiers when
    a determiner opens them ("a spokesman", "the political opponents"); None for any other word, and
    for an agent noun with no determiner ("get harder for Holmes": a comparative)."""
    toks = tokens(masked, floor, at)
    if not toks or not toks[-1].text.isalpha():
        return None
    noun = toks[-1].lower
    agent = noun not in words("role_nouns") and noun not in words("group_nouns")
    if agent and (not toks[-1].text.islower() or not _AGENT_NOUN.fullmatch(noun)):
        return None  # (a capital only on a role or group: "nervous Democrats on Capitol Hill")
    first = len(toks) - 1
    while (
        first > 0
        and len(toks) - first <= 2
        and toks[first - 1].text.isalpha()
        and toks[first - 1].text.islower()
        and toks[first - 1].lower not in PREPOSITIONS
        and toks[first - 1].lower not in words("function_words")
        and toks[first - 1].lower not in words("determiners")
        and not NOT_IN_PHRASE.match(toks[first - 1].lower)
        and not FINITE_WORD.fullmatch(toks[first - 1].lower)
    ):
        first -= 1
    if first > 0 and toks[first - 1].lower in _plain_determiners():
        first -= 1
    elif agent:
        return None  # "will only get harder for Holmes": a comparative, no agent, without one
    else:
        first = len(toks) - 1  # "to placate nervous Democrats": no determiner, the noun alone
    return toks[first].start


def _speaks_as_a_body(masked: str, found: tuple[int, int] | None) -> bool:
    """Whether a phrase before ", which" is an organisation, a medium or a document ("The
    Washington Post, which argued", "the report, which concluded"), not any thing."""
    if found is None:
        return False
    phrase = masked[found[0] : found[1]].split()
    head = phrase[-1].lower()
    if head in words("organization_nouns") or head in words("media_nouns"):
        return True
    if head in words("evidence_nouns"):
        return True
    if phrase[-1][:1].isupper() and any(
        word[:1].isupper() and word.lower() in words("organization_nouns") for word in phrase
    ):
        return True  # "the National Council for Adoption, which said": a body's name
    return phrase[0] == "The" and phrase[-1][:1].isupper() or phrase[-1].isupper()


CALENDAR = compile_on_use(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec)\.?$"
)


def _checked_subject(toks: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """Reject phrases that cannot be the subject of a reporting verb.

    A phrase right after a preposition is its object ("in a Twitter post"), a weekday or month
    is a time ("on Twitter Thursday said"), and a lone sentence-initial "Having" is a verb.
    """
    if first > 0 and toks[first - 1].lower in PREPOSITIONS:
        return None
    if first > 0 and toks[first].lower in ("the", "a", "an") and _verb_before(toks, first - 1):
        return None  # "those who ... to win the nomination say": the object of a verb
    if CALENDAR.match(toks[last].text) and not (
        toks[last].text in _MONTHS_AS_SURNAMES
        and (
            (last > first and toks[last - 1].capitalised)
            # "May said:" opening its clause: no time stands alone there
            or (last == first and (first == 0 or toks[first - 1].text in _CLAUSE_EDGES))
        )
    ):
        return None  # but "Theresa May", "Mrs May" are people
    # "Having said", "Speaking": a verb form; but a capitalised "Kelly", "Ted", "Ahmed" is a
    # name, and so is "Ebeling" or "Manning" after a quotation or a comma, where no sentence
    # opens (`_ing_name_before_cue` reads one that opens a sentence)
    if (
        first == last
        and NOT_IN_PHRASE.match(toks[first].lower)
        and (
            not toks[first].capitalised
            or (toks[first].lower.endswith("ing") and not _mid_sentence(toks, first))
        )
    ):
        return None
    return toks[first].start, toks[last].end


_MONTHS_AS_SURNAMES = frozenset(["May", "June", "April", "August"])
# what may stand right before a clause's subject
_CLAUSE_EDGES = frozenset([",", ";", ":", "(", "\x01", "—", "–"])
_ORDINAL = compile_on_use(r"\d+(?:st|nd|rd|th)")
_DAY_OR_MONTH = compile_on_use(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December"
)

NOT_IN_PHRASE = compile_on_use(r"^(?:[a-z]+ly|[a-z]+ing|[a-z]+ed)$")


def _verb_before(toks: list[Token], at: int) -> bool:
    """Whether the word at `at`, right before "the/a NOUN", is a verb whose object the phrase
    is ("to win the nomination say", "who watched the Saturday debate said", "supporting the
    bill"): a participle, or a bare word after "to" or a modal. A noun there is the head of a
    relative clause without "that" ("a probe the agency said", "donations the foundation
    acknowledged", "for meddling the congressman said is"), whose subject does speak."""
    tok = toks[at]
    lower = tok.lower
    if not (tok.text.isalpha() and tok.text.islower()) or lower in words("role_nouns"):
        return False
    if lower.endswith(("ed", "ing")) and not lower.endswith("eed") and len(lower) > 4:
        # after a preposition an "-ing" word is a noun: "for meddling the congressman said is"
        gerund = lower.endswith("ing") and at > 0 and toks[at - 1].lower in PREPOSITIONS
        return lower not in _NOUNS_IN_ED_ING and not gerund
    return at > 0 and toks[at - 1].lower in _BEFORE_BARE_VERB


_NOUNS_IN_ED_ING = frozenset(
    ["meeting", "hearing", "briefing", "building", "morning", "evening", "ruling", "filing",
     "funding", "spending", "polling", "shooting", "bombing", "killing", "training", "setting",
     "ceiling", "thing", "something", "nothing", "anything", "everything", "during", "hundred"]
)  # fmt: skip
_BEFORE_BARE_VERB = frozenset(
    ["to", "will", "would", "could", "should", "can", "may", "might", "must", "did", "does",
     "do", "not"]
)  # fmt: skip


def _mid_sentence(toks: list[Token], at: int) -> bool:
    """Whether token `at` follows a quotation or a comma: a capital there is a name's."""
    return at > 0 and toks[at - 1].text in (MASK, ",")


_NOT_MODIFIERS = frozenset(["show", "find", "see", "think", "know", "want", "need", "make", "get"])


# a word of letters and hyphens, no digit or apostrophe
_PLAIN_WORD = compile_on_use(r"[A-Za-z][a-z-]+")


def _modifier(tok: Token) -> bool:
    """A word that may describe the head noun of a speaker phrase: an adjective or a noun, never
    a verb, a function word or a plural ("social scientists", not "polls show voters")."""
    lower = tok.lower
    return bool(
        _PLAIN_WORD.fullmatch(tok.text)
        and (tok.capitalised or not lower.endswith("s"))
        and lower not in PREPOSITIONS
        and lower not in AUXILIARIES
        and lower not in _CONNECTORS
        and lower not in _NOT_MODIFIERS
        and lower not in words("function_words")
        and lower not in words("determiners")
        and lower not in pronoun_classes()
        and lower not in reporting_verb_forms()
        and lower not in belief_verb_forms()
        # "Red Crescent": a capitalised word inside a phrase is a name's, however it ends
        and (tok.capitalised or not NOT_IN_PHRASE.match(lower))
        and not FINITE_WORD.fullmatch(lower)
    )


# ordinals, which read as adverbs before a verb ("Smith first said") but as adjectives after
# a determiner or an owner ("the first lady", "Scotland's first minister")
_ORDINALS = frozenset(["first", "second", "third"])


def _ordinal_after_owner(toks: list[Token], at: int) -> bool:
    """Whether the word at `at` is an ordinal describing the noun after it."""
    return (
        at > 0
        and toks[at].lower in _ORDINALS
        and (toks[at - 1].lower in words("determiners") or toks[at - 1].text in _NEVER_IN_NAME)
    )


def _participle_after_determiner(toks: list[Token], at: int) -> bool:
    """Whether the "-ing", "-ed" or "-ly" word at `at` describes the noun after it: it does
    when only such words stand between it and a determiner ("the ruling party", "the outgoing
    mayor", "a newly elected senator"); without the determiner it may be a verb ("supporting
    the bill", "polls showed voters")."""
    before = at
    while before >= 0 and NOT_IN_PHRASE.match(toks[before].text):
        before -= 1
    if before == at or before < 0:
        return False
    lower = toks[before].lower
    return lower in words("determiners") and lower not in _DEMONSTRATIVES


def _participle_describing(toks: list[Token], at: int) -> bool:
    """Whether the "-ed" word at `at` describes the head after it, right after a determiner
    that is not "a" ("the unsigned opinion said", "Some miffed Sanders supporters threaten");
    after "a" the phrase may be a noun's ("a sustained clarion call for"), and "-ing" or "-ly"
    words may be a verb's or an adverb's ("both sternly critical of")."""
    return (
        at > 0
        and toks[at].lower.endswith("ed")
        and toks[at - 1].lower not in ("a", "an", "another", "one")
        and _participle_after_determiner(toks, at)
    )


_TIME_DETERMINERS = frozenset(["this", "last", "next", "that", "each", "every", "same", "previous"])


def _time_before(toks: list[Token], at: int) -> bool:
    """Is the token at `at` a time noun after a time's determiner ("this year", "last week")?"""
    return (
        at > 0 and toks[at].lower in words("time_nouns") and toks[at - 1].lower in _TIME_DETERMINERS
    )


def _modifiers_before(toks: list[Token], i: int) -> int:
    """Where a common-noun speaker phrase starts once up to three modifiers and a determiner
    before its head are taken in: "A strong majority", "Republican primary voters"."""
    first = i
    while (
        first > 0
        and i - first < 3
        and (
            _modifier(toks[first - 1])
            or _participle_after_determiner(toks, first - 1)
            or _ordinal_after_owner(toks, first - 1)
        )
    ):
        if _time_before(toks, first - 1):
            break  # "Earlier this year economists calculated": a time, then the speaker
        first -= 1
    before = toks[first - 1].lower if first > 0 else ""
    if first < i and before in words("determiners") and before not in _DEMONSTRATIVES:
        first -= 1
    return first


# the first preposition of a phrase, which ends its head: "a senior analyst at Jefferies"
_BEFORE_PREPOSITION = compile_on_use(r"\s+(?:of|for|at|in|on|with|from|to)\s+")
# an appositive set off by commas, opened by a determiner: "a former backer of Sen. Ted Cruz"
_APPOSITIVE = compile_on_use(r",\s+(?:a|an|the)\s+(?P<words>[^,;:\x01]{1,80}?)\s*$")


def _name_before_appositive(masked: str, floor: int, comma: int) -> tuple[int, int] | None:
    """ "said Gov. Phil Bryant of Mississippi, a former backer of Sen. Ted Cruz, who has since
    called on", "Princess Marguerite of Romania, the eldest daughter of ex-King Michael of
    Romania, who said": after a name and an appositive that says who that person is, a
    relative "who" is about the person named, never about whom the appositive names in turn.
    Only when the appositive's head is a person's noun and holds no verb."""
    aside = _APPOSITIVE.search(masked, max(floor, comma - 90), comma)
    if aside is None or has_finite(aside.group("words")):
        return None
    head = _BEFORE_PREPOSITION.split(aside.group("words"), maxsplit=1)[0].split()[-1]
    if not (
        head in words("role_nouns")
        or head in words("group_nouns")
        or (head.islower() and _AGENT_NOUN.fullmatch(head))
    ):
        return None
    name = subject_before(masked, floor, aside.start()) or _object_before(
        masked, floor, aside.start()
    )  # "derided by Armin Laschet, the leader of the opposition in ..., who suggested"
    if name is None or not masked[name[0]].isupper() or name[1] != aside.start():
        return None
    if masked[name[0] : name[1]].split()[0].lower() in words("function_words"):
        return None
    return name


# a preposition after the head of a phrase: "the endorsement of", "a lecture from"
_HEAD_PREPOSITION = compile_on_use(
    r"(?<![\w’'-])(?P<head>[a-z][\w-]*)\s+(?:of|for|from|by|with|on|at)\s+(?=[A-Z]|the\s)"
)
# a noun ending like an agent's, singular or plural ("backer", "residents"; not "endorsement"):
# one who acts
_AGENT_NOUN = compile_on_use(r"[a-z][a-z-]*(?<!m)(?:ist|ian|er|or|ant|ent|ee|ive)s?")


@cache
def _speaking_nouns() -> frozenset[str]:
    """Lower-case nouns that may head a phrase that speaks: people, bodies, media and the
    texts they speak through."""
    return (
        _head_nouns()
        | words("group_nouns")
        | words("evidence_nouns")
        | words("study_nouns")
        | words("report_subjects")
        | words("text_bearers")
        | words("publisher_nouns")
        | words("company_nouns")
        | words("written_works")
    )


def _past_a_thing_of(masked: str, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "won the endorsement of Mike Lee, who declared", "endured a lecture from the Mexican
    president, who said": when the phrase before a relative pronoun is headed by a thing that
    speaks no words of its own, the relative clause is about the one named after its
    preposition. A head that may be a person or a body ("a spokesman for the ministry", "the
    eldest daughter of ex-King Michael", "a former backer of Sen. Ted Cruz") keeps the phrase."""
    if found is None:
        return None
    head = _HEAD_PREPOSITION.search(masked, found[0], found[1])
    if head is None:
        return found
    noun = head.group("head")
    if noun in _speaking_nouns() or _AGENT_NOUN.fullmatch(noun) or noun in pronoun_classes():
        return found
    if noun in words("function_words") or noun in words("determiners"):
        return found  # "one of the", "some of"
    return head.end(), found[1]


def _body_after_role(masked: str, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "head of the Utah-based Fundamentalist LDS Church, which believes": "which" is the
    church, not the person heading it."""
    if found is None:
        return None
    role = re.match(
        r"(?:the\s+|a\s+)?(?:\w+\s+)?(\w+)\s+of\s+(?:the\s+)?", masked[found[0] : found[1]]
    )
    if role is None or role.group(1).lower() not in words("role_nouns"):
        return found
    return found[0] + role.end(), found[1]


# "and" or "&" joining two phrases
_JOINED = compile_on_use(r"\s(?:and|&)\s+")


def _last_of_a_list(
    masked: str, floor: int, found: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "celebrities like Oprah Winfrey, Will Smith, Patti LaBelle and Stevie Wonder, who joked":
    after a list of three or more, a relative clause is about its last member, so "Patti LaBelle
    and Stevie Wonder" (neither the list nor the one who joked) is cut to "Stevie Wonder"."""
    if found is None:
        return None
    phrase = masked[found[0] : found[1]]
    joined = _JOINED.search(phrase)
    before = masked[max(floor, found[0] - 3) : found[0]]
    if joined is None or "," not in before:
        return found
    return found[0] + joined.end(), found[1]


# a word that opens with a letter
_LETTER_WORD = compile_on_use(r"[A-Za-z][\w’'-]*")


def _role_of_phrase(masked: str, floor: int, toks: list[Token], i: int) -> tuple[int, int] | None:
    """ "A spokesman for the buyer", "an aide to the senator": a role noun and the phrase it
    governs, when the head of that phrase is outside the lexicons; the role noun speaks."""
    dets = _plain_determiners()
    for j in range(i - 1, max(1, i - 4), -1):
        tok = toks[j]
        if tok.lower in dets:
            if toks[j - 1].lower not in ("for", "of", "at", "to") or j < 2:
                return None
            if toks[j - 2].lower not in words("role_nouns"):
                return None
            outer = subject_before(masked, floor, toks[j - 1].start)
            if outer is None or outer[1] != toks[j - 2].end:
                return None
            return outer[0], toks[i].end
        if not _LETTER_WORD.fullmatch(tok.text) or tok.lower in words("function_words"):
            return None
    return None


# a token of word characters, apostrophes and hyphens only
_WORD_CHARS_ONLY = compile_on_use(r"^[\w’'-]+$")


def _determiner_phrase(toks: list[Token], i: int) -> tuple[int, int] | None:
    """A phrase "DET word{0,3} HEAD" ending at token i, for heads outside the lexicons."""
    dets = _plain_determiners()
    openers = _openers_not_determiners()
    head = toks[i].lower
    if (
        head in PREPOSITIONS
        or head in openers  # "the vampire Edward but adds": "but" heads nothing
        or head in AUXILIARIES
        or head in dets
        or len(head) < 3
        or head[0].isdigit()
    ):
        return None  # "The email goes on to say": "to" is no noun; "... in 2012 said": a year
    if NOT_IN_PHRASE.match(head):
        return None
    for j in range(i - 1, max(-1, i - 5), -1):
        tok = toks[j]
        if tok.lower in dets or tok.text[:1].isdigit():
            if j > 0 and toks[j - 1].lower in ("of", "to", "with", "by", "from", "for"):
                return None
            return _checked_subject(toks, j, i)
        if _ordinal_after_owner(toks, j):
            continue  # "The first lady said": an adjective, though "first" opens clauses too
        if (
            not _WORD_CHARS_ONLY.match(tok.text)
            or tok.lower in AUXILIARIES
            or NOT_IN_PHRASE.match(tok.text)
            and not _participle_describing(toks, j)
            or tok.lower in openers  # "killed a Brooklyn resident after police say"
        ):
            return None
    return None


def subject_after(
    masked: str, at: int, ceiling: int, before_verb: bool = False
) -> tuple[int, int] | None:
    """The noun phrase that starts right after offset `at` ("said John Kirby", "said the official").

    An anonymous source keeps what vouches for it ("one Democrat familiar with the discussion"):
    without it the name says nothing about why the reporter trusts the source. `before_verb`
    reads a sentence's subject, whose name a verb follows ("Conservative shadow home secretary
    David Davis was worried").
    """
    found = _phrase_after(masked, at, ceiling) or _lower_case_role_and_name_after(
        masked, at, ceiling
    )
    if found is None:
        return None
    found = _role_and_name_after(masked, found, ceiling, before_verb)
    knowing = _KNOWING.match(masked, found[1], ceiling)
    return (found[0], knowing.end()) if knowing else found


_LOWER_CASE_WORD = compile_on_use(r"[a-z][a-z-]+")


# an adjunct of the frame after a speaker's name: "... Carly Fiorina during the debate"
_WHEN_OR_WHERE_NEXT = compile_on_use(
    r"\s+(?:during|at|in|on|after|before|last|earlier|yesterday|today|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)


def _role_and_name_after(
    masked: str, found: tuple[int, int], ceiling: int, before_verb: bool = False
) -> tuple[int, int]:
    """ "said Trend Micro advanced threat researcher Paul Ferguson", "said Oscar producer
    Laurence Mark": an organisation, a role and then the person; the person speaks, so the
    phrase runs on to the name instead of stopping at the organisation."""
    # at most a role at the fourth token and three name words after it are read
    toks = tokens(masked, found[1], min(ceiling, found[1] + 80), most=8)
    unlisted = not before_verb and _unlisted_role_before_name(masked, found, toks)
    for k, tok in enumerate(toks[:4]):
        if not tok.capitalised and (word_describes_a_person(tok.lower) or k == 0 and unlisted):
            name = k + 1
            while name < len(toks) and name - k <= 3 and toks[name].capitalised:
                name += 1
            follower = masked[toks[name - 1].end : toks[name - 1].end + 2]
            if name - k >= 3 and (
                follower[:1] in ("", ",", ".", ";", MASK)
                or before_verb
                and follower[:1] == " "
                and follower[1:].islower()
                # "said former tech executive Carly Fiorina during the second GOP debate": when
                # or where, after the name
                or not before_verb
                and _WHEN_OR_WHERE_NEXT.match(masked, toks[name - 1].end, ceiling) is not None
            ):
                return found[0], toks[name - 1].end  # a first name and a surname at least
            return found
        if not _LOWER_CASE_WORD.fullmatch(tok.text) or tok.lower in words("function_words"):
            return found
    return found


def _unlisted_role_before_name(masked: str, found: tuple[int, int], toks: list[Token]) -> bool:
    """ "said Florida state archivist Jody Norman.", "said Cobain biographer Charles Cross.": one
    lower-case word no lexicon lists between a capitalised phrase after the cue and a full name
    that ends the clause can only be what the named person is. Read as anything else, the
    speaker would be the state or the subject of the biography.

    A verb ("said Trump met Kim Jong Un", "Chris McIntyre runs Podcast Alley"), an adverb, a
    participle, a plural or a function word there is no role; after a phrase with no
    capitalised word ("say experts like Paul Bauman") the people are named already; and only a
    phrase right after a word (the cue) is read: a sentence's first capitalised word may be an
    adjective or a heading ("Extreme caution Mr Buckley, ..., lived in New Zealand").
    """
    if len(toks) < 3 or toks[0].capitalised or not _LOWER_CASE_WORD.fullmatch(toks[0].text):
        return False
    phrase = masked[found[0] : found[1]].split()
    if not any(w[:1].isupper() and w.lower() not in pronoun_classes() for w in phrase):
        return False
    if not masked[max(0, found[0] - 2) : found[0]].strip()[-1:].isalpha():
        return False  # "Extreme caution Mr Buckley, ...": a sentence's first words, no cue's
    word = toks[0].lower
    if (
        word.endswith("s")
        or word in words("function_words")
        or word in PREPOSITIONS
        or word in AUXILIARIES
        or NOT_IN_PHRASE.match(word)
        or has_finite(word)
    ):
        return False
    name = 1
    while name < len(toks) and name <= 3 and toks[name].capitalised:
        name += 1
    return name >= 3 and all(not CALENDAR.match(tok.text) for tok in toks[1:name])


def _lower_case_role_and_name_after(masked: str, at: int, ceiling: int) -> tuple[int, int] | None:
    """ "said shadow chancellor Oliver Letwin", "said e-commerce minister Mike O'Brien": words
    outside the lexicons before a role, then the person's name; `_role_and_name_after` reads
    them from the first word on."""
    toks = tokens(masked, at, min(ceiling, at + 80), most=1)  # only the first is read
    if not toks or toks[0].capitalised:
        return None
    start = toks[0].start
    found = _role_and_name_after(masked, (start, start), ceiling)
    return found if found[1] > start else None


def _phrase_after(masked: str, at: int, ceiling: int) -> tuple[int, int] | None:
    end = min(ceiling, at + LOOKBACK)
    # nothing here reads past a quotation's first mask character, and a masked quotation is
    # one token per character: its first character is the last token needed
    mask = masked.find(MASK, at, end)
    if mask >= 0:
        end = mask + 1
    # Most phrases end within a few words, so first only the tokens up to a space at least
    # NEAR_WINDOW characters on (no token spans a space, so they are the window's first
    # ones), then a `_WindowEdge`: reading it means the phrase may go on, and the search runs
    # again on the whole window. Every length test here is followed by reading the token it
    # tests for, so with the edge in place both runs take the same branches.
    edge = masked.find(" ", at + NEAR_WINDOW, end)
    if edge >= 0:
        try:
            return _phrase_in(tokens(masked, at, edge) + [_WINDOW_EDGE[0]])
        except _PastTheWindow:
            pass
    return _phrase_in(tokens(masked, at, end))


def _phrase_in(toks: list[Token]) -> tuple[int, int] | None:
    """`_phrase_after` on the tokens after its offset."""
    if not toks:
        return None
    vocab = _np_vocabulary()
    pronouns = pronoun_classes()
    first = toks[0]
    if first.lower in pronouns and pronouns[first.lower] in ("person", "group", "thing"):
        if first.lower in ("he", "she", "they", "it", "we"):
            return first.start, first.end
        if first.lower in _OWNER_PRONOUNS:
            # "..., said her publicist.", "..., said his wife, Sheila.": a person named by
            # whose they are; only a role or kin noun may head it ("said his statement" no)
            return _determiner_phrase_after(toks, owned=True)
        return _determiner_phrase_after(toks) if first.lower in ("one", "another") else None
    if first.lower in words("function_words") and first.lower not in words("determiners"):
        return None  # "When he returned ...", "But ...": no name starts with these
    if first.lower == "that":
        return None  # "said that Kimani was ...": a conjunction, never a speaker
    if not (first.capitalised or first.lower in vocab):
        return None
    if _DAY_OR_MONTH.fullmatch(first.text) and first.text not in _MONTHS_AS_SURNAMES:
        return None  # "tweeted Sunday after the attack": when, not who; but "said Jan Egeland"
    last: Token | None = None
    for k, tok in enumerate(toks):
        if tok.text in ",;:()—–\x01":
            break
        if (
            tok.lower in ("at", "in", "on")
            and last is not None
            and last.capitalised
            and k + 1 < len(toks)
            and not toks[k + 1].capitalised
        ):
            break  # "said general manager Ed Stefanski at a news conference": where, not who
        if (
            tok.text in _NEVER_IN_NAME
            or tok.capitalised
            or tok.lower in vocab
            or word_describes_a_person(tok.lower)
        ):
            last = tok
            continue
        followed_by_name = k + 1 < len(toks) and toks[k + 1].capitalised
        if (tok.lower in _CONNECTORS or _ORDINAL.fullmatch(tok.text)) and followed_by_name:
            continue  # "Air Force 1st Lt. Tyler Livingston"
        break
    if last is None:
        return None
    while last is not None and (last.lower in _CONNECTORS or last.lower in words("determiners")):
        # trailing connector: cut back to the token before it
        idx = toks.index(last)
        last = toks[idx - 1] if idx > 0 else None
    if last is None or not (last.capitalised or last.lower in _head_nouns()):
        return _determiner_phrase_after(toks)
    if first.lower in _ARTICLES:
        # "another Twitter user, Johanna Bayer", "a longtime GOP data expert who ...": the
        # capitalised word was a modifier, the head noun comes after it
        longer = _determiner_phrase_after(toks)
        if longer is not None and longer[1] > last.end:
            return longer
    return first.start, last.end


# what may follow a common-noun speaker after its cue: the sentence's end, an aside, a relative
# clause or a post-modifier ("said the designer, who ...", "said one Republican involved in ...")
_AFTER_SPEAKER = frozenset(
    {",", ";", ":", "(", "—", "–", "\x01", "who", "whose", "involved", "familiar", "close"}
    | {"with", "at", "from"}
)
_KNOWING = compile_on_use(
    r"\s+(?:involved\s+in|familiar\s+with|close\s+to|with\s+knowledge\s+of|briefed\s+on|"
    r"knowledgeable\s+about)\s+[^,;.:\x01()—–]{1,60}?(?=\s*(?:[,;.:\x01()—–]|$))"
)


_ARTICLES = frozenset({"the", "a", "an", "one", "another"})
_OWNER_PRONOUNS = frozenset({"his", "her", "their", "its"})


# a word that opens with a letter, or initials ("U.S.")
_WORD_OR_INITIALS = compile_on_use(r"[A-Za-z][\w’'-]*|(?:[A-Z]\.){2,}")


def _determiner_phrase_after(toks: list[Token], owned: bool = False) -> tuple[int, int] | None:
    """ "said the designer", "said one Republican involved in the planning": a determiner and up
    to three words whose head is outside the lexicons, ended by punctuation or a post-modifier.

    Anything else after the head ("said the tax was unfair") means the words are no speaker.
    A phrase `owned` by someone ("said her publicist", "said the band's publicist") names a
    person only by a role or kin noun: "said the band's new album" names no one.
    """
    if len(toks) < 2 or (toks[0].lower not in _ARTICLES and not owned) or toks[0].capitalised:
        return None  # not "said my faith", "say the bulk of"
    dets = words("determiners")
    head = None
    for k in range(1, min(len(toks), 6)):
        tok = toks[k]
        lower = tok.lower
        if tok.text in _NEVER_IN_NAME and head is not None:
            owned = True  # "the band's publicist": the owner, then what they are to it
            continue
        if not _WORD_OR_INITIALS.fullmatch(tok.text) or (
            lower in PREPOSITIONS
            or lower in AUXILIARIES
            or lower in words("function_words")
            or lower in dets
            or lower in pronoun_classes()
            or lower in _AFTER_SPEAKER
            or lower in reporting_verb_forms()
            or (NOT_IN_PHRASE.match(lower) and not tok.capitalised)
        ):
            break
        head = k
    if head is None or len(toks[head].lower) < 3 or CALENDAR.match(toks[head].text):
        return None
    if owned and toks[head].lower not in words("role_nouns"):
        return None
    following = toks[head + 1].lower if head + 1 < len(toks) else ""
    if following and following not in _AFTER_SPEAKER:
        return None
    return toks[0].start, toks[head].end


_BEFORE_RELATIVE = compile_on_use(r"(?:^|\s)(?:who|which|whose)\b")


def appositive_before(
    masked: str, floor: int, comma: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """For "NAME, APPOSITIVE, said": (name span, appositive span) when text ends at `comma`.

    The appositive may hold commas itself ("Ramil Carr, 31, a Philadelphia photographer,",
    "Mike Shields, president of the Congressional Leadership Fund, a super PAC, said"): then
    the name must open the sentence, so a clause before it is never taken for a name.
    """
    found = _one_appositive(masked, floor, comma)
    if found is not None:
        return found
    inner = [i for i, ch in enumerate(masked[floor:comma]) if ch == ","]
    for inner_comma in reversed(inner[:-1][-2:]):
        name = subject_before(masked, floor, floor + inner_comma)
        if name is None or masked[floor : name[0]].strip(" \t\n\x01,") != "":
            continue
        if _DAY_OR_MONTH.fullmatch(masked[name[0] : name[1]].split()[0]):
            continue  # "Tuesday at Baldwin Wallace University in Berea, OH, ...": when and where
        appositive = masked[floor + inner_comma + 1 : comma]
        # relative clauses inside it have verbs of their own ("24, who was visiting Manhattan",
        # "the Alabama Republican who heads the Senate Banking Committee, which oversees ...")
        described = ",".join(_BEFORE_RELATIVE.split(part)[0] for part in appositive.split(","))
        if MASK in appositive or len(appositive.split()) > 25 or STRICT_FINITE.search(described):
            continue
        if not masked[name[0] : name[1]][:1].isupper() or find_cues(described, 0, len(described)):
            continue
        lead = len(appositive) - len(appositive.lstrip())
        start = floor + inner_comma + 1 + lead
        return name, (start, comma)
    return None


def _finite_cue_in(appositive: str) -> bool:
    """Whether an aside holds a reporting verb ("Clinton, a spokesman said, would ..."); in a
    noun phrase opened by a determiner a bare or "-ing" form is a noun or an adjective ("the
    state party chairwoman", "a creative writing professor")."""
    cues = find_cues(appositive, 0, len(appositive))
    if not cues:
        return False
    if appositive.split()[0].lower() not in words("determiners"):
        return True
    return any(
        cue.group().lower() != cue_base(cue.group()) and not cue.group().lower().endswith("ing")
        for cue in cues
    )


# a relative pronoun opening a clause
_RELATIVE_PRONOUN = compile_on_use(r"(?:^|\s)(?:who|whose|which)\s")


# a person's name alone: two or three capitalised words, a middle initial perhaps
_PERSON_NAME = compile_on_use(r"[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2}")
# an owner pronoun, a relation and a name: "his cousin James York"
_NAME_AFTER_OWNER = compile_on_use(
    r"(?:his|her|their)\s+(?:[a-z-]+\s+){1,3}(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
)


def _one_appositive(
    masked: str, floor: int, comma: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    segment = masked[floor:comma]
    inner_comma = segment.rfind(",")
    if inner_comma < 0:
        return None
    appositive_start = floor + inner_comma + 1
    appositive = masked[appositive_start:comma].strip()
    is_relative = appositive.lower().startswith(("who ", "whose "))
    if not appositive or (MASK in appositive and not is_relative) or len(appositive.split()) > 20:
        return None
    relative = _RELATIVE_PRONOUN.search(appositive.lower())
    if appositive.lower() in AUXILIARIES or (_finite_cue_in(appositive) and relative is None):
        return None
    if appositive.split()[0].lower() in ("which", "that", "however", "though", "too", "meanwhile"):
        return None
    if appositive.split()[0].lower() in ("who", "whose"):
        # "Chris Cox, who runs the NRA's lobbying arm, says", "Smith, whose company makes
        # chips, said", "one woman, who identified herself as ..., told": a relative clause,
        # not a role; after a name and its appositive ("Hogan Gidley, a former executive
        # director of the South Carolina Republican Party, whose roots are ..., said"), the name
        described = _name_before_appositive(masked, floor, floor + inner_comma)
        if described is not None:
            # "Willie Minor, an African-American actor in Dallas, who runs ...": his role
            aside = masked[described[1] + 1 : floor + inner_comma]
            lead = len(aside) - len(aside.lstrip())
            return described, (described[1] + 1 + lead, floor + inner_comma)
        name = subject_before(masked, floor, floor + inner_comma)
        if name is None:
            return None
        name_text = masked[name[0] : name[1]]
        if (
            not name_text[:1].isupper()
            and name_text.split()[0] not in _ARTICLES
            # "Following Mr Straw's announcement, lawyer Louise Christian, who represents
            # ..., said": a role noun before a name
            and not (
                name_text.split()[0] in words("role_nouns")
                and len(name_text.split()) > 1
                and name_text.split()[-1][:1].isupper()
                # right after an opening phrase's comma, not inside a longer role ("US
                # bankruptcy judge Letitia Clark")
                and masked[floor : name[0]].rstrip().endswith(",")
            )
        ):
            return None
        return name, None
    name = subject_before(masked, floor, floor + inner_comma)
    if name is None or _inside_relative(masked, floor, name[0]):
        return None
    name_text = masked[name[0] : name[1]]
    owned_name = _NAME_AFTER_OWNER.fullmatch(name_text)
    if owned_name is not None:
        # "The other man, his cousin James York, 40, cited ...": the name after the kin word
        # is who speaks, and the age its aside
        name = (name[0] + owned_name.start("name"), name[1])
        name_text = owned_name.group("name")
    before = masked[floor : name[0]]
    if (
        not name_text[:1].isupper()
        and name_text.split()[0] in _ARTICLES
        and name_text.split()[-1][:1].isupper()
        and not before.strip(" \t\n\x01,")
    ):
        # '"...," the economist Jared Bernstein, a former adviser in the Obama White House,
        # wrote': an article, a role and a name opening the sentence or following the
        # quotation that opens it (after any other comma it may be an appositive itself:
        # "Christopher Harvey, an African-American delegate from Houston, Texas, said")
        pass
    elif not name_text[:1].isupper() or NOT_IN_PHRASE.match(name_text.lower()):
        return None  # "Currently, the project takes three months, says ...": an adverb
    named = before.rstrip().rstrip(",").split()[-1:]
    if (
        before.rstrip().endswith(",")
        and named
        and named[0][:1].isupper()
        and name_text.split()[-1][:1].islower()
    ):
        # "Dr John E. Kelly, IBM senior vice president, Technology and Intellectual Property,
        # said": a role set off after a name, its department after it, is no name of its own
        return None
    opening = floor + len(before) - len(before.lstrip())
    if (
        before.rstrip().endswith(",")
        and before.count(",") == 1
        and _PERSON_NAME.fullmatch(appositive)
        and masked[opening : opening + 1].isupper()
        and masked[opening : name[0]].split()[0].lower() in _ARTICLES
        and not STRICT_FINITE.search(masked, opening, name[0])
    ):
        # "A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said": the
        # words before the name are the last of a body's name set off by commas; the whole
        # description is what the aside names
        name = (opening, name[1])
    lead = len(masked[appositive_start:comma]) - len(masked[appositive_start:comma].lstrip())
    aside = (appositive_start + lead, appositive_start + lead + len(appositive))
    if name_text.lower().startswith("one of ") and _PERSON_NAME.fullmatch(appositive):
        # "One of Grayson's former supporters, Pat Schroeder, said": the person named after
        # the description speaks, the description her role
        return aside, name
    return name, aside


# a relative clause opening after a comma, up to a word: "Southcorp, whose brands include "
_OPEN_RELATIVE = compile_on_use(r",\s+(?:who|whose|which)\s[^,;\x01]*$")


def _inside_relative(masked: str, floor: int, at: int) -> bool:
    """Whether a phrase at `at` sits inside a relative clause opened after the comma before it
    ("Southcorp, whose brands include Penfolds, Rosemount and Lindemans, dismissed"): a list
    the clause holds, not a name with its appositive."""
    start = max(floor, at - 120)
    if "wh" not in masked[start:at]:
        return False  # the cheap test first: most phrases have no relative before them
    return _OPEN_RELATIVE.search(masked, start, at) is not None


_TIME_OPENER = compile_on_use(
    r"(?:(?:Hours|Minutes|Days|Weeks|Months|Years|Moments)\s+(?:later|earlier)|Later|Earlier|"
    # "The day before,", "A week earlier,", "The next morning,"
    r"(?:The|A)\s+(?:day|night|week|month|year|morning|evening)\s+(?:before|earlier|later)|"
    r"The\s+(?:next|following)\s+(?:day|night|week|month|year|morning|evening)|"
    r"(?:On|In|Last|This|Early|Late)\s+[\w.]+(?:\s+[\w.]+)?|Yesterday|Today|Tonight|"
    # "Here in Columbia,", "There in Iowa,": a place pointed at, perhaps named
    r"(?:There|Here)(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)"
    r",\s+"
)


_PHRASE_OPENER = compile_on_use(
    r"((?i:in|on|at|by|after|before|during|with|without|since|despite|following|amid|under|through|"
    r"speaking|appearing|asked|interviewed|earlier|later|back|"
    # "Beyond the security-camera footage, the affidavit cited ...", "Unlike Trump, ..."
    r"beyond|besides|unlike|like|alongside|among|amongst|against|throughout|for|from|within|"
    r"across|along|apart|aside|instead|contrary|regardless|thanks)\s[^,;:\x01]{1,100}"
    # a place's state abbreviated after its comma: "at a rally in Beaumont, Tex., Mr. Trump"
    r"(?:,\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.(?:[A-Z]\.)+))?),\s+"
)
# openers that may also introduce a clause ("After Trump won Iowa, ..."); a plain preposition
# opens a noun phrase, whose plural nouns ("In television interviews on Sunday") are no verbs
_CLAUSE_OPENERS = frozenset(["after", "before", "since", "asked", "speaking", "appearing"])
# "On Sunday morning Mr. Trump made ...": a day as the opener, no comma, then a name
_DAY_OPENER = compile_on_use(
    r"(?:On|Last|Early|Late)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=[A-Z])"
)


def _opener_has_verb(phrase: str) -> bool:
    """Whether a verbless-looking opening phrase is in fact a clause with its own verb."""
    if phrase.split()[0].lower() in _CLAUSE_OPENERS:
        return has_finite(phrase)
    return FINITE_WORD.search(phrase) is not None


# what may stand between a sentence's subject and its verb: a parenthesis, a relative clause,
# an appositive, an age ("Kenteris, 31, said"), a participle's phrase ("Michal Minar, ranked
# 158th in the world, was forced") or an appositive between dashes ("Joshua Rifkin - a
# composer and leading interpreter of Bach - has recreated"); and, for a person, any other
# aside ("Cory Doctorow, European co-ordinator for the Electronic Frontier Foundation,
# expressed", "Mr Howard, however, was dismissive")
_ASIDE = compile_on_use(
    r"\s*\([^()\x01]{1,40}\)|\s*,\s*(?:who\s|the\s|a\s|an\s)[^,;\x01]{1,120},"
    r"|\s*,\s*\d{1,3},|\s*,\s*[a-z]+(?:ed|ing)\s[^,;\x01]{1,80},"
    r"|\s+[-\u2013\u2014]\s+(?:the|a|an)\s[^;\x01\u2013\u2014]{1,100}?\s[-\u2013\u2014](?=\s)"
)
_LOOSE_ASIDE = compile_on_use(
    r"\s*,\s*(?:[A-Z][\w-]*\s+){0,3}[a-z][\w-]*(?:\s+[\w'’&-]+){0,14},"
    # any aside between dashes, for a person ("Mr Khodorkovsky - who has been in jail for more
    # than a year - pleaded", "Fund manager Florian Hamm - Borussia Dortmund's largest investor
    # - said"); not one that adds a second person ("- and his wife -")
    r"|\s+[-\u2013\u2014]\s+(?!(?:and|or|with|plus|as\s+well)\s)"
    r"[^;\x01\u2013\u2014]{1,100}?\s[-\u2013\u2014](?=\s)"
)
# an aside opened by a comma and never closed, before a reporting verb: "JF Sullivan, spokesman
# for e-mail security firm Sendmail said"; the words up to the verb, none a clause's opener
_UNCLOSED_ASIDE = compile_on_use(
    r"\s*,\s*(?!(?:whose|whom|which|when|where|while|as|after|before|because|if|though|"
    r"although|and|but|or|nor|so|then|with)\s)(?:[A-Z][\w-]*\s+){0,3}[a-z][\w-]*"
)
_ASIDE_WORD = compile_on_use(r"\s+([\w'’&.-]+)")
# how many words after its first an unclosed aside may run to its verb
_UNCLOSED_REACH = 14


# a comma between a subject and its reporting verb, the verb's words in lower case after it
_STRAY_COMMA = compile_on_use(r",\s+([a-z]+)\s+[a-z]")


def _finite_reporting(verb: str) -> bool:
    """Whether a word is a reporting verb in a finite form: "said", "told", "insists"."""
    return verb in reporting_verb_forms() and (
        verb.endswith(("ed", "s"))
        or FINITE_WORD.fullmatch(verb) is not None
        or verb in ("told", "said")
    )


def _unclosed_aside_end(masked: str, at: int, limit: int) -> int | None:
    """Where an aside opened by a comma after a person's name ends, when no comma closes it and
    a finite reporting verb follows it ("Lisa Power, head of policy at Aids charity the Terrence
    Higgins Trust said"); not a relative clause's verb ("a friend of Jones who said")."""
    stray = _STRAY_COMMA.match(masked, at, limit)
    if stray is not None and _finite_reporting(stray.group(1)):
        return at + 1  # "The men's solicitor Matthew Knight, said that ...": a stray comma
    found = _UNCLOSED_ASIDE.match(masked, at, limit)
    if found is None:
        return None
    end = found.end()
    for _ in range(_UNCLOSED_REACH):
        word = _ASIDE_WORD.match(masked, end, limit)
        if word is None:
            return None
        verb = word.group(1)
        if verb in ("who", "which", "that"):
            return None
        if _finite_reporting(verb):
            return end
        end = word.end()
    return None


_DETERMINER_OPENING = compile_on_use(r"(?:The|A|An|His|Her|Their|Its|Our)\s")
# after an opener's comma the determiner is in lower case: "Beyond the security-camera
# footage, the affidavit cited interviews with Fields and said ..."
_DETERMINER_AFTER_OPENER = compile_on_use(r"(?<=, )(?:the|a|an|his|her|their|its|our)\s")


# a word that opens with a lower-case letter
_LOWER_WORD = compile_on_use(r"[a-z][\w’'-]*")


def _determiner_subject(masked: str, start: int, limit: int) -> tuple[int, int] | None:
    """ "The retired neurosurgeon has provided", "His office put out", "The town released": a
    determiner and up to four words whose head is outside the lexicons, read as the subject
    only when a finite verb follows the head."""
    if not (
        _DETERMINER_OPENING.match(masked, start, limit)
        or _DETERMINER_AFTER_OPENER.match(masked, start, limit)
    ):
        return None
    toks = tokens(masked, start, min(limit, start + 80))
    for k in range(1, min(len(toks) - 1, 5)):
        word = toks[k].lower
        if not _LOWER_WORD.fullmatch(word) or (
            word in PREPOSITIONS or word in AUXILIARIES or word in words("function_words")
        ):
            return None
        following = toks[k + 1].lower
        after = toks[k + 2].lower if k + 2 < len(toks) else ""
        if (
            k > 1
            and word in words("cue_adverbs")
            and (following in reporting_verb_forms() or FINITE_WORD.fullmatch(following))
        ):
            # "Her campaign quickly blasted out an email": the adverb is the verb's, not the
            # subject's
            return toks[0].start, toks[k - 1].end
        if following in ("is", "are", "was", "were") or after in ("be", "been"):
            # "The bill was backed by some firms, saying", "The money will be used ... and
            # will add": a passive's or a copula's subject is no speaker
            return None
        if following in AUXILIARIES - {"be", "being", "been"} or following in ("put", "took"):
            return toks[0].start, toks[k].end
        if following in reporting_verb_forms() or (
            following.endswith("ed") and FINITE_WORD.fullmatch(following)
        ):
            return toks[0].start, toks[k].end
    return None


# Connectives that open a sentence before its subject: "However, Trump held his fire on Ben
# Carson, calling him ...", "Still, Petrilli, who ..., called the new law ...".
LEAD_CONNECTIVE = compile_on_use(
    # ("And even Obama tried to help them off the hook, noting that ...": not "But even as")
    r"\s*(?:(?:But|And)\s+(?:then|even(?=\s+[A-Z]))|But|And|So|Now|Later|Then|Meanwhile|Still|"
    r"However|Instead|Yet|Indeed|Separately|"
    r"Similarly|Likewise|Nevertheless|Nonetheless|Moreover|Finally|Ultimately|"
    r"No\s+(?:wonder|doubt)),?\s+"  # "No wonder Trump said": an idiom, no subject
    # with their comma only: "Overall, conservative outside groups reported", not "Overall
    # turnout was"
    r"|\s*(?:Overall|Additionally|Furthermore|Altogether|Even\s+so|Even\s+then|Of\s+course|"
    r"After\s+all|By\s+contrast|In\s+contrast|On\s+the\s+other\s+hand|At\s+the\s+same\s+time|"
    r"In\s+turn|In\s+fact),\s+"
    # a focus particle before the subject: "Even Republicans who have praised him warned", "Even
    # some Democrats say"; not "Even if", "Even as", "Even in": a clause or an adverbial
    r"|\s*Even\s+(?=[A-Z](?!f\b)|(?:the|a|an|some|many|most|those|these|his|her|their|its|our|"
    r"several|longtime|fellow|former)\s)"
)


def after_openers(masked: str, s_start: int, limit: int) -> int:
    """Where the sentence's subject may start: after a connective ("However,"), a time
    ("Hours later,") and verbless prepositional openers ("In an interview with The Wall Street
    Journal,", "On Thursday, after remaining neutral ...,")."""
    lead = LEAD_CONNECTIVE.match(masked, s_start, limit)
    start = lead.end() if lead else s_start
    opener = _TIME_OPENER.match(masked, start, limit) or _DAY_OPENER.match(masked, start, limit)
    if opener:
        start = opener.end()
    for _ in range(3):
        if masked.find(",", start, limit) < 0:
            break  # the cheap test first: an opening phrase ends at a comma
        phrase = _PHRASE_OPENER.match(masked, start, limit)
        if phrase is None or _opener_has_verb(phrase.group(1)):
            break
        start = phrase.end()
    return start


# an "-ing" word opening a phrase whose next word is in lower case: a participle, no name
# ("Rallying hundreds of service workers"; not "Manning", "Ewing Marion Kauffman")
# ("Monitoring firm Netcraft" is a firm, by its noun)
_PARTICIPLE_OPENING = compile_on_use(r"[A-Z][a-z]{2,}ing\s+(?P<next>[a-z]+)")
# the word after a sentence's opening phrase, perhaps after an adverb and an auxiliary, and a
# capital after it if any: the verb that makes the phrase the subject ("Trump attacked ...")
_SUBJECTS_VERB = compile_on_use(
    r"\s+(?:(?:[a-z]+ly|later|also|then|again|now|still|just|since)\s+)?"
    r"(?:has\s+|had\s+|have\s+)?([a-z]+)\b(\s+[A-Z])?"
)


def sentence_subject(
    masked: str, s_start: int, limit: int, loose: bool = True
) -> tuple[int, int] | None:
    """The noun phrase opening the sentence, when a verb follows it: "Trump attacked ...".

    Only names and pronouns: a sentence opened by an adverbial or a clause has no safe subject.
    `loose` steps over any aside, which reads a person right ("Mr Howard, however, was") but
    may take "The Game, whose real name is Jayceon Taylor, told" for a body.
    """
    start = after_openers(masked, s_start, limit)
    span = subject_after(masked, start, limit, before_verb=True) or _determiner_subject(
        masked, start, limit
    )
    if span is None or NOT_IN_PHRASE.match(masked[span[0] : span[1]].lower()):
        return None  # "Shortly after ...": an adverb, not a name
    opening = masked[span[0] : span[1]].split()[0].lower()
    if opening in PREPOSITIONS or opening in words("function_words"):
        return None  # "Over the next few months, ...": an adverbial, not a subject
    participle = _PARTICIPLE_OPENING.match(masked, span[0], span[1])
    if participle and participle.group("next") not in _head_nouns():
        # "Rallying hundreds of service workers who are struggling to get by, Hillary Clinton
        # tried ...": a participle clause, whose doer is the subject after its comma
        comma = masked.find(", ", span[1], limit)
        if comma < 0 or MASK in masked[span[1] : comma]:
            return None
        found = sentence_subject(masked, comma + 2, limit, loose)
        return found if found is not None and masked[found[0]].isupper() else None
    named = _named_by_appositive(masked, span, limit) if loose else None
    if named is None and loose:
        named = _named_after_role_of(masked, span, limit)
    if named is not None:
        return named
    after = span[1]
    # "Sen. Bernie Sanders (I-Vt.) defended", "Erin Brockovich, the activist and lawyer,
    # endorsed", "Republicans, who hold a majority, have blocked": step over what describes it
    aside = _ASIDE.match(masked, after, limit) or (
        _LOOSE_ASIDE.match(masked, after, limit) if loose else None
    )
    if aside:
        after = aside.end()
    elif loose and masked.startswith(",", after):
        after = _unclosed_aside_end(masked, after, limit) or after
    stepped = after != span[1]
    rest = masked[after:limit]
    verb = _SUBJECTS_VERB.match(rest)
    if verb is None:
        return None
    word = verb.group(1)
    if verb.group(2) and not (
        word.endswith(("ed", "s"))
        or FINITE_WORD.fullmatch(word)
        or word in reporting_verb_forms()
        or word in PREPOSITIONS
        or word in words("function_words")
    ):
        return None  # "Public defender Peter Lynch admitting": a role before a name, no verb
    if (
        not stepped
        and not verb.group(2)
        and verb.group(1) not in _function_words_and_relatives()
        and _AUXILIARY_NEXT.match(rest, verb.end(1))
    ):
        # "Many Labour backbenchers are said to ...": the word after the capitalised ones is
        # their head noun, an auxiliary the verb; the subject is the whole phrase
        return span[0], after + verb.end(1)
    if not stepped and not verb.group(2) and word in words("group_nouns"):
        # "Trade unions welcomed ...": the plural after the capitalised word is its head
        # noun, no verb; the verb comes after it
        return span[0], after + verb.end(1)
    head = _ROLE_HEAD_AHEAD.match(rest) if not stepped and not verb.group(2) else None
    if (
        head is not None
        and head.group(1).lower() in words("role_nouns")
        and not FINITE_WORD.search(head.group())
        and not any(w in words("function_words") for w in head.group().split())
    ):
        return span[0], after + head.end(1)  # "the French international defender believes"
    if (
        not stepped
        and masked[span[0] : span[1]].lower() in demonyms()
        and not (
            FINITE_WORD.fullmatch(word)
            or word in reporting_verb_forms()
            or word in belief_verb_forms()
            or word in words("function_words")
        )
    ):
        # "Greek sprinters Kostas Kenteris and Katerina Thanou missed", "Syrian hackers
        # backing Assad hijacked": an adjective on the noun after it, no subject of its own
        # (a demonym that is one, "American said", "the 24-year-old Swiss added", has a verb);
        # the names after the noun are the subject, when a verb follows them
        if verb.group(2) is None:
            return None
        named = sentence_subject(masked, after + verb.end(2) - 1, limit, loose)
        return named if named is not None and masked[named[0]].isupper() else None
    return span


# a name between commas after a subject, then a verb: "The Lord Chancellor, Lord Falconer, agreed"
_NAME_APPOSITIVE = compile_on_use(
    r",\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+),\s+(?:has\s+|had\s+|have\s+)?([a-z]+)\b"
)


def _named_by_appositive(masked: str, span: tuple[int, int], limit: int) -> tuple[int, int] | None:
    """The person a role opening a sentence names in the aside after it, when a verb follows
    the aside: "The Lord Chancellor, Lord Falconer, agreed", "Ms Jowell's deputy, Richard
    Caborn, said"; the name, not the role, is whom a later "he" stands for."""
    if not masked.startswith(",", span[1]):
        return None  # the cheap test first
    if masked[span[0] : span[1]].split()[-1].lower() not in words("role_nouns"):
        return None  # "The company, Yukos, said": no person
    found = _NAME_APPOSITIVE.match(masked, span[1], limit)
    if found is None:
        return None
    verb = found.group(2)
    if not (
        verb.endswith(("ed", "s")) or FINITE_WORD.fullmatch(verb) or verb in reporting_verb_forms()
    ):
        return None
    if re.search(r"\sand\s", found.group(1)):
        return None  # two people
    return found.span(1)


# what a role is of, in lower case, then the person's name and a verb: "Real Madrid director of
# sport Emilio Butragueno praised"
_ROLE_OF_THEN_NAME = compile_on_use(
    r"\s+(?:of|for)\s+((?:[a-z][\w-]*\s+){1,3}?)(?:[A-Z][\w'’.-]*\s+){1,2}[A-Z][\w'’-]+"
    r"(?=\s+(?:has\s+|had\s+|have\s+)?([a-z]+)\b)"
)


def _named_after_role_of(masked: str, span: tuple[int, int], limit: int) -> tuple[int, int] | None:
    """A role, what it is of and the person's name as one subject: "Real Madrid director of
    sport Emilio Butragueno praised the spectators"; not past a function word ("head of the
    Tory Party ...")."""
    if not masked.startswith((" of ", " for "), span[1]):
        return None  # the cheap test first
    if masked[span[0] : span[1]].split()[-1].lower() not in words("role_nouns"):
        return None
    found = _ROLE_OF_THEN_NAME.match(masked, span[1], limit)
    if found is None or any(w in words("function_words") for w in found.group(1).split()):
        return None
    verb = found.group(2)
    if not (
        verb.endswith(("ed", "s")) or FINITE_WORD.fullmatch(verb) or verb in reporting_verb_forms()
    ):
        return None
    return span[0], found.end()


# one or two lower-case words after capitalised ones and before a verb, the last of them a
# role: the head of the subject, not its verb ("the Stanford medieval-history graduate ended")
_ROLE_HEAD_AHEAD = compile_on_use(r"\s+(?:[a-z-]+\s+)?([a-z-]+)(?=\s+[a-z])")


_AUXILIARY_NEXT = compile_on_use(rf"\s+(?:{FINITE_AUXILIARIES})\b")


# a share stated after the source's words: "Pew Research 44% of searchers"
_SHARE_INSIDE = compile_on_use(r"[A-Za-z]\s+\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b)")


# four or more words in capitals in a row: a shouted headline or claim, whose verbs a
# lower-case pattern does not see (a name or an acronym in capitals runs shorter)
_SHOUTED_RUN = compile_on_use(r"\b[A-Z]{2,}(?:\s+[A-Z]{1,}){3,}\b")


def phrase_to_comma(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """ "according to a new poll by Gallup," -> the words up to the comma, if short and verbless."""
    stop = len(masked[start:end])
    for mark in (",", MASK, ";", " — ", " – "):
        at = masked.find(mark, start, end)
        if at >= 0:
            stop = min(stop, at - start)
    phrase = masked[start : start + stop].rstrip(" .")
    closing = phrase.find(")")
    if closing >= 0 and "(" not in phrase[:closing]:
        phrase = phrase[:closing].rstrip(" .")  # "(..., according to exit polls)": the aside's end
    # "early results of the exit poll conducted by Edison Research for the Associated Press
    # and Television Networks": source descriptions run long, the comma still ends them
    if not phrase or len(phrase.split()) > 20 or STRICT_FINITE.search(phrase):
        return None
    shouted = _SHOUTED_RUN.search(phrase)
    if shouted is not None and STRICT_FINITE.search(shouted.group().lower()):
        # "According to international media and Greek Sky TV THREE PEOPLE HAVE DIED IN A
        # BLAZE that broke out at ...,": the claim, in capitals, runs on from the source
        return None
    if _SHARE_INSIDE.search(phrase):
        return None  # "According to Pew Research 44% of searchers use ...,": a claim, no source
    lead = len(phrase) - len(phrase.lstrip())
    return start + lead, start + len(phrase)
