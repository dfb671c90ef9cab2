"""Turning a speaker mention into a Speaker: its kind, role, organisation and canonical name.

Coreference is deliberately conservative (a wrong attribution is worse than a missing one):
a surname resolves to a full name only when the article introduces exactly one person with
that surname, a pronoun only to the most recent compatible speaker (or, when nobody quoted
may be meant, to the named subject of the sentence just before it), a definite role noun ("the
official") only to a speaker introduced with that head noun. Anything else stays as written or
becomes `unknown`.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise

from factdb.extract.lazy_regex import bounded_word_starts, compile_on_use
from factdb.extract.lexicon import (
    PREPOSITIONS,
    demonyms,
    entries,
    pronoun_classes,
    reporting_verb_forms,
    role_abbreviations,
    title_abbreviations,
    trie_regex,
    words,
)
from factdb.extract.types import UNKNOWN_SPEAKER, Speaker, SpeakerKind

# the first capital, then the word-boundary test (a lookbehind, so the regex engine can jump
# from capital to capital over the whole article instead of testing \b at every character)
# a surname may carry a capital inside it: "McCain", "LaRue", "DeSantis"
_NAME_SEQUENCE = compile_on_use(
    r"[A-Z](?<!\w[A-Z])(?:[a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*|\.)"
    r"(?:\s+(?:(?:Ma?c|La|Le|De|Di|Du|Van)?[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*|[A-Z]\.|de|van|"
    r"von|bin|al-[A-Z]\w+))+\b"
)
# a verb that hands the floor to someone its object names, who may be the next sentence's
# "he": "Mr Lynch asked Coleman ...", "Smith met Jones ...", "said he asked how Hiller felt",
# "was responding to a message from ..."
_FLOOR_HANDING_VERB = compile_on_use(
    r"\b(?:ask(?:ed|s|ing)?|question(?:ed|ing)|interview(?:ed|s|ing)|quizz(?:ed|es|ing)|"
    r"met|meet(?:s|ing)?|phon(?:ed|es|ing)|contact(?:ed|s|ing)|challeng(?:ed|es|ing)|"
    r"introduc(?:ed|es|ing)|turn(?:ed|s)? to|hand(?:ed|s)? over|interrupt(?:ed|s|ing)|"
    r"quot(?:ed|es|ing)|respond(?:ed|s|ing)|repl(?:ied|ies|ying))\b"
)
# the rest of an aside opened by a participle, and the subject's own verb of saying after it
_ASIDE_THEN_SAID = compile_on_use(
    r"[^,.\x01]{0,100},\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added|insisted|argued|replied)\b"
)
# verbs that open a question before its subject: "Was Szlachta satisfied with ...?"
_AUXILIARIES = frozenset(
    ["was", "were", "is", "are", "did", "does", "do", "has", "had", "have", "will", "would",
     "can", "could", "should"]
)  # fmt: skip
# a pronoun framing words as its own: "..., he said", "she told"
_PRONOUN_FRAME = compile_on_use(
    r"\b(?:he|she|they)\s+(?:[a-z]+ly\s+)?(?:said|says|added|adds|told|tells|insisted|argued|"
    r"explained|claimed|wrote|writes|recalled|believed|believes|thought|thinks)\b"
)
# such a frame set off after the words it reports ("Nixon never called, he said"), not one
# inside a clause of the subject's own ("Brown has outlined what he thinks")
_SET_OFF_PRONOUN_FRAME = compile_on_use(r"[,\x01]\s*" + _PRONOUN_FRAME.pattern)
# a lower-case word after a name, which may be a noun for a person ("The Florida senator")
_PERSON_WORD_AFTER = compile_on_use(r"\s+(?P<word>[a-z][a-z-]*)")
# a passive verb after a subject: "Mutu was sacked by Chelsea", "Smith has been dropped"
_PASSIVE_AFTER = compile_on_use(
    r"(?:,[^,]{0,80},)?\s+(?:[a-z]+ly\s+)?(?:was|were|is|are|has been|had been|have been|"
    r"got|gets|will be|would be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|lt|pt|ught|id)\b"
)
# a capitalised word with a relative "who" right after it: a person's name ("Rihanna, who")
_NAME_BEFORE_WHO = compile_on_use(
    r"(?<![\w’'-])([A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*),?\s+who\b"
)
_PAREN = compile_on_use(r"\s*\([^)]*\)")
_CAPITALISED_RUN = compile_on_use(r"(?<![\w’'])[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*")
_POSSESSIVE = compile_on_use(r"[’']s$")
_PREPOSITION_SPLIT = compile_on_use(r"\s+(at|of|for|with|from|in)\s+")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs"})
# particles that open a surname: "Van Rompuy", "De Blasio", "Le Bon"
SURNAME_PARTICLES = frozenset(
    ["de", "van", "von", "di", "da", "le", "la", "du", "del", "der", "den", "ter", "dos"]
)
# forms of address and honours that go with a name, never part of the role before them
_HONOURS = _HONORIFICS | {"sir", "dame", "lord", "lady", "dr", "prof", "professor", "rev"}
# titles that name no office: an honour, a degree or a rank ("Lord Bach, Minister for ...")
_OFFICELESS_TITLES = (_HONOURS - _HONORIFICS) | {
    "col", "sgt", "lt", "capt", "captain", "maj", "major", "cmdr", "commander", "gen",
    "general", "adm", "admiral", "cpl", "corporal", "officer", "det", "detective", "insp",
    "inspector", "supt", "superintendent", "fr", "father", "reverend", "rabbi", "imam",
}  # fmt: skip
# honours that go with a first name: "Sir Digby" is Sir Digby Jones
_FIRST_NAME_HONOURS = frozenset({"sir", "dame"})
_PRONOUN_WINDOW = 4  # claims back that a pronoun may reach


@cache
def _titles() -> tuple[str, ...]:
    return entries("titles")


@cache
def _titles_lowered() -> str:
    """Every title in lower case, one a line: a phrase of words (no line break) is in this
    text exactly when it is in one of the titles, found in one scan, not one per title."""
    return "\n".join(t.lower() for t in _titles())


@cache
def bare_titles() -> frozenset[str]:
    """Titles in lower case without their dot ("sen", "president")."""
    return frozenset(t.lower().rstrip(".") for t in _titles())


@cache
def _not_before_name() -> frozenset[str]:
    """Words a name is written after, never holding them: an office ("Judge", "Defender"),
    an origin ("Australian") or a headline's link ("About"); built once."""
    return frozenset(bare_titles() | words("role_nouns") | demonyms().keys() | _HEADLINE_LINKS)


# a capitalised word of a name, without a possessive's "'s": "O'Brien", "Cruz" of "Cruz's"
_NAME_WORD = compile_on_use(r"[A-Z][\w-]+(?:['’][A-Z][\w-]+)?")


def _opening_person(name: list[str]) -> bool:
    """Whether the words opening a clause before an aside are a person's name, not a time or
    a place ("On Tuesday, traders in Asia said", "In Texas, half of ...")."""
    return _looks_like_person(name) and not any(
        t.lower() in _not_in_names() or _WEEKDAY_WORD.fullmatch(t) for t in name
    )


def _another_first_name(toks: list[str], own: set[str]) -> bool:
    """Whether a name of the same surname is another person's: "Ivanka Trump" named after
    "Donald Trump" spoke (not "Mr Trump" or "President Trump", a title before the surname)."""
    first = toks[0].lower().rstrip(".")
    return (
        len(toks) >= 2
        and first not in own
        and first not in _title_words()
        and first not in role_abbreviations()
        and not first.isupper()
    )


def _opens_with_given_name(toks: list[str]) -> bool:
    """Whether a name of two words or more opens with what may be a first name, not a title,
    a rank, an owner or a word for a woman or a man ("Baroness Boothroyd", "Insp Gaskin", "ADA
    Fairman", "Intel's Waxman" are a surname with a title, no namesake of "Betty Boothroyd")."""
    if len(toks) < 2:
        return False
    first = toks[0]
    plain = first.lower().rstrip(".")
    return not (
        first.isupper()
        or first.endswith(("'s", "’s"))
        or plain in _person_words()  # a title, a role, a word for a woman or a man
        or first.lower() in role_abbreviations()
        or plain in _HONORIFICS
    )


@cache
def _not_in_names() -> frozenset[str]:
    """Words that are never part of a person's name: built once, asked for every name."""
    return words("function_words") | words("organization_nouns") | words("media_nouns")


# a sentence's end and the space after it
_SENTENCE_END = compile_on_use(r"[.!?][\"”’']?\s+")


@cache
def _a_text_named() -> re.Pattern[str]:
    """A sentence opened by a noun for a text or a document ("But a short statement about ...
    was presented", "The report ..."): a thing that a next sentence's "it" may stand for as
    well as any body named before it."""
    nouns = words("carrier_nouns") | words("claim_nouns") | words("evidence_nouns")
    return re.compile(
        r"(?:(?:But|And|Yet)\s+(?:a|an|the)|A|An|The)\s+(?:[\w'’-]+\s+){0,2}?(?:"
        + trie_regex(nouns)
        + r")\b"
    )


@cache
def _anonymity_marker() -> re.Pattern[str]:
    """Any anonymity marker ("spoke on condition of anonymity") as one search, not one
    substring test per marker; one prefix trie, as only whether one occurs is read."""
    return re.compile(trie_regex(words("anonymity_markers")))


@cache
def _common_speaker_nouns() -> frozenset[str]:
    """Nouns that name a speaker by what it is ("officials", "police"), joined once, not per
    mention."""
    return (
        words("role_nouns")
        | words("anonymous")
        | words("media_nouns")
        | words("organization_nouns")
    )


@cache
def _person_nouns() -> frozenset[str]:
    """Role and gendered nouns that describe one person ("the author", "his wife")."""
    return words("role_nouns") | words("male_words") | words("female_words")


def _plural_role(head: str) -> bool:
    """Whether a role noun is a plural ("students", "witnesses"), which no one person holds:
    "The students said" after "students David Filo and Jerry Yang" is both of them, not the
    first named."""
    roles = words("role_nouns")
    return head.endswith("s") and (
        head[:-1] in roles or (head.endswith("es") and head[:-2] in roles)
    )


@cache
def _titles_and_roles() -> frozenset[str]:
    """Titles without their dot and role nouns: words written before a person's name ("Mr",
    "Finance Minister")."""
    return bare_titles() | words("role_nouns")


@cache
def _person_words() -> frozenset[str]:
    """Words for one person, a role, a gendered noun or a title ("the manager", "his
    father", "the Archbishop")."""
    return _person_nouns() | bare_titles()


@cache
def _no_lone_name() -> frozenset[str]:
    """Capitalised words that are never a person's name on their own: function words, a
    body's or a medium's noun, determiners, pronouns and titles."""
    return frozenset(
        _not_in_names() | words("determiners") | pronoun_classes().keys() | _title_words()
    )


@cache
def _body_nouns() -> frozenset[str]:
    """Nouns for an organisation or a medium ("firm", "broadcaster")."""
    return words("organization_nouns") | words("media_nouns") | words("company_nouns")


@cache
def _title_regex() -> re.Pattern[str]:
    alternation = "|".join(re.escape(t) for t in _titles())
    return re.compile(rf"^(?:{alternation})(?=\s+[A-Z])\s+")


def _tokens(surface: str) -> list[str]:
    """The words of a mention or name, as a new list the caller may change."""
    return list(_token_tuple(surface))


@lru_cache(maxsize=4096)
def _token_tuple(surface: str) -> tuple[str, ...]:
    """`_tokens`, kept: the resolver splits the same few names again and again (86k calls
    over BBC, 14k distinct surfaces: "Tony Blair" 751 times)."""
    return tuple(_SURNAME_RUN.findall(surface))


def _has(surface: str, lexicon: str) -> bool:
    vocab = words(lexicon)
    lowered = surface.lower()
    return any(
        tok.lower().strip(".") in vocab or tok.lower() in vocab for tok in _tokens(surface)
    ) or any(" " in entry and entry in lowered for entry in vocab)


# a personal pronoun joined to a person: "He and Mr. Allen", "she and another reporter",
# "Bernstein and he"; (a pronoun with a group of its own, "She and her aides", names a group
# later "they" stands for)
_PRONOUN_CONJUNCT = compile_on_use(
    r"^(?:[Hh]e|[Ss]he|I|[Ww]e)\s+and\s+(?:[A-Z]|(?:another|other|an?|one|two|three|several|some)\s)"
    r"|[A-Z][\w.’'-]*\s+and\s+(?:he|she|I|we)$"
)
# a person's noun before a participle and its agent: "A witness interviewed by congressional
# staff", "analysts contacted by eWEEK"
_PERSON_DESCRIBED_BY = compile_on_use(r"(.*?\b([a-z]+))\s+[a-z]{3,}ed\s+by\s")
# (a participle with a place after it describes the noun too: "veterans interviewed at rallies")
_BEFORE_RELATIVE = compile_on_use(
    r"\s(?:who|that|at|in|from|with|across|around|inside|outside"
    r"|[a-z]{3,}ed(?=\s+(?:at|in|outside|inside|across|around|near|during|after)\s))\s"
)


# what ties unnamed people to what they know: "people familiar with the matter", "a person
# close to the family", "sources briefed on it", "sources within the party"
# a plural that ends like an agent noun: "economists", "investors", "residents", "retirees"
_AGENT_PLURAL = compile_on_use(r"[a-z][a-z-]*(?:ists|ians|ers|ors|ants|ents|ees|ives)")
# what a group's head noun may be followed by: "Supporters of the law", "most in Miami"
_AFTER_GROUP_HEAD = compile_on_use(r"\s+(?:of|in|on|at|from|for|across|who|that|with)\s+")


@cache
def _plural_role_nouns() -> frozenset[str]:
    """The role nouns in the plural: ending in "s", but not in "ss" ("boss", "witness",
    "actress" are one person)."""
    return frozenset(
        w
        for w in words("role_nouns") | words("anonymous")
        if w.endswith("s") and not w.endswith("ss") and " " not in w
    )


def people_plural(word: str) -> bool:
    """Whether a lower-case word is a plural naming people or bodies of people
    (lexicons/group_nouns.txt, a plural role noun, or an agent-noun ending), not a thing."""
    if word in words("not_group_nouns"):
        return False
    return (
        word in words("group_nouns")
        or word in _plural_role_nouns()
        or bool(_AGENT_PLURAL.fullmatch(word))
    )


# a share of a group before its noun: "Many of his endorsers", "some of the delegates"
_SHARE_OF = compile_on_use(r"(?:[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal|[Aa]ll|[Bb]oth)\s+of\s+")


def group_of_people(surface: str) -> bool:
    """Whether a mention names a group of people by a plural head ("environmentalists",
    "Supporters of the law", "Regulators and environmental groups", "many World Bank
    watchers", "Many of his endorsers"): such a group holds the beliefs, hopes and fears a
    report ascribes to it."""
    share = _SHARE_OF.match(surface)
    if share is not None:
        surface = surface[share.end() :]
    head = _AFTER_GROUP_HEAD.split(surface, maxsplit=1)[0].split()
    return bool(head) and people_plural(head[-1].lower().strip(",.;:’'"))


UNNAMED_SOURCE_TIE = (
    r"familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|involved\s+in|"
    r"knowledgeable\s+about|within|inside"
)

_UNNAMED_GROUP = compile_on_use(
    r"(?:(?:[Aa]|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]ultiple|[Ss]ome)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[Pp]eople|[Pp]ersons?|[Ss]ources?|[Oo]fficials?|[Aa]ides?|[Dd]iplomats?|[Ii]nsiders?)\s+"
    rf"(?:{UNNAMED_SOURCE_TIE})\b"
    r"|(?:(?:[Nn]early|[Aa]bout|[Aa]lmost|[Rr]oughly|[Mm]ore\s+than|[Ff]ewer\s+than|[Ll]ess\s+than|"
    r"[Oo]nly|[Jj]ust|[Ss]ome|[Aa]t\s+least)\s+)?(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine|\d+)\s+(?:in|out\s+of|of)\s+(?:\d+|two|three|four|five|ten)\b"
)

# a poll's share of respondents: "Fifty percent of Europeans", "only 25% of Britons", "a
# majority of Americans", "the majority of lawmakers", "Most Republicans": a group the poll counts, never a person
_POLL_SHARE = compile_on_use(
    r"(?:[A-Za-z]+\s+){0,3}?(?:(?:\d+(?:\.\d+)?\s?%|(?:\d+(?:\.\d+)?|[A-Za-z]+(?:-[a-z]+)?)\s+"
    r"(?:percent|per\s+cent)|[Hh]alf|[Aa]\s+(?:majority|minority|plurality|third|quarter)|"
    # "the majority of lawmakers": the share as a definite whole, as "a majority of" is
    r"[Tt]he\s+majority|"
    r"(?:[Tt]wo|[Tt]hree)-(?:thirds|quarters))\s+of\b|[Mm]ost\s+[A-Z][a-z]+s\b"
    # a share standing alone: "47% say", "three-fourths say"
    r"|(?:\d+(?:\.\d+)?\s?%|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)-(?:thirds?|quarters?|fourths?|"
    r"fifths?))$)"
)
# words a poll share cannot be written without: the cheap test before the pattern
_POLL_SHARE_HINT = compile_on_use(
    r"%|per|alf|majority|minority|plurality|third|quarter|ost|fourth|fifth"
)


# what follows a document's noun in its phrase: "Video of the incident", "Research by Nokia",
# "Polls last week", "Figures this month" (not "in": "Research in Motion" is a company)
_AFTER_DOCUMENT = frozenset(["of", "by", "from", "for", "on", "to", "into", "last", "this"])


def _opening_document(surface: str) -> bool:
    """ "Video of the incident", "Figures released last week", "Polls last week", "Polls": a
    document's noun capitalised only as the sentence opener, alone or before what describes it."""
    toks = _token_tuple(surface)
    return toks[0].lower() in words("evidence_nouns") and (
        len(toks) == 1 or toks[1] in _AFTER_DOCUMENT or toks[1].endswith("ed")
    )


def _a_document(speaker: Speaker) -> bool:
    """Whether a speaker is a document ("court testimony", "FEC records"), which no later
    "they" stands for: "... other people they claimed were responsible" are the lawyers."""
    toks = _tokens(_BEFORE_RELATIVE.split(speaker.mention or speaker.name, maxsplit=1)[0])
    # its head may come first: "transcript of the debate–published by The Washington Post–"
    return any(t.lower() in words("evidence_nouns") for t in toks[:3] + toks[-1:])


def _people_of_someone(surface: str) -> bool:
    """Whether a mention opens with a plural of people and a preposition ("Aides to Clinton",
    "Lawyers for Mr Fawcett", "Friends of Kathryn Jenkin"): people the name after it has, not
    that person; a later "Clinton says" is not them."""
    first, _, rest = surface.partition(" ")
    lowered = first.lower()
    return (lowered in _plural_role_nouns() or lowered in words("group_nouns")) and (
        rest.split(" ", 1)[0] in _PEOPLE_OF or rest.startswith("close to ")
    )


_THE_OPENING = compile_on_use(r"^the\s+")
# a plain group phrase: a quantifier or possessive perhaps, up to three modifiers and the head;
# no digits, commas or prepositions
_PLAIN_GROUP = compile_on_use(
    r"(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Mm]ost|[Nn]umerous|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)"
    r"\s+)?(?:[A-Za-z][A-Za-z’'-]*\s+){0,3}[a-z][a-z-]+"
)


def _has_function_word(toks: list[str]) -> bool:
    """Whether a phrase holds a function word past its opener ("Democrats and civil rights
    groups", "One reason Democrats say"): no plain group, then."""
    return any(t.lower() in words("function_words") for t in toks[1:])


# what points back to people the article has named: "Both parents", "These groups" are
# someone in particular, not an unnamed group
_POINTING_OPENERS = frozenset(["both", "these", "those", "this", "that"])


# "MPs", "MSPs", "MEPs": an abbreviated role in the plural
_PLURAL_ABBREVIATION = compile_on_use(r"[A-Z]{2,}s")


def mention_kind(surface: str, sentence: str) -> SpeakerKind:
    """Person, organisation, media or anonymous, from the mention's words and its sentence."""
    lowered_sentence = sentence.lower()
    if _anonymity_marker().search(lowered_sentence):
        return "anonymous"
    if _SPEAKS_FOR.search(surface) and surface.split()[0].lower() in _UNNAMED_OPENERS:
        return "anonymous"  # "A spokesman for Senator John McCain": the spokesman is unnamed
    if _people_of_someone(surface):
        return "anonymous"  # "Aides to Clinton", "Supporters of Sanders": none of them named
    role_of = (
        _ROLE_OF_A_BODY.match(surface)
        if " of " in surface or " at " in surface or " for " in surface  # the cheap test first
        else None
    )
    if role_of is not None and _one_in_office(role_of.group("role")):
        # "The head of Microsoft's security response team", "a director at the bank": one who
        # holds the office, unnamed; the body after "of" is not who speaks. "The head of ..."
        # may be someone named elsewhere: a person ("the mayor of Frankfurt") stays one, a
        # body read from the words after "of" becomes unknown
        if role_of.group("det").lower() != "the":
            return "anonymous"
        kind = _kind_by_words(surface)
        return "unknown" if kind in ("organization", "media") else kind
    return _kind_by_words(surface)


# a web address as a source: "TMZ.com", "ouest-france.fr", "Earthquaketrack. com" (a space
# after the dot where the text was tokenised)
_WEB_DOMAIN = compile_on_use(
    r"(?:www\.\s?)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.\s?"
    r"(?:com|org|net|gov|edu|co\.uk|co\.\s?uk|fr|de|it|es|ca|au|in|ie)"
)


@lru_cache(maxsize=4096)
def _kind_by_words(surface: str) -> SpeakerKind:
    """`mention_kind` read from the mention's own words: names, heads and openers.

    Kept: it reads the lexicons only, and the resolver asks again for the names it has seen
    (a third of the 1,735 calls over 300 BBC articles; every paragraph's speaker on a long
    article that names the same one throughout)."""
    if _WEB_DOMAIN.fullmatch(surface):
        return "media"  # a website cited for what it reports
    lowered = surface.lower()
    without_the = _THE_OPENING.sub("", lowered)  # the three name lists hold names without "the"
    # capitalised as a name, "the" apart ("the Liberal Democrats said"), not "conservative"
    written_as_name = surface[len(surface) - len(without_the) :][:1].isupper()
    if written_as_name and without_the in words("party_names"):
        return "organization"  # "Labour says", "the Lib Dems claim": a party
    if without_the in words("institution_names"):
        return "organization"  # "Downing Street said", "Number 10 said": the seat of an office
    if written_as_name and without_the in words("media_names"):
        return "media"  # "Breitbart reported", "the Hollywood Reporter said": an outlet
    if _UNNAMED_GROUP.match(surface) or (
        _POLL_SHARE_HINT.search(surface) and _POLL_SHARE.match(surface)
    ):
        # "People briefed on the move", "officials familiar with the system", "About 4 in 10":
        # sources the article vouches for without naming, or a poll's share of respondents
        return "anonymous"
    # "Voters who backed Obama in 2008": the noun before a relative clause says what they are
    described = _BEFORE_RELATIVE.split(surface, maxsplit=1)[0]
    by = _PERSON_DESCRIBED_BY.match(described)
    if by is not None and by.group(2).lower() in _person_nouns() | words("anonymous"):
        # "A witness interviewed by congressional staff": a person, whoever questioned them
        described = by.group(1)
    toks = _tokens(described)
    if not toks:
        return "unknown"
    if len(toks) == 1 and toks[0].lower() in _common_speaker_nouns():
        toks = [toks[0].lower()]  # "Officials said": capitalised only as the sentence opener
    elif _PLURAL_ABBREVIATION.fullmatch(toks[-1]) and toks[-1].lower() in words("role_nouns"):
        toks[-1] = toks[-1].lower()  # "the MPs said": members, none named, not a person
    if len(toks) >= 2 and toks[-1].isdigit() and toks[-2][:1].isupper():
        toks = toks[:-1]  # "Radio 1", "Channel 4", "Transport 2000": the number ends the name
    toks = _without_trailing_day(toks)
    head = toks[-1].lower()
    media = words("media_nouns")
    capital_words = [t for t in toks if t[:1].isupper()]
    if _SURVEY_AGENCY.search(surface):
        return "organization"  # "the U.S. Geological Survey": a mapping agency, no poll
    if head in media and _named_by_first_name(toks):
        return "person"  # "Liam Fox", "Michael Bloomberg": a surname that is a medium's name
    if head in media or any(t.lower() in media for t in toks if t[:1].islower()):
        return "media"
    if any(t in words("evidence_nouns") for t in toks) or _opening_document(surface):
        # "FEC records", "Video of the incident", "Figures released last week" (capitalised
        # only as the sentence opener): published matter; "Office for National Statistics",
        # "Census Bureau", "Research in Motion" are not
        return "media"
    if not toks[-1][:1].isupper():
        if any(" " in e and e in lowered for e in words("anonymous")) or head in words("anonymous"):
            return "anonymous"
        if head in words("organization_nouns"):
            return "organization"
        if toks[0].lower() == "the" and head not in words("anonymous"):
            # "the coach": a person named by role; "the billionaire businessman": unresolved
            return "person" if head in words("role_nouns") and not head.endswith("s") else "unknown"
        if (
            toks[0][:1].isupper()
            and toks[0].endswith(_POSSESSIVE_ENDINGS)
            and head in words("role_nouns")
            and head not in words("anonymous")
            and head not in words("group_nouns")
            and not head.endswith("s")
        ):
            # "Russia's president", "Microsoft's chief executive": the one holder of a named
            # body's office, as definite as "the president" ("Scott's family" are several)
            return "person"
        if head in words("role_nouns"):
            # "a spokesman" is anonymous; "the official" is resolved by coreference first
            return "anonymous"
        if (
            _PLAIN_GROUP.fullmatch(surface)
            and people_plural(head)
            and not _has_function_word(toks)
            and toks[0].lower() not in _POINTING_OPENERS
        ):
            # "Trump fans insist", "Business groups", "Trade unions", "forecasters say": a group
            # of people the plural head names, none of them named, as unnamed as "officials"; a
            # phrase with more in it ("a son of immigrants", "30,000 immigrants expected") is
            # left unknown, and "Both parents" are people the article has named
            return "anonymous"
        return "unknown"
    if toks[0].lower() in ("a", "an", "one", "another") and (
        head in words("role_nouns") or head in _title_words()
    ):
        return "anonymous"  # "a Republican Senator", "an Interior Ministry Official"
    if any(_compound_head(t) in words("organization_nouns") for t in capital_words):
        return "organization"  # before media: "Institute for Fiscal Studies"
    if len(toks) == 1 and _CALL_SIGN.fullmatch(toks[0]):
        return "media"  # "WCCO-TV", "SKY-TV": a station's letters and its medium
    if len(toks) == 1 and len(toks[0]) >= 2 and toks[0].isupper():
        return "organization"  # "AMD", "SEACOM": an acronym is not a person
    if len(toks) == 1 and sum(c.isupper() for c in toks[0]) >= 3 and toks[0].isalpha():
        # "TsKVPR", "RealClearPolitics", "OptInRealBig": three capitals in one word are a
        # body's or a brand's; a surname has two at most ("McCain", "DeGeneres", "LaRue")
        return "organization"
    if len(toks) >= 3 and len(toks[0]) >= 2 and toks[0].isupper() and toks[1] == "of":
        return "organization"  # "ACLU of Oregon": an acronym's branch
    named = toks[1:] if toks[0].lower() == "the" else toks
    if toks[0].lower() == "the" and len(named) == 1 and named[0].lower() in role_abbreviations():
        return "person"  # "The PM": the prime minister, named by role as "the senator" is
    if toks[0].lower() == "the" and len(named) == 1 and named[0].isupper() and len(named[0]) > 1:
        return "organization"  # "the NRDC": an acronym
    if toks[0].lower() == "the" and len(named) == 1 and _PLURAL_GROUP.fullmatch(named[0]):
        return "organization"  # "the Tories", "the Democrats": a party or a group, no one person
    if len(named) >= 3 and named[1] == "of" and named[0].lower() in words("organization_nouns"):
        return "organization"  # "The government of Turkmenistan"
    if any(_compound_head(t) in media for t in capital_words[-2:]) and not _looks_like_person(toks):
        return "media"
    if _a_country(named):
        return "organization"  # "South Sudan said", "Saudi Arabia says": a state, as a body
    if len(named) >= 2 and all(t[:1].isupper() for t in named) and head in words("body_name_words"):
        return "organization"  # "Jupiter Research", "Human Rights Watch", "Christian Aid"
    if len(named) >= 2 and head in _KIN_NOUNS:
        # "Millom, Cumbria Relative said" in a headline run into its lines: no person's name
        # ends in a word for kin
        return "unknown"
    if toks[0].lower() == "the" and _an_executive_body(named):
        return "organization"  # "the Scottish Executive", "The Health and Safety Executive"
    if toks[0].lower() == "the" and named and _a_body_by_name(named):
        # "the Associated Press", "the Treasury", "the Terrence Higgins Trust": a name after
        # "the" is a body's or a medium's, never a person's
        return "media" if any(e in lowered for e in _multiword_media()) else "organization"
    if _bodies_conjoined(surface):
        return "organization"  # "Airbus and Boeing", "France and Germany": bodies, no one
    if len(toks) >= 2 and toks[0].lower() in _GROUP_QUANTIFIERS and people_plural(head):
        return "anonymous"  # "Many Labour MPs", "Some Tory MPs": a group, none of it named
    if len(toks) == 1 and _ABSTRACT_NOUN.fullmatch(toks[0]):
        # "Speculation suggests", "Expectation is": a word for a state of affairs, capitalised
        # only as the sentence's opener, is nobody's name
        return "unknown"
    return "person"


def _without_trailing_day(toks: list[str]) -> list[str]:
    """The words of a mention without the day that ends it after a lower-case word ("The
    order released Friday", "The memo sent on Monday"): when it came out, whose capital makes
    no name of the phrase (a name's own day stays: "Mike Friday", "Black Friday")."""
    if len(toks) < 3 or not _WEEKDAY_WORD.fullmatch(toks[-1]):
        return toks
    kept = toks[:-2] if toks[-2] == "on" else toks[:-1]
    # a phrase of common nouns only, its opener apart: a name in it says more of what it is
    # ("an ABC News/Washington Post Poll released Sunday" is a poll)
    common = len(kept) >= 2 and all(t[:1].islower() for t in kept[1:])
    return kept if common else toks


# the bodies a speaker's aside may name by their noun alone ("a spokeswoman for the hospital",
# "vice president of the federation"), which the article has named before; not "the union",
# which may be a trade union where only the European Union is named
_BODIES_THE_ARTICLE_NAMES = frozenset(
    [
        "company", "firm", "group", "council", "federation", "church", "hospital", "college",
        "foundation", "bank", "university", "school", "institute", "association",
        "society", "trust", "commission", "committee", "agency", "organisation", "organization",
        "charity", "club", "league",
    ]
)  # fmt: skip
# a body's capitalised name, with an "of" or "for" and the capitalised words after it: "the
# Muslim Council of Britain", "Hellenic Federation of Enterprises"
_BODY_NAME_RUN = compile_on_use(
    r"(?<![\w’'])[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*"
    r"(?:\s+and\s+[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)?)?"
)
# a capitalised owner's possessive opening a role: "IBM's world-wide Linux strategy manager"
_POSSESSIVE_OWNER = compile_on_use(r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s(?=\s)")
# a determiner and an adjective, or the adjective alone, read as a body's role: "The
# official", "the nonpartisan", "the local", "official"
_ADJECTIVE_ONLY_ROLE = compile_on_use(
    r"(?:[Tt]he\s+)?(?:official|independent|nonpartisan|non-partisan|local|state-run|"
    r"state|government-run|private|public|national|influential|respected|conservative|liberal)"
)
# the agencies that survey land and sea, named "Survey" as a poll is: "the US Geological
# Survey", "the Ordnance Survey"
_SURVEY_AGENCY = compile_on_use(r"\b(?:Geological|Ordnance|Hydrographic)\s+Survey\b")
# a broadcaster's call letters joined to its medium: "WCCO-TV", "KTLA-TV", "WTOP-FM"
_CALL_SIGN = compile_on_use(r"[A-Z]{2,5}-(?:TV|FM|AM|DT)")


# what makes a capitalised "Executive" a person's post: "the Chief Executive"
_EXECUTIVE_OFFICES = frozenset(["chief", "vice", "deputy", "senior", "top", "managing"])


def _an_executive_body(named: list[str]) -> bool:
    """Whether capitalised words after "the" that end in "Executive" name a government body
    ("the Scottish Executive", "the Health and Safety Executive"), not an office ("the Chief
    Executive") nor a person described ("the executive")."""
    return (
        len(named) >= 2
        and named[-1] == "Executive"
        and all(t[:1].isupper() or t in ("and", "&", "of") for t in named)
        and named[-2].lower() not in _EXECUTIVE_OFFICES
        and named[-2].lower() not in _title_words()
    )


def _named_by_first_name(toks: list[str]) -> bool:
    """Whether two or three capitalised words open with a known first name ("Liam Fox", "Jim
    Press"): a person's name, though its last word names a medium; media names open with a
    place ("Washington Post", "Sky News"), which the first-name lists leave out."""
    return (
        len(toks) in (2, 3)
        and _looks_like_person(toks)
        and _first_name_sex(" ".join(toks)) is not None
        and toks[0].lower() not in words("media_names")
    )


# a possessive on an owner's name: "Russia's president", "Microsoft’s chief executive"
_POSSESSIVE_ENDINGS = ("'s", "’s")
# words that count off part of a group: "Many Labour MPs", "Several Tory peers"
_GROUP_QUANTIFIERS = frozenset(["many", "some", "several", "most", "few", "other", "numerous"])
# an abstract noun's endings, which no person's name has: "Speculation", "Agreement"
_ABSTRACT_NOUN = compile_on_use(r"[A-Z][a-z]{3,}(?:ation|ition|ism)")  # not "Hannity", "Clement"


_LIST_JOINER = compile_on_use(r",\s+(?:and\s+)?|\s+and\s+")


def _bodies_conjoined(surface: str) -> bool:
    """Whether a mention joins names that each name a body: a known company
    (lexicons/company_names.txt), a country, or what `mention_kind` reads as an organisation
    or a medium alone ("Airbus and Boeing", "France and Germany", "Microsoft and Sony", "the
    Italian government and Alitalia"); "Woodward and Bernstein" and "Gazprom and
    Gazpromneft" (one of them unknown) are left to the resolver."""
    parts = _LIST_JOINER.split(surface)
    return len(parts) > 1 and all(_a_known_body(part) for part in parts)


def _a_known_body(part: str) -> bool:
    """Whether one conjunct of a mention names a body by itself (`_bodies_conjoined`)."""
    lowered = part.lower()
    if not part[:1].isupper() and not lowered.startswith("the "):
        return False
    return (
        lowered in words("company_names")
        or lowered in _places()
        or _a_country(part.split())
        or mention_kind(part, "") in ("organization", "media")
    )


@cache
def _multiword_media() -> tuple[str, ...]:
    """Media names of several words ("associated press"), which no single head word gives."""
    return tuple(e for e in words("media_nouns") if " " in e)


@cache
def _person_describers() -> frozenset[str]:
    """Words that describe a person after "the": roles, titles, demonyms, kin, "MP"."""
    return frozenset(
        _person_nouns() | _title_words() | demonyms().keys() | set(role_abbreviations())
    )


# a compound ending in a past participle: "Oscar-nominated"
_PAST_COMPOUND = compile_on_use(r"-[a-z]+ed$")


def _a_body_by_name(named: list[str]) -> bool:
    """Whether capitalised words after "the" name a body: none is a role, a title, a demonym
    or a kin noun ("the Bishop", "the Salford MP", "the American" are persons described)."""
    people = _person_describers()
    last = named[-1].lower()
    if (
        last.endswith(_PERSON_ENDINGS) and not (len(named) > 1 and last in _nameable_things())
    ) or last in _EPITHETS:
        # "the Dutchman", "the Texan", "The Spaniard", "the Scot", "the Kiwi"; not a thing's
        # name of several words ("the Tax Policy Center"), while "the Center" alone may be a
        # player in that position
        return False
    if any(t.endswith(("'s", "’s")) or _PAST_COMPOUND.search(t) for t in named):
        return False  # "the BBC's Sarah Rainsford in Moscow", "the Oscar-nominated Owen"
    # "the Center for Responsive Politics", "the Roper Center ... at Cornell University": a
    # linking word may join a body's capitalised words
    return all(
        t[:1].isupper() or (0 < k < len(named) - 1 and (t in _NAME_LINKS or t in _PLACE_LINKS))
        for k, t in enumerate(named)
    ) and not any(
        part.lower() in people
        or part.lower().rstrip(".") in people
        or _compound_head(part) in people
        for t in named
        for part in (t, *t.split("-"))  # "the US President-elect"
    )


_PLACE_LINKS = frozenset(["at", "in", "on"])


# how words for a person of a place or a pursuit end: "Texan", "Spaniard", "Harrier",
# "Dutchman"; a body's one-word name after "the" rarely does ("the Fed", "the Treasury")
_PERSON_ENDINGS = ("man", "woman", "men", "women", "an", "ard", "er", "ese")
_EPITHETS = frozenset({"scot", "kiwi", "brit", "aussie", "yank", "cardinal", "pope", "nominee"})


# one capitalised plural word naming a group: "(the) Tories", "Democrats", "Israelis"; with
# "the" it is no single company ("Yukos", "Qantas")
_PLURAL_GROUP = compile_on_use(r"[A-Z][a-z]+[^s’']s")
_THE_PLURAL_GROUP = compile_on_use(r"[Tt]he\s+" + _PLURAL_GROUP.pattern)


_NOT_PLURAL_IN_S = frozenset(["news", "series", "species", "headquarters", "means"])


def _plural_head(mention: str) -> bool:
    """Whether a mention ends in a common noun in the plural ("Press reports", "the polls"),
    which a later "it" cannot stand for ("Press reports suggest ... It hit the headlines")."""
    head = mention.split()[-1] if mention.split() else ""
    return (
        head[:1].islower()
        and head.endswith("s")
        and not head.endswith(("ss", "us", "is", "'s", "’s"))
        and head not in _NOT_PLURAL_IN_S
    )


@cache
def _owned_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What only a company has (lexicons/company_possessions.txt) after a name and its "'s",
    and before "of"/"at"/"in" and the name, matched where the name is found."""
    phrases = sorted(entries("company_possessions"), key=len, reverse=True)
    owned = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return (
        # "Apple's shares", and the bare mark after an "s": "Mercedes' profits"
        re.compile(rf"(?:[’']s|(?<=s)[’'])\s+(?:{owned})\b"),
        # "shares in Yukos", and as a sentence's opener: "Shares in Wembley were up"
        re.compile(rf"\b(?:{owned})\s+(?:of|at|in)\s+$", re.IGNORECASE),
    )


def _alternation(phrases: frozenset[str]) -> str:
    """Lexicon phrases as one regex alternation, longest first, any space between words."""
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )


# words an aside's head noun may not come after: "Smith, the head of the firm," is a head
_NOT_IN_ASIDE_HEAD = r"(?:of|in|at|for|with|who|which|that|and|to)\b"


@cache
def _places() -> frozenset[str]:
    """Countries and regions (lexicons/demonyms.txt): "Russia", "Britain", "Ukraine"."""
    return frozenset(demonyms().values())


_COMPASS = frozenset(["north", "south", "east", "west", "northern", "southern"])


def _a_country(toks: list[str]) -> bool:
    """Whether words of two or more name a country from lexicons/demonyms.txt, a point of
    the compass before one too ("South Sudan", "North Korea", "Saudi Arabia"); one word is
    left to the resolver, as "Jordan" may be a surname."""
    if len(toks) < 2:
        return False
    lowered = [t.lower() for t in toks]
    return " ".join(lowered) in _places() or (
        len(lowered) == 2 and lowered[0] in _COMPASS and lowered[1] in _places()
    )


# what follows a name's comma and is no state: "Acme, Inc.", "John Smith, Jr."
_COMPANY_SUFFIXES = frozenset(["inc.", "ltd.", "co.", "corp.", "plc.", "llc.", "jr.", "sr."])
# a US state after a town, written out or abbreviated: "Omaha, Nebraska", "Springfield, Va.",
# "Albany, N.Y."
# a US state abbreviated: "N.H.", "Fla.", "Calif."
_STATE_ABBREVIATED = r"[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\."
_TOWN_AND_STATE = compile_on_use(rf"[A-Z][\w.' -]*,\s+({_STATE_ABBREVIATED}|[A-Z][a-z]+)$")


_STATE_ABBREVIATION = compile_on_use(_STATE_ABBREVIATED)


# what follows a town's name: a comma, then a state ("Laconia, N.H.", "Omaha, Nebraska")
_STATE_AFTER_COMMA = compile_on_use(
    rf",\s+({_STATE_ABBREVIATED}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[\s,.;:)]|$)"
)


# a town's name: capitalised words of letters ("Tampa", "Hilton Head"), no station or firm
_TOWN_NAME = compile_on_use(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}")
# initials after a comma that are a country's, no state's: "secretary of State, U.S. senator"
_COUNTRY_INITIALS = frozenset(["U.S.", "U.K.", "U.N.", "E.U."])


def _a_state(name: str) -> bool:
    """Whether a name is a US state alone, written out or abbreviated ("New Hampshire",
    "N.H.", "Fla."; not "Inc." or "Jr."): the end of a town named before it, no post or
    employer."""
    if _STATE_ABBREVIATION.fullmatch(name):
        return name.lower() not in _COMPANY_SUFFIXES
    return name.lower() in words("us_states")


def _a_place(name: str) -> bool:
    """Whether a name is a country, region or US state ("England", "South Korea", "Texas") or
    a town in one ("Omaha, Nebraska"), which an aside like "from England" gives as where
    someone is from, not an employer."""
    town = _TOWN_AND_STATE.match(name)
    if town is not None:
        return _a_state(town.group(1))  # "Acme, Inc." is a company
    toks = _tokens(name)
    lowered = " ".join(toks).lower()
    return bool(toks) and (
        lowered in _places() or lowered in words("us_states") or _a_country(toks)
    )


_NAME_AT_END = compile_on_use(
    r"([a-z]+)\s+((?:[A-Z][\w&.'’-]*|\d+)(?:\s+(?:[A-Z][\w&.'’-]*|\d+|of|for|and|&))*)$"
)
_BEFORE_A_PLACE = frozenset(["in", "on", "at", "of", "for", "from", "with", "to", "by", "near"])


def _named_at_end(description: str) -> str | None:
    """The name at the end of a description after a preposition: "from brand communications
    firm Starcom MediaVest", "at a consulting firm called Gavekal Dragonomics", "of brokers
    ING"; not a place after another preposition ("at a news conference in Washington")."""
    found = _NAME_AT_END.search(description)
    if found is None or found.group(1) in _BEFORE_A_PLACE or _a_place(found.group(2)):
        return None
    return found.group(2)


@cache
def _introduced_as_company() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """How an article introduces a lone name as a company's: a company noun before it
    ("German airline Lufthansa", "gaming group Wembley"), an aside after it whose head is one
    ("Exxon, the world's largest oil company,"), or a company's office between it and a
    person's name ("Ryanair chairman David Bonderman", lexicons/company_offices.txt)."""
    nouns = _alternation(words("company_nouns") | words("body_anaphors"))
    offices = _alternation(words("company_offices"))
    return (
        # "budget airline Ryanair", "a company called Akamai", and an opening description set
        # off: "The company, GlaxoSmithKline, is to alter" (not "with The Sun Herald
        # newspaper, LaRue said")
        re.compile(
            rf"\b(?:{nouns})\s+(?:(?:called|named)\s+)?$"
            rf"|(?:^|(?<=[.!?\n]\s))The\s+(?:{nouns}),\s+$"
        ),
        re.compile(
            rf",\s+(?:the|a|an)\s+(?:(?!{_NOT_IN_ASIDE_HEAD})[^\s,.;()]+\s+){{0,6}}?"
            rf"(?:{nouns})(?=[,.;]|\s+(?:in|of|which|that|based|with|whose)\b)"
        ),
        re.compile(rf"\s+(?:{offices})\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z]"),
    )


# what may open a sentence before the subject that an "it" carries on: "As a result, the
# Japanese car maker has sought ...", "But Rover told ...", "Shares in Multiplex fell"
_SUBJECT_OPENER = (
    r"(?:(?:As\s+a\s+result|However|Meanwhile|But|And|Yet|Now|Instead|Earlier|Later|"
    r"Last\s+(?:week|month|year)|(?:On|In)\s+(?:[A-Z][a-z]+|\d+)|Shares\s+in)"
    r"(?:,\s+|\s+(?=[A-Z]|the\s)))?"
)
# words between a subject and its verb: "The FAO has also urged", "Delta has recently been hit"
_BEFORE_VERB = frozenset(
    ["also", "now", "then", "already", "recently", "has", "have", "had", "is", "was", "will",
     "would", "could", "can", "may", "might", "must", "should", "did", "does", "not", "been"]
)  # fmt: skip
# irregular past forms a subject may go on with ("the Japanese car maker has sought")
_IRREGULAR_PAST = frozenset(
    ["said", "told", "sought", "made", "took", "went", "won", "lost", "saw", "gave", "set",
     "cut", "put", "hit", "began", "became", "bought", "sold", "led", "ran", "fell", "rose",
     "grew", "kept", "held", "paid", "spent", "sent", "left", "found", "brought", "got",
     "struck", "chose", "wrote", "built", "met", "shut", "bid", "forecast", "thought"]
)  # fmt: skip
# what may come before an "it" that opens its clause: "Last month it said", "In a court
# filing on Tuesday, it said", "However, it said"
_IT_OPENING_WORDS = frozenset(
    ["but", "and", "however", "meanwhile", "in", "on", "at", "last", "earlier", "later",
     "this", "by", "during", "separately", "previously", "also", "now", "yet"]
)  # fmt: skip
# a day's or a month's name, as a whole word ("Friday", "December")
_DAY_OR_MONTH_WORD = compile_on_use(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December"
)
# a body's name spelt out before its abbreviation in brackets: "Association for Payment
# Clearing Services (" (SpeakerResolver._spelt_out_before)
_SPELT_OUT = compile_on_use(
    r"((?:[A-Z][\w&’'-]*\s+(?:(?:of|for|and|&|the|on|in)\s+)*){1,8}[A-Z][\w&’'-]*)\s+\($"
)
# people a body has, right after its name: "Rover bosses have said", "Opec members", "Hamas
# fighters" (not "officials" or "supporters": "Trump officials", "Clinton supporters")
_ITS_PEOPLE_AFTER = compile_on_use(
    r"\s+(?:bosses|shareholders|employees|workers|executives|members|fighters|militants)\b"
)
# words that open a subordinate clause, not a subject's name ("When Microsoft issued")
_SUBORDINATORS = frozenset(
    ["when", "if", "while", "although", "though", "because", "since", "after", "before", "as",
     "once", "until", "unless", "whether", "whenever", "where"]
)  # fmt: skip
_ASIDE_AFTER_SUBJECT = compile_on_use(r",[^,.;:!?\x01]{1,80},")
_LOWER_WORD_RUN = compile_on_use(r"[a-z][a-z.-]*")
# a word that opens a later clause of a sentence, right before its "it"
_LINK_BEFORE_IT = compile_on_use(
    r"(?:\b(?:but|and|after|although|though|while|because|which|that|as|when|before|since|"
    r"so|saying|adding)|,)\s+$"
)
_QUOTED_RUN = compile_on_use(r"\x01+")
_IT_THEN_VERB = compile_on_use(
    r"(?P<it>[Ii]t)\s+(?:(?:also|has|had|later|then|now|further|[a-z]+ly)\s+)*(?P<verb>[a-z]+)\b"
)


@cache
def _body_subject() -> re.Pattern[str]:
    """A sentence's opening subject that names a body, or may: a description headed by a
    body's noun ("the Japanese car maker", "The US firm": lexicons/body_anaphors.txt,
    company_nouns.txt, organization_nouns.txt), or capitalised words ("The FAO", "The China
    Three Gorges Project Corp", "Delta"), with what may open the sentence before it."""
    nouns = _alternation(
        words("body_anaphors") | words("company_nouns") | words("organization_nouns")
    )
    return re.compile(
        rf"{_SUBJECT_OPENER}(?P<subject>[Tt]he\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})(?![\w-])"
        r"|(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w&.-]*)*"
        r"(?:\s+\([A-Z][\w&-]*\))?)(?=\s)"
    )


# organisation nouns that more often name a thing than a body "it" may be ("firing about half
# of its staff", "went into administration", "the health service")
_NOT_A_BODY_HERE = frozenset(
    ["staff", "administration", "house", "office", "service", "services", "state", "county",
     "city", "school", "hospital", "headquarters", "leadership", "command", "force", "forces",
     "reserve", "campaign", "court", "church", "network", "channel", "paper", "movement"]
)  # fmt: skip


@cache
def _body_words() -> frozenset[str]:
    """Lower-case nouns that name a body (lexicons/body_anaphors.txt, company_nouns.txt,
    organization_nouns.txt): one in the words between a subject and an "it" is a body "it"
    may stand for as well."""
    return (
        words("body_anaphors") | words("company_nouns") | words("organization_nouns")
    ) - _NOT_A_BODY_HERE


def _goes_on_with_a_verb(after: str) -> bool:
    """Whether the words after a subject open its verb phrase: an auxiliary or a verb in the
    past or the present ("has sought", "could now face", "told", "says"), not a noun it
    modifies ("Rover bosses have said", "The FAO report")."""
    toks = after.split(maxsplit=6)[:6]
    for index, word in enumerate(toks):
        if word in _BEFORE_VERB and index < len(toks) - 1:
            if word in ("also", "now", "then", "already", "recently", "not", "been"):
                continue
            return True  # an auxiliary: "has", "could"
        if word.endswith("ly") and index < len(toks) - 1:
            continue
        if not word.isalpha() or not word.islower():
            return False
        if word in _IRREGULAR_PAST or word in reporting_verb_forms():
            return True
        if word.endswith("ed"):
            return True
        following = toks[index + 1] if index + 1 < len(toks) else ""
        return (
            word.endswith("s")
            and not word.endswith("ss")
            and following not in _BEFORE_VERB
            and not following.endswith("ed")
            and following not in reporting_verb_forms()
        )  # "The Association of British insurers warned": a noun, not the verb
    return False


def _it_opening(opener: str) -> bool:
    """Whether the words before an "it" in its sentence leave it the clause's subject: none,
    or a short time or linking phrase ("Last month", "In a court filing on Tuesday,",
    "However,") with no name in it."""
    toks = opener.replace(",", " ").split()
    if not toks:
        return True
    if len(toks) > 7 or toks[0].lower() not in _IT_OPENING_WORDS:
        return False
    return all(
        (t.islower() and t.isalpha() and t not in reporting_verb_forms() and t != "that")
        or t.isdigit()
        or _DAY_OR_MONTH_WORD.fullmatch(t)
        for t in toks[1:]
    )


def _aside_names_a_company(described_as: list[str]) -> bool:
    """Whether an aside's words up to its first preposition call a name a company ("the
    world's largest oil company", "the world's two biggest reinsurers"): a company's noun at
    the end (lexicons/company_nouns.txt and body_anaphors.txt, but no medium's), not owned
    right before it, which makes it what a person is to someone ("the store's insurer")."""
    if not described_as:
        return False
    head = described_as[-1].lower()
    owned = len(described_as) > 1 and _POSSESSIVE.search(described_as[-2]) is not None
    company = head in words("company_nouns") or (
        head in words("body_anaphors") and _body_kind(head) == "organization"
    )
    return company and not owned


def _capitalised_owner(possessive: str) -> str | None:
    """The owner a possessive names when it is a body's or person's name ("ONGC" of "ONGC's",
    "ERAA" of "The ERAA's"); None for a common noun's ("the government's", "service's")."""
    toks = possessive.split()
    if toks and toks[0].lower() == "the":
        toks = toks[1:]
    if not toks or len(toks) > 4 or not all(any(c.isupper() for c in t) for t in toks):
        return None
    return " ".join(toks)[:-2]


def _compound_head(token: str) -> str:
    """A capitalised word's head in lower case: the last part of a hyphenated compound names
    what the whole is ("Union-Tribune" is a newspaper, "Post-Gazette" too)."""
    return token.lower().strip(".").rsplit("-", 1)[-1]


def _office_head(role: str) -> str:
    """The noun a role is of, before what qualifies it: "Minister for Defence Procurement" ->
    "minister"; "department's gang unit" -> "unit" (an aside on the body, not the person)."""
    described = _ROLE_QUALIFIER.split(role, maxsplit=1)[0].split()
    return described[-1].lower() if described else ""


def _person_role(role: str) -> bool:
    """A role put before a name as a title, whose head only a person holds ("Tory
    co-chairman"), not an article and an adjective ("The official", "the local")."""
    toks = role.split()
    return toks[0].lower() not in words("determiners") and toks[-1].lower() in words("role_nouns")


_OF_THE_BEFORE = compile_on_use(r"\bof\s+the\s+$")


def _written_as_a_name(name: str) -> bool:
    """Whether every word of a person's name is capitalised or a surname particle ("Ludwig van
    Beethoven"): a description that ends in a name ("one of the former prosecutors for David
    Petraeus") is no name of its own."""
    return all(
        t[:1].isupper() or t[:1].isdigit() or t.lower() in SURNAME_PARTICLES for t in name.split()
    )


_NAME_JOINERS = str.maketrans("", "", "-'’")
_MIDDLE_INITIAL = compile_on_use(r"[A-Z]\.")


def post_or_body_aside(surface: str) -> bool:
    """Whether a mention right after a name's comma is an aside on that person: a post
    ("Lloyd's chief executive", "the leader of the Public and Commercial Services Union") or a
    body's name ("Blackpool Hotel Association"), not a pronoun's ("his spokesman") nor many
    people ("local officials")."""
    toks = surface.split()
    if not toks or toks[0].lower() in pronoun_classes():
        return False
    head = _office_head(surface)
    if head in words("role_nouns") and not people_plural(head):
        return True
    return all(t[:1].isupper() for t in toks) and toks[-1].lower() in words("organization_nouns")


def named_by_first_name_or_title(name: str) -> bool:
    """Whether words opening a clause before an aside are a person's name, by a first name
    or a title ("Colin Asplin", "Mr Prettejohn"), not a place ("Los Angeles, the city's mayor
    said") nor someone's group ("Florida's Cuban Americans"): with only a comma or an "of"
    between, the name must vouch for itself."""
    toks = _tokens(name)
    return (
        _opening_person(toks)
        and (toks[0].lower() in _first_names() or toks[0].lower() in bare_titles())
        and not _POSSESSIVE_IN_NAME.search(name)
        and not _a_place(name)
    )


def post_after_a_name(name: str, aside: str) -> bool:
    """Whether an aside right after a name's comma, left open before the cue, says who the
    named person is ("Mr Prettejohn, Lloyd's chief executive said"): the name speaks, and the
    aside is no speaker of its own."""
    return post_or_body_aside(aside) and named_by_first_name_or_title(name)


# an academic or professional degree written after a name: "PhD", "M.D.", "DDS"
_DEGREE = compile_on_use(r"Ph\.?\s?D\.?|M\.?D\.?|D\.?D\.?S\.?|MBA|Esq\.?|R\.?N\.?")


def _a_credential(surface: str) -> bool:
    """Whether a mention is a short upper-case degree or honour after a name ("MD", "QC",
    "DDS"), which says what someone is qualified as, not the post they speak from."""
    return surface.isupper() and surface.isalpha() and len(surface) <= 4


@cache
def _body_name_endings() -> frozenset[str]:
    """Words only a body's name ends in, company suffixes with them: joined once, not per name."""
    return words("body_name_words") | words("company_suffixes")


@cache
def _first_names() -> frozenset[str]:
    """First names of men and women, lower-cased: built once, asked for every name."""
    return words("first_names_male") | words("first_names_female")


def _looks_like_person(toks: list[str]) -> bool:
    """Two or three capitalised words of letters, hyphens and apostrophes inside a name
    included ("Marie-Pierre Ripert", "Ed O'Keefe"), and a middle initial between them ("Eugene
    H. Nickerson"; four words only with one: "Salvatore J. Di Mauro"). A lower-case surname
    particle inside the name is no word of it ("Nick Van den Brul", "Joop den Uyl")."""
    toks = [t for i, t in enumerate(toks) if not (0 < i < len(toks) - 1 and t in SURNAME_PARTICLES)]
    if len(toks) not in (2, 3, 4):
        return False
    initials = [0 < i < len(toks) - 1 and _MIDDLE_INITIAL.fullmatch(t) is not None
                for i, t in enumerate(toks)]  # fmt: skip
    if len(toks) == 4 and not any(initials):
        return False
    return all(
        initial or (t[:1].isupper() and t[-1:].isalpha() and t.translate(_NAME_JOINERS).isalpha())
        for t, initial in zip(toks, initials, strict=True)
    )


# words a subject may open with that are no part of the name after them: a weekday ("On
# Thursday Intel said"; not a month, which may be a first name: "June Carter Cash"), an age
# ("27-year-old Ross")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_WORD = compile_on_use(_WEEKDAY)
# months that are no first name ("April", "May", "June" and "August" may be)
_MONTH_NO_NAME = compile_on_use(r"January|February|March|July|September|October|November|December")
# a month's abbreviation, which a date opens ("announced Nov. 12"), never a name
_MONTH_ABBREVIATION = compile_on_use(r"(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.")
# one capitalised word, lower case after its capital: how a sentence's opener is written
_LONE_CAPITALISED_WORD = compile_on_use(r"[A-Z][a-z]+")
_NOT_A_NAME_PREFIX = compile_on_use(rf"^(?:{_WEEKDAY}|\d+-year-old)\s+(?=[A-Z])")
# a day and a place or time after it: "Tuesday at Baldwin Wallace University", "Friday in Paris"
# (not a document of that time: "Monday night's results showed")
_WHEN_AND_WHERE = compile_on_use(
    rf"{_WEEKDAY}\s+(?:at|in|on|(?:night|morning|afternoon|evening)(?![’']s\b))\b"
)


def _a_stretch_of_time(surface: str) -> bool:
    """Whether a mention is only a stretch of time ("a month", "a month ago", "Two weeks
    later", "A few minutes"): an article or a number, then units of time and "later"/"ago"
    only ("a poll last week" is a poll; "the minutes" may be a meeting's)."""
    toks = surface.lower().split()
    if len(toks) == 1 and surface[:1].isupper() and toks[0] in words("time_nouns"):
        # "Moments after the shooting, one cop ... said": when, not who; but "Day said" is
        # Kristen Day, so only the plural
        return toks[0].endswith("s")
    if len(toks) < 2 or toks[-1] not in words("time_nouns"):
        return False
    first, rest = toks[0], toks[1:]
    counted = first in ("a", "an", "one") or first.isdigit() or first in _NUMBER_WORDS
    return counted and all(t in words("time_nouns") or t in _NUMBER_WORDS for t in rest)


_NUMBER_WORDS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several"]
)


def _after_office(toks: list[str]) -> list[str]:
    """A person's name without the office run into it: "Minister for Children, Young People
    and Families Margaret Hodge" -> "Margaret Hodge". The office ends in a plural no first
    name takes ("Families", "Communities", "Relations"), with a first name and surname after."""
    for index in range(len(toks) - 3, -1, -1):
        rest = toks[index + 1 :]
        if (
            toks[index].endswith(("ies", "ions"))
            and _looks_like_person(rest)
            and not any(t.isupper() for t in rest)  # "Priorities USA Action": one name
        ):
            return rest
    return toks


def _without_prefix(surface: str, sentence: str) -> str:
    """The mention without a weekday or age before the name; a newspaper keeps its weekday
    ("Sunday Telegraph" is not the Telegraph)."""
    rest = _NOT_A_NAME_PREFIX.sub("", surface)
    if rest != surface and mention_kind(rest, sentence) == "media":
        return surface
    return rest


# "& Partners", "& Co": a firm named after people
_PARTNERS = compile_on_use(r"\s*&\s*[A-Z]")
# a preposition of place right before a name: the name says where, not who acts
_LOCATIVE_BEFORE = compile_on_use(
    r"\b(?:in|across|throughout|from|to|at|near|within|into|around|outside|inside)\s+(?:the\s+)?$"
)

# another capitalised word after a name: "Newry City" is not "Newry"
_NAME_GOES_ON = compile_on_use(r"\s+(?:&\s+)?[A-Z]")

# a name and the comma of the aside after it, at a sentence's start (leading spaces allowed)
_ACCORDING_TO_BEFORE = compile_on_use(r"\baccording\s+to\s+$", re.IGNORECASE)
# an aside that joins more to what comes before it, rather than saying who or what it is
_JOINED_ASIDE = compile_on_use(
    r"\s*(?:as\s+well\s+as|along\s+with|together\s+with|and|or|plus|including)\s", re.IGNORECASE
)
# the lower-case word right before a mention
_WORD_BEFORE = compile_on_use(r"\b([a-z]+)\s+$")


@cache
def _object_participles() -> tuple[str, ...]:
    """lexicons/object_participles.txt as a tuple, for `str.endswith`."""
    return tuple(words("object_participles"))


# a verb where an aside would be: the name before it is a clause's subject
_PREDICATE_ASIDE = compile_on_use(
    r"\s*(?:remain|remains|remained|is|are|was|were|has|have|had|will|would|could|can|may|"
    r"might|must|should|did|does|do|continue|continues|continued)\s"
)
# a relative clause opened after a comma ("Mr Wilson, who was also involved with ...")
_RELATIVE_OPENING = compile_on_use(r",\s+(?:who|whose|which)\s")
_NAME_BEFORE_ASIDE = compile_on_use(
    r"\s*([A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2}),\s"
)

# a name opening a clause (after a sentence's end or a quotation, blanked to \x01) and its comma
_CLAUSE_OPENING_NAME = (
    r"(?:^|[.!?\n\x01]\s*)([A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2}),\s+"
)
# such a name and an aside giving a role at a body, left open before the body's name: "Adam
# Thomas, an analyst at research firm ", "Ann Smith, a spokeswoman for the "
_NAME_THEN_ROLE_AT = compile_on_use(
    _CLAUSE_OPENING_NAME
    + r"((?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z][\w-]*)\s+(?:at|of|for|with)\s+"
    r"(?:[a-z][\w-]*\s+){0,3})$"
)
# such a name and up to three lower-case words before the mention: "Chris Panayis, managing "
_NAME_THEN_OPEN_ASIDE = compile_on_use(_CLAUSE_OPENING_NAME + r"((?:[a-z][\w-]*\s+){0,3})$")
# a word inside an aside left open that opens no clause of its own: the aside may name the
# body in any case ("head of policy at Aids charity the ") but never runs on into a second
# clause or a second subject ("..., who", "... and the party")
_ASIDE_WORD = (
    r"(?!(?:who|whom|whose|which|that|when|while|as|but|because|after|before|if|where|and|or|"
    r"according)\s)"
    # a word with dots inside ("buildyourown.org.uk") or initials ("U.S."), never a sentence's
    # end ("... of Texas by double digits Tuesday. Rubio")
    r"(?:(?:[A-Z]\.)+|[\w’'&-]+(?:\.[\w’'&-]+)*)"
)
# a name opening a clause (or an "As" clause: "As Gavin Cox of ... put it") and an aside, left
# open, that gives the person's role at a body whose name ends in the mention: "Lisa Power,
# head of policy at Aids charity ", "JF Sullivan, spokesman for e-mail software "
_NAME_THEN_UNCLOSED_ROLE = compile_on_use(
    r"(?:^|[.!?\n\x01]\s*)(?:As\s+)?([A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2}),\s+"
    rf"((?:(?:an?|the)\s+)?(?:{_ASIDE_WORD}\s+){{0,3}}?(?P<role>[a-z][\w-]*)\s+"
    rf"(?:at|of|for|with)\s+(?:{_ASIDE_WORD}\s+){{0,6}})$"
)
# a name opening a clause and its comma right before a mention: "Mr Prettejohn, " before
# "Lloyd's chief executive said"
_NAME_AND_COMMA_BEFORE = compile_on_use(
    r"(?:^|[.!?\n\x01]\s*)([A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2}),\s$"
)
# an owner's "'s" inside words before an aside: "Florida’s Cuban Americans, 82 percent of
# whom" is a group of someone's, never one person's name
_POSSESSIVE_IN_NAME = compile_on_use(r"['’]s\b")
# a name opening a clause and where the person is from, with no comma: "Laura Brownlees of
# Save ", "Brett Lock of gay group ", "As Gavin Cox of the excellent "
_NAME_THEN_OF_BODY = compile_on_use(
    r"(?:^|[.!?\n\x01]\s*)(?:As\s+)?([A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2})\s+"
    rf"((?:of|from|at)\s+(?:{_ASIDE_WORD}\s+){{0,5}})$"
)

# a sentence opening with a plural thing or group "they" may stand for: "The ideas behind the
# open source software movement are based on the premise that ... They reason that ..."
_PLURAL_SUBJECT = compile_on_use(
    r"(?:^|(?<=[.!?]\s))(?:(?:The|These|Those|Such|Other)\s+"
    r"(?:(?!(?:that|which|who|also)\b)(?![a-z]+ed\b)[a-z][\w'-]*\s+){0,4}?[a-z][\w-]*s"
    r"(?:\s+(?:of|behind|in|on|for|from|at|by|with)\s+[^.!?,;]{1,60}?)?"
    # two things joined: "Linux and the open source software movement are based on ..."
    r"|[A-Z][\w-]*\s+and\s+the\s+(?:[\w'-]+\s+){0,5}?[\w-]+)\s+(?:are|were|have)\b",
    re.MULTILINE,
)
# a lower-case word that may be a plural, and the cheap test for one
_PLURAL_LOWER_WORD = compile_on_use(r"(?<![\w’'-])[a-z][a-z-]+s(?![\w’'-])")
_PLURAL_WORD_HINT = compile_on_use(r"[a-z]s\b")
# a sentence opening with a plural noun and its verb: "Ministers deny", "Analysts expect"
_ROLE_GROUP_OPENING = compile_on_use(
    r"(?:^|(?<=[.!?]\s))([A-Z][a-z]+s)\s+(?:[a-z]+ly\s+)?[a-z]+\b", re.M
)
# words before a plural that make it no subject but a preposition's object ("On behalf of
# investors", "With analysts")
_PLURAL_SUBJECT_BLOCKERS = frozenset({"of", "at", "for", "from", "with", "in", "to", "on", "by"})
# a sentence's subject in the plural, after a time or place set off by a comma ("A year ago,
# ministers launched"), and up to three words before its head ("The tobacco companies",
# "Major companies including")
_SENTENCE_SUBJECT = compile_on_use(
    r"(?:[A-Z][^,.!?;:\x01]{0,30},\s+)?(?P<before>(?:[A-Za-z][\w’'-]*\s+){0,3}?)"
    r"(?P<head>[A-Za-z][a-z-]+s)\b(?![’'-])"
)
# two people named together ("Mark and Condon"; "Perlo and co-counsel Robin Yanes approached"),
# whom a later "they" may stand for; the sentence may open after a quotation (masked, \x01),
# or the pair the clause after "that" ("complaints ... that Mr Howard and shadow chancellor
# Oliver Letwin have taken too long")
_NAMED_PAIR = compile_on_use(
    r"(?:^|(?<=[.!?\x01]\s)|(?<=\bthat\s))[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+and\s+"
    r"(?:[a-z][\w-]*\s+){0,2}"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:have|has|had|are|were|will|would|say|said|\w+ed)\b",
    re.MULTILINE,
)
# "it" before a passive ("it was announced", "it is not known"): a placeholder, nobody's voice
_EXPLETIVE_IT = compile_on_use(
    r"\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:not\s+)?"
    r"(?:\w+ed|said|thought|known|understood|told|held|felt)\b"
)

# where a clause's subject may begin: the text's or a sentence's start, after a colon,
# semicolon or comma, or after "that" (SpeakerResolver._called_it)
_CLAUSE_OPENING = r"(?:^|(?<=[.!?:;,\n]\s)|(?<=\n)|(?<=\bthat\s))"
# after a name: its other capitalised words ("T-Mobile USA"), one to four lower-case words,
# then "its"
_ITS_AFTER_NAME = r"(?:\s+[A-Z][\w&.-]*)*\s+((?:[a-z]+\s+){1,4}?)its\b"
# after a name: a reporting verb (its auxiliary first, an adverb after: "has said repeatedly"),
# "that", then "it" and what it does or did, not what it is ("said it would be")
_SAID_IT_AFTER_NAME = (
    # "Saab has consistently said it is competing": an adverb before the verb too
    r"(?:\s+(?:has|had|have))?(?:\s+[a-z]+ly)?\s+([a-z]+)(?:\s+[a-z]+ly)?"
    # "Universal said on Wednesday it had bought": a day or time between verb and "it"
    r"(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|"
    r"(?:last|this|earlier\s+this)\s+(?:week|month|year)))?"
    r"\s+(?:that\s+)?it\s+(?:will|would|had|has|"
    r"is|was|"
    r"plans|planned|expects|expected|intends|intended|hopes|hoped|wants|wanted)\b"
    r"(?!\s+[\"“]?(?:be|been|not|have\s+been)\b)"
)

# where a role's head noun ends: "chief executive of SK Telecom" is an executive
_ROLE_QUALIFIER = compile_on_use(r"\s+(?:of|at|for|in|with|to|on)\s+", re.IGNORECASE)
_DESCRIBING_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its"])
_NAME_TOKEN = compile_on_use(r"[A-Z](?:[\w’'-]+|\.)?")  # "M" too: "Walter M Phillips Jr"


def _describing_opener(surface: str) -> bool:
    """Whether a description opens with a determiner or a possessive ("The police
    commissioner", "Cosby's lawyer"), which the role it gives leaves out."""
    first = surface.split()[0]
    return first.lower() in _DESCRIBING_OPENERS or first.endswith(("'s", "’s"))


def _plain_post(role: str | None) -> bool:
    """Whether a lower-case role put before a name is a post alone ("longtime Clinton aide"),
    not a doing or a link to someone ("speaking to the BBC's correspondent")."""
    if not role or not _person_role(role):
        return False
    toks = role.split()
    return not toks[0].endswith("ing") and not any(t in _LINKING_PREPOSITIONS for t in toks)


def _name_in_aside(surface: str, appositive: str | None, sentence: str) -> str | None:
    """The person's name when the subject only describes them and the aside names them ("The
    police commissioner, Raymond W. Kelly, said"): the name is who spoke and the description
    is the role, not the other way round. None otherwise."""
    if not appositive:
        return None
    toks = surface.split()
    # "The police commissioner", "Cosby's lawyer, Walter M Phillips Jr,", and a bare role
    # too: "Scottish Conservative leader, David McLetchie, said"
    # and in title case: "Scottish Finance Minister, Tom McCabe MSP, said", "Acting Detective
    # Chief Superintendent, Mick Deats, said"
    bare_role = toks[-1].lower() in words("role_nouns") or toks[-1].lower() in _title_words()
    if len(toks) < 2 or not (_describing_opener(surface) or bare_role):
        return None
    described_words = _ROLE_QUALIFIER.split(surface, maxsplit=1)[0].split()
    if not described_words[-1].islower() and not bare_role:
        return None  # but "The governor of Unity State, Taban Deng," describes Taban Deng
    if re.search(r"[^s]s$", described_words[-1]) or re.search(r"\s(?:and|&)\s", appositive):
        return None  # "The aides, Terry Sullivan and ...": a group, not the one person named
    described, *qualifier = _ROLE_QUALIFIER.split(surface, maxsplit=1)  # "The author of the book"
    if described.split()[-1].lower() not in _person_nouns() | _title_words():
        return None  # "The book, Brown's Britain": no person described
    aside = appositive.strip()
    name, aside_role = split_role_and_name(aside)
    if qualifier and qualifier[0].split()[-1].islower() and _may_name_the_thing(qualifier[0], name):
        return None
    if not aside[:1].isupper() and not _plain_post(aside_role):
        # "A senior defence official, speaking to ... Paul Adams, said"; but "His wife,
        # longtime Clinton aide Huma Abedin, said" names her after her post
        return None
    name_toks = name.split()
    # "His mother, Giselle, said": kin may be named by the first name alone, and anyone by
    # a title and surname ("A spokesman for DLF Builders, Dr Vancheshwar, told the BBC")
    titled = aside_role is not None and aside_role.lower().rstrip(".") in _HONOURS
    fewest = 1 if titled or described.split()[-1].lower() in _KIN_NOUNS else 2
    if not fewest <= len(name_toks) <= 4 or not all(_NAME_TOKEN.fullmatch(t) for t in name_toks):
        return None
    if not name_toks[-1].isalpha() or len(name_toks[-1]) < 2:
        return None  # "James B" of "James B. Comey" cut at its initial
    if mention_kind(name, sentence) != "person":
        return None
    return name


# a body's name: capitalised words, perhaps joined by "&", "and", "of" or "for"
_BODY_NAME = compile_on_use(r"[A-Z][\w.’'-]*(?:\s+(?:&|and|of|for|[A-Z][\w.’'-]*))*(?<![&a-z]\s)")


def _body_named_in_aside(surface: str, appositive: str | None) -> str | None:
    """The body's name when the subject only describes it and the aside names it ("India's
    biggest oil exploration firm, Oil & Natural Gas Corp (ONGC), says"): the name is who
    speaks, not the description with the name for its role. None otherwise."""
    if not appositive or not _describing_opener(surface):
        return None
    described = _tokens(_ROLE_QUALIFIER.split(surface, maxsplit=1)[0])  # not "A reporter of"
    if not described or described[-1].lower() not in words("organization_nouns"):
        return None
    name = _PAREN.sub("", appositive).strip()
    if not _BODY_NAME.fullmatch(name) or name.lower() in words("function_words"):
        return None
    return name


def _may_name_the_thing(qualifier: str, name: str) -> bool:
    """Whether an aside after "the X of the Y," may name the Y rather than the X: "An employee
    of another nearby business, Relaxus Massage Products," names the business, "The author of
    the book, ..." perhaps the book; but "The director of public prosecutions, Ken Macdonald,"
    names the director, as nothing of "public prosecutions" bears a name like a person's; nor
    does a body bear one that opens with a first name ("The head of the refugee agency, John
    Ging,")."""
    thing = qualifier.split()[-1].lower()
    if not _looks_like_person(name.split()):
        return True
    return thing in _nameable_things() and _first_name_sex(name) is None


@cache
def _nameable_things() -> frozenset[str]:
    return (
        words("nameable_things")
        | words("organization_nouns")
        | words("company_nouns")
        | words("written_works")
        | words("media_nouns")
    )


_KIN_NOUNS = frozenset(
    ["mother", "father", "wife", "husband", "son", "daughter", "sister", "brother", "widow",
     "widower", "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "cousin",
     "fiancee", "fiancée", "fiance", "fiancé", "partner", "girlfriend", "boyfriend", "relative"]
)  # fmt: skip


_RUN_IN_DASH = compile_on_use(r"(?<=\w)--(?=[a-z])")
_SPACED_DASH = compile_on_use(r"\s+(?:-|–|—|--)(?:\s+|$)")
_SENTENCE_BREAK = compile_on_use(r"[.!?]\s+(?=[A-Z\x01])|\n")
# a capitalised word before a capitalised name: "Stated Stone", "Observes Mr Hadi"
_INVERTED_FRAME_VERB = compile_on_use(r"([A-Z][a-z]+)\s+(?=[A-Z])")


def after_inverted_verb(text: str, start: int, end: int) -> int | None:
    """Where the name begins after a reporting verb that opens an inverted frame, capitalised
    as the sentence's first word ('Said Williams: "..."', "Stated Stone", "Told Howell"); None
    when the words at `start` open with no such verb. Shared by the speaker phrase and the
    label before a colon, so both read the same frames."""
    inverted = _INVERTED_FRAME_VERB.match(text, start, end)
    if inverted is None:
        return None
    form = inverted.group(1).lower()
    # inflected, as a frame's verb is: "State Senator José Rodríguez", "Post White House bureau
    # chief" open with a word, not a verb
    if reporting_verb_forms().get(form, form) == form:
        return None
    return inverted.end()


# the same dash typed as one hyphen by a scraper that dropped the spaces around it, before a
# relative pronoun or a role ("Williams-who said he was counting down ...-was able to",
# "Jonathan Wright-director of ..."), or a relative clause with no comma after a bare name
# ("according to Charanjit who translated for Singh"): none of it is the name
_RUN_IN_RELATIVE = compile_on_use(r"(?<=[a-z])(?:-(?=[a-z]+\b)|\s+(?=(?:who|whom|whose)\s))")


def _run_in_aside(surface: str, at: re.Match[str]) -> bool:
    """Whether what `_RUN_IN_RELATIVE` found after capitalised words opens an aside: a hyphen
    before "who" or a word for a person ("Williams-who", "Wright-director of"; not
    "Paris-based", "Kansas-born" or a role before a name: "Co-moderator Andrea Mitchell"), or
    "who" after a bare name ("Charanjit who translated for Singh")."""
    before = surface[: at.start()].split()
    after = surface[at.end() :].split()
    if not before or not after or not all(t[:1].isupper() for t in before):
        return False
    if not at.group().startswith("-"):
        # a name, not a group capitalised as the opener ("Republicans who have praised his
        # candidacy", "Others who have advocated", "Another Muslim who worshiped")
        return not any(
            t.lower() in words("determiners") or people_plural(t.lower()) or t == "Others"
            for t in before
        )
    if len(after) > 1 and after[1][:1].isupper():
        return False  # "Co-moderator Andrea Mitchell", "Fly-half Charlie Hodgson": a role
    word = after[0].lower().split("-")[0]
    return word in ("who", "whom", "whose") or word in _person_nouns()


# how far back an office named in passing is looked for: a long article's few thousand words,
# not a 50 MB file's every earlier page for each "the minister"
_OFFICE_REACH = 20_000
# callings a description may give the one person an article has named ("The pop star said"
# after "George Michael has ..."); not an office one holder has at a time ("the president",
# "the chancellor"), which may be someone the article never names, nor someone speaking about
# or for the person ("the spokesman", "the lawyer", "the judge")
# "The 31-year-old said": an age stands for the article's person as a calling does; the age
# itself is seldom written beside the name ("Umaga ... The 31-year-old admitted")
_AGE = compile_on_use(r"\d{1,3}-year-old")
# a verb in the passive: "has been sued", "was arrested", "is given"; the subject had something
# done to it, so the one a next sentence describes may be whoever did it
_PASSIVE_VOICE = compile_on_use(
    r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?"
    r"(?!(?:often|even|seven|eleven|open|green|keen|ashamed)\b)"
    r"(?:\w{2,}(?:ed|en)|made|held|told|sued|shot|hit|sent|sold|kept|caught|bought)\b"
)
# "he" or "she" as a sentence's subject, perhaps after a phrase set off by a comma: "In an
# upbeat pre-Budget report, he slightly increased borrowing"
_PRONOUN_SUBJECT = compile_on_use(r"(?:[^,.]{0,80},\s+)?([Hh]e|[Ss]he)\b")
# a lead's source closing it: ", Alun Michael has said.", ", Jack Straw said."
_LEAD_SOURCE = compile_on_use(
    r",\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:has\s+|have\s+)?"
    r"(?P<verb>[a-z]+)[.!?]?\s*$"
)
# words that may open a sentence before its subject's name: a connective, or what describes the
# subject ("However, Lakshmi Mittal", "Hollywood film star Liam Neeson")
_CONNECTIVES = frozenset(["however", "but", "and", "meanwhile", "now", "yet"])


# the two US parties a member is described by, with their state: "the Wisconsin Republican"
_US_PARTY_MEMBERS = frozenset(["republican", "democrat"])


def _a_state_party_member(toks: list[str]) -> bool:
    """Whether a description is "the <US state> Republican/Democrat": a member of Congress or
    a governor, whom news calls so only after naming them."""
    return (
        len(toks) >= 3
        and toks[0].lower() == "the"
        and toks[-1].lower() in _US_PARTY_MEMBERS
        and _a_state(" ".join(toks[1:-1]))
    )


def _describes_a_subject(word: str) -> bool:
    """Whether a word before a name at a sentence's opening leaves the name its subject: a
    connective, a role or title ("Rapper Eminem"), an origin ("Democrat", "US"), or a
    capitalised word of a description ("Hollywood film star"); never a verb or preposition
    ("Police arrested John Smith") or an article ("The White House")."""
    lowered = word.rstrip(",").lower()
    if lowered in _CONNECTIVES or _a_describing_word(word):
        return True
    return word[:1].isupper() and lowered not in words("determiners") and not word.endswith(",")


def _a_describing_word(word: str) -> bool:
    """Whether a word, at the head of a capitalised run, describes the name after it rather
    than opening it: a title, a role, an origin or a party ("Rapper Eminem", "Democrat Bernie
    Sanders"); never a first name ("Tony Blair")."""
    lowered = word.lower()
    return (
        lowered.rstrip(".") in bare_titles()
        or lowered in words("role_nouns")
        or lowered in demonyms()
        or lowered in words("party_names")
    )


# a surname after a form of address or a title: "Mr Blair", "Sen. Cruz", "Lord Goldsmith"
_TITLED_SURNAME = compile_on_use(
    r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Sen|Gov|Rep|President|Judge)\.?\s+([A-Z][\w’'-]+)"
)

# a capitalised word, perhaps an initial, then a surname: "Tony Blair", "George W Bush"
_FIRST_NAME_THEN_SURNAME = compile_on_use(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.?\s+)?([A-Z][\w’'-]+)")


def _another_person_written(stretch: str, surname: str) -> bool:
    """Whether a stretch names a person other than the one of `surname` in a way any article
    shows a person: a surname after a title ("Mr Blair"), or a name that opens with a first
    name ("Tony Blair"), whether or not the article names them in full elsewhere."""
    for titled in _TITLED_SURNAME.finditer(stretch):
        if titled.group(1).lower() != surname:
            return True
    for found in _FIRST_NAME_THEN_SURNAME.finditer(stretch):
        first, last = found.group(1, 2)
        if last.lower() != surname and first.lower() in _first_names():
            return True
    return False


# a place in an aside left open, and the comma before its county or state: "Sarah Mukherjee,
# with the Beaufort Hunt in Badminton, " (then "Gloucestershire said"); not a sentence's
# opening phrase ("Speaking in London, Chirac said"), which no comma comes before
_PLACE_IN_AN_ASIDE = compile_on_use(
    r",\s+[^,.;:!?\x01\n]*\b(?:in|at|near)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+$"
)
# a plural verb right after a one-word name: "Leicester say", "Real are keen", "Rangers have
# said"
_PLURAL_VERB_AFTER = compile_on_use(
    r"\s+(?:(?:also|now|still|already)\s+)?"
    r"(?:say|are|were|have\s+(?:said|told|claimed|insisted|denied|warned|confirmed)|"
    r"insist|claim|believe|want|hope|deny|admit|warn|confirm)\b"
)


# the word right after a subject, an adverb apart: "Associates say", "Rules also stipulate"
_WORD_AFTER_SUBJECT = compile_on_use(r"\s+(?:(?:also|now|still|already|often)\s+)?([a-z]+)\b")


def _plural_report_after(masked: str, end: int) -> bool:
    """Whether a reporting verb in its plural present follows a subject ending at `end`
    ("say", "predict", "stipulate"; not "says", "said"): a base form that is no past one."""
    after = _WORD_AFTER_SUBJECT.match(masked, end)
    if after is None:
        return False
    verb = after.group(1)
    return reporting_verb_forms().get(verb) == verb and not verb.endswith(("ed", "s"))


_NATIONALITY_NICKNAMES = frozenset(["scot", "kiwi", "brit", "aussie", "yank"])


def _a_nationality_epithet(toks: list[str]) -> bool:
    """Whether a mention is "the", perhaps an age, and a word for someone from a country ("the
    Frenchman", "the 24-year-old Swiss", "the Dutchman", "the Scot"): how news calls a person
    it has named, which is no name (lexicons/demonyms.txt)."""
    described = toks[1:] if toks and toks[0].lower() == "the" else toks
    aged = len(described) - 1
    if (
        not described
        or len(described) == len(toks)
        and not aged  # "Frenchman", "Swiss": no "the", no age
        or not described[-1][:1].isupper()
        or not all(_AGE.fullmatch(t) for t in described[:-1])
    ):
        return False
    word = described[-1].lower()
    for ending in ("man", "woman"):
        if word.endswith(ending) and word[: -len(ending)] in demonyms():
            return True  # "Frenchman", "Dutchman", "Irishwoman"
    # "the Swiss", "the Chinese" alone may be a nation, "The Australian" a newspaper: with an
    # age, one person
    return word in _NATIONALITY_NICKNAMES or (aged > 0 and word in demonyms())


def is_epithet_description(surface: str) -> bool:
    """Whether a mention is a person's nationality, perhaps with an age ("the Frenchman",
    "the 24-year-old Swiss"), which, like "he", stands for someone named before."""
    return _a_nationality_epithet(surface.split())


_LEAD_CALLINGS = frozenset(
    ["candidate", "nominee", "businessman", "businesswoman", "billionaire", "mogul", "star",
     "actor", "actress", "singer", "rapper", "comedian", "presenter", "host", "striker",
     "defender", "midfielder", "goalkeeper", "captain", "coach", "champion", "founder"]
)  # fmt: skip


@cache
def _office_pattern(office: tuple[str, ...]) -> re.Pattern[str]:
    """An office as written in any case, its last word perhaps abbreviated ("Florida Sen."
    for "Florida senator"), then a capitalised name of one to three words."""
    *modifiers, head = office
    # only with what narrows it: "Sen." is written before so many names that the one "Sen."
    # named may be no more "the senator" than a senator named without it
    short = title_abbreviations().get(head) if modifiers else None
    last = f"(?:{re.escape(head)}|{re.escape(short)})" if short else re.escape(head)
    written = r"\s+".join([*(re.escape(word) for word in modifiers), last])
    return re.compile(
        rf"(?i:\b{written})\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+)){{0,2}})"
    )


def is_age_description(surface: str) -> bool:
    """Whether a mention is only a person's age ("the 30-year-old"), which, like "he", stands
    for someone named before."""
    toks = surface.split()
    return len(toks) == 2 and toks[0].lower() == "the" and _AGE.fullmatch(toks[1]) is not None


_COMPANY_NAME = r"[A-Z][\w&’'-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&’'-]*){0,3}"


@cache
def _introduced_as(noun: str) -> re.Pattern[str]:
    """A company's name written with what it is: "airline Lufthansa", "retail giant Wal-Mart",
    "Ryanair, the budget airline,"."""
    written = re.escape(noun)
    return re.compile(
        rf"\b{written}\s+(?P<name>{_COMPANY_NAME})(?![\w’'])"
        rf"|(?<![\w’'])(?P<named>{_COMPANY_NAME}),\s+(?:the|a|an)\s+[^,.;\x01]{{0,50}}?\b{written}"
        # the aside ends, or a relative clause goes on: "Metrovias, the private firm which runs"
        r"(?:,|\s+(?:which|that|whose)\s)"
    )


# the nouns for any company, which may stand for one introduced as an airline or a retailer
_ANY_COMPANY_NOUNS = frozenset(["company", "firm"])


@cache
def _company_nouns_sorted() -> tuple[str, ...]:
    """The company nouns (lexicons/company_nouns.txt) in a fixed order."""
    return tuple(sorted(words("company_nouns")))


_LEADING_THE = compile_on_use(r"^The\s+")
_AMPERSAND_NAME = compile_on_use(r"\s+&\s+[A-Z][\w’'-]*")
_NAME_LINKS = frozenset(["&", "and", "of", "for", "the", "de"])


def _a_bodys_name(name: str) -> bool:
    """Whether a body's resolved name is a name, not a description capitalised only for a
    place in it ("Paris-based pressure group"): every word capitalised but links ("Independent
    News & Media", "Bank of England") and a last word that says what it is ("Mirror
    newspaper"), and no word twice in a row."""
    toks = name.split()
    if toks and toks[-1].lower() in _body_nouns():
        toks = toks[:-1]
    if any(a == b for a, b in pairwise(toks)):
        return False  # "Microsoft Microsoft": a headline run into the name, no name itself
    return bool(toks) and all(t[:1].isupper() or t[:1].isdigit() or t in _NAME_LINKS for t in toks)


_CAUSE_BODY = compile_on_use(
    r"(?:The\s+)?[A-Z][a-z]+s\s+(?:For|Without|Against|Of)\s+(?:The\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:[A-Z][\w’'-]*|of|and|the|&))*"
)


def _a_cause_body(surface: str) -> bool:
    """Whether a mention is a body named for people and their cause ("Reporters Without
    Borders", "Mothers Against Drunk Driving", "Veterans For Peace"): the capital on the
    preposition says it is one name, as people described in passing have none ("Officials in
    Washington", "Lawyers for Apple")."""
    if not ("For" in surface or "Of" in surface or "Without" in surface or "Against" in surface):
        return False  # the cheap test first: no capitalised preposition, no such name
    return _CAUSE_BODY.fullmatch(surface) is not None


def _one_name_in_other(name: str, other: str) -> bool:
    """Whether two names are one body's, one the other's first words ("Marsh" and "Marsh &
    McLennan")."""
    shorter, longer = sorted((name.split(), other.split()), key=len)
    return longer[: len(shorter)] == shorter


def _names_no_body(toks: list[str], name: str) -> bool:
    """Whether a capitalised run names no company or medium: a place ("Egypt", "South
    Korea"), a day or month, a people ("Russian"), or a function word that opens a clause
    after a colon or a quotation mark ("The", "But", "According")."""
    if _a_place(name):
        return True
    if len(toks) != 1:
        return False
    word = toks[0].lower()
    return (
        word in words("function_words")
        or word in words("stopwords")
        or word in demonyms()
        or _WEEKDAY_WORD.fullmatch(toks[0]) is not None
        or _MONTH_NO_NAME.fullmatch(toks[0]) is not None
    )


# what a company is held or invested in: "shares in Marsh", "a stake in Yukos"
_HELD_IN = frozenset(["shares", "stake", "stakes", "interest", "investment", "invest", "invested"])
_COUNTRY_LETTERS = frozenset(["UK", "US", "USA", "EU", "UAE"])


def _describes_where_from(toks: list[str]) -> bool:
    """Whether capitalised words only say where something is from or based, and so name no
    company: a country's letters ("UK"), peoples joined ("Anglo-Swedish", "German-US"), a
    place with a lower-case word joined on ("Montreal-based", "English-language"), or a
    point of the compass before a people ("South African")."""
    if len(toks) == 2 and toks[0].lower() in _COMPASS:
        return toks[1].lower() in demonyms()
    if len(toks) != 1:
        return False
    word = toks[0]
    if word in _COUNTRY_LETTERS:
        return True
    parts = word.split("-")
    if len(parts) < 2 or not parts[0][:1].isupper():
        return False
    if parts[-1].islower():
        return True  # "Montreal-based", "English-language"
    return all(p.lower() in demonyms() or p in _COUNTRY_LETTERS or p == "Anglo" for p in parts)


def _opens_its_sentence(text: str, at: int) -> bool:
    """Whether what starts at `at` is its sentence's subject, after at most a few words that
    describe it ("UK sportswear firm Umbro has posted"), not a company named in passing
    ("director at security company Trusteer", "a stake in newspaper company Jagran")."""
    opening = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
    before = text[opening:at].split()
    return len(before) <= 3 and not any(
        word.lower() in PREPOSITIONS or word.endswith(",") for word in before
    )


# first words of a place's name that open no person's ("West End", "North Korea", "New Labour")
_PLACE_OPENERS = frozenset(
    ["West", "East", "North", "South", "Northern", "Southern", "Eastern", "Western", "Central",
     "New", "Upper", "Lower", "Great", "Greater", "United", "Saint", "St", "St.", "Fort", "Port",
     "Mount", "Lake", "Royal", "National", "Federal", "Supreme", "European", "International"]
)  # fmt: skip


def _headline_words_before_a_company(toks: list[str]) -> bool:
    """Whether a run of capitalised words ends on a company known by one word that no
    person's name is (lexicons/company_names.txt) after words no first name opens: a headline
    run into its story ("AMD's Acquisition of SeaMicro Puts Intel on the Defensive", "... to
    Curb Password-Stealing Hackers Microsoft today issued ..."), whose later "Intel" or
    "Microsoft" is the company, not a person surnamed so. "Fiona Apple" opens on a first
    name and stays a person's."""
    return (
        len(toks) >= 2
        and toks[-1].lower() in words("company_names")
        and toks[0].lower() not in _first_names()
    )


def _names_the_role(toks: list[str], role_words: set[str]) -> bool:
    """Whether a run of capitalised words is all words of the target's own role, in the
    appositive that gives it ("John McCain, a Republican Senator, said ... he said"): the
    person described again, not someone else a later "he" could stand for."""
    return bool(toks) and all(t.lower() in role_words for t in toks)


def _names_a_party(toks: list[str]) -> bool:
    """Whether a run of capitalised words is all a political party's name, in one or many:
    "the Liberal Democrats", "the Lib Dem figures", "The Conservatives" name a body, never a
    person a later "he" or "she" could stand for. A run with more after the party ("Lib Dem
    Lembit Opik") names a person and is no party's name."""
    named = " ".join(t for t in toks if t.lower() != "the").lower()
    parties = words("party_names")
    return named in parties or f"{named}s" in parties or named.removesuffix("s") in parties


def _a_person_word_after(text: str, at: int) -> bool:
    """Whether the word after offset `at` is a noun for a person ("The Florida senator",
    "the Portugal star"): the capitalised words before it describe someone."""
    after = _PERSON_WORD_AFTER.match(text, at)
    return after is not None and after.group("word") in _person_words()


def _place_or_body(toks: list[str]) -> bool:
    """Whether a run of capitalised words names a place, a body or an event, not a person:
    "the West End", "Manchester University", "the Electronic Frontier Foundation", "the Six
    Nations", "a Golden Globe", "Agence France Presse"."""
    last = toks[-1].lower()
    return (
        toks[0] in _PLACE_OPENERS
        or last in _body_nouns()
        or last in words("event_name_nouns")
        # a news agency told, named in full: "told Agence France Presse", "the Associated Press"
        or " ".join(toks).lower() in _body_nouns()
    )


# a sentence opening with someone new, described by role: "A spokesman for the Department
# said", "At the hearing, an official said"; not "The 40-year-old comedian", who is more often
# than not the person the article is about
_DESCRIBED_SUBJECT = compile_on_use(
    r"(?:^|[.!?]\s+)(?:[A-Z][^,.;:!?\x01]{0,30},\s+)?[Aa]n?\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<head>[a-z]+)\b(?=\s+(?:to|of|for|at|in|,|[a-z]+(?:ed|s)\b))"
)


# a verb right after a subject's name: "Hector Ruiz waxed", "Bernie Sanders meant"
_VERB_AFTER_SUBJECT = compile_on_use(
    r"(?:[’']s)?\s+(?:[a-z]+ed|[a-z]+s|has|had|is|was|will|would|could|can|may|might|told|said"
    r"|meant|made|took|gave|spoke|wrote|met|went|came|saw|knew|thought)\b"
)
# a preposition of place right before a name: "at Stamford Bridge", "in the Nou Camp"
_WHERE_BEFORE = compile_on_use(r"\b(?:at|in|into|near|outside|inside)\s+(?:the\s+)?$")
_POSSESSIVE_AFTER = compile_on_use(r"[’']s?\b")
# a capitalised name, its comma, and the lower-case words opening an aside about the person
# ("Carly Fiorina, chief", "Tim Danton, the editor", "Reidar Wasenius, senior manager")
_NAME_THEN_COMMA = compile_on_use(r"[A-Z][\w'’-]+,\s+(?:[a-z][\w-]*\s+){0,3}$")
# a word of letters, for a scan of the words that describe a person
_ANY_WORD = compile_on_use(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")
# a full name, two capitalised words, right after a role ("striker Steven Gerrard")
_FULL_NAME_AFTER = compile_on_use(r"\.?\s+[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+")
# a capitalised word right after a title ("Mr Straw", "Lord Woolf")
_CAPITAL_AFTER = compile_on_use(r"\.?\s+[A-Z]")
# a lone capitalised word opening a sentence or a clause as its subject, a verb after it:
# "Parry revealed", "In 1998, Parry joined Liverpool", "and Parry said"
_LONE_NAME_SUBJECT = compile_on_use(
    r"(?:^|[.!?][\"”’']?\s+|\n|,\s+|\b(?:and|but|as|while|when|after|before)\s+)([A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*)\s+"
    r"(?:[a-z]+ed|[a-z]+s|has|had|is|was|will|would|could|can|may|might|told|said)\b"
)


# someone introduced by an indefinite description anywhere in a sentence, its head the last
# word before a verb, a preposition or punctuation: "the home of a 26-year-old Berlin man was"
_INDEFINITE_PERSON = compile_on_use(
    r"(?<![\w’'-])[Aa]n?\s+(?:[\w-]+\s+){0,3}?(?P<head>[a-z]+)"
    r"(?=\s*[,.;:]|\s+(?:was|is|who|had|has|of|from|in|at|with|[a-z]+ed)\b)"
)


def _may_be_of(head: str, said: set[str]) -> bool:
    """Whether a person described by `head` may be of the gender a pronoun `said`: unless the
    head says the other ("a woman" is no "he")."""
    gender = _gender_of(head)
    return not (said and gender and gender.isdisjoint(said))


def _lower_or_age(token: str) -> bool:
    """A word of a lower-case description ("the former chairman", "the 31-year-old")."""
    return token[:1].islower() or _AGE.fullmatch(token) is not None


def _a_relative(speaker: Speaker) -> bool:
    """Whether a speaker was introduced as someone's kin ("his daughter Ivanka Trump")."""
    return bool(speaker.role) and speaker.role.split()[-1].lower().rstrip(",.;:") in _KIN_NOUNS


# lower-case words that run into a mention's end but never end a name: the relative pronoun
# of the clause the cue is in ("6 in 10 voters who says"), an adverb before the cue ("Industry
# analysts contacted by eWEEK generally say")
_RELATIVES = frozenset(["who", "whom", "that", "which"])
_WORD_AT = compile_on_use(r"\S+")


# what grades an adverb after it ("so quickly", "almost universally"): the two go together
_DEGREE_WORDS = frozenset(["so", "very", "too", "almost", "more", "most", "less", "quite"])


def _trailing_adverb(word: str, before: str) -> bool:
    """Whether a mention's last word is an adverb, not its head: after a determiner an "-ly"
    word is the head ("the elderly"), and some nouns end so ("an ally", "a CNN tally", "the
    trade weekly")."""
    if not word.isalpha() or not word.islower() or before.lower() in _DEGREE_WORDS:
        return False
    if before.endswith("ed") and before.islower():
        return False  # "an advisory issued today": when it was issued
    if word in words("cue_adverbs") or word in words("adverbs_before_cue"):
        return True
    # after a name or a plural ("eWEEK generally", "critics in both parties quickly"), not
    # after a singular noun it may be part of ("the trade weekly")
    return (
        word.endswith("ly")
        and (not before.islower() or before.endswith("s"))
        and before.lower() not in words("determiners")
        and not any(
            word in nouns
            for nouns in (
                _person_nouns(),
                _body_nouns(),
                words("group_nouns"),
                words("evidence_nouns"),
                words("estimate_nouns"),
                words("nouns_in_ly"),
            )
        )
    )


def _without_trailing_adverbs(surface: str) -> str:
    """A mention without the relative pronoun and the adverbs at its end: "A majority of those
    who" -> "A majority of those", "Industry analysts contacted by eWEEK generally" -> "Industry
    analysts contacted by eWEEK". One word is left alone, and so is an adverb in a relative
    clause ("an official who was not authorized to speak publicly"): the clause's own."""
    last = surface.rsplit(None, 1)[-1] if surface.strip() else ""
    if last not in _RELATIVES and not (
        last.endswith("ly") or last in words("cue_adverbs") or last in words("adverbs_before_cue")
    ):
        return surface  # the cheap test first: most mentions end in a name or a noun
    toks = [(m.start(), m.group()) for m in _WORD_AT.finditer(surface)]
    n = len(toks)
    if n < 2 or toks[0][1] in _LINKING_PREPOSITIONS:
        return surface  # "with Trump reportedly yelling": a phrase, not the speaker's name
    if toks[-1][1] in _RELATIVES:
        n -= 1
    elif not any(t in _RELATIVES for _, t in toks):
        while n > 1 and _trailing_adverb(toks[n - 1][1], toks[n - 2][1]):
            n -= 1
    return surface if n == len(toks) else surface[: toks[n - 1][0] + len(toks[n - 1][1])]


_UNNAMED_OPENERS = frozenset({"a", "an", "one", "another", "two", "three", "several", "some"})


def _one_in_office(role: str) -> bool:
    """Whether a lower-case word names one holder of an office ("head", "chairman"), not a
    group ("organisers", "candidates") or a share of one ("the majority of lawmakers")."""
    return (
        role in words("role_nouns")
        and (not role.endswith("s") or role.endswith("ss"))
        and role not in ("majority", "minority")
    )


# an office and the body it is held in, with no name after: "The head of the agency", "a
# director at the bank" (a role word written in lower case: not "President of Iran Rouhani")
_ROLE_OF_A_BODY = compile_on_use(
    r"(?P<det>[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+)?(?P<role>[a-z]+)\s+(?:of|at|for)\s+[^,]*$"
)
_LINKING_PREPOSITIONS = frozenset({"of", "at", "for", "from", "with", "in", "to", "on"})
# lower-case words that never end a name or a description: what they join or govern is cut off
_LEFT_OPEN = _LINKING_PREPOSITIONS | {"and", "or", "than", "the", "a", "an", "by", "after"}
_PEOPLE_OF = _LINKING_PREPOSITIONS | {"along", "across"}  # "Residents along 117th Street"
# lower-case words a name and what follows it in a mention may hold: "Gov. John R. Kasich of
# Ohio", "producers Craig Zadan and Neil Meron", "Ludwig van Beethoven"
_IN_NAMES = SURNAME_PARTICLES | _LINKING_PREPOSITIONS | {"the", "and", "bin", "al"}
# words a headline capitalises that no person's name holds: "Racism To Sonia Sotomayor"
_HEADLINE_LINKS = _LINKING_PREPOSITIONS | {"about", "against", "by", "over", "says", "said"}
# one who speaks for someone named after: "a spokesman for", "an aide to", "lawyers for"
_SPEAKS_FOR = compile_on_use(
    r"\b(?:spokes(?:man|woman|person|men|women|people)|aides?|advisers?|advisors?|lawyers?|"
    r"attorneys?|representatives?|staffers?|assistants?|deputy|deputies)\s+(?:for|to|of)\b",
    re.IGNORECASE,
)


def _two_people_joined(toks: list[str], titles: frozenset[str]) -> bool:
    """Whether a name and "and" come before the role of a second person ("singer Gary Lightbody
    and drummer Jonny Quinn", "Mr McManus and Mr Magnier"); not a title's own "and" ("Trade and
    Industry Secretary")."""
    for i, tok in enumerate(toks[1:-1], start=1):
        after = toks[i + 1]
        before = toks[i - 1]
        named_before = before[:1].isupper() and before.lower().rstrip(".") not in titles
        role_after = after[:1].islower() or after.lower().rstrip(".") in titles
        if tok == "and" and named_before and role_after:
            return True
    return False


# "Mr Crosby's statement", "Labour's new posters", "Chelsea's statement": a capitalised owner,
# its possessive, at most two words, and a noun for what carries the owner's words
_OWNED_WORDS = compile_on_use(
    r"(?P<owner>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})(?:[’']s|s[’'])"
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?P<noun>[a-z]+(?:\s+release)?)"
)


def _owner_of_words(surface: str) -> str | None:
    """The owner in "Mr Crosby's statement" or "Labour's new posters": the one who speaks
    through them; None for anything else, and for a time ("Friday's lawsuit")."""
    if "'" not in surface and "’" not in surface:
        return None  # the cheap test first: no possessive mark, no owner
    found = _OWNED_WORDS.fullmatch(surface)
    if found is None:
        return None
    noun = found.group("noun")
    if not any(noun in words(kind) for kind in ("claim_nouns", "carrier_nouns", "study_nouns")):
        return None
    owner = found.group("owner")
    if _a_stretch_of_time(owner) or _WEEKDAY_WORD.fullmatch(owner):
        return None  # "Friday's lawsuit": a time owns nothing
    if owner.lower() in pronoun_classes():
        return None
    # the owner as written, its possessive mark dropped: "Mr Sands' book" -> "Mr Sands"
    return surface[: found.end("owner")] + ("s" if surface[found.end("owner")] == "s" else "")


# a document named by whoever put it out, before it or after "from" or "by": "A Holcim
# statement", "an IAAF statement", "A statement from Waitrose", "the letter from Qwest", "The
# statement issued by Lycos", "a statement issued on behalf of Robert Zoellick"
_SENDER_BEFORE_DOCUMENT = compile_on_use(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<owner>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+"
    r"(?P<noun>[a-z-]+(?:\s+release)?)"
)
_SENDER_AFTER_DOCUMENT = compile_on_use(
    r"(?:[Aa]n?|[Tt]he)\s+(?:(?:joint|written|official|brief|short|new|separate|online|recent|"
    r"latest|annual|previous|independent)\s+)?"
    r"(?P<noun>[a-z-]+(?:\s+release)?),?\s+(?:(?:issued|released|sent(?:\s+out)?|put\s+out|"
    r"posted|published|conducted|carried\s+out|compiled)\s+"
    r"(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?)?"
    r"(?:from|by|on\s+behalf\s+of)\s+"
    r"(?P<owner>(?:the\s+)?(?:(?!(?:of|the|for|by|in|on|at|to|from|and|an?)\s)[a-z][\w-]*\s+){0,3}?"
    r"[A-Z][\w.&’' -]*)"
)


# what follows a document's sender and is no part of its name: "A poll from Marquette Law School
# released Wednesday", "a report by the IMF in March"
_SENDER_TAIL = compile_on_use(
    r"\s+(?:released|published|issued|conducted|carried|obtained|out|in|on|last|this|earlier)"
    r"\b.*$",
    re.DOTALL,
)


# a sender named after what it is: "UK-based research consultancy Analysys", "the research
# firm Gartner"
_DESCRIBED_SENDER = compile_on_use(
    r".*?\b(?P<noun>[a-z][\w-]*)\s+(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|the|&))*)"
)


def _document_sender(surface: str) -> tuple[int, int] | None:
    """Where in a mention of a document ("A Holcim statement", "A statement from Waitrose",
    "A report by the IMF", "a survey conducted by security firm Mirapoint") its sender is
    named: the one who speaks through it, as the owner of "Mr Crosby's statement" does
    (`_owner_of_words`). None when the words before the document are a nationality or a time
    ("the American statement", "the Sunday statement") or nothing names the sender ("the
    statement", "a statement from her office", "a report on the IMF"); and for a report,
    study, survey or poll, when they say what it is about or when ("a DNA report", "a June
    poll"), name places it was taken ("New Hampshire polls") or join two senders. Whether the
    name found is one that puts a report out is `_study_sender`'s to say."""
    for pattern in (_SENDER_BEFORE_DOCUMENT, _SENDER_AFTER_DOCUMENT):
        found = pattern.fullmatch(surface.rstrip(" ,"))
        if found is None or found.group("noun") not in _document_nouns():
            continue
        owner = _SENDER_TAIL.sub("", found.group("owner")).rstrip(" ,")
        study = found.group("noun") in words("study_nouns")
        if study and (
            pattern is _SENDER_BEFORE_DOCUMENT
            and found.group("noun").endswith("s")
            or " and " in owner
            or owner.lower() in words("report_subjects")
            or len(owner) < 2
            or _MONTH_NO_NAME.match(owner)
            or owner.split()[0] in ("April", "May", "June", "August")
        ):
            # "New Hampshire polls" are polls taken there; "a study by Greenstone and Covert"
            # two senders; "a DNA report" what it is about; "a June poll" a time; "Q poll" no
            # name to tell
            return None
        if (
            owner.lower() in demonyms()
            or _WEEKDAY_WORD.fullmatch(owner)
            or _MONTH_NO_NAME.fullmatch(owner)
            or owner.lower() in pronoun_classes()
        ):
            return None
        start = found.start("owner")
        described = _DESCRIBED_SENDER.fullmatch(owner)
        if described is not None and (
            (noun := described.group("noun").lower()) in _body_nouns()
            or noun in words("publisher_nouns")
        ):
            # "a report published by UK-based research consultancy Analysys": the name after
            # what it is, which says no more
            start, owner = start + described.start("name"), described.group("name")
        return start, start + len(owner)
    return None


def _a_study(surface: str) -> bool:
    """Whether a mention of a document is of a report, study, survey or poll ("A report by
    the IMF", "an IMF report"), not of a statement or letter."""
    return any(word in words("study_nouns") for word in surface.lower().split())


def _study_sender(said_by: Speaker, written: str, before_document: bool) -> bool:
    """Whether the one a report, study or survey is named with (`written`) put it out: a
    body, or a person given a role or named more fully before ("a report by former prime
    minister Wim Kok", "Mr Kok's report"), and a name the article gives nothing more of only
    after "by" or "from" ("a study by Mirapoint"). A name before the document, or its owner, must otherwise be a body's
    by itself or as the article named it before ("an IMF report", "the Halifax survey" after
    "Halifax said", "the NAO's annual report"); not a survey's or a book's own name ("the Tankan
    survey", "the Beige Book report") nor a place's ("a California poll", "Britain's report")."""
    if said_by.kind == "person" and (said_by.role or said_by.name not in (written, "")):
        return True  # "Mr Kok's report", after "the former Dutch prime minister Wim Kok"
    if before_document:
        return said_by.kind in ("organization", "media")
    return said_by.kind in ("organization", "media", "person")


@cache
def _document_nouns() -> frozenset[str]:
    """What carries a sender's words: "statement", "letter", "press release", "message", and
    what reports a sender's findings: "report", "study", "survey", "poll", "research"."""
    return (
        (words("carrier_nouns") - _PLACES_OF_WORDS)
        | words("study_nouns")
        | frozenset(["statement", "statements"])
    )


def _names_a_sender(speaker: Speaker) -> bool:
    """Whether a document's speaker was read as whoever put it out ("IMF" for "A report by
    the IMF"), not as the document itself ("a new poll", "Nokia-sponsored research")."""
    return not any(word in _document_nouns() for word in _tokens(speaker.name.lower()))


def _sender_of_the_document(speaker: Speaker) -> bool:
    """Whether a speaker is a sender that a bare "the report" or "the statement" was read as
    ("The report said", resolved to the IMF), not that document itself ("report")."""
    toks = (speaker.mention or "").lower().split()
    return (
        len(toks) == 2
        and toks[0] == "the"
        and toks[1] in _document_nouns()
        and _names_a_sender(speaker)
    )


# a document named in passing, which "the statement" later may stand for as well
_DOCUMENT_WORD = compile_on_use(
    r"\b(?:statements?|releases?|letters?|messages?|notes?|memos?|e-?mails?|tweets?|posts?|"
    r"communiques?|reports?|stud(?:y|ies)|surveys?|polls?|research)\b(?!-)",
    re.IGNORECASE,
)


# the words before a document that one named before may be: "the poll", "The new survey",
# "Monday's poll"; not "the CNN poll", "a new study", "two Quinnipiac polls"
_THE_SAME_DOCUMENT = compile_on_use(
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)|[’']s)(?:\s+[a-z][\w-]*){0,2}\s+$"
)


# how far back a document put out is looked for: a few paragraphs
_DOCUMENT_REACH = 1500
# capitalised words that open a sentence and name nobody
_NOT_A_SENDER = frozenset(["In", "The", "A", "An", "But", "And", "On", "It", "He", "She", "They"])


@lru_cache(maxsize=32)
def _put_out(noun: str) -> re.Pattern[str]:
    """A name that put out a document of this kind ("Kraft Foods issued a statement",
    "Smith said in a letter"), or one with the same head ("e-mail" for "email")."""
    stem = (
        re.escape(noun.removesuffix("s")).replace("e\\-mail", "e-?mail").replace("email", "e-?mail")
    )
    name = (
        r"(?P<name>(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}[’']s\s+|[Tt]he\s+)"
        r"(?:[a-z]+\s+)?(?:" + "|".join(sorted(_body_nouns())) + r")|"
        r"[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,4})"
    )
    return re.compile(
        name + r"(?:,[^,;\x01]{1,60},)?\s+(?:(?:also|later|then|has|had|have)\s+)?"
        r"(?:(?:issued|released|put\s+out|sent(?:\s+out)?|posted|published|e-?mailed)\s+"
        r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?|said\s+(?:[\w]+\s+){0,2}?in\s+(?:a|an)\s+"
        r"(?:[\w-]+\s+){0,2}?)" + stem + r"s?\b"
    )


# carriers that are a place to read or a work, not a text put out: "The Auction Drop website
# is asking" is the site, a medium, speaking
_PLACES_OF_WORDS = frozenset(["website", "blog", "book", "books"])


# a sentence that opens with a subordinate clause whose subject is a name, the pronoun right
# after its comma: "After Kathina was shot, she exclaimed"
_FRONTED_CLAUSE_SUBJECT = compile_on_use(
    r"(?:^|[.!?][\"”’']?\s+|\n)(?:After|When|Before|As|Because|While|Once|Although|Though|"
    r"Since|Until|If)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+[a-z][^.!?\n]*,\s*$"
)


def _fronted_clause_names_another(before: str, target: Speaker) -> bool:
    """Whether the pronoun closes a fronted clause whose subject is a name other than the
    speaker's: the pronoun more likely stands for that name, whom the resolver may not know."""
    found = _FRONTED_CLAUSE_SUBJECT.search(before)
    if found is None:
        return False
    # "While Felt's name was raised ..., he": the owner, as the name, may be the speaker
    name = _POSSESSIVE.sub("", found.group("name")).split()
    return name[-1] not in target.name.split() and name[0] not in target.name.split()


_POSSESSIVE_MARKS = ("'s", "’s", "s'", "s’")
_BODY_NAME_LINKS = frozenset(["and", "&", "on", "of", "for"])


def _a_bodys_words(toks: list[str]) -> bool:
    """Whether the words before a possessive may be a body's name: capitalised, but for a
    link between two of them ("Ernst and Young", "War on Want"); not an office ("Secretary of
    State's")."""
    inner = toks[1:-1]
    return (
        toks[0][:1].isupper()
        and toks[-1][:1].isupper()
        and all(t[:1].isupper() or t in _BODY_NAME_LINKS for t in inner)
        and (all(t[:1].isupper() for t in inner) or toks[0].lower() not in _title_words())
    )


def _possessor_and_name(name: str) -> tuple[str | None, str]:
    """ "Arsenal's Patrick Vieira" -> ("Arsenal", "Patrick Vieira"): a body's possessive before
    a person's full name says where they work, and is no part of the name. (None, name) when
    the words after the possessive are no person's name ("Moody's Investors Service",
    "Lawyers' Christian Fellowship": a body's own name)."""
    toks = name.split()
    if not toks:
        return None, name  # nothing left of the mention once role and prefix are off ("()")
    named_body = False  # a body's name after "the", which may hold a medium's ("the BBC's")
    opening = 1 if toks[0].lower() == "the" else 0
    # "The Fabian Society's Sundar Katwala", "the BBC's Jonathan Beale", "Deutsche Bank's
    # Simon Champion", "Media Research Center's Bozell": a body's name of several words (or
    # any after "the") before its possessive
    # "Ernst and Young's Sanjay Mehta", "War on Want's John Hilary", "Sky Networks' Sophie
    # Turner Laing": a link inside the body's name, or the bare mark of a plural, too
    mark = next((i for i, t in enumerate(toks) if t.endswith(_POSSESSIVE_MARKS)), 0)
    plain = toks[mark].endswith(("'s", "’s")) and all(
        t[:1].isupper() for t in toks[opening : mark + 1]
    )
    if (
        1 <= mark <= 3 + opening
        and mark + 1 < len(toks)
        # a link or a bare mark only before a full name and with no "the" ("Isaacs of
        # Samaritan's Purse", "the Music Managers' Forum", "The Mail on Sunday's Financial Mail")
        and (plain or (opening == 0 and len(toks) - mark > 2 and _a_bodys_words(toks[: mark + 1])))
    ):
        toks = [" ".join(toks[opening : mark + 1]), *toks[mark + 1 :]]
        named_body = True
    if not toks[0].lower().endswith(("'s", "’s", "s'", "s’")):  # "PBS' Jacoba Atlas" too
        return None, name
    if named_body and len(toks) == 2 and _written_as_a_name(toks[1]):
        # "Media Research Center's Bozell": a body and a surname, resolved like any other
        owner = toks[0][:-2]
        if toks[1].lower() not in _not_in_names():
            return owner, toks[1]
    if len(toks) < 3:
        return None, name
    # "Ladbrokes' Warren Lush": the bare mark after an "s" is a possessive too, unless it is
    # a plural of people's, which names a body ("Lawyers' Christian Fellowship")
    owner = toks[0][:-2] if toks[0][-2] in "'’" else toks[0][:-1]
    if owner.endswith("s") and people_plural(owner.lower()):
        return None, name
    rest = toks[1:]
    if (
        owner.lower() in _not_in_names() and not named_body and not owner.isupper()
    ) or owner.lower() in pronoun_classes():
        return None, name  # "Who's Your Daddy"; but "NBC's Chuck Todd"
    if not _looks_like_person(rest) or any(t.lower() in _not_in_names() for t in rest):
        return None, name
    return owner, " ".join(rest)


def _head_word(speaker: Speaker) -> str:
    """The head noun of a speaker's mention: "spokeswoman" of "A spokeswoman for Delta"."""
    described = _ROLE_QUALIFIER.split(speaker.mention or "", maxsplit=1)[0].split()
    return described[-1].lower() if described else ""


def _named_in_the_plural(speaker: Speaker) -> bool:
    """Whether a body is named by a plural ("MPs", "the Tories", "Critics", "police"), which a
    "they" agrees with better than with anyone named since; "the Cabinet Office" or "the
    group" is one body, as likely as not no "they"."""
    name = _HEAD_BEFORE_OF.split(speaker.name, maxsplit=1)[0]
    last = name.split()[-1:] or [""]
    return (
        group_of_people(name)
        or last[0].lower() in _PLURAL_COLLECTIVES
        or (last[0][:1].isupper() and last[0].endswith("s") and not last[0].endswith("ss"))
    )


# collective nouns English takes as plurals: "Police said ... They believe"
_PLURAL_COLLECTIVES = frozenset({"police", "people", "staff", "personnel", "clergy"})


# where a body's head noun ends: "Council of Scottish Colonels", "Court of Appeals for ..."
_HEAD_BEFORE_OF = compile_on_use(r"\s+(?:of|for|in|at|on)\s+")


def _many_people(speaker: Speaker) -> bool:
    """Whether a speaker is people named by a plural or collective noun, not by a name ("The
    crowd", "some protesters", not "Bernie Sanders"): no later "he" or "she" stands for them."""
    mention = (speaker.mention or speaker.name).split()
    return bool(mention) and mention[-1].islower() and people_plural(mention[-1])


def _ones_person(speaker: Speaker) -> bool:
    """Whether a source is one person of someone's ("Grokster's lawyer", "his spokesman"),
    whom a later "they" does not stand for."""
    toks = (speaker.mention or "").split()
    if len(toks) < 2 or not (toks[0].lower().endswith(("'s", "’s")) or toks[0] in ("his", "her")):
        return False
    return _headed_by_one_role(speaker)


def _headed_by_one_role(speaker: Speaker) -> bool:
    """Whether a mention's head noun is one role in the singular ("lawyer", "spokeswoman"; not
    "lawyers", "policemen", "people")."""
    head = _head_word(speaker)
    return head in words("role_nouns") and not re.search(r"(?:[^s]s|men|people)$", head)


def _one_unnamed_person(speaker: Speaker) -> bool:
    """Whether an unnamed source is one person ("A spokeswoman for Delta Airlines", "a senior
    official"): a later "she" or "he" may stand for them, and "they" may not."""
    if speaker.kind != "anonymous" or not speaker.mention:
        return False
    toks = speaker.mention.split()
    if toks[0].lower() not in ("a", "an", "one", "another"):
        return False
    return _headed_by_one_role(speaker)


@cache
def _person_descriptors() -> frozenset[str]:
    """Words that say what a person is: roles ("spokesman") and epithets ("teenager")."""
    return words("role_nouns") | words("epithet_nouns")


def word_describes_a_person(word: str) -> bool:
    """Is this lower-case word a role or epithet, or a compound ending in one?

    "said SEPA vice-director Pan Yue", "said Spanish teenager Nadal": a compound role
    ("vice-director", "co-founder", "ex-minister") is as much a role as its last part, and an
    epithet before a name says what the person is just as a role does. Missing it, the phrase
    stops at the organisation or the adjective before it, and that is named as the speaker.
    """
    if word in _person_descriptors():
        return True
    tail = word.rpartition("-")[2]
    return tail != word and tail in _person_descriptors()


@lru_cache(maxsize=4096)
def split_role_and_name(surface: str) -> tuple[str, str | None]:
    """Separate a leading role from the name it describes.

    "White House press secretary Josh Earnest" -> ("Josh Earnest", "White House press
    secretary"); "Texas Lt. Gov. Dan Patrick" -> ("Dan Patrick", "Texas Lt. Gov."); a
    describing word the sentence opened with comes off the name too ("global marketing VP
    Phil Schiller" -> ("Phil Schiller", "global marketing VP"), "Defiant Matt Williams" ->
    ("Matt Williams", None)).

    Cached: a pure function of the words, and the resolver splits the same mention again
    and again (about 45% of the calls over BBC repeat an earlier one).
    """
    name, role = _split_office_and_name(surface)
    glued = _without_glued_descriptor(name.split())
    if glued is None:
        return name, role
    rest, lead = glued
    return " ".join(rest), " ".join(part for part in (role, lead) if part) or None


def _split_office_and_name(surface: str) -> tuple[str, str | None]:
    """A leading office, title or role word and the name after it (see
    `split_role_and_name`)."""
    surface = _PAREN.sub("", surface).strip()
    toks = surface.split()
    office = _office_of_then_name(toks)
    if office is not None:
        return office
    if len(toks) >= 2 and toks[0].lower() in words("company_nouns") and _opens_a_name(toks[1:]):
        # "Chipmaker AMD said": what the company is, capitalised only as the sentence's first
        # word, is no part of its name
        return " ".join(toks[1:]), toks[0]
    titles = _title_words()
    # the last title word followed by a capitalised name
    for idx in range(len(toks) - 2, -1, -1):
        word = toks[idx].rstrip(",").lower()
        if (
            word in titles
            or word in words("role_nouns")
            or (word in words("party_names") and _party_before_name(toks[idx + 1 :]))
        ) and _opens_a_name(toks[idx + 1 :]):
            name = " ".join(toks[idx + 1 :])
            if ("’s " in name or "'s " in name) and idx > 0 and toks[idx - 1].lower() == "of":
                break  # "one of Mr. Obama's climate advisers": the advisers, not a Mr.
            if toks[-1].lower() in words("organization_nouns") and not any(
                t in _LINKING_PREPOSITIONS for t in toks
            ):
                # "The Family Planning Association": one body's name, no role in it; but "Lt.
                # Gregg Hastings of the Oregon State Police" is a person with a role
                break
            if _SPEAKS_FOR.search(" ".join(toks[:idx])):
                break  # "a spokesman for House Speaker Paul Ryan": the spokesman, not Ryan
            if _two_people_joined(toks[: idx + 1], titles):
                break  # "singer Gary Lightbody and drummer Jonny Quinn": two people
            if idx >= 2 and [t.lower() for t in toks[idx - 2 : idx]] == ["of", "the"]:
                break  # "the Office of the Chief Medical Examiner": a body's name, no person
            if (
                idx >= 1
                and toks[idx][:1].isupper()
                and toks[idx - 1][:1].isupper()
                and word.endswith("s")
                and word in words("role_nouns")
                and any(t in _LINKING_PREPOSITIONS for t in toks[idx + 1 :])
            ):
                break  # "National Nurses United for Patient Protection": a plural in a name
            after = toks[idx + 1 :]
            if (
                _looks_like_person(after)
                and (len(after) == 2 or _MIDDLE_INITIAL.fullmatch(after[-2]))
                and after[-2].lower().rstrip(".,") not in titles
                and " ".join(after[-2:]).lower() not in _titles_lowered()
            ):
                # "Sgt. Janice Leader", "Sgt. John Major": a title's word as the surname after
                # a first name is no title of the person's
                after = after[:-1]
            if not any(t.lower().rstrip(".,") in titles for t in after):
                # "calculations presented to the US Senate by Dr Graham": the title is his role,
                # what he made is not
                by = max((i for i, t in enumerate(toks[:idx]) if t == "by"), default=-1)
                role_end = idx + 1
                if toks[idx - 1].endswith(",") and idx > by + 1:
                    role_end = idx  # "hunt master, Captain Ian Farquhar": how he is addressed
                elif (
                    idx > by + 1
                    and word.rstrip(".") in _HONOURS
                    and toks[idx - 1].lower() != "first"  # "First Lady Michelle Obama": a post
                    and not any(t[:1].islower() and t not in _IN_NAMES for t in toks[idx + 1 :])
                ):
                    role_end = idx  # "Police Commissioner Sir Ian Blair": "Sir" is no role
                role = " ".join(toks[by + 1 : role_end]).rstrip(",;:")
                if role and all(t.lower() in words("determiners") for t in role.split()):
                    return name, None  # "The Rev. Larry Kroon": "The" is no role
                return name, role
    # trailing run of capitalised tokens after a lower-case role word
    idx = len(toks)
    if idx >= 2 and toks[-1].isdigit() and toks[-2][:1].isupper():
        idx -= 1  # "group Transport 2000": the number ends the name
    while idx > 0 and toks[idx - 1][:1].isupper():
        idx -= 1
    if 0 < idx < len(toks) and toks[idx - 1][:1].islower() and not _two_people_joined(toks, titles):
        lead = next(k for k, t in enumerate(toks) if not t[:1].isupper())
        if (
            toks[lead] in _LINKING_PREPOSITIONS
            and any(t[:1].islower() and t not in _LEFT_OPEN for t in toks[lead:idx])
            and toks[0].lower() not in words("determiners")
            and _looks_like_person(toks[:lead])
        ):
            # "Andrew J. Pincus of the law firm Mayer Brown": the person comes first, the
            # name after what the firm is, is where they work ("Robert Gordon of
            # Northwestern University" is read below)
            return " ".join(toks[:lead]), None
        before = toks[idx - 1].lower()
        run = toks[idx:]
        # a role word names the person after it: "campaign manager Robby Mook", and a body
        # noun the organisation ("anti-virus firm Sophos", not "a spokesman for committee
        # Democrats"); a preposition names neither ("a poll by Edison Research")
        if (
            before in words("role_nouns")
            # "Spanish teenager Nadal"; but "numerous fellow Democrats" is a group, no person
            or (word_describes_a_person(before) and not run[-1].endswith("s"))
            or _describes_body(toks[:idx])
            or (len(run) >= 2 and before not in _NOT_BEFORE_NAME and _looks_like_person(run))
        ):
            role = " ".join(toks[:idx]).rstrip(",;:")
            if all(t.lower() in words("determiners") for t in toks[:idx]):
                return " ".join(run), None  # "one Tim Henman", "another New Hampshire ...": no role
            return " ".join(run), role
    return surface, None


def _glued_descriptor(word: str, before: str = "") -> str | None:
    """What a capitalised word glued before a full name says of the person: "role" for a
    calling or office ("Keeper", "Songwriter", "Under-Secretary", "President-elect", "Lib
    Dem"), "manner" for a mood or a compound adjective ("Defiant", "Texas-based"); None when it
    may be a word of the name itself ("Iain", "Hew", "Cornell"). Only listed words and
    compounds with a lower-case or office part count: a guessed suffix would take given names
    the lexicons lack ("Luther", "Moner")."""
    lowered = word.lower().rstrip(",")
    if lowered in words("mood_adjectives"):
        return "manner"
    if lowered in words("epithet_nouns"):
        return "role"
    if lowered in demonyms() or lowered[:-1] in demonyms():
        return "origin"  # "Americans Andy Roddick", but "British Retail Consortium"
    parties = words("party_names")
    pair = f"{before.lower()} {lowered}".strip()
    if pair in parties or f"{pair}s" in parties:
        return "role"  # "Lib Dem Norman Baker": the party, as "Tory Dominic Grieve"
    parts = lowered.split("-")
    if len(parts) < 2 or not word[:1].isupper() or not all(parts):
        return None
    if parts[-1].endswith("ed") or parts[-1] in ("based", "born"):
        return "manner"  # "Top-seeded", "Texas-based"
    an_office = any(part in words("role_nouns") or part in _title_words() for part in parts)
    if an_office or any(part[:1].islower() for part in word.split("-")[1:]):
        return "role"  # "Attorney-General", "Super-agent", "Editor-in-Chief"
    return None


def _a_persons_full_name(name: list[str]) -> bool:
    """Whether the words left after a describing word are a person's full name ("Tony
    Bullock"), not an office ("Economics Minister") or a body ("Human Rights Watch")."""
    if not _looks_like_person(name):
        return False
    if any(t.lower() in _not_in_names() or t.lower().rstrip(".") in bare_titles() for t in name):
        return False
    return not any(t.lower() in words("role_nouns") for t in name) and (
        mention_kind(" ".join(name), "") == "person"
    )


def _without_glued_descriptor(toks: list[str]) -> tuple[list[str], str | None] | None:
    """A full name without the capitalised description a sentence opened with and ran into it
    ("Defiant Matt Williams" -> Matt Williams, "Goalscorer Jimmy Floyd Hasselbaink" -> Jimmy
    Floyd Hasselbaink, role "Goalscorer"; "Angels GM Tony Reagins" -> Tony Reagins, role
    "Angels GM"): the journalist queries the name, and a stray word loses it. None when no
    listed describing word stands right before two or three words of a person's name."""
    for start in range(len(toks) - 2, 0, -1):
        name = toks[start:]
        if len(name) > 3:
            break
        kind = _glued_descriptor(toks[start - 1], toks[start - 2] if start >= 2 else "")
        if kind is None:
            continue
        lead = toks[:start]
        if not all(t[:1].isupper() for t in lead) or lead[0].lower() in words("determiners"):
            return None  # "The Indonesian Economics Minister": a phrase, read by the other rules
        if not _a_persons_full_name(name):
            return None
        if kind == "origin" and _first_name_sex(" ".join(name)) is None:
            return None  # "British Retail Consortium": a body of that country as often
        if kind == "manner" and start == 1:
            return name, None
        return name, " ".join(lead)
    return None


# an office named by what it is of: "Secretary of State", "Chancellor of the Exchequer"
_OFFICE_OF = frozenset(
    ["secretary", "minister", "chancellor", "commissioner", "director", "governor", "chairman",
     "chairwoman", "chair", "head", "president"]
)  # fmt: skip


_OFFICE_OF_WORDS = compile_on_use(r"\b(?:" + "|".join(_OFFICE_OF) + r")\s+of\s", re.IGNORECASE)


def _office_of_then_name(toks: list[str]) -> tuple[str, str] | None:
    """ "Secretary of State John Kerry" -> ("John Kerry", "Secretary of State"), "UK Chancellor
    of the Exchequer Gordon Brown", "Florida's Secretary of State Ken Detzner": the name is the
    last two words (three with a middle initial), the department the capitalised words between
    "of" and it; None when the words are not so."""
    if "of" not in toks:
        return None  # the cheap test first: one scan in C
    of = next(
        (i for i in range(1, len(toks)) if toks[i] == "of" and toks[i - 1].lower() in _OFFICE_OF),
        None,
    )
    if of is None or not toks[of - 1][:1].isupper():
        return None
    size = 3 if len(toks) >= 3 and _MIDDLE_INITIAL.fullmatch(toks[-2]) else 2
    department = toks[of + 1 : len(toks) - size]
    if department[:1] == ["the"]:
        department = department[1:]
    name = toks[len(toks) - size :]
    if not department or not all(t[:1].isupper() or t == "and" for t in department):
        return None
    if not _looks_like_person(name) or any(t.lower() in _not_in_names() for t in name):
        return None
    return " ".join(name), " ".join(toks[: len(toks) - size])


def _opens_a_name(rest: list[str]) -> bool:
    """Whether the words after a title start a name: a capital, or a surname's particle and a
    capital ("President da Silva", "Mr van der Berg")."""
    first = 0
    while first < len(rest) - 1 and rest[first] in SURNAME_PARTICLES:
        first += 1
    return rest[first][:1].isupper()


def _party_before_name(rest: list[str]) -> bool:
    """Whether the words after a party are a person's full name ("Tory | David
    Heathcoat-Amory", "Conservative | Graham Brady"), so the party is a role before it; not a
    body's name ("Conservative | Party Co-Chairman")."""
    return (
        len(rest) in (2, 3)
        and all(_NAME_TOKEN.fullmatch(t) for t in rest)  # "Heathcoat-Amory" too
        and not any(t.lower() in _not_in_names() for t in rest)
    )


def _describes_body(description: list[str]) -> bool:
    """Whether words before a name say what organisation or medium it is ("anti-virus firm",
    "the Israeli newspaper"): a body noun at the end and no preposition before it, which would
    make the body someone's employer ("a spokesman for committee Democrats")."""
    return description[-1].lower() in _body_nouns() and not any(
        word.lower() in _NOT_BEFORE_NAME for word in description[1:]
    )


_ITS_TAIL = compile_on_use(_ITS_AFTER_NAME)
# the capitalised word right after a name, and a second one ("Baikal Finance Group")
_NEXT_CAPITALISED = compile_on_use(r"\s([A-Z][\w&-]*\.?)(?:\s([A-Z][\w&-]*\.?))?")
_SAID_IT_TAIL = compile_on_use(_SAID_IT_AFTER_NAME)


# words after which a clause's subject comes (SpeakerResolver._called_it)
_CLAUSE_LINKS = frozenset(
    ["that", "but", "while", "although", "though", "because", "when", "if", "yet"]
)


def _opens_sentence(masked: str, at: int) -> bool:
    """Whether a sentence opens at `at`: the text's start, a new line, or a space after a
    sentence's end or a quotation (blanked to \x01), so a capital there may be the opener's."""
    if at == 0 or masked[at - 1] == "\n":
        return True
    return at >= 2 and masked[at - 1].isspace() and masked[at - 2] in ".!?\n\x01"


def _opens_clause(masked: str, at: int) -> bool:
    """Whether a clause opens at `at`, as `_CLAUSE_OPENING` (multiline) says."""
    if at == 0 or masked[at - 1] == "\n":
        return True
    if at >= 2 and masked[at - 1].isspace() and masked[at - 2] in ".!?:;,\n":
        return True
    if at < 2 or not masked[at - 1].isspace():
        return False
    # after a word that opens a clause: "that Sony said", "But Sony said", "While Microsoft
    # claims that it"
    word_start = at - 1
    while word_start > 0 and masked[word_start - 1].isalpha():
        word_start -= 1
    return masked[word_start : at - 1].lower() in _CLAUSE_LINKS and (
        word_start == 0 or not _is_word(masked[word_start - 1])
    )


def _after_clause_opening_name(
    masked: str, name: str, tail: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches of `tail` right after `name` where the name opens a clause, left to right
    and not overlapping: what one regex of the name and the tail finds, without compiling a
    regex for every name of every article (a third of a second over BBC)."""
    at = masked.find(name)
    while at >= 0:
        found = tail.match(masked, at + len(name)) if _opens_clause(masked, at) else None
        if found is not None:
            yield found
            at = masked.find(name, found.end())
        else:
            at = masked.find(name, at + 1)


_NOT_BEFORE_NAME = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "at",
        "and",
        "on",
        "in",
        "by",
        "from",
        "with",
        "to",
        "about",
        "after",
        "before",
        "during",
        # "One operative inside Trump Tower": a place, not the name of the one who speaks
        "inside",
        "outside",
        "within",
        "near",
        "across",
        "around",
        "among",
    ]
)


@cache
def _title_words() -> frozenset[str]:
    """Single-word titles, lower case ("sen.", "gov.", "president", "minister")."""
    return frozenset(t.lower() for t in _titles() if " " not in t)


# whom the speaker works or speaks for, named before any role: "Kyle Cooper, at Citigroup
# Global Markets", "Mark Oaten, for the Liberal Democrats", "Anne Borthwick, of Campaign for
# Borders Rail", "Richard Doherty, from Panasonic's Hollywood Laboratories"
_AFFILIATION_PREPOSITIONS = ("at", "for", "of", "from", "with")
_AFFILIATION_FIRST = compile_on_use(
    rf"(?:{'|'.join(_AFFILIATION_PREPOSITIONS)})\s+(?:the\s+)?(?=[A-Z])"
)
# words that open an aside about the moment, not a description of the speaker; a preposition
# before a capital is an affiliation (above), before a lower-case word a circumstance ("at a
# news conference in Washington", "at loggerheads with studios", "with a smile")
_ASIDE_OPENERS = frozenset(
    ["in", "on", "during", "after", "before", "while", "when", "for", "shortly", "however",
     "though", "too", "also", "meanwhile", "earlier", "later", "who", "whose",
     "which", "that", "speaking", "at", "with", "from", "of", "such", "like", "including"]
)  # fmt: skip
# a second aside after the first: "from Panasonic's Hollywood Laboratories, one of the pioneers
# of Blu-ray", "chief executive of SK Telecom, also": only the first describes the speaker's
# post; a comma before a capital stays ("Acme, Inc.", "Washington, D.C.")
_SECOND_ASIDE = compile_on_use(
    r",\s+(?:one|some|two|three|several|also|too|now|then|himself|herself|both|formerly"
    r"|previously|a|an|the|and|who|whose|which|where|whom)\b"
)


# a participle clause after the post, which tells what was done to or by someone, no role or
# employer: "a position shared by Film 2005 presenter Jonathan Ross", "led by new chief
# executive Gerry Spindler", "a researcher at Futurelab charged with testing the game"
_ONE_OF_THEM = compile_on_use(r"(?:one|some|two|three|several)\s+of\s", re.IGNORECASE)
_PARTICIPLE_CLAUSE = compile_on_use(
    r"(?:^|\s)(?:[a-z]+ed|led|known|held|run|won)\s+(?:by|with|after)\s"
)


# an article opening a description ("a doctor", "the head of")
_ARTICLE_OPENING = compile_on_use(r"^(?:a|an|the)\s+", re.IGNORECASE)


def _without_participle_clause(text: str) -> str | None:
    """The post before a participle clause, or None when what is left names no post ("a
    position shared by ...": "position" is no role; "named after Abraham Lincoln": nothing)."""
    found = _PARTICIPLE_CLAUSE.search(text)
    if found is None:
        return text
    post = text[: found.start()].strip(" ,")
    described = _ARTICLE_OPENING.sub("", post)
    if not described or not (
        _AFFILIATION_FIRST.match(described)
        or _ONE_OF_THEM.match(described)  # "one of the game developers sacked by Argonaut"
        or _office_head(described) in words("role_nouns") | _title_words()
    ):
        return None
    return post


# where a relative clause opens
_RELATIVE_CLAUSE = compile_on_use(r"\s+(?:who|whose|which|that)\s")


# a digit first
_DIGIT_OPENING = compile_on_use(r"^\d")


# "at" naming an employer ("head of strategy at Bank of America")
_AT = compile_on_use(r"\s+at\s+")


# "the" opening an organisation's name, in any case
_THE_ANY_CASE = compile_on_use(r"^(?:the)\s+", re.IGNORECASE)


# "at" or "at the" before an employer
_AT_THE = compile_on_use(r"\s+at\s+(?:the\s+)?")


def describes_a_person(aside: str) -> bool:
    """Whether an aside after a name says what one person is ("research director of
    communications analysis company TeleGeography", "head of Brisbane-based game developer
    Krome Studios", "the company's chief executive"): its role's head is a word for a person,
    and not a plural ("industry sources") or a thing ("the succession of problems")."""
    role, _ = parse_appositive(aside)
    if role is None:
        return False
    head = _office_head(role)
    return head in _person_nouns() and not people_plural(head)


def parse_appositive(appositive: str) -> tuple[str | None, str | None]:
    """(role, organisation) from "a doctor at X" or "National Security Council Coordinator ..."."""
    role, organization = _parse_appositive(appositive)
    return role, (_body_name_after_descriptor(organization) if organization else organization)


# lower-case words that describe a body before its name ("security firm Sophos", "chip giant
# Intel", "gadget magazine Stuff"), then the name: a capital, or a lower-case word with one
# inside it ("eBay", "iDefense")
_DESCRIPTOR_THEN_NAME = compile_on_use(
    r"(?P<descriptor>(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][a-z-]*))\s+"
    r"(?P<name>(?:[A-Z0-9]|[a-z]+[A-Z])\S*(?:\s+\S+)*)"
)
# what a body is called before its name besides the words for bodies and media: "chip giant
# Intel", "net provider Pipex", "analyst Gartner", "fansite Halo.Bungie.Org"
_BODY_DESCRIBERS = frozenset(
    [
        "giant", "giants", "provider", "vendor", "site", "fansite", "weekly", "forecaster",
        "tracker", "body", "maker", "analyst", "analysts", "broker", "brokers", "organisers",
        "organizers", "consultancy", "publisher", "developer", "specialist", "specialists",
        "promoter", "promoters", "firms", "companies", "groups",
    ]
)  # fmt: skip


def _body_name_after_descriptor(organization: str) -> str:
    """ "security firm Sophos" -> "Sophos", "trade magazine Screen International" -> "Screen
    International": the lower-case words before a body's name say what kind of body it is, no
    part of its name. A person's descriptor before a name ("activist Malcolm X") is left."""
    found = _DESCRIPTOR_THEN_NAME.fullmatch(organization)
    if found is None:
        return organization
    head = found.group("head")
    if head not in _body_nouns() and head not in _BODY_DESCRIBERS:
        return organization
    if any(
        t in words("determiners") or t in _LINKING_PREPOSITIONS
        for t in found.group("descriptor").split()
    ):
        return organization  # "consumer the arm of BT": no descriptor, a phrase
    return found.group("name")


def _parse_appositive(appositive: str) -> tuple[str | None, str | None]:
    text = appositive.strip().strip(",")
    text = _RELATIVE_CLAUSE.split(text, maxsplit=1)[0]  # drop a relative clause
    text = _without_participle_clause(text) or ""
    text = text.strip(" ,")  # "meanwhile, who sits at zero such endorsements": "meanwhile"
    second = _SECOND_ASIDE.search(text, 1)
    if second is not None:
        text = text[: second.start()]
    if not text or _DIGIT_OPENING.match(text) or _a_state(text):
        return None, None  # "Tom Emanuel of Laconia, N.H., said": where he lives, no post
    first = text.split()[0].lower()
    if _ONE_OF_THEM.match(text):
        return text, None  # "one of Ms Clarkson's lawyers": the whole is the role, "one" none
    body = _AFFILIATION_FIRST.match(text)
    if body is not None:
        # "Kyle Cooper, at Citigroup Global Markets, said" (not "for example"); "Charles
        # MacIntyre, from England" names where he is from, no employer
        organization = _drop_place(text[body.end() :])
        if _a_place(organization):
            return None, None
        return None, organization or None
    if first in _AFFILIATION_PREPOSITIONS:
        named = _named_at_end(text)
        if named is not None:
            return None, named  # "from the controversial group Fathers 4 Justice"
    doing = first.endswith("ing") and not any(
        word.lower() in words("role_nouns") for word in text.split()[1:3]
    )  # not "managing director", "acting chairman"
    done = _DONE_WHEN.match(text) is not None
    if doing or done or first in _ASIDE_OPENERS:
        # "Foxx, accepting his award in Los Angeles on Saturday, said", "Smith, in a statement,
        # said", "The Bank's latest inflation report, released last week,": what the speaker
        # was doing or where, or when it came out, no role
        return None, None
    if first in ("a", "an", "the") or text[:1].islower():
        body = _ARTICLE_OPENING.sub("", text)
        # "head of currency strategy at Bank of America": "at" names the employer first
        split = _AT.search(body) or _PREPOSITION_SPLIT.search(body)
        if split and split.group().strip() == "of":
            # "director of security for nCircle", "director of worldwide commercial marketing
            # for AMD": a field in lower case is part of the post, the employer comes after
            field = _FIELD_THEN_EMPLOYER.match(body, split.end())
            if field is not None:
                split = _PREPOSITION_SPLIT.search(body, field.end() - 1)
        if split:
            org = _THE_ANY_CASE.sub("", body[split.end() :])
            if _no_body(org):
                # "professor of economics", "mother of twins": no employer, and the field is
                # part of the post; "chief secretary to the Treasury in a statement": where
                # or when, no part of it
                kept_whole = split.group().strip() in ("of", "for", "with")
                return (body if kept_whole else body[: split.start()]), None
            return body[: split.start()], _drop_place(org) or None
        return body, None
    at = _AT_THE.search(text)
    if at:
        return text[: at.start()], _drop_place(text[at.end() :])
    return text, None


# a field of work in lower case, then a preposition and a capitalised employer
_FIELD_THEN_EMPLOYER = compile_on_use(
    r"(?:[a-z][\w-]*\s+){1,4}(?=(?:for|at|with)\s+(?:the\s+)?\w*[A-Z])"
)
# a past participle and when, where or by whom: "released last week", "published on Monday"
_DONE_WHEN = compile_on_use(
    r"[a-z]+ed\s+(?:by|on|in|at|last|this|earlier|yesterday|today|overnight)\b"
)
_LOWER_CASE_WORD = compile_on_use(r"[a-z]+(?:[-'’][a-z]+)*")


def _no_body(words_after: str) -> bool:
    """Whether the lower-case words after a post's "of" or "for" name a field or a kind of
    people ("director of public prosecutions", "professor of economics", "mother of twins")
    rather than a body that employs the speaker ("spokesman for the company", "a doctor at
    the hospital"): those stay in the role."""
    toks = words_after.split()
    if not toks or not all(_LOWER_CASE_WORD.fullmatch(t) for t in toks):
        return False  # "managing director of 3ami", "editor of gamesindustry.biz": names
    return toks[-1].strip(".,") not in _nameable_things()


# when or how the speaker spoke, after the employer: "HP Services in a written statement",
# "Tesco on Monday", "the company in an interview"
_CIRCUMSTANCE_AFTER = compile_on_use(
    rf"\s+(?:(?:in|during)\s+(?:a|an|his|her|its|their)\s+[\w -]+|on\s+{_WEEKDAY}"
    r"|(?:(?:until|since)\s+)?(?:last|this)\s+(?:week|month|year)|yesterday|today)$"
)


# a pronoun with a verb run on: "I'm", "he's", "they’ve"
_CONTRACTED_PRONOUN = compile_on_use(r"(\w+)['’](?:m|s|re|ve|ll|d)")


# a sentence adverb or a subordinator that opens the words before a verb, no part of a name:
# "Recently", "Locally", "Typically Microsoft", "Although Israel", "Absent"; the suffixes are
# an adverb's (a name like Kelly, Emily, Beverly or Wally has none of them, or is shorter)
_OPENING_ADVERB = compile_on_use(
    r"(?:[A-Z][a-z]+(?:ally|ently|antly|ously|ively|edly|ingly|ately|arly|ully)"
    r"|Although|Though|While|Whilst|Because|Absent|Despite|Unlike|Whereas)(?:\s+|$)"
)
# a participle and the lower-case words after it: "Watching the PBS", "Rallying hundreds of"
_OPENING_PARTICIPLE_PHRASE = compile_on_use(r"[A-Z][a-z]{3,}ing\s+[a-z]")


def _without_opening_adverb(name: str) -> str:
    """The name, or "" when it opens with an adverb, a subordinator or a participle phrase
    ("Recently", "Typically Microsoft", "Watching the PBS"): the words were read from where a
    clause begins, and what follows the adverb may be no person either ("Although Israel")."""
    if _OPENING_PARTICIPLE_PHRASE.match(name) or _opens_with_adverb(name):
        return ""
    return name


def _opens_with_adverb(words: str) -> bool:
    adverb = _OPENING_ADVERB.match(words)
    return adverb is not None and len(adverb.group().strip()) >= 6


# a second post after the employer's name: "Fish and Wildlife Service and a vice president
# of Defenders of Wildlife", "Defenders of Wildlife and former director of ..."; an "and"
# before a capital stays in a body's name ("Fish and Wildlife Service"), and one between
# lower-case words in its description ("a building and construction trades council")
_SECOND_POST = compile_on_use(r"(?:^|\s)[A-Z][\w.’'-]*(\s+and\s+)(?=[a-z])")


# a place after an organisation ("... in London")
_IN_PLACE_AT_END = compile_on_use(r"\s+in\s+[A-Z][\w .,-]*$")


def _drop_place(organization: str) -> str:
    """ "Bank of America in New York" -> "Bank of America": the office's city is not the
    employer, nor is when or how the speaker spoke ("HP Services in a written statement")."""
    second = _SECOND_POST.search(organization)
    if second is not None:
        organization = organization[: second.start(1)]
    organization = _CIRCUMSTANCE_AFTER.sub("", organization)
    return _IN_PLACE_AT_END.sub("", organization).strip()


# after a title: its dot, then one to three capitalised words ("Mr. Donald J. Trump")
# the name after a title: up to three capitalised words, of which only initials ("J.",
# "J.R.") carry a full stop; a word ending in one closes a sentence ("said Mr Fogg. Apple
# expects": Apple is no Mr Fogg's first or middle name)
_NAME_AFTER_TITLE = compile_on_use(
    r"\.?\s+((?:(?:[A-Z]\.)+\s*|[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)"
)


@cache
def _gendered_titles() -> tuple[tuple[str, str], ...]:
    """(word, "m"|"f") for the gender lexicons' titles and nouns, pronouns left out."""
    pronouns = pronoun_classes()
    return tuple(
        (word, gender)
        for gender, lexicon in (("m", "male_words"), ("f", "female_words"))
        for word in sorted(words(lexicon))
        if word not in pronouns
    )


def _gender_of(word: str) -> set[str]:
    """{"m"} or {"f"} for a word that says a person is a man or a woman, else empty."""
    lowered = word.lower().rstrip(".")
    return ({"m"} if lowered in words("male_words") else set()) | (
        {"f"} if lowered in words("female_words") else set()
    )


def _first_name_sex(name: str) -> str | None:
    """ "m" or "f" when a person's name of two words or more opens with a first name that is
    a man's or a woman's in nearly all English-language news ("Mary Barra"), else None. Only
    to block a pronoun of the other sex (see `SpeakerResolver._agrees`), never to give one:
    one word alone may be a surname ("Paul" for Rand Paul)."""
    toks = name.split()
    if len(toks) < 2:
        return None
    first = toks[0].lower()
    if first in words("first_names_male"):
        return "m"
    return "f" if first in words("first_names_female") else None


_OF_AFFILIATION = compile_on_use(r",?\s+(?:of|for|at|with|from)\s+(?:the\s+)?(?=[A-Z])")


def _split_affiliation(
    name: str, titled: bool = False, addressed: bool = False
) -> tuple[str, str | None]:
    """ "Stacey Plaskett of the Virgin Islands" -> ("Stacey Plaskett", "Virgin Islands"), "Cameron
    Easley for Morning Consult": a person's name followed by where they are from or work, which
    is no part of the name. An organisation's own "of" stays ("Bank of America")."""
    found = _OF_AFFILIATION.search(name)
    if found is None:
        return name, None
    person = name[: found.start()]
    toks = _tokens(person)
    # a titled lone surname before "at" or "from" ("Mr Hirsch from Retail Banking Research");
    # not "figures from the Bank", and "of" and "for" join bodies' names ("Friends of the Earth")
    # and one addressed as Mr or Ms before "of" ("Mr Brul of BNP Paribas"); a peer's "of" is
    # his title ("Lord Nicholls of Birkenhead")
    linking = found.group().split()[0]
    lone = len(toks) == 1 and (
        (titled and linking in ("at", "from")) or (addressed and linking == "of")
    )
    if not (lone or _looks_like_person(toks)) or any(
        t.lower() in _not_in_names()
        or t.lower() in words("determiners")
        or t.lower().rstrip(".") in bare_titles()
        for t in toks
    ):
        return name, None
    return person, name[found.end() :]


def _without_place_after(name: str) -> str:
    """ "The BBC's Zubair Ahmed in Mumbai" -> "The BBC's Zubair Ahmed", "Andrew Smith in
    Derby" -> "Andrew Smith": where a person reports or lives from is no word of their name.
    Only after a person's full name, so a body's "in" stays ("Research in Motion"), as do a
    first name alone and a group ("Andrew in Derby", "Jurors in Virginia")."""
    if " in " not in name:
        return name  # the cheap test first
    place = _IN_PLACE_AT_END.search(name)
    if place is None:
        return name
    person = name[: place.start()]
    owner, owned = _possessor_and_name(person)
    toks = _tokens(owned if owner is not None else person)
    if not _looks_like_person(toks) or any(
        t.lower() in _not_in_names()
        or t.lower() in words("determiners")
        or t.lower().rstrip(".") in bare_titles()
        for t in toks
    ):
        return name
    return person


# "the" before a body's name
_THE_BEFORE_NAME = compile_on_use(r"^[Tt]he\s+")


def _canonical(surface: str, kind: SpeakerKind) -> str:
    name = _PAREN.sub("", surface).strip(" ,")
    if kind in ("organization", "media") and not _EACH_WITH_THE.fullmatch(name):
        # "the Tax Policy Center" is "Tax Policy Center"; "The Tories and the Lib Dems" keep
        # the first "the", as the second keeps its own
        name = _THE_BEFORE_NAME.sub("", name)
    return name


_CONJOINED = compile_on_use(r"\s(?:and|&)\s")
# names of bodies listed each with its own "the", and nothing lower-case but "the" and "and":
# "The Tories and the Lib Dems" (not "The United Nations' Economic Commission for Latin
# America and the Caribbean", one body)
_EACH_WITH_THE = compile_on_use(
    r"[Tt]he\s+[A-Z][^\s]*(?:\s+[A-Z][^\s]*)*(?:\s+(?:and|&)\s+the\s+[A-Z][^\s]*"
    r"(?:\s+[A-Z][^\s]*)*)+"
)


def _names_two(mention: str) -> bool:
    """ "Motorola and Apple", "Clinton and the State Department": the last word names one of
    two, so a later "Apple" is not the pair; "Finance and Economy Ministry" is one body."""
    if not _CONJOINED.search(mention):
        return False
    toks = _tokens(mention)
    return bool(toks) and toks[-1].lower() not in words("organization_nouns")


def _two_people(name: str) -> bool:
    """ "Jeb Bush and Chris Christie": names on both sides of "and"; not "the Florida senator
    and Republican presidential candidate", one person with two roles."""
    parts = _CONJOINED.split(name)
    return len(parts) > 1 and all(
        part.split()[-1:] and part.split()[-1][:1].isupper() for part in parts
    )


# words that make an office another one than the bare role: the deputy is not the minister
_OTHER_OFFICE = frozenset(["deputy", "vice", "shadow", "former", "assistant", "junior", "acting"])


def _same_office(words_said: list[str], earlier: Speaker, lead: str = "") -> bool:
    """Whether "the prime minister" may be the speaker introduced with `earlier`'s role: every
    word of the description is in the role (or the mention), and the role, or the `lead` words
    written just before the mention, has no word that makes it another office ("Deputy Prime
    Minister Mr Prescott" is not "the prime minister", nor "Tory shadow | chancellor Oliver
    Letwin" "the chancellor")."""
    known = {
        t.lower()
        for t in _tokens(f"{earlier.role or ''} {earlier.mention or ''} {earlier.name} {lead}")
    }
    said = {w.lower() for w in words_said} - words("determiners")
    return said <= known and not (_OTHER_OFFICE & (known - said))


def _spelt_out(toks: list[str]) -> list[str]:
    """A description's words with an abbreviated office spelt out: "The PM" -> "The prime
    minister", which may then stand for the prime minister named before."""
    offices = role_abbreviations()
    return [word for tok in toks for word in offices.get(tok.lower(), tok).split()]


def _shortest(names: set[str]) -> set[str]:
    """Full names without those that only add words before another ("The Notorious Bettie
    Page" is "Bettie Page"): one person, however a headline runs words into the name."""
    return {
        name
        for name in names
        if not any(other != name and name.endswith(" " + other) for other in names)
    }


def _many_before_one_name(role: str, name: str) -> bool:
    """Whether a role ending in a lower-case plural noun for people stands right before one
    name that opens with no first name ("analysts Jupiter Research", "Telecom analysts Ovum"):
    the name is their firm's; not two people ("senators John McCain and Lindsey Graham"), nor
    one ("fellow Democrats Ed Markey", "Chief of Detectives Bill Smith", "Arsenal boss")."""
    head = role.split()[-1]
    if (
        not head.islower()
        or head.endswith("ss")
        or " of " in role
        or (head not in _plural_role_nouns() and head not in words("group_nouns"))
    ):
        return False
    toks = name.split()
    first = toks[0].lower() if toks else ""
    return (
        bool(toks)
        and not any(t.lower() in ("and", "&") or t.endswith(",") for t in toks)
        and first not in words("first_names_male")
        and first not in words("first_names_female")
    )


def _body_kind(noun: str) -> SpeakerKind:
    """ "media" for a medium's noun ("the newspaper", "the report"), else "organization"."""
    return "media" if noun in words("media_nouns") else "organization"


def _other_kind(noun: str, earlier: Speaker) -> bool:
    """Whether "the <noun>" cannot stand for `earlier` by its kind: only a noun that names a
    person ("the minister", "the actor"; not "the police") stands for a person, and such a
    noun never for an organisation or a medium."""
    names_a_person = (noun in _person_nouns() or noun in _title_words()) and (
        noun not in _body_nouns()
    )
    if earlier.kind == "person":
        return not names_a_person
    return names_a_person and earlier.kind in ("organization", "media")


def _surname(name: str) -> str:
    toks = _token_tuple(name)
    return toks[-1] if toks else name


_SURNAME_RUN = compile_on_use(r"[\w.’'&-]+")  # the characters a surname token is made of
# how much text _two_names_run reads by scans (each the whole text) before it indexes the
# words: a few scans of a short article cost less than the index, of a long one far more
_RUN_SCAN_CHARS = 40_000


@cache
def _ascii_twin(char: str) -> str | None:
    """The ASCII letter a non-ASCII character matches case-insensitively ('ſ' -> 's'), if any.

    Lets a word be looked up among ASCII surnames by its lower case with the same result as a
    case-insensitive regex, which is what decides whether a surname occurs.
    """
    for letter in string.ascii_lowercase:
        if re.fullmatch(letter, char, re.IGNORECASE):
            return letter
    return None


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what a regex \b tells apart


def _word_keys(stretch: str, longest: int) -> set[str]:
    """Every lower-cased substring of `stretch` that a regex `\bSURNAME\b` could match.

    One pass over the stretch instead of one regex per known surname, so a pronoun costs the
    same however many people a long article names.
    """
    keys: set[str] = set()
    for run in _SURNAME_RUN.finditer(stretch):
        word = run.group()
        if word.isascii() and word.isalnum():  # one plain word: the word itself is the only key
            if len(word) <= longest:
                keys.add(word.lower())
            continue
        edges = [
            k
            for k in range(len(word) + 1)
            if (k > 0 and _is_word(word[k - 1])) != (k < len(word) and _is_word(word[k]))
        ]
        for a, left in enumerate(edges):
            for right in edges[a + 1 :]:
                if right - left > longest:
                    break
                piece = word[left:right]
                if not piece.isascii():
                    twins = [c if c.isascii() else _ascii_twin(c) for c in piece]
                    if None in twins:
                        continue
                    piece = "".join(twins)  # type: ignore[arg-type]
                keys.add(piece.lower())
    return keys


# a party member's aside after a name: "Republican of Arizona", "Democrat from New York"
_PARTY_AND_PLACE = compile_on_use(
    r"(?:Republican|Democrat|Independent)\s+(?:of|from)\s+[A-Z][\w.’' -]*"
)


@dataclass(slots=True)
class SpeakerResolver:
    """In-article coreference state: full names seen so far and the speakers already quoted."""

    masked: str = ""
    history: list[Speaker] = field(default_factory=list)
    _full_names: dict[str, set[str]] | None = None
    _unfiled: list[str] = field(default_factory=list)  # registered before the index was built
    # surnames split by how they are searched: ASCII ones by lookup, others by their own regex
    _ascii_surnames: set[str] = field(default_factory=set)
    _longest_surname: int = 0
    _other_surnames: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # the latest history entry by surname (persons), by name, and by head or role word
    _indexed: int = 0
    _person_by_surname: dict[str, Speaker] = field(default_factory=dict)  # lower-case keys
    _longest_quoted: int = 0  # the longest of those keys
    _by_name: dict[str, Speaker] = field(default_factory=dict)
    _by_head: dict[str, Speaker] = field(default_factory=dict)
    _genders: dict[str, str | None] = field(default_factory=dict)  # by name: "m", "f" or None
    _titles_index: dict[str, list[tuple[str, str | None]]] | None = None
    _its_names: dict[str, bool] = field(default_factory=dict)  # by name: _called_it
    _own_words: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # note_words
    _company_names: dict[str, bool] = field(default_factory=dict)  # _has_what_companies_have
    _person_names: dict[str, str | None] = field(default_factory=dict)  # _person_named
    _starts_by_token: dict[str, list[int]] | None = None  # see _token_starts
    _scanned: int = 0  # how much text _two_names_run read by scans, before the index
    # where the history's entries that no pronoun stands for start (`not_an_antecedent`)
    _not_antecedents: set[int] = field(default_factory=set)

    @classmethod
    def for_document(cls, masked: str) -> SpeakerResolver:
        """A resolver for one article; `masked` is its text with quotations blanked."""
        return cls(masked=masked)

    @property
    def full_names(self) -> dict[str, set[str]]:
        """Surname -> full person names (two to four capitalised words) in the frame text, an
        office written before them left out ("Italian Prime Minister Silvio Berlusconi").

        Built on first use: most articles never need a surname looked up.
        """
        if self._full_names is None:
            self._full_names = {}
            skip = _not_in_names()
            titles = bare_titles()
            roles = words("role_nouns")
            dets = words("determiners")
            nationalities = demonyms()
            not_before = _not_before_name()
            for match in _NAME_SEQUENCE.finditer(self.masked):
                toks = match.group().split()
                # "Prosecuting Attorney Jacob Howell", "On Thursday Intel": the name is after
                while toks:
                    first = toks[0].lower()
                    if not (
                        first in skip
                        or first.rstrip(".") in titles
                        or first in roles
                        or first in dets  # "Both Boeing and Airbus": Boeing, no "Both Boeing"
                        or first in nationalities  # "American Serena Williams"
                        or first.endswith(("'s", "’s"))  # "England's Josh Lewsey"
                        or first in PREPOSITIONS  # "Outside Carrier's plant"
                        or _opens_with_adverb(toks[0])  # "Typically Microsoft"
                        or _WEEKDAY_WORD.fullmatch(toks[0])
                        or _MONTH_NO_NAME.fullmatch(toks[0])  # "Until December Microsoft"
                    ):
                        break
                    toks = toks[1:]
                toks = _after_office(toks)
                glued = _without_glued_descriptor(toks)
                if glued is not None:
                    toks = glued[0]  # "Teenager Sania Mirza": a later "Mirza" is Sania Mirza
                # "Deputy High Court Judge Richard Mawrey", "British-born Australian Hew
                # Griffiths": the name is after the last word of the office or origin
                # ("Public Defender Peter Lynch"), or a headline's link ("Message About Latinos")
                for i in range(len(toks) - 1, -1, -1):
                    lowered = toks[i].lower()
                    if i == len(toks) - 1 and i > 0 and lowered in nationalities:
                        continue  # "Mark Cuban", "Bill English": an origin is no last word
                    if lowered.rstrip(".") in not_before or lowered.endswith("-born"):
                        toks = toks[i + 1 :]
                        break
                if len(toks) >= 3 and _OF_THE_BEFORE.search(
                    self.masked, max(0, match.start() - 8), match.start()
                ):
                    toks = toks[1:]  # "Chancellor of the Exchequer Gordon Brown": the office's end
                inner = next((i for i, t in enumerate(toks[:-1]) if t.endswith(("'s", "’s"))), None)
                if inner is not None:
                    toks = toks[inner + 1 :]  # "Deutsche Bank's Simon Champion": after the owner
                owner = bool(toks) and toks[-1].endswith(("'s", "’s"))
                if owner:
                    # "Hillary Clinton's campaign", "Bill Conti's job" name Hillary Clinton and
                    # Bill Conti, candidates for a later "Clinton" or "Conti" (filed under
                    # "clinton's", she was none, and "Clinton" went to Bill Clinton); not as one
                    # who stops a pronoun reaching back past it (owners are often teams and
                    # firms: "Manchester United's")
                    toks = [*toks[:-1], toks[-1][:-2]]
                if not 2 <= len(toks) <= 4 or any(t.lower() in skip for t in toks):
                    continue
                if len(toks) >= 3 and self._two_names_run(toks):
                    continue
                if _headline_words_before_a_company(toks):
                    continue
                if _a_country(toks) or _place_or_body(toks):
                    # "South Sudan", "the West End", "Manchester University": no person whose
                    # surname a later "Sudan", "End" or "University" is
                    continue
                self.register(" ".join(toks), stops_pronouns=not owner)
            for name in self._unfiled:  # the names resolved before anything looked one up
                self.register(name)
            self._unfiled.clear()
        return self._full_names

    def _named_after_another(self, prior: Speaker, candidates: set[str], mention: str) -> bool:
        """Whether the latest speaker of a surname was first named after another person of
        it: the article's main one of the name is usually named first, a relative or namesake
        after, in full each time, so a bare surname after both is no sure sign of the latter.
        Only when the latest opens with a first name ("Baroness Boothroyd" after "Betty
        Boothroyd" is her again), and not one of the other sex than the mention's "Mr." says."""
        if prior.name not in candidates or len(candidates) < 2:
            return False
        if not _opens_with_given_name(_tokens(prior.name)):
            return False  # "Insp Gaskin", "Intel's Waxman": no first name, no namesake
        first_named = self.masked.find(prior.name)
        if first_named <= 0:
            return False
        own = {t.lower() for t in _token_tuple(prior.name)}
        honorific = (mention.split()[:1] or [""])[0].lower().rstrip(".")
        sex = "m" if honorific == "mr" else "f" if honorific in ("mrs", "ms", "miss") else None
        return any(
            0 <= self.masked.find(other) < first_named
            and _another_first_name(_tokens(other), own)
            and _opens_with_given_name(_tokens(other))
            and (sex is None or _first_name_sex(other) in (sex, None))
            for other in candidates - {prior.name}
        )

    def _two_names_run(self, toks: list[str]) -> bool:
        """Whether a run of capitalised words is two names written together, as a headline
        run into the text makes them ("Patch for Internet Explorer Microsoft has just
        released"): what comes before the last word also stands without it somewhere in the
        article; "Jamie Rappaport" never stands without "Clark"."""
        given = " ".join(toks[:-1])
        masked = self.masked
        with_last = " ".join(toks)
        if self._starts_by_token is None and self._scanned + len(masked) <= _RUN_SCAN_CHARS:
            # by str.find over the text while it is short and was read few times (most
            # articles ask once or twice, and indexing every word cost more than the scans)
            self._scanned += len(masked)
            if _SURNAME_RUN.fullmatch(toks[0]) is None:
                return False  # no word of the index is toks[0]
            at = masked.find(given)
            while at >= 0:
                # a word's start, as the index has it: nothing of a word just before
                if (at == 0 or _SURNAME_RUN.match(masked, at - 1) is None) and not (
                    masked.startswith(with_last, at)
                ):
                    return True
                at = masked.find(given, at + 1)
            return False
        return any(
            masked.startswith(given, at) and not masked.startswith(with_last, at)
            for at in self._token_starts().get(toks[0], ())
        )

    def _token_starts(self) -> dict[str, list[int]]:
        """Where each word of the article starts, by the word: built once, so that counting a
        name's occurrences costs its first word's occurrences, not a scan of the whole text
        per name (quadratic on a long article naming thousands of people)."""
        if self._starts_by_token is None:
            self._starts_by_token = {}
            for match in _SURNAME_RUN.finditer(self.masked):
                self._starts_by_token.setdefault(match.group(), []).append(match.start())
        return self._starts_by_token

    def register(self, name: str, stops_pronouns: bool = True) -> None:
        """File a full person name under its surname. Until `full_names` is first read the
        name is only noted: filing it would build the index from the whole text, and many
        articles name people in full but never look a surname up. `stops_pronouns`: whether
        the surname, named between a speaker and a pronoun, keeps the pronoun from that
        speaker (see `_other_person_between`)."""
        if self._full_names is None:
            self._unfiled.append(name)
            return
        if _names_two(name):
            return  # "Motorola and Apple": a later "Apple" is one of them, not the pair
        if not _written_as_a_name(name):
            return  # "The president of South Sudan" is no full name of a later "Sudan"
        toks = _token_tuple(name)
        if len(toks) >= 2:
            surname = toks[-1].lower()  # _surname(name)
            self._full_names.setdefault(surname, set()).add(name)
            if not stops_pronouns:
                return
            if surname.isascii():
                self._ascii_surnames.add(surname)
                if len(surname) > self._longest_surname:
                    self._longest_surname = len(surname)
            elif surname not in self._other_surnames:
                self._other_surnames[surname] = re.compile(
                    rf"\b{re.escape(surname)}\b", re.IGNORECASE
                )

    def _latest(self) -> None:
        """Bring the history indexes up to date: lookups of the latest match stay O(1)."""
        for speaker in self.history[self._indexed :]:
            self._by_name[speaker.name] = speaker
            if (
                speaker.kind == "person"
                and not _CONJOINED.search(speaker.name)
                and _written_as_a_name(speaker.name)
                and (speaker.mention or "").lower() not in pronoun_classes()
            ):
                # "Tim Shields and Wally Oppal" are two people: "Oppal" later is only one; "one
                # of the former prosecutors for David Petraeus" is no Petraeus; and "he", even
                # resolved, writes no surname: after "Bill Clinton ... He suggested", a bare
                # "Clinton" is still whichever Clinton was last named
                quoted = _surname(speaker.name).lower()
                self._person_by_surname[quoted] = speaker
                self._longest_quoted = max(self._longest_quoted, len(quoted))
            if speaker.kind != "unknown" and not _names_two(speaker.mention or ""):
                mention_toks = _token_tuple(speaker.mention) if speaker.mention else ()
                heads = {mention_toks[-1].lower()} if mention_toks else set()
                if speaker.kind == "media" and "of" in mention_toks and _head_word(speaker):
                    # "a recent review of Hillary Clinton's emails" is "the review" later, never
                    # "the emails": those are what it reviewed
                    heads = set()
                # and the head before a qualifier: "A spokesman for the Information
                # Commissioner's Office" is "the spokesman" later, "Bank of England" "the bank"
                if len(mention_toks) > 2:  # a qualifier takes "of" and a name at least
                    heads |= {_head_word(speaker)} - {""}
                # the role's head noun, not its modifiers: a "police commissioner" is not
                # "the police" later on
                role_head = _tokens(_ROLE_QUALIFIER.split(speaker.role or "", maxsplit=1)[0])[-1:]
                for key in heads | {word.lower() for word in role_head}:
                    self._by_head[key] = speaker
        self._indexed = len(self.history)

    def _office_holder(self, office: list[str], before: int) -> Speaker | None:
        """The one person the article names with exactly this office before `before`
        ("Tory leader Michael Howard ... The Tory leader said"), whether or not they spoke
        then; None when nobody or more than one is, or the office written had a word that
        makes it another ("Deputy Prime Minister John Prescott" is no "the prime minister")."""
        if not office:
            return None
        floor = max(0, before - _OFFICE_REACH)
        window = self.masked[floor:before].lower()
        short = title_abbreviations().get(office[-1].lower()) if len(office) > 1 else None
        if office[-1].lower() not in window and (short is None or short not in window):
            return None  # the cheap test first: the office's head word is nowhere before
        holders: dict[str, Speaker] = {}
        for found in _office_pattern(tuple(w.lower() for w in office)).finditer(
            self.masked, floor, before
        ):
            lead = self.masked[max(0, found.start() - 30) : found.start()].lower().split()[-2:]
            if _OTHER_OFFICE & set(lead):
                continue
            name = found.group("name")
            if len(name.split()) > 1 and not _looks_like_person(name.split()):
                continue
            role = self.masked[found.start() : found.start("name")].strip()
            if short is not None and role.lower().endswith(short):
                role = f"{role[: -len(short)]}{office[-1].lower()}"  # "Florida senator"
            holders.setdefault(_surname(name), Speaker(name, name, found.start("name"),
                                                       found.end("name"), "person", role))  # fmt: skip
        # "President Obama" and "World Bank president Jim Yong Kim": two presidents, no one;
        # a lone surname counts against another holder but is no full name to give
        if len(holders) != 1:
            return None
        held = next(iter(holders.values()))
        return held if len(held.name.split()) > 1 else None

    def _sole_person_named_before(self, before: int) -> Speaker | None:
        """The one person the article has named before `before`, for a description of their
        calling ("Singer George Michael has said ... The pop star said"), when that person has
        spoken; None when no one or more than one person is named, in full, by surname or as
        a speaker."""
        floor = max(0, before - _OFFICE_REACH)
        window = self.masked[floor:before]
        self._latest()
        quoted = self._person_by_surname
        if not self.full_names and not quoted:
            return None
        # every surname the article names in full counts, owners too ("Ted Cruz's campaign")
        known = self.full_names.keys() | quoted.keys()
        named = _word_keys(window, max(map(len, known))) & known
        if len(named) != 1:
            return None
        (surname,) = named
        # one who has spoken: a run of capitals may be no one ("Trump National Doral")
        return quoted.get(surname)

    def _sole_speaker_before(self, before: int) -> Speaker | None:
        """The one person who has spoken so far, for a description by state and party ("the
        Wisconsin Republican"), which news writes only of someone it has named; None when no
        one or more than one person has spoken, or the person was never named in full (a
        description of two speakers' party is either's)."""
        self._latest()
        people = {
            speaker.name
            for speaker in self.history
            if speaker.kind == "person" and speaker.start < before and len(speaker.name.split()) > 1
        }
        if len(people) != 1 or len(self._person_by_surname) != 1:
            return None
        (name,) = people
        return self._by_name.get(name)

    def _lead_subject(self, description: list[str], start: int) -> Speaker | None:
        """The person a description opening its sentence goes on about, by the news lead's
        convention: the sentence just before opens with that person's name, as its subject,
        and names no one else ("Lakshmi Mittal has told investors ... The Indian-born magnate
        did not say", "Bernie Sanders says ... The Vermont senator said"). None when the head
        noun is no office or calling a subject holds (lexicon lead_subject_roles), when the
        sentence before is passive (its subject had something done to it, often by the one
        described: "Snoop Dogg has been sued by a make-up artist. The woman said"), uses the
        head noun itself ("The actor's friend Budd Schulberg told ... The actor refused"), or
        when the article gave the office with another name before."""
        head = description[-1].lower() if description else ""
        if head not in words("lead_subject_roles"):
            return None
        previous = self._lead_sentence_before(start, head)
        if previous is None:
            return None
        sentence, at = previous
        opener = self._person_opening(sentence)
        pronoun = _PRONOUN_SUBJECT.match(sentence.lstrip())
        if opener is None and pronoun is not None and not _another_person_written(sentence, ""):
            # "Gordon Brown is to freeze petrol duty ... In an upbeat pre-Budget report, he
            # slightly increased borrowing ... The chancellor also hailed": a sentence whose
            # subject is "he" carries the lead's subject on to the next
            previous = self._lead_sentence_before(at, head)
            if previous is None:
                return None
            sentence, at = previous
            opener = self._person_opening(sentence)
            if opener is not None and not self._agrees(pronoun.group(1).lower(), opener):
                return None
        if opener is None and not self.masked[:at].strip():
            opener = self._person_closing_the_lead(sentence)
        if opener is None:
            return None
        surname = _surname(opener.name).lower()
        self._latest()
        known = self.full_names.keys() | self._person_by_surname.keys()
        paragraph = self.masked[self.masked.rfind("\n", 0, at) + 1 : start]
        if _word_keys(paragraph, max(map(len, known))) & known != {surname}:
            # "Michael Howard has launched an attack ... under Tony Blair"; and "Mr Blunkett
            # was joined by Tony Blair at Welling School. Mr Blunkett said ... The prime
            # minister said": anyone else named in the paragraph may be the one described
            return None
        if _another_person_written(paragraph, surname):
            return None  # "Gordon Brown has made an appeal after reports claimed Mr Blair"
        sex = _first_name_sex(opener.name)
        if (sex == "f" and head in words("male_words")) or (
            sex == "m" and head in words("female_words")
        ):
            return None
        if self._office_given_to_another(description, surname, at):
            return None
        role = opener.role
        if role is None or role.rstrip(".").lower() in _OFFICELESS_TITLES | _HONORIFICS:
            role = " ".join(description[1:])  # "Lord Butler ... The former cabinet secretary"
        return Speaker(opener.name, opener.mention, opener.start, opener.end, "person", role,
                       opener.organization)  # fmt: skip

    def _lead_sentence_before(self, start: int, head: str) -> tuple[str, int] | None:
        """The sentence before, as `_sentence_before` gives it, when it may be the lead whose
        subject a description with the head noun `head` goes on about: not passive, and not
        using the head noun itself."""
        previous = self._sentence_before(start)
        if previous is None or head in previous[0].lower() or _PASSIVE_VOICE.search(previous[0]):
            return None
        return previous

    def _sentence_before(self, start: int) -> tuple[str, int] | None:
        """The sentence just before the one `start` opens, and where it starts; None when
        `start` does not open its sentence (a description named in passing is no subject)."""
        floor = max(0, start - 1200)
        breaks = list(_SENTENCE_BREAK.finditer(self.masked, floor, start + 1))
        if not breaks or self.masked[breaks[-1].end() : start].strip(" \t\"“'‘"):
            return None
        if breaks[-1].group().strip() and "\n" not in self.masked[breaks[-1].start() : start]:
            opening = breaks[-1].start() + 1
        else:
            opening = breaks[-1].start()
        previous_start = breaks[-2].end() if len(breaks) > 1 else (0 if floor == 0 else None)
        if previous_start is None:
            return None
        if len(breaks) > 1 and self._abbreviation_ends(breaks[-2].start()):
            return None  # "face Trump or Sen. Ted Cruz (R-Texas).": no sentence opens at "Ted"
        return self.masked[previous_start:opening], previous_start

    def _person_closing_the_lead(self, sentence: str) -> Speaker | None:
        """The person an article's first sentence closes on as its source ("Hunting with dogs
        ... is enforceable, Alun Michael has said."): in a lead, who is quoted is who the
        article is about; not so further on, where one speaker's words are often answered by
        another's ("..., Mr Howard told the paper. The prime minister said")."""
        closing = _LEAD_SOURCE.search(sentence)
        if closing is None or closing.group("verb") not in reporting_verb_forms():
            return None
        return self._person_opening(closing.group("name"))

    def _abbreviation_ends(self, dot: int) -> bool:
        """Whether the full stop at `dot` closes a title or an initial ("Sen.", "Mr.", "J.",
        "U.S."), not a sentence."""
        word = self.masked[max(0, dot - 12) : dot + 1].split()[-1:]
        if not word:
            return False
        bare = word[0].rstrip(".").lower()
        return bare in bare_titles() or len(bare) == 1 or "." in bare

    def _person_opening(self, sentence: str) -> Speaker | None:
        """The person whose name opens a sentence as its subject, after at most a connective
        or words that describe them ("However, Lakshmi Mittal has told", "Rapper Eminem is to
        play", "Hollywood film star Liam Neeson has held"), known as a person: a speaker
        already, or one full name the article gives. None when anything else opens it."""
        found = _NAME_SEQUENCE.search(sentence)
        if found is None:
            return None
        before = sentence[: found.start()].split()
        if len(before) > 4 or not all(_describes_a_subject(word) for word in before):
            return None
        toks = found.group().split()
        while len(toks) > 1 and _a_describing_word(toks[0]):
            toks = toks[1:]  # "Democrat Bernie Sanders", "Film-maker Spike Lee"
        after = sentence[found.end() :].lstrip()
        if after[:1] in (",", "'", "’") or len(toks) > 4:
            return None  # "Mr Brown's aides", "Marco Rubio, ...": an owner or an aside
        surname = toks[-1].lower()
        self._latest()
        quoted = self._person_by_surname.get(surname)
        if quoted is not None and (len(toks) == 1 or quoted.name.endswith(" ".join(toks))):
            return quoted
        if len(toks) == 1 or (len(toks) == 2 and toks[0].rstrip(".").lower() in _HONORIFICS):
            candidates = _shortest(self.full_names.get(surname, set()))
            if len(candidates) != 1:
                return None
            name = next(iter(candidates))
        else:
            name = " ".join(toks)
            if name not in self.full_names.get(surname, set()) or not _looks_like_person(toks):
                return None
        return Speaker(name, name, 0, 0, "person")

    def _office_given_to_another(self, description: list[str], surname: str, before: int) -> bool:
        """Whether the article wrote the described office before a name other than `surname`
        ("Foreign Secretary Jack Straw" when the one the lead is about is Charles Clarke)."""
        office = tuple(w.lower() for w in description[1:])
        floor = max(0, before - _OFFICE_REACH)
        if not office or office[-1] not in self.masked[floor:before].lower():
            return False
        return any(
            _surname(found.group("name")).lower() != surname
            for found in _office_pattern(office).finditer(self.masked, floor, before)
        )

    def _lead(self, speaker: Speaker) -> str:
        """The two words written just before a speaker's mention, in its sentence: what the
        mention may have left out of the office ("Tory shadow" before "chancellor Oliver
        Letwin")."""
        before = self.masked[max(0, speaker.start - 40) : speaker.start]
        return " ".join(re.split(r"[.!?;:\n]", before)[-1].split()[-2:])

    def _other_person_between(self, target: Speaker, before: int, pronoun: str) -> bool:
        """Whether a person other than `target` whom `pronoun` could stand for is named between
        its mention and `before`: "Ms Gavron said Mr Livingstone's comments were wrong. She
        said" is still Ms Gavron, as the article calls him Mr."""
        own = {t.lower() for t in _token_tuple(target.name)}
        said = _gender_of(pronoun)
        skip = _not_in_names()
        stretch = self._outside_own_words(target, before)
        # the target's role words, less any surname in it: "an aide to Senator Ted Cruz" names
        # someone else
        role_words = {t.lower() for t in _token_tuple(target.role or "")} - self.full_names.keys()
        other_sex = self._other_sex_surnames(target, said)
        for match in _NAME_SEQUENCE.finditer(stretch):
            toks = [t for t in match.group().split() if t.lower() not in skip]
            if _names_the_role(toks, role_words) or (toks and toks[-1].lower() in other_sex):
                continue  # "John McCain, a Republican Senator, said": who he is, no one else
            # by the surname: "Tory Treasurer Lord Ashcroft" is someone else than "The Tory
            # co-chairman", "Donald Rumsfeld" than "Donald Trump"
            described = _a_person_word_after(stretch, match.end())  # "The Florida senator"
            if (
                len(toks) == 2
                and toks[0].lower() in words("determiners")
                and toks[1].lower() not in demonyms()
                and not described
            ):
                toks = toks[1:]  # "The Reds": a team, no one's name ("The Australian" may be)
            named_other = (
                len(toks) >= 2
                and (toks[-1].lower() not in own or _another_first_name(toks, own))
                and not _place_or_body(toks)
                and not _names_a_party(toks)
            )
            if (
                named_other
                and self._may_be(toks[-1].lower(), said)
                # "Belmarsh Prison", "Irish Lions": a body, a place or a team is no one a
                # "he" may be (the dearer test last, on the few runs left); but a title
                # inside names someone ("Sudan's President Omar al-Bashir"), and a noun for
                # a person after describes someone ("The Florida senator")
                and (
                    described
                    or any(t.lower() in _titles_and_roles() for t in toks[1:])
                    or not self._names_no_person(toks)
                )
            ):
                return True
        for match in _NAME_BEFORE_WHO.finditer(stretch):
            # a name of one word with a relative "who", a person's: a woman's or a man's first
            # name ("His wife Sharon, who also appears in the show, agreed"), or one opening its
            # sentence ("Meanwhile Rihanna, who was honored ..., spoke"); not "a nurse from
            # Brownsville, Texas, who", "the Senate Intelligence Committee, who", nor a word
            # the article also writes in lower case
            name = match.group(1).lower()
            if name in own or name in skip or _place_or_body([match.group(1)]):
                continue
            if (
                bounded_word_starts(self.masked, name)
                if re.escape(name) == name  # the pattern is the word as written
                else re.search(rf"\b{name}\b", self.masked)
            ):
                continue  # a common noun opening its sentence: "Candidates who think ..."
            lead = re.split(r"[.!?;\n]", stretch[: match.start()])[-1].split()
            opens = all(word.lower() in skip for word in lead[-1:]) and len(lead) <= 1
            if (_first_name_sex(f"{match.group(1)} _") in said or opens) and self._may_be(
                name, said
            ):
                return True
        if self._described_subject_between(target, stretch, said):
            return True
        self._latest()
        if not self.full_names and not self._person_by_surname:  # built on first use
            return False
        longest = max(self._longest_surname, self._longest_quoted)
        keys = _word_keys(stretch, longest) - own - other_sex if longest else set()
        # a person quoted before, by the surname, though the frame never names them in full
        # ("Trump's handling ..., he believes" after Jennifer Palmieri spoke)
        if any(
            self._may_be(surname, said) and self._agrees(pronoun, self._person_by_surname[surname])
            for surname in keys & self._person_by_surname.keys()
        ):
            return True
        if any(self._may_be(surname, said) for surname in keys & self._ascii_surnames):
            return True
        return any(
            surname not in own | other_sex
            and self._may_be(surname, said)
            and pattern.search(stretch)
            for surname, pattern in self._other_surnames.items()
        )

    def _other_sex_surnames(self, target: Speaker, said: set[str]) -> set[str]:
        """The surnames no "he" or "she" of sex `said` can stand for, every full name the
        article gives them opening with a first name of the other sex ("Swank ... paid tribute
        to ... Clint Eastwood. "You guided us ...," she said"): none of them is someone else
        the pronoun could mean. Only when the article or a first name shows `target` is of
        the pronoun's sex, so a first name never alone decides whom a pronoun stands for."""
        if not said or (self.gender(target) or _first_name_sex(target.name)) not in said:
            return set()
        own = {t.lower() for t in _token_tuple(target.name)}
        return {
            surname
            for surname, names in self.full_names.items()
            if surname not in own
            and names
            and all((_first_name_sex(name) or "") not in said | {""} for name in names)
        }

    def _described_subject_between(self, target: Speaker, stretch: str, said: set[str]) -> bool:
        """Whether a sentence in `stretch` opens with someone new described by role ("A
        spokesman for the Department for Culture said ... He added"), whom a later "he" is
        read to stand for as readily as for a name: not one of `target`'s own role words, and
        not one of the other gender."""
        own = {t.lower() for t in _tokens(f"{target.mention} {target.role or ''}")}
        for match in _DESCRIBED_SUBJECT.finditer(stretch):
            head = match.group("head").lower()
            if head in _person_nouns() and head not in own and _may_be_of(head, said):
                return True
        if target.name.split()[0].lower() not in words("determiners"):
            return False  # a named target
        # a target only described ("the man"): a man or a woman introduced since with "a" is
        # someone new, even with the target's own head word ("the man had posted ... (new
        # paragraph) the home of a 26-year-old Berlin man was raided ... he had posted")
        return any(
            _gender_of(match.group("head")) & said for match in _INDEFINITE_PERSON.finditer(stretch)
        )

    def note_words(self, speaker: Speaker, start: int, end: int) -> None:
        """Record a claim's content as `speaker`'s own words: a name inside them ("Mr Blair
        said Mr Brown would stay. He added ...") is one the speaker mentioned, not another
        person a later "he" may stand for."""
        if speaker.kind == "person":
            self._own_words.setdefault(speaker.name, []).append((start, end))

    def _outside_own_words(self, target: Speaker, before: int) -> str:
        """The text between `target`'s mention and `before`, with the target's own recorded
        words blanked out, and after the aside that names the target's organisation ("said Ian
        Fogg, Jupiter Research analyst": that is who he is, no one else named)."""
        start = target.end
        if target.organization:
            aside = self.masked.find(target.organization, start, min(before, start + 100))
            if aside >= 0:
                start = aside + len(target.organization)
        pieces = []
        for w_start, w_end in sorted(self._own_words.get(target.name, ())):
            if w_end <= start or w_start >= before:
                continue
            pieces.append(self.masked[start : max(start, w_start)])
            start = max(start, w_end)
        pieces.append(self.masked[start:before] if start < before else "")
        return " ; ".join(pieces)

    def _relative_before(self, before: int) -> int | None:
        """Where a relative clause ("..., who was", "..., which") opens in the sentence before
        `before`, or None when none does."""
        full_stop = self.masked.rfind(". ", 0, before)
        opened = [m.start() for m in _RELATIVE_OPENING.finditer(self.masked, full_stop + 1, before)]
        return opened[-1] if opened else None

    def _name_opening_the_clause(self, before: int) -> tuple[int, int] | None:
        """The person's name that opens the sentence and an aside before `before` ("Donna
        Sampson Rawlings, 59, of Ashton, Md., who watched ... said"), or None."""
        full_stop = self.masked.rfind(". ", 0, before - 4)
        sentence_start = max(
            full_stop + 2 if full_stop >= 0 else 0, self.masked.rfind("\n", 0, before) + 1
        )
        found = _NAME_BEFORE_ASIDE.match(self.masked, sentence_start, before)
        if found is None or not _looks_like_person(_tokens(found.group(1))):
            return None
        return found.start(1), found.end(1)

    def _name_before_role(self, surface: str, start: int) -> tuple[tuple[int, int], int] | None:
        """The span of a person's name that opens the clause right before a mention that is
        only a role ("Chris Panayis, managing director of ISP Freedom2surf said", "Mr Johnson,
        MP for Henley-on-Thames, said"), and where the role's words start; None otherwise."""
        toks = surface.split(maxsplit=2)
        # the cheap test first: an aside left open ends in a lower-case word right before
        inside = (
            start >= 2
            and self.masked[start - 2].islower()
            and _NAME_THEN_ROLE_AT.search(self.masked, max(0, start - 120), start)
        )
        if (
            inside
            and inside.group("role").lower() in words("role_nouns")
            and _opening_person(_tokens(inside.group(1)))
        ):
            # "Adam Thomas, an analyst at research firm Informa Media believes": the body is
            # where the analyst works, inside an aside left open; he is who speaks
            return (inside.start(1), inside.end(1)), inside.start(2)
        heading = self._name_heading_unclosed_aside(surface, start)
        if heading is not None:
            return heading
        office = _ROLE_QUALIFIER.split(surface, maxsplit=1)
        if (
            len(office) == 2
            and self.masked[max(0, start - 2) : start] == ", "
            and len(office[0].split()) >= 2
            and all(t[:1].isupper() for t in office[0].split())
            and office[0].split()[-1].lower() in words("role_nouns") | _title_words()
        ):
            # "Peter Guest, Assistant Chief Fire Officer at Surrey Fire and Rescue Service says":
            # an office in title case and where it is held, its aside left open, after a name
            found = _NAME_THEN_OPEN_ASIDE.search(self.masked, max(0, start - 100), start)
            if found is not None and _opening_person(_tokens(found.group(1))):
                return (found.start(1), found.end(1)), found.start(2)
        if len(toks) < 2 or (surface[:1].isupper() and toks[1] not in _LINKING_PREPOSITIONS):
            return None  # most mentions: a name, not a role or a title and its "for"
        first = toks[0].lower().rstrip(".")
        a_role = (toks[0][:1].islower() and first in words("role_nouns")) or (
            first in bare_titles() and toks[1] in _LINKING_PREPOSITIONS
        )
        if not a_role or people_plural(first) or split_role_and_name(surface)[1] is not None:
            return None  # "traders in Asia": many, no one person's role
        found = _NAME_THEN_OPEN_ASIDE.search(self.masked, max(0, start - 100), start)
        if found is None or not _opening_person(_tokens(found.group(1))):
            return None
        return (found.start(1), found.end(1)), found.start(2)

    def _name_heading_unclosed_aside(
        self, surface: str, start: int
    ) -> tuple[tuple[int, int], int] | None:
        """The span of a person's name opening the clause before a mention, and where the aside
        after the name starts, when that aside is left open and the mention ends it: "Lisa
        Power, head of policy at Aids charity the Terrence Higgins Trust said", "Laura
        Brownlees of Save the Children said". The mention is then the body the person speaks
        for, not the speaker; naming the body would be a wrong attribution. None otherwise."""
        if start < 6 or self.masked[start - 1] != " ":
            return None
        found = self._open_aside_before(surface, start)
        if found is None or self._names_a_person(surface):
            return None  # the person check last: it looks names up in the whole article
        return found

    def _open_aside_before(self, surface: str, start: int) -> tuple[tuple[int, int], int] | None:
        """The name and where its open aside starts, for `_name_heading_unclosed_aside`."""
        if self.masked[start - 2] == "," and post_or_body_aside(surface):
            # "Mr Prettejohn, Lloyd's chief executive said", "Colin Asplin, Blackpool Hotel
            # Association said": the mention is the whole aside, the name before it speaks
            before = _NAME_AND_COMMA_BEFORE.search(self.masked, max(0, start - 60), start)
            if before is not None and self._a_named_person(before.group(1)):
                return (before.start(1), before.end(1)), start
            return None
        near = self.masked[max(0, start - 140) : start]
        if ", " in near and (
            " at " in near or " of " in near or " for " in near or " with " in near
        ):
            role_aside = _NAME_THEN_UNCLOSED_ROLE.search(self.masked, max(0, start - 140), start)
            if (
                role_aside is not None
                and role_aside.group("role").lower() in words("role_nouns")
                and _opening_person(_tokens(role_aside.group(1)))
                and not _POSSESSIVE_IN_NAME.search(role_aside.group(1))
            ):
                return (role_aside.start(1), role_aside.end(1)), role_aside.start(2)
        near = near[-90:]
        if " of " not in near and " from " not in near and " at " not in near:
            return None  # the cheap test first: most mentions have no "of" before them
        from_body = _NAME_THEN_OF_BODY.search(self.masked, max(0, start - 90), start)
        if from_body is None or not self._a_person_of_a_body(
            from_body.group(1), from_body.group(2)
        ):
            return None
        return (from_body.start(1), from_body.end(1)), from_body.start(2)

    def _names_a_person(self, surface: str) -> bool:
        """Whether a mention is itself a person's name ("Dan Patrick", or "Rubio" after "Marco
        Rubio"): then it is no body ending an aside ("Earl Bloom of the Orange County Register
        heard Dan Patrick say"), and whoever heads the clause is not the one who speaks."""
        toks = _tokens(surface)
        if len(toks) == 1:
            return toks[0][:1].isupper() and toks[0].lower() in self.full_names
        return _opening_person(toks) and toks[0].lower() in _first_names()

    def _a_named_person(self, name: str) -> bool:
        """Whether words opening a clause before an aside are a person's name (see
        `named_by_first_name_or_title`) that the article never gives as a body's."""
        return named_by_first_name_or_title(name) and self._body_named(name) is None

    def _a_person_of_a_body(self, name: str, of_body: str) -> bool:
        """Whether "<name> of <words>" before a mention is a person and where they work, not a
        body's own name ("Royal Bank of Scotland", "Virginia Department of Health") or a
        person and a clause of their own ("Mary Smith of Acme warned the board"). With no
        comma to set the name apart, only a known first name vouches for a person."""
        return (
            _tokens(name)[0].lower() not in bare_titles()
            and self._a_named_person(name)
            and not any(
                word[:1].islower() and (word.endswith("ed") or word in reporting_verb_forms())
                for word in of_body.split()[1:]
            )
        )

    def _abbreviated_place(self, surface: str, start: int, end: int) -> bool:
        """Whether the mention is one short abbreviated word after a comma ("Mohave County,
        Az. said", "Orlando, Fla., said"), or a state or country written out after a place and
        its comma ("in Aurora, Colorado, in July 2012, said"): the end of a place named before
        the true speaker."""
        if self.masked[max(0, start - 2) : start] != ", ":
            return False
        if surface.lower() in words("us_states") or surface.lower() in _places():
            return bool(re.search(r"\b(?:in|at|near|from|of)\s+[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?$",
                                  self.masked[max(0, start - 40) : start - 2]))  # fmt: skip
        return (
            surface.isalpha()
            and len(surface) <= 5
            and surface[:1].isupper()
            and self.masked[end : end + 1] == "."
        )

    def _ends_on_a_town(self, aside: str, organization: str, after: int) -> bool:
        """Whether an aside found after offset `after` ends on `organization` and a US state
        follows it after a comma ("Steven M. Ekovich, a broker based in Tampa, Fla."): the
        organisation is the town where the speaker is."""
        aside = aside.rstrip(" ,")
        if not aside.endswith(organization) or not _TOWN_NAME.fullmatch(organization):
            return False  # "a managing editor at WCCO-TV, Ch.": a station, no town
        at = self.masked.find(aside, after, after + len(aside) + 80)
        return at >= 0 and self._town_of_a_state(at + len(aside))

    def _town_of_a_state(self, end: int) -> bool:
        """Whether a US state, written out or abbreviated, follows the mention ending at `end`
        after a comma ("of Laconia, N.H.", "from Omaha, Nebraska"): the mention ends on a town."""
        found = _STATE_AFTER_COMMA.match(self.masked, end)
        return (
            found is not None
            and found.group(1) not in _COUNTRY_INITIALS
            and _a_state(found.group(1))
        )

    def _text_opens_sentence_before(self, floor: int, before: int) -> bool:
        """Whether the sentence before the one at `before` (after `floor`) opens with a text or
        a document as its subject (`_a_text_named`)."""
        floor = max(floor, before - 1500)  # two sentences back at most, never the article
        ends = [found.end() for found in _SENTENCE_END.finditer(self.masked, floor, before)]
        if len(ends) < 2:
            return False  # the body named in the sentence before: "it" is that body
        return _a_text_named().match(self.masked, ends[-2], ends[-1]) is not None

    def _people_named_between(self, target: Speaker, before: int) -> bool:
        """Whether people or bodies in the plural ("unions", "The tobacco companies", "Labour
        backbenchers and opposition politicians") are named between `target`'s mention and a
        "they" at `before`, in words outside quotations: "they" may stand for them as well as
        for the body last heard, and naming the wrong one is worse than naming none."""
        own = {t.lower() for t in _token_tuple(target.name)}
        between = self.masked[target.end : before]
        if not _PLURAL_WORD_HINT.search(between):
            return False  # the cheap test: no word ends in "s"
        for match in _PLURAL_LOWER_WORD.finditer(between):
            word = match.group()
            if word not in own and people_plural(word):
                return True
        return False

    def _other_body_between(self, target: Speaker, before: int) -> bool:
        """Whether an organisation or medium other than `target` is named between its mention
        and `before`, so "it" may be either: "Argonaut called in administrators David Rubin &
        Partners ... It spent the weekend" is the administrators."""
        own = {t.lower() for t in _token_tuple(target.name)}
        for match in _NAME_SEQUENCE.finditer(self.masked, target.end, before):
            if own & {t.lower() for t in _token_tuple(match.group())}:
                continue
            if _a_place(match.group()) and _LOCATIVE_BEFORE.search(
                self.masked, max(0, match.start() - 20), match.start()
            ):
                continue  # "lost their livelihoods in Sri Lanka and Indonesia. It called": where
            partnered = _PARTNERS.match(self.masked, match.end())
            if partnered or mention_kind(match.group(), "") in ("organization", "media"):
                return True
        return False

    def _may_be(self, surname: str, said: set[str]) -> bool:
        """Whether a pronoun of gender `said` may stand for the person of this surname: unless
        the article titles every person of that surname with the other gender."""
        genders = {gender for gender, _ in self._titled().get(surname, ())}
        return not (said and genders and genders.isdisjoint(said))

    def gender(self, speaker: Speaker) -> str | None:
        """ "m" or "f" when the article says so of this person, else None.

        From the article itself, never from a list of first names: a title or gendered role
        before the name anywhere in it ("Mr. Kirby", "Mrs. Clinton", "wife Melania Trump"; not
        "daughter Chelsea Clinton" for Bill Clinton, nor "daughter Ivanka Trump" for a bare
        "Trump"), and the words of the speaker's own role ("the congresswoman"). Evidence both
        ways, or none: None.
        """
        if speaker.name in self._genders:
            return self._genders[speaker.name]
        found: set[str] = set()
        pronouns = pronoun_classes()
        own = [t.lower() for t in _tokens(f"{speaker.mention} {speaker.role or ''}")]
        for word in own:
            if word not in pronouns:
                found |= _gender_of(word)
        name_toks = _tokens(speaker.name)
        if name_toks and name_toks[-1][:1].isupper():
            given = {t.lower() for t in name_toks[:-1]}
            for gender, first in self._titled().get(name_toks[-1].lower(), ()):
                if first is None or first in given:
                    found.add(gender)  # not "daughter Chelsea Clinton" for Bill Clinton
        gender = next(iter(found)) if len(found) == 1 else None
        self._genders[speaker.name] = gender
        return gender

    def _by_first_name(self, first: str) -> set[str]:
        """The full person names of the article whose first word is `first`, shortest forms."""
        return _shortest(
            {
                full
                for names in self.full_names.values()
                for full in names
                if full.split()[0] == first
            }
        )

    def _titled(self) -> dict[str, list[tuple[str, str | None]]]:
        """Surname -> (gender, first name or None) for every gendered title or kinship noun
        before a name in the article ("Mr. Donald J. Trump", "wife Melania Trump"); built once
        an article, by a plain search for each title (a case-blind regex alternation over the
        text was the slowest part of the engine)."""
        if self._titles_index is None:
            self._titles_index = {}
            lowered = self.masked.lower()
            for title, gender in _gendered_titles():
                at = lowered.find(title)
                while at >= 0:
                    end = at + len(title)
                    # the word edge first: most hits are inside words ("son" in "season")
                    at_word_start = at == 0 or not lowered[at - 1].isalnum()
                    after = at_word_start and _NAME_AFTER_TITLE.match(self.masked, end)
                    if after:
                        names = after.group(1).split()
                        for index, name in enumerate(names):
                            first = names[0].lower() if index else None
                            self._titles_index.setdefault(name.lower(), []).append((gender, first))
                    at = lowered.find(title, end)
        return self._titles_index

    def _body_named(self, name: str) -> SpeakerKind | None:
        """The kind of an organisation or medium already quoted under this name, if any."""
        earlier = self._by_name.get(name)
        if earlier is not None and earlier.kind in ("organization", "media"):
            return earlier.kind
        return None

    def _called_it(self, name: str) -> bool:
        """Whether the article speaks of a lone name as "it": no person is, so a name no
        first name, title or role introduces is an organisation. Either the name opens a
        clause whose verb has "its" ("Hyundai expects its sales", "T-Mobile USA continues to
        add to its portfolio"), or it reports what "it" will do or did ("Sony has said it
        wanted to launch", "Labour says it wants"; on BBC, ECB+ and PolNeAR train every such
        name is an organisation). The name must open the clause and a verb-like word follow
        it ("gave Trump its award", "denounced by Trump for its bias", "the Clinton campaign
        and its allies" are no evidence); no determiner or pronoun may come before "its", so
        it cannot belong to something else ("Smith said the firm cut its prices"); and "it
        would be" is left out ("Smith said it would be a mistake": the situation)."""
        if name not in self._its_names:
            its = _after_clause_opening_name(self.masked, name, _ITS_TAIL)
            said_it = _after_clause_opening_name(self.masked, name, _SAID_IT_TAIL)
            self._its_names[name] = any(
                between[0] not in _NOT_BEFORE_NAME
                and not any(w in words("determiners") or w in pronoun_classes() for w in between)
                for between in (m.group(1).split() for m in its)
            ) or any(match.group(1).lower() in reporting_verb_forms() for match in said_it)
            if not self._its_names[name] and " " not in name:
                self._its_names[name] = self._subject_of_an_it(name)
        return self._its_names[name]

    def _named_as_a_body(self, name: str, name_toks: list[str]) -> SpeakerKind | None:
        """The kind of a name of two words or more that the article treats as a body's, as it
        would a lone one; None when it may be a person's.

        - "Zurich Financial said they could not yet assess the cost" after "shares in Zurich
          Financial", "Seacom announced ... that it has restored": capitalised words, none a
          word for a person ("The foreign secretary said it was for Parliament"), given what a
          body has or called "it";
        - "Time Warner said ...", "Time Warner's profits", "housebuilder George Wimpey": two
          words may name a firm as two name a person, and what the article gives it says which,
          unless the name is already a person's or its surname has a title.
        """
        if not name_toks:
            return None  # '"0"According to:(A)': a mention with no word in it names no body
        if (
            all(t[:1].isupper() or t in ("and", "of", "&") for t in name_toks)
            and not any(
                t.lower() in _person_nouns() or t.lower() in _title_words() for t in name_toks
            )
            and not any(self._titled().get(t.lower()) for t in name_toks)
            and _first_name_sex(name) is None  # "Donald Trump said Friday that it would"
            and (
                self._body_named(name) is not None
                or self._called_it(name)
                or self._has_what_companies_have(name)
            )
        ):
            return self._body_named(name) or "organization"
        if (
            name not in self._by_name
            and not self._titled().get(name_toks[-1].lower())
            and self._has_what_companies_have(name)
        ):
            return "organization"
        if (
            name not in self._by_name
            and name_toks[0].lower() in words("company_names")
            and all(t[:1].isupper() for t in name_toks)
            and not self._titled().get(name_toks[-1].lower())
        ):
            return "organization"  # "Vodafone Egypt said": a known company's arm somewhere
        return None

    def _subject_carried_to_it(
        self, previous: int, opening: int, it_at: int
    ) -> tuple[int, int] | None:
        """(start, end) of the subject of the sentence at `previous` that an "it" at `it_at`,
        in the sentence at `opening` right after it, carries on: the sentence opens with it and
        its verb ("The FAO has urged ...", "As a result, the Japanese car maker has sought"),
        and no other body it may be stands between, in capitals or in lower case ("Argonaut
        called in administrators David Rubin & Partners ... It spent": theirs; "... set up by a
        coalition of 12 charities ... It urged": either), nor a quotation."""
        text = self.masked
        found = _body_subject().match(text, previous, it_at)
        if found is None:
            return None
        verb_at = found.end()
        aside = _ASIDE_AFTER_SUBJECT.match(text, verb_at, it_at)
        if aside is not None:
            verb_at = aside.end()  # "Winn-Dixie, once among the most profitable of US grocers,"
        if not _goes_on_with_a_verb(text[verb_at : verb_at + 60]):
            return None
        start, end = found.span("subject")
        if found.group("subject").split()[0].lower() in _SUBORDINATORS:
            return None  # "When Microsoft issued its patch, it cited": no subject's name
        between = text[end:it_at]
        if any(mark in between for mark in '"“”') or any(
            len(quoted) > 40 for quoted in _QUOTED_RUN.findall(between)
        ):
            return None  # a quotation of more than a phrase may name another body
        own = {t.lower().strip("()") for t in _token_tuple(found.group("subject"))}
        for run in _CAPITALISED_RUN.finditer(text, end, it_at):
            if run.start() == opening:
                continue  # the it-sentence's first word, read by _it_opening
            toks = _tokens(_POSSESSIVE.sub("", run.group()))
            if all(t.lower().strip("()") in own or _DAY_OR_MONTH_WORD.fullmatch(t) for t in toks):
                continue
            if len(toks) > 1 and (
                _first_name_sex(" ".join(toks)) is not None or self._a_named_person(" ".join(toks))
            ):
                continue  # "hailed Mel Gibson's biblical epic": a person is no "it"
            return None
        if any(
            (w in _body_words() or w in _document_nouns()) and w not in own
            for w in _LOWER_WORD_RUN.findall(between)
        ):
            return None  # "... in a report. It said": the report's words, as like as not
        return start, end

    def _body_subject_before(self, it_at: int) -> tuple[int, int] | None:
        """(start, end) of the subject "it" at `it_at` carries on (`_subject_carried_to_it`):
        that of the sentence right before when "it" opens its own, or that of its own sentence
        when "it" opens a later clause of it."""
        text = self.masked
        breaks = list(_SENTENCE_BREAK.finditer(text, max(0, it_at - 1500), it_at + 1))
        if breaks:
            opening = breaks[-1].end()
        elif it_at <= 1500:
            opening = 0
        else:
            return None
        if _it_opening(text[opening:it_at]):
            previous = self._sentence_before(opening) if breaks else None
            if previous is None:
                return None
            return self._subject_carried_to_it(previous[1], opening, it_at)
        if _LINK_BEFORE_IT.search(text, opening, it_at):
            # "The company didn't give details of its investment but it said", "Electrolux
            # saw its shares rise 14% on Tuesday after it said": its own sentence's subject
            return self._subject_carried_to_it(opening, -1, it_at)
        return None

    def _subject_of_an_it(self, name: str) -> bool:
        """Whether the article writes a lone name as the subject of a sentence that the next
        one carries on as "it" saying something ("Turkcell ... . It said", "Delta has been hit
        ... . It has said"): no person is "it"."""
        text = self.masked
        for at, end in self._occurrences(name):
            if not _opens_sentence(text, at):
                continue
            sentence_end = _SENTENCE_BREAK.search(text, end)
            if sentence_end is None:
                return False
            opening = sentence_end.end()
            said = _IT_THEN_VERB.search(text, opening, opening + 80)
            if (
                said is None
                or said.group("verb") not in reporting_verb_forms()
                or not _it_opening(text[opening : said.start()])
                or (said.group("it") == "It") != (said.start() == opening)
            ):
                continue
            if self._subject_carried_to_it(at, opening, said.start()) == (at, end):
                return True
        return False

    def _has_what_companies_have(self, name: str) -> bool:
        """Whether the article gives a lone name what only a company has ("Apple's shares",
        "Sony's chief executive", "shares in Yukos", "employees at Microsoft"), or introduces
        it as a company ("budget airline Ryanair", "Exxon, the world's largest oil company,",
        "Wembley chairman Claes Hultman"), so a name no first name, title or role introduces
        is a company's (lexicons/company_possessions.txt, company_offices.txt). Where the
        name runs on into another capitalised word ("firm Newry City") it is another name."""
        if name not in self._company_names:
            after, before = _owned_patterns()
            noun_before, aside_after, office_after = _introduced_as_company()
            text = self.masked
            self._company_names[name] = any(
                after.match(text, end)
                or _ITS_PEOPLE_AFTER.match(text, end)
                or self._spelt_out_before(name, at, end)
                or before.search(text, max(0, at - 48), at)
                or (
                    not _NAME_GOES_ON.match(text, end)
                    and bool(
                        noun_before.search(text, max(0, at - 24), at)
                        or aside_after.match(text, end)
                        or office_after.match(text, end)
                    )
                )
                for at, end in self._occurrences(name)
            )
        return self._company_names[name]

    def _spelt_out_before(self, name: str, at: int, end: int) -> bool:
        """Whether a lone name at `at` is in brackets after the body's name it abbreviates, of
        words no person's name has ("the Association for Payment Clearing Services (Apacs)",
        "the Entertainment and Leisure Software Publishers Association (Elspa)"): a body's
        name that opens with the same letter and has a word for a body in it."""
        if self.masked[at - 1 : at] != "(" or self.masked[end : end + 1] != ")":
            return False  # the cheap test first
        spelt = _SPELT_OUT.search(self.masked, max(0, at - 120), at)
        return (
            spelt is not None
            and spelt.group(1)[:1] == name[:1]
            and any(t.lower() in words("organization_nouns") for t in _token_tuple(spelt.group(1)))
            and _first_name_sex(spelt.group(1)) is None
        )

    def _short_for_a_company(self, name: str) -> bool:
        """Whether the article also writes a lone name as the start of a company's full name,
        with a word only a company's name ends in after it ("Contrack International, of
        Arlington, Virginia, heads a coalition ... Contrack said": lexicons/company_suffixes.txt),
        so the lone name is the company's short one."""
        text = self.masked
        for _, end in self._occurrences(name):
            following = _NEXT_CAPITALISED.match(text, end)
            if following and any(
                (word or "").lower() in words("company_suffixes") for word in following.groups()
            ):
                return True
        return False

    def _plural_opener(self, name: str) -> bool:
        """Whether a lone capitalised word is a plural naming people or bodies ("Investors",
        "Airlines", "Bookmakers") capitalised only because it opens a sentence: every time
        the article writes it, it opens a clause ("Sanders" written mid-sentence is a name)."""
        lowered = name.lower()
        plural = people_plural(lowered) or (
            lowered.endswith("s") and lowered in words("company_nouns")
        )
        return plural and name[1:].islower() and self._only_opening(name)

    def _common_word_opening(self, surface: str, start: int) -> bool:
        """Whether a lone capitalised word is a common noun capitalised only because it opens
        its clause ("Forecasts predict that ...", "Rules stipulate that ...", "Guests are
        given ..."): the article writes it in lower case elsewhere and never capitalised
        mid-sentence. A surname that is also a word ("Felt", "King") is written in full
        mid-sentence somewhere ("Mark Felt"), so it is no such opener.
        """
        return (
            _LONE_CAPITALISED_WORD.fullmatch(surface) is not None
            and self.masked.startswith(surface, start)
            and _opens_clause(self.masked, start)
            and bool(bounded_word_starts(self.masked, surface.lower()))
            and self._only_opening(surface)
        )

    def _occurrences(self, name: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every whole-word occurrence of `name` in the article, in order."""
        text = self.masked
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not _is_word(text[at - 1 : at]) and not _is_word(text[end : end + 1]):
                yield at, end
            at = text.find(name, at + 1)

    def stand_in_for(
        self,
        surface: str,
        start: int,
        end: int,
        antecedent: tuple[int, int],
        sentence: str,
        said: str,
        spoke_before: bool = False,
        own_sentence: int | None = None,
    ) -> Speaker | None:
        """The person a "he" or "she" left unresolved stands for when it is the named subject
        just before it ("Mr Straw denied it amounted to a crisis. He said ..."): the name
        resolved as a mention of its own, then held to the pronoun's tests (one person, the
        pronoun's gender, nobody else it could be named between), and not named in what was
        `said`, which nobody does of themself ("Mellberg spoke of his dislike ... "I've had
        more than a quiet word with Olof," he said" is his manager). With `spoke_before`
        ("He added"), only someone the article quoted before. None when any fails.

        `own_sentence`, where the pronoun's sentence opens, is given when the antecedent is
        the subject of the sentence right before it: a reader carries that subject on to the
        next sentence's "he" over the people its predicate names ("McClaren also praised
        winger Stewart Downing and strikers ... He added:", "Nair also defended her decision to
        cast an American actress - Reese Witherspoon - ... "I cast intuitively," she said"),
        so only names in the pronoun's own sentence count against it; not after a verb that
        hands the floor to the other ("X asked Y ..."), nor over anyone quoted in between."""
        spoken: set[str] = set()
        if spoke_before:  # whom the article quoted before this very resolution files anyone
            self._latest()
            spoken = set(self._by_name)
        said_by, _ = self._resolve_unfiled(
            self.masked[antecedent[0] : antecedent[1]], *antecedent, sentence
        )  # filed below as this mention, if it stands
        if spoke_before and said_by.name not in spoken:
            return None
        if own_sentence is not None and _SET_OFF_PRONOUN_FRAME.search(
            self.masked, antecedent[1], own_sentence
        ):
            # "Nixon never called, he said in an interview ... Also, he said": the subject is
            # inside what a "he" said, and that "he" is whom the next one carries on
            return None
        pronoun = surface.lower()
        # a title is no name: "Lord Woolf" does not name himself in "the choice of Lord Hutton"
        own_names = {t.lower() for t in _token_tuple(said_by.name)} - bare_titles()
        if (
            own_names & {t.lower() for t in _NAME_WORD.findall(said)}
            or said_by.kind != "person"
            or not said_by.name[:1].isupper()
            or said_by.name.split()[0].lower() == "the"  # "The Tory leader" no one named
            or _two_people(said_by.name)
            or not (
                self._may_stand_for(pronoun, said_by, start)
                or (
                    own_sentence is not None
                    and self._carried_subject(pronoun, said_by, own_sentence, start)
                )
            )
        ):
            return None
        speaker = Speaker(
            said_by.name, surface, start, end, "person", said_by.role, said_by.organization
        )
        self.history.append(speaker)
        return speaker

    def _carried_subject(self, pronoun: str, subject: Speaker, own_sentence: int, at: int) -> bool:
        """Whether "he" or "she" at `at` may carry on `subject`, the named subject of the
        sentence before the pronoun's (which opens at `own_sentence`), whoever that sentence's
        predicate names (`stand_in_for`): the pronoun agrees with it, nobody else it may be
        is named in its own sentence before it, the verb after the subject does not hand the
        floor to another ("asked Jones", "met Smith"), and nobody else has been quoted since."""
        toks = _tokens(subject.name)
        if (
            pronoun not in ("he", "she")  # an age ("the 43-year-old") has no subject to carry
            or len(toks) < 2
            or toks[-1].lower() in bare_titles()
            or toks[-1].lower() in words("role_nouns")  # "Chief Secretary"
            or self._names_no_person(toks)  # "Stade de France"
            or (toks[0].endswith("ing") and _first_name_sex(subject.name) is None)
            or toks[0].lower() in _AUXILIARIES  # "Was Szlachta satisfied with ...?"
            or not self._agrees(pronoun, subject)
        ):
            return False  # "Describing Yida as a "very insecure" area, Isaacs expressed"
        if _PRONOUN_FRAME.search(self.masked, subject.end, own_sentence):
            # "Nixon never called, he said in an interview ... Also, he said": the subject is
            # what someone else said, and that someone may be the pronoun
            return False
        for handing in _FLOOR_HANDING_VERB.finditer(self.masked, subject.end, own_sentence):
            after_comma = self.masked[handing.start() - 2 : handing.start()] == ", "
            if after_comma and _ASIDE_THEN_SAID.match(self.masked, handing.end(), own_sentence):
                continue  # "Michael Howard, asked about the remark by reporters, said": his turn
            return False  # "Mangoni ... said he asked how Hiller felt. "I don't feel," he said"
        if _PASSIVE_AFTER.match(self.masked, subject.end):
            # "Mutu was sacked by Chelsea ... - a move Wenger has backed. But he said": the
            # subject of a passive is what was done, whoever did it may speak next
            return False
        if any(
            subject.end <= other.start < at
            and other.name != subject.name
            and other.start not in self._not_antecedents  # "rubbished Trump's claim to ..."
            for other in self.history
        ):
            return False
        return not self._other_person_between(
            replace(subject, end=max(subject.end, own_sentence)), at, pronoun
        )

    def sole_person_for(self, surface: str, start: int, end: int, said: str) -> Speaker | None:
        """The one person a "he" or "she" no antecedent was found for can stand for: the only
        person the article has named before it whom that pronoun fits, the article or a first
        name saying so ("Finance Minister Sue Essex said ... announced by Chancellor Gordon
        Brown ... She said" is Sue Essex; "England prop Phil Vickery ... He said"),
        every other person named being of the other sex, and nobody else introduced by a
        role or a description ("a spokesman", "his father", "the manager"), nor named in what
        was `said`. None at any doubt: a wrong name is worse than none."""
        pronoun = surface.lower()
        sex = _gender_of(pronoun)
        if not sex or not self.full_names:
            return None  # the cheap tests first: no named person to stand for
        fits = self._people_named_before(start, pronoun)
        if fits is None or len(fits) != 1:
            return None
        (target,) = fits
        if (self.gender(target) or _first_name_sex(target.name)) not in sex:
            return None  # the article must say the one person is of the pronoun's sex
        own_names = {t.lower() for t in _token_tuple(target.name)} - bare_titles()
        if own_names & {t.lower() for t in _NAME_WORD.findall(said)}:
            return None  # nobody names themself: "the support of Ken," he said
        if (
            self._named_aside_in_own_sentence(target, start)
            or self._someone_else_quoted_before(start, pronoun, target)
            or self._lone_name_before(start, target)
            or self._someone_described_before(start, sex, target)
        ):
            return None
        speaker = Speaker(
            target.name, surface, start, end, "person", target.role, target.organization
        )
        self.history.append(speaker)
        return speaker

    def _people_named_before(self, before: int, pronoun: str) -> list[Speaker] | None:
        """The people the article names by two words or more before `before` ("Finance
        Minister Sue Essex", "Mr Straw") whom `pronoun` may be, each once, by the full name
        the article gives the surname ("Mr Straw" is Jack Straw), read no further than a
        second one; None when a surname is given to two full names ("Graham and Sherry
        Edwards"), two people whom no surname tells apart."""
        people: dict[str, Speaker] = {}
        for match in _NAME_SEQUENCE.finditer(self.masked, 0, before):
            if match.group() not in self._person_names:
                self._person_names[match.group()] = self._person_named(match.group())
            name = self._person_names[match.group()]
            if name is None:
                return None
            if name and name not in people:
                person = Speaker(name, name, match.start(), match.end(), "person")
                if self._agrees(pronoun, person):
                    people[name] = person
                    if len(people) > 1:
                        break  # two people it may be: no need to read on
        return list(people.values())

    def _person_named(self, run: str) -> str | None:
        """The full name of the person a run of capitalised words names ("Mr Straw" is Jack
        Straw), "" when it names no person (one word with no title before it, a body's or a
        place's name), None when its surname has two full names. From the text alone, as
        resolving the name would file it in the coreference history."""
        toks = [_POSSESSIVE.sub("", t) for t in run.split()]
        titles = _titles_and_roles()
        lead = next((i for i, t in enumerate(toks) if t.lower() not in titles), len(toks))
        own = toks[lead:]
        if not own or (len(own) < 2 and not lead) or self._names_no_person(own):
            return ""
        full = self.full_names.get(own[-1].lower(), set())
        if full:
            return next(iter(full)) if len(full) == 1 else None
        return " ".join(toks[max(0, lead - 1) :][-2:])

    def _names_no_person(self, toks: list[str]) -> bool:
        """Whether capitalised words name a body or a place rather than a person: a word
        only a body's name ends in ("Leeds United", "Jupiter Research"), a country's name in
        them, or a name the article treats as a body's."""
        lowered = [t.lower() for t in toks]
        return (
            _place_or_body(toks)
            or lowered[-1] in _body_name_endings()
            or any(t in _places() or t.capitalize() in _places() for t in lowered)
            or mention_kind(" ".join(toks), "") != "person"
            or self._named_as_a_body(" ".join(toks), toks) is not None
            or (_first_name_sex(" ".join(toks)) is None and self._written_as_a_place(toks))
        )

    def _written_as_a_place(self, toks: list[str]) -> bool:
        """Whether the article writes a name, no first name opening it, where one is rather
        than who ("at Stamford Bridge", "in Charleroi"), not as someone's ("in Tony Blair's")."""
        name = " ".join(toks)
        return any(
            _WHERE_BEFORE.search(self.masked, max(0, at - 12), at) is not None
            and not _POSSESSIVE_AFTER.match(self.masked, end)
            for at, end in self._occurrences(name)
        )

    def _named_aside_in_own_sentence(self, target: Speaker, before: int) -> bool:
        """Whether the pronoun's own sentence names `target` before it other than as the
        subject of a verb ("And responding to criticism from Alan Hansen, he insisted" is not
        Hansen; "what Bernie Sanders meant this week when he promised" is)."""
        opening = max(self.masked.rfind(stop, 0, before) for stop in (". ", "? ", "! ", "\n"))
        surname = _surname(target.name)
        mentions = bounded_word_starts(self.masked[opening + 1 : before], surname)
        if not mentions:
            return False
        after = opening + 1 + mentions[-1] + len(surname)
        return _VERB_AFTER_SUBJECT.match(self.masked, after) is None

    def _someone_else_quoted_before(self, before: int, pronoun: str, target: Speaker) -> bool:
        """Whether someone other than `target` whom `pronoun` may be was quoted before
        `before`, named by one word ("Parry revealed"), or unnamed ("a source close to him");
        not many ("analysts said"), nor the target by surname ("Woolf" for Lord Woolf)."""
        surname = _surname(target.name).lower()
        return any(
            speaker.start < before
            and speaker.kind in ("person", "anonymous")
            and speaker.name != target.name
            and _surname(speaker.name).lower() != surname
            and not people_plural(speaker.name.split()[-1].lower())
            and (speaker.mention or "").lower() not in pronoun_classes()
            and self._agrees(pronoun, speaker)
            for speaker in self.history
        )

    def _lone_name_before(self, before: int, target: Speaker) -> bool:
        """Whether a person may be named by one word before `before`, other than `target`: a
        capitalised word the article never writes in lower case, with a relative "who" after
        it ("Rihanna, who") or as the subject opening a sentence ("Parry revealed ...")."""
        own = {t.lower() for t in _token_tuple(target.name)}
        skip = _no_lone_name()
        for pattern in (_NAME_BEFORE_WHO, _LONE_NAME_SUBJECT):
            for match in pattern.finditer(self.masked, 0, before):
                word = _POSSESSIVE.sub("", match.group(1))
                name = word.lower()
                if name in own or name in skip or _place_or_body([word]):
                    continue
                if name in _places() or name in demonyms() or word in _places():
                    continue
                if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.masked):
                    continue  # a common noun: "Candidates who think ...", "Shares fell"
                if self._names_no_person([word]):
                    continue
                return True
        return False

    def _someone_described_before(self, before: int, sex: set[str], target: Speaker) -> bool:
        """Whether the article, before `before`, speaks of a person by a word for one ("the
        manager", "a spokesman", "his father", "the Archbishop of Canterbury") whom a pronoun
        of sex `sex` may be, other than `target`'s own role: someone unnamed that "he" or
        "she" may stand for. Not a title or role written before a name the article gives in
        full ("Chancellor Gordon Brown", "striker Steven Gerrard"), nor one in an aside right
        after a name ("Rene Obermann, chief executive, told"): that person is named."""
        own = {t.lower() for t in _tokens(f"{target.mention} {target.role or ''}")}
        nouns = _person_words()
        for found in _ANY_WORD.finditer(self.masked, 0, before):
            word = found.group().lower()
            if (
                word not in nouns
                or word in own
                or word in pronoun_classes()
                or people_plural(word)
                or not _may_be_of(word, sex)
            ):
                continue
            if _FULL_NAME_AFTER.match(self.masked, found.end()) or (
                found.group()[:1].isupper() and _CAPITAL_AFTER.match(self.masked, found.end())
            ):
                continue  # the title of someone named: "Chancellor Gordon Brown", "Mr Straw"
            if _NAME_THEN_COMMA.search(self.masked, max(0, found.start() - 60), found.start()):
                continue  # the role of someone named: "Carly Fiorina, chief of Hewlett Packard"
            return True
        return False

    def _resolve_unfiled(
        self, surface: str, start: int, end: int, sentence: str
    ) -> tuple[Speaker, float]:
        """`resolve`, leaving the history as it was: for a mention read only to learn whom
        another one stands for (an owner, a pronoun's antecedent)."""
        known = len(self.history)
        resolved = self.resolve(surface, start, end, sentence)
        del self.history[known:]
        return resolved

    def _may_stand_for(self, pronoun: str, target: Speaker, start: int) -> bool:
        """Whether "he"/"she" at `start` may stand for `target`: of the pronoun's gender, as far
        as the article says, and with no other person it could be named between them."""
        return self._agrees(pronoun, target) and not self._other_person_between(
            target, start, pronoun
        )

    def _agrees(self, pronoun: str, target: Speaker) -> bool:
        """Whether "he"/"she" may stand for `target`: unless the article says otherwise."""
        said = _gender_of(pronoun)
        known = self.gender(target) if said else None
        if known is None and said and target.kind == "person":
            # the article says nothing: a first name of the other sex still blocks ("Mary
            # Barra spoke first. He said ..." is not Mary Barra); it never gives a speaker
            known = _first_name_sex(target.name)
        return known is None or known in said

    def _role_group_between(self, after: int, before: int) -> bool:
        """Whether a sentence between opens with people named by their role in the plural
        ("Ministers deny ..."), whom a later "they" may stand for as well as the last body."""
        return any(
            opening.group(1).lower() in words("role_nouns")
            for opening in _ROLE_GROUP_OPENING.finditer(self.masked, after, before)
        )

    def _other_group_opens_sentence_between(self, target: Speaker, before: int) -> bool:
        """Whether a sentence after `target`'s opens with other people or bodies in the plural
        as its subject ("The tobacco companies denied ...", "Phone companies refuse ...", "A
        year ago, ministers launched ..."), up to a "they" at `before`: the "they" may stand
        for them as well as for the group last heard, and naming the wrong one is worse than
        naming none. Only a sentence's opening counts, not a preposition's object there ("On
        behalf of investors, ..."), nor the same people again ("Those police officers")."""
        floor = max(target.end, before - 1500)  # a few sentences back, never the article
        if not _PLURAL_WORD_HINT.search(self.masked, floor, before):
            return False  # the cheap test: no word ends in "s"
        own = {t.lower() for t in _token_tuple(target.name)}
        openings = [found.end() for found in _SENTENCE_END.finditer(self.masked, floor, before)]
        if openings and self.masked[max(0, before - 3) : before].rstrip().endswith(","):
            # "Companies such as Quiksilver would ..., they added": the plural opening the
            # sentence the "they" reports is what they said, not who may be saying it
            openings.pop()
        for at in openings:
            opening = _SENTENCE_SUBJECT.match(self.masked, at, before)
            if opening is None:
                continue
            words_before = opening.group("before").lower().split()
            head = opening.group("head").lower()  # "Companies say ...", as "The companies"
            if (
                people_plural(head)
                # "Those police officers" after "Bloomington Police": the same people
                and own.isdisjoint([head, *words_before])
                and _PLURAL_SUBJECT_BLOCKERS.isdisjoint(words_before)
            ):
                return True
        return False

    def _body_named_before(self, noun: str, before: int) -> Speaker | None:
        """The medium or organisation "the newspaper" or "the company" stands for: the last
        one that spoke ("The Santa Rosa Press Democrat reported ... the newspaper said"), when
        no other is named since."""
        wanted = _body_kind(noun)
        target = self._recent(lambda s: s.kind == wanted)
        if target is None or not _a_bodys_name(target.name):
            # only a body named by its name, however it was last mentioned ("the LSE", "it"):
            # not "the firm", "the regulator" or "Paris-based pressure group"
            return None
        if _PLURAL_GROUP.fullmatch(target.name) or self._other_name_between(target, before):
            return None
        return target

    def _document_put_out_before(self, noun: str, before: int, sentence: str) -> Speaker | None:
        """Who put out the document that a later "the statement" or "the letter" stands for:
        the name that "issued a statement" or "said in a statement" last before it ("Gordon
        Advisors issued a statement Tuesday expressing condolences ... "...," the statement
        said"), when no other document is named between them; None for anyone unnamed."""
        floor = max(0, before - _DOCUMENT_REACH)
        last = next(reversed(list(_put_out(noun).finditer(self.masked, floor, before))), None)
        if last is None or self._another_document_between(last.end(), before):
            return None
        name = last.group("name")
        if name.split()[0] in _NOT_A_SENDER and len(name.split()) == 1:
            return None  # "In a statement", "It issued a statement": no name before the verb
        said_by, _ = self._resolve_unfiled(name, last.start("name"), last.end("name"), sentence)
        if said_by.kind not in ("person", "organization", "media"):
            return None
        self._latest()
        known = self._by_name.get(said_by.name)
        one_word = len(name.split()) == 1
        if (
            said_by.kind == "person"
            and said_by.role is None
            and said_by.name == name
            and (known is None or known.kind != "person" or one_word and known.role is None)
        ):
            # "TallGrass, a wholesaler of natural health products, issued a statement": one
            # word the article never gives a first name is a body's name (as for "the letter
            # from Qwest"); "Gordon Advisors issued a statement": a name of two words may be a
            # body's as well as a person's, and the sender is named, whatever it is
            kind = "organization" if one_word else "unknown"
            return Speaker(said_by.name, name, said_by.start, said_by.end, kind)
        return said_by

    def _another_document_between(self, after: int, before: int) -> bool:
        """Whether a document is named between `after` and `before` that a later "the
        statement" or "the report" may stand for as well ("a report by the IMF ... a new study
        ... the report"); not a report, study, survey or poll named as the one before ("the
        poll", "Monday's poll", "The new survey")."""
        for found in _DOCUMENT_WORD.finditer(self.masked, after, before):
            noun = found.group().lower()
            if noun in words("study_nouns") and not noun.endswith("s") or noun == "research":
                lead = self.masked[max(0, found.start() - 40) : found.start()]
                if _THE_SAME_DOCUMENT.search(lead):
                    continue
            return True
        return False

    def _sender_in_aside(
        self, surface: str, end: int, appositive: str
    ) -> tuple[str, int, int, bool] | None:
        """The sender named in the aside after "the report" or "the statement" ("The study, by
        Mirapoint, said", "The survey, conducted by the Public Policy Institute of California,
        finds"), read as `_document_sender` reads "a study by Mirapoint": the sender's words,
        where they are, and False (named after the document); None for any other aside."""
        toks = surface.lower().split()
        if len(toks) != 2 or toks[0] != "the" or toks[1] not in _document_nouns():
            return None
        combined = f"{surface} {appositive.strip(' ,')}"
        sender = _document_sender(combined)
        if sender is None or sender[0] <= len(surface):
            return None
        said = combined[sender[0] : sender[1]]
        at = self.masked.find(said, end, end + len(appositive) + 10)
        return None if at < 0 else (said, at, at + len(said), False)

    def _document_sent_before(self, before: int) -> Speaker | None:
        """Who put out the document that a later "the report" or "the study" stands for, when
        that document spoke named with its sender ("A report by the IMF said ... The report
        said", "According to a survey conducted by security firm Mirapoint, ... The report
        said"): the last such speaker within reach, when no other document is named between
        them and no document of another sender is named before it; None otherwise."""
        floor = max(0, before - _DOCUMENT_REACH)
        found: Speaker | None = None
        for speaker in reversed(self.history):
            if speaker.end <= floor:
                break
            if speaker.end > before or speaker.kind == "unknown" or not speaker.mention:
                continue
            if not _names_a_sender(speaker):
                continue  # "a new poll", "Nokia-sponsored research": the document itself
            if _document_sender(speaker.mention) is None and not _sender_of_the_document(speaker):
                continue
            if found is None:
                if self._another_document_between(speaker.end, before):
                    return None  # "a report by the IMF ... a new study ... the report"
                found = speaker
            elif speaker.name != found.name:
                return None  # two senders' documents: "the report" may be either
        return found

    def _body_the_noun_stands_for(self, noun: str, before: int) -> str:
        """The name of the body that "the company" or "the council" in a speaker's aside stands
        for: the company the article names as "the company" would be resolved to when it
        speaks, or the one name before that holds the noun ("the Muslim Council of Britain"
        for "the council"); the noun itself when no one body is meant."""
        if noun in words("body_anaphors"):
            earlier = (
                self._body_named_before(noun, before)
                or self._body_introduced_as(noun, before)
                or self._sole_company_before(noun, before)
            )
            if earlier is not None:
                return earlier.name
        return self._one_name_holding(noun, before) or noun

    def _short_for_a_name(self, toks: list[str], start: int) -> str | None:
        """The body's name a capitalised "the Bank" or "The Ministry" at `start` is short
        for: the one name before it holding that word ("the Reserve Bank of Australia", "a
        Defence Ministry release"), as a capital makes it a name's, not any bank's; None for
        a lower-case noun ("the bank" may be any bank named), a medium's, or two such names."""
        if len(toks) != 2 or toks[0].lower() != "the" or not toks[1][:1].isupper():
            return None
        noun = toks[1].lower()
        if toks[1][1:] != noun[1:] or noun in words("media_nouns"):
            return None  # "the BBC": letters, no noun
        if noun not in words("organization_nouns") and noun not in words("body_anaphors"):
            return None
        return self._one_name_holding(noun, start)

    def _one_name_holding(self, noun: str, before: int) -> str | None:
        """The one body's name before `before` that holds `noun` capitalised ("the Muslim
        Council of Britain" for "the council", "the Reserve Bank of Australia" for "the
        Bank"); None when none does or two do ("Wells Fargo Bank", "the Bank of England")."""
        capitalised = noun.capitalize()
        found: set[str] = set()
        floor = max(0, before - _OFFICE_REACH)
        for match in _BODY_NAME_RUN.finditer(self.masked, floor, before):
            toks = _tokens(_POSSESSIVE.sub("", match.group()))
            if toks and toks[0] in ("The", "A", "An"):
                toks = toks[1:]
            if len(toks) >= 2 and capitalised in toks:
                found.add(_POSSESSIVE.sub("", match.group()).removeprefix("The ").strip())
            if len(found) > 1:
                return None
        return next(iter(found)) if found else None

    def _body_introduced_as(self, noun: str, before: int) -> Speaker | None:
        """The one company the article introduced with `noun` before it spoke at all ("German
        airline Lufthansa has returned to profit ... the airline announced"; "Marsh & McLennan,
        the insurer, ..."); None when no company, or more than one, was introduced so."""
        window = self.masked[max(0, before - _OFFICE_REACH) : before]
        # "the company" and "the firm" stand for any company, whatever it was introduced as:
        # "Channel Tunnel operator Eurotunnel has seen sales fall ... The firm said"
        nouns = (noun, *_company_nouns_sorted()) if noun in _ANY_COMPANY_NOUNS else (noun,)
        floor = max(0, before - _OFFICE_REACH)
        names = set()
        for each in nouns:
            if each not in window:
                continue  # the cheap test first
            for match in _introduced_as(each).finditer(window):
                if not _opens_its_sentence(window, match.start()):
                    continue
                name = match.group("name") or match.group("named")
                if each != noun:
                    # introduced as something else ("Japanese carmaker Nissan"): only when no
                    # other name comes between ("Renault said ... the firm said" is Renault)
                    seen = Speaker(
                        name, name, floor + match.start(), floor + match.end(), "organization"
                    )
                    if self._other_name_between(seen, before):
                        continue
                names.add(name)
        if len(names) != 1:
            return None
        (name,) = names
        if _looks_like_person(_tokens(name)):
            return None
        return Speaker(name, name, before, before, _body_kind(noun))

    def _sole_company_before(self, noun: str, before: int) -> Speaker | None:
        """The company "the company" or "the firm" stands for when none spoke before it: the
        one body the article names before it, as the subject of a sentence or with what only
        a company has ("Shares in Krispy Kreme Doughnuts have taken a dunking on Wall Street
        after the firm revealed ..."). None when two may be meant ("Renault said ... Japanese
        carmaker Nissan ... the company said"; "Laura Ashley, which ... the company had
        said", beside Metrojaya), or the one named shows nothing of a company."""
        if _body_kind(noun) != "organization":
            return None
        self._latest()
        found: list[str] = []
        for name in self._possible_bodies(before):
            same = [other for other in found if _one_name_in_other(name, other)]
            if not same:
                found.append(name)
            elif len(name) > len(same[0]):
                found[found.index(same[0])] = name  # "Marsh & McLennan", then "Marsh"
            if len(found) > 1:
                return None
        if len(found) != 1 or not (
            self._has_what_companies_have(found[0])
            # "helped Renault boost its profits ... although the firm warned": a known
            # company's name, or one the article calls "it"
            or found[0].lower() in words("company_names")
            or self._called_it(found[0])
        ):
            return None
        return Speaker(found[0], found[0], before, before, "organization")

    def _company_carried_on(self, toks: list[str], start: int, sentence: str) -> Speaker | None:
        """The company a bare "the company" or "the firm" at `start` carries on from the
        sentence right before, whose subject names it, as an "it" would
        (`_body_subject_before`: "But Bombardier has been faced with a declining share price.
        Earlier this month the firm said", "Merrill Lynch denied Ms Villalba's claims ... The
        firm had told"). None when that subject may be a person (a first name or a title the
        article gives it, or a two-word name nothing marks as a company's), a place, or a body
        that is no company: "The SEC ... The company said" is not the SEC."""
        if len(toks) != 2 or toks[1].lower() not in _ANY_COMPANY_NOUNS:
            return None
        subject = self._body_subject_before(start)
        if subject is None:
            return None
        if _SENTENCE_BREAK.search(self.masked, subject[1], start + 1) is None:
            return None  # "Sales totalled 3.9 million units, the company said": what it said
        surface = self.masked[subject[0] : subject[1]]
        if surface[:1].islower() or surface.split()[0] in ("The", "A", "An"):
            carried = self._carried_body(start, sentence)  # "The Japanese car maker": described
            name = carried.name if carried is not None and carried.kind == "organization" else ""
        else:
            name = _POSSESSIVE.sub("", surface)
        named = _tokens(name)
        if (
            not named
            or not self._a_company_subject(name, named)
            or {t.lower() for t in named}
            & (words("organization_nouns") - _ANY_COMPANY_NOUNS - words("body_anaphors"))
        ):
            return None
        return Speaker(name, name, start, start, "organization")

    def _a_company_subject(self, name: str, named: list[str]) -> bool:
        """Whether a subject's name may be a company's: no place, no one the article titles or
        gives a known first name, and a name of a person's shape only when the article marks it
        as a company's ("Merrill Lynch's shares", "investment bank Merrill Lynch")."""
        if (
            _a_place(name)
            or _first_name_sex(name) is not None
            or self._titled().get(named[-1].lower())
            or _names_no_body(named, name)
            or self._surname_of_someone(name)
        ):
            return False
        marked = self._has_what_companies_have(name) or name.lower() in words("company_names")
        if len(named) == 1 and self._only_opening(name):
            return marked  # "Sales rose": a common noun; "Microsoft has launched": a company
        return not _looks_like_person(named) or marked

    def _surname_of_someone(self, name: str) -> bool:
        """Whether a lone word is written somewhere after a first name, as a person's surname
        is ("chief executive Richard Dixey ... Dixey has said")."""
        if " " in name:
            return False
        text = self.masked
        for at, _ in self._occurrences(name):
            before = text[max(0, at - 30) : at].split()
            if before and _first_name_sex(f"{before[-1]} {name}") is not None:
                return True
        return False

    def _possible_bodies(self, before: int) -> Iterator[str]:
        """Each name before `before` that may be a company's: any but a place, a day, a
        function word, a common noun opening a sentence ("Shares in ..."), or a person the
        article titles or quoted."""
        text = self.masked
        for match in _CAPITALISED_RUN.finditer(text, max(0, before - _OFFICE_REACH), before):
            toks = _tokens(_POSSESSIVE.sub("", match.group()))
            while len(toks) > 1 and _names_no_body(toks[:1], toks[0]):
                toks = toks[1:]  # "The", "Before Wednesday's", "British"
            name = " ".join(toks)
            joined = _AMPERSAND_NAME.match(text, match.end())
            if joined is not None:
                name += joined.group()  # "Marsh & McLennan"
            if (
                not toks
                or _names_no_body(toks, name)
                or toks[0].lower().rstrip(".") in bare_titles()
            ):
                continue
            if (
                len(toks) == 1
                and self._only_opening(name)
                and not self._has_what_companies_have(name)
                and name.lower() not in words("company_names")  # "Renault boosted its ..."
            ):
                continue  # "Shares in ...", "Gamers have bought": a common noun opening
            if _looks_like_person(toks):
                known = self._by_name.get(name)
                if (known is not None and known.kind == "person") or self._titled().get(
                    toks[-1].lower()
                ):
                    continue
                if _first_name_sex(name) is not None and self._given_a_post(name):
                    continue  # "head Frank Dunn", "president George W Bush": a person
            if _describes_where_from(toks) or self._only_where(name):
                continue  # "Anglo-Swedish", "South African", "in Istanbul": no company
            yield name

    def _given_a_post(self, name: str) -> bool:
        """Whether the article writes a name right after a post or a person's noun
        ("Nortel's head Frank Dunn", "US president George W Bush"), as only a person's is."""
        text = self.masked
        posts = _person_nouns() | _title_words()
        for at, _ in self._occurrences(name):
            before = text[max(0, at - 30) : at].split()
            if before and before[-1].lower() in posts:
                return True
        return False

    def _only_where(self, name: str) -> bool:
        """Whether the article writes a name only as where something is ("in Istanbul", "near
        Toronto", "New York"), never as a company may be ("shares in Marsh")."""
        text = self.masked
        for at, _ in self._occurrences(name):
            before = text[max(0, at - 24) : at].split()
            if not before:
                return False
            if before[-1] == "New":
                continue
            if before[-1] not in ("in", "near") or (
                len(before) > 1 and before[-2].lower() in _HELD_IN
            ):
                return False
        return True

    def _only_opening(self, word: str) -> bool:
        """Whether the article writes a capitalised word only where a sentence opens, as a
        common noun is ("Shares in Cairn Energy have jumped"); a name is written mid-sentence
        too."""
        return all(_opens_sentence(self.masked, at) for at, _ in self._occurrences(word))

    def _other_name_between(self, target: Speaker, before: int) -> bool:
        """Whether a name other than `target`'s and a person's is written between its mention
        and `before`: "BFMTV reported ... flying hours with EgyptAir, the airline said" is
        EgyptAir, whatever kind its one word is taken for."""
        own = {t.lower() for t in _token_tuple(target.name)}
        for match in _CAPITALISED_RUN.finditer(self.masked, target.end, before):
            toks = _tokens(match.group())
            if len(toks) > 1 and toks[0] == "The":
                toks = toks[1:]  # "The TUC figures were drawn": no person "The TUC"
            if (
                own & {t.lower() for t in toks}
                or _looks_like_person(toks)
                or _names_no_body(toks, match.group())
            ):
                continue
            opening = self.masked[max(0, match.start() - 2) : match.start()].lstrip(" ")
            if len(toks) == 1 and (match.start() == 0 or opening[-1:] in ".!?\n\"“‘'"):
                continue  # "However", "The": a sentence's first word
            return True
        return False

    def _unnamed_for(self, pronoun: str, speaker: Speaker) -> bool:
        """Whether "he" or "she" may stand for an unnamed source: one person whose role says
        they speak for a body ("A spokesman for the Business Software Alliance said ... He
        said") or says they are a woman or a man ("a spokeswoman"); "An official looked at her
        and said ... she replied" is the mother, so an official alone is left unresolved."""
        if not _one_unnamed_person(speaker):
            return False
        head = _head_word(speaker)
        gender = _gender_of(head) or (
            {"m"} if head.endswith(("man", "men")) else {"f"} if head.endswith("woman") else set()
        )
        if gender:
            return bool(gender & _gender_of(pronoun))  # a spokesman is "he", not "she"
        return head.startswith("spokes")

    def _carried_body(self, start: int, sentence: str) -> Speaker | None:
        """The body an "it" at `start` stands for when none quoted before does: the subject of
        the sentence right before, named or described ("The FAO has urged the ... It also
        criticised", "As a result, the Japanese car maker has sought ... Last month it said"),
        with no other body between (`_subject_carried_to_it`); a description must resolve to
        a body's name, and a text or document is no body."""
        subject = self._body_subject_before(start)
        if subject is None:
            return None
        surface = self.masked[subject[0] : subject[1]]
        head = _tokens(surface)[-1].lower().strip("()")
        if head in _document_nouns() or head in words("written_works") or _a_place(surface):
            # "The Prevention of Terrorism Bill was published ... It proposes": a text, no
            # body; "Georgia tied for third ... And it underscored": the state or what happened
            return None
        said_by, _ = self._resolve_unfiled(surface, subject[0], subject[1], sentence)
        described = _tokens(surface)[1:]
        if _tokens(surface)[-1].islower() and all(
            t.islower() or _a_place(t) or _a_describing_word(t) or (t.isupper() and len(t) == 2)
            for t in _token_tuple(said_by.name)
        ):
            # "The US firm", "the Japanese car maker": described, no name found for it (but
            # "The Argonaut group" is named)
            said_by = replace(said_by, kind="unknown")
        if said_by.kind == "unknown" and surface[:4].lower() == "the " and len(described) > 1:
            # "the Japanese car maker" after "Japanese car maker Mitsubishi Motors": the one
            # body the article wrote with all of the description before its name
            names = {
                found.group("name") or found.group("named")
                for found in _introduced_as(" ".join(described)).finditer(self.masked, 0, start)
            }
            name = next(iter(names)) if len(names) == 1 else ""
            if (
                name
                and _first_name_sex(name) is None
                and not self._titled().get(_tokens(name)[-1].lower())
            ):
                said_by = Speaker(name, surface, start, start, "organization")
        if (
            said_by.kind not in ("organization", "media")
            or _a_document(said_by)
            or said_by.name == UNKNOWN_SPEAKER
            or not any(c.isupper() for c in said_by.name)
        ):
            return None
        return said_by

    def not_an_antecedent(self, start: int) -> None:
        """Keep the history's entry at `start` from being what a later pronoun stands for,
        its name and role still known to later mentions: the owner of a claim noun in a verb's
        object ("Biden rubbished Trump's claim to understand the middle class. ... he said" is
        Biden), whom a reader does not take for a main clause's subject."""
        self._not_antecedents.add(start)

    def _recent(self, predicate, pronoun: bool = False) -> Speaker | None:  # type: ignore[no-untyped-def]
        """The latest speaker of the history's last few that `predicate` holds for; for a
        `pronoun`, none that `not_an_antecedent` set aside."""
        for speaker in reversed(self.history[-_PRONOUN_WINDOW:]):
            if (
                speaker.kind != "unknown"
                and not (pronoun and speaker.start in self._not_antecedents)
                and predicate(speaker)
            ):
                return speaker
        return None

    def resolve(
        self,
        surface: str,
        start: int,
        end: int,
        sentence: str,
        appositive: str | None = None,
        context_organization: str | None = None,
    ) -> tuple[Speaker, float]:
        """The Speaker for a mention, and how confident the resolution is (0..1).

        `context_organization` is the organisation that opens the sentence before ("The White
        House also expressed concern. John Kirby, ..., stated"): a person introduced with a
        role right after it is taken to speak for it.
        """
        run_in = _RUN_IN_DASH.search(surface) if "--" in surface else None
        if run_in is not None:
            # "former All-Star Chris Webber--who often complained": a dash typed as two
            # hyphens, run into the name, opens an aside (not "WASHINGTON -- President Obama")
            surface = surface[: run_in.start()]
            end = start + len(surface)
        spaced = _SPACED_DASH.search(surface)
        if spaced is not None:
            # a dash set off by spaces opens or closes an aside, never a part of a name: "the
            # Tax Policy Center - half a percentage point of ..." is the Tax Policy Center; in
            # "... a cheeseburger - an old favorite - others say" the aside closes inside the
            # mention and "others" speak; but in "Many Republicans - who made up 46 percent,
            # according to a February survey conducted by WBUR radio - empathize with ..." the
            # source is inside the aside, and the verb after it is the sentence's
            before = self.masked[max(0, start - 300) : start]
            before = _SENTENCE_BREAK.split(before)[-1]
            after = surface[spaced.end() :].split()
            if (
                len(_SPACED_DASH.findall(before)) % 2
                and after
                and (
                    len(after) == 1
                    or after[0][:1].isupper()
                    or after[0] in words("determiners")
                    or after[0] in pronoun_classes()
                )
            ):
                surface, start = surface[spaced.end() :], start + spaced.end()
            else:
                surface = surface[: spaced.start()]
                end = start + len(surface)
        if _SPACED_DASH.match(self.masked, end) and "-" not in surface:
            before = _SENTENCE_BREAK.split(self.masked[max(0, start - 300) : start])[-1]
            dashes = list(_SPACED_DASH.finditer(before))
            if (
                len(dashes) % 2
                and before[dashes[-1].end() :].strip()
                and not _ACCORDING_TO_BEFORE.search(before)
            ):
                # "recent figures from the Land Registry - showing a big drop in sales between
                # the last quarter of 2004 and the previous year - suggested": the words that
                # close a dash's aside are no subject of the verb after it (but a whole aside
                # may be: "a major party nominee -- the Republican Donald J. Trump -- questions";
                # and "- according to the report -" gives its source inside)
                return Speaker(UNKNOWN_SPEAKER, surface, start, end, "unknown"), 0.3
        governed = (
            _WORD_BEFORE.search(self.masked, max(0, start - 24), start)
            # the cheap test first: the words before end in no such participle
            if self.masked[max(0, start - 24) : start].rstrip().endswith(_object_participles())
            else None
        )
        if governed is not None and governed.group(1) in words("object_participles"):
            # "Groups representing Uzbeks, the nation's largest minority, complained": the
            # participle's object is part of the subject, whose head is before it
            return Speaker(UNKNOWN_SPEAKER, surface, start, end, "unknown"), 0.3
        if appositive is not None and _PREDICATE_ASIDE.match(appositive):
            # "Two other outside former directors, Bert Roberts and Francesco Galesi, remain
            # defendants in the lawsuit, said the newspaper": what follows the name is its
            # verb, so the name is the subject of the words reported, not who reports them
            return Speaker(UNKNOWN_SPEAKER, surface, start, end, "unknown"), 0.3
        if appositive is not None and _JOINED_ASIDE.match(appositive):
            relative = self._relative_before(start)
            if relative is not None and "," not in self.masked[relative + 1 : start]:
                # "Mr Wilson, who was also involved with Joy Division's successor band New
                # Order, as well as the Happy Mondays, said": what "as well as" joins lists
                # more of what the relative clause names; the speaker is the name the clause is
                # about, or nobody when no name opens it
                person = self._name_opening_the_clause(start)
                if person is None or person[1] > relative:
                    return Speaker(UNKNOWN_SPEAKER, surface, start, end, "unknown"), 0.3
                surface, start, end = self.masked[person[0] : person[1]], person[0], person[1]
            appositive = None  # "Smith, along with his lawyer, said": no role of Smith's
        name_at = after_inverted_verb(surface, 0, len(surface))
        if name_at is not None:
            # "Stated Stone:", "Continued Stone:", "Said Williams:": an inverted frame's verb
            # opens the label, the name follows it
            start += name_at
            surface = surface[name_at:]
        relative = _RUN_IN_RELATIVE.search(surface)
        if relative is not None and _run_in_aside(surface, relative):
            surface = surface[: relative.start()]
            end = start + len(surface)
        kept = _without_trailing_adverbs(surface)
        if kept != surface:
            surface = kept
            end = start + len(surface)
        if not surface.split():
            # a mention with no word in it ('"0"According to::') names nobody
            return Speaker(UNKNOWN_SPEAKER, surface, start, end, "unknown"), 0.3
        if surface.split()[-1] in _LEFT_OPEN:
            # "The e-mails show that they have come from an fbi.gov address and tell": a
            # phrase cut off before what it joins names nobody
            return Speaker(UNKNOWN_SPEAKER, surface, start, end, "unknown"), 0.3
        if _a_cause_body(surface):
            # "Reporters Without Borders", "Physicians for Human Rights": people named with the
            # cause they stand for make one body's name, not a role before a name
            name = _LEADING_THE.sub("", surface)
            speaker = Speaker(name, surface, start, end, "organization")
            self.history.append(speaker)
            return speaker, 0.8
        lowered = surface.lower()
        pronouns = pronoun_classes()
        contracted = _CONTRACTED_PRONOUN.fullmatch(lowered)
        if contracted and contracted.group(1) in pronouns:
            lowered = contracted.group(1)  # "I'm old enough to remember ...": "I", never "I'm"
        if self._abbreviated_place(surface, start, end) or (
            _PARTY_AND_PLACE.fullmatch(surface) and self.masked[max(0, start - 2) : start] == ", "
        ):
            # ("Senator Jeff Flake, Republican of Arizona, who echoed": a party and a state
            # after a name's comma say who he is; the speaker is the name, when one opens)
            # "Matt Smith, the county attorney in Mohave County, Az. said": a state, not him;
            # he is the name that opens the clause, when one does
            person = self._name_opening_the_clause(start)
            if person is None:
                return Speaker(UNKNOWN_SPEAKER, surface, start, end, "unknown"), 0.3
            surface, start, end = self.masked[person[0] : person[1]], person[0], person[1]
            lowered, appositive = surface.lower(), None  # the aside was about the place
        owner = _owner_of_words(surface)
        sender = _document_sender(surface) if owner is None else (0, len(owner))
        sent = None
        if sender is not None:
            sent = (
                surface[sender[0] : sender[1]], start + sender[0], start + sender[1],
                sender[1] < len(surface.rstrip(" ,")),
            )  # fmt: skip
        elif appositive:
            sent = self._sender_in_aside(surface, end, appositive)
        if sent is not None:
            # "Mr Crosby's statement said:", "A statement from Waitrose said", "The study, by
            # Mirapoint, said": whoever owns the statement speaks through it; the owner is
            # filed below with the whole mention
            sender_said, at, until, before_document = sent
            said_by, confidence = self._resolve_unfiled(sender_said, at, until, sentence)
            if _a_study(surface) and not _study_sender(
                said_by, sender_said, bool(before_document or owner)
            ):
                said_by = replace(said_by, kind="unknown")  # the document stays the speaker
            one_word = len(said_by.name.split()) == 1
            named_before = before_document and said_by.name == sender_said
            if owner is None and said_by.kind == "person" and (one_word or named_before):
                # "the letter from Qwest": one word the article never gives a first name, which
                # puts out statements, is a body's name; and so is a name put before the
                # document as a word that says whose it is ("a Capital Economics statement",
                # "an NYPD release"), unless the article named a person so before. Not an
                # owner's ("Morquendi's message"): a blogger's message is as much his
                said_by = replace(said_by, kind="organization")
            elif (
                owner is None
                and said_by.kind == "person"
                and said_by.role is None
                and said_by.name == sender_said
            ):
                # "a press release from Judicial Watch": a name of two words may be a body's
                # as well as a person's; the sender is named, whatever it is
                said_by = replace(said_by, kind="unknown")  # its role is None already
            if said_by.kind != "unknown":
                speaker = Speaker(
                    said_by.name, surface, start, end, said_by.kind, said_by.role,
                    said_by.organization,
                )  # fmt: skip
                self.history.append(speaker)
                return speaker, min(confidence, 0.7)
        if _a_stretch_of_time(surface) or _WHEN_AND_WHERE.match(surface):
            # "When Fiorina a month later announced": when, not who
            return Speaker(UNKNOWN_SPEAKER, surface, start, end, "unknown"), 0.3
        if lowered in ("the", "a", "an"):
            # '"Who are they trying to kid?" The proposed question ... is:': a word that only
            # opens a noun phrase names nobody
            return Speaker(UNKNOWN_SPEAKER, surface, start, end, "unknown"), 0.3
        if lowered.split(maxsplit=1)[0] in words("indefinite_pronouns"):
            # "Nobody asked about ...", "No-one who plays the finished product will wonder":
            # no one to name, and no one a later "he" stands for
            return Speaker(UNKNOWN_SPEAKER, surface, start, end, "unknown"), 0.3
        if _MONTH_ABBREVIATION.fullmatch(surface):
            # "announced Nov. 12": a date, not who
            return Speaker(UNKNOWN_SPEAKER, surface, start, end, "unknown"), 0.3
        if lowered in pronouns:
            cls = pronouns[lowered]
            if cls == "person":
                target = self._recent(
                    lambda s: (
                        (s.kind == "person" and not _two_people(s.name) and not _many_people(s))
                        or self._unnamed_for(lowered, s)
                    ),
                    pronoun=True,
                )  # "A spokeswoman for Delta said ... She added"; not "An official ... she",
                # nor "Jeb Bush and Chris Christie, who say ... he is emphasizing": two people,
                # nor "The crowd chanted back at him ... he said": many
                if target is not None and not self._may_stand_for(lowered, target, start):
                    target = None  # "Obama said X. Trump ... He added"; "Mr. Kirby said. She"
                if target is not None and _fronted_clause_names_another(
                    self.masked[max(0, start - 200) : start], target
                ):
                    target = None  # "After Kathina was shot, she exclaimed": she is Kathina
            elif cls == "group":
                target = self._recent(
                    lambda s: (
                        s.kind in ("organization", "anonymous", "media")
                        and not _one_unnamed_person(s)
                        and not _ones_person(s)
                        and not _a_document(s)
                    ),
                    pronoun=True,
                )
                if target is not None and _NAMED_PAIR.search(self.masked, target.end, start):
                    target = None  # "Mark and Condon have axed ... They said": the two of them
                if target is not None and _PLURAL_SUBJECT.search(self.masked, target.end, start):
                    target = None  # "The ideas behind the movement are ... They reason": those
                if target is not None and self._role_group_between(target.end, start):
                    target = None  # "The Tories say ... Ministers deny ... they say": ministers
                if target is not None and self._other_group_opens_sentence_between(target, start):
                    target = None  # "Prosecutors went after the companies ... The tobacco
                    # companies denied the charges ... They also said": the companies
                if (
                    target is not None
                    and not _named_in_the_plural(target)
                    and self._people_named_between(target, start)
                ):
                    target = None  # "The Cabinet Office has confirmed ..., prompting unions
                    # ... to threaten united action. They believe": the unions, as like as not
            elif cls == "thing":
                target = self._recent(lambda s: s.kind in ("organization", "media"), pronoun=True)
                if target is not None and self._other_body_between(target, start):
                    target = None  # "Argonaut called in David Rubin & Partners ... It spent"
                if (
                    target is not None
                    and target.kind != "media"
                    and self._text_opens_sentence_before(target.end, start)
                ):
                    # "The government has consistently refused to publish ... But a short
                    # statement about Lord Goldsmith's position was presented ... It said":
                    # "it" may be the statement as well as the government (a report named
                    # before, "The report also provided details ... It said", is that text)
                    target = None
                if target is not None and (
                    _THE_PLURAL_GROUP.fullmatch(target.mention)
                    or _bodies_conjoined(target.mention)
                    or _plural_head(target.mention)
                ):
                    # "The Tories said ... It said", "the Conservatives and Liberal Democrats
                    # say ... It said": "it" is never "they"
                    target = None
                if _EXPLETIVE_IT.match(self.masked, end):
                    target = None  # "it was announced that ...": nobody, not the last company
                elif target is None and lowered == "it":
                    target = self._carried_body(start, sentence)
            else:
                target = None
            if target is None:
                return Speaker(UNKNOWN_SPEAKER, surface, start, end, "unknown"), 0.3
            speaker = Speaker(
                target.name, surface, start, end, target.kind, target.role, target.organization
            )
            self.history.append(speaker)
            return speaker, 0.65

        named_before = self._name_before_role(surface, start)
        if named_before is not None:
            # "Chris Panayis, managing director of ISP Freedom2surf said": the aside is left
            # open, so the mention found is the role; the speaker is the name before it
            (n_start, n_end), role_start = named_before
            if not (role_start == start and appositive is not None and _a_credential(surface)):
                # "Jorge Alsip, MD, the Alabama medical society's president, said": a degree
                # after the name is no post; the aside after it is
                appositive = self.masked[role_start:end]
            surface, start, end = self.masked[n_start:n_end], n_start, n_end
        mention = surface
        named = _name_in_aside(surface, appositive, sentence)
        body = _body_named_in_aside(surface, appositive) if named is None else None
        if body is not None:
            surface, appositive = body, None
        described_role = None
        if named is not None:
            described_role = (  # "police commissioner", "Scottish Conservative leader"
                re.sub(r"^\S+\s+", "", surface) if _describing_opener(surface) else surface
            )
            surface, appositive = named, None
        toks = _tokens(surface)
        if toks and toks[0].lower() == "the":
            toks = _spelt_out(toks)  # "The PM": the prime minister
        if (
            len(toks) > 2
            and toks[0].lower() == "the"
            and toks[-1][:1].islower()
            and any(t[:1].isupper() for t in toks[1:])
            and toks[-1].lower() in _person_nouns() | _title_words()
        ):
            # "The Tory leader": an office with a party or a place in it, named in passing
            held = self._office_holder(toks[1:], start) or self._lead_subject(toks, start)
            if held is not None:
                speaker = Speaker(held.name, mention, start, end, "person", held.role)
                self.history.append(speaker)
                return speaker, 0.7
        if _a_state_party_member(toks):
            # "Ryan told CNN ... It was a partial reversal for the Wisconsin Republican": the
            # only one the article has let speak so far
            sole = self._sole_speaker_before(start)
            if sole is not None:
                speaker = Speaker(sole.name, mention, start, end, "person", sole.role,
                                  sole.organization)  # fmt: skip
                self.history.append(speaker)
                return speaker, 0.7
        if _a_nationality_epithet(toks):
            # "The 55-year-old Frenchman told", "the 24-year-old Swiss added": one the article
            # named, described by where they are from; never a name of its own ("Frenchman")
            sole = self._sole_person_named_before(start)
            if sole is None or _surname(sole.name) in sentence:
                # "Dallas said that Deans was tackled short, but the Kiwi said": not the one
                # the sentence names
                return Speaker(UNKNOWN_SPEAKER, mention, start, end, "unknown"), 0.3
            speaker = Speaker(sole.name, mention, start, end, "person", sole.role,
                              sole.organization)  # fmt: skip
            self.history.append(speaker)
            return speaker, 0.7
        held = self._short_for_a_name(toks, start)
        if held is not None:
            # "The Reserve Bank of Australia lifted interest rates ... The Bank said"
            self.history.append(Speaker(held, mention, start, end, "organization"))
            return self.history[-1], 0.75
        if toks and toks[0].lower() == "the" and all(_lower_or_age(t) for t in toks[1:]):
            head = toks[-1].lower()
            self._latest()
            earlier = self._by_head.get(head)  # the latest speaker with this head or role word
            if earlier is not None and not _same_office(toks[1:], earlier, self._lead(earlier)):
                earlier = None  # "the prime minister" is not "minister Lord Moynihan"
            if earlier is not None and _other_kind(head, earlier):
                # "The alerts will tell people" is no person, whatever came before, and "The
                # inspector general" no "report from the State Department's inspector general"
                earlier = None
            if earlier is not None and head in _body_nouns() and earlier.kind != _body_kind(head):
                earlier = None  # "the bank said" is no "Bank of England figures"
            if (
                earlier is not None
                and head in _document_nouns()
                # a report named with nobody behind it stands for itself, as it always has
                and (head not in words("study_nouns") or _names_a_sender(earlier))
                and self._another_document_between(earlier.end, start)
            ):
                # "According to a Samaritan's Purse press release, ... In a press statement
                # released Nov. 10, the White House urged ... "...," read the press release.":
                # another document came between, and the last one named may be the one meant
                earlier = None
            if earlier is None and head in words("body_anaphors"):
                # "the company", and with what it is: "the social media company", "the
                # German carmaker"; not "the terrorist group" for "SITE Intelligence Group",
                # whose own name has the noun and so failed the office test above
                earlier = (
                    self._body_named_before(head, start)
                    or self._body_introduced_as(head, start)
                    or self._sole_company_before(head, start)
                    or self._company_carried_on(toks, start, sentence)
                )
                own = (
                    {t.lower() for t in _token_tuple(earlier.name)}
                    if earlier is not None
                    else set()
                )
                if len(toks) > 2 and head in own:
                    earlier = None
            if earlier is None and len(toks) == 2 and head in _document_nouns():
                # "Kraft Foods issued a statement ... "...," the statement said": whoever put
                # the document out speaks through it
                earlier = self._document_put_out_before(
                    head, start, sentence
                ) or self._document_sent_before(start)
            if (
                earlier is None
                and head in _person_nouns() | _title_words()
                and not _plural_role(head)
            ):
                # "Tory leader Michael Howard" named in passing, then "The Tory leader said";
                # but "The students" are not one of "students David Filo and Jerry Yang"
                earlier = self._office_holder(toks[1:], start)
            calling = head in _LEAD_CALLINGS or _AGE.fullmatch(head) is not None
            if earlier is None and calling and "'" not in surface + "’":
                earlier = self._sole_person_named_before(start)  # not "the church's minister"
            if (
                earlier is None
                and head in _person_nouns() | _title_words()
                and not _plural_role(head)
            ):
                earlier = self._lead_subject(toks, start)  # "Tony Blair has said ... The
                # prime minister said"
            if earlier is not None:
                speaker = Speaker(
                    earlier.name, mention, start, end, earlier.kind, earlier.role,
                    earlier.organization,
                )  # fmt: skip
                self.history.append(speaker)
                return speaker, 0.75

        name, role = split_role_and_name(_without_prefix(surface, sentence))
        if (
            role is not None
            and _people_of_someone(surface)
            and role.split()[-1].lower() not in _body_nouns()
        ):
            # "supporters of Democrat Hillary Clinton", "Sources close to Mr Hockney": people
            # the name has, none of them named; never the person named ("researchers at
            # security firm Trend Micro" are the firm's, read below)
            name, role = surface, None
        titled = role is not None and role.rstrip(".").lower() in _HONOURS  # "Mr Hirsch from"
        addressed = role is not None and role.rstrip(".").lower() in _HONORIFICS
        name, affiliation = _split_affiliation(name, titled, addressed)
        if affiliation is not None and self._town_of_a_state(end):
            affiliation = None  # "Tom Emanuel of Laconia, N.H., said": where he lives, no employer
        if affiliation is None:
            name = _without_place_after(name)
        owner, owned = _possessor_and_name(name)
        if owner is not None:
            name, affiliation = owned, affiliation or owner  # "Arsenal's Patrick Vieira"
        # "Stu Rothenberg of the conservative Heritage Foundation": the person read before the
        # words for where they work, which name no speaker of their own
        tail = surface[len(name) :].split()[:1] if surface.startswith(name + " ") else []
        person_before = bool(tail) and tail[0] in _LINKING_PREPOSITIONS
        kind = mention_kind(name if role or affiliation or person_before else surface, sentence)
        if (
            kind in ("anonymous", "media")
            and role is not None
            and (role.lower() in _title_words() or role.rstrip(".").lower() in _HONOURS)
            and _NAME_TOKEN.fullmatch(name) is not None
        ):
            # "Dr. Farmer", "Sgt. Baker": a title before a surname names one; "Mr Fox", "Dr
            # Fox": a surname that is also a broadcaster's name
            kind = "person"
        if (
            role
            and _looks_like_person(_tokens(name))
            and (kind == "organization" or (kind == "media" and _person_role(role)))
            # "Yukos' owner Menatep Group": a name that ends in a body's noun is the body's
            and _compound_head(name.split()[-1].rstrip(".")) not in words("organization_nouns")
        ):
            # "Senate Majority Leader Mitch McConnell", "Tory co-chairman Liam Fox" (a surname
            # that is also a broadcaster's name); not "the local Arab News"
            kind = "person"
        role_head = role.split()[-1].lower() if role else ""
        if role and role_head not in _person_nouns() and _OFFICE_OF_WORDS.search(role):
            role_head = _office_head(role)  # "Secretary of State": a secretary, no state
        if role_head in _body_nouns():
            # "firm F-Secure", "Hollywood newspaper Daily Variety": what the name is
            kind = _body_kind(role_head)
            role = None
        elif role_head == "rival" and name.lower() in words("company_names"):
            # "Rival Sony said": a known company's rival is a company, "rival" no post
            kind = "organization"
            role = None
        elif kind == "person" and role and _many_before_one_name(role, name):
            # "market analysts Chart-Track", "consultants Strategy Analytics": many people
            # named by one name are a firm, not a person
            kind = "organization"
            role = None
        if role and role.rstrip(".").lower() in _HONORIFICS:
            role = None  # "Mr Makower": a form of address, not a role
        if role and _POSSESSIVE.search(role) and " of " not in role:
            # "ONGC's Mr Raha", "eBay's David Stern": whose the person is, no office (but "a
            # friend of the couple's" is one); a capitalised owner is where they work
            owner = _capitalised_owner(role)
            affiliation = affiliation or owner
            role = None
        if (
            role
            and role_head.endswith("s")
            and not role_head.endswith("ss")  # "Qantas boss Mr Dixon" is one person
            and people_plural(role_head)
            and (len(_tokens(name)) == 1 or _tokens(name)[-1].lower() in words("body_name_words"))
            and _first_name_sex(role) is None  # "David Rubin of administrators David Rubin &"
            and kind == "person"
        ):
            # "research from technology analysts Gartner", "a study by analysts Jupiter
            # Research": a lone name, or a body's, that plural people introduce is the body
            # they make up, not one of them
            kind = "organization"
            role = None
        organization = None
        if described_role is not None:
            role, organization = parse_appositive(described_role)
            if organization and organization.split()[-1] in words("written_works"):
                organization = None  # "The author of the book, Mitchell Zuckoff,": no body
        if appositive and _DEGREE.fullmatch(appositive.strip()):
            # "Tom Murray, PhD, head of the Hastings Center,": a degree, no post
            appositive = None
        if appositive:
            a_role, a_org = parse_appositive(appositive)
            if role is None or (
                a_role
                and role.rstrip(".").lower() in _OFFICELESS_TITLES
                and _office_head(a_role) in _person_nouns()
            ):
                # "Lord Bach, Minister for Defence Procurement", "Col. Steven Warren, a military
                # spokesman": the office, not an honour or rank that says nothing of it
                role = a_role
            organization = a_org
            if organization is not None and self._ends_on_a_town(appositive, organization, end):
                organization = None  # "a broker based in Tampa, Fla.": where, no employer
            if organization is not None and organization in _BODIES_THE_ARTICLE_NAMES:
                # "Ilene Wolff, a spokeswoman for the hospital,": the hospital named before
                organization = self._body_the_noun_stands_for(organization, start)
            described_as = _ROLE_QUALIFIER.split(a_role or "", maxsplit=1)[0].split()
            body_head = described_as[-1].lower() if described_as else ""
            aside = appositive.split()
            describes = bool(described_as) and (
                aside[0].lower() in ("the", "a", "an", "one") or aside[0].endswith(("'s", "’s"))
            )  # not "Jackson, in a statement released through the team,"
            if (
                kind == "person"
                and (
                    len(_tokens(name)) == 1
                    or (
                        _first_name_sex(name) is None
                        and affiliation is None
                        and _aside_names_a_company(described_as)
                    )
                )
                and describes
                and body_head in _body_nouns()
            ):
                # "Wal-Mart, the largest US retailer,": the aside says what the name is; and
                # of more words with no first name, when it calls them a company ("Exxon
                # Mobil, the world's largest oil company,")
                kind = _body_kind(body_head)
                role = None
        if kind == "person" and len(_after_office(name.split())) < len(name.split()):
            name = " ".join(_after_office(name.split()))
        unsure = group = False
        if kind == "person":
            name_toks = _tokens(name)
            particle = len(name_toks) == 2 and name_toks[0].lower() in SURNAME_PARTICLES
            if len(name_toks) == 1 or particle:
                # "Rompuy", and "Van Rompuy" or "De Blasio": a surname with its particle
                surname = name_toks[-1]
                candidates = _shortest(self.full_names.get(surname.lower(), set()))
                if appositive and candidates:
                    # "Clinton, 35, the daughter of former President Bill Clinton, said": whom
                    # the speaker's own aside names her by is someone else
                    candidates = {c for c in candidates if c not in appositive}
                if not particle and (role or "").lower() in _FIRST_NAME_HONOURS:
                    # "Sir Digby said": a knight or dame goes by the first name, so the one
                    # person named "Digby ..." before is who speaks, not a "Digby" of his own
                    candidates = self._by_first_name(surname)
                    role = None if candidates else role
                self._latest()
                # the latest person of that surname
                prior = self._person_by_surname.get((surname if particle else name).lower())
                if prior is not None and appositive and prior.name in appositive:
                    prior = None  # "the daughter of former President Bill Clinton": not him
                if prior is not None and _a_relative(prior) and len(candidates) > 1:
                    # "his daughter Ivanka Trump" spoke last, yet "Trump said" is her father: a
                    # relative is called by the first name, the bare surname is the other one
                    candidates = candidates - {prior.name}
                    prior = None
                if (
                    prior is not None
                    and not particle
                    and self._named_after_another(prior, candidates, mention or "")
                ):
                    # "forward Tyler Hansbrough ... said Gene Hansbrough, who surprised his son
                    # ... "I wanted it on a 3," Hansbrough said": the one who spoke last was named
                    # after another of the surname, whom the bare surname may as well mean
                    kind = "unknown"
                elif prior is not None:
                    name = prior.name
                    role = role or prior.role
                    organization = organization or prior.organization
                elif len(candidates) == 1:
                    name = next(iter(candidates))
                elif not candidates and self._body_named(name) is not None:
                    kind = self._body_named(name)  # "firm Clearswift said ... Clearswift said"
                elif not candidates and role is None and self._called_it(name):
                    kind = "organization"  # "Hyundai expects its sales ...": a company
                elif not candidates and role is None and self._has_what_companies_have(name):
                    kind = "organization"  # "Apple's shares", "employees at Microsoft"
                elif not candidates and role is None and self._short_for_a_company(name):
                    kind = "organization"  # "Contrack International ... Contrack said"
                elif not candidates and role is None and name.lower() in _places():
                    kind = "organization"  # "Russia says Yukos owes": a state, as a body
                elif (
                    not candidates and role is None and not addressed and self._plural_opener(name)
                ):
                    # "Investors want ...": a group, as "Critics say"; not "Mr. Sanders said"
                    kind = "anonymous"
                    group = True
                elif (
                    not candidates
                    and role is None
                    and not self._titled().get(name.lower())
                    and name.lower() in words("company_names")
                ):
                    kind = "organization"  # "Apple wants the reporters to reveal ...": a company
                elif (
                    not candidates
                    and role is None
                    and not self._titled().get(name.lower())
                    and _PLACE_IN_AN_ASIDE.search(self.masked, max(0, start - 120), start)
                ):
                    # "the BBC's Sarah Mukherjee, with the Beaufort Hunt in Badminton,
                    # Gloucestershire said": the county of a place in an aside left open, not
                    # who speaks
                    kind = "unknown"
                elif (
                    not candidates
                    and role is None
                    and not self._titled().get(name.lower())
                    and not _PLURAL_GROUP.fullmatch(name)
                    and _PLURAL_VERB_AFTER.match(self.masked, end)
                ):
                    # "Leicester say they will not be rushed", "Real are keen": a one-word name
                    # with a plural verb is a team's or a company's, never one person's
                    kind = "organization"
                elif (
                    not candidates
                    and role is None
                    and not self._titled().get(name.lower())
                    and self._common_word_opening(name, start)
                ):
                    # "Forecasts predict", "Alerts tell people", "Guests are given": a common
                    # noun capitalised only as its clause's opener names nobody
                    kind = "unknown"
                elif (
                    not candidates
                    and role is None
                    and not self._titled().get(name.lower())
                    and mention == name
                    and _PLURAL_GROUP.fullmatch(name)
                    and _opens_clause(self.masked, start)
                    and self._only_opening(name)
                    and _plural_report_after(self.masked, end)
                ):
                    # "Rules stipulate that", "Associates say", "Pamphlets predict": a plural
                    # opener that a verb's plural agrees with is no one person's name
                    kind = "unknown"
                elif not candidates and role is None and not self._titled().get(name.lower()):
                    unsure = True  # "Siemens said": no first name, title or role says who
            elif role is None and (body := self._named_as_a_body(name, name_toks)) is not None:
                kind = body
            else:
                self.register(name)
        if kind == "person" and role is None:
            self._latest()
            earlier = self._by_name.get(name)
            if earlier is not None:
                role, organization = earlier.role, organization or earlier.organization
        if kind == "person" and organization is None and affiliation:
            organization = affiliation
        if kind == "person" and role and organization is None and context_organization:
            organization = context_organization
            if organization in _BODIES_THE_ARTICLE_NAMES:
                # "The company said ... Adam Jollans, IBM's world-wide Linux strategy manager,
                # said": the body whose the role says, else the one "the company" stands for
                owner = _POSSESSIVE_OWNER.match(role)
                named_owner = _capitalised_owner(owner.group()) if owner is not None else None
                if named_owner and mention_kind(named_owner, "") not in ("organization", "media"):
                    named_owner = None  # "Jarek's younger sister": a person's, no body's
                organization = named_owner or self._body_the_noun_stands_for(organization, start)
        if kind == "person":
            name = _without_opening_adverb(name)
            if name.lower() in words("institution_names"):
                kind = "organization"  # "Street" resolved to "Downing Street"
        if kind in ("organization", "media") and role and _ADJECTIVE_ONLY_ROLE.fullmatch(role):
            # "The official Xinhua News Agency", "the nonpartisan Congressional Budget Office":
            # a word describing a body, no post anyone holds
            role = None
        name = _canonical(name, kind)
        if name.lower() in pronouns or _PRONOUN_CONJUNCT.search(mention or name):
            # "REPORTER HE": whatever the split, a pronoun is never a speaker's name; nor part of
            # one ("He and Mr. Allen said", "she and another reporter said")
            return Speaker(UNKNOWN_SPEAKER, mention, start, end, "unknown"), 0.3
        if kind == "unknown" and name and name.split()[0].lower() in words("determiners"):
            # "The billionaire businessman": how the article names the speaker, unresolved
            return Speaker(name, mention, start, end, "unknown"), 0.45
        if kind == "unknown" or not name:
            return Speaker(UNKNOWN_SPEAKER, mention, start, end, "unknown"), 0.3
        if _POSSESSIVE.search(name):
            return Speaker(UNKNOWN_SPEAKER, mention, start, end, "unknown"), 0.3
        speaker = Speaker(name, mention, start, end, kind, role, organization)
        if not group:
            # a group capitalised as the opener is no antecedent for a later "they", as it is
            # none written in lower case ("investors said"): "Environmentalists had accused
            # Bush ... After a scientific review, they said" are the officials quoted before
            self.history.append(speaker)
        confidence = 0.85 if kind == "person" else 0.75
        if unsure and kind == "person":
            confidence = 0.6  # a lone name nothing says is a person's may be a company's
        return speaker, confidence
