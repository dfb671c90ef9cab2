"""Claims named by a noun ("his assertion that ...", "claims by X that ..."), estimates and calls."""

from __future__ import annotations

import re
from functools import cache

from factdb.extract.attribution.characterisations import _NOUN_BEFORE, _OPENING_PREPOSITION
from factdb.extract.attribution.clipping import _clip_end
from factdb.extract.attribution.content_before_frame import _after_dateline, _content_kind, _has_any
from factdb.extract.attribution.partial_quotes import _partial_or_mixed
from factdb.extract.attribution.record import Attribution, _trim
from factdb.extract.attribution.relative_subjects import _skip_blank
from factdb.extract.attribution.shared import _NEGATED_BEFORE, _NOT_BELIEVERS, _TRAILING_TIME
from factdb.extract.attribution.subjects import _long_subject, _subject_with_relative
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import demonyms, trie_regex, words
from factdb.extract.mentions import sentence_subject, subject_after, subject_before, tokens
from factdb.extract.quotes import MASK, Quote
from factdb.extract.speech_acts import names_a_person
from factdb.extract.verbs import FINITE_WORD, has_finite

# the owner of a claim noun, before its "'s": a name ("Mr. Trump's"), or a common noun after
# "the" or in the plural ("the campaign's earlier claim", "budget hawks' warnings"), which
# the resolver names or leaves unknown; never a contraction ("it's", "that's")
_CLAIM_OWNER = (
    r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*|\bthe\s+[a-z]+(?=['’]s\b)|"
    r"\b(?!(?:it|that|what|who|here|there|he|she|let|where)['’])[a-z]+s(?=['’](?!s))"
)


@cache
def _nominal_regex() -> re.Pattern[str]:
    """ "NAME's|his|her|their|its [one or two words] CLAIM-NOUN [on Wednesday] that ": the words
    between may be hyphened or capitalised ("recent evidence-free assertion", "March comment")."""
    nouns = "|".join(sorted(words("claim_nouns"), key=len, reverse=True))
    return re.compile(
        rf"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<name>{_CLAIM_OWNER})(?:’s|'s|’|'))\s+"
        r"(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){0,2}?"
        rf"(?P<noun>{nouns})\s+(?:(?:on|in|at|last|this)\s+[\w.]+\s+)?that\s+"
    )


@cache
def _nominal_to_regex() -> re.Pattern[str]:
    """ "NAME's|his|her|their|its [one or two words] UNDERTAKING-NOUN" before a to-infinitive
    (`_NOUN_TO_DO`): "his promise to build a wall", "Rubio's claim to be the strongest
    alternative"; the content starts at "to", as that of "promised to" does."""
    nouns = "|".join(sorted(words("undertaking_nouns"), key=len, reverse=True))
    return re.compile(
        rf"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<name>{_CLAIM_OWNER})(?:’s|'s|’|'))\s+"
        r"(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){0,2}?"
        rf"(?P<noun>{nouns})(?=\s+to\s)"
    )


@cache
def _nominal_to_hint() -> re.Pattern[str]:
    """The tail of `_nominal_to_regex` ("promise to "): as `_nominal_hint` is for "that", the
    cheap test that spares trying a possessor at every word of every sentence with "to" (most
    of them), where only a few hold an undertaking noun before "to"."""
    return re.compile(rf"(?:{trie_regex(words('undertaking_nouns'))})\s+to\s")


# "to" and a verb after an undertaking noun: a word that is no determiner, pronoun or plural
# ("his pledge to voters", "a claim to the throne", "her promises to each other"), nor "fame"
_NOUN_TO_DO = compile_on_use(
    r"\s+to\s+(?:\x01|(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|"
    r"them|me|us|you|some|many|all|each|both|one|other|any|every|fame|date)\b)"
    r"[a-z]+(?<![^s]s)(?<!ers)\b)"
)


@cache
def _nominal_hint() -> re.Pattern[str]:
    """The tail of `_nominal_regex` from the claim noun on ("assertion that "): where it does not
    occur, neither does a nominal claim, and it is found without trying a possessor at every
    capital letter (a quarter of the cost). Only whether it occurs is read, so the nouns are one
    prefix trie, not an alternation tried noun by noun at every position."""
    nouns = trie_regex(words("claim_nouns"))
    return re.compile(rf"(?:{nouns})\s+(?:(?:on|in|at|last|this)\s+[\w.]+\s+)?that\s+")


@cache
def _nominal_by_regex() -> re.Pattern[str]:
    """ "CLAIM-NOUN by|from SOURCE that ": "accusations by Exxon Mobil that journalists from the
    school had produced inaccurate ... articles", "claims by intelligence agencies that some of
    her messages should be classified", "complaints from his American counterpart that China's
    glut of factories ..."; the source a noun phrase of a few words, no comma. The nouns are one
    prefix trie, not an alternation tried noun by noun at every word of every sentence with "that"
    and "by": the same matches, as only one noun (all a-z) can end before the space."""
    nouns = trie_regex(words("claim_nouns"))
    return re.compile(
        rf"\b(?P<noun>{nouns})\s+(?:by|from)\s+(?P<by>[\w.&’'-]+(?:\s+[\w.&’'-]+){{0,6}}?)\s+that\s+"
    )


_CLAUSE_OPENERS = frozenset(
    ["and", "but", "so", "yet", "or", "while", "although", "though", "because", "if", "when",
     "as", "since", "that", "which", "who", "whereas", "then"]
)  # fmt: skip


# where a nominal claim's clause ends inside a longer sentence
_NOMINAL_END = compile_on_use(
    r";|\s[—–-]\s|,\s+(?:rather|which|while|but|and\s+(?:his|her|their))\b"
)


def _nominal_claims(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> list[Attribution]:
    """ "Mr. Trump's assertion that Russia should hack Mrs. Clinton's emails", "his suggestion
    that a federal judge can't be impartial", "his promise to build a wall": a statement named
    by a noun, with its source as the possessor. A claim noun with nobody's name on it ("the
    claim that") is not kept."""
    found: list[Attribution] = []
    if "that " in masked[s_start:s_end] and _nominal_hint().search(masked, s_start, s_end):
        # the cheap tests first: no "that", no claim noun before one
        found.extend(_nominal_claims_of(text, masked, quotes, s_start, s_end, _nominal_regex()))
    if " to " in masked[s_start:s_end] and _nominal_to_hint().search(masked, s_start, s_end):
        to_regex = _nominal_to_regex()
        for claim in _nominal_claims_of(text, masked, quotes, s_start, s_end, to_regex, True):
            if claim.cue is not None and _NOUN_TO_DO.match(masked, claim.cue[1], s_end):
                found.append(claim)
    return found


# where a to-infinitive after a claim noun ends, beyond `_NOMINAL_END`: another object of the
# verb ("his promise to build a wall ... and his association of Muslims with terrorism", "from
# his proposal to deport 11 million immigrants, to his lightning policy reversals"), or a comma
# before a clause or a phrase of the sentence's own ("..., with Republicans taking shots at",
# "including his promise to be "neutral" ..., have caused concern")
_INFINITIVE_END = compile_on_use(
    r"\s+and\s+(?:his|her|their|its)\s|,\s+(?:to\s+)?(?:his|her|their|its)\s|,\s+(?:with|as|"
    r"after|before|when|including|although|because|since|despite|who|which|where)\b|"
    r",(?=\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|should|may|"
    r"might|must|did|does|do)\b)"
)


def _nominal_claims_of(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    s_end: int,
    regex: re.Pattern[str],
    infinitive: bool = False,
) -> list[Attribution]:
    """The nominal claims of one shape (`_nominal_regex`, or `_nominal_to_regex` when
    `infinitive`): each noun's possessor as source, the content from the end of the match,
    with `_nominal_claims`' guards."""
    found: list[Attribution] = []
    for m in regex.finditer(masked, s_start, s_end):
        mention = (m.start("pronoun"), m.end("pronoun")) if m.group("pronoun") else (
            m.start("name"), m.end("name"))  # fmt: skip
        if m.group("name") and masked[mention[0] : mention[1]].split()[0] in ("The", "A", "An"):
            continue  # "The President's claim": leave it to the speaker patterns
        before = tokens(masked, max(s_start, mention[0] - 30), mention[0])
        opener = _OPENING_PREPOSITION.match(masked, s_start, mention[1])
        if opener is not None and opener.end() > mention[0]:
            mention = (opener.end(), mention[1])  # the capital of "Despite" read as the name's
        if opener is not None and opener.end() == mention[0]:
            # "Despite Mr. Trump's claims that his net worth exceeds $10 billion, all of the
            # wealth research firms put him far lower": the opener's phrase ends at its comma
            comma = masked.find(", ", m.end(), s_end)
            claim = _nominal(text, masked, quotes, m, comma, mention) if comma >= 0 else None
            if claim:
                found.append(claim)
            continue
        if not before or not before[-1].text.islower() or before[-1].lower in _CLAUSE_OPENERS:
            # the subject ("But Rick Parry's statement that all offers will be refused is a
            # firm statement"): where its clause ends and the sentence goes on is unclear; after
            # a verb or a preposition ("rejected", "over", "including") it runs to the end
            continue
        stop = _NOMINAL_END.search(masked, m.end(), s_end)
        end = stop.start() if stop else s_end
        if infinitive:
            more = _INFINITIVE_END.search(masked, m.end(), end)
            end = more.start() if more else end
            if not has_finite(masked, s_start, mention[0]):
                # "In response to Donald Trump's proposal to bar Muslims from entering the
                # United States, Hillary Clinton's right-hand woman rallied supporters": a
                # phrase before the sentence's verb ends at its comma
                comma = masked.find(", ", m.end(), end)
                end = comma if comma >= 0 else end
        claim = _nominal(text, masked, quotes, m, _clip_end(masked, m.end(), end), mention)
        if claim:
            found.append(claim)
    return found


def _nominal(
    text: str,
    masked: str,
    quotes: list[Quote],
    m: re.Match[str],
    end: int,
    mention: tuple[int, int],
    start: int | None = None,
) -> Attribution | None:
    """The claim a claim noun (group "noun" of `m`) names, from `start` (the end of `m` unless
    the content opens later, after "that") to `end`, with its source: none when fewer than
    three words are left ("his claim that it was")."""
    s, e = _trim(text, m.end() if start is None else start, end)
    if len(masked[s:e].split()) < 3:
        return None
    s, e, kind, _ = _partial_or_mixed(masked, quotes, s, e)
    return Attribution(s, e, kind, f"{kind}:nominal", m.span("noun"), mention, None, 0.55)


@cache
def _predicative_regex() -> re.Pattern[str]:
    """ "[But] NAME's|his|her|their|its [one or two words] ANSWER-NOUN is|was that " (or "was:")
    opening a sentence: "Rubio's response was that ...", "The Florida senator's answer was
    that ...", "Mr. LaRue's main argument was that ..."; the noun phrase is the sentence's
    subject, so what follows the copula runs to the sentence's end like a "said that" clause."""
    nouns = "|".join(sorted(words("answer_nouns"), key=len, reverse=True))
    return re.compile(
        r"(?:(?:But|And|Yet|So|Still|Now)\s*,?\s+)?"
        rf"(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<name>(?:[Tt]he\s+)?"
        r"(?:[A-Z][\w.&-]*\s+|[a-z][\w-]*\s+(?=(?:[a-z][\w-]*\s+)?[A-Za-z][\w.&-]*(?:’s|'s|’|')\s)){0,3}"
        r"[A-Za-z][\w.&-]*)(?:’s|'s|’|'))\s+"
        r"(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){0,2}?"
        rf"(?P<noun>{nouns})\s+(?P<verb>is|was|has\s+been|had\s+been|remains|remained)"
        r"(?:\s+that\s+|\s*:\s*)"
    )


def _predicative_claims(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> list[Attribution]:
    """What a possessor said, named by an answer noun that is the sentence's subject, its
    content after "is that" or "was:" (`_predicative_regex`): "Rubio's response was that it's
    unfair ...", said by Rubio. Never a noun phrase inside the sentence ("the weakness for the
    government's case was that ...": the weakness, not the case, is the subject)."""
    m = _predicative_regex().match(masked, _skip_blank(masked, s_start), s_end)
    if m is None:
        return []
    mention = m.span("pronoun") if m.group("pronoun") else m.span("name")
    quoted = next((q for q in quotes if q.open_at <= m.end() < q.end), None)
    if quoted is not None:
        # "Clinton's response was: "Is Dalton Brody off Conn or Wisconsin?"": the quotation
        if len(masked[m.end() : quoted.open_at].split()) or quoted.words < 3:
            return []
        s, e = _trim(text, quoted.start, quoted.end)
        return [Attribution(s, e, "direct", "direct:nominal", m.span("noun"), mention, None, 0.55)]
    end = _clip_end(masked, m.end(), s_end)
    claim = _nominal(text, masked, quotes, m, end, mention)
    return [] if claim is None else [claim]


# a verb that puts out a statement named by its noun, and the noun: "Trump made similarly
# bigoted charges that a Latino federal judge would be biased", "Mrs. Clinton delivered a
# forceful promise to strengthen labor unions", "The minister issued a warning that prices
# would rise"; a few modifiers between, no possessive (`_nominal_regex` reads "repeated his
# claim that"), the content a "that" clause or a to-infinitive after an undertaking noun
_PUT_OUT_NOUN = compile_on_use(
    r"\b(?P<verb>(?:made|makes|making|issued|issues|issuing|delivered|delivers|delivering|"
    r"repeated|repeats|repeating|renewed|renews|renewing|reiterated|reiterates|reiterating)\s+)"
    r"(?:(?!(?:his|her|their|its|my|our|your|no)\b)[a-z][\w-]*\s+){0,3}?"
    r"(?P<noun>[a-z]+)(?=\s+(?:that|to)\s)"
)
# what every verb of `_PUT_OUT_NOUN` holds: its search runs only where one of them is
_PUT_OUT_STEMS = ("made", "mak", "issu", "deliver", "repeat", "renew", "reiterat")


_THAT_THEN_FINITE = compile_on_use(r"\s+that\s+(?:[a-z]+ly\s+)?" + FINITE_WORD.pattern)


_THAT_AFTER_NOUN = compile_on_use(r"\s+that\s+")


def _put_out_noun(noun: str, lexicon: str) -> bool:
    """Whether `noun`, or its singular, is one of `lexicon`'s nouns of statements put out
    (not "view" or "belief", which are held, not made)."""
    nouns = words(lexicon) - {"view", "belief"}
    return noun in nouns or noun.removesuffix("s") in nouns


def _put_out_claims(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> list[Attribution]:
    """A statement named by its noun that the subject of the verb before it put out
    (`_PUT_OUT_NOUN`), said by that subject; not a relative clause on the noun ("made comments
    that angered voters", "issued a statement that was read out")."""
    found: list[Attribution] = _cases_made(text, masked, quotes, s_start, s_end)
    if not _has_any(masked, s_start, s_end, _PUT_OUT_STEMS):
        return found  # the cheap test first: most sentences have none of its verbs
    for m in _PUT_OUT_NOUN.finditer(masked, s_start, s_end):
        noun = m.group("noun")
        that = _THAT_AFTER_NOUN.match(masked, m.end())
        if that is not None and _put_out_noun(noun, "claim_nouns"):
            if _THAT_THEN_FINITE.match(masked, m.end()):
                continue  # "made comments that angered voters": a relative clause
            content_at = that.end()
        elif _put_out_noun(noun, "undertaking_nouns") and _NOUN_TO_DO.match(masked, m.end()):
            content_at = m.end()
        else:
            continue
        subject = subject_before(masked, s_start, m.start())
        if subject is None or masked[subject[0] : subject[1]].lower() in _NOT_BELIEVERS:
            continue
        stop = _NOMINAL_END.search(masked, content_at, s_end)
        end = _clip_end(masked, content_at, stop.start() if stop else s_end)
        claim = _nominal(text, masked, quotes, m, end, subject, start=content_at)
        if claim is not None:
            found.append(claim)
    return found


# a case made with words of its own about it, or to someone, before its "that" (cue_phrases.txt
# has the plain "made the case that", "make his case"): "Sanders is making an impassioned case
# that he's the Democrat who can best address the nation's problems", "Mr. Rubio's campaign is
# making an increasingly explicit, urgent and desperate case to the party's electorate that it
# is time to unite", "help him make his case to superdelegates that he's the best candidate";
# the addressee a few words with no verb or clause of their own
_CASE_MADE = compile_on_use(
    r"\b(?P<verb>make|makes|made|making)\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:(?!(?:no|that|to|for|of|on|in)\b)[a-z][\w-]*,?\s+){0,5}?(?P<noun>case|argument)\s+"
    r"(?:to\s+(?:(?!(?:that|to|for|and|but|who|which|whom|because)\b)[\w’'.-]+\s+){1,6}?)?"
    r"that\s+"
)


def _cases_made(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> list[Attribution]:
    """What the subject of "made an impassioned case that ..." argues (`_CASE_MADE`), as for
    "made the case that": not a relative clause on the noun or the addressee ("made the case
    to a court that was ..."), nor a negated case."""
    found: list[Attribution] = []
    if not _has_any(masked, s_start, s_end, ("case", "argument")):
        return found  # the cheap test first
    for m in _CASE_MADE.finditer(masked, s_start, s_end):
        if FINITE_WORD.match(masked, m.end()) or masked.startswith(MASK, m.end()):
            continue  # "made a case that was ...": a relative clause
        if _NEGATED_BEFORE.search(masked, max(s_start, m.start() - 24), m.start()):
            continue
        subject = subject_before(masked, s_start, m.start())
        if subject is None or masked[subject[0] : subject[1]].lower() in _NOT_BELIEVERS:
            continue
        stop = _NOMINAL_END.search(masked, m.end(), s_end)
        end = _clip_end(masked, m.end(), stop.start() if stop else s_end)
        claim = _nominal(text, masked, quotes, m, end, subject)
        if claim is not None:
            claim.cue = (m.start(), m.end("noun"))
            found.append(claim)
    return found


# a verb that rejects or characterises what it governs, right before it: "rejected accusations by"
_DISMISSED_BEFORE = compile_on_use(
    r"\b(?:rejected|rejects|dismissed|dismisses|denied|denies|denounced|denounces|described|"
    r"describes|branded|brands|called|calls)\s+(?:[a-z]+\s+){0,2}$"
)


def _nominal_by_claims(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> list[Attribution]:
    """A statement named by a noun whose source follows "by" (`_nominal_by_regex`): "claims by
    intelligence agencies that some of her messages should be classified"."""
    found: list[Attribution] = []
    if "that " not in masked[s_start:s_end] or not _has_any(
        masked, s_start, s_end, (" by ", " from ")
    ):
        return found  # the cheap tests first
    for m in _nominal_by_regex().finditer(masked, s_start, s_end):
        if FINITE_WORD.match(masked, m.end(), s_end) or masked.startswith(MASK, m.end()):
            continue  # "the statement by the company that was released": a relative clause
        mention = subject_after(masked, m.start("by"), m.end("by"))
        if mention is None and names_a_person(masked, m.start("by"), m.end("by")):
            mention = m.span("by")  # "claims by intelligence agencies": people, unnamed
        if mention is None or mention[1] != m.end("by"):
            continue  # the source must be the whole phrase before "that": better none
        stop = _NOMINAL_END.search(masked, m.end(), s_end)
        end = _clip_end(masked, m.end(), stop.start() if stop else s_end)
        if _DISMISSED_BEFORE.search(masked, max(s_start, m.start() - 30), m.start()):
            # "rejected accusations by the Sudanese government that his country was arming
            # Sudanese rebels as "utterly baseless"": what the rejecter calls them is no part
            as_what = masked.rfind(" as ", m.end(), end)
            end = as_what if as_what >= 0 else end
        claim = _nominal(text, masked, quotes, m, end, mention)
        if claim:
            found.append(claim)
    return found


# a quantity a source puts at a figure: "Forbes put his net worth at $45 billion", "HuffPost
# Pollster ... puts Obama's approval at a solid 50 percent", "Initial estimates put the total
# number of emails ... at about 55,000 pages": the object and its figure are the source's claim
# (estimate_nouns.txt names what may be put so); the words before the figure only say how
# precise it is, never a time ("at the end of 2004")
_PUT_AT = compile_on_use(
    r"\b(?P<verb>put|puts|putting)\s+(?P<object>(?!(?:out|off|up|down|forward|forth|in|on|"
    r"through|it|them|him|her)\b)(?:[\w’'$.-]+\s+){1,20}?)at\s+(?:(?:about|around|nearly|"
    r"almost|some|roughly|just|only|least|more\s+than|less\s+than|fewer\s+than|under|over|up\s+to|"
    r"as\s+(?:many|much|high|low)\s+as|a|an|solid|mere|estimated|record)\s+)*[$£€]?\d"
)


# "with" and its own subject before "putting": "..., with some estimates putting ..."
_WITH_BEFORE_PUTTING = compile_on_use(r"\bwith\s+[^,;:\x01]{1,60}$")


_FIGURE_END = compile_on_use(
    r"[$£€]?\d(?:[\d,.]*\d)?[a-zA-Z]{0,3}(?:\s*%|\s+(?:per\s*cent|percent|points?|per\s+[a-z]+|"
    r"(?!(?:in|on|at|of|for|to|by|and|or|but|from|with|as|than|after|before)\b)[a-z]+))?"
)


def _estimates(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> list[Attribution]:
    """What a source puts a quantity at (see `_PUT_AT`), said by the source: the subject of
    "put", or of the clause a ", putting" participle hangs on."""
    found: list[Attribution] = []
    if not _has_any(masked, s_start, s_end, (" put", "Put")) or " at " not in masked[s_start:s_end]:
        return found  # the cheap tests first: most sentences put nothing at anything
    for m in _PUT_AT.finditer(masked, s_start, s_end):
        nouns = re.findall(r"[a-z]+", masked[m.start("object") : m.end("object")].lower())
        if words("estimate_nouns").isdisjoint(nouns) or MASK in m.group("object"):
            continue
        cue = (m.start("verb"), m.end("verb"))
        if _NEGATED_BEFORE.search(masked, max(s_start, cue[0] - 24), cue[0]):
            continue
        if m.group("verb") == "putting":
            if _WITH_BEFORE_PUTTING.search(masked, s_start, cue[0]):
                continue  # "with some estimates putting the attendance at 200,000": not MTV's
            subject = sentence_subject(masked, _after_dateline(masked, s_start, cue[0]), cue[0])
        else:
            subject = (
                subject_before(masked, s_start, cue[0])
                or _subject_with_relative(masked, s_start, cue[0])
                or _long_subject(masked, _after_dateline(masked, s_start, cue[0]), cue[0])
            )
        if subject is None or masked[subject[0] : subject[1]].lower() in _NOT_BELIEVERS:
            continue
        figure = _FIGURE_END.match(masked, m.end() - 1 - (m.group().endswith(("$", "£", "€"))))
        end = _clip_end(masked, m.start("object"), figure.end() if figure else m.end())
        s, e = _trim(text, m.start("object"), end)
        kind = _content_kind(masked, quotes, s, e)
        found.append(Attribution(s, e, kind, f"{kind}:estimate", cue, subject, None, 0.6))
    return found


# a call named by its noun, its caller the possessor: "Trump's call for a ban on Muslims",
# "critics' calls for the law change to be delayed", "his recent call to ban all Muslim
# immigrants", "Sanders' call for "revolution""
_NOMINAL_CALL = compile_on_use(
    r"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<name>(?:[A-Z][\w.&-]*\s+){0,3}"
    r"[A-Z][\w.&-]*|[a-z]+s)(?:’s|'s|’|'))\s+(?:(?:recent|repeated|renewed|latest|earlier|"
    r"initial|own|new|previous|clarion|public)\s+)?(?P<noun>calls?)\s+(?:for|on|upon|to)\s+"
)


_WORD_BEFORE_CALL = compile_on_use(r"([\w-]+)\s+$")


# a capitalised word right before: "the Democratic" in a name ("Sen. Bob Casey, a Democratic
# ...") leaves the adjective test to the name
_NAME_WORD_BEFORE = compile_on_use(r"[A-Z][\w.’'-]*\s*$")


def _call_noun(masked: str, s_start: int, at: int) -> bool:
    """Whether "call(s)" at `at` is a noun: after a determiner or a possessive ("Trump's call
    for a ban", "the calls for his resignation") or in a compound ("a conference call on
    Tuesday", "a wake-up call for the party")."""
    window = max(s_start, at - 30)
    if _NOUN_BEFORE.search(masked, window, at):
        return True
    before = _WORD_BEFORE_CALL.search(masked, window, at)
    if before is None:
        return False
    word = before.group(1)
    if (
        word[:1].isupper()
        and (word.lower() == "democratic" or word.lower() in demonyms())
        and not _NAME_WORD_BEFORE.search(masked, window, before.start())
    ):
        return True  # "Democratic calls for her to bow out", "American calls for": an adjective
    return word.lower() in words("call_compounds")


# a second object of the verb the call is the object of: "point to Trump's call for a ban on
# Muslims and his harsh rhetoric on illegal Mexican migrants as ..."
_NEXT_OBJECT = compile_on_use(r"\s+and\s+(?:his|her|their|its)\s")


def _nominal_calls(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> list[Attribution]:
    """ "65 percent of Republicans supported his call for a temporary ban on Muslims", "He
    rejected critics' calls for the law change to be delayed": what the possessor called for,
    read as `_nominal_claims` reads a claim noun and its "that" clause, with its guards."""
    found: list[Attribution] = _put_out_calls(text, masked, quotes, s_start, s_end)
    if masked.find("call", s_start, s_end) < 0:
        return found  # the cheap test first, without copying the sentence
    for m in _NOMINAL_CALL.finditer(masked, s_start, s_end):
        mention = m.span("pronoun") if m.group("pronoun") else m.span("name")
        if m.group("name") and masked[mention[0] : mention[1]].split()[0] in ("The", "A", "An"):
            continue  # "The President's call": leave it to the speaker patterns
        before = tokens(masked, max(s_start, mention[0] - 30), mention[0])
        if not before or not before[-1].text.islower() or before[-1].lower in _CLAUSE_OPENERS:
            continue  # the subject of its sentence: where its own clause ends is unclear
        if m.group("pronoun"):
            # "Lib Dem leader Charles Kennedy repeated his call for a "pause"": the subject of
            # the verb before "his" is who called, when a name
            subject = subject_before(masked, s_start, before[-1].start)
            if subject is not None and masked[subject[0]].isupper():
                mention = subject
        s, e = _trim(text, m.end(), _call_end(masked, m.end(), s_end))
        if len(text[s:e].split()) < 2:
            continue
        s, e, kind, _ = _partial_or_mixed(masked, quotes, s, e)
        found.append(Attribution(s, e, kind, f"{kind}:nominal", m.span("noun"), mention, None,
                                 0.55))  # fmt: skip
    return found


# the writer's words after what is called for: a clause of time or reason ("... on Monday as
# he issued a statement", "... before the vote"), or a participle of the caller's next act
# ("an end to sugar subsidies, calling them "corporate welfare"")
_WRITERS_AFTER_CALL = compile_on_use(
    r"\s+as\s+(?:he|she|they|it|we|I)\s|,?\s+(?:before|after|while|when|whereas|because|"
    r"although|though|despite)\b|,\s+(?:and\s+)?[a-z]+ing\b"
)


def _call_end(masked: str, start: int, s_end: int) -> int:
    """Where what a call is for ends: at `_NOMINAL_END` or a second object ("his call for a ban
    on Muslims and his harsh rhetoric on ..."), clipped, then before the writer's words after
    it (`_WRITERS_AFTER_CALL`) and a time it was made at ("... on Wednesday")."""
    stop = _NOMINAL_END.search(masked, start, s_end) or _NEXT_OBJECT.search(masked, start, s_end)
    end = _clip_end(masked, start, stop.start() if stop else s_end)
    writers = _WRITERS_AFTER_CALL.search(masked, start, end)
    end = _trim(masked, start, writers.start() if writers else end)[1]
    time = _TRAILING_TIME.search(masked, start, end)
    return time.start() if time else end


# a call put out with a verb of its own, the caller the verb's subject: "Cruz made an
# unprompted call for an end to sugar subsidies", "Mr Kennedy renewed calls for a public
# inquiry", "Tory MPs joined calls for him to resign", "Trump made a plea for the GOP to unite
# behind him"; the words between in lower case ("renewed Republican calls for": the calls are
# others'), none a phone's, a house's or a referee's call (call_compounds.txt: "made a
# conference call for investors"), nor "no" ("made no call for")
_PUT_OUT_CALL = compile_on_use(
    r"\b(?P<verb>(?:made|makes|making|issued|issues|issuing|renewed|renews|renewing|repeated|"
    r"repeats|repeating|reiterated|reiterates|reiterating|sounded|sounds|echoed|echoes|joined|"
    r"joins|led|leads)\s+)(?:(?:a|an|the)\s+)?"
    r"(?:(?!(?:no|any|few|his|her|their|its|my|our|your)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>calls?|pleas?|appeals?)\s+for\s+"
    # what is called for: never a pronoun, whose call the sentence before tells, nor a time
    r"(?!(?:it|this|that|them|him|her|help|a\s+while|the\s+(?:first|second|last)\s+time)\b)"
    r"(?=[\w$\x01\"“])"
)


_PUT_OUT_CALL_HINT = compile_on_use(r"\b(?:calls?|pleas?|appeals?)\s+for\s")


def _put_out_calls(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> list[Attribution]:
    """What the subject of "made a call for", "renewed calls for" or "made a plea for" calls
    for (`_PUT_OUT_CALL`), read as `_nominal_calls` reads "his call for": the subject must be
    a person or people ("The attack renewed calls for tighter security": nobody's call), and
    the verb neither negated nor passive."""
    found: list[Attribution] = []
    if not _PUT_OUT_CALL_HINT.search(masked, s_start, s_end):
        return found  # the cheap test first
    for m in _PUT_OUT_CALL.finditer(masked, s_start, s_end):
        before = _WORD_BEFORE_CALL.search(masked, m.start("verb"), m.start("noun"))
        if before is not None and before.group(1).lower() in words("call_compounds"):
            continue  # "made a conference call for investors"
        if _NEGATED_BEFORE.search(masked, max(s_start, m.start() - 24), m.start()):
            continue
        subject = subject_before(masked, s_start, m.start())
        if (
            subject is None
            or masked[subject[0] : subject[1]].lower() in _NOT_BELIEVERS
            or not names_a_person(masked, *subject)
        ):
            continue
        s, e = _trim(text, m.end(), _call_end(masked, m.end(), s_end))
        if len(text[s:e].split()) < 2:
            continue
        s, e, kind, _ = _partial_or_mixed(masked, quotes, s, e)
        found.append(Attribution(s, e, kind, f"{kind}:nominal", (m.start(), m.end("noun")),
                                 subject, None, 0.55))  # fmt: skip
    return found
