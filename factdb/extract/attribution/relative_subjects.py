"""Subjects a relative clause or a comma aside separates from their cue, and who a relative "who"
describes.
"""

from __future__ import annotations

import re

from factdb.extract.attribution.shared import _ADVERBIAL_OPENERS, _BARE_NAME, _RELATIVE_BEFORE_CUE
from factdb.extract.attribution.subjects import _OPENING_ADVERBIAL, _long_subject
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import (
    belief_verb_forms,
    pronoun_classes,
    reporting_verb_forms,
    verb_class,
    words,
)
from factdb.extract.mentions import LEAD_CONNECTIVE, PREPOSITIONS, subject_before, tokens
from factdb.extract.verbs import FINITE_WORD, STRICT_FINITE, find_cues, has_finite

# "Organizations that have endorsed him say", "Voters who backed Obama in 2008 said": the
# sentence opens with a noun phrase and a relative clause, and the verb after both is theirs
_RELATIVE_SUBJECT = compile_on_use(
    r"\s*(?:(?:But|And|So|Yet|Still|Now)\s+)?(?P<np>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+"
    r"(?P<link>who|that|at|in|from|with|across|around|inside|outside)\s+"
    r"[^,;:()\x01—–]{3,80}?\s*$"
)


_TIME_WORDS = compile_on_use(
    r"\b(?:\d+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|week|month|year|morning|night)\b"
)


_RELATIVE_LINKS = frozenset(["who", "that", "which", "whom", "whose"])


def _relative_subject(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The whole subject when a relative clause comes between its noun and the cue: the noun
    alone would lose who these people are, and the last name inside the clause ("Obama") is
    its object, never the speaker. A colon before a capital opens the clause ("But one thing is
    different: The senator who made enemies with fellow Republican senators now wants")."""
    colon = masked.rfind(": ", s_start, cue_start)
    if colon >= 0 and masked[colon + 2 : colon + 3].isupper():
        s_start = colon + 2
    match = _RELATIVE_SUBJECT.match(masked, s_start, cue_start)
    if match is None or find_cues(masked, match.end("np"), cue_start):
        return None
    if match.start("np") > 0 and masked[match.start("np") - 1].isalnum():
        return None  # a window that opens inside a word: no sentence opening to read
    noun = subject_before(masked, s_start, match.end("np"))
    if noun is None or noun[1] != match.end("np") or noun[0] != match.start("np"):
        return None
    head = masked[noun[0] : noun[1]].split()[-1].lower()
    if head in belief_verb_forms() or head in reporting_verb_forms():
        return None  # "strategists fear that ...": a verb and its clause, no relative
    if masked[noun[0] : noun[1]].lower() in pronoun_classes():
        return None
    if match.group("link") not in ("who", "that"):
        # "Some delegates at the convention in Philadelphia said": people and where they are;
        # only a plural or a role noun heads such a phrase, and a time after it is no part
        if not (head.endswith("s") or head in words("role_nouns")) or head.endswith("ss"):
            return None
        if STRICT_FINITE.search(masked, match.end("np"), cue_start) or _TIME_WORDS.search(
            masked, match.end("np"), cue_start
        ):
            return None
    # "The senator who made enemies with fellow Republican senators now wants": the adverb
    # before the verb is no part of who it is
    clause = tokens(masked, noun[1], cue_start)
    while clause and clause[-1].text in _CUE_ADVERBS_BEFORE:
        clause.pop()
    if not clause:
        return noun
    if clause[-1].lower in _RELATIVE_LINKS:
        return None  # "The Romanian hacker who first revealed": the cue is the relative's own
    if clause[-1].lower in PREPOSITIONS:
        return noun  # "Police at first told": a time, not where they are
    return noun[0], clause[-1].end


# "business leaders who say", "commentators who have suggested", "18% who say": a restrictive
# relative
_WHO_BEFORE_CUE = compile_on_use(
    r"(?<=[\w’'%])\s+who\s+(?:(?:have|has|had|also|still|now|often|long|[a-z]+ly)\s+)*$"
)


def _antecedent_of_who(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """ "a backlash from gay rights groups, entertainers and business leaders who say the law
    unfairly targets gay people": the people the relative clause describes speak. Only when
    they are the object of a verb or preposition, so that the relative clause runs to the end
    of the sentence and no main verb of theirs follows its content ("Voters who said they were
    angry backed Trump")."""
    who = _WHO_BEFORE_CUE.search(masked, max(s_start, cue_start - 40), cue_start)
    if who is None or ":" in masked[s_start:cue_start]:
        return None  # "BENENSON: This is a man who said ...": a speaker's label claims it all
    found = subject_before(masked, s_start, who.start()) or _counted_before(
        masked, s_start, who.start()
    )
    if found is None:
        toks = tokens(masked, max(s_start, who.start() - 40), who.start())
        if not toks or not toks[-1].lower.endswith("s"):
            return None  # a plural head: "to Republicans who say", "business leaders who say"
        first = len(toks) - 1
        while first > 0 and len(toks) - first < 4 and toks[first - 1].lower.isalpha():
            if toks[first - 1].lower in _NP_STOP_WORDS:
                break
            first -= 1
        found = toks[first].start, toks[-1].end
    if masked[found[0] : found[1]].lower() in pronoun_classes():
        return None  # "those who say": nobody the reader can check
    if not STRICT_FINITE.search(masked, s_start, found[0]) and not has_finite(
        masked, s_start, found[0]
    ):
        return None  # they open the sentence: their own verb may follow the relative clause
    return found


def _counted_before(masked: str, s_start: int, end: int) -> tuple[int, int] | None:
    """ "Most have a negative view, including 18% who say they would be dissatisfied": a share
    of those polled, which the relative clause describes, as "many voters who say" is."""
    counted = _COUNTED_BEFORE_WHO.search(masked, max(s_start, end - 40), end)
    return counted.span() if counted else None


_NP_STOP_WORDS = frozenset(
    ["the", "a", "an", "some", "many", "most", "all", "and", "or", "of", "from", "to", "by",
     "for", "with", "among", "about", "on", "in", "at", "that", "echo", "echoing"]
)  # fmt: skip


# a finite verb in an aside that no relative pronoun introduces
_VERB_OUTSIDE_RELATIVE = compile_on_use(
    r",\s+(?!(?:(?:for|of|to|with|from|by|in|among)\s+)?(?:who|which|whose|whom|that|where|when)\b)"
    r"(?:[^,;\x01]*?\s)?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|do|does|did|not)\b"
)


# words that make the stretch before a name's commas a clause or an adverbial, no description
_DESCRIPTION_STOPS = frozenset(
    ["who", "which", "whose", "when", "where", "if", "as", "while", "after", "before", "since"]
    + ["because", "although", "though", "not", "never", "he", "she", "they", "it", "we", "i"]
)


# a focus adverb before the subject: "Even the field's biggest hawks, like Rubio and Bush, say"
_FOCUS_OPENING = compile_on_use(r"\s*(?:Even|Also|Perhaps)\s+(?=[a-z])")


# a count of people, as a poll reports it: "about two-thirds", "67 percent", "six in 10"
_COUNTED_PEOPLE = compile_on_use(
    r"(?:(?:about|nearly|almost|roughly|some|just|over|under|more|less|than|only)\s+)*"
    r"(?:\d+(?:\.\d+)?\s*(?:percent|%)|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)|"
    r"half|a\s+(?:third|quarter|fifth|majority|plurality)|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|\d+)\s+in\s+(?:10|ten|five|four|three))"
)


# a poll's share of people ending right before "who": "including 18% who say", "the 40
# percent who said" (a whole word before the count, never the tail of a number)
_COUNTED_BEFORE_WHO = compile_on_use(r"(?<![\w.,])(?:" + _COUNTED_PEOPLE.pattern + r")$")


def _counted_after_frame(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """The counted people after "Among ...,": "about two-thirds" of "Among likely GOP primary
    voters, about two-thirds, 67 percent, say", with the aside after them only a number."""
    counted = _COUNTED_PEOPLE.match(masked, _skip_blank(masked, start), end)
    if counted is None:
        return None
    rest = masked[counted.end() : end].strip(" ,")
    if rest and not _COUNTED_PEOPLE.fullmatch(rest):
        return None  # "..., about two-thirds of whom backed him, ...": a clause, no count
    return counted.span()


# what may stand between an aside's closing comma and the cue: ", have also said"
_AUXILIARIES_AFTER_ASIDE = compile_on_use(
    r"(?<=,)(?:\s+(?:has|have|had|also|now|[a-z]{3,}ly))+\s*$"
)


def _subject_before_comma_aside(
    masked: str, s_start: int, cue_start: int
) -> tuple[int, int] | None:
    """ "Cement makers, for instance, argue that", "Editorial pages across the country,
    including USA TODAY, warned that", "Last month, the Independent, a British newspaper,
    revealed that": a subject phrase no name finder reads (a plain noun head, a phrase with
    prepositions) opens the sentence, perhaps after a time; an aside closed by a comma comes
    between it and the cue. The phrase must end at the aside's first comma and hold no verb.
    Auxiliaries and adverbs may come between the aside and the cue ("Other prominent
    Republicans, like Richard Armitage and Henry Paulson, have also said")."""
    between = _AUXILIARIES_AFTER_ASIDE.search(masked, max(s_start, cue_start - 30), cue_start)
    if between is not None:
        cue_start = between.start()
    before = masked[s_start:cue_start].rstrip()
    if not before.endswith(",") or cue_start - s_start > 400:
        return None
    adverbial = _OPENING_ADVERBIAL.match(masked, s_start, cue_start) or _FOCUS_OPENING.match(
        masked, s_start, cue_start
    )
    start = adverbial.end() if adverbial else s_start
    comma = masked.find(",", start, cue_start)
    last = s_start + len(before) - 1
    if comma < 0 or comma >= last:
        return None  # no aside: one comma right before the cue is an inversion's
    if ";" in masked[comma:last] or not _relative_own_cues(
        masked, comma, find_cues(masked, comma, last)
    ):
        return None  # "X, Y said, ...": a speaker of its own inside
    if _VERB_OUTSIDE_RELATIVE.search(masked, comma, last):
        # "Many of the affected countries, such as ..., do not usually buy insurance ..., said
        # a US-based insurance expert": a clause, then an inverted speaker
        return None
    opener = masked[start:comma].split()[:1]
    if opener == ["Among"]:
        # "Among likely GOP primary voters, about two-thirds, 67 percent, say": a frame, then
        # the counted people who speak, and their number set off by commas
        return _counted_after_frame(masked, comma + 1, last)
    if not opener or opener[0].lower() in _ADVERBIAL_OPENERS or opener[0] == "According":
        return None
    subject = _long_subject(masked, start, comma, after_adverbial=adverbial is not None)
    opening_at = comma - len(masked[start:comma].lstrip())
    lead = LEAD_CONNECTIVE.match(masked, opening_at, comma)
    if subject is not None and lead is not None and subject[0] == lead.end():
        opening_at = subject[0]  # "But his counterpart on the DCA committee, Alan Beith, said"
    if subject is None and _BARE_NAME.fullmatch(masked[comma + 1 : last].strip()):
        # "One of the authors of that 2013 report, Ari Fleischer, said": a description the
        # long-subject reading refuses ("One of", "that 2013 report") still names the person
        # the bare name after it is, when it has no verb and opens the sentence
        description = masked[opening_at:comma].split()
        if (
            2 <= len(description) <= 12
            and description[0][:1].isupper()
            and not FINITE_WORD.search(masked, opening_at, comma)
            and not any(w.lower() in _DESCRIPTION_STOPS for w in description)
        ):
            subject = (opening_at, comma)
    if subject is None or subject[0] != opening_at:
        return None
    if masked[subject[0] : subject[1]].lower() in pronoun_classes():
        return None
    aside = masked[comma + 1 : last].strip()
    if _BARE_NAME.fullmatch(aside):
        # "The charity's director, Barbara Stocking, said": the name in the aside speaks
        at = masked.index(aside, comma + 1)
        return at, at + len(aside)
    return subject


def _relative_own_cues(masked: str, comma: int, cues: list[re.Match[str]]) -> bool:
    """Whether the cues inside an aside opened at `comma` leave the phrase before it the
    subject of the cue after it: none, or one whose subject is the relative pronoun opening
    the aside ("British number one Tim Henman, who announced his Davis Cup retirement earlier
    this year, believes ..."), so that nobody else speaks inside."""
    if not cues:
        return True
    return len(cues) == 1 and bool(_RELATIVE_BEFORE_CUE.match(masked, comma, cues[0].start()))


# a dash that closes an aside before its cue: "... which has endorsed Sanders - said"
_DASH_ASIDE_END = compile_on_use(r"\s(?P<dash>—|–|--|-)\s*(?:(?:[a-z]+ly|also|later|then)\s+)?$")


_CUE_ADVERBS_BEFORE = words("adverbs_before_cue")


# Words that open a clause the belief stands in as a whole, its content a full clause of its
# own: "That's why Rubio's team thinks the survival strategy can be a winning strategy",
# "where Sanders and his aides believe they can surprise Clinton", "when he worried they would
# tarnish ...", "Part of it is that Republicans think ..."; unlike "if" (a condition) or "as"
# (a comparison). A relative "that" is told apart by its clause having no subject.
_SUBORDINATORS = frozenset(["that", "why", "where", "when"])


_REGARD_AS_VERBS = verb_class("regard_as")


_DASH_AFTER = compile_on_use(r"\s*(?:[—–]|-\s|--)")


def _a_thing(masked: str, subject: tuple[int, int]) -> bool:
    """ "Markets worry that the Fed will raise rates": a plural of things
    (lexicons/not_group_nouns.txt) is no believer, capitalised at the sentence start or not."""
    head = masked[subject[0] : subject[1]].split()[-1].lower()
    return head in words("not_group_nouns")


def _skip_blank(masked: str, at: int) -> int:
    while at < len(masked) and masked[at].isspace():
        at += 1
    return at
