"""Content that precedes its frame (", SPEAKER said"), what runs around a speaker in mid-sentence,
and the quoted words and titles inside content.
"""

from __future__ import annotations

import re

from factdb.extract.attribution.clause_tests import _is_clause
from factdb.extract.attribution.record import Attribution, _trim
from factdb.extract.attribution.shared import (
    _ADVERBIAL_OPENERS,
    _AUX_IN_CUE,
    _CLAUSE_VERBS,
    _DETERMINERS,
    _EDGE_TRIM,
    _FRONTED_CLAUSE,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS_OPENING,
    _TIME_AFTER_CUE,
    _TIMESTAMP,
    _WEAK_CLAUSE_VERBS,
    _WORDISH,
)
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import pronoun_classes, reporting_verb_forms, words
from factdb.extract.mentions import DATELINE, LEAD_CONNECTIVE, PREPOSITIONS
from factdb.extract.quotes import MASK, Quote
from factdb.extract.speech_acts import QUESTION_WORD_BEFORE
from factdb.extract.verbs import (
    FINITE_AUXILIARIES,
    FINITE_WORD,
    STRICT_FINITE,
    cue_base,
    find_cues,
    has_finite,
)


def _quotation_running_on(quotes: list[Quote], att: Attribution, s_end: int) -> Quote | None:
    """The quotation a claim opens with when it runs on past the sentence into the next
    paragraphs: 'Brian McBride said: "We see a growing trend ... on the move.\n"We are able
    to offer this ..."' (each paragraph opens a mark, only the last closes). Read within its
    first sentence, the quotation is cut at the paragraph's end and taken for the writer's
    words; the claim is the whole quotation, in its speaker's words."""
    if att.end < s_end - 1 or att.kind == "direct":
        return None
    for quote in quotes:
        if quote.open_at == att.start and quote.close_end > s_end and quote.paragraphs > 1:
            return quote
    return None


def _quotes_in(quotes: list[Quote], start: int, end: int) -> list[Quote]:
    """Quotations wholly inside [start, end); `quotes` is short (one sentence's), and most
    sentences have none: then no comprehension is run (in 3.11 a call of its own)."""
    if not quotes:
        return []
    return [q for q in quotes if q.open_at >= start and q.close_end <= end]


def _content_kind(masked: str, quotes: list[Quote], start: int, end: int) -> str:
    inside = _quotes_in(quotes, start, end)
    if not inside:
        return "indirect"
    outside = masked[start:end].replace(MASK, "")
    if outside.strip(_EDGE_TRIM + "\"'“”‘’ ") == "":
        return "direct"
    return "mixed"


# a work named right before a quotation: the quotation is its title ("in his 2006 expose,
# "Secret Man: ..."", "her memoir "Living History"")
_WORK_BEFORE = compile_on_use(
    r"\b(?:book|books|memoir|memoirs|novel|expose|exposé|biography|autobiography|film|movie|"
    r"documentary|song|album|single|play|poem|essay|column|op-ed|article|series|show|episode)"
    r",?\s*$"
)


def _names_a_work(
    text: str, quotes: list[Quote], rest: str, before_quote: int, rest_start: int
) -> bool:
    """Whether the quotation after a cue's adverbial is the title of the work named before it:
    a work noun right before ("in his 2006 expose,") and the quoted words in title case ("Secret
    Man: The Story of Watergate's Deep Throat"); "put it in a lengthy expose, "the operator"" is
    the outlet's own words."""
    if not _WORK_BEFORE.search(rest, 0, before_quote):
        return False
    at = rest_start + before_quote
    quoted = next((q for q in quotes if q.open_at == at), None)
    return quoted is not None and _in_title_case(text, quoted, 2)


def _in_title_case(text: str, quote: Quote, least: int) -> bool:
    """Whether the quoted words are written as a title: at least `least` words of four letters
    or more, each capitalised ("Secret Man: The Story of ...", "Meet the Press")."""
    long_words = re.findall(r"[A-Za-z][\w’'-]{3,}", text[quote.start : quote.end])
    return len(long_words) >= least and all(w[0].isupper() for w in long_words)


# a programme named on the air: "said on NBC's "Meet the Press"", "on the MSNBC show "Morning
# Joe"", "in an interview on "Fox News Sunday""
_PROGRAMME_BEFORE = compile_on_use(r"(?:\w[’']s?|\b(?:on|show|program|programme|told|with))\s+$")


_TITLE_WORDS_MAX = 8


def _programme_titles_as_words(
    text: str, masked: str, quotes: list[Quote], start: int, end: int
) -> str:
    """The masked text from `start` to `end` with each quoted programme title written as a
    word of letters, so that "said on NBC's "Meet the Press" on Sunday that ..." reads as
    "said on NBC's TTTT on Sunday that ...": a title between a cue and "that" is part of the
    frame, not the speaker's words. Other quotations stay masked."""
    stretch = masked[start:end]
    for quote in quotes:
        if not start <= quote.open_at < end or quote.close_end > end:
            continue
        if (
            quote.words <= _TITLE_WORDS_MAX
            # (from a little before `start`: the cue itself may be the word, "told "60 Minutes"")
            and _PROGRAMME_BEFORE.search(
                masked, max(0, start - 5, quote.open_at - 20), quote.open_at
            )
            and _in_title_case(text, quote, 1)
        ):
            at, close = quote.open_at - start, quote.close_end - start
            stretch = stretch[:at] + "T" * (close - at) + stretch[close:]
    return stretch


def _titles_in_tail(text: str, masked: str, quotes: list[Quote], start: int, end: int) -> str:
    """`masked` with the programme titles between `start` and `end` written as words, so the
    tests of what follows a cue read '..., Smith said on "Meet the Press."' as a frame that
    ends the sentence, not as a quotation after it. The same string when there is none."""
    if MASK not in masked[start:end]:
        return masked
    return (
        masked[:start] + _programme_titles_as_words(text, masked, quotes, start, end) + masked[end:]
    )


_LABEL_BEFORE = compile_on_use(
    r"\b(?:so-called|dubbed|called|known as|titled|entitled|named|nicknamed)\s*$"
)


def _speakers_words(masked: str, quote: Quote) -> bool:
    """A quoted fragment that is the speaker's own words, not a label or a single scare word."""
    if quote.words < 2:
        return False
    return not _LABEL_BEFORE.search(masked, max(0, quote.open_at - 20), quote.open_at)


def _has_any(masked: str, start: int, end: int, needles: tuple[str, ...]) -> bool:
    """Whether masked[start:end] holds one of `needles`: a test in C before a regex search
    that cannot match without one. A loop, not any() over a generator: called ~50,000 times on
    BBC, the generator cost more than the searches."""
    for needle in needles:  # noqa: SIM110 (the loop is the point: see above)
        if masked.find(needle, start, end) >= 0:
            return True
    return False


_NEXT_SENTENCE = compile_on_use(r"[.!?]\s+[A-Z]")


_SHARE_OF_PEOPLE = compile_on_use(
    r"%|\b(?:majority|minority|plurality|percent|per\s+cent|half|thirds?|quarters?)\b"
    r"|\bin\s+(?:\d+|three|four|five|ten)\b"
)


_REPORTED_CLAUSE_OPENERS = frozenset(["that", *pronoun_classes(), *words("determiners")])


def opens_with_own_report(masked: str, start: int, end: int) -> bool:
    """Whether masked[start:end] is itself reported speech with a speaker of its own: a
    subject, a verb that takes a clause, and the clause ("His campaign manager, Jeff Weaver,
    says it's proof the candidate can still close the gap ..., according to an Associated
    Press count"; "The Trump campaign announced last week that it hired ..., according to
    Politico"). A source named after such a sentence reports that it was said: the words are
    the subject's, whose own claim the cue gives.

    Not a cue's word inside a noun phrase ("the former secretary of state earned", "of all
    reported contributions", "On a lighter note,") nor one in an adverbial ("If admitted into
    the EU, Turkey would ...", "At the moment Sanders announced his candidacy, Mook was ...")."""
    cues = find_cues(masked, start, min(end, start + 150))
    if not cues:
        return False
    cue = cues[0]
    subject = masked[start : cue.start()]
    if MASK in subject or not masked.startswith(" ", cue.end()):
        return False
    words = subject.split()
    if words and words[0].lower() in _SUBORDINATORS_OPENING | PREPOSITIONS:
        # "On Monday, Trump said he was ...": the subject follows the fronted adverbial
        words = subject[subject.find(",") + 1 :].split() if "," in subject else []
    following = masked[cue.end() : end].split()
    if not following or _NEXT_SENTENCE.search(masked, cue.end(), end):
        return False  # a source after two sentences vouches for the second one too
    if _SHARE_OF_PEOPLE.search(subject):
        return False  # "The vast majority of Americans say ..., according to a poll": its finding
    last = words[-1].rstrip(",").lower() if words else ""
    return (
        0 < len(words) <= 12
        and last not in PREPOSITIONS | _DETERMINERS
        and not last.endswith(("'s", "’s", "s'", "s’"))  # "Mrs. Clinton's reported contributions"
        # what a clause opens with: "that", a subject, or "that" after a time ("said last
        # week that"); not "states like Iowa", "written to make headlines"
        and (
            re.split(r"['’]", following[0].lower())[0] in _REPORTED_CLAUSE_OPENERS  # "it's", "he'd"
            or following[0][0].isupper()
            or following[0][0].isdigit()
            or "that" in following[1:5]
        )
        and cue_base(cue.group()) in _CLAUSE_VERBS | _WEAK_CLAUSE_VERBS
        and not cue.group().endswith("ing")
        and not has_finite(masked, start, cue.start())
        and not STRICT_FINITE.search(masked, start, cue.start())
        and has_finite(masked, cue.end(), end)
    )


_STAMP_WORDS = (":", "Published", "Updated", "Posted", "Modified")


_STAMP_REACH = 600  # a page's stamp runs the headline into the article's opening only


def _may_hold_stamp(masked: str, start: int, end: int) -> bool:
    """The cheap test before the stamp regex: a clock time's colon anywhere, a label only
    near the article's start (this runs for most cues)."""
    if masked.find(":", start, end) >= 0:
        return True
    return start < _STAMP_REACH and _has_any(masked, start, end, _STAMP_WORDS[1:])


# a dateline in any case that names its agency: "Washington (AFP) – ", "Berlin (dpa) - "
_AGENCY_DATELINE = compile_on_use(
    r"\s*[A-Z][\w.,’' -]{1,40}?\s*\((?:AP|AFP|Reuters|UPI|dpa|DPA|Xinhua|Bloomberg|ANI|PTI|IANS|"
    r"EFE|ANSA|Kyodo|Yonhap|CNN)\)\s*[—–-]{1,2}\s+"
)


def _after_dateline(masked: str, s_start: int, limit: int) -> int:
    """Where the sentence proper starts: after "ORLANDO, Fla. (Reuters) - " or "Washington
    (AFP) – ", if any, and after a page's time stamp that runs the headline into the first
    sentence ("Teen Arrested in Shooting ... Posted Oct 26, 2011 8:57 AM CDT An 18-year-old
    gang member has confessed ..."): the headline's words are no subject of the sentence."""
    dateline = DATELINE.match(masked, s_start, limit)
    if dateline is None and masked.find("(", s_start, limit) >= 0:
        # the cheap test first: the agency is named in brackets, and this runs for most cues
        dateline = _AGENCY_DATELINE.match(masked, s_start, limit)
    start = dateline.end() if dateline else s_start
    if not _may_hold_stamp(masked, start, limit):
        return start  # the cheap test first: a stamp has a clock time ("8:57 AM") or a label
    stamps = list(_TIMESTAMP.finditer(masked, start, limit))
    return stamps[-1].end() if stamps else start


# a plural subject and its verb in the present, which no ending marks: "people misunderstand
# Trump", "most Republicans want to ...", "his friends feel the party ...". The word after the
# noun is a verb when an object or an infinitive follows it (a determiner, a pronoun, a name)
_PLURAL_PRESENT = compile_on_use(
    r"(?:(?:the|most|many|some|all|both|his|her|their|its|our|these|those|few|other|such)\s+)?"
    r"(?:[A-Za-z][\w’'-]*\s+){0,2}?"
    r"(?:[A-Za-z][a-z]{2,}(?<!ss)(?<!us)(?<!is)s|people|men|women|children|police)\s+"
    r"(?!(?:and|or|but|of|in|on|at|for|to|from|with|by|as|than|who|which|that|the|a|an)\b)"
    r"[a-z]{3,}(?<!ly)(?<!ing)(?<![^s]s)\s+"
    r"(?:the|a|an|his|her|their|its|our|this|these|those|to|him|them|us|me|it|[A-Z][a-z]+)\b"
)


_ADVERBIAL_THEN_THAT = compile_on_use(
    r"\s+(?:at|in|on|during|after|before|earlier|later|last|this|from|outside|via|while|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^\x01.;:]{0,100}?\s+that\s+"
)


_STANCE_NOUNS = words("stance_nouns") | words("claim_nouns")


_CHANNEL_NOUNS = words("channel_nouns")


# a channel right after the verb, then perhaps when: "posted on his Facebook page that", "did
# post on Twitter Friday that", "posted online that"
_CHANNEL_BEFORE_THAT = compile_on_use(
    r"\s+(?:(?:on|to)\s+(?:[\w’'-]+\s+){0,3}?)?(?P<channel>[\w-]+)"
    r"(?:\s+(?:on\s+|last\s+|this\s+|early\s+|late\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
    r"Sun)day|yesterday|today|week|night|morning))?,?\s+that\s"
)


# what may stand between the stance noun and "that": when or where it was put ("expressed
# frustration in an interview this year that", "expressed cautious optimism over the weekend
# that", "expressed concern Monday that")
_WHEN_AFTER_NOUN = compile_on_use(
    r"(?:\s+(?:(?:on|in|at|during|over|last|this|earlier)\s+(?:[\w’'-]+\s+){0,4}?)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|week|weekend|month|year|"
    r"night|morning|interview|statement|speech))*,?\s+that\s"
)


def _that_after_stance_noun(rest: str, that: re.Match[str]) -> bool:
    """Whether the "that" a noun_that verb ("expressed", "echoed") reaches hangs on a stance or
    claim noun ("expressed concern that ...", "echoed the claim that ..."), with at most when or
    where between them: only then is it the content, not a relative clause or a determiner."""
    for noun in re.finditer(r"[A-Za-z]+", rest[: that.end()]):
        if noun.group().lower() in _STANCE_NOUNS:
            tail = _WHEN_AFTER_NOUN.match(rest, noun.end())
            if tail is not None and not rest[tail.end() : that.end()].strip():
                return True
    return False


def _that_after_channel(rest: str, that: re.Match[str]) -> bool:
    """Whether the "that" a noun_that verb reaches follows only where the words were put, right
    after the verb ("had posted on his Facebook page that refugees should "burn alive""): then
    it opens what was posted, not a relative clause about an object ("posted a photo on
    Instagram that showed ...")."""
    channel = _CHANNEL_BEFORE_THAT.match(rest)
    return (
        channel is not None
        and channel.end() == that.end()
        and channel.group("channel").lower() in _CHANNEL_NOUNS
    )


_CONDITIONAL = ("if", "unless")


_CLAUSE_BREAK = compile_on_use(r"(?<!\d),|,(?!\d)|[;:—–―]|\s-\s")  # not "2,400"


_WORD = compile_on_use(r"\s*[\w’'-]*")


def _clause_breaks(text: str, masked: str, start: int, end: int) -> list[int]:
    """Commas, semicolons, colons and dashes that end a clause in text[start:end], a comma that
    closes a quotation included ("... “been friends for some time,” he claimed")."""
    return [
        m.start()
        for m in _CLAUSE_BREAK.finditer(text, start, end)
        if masked[m.start()] != MASK or text[m.end() : m.end() + 1] in ('"', "”", "’", "'")
    ]


def _after_fronted_adverbial(text: str, masked: str, start: int, speaker_at: int) -> int:
    """Where the sentence goes on after an adverbial opening it, a preposition's phrase of a
    few words with no verb and a comma ("In a September debate, ", "On Tuesday, "); `start`
    when there is none."""
    breaks = _clause_breaks(text, masked, start, speaker_at)
    if len(breaks) != 1 or masked[breaks[0]] != ",":
        return start
    phrase = masked[start : breaks[0]].split()
    if not 1 < len(phrase) <= 6 or phrase[0].lower() not in PREPOSITIONS:
        return start
    if has_finite(masked, start, breaks[0]) or MASK in masked[start : breaks[0]]:
        return start
    after = breaks[0] + 1
    while after < speaker_at and masked[after].isspace():
        after += 1
    return after


def _fronted_clause_end(
    text: str, masked: str, sentence: tuple[int, int], att: Attribution
) -> int | None:
    """Where a subordinate clause that opens the sentence and holds the speaker and the cue
    ends: at its first comma, colon or dash after the cue, past which the writer's main clause
    goes on ("Although the company's statement said it would continue to monitor developments,
    observers said ..."); the sentence's end when it has no such break ("Even before IBM
    announced this latest spending boost it was one of the biggest advocates"); -1 when the
    clause is a condition ("If it was pointed out one of my articles ..."), which reports
    nothing said. None when the cue is in no such clause: none opens the sentence, a break ends
    it before the speaker, or it has a verb of its own before the speaker ("Although the economy
    was growing ... he warned that")."""
    assert att.cue is not None
    speaker_at = min(att.mention[0], att.cue[0]) if att.mention else att.cue[0]
    start = _after_dateline(masked, sentence[0], speaker_at)
    while start < speaker_at and masked[start] in " \t\n\x01\"'“‘(":
        start += 1
    lead = LEAD_CONNECTIVE.match(masked, start, speaker_at)  # "But even as Trump claimed ..."
    # "Now that it's been confirmed ...": "now" opens the subordinator, not a connective
    opener = _FRONTED_CLAUSE.match(masked, start, speaker_at) or (
        lead and _FRONTED_CLAUSE.match(masked, lead.end(), speaker_at)
    )
    if opener is None:
        # after a place or a time set off by a comma: "In a September debate, while most of
        # his competitors called for a bigger military effort ..., Trump hewed ..."
        start = _after_fronted_adverbial(text, masked, start, speaker_at)
        opener = _FRONTED_CLAUSE.match(masked, start, speaker_at)
    if (
        opener is None
        or _clause_breaks(text, masked, start, speaker_at)
        or (
            FINITE_WORD.search(masked, opener.end(), speaker_at)
            # "When one pupil asked Mr McConnell how the executive proposed to ...": the
            # speaker opens a clause the fronted one embeds, and is still inside it
            and not QUESTION_WORD_BEFORE.search(masked, opener.end(), speaker_at)
        )
        or _WORD.match(masked, opener.end()).group().strip().lower() in PREPOSITIONS  # "While on"
    ):
        return None
    if opener.group("sub").lower() in _CONDITIONAL:
        return -1
    breaks = _clause_breaks(text, masked, att.cue[1], sentence[1])
    return breaks[0] if breaks else sentence[1]


def _closed_before(
    text: str, masked: str, sentence: tuple[int, int], att: Attribution, at: int
) -> bool:
    """Whether `att` is told in a subordinate clause that opens the sentence and closes before
    `at`: what comes there is the main clause's ("While most of his competitors called for
    ..., Trump hewed ..., noting that": Trump notes, not the competitors)."""
    if att.cue is None:
        return False
    end = _fronted_clause_end(text, masked, sentence, att)
    return end is not None and 0 <= end < at and end < sentence[1]


def _within_fronted_clause(
    text: str, masked: str, sentence: tuple[int, int], att: Attribution
) -> bool:
    """Whether the claim can stand, its content cut to the subordinate clause that holds its
    speaker and cue (`_fronted_clause_end`). A quotation its marks bound stands unless it
    follows the clause ("When prosecutor Seth Goldman asked whether she shielded her son,
    Armstead quietly answered, "Yes."" is Armstead's); reported content with no break to end
    the clause cannot be told apart from the main clause and is dropped."""
    end = _fronted_clause_end(text, masked, sentence, att)
    if end is None:
        return True
    if end < 0:
        return False
    if att.kind == "direct":  # 'When the driver yelled, "Don't move!" it clicked': his words
        return end >= att.start or not _WORDISH.search(text, end, att.start)
    if end == sentence[1] or end <= att.start:
        return False
    att.end = min(att.end, _trim(text, att.start, end)[1])
    if att.kind == "mixed" and MASK not in masked[att.start : att.end]:
        # the quotation that made it mixed was in the main clause, cut off now
        att.kind, att.rule = "indirect", "indirect:" + att.rule.partition(":")[2]
    return True


# a price after "ask": "Apple will ask $1, 099 for the base 13-inch version", "asking £2m"
_PRICE = compile_on_use(r"\s+(?:(?:about|around|only|just|as\s+much\s+as)\s+)?[$£€¥]\s?\d")


def _asks_a_price(text: str, cue: tuple[int, int]) -> bool:
    """Whether the cue is "ask" naming a price, a sale's terms and no question put to anyone."""
    words = text[cue[0] : cue[1]].lower().split()
    return (
        bool(words)
        and words[-1] in ("ask", "asks", "asked", "asking")
        and bool(_PRICE.match(text, cue[1]))
    )


# a participle that describes the noun before it, not a verb of its own: "in an ABC interview
# taped before the attacks", "in a statement released Tuesday"
_PARTICIPLE_AFTER_NOUN = compile_on_use(
    r"(?:^|.*\s)(?:a|an|the|his|her|their|its)\s+(?:[\w’'.-]+\s+){0,4}?([a-z][\w-]*)\s+"
    r"[a-z]{2,}ed$"
)


def _adverbial_then_that(rest: str) -> re.Match[str] | None:
    """ "at a town hall in Salem, New Hampshire on Monday that ...": a long adverbial of place
    or time before "that", with no verb of its own."""
    found = _ADVERBIAL_THEN_THAT.match(rest) or _DASHED_THEN_THAT.match(rest)
    if found is None:
        return None
    # "said on CNN, where he is now a paid contributor, that ...": the verbs of a relative
    # clause set off by commas are its own, not the reported clause's
    aside = _RELATIVE_ASIDE.search(rest, 0, found.end() - 5)
    for verb in FINITE_WORD.finditer(rest, 0, found.end() - 5):
        if aside is not None and aside.start() < verb.start() < aside.end():
            continue
        noun = _PARTICIPLE_AFTER_NOUN.match(rest, max(0, verb.start() - 40), verb.end())
        if noun is None or noun.group(1) in _SUBJECT_PRONOUNS:
            return None  # "said in Iowa he believed that": the clause's own verb
    return found


# a relative clause set off by commas inside the adverbial: ", where he is now a paid
# contributor,"
_RELATIVE_ASIDE = compile_on_use(r",\s+(?:where|when|which|who)\s[^,\x01]{1,100},")


# "said — on Twitter, as it happens — that Trump raised": the writer's aside between dashes
_DASHED_THEN_THAT = compile_on_use(r"\s+(?:—|–|--)\s+[^—–\x01.;]{1,80}?\s+(?:—|–|--)\s+that\s+")


_ADDRESSEE_THEN_THAT = compile_on_use(r"\s+(?:[\w.’'&-]+,?\s+){1,11}?that\s+")


def _addressee_then_that(rest: str) -> re.Match[str] | None:
    """ "told The Post and Courier newspaper of Charleston on Saturday that ...", "told the
    audience at his fundraiser for veterans that ...": a long addressee with no verb of its own."""
    found = _ADDRESSEE_THEN_THAT.match(rest)
    if found is None:
        return None
    if _ADDRESSEE_WHO.match(rest):
        # "tells voters who wonder why he cannot summon Mr. Trump's fury that he ...": the
        # verbs are the relative clause's; a pronoun after "that" opens what was told
        return found if _PRONOUN_OPENING.match(rest, found.end()) else None
    return None if FINITE_WORD.search(rest, 0, found.end() - 5) else found


_ADDRESSEE_WHO = compile_on_use(r"\s+(?:the\s+)?[a-z]+\s+who\s")


_PRONOUN_OPENING = compile_on_use(r"(?:he|she|they|we|I|it)\s")


_PRONOUN_CLAUSE = compile_on_use(
    r"(?:he|she|they|we|I)\s+(?:[a-z]+ly\s+)?[a-z]+(?:[’'][a-z]+)?\b(?!,)"
)


_PARTICIPLE_TAIL = compile_on_use(r"\s*,\s*(?:and\s+)?[a-z]+ing\b")


# After the cue, a subject pronoun and a word ("Page said she grew up ...") opens the
# reported clause, and a reflexive ("Capaldi described himself as ...") the cue's own object:
# either way the words before ", Page said" are the writer's ("Born in 1923 in Nashville").
_CLAUSE_OR_OBJECT_TAIL = compile_on_use(
    r"\s+(?:(?:he|she|they|we|i)\s+[a-z]|(?:him|her|them|it|my|your|our)sel(?:f|ves)\b)"
)


_ADVERBIAL_THEN_PARTICIPLE = compile_on_use(r"\s+[^,;\x01]{1,50},\s*(?:and\s+)?[a-z]+ing\b")


# "..., the Academy has asked her to do it twice": an object and its infinitive, what was asked
_OBJECT_TO_TAIL = compile_on_use(r"\s+(?:her|him|them|us|me|you)\s+(?:not\s+)?to\s")


# after a cue: a few words (an addressee, a place), then a clause saying when it was said
_WHEN_CLAUSE_TAIL = compile_on_use(
    r"(?P<head>[^,;:\x01]{0,60}?)\s+(?:as|while|when|after|before)\s+(?:he|she|they|we|I)\s+[a-z]"
)


# a noun phrase set off by a dash at a sentence's end: the writer's comment on what came before
_DASHED_COMMENT = compile_on_use(
    r"\s(?:—|–|--)\s+(?:a|an|the|this|that|his|her|their|its)\s[^—–\x01]*$"
)


def _tail_is_adverbial(masked: str, start: int, end: int) -> bool:
    """After "X said": only adverbials, a participle clause, or a split quote may follow."""
    tail = masked[start:end]
    semicolon = tail.find(";")
    if semicolon >= 0:
        # "..., his aides argued in interviews this week; rather, it was ...": the frame ends
        # where the sentence's next clause begins
        tail = tail[:semicolon]
    comment = _DASHED_COMMENT.search(tail)
    if comment is not None:
        # "..., Bill Clinton said this week at an event in Wyoming — an apparent reversal of her
        # past support for ...": the writer's comment on the claim, set off by a dash
        tail = tail[: comment.start()]
    if _PARTICIPLE_TAIL.match(tail):
        return True
    when = _WHEN_CLAUSE_TAIL.match(tail)
    if when and not FINITE_WORD.search(when.group("head")) and len(when.group("head").split()) <= 6:
        # "..., President Obama told his closest advisers as he labored over ...": whom he
        # told, then when; no clause of what was told
        return True
    if _CLAUSE_OR_OBJECT_TAIL.match(tail) or _OBJECT_TO_TAIL.match(tail):
        return False
    stripped = tail.strip(_EDGE_TRIM)
    if stripped == "" or stripped.startswith(MASK):
        return True
    if _present_clause_next(tail, stripped):
        return False
    then = _ADVERBIAL_THEN_PARTICIPLE.match(tail)
    if then and not STRICT_FINITE.search(tail, 0, then.end()):
        return True  # "McConnell said in June 2012, citing the release of ...": when, then how
    if _PRONOUN_CLAUSE.match(stripped):
        return False  # "A rumpled figure ..., Bob said he arrived in Benghazi ...": a clause
    if MASK in stripped:
        # "said on Tuesday, "..."": adverbial, then the second half of a split quote; but in
        # "Issa said Clinton's "judgment" and "honesty" are in question" the quotation is part
        # of the reported clause, and the quoted title before the speaker is no claim
        before = stripped.split(MASK, 1)[0]
        opens_quote = before.strip() == "" or before.rstrip().endswith((",", ":"))
        return opens_quote and not STRICT_FINITE.search(before) and len(before.split()) <= 10
    return not STRICT_FINITE.search(stripped) and len(stripped.split()) <= 12


def _present_clause_next(tail: str, stripped: str) -> bool:
    """ "..., the women say officers still scrutinize the area": a plural subject and its verb
    in the present, an adverb perhaps between, right after the cue is the reported clause, not
    an adverbial ("said at a news conference Wednesday", "he said; his agents found them")."""
    first = _WORD_AFTER_CUE.match(tail)
    if first is None or first.group(1).lower() in PREPOSITIONS:
        return False
    opening = stripped[:80]  # a subject of three words, an adverb, a verb and its object
    return _PLURAL_PRESENT.match(_ADVERB_BEFORE_VERB.sub(" ", opening, count=1)) is not None


_WORD_AFTER_CUE = compile_on_use(r"\s+([A-Za-z]+)\b")


# an adverb between a subject and its verb: "officers still scrutinize"
_ADVERB_BEFORE_VERB = compile_on_use(
    r"\s(?:still|also|now|often|already|never|always|[a-z]{3,}ly)\s"
)


_LEAD = compile_on_use(r"(?:And|But|Yet|So|Still)\s+")


def _past_lead_conjunction(text: str, start: int, end: int) -> int:
    """Where content that opens the sentence starts past a leading conjunction: "But the
    economy is weak, analysts said", "And even when ..., according to X" (PolNeAR starts
    after it: 55 train claims after "But", 22 with it)."""
    lead = _LEAD.match(text, start, end)
    return lead.end() if lead else start


# "Sen. Claire McCaskill scolded him: "...," she said": a colon that hands over to a quotation
_COLON_FRAME = compile_on_use(r"[^\x01]*?:\s*(?=\x01)")


def _past_colon_frame(masked: str, start: int, end: int) -> int:
    """Where content before ", she said" starts when the writer's words introduce its quotation
    with a colon: at the quotation, not at the sentence start."""
    colon = _COLON_FRAME.match(masked, start, end)
    return colon.end() if colon else start


def _clause_right_after(masked: str, cue_end: int, s_end: int) -> bool:
    """ "Issa said Clinton's "judgment" and "honesty" are in question": the cue runs straight
    into a clause with its verb before any comma, so no adverbial or appositive ("..., he
    said, and are steering away", "..., Anthony says, a job especially ...") comes between."""
    if _tail_is_adverbial(masked, cue_end, s_end) or not masked[cue_end : cue_end + 1].isspace():
        return False
    comma = masked.find(",", cue_end, s_end)
    stretch_end = comma if comma >= 0 else s_end
    opening = masked[cue_end:stretch_end].split()[:1]
    if not opening or not opening[0][:1].isalnum() or opening[0] in ("and", "but"):
        return False  # '..., he said - and argued ...': the writer goes on
    return _is_clause(masked, cue_end + 1, stretch_end)


# a place that opens a clause with no comma after it: "In Chicago the parade began ..."
_PLACE_OPENER = compile_on_use(r"(?:[Ii]n|[Aa]t)\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?=[a-z])")


def _content_before(
    text: str, masked: str, quotes: list[Quote], s_start: int, comma: int
) -> tuple[int, int, str] | None:
    """Content that precedes ", SPEAKER said": the clause from the sentence start to the comma."""
    s, e = _trim(text, s_start, comma)
    dateline = DATELINE.match(masked, s, e)  # "CAMBRIDGE, Mass., Dec. 11 (UPI) — ..."
    if dateline:
        s = dateline.end()
    stamps = (
        [m.end() for m in _TIMESTAMP.finditer(masked, s, e)]
        if _may_hold_stamp(masked, s, e)
        else []
    )
    if stamps:
        s = stamps[-1]  # a page's headline and time stamp ran into the sentence
    s = _past_colon_frame(masked, _past_lead_conjunction(text, s, e), e)
    if e - s < 3 or _THAT_SAID.fullmatch(masked, s, e):
        return None
    inside = _quotes_in(quotes, s - 1, e + 1)
    if len(inside) == 1 and inside[0].open_at <= s and inside[0].close_end >= e:
        q = inside[0]
        return q.start, q.end, "direct"
    kind = _content_kind(masked, quotes, s, e)
    if kind == "direct" and inside:
        return inside[0].start, inside[-1].end, "direct"
    place = _PLACE_OPENER.match(masked, s, e)
    if kind == "indirect" and not (
        _is_clause(masked, s, e, need_verb=False)
        or place is not None
        and _is_clause(masked, place.end(), e)
    ):
        # "In Chicago the parade began with a moment of silence" is a clause after a place
        # with no comma; "With 214 delegates at stake" is no claim; "In a general election, he could win
        # solidly conservative states ..., Sabato said" is, adverbial and all
        # the clause may follow a second or third adverbial: "In all, though, the justices are
        # doing what they can, Professor Epstein said"
        comma = masked.find(", ", s, e)
        for _ in range(3):
            if comma < 0 or len(masked[comma:e].split()) < 5:
                return None
            if _is_clause(masked, comma + 2, e):
                break
            comma = masked.find(", ", comma + 2, e)
        else:
            return None
    return s, e, kind


# a subordinator opening the words before a speaker, perhaps after adverbs of time: "Soon
# after", "But almost immediately after", "While"
_FRAME_SUBORDINATOR = compile_on_use(
    r"(?:(?:[Aa]lmost|[Jj]ust|[Ss]oon|[Ss]hortly|[Ee]ven|[Ll]ong|[Rr]ight|[Oo]nly|[A-Za-z]+ly)\s+)*"
    r"(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]henever|[Ww]hile|[Ww]hilst|[Ss]ince|[Oo]nce|[Uu]ntil|"
    r"[Aa]lthough|[Tt]hough|[Bb]ecause|[Ii]f|[Uu]nless|[Aa]s\s+soon\s+as)\s"
)


# a clause of its own after a comma, not a relative one: ", nonwhite voters move left"
_MAIN_AFTER_COMMA = compile_on_use(r",\s+(?!(?:which|who|whom|whose|where|when)\b)")


# a quotation a few words after a cue, after a comma or a colon: "tweeted this: "", "wrote to
# his 20,000 Twitter followers, ""
_QUOTE_SOON_AFTER = compile_on_use(r"(?:[^\x01.;,:]|(?<=\d)[,.](?=\d)){0,60}[,:]\s*\x01")


def _subordinate_frame_before(
    masked: str, content: tuple[int, int, str], cue_end: int, s_end: int
) -> bool:
    """Whether the words read as content before ", SPEAKER said" are only a subordinate clause,
    the speaker's quoted words coming after the cue ("But almost immediately after she did,
    David Axelrod, who was senior adviser to Obama, tweeted this: "..."", "Soon after Wasserman
    Schultz was booed Monday, Canova wrote to his followers, "...""): the sentence's frame, no
    claim. "While whites tend to move right, nonwhite voters move left, the study concluded"
    has its main clause before the speaker."""
    s, e, kind = content
    if kind != "indirect" or not _FRAME_SUBORDINATOR.match(masked, s, e):
        return False
    if not _QUOTE_SOON_AFTER.match(masked, cue_end, s_end):
        return False
    return not any(
        _is_clause(masked, comma.end(), e) for comma in _MAIN_AFTER_COMMA.finditer(masked, s, e)
    )


# after "..., X said": an adverbial closed by a comma, then more of the reported sentence
_AROUND_TAIL = compile_on_use(r"[^,;:.\x01]{0,60}?,\s+(?=\S)")


# a subject pronoun and its verb right after the cue: the cue's own clause, not an adverbial
# after a speaker set off by commas ("Even after several videos ... surfaced, the Trump campaign
# has denied it happened, with Lewandowski taking to Twitter ...")
_CONJUNCTIONS = frozenset(["and", "but", "or", "nor", "yet", "so", "then"])


_PRONOUN_CLAUSE_NEXT = compile_on_use(r"\s+(?:he|she|it|they|we|I)\s+[a-z]+")


_THAT_WORD = compile_on_use(r"\bthat\b")


def _adverbial_then_comma(masked: str, cue_end: int, s_end: int) -> bool:
    """After "..., X said": an adverbial closed by a comma, then more of the sentence; not the
    cue's own "that" clause ("..., California prosecutors had said late Thursday that the
    actress, 26, would be arrested": the words before the speaker are the writer's opener)."""
    tail = _AROUND_TAIL.match(masked, cue_end, s_end)
    return tail is not None and not _THAT_WORD.search(masked, cue_end, tail.end())


def _adverbial_only(masked: str, content: tuple[int, int, str]) -> bool:
    """Whether words in the writer's voice before "X wrote of ..." are only an opening
    adverbial, a preposition's phrase with no verb of its own ("But within a day of Felt's
    unveiling, Woodward wrote of his relationship with Felt"): when it was done, not what was
    said; the cue has its own object or topic after it. The verb test is rough ("fell" is
    none to it), so only a short phrase: not "In the first quarter profits fell by a third,
    the company said of the results"."""
    s, e, kind = content
    if kind != "indirect" or "," in masked[s:e] or len(masked[s:e].split()) > 8:
        return False  # "Under the plan, taxes rise": a clause after its adverbial
    first = masked[s:e].split()[:1]
    return (
        bool(first) and first[0].lower() in _OPENING_PREPOSITIONS and not has_finite(masked, s, e)
    )


# what opens an adverbial a sentence starts with: "Within a day of ...", "Thanks to ..."
_OPENING_PREPOSITIONS = PREPOSITIONS | frozenset(
    ["within", "prior", "thanks", "rather", "despite", "during", "amid", "throughout", "unlike"]
)


# Words that open what follows a speaker set off by commas as the writer's own addition
# ("..., he said, citing the data", "..., she said, in an interview"), not the claim's rest.
_NOT_CONTINUING = frozenset(
    [
        "who",
        "whose",
        "which",
        "where",
        "when",
        "according",
        "as",
        "after",
        "before",
        "because",
        "since",
        "while",
        "whereas",
        "although",
        "though",
        "but",
        "in",
        "at",
        "on",
        "during",
        "referring",
        "speaking",
        "a",
        "an",
        "the",
    ]
)


def _content_around(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    cue_end: int,
    s_end: int,
    before_end: int,
    after_quote: bool = False,
) -> tuple[int, int, str, int] | None:
    """ "So it makes sense, strategists said, for Democrats to put ...", "These sources, the
    lawyers said, "all command the same conclusion"": a speaker set off by commas inside the
    reported sentence. Like a split quotation, the claim is the whole sentence around them, so
    neither half is reported alone as if it were all that was said. `after_quote`: the first
    half is a quotation ending in a comma, so only a rest in the writer's words is joined;
    `before_end`: where the first half ends. Returns the content's start, end and kind, and where its second half starts."""
    tail = _AROUND_TAIL.match(masked, cue_end, s_end)
    if (
        tail is None
        or STRICT_FINITE.search(masked, cue_end, tail.end())
        or _PRONOUN_CLAUSE_NEXT.match(masked, cue_end, tail.end())
    ):
        return None
    rest = masked[tail.end() : s_end].strip(_EDGE_TRIM)
    if after_quote and not rest.startswith("that "):
        return None  # a split quotation or an adverbial: only "..., that ..." continues it
    if not rest.startswith(MASK):
        words = rest.split()
        if len(words) < 3:
            return None
        first = words[0].lower().strip(",:;")
        if (
            (
                first in _NOT_CONTINUING
                and not (
                    first in ("a", "an", "the")
                    and _clause_after_adverbial(text, masked, s_start, before_end, cue_end, s_end)
                )
            )
            # ", released as part of ...": describes the email; but ", revoking clearances
            # would be ...": a gerund and its object are the second half's subject
            or first.endswith("ed")
            or first.endswith("ing")
            and not _GERUND_SUBJECT.match(rest)
            or first in reporting_verb_forms()
            or words[1].lower() in reporting_verb_forms()
            # "..., 39 have said they support Sanders": a speaker of its own, after its auxiliary
            # (not "..., he said, and was forecast to continue ...": the claim's own verb)
            or first not in _CONJUNCTIONS
            and words[1].lower() in _AUX_IN_CUE
            and words[2].lower() in reporting_verb_forms()
        ):
            return None
    if rest.startswith(MASK):
        # the quotation continues the first half only when that is a subject (and verb):
        # not after an adverbial ("In a statement released by the team, Smith noted, "..."")
        # nor after a clause of its own ("..., but in 2005, Felt told Vanity Fair, "..."")
        first_half = _trim(text, s_start, before_end)
        if _THAT_SAID.fullmatch(masked, *first_half) or not _is_clause(
            masked, *first_half, need_verb=False
        ):
            return None
        if len(masked[slice(*first_half)].split()) > 3 and FINITE_WORD.search(masked, *first_half):
            return None  # but "It was, the president said, "a stone where ..."" is one claim
    content = _content_before(text, masked, quotes, s_start, s_end)
    if content is None:
        return None
    return (*content, tail.end())


# "That said, she also noted, "...": an idiom for "even so", no first half of what was said
_THAT_SAID = compile_on_use(r"(?:[Tt]hat|[Tt]his)\s+(?:being\s+)?said")


# a gerund, its object, and the finite verb whose subject they are: "revoking clearances would"
_GERUND_SUBJECT = compile_on_use(
    rf"[a-z]+ing\s+(?:(?!(?:that|who|which|and|or)\b)[\w’'-]+\s+){{1,3}}?(?:{FINITE_AUXILIARIES})\b"
)


_COMMA_NEXT = compile_on_use(r"\s*,\s*")


def _clause_after_adverbial(
    text: str, masked: str, s_start: int, before_end: int, cue_end: int, s_end: int
) -> bool:
    """ "In any case, Mr. DiPietro said, the golf industry was vastly over-supplied": an
    adverbial before a speaker set off by commas, and a clause with its own subject after, so
    what follows the speaker is the claim's rest, though it opens with "the" (PolNeAR keeps the
    adverbial as the claim's first piece: 87 train claims, 14 leave it out). Not after an
    object ("was underlining a point made by ..., the firm the party has hired")."""
    after_cue = _COMMA_NEXT.match(masked[cue_end:s_end])
    if after_cue is None:
        return False
    rest_start = cue_end + after_cue.end()
    head = _trim(text, s_start, before_end)
    return (
        head[1] > head[0]
        and masked[head[0] : head[1]].split()[0].lower() in _ADVERBIAL_OPENERS
        and not has_finite(masked, *head)
        and _is_clause(masked, *_trim(masked, rest_start, s_end))
    )


# a relative pronoun, then the speaker's noun phrase, right before the cue: "laws ... that
# some say", "hackers who U.S. officials say", "less credit than aides say"
_RELATIVE_THEN_SPEAKER = compile_on_use(
    r"(?:^|[\s,])(?P<rel>that|which|who|than)\s+"
    r"(?P<speaker>(?:(?!(?:that|which|who|than)\s)[\w.’'&-]+\s+){0,5}"
    r"(?!(?:that|which|who|than|also|now|often|still|have|has|had)\s)[\w.’'&-]+)"
    r"\s+(?:(?:also|now|often|still|have|has|had)\s+)?$"
)
# what `_RELATIVE_THEN_SPEAKER` cannot match without ("that", "than", "which", "who")
_RELATIVE_WORD_STEMS = ("tha", "which", "who")


# where the relative clause a speaker sits inside ends: a comma (not one inside a number), a
# dash, "and who ...", "but that ..."
_RELATIVE_CLAUSE_END = compile_on_use(
    r"[,;:()](?=\s)|\s[—–-]{1,2}\s|\s+(?:and|but)\s+(?:who|which|that)\b"
)


# words a speaker's phrase inside a relative clause never holds: "that comment when
# reporters' suggested", "half of what researchers say"
_NOT_IN_RELATIVE_SPEAKER = frozenset(
    ["when", "where", "what", "if", "as", "because", "while", "after", "before", "since"]
)


# "More than a third", "rather than by credit card": "than" of a quantity or a preference
_COMPARATIVE_BEFORE_THAN = compile_on_use(r"\b(?:[Mm]ore|[Ll]ess|[Ff]ewer|[Rr]ather)\s+$")


def _said_in_relative(
    text: str,
    masked: str,
    quotes: list[Quote],
    sentence: tuple[int, int],
    cue: tuple[int, int],
    cue_end: int,
) -> Attribution | None:
    """ "a group of hackers who U.S. officials say is tied to Russian intelligence services",
    "passed laws ... that some say target Muslims", "less credit than aides say he deserves":
    the speaker's words are the rest of the relative clause the speaker and cue sit in, whose
    subject the relative pronoun stands for; after "than" the rest is a clause of its own. A
    pronoun before the cue is no speaker to name; counted people ("some") speak, unnamed."""
    s_start, s_end = sentence
    reach = max(s_start, cue[0] - 80)
    if not _has_any(masked, reach, cue[0], _RELATIVE_WORD_STEMS):
        return None  # the cheap test first: the search tries every position of the reach
    found = _RELATIVE_THEN_SPEAKER.search(masked, reach, cue[0])
    if found is None:
        return None
    speaker = found.span("speaker")
    written = found.group("speaker").split()
    phrase = [w.lower() for w in written]
    than = found.group("rel") == "than"
    if (
        phrase[0] in pronoun_classes()
        and phrase[0] not in ("some", "many", "most", "others")
        or phrase[-1] in words("function_words")
        or phrase[-1] in pronoun_classes()
        and len(phrase) > 1
        or phrase[-1].endswith("ly")
        and not written[-1][:1].isupper()  # "which previously"
        or any(w in _NOT_IN_RELATIVE_SPEAKER for w in phrase)
        or FINITE_WORD.search(found.group("speaker"))
        # "who presents The Weakest Link tells": a verb and its object, no speaker
        or len(written) > 1
        and written[0].islower()
        and written[0].endswith("s")
        and (written[1][:1].isupper() or phrase[1] in words("determiners"))
    ):
        return None
    if than and (
        written[0][:1].isdigit()  # "more than 150 generic drugmakers ... and analysts"
        or len(written) > 4
        # "More than a third of respondents said", "rather than by credit card BT said"
        or _COMPARATIVE_BEFORE_THAN.search(
            masked, max(s_start, found.start("rel") - 8), found.start("rel")
        )
    ):
        return None
    time = _TIME_AFTER_CUE.match(masked, cue_end, s_end)  # "that officials said Monday would"
    opening = time.end() if time else cue_end
    end_at = _RELATIVE_CLAUSE_END.search(masked, opening, s_end)
    s, e = _trim(text, opening, end_at.start() if end_at else s_end)
    rest = masked[s:e].split()
    if len(rest) < 2:
        return None
    first = rest[0].lower()
    if found.group("rel") == "than":
        if not has_finite(masked, s, e):
            return None  # "than officials say": nothing said after it
    elif (
        first in words("function_words")
        or first in words("determiners")
        or not rest[0][:1].islower()  # "tells Cockerell that ...": an addressee or a subject
        or first in pronoun_classes()
        or first in PREPOSITIONS
        or first.endswith("ly")
        or not first.isalpha()
    ):
        # "the fact that officials say the plan works": "that" opens the said clause itself,
        # which has a subject of its own; the relative clause's verb must come first
        return None
    if _QUANTIFIER_SUBJECT.fullmatch(masked, *speaker):
        speaker = None  # "laws ... that some say target Muslims": counted, never named
    kind = _content_kind(masked, quotes, s, e)
    return Attribution(s, e, kind, f"{kind}:said-in-relative", cue, speaker, None, 0.65)


def _verb_after_speaker(masked: str, speaker_end: int, s_end: int) -> int | None:
    """Where the reported clause resumes with its verb after an inverted speaker and, perhaps,
    more of its name or an appositive: "..., said Doyle and others, would be clear", "..., said
    John Smith, an analyst, will slow". None when no finite verb opens what follows."""
    at = speaker_end
    for _ in range(2):
        comma = masked.find(",", at, min(s_end, speaker_end + 120))
        if comma < 0 or STRICT_FINITE.search(masked, speaker_end, comma):
            return None
        resume = (
            comma + 1 + len(masked[comma + 1 : s_end]) - len(masked[comma + 1 : s_end].lstrip())
        )
        if FINITE_WORD.match(masked, resume, s_end):
            return resume
        at = comma + 1
    return None


_QUANTIFIER_SUBJECT = compile_on_use(
    r"(?:[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Oo]thers|[Ff]ew|[Bb]oth|[Aa]ll|[Ee]ach|[Nn]one|"
    r"[Aa]nother|[Oo]ne)"
    r"(?:\s+of\s+(?:them|those|these|you|us|the\s+[a-z]+)"
    r"|\s+but\s+(?:one|two|three|four|five|a\s+few|a\s+handful|\d+))?"
)


# "to" and a stance or claim noun after "added": "has only added to the belief that ...",
# "added to fears that ...": the thing grows, nobody adds words
_ADDED_TO = compile_on_use(r"\s+to\s+(?:the\s+|a\s+|growing\s+|mounting\s+)?([a-z]+)\b")


def _added_to_a_stance(masked: str, cue_end: int, s_end: int) -> bool:
    """Whether "added" governs "to" and a stance noun (`_STANCE_NOUNS`), not words said."""
    added_to = _ADDED_TO.match(masked, cue_end, s_end)
    return added_to is not None and added_to.group(1) in _STANCE_NOUNS
