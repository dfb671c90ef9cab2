"""Holders of a belief outside plain "X believes": counted believers, adjectives of belief, hopes
and verbs of regard.
"""

from __future__ import annotations

import re

from factdb.extract.attribution.clipping import _clip_end
from factdb.extract.attribution.partial_quotes import _partial_or_mixed
from factdb.extract.attribution.participle_speakers import _ADVERBS_BEFORE
from factdb.extract.attribution.record import _trim
from factdb.extract.attribution.relative_subjects import _REGARD_AS_VERBS, _skip_blank
from factdb.extract.attribution.shared import _MODAL_BEFORE
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import belief_adjectives, verb_class, words
from factdb.extract.mentions import AUXILIARIES, LEAD_CONNECTIVE, tokens
from factdb.extract.quotes import Quote
from factdb.extract.speakers import people_plural
from factdb.extract.verbs import FINITE_AUXILIARIES, cue_base

# quantifiers opening a sentence that count people holding a belief ("Many fear", "Most
# believe"); not "few" or "none", which say the belief is not held
_COUNTED_BELIEVERS = frozenset(["many", "most", "some", "several", "others", "both", "all"])


def _counted_believers(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """ "Many fear ...", "But most believe ...", "Some of them hope ...": the quantifier
    opening the sentence as the believers' phrase, or None."""
    lead = LEAD_CONNECTIVE.match(masked, s_start, cue_start)
    opening = lead.end() if lead else s_start
    # the cheap test first: only the end of the phrase is dropped below, so its first token
    # must be the quantifier, and most sentences open with none
    first = tokens(masked, opening, cue_start, most=1)
    if not first or first[0].lower not in _COUNTED_BELIEVERS:
        return None
    phrase = tokens(masked, opening, cue_start)
    while phrase and (phrase[-1].lower in AUXILIARIES or phrase[-1].lower in _GROUP_GAP):
        phrase.pop()  # "Many had expected", "Some still hope"
    if not phrase or phrase[0].lower not in _COUNTED_BELIEVERS or len(phrase) > 3:
        return None
    if len(phrase) > 1 and not (len(phrase) == 3 and phrase[2].lower in _COUNTED_PRONOUNS):
        return None  # "Most of the terror suspects are ...": a noun after "of the", no verb
    if _AUXILIARY_AFTER.match(masked, _skip_blank(masked, cue_start)):
        return None  # "Several suspects have been detained": the cue is a noun
    return phrase[0].start, phrase[0].end


# a bare quantifier set off by commas before its belief verb: "Ryan's endorsement of Trump,
# many think, is only a matter of time"
_COUNTED_BEFORE = compile_on_use(r",\s*(?P<counted>[a-z]+)\s+$")


def _counted_aside(masked: str, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """ "The half-point window, some believe, could be enough ...": the quantifier of an aside
    inside the content as the believers' phrase, as "Many fear ..." opening a sentence is;
    the aside must close with a comma right after the verb."""
    if not masked.startswith(",", cue_end):
        return None
    found = _COUNTED_BEFORE.search(masked, max(0, cue_start - 16), cue_start)
    if found is None or found.group("counted") not in _COUNTED_BELIEVERS:
        return None
    return found.start("counted"), found.end("counted")


_COUNTED_PRONOUNS = frozenset(["them", "those", "these", "us"])


# a verb form right before an auxiliary is a noun subject: "suspects have been", "fears were"
_AUXILIARY_AFTER = compile_on_use(
    r"[\w’']+\s+(?:is|are|was|were|have|has|had|will|would|can|could|may|might)\b"
)


def _before_adverbs(masked: str, floor: int, at: int) -> int:
    found = _ADVERBS_BEFORE.search(masked, max(floor, at - 40), at)
    return found.start() if found else at


# the linking verb before an adjective of belief, and its adverbs: "are concerned", "remain
# confident", "’re hopeful", "is increasingly optimistic", "came away convinced"
_LINK_BEFORE = compile_on_use(
    r"(?:\b(?:is|are|was|were|am|be|been|remains?|remained|feels?|felt|seems?|seemed|grew|"
    r"grown|became|become|stays?|stayed|sounds?|sounded|came\s+away)|[’'](?:s|re|m))\s+"
    r"(?:(?:[a-z]+ly|also|still|now|not|never|already|even|very|so|more|less|quite|pretty|too"
    r"|all|both)\s+){0,2}$"
)


# "with" and a short noun phrase right before an adjective of belief: "with many investors
# optimistic that ...", "with fans concerned that ..."
_WITH_BEFORE = compile_on_use(r"\bwith\s+((?:[\w’'-]+\s+){1,5})$")


def _holder_after_with(masked: str, s_start: int, m: re.Match[str]) -> tuple[int, int] | None:
    """ "..., with the government hopeful that most creditors will accept the deal": the noun
    phrase between "with" and the adjective holds the belief, when its head names people or a
    body (a plural of people, an organisation noun) or it is a name."""
    found = _WITH_BEFORE.search(masked, max(s_start, m.start() - 60), m.start())
    if found is None:
        return None
    phrase = found.group(1).split()
    head = phrase[-1].lower()
    if len(phrase) == 1 and head in _COUNTED_BELIEVERS and head != "all":
        # "with many worried that ...", "with some hopeful that ...": people counted, unnamed
        return found.start(1), found.start(1) + len(found.group(1).rstrip())
    if not (
        people_plural(head)
        or head in words("organization_nouns")
        or all(w[:1].isupper() for w in phrase)
    ):
        return None  # "with the price concerned that ...": a thing holds nothing
    return found.start(1), found.start(1) + len(found.group(1).rstrip())


_TO_LINK = compile_on_use(r"(?<![\w’'])[Tt]o\s+$")  # "To be sure", "wants to be sure"


_NEGATION = compile_on_use(r"\b(?:not|never)\b|n[’']t\b")


# what opens an adjective's clause: "that", or for most a bare clause's first word ("confident
# he will win"), not a preposition ("confident in", "sure about") or "to" ("sure to win")
# (an adverb set off by commas may come first: "was also keenly aware, however, that ...")
_THAT_CLAUSE_NEXT = compile_on_use(r"(?:,\s*(?:however|though|too|also|of\s+course),)?\s+that\s")


_BARE_CLAUSE_NEXT = compile_on_use(
    r"\s+(?!(?:to|about|of|in|on|for|with|by|over|as|at|from|into|upon|under|and|or|but|than|"
    r"despite|after|before|because|if|when|while|though|although|enough|since|until|given)\b)"
    r"[\w\x01“\"]"
)


def _adjective_link(masked: str, before: str, m: re.Match[str], s_end: int) -> re.Match[str] | None:
    """ "Some Democrats are concerned that ...", "his donors remain confident that he will
    win": the linking verb before an adjective of belief that has a clause after it, or None
    (a negated link holds no belief: "Her advisers are not convinced that ...")."""
    link = _LINK_BEFORE.search(before)
    if link is None or _NEGATION.search(link.group()) or _TO_LINK.search(before, 0, link.start()):
        return None  # "To be sure ...", "wants to be sure": nobody holds it yet
    modal_end = _before_adverbs(before, 0, link.start())
    if _MODAL_BEFORE.search(before, max(0, modal_end - 12), modal_end):
        # "Ministers will be anxious to avoid ...", "At 34, Holmes will also be aware that time
        # is running out": the writer's forecast
        return None
    tags = belief_adjectives().get(m.group(), frozenset())
    if ("about" in tags or m.group() == "worried") and _ABOUT_NEXT.match(masked, m.end(), s_end):
        # "EU Member States are concerned about Merkel's collusion with Turkey": what the worry
        # is about, as "worry about" has it
        return link
    if "to" in tags:
        # "Wenger is keen to sign a striker": an intention, as "wants to" is
        return link if _TO_VERB.match(masked, m.end(), s_end) else None
    bare = "that" not in tags
    if not (
        _THAT_CLAUSE_NEXT.match(masked, m.end(), s_end)
        or (bare and _BARE_CLAUSE_NEXT.match(masked, m.end(), s_end))
    ):
        return None
    return link


_ABOUT_NEXT = compile_on_use(r"\s+(?:about|over)\s+[\w\x01“\"$]")


# a determiner and a singular noun, then the belief verb and its content: "the government
# hopes that", "The Sanders campaign wants to"
_DETERMINED_NOUN = compile_on_use(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
                              r"(?:[A-Z][\w’'.-]*\s+){0,3}[a-z]+[^s\W]\s+$")  # fmt: skip


_TO_VERB = compile_on_use(r"\s+to\s+[a-z]+\b(?<!\bbe)")


def _verb_after_a_noun(masked: str, s_start: int, m: re.Match[str]) -> bool:
    """ "The Sanders campaign wants to address concerns", "Now the government hopes that its
    diplomats can ...", "The board hopes the move will ...": after a determined singular noun,
    "wants to", "hopes that" or "hopes" and a clause is the verb (the noun "hopes" is not
    followed by "to", "that" or a clause after a singular noun); "voter fears that", with no
    determiner, stays a noun."""
    if not _DETERMINED_NOUN.search(masked, max(s_start, m.start() - 60), m.start()):
        return False
    after = masked[m.end() : m.end() + 60]
    return bool(
        _TO_VERB.match(after)
        or _AUXILIARY_NEXT.match(after)  # "a move that the kingdom hopes will shatter ..."
        or re.match(r"\s+that\s+(?!is\b|was\b)[\w’']+\s", after)
        or _DETERMINED_CLAUSE.match(after)
    )


# a clause without "that": a determiner or a name, a few words, then an auxiliary ("The board
# hopes the move will reverse ...", "The government hopes the change will be seen ...")
_DETERMINED_CLAUSE = compile_on_use(
    r"\s+(?:the|a|an|this|these|those|his|her|its|their|[A-Z][\w’'-]+)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{FINITE_AUXILIARIES})\b"
)


_REGARD_BARE_VERBS = verb_class("regard_bare")


# an object of up to eight words, then "as" and what it is taken for; not a clause opener or a
# preposition first ("view from", "consider whether"), not "as well", "as part of", "as soon as",
# nor "such as" ("considering proposals from other foreign firms such as ...")
_OBJECT_AS = compile_on_use(
    r"\s+(?!(?:that|whether|how|what|which|who|if|to|as|in|on|at|for|from|by|with|about|of)\b)"
    r"(?:(?!as\b|such\s+as\b)[\w’'.-]+\s+){1,8}?as\s+"
    r"(?!(?:well|part|soon|early|late|long|much|many|far|a\s+result)\b)(?=[\w\x01“\"])"
)


# "consider Spain to be the favourite": an object of up to six words, then "to be"
_OBJECT_TO_BE = compile_on_use(
    r"\s+(?!(?:that|whether|how|what|which|who|if|to|in|on|at|for|from|by|with|about|of)\b)"
    r"(?:[\w’'.-]+\s+){1,6}?to\s+be\s+(?=[\w\x01“\"])"
)


# a pronoun or a name (not a possessive: "considered Anil's resignation"), then a complement:
# "an" or "a" and a noun, or one word ending the phrase ("consider him a phony", "consider
# Clinton honest", "considers Mrs. Clinton untrustworthy,")
_NAMED_THEN_COMPLEMENT = compile_on_use(
    r"\s+(?:him|her|them|it|himself|herself|themselves|itself|"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?<![’']s))\s+"
    r"(?:[a-z]+ly\s+)?(?:an?\s+[\w-]+|(?P<word>[a-z][\w-]+)(?=\s*(?:[,.;:—–]|$)|\s+(?:about|for|to|in|on)\b))"
)


# a plural or determined noun phrase of up to seven words (none a preposition but "of"), then
# a noun phrase it is taken for, opened by "a", "an" or a possessive: "considered drug
# companies her enemies", "consider the newly escalated gender wars of 2016 a helpful point of
# comparison"; not a gerund ("is considering building a car factory": deliberation)
_OBJECT_THEN_NOUN_COMPLEMENT = compile_on_use(
    r"\s+(?:the\s+|these\s+|those\s+)?(?![a-z]+ing\b)"
    r"(?:(?!(?:that|whether|how|what|which|who|if|to|in|on|at|for|from|by|with|about|as|a|an|"
    r"and|or|but|his|her|their|its|this|the|after|before|since|until|than|into)\b)"
    r"[\w’'.-]+\s+){1,7}?"
    r"(?:a|an|his|her|their|its)\s+(?=[a-z])"
)


# a pronoun or a name and how it is regarded, a poll's wording: "viewed him favorably", "view
# Trump unfavorably", "view her more positively"
_OBJECT_THEN_MANNER = compile_on_use(
    r"\s+(?:him|her|them|it|(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+)\s+"
    r"(?:(?:very|more|less|most|somewhat|overwhelmingly)\s+)?"
    r"(?:un)?(?:favou?rably|positively|negatively)\b"
)


# the holder's next predicate after what it takes the object for: "Birchers viewed communists
# as terrorists and despised them", "considered the emails as classified and redacted ..."
_HOLDER_GOES_ON = compile_on_use(
    r",?\s+(?:and|but)\s+(?:[a-z]{2,}ed|is|was|were|are|has|had|have|will|would)\b"
)


# one word that is no complement: a verb form, an adverb of time or place
_NOT_A_COMPLEMENT = compile_on_use(
    r"[a-z]+(?:ing|ly|ed)|now|then|again|too|first|later|instead|here"
)


def _noun_complement(masked: str, cue_end: int, s_end: int) -> re.Match[str] | None:
    """An object and the noun phrase it is taken for, after a verb of regard ("Clinton
    considered drug companies her enemies"), unless that phrase is a time ("considered the
    offer a week ago") or the object a determiner's noun alone ("considering a run")."""
    found = _OBJECT_THEN_NOUN_COMPLEMENT.match(masked, cue_end, s_end)
    if found is None:
        return None
    complement = masked[found.end() : s_end].split()[:1]
    if not complement or complement[0].strip(",.;:") in words("time_nouns"):
        return None
    return found


def _regarded(
    text: str, masked: str, quotes: list[Quote], cue_end: int, s_end: int, base: str
) -> tuple[int, int, str, str] | None:
    """What a verb of regard holds: its object and what the object is taken for ("view Mrs.
    Clinton as vastly more prepared for the job", "consider him a phony"), to the clause's
    end, or to the adverb of a poll's wording ("viewed him favorably"); None when no
    complement follows ("consider the bill", "considered a run")."""
    manner = _OBJECT_THEN_MANNER.match(masked, cue_end, s_end)
    if manner is not None:
        # "viewed him favorably in the mid-January poll": the regard ends with its adverb
        s, e = _trim(text, cue_end, manner.end())
        return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-clause")
    found = _OBJECT_AS.match(masked, cue_end, s_end)
    if found is None and base in _REGARD_BARE_VERBS:
        found = _OBJECT_TO_BE.match(masked, cue_end, s_end)
        if found is None:
            found = _NAMED_THEN_COMPLEMENT.match(masked, cue_end, s_end)
            word = found.group("word") if found is not None else None
            if word is not None and (
                _NOT_A_COMPLEMENT.fullmatch(word)
                or word in words("function_words")
                or word in words("time_nouns")
            ):
                found = None
        if found is None:
            found = _noun_complement(masked, cue_end, s_end)
    if found is None:
        return None
    s, e = _trim(text, cue_end, s_end)
    s, e = _trim(text, s, _clip_end(masked, s, e))
    goes_on = _HOLDER_GOES_ON.search(masked, found.end(), e) or _DASH.search(masked, found.end(), e)
    if goes_on is not None:
        e = _trim(text, s, goes_on.start())[1]  # "... as vastly more prepared - with 50 percent"
    if e - s < 8:
        return None
    return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-clause")


def _second_predicate_verb(masked: str, s_start: int, s_end: int, m: re.Match[str]) -> bool:
    """ "Air Deccan was set up last year and wants to lure travellers ...", "moved to White
    Hart Lane this summer but now wants to return": after "and" or "but", a belief form with a
    to-infinitive is the subject's next verb; with "that" it stays a noun in a list ("the
    declining value of the dollar and fears that Opec could ..."). So is a form of a verb of
    regard with an object and "as" after it: "He considers Mrs. Clinton untrustworthy, but
    views Mr. Trump as a poisonous candidate" (the noun "views" takes no object before "as")."""
    if not _SECOND_PREDICATE.search(masked, max(s_start, m.start() - 30), m.start()):
        return False
    if _TO_VERB.match(masked, m.end()):
        return True
    return cue_base(m.group()) in _REGARD_AS_VERBS and bool(
        _OBJECT_AS.match(masked, m.end(), s_end)
    )


# a relative pronoun after a comma right before a belief form, past its adverbs
_COMMA_RELATIVE_BEFORE = compile_on_use(r",\s*(?:which|who)\s+(?:(?:also|still|now|[a-z]+ly)\s+)?$")


def _relative_verb_with_infinitive(masked: str, s_start: int, m: re.Match[str]) -> bool:
    """ "the Republican-led Congress, which wants to limit Fed regulatory powers": after ", which"
    or ", who", a belief form with a to-infinitive is the relative clause's verb, never a noun
    ("which hopes" has no reading as a noun phrase there)."""
    return bool(
        _COMMA_RELATIVE_BEFORE.search(masked, max(s_start, m.start() - 30), m.start())
        and _TO_VERB.match(masked, m.end())
    )


# what may stand between a group believer and its verb: "environmentalists still worry",
# "regulators are hoping"
_GROUP_GAP = frozenset(["also", "still", "now", "too", "already", "increasingly", "privately"])


_DASH = compile_on_use(r"\s[-—–]\s|[—–]")


# the belief verb as the second of a subject's predicates: "Mr. McKinley is bearish on ... and
# expects", "They are not overly sanguine ..., but believe"
_SECOND_PREDICATE = compile_on_use(r"\b(?:and|but)\s+(?:(?:also|still|now|then|[a-z]+ly)\s+)?$")


# a finite auxiliary right after a belief verb, or "to be" after one that takes no infinitive of
# its own ("hopes to be" is an intention): the believed clause has no subject in it
_AUXILIARY_NEXT = compile_on_use(rf"\s+(?:{FINITE_AUXILIARIES}|shall)\s")
