"""The speaker phrase before a cue: long subjects, plural and counted people, subjects after a
comma or subordinator.
"""

from __future__ import annotations

import re

from factdb.extract.attribution.clause_after_cue import _NUMBER_WORDS
from factdb.extract.attribution.content_before_frame import (
    _QUANTIFIER_SUBJECT,
    _after_dateline,
    _after_fronted_adverbial,
    _has_any,
    _tail_is_adverbial,
)
from factdb.extract.attribution.shared import (
    _BARE_NAME,
    _DETERMINERS,
    _MODAL_BEFORE,
    _NOUN_LIKE_CUES,
    _SUBORDINATORS_OPENING,
    _TRAILING_TIME,
    _WEEKDAY,
)
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import belief_verb_forms, pronoun_classes, reporting_verb_forms, words
from factdb.extract.mentions import (
    AUXILIARIES,
    LEAD_CONNECTIVE,
    NOT_IN_PHRASE,
    PREPOSITIONS,
    subject_before,
)
from factdb.extract.quotes import MASK
from factdb.extract.speakers import people_plural
from factdb.extract.speech_acts import families_of
from factdb.extract.verbs import (
    FINITE_AUXILIARIES,
    FINITE_WORD,
    STRICT_FINITE,
    find_cues,
    has_finite,
)

# a parenthesis right before the cue, perhaps an adverb after it: "Kasich (who has 25
# delegates to date) said", "Advisers to a rival campaign (that would be ...) even suggest"
# (a comma may close the parenthesis: "Sen. Jack Reed (D-R.I.), said after a lunch ...")
_PARENTHESIS_BEFORE_CUE = compile_on_use(
    r"\(([^()\x01]{2,120})\),?(?:\s+(?:[a-z]+ly|also|even|then))?\s*$"
)


# what may come before a subject in its clause: nothing, a lead conjunction, or a clause break
_BEFORE_SUBJECT = compile_on_use(
    r"(?:^|(?:,|;|\s—|\s–)\s*(?:but|and|yet|so|while)?)\s*(?:But|And|So|Yet)?\s*$"
)


def _subject_before_parenthesis(
    masked: str, s_start: int, cue_start: int
) -> tuple[int, int] | None:
    """ "Kasich (who has 25 delegates to date) said", "..., but Sen. Chris Murphy (a Connecticut
    Democrat so boyish ...) says": the words in parentheses describe the subject before them,
    who speaks. Only a subject that opens its clause, so the parenthesis is no object's."""
    paren = _PARENTHESIS_BEFORE_CUE.search(masked, max(s_start, cue_start - 140), cue_start)
    if paren is None:
        return None
    floor = _after_dateline(masked, s_start, paren.start())
    subject = subject_before(masked, floor, paren.start()) or _long_subject(
        masked, floor, paren.start()
    )
    if subject is None or masked[subject[0] : subject[1]].lower() in pronoun_classes():
        return None
    if masked[subject[1] : paren.start()].strip():
        return None
    if not _BEFORE_SUBJECT.search(masked[floor : subject[0]]):
        return None
    return subject


def _plural_opening(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """ "Patient advocacy groups note", "Friends, lobbyists and former foes say": a short
    plural noun phrase that is all the sentence has before its reporting verb."""
    lead = LEAD_CONNECTIVE.match(masked, s_start, cue_start)
    start = lead.end() if lead else s_start
    phrase = masked[start:cue_start].strip()
    found = phrase.replace(",", " ").split()
    if not 1 <= len(found) <= 6 or not found[0][:1].isupper() or phrase.endswith(","):
        return None  # "Currently, the project takes three months, says Mr Dean": the claim
    if any(not w.isalpha() for w in found) or STRICT_FINITE.search(phrase):
        return None
    if any(w.lower() in words("function_words") and w.lower() != "and" for w in found):
        return None
    if any(w.lower() in ("who", "whose", "which", "that") for w in found):
        return None  # "Smith, whose company makes chips, said": a relative clause, no list
    head = found[-1]
    if not head.islower() or not head.endswith("s") or head.endswith(("ss", "us", "is")):
        return None
    at = masked.index(phrase, start)
    return at, at + len(phrase)


# where a clause of the sentence ends and the next may open with its own subject
# plural nouns for people by what they do: "forecasters", "specialists", "critics", "donors"
_AGENT_PLURAL = compile_on_use(r"(?:er|or|ist|ian|ant|ent|al|ic|at|ert)s$")


_CLAUSE_BOUNDARY = compile_on_use(r"(?:,|;|:|\s—|\s–)\s+(?:(?:but|and|yet|so|while)\s+)?")


def _plural_after_boundary(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """ "..., but security specialists say it's ...", "If it doesn't slow down, forecasters
    say ...": a short plural noun phrase that is all a later clause of the sentence has
    before its reporting verb, as `_plural_opening` reads one at the sentence's opening."""
    boundaries = list(_CLAUSE_BOUNDARY.finditer(masked, max(s_start, cue_start - 60), cue_start))
    if not boundaries:
        return None
    start = boundaries[-1].end()
    phrase = masked[start:cue_start].strip()
    found = phrase.split()
    if not 1 <= len(found) <= 3 or any(not w.isalpha() for w in found):
        return None
    lowered = [w.lower() for w in found]
    if any(
        w in words("function_words")
        or w in words("determiners")
        or w in pronoun_classes()
        or w in AUXILIARIES
        or w in reporting_verb_forms()
        or w in belief_verb_forms()
        or w in PREPOSITIONS
        or NOT_IN_PHRASE.match(w)
        for w in lowered
    ):
        return None
    head = found[-1]
    if not head.islower() or not _AGENT_PLURAL.search(head):
        return None  # "forecasters", "security specialists", "donors"; never "..., runs counter"
    at = masked.index(phrase, start)
    return at, at + len(phrase)


# the end of a speaker set off by commas inside the claim: the cue, up to three words of
# addressee or time, a comma ("insist, because", "told POLITICO, has", "said Tuesday, the")
_SHORT_ASIDE_END = compile_on_use(r"(?:\s+[\w.’'-]+){0,3}?,\s+(?=\S)")


# a spaced dash that closes an aside, and the word after it; any spaced dash
_SPACED_DASH_CLOSE = compile_on_use(r"\s(?:--|[—–-])\s+(?=\w)")


_ANY_SPACED_DASH = compile_on_use(r"\s(?:--|[—–-])\s")


def _closing_dash_before(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """The last spaced dash in masked[start:end] that closes an aside opened by another one
    before it (" - "...?" - "): (where the dash stands, where the words after it begin)."""
    dashes = list(_SPACED_DASH_CLOSE.finditer(masked, start, end))
    if not dashes or not _ANY_SPACED_DASH.search(masked, max(0, start - 200), dashes[-1].start()):
        return None
    if masked[dashes[-1].end() : end].split()[0].lower() in PREPOSITIONS:
        return None  # "more than half — 55 percent — of Sanders supporters said": one phrase
    return dashes[-1].start(), dashes[-1].end()


def _subject_after_comma(
    masked: str, s_start: int, cue: tuple[int, int], s_end: int
) -> tuple[int, int] | None:
    """ "..., one GOP source in the room said.", "But in recent days, advisers to Mr. Obama
    say, the president ...", "When her double-digit lead slipped last fall, Clinton's biggest
    boosters in New Hampshire insisted ...": a long subject that opens the last clause before
    the cue, read as `_long_subject` reads one opening the sentence.

    It must open with a name, a determiner or a count, or be a speaker's noun ("advisers to
    Mr. Obama"), and hold no participle or dash of its own. What comes before the comma must
    be a clause when the cue ends the sentence (that clause is the claim), else an adverbial
    or a subordinate clause, so a name and its appositive ("Sen. Kristen Gillibrand (D-NY), a
    supporter of ... told") or the head of a list ("Ms. Toretti, Mrs. Rao and other bundlers
    said") are never split."""
    comma = masked.rfind(", ", max(s_start, cue[0] - 120), cue[0])
    opens = comma + 2
    dash = _closing_dash_before(masked, max(s_start, comma, cue[0] - 120), cue[0])
    if dash is not None:
        # 'although O'Malley lamented her gaffes - "does she have to ...?" - Democrats in
        # Iowa who watched the debate said': a dashed aside closes as a comma does
        comma, opens = dash
    if comma < 0 or masked.startswith(" by ", cue[1]):
        return None  # "the facts reported by the government": a passive participle
    # "..., people who have battled other online threats say": a relative clause (or a place
    # adverb, "workers here") may end it; that reading runs only where one of them stands
    subject = _long_subject(masked, opens, cue[0], after_adverbial=True) or (
        _has_any(masked, comma, cue[0], (" who", " that ", " here ", " there "))
        and _subject_with_relative(masked, opens, cue[0], after_adverbial=True)
        or None
    )
    if subject is None:
        return None
    found = masked[subject[0] : subject[1]].split()
    first, lowered = found[0], [w.lower() for w in found]
    if (
        not (
            first[:1].isupper()
            or (first[:1].isdigit() and len(found) > 1)  # not "60 pledged delegates ..."
            or lowered[0] in _DETERMINERS
            or lowered[0] in _QUANTIFIERS
            # a speaker's noun, perhaps after one modifier: "banks", "elected officials"
            or any(
                word in _SPEAKER_HEADS
                or (word.endswith("s") and word[:-1] in _SPEAKER_HEADS)
                or (word.isalpha() and _AGENT_PLURAL.search(word) is not None)
                or people_plural(word)
                for word in lowered[:2]
            )
        )
        or any(w in ("-", "--") for w in found[1:])
    ):
        return None
    lead = LEAD_CONNECTIVE.match(masked, s_start, comma)
    before = masked[lead.end() if lead else s_start : comma].split()
    if not before:
        return None
    last = masked[max(s_start, masked.rfind(",", s_start, comma) + 1) : comma].strip()
    if not has_finite(last) and (
        "and" in lowered or "&" in lowered or _BARE_NAME.fullmatch(last) is not None
    ):
        # "the Guardian Media Group, Trinity Mirror and the Daily Mail & General Trust have
        # all", "..., Andrew Burke, chief of BT's new Entertainment unit told": the end of a
        # list, or a name's appositive, not a subject of its own
        return None
    if _tail_is_adverbial(masked, cue[1], s_end) or _SHORT_ASIDE_END.match(masked, cue[1], s_end):
        # "..., a source in the room said.", "There is no chance of that level of violence,
        # officials in both cities insist, because ...", "The person who plays Trump ...,
        # several people in Clinton’s orbit told POLITICO, has already been chosen"
        return subject if has_finite(" ".join(before)) else None
    opener = before[0].lower()
    if opener in _SUBORDINATORS_OPENING or opener in PREPOSITIONS or NOT_IN_PHRASE.match(opener):
        return subject
    if len(before) == 1 and before[0].isalpha():
        return subject  # "Nonetheless, House Republicans supporting the bill have said"
    return None


_SUBORDINATE_OPENING = compile_on_use(
    r"(?:(?:But|And)\s+)?(?:While|Though|Although|Even\s+though|Even\s+as|Whereas|Because|Since)"
    r"\s+"
)
# the same subordinators after a comma, the clause opening the sentence's second half: "Schilling
# did not back down, even as advocates in the transgender community called for his dismissal"
_SUBORDINATE_AFTER_COMMA = compile_on_use(
    r",\s+(?:while|though|although|even\s+though|even\s+as|whereas)\s+"
)
_SUBORDINATE_AFTER_ADVERBIAL = compile_on_use(
    r"(?:while|though|although|even\s+though|even\s+as|whereas)\s+"
)
# for a "that" clause only a concession: after ", while" a name and its aside may be read as
# one subject (", while Jeb Bush in a Medium post said")
_CONCESSION_AFTER_COMMA = compile_on_use(r",\s+(?:though|although|even\s+though)\s+")


def _subject_after_subordinator(
    masked: str, s_start: int, cue_start: int, call: bool = False
) -> tuple[int, int] | None:
    """ "While old Iowa political hands say there is a benefit ..., it is costly", "Though
    executives who have worked with Lachlan Murdoch say they assume ...": the subject of a
    subordinate clause that opens the sentence, read as one opening a sentence. Not after "If"
    or "Unless" ("If the police say the suspect was armed": nothing was said). After a main
    clause and a comma, a concession ("..., although bookmakers have said") or, for a call,
    any contrast (", even as advocates in the transgender community called for")."""
    # a call's clause may also follow a place or a time ("In a September debate, while most of
    # his competitors called for ...")
    opening = _SUBORDINATE_OPENING.match(masked, s_start, cue_start)
    if opening is None and call:
        after = _after_fronted_adverbial(masked, masked, s_start, cue_start)
        opening = _SUBORDINATE_AFTER_ADVERBIAL.match(masked, after, cue_start)
    if opening is None:
        comma = masked.rfind(",", max(s_start, cue_start - 120), cue_start)
        pattern = _SUBORDINATE_AFTER_COMMA if call else _CONCESSION_AFTER_COMMA
        opening = pattern.match(masked, comma, cue_start) if comma >= 0 else None
        if opening is not None and not has_finite(masked[s_start:comma]):
            return None  # no main clause before the comma: the content might run into it
    if opening is None or "," in masked[opening.end() : cue_start]:
        return None
    return _subject_with_relative(
        masked, opening.end(), cue_start, after_adverbial=True
    ) or _long_subject(masked, opening.end(), cue_start, after_adverbial=True)


# what may join the words of a long subject: "Staff for the House Select Committee on Benghazi",
# "A redacted copy of the 2013 FDIC inspector general’s memo seen by Reuters"
_SUBJECT_LINKS = frozenset(["of", "for", "at", "in", "on", "from", "with", "by", "to", "and", "&"])


_POSSESSIVE_DETERMINERS = frozenset(["his", "her", "their", "its", "our"])


_ADJECTIVE_BEFORE = frozenset(["the", "a", "an", "recently", "newly", "previously", "widely"])


_NOT_IN_SUBJECT = frozenset(
    ["who", "whose", "which", "that", "what", "when", "where", "if", "as", "like", "than"]
    + ["not", "never", "cannot", "can’t", "can't"]
)


def _quantifier_subject(masked: str, s_start: int, cue_start: int, cue_end: int) -> bool:
    """ "Some said", "Many of them say", and the same opening a later clause: "...; most said
    they were", "..., and all but two said the party should", "While many ... have expressed
    discomfort with Trump, many said Monday that"; not a speaker set off by commas inside the
    claim ("That attitude, many argue, could carry ...")."""
    lead = LEAD_CONNECTIVE.match(masked, s_start, cue_start)
    starts = [lead.end() if lead else s_start]
    boundaries = list(_CLAUSE_BOUNDARY.finditer(masked, max(s_start, cue_start - 40), cue_start))
    if boundaries and not masked[cue_end : cue_end + 3].lstrip().startswith(","):
        starts.append(boundaries[-1].end())
    return any(
        cue_start - start <= 40
        and _QUANTIFIER_SUBJECT.fullmatch(_TRAILING_ADVERB.sub("", masked[start:cue_start].strip()))
        for start in starts
    )


def _counted_act(masked: str, s_start: int, verb_start: int, base: str) -> bool:
    """Whether a speech act of a family may have people the writer counts for subject ("Some
    accused Trump of inciting violence", "Both have promised to pursue legislation"): never
    the writer's "One wonders whether ..." nor what some "will recall", not yet done."""
    if not families_of(base) or _MODAL_BEFORE.search(
        masked, max(s_start, verb_start - 12), verb_start
    ):
        return False
    before = masked[max(s_start, verb_start - 5) : verb_start].split()
    return before[-1:] != ["One"] and before[-1:] != ["one"]


# "Trump at the time said", "Fact-checkers soon said": when, not who
_TRAILING_ADVERB = compile_on_use(
    r"(?:\s+(?:soon|then|also|now|still|later|recently|previously|too|again|once|already|"
    r"yesterday|today|at\s+the\s+time|at\s+first|in\s+turn|(?:(?:late|early)\s+)?last\s+(?:week|month|year)|"
    r"(?:on\s+)?" + _WEEKDAY + r"))+$"
)


# a day that ends a name, no time: "on Super Tuesday", "Black Friday" (not "The White House
# Tuesday said")
_NAMED_DAY = compile_on_use(r"\b(?:Super|Black|Cyber|Good|Ash|Palm|Easter|Bloody|Giving)\s+\w+day$")


# words, dots, apostrophes, ampersands and spaces only: a name or a role, no clause
_PLAIN_PHRASE = compile_on_use(r"[\w’'.& -]+")


def _phrase_after_quote(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """ ""...," Daily News opinion editor Josh Greenman told", ""...," the retired neurosurgeon
    told": between a quotation that opens the sentence and the cue, every word is the speaker's
    phrase, whatever its head, when none of them is a verb or a clause word."""
    close = masked.rfind(MASK, max(s_start, cue_start - 100), cue_start)
    if close < 0 or masked[s_start : close + 1].strip(" ,").strip(MASK) != "":
        return None  # the sentence must open with the quotation
    start = close + 1
    if masked[start:cue_start].rstrip().endswith(","):
        return None  # '"... set aside" the plan, said ... Ken Salazar': the quote's object
    phrase = masked[start:cue_start].strip(" ,")
    found = phrase.split()
    # a long name at the end counts as one word: "the central bank's vice president Farhat
    # Omar Ben Gadaravice said"
    named = next((k for k in range(len(found)) if all(w[:1].isupper() for w in found[k:])), 0)
    counted = named + 1 if named > 0 else len(found)
    if not 2 <= counted <= 8 or len(found) > 11 or "," in phrase:
        return None
    if not _PLAIN_PHRASE.fullmatch(phrase):
        return None
    lowered = [w.lower() for w in found]
    if (
        lowered[0] not in ("the", "a", "an")
        and not found[0][:1].isupper()
        # '"...," consultancy 4Cast said', '"...," shadow chancellor George Osborne said': a
        # role or a kind of body before a name
        and not (
            (
                lowered[0] in words("role_nouns")
                or lowered[0] in words("organization_nouns")
                or lowered[0] in words("publisher_nouns")
            )
            and found[-1][:1].isalnum()
            and not found[-1][:1].islower()
        )
    ):
        return None
    time = _TRAILING_TIME.search(phrase)
    if time is not None and time.start() > 0:
        # '"...," the order released Friday said': the document and when it came out, no
        # verb of the sentence's own
        lowered = phrase[: time.start()].lower().split()
    for k, word in enumerate(lowered):
        if word in _NOT_IN_SUBJECT or word in AUXILIARIES:
            return None
        if word in reporting_verb_forms() and not (k == 1 and lowered[0] in ("the", "a", "an")):
            return None  # a verb, but not the noun after an article ("the report released")
        if FINITE_WORD.fullmatch(word) and not word.endswith("ed"):
            return None
    at = masked.index(phrase, start)
    return at, at + len(phrase)


# words that make a following noun-like cue word a noun inside a subject
_NOUN_BEFORE_CUE_WORD = frozenset(
    ["a", "an", "the", "this", "that", "earlier", "later", "new", "latest", "recent", "same"]
)


# auxiliaries between a long subject and its cue: "Clinton and the State Department have said",
# "Trump and Sanders have both argued"
_TRAILING_AUXILIARY = compile_on_use(
    r"(?:\s+(?:has|have|had|will|would|both|all|each|also|jointly|together))+$", re.IGNORECASE
)


# what follows a participle that describes the subject's noun, not a verb of its own:
# "filed Thursday", "released last year", "issued over the summer", "published in"
_PARTICIPLE_MODIFIER_NEXT = compile_on_use(
    # "issued earlier this year", "released late last month": a time word before the one
    # that names the stretch
    r"(?:(?:earlier|later|late|early)\s+(?=(?:this|last)\s))?"
    r"(?:on\s+|last\s+|this\s+|earlier\s+|over\s+|in\s+|at\s+|during\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|year|the\s+summer|the\s+spring|"
    r"the\s+fall|the\s+winter|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b"
    # where: "A statement posted on the website GunBroker.com said"
    r"|(?:on|in|at)\s+(?:the|a|an|its|his|her|their)\b"
)


_TIME_DEGREES = frozenset(["earlier", "later", "late", "early"])


def _time_after_participle(lowered: list[str], k: int) -> bool:
    """Whether lowered[k] ("earlier", "late") opens the time of the participle right before it
    ("issued earlier this year", "released late last month"): an adverb of that participle,
    not an auxiliary of the sentence's own verb."""
    return (
        k >= 2
        and lowered[k] in _TIME_DEGREES
        and lowered[k - 1].endswith("ed")
        and lowered[k + 1 : k + 2] in (["this"], ["last"])
    )


_QUANTIFIERS = frozenset(["all", "both", "many", "most", "some", "several", "few", "other"])


# where people were met or asked, after the participle that describes them: "veterans
# interviewed at Trump rallies", "voters surveyed in Iowa", "protesters gathered outside"
_PLACE_AFTER_PARTICIPLE = frozenset(
    ["at", "in", "on", "outside", "inside", "across", "around", "near", "during", "after"]
)


def _people_met_somewhere(lowered: list[str], k: int) -> bool:
    """Whether the -ed word lowered[k] describes the people named before it ("military veterans
    interviewed at Trump rallies said"): with a place after it and the cue still to come, a
    finite verb there would leave the cue without a subject of its own. Things are left out:
    "Text messages discovered on one of the phones suggested" is a document's finding."""
    return (
        lowered[k + 1 : k + 2] != []
        and lowered[k + 1] in _PLACE_AFTER_PARTICIPLE
        and people_plural(lowered[k - 1])
    )


def _counted_or_modified(lowered: list[str], k: int) -> bool:
    """Whether the noun-like cue word lowered[k] inside a long subject is a noun: counted ("in
    five states", "in 50 states", "all reports") or after a determiner and one modifier ("A
    news report", "the Commission statement"); a verb there would follow its own subject."""
    before = lowered[k - 1]
    if before in _NUMBER_WORDS or before in _QUANTIFIERS or before[:1].isdigit():
        return True
    return (
        k >= 2
        and lowered[k - 2] in ("a", "an", "the")
        and before.isalpha()
        and not FINITE_WORD.fullmatch(before)
        and before not in reporting_verb_forms()
    )


# what may follow "those" in a subject: "Those close to him", "those familiar with the
# talks", "those around him", "Those over 60"
_AFTER_THOSE = frozenset(
    ["close", "closest", "familiar", "involved", "around", "near", "in", "at", "inside",
     "outside", "from", "with", "over", "under", "on", "working", "knowledgeable"]
)  # fmt: skip


def _finite_cue_after(masked: str, start: int, end: int) -> bool:
    """Whether another speaker's frame follows a call ("..., sources said"); a participle
    (", saying the euro was starting to hurt") is the caller's own next act."""
    return any(not cue.group().endswith("ing") for cue in find_cues(masked, start, end))


# a poll's share of the people it counts opens the subject: "Large majorities of Republican
# primary voters in six states going to the polls on Super Tuesday said", "More than half of
# respondents in the USA TODAY/Suffolk poll said"; who was asked and where takes more words
_SHARE_OPENING = compile_on_use(
    r"(?:[\w-]+\s+){0,2}?(?:majorit(?:y|ies)|half|percent|\d+%|thirds?|quarters?)\s+of\s",
    re.IGNORECASE,
)


_LONG_SHARE_WORDS = 18


# the words before "than" that make a share's quantity: "More than half of", "less than a third of"
_MORE_OR_LESS = frozenset(["more", "less", "fewer"])


_LONG_SUBJECT_WORDS = 24  # with a name of several words in it


# two names or more, listed with commas before "and", opening a subject: "Ms. Toretti, Mrs.
# Rao and", "Carson, Fiorina and"
_LISTED_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){0,2}"


_NAME_LIST = compile_on_use(rf"(?:{_LISTED_NAME},\s+)+{_LISTED_NAME},?\s+and\s+")


# a word of one noun phrase: no comma, dash or quotation mark in it
_PHRASE_WORD = compile_on_use(r"[\w’'%&./-]+")


# a straight or curly apostrophe
_EITHER_APOSTROPHE = compile_on_use(r"[’']")


def _long_subject(
    masked: str, s_start: int, cue_start: int, after_adverbial: bool = False
) -> tuple[int, int] | None:
    """ "Staff for the House Select Committee on Benghazi said", "But hacking specialists say":
    the whole opening of the sentence is the subject when it is a noun phrase no other pattern
    reads (a head outside the lexicons, prepositional phrases), with no comma, no verb and no
    relative clause; whoever it names, the clause after the cue is reported speech."""
    lead = LEAD_CONNECTIVE.match(masked, s_start, cue_start)
    start = lead.end() if lead else s_start
    if cue_start - start > 200:
        return None  # fourteen words at most: never slice a long sentence for each cue
    untrimmed = _TRAILING_AUXILIARY.sub("", masked[start:cue_start].rstrip())
    phrase = untrimmed if _NAMED_DAY.search(untrimmed) else _TRAILING_ADVERB.sub("", untrimmed)
    if phrase.endswith("ed") and phrase != untrimmed:
        phrase = untrimmed  # "A court document filed Thursday": the time belongs to the participle
    # "Ministers from European and Asian governments have recently called on": the auxiliary
    # before the adverb
    phrase = _TRAILING_AUXILIARY.sub("", phrase)
    found = phrase.split()
    # a name's words count as one: "A report about the integration of immigrants issued over
    # the summer by the Organization for Economic Cooperation and Development noted"
    named = sum(
        1
        for k in range(1, len(found))
        if found[k][:1].isupper()
        or found[k] in _SUBJECT_LINKS
        and found[k - 1][:1].isupper()
        and found[k + 1 : k + 2] != []
        and found[k + 1][:1].isupper()
    )
    # "Ms. Toretti, Mrs. Rao and other prominent bundlers in both parties said": names listed
    # before the phrase are part of the subject; the checks below read the phrase after them
    listed = _NAME_LIST.match(phrase)
    if listed is not None and len(phrase) > listed.end():
        found = phrase[listed.end() :].split()
        named = 0
    share = _SHARE_OPENING.match(phrase)
    limit = _LONG_SHARE_WORDS if share else 14
    if not 1 <= len(found) - named <= limit or len(found) > _LONG_SUBJECT_WORDS:
        return None
    if not (found[0][:1].isupper() or found[0][:1].isdigit() or lead or after_adverbial or listed):
        return None  # a sentence opens with a capital, unless after "But", "And"
    if any(not _PHRASE_WORD.fullmatch(w) for w in found) or STRICT_FINITE.search(
        phrase, listed.end() if listed else 0
    ):
        return None  # a comma, a dash or a quotation: an aside or a clause, not one phrase
    lowered = [w.lower() for w in found]
    # the words as written, a time the trailing-adverb trim took included ("filed Thursday")
    written = masked[start:cue_start].lower().split()
    if len(found) == 1 and NOT_IN_PHRASE.match(lowered[0]):
        return None  # "Having said that, ...": a verb form, no subject
    if (
        _EITHER_APOSTROPHE.split(lowered[0])[0] in pronoun_classes()
        and not (lowered[0] == "one" and len(lowered) > 1 and lowered[1] != "of")
        # "Her campaign workers here said": a possessive determiner and its noun
        and not (lowered[0] in _POSSESSIVE_DETERMINERS and len(lowered) > 1)
        # "Those close to him say", "those familiar with the talks": "those" and what
        # describes them
        and not (lowered[0] == "those" and lowered[1:2] and lowered[1] in _AFTER_THOSE)
    ):
        # "It seems unfair to", "He's": a pronoun opens a clause of its own; but "One operative
        # inside Trump Tower" is a determiner and its noun
        return None
    function_words = words("function_words") | words("determiners") | _SUBJECT_LINKS
    if (lowered[-1] in function_words or lowered[-1] in pronoun_classes()) and not (
        lowered[0] == "those" and lowered[-1] in ("him", "her", "them") and len(lowered) > 2
    ):
        return None  # "Trump attacked Clinton and said": the coordination path reads it
    for k, word in enumerate(lowered):
        if k == 1 and word == "than" and share and lowered[0] in _MORE_OR_LESS:
            continue  # "More than half of respondents in the USA TODAY/Suffolk poll said"
        if word in _NOT_IN_SUBJECT:
            return None
        if k == 1 and word in ("earlier", "later") and lowered[0] in _ADJECTIVE_BEFORE:
            continue  # "An earlier report in a New Hampshire paper said"
        if k and found[k][:1].isupper():
            continue  # a name's word, never a verb: "the State Department", "Will Hurd"
        if k and word in _NOUN_LIKE_CUES and lowered[k - 1] in _NOUN_BEFORE_CUE_WORD:
            continue  # "An earlier report in ...", "the latest statement from": the head noun
        if k and word in _NOUN_LIKE_CUES and _counted_or_modified(lowered, k):
            continue  # "in five states going to the polls", "A news report published Wednesday"
        if (
            k
            and word.endswith("ed")
            and word in reporting_verb_forms()
            and (
                lowered[k + 1 : k + 2] == ["by"]
                or _PARTICIPLE_MODIFIER_NEXT.match(" ".join(written[k + 1 : k + 4]))
            )
        ):
            continue  # "A message posted Monday afternoon on the firm's Web site said"
        if _time_after_participle(lowered, k):
            continue  # "A report issued earlier this year said": when it came out
        if word in reporting_verb_forms() or word in belief_verb_forms() or word in AUXILIARIES:
            return None
        if k and word.endswith("ed") and FINITE_WORD.fullmatch(word):
            # "memo seen by", "guidelines issued by", "a court document filed Thursday", "a
            # report issued over the summer by": a participle that describes the noun
            if not (
                lowered[k - 1] in _ADJECTIVE_BEFORE
                or lowered[k + 1 : k + 2] == ["by"]
                or _PARTICIPLE_MODIFIER_NEXT.match(" ".join(written[k + 1 : k + 4]))
                or _people_met_somewhere(lowered, k)
            ):
                return None
        elif k and FINITE_WORD.fullmatch(word):
            return None
    if lowered[0] in words("function_words") and lowered[0] not in words("determiners"):
        return None  # "When", "After", "In": an adverbial or a clause opens the sentence
    at = masked.index(phrase, start)
    return at, at + len(phrase)


# the relative clause that ends a subject phrase: "the groups who wrote to her on Thursday",
# "organizations that have endorsed him" ("that" only before a verb: "the fact that voters ...")
_SUBJECT_RELATIVE = compile_on_use(
    r"\s(?:who|whose|that(?=\s+(?:(?:also|still|now|[a-z]+ly)\s+)?(?:"
    + FINITE_AUXILIARIES
    + r"|did|does|do|[a-z]{2,}(?:ed|s)\b)))\s"
)


# the verbs that open a clause of their own when they come late in what would be one relative
# clause ("who doesn't have a deal in place is director Gary Ross and ...")
_LATE_CLAUSE_WORDS = frozenset(
    ["and", "but", "or", "is", "are", "was", "were", "has", "have", "had", "will", "would"]
    + ["can", "could", "should", "must", "does", "do", "did"]
)


# a place or time adverb between a subject and its cue: "Her campaign workers here said"
_TRAILING_HERE = compile_on_use(r"\s+(?:here|there|locally|too)$")


def _subject_with_relative(
    masked: str, s_start: int, cue_start: int, after_adverbial: bool = False
) -> tuple[int, int] | None:
    """ "Democrats in Iowa who watched the Saturday debate said", "At the same time, Sanders
    and his supporters argue", "But progressive organizations that have endorsed him say": a
    noun phrase `_long_subject` reads, after an opening adverbial perhaps, then perhaps one
    relative clause with no comma, is the whole subject. The relative clause must hold words of
    its own (in "Voters who said they were angry backed Trump" the cue is its verb).
    `after_adverbial`: `s_start` follows an opening clause or comma, so the noun phrase may open
    in lower case ("Though executives who have worked with Lachlan Murdoch say")."""
    floor = _after_dateline(masked, s_start, cue_start)
    adverbial = _OPENING_ADVERBIAL.match(masked, floor, cue_start)
    start = adverbial.end() if adverbial else floor
    if cue_start - start > 240:
        return None
    stretch = masked[start:cue_start]
    if any(mark in stretch for mark in (",", ";", ":", MASK, "(", "—", "–", " - ")):
        return None  # an aside or a clause of its own: other patterns read those
    trimmed = _TRAILING_ADVERB.sub("", _TRAILING_AUXILIARY.sub("", stretch.rstrip()))
    placed = _TRAILING_HERE.sub("", trimmed)  # "Her campaign workers here said"
    end = start + len(placed)
    relative = _SUBJECT_RELATIVE.search(masked, start, end)
    noun_end = relative.start() if relative else end
    if relative is not None:
        clause = masked[relative.end() : end].split()
        own = [w for w in clause if w.lower() not in AUXILIARIES and not w.endswith("ly")]
        if len(own) < 2 or len(clause) > 16:
            # "who said", "who has successfully argued": the cue is the clause's own verb; or a
            # clause too long to trust
            return None
        if any(word in _LATE_CLAUSE_WORDS for word in clause[2:]) or clause[0] in ("and", "or"):
            # "The biggest player who doesn't have a deal in place is director Gary Ross and
            # The Hollywood Reporter ... are reporting": the clause ended and another began
            return None
        if (
            find_cues(masked, relative.end(), end)
            and clause[0] in reporting_verb_forms()
            and clause[1].lower() not in PREPOSITIONS
        ):
            # "Voters who say the economy is weak say": a claim inside the subject; but "the
            # groups who wrote to her on Thursday say" report no words of their own there
            return None
    elif adverbial is None and placed == trimmed:
        return None  # a bare opening phrase is `_long_subject`'s to read
    noun = _long_subject(
        masked, start, noun_end, after_adverbial=after_adverbial or adverbial is not None
    )
    if noun is None and relative is not None:
        noun = _those_before(masked, start, noun_end)
    opening = start + len(masked[start:noun_end]) - len(masked[start:noun_end].lstrip())
    if noun is None or noun[0] != opening and not _connective_before(masked, start, noun):
        return None
    if relative is None and masked[noun[0] : noun[1]].lower() in pronoun_classes():
        return None
    head = masked[noun[0] : noun[1]].split()[-1]
    if relative is not None and not (
        head[:1].isupper()
        or head.endswith("s")
        or head in (words("role_nouns"))
        or head.lower() == "those"
    ):
        return None  # people or bodies: "Democrats", "the groups", "the spokesman"
    return noun[0], end


def _connective_before(masked: str, start: int, noun: tuple[int, int]) -> bool:
    """Whether only a connective stands between `start` and the noun phrase ("But", "Even"); the
    phrase stays in sight, since "Even" is one only before a noun phrase ("Even Republicans")."""
    lead = LEAD_CONNECTIVE.match(masked, start, noun[1])
    return lead is not None and lead.end() <= noun[0]


_THOSE = compile_on_use(r"\s*(?:(?:But|And|So|Yet|Still|Now)\s+)?(?P<those>[Tt]hose)\s*$")


def _those_before(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """ "But those who back her opponents say": "those" with the relative clause that says who
    they are is a subject; alone it is a pronoun, which `_long_subject` keeps out."""
    those = _THOSE.fullmatch(masked, start, end)
    return those.span("those") if those else None


_OPENING_ADVERBIAL = compile_on_use(
    r"\s*(?:(?:But|And|So|Yet|Still|Now)\s+)?(?:(?:(?:Late|Early)\s+)?(?:Last|This|Earlier|Later|Next|"
    r"last|this|next|earlier|later)\s+(?:week|month|year|summer|spring|fall|winter)|(?:In|On|At|During|After|Before|Since)\s+"
    r"[^,;\x01]{1,40}?|(?:Indeed|However|Meanwhile|Still|Yet|Instead|Also))\s*,\s*"
    # "On Wednesday, however, the director of ...": a connective set off after the adverbial
    r"(?:(?:however|meanwhile|though|too|also|in\s+turn|in\s+fact|for\s+example)\s*,\s*)?"
)


_SPEAKER_HEADS = words("role_nouns") | words("organization_nouns") | words("media_nouns")


# "as" and what follows it, up to the cue: "As another Pew study from 2011"
_AS_THEN_PHRASE = compile_on_use(r"(?<![\w’'])[Aa]s\s+(?=\S)")


def _long_as_source(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The source of an "as" clause when it is a long noun phrase (`_long_subject`): "As
    another Pew study from 2011 noted", which no name or role reading takes whole."""
    found = list(_AS_THEN_PHRASE.finditer(masked, max(s_start, cue_start - 120), cue_start))
    if not found:
        return None
    return _long_subject(masked, found[-1].end(), cue_start, after_adverbial=True)
