"""Speech in relative clauses ("critics who say ..."): their antecedents, their content and the
acts they report.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factdb.extract.attribution.clause_after_cue import _speech_act, clause_after_cue
from factdb.extract.attribution.content_before_frame import _content_kind
from factdb.extract.attribution.record import Attribution, _trim
from factdb.extract.attribution.relative_subjects import _antecedent_of_who
from factdb.extract.attribution.shared import (
    _ADVERBIAL_OPENERS,
    _CLAUSE_VERBS,
    _COMMA_THEN_SPACE,
    _DETERMINERS,
    _RELATIVE_TIME,
    _TIME_LEADS,
    _WEAK_CLAUSE_VERBS,
)
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import pronoun_classes, words
from factdb.extract.mentions import CALENDAR, PREPOSITIONS, phrase_to_comma, subject_before
from factdb.extract.quotes import MASK, Quote
from factdb.extract.speakers import post_after_a_name, post_or_body_aside
from factdb.extract.speech_acts import families_of, names_a_person
from factdb.extract.verbs import FINITE_WORD, STRICT_FINITE, find_cues, has_finite

# ", who said", ", who, after trading insults with Mr. Hannity, said": a relative set off by a
# comma, an aside of its own at most before the cue
_COMMA_WHO_BEFORE_CUE = compile_on_use(
    r",\s*who(?:[’']s)?(?:\s*,[^,;:\x01]{1,80},)?\s+"
    rf"(?:(?:has|have|had|also|later|then|once|even|[a-z]+ly|{_RELATIVE_TIME})\s+)*$"
    # the relative's second verb: "Annette Guessford, who answered her door Sunday afternoon
    # and said she planned to caucus for Clinton"
    r"|,\s*who\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|s)\b[^,;:\x01—–]{0,80}?\s+and\s+"
    r"(?:(?:also|later|then)\s+)?$"
)


# a person's name ending right before a comma: two capitalised words at least, a title's
# full stop and a place after "of" allowed ("Sen. Dianne Feinstein of California")
_NAME_BEFORE_COMMA = compile_on_use(
    r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]+(?:\s+of\s+[A-Z][\w’'-]+)?$"
)


def _antecedent_before_comma_who(
    masked: str, s_start: int, cue_start: int, found: list[Attribution]
) -> tuple[int, int] | None:
    """Who a relative clause set off by a comma describes: the speaker of the sentence's claim
    just before it ("..., said one Democrat familiar with the discussion, who added that",
    '"...," said Nicky Driscoll, 24, from Manchester, who said'), or a full name right before
    the comma or before one appositive ("Sen. Dianne Feinstein of California, the ranking
    Democrat on the Senate Intelligence Committee, who said"). Never "who" itself, and no
    antecedent when the words before are no name ("the families of the victims, who said")."""
    who = _COMMA_WHO_BEFORE_CUE.search(masked, max(s_start, cue_start - 120), cue_start)
    if who is None:
        return None
    comma = who.start()
    if found and found[-1].mention is not None and found[-1].mention[1] <= comma:
        between = masked[found[-1].mention[1] : comma]
        if (
            len(between) <= 60
            and between.count(",") <= 2
            and MASK not in between
            and not has_finite(between)
        ):
            return found[-1].mention
    name = _name_heading_phrase(masked, s_start, comma)
    if name is None:
        aside = masked.rfind(",", max(s_start, comma - 90), comma)
        appositive = masked[aside + 1 : comma]
        if aside < 0 or MASK in appositive or has_finite(appositive):
            return None
        name = _name_heading_phrase(masked, s_start, aside)
    return name


# the words before a name that make it part of a longer phrase: "the ranking Democrat on the
# Senate Intelligence Committee" ends with a name that is not the person described
_INSIDE_PHRASE = frozenset(["of", "on", "in", "at", "for", "from", "to", "into", "about"])


def _name_heading_phrase(masked: str, s_start: int, end: int) -> tuple[int, int] | None:
    """A full name ending at `end` that heads its own phrase ("by Sen. Dianne Feinstein of
    California", "editor Bret Stephens"), not one inside a description ("on the Senate
    Intelligence Committee")."""
    name = _NAME_BEFORE_COMMA.search(masked, max(s_start, end - 60), end)
    if name is None or masked[name.start() : name.end()].split()[0].lower() in words(
        "function_words"
    ):
        return None
    before = masked[max(s_start, name.start() - 20) : name.start()].split()[-1:]
    if before and (before[0].lower() in _DETERMINERS or before[0].lower() in _INSIDE_PHRASE):
        return None
    return name.start(), name.end()


# a modal in a relative's cue: what the speaker "will say" or "would call for" is not yet said
_NOT_YET_SAID = compile_on_use(r"\b(?:will|would|could|may|might|can)\b")


def _relative_content(
    text: str,
    masked: str,
    quotes: list[Quote],
    cue: tuple[int, int],
    cue_end: int,
    s_end: int,
    base: str,
) -> tuple[int, int, str] | None:
    """What a relative clause's cue reports: a clause up to the next speaker's act ("critics
    who say he should ..., saying ...": the participle is the sentence subject's), never a
    quotation further on ("analysts who claim to ..., Bolton said, "..."") and never what
    someone "will say"."""
    if _NOT_YET_SAID.search(masked, cue[0], cue_end):
        return None
    after = clause_after_cue(text, masked, quotes, cue_end, s_end, base)
    if after is None or after[2] == "direct" or after[3] not in ("said-that", "said-clause"):
        return None
    s, e, kind, _ = after
    for later in find_cues(masked, s, e):
        if masked.rfind(",", s, later.start()) > s or masked[s : later.start()].rstrip().endswith(
            MASK
        ):
            e = _trim(text, s, later.start())[1]  # up to the next act, its comma trimmed
            kind = _content_kind(masked, quotes, s, e)
            break
    return s, e, kind


def _antecedent_name(masked: str, floor: int, relative: re.Match[str]) -> tuple[int, int] | None:
    """The person a relative "who" (`_RELATIVE_OPEN_AT_PARTICIPLE`) describes: the name right
    before its comma, or before the appositive it ends ("Jesus Garcia, a little-known county
    commissioner who"); None for a thing ("which"), a common noun or a pronoun, whose
    relative clause names no one sure enough."""
    if relative.group("pronoun") != "who":
        return None
    if relative.group("comma") is None:
        found = _name_of_appositive_who(masked, floor, relative.end("pronoun") + 1)
        return found[0] if found else None
    at = relative.start()
    name = subject_before(masked, floor, at) or _name_heading_phrase(masked, floor, at)
    if (
        name is None
        or not masked[name[0]].isupper()
        or masked[name[0] : name[1]].lower() in pronoun_classes()
        or not names_a_person(masked, *name)
    ):
        return None
    return name


_LIST_STOPS = words("function_words") | PREPOSITIONS | words("determiners")


# names set off by commas that open a sentence before "A and B said": the list's first items
_NAME_LIST_BEFORE = compile_on_use(
    r"\s*(?:(?:But|And)\s+)?(?P<names>(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+)+)$"
)


def _name_list_before(masked: str, s_start: int, names_at: int) -> int | None:
    """Where a list of names set off by commas starts that "A and B" at `names_at` ends: at
    the sentence's opening ("Carson, Fiorina and Huckabee say") or after an opening adverbial
    ("Last month, Paramount, Universal and Warner Brothers said"); never a dateline
    ("WASHINGTON, Smith and Jones said") or a time ("On Tuesday, Smith and Jones said")."""
    starts = [s_start]
    comma = masked.find(", ", s_start, names_at)
    if comma > s_start:
        opener = masked[s_start:comma].split()
        first = opener[0].lower() if opener else ""
        if (
            first in _ADVERBIAL_OPENERS
            or first in PREPOSITIONS
            or first in _TIME_LEADS
            or first in ("last", "this", "earlier")
        ) and not STRICT_FINITE.search(masked, s_start, comma):
            starts.append(comma + 2)
    for start in starts:
        listed = _NAME_LIST_BEFORE.match(masked, start, names_at)
        if listed is None:
            continue
        if not any(
            word.rstrip(",").lower() in _LIST_STOPS
            or CALENDAR.match(word.rstrip(","))
            or word.rstrip(",.").isupper()  # "WASHINGTON, ...": a dateline
            for word in listed.group("names").split()
        ):
            return listed.start("names")
    return None


def _through_quoted_title(masked: str, phrase: tuple[int, int], end: int) -> tuple[int, int]:
    """A source's phrase on through a quoted title inside it: "according to the "Medicare for
    all" document he released" is no source "the"."""
    at = phrase[1]
    while at < end and masked[at] == " ":
        at += 1
    if at >= end or masked[at] != MASK:
        return phrase
    while at < end and masked[at] == MASK:
        at += 1
    rest = phrase_to_comma(masked, at, end)
    if rest is None or rest[0] - at > 1:
        return phrase
    return phrase[0], rest[1]


def _name_before_unclosed_aside(
    masked: str, floor: int, subject: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Anais Faraj, an analyst at Nomura told the BBC": an aside whose closing comma the writer
    left out is no speaker of its own; the name before it is, with the aside as its appositive.

    For an aside opened by "a"/"an", which may be a speaker in its own right ("The plan, an
    inside source said, is ..."): the caller rules that out by the comma after the cue. A bare
    role ("Chris Panayis, managing director of ISP Freedom2surf said") is never a speaker, and
    the resolver finds the name before it (`SpeakerResolver._name_before_role`).

    A post or a body's name alone after a name ("Mr Prettejohn, Lloyd's chief executive
    said") is taken the same way when a first name or a title vouches for the name: after a
    quotation ('"...," Eric Abensur, Wanadoo's chief executive told') the name is no part of
    what was said."""
    aside = masked[subject[0] : subject[1]]
    opened_by_article = aside.split()[0].lower() in ("a", "an")
    before = masked[floor : subject[0]].rstrip()
    if not before.endswith(",") or not (opened_by_article or post_or_body_aside(aside)):
        return None
    name = subject_before(masked, floor, floor + len(before) - 1)
    if (
        not opened_by_article
        and name is not None
        and not post_after_a_name(masked[name[0] : name[1]], aside)
    ):
        return None
    if name is None or not all(w[:1].isupper() for w in masked[name[0] : name[1]].split()):
        return None  # a name, not "The next month, a former staffer announced"
    if masked[name[0] : name[1]].split()[0].lower() in words("determiners"):
        return None
    if masked[floor : name[0]].strip(" \t\n\x01,") != "":
        return None  # the name must open the clause: not "..., said Smith, an analyst"
    return name, subject


def _found_before_relative(masked: str, cue_start: int, found: list[Attribution]) -> bool:
    """Whether the sentence's claims so far leave a restrictive relative's act its own: none,
    or all with content and speaker ending before a quotation or a comma that sets the relative
    apart ('"... on English-language television," echoing some far-right commentators who have
    suggested that ...'); never after a speaker the relative may describe ("..., said Lionel
    Sosa, an influential Hispanic Republican who said ...")."""
    if not found:
        return True
    last = max(max(a.end, a.mention[1] if a.mention else a.end) for a in found)
    between = masked[last:cue_start]
    return (
        len(between) < 200
        and (MASK in between or "," in between)
        and not any(a.mention and a.mention[1] > a.end for a in found)
    )


# a relative set off by a dash right before the cue: "Donald Trump - who previously said"
_DASH_WHO_BEFORE_CUE = compile_on_use(
    r"(?:\s[-—–]|—)\s*who\s+(?:(?:has|have|had|also|once|[a-z]+ly)\s+)*$"
)


# the dash that closes such a relative
_CLOSING_DASH = compile_on_use(r"\s[-—–]\s|\s?—\s?")


def _antecedent_before_dash_who(
    masked: str, s_start: int, cue_start: int
) -> tuple[int, int] | None:
    """ "GOP front-runner Donald Trump - who previously said he would ... - offered few new
    details": a full name heading its own phrase right before the dash (`_name_heading_phrase`),
    never "who", and never after a dash that closes an aside ("candidates — like Republican
    front-runner Donald Trump — who say": the candidates say)."""
    who = _DASH_WHO_BEFORE_CUE.search(masked, max(s_start, cue_start - 40), cue_start)
    if who is None or _CLOSING_DASH.search(masked, s_start, who.start()):
        return None
    return _name_heading_phrase(masked, s_start, who.start())


def _before_closing_dash(
    text: str, masked: str, quotes: list[Quote], s: int, e: int
) -> tuple[int, int, str]:
    """The content of a relative set off by dashes ends at the dash that closes it, before
    the main clause's verb."""
    dash = _CLOSING_DASH.search(masked, s, e)
    if dash is None:
        return s, e, _content_kind(masked, quotes, s, e)
    s, e = _trim(text, s, dash.start())
    return s, e, _content_kind(masked, quotes, s, e)


def _relative_who(
    text: str,
    masked: str,
    quotes: list[Quote],
    sentence: tuple[int, int],
    cue: tuple[int, int],
    cue_end: int,
    base: str,
    found: list[Attribution],
) -> Attribution | None:
    """What a relative "who said ..." says, given to the speaker it describes: after a comma
    ("..., said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited ..."), or
    with no comma in a sentence that has no claim of its own yet ("..., said Lionel Sosa, an
    influential Hispanic Republican who said ...": background to that speaker)."""
    s_start, s_end = sentence
    finders: list[Callable[[], tuple[int, int] | None]] = []
    if base in _CLAUSE_VERBS or base in _WEAK_CLAUSE_VERBS:
        finders.append(lambda: _antecedent_before_comma_who(masked, s_start, cue[0], found))
    if base in _CLAUSE_VERBS and _found_before_relative(masked, cue[0], found):
        finders.append(lambda: _antecedent_of_who(masked, s_start, cue[0]))
    dashed = _antecedent_before_dash_who(masked, s_start, cue[0])
    if base in _CLAUSE_VERBS and dashed is not None:
        finders.append(lambda: dashed)
    for finder in finders:
        antecedent = finder()
        after = antecedent and _relative_content(text, masked, quotes, cue, cue_end, s_end, base)
        if antecedent and after:
            s, e, kind = after
            if dashed is not None and antecedent == dashed:
                s, e, kind = _before_closing_dash(text, masked, quotes, s, e)
            return Attribution(s, e, kind, f"{kind}:relative-who", cue, antecedent, None, 0.6)
    return _relative_act(text, masked, quotes, sentence, cue, cue_end, base, found)


# a relative on the head of an appositive, right before the cue: ", a Republican who", ", the
# party's nominee who has"
_APPOSITIVE_WHO = compile_on_use(
    r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,5}?(?P<who>who)\s+"
    r"(?:(?:has|have|had|also|once|[a-z]+ly)\s+)*$"
)


def _name_of_appositive_who(
    masked: str, s_start: int, cue_start: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "But Mr. Guerrero, a Republican who described himself as a religious Catholic, said":
    the relative describes the appositive's head, and the appositive the name before its comma,
    who is the speaker; never the head alone ("a Republican") nor "who". Returns the name and
    the appositive."""
    found = _APPOSITIVE_WHO.search(masked, max(s_start, cue_start - 80), cue_start)
    if found is None or FINITE_WORD.search(masked, found.start(), found.start("who")):
        return None
    # the name may be a subject, or an object that heads its own phrase: "a runoff with Jesus
    # Garcia, a little-known county commissioner who accused him of ..."
    name = subject_before(masked, s_start, found.start()) or _name_heading_phrase(
        masked, s_start, found.start()
    )
    if (
        name is None
        or not masked[name[0]].isupper()
        or masked[name[0] : name[1]].lower() in pronoun_classes()
    ):
        return None
    head = found.start() + len(found.group()) - len(found.group()[1:].lstrip())
    return name, (head, found.start("who") - 1)  # "a Republican"


# "the cynicism of experts", "the leader of the protesters": a phrase whose head comes before
# "of", so that who the relative describes is unsure
_HEAD_BEFORE_OF = compile_on_use(r"(?:the|a|an)\s+[^,;\x01]*?\bof\s", re.IGNORECASE)


def _restrictive_antecedent(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """ "drew fire from critics who warned about the cost": people the sentence's own verb
    governs, whose restrictive relative runs on to the sentence's end (`_antecedent_of_who`);
    never the last of a list ("workers in New York, Los Angeles and Seattle who demanded")
    nor a phrase whose head is before "of"."""
    antecedent = _antecedent_of_who(masked, s_start, cue_start)
    if antecedent is None or masked[s_start : antecedent[0]].rstrip().endswith(","):
        return None
    if _HEAD_BEFORE_OF.match(masked, antecedent[0], antecedent[1]):
        return None
    return antecedent


def _relative_act(
    text: str,
    masked: str,
    quotes: list[Quote],
    sentence: tuple[int, int],
    cue: tuple[int, int],
    cue_end: int,
    base: str,
    found: list[Attribution],
) -> Attribution | None:
    """A speech act in a relative set off by a comma, given to the speaker it describes, in the
    act's own shape: "Pierre de Vos, a professor in public law ..., who likened the campaign to
    a car crash", "Sen. Lindsey Graham, who's called for 20,000 troops split between Syria and
    Iraq"; never what the speaker "would call for" (`_relative_content`)."""
    if not families_of(base) or _NOT_YET_SAID.search(masked, cue[0], cue_end):
        return None
    appositive = None
    antecedent = _antecedent_before_comma_who(masked, sentence[0], cue[0], found)
    described = None if antecedent else _name_of_appositive_who(masked, sentence[0], cue[0])
    if described is not None:
        antecedent, appositive = described  # "Mr. Guerrero, a Republican who described ..."
    restrictive = antecedent is None and _found_before_relative(masked, cue[0], found)
    if restrictive:
        antecedent = _restrictive_antecedent(masked, sentence[0], cue[0])
    act = antecedent and _speech_act(text, masked, quotes, cue_end, cue_end, sentence[1], base)
    if not antecedent or not act:
        return None
    s, e, kind, rule = act
    if restrictive and find_cues(masked, s, e):
        return None  # "a spokeswoman who asked not to be named said": the main verb follows
    comma = _COMMA_THEN_SPACE.search(masked, s, e)
    if comma is not None:
        # the relative ends at its comma, before the main clause: "..., who's called for 20,000
        # troops split between Syria and Iraq, the candidates aren't offering ..."
        s, e = _trim(text, s, comma.start())
        kind = _content_kind(masked, quotes, s, e)
    return Attribution(s, e, kind, f"{kind}:{rule}", cue, antecedent, appositive, 0.6)
