"""Who said what: the attribution patterns of one sentence and the reported content.

Works on a *masked* copy of the document in which every quotation (marks included) is
replaced by `MASK` characters of the same length, so a reporting verb or a name inside a
quotation is never mistaken for the frame around it, and offsets stay those of the original
text. Speaker phrases come from `mentions`, verbs from `verbs`; each pattern returns
`Attribution`s, which the pipeline turns into claims after resolving speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import (
    belief_adjectives,
    belief_verb_forms,
    demonyms,
    entries,
    pronoun_classes,
    reporting_verb_forms,
    trie_regex,
    verb_class,
    words,
)
from factdb.extract.mentions import (
    AUXILIARIES,
    CALENDAR,
    DATELINE,
    LEAD_CONNECTIVE,
    NOT_IN_PHRASE,
    PREPOSITIONS,
    Token,
    after_openers,
    appositive_before,
    phrase_to_comma,
    sentence_subject,
    share_before,
    subject_after,
    subject_before,
    tokens,
)
from factdb.extract.quotes import MASK, Quote
from factdb.extract.sentences import title_abbreviations
from factdb.extract.speakers import (
    describes_a_person,
    people_plural,
    post_after_a_name,
    post_or_body_aside,
)
from factdb.extract.speech_acts import (
    FAMILIES,
    QUESTION_WORD_BEFORE,
    accusations_by,
    act_after_cue,
    families_of,
    names_a_person,
    raised_by_a_thing,
    unattributed_questions,
)
from factdb.extract.verbs import (
    FINITE_AUXILIARIES,
    FINITE_WORD,
    STRICT_FINITE,
    cue_base,
    find_cues,
    find_cues_and_forms,
    has_finite,
    noun_after_a_name,
)

# A single quoted fragment that is the gist of reported speech ("stated they were "closely
# tracking ..."") becomes a direct claim of the quoted words (the exact words are what a
# journalist checks); a short fragment in a longer clause keeps the clause, as mixed (see
# `_is_the_gist`). False keeps every such clause as one mixed claim, the PolNeAR convention;
# benchmarks/accuracy.py --mixed-partials measures the difference.
PARTIAL_QUOTES_AS_DIRECT = True


_AUX_IN_CUE = frozenset(
    ["has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "do"]
)
_AUX_ENDS = tuple(_AUX_IN_CUE)


# Verbs after which a clause without "that" is reported speech: "X said he would". Others
# ("added four conversions", "announced a concert", "wrote a letter") need "that" or a quote.
_CLAUSE_VERBS = verb_class("clause")


# Verbs that also take plain objects ("added four conversions"): a bare clause after them
# must show an auxiliary or modal close to its start.
_WEAK_CLAUSE_VERBS = verb_class("weak_clause")


_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "dozen",
        "dozens",
        "several",
    ]
)


# Belief verbs ("thinks", "hopes"): like clause verbs, a clause without "that" is their content;
# so for the adjectives of belief that take one ("is confident he will win")
_BELIEF_VERBS = frozenset(belief_verb_forms().values()) | frozenset(
    adjective
    for adjective, tags in belief_adjectives().items()
    if "that" not in tags and "to" not in tags
)


# belief verbs that may hold a condition and its consequence ("believe if ..., ..."); not
# "worry if" or "doubt if", where "if" asks whether
_CONDITIONAL_BELIEFS = frozenset(["believe", "think", "feel"])


# Belief verbs whose content may be a to-infinitive: "wants to emerge", "hopes to make".
_TO_INFINITIVE_VERBS = verb_class("to_infinitive")


# between such a verb and its to-infinitive: nothing, or a short object or time
_TO_INFINITIVE = compile_on_use(
    r"\s+(?:(?!(?:that|if|whether|as|when|while)\b)[\w’'.-]+\s+){0,4}?to\s+(?=[a-z\x01])"
)


# "claimed to be", "claim to represent", "claimed to ''retire''": a verb or a quotation right
# after "to"; never whom it was claimed to ("claimed to reporters that", "claimed to CNN")
_CLAIMED_TO_DO = compile_on_use(
    r"\s+to\s+(?:\x01|(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|"
    r"them|me|us|you|some|many|all|be\s+(?:a|an|the)\s+(?:first|only)\b)\b)"
    r"[a-z]+(?<![^s]s)(?<!ers)\b)"
)


# Verbs that may put the speaker after the content: "..., he added." / "..., said Smith."
_INVERSION_VERBS = _CLAUSE_VERBS | verb_class("inversion")


# Verbs whose plain noun-phrase object is itself the claim ("emphasized the government's concern").
_NP_OBJECT_VERBS = verb_class("np_object")


_NOT_A_CLAUSE_START = frozenset(
    [
        "to",
        "upon",  # "the austerity measures insisted upon by the EU": a passive participle
        "about",
        "on",
        "of",
        "in",
        "for",
        "with",
        "as",
        "by",
        "at",
        "from",
        "against",  # "is currently arguing against an offer from Swiss Xstrata": a stance
        "if",
        "whether",
        "so",
        "yes",
        "no",
        "nothing",  # "would say nothing about the senders": nothing was said
    ]
)
# before "that", the words that make it no clause's opening: a preposition or determiner's
# ("agreed with that specific point"), and "just that" as an object ("Senator Sanders proposed
# just that in 2013")
_NOT_BEFORE_THAT_CLAUSE = _NOT_A_CLAUSE_START | frozenset(["just", "exactly", "precisely"])
# after "that", a bare lowercase word (no pronoun or determiner that would open a clause's
# subject) and then nothing, a question mark or a preposition or time: "that quote on
# Wednesday", "that perception", "that right?" (not a comma: PolNeAR marks "confirmed that
# observation, reporting: ..." with "that observation" as what was confirmed)
_NOUN_AFTER_DETERMINER_THAT = compile_on_use(
    r"(?!(?:he|she|it|they|we|i|you|the|a|an|this|these|those|his|her|its|their|our|my|your|"
    r"some|any|no|all|most|many|much|few|more|there|one|each|every|both|such)\b)[a-z][\w-]*"
    r"(?=\s*$|\s*\?|\s+(?:on|in|at|for|from|with|about|during|last|yesterday|today)\b)"
)
# a word that marks a verb: an auxiliary, a negation or an "-ed" form
_VERB_MARK = compile_on_use(
    r"\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|could|may|"
    r"might|must|should|shall)\b|n[’']t\b|\b[a-z]{2,}ed\b"
)


_CLAUSE_SUBJECT = compile_on_use(r"\b(?:he|she|they|we|I)\b")
_CONTRACTED_CLAUSE = compile_on_use(r"\b(?:it|there|that|what|you)[’'](?:s|re|ll|d)\b")
# a verb in the past and its pronoun object: the reported clause's own ("Clinton reassured them")
_VERB_AND_OBJECT = compile_on_use(r"\b[a-z]{2,}ed\s+(?:him|her|them|us|me)\b")
# an adverb of frequency and the verb it stands before: "said business executives often fail
# to understand that ...": the reported clause's own verb, before its own "that"
_ADVERB_THEN_VERB = compile_on_use(
    r"\b(?:often|always|never|usually|rarely|sometimes|seldom|generally)\s+(?!the\b|a\b|an\b)[a-z]{3,}\b"
)
_AMOUNT = compile_on_use(
    r"^(?:\$?\d[\d,.]*%?|half|a|(?:one|two|three|four|five|six|seven|eight|nine|ten)"
    # a fraction: "said about one-third of the Ohio vote will be cast before March 15"
    r"(?:-(?:thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?))?|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)$"
)
# an amount that is a count, no article ("about one-third", "about 40", not "about a woman")
_COUNT = compile_on_use(
    r"\$?\d|half\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)-[a-z]+ths?\b|"
    r"(?:one|two|three)-(?:thirds?|quarters?)\b|(?:twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)\b"
)
# the verbs of a clause that may open with a count, never with a topic after "about" ("wrote
# about 40 veterans who ...")
_COUNTING_VERBS = frozenset(
    ["predict", "estimate", "announce", "confirm", "add", "reveal", "indicate", "declare"]
)
_SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "there"])


_LEADING_THAT = compile_on_use(r"\s*(?:,\s*)?that\s+", re.IGNORECASE)


_EDGE_TRIM = " \t\n,;:.—–-"


# between a cue and its quotation: nothing, or an adverbial/addressee closed by "," or ":"
_QUOTE_AFTER_CUE = compile_on_use(r"(?:\s*[,:]?\s*(?=\x01)|[^\x01.;]{0,80}?[,:]\s*(?=\x01))")


# whom a question is put to, with no comma before the quotation: "asked the Cleveland crowd "If
# Hillary Clinton can't give us the truth, why should we give her the presidency?""
_ADDRESSEE_BEFORE_QUOTE = compile_on_use(r"\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+\s+(?=\x01)")


_WH_WORD = compile_on_use(
    r"\b(?:how|why|whether|if|what|who|whom|which|when|where)\b", re.IGNORECASE
)


def _question_to_addressee(
    text: str, quotes: list[Quote], rest: str, rest_start: int, sent_end: int
) -> re.Match[str] | None:
    """The addressee before a quotation after "asked" (`_ADDRESSEE_BEFORE_QUOTE`), when the
    quotation is a question that ends the sentence; None otherwise ("asked the "Fox News"
    host" names whom)."""
    found = _ADDRESSEE_BEFORE_QUOTE.match(rest)
    if found is None or STRICT_FINITE.search(found.group()) or _WH_WORD.search(found.group()):
        return None  # "asked Clinton Friday how the "average person should view ...?"": a
        # quotation inside an indirect question, which the question act reads
    quote = next((q for q in quotes if q.open_at == rest_start + found.end()), None)
    if quote is None or text[quote.start : quote.end].rstrip()[-1:] != "?":
        return None
    if text[quote.close_end : sent_end].strip(_EDGE_TRIM):
        return None
    return found


# between a cue and "that": an addressee or a short adverbial, never another verb
_THAT_AFTER_CUE = compile_on_use(
    # "say that, in addition to Scott, he would": the comma opens an aside in the clause
    r",?\s+that(?:\s+|,\s+(?=\S))(?!is\b|was\b)|"
    # never past a question word: in "asked Pence whether that would take place" the "that"
    # opens the question's clause
    # a word may be an aside in parentheses: "said (4 November 2011) that", "told the Asia
    # Pacific Economic Cooperation (Apec) summit in Chile that"
    r"(?:,?\s+(?!(?!morning|evening|briefing|meeting|hearing)[a-z]+ing\b)"
    r"(?!(?:whether|if|why|how|what|when|where|who)\b)(?:[\w.’'-]+|\([^()\x01]{1,60}\))){1,6}?"
    r",?\s+that"
    r"(?:\s+|,\s+(?=\S))"
    # "promised to set an alternative agenda to that of the Swiss summit": a pronoun, and
    # "said that was impossible": the clause's subject
    r"(?!of\b|which\b|is\b|was\b)"
)


# a verb right after a relative "that": "a hit that used to be", "a tweet that said"
_VERB_AFTER_RELATIVE_THAT = compile_on_use(r"(?!indeed\b)[a-z]{2,}ed\b|(?:said|says)\b")


# a passive's "be" before a participle cue, over the adverbs between them: "was widely
# reported", "Thiel's support for Trump was first noted when ...", "Houses in two villages were
# also reported damaged"
_BE_BEFORE = compile_on_use(
    r"\b(?:was|were|is|are|been|being)\s+"
    r"(?:(?:[a-z]+ly|first|also|still|again|already|often|once|long|later|earlier|then|now|"
    r"never|since|all|both)\s+){0,2}$"
)
_BE_AND_ADVERB_BEFORE = compile_on_use(r"\b(?:was|were|is|are|be|been|being)\s+(?:[a-z]+\s+)?$")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# "according to charges filed Friday", "a poll conducted in February": when, not who; a bare
# month only after "in" or "from" ("according to Theresa May" is who)
_TRAILING_TIME = compile_on_use(
    r"\s+(?:(?:filed|released|issued|published|conducted|taken|dated)\s+)?"
    r"(?:(?:on\s+|last\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + _MONTH + r"\s+\d{1,2})"
    r"|(?:in|from)\s+" + _MONTH + r")$"
)
_WH_OPENING = compile_on_use(r"(?:how|what|whether|when|where|why|which|who)\b", re.IGNORECASE)
_TRAILING_ALSO = compile_on_use(r"\s+(?:also|just|first|only|now|previously|earlier)$")
_ACCORDING = compile_on_use(r"[Aa](?<!\w[Aa])ccording to\b")  # \b after the letter: scans fast


@dataclass(slots=True)
class Attribution:
    """One reported claim as found in a sentence, before speaker resolution."""

    start: int
    end: int
    kind: str  # direct | indirect | mixed
    rule: str
    cue: tuple[int, int] | None
    mention: tuple[int, int] | None
    appositive: tuple[int, int] | None = None
    confidence: float = 0.8
    context: tuple[int, int] = (0, 0)
    gap: tuple[int, int] | None = None  # the speaker and cue inside the claim, if any


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_TRIM:
        start += 1
    while end > start and text[end - 1] in _EDGE_TRIM:
        end -= 1
    if end > start and text[end - 1] == ")" and _unbalanced_close(text, start, end):
        return _trim(text, start, end - 1)  # "(... said the timing was unrelated.)"
    if end > start and text[end - 1] in "([":
        # "has sold 235,000 copies (according to Nielsen)": the bracket opens the source's aside
        return _trim(text, start, end - 1)
    return start, end


def _unbalanced_close(text: str, start: int, end: int) -> bool:
    """Whether the stretch closes more parentheses than it opens: the sentence was an aside in
    parentheses, whose closing mark is the writer's, no part of what was said."""
    stretch = text[start:end]
    return stretch.count(")") > stretch.count("(")


# "He went on to call Cruz ...", "went on to argue that": the speaker goes on speaking; so
# when the speaker keeps on or sets about it ("Trump continued to portray "illegal" immigrants
# as violent criminals", "White House officials started to portray the shooting as ...", "Hillary
# Clinton is continuing to insist she will release transcripts"), or is quick to ("Sexton was
# quick to point out that not all Trump supporters espoused such views": he did point it out)
_GOES_ON_TO = compile_on_use(
    r"\b(?:(?:go|goes|went|going|has\s+gone)\s+on|(?P<aspect>(?:has\s+|have\s+|had\s+)?"
    r"(?:continued|continues|began|started|starts|(?:is|are|was|were)\s+continuing|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:all\s+)?quick)))\s+to\s+$"
)
_WEEKDAY_WORDS = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|"
    r"today|yesterday|tonight)"
)
# "to" after those is no infinitive of intent: "went on to argue", "continued to portray"
_TO_GOES_ON = (
    r"(?<!\bon\s)(?<!\bcontinued\s)(?<!\bcontinues\s)(?<!\bbegan\s)(?<!\bstarted\s)(?<!\bstarts\s)"
    r"(?<!\bcontinuing\s)(?<!\bquick\s)"
)


def _takes_plain_objects(masked: str, verb_start: int, verb_end: int) -> bool:
    """Whether the cue's verb also names a deed with a plain object (verb_classes.txt:
    weak_clause): kept on or set about, it is that deed as often as speech ("T-Mobile USA
    continues to add to its growing 4G LTE smartphone portfolio"); not with "that" after it
    ("Trump was quick to add that the negotiation does not include nixing the idea")."""
    verb = masked[verb_start:verb_end].split()[0].lower()
    return reporting_verb_forms().get(verb) in _WEAK_CLAUSE_VERBS and not masked.startswith(
        " that ", verb_end
    )


# an auxiliary, then one or two adverbs right before a verb: "Trump and his attorneys have
# vigorously denied", "has also repeatedly said"
_AUX_THEN_ADVERBS = compile_on_use(
    r"\b(?:has|have|had|was|were|is|are|will|would|did|does|do)\s+"
    r"(?:(?:[a-z]+ly|also|still|again|already|often|once|long|later|earlier|first|then)\s+)"
    r"{1,2}$"
)


# a channel the speaker took to, then "to" and the saying: "Donald Trump ... tweeted on Friday
# to say he had never suggested ...", "took to Twitter to say", "used a speech to say his party
# was facing up to ...", "went on CNN to declare"; so an occasion the speaker rose at or
# held ("stood at a Bush event here to say he was leaning toward ...", "rose on the Senate
# floor to say", "held a news conference to say", "took the stage to tell supporters that"):
# the one who rose says it
_CHANNEL_THEN_TO = compile_on_use(
    r"\b(?:tweeted|posted|wrote|took\s+to\s+(?:[A-Z][\w.-]*|social\s+media|the\s+airwaves)|"
    r"went\s+on\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*|"
    r"used\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:speech|statement|"
    r"interview|appearance|address|post|tweet|letter|column|op-ed|blog|message|video)|"
    r"(?:stood|stands|rose|rises)\s+(?:up\s+)?(?:(?:at|in|on|before)\s+[^,;:.\x01]{1,40}?)?|"
    r"(?:held|holds|called|convened)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:news|press)\s+conference|"
    r"took\s+the\s+(?:stage|podium|floor|microphone|mic)(?:\s+(?:at|in|on)\s+[^,;:.\x01]{1,40}?)?)"
    r"(?:\s+(?:early\s+|late\s+)?(?:on\s+)?" + _WEEKDAY_WORDS + r")?\s+to\s+$"
)
_SAYING_AFTER_CHANNEL = frozenset(
    ["say", "tell", "announce", "declare", "insist", "claim", "deny", "argue", "warn", "complain"]
)


def _cue_span(masked: str, floor: int, verb_start: int, verb_end: int) -> tuple[int, int]:
    """Extend the cue leftwards over auxiliaries ("have reported", "has said"), the adverbs
    between them and the verb ("have vigorously denied"), "went on to" and a channel taken to
    ("tweeted on Friday to say")."""
    # both patterns end in "to" right before the verb and try every position of their window:
    # the cheap test first (every cue comes through here, few after a "to")
    went_on = (
        _GOES_ON_TO.search(masked, max(floor, verb_start - 30), verb_start)
        if _ends_in_to(masked[max(floor, verb_start - 30) : verb_start])
        else None
    )
    if went_on is not None and not (
        went_on.group("aspect") and _takes_plain_objects(masked, verb_start, verb_end)
    ):
        verb_start = went_on.start()
    elif masked[verb_start:verb_end] in _SAYING_AFTER_CHANNEL and _ends_in_to(
        masked[max(floor, verb_start - 70) : verb_start]
    ):
        channel = _CHANNEL_THEN_TO.search(masked, max(floor, verb_start - 70), verb_start)
        verb_start = channel.start() if channel is not None else verb_start
    start = verb_start
    if not masked[max(floor, verb_start - 40) : verb_start].rstrip().lower().endswith(
        _AUX_ENDS
    ) and not _AUX_THEN_ADVERBS.search(masked, max(floor, verb_start - 40), verb_start):
        return start, verb_end  # no auxiliary right before: skip tokenising (most cues)
    toks = tokens(masked, max(floor, verb_start - 40), verb_start)
    reached = start  # the adverbs between an auxiliary and its verb go with the auxiliary
    for tok in reversed(toks):
        if tok.text == "Will" and _inflected(masked[verb_start:verb_end]):
            break  # "George Will wrote", "Will says": a name; the modal takes the plain verb
        if masked[tok.end : reached].strip() != "":
            break
        if tok.lower in _AUX_IN_CUE:
            start = reached = tok.start
        elif tok.lower in _CUE_ADVERBS or (tok.lower.endswith("ly") and tok.text.islower()):
            reached = tok.start
        else:
            break
    return start, verb_end


def _inflected(verb: str) -> bool:
    """Whether a reporting verb is in a form no modal takes ("wrote", "says"), not its plain
    form ("write", "say")."""
    word = verb.split()[0].lower()
    base = reporting_verb_forms().get(word) or belief_verb_forms().get(word)
    return base is not None and base != word


_CUE_ADVERBS = words("cue_adverbs")
_WORD_BEFORE = compile_on_use(r"([A-Za-z]+)\s+$")


def widen_cue(text: str, cue: tuple[int, int], floor: int) -> tuple[int, int]:
    """The whole reporting cue as a reader names it: with the adverbs and auxiliaries before
    its verb ("has also said", "later told"), never reaching back past `floor` (the end of
    the speaker's name before it, or the sentence start)."""
    start = cue[0]
    for _ in range(3):
        word = _WORD_BEFORE.search(text, max(floor, start - 20), start)
        if word is None or word.group(1) not in _CUE_ADVERBS | _AUX_IN_CUE:
            break
        start = word.start(1)
        if word.group(1) in _AUX_IN_CUE:
            break  # the auxiliary opens the cue: "all she could do was shout" is "was shout"
    return start, cue[1]


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


# The writer's own contrast after reported speech: "..., while 9 percent found", "; but".
# (not an aside that the clause's verb follows: "the email scandal, while troublesome, was
# dealt with appropriately", "the plan, however, was dead")
_CONTRAST = compile_on_use(
    r"\s*(?:,|;|\s—|\s–)\s*(?:while|whereas|however)\b"
    r"(?![^,;\x01]{0,30},\s+(?:[a-z]+ly\s+)?(?:is|was|are|were|has|had|have|will|would|could|"
    r"can|should|may|might|must|does|did)\b)"
)
_CONTRAST_WORDS = ("while", "whereas", "however")


def _has_any(masked: str, start: int, end: int, needles: tuple[str, ...]) -> bool:
    """Whether masked[start:end] holds one of `needles`: a test in C before a regex search
    that cannot match without one. A loop, not any() over a generator: called ~50,000 times on
    BBC, the generator cost more than the searches."""
    for needle in needles:  # noqa: SIM110 (the loop is the point: see above)
        if masked.find(needle, start, end) >= 0:
            return True
    return False


_STAMP_LABEL = compile_on_use(r"\b(?:Published|Updated|Posted|Modified)(?:\s+on)?:\s*$")


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


# a sentence that opens with its own speaker and cue: "She said ...", "The minister told ..."
_OWN_FRAME = compile_on_use(
    r"(?!All\s+told\b)(?:[A-Z][\w’'.-]*\s+){1,3}(?:said|says|told|tells|added|adds|argued|claimed|warned)\b"
)


# a web page's time stamp, in text where the headline ran into the first sentence:
# "... to host 2014 Oscars Fri Aug 2, 2013 6:50pm EDT Comedian Ellen DeGeneres will ..."
# (a date with its year, then the time: never "cast their ballots at 8:00 am local time")
_TIMESTAMP = compile_on_use(
    r"(?:\b\d{4}|\b\d{1,2}/\d{1,2}/\d{2,4})\s*[-–|@,]?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:[ap]\.?m\.?|[AP]M)(?:\s+(?:[A-Z]{1,3}[SD]?T|UTC)\b)?\s+"
    # or a labelled date, with or without its time: "Published: December 19, 2005 ",
    # "Updated: November 11, 2011 20:09 IST ", "Published May 03, 2013 "
    r"|\b(?:Published|Updated|Posted|Modified)(?:\s+on)?:?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?"
    r"\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}),?(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*"
    r"(?:[ap]\.?m\.?|[AP]M)?(?:\s+(?:[A-Z]{1,3}[SD]?T|UTC|ET|IST|GMT)\b)?)?\s+"
)
_STAMP_WORDS = (":", "Published", "Updated", "Posted", "Modified")
_STAMP_REACH = 600  # a page's stamp runs the headline into the article's opening only


def _may_hold_stamp(masked: str, start: int, end: int) -> bool:
    """The cheap test before the stamp regex: a clock time's colon anywhere, a label only
    near the article's start (this runs for most cues)."""
    if masked.find(":", start, end) >= 0:
        return True
    return start < _STAMP_REACH and _has_any(masked, start, end, _STAMP_WORDS[1:])


# a second verb of the sentence's subject: "and said", "and on Monday announced", ", then says"
_COORDINATED = compile_on_use(
    r"(?:\b(?:and|but)(?:\s+then)?|,\s*then)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
    r"Sun)day\s+|later\s+|also\s+|instead\s+|again\s+|[a-z]+ly\s+)?$"
)


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


# a coordinated clause that opens the next attribution ("..., and more than 4 in 10 said"):
# a comma, a semicolon, or a quotation's end (its comma inside the marks: 'to act
# "presidential," but Trump said') before the conjunction; after a quotation only "but" with a
# subject after it ("“criminals” and “rapists”" is one list)
_NEXT_CLAUSE = compile_on_use(
    r"\s*(?:,\s*(?:and|but|while|whereas)|;|(?<=\x01)\s+but(?=\s+(?:[A-Z]|(?:he|she|they|the|a|an)\s)))"
    r"\s+"
)
# "..., Rubio fired back", "..., NBC's Chuck Todd asked the GOP frontrunner": a bare comma
# before a name and its own finite cue starts the writer's next clause, unless the cue is an
# aside ("..., critics say, is ...") that the comma after it closes
# compiled now, not on use: `_cut_joins` tells its matches by `match.re is _COMMA_NAME`
_COMMA_NAME = re.compile(r",\s+(?=[A-Z])")


# "..., and accused Number 10 of ...", "..., but insists Sanders is ...", "..., saying it set a
# new benchmark": the speaker's own next act, a reporting verb coordinated with the cue or a
# participle after it, with no subject of its own. Without the comma ("said X and said Y")
# PolNeAR as often keeps both in one claim, unless "that" follows (29 gold quotes end before
# "and noted that ...", 5 hold one).
# "went on to" before the verb says the same: "joked that Brooklyn was his answer, but went on
# to say, "There are places ..."" (`_GOES_ON_TO` reads it into the cue)
_SPEAKERS_NEXT_ACT = compile_on_use(
    r",\s+(?P<join>(?:and|but)\s+)?(?:(?:also|then|later|again|[a-z]+ly)\s+)?"
    r"(?P<went>(?:went|goes|has\s+gone)\s+on\s+to\s+)?(?P<verb>[a-z]+)\b"
    # without the comma too: "... and noted that Sanders has acknowledged", "... and said
    # Manafort was not involved" (PolNeAR ends 78 train claims before such an "and said", 10 hold it)
    r"|\s(?P<bare>(?:and|but)\s+)(?:(?:also|then|later|again|[a-z]+ly)\s+)?"
    r"(?P<went2>(?:went|goes|has\s+gone)\s+on\s+to\s+)?(?P<verb2>[a-z]+)\b"
    # a participle right after a closing quote mark, the comma inside the mark: '... "should be
    # wrapped up by Cleveland," adding that ...' (the masked quotation hides the comma)
    r"|(?<=\x01)\s+(?P<verb3>[a-z]+ing)\b"
)


_CALL_PREPOSITION = compile_on_use(r"\s+(?:for|on|upon)\b")
_THAT_NEXT = compile_on_use(r"\s+that\b")
_TO_AFTER = compile_on_use(r"\s+to\b")


def _speakers_next_act(masked: str, start: int, end: int) -> int | None:
    """Where the speaker's next act after the reported content begins, if it does."""
    if not (
        _has_any(masked, start + 12, end, (",", "and", "but"))
        or masked.find("\x01", start + 11, end) >= 0  # the third way's look behind
    ):
        return None  # none of the pattern's three ways in (half the clauses on BBC)
    for join in _SPEAKERS_NEXT_ACT.finditer(masked, start + 12, end):
        verb = join.group("verb") or join.group("verb2") or join.group("verb3")
        if join.group("join") and verb in _CHARACTERISING_VERBS and verb.endswith("ed"):
            # "said Rubio's tax plan would give money to ..., and called him "the leading
            # proponent ..."": the characterisation is the speaker's next act
            return join.start()
        if (
            verb in ("called", "calls")
            and (join.group("join") or join.group("bare"))
            and _CALL_PREPOSITION.match(masked, join.end())
        ):
            # "Liberty said it was "delighted" but called on the government to ...", "said
            # workers did not want to go on strike and called for talks": the speaker's call
            return join.start()
        if join.group("bare") and masked[join.start() - 1] == MASK and verb.endswith("ed"):
            # 'a statement saying Trump's comments "are based on his opinion, not actual
            # facts," and welcomed him to visit': a past verb after the quotation closes is
            # the speaker's next act, not more of what was said
            return join.start()
        if verb == "pointing" and join.group("verb") and _TO_AFTER.match(masked, join.end()):
            return join.start()  # "..., pointing to a big victory": the cue phrase of "cite"
        if verb not in reporting_verb_forms() or verb in _NOUN_LIKE_CUES:
            continue
        base = cue_base(verb)
        if (join.group("went") or join.group("went2")) and (
            join.group("join") or join.group("bare")
        ):
            return join.start()  # "..., but went on to say, ...": the speaker speaks again
        if verb.endswith("ing"):
            if base in _PARTICIPLE_VERBS and not join.group("verb2"):  # ", saying", ", and adding"
                return join.start()
            if base in _PARTICIPLE_VERBS and _THAT_NEXT.match(masked, join.end()):
                # "a response saying he would not support Ryan's agenda and suggesting that
                # politicians should ...": a second participle with its own "that" is the
                # speaker's next act, without the comma too
                return join.start()
            continue
        # a past form, or "says"/"insists" of a verb that takes a clause, after "and"/"but";
        # "and say", "and demands respect" may be the reported clause's own verb
        coordinated = join.group("join") or join.group("bare")
        if coordinated and base != verb and (base in _CLAUSE_VERBS or verb[-1] != "s"):
            if join.group("bare") and not _speech_after_and(masked, join, base):
                continue  # "he spoke to Trump and asked him to ...": the reported clause's verb
            return join.start()
    return None


def _speech_after_and(masked: str, join: re.Match[str], base: str) -> bool:
    """Without a comma, "and VERB" is the speaker's next act when "that" follows it or the verb
    is one that reports a clause ("... and said Manafort was not involved", "... and added")."""
    return (
        base in _CLAUSE_VERBS
        or base in _WEAK_CLAUSE_VERBS
        or bool(re.match(r"\s+that\b", masked[join.end() : join.end() + 6]))
    )


def _described_by_writer(masked: str, previous: Attribution) -> bool:
    """Whether the claim before a participle is one the sentence's subject only describes, so
    the participle is the subject's act: a relative clause ("rebuked critics who say ...,
    saying ...") or a noun's claim ("Mr Blair derided Tory claims they could cut £35bn in
    "wasteful spending" saying the party had got its sums wrong")."""
    if previous.rule.endswith((":relative-who", "according-to")):
        return True  # nor the source an "according to" names for the whole sentence
    rule = previous.rule.split(":")[-1]
    if rule in FAMILIES or rule.startswith("participle-"):
        return False  # "..., warning against allowing in the refugees, pledging to ...": a verb
    return previous.cue is not None and masked[slice(*previous.cue)] in _NOUN_LIKE_CUES


def _previous_act(masked: str, found: list[Attribution], cue_start: int) -> tuple[int, int] | None:
    """The speaker of the claim cut off right before ", and|but CUE" (`_speakers_next_act`): "She
    says people may not like the answer, but insists ...": the same speaker acts again."""
    if not found or found[-1].mention is None or found[-1].end > cue_start:
        return None
    at = found[-1].end
    while at < cue_start and masked[at] in "\x01\"”’'":
        at += 1  # the closing mark of a quoted fragment the claim ends with
    past_frame = _past_frame_after(masked, found[-1], at, cue_start)
    join = _SPEAKERS_NEXT_ACT.match(masked, past_frame, cue_start + 40)
    if join is not None and past_frame > at and not join.group("join"):
        # '"...," McCain said, asked about the vagueness': after the frame only "and" or
        # "but" goes on with the speaker's act; a bare participle may be done to them
        return None
    if join is None or cue_start not in (
        join.start("verb"),
        join.start("verb2"),
        join.start("went"),
        join.start("went2"),
    ):
        return None
    return found[-1].mention


# the frame after a quotation, its speaker and cue in either order: '"...," she said',
# '"...," said Mr. Arad'
_FRAME_AFTER_QUOTE = compile_on_use(r"\s*,?\s*")


def _past_frame_after(masked: str, previous: Attribution, at: int, cue_start: int) -> int:
    """Past the frame of a claim whose speaker and cue follow its words, up to ", but CUE":
    in '"I hate the term," she said, but added that ...' the speaker adds to her own words.
    Only when nothing but the frame stands between the words and that cue."""
    if previous.cue is None or not at <= previous.cue[0] < cue_start:
        return at
    speaker_at, cue_at = previous.mention, previous.cue
    frame_start, frame_end = min(speaker_at[0], cue_at[0]), max(speaker_at[1], cue_at[1])
    if frame_end > cue_start or _FRAME_AFTER_QUOTE.fullmatch(masked, at, frame_start) is None:
        return at
    between = masked[min(speaker_at[1], cue_at[1]) : max(speaker_at[0], cue_at[0])]
    return frame_end if not between.strip() else at


# a document and the name of who made it, the verb after: "reports Mr. Schoen filed as a
# registered lobbyist", "records the Clintons released": the document is the source, and the
# words after its name no name of a person
_FILED_BY_NAME = compile_on_use(
    r"(?P<head>[a-z][\w-]*)\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+|the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"\s+(?:[a-z]{2,}ed|wrote|gave|made|sent|kept|sold|paid)\b"
)
# a source the writer names for the whole sentence, at its end: "..., according to Bloomberg."
# (or after a quotation whose comma stands inside its marks: '"... confirmation," according to
# the report')
_ACCORDING_TAIL = compile_on_use(r"(?:,|(?<=\x01))\s+according\s+to\s+[^,;\x01]{2,80}?[.!?]?\s*$")
# "..., as she put it": the writer names whose words the quotation before it was
_AS_PUT_IT = compile_on_use(r"\s*,?\s+as\s+[^,;\x01]{1,40}?\s+put\s+it\b")
# the writer's comment on the claim, a noun for it in apposition: "..., a charge that Colorado
# Republican leaders strongly denied", "... - a point that intelligence officials have
# disputed", "... — a controversial proposal he has raised at various points"
_CLAIM_COMMENT = compile_on_use(
    r"(?:,|\s[—–]|\s--?)\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join(
        sorted(words("claim_nouns") | {"point", "position", "proposal"}, key=len, reverse=True)
    )
    + r")\s+(?:that|which|(?:he|she|they|it|we)\s+(?:has|had|have)\s)"
)
# a dash right after a quotation inside reported content, not one going on with the speaker's
# clause ("... "very dangerous" — and that it would get worse")
_DASH_AFTER_QUOTE = compile_on_use(
    r"(?<=\x01)(?:\s*(?:—|–|--)|\s+-)\s+(?!(?:and|but|or|that|which|who|if|because)\b|\x01)"
)
_ANY_DASH = compile_on_use(r"—|–|--|\s-\s")
# a quotation within two words after the dash: the speaker's words go on ('were not "racist" -
# just "common sense"')
_QUOTE_NEAR = compile_on_use(r"(?:[\w’'-]+\s+){0,2}\x01")
# others who said the same, in the writer's words: "..., as have other prominent Democrats",
# "..., as has Carlos A. Gimenez, the Republican mayor" (never "as has been said": a name,
# "other" or a possessive follows)
_AS_HAVE_OTHERS = compile_on_use(
    r"(?:,|\s[—–]|\s--?)\s+as\s+(?:has|have)\s+(?=[A-Z]|others?\b|(?:his|her|their)\s)"
)
# the same as a described source and its verb: "..., the news wire said."
_SOURCE_SAID_TAIL = compile_on_use(
    r",\s+(?:the|a|an)\s+[^,;\x01]{2,60}?\s+(?:said|says|reported|reports|added)[.!?]?\s*$"
)


# "and" or "but" and a verb in the simple past with no subject of its own: "... but did not
# suggest it would be Trump", "... and requested another month", "... but declined to provide";
# an "-ed" word only before its object or "to" ("a fair and balanced review" is no verb)
_PAST_PREDICATE_JOIN = compile_on_use(
    r",?\s+(?:and|but)\s+(?:(?:also|then|later|again|[a-z]+ly)\s+)?"
    r"(?:did(?:n['’]t|\s+not)\s+(?P<base>[a-z]+)|(?P<past>[a-z]{3,}ed)(?=\s+(?:a|an|the|his|her|"
    r"their|its|it|him|them|to|that|another|any|no|some|this|these|those|"
    # or before a question it asks: "... makes $41,000 a year and questioned how he would be ..."
    r"how|why|whether)\b)"
    # a person's act needs no determiner after it: "... would soon rebound and praised efforts"
    r"|(?P<act>[a-z]{3,}ed)\b)"
)
_SPEAKER_ACTS = verb_class("speaker_act")


def _speech_or_belief(word: str) -> bool:
    """Whether a word is a form of a verb of speech or belief ("suggested", "believe")."""
    return word in reporting_verb_forms() or word in belief_verb_forms()


# finite words of the present or a modal: a clause with only these has no verb in the past
_PRESENT_FINITE = compile_on_use(
    r"(?:is|are|has|have|will|would|could|can|cannot|should|may|might|must|does|do|"
    r"(?:won|can|is|are|does|do|has|have|would|could|should)n?['’]t|[a-z]+['’](?:s|re|ll|ve)|"
    r"says)",
    re.IGNORECASE,
)


def _present_clause(clause: str) -> bool:
    """Whether a clause has a finite verb and every one it has is present or modal ("they would
    miss the deadline", "she understands people may have concerns" counts by its "may"); any
    other finite word, a past form or one read loosely ("never shut"), may be the past."""
    finite = [m.group() for m in FINITE_WORD.finditer(clause)]
    return bool(finite) and all(_PRESENT_FINITE.fullmatch(word) for word in finite)


def _subjects_next_predicate(masked: str, start: int, end: int) -> int:
    """Cut reported content before "and"/"but" and a verb in the past with no subject, when the
    reported clause has a verb but none in the past: "said he would offer "a prayer" for the
    eventual Republican nominee but did not suggest it would be Trump", "said they would miss
    the deadline, and requested another month". Such a verb cannot be the clause's own second
    predicate (its tense is the report's, not the clause's), so it is the subject's next act.
    Only a verb of speech, belief or a person's act: "ruled that UK jurisdiction could extend
    to a UK-run prison, but did not apply ..." and "say the poll is a sham and designed to ..."
    go on with the clause's own subject. A clause in the past ("said the man robbed the store
    and fled") keeps its words."""
    if not _has_any(masked, start + 12, end, (" and ", " but ")):
        return end
    for join in _PAST_PREDICATE_JOIN.finditer(masked, start + 12, end):
        verb = join.group("base") or join.group("past") or join.group("act")
        if verb not in _SPEAKER_ACTS and (join.group("act") or not _speech_or_belief(verb)):
            continue
        if _tenseless_or_present(masked[start : join.start()]):
            return join.start()
    return end


# an infinitive, alone or after whom it is asked of: "to cut taxes", "not to vote", "the United
# States to attack", "voters not to vote"; never a subject and its verb ("rebels shot to kill")
_INFINITIVE_CONTENT = compile_on_use(
    r"(?:the\s+)?(?:(?:[A-Z][\w’'.-]*\s+){1,3}|[a-z][\w’'-]*\s+)?(?:not\s+)?to\s+[a-z]"
)


def _tenseless_or_present(clause: str) -> bool:
    """Whether reported content has no verb in the past: a clause in the present or a modal,
    or an infinitive with no finite verb ("called on the United States to attack the oil that
    funds the Islamic State and proposed a safe zone"), which no past verb after "and" can go
    on. Not any words with no finite verb found: "the gang shot two men and attacked a guard"
    has a past verb the word list does not know."""
    if _present_clause(clause):
        return True
    return bool(_INFINITIVE_CONTENT.match(clause)) and not FINITE_WORD.search(clause)


@lru_cache(maxsize=64)
def _clip_end(masked: str, start: int, end: int) -> int:
    """`_cut_joins`, then never over a speaker's frame closing the sentence when the joins cut
    none (`_before_closing_frame`).

    Cached for the sentences at hand: a bare clause is clipped, then clipped again as reported
    content with the same ends when nothing was cut (a third of the calls on BBC)."""
    return _before_closing_frame(masked, start, _cut_joins(masked, start, end))


_CONCESSION = compile_on_use(r",\s+(?:even\s+though|although|though)\s+")
_NOUN_OPENERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"])


def _others_concession(masked: str, start: int, end: int) -> int | None:
    """Where a concession the writer adds with a speaker of its own begins: "The Saudis have
    warned they could sell off ... U.S. assets if the bill becomes law, even though many
    observers doubt they would take such a step"; the doubt is the observers', no part of the
    warning. A subject of up to five words, then its reporting or belief verb."""
    concession = _CONCESSION.search(masked, start, end)
    if concession is None:
        return None
    words = masked[concession.end() : end].split()[:6]
    verbs = reporting_verb_forms().keys() | belief_verb_forms().keys()
    for i, word in enumerate(words[1:], 1):
        lowered = word.lower()
        if (
            lowered in verbs
            and words[0].lower() not in _SUBJECT_PRONOUNS
            and words[i - 1].lower() not in _NOUN_OPENERS  # "its claim to be ...": a noun
        ):
            return concession.start()
        if FINITE_WORD.fullmatch(lowered) or not _WORDISH.match(word) or word.endswith(","):
            return None  # "though culturally conservative, areas of the state": no clause
    return None


# a reply joined by "to which" and its own speaker: "..., to which O'Malley interjected:"
_TO_WHICH_REPLY = compile_on_use(r",\s+to\s+which\s+(?=[^,;:\x01]{1,60}?\s[a-z]+ed\b)")


def _cut_joins(masked: str, start: int, end: int) -> int:
    """Cut reported content before a contrast the writer adds ("..., but Cook did not say when"),
    before the speaker's next act ("..., and accused Number 10 ...") or before a clause with its
    own speaker ("..., and more than 4 in 10 said Trump would").

    Each pattern runs only where the words it cannot match without occur: most clauses have
    none."""
    contrast = _has_any(masked, start, end, _CONTRAST_WORDS) and _CONTRAST.search(
        masked, start, end
    )
    if contrast and contrast.start() - start >= 12:
        end = contrast.start()
    concession = masked.find("though", start, end) >= 0 and _others_concession(masked, start, end)
    if concession and concession - start >= 12:
        end = concession  # "..., even though many observers doubt they would": the observers'
    source = masked.find("according", start, end) >= 0 and _ACCORDING_TAIL.search(
        masked, start, end
    )
    if source and source.start() - start >= 12:
        end = source.start()  # "France Telecom said it plans ..., according to Bloomberg"
    put_it = masked.find(" put it", start, end) >= 0 and _AS_PUT_IT.search(masked, start, end)
    if put_it and put_it.start() - start >= 12:
        # "pledges to "make sure our economy works for everyone," as she put it on Wednesday in
        # Raleigh, where she also promised ...": the writer's aside ends the words
        end = put_it.start()
    reply = masked.find(", to which ", start, end) >= 0 and _TO_WHICH_REPLY.search(
        masked, start, end
    )
    if reply and reply.start() - start >= 12:
        end = reply.start()  # "..., to which O'Malley interjected: ...": the reply is another's
    aside = masked.find("\x01", start, end) >= 0 and _DASH_AFTER_QUOTE.search(masked, start, end)
    if (
        aside
        and aside.start() - start >= 12
        and not _ANY_DASH.search(masked, start, aside.start())
        and not _ANY_DASH.search(masked, aside.end(), end)
        and not _QUOTE_NEAR.match(masked, aside.end(), end)
    ):
        # 'said ... "there's nothing wrong with that" — asserting that big donations ...', 'the
        # "anchor (not) baby" — a play on words with ...': after a quoted fragment, a dash opens
        # the writer's aside on it, not more of what was said; a dash before or after it pairs
        # with it round an aside inside the clause ('Clinton's call to "make America whole
        # again" — itself a rebuttal ... — was an inferior slogan', 'Veritas - Latin for
        # "truth" - would avoid ...'), which goes on after it
        end = aside.start()
    others = masked.find(" as ha", start, end) >= 0 and _AS_HAVE_OTHERS.search(masked, start, end)
    if others and others.start() - start >= 12:
        end = others.start()  # "she, too, wants an inquiry, as have other Democrats"
    comment = (  # "that", "which" or "ha(s|d|ve)", and the comma or dash before: 1 in 6 on BBC
        _has_any(masked, start, end, ("ha", "which"))
        and _has_any(masked, start, end, (",", "—", "–", "-"))
        and _CLAIM_COMMENT.search(masked, start, end)
    )
    if comment and comment.start() - start >= 12:
        end = comment.start()  # the writer's word on the claim is no part of it
    source = _has_any(masked, end - 12, end, (" said", " says", " reported", " reports", " added"))
    said_tail = source and _SOURCE_SAID_TAIL.search(masked, start, end)
    if said_tail and said_tail.start() - start >= 12:
        # "One of them told the judge he needed more time ..., the news wire said": the wire
        # reports the whole sentence; the claim inside it ends before it
        end = said_tail.start()
    next_act = _speakers_next_act(masked, start, end)
    if next_act is not None:
        end = next_act
    end = _subjects_next_predicate(masked, start, end)
    end = _before_and_clause(masked, start, end)
    if not _has_any(masked, start + 12, end, (",", ";")):
        return end  # no join (each opens with one of them), nothing to cut
    # one scan for the joins, not one per cue: a join cannot run into the cue word after it
    joins = sorted(
        [
            *_NEXT_CLAUSE.finditer(masked, start + 12, end),
            *_COMMA_NAME.finditer(masked, start + 12, end),
        ],
        key=lambda j: j.end(),
    )
    if not joins:
        return end  # the cheap test first: no coordinated clause, nothing to cut
    join_ends = [j.end() for j in joins]
    for cue in find_cues(masked, joins[0].end(), end):
        before = bisect_right(join_ends, cue.start())  # the joins that end before the cue
        if not before:
            continue
        join = joins[before - 1]
        if join.re is _COMMA_NAME and not _own_clause_cue(masked, join.end(), cue, end):
            continue
        if subject_before(masked, join.end(), cue.start()) is not None and not _opener_before(
            masked, start, join.start()
        ):
            return join.start()
    return end


def _opener_before(masked: str, start: int, join_at: int) -> bool:
    """Whether the words before a join are the sentence's opening adverbial, a preposition and
    no verb ("In overnight text messages and conversations, Trump's advisers ... began to call
    the allegations absurd, according to ..."): the clause after it is no other speaker's."""
    opening = masked[start:join_at].split()[:1]
    return (
        bool(opening)
        and opening[0].lower() in PREPOSITIONS
        and not FINITE_WORD.search(masked, start, join_at)  # "text messages" is no verb
    )


# after a word or a closing quotation: "said he was "very encouraged" and Trump called it ..."
# (or a group named in lower case: "and others have said", "and about the same numbers said")
_AND_NAME = compile_on_use(
    r"(?<=[a-z0-9%\x01])(?P<join>,?\s+and\s+)"
    r"(?=[A-Z]|(?:others|some|many|most|about|nearly|almost|half|\d)\b)"
)


def _before_and_clause(masked: str, start: int, end: int) -> int:
    """Cut reported content before "and" that opens another speaker's clause with no comma
    ("Republicans said they're increasingly convinced the Justice Department mishandled the
    investigation and Democrats accused the GOP of ..."): a name and its own finite cue right
    after "and", once the content has a verb of its own ("said Smith and Jones agreed" has
    none before the "and": the pair is its subject). A name or a pronoun before "and" makes a
    pair ("after he and Bernstein wrote", "Congress and President Obama agreed"), but not a
    month or a day ("rose by 0.8% in January and Nationwide reported"); a cue after
    an auxiliary is no act of the name ("and Oler has been charged")."""
    if masked.find(" and ", start + 12, end) < 0:
        return end
    for join in _AND_NAME.finditer(masked, start + 12, end):
        last = masked[max(start, join.start() - 30) : join.start()].split()[-1:]
        if not last or last[0].lower() in ("he", "she", "we", "they", "i", "you"):
            continue
        if last[0][:1].isupper() and not CALENDAR.match(last[0]):
            continue  # "because Congress and President Obama agreed": two subjects of one verb
        cue = _first_cue_or_characterisation(masked, join.end(), min(end, join.end() + 60))
        if cue is None or not _own_clause_cue(masked, join.end(), cue, end):
            continue
        subject = subject_before(masked, join.end(), cue.start())
        if (
            subject is not None
            and subject[0] == join.end()
            and not masked[subject[1] : cue.start()].strip()
            or _OTHERS_THEN_CUE.fullmatch(masked, join.end(), cue.start())
        ) and FINITE_WORD.search(masked, start, join.start()):
            return join.start()
    return end


# others of the group, their own cue after: "... will not attend the convention and others have
# said they are not interested in speaking"
_OTHERS_THEN_CUE = compile_on_use(r"(?:others|some|many|most)\s+(?:(?:have|had|also)\s+)*")


def _first_cue_or_characterisation(masked: str, start: int, end: int) -> re.Match[str] | None:
    """The first reporting cue of masked[start:end], or a characterising verb before it: "Ryan
    said he was encouraged and Trump called it a "great meeting"" has another speaker's act
    after "and", which the verbs of speech alone would miss."""
    cues, forms = find_cues_and_forms(masked, start, end, _CHARACTERISING_VERBS)
    return min([*cues[:1], *forms[:1]], key=lambda m: m.start(), default=None)


def _own_clause_cue(masked: str, subject_at: int, cue: re.Match[str], end: int) -> bool:
    """After a bare comma, a cue opens the writer's next clause only when it is a finite verb
    right after a capitalised name (no pronoun, no "-ing") and is no aside closed by a comma."""
    word = cue.group().split()[0].lower()
    if word.endswith("ing") or cue.start() - subject_at > 60:
        return False
    if masked[subject_at : subject_at + 3].lower() in ("he ", "she", "it ", "the"):
        return False  # a pronoun or a common noun may still be the reported clause's subject
    return not re.match(r"\s*,", masked[cue.end() : end])


def _partial_or_mixed(
    masked: str, quotes: list[Quote], start: int, end: int
) -> tuple[int, int, str, str]:
    """How to report reported content that contains quotation marks.

    One quoted fragment inside reported speech is the speaker's exact words: report them as a
    direct (partial) quote. Several fragments: keep the whole reported clause as mixed.
    """
    end = _clip_end(masked, start, end)
    inside = _quotes_in(quotes, start, end)
    kind = _content_kind(masked, quotes, start, end)
    if kind == "direct" and len(inside) == 1:
        return inside[0].start, inside[0].end, "direct", "direct"
    if (
        len(inside) == 1
        and PARTIAL_QUOTES_AS_DIRECT
        and _is_the_gist(masked, inside[0], start, end)
    ):
        q = inside[0]
        return q.start, q.end, "direct", "partial"
    return start, end, kind, kind


# Verbs whose object the quoted words characterise: "has observed this relationship "growing
# and deepening"", "described the talks as "productive"".
_CHARACTERISING = compile_on_use(
    r"\b(?:observed|observes|seen|saw|sees|described|describes|characterized|characterised|"
    r"characterizes|labeled|labelled|termed|branded)\s+"
    # the object runs to the quote, but not through a relative clause of its own: in "he has
    # seen schools that reminded him of "a third-world country"" the clause is the claim
    r"(?:(?!\b(?:that|which|who)\b)[^,;:\x01]){1,60}?\s*$"
)


_PAST_WORD = compile_on_use(r"(?<![\w-])[a-z]+ed\b")  # not a compound's "green-hued"


def _added_thing(masked: str, after: tuple[int, int, str, str]) -> bool:
    """Whether what follows "adding" is a thing added, not words: reported words after it are
    a clause with a verb of its own ("adding the scheme would save money", "adding the pirate
    skiffs then reversed course"); "adding four-finger gestures with the latest release" and
    "adding the capacity to package higher-end chips" have none."""
    s, e, kind, rule = after
    if kind != "indirect" or rule != "said-clause":
        return False  # "adding that ..." always reports words
    content = masked[s:e]
    return not STRICT_FINITE.search(content) and not _PAST_WORD.search(content)


def _quoted_by_another(masked: str, start: int, open_at: int) -> bool:
    """Whether the reported clause introduces its quotation with a speaker of its own ("Mr
    Peston's book claimed that Mr Brown told Mr Blair: "..."): the quoted words are Mr
    Brown's, so they are no gist of the outer speaker's; the whole clause is the claim."""
    lead = masked[start:open_at].rstrip()
    if not lead.endswith(":"):
        return False
    forms = reporting_verb_forms()
    return any(word in forms for word in lead.lower().split())


# words before a quotation that name nothing: a pronoun and its verb ("they were", "it has
# been"); what the clause says is then all in the quoted words
_PRONOUN_LEAD = compile_on_use(
    r"(?:(?:he|she|it|they|we|i|you|this|there)"
    r"(?:\s+(?:is|was|were|are|am|would|will|had|has|have|could|should|might|may|must|can))*"
    r"(?:\s+(?:be|been|not|also|still))*)?"
)


def _is_the_gist(masked: str, quote: Quote, start: int, end: int) -> bool:
    """Whether one quoted fragment is what a reported clause says, so the exact words are the
    claim: the writer's words before it name nothing ("stated they were "closely tracking ..."
    from North Korea") or end with a comma, and it is at least half the clause; or it is three
    quarters of the clause; or it is how the speaker characterises something ("has observed
    this relationship "growing and deepening""). When the writer's words name what the
    quotation is about ("Mark Vaile has said that the bid may be "against the national
    interest"", "Bush says the billionaire businessman "can't win, plain and simple."") the
    quoted words alone lose it: the clause is the claim, mixed.
    """
    if not _speakers_words(masked, quote):
        return False
    if _quoted_by_another(masked, start, quote.open_at):
        return False
    clause_words = len(masked[start:end].replace(MASK, " ").split()) + quote.words
    if quote.words * 4 >= clause_words * 3:
        return True
    lead = " ".join(masked[start : quote.open_at].split()).lower()
    if quote.words * 2 >= clause_words and (
        _PRONOUN_LEAD.fullmatch(lead) or lead.endswith((",", ":"))
    ):
        # nothing named before it, or set apart from the writer's words by a comma ("said
        # that in the current political climate, "I think it's kind of an advantage ..."")
        return True
    return bool(_CHARACTERISING.search(masked, start, quote.open_at))


def _uninflected_cue(masked: str, rest_start: int, base: str) -> bool:
    """Whether the cue before `rest_start` is its bare form: then an auxiliary after it makes it
    a noun ("The big reveal was ..."), while "the congressman said is designed to" is a claim
    whose subject was moved ahead of its speaker."""
    before = re.search(r"([A-Za-z]+)\W*$", masked[max(0, rest_start - 30) : rest_start])
    return before is not None and before.group(1).lower() == base


# a word of a possessive's noun phrase: no preposition or conjunction ("told his supporters at
# a rally to ..." ends the addressee at "at")
_NOUN_WORD = r"(?!(?:at|in|on|to|for|from|with|by|of|about|that|and|or|as)\b)[a-z][\w’'-]*"


@cache
def _addressee() -> re.Pattern[str]:
    """Who was told, before a clause with no "that": "told reporters", "told the Daily Record
    newspaper", "told news agency Reuters": names and words for a news medium."""
    media = "|".join(re.escape(w) for w in words("media_nouns") if " " not in w)
    roles = "|".join(re.escape(w) for w in words("role_nouns") if " " not in w)
    # a name may hold "of" ("The Star-Ledger of Newark") and follow its role before a pronoun
    # subject ("told host Chris Cuomo she believed"; in "told police LaCalamita loaded" the
    # name is the clause's subject)
    # a possessive's noun is all the addressee before a clause ("told his closest advisers
    # he", never "told his" and then "closest advisers as he labored" as the claim)
    # a programme's name may hold a channel's number and a "with", its name may follow it
    # ("told BBC Radio 4's Today programme he", "told BBC One's Breakfast with Frost programme
    # there", "told the BBC World Service programme Go Digital he")
    return re.compile(
        rf"\s*(?:{roles})\s+(?:[A-Z][\w.’'&-]*\s+){{1,3}}(?=(?:he|she|they|we|I|it)\s)"
        rf"|\s*(?:the\s+)?(?:(?:[A-Z][\w.’'&-]*|\d+[’']s|(?:{media}))\s+(?:of\s+(?=[A-Z]))?){{1,4}}"
        rf"(?:(?:at|with)\s+[A-Z][\w’'-]*\s+)?(?:(?:[Pp]rogramme|show)\s+"
        rf"(?:(?:[A-Z][\w’'-]*\s+){{1,3}}(?=(?:he|she|they|we|I|it|there)\s))?)?"
        rf"|\s*(?:his|her|their|its|our|my|your)\s+(?:{_NOUN_WORD}\s+){{1,3}}"
        rf"(?=(?:he|she|they|we|I|it|there|the|a|an)\s|[A-Z][\w’'-]*\s+(?:{FINITE_AUXILIARIES})\s)"
        rf"|\s*(?!(?:his|their|its|our|my|your)\s)(?:the\s+|a\s+)?\w+\s+"
    )


_RELATIVE_OPENING = compile_on_use(r"(?:who|whom|whose)\s")
# "that" opening a clause right after a source set off by commas: ", according to X, that ..."
_THAT_AFTER_SOURCE = compile_on_use(r"\s*that\s+(?=\S)")


def _medium_then_subject(masked: str, start: int, end: int) -> int | None:
    """Where the clause starts when the addressee matched ran on from a medium into the
    clause's subject: "told the BBC Michael Howard has always been", "told BBC News Labour MPs
    would not", "told the BBC News website Ford did not": a name of one to three capitalised
    words after the medium's last word, then a finite verb. None when it did not."""
    if not FINITE_WORD.match(masked, end):
        return None
    spans = [(w.start(), w.end()) for w in re.finditer(r"\S+", masked[start:end])]
    toks = [masked[start + a : start + b] for a, b in spans]
    media = words("media_nouns")
    last = max((i for i, t in enumerate(toks) if t.lower() in media), default=None)
    if last is None or not 1 <= len(toks) - last - 1 <= 3:
        return None
    if not all(t[:1].isupper() and t.lower() not in media for t in toks[last + 1 :]):
        return None
    return start + spans[last + 1][0]


# a short clause of its own: a subject pronoun and its verb ("he would", "she agreed")
_SHORT_CLAUSE = compile_on_use(
    rf"(?:he|she|they|we|I)\s+(?:{FINITE_AUXILIARIES}|did|[a-z]{{3,}}ed)(?:\s+not)?"
)
# after a belief verb, an auxiliary and a bare verb or "not" too: "she thinks he can win",
# "Some veteran strategists think it will not" (a belief has its holder right before it; after
# a verb of speech, "said it was weak" may be an addressee's words)
_SHORT_BELIEF_CLAUSE = compile_on_use(
    rf"(?:he|she|it|they|we|I)\s+(?:{FINITE_AUXILIARIES})\s+(?:not|[a-z]{{3,}}(?<!ly))"
)
_DOUBLE_MARKS_AWAY = str.maketrans({mark: " " for mark in '"“”«»'})


_APOSTROPHE = compile_on_use(r"[’']")


def _short_clause(masked: str, s: int, e: int, base: str) -> bool:
    """Whether a reported clause under 12 characters is a clause of its own ("he would")."""
    return bool(
        _SHORT_CLAUSE.fullmatch(masked, s, e)
        or (base in _BELIEF_VERBS and _SHORT_BELIEF_CLAUSE.fullmatch(masked, s, e))
    )


# verbs of speech that, with a noun phrase of what is won or kept as their object, are deeds
_HOLDING_VERBS = frozenset(["claim", "maintain"])
# words that end the words of an "of" phrase after a held noun ("the enthusiasm of followers
# who were new to politics")
_OF_PHRASE_ENDS = frozenset(["who", "which", "that", "whose", "where", "when"])


def _held_object(words_ahead: list[str]) -> bool:
    """Whether the words after "claimed"/"maintained" open with a noun phrase whose head is a
    thing won or kept (lexicon `held_objects`) and no verb of its own follows it: "the top spot,
    toppling ...", "an energetic pace into advanced age", "the enthusiasm of followers who ...".
    "claimed the title was rigged" and "maintain a strong majority of members support Clinton"
    have the noun as their clause's subject: claims."""
    held = words("held_objects")
    for at, word in enumerate(words_ahead[:5]):
        bare = word.lower().rstrip(",;:.")
        if bare not in held:
            if STRICT_FINITE.search(word) or word != bare:
                return False  # a verb or a comma before any thing held: a clause of its own
            continue
        if word != bare or at + 1 == len(words_ahead):
            return True  # "the top spot, toppling ...": the phrase ends at the noun
        after = words_ahead[at + 1 : at + 6]
        if after[0].lower() == "of":
            # "a strong majority of members support Clinton": the "of" phrase, up to a relative
            # word or a comma, then a verb make the noun a subject
            phrase: list[str] = []
            for other in after[1:]:
                if other.lower() in _OF_PHRASE_ENDS:
                    break
                phrase.append(other)
                if other.endswith(","):
                    break
            return not has_finite(" ".join(phrase))
        return not has_finite(f"{bare} {after[0]}")
    return False


# what opens a condition or an indirect question after an adverb ("declare publicly if")
_IF_WHETHER = frozenset(["if", "whether"])
# verbs whose bare clause comes after the one told: "told reporters he would", "assured voters
# he's tough enough"
_TOLD_ADDRESSEE_VERBS = frozenset(["tell", "assure", "reassure"])


# "it", "them" or "this" as the object of the cue, with no verb of its own after it: a
# reflexive, a preposition, "as", a comma or the end ("announced it himself on Wednesday", "had
# said it in the debate", "a day after he said them, but ..."): the words were said elsewhere,
# and nothing is reported here. An object read as a noun phrase ("reiterated them on Hugh
# Hewitt's radio show") is left alone: PolNeAR marks "them" as what was reiterated
_PRONOUN_OBJECT = compile_on_use(
    r"(?:it|them|this)(?:\s+(?:himself|herself|itself|themselves|ourselves|myself|as|on|in|at|"
    r"during|with|from|again|twice|repeatedly|publicly)\b|\s*(?:[,;]|$))"
)


# after "that" and a comma, "but" or a participle of saying: "that" was a pronoun
_THAT_PRONOUN_AFTER = compile_on_use(r"but\b|[a-z]+ing\b")


def _bare_clause(
    text: str, masked: str, quotes: list[Quote], rest_start: int, sent_end: int, base: str
) -> tuple[int, int, str, str] | None:
    """A reported clause without "that": "said he would", "told reporters the plan failed"."""
    if base in _TOLD_ADDRESSEE_VERBS:
        # "told reporters he would": skip the addressee, and a time after it ("told reporters
        # on Monday the plan had failed", "told The Star-Ledger of Newark last week she ...");
        # so after "assured" ("John Kasich is assuring voters he's tough enough to be president")
        m = _addressee().match(masked, rest_start, sent_end)
        if m is None or _RELATIVE_OPENING.match(masked, m.end(), sent_end):
            # "tells voters who wonder why he cannot ... that he ...": the relative clause is
            # the addressee's, and where the reported clause starts is not for a guess
            return None
        rest_start = _medium_then_subject(masked, m.start(), m.end()) or m.end()
        time = _TIME_AFTER_CUE.match(masked, rest_start - 1, sent_end)
        if time is not None:
            rest_start = time.end()
    s, e = _trim(text, rest_start, sent_end)
    # the verb must be in the clause as reported, not in the writer's clause cut off after it
    # ("tweeted the famed fascist's quote, NBC's Chuck Todd asked ...")
    e = _trim(text, s, _clip_end(masked, s, e))[1]
    if e - s < 12 and (not _short_clause(masked, s, e, base) or masked[e : e + 1] == ":"):
        # "said so", "said Ryan", "said she must: - Spend three years ..."; but "Jeff Flake said
        # he would", "he agreed"
        return None
    time = _TIME_AFTER_CUE.match(f" {masked[s:e]} ") if e - s < 40 else None
    if time is not None and time.end() >= e - s:
        return None  # "the flaw revealed earlier this week": when, and nothing said
    if _PRONOUN_OBJECT.match(masked, s, e):
        return None  # "announced it himself on Wednesday", "had said it in the debate"
    words_ahead = masked[s:e].split()
    if (
        len(words_ahead) > 2
        and words_ahead[0].endswith("ly")
        and words_ahead[1] in _IF_WHETHER
        and (words_ahead[1] == "whether" or base not in _CLAUSE_VERBS)
    ):
        # "lobbyists must declare publicly if they represent ...": a condition on a verb that
        # also takes objects, no clause said; but "said repeatedly if elected she would ..."
        return None
    # the words as written: a quotation is one masked run ("says if elected president "I will
    # work very, very closely with leaders in Congress."")
    conditional = (
        words_ahead[:1] == ["if"]
        and len(text[s:e].split()) > 4
        # "Sanders' aides believe if they can do that, he'll have a shot": a belief's condition
        # and, after its comma, what would follow
        and (base in _CLAUSE_VERBS or base in _CONDITIONAL_BELIEFS and "," in masked[s:e])
    )
    if conditional:
        words_ahead = words_ahead[1:]  # "said if elected president he could work with ..."
    approximate = (
        len(words_ahead) > 2
        and words_ahead[0].lower() == "about"
        and _AMOUNT.match(words_ahead[1].lower()) is not None
    ) or _COUNTED_OPENING.match(masked[s:e].capitalize()) is not None
    # "said about half of the adjustment reflected ...", "said at least 10 people were killed":
    # an amount opens the clause
    # "said no immediate decision had been made", "said nothing was decided"; not "said no to
    # the Iraq war", "would say nothing about the senders"
    if words_ahead[:2] == ["no", "one"]:
        negative_subject = _verb_after_phrase(words_ahead[1:], 1)
    else:
        negative_subject = words_ahead[:1] in (["no"], ["nothing"]) and _verb_after_phrase(
            words_ahead, 2 if words_ahead[0] == "no" else 1
        )
    if (
        words_ahead
        and (
            # "48 percent overall agreed and 44 percent ... disagreed", "whether she agrees or
            # disagrees", "What all seem agreed on, however, is": the writer's sentence goes on
            words_ahead[0].lower().rstrip(",;:") in ("and", "or", "but", "nor", "on", "with")
            # "agree not to perform such tunes": an undertaking; "claimed not to have seen his
            # assailant" is a claim
            or (base not in _CLAUSE_VERBS and [w.lower() for w in words_ahead[:2]] == ["not", "to"])
        )
    ):
        return None
    if words_ahead and (
        (words_ahead[0].lower() in _NOT_A_CLAUSE_START and not (approximate or negative_subject))
        or (words_ahead[0].lower() in _AUX_IN_CUE and _uninflected_cue(masked, rest_start, base))
        or (
            # ", adding that": its own cue; but "said comments from Rice were" opens with a noun,
            # and "saying Marvel shut him out" with a name
            words_ahead[0] in reporting_verb_forms()
            and not (words_ahead[0].lower() in _NOUN_LIKE_CUES and words_ahead[1:2] != ["that"])
        )
    ):
        return None
    first_word = _APOSTROPHE.split(words_ahead[0].lower())[0]
    if (
        "," in masked[rest_start:s]
        and first_word.endswith("ed")
        and words_ahead[1:2] in (["and"], ["or"])
    ):
        return None  # "Garden State, which he wrote, directed and starred in": verbs in a row
    if base in _HOLDING_VERBS and _held_object(words_ahead):
        # "which claimed responsibility for the attacks", "claimed the coaching award while his
        # side held off France", "maintains a large pledged delegate lead over Sanders": a deed
        # (to win, to keep), not a statement
        return None
    # the verb may be in the quoted words: "says the billionaire businessman “can’t win”",
    # "said the referendum question "seems straightforward"" (read without the marks)
    if (
        first_word not in _SUBJECT_PRONOUNS
        and not has_finite(
            text[s:e].translate(_DOUBLE_MARKS_AWAY) if MASK in masked[s:e] else masked[s:e]
        )
        and not (base in _CLAUSE_VERBS and _PLURAL_PRESENT.match(masked, s, e))
    ):
        return None
    if base in _WRITING_VERBS and _written_work_object(words_ahead):
        return None
    if base in _WEAK_CLAUSE_VERBS and first_word not in _SUBJECT_PRONOUNS:
        # "added four conversions as Wales won": a finite verb must follow a short subject,
        # which an approximate amount opens ("predicted about one-third of the Ohio vote will")
        counted = (
            approximate
            and base in _COUNTING_VERBS
            and _COUNT.match(words_ahead[1].lower()) is not None
        )
        head = " ".join(words_ahead[1:7] if counted else words_ahead[:6])
        if (
            first_word[:1].isdigit()
            or first_word in _NUMBER_WORDS
            or first_word in ("their", "his", "her", "its", "our", "my", "your")
            or not has_finite(head)
        ):
            return None
    if _only_a_time_clause(text, masked, s, e):
        return None
    return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-clause")


# a clause of time after a cue, which may be the cue's own ("conceded when polls closed") or open
# what was said ("said when phones were launched they were the size of a briefcase")
_TIME_CLAUSE_OPENING = compile_on_use(r"(?:when|after|before|while|until|once)\s+(?P<next>\S+)")
# the next word of a verb group, perhaps after adverbs and "not": "was reopened", "had not opted"
_VERB_GROUP_GOES_ON = compile_on_use(
    r"\s+(?:(?:not|never|also|[a-z]+ly)\s+)*(?:been\s+|being\s+)?[a-z]{2,}(?:ed|en)\b"
)
# a comma and a finite verb with no subject between: the writer's own verb after the clause
_COMMA_THEN_VERB = compile_on_use(r",\s+(?=(?:[a-z]+ly\s+)?[a-z]{2,}ed\b)")


def _only_a_time_clause(text: str, masked: str, s: int, e: int) -> bool:
    """Whether a bare clause after a cue is nothing but a clause or phrase of time, when the cue
    was spoken, with no main clause of what was said: "Sanders's victory, which Clinton conceded
    when polls closed at 8 p.m., confirmed ...", "Clinton first testified before Congress on
    the 2011 attacks", "acknowledged after the Washington Post asked about them". After a
    finite clause of time a main clause with a verb of its own must follow ("said when phones
    were launched they were the size of a briefcase"); after a gerund, any verb ("said after
    meeting Tony Blair he had been left with the impression ..."). Quoted words count as
    written ("while others "didn't necessarily want to help us""), and a verb right after a
    comma is the writer's, the clause's subject left behind (", confirmed the strength ...")."""
    opening = _TIME_CLAUSE_OPENING.match(masked, s, e)
    if opening is None:
        return False
    clause = text[s:e].translate(_DOUBLE_MARKS_AWAY) if MASK in masked[s:e] else masked[s:e]
    clause = clause[opening.start("next") - s :]
    writers = _COMMA_THEN_VERB.search(clause)
    clause = clause[: writers.start()] if writers else clause
    if opening.group("next").endswith("ing"):
        return not has_finite(clause)
    first = FINITE_WORD.search(clause)
    if first is None:
        return True
    rest = first.end()
    while (joined := _VERB_GROUP_GOES_ON.match(clause, rest)) is not None:
        rest = joined.end()  # "was reopened", "had not opted": one verb group
    return not has_finite(clause, rest)


# verbs whose plain object is often a work written, not a clause ("wrote a letter ...")
_WRITING_VERBS = frozenset(["write", "tweet", "post"])
_WRITTEN_WORKS = words("written_works")
# what may follow the subject of a reported clause at once: "wrote the letter was a forgery"
_VERB_AFTER_SUBJECT = frozenset(
    ["is", "was", "are", "were", "had", "has", "have", "would", "will", "could", "can", "should",
     "might", "may", "must", "did", "does"]
)  # fmt: skip


def _written_work_object(words_ahead: list[str]) -> bool:
    """Whether the words after "wrote", "tweeted" or "posted" open a work written, its object
    (written_works.txt): a determiner, at most two modifiers, the work's noun, and no verb
    right after it ("wrote a letter congratulating organizers", "tweeted a photograph of her
    bruised forearm"); not "wrote the agents knew to brace for the eruptions"."""
    if not words_ahead or words_ahead[0].lower() not in _DETERMINERS:
        return False
    for at, word in enumerate(words_ahead[1:4], start=1):
        noun = word.lower().strip(",;:")
        if noun in _WRITTEN_WORKS or noun.endswith("s") and noun[:-1] in _WRITTEN_WORKS:
            after = words_ahead[at + 1 : at + 2]
            return not (after and after[0].lower() in _VERB_AFTER_SUBJECT)
    return False


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


# when and where it was said, between the cue and the content: "said Tuesday his actions",
# "said earlier on Friday during a news conference that", "told a crowd in Salem on Monday that"
_TIME_AFTER_CUE = compile_on_use(
    r"\s+(?:(?:on|last|this|early|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?,?(?=\s)"
    r"|\s+(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:week|month|year|night|weekend)"
    r",?(?=\s)"
)
_ADVERBIAL_THEN_THAT = compile_on_use(
    r"\s+(?:at|in|on|during|after|before|earlier|later|last|this|from|outside|via|while|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^\x01.;:]{0,100}?\s+that\s+"
)


# a preposition and a gerund with its object after the cue: what the verb governs ("insisted on
# using covert rules he had learned", "argued for keeping the tax they had set"), not how or
# when it was said; a pronoun after it opens a relative clause of the object's noun
_GERUND_WITH_OBJECT = compile_on_use(r"(?:on|for|in|from|at|through|via)\s+[a-z]{2,}ing\s+\S")
# where and how it was said, then a clause opened by a pronoun subject and its verb
_ADVERBIAL_THEN_PRONOUN = compile_on_use(
    r"\s+((?:in|on|at|during|via|through|from|for)\s+[^\x01.;:,]{1,60}?)\s+"
    r"(?=(?:he|she|they|we|I)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|would|will|was|were|had|has|have|"
    r"is|are|could|should|did|does|do|can|may|might|must|[a-z]+[’'][a-z]+)\b|"
    r"(?:he|she|they|we)[’'](?:s|d|ll|re|ve)\s|"
    # "said in politics it takes time to develop those relationships"
    r"it\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}(?<!s)s|[a-z]+ed|would|will|was|is|could|has|had)\b)"
)


# how it was said, right after the cue: "said in a statement", "told reporters in an interview
# with CNN", "wrote on Twitter"; and the document that carries it: "reported on his disclosure
# forms", "wrote in a memo to supporters", "said in a court filing"
_FRAME_AFTER_CUE = compile_on_use(
    r"\s+(?:(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|interview|letter|e-?mail|speech|(?:news|press)\s+conference|briefing|op-ed"
    r"|memo|filings?|forms?|column|memoir|essay|affidavit|post)"
    r"(?:\s+(?:with|to|on)(?:\s+[A-Z][\w’'.&-]*){1,4}|\s+to\s+[a-z]{3,}s)?"
    r"|on\s+(?:his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:forms?|filings?|website|blog)"
    r"|on\s+(?:Twitter|Facebook|Instagram))\s*,?\s+"
)


# a colon closing a short frame after the cue: "said in a statement: ..."
# (the dot of a title is no sentence's end: "wrote of Ms. Merkel: "...", "said of Mr. Rubio:")
_TITLE_DOT = (
    r"\b(?:"
    + "|".join(
        sorted(
            (t.capitalize() for t in title_abbreviations() | {"st", "jr", "sr"} if " " not in t),
            key=len,
            reverse=True,
        )
    )
    + r")\."
)
_COLON_AFTER_CUE = compile_on_use(
    r"(?:[^\x01.;]{0,80}?|(?:" + _TITLE_DOT + r"|[^\x01.;,]){0,80}?):(?:\s+|(?=\x01))"
)  # (with a title's dot, no comma: not "reasons to oppose Mr. Trump, the president says:")


# a finite verb right after a closing mark, with no comma: the quotation was the clause's subject
# a speaker and a cue right after a quotation: '"not at all" she added', '"...," Mr. Arad said'
_OWN_CUE_AFTER_QUOTE = compile_on_use(
    r"\s*,?\s*(?:he|she|they|we|I|(?:[A-Z][\w’'.-]*\s+){1,3}?)\s*(?:also\s+)?"
    r"(?:said|says|added|adds|told|tells|wrote|writes|argued|noted|explained)\b"
)


def _quote_close_at(quotes: list[Quote], open_at: int) -> int:
    """Where the quotation opening at `open_at` closes; `open_at` when none opens there."""
    return next((q.close_end for q in quotes if q.open_at == open_at), open_at)


_PREDICATE_AFTER_QUOTE = compile_on_use(rf"\s+(?:{FINITE_AUXILIARIES})\s+[a-z]")


# a clause's own auxiliary a few words after a short quotation: '"zero" voters would follow',
# '"thousands" of emails in fact had not been turned over', '"of course" Clinton has'
_AUXILIARY_AHEAD = compile_on_use(
    rf"\s+((?:[\w’'.-]+\s+){{1,5}}?)(?:{FINITE_AUXILIARIES}|did|does|do)(?:n[’']t)?\s+[a-z]"
)
_QUOTE_OPENS_CLAUSE_MAX_WORDS = 3


def _quote_opens_clause(masked: str, quote: Quote, sent_end: int) -> bool:
    """Whether a short quotation right after a cue only opens the reported clause, which goes
    on with its own subject words and auxiliary ('said "zero" voters would follow Sen. Lindsey
    O. Graham', 'testified "thousands" of emails in fact had not been turned over'): then the
    whole clause is the claim, not a word or two of it. Never across a preposition, a
    conjunction or a relative word ('said "I'm done" to reporters who were waiting')."""
    if quote.words > _QUOTE_OPENS_CLAUSE_MAX_WORDS:
        return False
    ahead = _AUXILIARY_AHEAD.match(masked, quote.close_end, sent_end)
    if ahead is None:
        return False
    between = ahead.group(1).lower().split()
    if between[0] in PREPOSITIONS and between[0] != "of":
        return False
    stops = words("function_words") | pronoun_classes().keys() | reporting_verb_forms().keys()
    return not any(
        word in stops
        and word not in ("of", "in", "fact", "the")
        or not re.fullmatch(r"[\w’'.-]+", word)
        for word in between
    )


_QUOTE_RUNS_ON_MAX_WORDS = 8


def _quote_runs_on(text: str, masked: str, quote: Quote, sent_end: int) -> bool:
    """Whether the reported clause a short quotation opens goes on after its closing mark
    with no comma: a determiner, a noun or an adverb follows ("every time he thinks about",
    "the level of black youth unemployment"), or "and" with a second subject and its
    auxiliary ("said "budget reforms" and the collection of unpaid taxes would help"). A
    frame after the quotation ("to reporters", "on Tuesday", "when asked", "before walking
    off") or a short tail ("twice", "again and again") leaves the quotation alone."""
    if quote.words > _QUOTE_RUNS_ON_MAX_WORDS:
        return False
    tail = masked[quote.close_end : sent_end].split()
    if len(tail) < 3 or MASK in " ".join(tail[:3]):
        return False
    first = tail[0]
    if not first[:1].islower() or first.endswith((",", ";", ":")) or first.endswith("ly"):
        return False
    if first.endswith("ing") and text[quote.start : quote.end].rstrip().endswith(","):
        # 'chanting "Bernie or Jill, No Hill," raising fresh questions about ...': a comma
        # closes the quotation, and the participle after it is the writer's next clause
        return False
    if first == "and":
        at = masked.find("and", quote.close_end, sent_end) + 3
        return _AUXILIARY_AHEAD.match(masked, at, sent_end) is not None
    stops = words("function_words") | PREPOSITIONS | pronoun_classes().keys()
    return first not in stops and first not in reporting_verb_forms() and first not in AUXILIARIES


# the stretch before a quotation ends in a second reporting verb of the same subject
_PARTICIPLE_CUE_BETWEEN = compile_on_use(r"\s(?:saying|telling|adding|declaring|insisting)\b")
_NEXT_CUE_BEFORE_QUOTE = compile_on_use(
    r"\s(?:and|but)\s+(?:then\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s*[,:]\s*$"
    # or a participle set off by a comma: "said there was no call planned, adding: "If one
    # is requested, ..."": the quotation is the participle's, the clause before it the cue's
    r"|,\s+(?:also\s+)?(?P<participle>[a-z]+ing)\s*:\s*$"
)


# a clause of its own before the quotation, with a named subject and a verb of speech: "asked
# for a photo and Clinton said, "...""
_NAMED_REPORTER_BEFORE_QUOTE = compile_on_use(
    r"\s(?:and|but)\s+(?:[A-Z][\w’'.-]*\s+){1,4}(?:(?:[a-z]+ly|then|also|later)\s+)?(?P<verb>[a-z]+)\s*[,:]\s*$"
)


_VERB_BEFORE_QUOTE = compile_on_use(r"\s([a-z]+)\s*,\s*$")
_JOIN = compile_on_use(r",\s+(?:and|but)\s")


def _framed_again(masked: str, start: int, quote_at: int) -> bool:
    """Whether, after "and" or "but", a subject and a verb of speech of their own stand right
    before the quotation at `quote_at`, after the cue ending at `start` ("..., and he said,
    "..."", "..., and when asked about it, he said, "...""): the quotation is that frame's."""
    verb = _VERB_BEFORE_QUOTE.search(masked, start, quote_at)
    if verb is None or verb.group(1) not in reporting_verb_forms():
        return False
    if not _JOIN.search(masked, start, verb.start()):
        return False
    return subject_before(masked, start, verb.start(1)) is not None


def _reporter_of_its_own(rest: str, quote_at: int) -> bool:
    """Whether a named speaker and their verb of speech stand right before the quotation at
    `quote_at`, after "and" or "but": the quotation is theirs, not the first cue's."""
    found = _NAMED_REPORTER_BEFORE_QUOTE.search(rest, 0, quote_at)
    return found is not None and found.group("verb") in reporting_verb_forms()


def _next_cue_verb(next_cue: re.Match[str]) -> str:
    """The verb `_NEXT_CUE_BEFORE_QUOTE` found: after "and"/"but", or a participle the
    participle rules read as the subject's speech ("adding", "saying", "insisting"; not
    "joking", whose quotation would be left with no speaker)."""
    participle = next_cue.group("participle")
    if participle is None:
        return next_cue.group("verb")
    return participle if cue_base(participle) in _PARTICIPLE_VERBS else ""


# "said the same of Sanders", "say the same about Trump", "said the same", "he and Brafman had
# basically said the same thing": a claim that repeats the one before it of someone else; it
# ends with its clause (never a clause read on past "the same thing, but also it's worse")
_SAID_THE_SAME = compile_on_use(
    r"\s+(?P<content>the\s+same(?:\s+thing)?(?:\s+(?:of|about|for)\s+[^,;:.\x01—–]{2,60}?)?)"
    r"(?=\s*(?:[,;:.!?—–]|$|\s(?:while|but|and|whereas)\s))"
)


# where the verbs of one clause stop: a comma, a colon, a dash or a subordinator
_CLAUSE_STOP = compile_on_use(
    r"[,;:\x01—–]|\s-\s|\b(?:until|unless|if|when|because|while|as|since|after|before|and|but)\b"
)


def _verb_groups(masked: str, start: int, end: int) -> int:
    """How many separate verb groups masked[start:end] holds before its clause stops: "were
    hacked suggested" two (a relative clause's verb, then the main one), "would arise with ..."
    one. Finite words with nothing but spaces between are one group ("might have influenced")."""
    stop = _CLAUSE_STOP.search(masked, start, end)
    end = stop.start() if stop else end
    groups, last_end = 0, -1
    for found in FINITE_WORD.finditer(masked, start, end):
        if last_end < 0 or masked[last_end : found.start()].strip():
            groups += 1
        last_end = found.end()
    return groups


def _clause_before(
    text: str, masked: str, quotes: list[Quote], rest_start: int, length: int, base: str
) -> bool:
    """Whether the words after a cue up to a colon, masked[rest_start: rest_start + length],
    are a reported clause of their own ("say they have a powerful new weapon: ...", "said the
    Liberals could keep out Labour in three ways: ...") rather than a frame ("said in a
    statement:", "told reporters:", "said on Tuesday:")."""
    stretch = masked[rest_start : rest_start + length]
    found = stretch.split()
    if len(found) < 3 or MASK in stretch or not FINITE_WORD.search(stretch):
        return False
    if not found[0][:1].isalnum():
        return False  # "The Demos report, entitled ...": the cue word was a noun
    if NOT_IN_PHRASE.match(found[0].lower()) or any(
        w.lower().strip(",;") in reporting_verb_forms() for w in found[1:]
    ):
        # "entitled Broadband Britain: ...": a participle; "who insists he does not feel
        # bitter, said: ...": the sentence's own cue follows
        return False
    return _bare_clause(text, masked, quotes, rest_start, rest_start + length, base) is not None


# a comma and a relative pronoun right after a cue word: the word was a noun the clause
# describes; without the comma it may open a question or a clause ("asked who would pay",
# "said who was able to issue the orders was not the main issue")
_RELATIVE_AFTER_NOUN_CUE = compile_on_use(r",\s+(?:which|who|whom|whose)\b")


def clause_after_cue(
    text: str, masked: str, quotes: list[Quote], cue_end: int, sent_end: int, base: str
) -> tuple[int, int, str, str] | None:
    """The reported content that follows a cue: (start, end, kind, rule suffix) or None.

    "add" reports words only when a clause follows: what is added in "have also started
    adding more green-hued services to their portfolios" is a thing, whatever the path."""
    after = _clause_after_cue(text, masked, quotes, cue_end, sent_end, base)
    if after is not None and base == "add" and _added_thing(masked, after):
        return None
    if after is not None and after[2] == "indirect":
        glued = _GLUED_DASH_VERB.search(masked, after[0], after[1])
        if glued is not None and "-" not in masked[after[0] : glued.start()]:
            # "-Mrs. Clinton said she would sign such a bill if put on her desk by
            # Congress-is a likely flashpoint": an aside's closing dash typed with no spaces,
            # the main clause's verb right after it; not when an aside opens inside the claim
            # too ("he and Lowell Anger-the lead DA on the case-were confident")
            return (*_trim(text, after[0], glued.start()), *after[2:])
    return after


# a hyphen glued between a word and a finite verb closes a dashed aside: no compound ends so
_GLUED_DASH_VERB = compile_on_use(r"(?<=[a-z])-(?=(?:is|was|are|were|has|had|will|would)\s)")


# the speaker's own report of words said to them, then those words: "said he was told: "...""
# quotes whoever told him, whom the sentence does not name
_TOLD_THEN_QUOTATION = compile_on_use(
    r"\s+(?:he|she|they|we|I)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:[a-z]+ly\s+)?(?:told|warned|asked|reminded)\s*[:,]?\s*\x01"
)


def _clause_after_cue(
    text: str, masked: str, quotes: list[Quote], cue_end: int, sent_end: int, base: str
) -> tuple[int, int, str, str] | None:
    """`clause_after_cue` before its test for a thing added."""
    if _TOLD_THEN_QUOTATION.match(masked, cue_end, sent_end):
        return None  # "said he was told: "You will never work here again."": another's words
    rest_start = cue_end
    time = _TIME_AFTER_CUE.match(masked, rest_start, sent_end)
    if time:
        rest_start = time.end()
    if base in _OBJECT_ONLY_VERBS or masked.endswith(" about", 0, cue_end):
        # "rejected the idea that ...", "the picture that Matthews paints of a public that":
        # neither a "that" clause nor a quotation after them is the speaker's own words; nor
        # after a cue phrase that ends in its preposition ("raised concerns about the plan")
        return _speech_act(text, masked, quotes, cue_end, rest_start, sent_end, base)
    if base in _QUOTE_ONLY:
        return _quotation_right_after(text, masked, quotes, rest_start, sent_end, base)
    if base in _THAT_ONLY:
        # "The judge ruled that 17-year-olds ... can vote": the phrase cue ends in "that"
        s, e = _trim(text, rest_start, sent_end)
        if e - s < 3 or _AUXILIARY_OPENING.match(masked, s):
            return None
        return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-that")
    rest = masked[rest_start:sent_end]
    if _RELATIVE_AFTER_NOUN_CUE.match(rest):
        return None  # "China's South China Sea claims, which Beijing has vowed to ignore": a noun
    # objects and adverbials between the cue and the content: "told reporters on Monday that"
    # (each pattern for "that" or a quotation runs only where there is one: most have none)
    has_that = "that" in rest
    that = _THAT_AFTER_CUE.match(rest) if has_that else None
    titled = None
    if that is None and has_that and MASK in rest[: rest.find("that")]:
        titled = _programme_titles_as_words(text, masked, quotes, rest_start, sent_end)
        that = _THAT_AFTER_CUE.match(titled)
    if that is not None and (
        STRICT_FINITE.search(rest, 0, that.end() - 5)
        or _CLAUSE_SUBJECT.search(rest, 0, that.end() - 5)
        or _VERB_AND_OBJECT.search(rest, 0, that.end() - 5)
        or _CONTRACTED_CLAUSE.search(rest, 0, that.end() - 5)
        or _ADVERB_THEN_VERB.search(rest, 0, that.end() - 5)
    ):
        # "said he was convinced that ...", "said Clinton reassured them that ...", "said
        # it's important that ...": "that" belongs to the reported clause
        that = None
    that = that or (_adverbial_then_that(rest) if has_that else None)
    if (
        that is not None
        and base not in _BELIEF_VERBS
        and _WORDISH.search(rest, 0, rest.rfind("that", 0, that.end()))
        and _VERB_AFTER_RELATIVE_THAT.match(rest, that.end())
    ):
        # "says a violent hit that used to be considered a great tackle ... now draws a
        # penalty", "responded with a tweet that said Rubio was ...": a relative clause on
        # the words before, its verb right after "that"; no clause of the cue's opens there
        that = None
    if (
        that is not None
        and (base in _CALL_VERBS or base in _TO_INFINITIVE_VERBS)
        and _TO_VERB_BEFORE.search(rest, 0, that.end())
    ):
        # "urged people to seek shelter that way", "has vowed to veto the bill that allows
        # lawsuits": the infinitive came first, and "that" is inside it
        that = None
    if that is None and base == "tell" and has_that:
        that = _addressee_then_that(rest)
    if (
        that is not None
        and (
            base in _NOUN_THAT_VERBS
            or base in _ECHO_VERBS
            and rest[: that.end()].split() != ["that"]
        )
        and not _that_after_stance_noun(rest, that)
        and not _that_after_channel(rest, that)
    ):
        # "expressed support for workers that lost their jobs", "repeating the assurance that
        # earned him a friendly greeting": a relative clause; but "repeated that he would not",
        # "posted on his Facebook page that ..." (a channel before "that")
        that = None
    if (
        that is not None
        and base in _RECOLLECTION_VERBS
        and rest[: that.end()].split()[0].lower() in _OBJECT_OPENERS
    ):
        # "recalling a 2007 comprehensive immigration reform bill that failed": a relative
        # clause in what is recalled, which the recollection act reads whole
        that = None
    if (
        that is not None
        and base in _CHARACTERISATION_VERBS
        and _AS_PHRASE.search(rest, 0, that.end())
    ):
        # "described the plan as a short-term buzz that voters would reject": a relative clause
        # in what the thing is described as, which the characterisation act reads whole
        that = None
    if that is not None and base in _CHARACTERISATION_VERBS and _THAT_THING_AS.match(rest):
        # "dismissed that suggestion as a sign of ...": "that" is the thing's determiner, and
        # the characterisation act reads the thing and what it is called
        that = None
    if (
        that is not None
        and that.group().rstrip().endswith(",")
        and (after_that := _THAT_PRONOUN_AFTER.match(rest, that.end())) is not None
        and (after_that.group() == "but" or after_that.group() in reporting_verb_forms())
    ):
        # "But he denied that, saying he was happy to ...", "Parry acknowledges that, but he is
        # determined ...": "that" is the thing denied, and the words after the comma are the
        # writer's (unlike "said that, according to data ..., the GDP rose", "said that,
        # during the period ..., they", "said that, and not his candidacy, was the reason")
        return None
    direct = _QUOTE_AFTER_CUE.match(rest) if MASK in rest else None
    if direct is None and base == "ask" and MASK in rest:
        direct = _question_to_addressee(text, quotes, rest, rest_start, sent_end)
    if direct and titled is not None and not titled.startswith(MASK, direct.end()):
        direct = None  # 'told "Fox News Sunday" that ...': the quotation is the programme's name
    elif (
        direct
        and base == "tell"
        and not rest[: direct.end()].strip()
        and (named := next((q for q in quotes if q.open_at == rest_start + direct.end()), None))
        and _in_title_case(text, named, 1)
    ):
        direct = None  # 'told "Fox News Sunday."': whom they told, by the programme's name
        titled = _programme_titles_as_words(text, masked, quotes, rest_start, sent_end)
    if direct and base in _NOUN_THAT_VERBS and rest[: direct.end()].strip(" ,:"):
        # "cites the UAW's support for the act, "the union placards carried by marchers" and
        # ...": after an object, a quotation is one more thing cited, not the speaker's words
        direct = None
    next_cue = direct and _NEXT_CUE_BEFORE_QUOTE.search(rest, 0, direct.end())
    if direct and _PARTICIPLE_CUE_BETWEEN.search(rest, 0, direct.end()):
        # "The spot concludes with footage of Trump saying during the debate, "..."": the
        # quotation is the participle's, said by whoever it belongs to
        direct = None
    elif next_cue and _next_cue_verb(next_cue) in reporting_verb_forms():
        # "said he welcomed extradition ... and added, "I'm glad."": the quotation is the
        # second verb's; what the first one says comes before it
        direct = None
    elif direct and _framed_again(masked, rest_start, rest_start + direct.end()):
        # "said he had not seen the episode, and when asked whether ..., he said, "I hope
        # not."": the quotation has a frame of its own; what the first cue says comes before
        direct = None
    elif direct and _reporter_of_its_own(rest, direct.end()):
        # "a woman asked for a photo and Clinton said, "...."": the quotation is the second
        # speaker's, named between "and" and their verb
        direct = None
    elif (
        direct
        and base in _CLAUSE_VERBS
        and rest[: direct.end()].strip(" ,:")
        and not find_cues(masked, rest_start, rest_start + direct.end())
    ):
        comma_at = rest_start + len(rest[: direct.end()].rstrip(" ,:"))
        before_quote = _bare_clause(text, masked, quotes, rest_start, comma_at, base)
        quote_close = _quote_close_at(quotes, rest_start + direct.end())
        if before_quote is not None and _OWN_CUE_AFTER_QUOTE.match(masked, quote_close, sent_end):
            # "She also said the economic turmoil was not mainly the fault of banks, "not at
            # all" she added.": the quotation has a cue of its own; what the first one says
            # is the clause before it
            return before_quote
        if (
            before_quote is not None
            and that is None
            and base != "tell"
            and rest[: direct.end()].rstrip().endswith(",")  # a colon introduces the quotation
            and STRICT_FINITE.search(masked, rest_start, comma_at)
            and not masked[quote_close:sent_end].strip(_EDGE_TRIM)
        ):
            # "She also said the economic turmoil was not mainly the fault of banks, "not by a
            # long shot."": a whole clause before the quotation, which ends the sentence; the
            # quotation goes on with the clause, not in place of it
            whole = _bare_clause(text, masked, quotes, rest_start, sent_end, base)
            if whole is not None and whole[2] != "direct":
                return whole
    colon = rest.find(":", 0, 81) >= 0 and _COLON_AFTER_CUE.match(
        rest if titled is None else titled  # 'told "Fox News Sunday": "..."'
    )  # not "10:00 GMT"
    next_colon = colon and _NEXT_CUE_BEFORE_QUOTE.search(rest, 0, colon.end())
    if next_colon and _next_cue_verb(next_colon) in reporting_verb_forms():
        colon = None  # "said the prince went down on one knee and added: "...""
    elif colon and _reporter_of_its_own(rest, colon.end()):
        colon = None  # "asked about the plan, and Trump replied: "..."": the reply's words
    if colon and _STAMP_LABEL.search(rest, 0, colon.end()):
        colon = None  # "pleads not guilty ... Published: January 3, 2013": a page's label
    if (
        colon
        and not colon.group().endswith(MASK)
        and not masked.startswith(MASK, rest_start + colon.end())
        and _clause_before(text, masked, quotes, rest_start, colon.group().rfind(":"), base)
    ):
        # "say Democrats are just trying to distract the public from the most important issue:
        # the content of the leaks": the colon is inside the reported clause, which starts at
        # the cue; only a frame ("said in a statement:", "told reporters:") leads to it. A
        # quotation after the colon stays the speaker's words as they were
        colon_at, colon = colon.group().rfind(":"), None
        whole = _bare_clause(text, masked, quotes, rest_start, sent_end, base)
        if whole is not None and not (that and that.start() < colon_at):
            return whole
    if (
        that
        and base in _CLAUSE_VERBS
        and _AUXILIARY_OPENING.match(masked, rest_start + that.end())
        and rest[: that.end()].split() != ["that"]
        and _verb_groups(masked, rest_start + that.end(), sent_end) >= 2
    ):
        # "said the areas of the regulator's network that were hacked suggested the intruders
        # were ...": "that" opens a relative clause inside the reported clause's subject
        that = None
    if that and (not direct or that.end() <= direct.end()):
        start = rest_start + that.end()
        before_that = rest[: that.end()].split()[-2:-1]
        if before_that and before_that[0].lower() in _NOT_BEFORE_THAT_CLAUSE:
            return None  # "agreed with that specific point": "that" is a determiner
        if _AUXILIARY_OPENING.match(masked, start):
            if rest[: that.end()].split() != ["that"]:
                # "held up a banner that was quickly ripped away": a relative clause, inside
                # what an act's family reads ("proposed a constitutional amendment that would
                # impose term limits on Supreme Court justices") or nothing said
                return _speech_act(text, masked, quotes, cue_end, rest_start, sent_end, base)
            start -= 5  # "Christie said that was a natural part": "that" is the subject
        # "that" of a relative clause ("said the plan that...") is rare after a cue; accept
        s, e = _trim(text, start, sent_end)
        if e - s < 3:
            return None
        if (
            len(masked[s:e].split()) <= 4
            and _NOUN_AFTER_DETERMINER_THAT.match(masked, s, e)
            and not _VERB_MARK.search(masked, s, e)
        ):
            # "Mr Blair directly denied that quote on Wednesday", "he said, the Mac mini changed
            # that perception", "Did I say that right?": "that" is a determiner or a pronoun,
            # and a noun with no verb after it is no clause
            return None
        return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-that")
    if direct and _names_a_work(text, quotes, rest, direct.end(), rest_start):
        direct = None  # "wrote in his 2006 expose, "Secret Man: ..."": a title, not his words
    if direct:
        q_start = rest_start + direct.end()
        following = [q for q in quotes if q.open_at == q_start]
        if following:
            q = following[0]
            # a quote directly after the cue is the claim; a split continuation after it too
            tail = masked[q.close_end : sent_end].strip(_EDGE_TRIM)
            if tail == "":
                return q.start, q.end, "direct", "speaker-before"
            if _PREDICATE_AFTER_QUOTE.match(masked, q.close_end, sent_end) or (
                _quote_opens_clause(masked, q, sent_end)
            ):
                # "saying "insider information" could have contributed to the number of bets":
                # the quoted words are the subject of the reported clause, which goes on
                s, e = _trim(text, q_start, sent_end)
                return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-clause")
            if not rest[: direct.end()].strip() and _quote_runs_on(text, masked, q, sent_end):
                # "said "it gets me mad" every time he thinks about ...", "claimed "Trump
                # exaggerates" the level of black youth unemployment through ...": the
                # quotation opens the reported clause, which goes on in the writer's words
                s, e = _trim(text, q_start, sent_end)
                return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-clause")
            if rest[: direct.end()].strip(" ,:") and not colon:
                # "said in a briefing on October 15, "...": adverbial then quote
                return q.start, q.end, "direct", "speaker-before"
            return q.start, q.end, "direct", "speaker-before"
    if colon:
        s, e = _trim(text, rest_start + colon.end(), sent_end)
        if e > s:
            return (*_partial_or_mixed(masked, quotes, s, e)[:3], "colon")
    if _FRAME_ONLY_CUE.search(masked, max(0, cue_end - 12), cue_end):
        return None  # "put it up for sale after the firm lost money": no words reported
    if base in _TO_INFINITIVE_VERBS and _TO_INFINITIVE.match(masked, rest_start, sent_end):
        # "vowed last month to take his campaign all the way", "wants to emerge as ..."
        s, e = _trim(text, rest_start, sent_end)
        if e - s >= 8:
            return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-to")
    if base == "claim" and _CLAIMED_TO_DO.match(masked, rest_start, sent_end):
        # "a woman who claimed to be undecided", "individuals who claim to represent Asian
        # Americans": what they claim of themselves, a to-infinitive right after the verb, up
        # to a dash that closes the aside it stands in ("as Sanders claims to desire - Clinton
        # already would have won")
        dash = _CLAUSE_DASH.search(masked, rest_start, sent_end)
        s, e = _trim(text, rest_start, dash.start() if dash else sent_end)
        if e - s >= 8:
            return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-to")
    same = _SAID_THE_SAME.match(masked, rest_start, sent_end) if base == "say" else None
    if same is not None:
        # "three-quarters said the same of Sanders": the earlier claim, said of someone else
        s, e = _trim(text, same.start("content"), same.end())
        return s, e, "indirect", "said-the-same"
    if base in _CLAUSE_VERBS or base in _WEAK_CLAUSE_VERBS or base in _BELIEF_VERBS:
        clause = _bare_clause(text, masked, quotes, rest_start, sent_end, base)
        if clause is not None:
            return clause
        frame = _FRAME_AFTER_CUE.match(rest) if " " in rest[:4] else None
        after_frame = rest[frame.end() :].split()[:1] if frame is not None else []
        if after_frame and (
            NOT_IN_PHRASE.match(after_frame[0])  # "in a statement issued Monday": still the frame
            or after_frame[0] in PREPOSITIONS
        ):
            frame = None
        if frame is not None:
            # "said in a statement the new regulations were ...": the frame, then any clause;
            # a time after the frame is no part of it ("in a statement Thursday night they")
            after = rest_start + frame.end()
            time = _TIME_AFTER_CUE.match(masked, after - 1, sent_end)
            clause = _bare_clause(
                text, masked, quotes, time.end() if time else after, sent_end, base
            )
            if clause is not None:
                return clause
        adverbial = _ADVERBIAL_THEN_PRONOUN.match(rest)
        if (
            adverbial is not None
            and not FINITE_WORD.search(adverbial.group(1))
            and not _GERUND_WITH_OBJECT.match(adverbial.group(1))
        ):
            # "said in a statement Thursday night they pulled ...": a pronoun opens the clause
            clause = _bare_clause(
                text, masked, quotes, rest_start + adverbial.end(), sent_end, base
            )
            if clause is not None:
                return clause
    if base in _NP_OBJECT_VERBS and not _FUTURE_CUE.search(masked, max(0, cue_end - 40), cue_end):
        s, e = _trim(text, rest_start, sent_end)
        first = masked[s:e].split()[:1]
        # "reported from Washington", "was confirmed by the Eagle Forum", "reported having":
        # a place, an agent or a gerund, not a noun phrase the speaker put out
        # what a filing or the police report opens with "no" or "between" too: "reported no
        # arrests", "reported between $5,000 and $15,000 in interest income"
        reported_sum = base == "report" and _REPORTED_NONE_OR_RANGE.match(masked, s) is not None
        noun_phrase = bool(first) and (
            reported_sum
            or not (
                first[0].lower() in PREPOSITIONS
                or first[0].lower() in _NOT_A_CLAUSE_START
                or first[0].lower() in AUXILIARIES  # "The big reveal was arguably ...": a noun
                or first[0].lower() in reporting_verb_forms()  # "the Commission report says"
                or first[0].lower().endswith("ly")  # "reported daily to Louis B. Mayer"
                or first[0].lower().endswith("ing")
                # a sum that a filing reports is what was put out: "conservative outside groups
                # reported spending $6 million attacking Clinton"
                and not (base == "report" and _GERUND_AND_SUM.match(masked, s))
            )
        )
        if noun_phrase:
            e = _trim(text, s, _object_end(masked, s, _clip_end(masked, s, e)))[1]
            # "reported having almost $19 million in the bank, and he has organized ...": the
            # clause after is the writer's
            own = _AND_ITS_OWN_CLAUSE.search(masked, s, e)
            e = _trim(text, s, own.start())[1] if own else e
            comma = masked.find(",", s, e) if reported_sum else -1
            if comma >= 0 and not masked[comma + 1 : comma + 2].isdigit():
                # "reported no arrests late Monday, although protests continued": the writer's
                e = _trim(text, s, comma)[1]
        if e - s >= 12 and noun_phrase:
            return s, e, _content_kind(masked, quotes, s, e), "said-object"
    return _speech_act(text, masked, quotes, cue_end, rest_start, sent_end, base)


# none of a thing, or a range of sums, as a filing or the police report them: "no arrests",
# "between $5,000 and $15,000" (not "no one was hurt", a clause, nor "no sooner than")
_REPORTED_NONE_OR_RANGE = compile_on_use(
    r"no\s+(?!(?:one|more|longer|less|sooner|later|matter|doubt)\b)[a-z]{3,}"
    r"|between\s+[$£€]?\s?\d"
)
# a gerund and the sum it tells: "spending $6 million", "raising and spending about $9 million",
# "having $1.3 million in cash on hand"
_GERUND_AND_SUM = compile_on_use(
    r"[a-z]+ing\s+(?:(?:and|or)\s+[a-z]+ing\s+)?(?:(?:about|nearly|almost|roughly|only|just|"
    r"over|some|more\s+than|less\s+than|a\s+combined\s+total\s+of(?:\s+more\s+than)?)\s+)?"
    r"[$£€]\s?\d"
)


def _speech_act(
    text: str,
    masked: str,
    quotes: list[Quote],
    cue_end: int,
    rest_start: int,
    sent_end: int,
    base: str,
) -> tuple[int, int, str, str] | None:
    """The content of a speech act of the cue's family (speech_acts.py), trimmed."""
    act = act_after_cue(masked, cue_end, rest_start, sent_end, base)
    if act is not None:
        s, e = _trim(text, act.start, act.end)
        if e - s >= 3:
            return (*_partial_or_mixed(masked, quotes, s, e)[:3], act.rule)
    return None


_NOUN_THAT_VERBS = verb_class("noun_that")
# the cue phrases of a concern raised (cue_phrases.txt: "raised concerns that")
_RAISED = compile_on_use(r"rais(?:e|es|ed)\s")
_OF_NEXT = compile_on_use(r"\s+of\b")
_ECHO_VERBS = verb_class("echo")
_RECOLLECTION_VERBS = verb_class("recollection")
_CHARACTERISATION_VERBS = verb_class("characterisation")
_AS_PHRASE = compile_on_use(r"\sas\s")
# "that" and a thing of a word or two, then "as": "that suggestion as", "that rival plan as";
# never a clause's subject and its verb ("that voters saw him as ...")
_THAT_THING_AS = compile_on_use(
    r"\s*that\s+(?:(?!(?:he|she|they|it|we|you|the|a|an|his|her|their|its|there|this|is|was|are|"
    r"were|has|have|had|will|would)\b)[a-z][\w’'-]*(?<!ed)\s+){1,2}as\s"
)
# the words that open a noun phrase object, not a "that" clause's frame ("recalled the bill that")
_OBJECT_OPENERS = words("determiners") - {"that", "this", "these", "those"}
_OBJECT_ONLY_VERBS = verb_class("object_only")
_THAT_ONLY = verb_class("that_only")
_QUOTE_ONLY = verb_class("quote_only")
# a text someone reads out that another wrote: "read from the teen's letter", "read from a
# letter written by her stepson"; the words are its writer's, not the reader's
_ANOTHERS_TEXT = compile_on_use(
    r"\s+from\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+[’']s?\s|[\w-]+\s+(?:written|sent)\s+by\b)"
)


def _not_the_readers_words(masked: str, att: Attribution, s_end: int) -> bool:
    """Whether a quote-only cue (verb_classes.txt: quote_only) reports anything but a quotation
    ("Half a world away, ..., Taran Rampersad read Morquendi's messages" reports no words), or a
    quotation its reader took from another's text."""
    assert att.cue is not None
    word = masked[att.cue[0] : att.cue[1]].split()[-1].lower()
    if reporting_verb_forms().get(word) not in _QUOTE_ONLY:
        return False
    return att.kind != "direct" or reads_anothers_text(masked, att.cue[1], s_end)


def reads_anothers_text(masked: str, cue_end: int, s_end: int) -> bool:
    """Whether the sentence goes on after a quote-only cue to name the text read out as another's
    ("the young widow read from the teen's letter")."""
    return _ANOTHERS_TEXT.search(masked, cue_end, s_end) is not None


# a quotation right after a quote-only cue, perhaps after a comma or a short frame ending in a
# colon: "read, "..."", "reads: "..."", "read from a prepared statement: "...""
_QUOTATION_NEXT = compile_on_use(r"\s*,?\s*(?=\x01)|[^\x01.;,]{0,60}?:\s*(?=\x01)")
# the same after a verb of how a speaker sounds, whose quotation comes only after a comma or a
# colon ("boomed, "..."", "cracked: "...""); "cracked "the code"" quotes its object
_QUOTATION_AFTER_MARK = compile_on_use(r"(?:\s+(?:in|back|up))?\s*[,:]\s*(?=\x01)")
_SOUND_VERBS = verb_class("quote_frame")


def _quotation_right_after(
    text: str, masked: str, quotes: list[Quote], rest_start: int, sent_end: int, base: str
) -> tuple[int, int, str, str] | None:
    """The quotation right after a quote-only cue (verb_classes.txt: quote_only), alone: ""One
    message read "anybodybuttrump.us," a website linked to ..." reports the quoted words only."""
    shape = (_QUOTATION_AFTER_MARK if base in _SOUND_VERBS else _QUOTATION_NEXT).match(
        masked, rest_start, sent_end
    )
    quote = shape and next((q for q in quotes if q.open_at == shape.end()), None)
    if not quote:
        return None
    if quoted_title(text, quote) and not _BEARER_READ.search(
        masked, max(0, rest_start - 40), rest_start
    ):
        return None  # "She read "War and Peace" to the children": a title, nobody's words
    return quote.start, quote.end, "direct", "speaker-before"


# a text bearer right before "read" (text_bearers.txt): "The sign read "Hispanics 4 Trump"" is
# a slogan in capitals, not a title
_BEARER_READ = compile_on_use(
    r"(?<![\w-])(?:" + "|".join(sorted(words("text_bearers"))) + r")s?\s+(?:[a-z]+ly\s+)?"
    r"reads?\b[^\x01]*$"
)


_TEXT_BEARERS = words("text_bearers")
# a noun phrase ending in a text bearer, then "reading" or a relative "that read": "a message on
# Twitter reading", "a Donald Trump campaign hat reading,", "the sign — which read"; the
# nearest such phrase ("a man in a shirt that read": the shirt)
_BEARER_BEFORE_READ = compile_on_use(
    r"(?P<bearer>\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother)\s+"
    r"(?:(?!(?:a|an|the|in|of|on|with|for|from|and|or)\s)[\w’'-]+\s+){0,4}?"
    r"(?P<noun>[\w-]+))(?P<channel>\s+on\s+(?:[\w’'-]+\s+){0,2}?[\w-]+)??"
    r"(?:\s+|\s*[,—–-]\s*(?=which)|\s+that\s+|\s*[,—–-]?\s*which\s+)$"
)
# the verbs by which a bearer's writer put it out: "Trump posted a message reading", "Henry
# added the caption which reads"; not "retweeted a message that read" (another's words) nor
# "wore a hat reading" (a wearer is no writer)
_WRITER_VERB = compile_on_use(
    r"\b(?:posted|tweeted|sent(?:\s+out)?|issued|released|wrote|published|e-?mailed|texted|"
    r"added|put\s+out)\s+$"
)


def _bearer_reads(
    text: str, masked: str, quotes: list[Quote], span: tuple[int, int], cue: tuple[int, int]
) -> Attribution | None:
    """The quoted words a sign, a hat or a message holds, reported by "reading" or "that read"
    after it (text_bearers.txt), or by "saying" or "that said" ("held up a sign saying "Jews
    Against Trump""): said by whoever the sentence says put it out ("Trump posted a message on
    Twitter reading "Thank you Georgia"" is Trump's), else by the bearer itself ("a sign that
    read "15%!""). Slogans in capitals count: a sign holds no book title."""
    s_start, s_end = span
    if not masked.startswith(("read", "sa"), cue[0]):
        return None  # "read" or "say" ("a sign saying "...""), no other verb
    bearer = _BEARER_BEFORE_READ.search(masked, max(s_start, cue[0] - 90), cue[0])
    if bearer is None or bearer.group("noun").lower().removesuffix("s") not in _TEXT_BEARERS:
        return None
    shape = _QUOTATION_NEXT.match(masked, cue[1], s_end)
    quote = shape and next((q for q in quotes if q.open_at == shape.end()), None)
    if not quote:
        return None
    speaker = bearer.span("bearer")
    if _WRITER_VERB.search(masked, max(s_start, speaker[0] - 20), speaker[0]):
        sender = _sender(masked, s_start, speaker[0])
        if sender is None or _SENT_TO.match(masked, sender[1]):
            return None  # put out by someone the sentence does not name as its subject
        speaker = sender
    return Attribution(quote.start, quote.end, "direct", "direct:bearer-reads", cue, speaker,
                       None, 0.6)  # fmt: skip


def quoted_title(text: str, quote: Quote) -> bool:
    """Whether a quotation after a quote-only cue is a title rather than words a text holds:
    every long word capitalised ("One of his recent reads, "This Kind of War,"")."""
    return _in_title_case(text, quote, 1)


# the verbs of calls on others, and the infinitive that says what to do
_CALL_VERBS = verb_class("call")
_TO_VERB_BEFORE = compile_on_use(r"\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your)\b)[a-z]+\b")
_FRAME_ONLY = frozenset(phrase.replace("_", " ") for phrase in verb_class("frame_only"))
# a frame_only phrase cue ending where the cue ends
_FRAME_ONLY_CUE = compile_on_use(
    r"(?<![\w’'])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _FRAME_ONLY) + r")$"
)
_SOMEONE_SUBJECT_VERBS = verb_class("someone_subject")
_THING_PRONOUNS = frozenset(["it", "this", "that", "which", "what", "these", "those"])
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


# "Laporte will announce his starting line-up": not yet said; but "He went on to argue that"
# was said ("on to" goes on from what came before)
_FUTURE_CUE = compile_on_use(
    rf"\b(?:will|would|could|may|might|should|{_TO_GOES_ON}to|going\s+to)\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+$"
)
# an infinitive before a stance verb: "wants to call him", not "went on to call him"
_TO_BEFORE = compile_on_use(rf"{_TO_GOES_ON}\bto\s+$")


def _ends_in_to(before: str) -> bool:
    """Whether the words before a verb end in "to": the cheap test before the infinitive
    patterns anchored at their end (`_TO_BEFORE`, `_SEEMS_TO_BEFORE`), which would otherwise
    try every position of the sentence up to the verb ("wants to call him")."""
    return before.rstrip().endswith("to")


# after a comma, a clause of the writer's own: "When Trump announced his candidacy in June
# 2015, he infamously referred to ...", "Ever since Sanders announced his candidacy, he's said"
_NEXT_OWN_CLAUSE = compile_on_use(
    r",\s+(?:(?:he|she|they|it|we|I|there)(?:[’'][a-z]+)?\s|(?:[A-Z][\w.’'-]*\s+){1,3}"
    r"(?:[a-z]+ly\s+)?(?:is|was|are|were|has|had|have|will|would|said|says|[a-z]+ed)\b)"
)


# a subordinate clause opening the sentence: "While Simpson declared he would ..., his focus
# turned ...", "In addition to tape recordings that the state said depicted ..., prosecutors";
# after a stretch of time: "Years after Bill Clinton claimed that the era of big government was
# over, Obama won ...", "Two weeks before ..."
_FRONTED_CLAUSE = compile_on_use(
    r"(?:(?:even|just|long|only|shortly|soon|(?:(?:a\s+few|several|[\w-]+)\s+)?(?:years|months"
    r"|weeks|days|hours|minutes|decades|moments))\s+)?(?P<sub>although|though|while|whilst|whereas"
    r"|when|whenever|before|after|until|till|since|because|once|in\s+addition\s+to|if|unless"
    r"|even\s+as|now\s+that)\s",
    re.IGNORECASE,
)
_CONDITIONAL = ("if", "unless")
_NOUN_RULES = ("nominal", "according-to", "according-to-inside")
_CLAUSE_BREAK = compile_on_use(r"(?<!\d),|,(?!\d)|[;:—–―]|\s-\s")  # not "2,400"
_WORD = compile_on_use(r"\s*[\w’'-]*")
_WORDISH = compile_on_use(r"\w")


def _clause_breaks(text: str, masked: str, start: int, end: int) -> list[int]:
    """Commas, semicolons, colons and dashes that end a clause in text[start:end], a comma that
    closes a quotation included ("... “been friends for some time,” he claimed")."""
    return [
        m.start()
        for m in _CLAUSE_BREAK.finditer(text, start, end)
        if masked[m.start()] != MASK or text[m.end() : m.end() + 1] in ('"', "”", "’", "'")
    ]


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


def _object_end(masked: str, start: int, end: int) -> int:
    """Where a noun-phrase object ends ("announced his candidacy in June 2015"): before a
    comma that opens the writer's next clause, which an adverbial clause around the cue
    leaves in the same sentence."""
    found = _NEXT_OWN_CLAUSE.search(masked, start, end)
    return found.start() if found else end


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


# "in case" right before a believer: what they may want is a condition, not what they hold
_IN_CASE_BEFORE = compile_on_use(r"\b[Ii]n\s+case\s+$")
# an infinitive right after a cue: what was asked or urged, never a frame set off by commas
_INFINITIVE_NEXT = compile_on_use(r"\s+to\s+[a-z]")
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


# after a cue: its object or its topic ("wrote of his relationship", "can add a new title")
_OBJECT_OR_TOPIC_NEXT = compile_on_use(r"\s+(?:of|about|a|an|the|his|her|their|its|this)\s")


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


# a relative pronoun opening the speaker's clause: "police, whom residents accuse", "a plan
# which critics say will fail"; the words before are not what they said
_RELATIVE = compile_on_use(r"\b(?:whom|which|whose)\s", re.IGNORECASE)
# "..., members of the World Trade Organization, which writes": the words before the relative
# clause are the writer's, never its speaker's content
# when a relative's act took place, between "who" and its verb: "who last year threatened",
# "who has in the past described", "who in 2012 called for"
_RELATIVE_TIME = (
    r"(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|fall|autumn|winter)"
    r"|in\s+the\s+past|in\s+(?:19|20)\d\d"
)


_RELATIVE_BEFORE_CUE = compile_on_use(
    rf",\s*(?:who|which)\s+(?:(?:[a-z]+ly|has|have|had|{_RELATIVE_TIME})\s+)*$"
)


# a relative pronoun, then the speaker's noun phrase, right before the cue: "laws ... that
# some say", "hackers who U.S. officials say", "less credit than aides say"
_RELATIVE_THEN_SPEAKER = compile_on_use(
    r"(?:^|[\s,])(?P<rel>that|which|who|than)\s+"
    r"(?P<speaker>(?:(?!(?:that|which|who|than)\s)[\w.’'&-]+\s+){0,5}"
    r"(?!(?:that|which|who|than|also|now|often|still|have|has|had)\s)[\w.’'&-]+)"
    r"\s+(?:(?:also|now|often|still|have|has|had)\s+)?$"
)
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
    found = _RELATIVE_THEN_SPEAKER.search(masked, max(s_start, cue[0] - 80), cue[0])
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


def _adverbial_then_quote(
    masked: str, s_start: int, before_end: int, cue_end: int, s_end: int
) -> bool:
    """ "The reporters kept his name a secret, but in 2005, at the age of 91, Felt told Vanity
    Fair, "I'm the guy ..."": an adverbial right before the speaker and a quotation after the
    cue, so the quotation is the claim and the words before are the writer's."""
    after = _QUOTE_AFTER_CUE.match(masked, cue_end, s_end)
    if after is None:
        return False
    chunk = masked.rfind(",", s_start, before_end) + 1 or s_start
    chunk = max(chunk, s_start)
    start, end = _trim(masked, chunk, before_end)
    return end > start and not _is_clause(masked, start, end, need_verb=False)


# a finite verb right after what looked like an inverted speaker: the clause's own subject
_STRICT_FINITE_NEXT = compile_on_use(rf"\s+(?:[a-z]+ly\s+)?(?:{FINITE_AUXILIARIES}|did|does)\b")


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


# Words that open an adverbial or subordinate phrase, never a reported clause on its own.
_ADVERBIAL_OPENERS = frozenset(
    [
        "with",
        "at",
        "after",
        "asked",
        "when",
        "as",
        "while",
        "shortly",
        "before",
        "since",
        "during",
        "despite",
        "like",  # "Like the new MacBook Air, they tout USB 3.0 ports"
        "unlike",
        "amid",
        "without",
        "although",
        "though",
        "if",
        "because",
        "until",
        "unless",
        "once",
        "upon",
        "in",
        "on",
        "for",
        "from",
        "by",
        "under",
        "over",
        "speaking",
        "responding",
        "asked,",
        "referring",
    ]
)


# a gerund or an adverb ("Speaking", "Clearly")
_GERUND_OR_ADVERB = compile_on_use(r"[a-z]+(?:ing|ly)")


# words that open a clause of the opener's own ("Growing sharper as he spoke"); not "such as"
_SUBORDINATING_AFTER_OPENER = frozenset(
    ["as", "while", "because", "after", "before", "since", "until"]
)


def _reports_or_believes(word: str) -> bool:
    """Whether `word` is a form of a reporting or belief verb ("noting", "believing")."""
    return word in reporting_verb_forms() or word in belief_verb_forms()


def _gerund_or_adverb_then_clause(masked: str, start: int, end: int, opener: str) -> bool:
    """ "Seeing his brother suffering led him to ...", "now there is some discomfort ...": an
    -ing subject or an adverb with no comma after it opens a clause, unlike "Speaking to
    reporters, ..." or "Now, ..."."""
    if opener in _ADVERBIAL_OPENERS or opener in PREPOSITIONS or opener == "following":
        return False  # "During a May interview ...", "Following ...": prepositions
    if not (_GERUND_OR_ADVERB.fullmatch(opener) or opener in ("now", "then")):
        return False
    stretch = masked[start:end]
    if "," in stretch or MASK in stretch or len(stretch.split()) < 4:
        return False
    # "Defending that terrain is ...": after a gerund that reports or believes nothing,
    # "that" is a determiner, not the opener's own clause ("Noting that only Kirk ...")
    determiner_that = opener.endswith("ing") and not _reports_or_believes(opener)
    # the verb of the sentence, before any clause of the opener's own ("Noting that only Kirk
    # voted ..., Tester said: ..."); an -ed word may be an adjective ("an animated meeting")
    lowered = stretch.lower().split()
    for k, word in enumerate(lowered[1:], start=1):
        if word == "that" and k == 1 and determiner_that:
            continue
        if word in ("that", "who", "which", "what", "whether", "if", "when", "how", "why"):
            # "Finding what is under the surface is not as simple as ...": an -ing subject
            # with a clause for its object, then the sentence's own verb; the opener's clause
            # alone has one verb ("Noting that only Kirk voted ...")
            return (
                opener.endswith("ing")
                and word in ("what", "whether", "how", "why")
                and k == 1
                and _two_finites(lowered[k + 1 :])
            )
        if word in _SUBORDINATING_AFTER_OPENER and lowered[k - 1] != "such":
            return False  # "Growing sharper as he spoke, ...": the verb is the opener's clause's
        regular_ed = len(word) > 4 and word.endswith("ed")  # "animated"; not "led", "fled"
        if FINITE_WORD.fullmatch(word) and not regular_ed or word in _AUX_IN_CUE:
            return True
    return False


# after a relative clause set off by commas, the main clause's verb: ", spoke for the first
# time", ", was arrested"; never ", worried and angry" (a list) or ", he said"
# the sentence's own predicate after a relative clause closed by a comma inside a closing
# quotation mark, or after an adverb: "Beck, who has in the past described Trump as "a
# pathological narcissistic sociopath" ... whose presidency "will lead to civil war or worst,"
# clearly intended the Indiana audience to ..."
_PREDICATE_AFTER_QUOTE_OR_ADVERB = compile_on_use(
    r"(?:,|(?<=\x01))\s+(?:[a-z]+ly\s+)?(?:was|is|were|are|has|had|have|will|would|could|can|"
    r"did|does|spoke|said|told|[a-z]+ed)\s+(?!and\b|or\b)[a-z]"
)


def _relative_predicate(text: str, masked: str, start: int, end: int) -> int | None:
    """Where the sentence's own predicate starts after the relative clause holding a claim
    ("Nichols, who argued he was insane, spoke for the first time"), or None: after a comma of
    the writer's or one inside a quotation's closing mark, with an adverb or none before it."""
    predicate = _PREDICATE_AFTER_RELATIVE.search(masked, start, end)
    if predicate is None:
        predicate = next(
            (
                p
                for p in _PREDICATE_AFTER_QUOTE_OR_ADVERB.finditer(masked, start, end)
                if masked[p.start()] == "," or text[p.start() - 2 : p.start()].startswith(",")
            ),
            None,
        )
    return predicate.start() if predicate is not None else None


_MAIN_PREDICATE = compile_on_use(
    r",\s+(?:was|is|were|are|has|had|have|will|would|could|can|did|does|spoke|said|told|went|"
    r"made|took|came|gave|left|won|lost|met|wrote|found|held|became|began|faces|[a-z]+ed)"
    r"\s+(?!and\b|or\b)[a-z]"
)
# the same after a relative clause that holds a claim, with more of the verbs a subject takes
# and what may follow them: a name ("Sanders, who had said ..., criticized Clinton"), or the
# sentence's end ("Mr. Borges, who predicted ..., left."); a modal ("Trump, who has accused
# ..., may have"); a present tense in -s that plans, wishes and beliefs take ("Clinton, who
# announced ..., plans to focus"); an adverb before the verb ("Page, who claimed ..., also
# studied acting"). Never a time after a participle ("the men, arrested Tuesday, were")
_PREDICATE_AFTER_RELATIVE = compile_on_use(
    r",\s+(?:(?:also|still|later|now|[a-z]+ly)\s+)?"
    r"(?:was|is|were|are|has|had|have|will|would|could|can|may|might|must|should|cannot|"
    r"did|does|spoke|said|told|went|made|took|came|gave|left|won|lost|met|wrote|found|held|"
    r"became|began|faces|says|plans|wants|hopes|believes|thinks|remains|continues|insists|"
    r"[a-z]+ed)"
    r"(?:\s+(?!and\b|or\b)(?:[a-z]|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Z])|\s*$)"
)


_DETERMINERS = words("determiners")


_MODIFIER_STOPS = PREPOSITIONS | _SUBJECT_PRONOUNS | frozenset(
    ["to", "that", "him", "them", "me", "us", "her", "as", "than", "and", "or", "when", "while",
     "because", "if", "who", "which", "where", "after", "before", "since", "until", "why",
     "how", "what", "whether", "whom", "whose"]
)  # fmt: skip
_STRICT_AUXILIARY = compile_on_use(
    rf"(?:{FINITE_AUXILIARIES}|did|does)(?:n[’']t)?|(?:won|can)[’']t", re.IGNORECASE
)


def _modifier_then_verb(found: list[str]) -> bool:
    """Whether the -ed, -ing or -ly word opening the words `found` belongs to the subject
    ("Registered voters won't help ...", "Undeclared voters aren't likely to ...", "Ranking
    Democrat Elijah E. Cummings (Md.) is waiting ...", or is it: "Italy will ..."): a short run
    of words with no preposition, determiner, pronoun or comma, then a finite verb. "Asked
    about the plan, ...", "Speaking Tuesday, ...", "Growing sharper as he spoke, ...",
    "Explaining why Hitachi's Emiew used wheels, ..." and "Hastily, ..." stay adverbials."""
    if len(found) < 3 or found[0].endswith(","):
        return False
    if found[0][:1].isupper() and _STRICT_AUXILIARY.fullmatch(found[1]):
        return True  # "Italy will", "Kelly was": a name
    return _verb_after_phrase(found, 2)


def _verb_after_phrase(found: list[str], verb_from: int) -> bool:
    """Whether a finite verb follows the first word of `found` after a short run of words with
    no preposition, determiner, pronoun or comma, at index `verb_from` or later."""
    for k, word in enumerate(found[1:8], start=1):
        lowered = word.lower()
        if k >= verb_from and (
            _STRICT_AUXILIARY.fullmatch(lowered) or FINITE_WORD.fullmatch(lowered)
        ):
            return True
        if (
            not lowered[:1].isalnum()
            and not lowered.startswith("(")
            or lowered.endswith((",", ";", ":"))
            or lowered in _MODIFIER_STOPS
            or lowered in _DETERMINERS
        ):
            return False
    return False


# a count opening the subject, not an adverbial: "At least two homes were flattened", "Up to
# 40 people were hurt", "More than 3,000 people were killed"
_COUNTED_OPENING = compile_on_use(
    r"(?:At\s+least|At\s+most|Up\s+to|More\s+than|Fewer\s+than|Less\s+than|As\s+many\s+as)\s+"
    r"(?:\d|(?:a\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozen|dozens|hundred|hundreds|thousand|thousands|half|third|quarter)\b)"
)


def _adjective_then_subject(masked: str, start: int, end: int, found: list[str]) -> bool:
    """ "Divorced parents seeking access to their children are often disadvantaged", "Increased
    resources and a reduction in the use of imprisonment was needed": an -ed word before a
    lower-case noun is an adjective of the subject when no comma follows and a form of "be"
    or "have" is the clause's verb; "Asked about the plan" has none."""
    return (
        len(found) >= 4
        and found[0].lower().endswith("ed")
        and found[1][:1].islower()
        and found[1].lower() not in PREPOSITIONS
        and found[1].lower() not in _DETERMINERS
        and "," not in masked[start:end]
        and MASK not in masked[start:end]
        and any(_STRICT_AUXILIARY.fullmatch(word) for word in found[2:])
    )


def _two_finites(lowered: list[str]) -> bool:
    """Whether the words hold two finite verbs, an -ed word aside (it may be an adjective)."""
    finite = [
        w
        for w in lowered
        if (FINITE_WORD.fullmatch(w) and not w.endswith("ed")) or w in _AUX_IN_CUE
    ]
    return len(finite) >= 2


def _is_clause(masked: str, start: int, end: int, need_verb: bool = True) -> bool:
    """Whether masked[start:end] can be reported content: a clause, not an adverbial
    ("With 214 delegates at stake", "Asked about the plan", "At one point", "Friday morning").

    Before ", she said" a clause is likely enough that a verb is only required of short ones.
    """
    found = masked[start:end].split()
    if not found:
        return False
    opener = found[0].strip(",")
    if _gerund_or_adverb_then_clause(masked, start, end, opener.lower()):
        return True
    if _COUNTED_OPENING.match(masked, start, end):
        return bool(has_finite(masked, start, end))  # "At least two homes were flattened"
    if opener.lower() in _ADVERBIAL_OPENERS or opener.lower() == "to":
        return False  # "To reflect this new thrifty environment, we asked": a purpose
    if (
        NOT_IN_PHRASE.match(opener.lower())
        and not _modifier_then_verb(found)
        and not _adjective_then_subject(masked, start, end, found)
    ):
        return False
    if (
        CALENDAR.match(opener)
        # "November saw an improvement in export levels": the month is the subject
        and not (len(found) > 2 and FINITE_WORD.fullmatch(found[1].lower()))
    ) or opener.lower() in ("later", "earlier", "then", "now"):
        return False
    if found[-1].lower().strip(",.") in (
        "later",
        "earlier",
        "ago",
        "afterward",
        "afterwards",
    ) and not STRICT_FINITE.search(masked, start, end):
        return False  # "A few minutes later"; not "He had just welcomed a baby three weeks ago"
    if not need_verb and len(found) >= 5:
        return True
    return bool(has_finite(masked, start, end))


# the comma after a cue, perhaps after whom the words were told: ", them,", ", reporters,"
_ADDRESSEE_THEN_COMMA = compile_on_use(
    r"(?:\s+(?:him|her|them|us|me|reporters|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}))?\s*,\s*"
)


def _speaker_inside(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    pre: str,
    cue_end: int,
    s_end: int,
) -> tuple[int, int, str] | None:
    """ "The plan, Smith said, would fail.": the claim is both halves around the attribution.

    The span covers the attribution too (claims are contiguous), like a split quote.
    """
    if not pre.endswith(",") or MASK in pre:
        return None
    head = pre[:-1].strip()
    if not head or len(head.split()) > 8 or has_finite(head):
        return None
    if head.split()[0].lower().strip(",") in _ADVERBIAL_OPENERS or CALENDAR.match(head.split()[0]):
        return None
    # "The solution, the partner told them, was simple.": whom they told may come first
    rest = _ADDRESSEE_THEN_COMMA.match(masked[cue_end:s_end])
    if rest is None:
        return None
    tail_start = cue_end + rest.end()
    if not FINITE_WORD.match(masked, tail_start, s_end):
        return None  # the second half must go on with the verb: ", would fail"
    s, whole_end = _trim(text, s_start, s_end)
    s, e, kind, _ = _partial_or_mixed(masked, quotes, s, whole_end)
    if e < whole_end and masked[cue_end:tail_start].strip(" ,"):
        return None  # "The solution, Smith told reporters, ...": read as a clause of its own
    return s, e, "indirect" if kind == "direct" else kind


# After the reporting clause, up to the second half's mark: ', "', and with a conjunction that
# joins the speaker's two halves (', but "when it comes to ...', ', and "clear consequences')
_SPLIT_QUOTE_FRAME = compile_on_use(
    r"[^\x01.;]{0,60}?[,:]\s*(?:(?:and|but)\s+(?:(?:still|also|then)\s+)?)?(?=\x01)"
)


# an inverted speaker's name (or what follows it) and a role long enough to pass the frame's
# sixty characters:
# '"The risk," said Edward Leamer, an economist who is the director of the UCLA Anderson
# Forecast, "is that ..."'
_SPLIT_FRAME_WITH_ROLE = compile_on_use(
    r"(?:\s+(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*)?\s*,\s+(?:a|an|the)\s[^\x01.;:,]{0,140}?,\s*"
    r"(?=\x01)"
)


# a frame that says where the words were written and why, with a participle, too long for the
# sixty characters: '"Many people are uncertain in this election year," Thiel wrote in a
# statement to Wired explaining why he is speaking at the convention, "but most Americans ..."'
_SPLIT_FRAME_WITH_PARTICIPLE = compile_on_use(
    r"[^\x01.;,]{0,60}?\s(?:explaining|adding|noting|arguing|responding|referring)\s"
    r"[^\x01.;,]{1,80},\s*(?=\x01)"
)


# after a split quotation's frame, the verb its first half's subject still needs, in the
# writer's words: '"Only you, Dinesh," she said, would use ...'
_UNQUOTED_CONTINUATION = compile_on_use(rf"\s*,\s+(?=(?:{FINITE_AUXILIARIES})\s+(?:not\s+)?[a-z])")


# After a speaker set off by commas, the rest of the sentence that is still the claim's:
# "..., they say, but he is still an effective advocate" (a contrast with its own subject)
_BUT_CLAUSE_AFTER_FRAME = compile_on_use(
    r"\s*,\s+but\s+(?=(?:he|she|it|they|we|I|you|there|the|a|an|his|her|their|its|this|these|"
    r"those|some|many|most|[A-Z][a-z]+)\s)"
)
# a join left at the end of content before a frame set off by commas ("... after, police say,
# pointing a gun", "... last week and, Payton said, everyone ...", "... seriously because,
# said Mr Goosens, they are reported ..."): the clause it opens comes after the frame
_JOIN_BEFORE_FRAME = compile_on_use(
    r"\s(and|but|or|after|before|because|since|while|whereas|although|though|until|unless|that)$"
)
_COMMA_AFTER_FRAME = compile_on_use(r"\s*,\s*(?=\S)")
# joins that open a participle or a noun phrase as well as a clause ("after pointing a gun")
_NON_FINITE_JOINS = frozenset(["after", "before", "since", "while", "although", "though", "until"])
# "..., she said, but also the flow of illegal drugs": the second half of "not only ... but also"
_BUT_ALSO_AFTER_FRAME = compile_on_use(r"\s*,\s+but\s+also\s+(?=[a-z])")
# "Any attempt to debunk him, he said, becomes hopeless", "The adjustment, they concluded, never
# happened": the verb the subject before the frame still waits for (an adverb perhaps first)
_PREDICATE_AFTER_FRAME = compile_on_use(
    rf"\s*,\s+(?=(?:(?:never|still|also|only|already|now|not|soon)\s+)?"
    rf"(?:(?:{FINITE_AUXILIARIES}|did|does)\b|[a-z]{{3,}}(?<!ss)(?<!ous)(?<!ing)(?:es|s|ed)\b))"
)


# what someone does about a claim rather than says in it: "but Smith disagreed", "but he
# declined to give details", "but the governor has yet to respond"
_ANSWERING_WORDS = frozenset(
    ["declined", "refused", "disagreed", "disputed", "denied", "rejected", "dismissed",
     "countered", "respond", "responded", "comment", "commented", "elaborate"]
)  # fmt: skip


def _someone_answers(first_words: list[str]) -> bool:
    """Whether the first words of a "but" clause report or answer, as the writer's narration
    does ("but his spokesman later said ...", "but Smith disagreed"), not the speaker's claim."""
    forms = reporting_verb_forms()
    bare = (w.strip(".,;:") for w in first_words)
    return any(w in forms or w in _ANSWERING_WORDS for w in bare)


def _join_goes_on_after_frame(
    masked: str, content: tuple[int, int], after_frame: int, s_end: int
) -> int | None:
    """Where the claim takes up again after a frame set off by commas right after a join that
    ends the content before it ("... was shot and killed on Saturday night after, police say,
    pointing a gun at approaching cops", "... more seriously because, said Mr Goosens, they
    are reported in the press much more"), or None: the join opened a clause the frame sits
    inside, and the words after the frame are what the speaker vouches for. "after", "since"
    and the like may open a participle ("after pointing"); "and", "because", "that" need a
    clause with a verb or a quotation."""
    stub = _JOIN_BEFORE_FRAME.search(masked, content[0], content[1])
    if stub is None:
        return None
    comma = _COMMA_AFTER_FRAME.match(masked, after_frame, s_end)
    if comma is None or len(masked[comma.end() : s_end].split()) < 2:
        return None
    if (
        stub.group(1) in _NON_FINITE_JOINS
        or MASK in masked[comma.end() : s_end]
        or has_finite(masked, comma.end(), s_end)
    ):
        return comma.end()
    return None


def _claim_goes_on_after_frame(
    masked: str, content: tuple[int, int], after_cue: int, s_end: int
) -> int | None:
    """Where the claim takes up again after "X said," set off by commas in mid-sentence, or
    None. Without its second half the claim is a stub ("The presumed adjustment" for "The
    presumed adjustment, they concluded, never happened"), so the rest must be kept; but only
    when the rest plainly belongs to the claim: the predicate its subject still lacks, or a
    "but" clause with a subject of its own. What else follows such a frame ("..., he said,
    citing the data", "..., adding that ...", "..., on condition of anonymity") is the
    writer's, and stays out."""
    start, end = content
    joined = _join_goes_on_after_frame(masked, content, after_cue, s_end)
    if joined is not None:
        return joined
    but = _BUT_CLAUSE_AFTER_FRAME.match(masked, after_cue, s_end)
    if (
        but is not None
        and has_finite(masked, but.end(), s_end)
        and not _someone_answers(masked[but.end() : s_end].split()[:7])
    ):
        return but.start() + masked[but.start() : but.end()].index("but")
    if (
        "not only" in masked[start:end]
        and (also := _BUT_ALSO_AFTER_FRAME.match(masked, after_cue, s_end)) is not None
    ):
        return also.start() + masked[also.start() : also.end()].index("but")
    opening = masked[start:end].split()[:1]
    if (
        len(masked[start:end].split()) >= 3
        and opening
        and opening[0].lower() not in PREPOSITIONS | _SUBORDINATORS_OPENING
        and not has_finite(masked, start, end)
        and (predicate := _PREDICATE_AFTER_FRAME.match(masked, after_cue, s_end)) is not None
        and MASK not in masked[predicate.end() : s_end]
    ):
        return predicate.end()
    return None


def _split_quote_end(masked: str, quotes: list[Quote], after: int, s_end: int) -> Quote | None:
    """The second half of a split quote ("X," he said, "Y.") that follows the reporting clause."""
    tail = masked[after:s_end]
    m = (
        _SPLIT_QUOTE_FRAME.match(tail)
        or _SPLIT_FRAME_WITH_ROLE.match(tail)
        or _SPLIT_FRAME_WITH_PARTICIPLE.match(tail)
    )
    if m is None:
        return None
    at = after + m.end()
    for q in quotes:
        if q.open_at == at:
            return q
    return None


# Reporting-verb forms that are also common nouns ("a news report", "a dozen states").
_NOUN_LIKE_CUES = verb_class("noun_like")


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"


# after a frame that follows its content, a reason or condition that goes on with it: ", he
# said, because ...", ", officials said Tuesday, although ..."
_REASON_AFTER_FRAME = compile_on_use(
    r"(?:\s+(?:on\s+)?" + _WEEKDAY + r")?\s*,\s+"
    r"(?=(?:because|although|though|unless|even\s+though|even\s+if)\s)"
)


# When, where or how it was said, between the subject and the cue: "Smith on Tuesday said",
# "Legislative leaders, for instance, noted", "Exxon in a statement said".
_ASIDE_BEFORE_CUE = compile_on_use(
    r"(?:\s*,\s*(?:for\s+(?:instance|example)|however|meanwhile|though|too|in\s+turn|in\s+fact|"
    r"also|likewise|of\s+course|(?:in|on|at|during)\s+(?:a|an|his|her|their|its|the)\s+"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,4}|(?:on\s+|last\s+|early\s+|late\s+)?" + _WEEKDAY + r")\s*,"
    r"|\s+(?:on\s+|last\s+|early\s+|late\s+)?" + _WEEKDAY + r"|\s+(?:in|on)\s+(?:early\s+|late\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\s+in\s+\d{4}"
    r"|\s+(?:last|this|earlier\s+this)\s+"
    r"(?:week|month|year)|\s+in\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:statement|interview|letter|"
    r"e-?mail|tweet|post|speech|release|video|op-ed|memo|filing))\s*$"
)


def _subject_before_time(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The subject before a time, a setting or an adverb between it and the cue ("Trump on
    Tuesday called ...", "Sanders, meanwhile, hopes that ...", "Trump in a speech said ...")."""
    aside = _ASIDE_BEFORE_CUE.search(masked, max(s_start, cue_start - 80), cue_start)
    if aside is None or aside.start() <= s_start:
        return None
    return subject_before(masked, s_start, aside.start())


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


_SUBORDINATORS_OPENING = frozenset(
    ["when", "while", "whereas", "if", "even", "although", "though", "as", "after", "before",
     "since", "because", "until", "once", "despite", "unless", "whether", "now", "still"]
)  # fmt: skip


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
    r"(?:(?:But|And)\s+)?(?:While|Though|Although|Even\s+though|Whereas|Because|Since)\s+"
)


def _subject_after_subordinator(
    masked: str, s_start: int, cue_start: int
) -> tuple[int, int] | None:
    """ "While old Iowa political hands say there is a benefit ..., it is costly", "Though
    executives who have worked with Lachlan Murdoch say they assume ...": the subject of a
    subordinate clause that opens the sentence, read as one opening a sentence. Not after "If"
    or "Unless" ("If the police say the suspect was armed": nothing was said)."""
    opening = _SUBORDINATE_OPENING.match(masked, s_start, cue_start)
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
_QUANTIFIER_SUBJECT = compile_on_use(
    r"(?:[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Oo]thers|[Ff]ew|[Bb]oth|[Aa]ll|[Ee]ach|[Nn]one|"
    r"[Aa]nother|[Oo]ne)"
    r"(?:\s+of\s+(?:them|those|these|the\s+[a-z]+)"
    r"|\s+but\s+(?:one|two|three|four|five|a\s+few|a\s+handful|\d+))?"
)


# a whole that a subject is excepted from: "Everyone but", "all except", "no one but"
_EXCEPTED_BEFORE = compile_on_use(
    r"(?<![\w’'])(?:[Ee]veryone|[Ee]verybody|[Aa]ll|[Nn]o\s+one|[Nn]obody|[Nn]one|[Ee]ach|"
    r"[Aa]nyone)\s+(?:but|except)\s+$"
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


# acts whose subject may be a long phrase as a saying's may, and the families read after them:
# calls ("Sen. Bernie Sanders on Wednesday morning also called upon the U.S. to press China",
# "Sanders supporters have long called for"), questions ("At the townhall, a young woman who
# had been an exchange student in Montana asked Obama what he thought of ...")
_LONG_SUBJECT_ACTS = {"urge": "call", "ask": "question"}
# a poll's share of the people it counts opens the subject: "Large majorities of Republican
# primary voters in six states going to the polls on Super Tuesday said", "More than half of
# respondents in the USA TODAY/Suffolk poll said"; who was asked and where takes more words
_SHARE_OPENING = compile_on_use(
    r"(?:[\w-]+\s+){0,2}?(?:majorit(?:y|ies)|half|percent|\d+%|thirds?|quarters?)\s+of\s",
    re.IGNORECASE,
)
_LONG_SHARE_WORDS = 18


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
    limit = _LONG_SHARE_WORDS if _SHARE_OPENING.match(phrase) else 14
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


# "business leaders who say", "commentators who have suggested", "18% who say": a restrictive
# relative
_WHO_BEFORE_CUE = compile_on_use(
    r"(?<=[\w’'%])\s+who\s+(?:(?:have|has|had|also|still|now|often|long|[a-z]+ly)\s+)*$"
)


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


_NP_STOP_WORDS = frozenset(
    ["the", "a", "an", "some", "many", "most", "all", "and", "or", "of", "from", "to", "by",
     "for", "with", "among", "about", "on", "in", "at", "that", "echo", "echoing"]
)  # fmt: skip


_OPENING_ADVERBIAL = compile_on_use(
    r"\s*(?:(?:But|And|So|Yet|Still|Now)\s+)?(?:(?:(?:Late|Early)\s+)?(?:Last|This|Earlier|Later|Next|"
    r"last|this|next|earlier|later)\s+(?:week|month|year|summer|spring|fall|winter)|(?:In|On|At|During|After|Before|Since)\s+"
    r"[^,;\x01]{1,40}?|(?:Indeed|However|Meanwhile|Still|Yet|Instead|Also))\s*,\s*"
    # "On Wednesday, however, the director of ...": a connective set off after the adverbial
    r"(?:(?:however|meanwhile|though|too|also|in\s+turn|in\s+fact|for\s+example)\s*,\s*)?"
)


# a finite verb in an aside that no relative pronoun introduces
_VERB_OUTSIDE_RELATIVE = compile_on_use(
    r",\s+(?!(?:(?:for|of|to|with|from|by|in|among)\s+)?(?:who|which|whose|whom|that|where|when)\b)"
    r"(?:[^,;\x01]*?\s)?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|do|does|did|not)\b"
)
_BARE_NAME = compile_on_use(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")
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


# the end of an aside before its cue: "..., said", "..., last week said", "..., initially said"
_ASIDE_END = compile_on_use(
    r",\s*(?:(?:[a-z]+ly|also|even|later|once|then|last\s+week|(?:on\s+)?" + _WEEKDAY + r")\s+)?"
    r"(?:(?:has|have|had)\s+)?$"
)


# a dash that closes an aside before its cue: "... which has endorsed Sanders - said"
_DASH_ASIDE_END = compile_on_use(r"\s(?P<dash>—|–|--|-)\s*(?:(?:[a-z]+ly|also|later|then)\s+)?$")


def _after_label(masked: str, s_start: int, cue_start: int) -> int:
    """Where a sentence opened by a short label and its colon goes on ("Focus on security:
    Trump, who is seen as a stronger leader than Clinton, hopes ..."): after the colon when
    a capital follows it and no comma comes before it, else the sentence's start."""
    colon = masked.find(": ", s_start, cue_start)
    if colon < 0 or "," in masked[s_start:colon] or not masked[colon + 2 : colon + 3].isupper():
        return s_start
    return colon + 2


# a short parenthesis right after a name: "Sen. Ted Cruz (R-Texas)"
_PARENTHESIS_NEXT = compile_on_use(r"\s*\([^()\x01]{1,40}\)")


def _name_before_aside(
    masked: str, s_start: int, cue_start: int, quoted_comma: bool = False
) -> tuple[int, int] | None:
    """ "Wilcox, whose education ... was paid for by the military because ..., said", "Circuit
    Court Judge David McKeague, writing for the majority in the 2-1 decision, said": a name
    opens the sentence, a comma follows it, and whatever aside comes next (relative clauses,
    participles, several commas) closes with a comma right before the cue; the name speaks."""
    dash = _DASH_ASIDE_END.search(masked, max(s_start, cue_start - 30), cue_start)
    if (
        not quoted_comma
        and not _ASIDE_END.search(masked, max(s_start, cue_start - 30), cue_start)
        and dash is None
    ):
        return None
    start = after_openers(masked, _after_label(masked, s_start, cue_start), cue_start)
    name = subject_after(masked, start, cue_start)
    if name is None or not masked[name[0] : name[0] + 1].isupper():
        name = _name_after_subordinator(masked, start, cue_start)
    if name is None or not masked[name[0] : name[0] + 1].isupper():
        return None
    opening = masked[name[0] : name[1]].split()[0].lower()
    if opening in words("function_words") or opening in pronoun_classes():
        return None
    if cue_start - name[1] > 500:
        return None  # fifty words at most
    parenthesis = _PARENTHESIS_NEXT.match(masked[name[1] : cue_start])
    aside = masked[name[1] + (parenthesis.end() if parenthesis else 0) : cue_start]
    if not aside.startswith(",") or not 2 <= len(aside.split()) <= 50 or ";" in aside:
        return None  # "And Trump, said Sunshine, ...": no aside, the speaker comes after
    if (
        dash is not None
        and not _ASIDE_END.search(masked, max(s_start, cue_start - 30), cue_start)
        and aside.count(dash.group("dash")) < 2
    ):
        # "Neil Sroka, communications director of ..., or DFA - which was founded by ... -
        # said": a dash closes the aside only when the same dash opened a part of it
        return None
    return name


# a subordinator, then a capitalised word: the clause opens with its subject ("... when Mrs.
# Clinton, in response to ..., accused him"); not "such as" or "as well as", which open a list
# ("countries, such as Indonesia, Sri Lanka or the Maldives, do not ..., said an expert")
_SUBORDINATOR_THEN_NAME = compile_on_use(
    r"\b(?:when|after|before|(?<!such\s)(?<!well\s)as|because|while|since|though|although|"
    r"until|once)\s+(?=[A-Z])"
)


def _name_after_subordinator(masked: str, start: int, cue_start: int) -> tuple[int, int] | None:
    """ "The turn started last week when Mrs. Clinton, in response to Mr. Trump's use of a crude
    reference to describe her loss, accused him of ...": the name that opens a subordinate
    clause, an aside after it, and the cue. The last such name before the cue, and only when
    a comma follows it right away (the aside's); what `_name_before_aside` checks of the aside
    then holds for it too."""
    if masked.find(",", start, cue_start) < 0:
        return None
    name = None
    for opening in _SUBORDINATOR_THEN_NAME.finditer(masked, start, cue_start):
        found = subject_after(masked, opening.end(), cue_start)
        if found is not None and masked.startswith(",", found[1]):
            name = found
    return name


def _name_after_opening_quote(
    text: str, masked: str, s_start: int, cue_start: int
) -> tuple[int, int] | None:
    """ "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland,
    wearing a cowboy hat and “Ted Cruz” campaign pins, said", "“...,” Anne Richards, assistant
    secretary of state for population, refugees, and migration, said": the sentence opens with
    a quotation closed by its comma (a few words before it at most: "The new plans “...,”"),
    then a name, then an aside between commas that
    `_named_pair_before_comma` cannot read as one role; the name speaks the quotation. The
    aside must open in lower case, so a list of names ("“...,” Obama, Clinton and Sanders
    said") never leaves its first name as the speaker."""
    at = masked.find(MASK, s_start, cue_start)
    if at < 0 or "," in masked[s_start:at] or len(masked[s_start:at].split()) > 6:
        return None  # the quotation, or a few words and the quotation, open the sentence
    close = at
    while close < cue_start and masked[close] == MASK:
        close += 1
    if not _aside_ends_in_quote(text, masked, at, close):
        return None  # the quotation's own comma: it ends where the speaker's phrase begins
    name = _name_before_aside(
        masked, close, cue_start, _aside_ends_in_quote(text, masked, close, cue_start)
    )
    if name is None:
        return None
    aside = masked[name[1] : cue_start].lstrip(" ,")
    return name if aside[:1].islower() else None


# a break in what follows a cue, then a lower-case word that may be the main clause's verb
# ("..., vowed to fight on", "... media markets - took to the airwaves")
_MAIN_PREDICATE_RESUMES = compile_on_use(r"(?:,|\s(?:--?|[—–]))\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def _name_before_subordinate_participle(
    masked: str, floor: int, opening: re.Match[str]
) -> tuple[int, int] | None:
    """ "Mr. Sanders, after initially saying he would not advertise on television ...": a name
    and its comma open the sentence right before "after", "while" or "before" and the
    participle; the name is the main clause's subject, who said it."""
    if not opening.group(1):
        return None
    return _opening_name_before(masked, floor, opening.start(1))


def _name_before_aside_and_verb(masked: str, floor: int, end: int) -> tuple[int, int] | None:
    """ "Sen. Mark Kirk, R-Ill., who faces a tough re-election battle in his home state,
    rescinded his endorsement of Trump, saying": the name before an aside is the subject of the
    main verb after it, and so of the participle at `end`."""
    predicate = _MAIN_PREDICATE.search(masked, floor, end)
    if predicate is None or masked.find(",", predicate.end(), end) < 0:
        return None
    verb_at = _skip_blank(masked, predicate.start() + 1)
    if masked.find(",", predicate.end(), end) != masked.rfind(",", predicate.end(), end):
        return None  # one clause between the verb and the participle's comma, no more
    return _name_before_aside(masked, floor, verb_at)


def _aside_ends_in_quote(text: str, masked: str, s_start: int, cue_start: int) -> bool:
    """ "Mr. Manafort, citing "the unique magic of Trump," said": an aside that closes with a
    quotation whose comma sits inside the marks, where the masked text shows no comma."""
    close = s_start + len(masked[s_start:cue_start].rstrip())
    if close <= s_start or masked[close - 1] != MASK:
        return False
    mark = close
    while mark > s_start and text[mark - 1] in "\"”’'":
        mark -= 1  # the closing mark: one character, or two for ''
    return text[mark - 1 : mark] == ","


# "Democratic leaders — and, in particular, Senate Minority Leader Harry Reid — insisted": a
# subject opening the sentence, an aside between two dashes of one kind, then the cue
_DASHED_ASIDE = compile_on_use(
    r"(?:(?:But|And|So|Yet|Still|Now)\s+)?(?P<np>[^—–―\x01;:,()]{2,90}?)"
    # a list of examples may end the phrase: "Other prominent Republicans, like Richard
    # Armitage, Henry Paulson and Brent Scowcroft ― three former ... big shots ― have also said"
    r"(?P<examples>,\s+(?:like|including|such\s+as)\s+[^—–―\x01;:()]{2,120}?)?"
    r"\s+(?P<dash>—|–|―|--|-)\s+"
    # adverbs and auxiliaries between the closing dash and the cue: "— have long argued"
    r"[^;]{3,200}?\s*(?P=dash)\s*"
    r"(?:(?:[a-z]+ly|also|then|later|now|has|have|had|long|often|always|already|both|all)\s+){0,3}$"
)


def _people_described(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """ "Insiders in the next two states — Nevada and South Carolina — said", "Three-in-five
    GOP insiders across the four states — and ... — said": the words from `start` to `end`
    as one long subject, when people or a speaker's noun head them and a preposition follows
    the head ("Trump beat Clinton" is a clause, no description)."""
    found = _long_subject(masked, start, end, after_adverbial=True)
    if found is None or found[0] != start or masked[found[1] : end].strip():
        return None
    words_in = masked[start:end].split()
    head, at = _head_of(words_in)
    if at == len(words_in) - 1 or at and head != head.lower():
        return None  # no description after the head; or a name's word ("Trump Tower")
    return found if _speaker_noun(head) else None


def _subject_before_dashes(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase before a dashed aside that separates it from the cue: the phrase must be
    all the sentence has before the first dash, after its openers at most ("On Friday, Gingrich
    — mentioned by Newsmax as ... — told"), with no verb, so the aside cannot be a clause of a
    subject further back."""
    start = after_openers(masked, s_start, cue_start)
    match = _DASHED_ASIDE.match(masked, start, cue_start)
    comma = masked.find(",", start, cue_start)
    if match is None and comma >= 0:
        # "Reached by phone on Tuesday, Joyce — who is listed as an attorney ... — told"
        opening = start
        start = _skip_blank(masked, comma + 1)
        if _opener_only(masked, s_start, start, speech=True) or _FRONTED_CLAUSE.match(
            masked, opening, comma
        ):
            # "Even if Clinton can't catapult over Sanders in New Hampshire, insiders in the next
            # two states — Nevada and South Carolina — said": a leading clause, then the subject
            match = _DASHED_ASIDE.match(masked, start, cue_start)
    if match is None:
        return None
    phrase_end = match.end("examples") if match.group("examples") else match.end("np")
    if STRICT_FINITE.search(masked, match.start("np"), phrase_end):
        return None
    subject = subject_before(masked, s_start, match.end("np"))
    if subject is None:
        return _people_described(masked, match.start("np"), match.end("np"))
    opening = masked[match.start("np") : subject[0]].split()
    if not all(_describes_the_name(word) for word in opening):
        # otherwise the phrase read from its start must end at the dash: "Trump beat Clinton
        # — ..." reads "Trump" and makes Clinton an object
        whole = subject_after(masked, match.start("np"), match.end("np"))
        if whole is None or whole[1] != match.end("np"):
            return _people_described(masked, match.start("np"), match.end("np"))
    subject = (match.start("np"), subject[1])
    if masked[subject[0] : subject[1]].lower() in pronoun_classes():
        return None
    return subject


def _describes_the_name(word: str) -> bool:
    """Whether a word before a name can be part of its noun phrase: a determiner, a capitalised
    word or a role ("GOP front-runner Donald Trump"); a lower-case verb ("Trump beat Clinton")
    cannot."""
    lowered = word.lower()
    return (
        lowered in words("determiners")
        or lowered.replace("-", "") in words("role_nouns")
        or word[:1].isupper()
        and lowered not in words("function_words")
    )


_POSSESSIVES = frozenset(["his", "her", "their", "its", "my", "our", "your"])
_VERB_THEN_THAT = compile_on_use(r"[a-z]+\s+that\s")
# a verb and the "that" that opens its clause, not a relative: "Byrne states that an
# assignment ...", never "Rust Belt states that have suffered"
_VERB_THEN_CLAUSE = compile_on_use(
    rf"[a-z]+\s+that\s+(?!(?:{FINITE_AUXILIARIES}|do|does|did|not)\b|[a-z]+ed\b)"
)


_PROGRESSIVE_BE = frozenset(["is", "are", "was", "were", "been", "be"])


# a plural noun-like cue, then a verb of speech or finding: "estimates indicate", "reports say"
_PLURAL_THEN_VERB = compile_on_use(r"[a-z]+s\s+(?:(?:also|now|[a-z]+ly)\s+)?([a-z]+)\b")
# a noun-like cue, then a finding's verb: "The WEF report shows that"
_SINGULAR_THEN_FINDING = compile_on_use(r"[a-z]+\s+(?:(?:also|now|[a-z]+ly)\s+)?([a-z]+)\b")


_SINGULAR_DETERMINERS = frozenset(["a", "an", "another", "each", "every"])
# a noun-like cue word followed by a finite verb of speech: "report said", "estimates show"
_REPORTING_VERB_NEXT = compile_on_use(
    r"[a-z]+\s+(?:(?:also|now|[a-z]+ly)\s+)?(?:said|says|found|finds|shows|showed|suggests|"
    r"suggested|concluded|concludes|warned|warns|claimed|claims|added|adds)\b"
)


def _heads_the_subject(masked: str, floor: int, before: Token) -> bool:
    """Whether a plural cue word before an auxiliary heads the sentence's subject ("EU member
    states are failing", "Press reports have speculated"): the word before it is a lower-case
    noun or opens the sentence. After a name further in ("which Yukos claims was illegally
    sold", "the countries the ADB fears are most at risk") the cue is a verb whose clause
    lost its subject to a relative."""
    if before.lower in pronoun_classes():
        return False
    return not before.capitalised or not masked[floor : before.start].strip()


_DO_SUPPORT = frozenset(["do", "does", "did"])
_CUE_ADVERBS_BEFORE = words("adverbs_before_cue")


def _adverb_after_subject(masked: str, toks: list[Token], at: int) -> bool:
    """Whether the words right before a noun-like cue at `at` are a subject and an adverb
    ("O'Malley frequently notes", "Trump also claims", "He often notes"): the cue is a verb.
    After a determiner the -ly word is an adjective ("the quarterly report"); a mark between
    ("California today.</tweet>") parts them."""
    if len(toks) < 2:
        return False
    adverb, subject = toks[-1], toks[-2]
    if not masked[adverb.end : at].isspace() or not masked[subject.end : adverb.start].isspace():
        return False
    if not (adverb.lower.endswith("ly") or adverb.lower in _CUE_ADVERBS_BEFORE):
        return False
    if subject.lower in _DETERMINERS or subject.lower in _POSSESSIVES:
        return False
    # "Sanders's supporters still question whether": a plural noun for people is a subject too
    return (
        subject.capitalised
        or subject.lower in ("he", "she", "they", "we", "i", "it")
        or subject.lower.endswith("s")
        and subject.lower in _PEOPLE_WORDS
    )


# the plural nouns for people that may head a subject before an adverb and a noun-like cue
_PEOPLE_WORDS = words("role_nouns") | words("group_nouns")


# after a noun-like cue, what shows it is a verb of speech: "that", a question, or a possessive
# or a name whose quality is questioned ("question Cruz's temperament")
_WHAT_IS_SAID_NEXT = compile_on_use(
    r"[a-z]+\s+(?:that|whether|if|why|how|what|who)\b|question\s+(?:[A-Z][\w.-]*\s+){0,2}"
    r"[\w.-]+[’']s\s"
)


def _noun_use(masked: str, floor: int, at: int) -> bool:
    """True when the word before a noun-like cue makes it a noun: "news report", "a claim"."""
    toks = tokens(masked, max(floor, at - 40), at)
    if not toks:
        return True
    before = toks[-1]
    if before.lower in _POSSESSIVES:
        return True  # "his claim", "her promises"
    if (
        before.lower == "to"
        and (
            _GOES_ON_TO.search(masked, max(floor, at - 30), at)
            or _made_to_speak(masked, floor, before.start)[0]
        )
        and _WHAT_IS_SAID_NEXT.match(masked, at)
    ):
        # "Trump continued to question whether ...", "went on to promise that", "leading law
        # enforcement authorities to question whether this was an isolated incident": a verb
        # the speaker keeps on or was made to; not "The Kiwis went on to claim the Cup"
        return False
    if (
        len(toks) > 1
        and toks[-2].lower in _SINGULAR_DETERMINERS
        and not before.lower.endswith("s")
        and not masked[at : at + 12].split()[0].endswith(("s", "ed"))
    ):
        return True  # "an official report says": one official would "report(s)" or "reported"
    if (
        _REPORTING_VERB_NEXT.match(masked, at)
        and masked[at : at + 12].split()[0] in _NOUN_LIKE_CUES
    ):
        return True  # "The FAO report said that": the head of the subject, not its verb
    verb_after = _PLURAL_THEN_VERB.match(masked, at)
    if verb_after is not None and (
        verb_after.group(1) in reporting_verb_forms()
        or _STRICT_AUXILIARY.fullmatch(verb_after.group(1))
        and _heads_the_subject(masked, floor, before)
    ):
        # "Initial estimates indicate that", "Early reports suggest", "EU member states are
        # failing": a subject
        return True
    finding = _SINGULAR_THEN_FINDING.match(masked, at)
    if finding is not None and finding.group(1) in _EVIDENCE_VERBS:
        return True  # "The WEF report shows that": the document, then its finding
    if before.lower in _PROGRESSIVE_BE and re.match(r"[a-z]+ing\b", masked[at : at + 30]):
        return False  # "Donald Trump is warning voters that": a verb in the progressive
    if _adverb_after_subject(masked, toks, at):
        return False  # "O'Malley frequently notes that", "Trump also claims", "He often notes"
    if before.lower in _DO_SUPPORT:
        # "but did note that he had won": a verb after "did"; after a modal ("must promise",
        # "would demand", "will note") it is one too, but what it reports is not yet said
        return False
    if before.text == "," and _VERB_THEN_THAT.match(masked, at):
        return False  # "Gerry O'Brien, a GOP political consultant, notes that": an aside's end
    if before.lower in pronoun_classes() and before.lower not in ("that", "which", "this"):
        return False
    if before.capitalised and (
        not masked.startswith("state", at) or _VERB_THEN_CLAUSE.match(masked, at)
    ):
        # "The Post reports"; but "Democratic state lawmakers" is the noun, and so is "a New
        # York Times report": a name after "a" modifies the noun
        name = len(toks) - 1
        while name > 0 and toks[name - 1].capitalised:
            name -= 1
        return name > 0 and toks[name - 1].lower in ("a", "an")
    if (
        before.lower.isalpha()
        and len(before.lower) > 3
        and before.lower.endswith("s")
        and not before.lower.endswith("ss")
        and masked[before.start - 1 : before.start] not in ("'", "’")
        and not masked[at : at + 12].split()[0].endswith(("s", "ed"))
        and _VERB_THEN_CLAUSE.match(masked, at)
    ):
        return False  # "Patient advocacy groups note that": a plural's verb, then its clause
    return before.lower not in words("role_nouns") and before.lower not in words("anonymous")


# bodies that speak as one: "The Turkish government claims ...", "the company states that";
# and documents that say what is in them: "the paper notes the government monitors ...", "The
# ad claims "Jeb is the conservative you can trust.""
_BODY_NOUNS = (
    words("organization_nouns")
    | words("evidence_nouns")
    | words("carrier_nouns")  # "The letter states that the company will close"
    | frozenset(["statement"])
)
_SUBJECT_OPENERS = (words("determiners") | frozenset(pronoun_classes())) - {"that"}


# a quotation right after a cue that ends the sentence
_QUOTATION_TO_THE_END = compile_on_use(rf"\s*:?\s*{MASK}+[\s.!?]*")


def _body_says(masked: str, floor: int, m: re.Match[str], s_end: int) -> bool:
    """Whether a noun-like cue in the third person is the verb of a body's noun right before it,
    as its clause right after shows ("The Turkish government claims Gulen runs a worldwide
    network", "the company states that it was not told"); without that clause it is the
    compound noun it looks like ("government claims were rejected", "company reports")."""
    word = m.group()
    if not word.endswith("s") or reporting_verb_forms().get(word) not in _CLAUSE_VERBS:
        return False  # "company reports", "party promises": objects as often as clauses
    toks = tokens(masked, max(floor, m.start() - 40), m.start())
    if not toks or toks[-1].lower not in _BODY_NOUNS or toks[-1].capitalised:
        return False
    if _VERB_THEN_THAT.match(masked, m.start()):
        return True
    if _QUOTATION_TO_THE_END.fullmatch(masked, m.end(), s_end):
        return True  # "The ad claims "Jeb is the conservative you can trust."": its words
    comma = masked.find(",", m.end(), s_end)
    stretch_end = comma if comma >= 0 else s_end
    following = masked[m.end() : stretch_end].split()[:1]
    # the clause opens with its subject: a name, a pronoun or a determiner; never a bare noun
    # ("the insurance company claims department is closed") nor a verb ("claims rose 5%")
    return (
        bool(following)
        and (following[0][:1].isupper() or following[0].lower() in _SUBJECT_OPENERS)
        and _is_clause(masked, m.end() + 1, stretch_end)
    )


_PARTICIPLE_VERBS = verb_class("participle")
_HEARER_OBJECT_VERBS = verb_class("hearer_object")


# The writer and the reader: their beliefs are the article's voice, not an attribution.
_NOT_BELIEVERS = frozenset(
    ["i", "we", "you", "me", "us", "one", "many", "some", "few", "each", "both", "all", "most"]
    + ["several", "neither", "either", "none", "others"]
    + ["someone", "somebody", "nobody", "anyone", "anybody", "everyone", "everybody"]
    + ["no"]  # "No doubt those in the Kodak will enjoy ...": an idiom, nobody doubts
)


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


def _no_stance_holder(masked: str, subject: tuple[int, int] | None) -> bool:
    """Whether a subject can hold no belief, finding or characterisation of its own: none
    found, the writer or reader, a quantifier ("most", "others"), or a nationality alone ("big
    British hope Kate Winslet walked away": "hope" is a noun there)."""
    if subject is None:
        return True
    said = masked[subject[0] : subject[1]].lower()
    return said in _NOT_BELIEVERS or said in demonyms()


# "is expected to", "was feared", "be thought": a passive belief has no believer in view.
_PASSIVE_BEFORE = compile_on_use(
    r"\b(?:is|are|was|were|be|been|being|[’']s|[’']re|seems?|seemed|appears?|appeared)\s+"
    r"(?:(?:[a-z]+ly|also|still|now|not|already|even|again)\s+)?$"
)


# a negated cue reports what was not said or believed: "did not say", "haven't said",
# "never claimed", "don't think"
_NEGATED_BEFORE = compile_on_use(
    r"(?:\b(?:not|never)|n[’']t)\s+(?:(?:[a-z]+ly|yet|even|always|ever|once)\s+)?$"
)


# (an emphatic "do" states the belief: "he does believe McConnell is correct")
# a finding not yet made: "records that would reveal", "an email that would have revealed"
_SEEMS_TO_BEFORE = compile_on_use(r"\b(?:seems|seem|seemed|appears|appear|appeared)\s+to\s+$")
_HYPOTHETICAL_BEFORE = compile_on_use(r"\b(?:would|could|might|may)\s+(?:not\s+|have\s+)*$")
_MODAL_BEFORE = compile_on_use(
    r"\b(?:may|might|would|could|should|must|can|will|[’']ll)\s+(?:not\s+)?$"
)
# adverbs between a subject and its verb: "He also wants", "Clinton now really hopes"
_ADVERBS_BEFORE = compile_on_use(r"(?:\b(?:also|still|now|really|just|only|even|[a-z]+ly)\s+)+$")


def _before_adverbs(masked: str, floor: int, at: int) -> int:
    found = _ADVERBS_BEFORE.search(masked, max(floor, at - 40), at)
    return found.start() if found else at


# A believer phrase right after these is the object of a preposition or sits in a relative or
# comparative clause, so it is not who holds the belief the sentence reports.
_NOT_BEFORE_BELIEVER = frozenset(
    ["in", "on", "of", "at", "for", "from", "with", "by", "to", "about", "among", "what", "how",
     "as", "than", "that", "which", "why", "where", "when", "whom", "if", "whether"]
)  # fmt: skip


# the progressive's auxiliary before a belief's -ing form: "is hoping", "’re expecting",
# "was still hoping"
_PROGRESSIVE_BEFORE = compile_on_use(
    r"(?:\b(?:is|are|was|were|am|been)|[’']s|[’']re)\s+(?:(?:still|also|now|already|[a-z]+ly)\s+)?$"
)
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


def _impersonal(subject: str, adjective: str) -> bool:
    """Whether the subject of an adjective of belief is nobody: "there", "this", or "it" before
    an adjective tagged impersonal ("It is certain that ..."; but "It is concerned that the
    ruling could threaten ..." is a body's concern)."""
    if subject in ("there", "this"):
        return True
    return subject == "it" and "impersonal" in belief_adjectives().get(adjective, ())


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


# a relative clause set off by commas right before a phrase: ", which votes next week, "
_RELATIVE_ASIDE_BEFORE = compile_on_use(r",\s*(?:which|who)\s[^,;:\x01]{1,80},\s*$")


# "in the hope", "in hopes": an aim of the main clause's act; "of" and a gerund may name it
_HOPE_NOUNS = frozenset(["hope", "hopes"])
_IN_HOPE_BEFORE = compile_on_use(r"\bin\s+(?:the\s+)?$")
_OF_GERUND = compile_on_use(r"\s+of\s+(?=[a-z]+ing\b)")
_NEXT_PARTICIPLE = compile_on_use(r",\s+(?:[a-z]+ing|but|while|although|though)\b")


def _hoped_act(
    text: str, masked: str, quotes: list[Quote], start: int, s_end: int
) -> tuple[int, int, str, str]:
    """ "in hopes of connecting directly with grassroots supporters": the aim after "of", as
    "hoping to" has one; a participle or a clause after a comma is no part of it ("...,
    wandering from ...", "..., but most of these efforts have ended in disappointment")."""
    s, e = _trim(text, start, s_end)
    act = _NEXT_PARTICIPLE.search(masked, s, e)
    s, e = _trim(text, s, act.start() if act is not None else e)
    return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-to")


def _gap_predicate(
    text: str, masked: str, quotes: list[Quote], start: int, s_end: int
) -> tuple[int, int, str, str]:
    """ "which he believes will make it impossible ...": the predicate a relative clause's
    believer holds of its noun, to a colon that goes on to name the noun ("a defeat Obama
    believes to be the worst of his career: The failure to ...")."""
    colon = masked.find(":", start, s_end)
    s, e = _trim(text, start, colon if colon > 0 else s_end)
    return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-clause")


# "so" or "such" between a belief verb and "that": the clause is the degree's result, not what
# is believed ("worries so much about corrupted cellphones that visitors ...", "feel so
# beleaguered that they will heed his call")
_RESULT_SO = compile_on_use(r"\b(?:so|such)\b")


# a participle set off by a comma after the main clause: "..., hoping to avoid any misstep",
# "..., fearing that the party could lose"
_BELIEF_PARTICIPLE = compile_on_use(r",\s*(?:and\s+)?(?:(?:still|also|[a-z]+ly)\s+)?$")


# Words that open a clause the belief stands in as a whole, its content a full clause of its
# own: "That's why Rubio's team thinks the survival strategy can be a winning strategy",
# "where Sanders and his aides believe they can surprise Clinton", "when he worried they would
# tarnish ...", "Part of it is that Republicans think ..."; unlike "if" (a condition) or "as"
# (a comparison). A relative "that" is told apart by its clause having no subject.
_SUBORDINATORS = frozenset(["that", "why", "where", "when"])


# Belief nouns that look like verb forms after a determiner or preposition ("the fears that").
_BELIEF_NOUN_FORMS = frozenset(
    ["fears", "hopes", "doubts", "worries", "wants", "thought", "view", "views", "regard"]
)


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


_SUBJECT_CLAUSE_VERBS = verb_class("subject_clause")
_REGARD_AS_VERBS = verb_class("regard_as")
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


# an auxiliary before the believer asks a question: "will they feel", "Did any readers feel"
_INVERTED_BEFORE = compile_on_use(
    r"\b(?:[Ww]ill|[Ww]ould|[Dd]o|[Dd]oes|[Dd]id|[Cc]an|[Cc]ould|[Ss]hould)\s+$"
)


def _asks(masked: str, s_start: int, s_end: int, subject: tuple[int, int]) -> bool:
    """Whether an auxiliary before the believer makes the sentence a question: "will reporters
    still want to ...?", "Does Clinton want to raise taxes?" (the auxiliary read as the name's
    first word). A capitalised one only when a question mark ends the sentence, as "Will" may
    be a name ("Will Smith thinks ...")."""
    before = _INVERTED_BEFORE.search(masked, max(s_start, subject[0] - 8), subject[0])
    if before is not None and before.group()[0].islower():
        return True
    first = _INVERTED_BEFORE.match(masked[subject[0] : subject[1]].split()[0] + " ")
    asked = masked[s_start:s_end].rstrip().endswith("?")
    return (before is not None or first is not None) and asked


def _opens_with_subject_and_verb(masked: str, s: int, e: int, rule: str) -> bool:
    """ "People close to the Clintons felt her projection of anger ... was over the top": what
    "feel" holds is a clause with a finite verb among its first ten words, and without "that"
    its first word opens a subject (a pronoun, a determiner, a name); "felt the need to obtain
    internal documents", "feels free to work", "may now feel that way himself" hold none."""
    head = masked[s:e].split()[:10]
    if not any(
        FINITE_WORD.fullmatch(word) and not (i and head[i - 1].lower() in words("determiners"))
        for i, word in enumerate(head)  # "the need": a noun, whatever its ending
    ):
        return False
    first = head[0].lower()
    return (
        rule == "said-that"
        or head[0][:1].isupper()
        or first in _SUBJECT_PRONOUNS
        or first in words("determiners")
    )


# what opens no clause after a belief verb: a participle or "like" ("feel betrayed", "feel
# like they've had ...": how someone feels, not what they hold true); a passive or irregular
# participle, or a verb and its object's possessive, after a noun that only looks like a belief
# verb ("two Algerian suspects being held without trial", "Deep Throat suspect found dead",
# "Piracy suspects raise their hands"): no subject opens the clause
_NO_SUBJECT_OPENING = compile_on_use(
    r"(?:like|[a-z]+ed|found|held|seen|known|shot|caught"
    r"|being\s+(?:[a-z]+ed|held|kept|taken|seen|shot|caught|found|given|told|sent|sold|made)"
    r"|(?!(?:that|if|when|as|because|so|and|but|whether|how|why|what|for|to|in|on|of|with)\b)"
    r"[a-z]+\s+(?:their|his|her|its|our|my|your))\b"
)


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


_TANK_AFTER = compile_on_use(r"\s+tanks?\b")


# "in" and a named possessor before "view": "In Ash's view", "in Professor Knittel's view",
# "in Mr. VandeHei's and Mr. Allen's view"; not "in their view" (a pronoun's holder is open)
_IN_VIEW = compile_on_use(
    r"\b[Ii]n\s+(?P<holder>[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,4}?)(?:[’']s|s[’'])"
    r"\s+(?:own\s+)?$"
)
_VIEW_ENDS_SENTENCE = compile_on_use(r"\s*[.!?]?\s*$")


def _in_view(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    s_end: int,
    held: re.Match[str],
    view_end: int,
) -> Attribution | None:
    """ "In Ash's view, the change would have a profound impact ...", "The only other necessary
    action, in Professor Knittel's view, would be more government support ...", "... from
    diplomacy to the defense budget, in Bolton's view.": the possessor holds what the sentence
    states, as "according to" names a source: after the phrase when it opens the sentence,
    before it when it ends it, around it (the phrase a gap) when it stands inside."""
    cue = (held.start(), view_end)
    holder = (held.start("holder"), held.end("holder"))
    lead = LEAD_CONNECTIVE.match(masked, s_start, held.start())
    opens = not masked[lead.end() if lead else s_start : held.start()].strip()
    comma_after = masked.startswith(",", view_end)
    comma_before = masked[s_start : held.start()].rstrip().endswith(",")
    if opens and comma_after:
        s, e = _trim(text, view_end + 1, s_end)
        gap = None
    elif comma_before and _VIEW_ENDS_SENTENCE.match(masked, view_end, s_end):
        s, e = _trim(text, s_start, masked.rfind(",", s_start, held.start()))
        gap = None
    elif comma_before and comma_after:
        resume = _according_inside(masked, s_start, held.start(), view_end, s_end)
        if resume is None:
            return None
        s, e = _trim(text, s_start, s_end)
        gap = (held.start(), resume)
    else:
        return None
    # (the verb may be in the quoted words: "“... it’s an across-the-board failure” from
    # diplomacy to the defense budget, in Bolton’s view.")
    if len(text[s:e].split()) < 4 or not has_finite(text if MASK in masked[s:e] else masked, s, e):
        return None
    kind = _content_kind(masked, quotes, s, e)
    return Attribution(s, e, kind, f"{kind}:belief", cue, holder, None, 0.6, gap=gap)


# the agent of a passive verb of regard: "by Muslims and some other religious groups", "by some
# in the movement", "by other leaders of the party"; a noun phrase with no verb, then "as" or
# the clause's end (not "by the end of the year", "by the likes of ...", "by far")
_REGARD_AGENT = compile_on_use(
    r"\s+by\s+(?P<agent>(?!(?:the\s+(?:likes|end|time|way|middle|start)|far|then|now)\b)"
    r"[^,;:\x01—–()\[\]]{2,80}?)(?=\s+as\s|\s*[.!?]?\s*$)"
)
_REGARDED_AS = compile_on_use(r"\s+(?:[a-z]+ly\s+)?as\s+(?=[\w\x01“\"])")
_RELATIVE_SUBJECTS = frozenset(["which", "who", "that", "whom", "whose"])


def _regarded_by(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    s_end: int,
    m: re.Match[str],
    be_at: int,
) -> Attribution | None:
    """ "Pigs are considered unclean by Muslims and some other religious groups", "she is seen
    by other leaders of the party as uniquely credible": a passive verb of regard names its
    holder after "by"; what is held is the subject and what it is taken for, the verb (and an
    agent inside) a gap. With no agent the passive has no holder in view ("is considered an
    asset"): None. A quantifier agent ("by some") holds it unnamed, as "Some believe" does."""
    # the subject opens the sentence, a noun phrase with no verb, comma or relative of its own
    # ("the song Edelweiss, which is considered ...": what it is taken for is the relative's)
    lead = LEAD_CONNECTIVE.match(masked, s_start, be_at)
    start = _skip_blank(masked, lead.end() if lead else s_start)
    phrase = masked[start:be_at].split()
    if (
        not 1 <= len(phrase) <= 12
        or "," in masked[start:be_at]
        or MASK in masked[start:be_at]
        or phrase[0].lower() in pronoun_classes()
        or any(word.lower() in _RELATIVE_SUBJECTS for word in phrase)
        or has_finite(masked, start, be_at)
    ):
        return None
    subject = (start, be_at)
    clause_end = _clip_end(masked, m.end(), s_end)
    agent = _REGARD_AGENT.match(masked, m.end(), clause_end)
    if agent is not None:
        # "is seen by other leaders of the party as uniquely credible": the agent first
        if not _REGARDED_AS.match(masked, agent.end(), clause_end):
            return None
        gap = (be_at, agent.end())
        end = clause_end
    else:
        by = masked.rfind(" by ", m.end(), clause_end)
        agent = _REGARD_AGENT.match(masked, by, clause_end) if by >= 0 else None
        if agent is None:
            return None
        complement = masked[m.end() : by]
        if not 1 <= len(complement.split()) <= 12 or has_finite(complement):
            return None  # "considered unclean", "viewed as a victory": the taking, then the agent
        gap = (be_at, m.end())
        end = by
    holder = agent.span("agent")
    said = masked[holder[0] : holder[1]]
    first = said.split()[0].lower()
    if first in pronoun_classes() and first not in _COUNTED_BELIEVERS:
        return None  # "by anybody", "by them": nobody to check it with
    if STRICT_FINITE.search(said):
        return None  # a clause, no noun phrase
    s, e = _trim(text, subject[0], end)
    if e <= gap[1] or len(text[s:e].split()) < 3:
        return None
    kind = _content_kind(masked, quotes, s, e)
    mention = None if first in _COUNTED_BELIEVERS else holder
    cue = (be_at, m.end())  # "are considered"
    return Attribution(s, e, kind, f"{kind}:belief", cue, mention, None, 0.6, gap=gap)


def _belief(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int, m: re.Match[str]
) -> Attribution | None:
    """ "Economists believe this provides an incentive", "Christie hopes ...": a stance the
    article attributes to a named source, which a fact-checker tracks like a statement.

    Stricter than speech: the believer must be a third-person subject right before the verb,
    never the writer or reader, never a passive, and the content a clause or to-infinitive.
    """
    form = m.group()
    if form == "view" and (
        held := _IN_VIEW.search(masked, max(s_start, m.start() - 80), m.start())
    ):
        return _in_view(text, masked, quotes, s_start, s_end, held, m.end())
    if _TANK_AFTER.match(masked, m.end()):
        return None  # "head of the social policy think tank": a noun, nobody's belief
    before = masked[s_start : m.start()]
    progressive = participle = relative = absolute = bare_who = None
    # ("worried" is the verb's form too: an adjective only after a linking verb, or after
    # "with" and its holder: "..., with many worried that the zone can never be ...")
    adjective = form in belief_adjectives() or (
        form == "worried"
        and (_LINK_BEFORE.search(before) is not None or _WITH_BEFORE.search(before) is not None)
    )
    if adjective:
        # "Some Democrats are concerned that ...": the adjective after its linking verb states
        # the belief as a verb does; "..., confident that she can deny ...": the main clause's
        # subject holds it; "with the government hopeful that ...": the noun phrase after "with"
        progressive = _adjective_link(masked, before, m, s_end)
        participle = None if progressive else _BELIEF_PARTICIPLE.search(before)
        if progressive is None and participle is None:
            absolute = _holder_after_with(masked, s_start, m)
        if (participle or absolute) and not (
            _THAT_CLAUSE_NEXT.match(masked, m.end(), s_end)
            # "..., eager to show that their efforts are sophisticated": an intention of the
            # main clause's subject, as "..., hoping to avoid any misstep" is
            or participle
            and "to" in belief_adjectives().get(form, ())
            and _TO_VERB.match(masked, m.end(), s_end)
        ):
            return None
        if progressive is None and participle is None and absolute is None:
            return None
    elif form.endswith("ing"):
        # "Clinton is hoping voters see her as ready", "She's hoping Saturday's caucuses will
        # ...": the progressive states the belief as the simple form does; "..., hoping to
        # avoid any misstep": the participle's believer is the main clause's subject
        progressive = _PROGRESSIVE_BEFORE.search(before)
        participle = None if progressive else _BELIEF_PARTICIPLE.search(before)
        if progressive is None and participle is None:
            return None
    elif form in _HOPE_NOUNS and (in_the_hope := _IN_HOPE_BEFORE.search(before)) is not None:
        # "..., in the hopes that the platform will endorse a $15 wage", "barnstorming
        # California in hopes of upsetting his rival": the aim of the main clause's act, which
        # its subject holds as it holds "..., hoping to avoid any misstep"
        participle = in_the_hope
    elif _ends_in_to(before) and _TO_BEFORE.search(before):
        return None
    elif (passive := _PASSIVE_BEFORE.search(before)) is not None:
        if cue_base(form) in _REGARD_AS_VERBS:
            # "Pigs are considered unclean by Muslims ...": the agent after "by" holds it
            return _regarded_by(text, masked, quotes, s_start, s_end, m, s_start + passive.start())
        return None  # "is expected to", "was feared": a passive has no believer in view
    cue = _cue_span(masked, s_start, m.start(), m.end())
    if adjective and progressive is not None:
        cue = (s_start + progressive.start(), m.end())  # "are concerned", "remain confident"
    in_hope = participle is not None and form in _HOPE_NOUNS
    if in_hope:
        cue = (s_start + participle.start(), m.end())  # "in the hopes"
    aside_name = None
    # (the progressive's or the adjective's linking verb: "New Jersey officials, including Gov.
    # Chris Christie, are hoping they will win ...")
    verb_at = min(cue[0], s_start + progressive.start()) if progressive is not None else cue[0]
    if participle is None and masked[s_start:verb_at].rstrip().endswith(","):
        # "Bobby Franklin, the president of the National Venture Capital Association, thinks",
        # "Now Jeb Bush, who has been more successful raising money ..., hopes"
        # "Many observers of the computing scene, including myself, think": a plain noun phrase
        aside_name = _name_before_aside(masked, s_start, verb_at) or _believer_before_aside(
            masked, s_start, verb_at
        )
    if (
        form in _BELIEF_NOUN_FORMS
        and not in_hope
        and aside_name is None
        and _noun_use(masked, s_start, _before_adverbs(masked, s_start, m.start()))
        and not _verb_after_a_noun(masked, s_start, m)
        and not _second_predicate_verb(masked, s_start, s_end, m)
        and not _relative_verb_with_infinitive(masked, s_start, m)
    ):
        return None  # "voter fears that", "his hopes"; but "He also wants to extend ..."
    if _NEGATED_BEFORE.search(masked, max(s_start, cue[0] - 24), cue[0]):
        return None  # "Democrats don't think X" reports no belief that X
    if _MODAL_BEFORE.search(masked, max(s_start, cue[0] - 12), m.start()):
        return None  # "may want to check", "would want someone": no stance is reported
    if in_hope:
        # "Ahead of last week's Illinois primary, Clinton met with workers ... in hopes of
        # persuading her": the subject of the last finite verb, past any opener; a relative
        # clause set off by commas before the phrase is no clause of its own ("Sanders has been
        # barnstorming California, which votes next week, in hopes of upsetting his rival")
        floor = _after_dateline(masked, s_start, m.start())
        subject = _main_clause_subject(masked, floor, m.start())
        relative = _RELATIVE_ASIDE_BEFORE.search(masked, floor, cue[0])
        if subject is None and relative is not None:
            subject = _main_clause_subject(masked, floor, relative.start())
    elif participle is not None:
        floor = _after_dateline(masked, s_start, m.start())
        subject = sentence_subject(masked, floor, m.start()) or _main_clause_subject(
            masked, floor, m.start()
        )
    else:
        if progressive is not None and re.search(
            r"\b(?:who|which|that)\s+(?:(?:had|has|have)\s+)?$", masked[s_start:verb_at]
        ):
            return None  # "Stanley Leisure, who had been hoping ..., fell": background
        subject = absolute or _own_group(
            masked,
            s_start,
            min(cue[0], verb_at),
            subject_before(masked, s_start, min(cue[0], verb_at)),
        )
        whole = None
        if absolute is None and not _RELATIVE_PRONOUN_BEFORE.search(
            masked, max(s_start, cue[0] - 60), cue[0]
        ):
            # "Economists who favor consumption taxes believe", as for speech; not "people ...
            # who want to stay a year": the belief verb is the relative clause's own
            whole = _relative_subject(masked, s_start, min(cue[0], verb_at))
        if whole is not None and (subject is None or subject[0] > whole[0]):
            subject = whole
        if subject is None and (progressive is None or adjective):
            # "Sanders, meanwhile, hopes that ...": an adverb set off by commas
            subject = _subject_before_time(masked, s_start, cue[0])
        subject = subject or aside_name or _group_before(masked, s_start, min(cue[0], verb_at))
        if subject is None and (progressive is None or adjective):
            # ("The 29-year-old would be a strong contender ... and is hopeful she will ...")
            relative = _RELATIVE_WHO.search(masked, max(s_start, cue[0] - 40), cue[0])
            if relative is None:
                bare_who = _WHO_BEFORE_CUE.search(masked, max(s_start, cue[0] - 40), cue[0])
            if relative is not None:
                # "a wave of alarm among legal experts, who worry that ...": the group the
                # relative clause describes holds the belief, whatever governs it
                subject = _group_before(masked, s_start, relative.start(), anchored=False)
            elif bare_who is not None:
                # "drawing the ire of lawmakers who thought she was too involved ...": people
                # named as an object, so that the relative clause runs to the sentence's end,
                # hold it, as they say what "critics who say" say
                relative = bare_who
                antecedent = _antecedent_of_who(masked, s_start, cue[0])
                if antecedent is not None:
                    subject = _without_governing_verb(
                        masked, _group_before(masked, s_start, bare_who.start(), anchored=False)
                    ) or _counted_before(masked, s_start, bare_who.start())
                if (
                    subject is not None
                    and antecedent is not None
                    and subject[0] < antecedent[0]
                    and has_finite(masked, subject[0], antecedent[0])
                ):
                    # "Reporters met voters who felt they were ignored": the group runs back over
                    # the verb that governs it and its subject; the relative's antecedent ends it
                    subject = antecedent
            else:
                subject = _subject_of_first_verb(masked, s_start, cue[0])
    counted = (
        _counted_believers(masked, s_start, cue[0]) or _counted_aside(masked, cue[0], m.end())
        if progressive is None or adjective
        else None
    )  # ("Some are concerned that ...": the adjective's cue starts at its linking verb)
    if absolute is not None and masked[absolute[0] : absolute[1]].lower() in _COUNTED_BELIEVERS:
        counted = absolute  # "with many worried that ...": counted, never named
    if counted is not None:
        subject = counted
    elif participle is None:
        subject = _believer_before_dash_aside(masked, s_start, subject, verb_at)
    if subject is None or (
        not counted and (_no_stance_holder(masked, subject) or _a_thing(masked, subject))
    ):
        return None
    if _NOT_BEFORE.search(masked, max(s_start, subject[0] - 6), subject[0]):
        return None  # "Not all conference attendees, however, are eager to ...": not all hold it
    if counted is None:
        subject = _last_conjunct_of_singular(masked, s_start, subject, cue)
        subject = _with_left_conjunct(masked, s_start, subject, cue)
    if _DASH.search(masked, subject[1], cue[0]) and not _DASH_ASIDE.fullmatch(
        masked, subject[1], verb_at
    ):
        return None  # "Gareth Morton - thought": a name inside a dash aside holds nothing
    if adjective and _impersonal(masked[subject[0] : subject[1]].lower(), form):
        return None  # "It is certain that ...": the writer's, nobody holds it
    if _asks(masked, s_start, s_end, subject):
        return None  # "At what point will they feel they have ...?": a question, no belief
    gap = _subject_gap(masked, s_start, m, subject)
    if gap is None and _in_contact_relative(masked, s_start, subject):
        return None  # "the blogs they want to follow": the content lacks its object
    if _IN_CASE_BEFORE.search(masked, max(s_start, subject[0] - 12), subject[0]):
        # "a back-up in case RCA producers wanted to make late changes": a condition the
        # writer sets, nobody's belief told
        return None
    opener = tokens(masked, max(s_start, subject[0] - 20), subject[0])
    subordinate = bool(opener) and opener[-1].lower in _SUBORDINATORS
    if (
        gap is None
        and opener
        and opener[-1].lower in _NOT_BEFORE_BELIEVER
        and not subordinate
        and relative is None
        and absolute is None
        # "in sync with Clinton, who believes ...": "who" is the subject, whatever governs Clinton
        and not _WHO_AFTER.match(masked, subject[1], cue[0])
    ):
        return None  # "voters in each state want", "what Washington wants", "as many expected"
    base = form if form in belief_adjectives() else cue_base(form)
    pre = masked[s_start : subject[0]].rstrip()
    if (
        progressive is None
        and participle is None
        and aside_name is None
        and pre.endswith(",")
        # "This, they fear, could hurt ...": whom an aside's pronoun stands for is too open
        and masked[subject[0] : subject[1]].lower() not in pronoun_classes()
    ):
        aside = _belief_aside(text, masked, quotes, s_start, s_end, m, s_start + len(pre) - 1)
        if aside is not None:
            s, e, kind, gap = aside
            gap = (subject[0], gap[1]) if gap else None  # the believer and verb inside it
            return Attribution(
                s, e, kind, f"{kind}:belief", cue, subject if counted is None else None, None, 0.6,
                gap=gap,
            )  # fmt: skip
    if pre.endswith(",") and _DASH_AFTER.match(masked, m.end(), s_end):
        return None  # "that won't happen, they believe — but how he finds ...": an aside's end
    wanted = base in _LONG_OBJECT_VERBS and _WANTED_TO.match(masked, m.end(), s_end)
    if base == "want" and not wanted:
        # "wants Grayson removed from the group", "want the ban lifted": a wish that something
        # be done to someone or something, as "wants Germany to do more" is a wish that they act
        wanted = _WANTED_DONE.match(masked, m.end(), s_end)
    if base == "want" and not wanted:
        return None  # "want safe streets": a wish for a thing, not a claim
    hoped_act = _OF_GERUND.match(masked, m.end(), s_end) if in_hope else None
    since = None
    if hoped_act is None and _PREPOSITION_AFTER_BELIEF.match(masked, m.end(), s_end):
        # "have worried for months that she was out of sync", "Many thought after 2012 that
        # ...": how long or since when, then the clause; any other phrase is no stance
        since = _TIME_THEN_THAT.match(masked, m.end(), s_end)
        if since is None:
            return None  # "Arson suspected in fire that destroyed ...": a passive, no stance
    if hoped_act is not None:
        after = _hoped_act(text, masked, quotes, hoped_act.end(), s_end)
    elif since is not None:
        s, e = _trim(text, since.end(), s_end)
        after = (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-that")
    elif gap is not None:
        after = _gap_predicate(text, masked, quotes, gap, s_end)
    elif base in _REGARD_AS_VERBS:
        # "Voters still view Mrs. Clinton as vastly more prepared": an object and what it is
        # taken for, never a clause ("considered whether ..." is deliberation)
        after = _regarded(text, masked, quotes, m.end(), s_end, base)
    else:
        after = clause_after_cue(text, masked, quotes, m.end(), s_end, base)
    takes_to = base in _TO_INFINITIVE_VERBS or "to" in belief_adjectives().get(base, ())
    if (
        gap is None
        and hoped_act is None
        and (wanted or takes_to and _TO_INFINITIVE.match(masked, m.end(), s_end))
    ):
        # "hoping to avoid any misstep that could undermine ...": the to-infinitive is the
        # content, not a clause after a relative "that" further on
        s, e = _trim(text, m.end(), s_end)
        named_clause = _NAMED_CLAUSE_AFTER.search(masked, s, e) or _BUT_PRONOUN_CLAUSE.search(
            masked, s, e
        )
        if named_clause is not None:
            # "willing to buy the firm, but Fiat patriarch Gianni Agnelli did not want to ...":
            # a clause with a subject of its own is no part of the wish
            e = _trim(text, s, named_clause.start())[1]
        if e - s >= 8:
            after = (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-to")
    if after is None or after[3] not in ("said-that", "said-clause", "said-to"):
        return None
    s, e, kind, _ = after
    if after[3] == "said-clause" and masked.startswith(",", m.end()) and not pre.endswith(","):
        # "the kind of Hispanic coming-of-age story many Latinos had expected, particularly
        # given ...": the verb ends a relative clause; what follows its comma is the writer's
        # (an aside's believer, "His leverage, they believe, isn't going anywhere", has its own)
        return None
    if after[3] == "said-that" and _RESULT_SO.search(masked, m.end(), s):
        return None  # "worries so much about corrupted cellphones that visitors ...": a result
    if in_hope and (
        MASK in masked[s:e]
        or any(cue.group() not in _NOUN_LIKE_CUES for cue in find_cues(masked, s, e))
    ):
        # "in the hopes of shedding what Gilbert called "a perception problem"": somebody's
        # words inside; a noun that only looks like a cue is none ("the most populous state")
        return None
    if after[3] == "said-clause" and _NO_SUBJECT_OPENING.match(masked, s, e):
        return None  # "Immigrants feel discriminated against", "feel like they’ve had": no clause
    if base in _SUBJECT_CLAUSE_VERBS and _NO_SUBJECT_OPENING.match(
        masked, _skip_blank(masked, m.end())
    ):
        return None  # "feel trapped in a system that seems rigged": "that" is a relative
    if bare_who is not None and (after[3] == "said-to" or base not in _CLASS_FREE_BELIEFS):
        # "women who want to obtain medication abortions", "an officer who suspected him of
        # drunken driving": a wish or a suspicion that says which people are meant
        return None
    past = _PAST_PREDICATE_AFTER.search(masked, s, e) if bare_who is not None else None
    if past is not None and not form.endswith("ed"):
        # "slamming candidates who think they can "outsource" ... and followed up with ...":
        # a verb in the past after "and" is the main clause's again
        s, e = _trim(text, s, past.start())
        kind = _content_kind(masked, quotes, s, e)
    if base in _SUBJECT_CLAUSE_VERBS and not _opens_with_subject_and_verb(masked, s, e, after[3]):
        return None  # "felt the need to obtain ...", "feels alive and well", "feel that way"
    if (
        after[3] == "said-that"
        and len(masked[m.end() : s].split()) > 1
        and FINITE_WORD.match(masked, s)
        and not _AUXILIARY_OPENING.match(masked, s)
    ):
        return None  # "believed the unscientific Internet polls that showed him ...": a relative
    if (
        relative is not None
        or gap is not None
        or _RELATIVE_WHO.search(masked, max(s_start, cue[0] - 40), cue[0])
    ):
        # "investors, who thought the offer was underpriced, decided to sell": the relative
        # clause ends where the main clause's verb follows a comma
        resumed = _MAIN_VERB_RESUMES.search(masked, s, e)
        if resumed is not None:
            e = _trim(text, s, resumed.start())[1]
    elif (
        participle is not None
        and after[3] == "said-clause"
        and (resumed := _MAIN_VERB_RESUMES.search(masked, s, e)) is not None
    ):
        # "Democrats in Congress, fearing the electoral consequences, repeatedly failed to
        # unite ...": the verb after the aside's comma is the main clause's, no part of what
        # is feared; and a thing feared, no clause before it, is no claim
        if not STRICT_FINITE.search(masked, s, resumed.start()):
            return None
        e = _trim(text, s, resumed.start())[1]
    own = (_BELIEVER_GOES_ON_AFTER_TO if after[3] == "said-to" else _BELIEVER_GOES_ON).search(
        masked, s, e
    )
    if own is None and form == base:
        # "some Democratic strategists fear that Clinton has already missed ... and warn that
        # ...": a plural believer's next verb of speech, in its plain form
        own = _PLURAL_BELIEVER_SAYS.search(masked, s, e)
        if own is not None and own.group("verb") not in _PLAIN_SPEECH_FORMS:
            own = None
    if own is not None and (
        own.groupdict().get("aux")
        or own.group("verb") in _STANCE_S_FORMS
        or own.group("verb") in _PLAIN_SPEECH_FORMS
    ):
        # "she wanted to serve as a missionary but was turned down", "He believes the rivalry
        # is overblown and instead thinks the real battle is ...": the believer's next
        # predicate is no part of what is believed
        s, e, kind = _partial_or_mixed(masked, quotes, *_trim(text, s, own.start()))[:3]
    if gap is None and _MODAL_OPENING.match(masked, s, e):
        return None  # "the message voters, he believes, will warm to": the clause has no subject
    if (
        gap is None
        and subordinate
        and (
            _AUXILIARY_OPENING.match(masked, s, e)
            or (after[3] == "said-to" and not _wish_in_adverbial_clause(masked, opener, subject))
        )
    ):
        return None  # "a tactic that Democrats hope will dampen ...": a relative, no subject
    if after[3] == "said-to" and _relative_before(masked, s_start, subject):
        return None  # "assets that the broader Democratic Party is eager to tap": no object
    # "Many fear Trump will feed insecurity ...": people the writer counts but does not name
    # hold the belief, as "Some said" holds speech; a quantifier is never the believer's name
    mention = subject if counted is None else None
    return Attribution(s, e, kind, f"{kind}:belief", cue, mention, None, 0.6)


# adverbs that open a clause of time, place or reason, whose to-infinitive has no gap
_TIME_PLACE_REASON = frozenset(["when", "where", "why"])
# believers of a clause of time or place that mean anybody: "when they want to view items"
_GENERIC_BELIEVERS = frozenset(["they", "people", "you", "we"])


def _wish_in_adverbial_clause(masked: str, opener: list[Token], subject: tuple[int, int]) -> bool:
    """Whether a to-infinitive after a belief verb is a whole wish although a subordinator
    opens its clause: "When Donald J. Trump wanted to proclaim his doubts ...", "..., when the
    White House was eager to assuage public outrage ...": after "when", "where" or "why" the
    infinitive keeps its object, unlike after a relative "that" ("a tactic that Democrats hope
    to use"). Not for anybody at all ("when they want to view particular items", "nations
    where people want to use a mobile"), nor for a holder named only through a pronoun
    ("rural seats where his party is hoping to make gains")."""
    believer = masked[subject[0] : subject[1]].lower()
    return (
        opener[-1].lower in _TIME_PLACE_REASON
        and believer not in _GENERIC_BELIEVERS
        and believer.split()[0] not in _POSSESSIVE_OPENERS
    )


# an aside between two of the same dashes, and an adverb after it: " - who had come on for the
# injured Gareth Morton - wrongly "
_DASH_ASIDE = compile_on_use(
    r"\s+(?P<dash>—|–|--|-)\s[^—–\x01]{3,200}?\s(?P=dash)\s+(?:(?:[a-z]+ly|also|later|then|now|still)\s+)?"
)


def _believer_before_dash_aside(
    masked: str, s_start: int, subject: tuple[int, int] | None, verb_at: int
) -> tuple[int, int] | None:
    """ "The United States and others - including many of Germany's own defense experts - want
    Germany to do even more ...": an aside opened and closed by the same dash right before the
    verb holds no believer of its own; the phrase opening the clause before it does. The
    subject found inside the aside, or none found, gives way to it; any other stays."""
    closing = _DASH_ASIDE_END.search(masked, max(s_start, verb_at - 30), verb_at)
    if closing is None:
        return subject
    opening = masked.rfind(f" {closing.group('dash')} ", s_start, closing.start())
    if opening < 0 or (subject is not None and subject[0] < opening):
        return subject
    holder = subject_before(masked, s_start, opening) or _group_before(masked, s_start, opening)
    if holder is None or not _opens_clause(masked, s_start, holder[0]):
        return subject
    return holder


_SINGULAR_AUXILIARIES = frozenset(["is", "was", "has", "does", "’s", "'s"])
_AND_BEFORE_NAME = compile_on_use(r"\s+and\s+(?=[A-Z])")


def _last_conjunct_of_singular(
    masked: str, s_start: int, subject: tuple[int, int], cue: tuple[int, int]
) -> tuple[int, int]:
    """ "Victory took Real to within six points of leaders Barcelona and Owen is confident Real
    can close the gap": a verb in the singular has one subject, so a phrase joined by "and"
    that does not open its clause is the object of the clause before, and the name after "and"
    opens the writer's next clause; a plural verb keeps the pair ("Clinton and Obama
    believe"), and so does a name opening its clause ("Johnson and Johnson expects")."""
    joined = list(_AND_BEFORE_NAME.finditer(masked, subject[0], subject[1]))
    if not joined or _opens_clause(masked, s_start, subject[0]):
        return subject
    first = masked[cue[0] : cue[1]].split()[0].lower()
    if first not in _SINGULAR_AUXILIARIES and first not in _STANCE_S_FORMS:
        return subject
    return joined[-1].end(), subject[1]


_AND_BEFORE = compile_on_use(r"\band\s+$")
_NOT_BEFORE = compile_on_use(r"\b[Nn]ot\s+$")


def _with_left_conjunct(
    masked: str, s_start: int, subject: tuple[int, int], cue: tuple[int, int]
) -> tuple[int, int]:
    """ "Ms. Henry and other labor leaders believe they can keep their members in the fold",
    "many liberal economists and Wall Street reform advocates believe": before a plural verb,
    a subject of its own joined by "and" that opens the clause holds the belief too."""
    joined = _AND_BEFORE.search(masked, max(s_start, subject[0] - 8), subject[0])
    if joined is None:
        return subject
    first = masked[cue[0] : cue[1]].split()[0].lower()
    if first in _SINGULAR_AUXILIARIES or first in _STANCE_S_FORMS:
        return subject
    left = subject_before(masked, s_start, joined.start()) or _group_before(
        masked, s_start, joined.start()
    )
    if left is None or not _opens_clause(masked, s_start, left[0]):
        return subject
    return left[0], subject[1]


# what may stand between a group believer and its verb: "environmentalists still worry",
# "regulators are hoping"
_GROUP_GAP = frozenset(["also", "still", "now", "too", "already", "increasingly", "privately"])
# a group believer's own determiner or quantifier: "the regulators", "many economists"
_GROUP_OPENERS = frozenset(
    ["the", "many", "some", "most", "other", "these", "those", "both", "all", "several", "few"]
    + ["his", "her", "their", "its", "our"]
)


def _group_before(
    masked: str, s_start: int, at: int, anchored: bool = True
) -> tuple[int, int] | None:
    """ "But environmentalists worry that ...", "Regulators and environmental groups worried
    that ...": a group of people named by a plural noun (speakers.people_plural) right before
    a belief verb, with up to three modifiers and its determiner, when the speaker
    vocabulary names no subject there. The phrase must open its clause: the sentence start,
    punctuation or a connective before it, or "and" after another such subject."""
    toks = tokens(masked, max(s_start, at - 90), at)
    i = len(toks) - 1
    while i >= 0 and (toks[i].lower in AUXILIARIES or toks[i].lower in _GROUP_GAP):
        i -= 1
    if i < 0 or not people_plural(toks[i].lower) or toks[i].lower in pronoun_classes():
        return None
    end, first = toks[i].end, i
    while (
        first > 0
        and i - first < 3
        and toks[first - 1].text.isalpha()
        and toks[first - 1].lower not in _NOT_IN_GROUP
        and not toks[first - 1].lower.endswith("ed")  # "those not convinced mobile users"
    ):
        first -= 1  # "environmental groups", "party insiders"
    if first > 0 and toks[first - 1].lower in _GROUP_OPENERS:
        first -= 1
        if (
            first > 1
            and toks[first - 1].lower == "of"
            and toks[first - 2].lower in _COUNTED_BELIEVERS
        ):
            first -= 2  # "Many of his endorsers think": a share of the group holds it
    if first > 0 and toks[first - 1].lower == "and" and first > 1:
        # "Regulators and environmental groups": a subject of its own before "and"
        left = subject_before(masked, s_start, toks[first - 1].start) or _group_before(
            masked, s_start, toks[first - 1].start
        )
        if left is not None and _opens_clause(masked, s_start, left[0]):
            return left[0], end
    if anchored and not _opens_clause(masked, s_start, toks[first].start):
        return None
    return toks[first].start, end


_ING_OPENING = compile_on_use(r"[a-z]+ing\s+")


def _without_governing_verb(masked: str, group: tuple[int, int] | None) -> tuple[int, int] | None:
    """A group of people without the -ing verb that governs it ("by slamming candidates who
    think ...": the candidates think)."""
    if group is None:
        return None
    verb = _ING_OPENING.match(masked, group[0], group[1])
    return (verb.end(), group[1]) if verb is not None else group


# a relative pronoun right before a belief verb, past its auxiliaries and adverbs
_RELATIVE_PRONOUN_BEFORE = compile_on_use(
    r"\b(?:who|that|which)\s+(?:(?:have|has|had|also|still|now|long|[a-z]+ly)\s+)*$"
)
# "and" and a verb in the past: a new predicate
_PAST_PREDICATE_AFTER = compile_on_use(r"\s+and\s+(?:then\s+)?[a-z]{3,}ed\b")
# belief verbs whose clause after a restrictive "who" is a view the people hold, not what
# picks them out as "who want to ..." does ("lawmakers who thought she was too involved")
_CLASS_FREE_BELIEFS = frozenset(
    ["believe", "think", "fear", "hope", "feel", "worry", "doubt", "view", "regard", "consider"]
)


# a relative clause set off by a comma right before the belief verb: ", who worry",
# ", who had hoped", ", who also believe"
_RELATIVE_WHO = compile_on_use(
    r",\s*who\s+(?:(?:had|has|have)\s+)?(?:(?:also|still|long|[a-z]+ly)\s+)?$"
)
# a conjunction, then a finite verb with no subject: the believer's next predicate, which no
# to-infinitive content can hold ("to win her back-and was arrested"), and after a clause only
# a verb of speech or belief ("... is overblown and instead thinks ...")
_NEXT_PREDICATE = (
    r"(?:,?\s+|\s*-)(?:and|but|although|though)\s+"
    r"(?:(?:also|instead|then|later|still|[a-z]+ly)\s+)?"
)
_BELIEVER_GOES_ON_AFTER_TO = compile_on_use(
    _NEXT_PREDICATE + r"(?:(?P<aux>was|were|had|has|is|are|did"
    # a verb in the past and its object: "determined to return to Scotland and rejected a move"
    r"|[a-z]{3,}ed(?=\s+(?:a|an|the|his|her|their|its)\b))|(?P<verb>[a-z]+s))\b"
)
_BELIEVER_GOES_ON = compile_on_use(_NEXT_PREDICATE + r"(?P<verb>[a-z]+s)\b")
# a plural believer's next verb of speech and its "that": "... and warn that ...", "and say that"
_PLURAL_BELIEVER_SAYS = compile_on_use(_NEXT_PREDICATE + r"(?P<verb>[a-z]+)\s+that\b")
_PLAIN_SPEECH_FORMS = frozenset(base for base in reporting_verb_forms().values() if " " not in base)
_STANCE_S_FORMS = frozenset(
    form
    for form in (*reporting_verb_forms(), *belief_verb_forms())
    if form.endswith("s") and not form.endswith("ss")
)
# a comma, then a verb with no subject of its own: the main clause resumes after a relative
_MAIN_VERB_RESUMES = compile_on_use(
    r",\s+(?:(?:then|also|later|quickly|[a-z]+ly)\s+)?(?:[a-z]{3,}ed|said|says|sold|fell|rose|"
    r"will|would|could|can|is|was|has|had|must|may|might|should)\b"
)
_DASH = compile_on_use(r"\s[-—–]\s|[—–]")
_DASH_AFTER = compile_on_use(r"\s*(?:[—–]|-\s|--)")
# the belief verb as the second of a subject's predicates: "Mr. McKinley is bearish on ... and
# expects", "They are not overly sanguine ..., but believe"
_SECOND_PREDICATE = compile_on_use(r"\b(?:and|but)\s+(?:(?:also|still|now|then|[a-z]+ly)\s+)?$")


def _subject_of_first_verb(masked: str, s_start: int, at: int) -> tuple[int, int] | None:
    """ "Mr. McKinley is bearish on the future of student loans and expects them to become
    ...": the believer of a second predicate joined by "and" or "but" is the subject opening
    the sentence, when nothing between could be a subject of its own (a relative pronoun, a
    "that" clause, a reported clause: "She met Obama, who praised her and hopes ...")."""
    joined = _SECOND_PREDICATE.search(masked, max(s_start, at - 30), at)
    if joined is None:
        return None
    floor = _after_dateline(masked, s_start, joined.start())
    subject = sentence_subject(masked, floor, joined.start())
    if subject is None:
        return None
    between = tokens(masked, subject[1], joined.start())
    if between and belief_verb_forms().get(between[0].lower) in _REGARD_AS_VERBS:
        # "He considers Mrs. Clinton untrustworthy, but views Mr. Trump as ...": the subject's
        # own regard first, its object and complement no clause with a subject of its own
        regard = between.pop(0)
        if has_finite(masked, regard.end, joined.start()):
            return None
    if any(
        t.lower in ("who", "which", "that", "whom", "whose", "and", "but", "or", ";")
        or t.lower in _MODALS  # "All journalists should pore over ... and think"
        or t.lower in reporting_verb_forms()
        or t.lower in belief_verb_forms()
        for t in between
    ):
        return None
    return subject


# what opens no aside but the writer's next clause, or a holder named only through a pronoun
_NOT_AN_ASIDE = frozenset(["and", "but", "or", "yet", "while", "whereas"])
_POSSESSIVE_OPENERS = frozenset(["his", "her", "their", "its", "my", "our", "your"])


def _believer_before_aside(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The speech patterns' subject before a comma aside, as a believer ("Many observers of the
    computing scene, including myself, think ..."), unless the "aside" opens with a conjunction
    (", but the Coalition, which ..., wants": the writer's next clause and its own subject) or
    the phrase is a relation of a pronoun ("Her father, Brad, 39, worried": nobody named)."""
    subject = _subject_before_comma_aside(masked, s_start, cue_start)
    if subject is None:
        return None
    aside = masked[subject[1] : cue_start].lstrip(" ,").split()[:1]
    if aside and aside[0].lower() in _NOT_AN_ASIDE:
        return None
    if masked[subject[0] : subject[1]].split()[0].lower() in _POSSESSIVE_OPENERS:
        return None
    return subject


_RELATIVES = frozenset(["which", "that", "whom"])
# words before "that" that make it the complementizer of a reported clause, not a relative
_THAT_COMPLEMENTIZED = frozenset(["is", "was", "so", "such", "now", "but", "and"])


# a finite auxiliary right after a belief verb, or "to be" after one that takes no infinitive of
# its own ("hopes to be" is an intention): the believed clause has no subject in it
_AUXILIARY_NEXT = compile_on_use(rf"\s+(?:{FINITE_AUXILIARIES}|shall)\s")
_TO_BE_NEXT = compile_on_use(r"\s+to\s+be\s")


def _subject_gap(
    masked: str, s_start: int, m: re.Match[str], subject: tuple[int, int]
) -> int | None:
    """ "which he believes will make it impossible for a Republican to win", "a move that the
    kingdom hopes will shatter U.S. perceptions", "a tactic Democrats hope will dampen Latino
    support", "a defeat Obama believes to be the worst of his career": a relative clause whose
    subject is the noun it describes, so what the believer holds is the predicate after the
    verb, as in "which he said would fail" for speech. The start of that predicate, or None.

    Only with a relative pronoun or a noun right before the believer, and a verb of the
    writer's clause or a comma before them: in "The outcome Democrats fear is a Trump win" the
    noun phrase is the sentence's subject and "is" its verb."""
    if m.group() in belief_adjectives():
        return None  # "is confident will ...": no adjective takes a clause without a subject
    after = _AUXILIARY_NEXT.match(masked, m.end())
    if after is None and cue_base(m.group()) not in _TO_INFINITIVE_VERBS:
        after = _TO_BE_NEXT.match(masked, m.end())
    if after is None:
        return None
    toks = tokens(masked, max(s_start, subject[0] - 40), subject[0])
    if not toks:
        return None
    last = toks[-1]
    before = toks[-2] if len(toks) > 1 else None
    if last.lower in _RELATIVES or last.lower == "who":
        if before is None or not (before.text == "," or _hangs_on(before, last.lower)):
            return None  # "asked who they thought was ...": a question; "said that ...": no noun
    elif not _noun_before_relative(last) or any(t.lower in _ASKING for t in toks[-4:-1]):
        return None  # "asked which candidate they thought would win": a question
    if not (has_finite(masked, s_start, last.start) or (before is not None and before.text == ",")):
        return None
    return _skip_blank(masked, after.start())


# words that open an indirect question, whose clause no one believes
_ASKING = frozenset(["which", "what", "whose", "how", "who", "whom", "whether", "if"])


def _hangs_on(noun: Token, relative: str) -> bool:
    """Whether a relative pronoun without a comma describes the word before it: a noun ("this
    organisation which he believes", "a man whom most Americans consider") or a name ("the NYPD
    which"); "who" only after a comma, as after a verb it asks a question ("asked who they
    thought was America's closest ally")."""
    if relative == "who":
        return False
    return _noun_before_relative(noun) or (noun.text[:1].isupper() and noun.text.isalpha())


def _noun_before_relative(tok: Token) -> bool:
    """Whether a word may be the noun a relative clause with no pronoun describes ("a tactic
    Democrats hope"): a lower-case word that is no function word, verb form or adverb."""
    word = tok.lower
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and word not in words("function_words")
        and word not in words("determiners")
        and word not in PREPOSITIONS
        and word not in _NOT_BEFORE_BELIEVER
        and word not in reporting_verb_forms()
        and word not in belief_verb_forms()
        and not word.endswith(("ly", "ed", "ing"))
    )


def _relative_before(masked: str, s_start: int, subject: tuple[int, int]) -> bool:
    """Whether a relative pronoun opens the believer's clause a few words before it ("which
    major Hollywood studios and games publishers are extremely keen to exploit", "two assets
    that the broader Democratic Party is eager to tap"): the infinitive's object is the noun
    before it, so what is left is no claim. "That" after a verb of speech or belief is the
    clause's complementizer ("said that the party wants to ...")."""
    toks = tokens(masked, max(s_start, subject[0] - 60), subject[0])
    for i in range(len(toks) - 1, max(-1, len(toks) - 7), -1):
        word = toks[i].lower
        if not toks[i].text[:1].isalpha():
            return False
        if word in _RELATIVES:
            prior = toks[i - 1].lower if i > 0 else ""
            following = toks[i + 1].text if i + 1 < len(toks) else ""
            if FINITE_WORD.fullmatch(following) or re.fullmatch(r"[a-z]+[^s]s", following):
                return False  # "ideas which means traditional companies like BT want to ..."
            return word != "that" or not (
                prior in reporting_verb_forms()
                or prior in belief_verb_forms()
                or prior in _THAT_COMPLEMENTIZED
                or not prior
            )
    return False


def _own_group(
    masked: str, s_start: int, at: int, subject: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "... has hit the headlines in France and analysts feared that ...": a phrase joined by
    "and" whose left part is the object of the clause before is no believer; the group of
    people that opens the new clause after "and" is."""
    if subject is None or " and " not in masked[subject[0] : subject[1]]:
        return subject
    group = _group_before(masked, s_start, at)
    if group is not None and group[0] > subject[0] and group[1] == subject[1]:
        return group
    return subject


def _a_thing(masked: str, subject: tuple[int, int]) -> bool:
    """ "Markets worry that the Fed will raise rates": a plural of things
    (lexicons/not_group_nouns.txt) is no believer, capitalised at the sentence start or not."""
    head = masked[subject[0] : subject[1]].split()[-1].lower()
    return head in words("not_group_nouns")


def _opens_clause(masked: str, s_start: int, at: int) -> bool:
    """Whether a subject at `at` opens its clause: the sentence start, punctuation, or a
    connective ("But environmentalists", "In Seoul, officials", "because voters")."""
    before = tokens(masked, max(s_start, at - 30), at)
    if not before:
        return True
    last = before[-1]
    return not last.text[:1].isalnum() or last.lower in words("function_words")


# words a group's modifiers never are: function words, verbs of speech or belief, numbers
_NOT_IN_GROUP = (
    words("function_words")
    | words("determiners")
    | frozenset(reporting_verb_forms())
    | frozenset(belief_verb_forms())
    | _GROUP_OPENERS
    | PREPOSITIONS
    | _NOT_BEFORE_BELIEVER
    | frozenset(["and", "or", "of", "to", "a", "an", "than", "is", "are", "was", "were"])
    | frozenset(["among", "amongst", "between", "including", "like", "against", "toward"])
)


# a noun phrase opened by a determiner or a number, then a pronoun believer: the belief is a
# relative clause on that noun with no "that" ("the single track they thought they were
# getting", "the qualities he hopes to convey", "those he wants to dominate the G8"), or after
# "who" ("coach Andy Robinson, who he believes was the only choice"); its content has a gap
_CONTACT_RELATIVE = compile_on_use(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Aa]ny|[Ee]very|[Tt]hose|[Tt]hese|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur"
    r"|[Mm]y|[Yy]our|[Nn]o|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Mm]any)"
    r"(?P<noun>(?:\s+[a-z][\w’'-]*){1,3})|\b[Tt]hose|\bwho|\d)\s+$"
)


def _in_contact_relative(masked: str, s_start: int, subject: tuple[int, int]) -> bool:
    """Whether a pronoun believer opens a relative clause with no "that" on the noun before it.
    Only for a pronoun: a name after a noun phrase is rarely a relative's subject."""
    if masked[subject[0] : subject[1]].lower() not in _PRONOUN_BELIEVERS:
        return False
    found = _CONTACT_RELATIVE.search(masked, max(s_start, subject[0] - 50), subject[0])
    if found is None:
        return False
    noun = found.group("noun")
    if noun is None:
        return True
    # "the company said he", "the minister added that she": a verb or connective, no noun
    return not any(
        w in reporting_verb_forms() or w in belief_verb_forms() or w in words("function_words")
        or w.endswith("ed")
        for w in noun.split()
    )  # fmt: skip


_PRONOUN_BELIEVERS = frozenset(["he", "she", "they", "we"])
# a relative "who" set off by a comma between the believer and the verb: "Clinton, who believes"
_WHO_AFTER = compile_on_use(r",\s*who\s+(?:(?:also|still|now|[a-z]+ly)\s+)?$")


# what someone wants done, a longer object before its "to" than speech allows: "want all
# immigrants in the country illegally to be deported"
_LONG_OBJECT_VERBS = verb_class("long_object")
# a comma and a conjunction, then a capitalised subject: the writer's next clause
_NAMED_CLAUSE_AFTER = compile_on_use(r",\s+(?:but|while|whereas|although|though)\s+(?=[A-Z])")
# "had wanted to operate on Jamie's back immediately but he insisted on delaying any surgery":
# "but" and a pronoun open a clause of someone else's, no part of the wish
_BUT_PRONOUN_CLAUSE = compile_on_use(r",?\s+but\s+(?:he|she|they|we|I)\s")
_WANTED_TO = compile_on_use(
    r"\s+(?:(?!(?i:that|if|whether|as|when|while|and|or|but|because|since|so|until|unless|"
    r"although|though|he|she|they|we|i|who|which|[a-z]+ed)\b)[\w’'.-]+\s+){0,7}?"
    r"to\s+(?=[a-z\x01])"
)


# after "want": an object (a pronoun, a name, or a determined phrase of up to five words), then a
# past participle ending its phrase, before punctuation or an adverb or preposition of how or
# where it is done ("wants Trump banned from the country", "wants the gap narrowed.", "want it
# replaced with a local income tax"); never a participle before a noun ("wants a united
# party"), nor one that describes its noun ("wants a ban compared to ...", "wants the people
# involved in ...", "the money raised by ...")
_WANTED_DONE = compile_on_use(
    r"\s+(?:him|her|it|them|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?<![’']s)"
    r"|(?:the|a|an|his|her|their|its|our|this|these|those|[A-Z][\w-]*[’']s)"
    r"(?:\s+(?!(?:and|or|but|that|who|which|to|of|in|on|for|with|by|as|at|from|than)\b)"
    r"[\w’'-]+){1,5}?)"
    rf"\s+(?:(?![a-z]*eed\b|(?:{'|'.join(sorted(words('describing_participles')))})\b)[a-z]{{3,}}ed|"
    r"done|taken|thrown|shut|kept|held|paid|sent|brought|withdrawn|overturned)"
    r"(?=\s*(?:[.,;:!?—–)]|$)|\s+(?:from|with|before|in|into|out|off|back|down|up|"
    r"immediately|now|altogether|entirely)\b)"
)


_PREPOSITION_AFTER_BELIEF = compile_on_use(r"\s+(?:in|of|by|for|from|over|after|at)\s")
# a time between a belief verb and its "that": "for months", "for many years", "after 2012",
# "over the past year", "in 2010"
_TIME_THEN_THAT = compile_on_use(
    r"\s+(?:for|after|since|in|over)\s+(?:(?:the\s+)?(?:past|last|first)\s+)?"
    r"(?:(?:\d{4}|a\s+(?:long\s+)?(?:time|while))"
    r"|(?:(?:a\s+few|several|many|some|two|three|four|five|\d+)\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?))"
    r",?\s+that\s+"
)
# what may follow a believer set after its content: the sentence end, a dash, or a participle
# of the writer's ("..., his team believes, resulting in a fundamental rethinking")
_AFTER_INVERTED_BELIEF = compile_on_use(r"\s*(?:[.!?]?\s*$|[—–]|-\s|,\s+[a-z]+ing\b)")


def _belief_aside(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    s_end: int,
    m: re.Match[str],
    comma: int,
) -> tuple[int, int, str, tuple[int, int] | None] | None:
    """ "Such efforts, they believe, will render Sanders’ long-term play moot": the believer
    set off by commas inside the content, which is the sentence around it (as for speech);
    "Such a move could alienate his backers, Clinton allies believe — ...": the believer after
    its content. The content must be a clause of its own."""
    around = _content_around(text, masked, quotes, s_start, m.end(), s_end, comma)
    if around is not None:
        s, e, kind, rest_at = around
        if not (
            _MODAL_OPENING.match(masked, _skip_blank(masked, rest_at), e)
            and has_finite(masked, s, comma)
        ):
            # "Such efforts, they believe, will render ...": the first half is the subject; but
            # "the message ... and voters, he believes, will warm to" has a clause of its own
            return s, e, kind, (comma, rest_at)
    if not _AFTER_INVERTED_BELIEF.match(masked, m.end(), s_end):
        return None
    content = _content_before(text, masked, quotes, s_start, comma)
    if content is None or not has_finite(masked, content[0], content[1]):
        return None
    return (*content, None)


def _skip_blank(masked: str, at: int) -> int:
    while at < len(masked) and masked[at].isspace():
        at += 1
    return at


_MODAL_OPENING = compile_on_use(r"(?:will|would|can|could|should|may|might|must|shall)\s")
_AUXILIARY_OPENING = compile_on_use(rf"(?:{FINITE_AUXILIARIES}|shall)\s")


# "polls show", "the survey found": verb forms by which a document reports a finding
_EVIDENCE_VERBS = verb_class("evidence")


# "called Trump "unhinged"", "described the field as "all very good""
_CHARACTERISING_VERBS = verb_class("characterise")


# "polls point to a slowdown": with "to", a document's finding as "show" is
_POINTING_VERBS = verb_class("pointing")
_POINTED_TO = compile_on_use(r"(?:point|points|pointed)\s+to(?=\s+(?![\d$£€]))")


# "A study by ... concluded that ...": a document's conclusion, only as a clause
_CLAUSE_EVIDENCE_VERBS = verb_class("evidence_clause")


_STANCE_FORMS = (
    frozenset(belief_verb_forms())
    | frozenset(belief_adjectives())
    | _EVIDENCE_VERBS
    | _POINTING_VERBS
    | _CLAUSE_EVIDENCE_VERBS
    | _CHARACTERISING_VERBS
)


# the thing characterised, then the quoted words: "Trump ", "the statement ", "his skills as a "
_CHARACTERISED = compile_on_use(
    r"\s+(?!(?:for|on|off|up|in|out|back|to|him\s+out)\b"
    r"|it\b(?!\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+|its\s+|our\s+)?\x01))"
    # an honorific or an initial keeps its full stop: "labeled Mr. Trump", "Donald J. Trump's"
    # and a decimal point: "Ford’s plans to open a $1.6 billion plant"
    r"(?P<object>(?:(?<![\w.])[A-Z][a-z]{0,3}\.|(?<=\d)\.(?=\d)|[^\x01,.;:—–]){1,90}?)"
    # an aside between the thing and the words: "called Clinton, his Democratic presidential
    # challenger, an ISIS "co-founder."", "calling him, among other things, "a failed ...""
    r"(?P<aside>,\s+[^\x01,.;:—–]{2,80},)?"
    r"\s+(?:as\s+)?(?:(?:a|an|the|his|her|their|its|our)\s+(?:[A-Z][\w-]*\s+)?)?(?=\x01)"
)


# "a" or "an" right before capitalised quoted words makes them a kind of person, not a name
# the thing goes by: "Ms. Friedan called Mrs. Schlafly an ''Aunt Tom''" (NYT), against "Fans
# call him 'The Rocket'"
_INDEFINITE_BEFORE_QUOTE = compile_on_use(r"\b(?:a|an)\s+$")


# without quotation marks: a person, a name or a determined noun phrase, then "a/an ..." or a
# word with an adjective's ending: "calling him a political opportunist", "called Christmas a
# sham", "called the charges unsubstantiated", "called her vote in favor of the Iraq War a
# mistake"; never "called it a day" or "called the police an hour later"
_NEXT_VERB = compile_on_use(
    r",?\s+(?:and|but)\s+(?:then\s+|also\s+)?[a-z]+ed\s+(?:him|her|them|it|the|a|an|his|their|that)\b"
)
_OBJECT_WORD = (
    r"(?!(?:and|or|but|who|which|that|to|after|before|when|while|because|as|than)\b)[\w’'-]+"
)
_CHARACTERISED_PLAIN = compile_on_use(
    r"\s+(?P<object>him|her|them|it|this|that|himself|herself|themselves|(?:[A-Z][\w’'.-]*\s+){0,4}"
    r"[A-Z][\w’'.-]*|(?:the|his|her|their|its|this|these|those|[A-Z][\w.-]*[’']s)\s+"
    rf"(?:{_OBJECT_WORD}\s+){{0,7}}?{_OBJECT_WORD})\s+"
    r"(?P<complement>(?:(?:his|her|their|its|our)\s+(?!(?:next|same|following|first|last|other|"
    r"previous|day|night|morning|evening|afternoon|week|weekend|month|year|time|police|press|media|"
    r"office|house|home\b(?!\s+state)|phone|cell|mobile|lawyer|attorney|doctor|bluff|shots|name|"
    r"number)\b)[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?(?=[\s,.;:]|$)(?!\s+(?:to|for|and|on|in|at|"
    r"from|with|about)\b)"
    r"|(?:a|an)\s+(?!(?:day|night|cab|taxi|lot|few|couple|number|meeting|press|"
    r"news|vote|halt|truce|time|moment|bit|while|hour|week|month|year|minute|ambulance|doctor|"
    r"lawyer|friend|election|strike|conference|session|emergency)\b)[a-z][\w’'-]*"
    r"|[a-z]+(?:ed|ous|ful|ive|able|ible|ic|ent|ant|less|ist|ary)\b"
    r"(?!\s+(?:by|to|for|with|in|on|at|from|that|the|a|an)\b))(?:\s+[\w’'-]+){0,5})"
)
_COMPLEMENT_POSSESSIVES = frozenset(["his", "her", "their", "its", "our"])
# a clause of time or reason after an unquoted complement is the writer's: "Sanders called her
# fallen son her hero before explaining why she forgave Roof", "..., especially because ..."
_WRITERS_SUBORDINATE = compile_on_use(
    r",?\s+(?:(?:[a-z]+ly|even|just|only|partly)\s+)?"
    r"(?:before|after|while|when|whereas|because|although|though|despite)\b"
)


# a pronoun, then a complement with a determiner of its own: "Critics call it the enforcement
# of political correctness"; never a time ("called him the next day", "the other night")
_CHARACTERISED_PRONOUN = compile_on_use(
    r"\s+(?P<object>him|her|them|it|this)\s+(?P<complement>(?:the|his|her|their|its|our)\s+"
    r"(?!(?:next|same|following|first|last|other|previous|day|night|morning|evening|afternoon|"
    r"week|weekend|month|year|time|police|press|media|shots|number|office|house|home|meeting|"
    r"election|vote|ball|game|race|roll)\b)[a-z][\w’'-]*(?:\s+[\w’'-]+){0,5})"
)


# the speaker's word for themselves, whatever its ending: "called himself pro-choice", "call
# themselves conservative", "calls herself a Democrat"; never a place or a direction ("calls
# himself in", "called himself out of the race")
_CHARACTERISED_SELF = compile_on_use(
    r"\s+(?P<object>himself|herself|themselves|myself|ourselves)\s+(?P<complement>"
    r"(?!(?:to|for|in|into|out|up|off|on|at|back|and|or|but|by|from|with|after|before)\b)"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,5})"
)


# the characterising verbs that also name a deed ("dubbed himself over footage of Trump", a
# voice laid on a film): a characterisation only with the words quoted ("The Law Society
# dubbed Mr Clarke's new proposals an "abuse of power"")
_QUOTED_ONLY_CHARACTERISERS = frozenset(["dub", "dubs", "dubbed", "dubbing", "termed", "terming"])


# "deem" takes nothing but an object and what it is deemed, so after one the words need no
# adjective's ending: "Politifact deemed those statements false", "The State Department has
# deemed about 1,500 of those pages purely personal", "Referee Mike Riley deemed the collision
# accidental"; the object opens as a noun phrase does, never with "to" ("deemed to be") nor a
# degree word ("whatever manner they deem most appropriate": the relative's object is before)
_DEEM_FORMS = frozenset(["deem", "deems", "deemed", "deeming"])
_DEEMED = compile_on_use(
    r"\s+(?P<object>him|them|it|[A-Z][\w’'.-]*|(?:about|some|several|many|all|both|certain|the|"
    r"his|her|their|its|our|these|those|[A-Z][\w’'.-]*|\d[\d,.]*)"
    r"(?:\s+(?!(?:to|that|and|or|but|because|as|by|for)\b)(?:\d[\d,.]*\d|[\w’'.$%-]+)){1,7}?)"
    r"\s+(?P<complement>(?:[a-z]+ly\s+)?(?!(?:to|by|for|in|on|at|with|from|as|and|or|but)\b)"
    # up to a clause of the writer's: "deemed those statements false because there is ..."
    r"[a-z][\w’'-]*(?:\s+(?!(?:because|after|before|when|while|since|despite|although|though|"
    r"and|but|or)\b)[\w’'-]+){0,2})"
)


# a cue word right after a determiner or a possessive is a noun, part of the thing
# characterised: "called AP’s report a "rush to judgment"", "called Clinton's remarks on 9/11
# a "new low"", "called that report Friday a "boldfaced lie""
_NOUN_BEFORE = compile_on_use(
    r"(?:\b(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)|\w[’']s?)\s+$"
)


# a subordinate clause with a subject of its own: "as he mentioned", "while Clinton spoke"
_SUBORDINATE_SUBJECT = compile_on_use(
    r"\b(?P<conj>(?i:as|when|while|because|after|before|since|if|though|although|until|once))"
    r"\s+(?P<subject>he|she|they|it|we|I|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+"
    r"(?:(?:[a-z]+ly|later|also|then|first|again)\s+)?"
    r"(?:[a-z]+ed|[a-z]+s|said|told|went|made|spoke|gave|took|was|were|had|is|has)\b"
)
# the subordinators whose clause a verb after "and" goes on: "when Cruz knocked Rubio on trade
# and called him a "moderate"", "Clinton, though she praised Garland and said ..."; not a time
# before or after ("McConnell was quick to embrace the mogul after he clinched the nomination
# and said this week ..." is McConnell's saying), a cause or a condition
_SHARED_SUBORDINATORS = frozenset(["when", "while", "as", "though", "although"])


def _coordinated_subject(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """ "The spokesman refused to answer ... but said there was no call": after "and" or "but"
    the verb shares the sentence's subject, also one behind an opener or an aside ("De Blasio,
    speaking on WOR710, called Trump a "blowhard," and said ...")."""
    joined = _COORDINATED.search(masked, max(s_start, cue_start - 40), cue_start)
    if joined is None:
        return None
    floor = _after_dateline(masked, s_start, cue_start)
    inside = _subordinate_clause_subject(masked, floor, joined.start())
    if inside is not None:
        return inside
    second = _second_clause_subject(masked, floor, joined.start(), cue_start)
    if second is not None:
        return second
    subject = (
        # a clause after a dash: "... drew Trump's ire - he called her "weak" and said"
        _subject_after_dash(masked, floor, joined.start(), cue_start)
        # no loose aside: "Paul Martino, CEO of Aggregate Knowledge, talks about the tool,
        # which ... and recommends content" is no Martino recommending
        or sentence_subject(masked, floor, cue_start, loose=False)
        # as for a speech participle: a cue inside a leading clause ("When asked whom she
        # supported, Ms. Sherry smiled and said") is no act the verb after "and" goes on with
        or _main_clause_subject(masked, floor, joined.start(), speech=True)
        or _opening_phrase_of_first_verb(
            masked, after_openers(masked, floor, cue_start), joined.start()
        )
    )
    if subject is not None and _SUBORDINATE_SUBJECT.search(masked, subject[1], joined.start()):
        # "some people were yawning ... as he mentioned raising the minimum wage ... and
        # described Mrs. Clinton's plans": the verb may share the subordinate clause's subject
        return None
    return subject


# a second main clause, its subject followed by its own verb: ", and the Anti-Defamation League
# strongly denounced", "; the group later issued"
_SECOND_CLAUSE = compile_on_use(r"(?:,\s*(?:and|but)|;)\s+(?=(?:[Tt]he|[A-Z])\w*\s)")
_ADVERB_BEFORE = compile_on_use(r"\s(?:[a-z]+ly|also|then|later)\s+$")


def _second_clause_subject(
    masked: str, floor: int, joined_at: int, cue_start: int
) -> tuple[int, int] | None:
    """ "A group of rabbis called for a boycott of his speech, and the Anti-Defamation League
    strongly denounced Trump's rhetoric and said it would ...": after ", and" a main clause of
    its own opens, with its own subject and verb, and the verb after the later "and" shares
    that subject, not the sentence's first one. None when no such clause stands between (",
    and the media and said": a list's last item, no verb of its own)."""
    if not _has_any(masked, floor, joined_at, (", and", ", but", ";")):
        return None  # the cheap test first
    clauses = list(_SECOND_CLAUSE.finditer(masked, floor, joined_at))
    if not clauses:
        return None
    opens = clauses[-1].end()
    verb = FINITE_WORD.search(masked, opens, joined_at)
    if verb is None:
        return None
    adverb = _ADVERB_BEFORE.search(masked, opens, verb.start())
    subject = subject_before(masked, opens, adverb.start() if adverb else verb.start())
    if subject is None:
        return None
    # "the prominent Jewish civil rights organization the Anti-Defamation League": a
    # description before the name is no clause of its own
    described = masked[opens : subject[0]]
    if described and ("," in described or FINITE_WORD.search(described)):
        return None  # the whole phrase before the verb, from the conjunction on, is its subject
    if masked[subject[0] : subject[1]].lower() in pronoun_classes():
        return None  # "..., but they declined ... and said": "they" stands for the first subject
    forms = reporting_verb_forms()
    for word in masked[floor : clauses[-1].start()].split():
        base = forms.get(word.strip(",;:"))
        if base in _CLAUSE_VERBS or base in _WEAK_CLAUSE_VERBS or word in belief_verb_forms():
            # "Trump said Clinton was weak, and the media were corrupt, and added ...": the
            # clause may be more of what was said before, its subject no new speaker
            return None
    return subject


# a dash that sets off a clause of its own: "For that she drew Trump's ire - he called her ..."
_CLAUSE_DASH = compile_on_use(r"\s(?:--?|[—–])\s+")


def _subject_after_dash(
    masked: str, floor: int, joined_at: int, cue_start: int
) -> tuple[int, int] | None:
    """ "For that she drew Trump's ire - he called her "weak" and said she had ...": after a
    dash a clause with a subject of its own opens, and the verb after "and" shares that
    subject, not the sentence's. None when no such clause stands between (a dash that closes
    an aside leaves a verb with no subject before it: "Mr. Cruz - a senator - attacked ...")."""
    if not _has_any(masked, floor, joined_at, (" -", " —", " –")):
        return None  # the cheap test first: most sentences have no dash
    dashes = list(_CLAUSE_DASH.finditer(masked, floor, joined_at))
    if not dashes:
        return None
    return sentence_subject(masked, dashes[-1].end(), cue_start, loose=False)


# what leaves a subordinate clause before its main clause: a comma or a conjunction right
# before the subordinator ("..., and when Rubio thanked Miami and said ...")
_MAIN_CLAUSE_TO_COME = compile_on_use(r"(?:[,;:\x01]|\b(?:and|but|or|yet))\s*$")


def _subordinate_clause_subject(masked: str, floor: int, joined_at: int) -> tuple[int, int] | None:
    """ "such as when Cruz knocked Rubio on trade and called him a "moderate"", "When Trump
    later referred to the massacre ... and said he would ...": the "and" at `joined_at` goes on
    a subordinate clause with a subject of its own (`_shared_subordinate_clause`); the verb
    after it shares that subject, not the main clause's. Only a clause that trails its main
    clause: before one, what was said would run on into the main clause
    (`_leading_clause_subject` reads those, with their content cut)."""
    clause = _shared_subordinate_clause(masked, floor, joined_at)
    if clause is None or _leads_main_clause(masked, floor, clause):
        return None
    return clause.span("subject")


def _leading_clause_subject(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The subject of a subordinate clause before its main clause whose second verb, after
    "and", is the cue: "Some in the crowd booed, and when Rubio thanked Miami and said it was
    great to be home, a man yelled", "Clinton, though she praised Garland and said Republicans
    should give him a hearing, notably stopped short ...". What was said ends where the clause
    does (`_leading_clause_end`)."""
    joined = _COORDINATED.search(masked, max(s_start, cue_start - 40), cue_start)
    if joined is None:
        return None
    floor = _after_dateline(masked, s_start, cue_start)
    clause = _shared_subordinate_clause(masked, floor, joined.start())
    if clause is None or not _leads_main_clause(masked, floor, clause):
        return None
    named = _opening_name_before(masked, floor, clause.start())
    if named is not None and clause.group("subject") in ("he", "she"):
        return named  # "Clinton, though she praised ...": the name is hers
    return clause.span("subject")


def _opening_name_before(masked: str, floor: int, at: int) -> tuple[int, int] | None:
    """The name that opens the sentence at `floor` with nothing but its comma before `at`
    ("Clinton, though she ...", "Mr. Sanders, after initially saying ..."): the main clause's
    subject, which the clause at `at` interrupts."""
    named = _NAME_THEN_COMMA.fullmatch(masked, floor, at)
    if named is None or named.group("name").split()[0].lower() in _DETERMINERS | PREPOSITIONS:
        return None
    return named.span("name")


# a sentence that opens with a name and a comma, its main clause's subject, before the clause
# it interrupts: "Clinton, though she ..."
_NAME_THEN_COMMA = compile_on_use(
    r"\s*(?:(?:But|And|Yet|Still)\s+)?(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}),\s+"
)


def _leading_clause_end(text: str, masked: str, cue_end: int, s_end: int) -> int | None:
    """Where a leading subordinate clause ends after its cue: at its first comma, colon or dash,
    past which the main clause goes on; None when no break ends it, and what was said cannot
    be told apart from the main clause."""
    breaks = _clause_breaks(text, masked, cue_end, s_end)
    if not breaks:
        return None
    end = breaks[0] + 1
    while text[end : end + 1] in _CLOSING_MARKS and end < s_end:
        end += 1  # "''successfully hacked,'' both ...": a closing mark may be two characters
    if end > breaks[0] + 1:
        return end  # 'said he would "protect our LGBTQ citizens," the crowd ...'
    return breaks[0]


_CLOSING_MARKS = ('"', "”", "’", "'")


def _shared_subordinate_clause(masked: str, floor: int, joined_at: int) -> re.Match[str] | None:
    """The subordinate clause the "and" at `joined_at` goes on: one opened by a subordinator
    of `_SHARED_SUBORDINATORS` with a subject of its own, whose verb is the clause's only one
    and which nothing closes or opens again (a comma, a relative, a quotation) before the
    "and"."""
    clause = max(
        _SUBORDINATE_SUBJECT.finditer(masked, floor, joined_at),
        key=lambda found: found.start(),
        default=None,
    )
    if (
        clause is None
        or clause.group("conj").lower() not in _SHARED_SUBORDINATORS
        or clause.group("subject") == "it"  # "as it happened": no speaker
        or _CLAUSE_BETWEEN.search(masked, clause.end(), joined_at)
        or FINITE_WORD.search(masked, clause.end(), joined_at)
        or any(mark in masked[clause.end() : joined_at] for mark in ",—–(")
    ):
        return None
    return clause


def _leads_main_clause(masked: str, floor: int, clause: re.Match[str]) -> bool:
    """Whether a subordinate clause comes before its main clause: nothing finite before it,
    or a comma or conjunction right before its subordinator."""
    return not FINITE_WORD.search(masked, floor, clause.start()) or bool(
        _MAIN_CLAUSE_TO_COME.search(masked, floor, clause.start())
    )


# between a sentence's first verb and the "and" of a second one, what makes the second verb
# another subject's: a clause of its own, a relative, a quotation
_CLAUSE_BETWEEN = compile_on_use(r"[;:\x01]|\b(?:who|whom|whose|which|that|when|while|as|if)\b")


def _opening_phrase_of_first_verb(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """ "The district GOP Chairman Chuck Williams declined to name ... but said", "China's
    state-owned investment giant CITIC runs an oil field ... and says", "One operative inside
    Trump Tower tried to downplay Ryan's comments, saying": the sentence's opening noun phrase,
    one no name pattern reads (`_long_subject`), is the subject of the verb after "and" (or of
    the participle) at `end` when it is the subject of the sentence's first verb and no verb or
    clause of its own stands between that verb and `end`."""
    verbs = sorted(
        [
            verb
            for verb in [
                *FINITE_WORD.finditer(masked, start, end),
                *_present_after_names(masked, start, end),
            ]
            if masked[verb.start() - 1] != "-"  # "state-owned": a piece of a modifier
        ],
        key=lambda verb: verb.start(),
    )
    if not verbs or any(verb.start() != verbs[0].start() for verb in verbs[1:]):
        return None
    if _CLAUSE_BETWEEN.search(masked, verbs[0].end(), end):
        return None
    # after an opener set off by a comma the phrase may open in lower case ("There, the
    # district GOP Chairman Chuck Williams declined to name ... but said")
    opener = masked[max(0, start - 3) : start].rstrip().endswith(",")
    subject = _long_subject(masked, start, verbs[0].start(), after_adverbial=opener)
    if subject is None and masked[start : verbs[0].start()].rstrip().endswith(","):
        # "The foreign secretary, Boris Johnson, rejected the plan, saying": an aside between
        # the subject and its verb, read as before a cue
        subject = _subject_before_comma_aside(masked, start, verbs[0].start())
    # "The update is something of an unusual move ... and underscores": a thing speaks not
    return subject if subject is not None and _may_speak(masked, subject) else None


# what the quoted characterisation goes on with: its modifiers ("a "champion" for its
# constituency", "a "pathological liar" who is ...") or another quoted word ("... and "dangerous"")
_CHARACTERISATION_TAIL = compile_on_use(
    # "that": "called it "dangerous" that Obama "has no strategy ...""
    r"\s+(?:(?:for|over|because|who|whose|without|about|to|of|from|that)\b"
    # a modifier, not a time or a place it was said at: "the pearl" on the Silk Road", "a
    # "scar" on the world's conscience"; not "on his radio show", "on the campaign trail"
    r"|on\s+the\s+(?!(?:campaign|radio|air|floor|stage|trail|same|day|eve|night|morning|"
    r"evening|afternoon|phone|program|programme|show|sidelines)\b)"
    r"|in\s+(?!(?:a|an|his|her|their|its)\b)|(?:and|or)\s+(?=\x01)"
    # a second complement: "... "the most extreme pick in a generation" and someone who had"
    r"|and\s+(?=(?:someone|somebody|a|an|one)\s))"
)
# a clause of its own after it: "what he called a "military invasion" of South Sudan, and he
# rejected accusations ..."
_AND_ITS_OWN_CLAUSE = compile_on_use(r",?\s+(?:and|but)\s+(?:he|she|they|it|we|I)\s")
# the main clause after a relative one: "Mr Blair, who has described Africa as a "scar" on the
# world's conscience, has already said ..."
_MAIN_VERB_AFTER = compile_on_use(
    rf",\s+(?:(?:also|already|still|now|[a-z]+ly)\s+)?(?:{FINITE_AUXILIARIES}|said|says)\b"
)
# the writer's own words after it: ", citing her work ...", ", applauding ..."
_WRITERS_PARTICIPLE = compile_on_use(r"(?:,|(?<=\x01))\s+(?:and\s+)?[a-z]+ing\b")


# "with former Maryland Gov. Martin O’Malley calling ...", "with the American Federation of
# Teachers calling her ...": a name (its role words and "of" inside it) right before the verb
_WITH_NAME = compile_on_use(
    r",?\s+with\s+(?P<name>(?:(?:the|former|[a-z]+\s+of)\s+)?(?:(?:[A-Z][\w’'.-]*|of|the|and)\s+)"
    r"{0,6}[A-Z][\w’'.-]*)\s+(?:[a-z]+ly\s+)?$"
)


# what may come before a characterising participle whose subject is the main clause's:
# "..., calling him", "..., and calling", "responded to that tweet by calling Alwaleed
# "dopey"", "..., at one point calling the mayor a "liar""
_PARTICIPLE_OPENER = compile_on_use(
    r"(?:,\s*(?:and\s+)?|\bby\s+|,\s*at\s+one\s+point\s+)(?:(?:[a-z]+ly|also|even)\s+)?$"
)


# a document its subject put out, then the participle: "Trump released a new radio ad calling
# it "dangerous"", "Trump and Ryan issued a statement describing their meeting as ..."
_DOCUMENT_PARTICIPLE = compile_on_use(
    r"\b(?:issued|released|put\s+out|sent|posted|published|placed|ran|aired|launched|"
    r"tweeted|wrote)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:statement|"
    r"ad|ads|advertisement|letter|petition|tweet|post|release|video|memo|op-ed|editorial)"
    r"(?:\s+(?:on|this|last|early|late)\s+\w+)?\s+$"
)


def _characterisation_end(text: str, masked: str, quote: Quote, s_end: int) -> int:
    """Where a quoted characterisation ends: at its closing mark, or with the modifiers that
    follow it up to the end of its clause, as PolNeAR marks it (32 train characterisations
    go on past the quotation into "for ...", "who ...", "and "..."", 23 stop there, all of
    those before a verb of the writer's: "and said ...", "and boycotted ...")."""
    if not _CHARACTERISATION_TAIL.match(masked, quote.close_end, s_end):
        return quote.end
    end = _clip_end(masked, quote.close_end, s_end)
    # "... and accused him of", ", citing", ", and he rejected ..."
    for writers in (_NEXT_VERB, _WRITERS_PARTICIPLE, _AND_ITS_OWN_CLAUSE, _MAIN_VERB_AFTER):
        cut = writers.search(masked, quote.close_end, end)
        end = cut.start() if cut else end
    end = _trim(text, quote.close_end, end)[1]
    time = _TRAILING_TIME.search(masked, quote.close_end, end)  # "... "improper" on Monday"
    return time.start() if time else end


# the quoted words right after the verb whose object is a relative before its subject: "what
# aide Kevin Phillips called "the beginning of a new Republican era"", "a country that Mitt
# Romney called "our No.1 geopolitical foe""
# ("what former employees have called a "fraudulent scheme"": an article before it goes with it)
_QUOTED_RIGHT_AFTER = compile_on_use(r"\s+(?:as\s+)?(?P<article>(?:a|an|the)\s+)?(?=\x01)")
_RELATIVE_OBJECT = frozenset(["what", "which", "that", "whom", "who"])


def _relative_characterisation(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int, m: re.Match[str]
) -> Attribution | None:
    """ "... led to what aide Kevin Phillips called "the beginning of a new Republican era"":
    the thing characterised is the relative before the speaker, so the claim is the speaker's
    quoted words alone."""
    if m.group().endswith("ing"):
        return None
    shape = _QUOTED_RIGHT_AFTER.match(masked, m.end(), s_end)
    quote = shape and next((q for q in quotes if q.open_at == shape.end()), None)
    if quote is None:
        return _what_is_called(text, masked, s_start, s_end, m)
    if all(w[:1].isupper() for w in text[quote.start : quote.end].split()):
        return None  # "a group it calls "We The People"": a name, not a judgement
    cue = _cue_span(masked, s_start, m.start(), m.end())
    if _MODAL_BEFORE.search(masked, max(s_start, cue[0] - 12), cue[0]):
        return None
    subject, appositive = _relative_characteriser(masked, s_start, cue[0])
    if _no_stance_holder(masked, subject):
        return None
    # a role before the name opens the speaker's words ("that the previous nominee, Mitt Romney,")
    holder = min(subject[0], appositive[0]) if appositive else subject[0]
    opener = tokens(masked, max(s_start, holder - 12), holder)
    if not opener or opener[-1].lower not in _RELATIVE_OBJECT:
        return None
    end = _characterisation_end(text, masked, quote, s_end)
    if _OPENING_PREPOSITION.fullmatch(masked, s_start, opener[-1].start):
        # "Amid what the New York Times called a "rough week" for Trump, a story by ... says":
        # the relative clause lies in a fronted phrase, which its comma closes
        comma = masked.find(",", quote.close_end, end)
        end = comma if comma >= 0 else end
    article = shape.start("article") if shape.group("article") else -1
    noun = _NOUN_AFTER_QUOTE.match(masked, quote.close_end, s_end) if article >= 0 else None
    if noun is not None:
        # "what he calls the ''crooked'' nominating process", "what they call the
        # ''fraudulent'' nomination of Hillary Clinton": the quoted word modifies a noun
        end = max(end, noun.end())
        if _CHARACTERISATION_TAIL.match(masked, end, s_end):
            end = max(end, _clip_end(masked, end, s_end))
    start, end = _trim(text, quote.start if article < 0 else article, end)
    kind = "direct" if start >= quote.start and end <= quote.end else "mixed"
    return Attribution(start, end, kind, f"{kind}:characterisation", (m.start(), m.end()),
                       subject, appositive, 0.7)  # fmt: skip


# the noun a quoted modifier goes with: "the ''crooked'' nominating process", "the "immoral"
# "lie"" (another quotation)
_NOUN_AFTER_QUOTE = compile_on_use(
    r"(?:\s+(?!(?:and|or|but|that|which|who|to|in|on|at|for|of|with|by|from|as)\b)"
    rf"(?!{FINITE_WORD.pattern}\b)(?![a-z]+ed\b)[a-z][\w’'-]*){{1,2}}(?=[\s,.;:!?)]|$)|\s+\x01+"
)


# what "what X calls" names, without quotation marks: a short noun phrase and nothing after it
# but a clause's end ("ending what he calls corruption in politics", "in what officials called
# a hate crime")
_WHAT_IS_CALLED = compile_on_use(
    r"\s+(?:as\s+)?(?P<name>(?!(?:for|on|it|him|her|them|out|up|off|in|to|back|upon|into|that|"
    r"this|me|us|you)\b)(?:[\w’'-]+\s+){0,5}?[\w’'-]+)"
    r"(?=\s*(?:[.;:)—–]|$|,\s+(?:and|but|or|which|who|while)\s))"
)


# the relatives whose thing a speaker describes: "which he describes as", "whom he describes as"
_DESCRIBED_OPENERS = ("what", "which", "whom")
# what the thing is described as, unquoted or quoted past a word of the writer's ("whom he
# describes as having "a prosecutor's bearing""), to the clause's end; never an "as" clause
_DESCRIBED_AS = compile_on_use(
    r"\s+as\s+(?P<name>(?!(?:if|though|well|soon|long|he|she|they|it|we|I|you)\b)"
    r"[^.;:!?\n]{2,300}?)(?=\s*(?:[.;:!?)—–]|$|,\s+(?:and|but|or|while)\s))"
)


def _what_is_called(
    text: str, masked: str, s_start: int, s_end: int, m: re.Match[str]
) -> Attribution | None:
    """ "Sanders has made ... ending what he calls corruption in politics a major focus":
    after "what" and its subject, the words the subject uses for the thing, unquoted."""
    described = m.group() in ("describe", "describes", "described")
    if m.group() not in ("call", "calls", "called") and not described:
        return None
    cue = _cue_span(masked, s_start, m.start(), m.end())
    subject = subject_before(masked, s_start, cue[0])
    if subject is None or _no_stance_holder(masked, subject):
        return None
    opener = tokens(masked, max(s_start, subject[0] - 8), subject[0])
    if not opener or opener[-1].lower not in (_DESCRIBED_OPENERS if described else ("what",)):
        return None
    if described:
        # "Florida, which he describes as his second home", "what they described as an
        # overwhelmingly liberal mainstream news media that was biased against Republicans":
        # the words after "as", to the end of the clause
        named = _DESCRIBED_AS.match(masked, m.end(), s_end)
        if named is None:
            return None
        start, end = named.start("name"), named.end("name")
        if masked[max(s_start, opener[-1].start - 2) : opener[-1].start].strip() == ",":
            # "the family business, which friends described as miserable, contributed to":
            # a relative between commas ends at the next one
            comma = masked.find(",", start, end)
            end = comma if comma >= 0 else end
        start, end = _trim(text, start, end)
        return Attribution(start, end, "indirect", "indirect:characterisation",
                           (m.start(), m.end()), subject, None, 0.7)  # fmt: skip
    named = _WHAT_IS_CALLED.match(masked, m.end(), s_end)
    if named is None or FINITE_WORD.search(named.group("name")):
        return None
    if all(w[:1].isupper() for w in named.group("name").split()[1:] or ["-"]):
        return None  # "creating what they call the Alert Retrieval Cache": a name
    start, end = _trim(text, named.start("name"), named.end("name"))
    return Attribution(start, end, "indirect", "indirect:characterisation",
                       (m.start(), m.end()), subject, None, 0.7)  # fmt: skip


def _relative_characteriser(
    masked: str, s_start: int, cue_start: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Who characterises in a relative clause, and an appositive that describes them: the
    subject right before the verb, a name with an appositive ("a country that the previous
    Republican presidential nominee, Mitt Romney, called"), or a name before a time ("who Beck
    on Wednesday called")."""
    subject = subject_before(masked, s_start, cue_start)
    if subject is not None:
        return subject, None
    before = masked[s_start:cue_start].rstrip()
    if before.endswith(","):
        comma = s_start + len(before) - 1
        pair = appositive_before(masked, s_start, comma)
        if pair is not None:
            return pair
        # the role first, then the name, both inside the relative: "a country that the
        # previous Republican presidential nominee, Mitt Romney, called"
        opener = _LAST_RELATIVE_OBJECT.search(masked, max(s_start, comma - 100), comma)
        pair = opener and _role_then_name_before(masked, opener.end(), comma)
        if pair:
            return pair
    aside = _ASIDE_BEFORE_CUE.search(masked, max(s_start, cue_start - 80), cue_start)
    if aside is not None and aside.start() > s_start:
        return subject_before(masked, s_start, aside.start()), None
    return None, None


# the last relative word before a role and a name set off by commas: "a country that the
# previous Republican presidential nominee, Mitt Romney, called"
_LAST_RELATIVE_OBJECT = compile_on_use(
    r"\b(?:what|which|that|whom)\s+(?!.*\b(?:what|which|that|whom)\s)"
)


# a name, a comma and "who" before the verb: the name characterises ("a damning reaction from
# U.S. President Barack Obama, who called the Republican nominee "unfit to serve"")
_NAMED_WHO = compile_on_use(r"[A-Z][\w’'.-]*,\s*who\s+(?:has\s+|had\s+)?(?:[a-z]+ly\s+|also\s+)?$")


# as for a believer; but "when" and "where" open a clause whose subject does characterise:
# "..., when Hillary Clinton called the Republican frontrunner "ISIS' best recruiter.""
_NOT_BEFORE_CHARACTERISER = _NOT_BEFORE_BELIEVER - {"when", "where"}


# the agent right after a passive characterising verb, its words after "as": "was described
# by Jobs as the "most important Mac"", "were described at the time by the Bush
# administration as minor"
_BY_THEN_AS = compile_on_use(r"\s+(?:at\s+the\s+time\s+)?by\s+")
_AS_NEXT = compile_on_use(r"\s+as\s+")
_BY_AGENT = compile_on_use(r"\s+by\s+")  # "by MPs", "as reported by CNN": the agent
# the quoted words right after it, then their agent: "has been branded a "disgraceful waste"
# by MPs", "have been described as "irresponsible" and "outrageous" by the Islamic Human Rights
# Commission"
_WORDS_BEFORE_QUOTE = compile_on_use(
    r"\s+(?:as\s+)?(?P<words>(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?)?(?=\x01)"
)
_ANOTHER_QUOTE = compile_on_use(r",?\s+(?:and|or)\s+(?=\x01)")
# the thing characterised is a relative's head, outside the clause: "Olympia Esposito, who was
# characterized by Mr. Gigante's lawyers as his common-law wife"
_RELATIVE_RIGHT_BEFORE = compile_on_use(r"\b(?:who|which|that)\s+$")


def _passive_characterisation(
    text: str,
    masked: str,
    quotes: list[Quote],
    sentence: tuple[int, int],
    m: re.Match[str],
    aux_at: int,
) -> Attribution | None:
    """ "A scheme to offer UK university courses online has been branded a "disgraceful waste"
    by MPs", "The $499 Macintosh ... was described by Jobs as the "most important Mac"": a
    characterisation in the passive, said by the agent after "by". The claim is the thing (the
    passive's subject, when it opens the clause) and the words; without an agent it is
    nobody's ("has been called "strategic ambiguity"" alone names no speaker)."""
    s_start, s_end = sentence
    by = _BY_THEN_AS.match(masked, m.end(), s_end)
    if by is not None:
        agent = subject_after(masked, by.end(), s_end)
        as_ = agent and _AS_NEXT.match(masked, agent[1], s_end)
        if not agent or not as_:
            return None
        words_start = as_.end()
        quote = next((q for q in quotes if q.open_at == words_start), None)
        if quote is not None:
            words_end = _characterisation_end(text, masked, quote, s_end)
        else:
            words_end = _clip_end(masked, words_start, s_end)
            comma = _COMMA_THEN_SPACE.search(masked, words_start, words_end)
            words_end = comma.start() if comma else words_end
    else:
        shape = _WORDS_BEFORE_QUOTE.match(masked, m.end(), s_end)
        quote = shape and next((q for q in quotes if q.open_at == shape.end()), None)
        if not quote:
            return None
        words_start = shape.start("words") if shape.group("words") else quote.start
        words_end = quote.end
        close = quote.close_end
        more = _ANOTHER_QUOTE.match(masked, close, s_end)
        following = more and next((q for q in quotes if q.open_at == more.end()), None)
        if following:
            words_end, close = following.end, following.close_end
        by = _BY_AGENT.match(masked, close, s_end)
        agent = by and subject_after(masked, by.end(), s_end)
        if not agent:
            return None
    if _no_stance_holder(masked, agent) or masked[agent[0] : agent[1]].lower() in pronoun_classes():
        return None
    floor = after_openers(masked, _after_dateline(masked, s_start, aux_at), aux_at)
    start = words_start
    if not _RELATIVE_RIGHT_BEFORE.search(masked, floor, aux_at) and not FINITE_WORD.search(
        masked, floor, aux_at
    ):
        start = floor  # the passive's subject opens the clause: the thing characterised
    s, e = _trim(text, start, words_end)
    if e - s < 3:
        return None
    # quoted words make it mixed, as for the active: "the "most important Mac" made by Apple"
    kind = "mixed" if any(q.open_at < e and q.close_end > s for q in quotes) else "indirect"
    return Attribution(s, e, kind, f"{kind}:characterisation", (aux_at, m.end()), agent, None,
                       0.65)  # fmt: skip


# a relative pronoun, perhaps with a word after it, right before the verb
_RELATIVE_AT_END = compile_on_use(r"\b(?:who|which|that)\s+(?:[a-z]+\s+)?$")


def _characterisation(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    s_end: int,
    m: re.Match[str],
    found: list[Attribution],
) -> Attribution | None:
    """ "Jeb Bush called Trump "unhinged"", "..., calling him "a total stiff"": how the speaker
    characterises something, in quoted words. The claim is the thing and the words together.

    Only with a quotation (so "called for a vote" or "a group called X" never count), a thing
    named between the verb and it, and a speaker who is the verb's subject.
    """
    relative = _relative_characterisation(text, masked, quotes, s_start, s_end, m)
    if relative is not None:
        return relative
    passive = _PASSIVE_BEFORE.search(masked, max(s_start, m.start() - 40), m.start())
    if passive is not None:
        # the auxiliaries before "been" belong to the cue: "has been branded"
        aux_at = _cue_span(masked, s_start, passive.start(), m.end())[0]
        return _passive_characterisation(text, masked, quotes, (s_start, s_end), m, aux_at)
    shape = _CHARACTERISED.match(masked, m.end(), s_end)
    if shape is not None and shape.group("aside") and FINITE_WORD.search(shape.group("aside")):
        shape = None  # "When he first described the wall in December, he said, "...""
    if shape is not None and any(
        not _NOUN_BEFORE.search(masked, shape.start("object"), cue.start())
        for cue in find_cues(masked, shape.start("object"), shape.end("object"))
    ):
        shape = None  # "called him divisive and accused him of "..."": the object ends earlier
    if shape is None:
        if m.group() in _QUOTED_ONLY_CHARACTERISERS:
            return None  # "he dubbed himself over footage of Trump": a voice laid on a film
        shape = _CHARACTERISED_PLAIN.match(masked, m.end(), s_end)
        # a complement with a determiner of its own ends with its noun phrase: "calling Trump
        # his friend, meeting with him in July ..."
        determined = (
            shape is not None and shape.group("complement").split()[0] in _COMPLEMENT_POSSESSIVES
        )
        if shape is None:
            shape = _CHARACTERISED_PRONOUN.match(masked, m.end(), s_end)
            determined = shape is not None
        reflexive = shape is None
        if shape is None:
            shape = _CHARACTERISED_SELF.match(masked, m.end(), s_end)
            if shape is not None and shape.group("complement")[:1].isupper():
                return None  # "He called himself Turkmenbashi": a name he took, no judgement
        if shape is None and m.group() in _DEEM_FORMS:
            shape = _DEEMED.match(masked, m.end(), s_end)
            reflexive = False
        if shape is None or STRICT_FINITE.search(" ".join(shape.group("complement").split()[:3])):
            return None  # "called the police and said ...": no complement
        end = _clip_end(masked, shape.start("object"), s_end)
        if reflexive:
            # "called himself pro-choice, stances that he has since disavowed": the word for
            # himself ends at the comma; what follows is the writer's
            comma = masked.find(",", shape.end("object"), end)
            end = comma if comma >= 0 else end
        subordinate = _WRITERS_SUBORDINATE.search(masked, shape.end("object"), end)
        end = subordinate.start() if subordinate else end
        verb = _NEXT_VERB.search(masked, shape.end("object"), end)  # "... and accused him of"
        participle = _WRITERS_PARTICIPLE.search(masked, shape.end("object"), end)
        if determined and participle and (verb is None or participle.start() < verb.start()):
            verb = participle  # "..., raising the question of ...": the writer's words
        span = _trim(text, shape.start("object"), verb.start() if verb else end)
        claim = (*span, "indirect")
    else:
        claim = None
    obj = shape.group("object")
    if (
        not re.search(r"[A-Za-z]", obj)
        or obj.split()[0].lower() in words("determiners")
        and len(obj.split()) == 1
        # "he called her "weak"", "called that "beyond preposterous."", "called her a liar",
        # "calls this a false narrative": a pronoun object
        and obj.lower() not in ("her", "this", "that")
    ):
        return None
    quote = next((q for q in quotes if q.open_at == shape.end()), None)
    if claim is None:
        if quote is None:
            return None  # one quoted word is enough here: "called Trump "unhinged""
        if all(
            w[:1].isupper() for w in text[quote.start : quote.end].split()
        ) and not _INDEFINITE_BEFORE_QUOTE.search(masked, shape.end("object"), shape.end()):
            return None  # "Fans call him 'The Rocket'": a nickname or a title, not a judgement
        claim = (shape.start("object"), _characterisation_end(text, masked, quote, s_end), "mixed")
    before = masked[s_start : m.start()]
    named_who = _NAMED_WHO.search(before)
    described = _name_of_appositive_who(masked, s_start, m.start())
    described_name = described[0] if described else None
    if named_who is None and described_name is None and _RELATIVE_AT_END.search(before):
        # "a boy who calls himself a girl", "letters that called him ...": the relative
        # describes its head
        return None
    if _PASSIVE_BEFORE.search(before) or _ends_in_to(before) and _TO_BEFORE.search(before):
        return None
    verb_at = _before_adverbs(masked, s_start, m.start())
    if _MODAL_BEFORE.search(masked, max(s_start, verb_at - 12), verb_at):
        # "the media would call him a "chicken"", "they would likely deem it acceptable": not
        # something said
        return None
    cue_start = m.start()
    appositive = None
    if m.group().endswith("ing"):
        named = _WITH_NAME.search(masked, max(s_start, m.start() - 80), m.start())
        if named is not None:
            # "Democratic candidates went further, with former Maryland Gov. Martin O’Malley
            # calling Trump a fascist": the name after "with" is who characterises
            subject = named.span("name")
        elif (
            not _PARTICIPLE_OPENER.search(before)
            and not _DOCUMENT_PARTICIPLE.search(before)
            # 'trashed Comey on MSNBC’s “Morning Joe,” calling it': the comma inside the mark
            and not _aside_ends_in_quote(text, masked, s_start, m.start())
        ):
            return None
        else:
            floor = _after_dateline(masked, s_start, m.start())
            subject = (
                found[-1].mention
                if found
                else sentence_subject(masked, floor, m.start())
                # "Speaking at a town hall event in Salem, Trump went after Bush, calling him"
                or _main_clause_subject(masked, floor, m.start())
            )
    else:
        cue_start = _cue_span(masked, s_start, m.start(), m.end())[0]
        subject = (
            described_name
            or subject_before(masked, s_start, cue_start)
            # "Jack Reed said ... that he hadn't gotten a chance to read the plan, but called it a
            # "starting point"": the speaker of the claim just cut off acts again, as for "said"
            or _previous_act(masked, found, cue_start)
            or _coordinated_subject(masked, s_start, cue_start)
            # "Stuart Stevens, who served as Romney's chief strategist ..., called"
            or _name_before_aside(masked, s_start, cue_start)
            # "Trump on Tuesday called undocumented immigrants "rapists""
            or _subject_before_time(masked, s_start, cue_start)
        )
        if described is not None and subject == described_name:
            appositive = described[1]  # "Mr. Guerrero, a Republican who ...": his description
        if subject is None and obj.lower() != "as":
            # "Her chief policy aide, Jake Sullivan, calls her record a "blueprint"", as for
            # a speaker of "said"; not a passive with nothing characterised after it ("A
            # 32-year-old British climber, described as "lacking experience", dies")
            pair = _named_pair_before_comma(text, masked, s_start, cue_start)
            subject, appositive = pair or (
                _subject_before_parenthesis(masked, s_start, cue_start),
                None,
            )
        opener = tokens(masked, max(s_start, subject[0] - 20), subject[0]) if subject else []
        if named_who is not None:
            if subject is None or not masked[subject[0]].isupper():
                return None  # "Contrast that with Trump, who": no name alone before "who"
        elif opener and opener[-1].lower in _NOT_BEFORE_CHARACTERISER:
            return None  # "what he calls "...""
    if _no_stance_holder(masked, subject):
        return None
    start, end, kind = claim
    if kind != "direct" and _RELATIVE_BEFORE_CUE.search(
        masked, max(s_start, cue_start - 40), cue_start
    ):
        # "Beck, who has in the past described Trump as ... "will lead to civil war or worst,"
        # clearly intended the Indiana audience to ...": the relative clause ends before the
        # sentence's own predicate, as for "said" (`_relative_predicate`)
        predicate = _relative_predicate(text, masked, start, end)
        if predicate is not None and not _COMMA_THEN_SPACE.search(masked, start, predicate):
            end = _trim(text, start, predicate)[1]
    # the cue as the speech rules give it: with "went on to" ("went on to call Cruz ...")
    return Attribution(start, end, kind, f"{kind}:characterisation", (cue_start, m.end()),
                       subject, appositive, 0.7)  # fmt: skip


# the words that govern a bare plural document whose relative clause is its finding ("cited
# polls that show", "based on polls that show"): any preposition but "of" ("the release of
# documents that showed" is the release's), and those the shared list leaves out because they
# also open clauses ("Trump rose after polls that showed him leading", "despite documents
# which show")
_BARE_PLURAL_PREPOSITIONS = (PREPOSITIONS - {"of"}) | frozenset(
    ["after", "before", "despite", "amid", "following", "like"]
)


def _evidence_phrase(
    masked: str, s_start: int, toks: list[Token], head: Token, verb_at: int, relative: bool = False
) -> tuple[int, int] | None:
    """ "new fundraising reports", "FEC records", "The latest Reuters/Ipsos poll": the words
    before an evidence noun back to a determiner, a comma or the sentence start, with the
    modifiers after it ("published Tuesday", "taken in South Carolina") up to the verb."""
    index = toks.index(head)
    first = index
    dets = words("determiners")
    for k in range(index - 1, max(0, index - 4), -1):
        # "The RealClearPolitics rolling average of polls", "A new batch of State Department
        # emails": the phrase is the noun before "of", whose own words come before it
        if toks[k].lower == "of":
            if toks[k - 1].text.isalpha() and toks[k - 1].text.islower():
                index = first = k - 1
            break
        if not toks[k].text[:1].isalnum() or toks[k].lower in PREPOSITIONS:
            break
    owner = -1
    for j in range(index - 1, max(-1, index - 7), -1):
        tok = toks[j]
        if (
            tok.lower == "of"
            and j > 0
            and first == j + 1
            and toks[j - 1].text[:1].isupper()
            and toks[j + 1].text[:1].isupper()
        ):
            continue  # "A University of New Hampshire poll": "of" inside the name
        if tok.text in ("’s", "'s") and j > 0 and toks[j - 1].text[:1].isalnum():
            # "Monday night's results", "The group's quarterly survey": whose document it is;
            # before the owner only its name, time or determiner ("By contrast last year's
            # survey" is last year's)
            first = owner = j - 1
            continue
        if j == owner:
            continue
        if (
            owner >= 0
            and not (
                tok.lower in dets
                or tok.lower in _DOCUMENT_ORDER
                or (tok.text[:1].isupper() and not toks[owner].text.islower())  # "the NAO's"
                or (toks[owner].lower in _TIMES and (tok.text[:1].isupper() or tok.lower in _TIMES))
            )
        ):
            break  # "the same day Gray's autopsy" is Gray's, "Monday night's results" Monday's
        if (
            not tok.text[:1].isalnum()
            or tok.lower in PREPOSITIONS
            or STRICT_FINITE.fullmatch(tok.lower)
        ):
            break
        # "A USA TODAY/Suffolk University poll", "A USA Today/Suffolk University poll"
        in_name = tok.text[:1].isupper() and j > 0 and toks[j - 1].text[:1].isupper()
        if (
            tok.lower in words("function_words")
            and tok.lower not in dets
            and tok.lower not in _DOCUMENT_ORDER
            and not in_name
        ):
            break
        first = j
        if tok.lower in dets:
            break
    # "Sanders highlighted polls that show him performing as well": a plural with no words of
    # its own, right after a verb or a preposition, is the relative's antecedent whole
    bare_plural = (
        relative
        and index == toks.index(head)
        and head.lower.endswith("s")
        and index > 0
        and (
            FINITE_WORD.fullmatch(toks[index - 1].lower) is not None
            or toks[index - 1].lower in _BARE_PLURAL_PREPOSITIONS
        )
    )
    if bare_plural:
        first = index
    if relative and (
        toks[first].lower not in dets
        and not bare_plural
        or index != toks.index(head)
        or any(
            t.text.islower() and t.lower.endswith(("ed", "ing", "s"))
            for t in toks[first + 1 : index]
        )
    ):
        # "a new poll that shows", "the Wall Street Journal/NBC News poll that shows"; not
        # "provides entrance poll results that show", "has yet to release figures which show",
        # "the White House cited initial analysis that showed", "the release of internal
        # documents that showed": only a determiner and plain modifiers before the noun, or
        # the phrase may run back across a verb no list of finite forms has
        return None
    start = toks[first].start
    if (
        not relative
        and 0 < first < index
        and toks[first].lower in dets
        and toks[first - 1].lower in PREPOSITIONS - {"of"}
        and toks[first - 1].start >= s_start
        and not (first > 1 and toks[first - 2].capitalised and toks[first + 1].capitalised)
    ):
        # "Just looking at the pictures ... show that", "a comparison with his previous filings
        # show": the object of a preposition is no subject ("the poll" in "Results of the
        # poll", "the Future" in "The Forum for the Future research" go with the phrase)
        return None
    if (
        not relative
        and first > 1
        and toks[first - 1].lower == "of"
        and toks[first - 2].lower in words("evidence_nouns")
        and toks[first - 1].start >= s_start
    ):
        return None  # "a recent review of Hillary Clinton's emails seems to show": the review's
    if (
        masked[s_start:start].strip()
        and not masked[s_start:start].rstrip().endswith(",")
        and first == index
        and not (first > 0 and toks[first - 1].lower in _CLAUSE_LINKS)
        and not relative  # "based on polls that show": the relative's own subject
    ):
        return None  # "voters in the survey show": the noun is no subject
    # "Polls there show": the place, like the adverbs, is no part of the document's name
    modifiers = re.sub(
        r"(?:\s+(?:also|now|still|again|there|here|[a-z]+ly))+\s*$", "", masked[head.end : verb_at]
    )

    longest = 16 if modifiers.split()[:1] and modifiers.split()[0] in PREPOSITIONS else 10
    if "," not in modifiers and 0 < len(modifiers.split()) <= longest:
        # "The report published Tuesday", "A study by the liberal watchdog group Media Matters"
        return start, head.end + len(modifiers.rstrip())
    return start, head.end


# a time that owns a document: "Monday night's results", "last year's survey"
_TIMES = words("time_nouns") | {"night", "morning", "afternoon", "evening", "today", "yesterday"}


# function words that say which of a series a document is: "his first videos", "the last poll"
_DOCUMENT_ORDER = frozenset(["first", "last", "earlier", "later"])


# words that open a clause whose subject may be a bare plural: "as polls show", "where polls
# show Mrs. Clinton slightly trailing", "because recent polls show"
_CLAUSE_LINKS = frozenset(
    ["as", "where", "because", "while", "since", "although", "though", "when", "but", "and"]
    + ["after", "before", "once", "until"]  # "have gathered pace after figures showed that"
)


# a subordinator between a document and a verb: the verb is another clause's ("final figures on
# Thursday when projected increases will be ...")
_SUBORDINATOR_BETWEEN = compile_on_use(r"\b(?:when|whenever|if|because|although|though|unless)\b")


# a relative pronoun between the document and its verb: "polls that show", "a poll which found"
_RELATIVE_BETWEEN = compile_on_use(r"\s+(?:that|which)\s+")


# words that may follow the document's noun before its verb: "The poll also found", "A report
# last month already showed", "polls there show", "A Monmouth poll out Monday showed" (out:
# published)
_AFTER_EVIDENCE_NOUN = frozenset(
    ["also", "now", "still", "again", "alone", "only", "already", "even", "last", "this",
     "earlier", "later", "there", "here", "team", "teams", "numbers", "out"]
)  # fmt: skip


# an aside between the document and its verb: ", released on Wednesday night by the Public
# Policy Institute of California,", ", conducted jointly with ...,", ", which surveyed ...,",
# ", where traders invest in the outcome,", ", often conducted by comparing differences ...,"
_EVIDENCE_ASIDE = compile_on_use(
    # the document's own short phrase may come first: "studies of the minimum wage, often ..."
    r"(?P<own>\s+(?:of|on|by|from|in|among)\s+[^,;\x01]{1,60}?)?"
    r"(?:\s*,\s+(?:(?:which|who|where)\s|(?:(?:often|usually|typically|mostly|[a-z]+ly)\s+)?"
    r"[a-z]+(?:ed|en)\s|(?:of|by|in|for|from|among|with)\s)"
    r"[^,;\x01]{3,160}?,"
    # or set off by dashes: "the figures - revised after an audit which led to the sacking of
    # the Canadian firm's chief - showed"
    r"|\s+(?:-|--|–|—)\s+[a-z]+(?:ed|en)\s[^;\x01—–]{3,160}?\s(?:-|--|–|—))"
    r"\s*(?:(?:also|now|still|again|[a-z]+ly)\s+)*$"
)


# "found that" / "found in 2014 that": a finding stated as a clause
_FOUND_THAT = compile_on_use(r"(?:\s+in\s+\d{4})?,?\s+that(?:\s+|,\s+)(?!is\b|was\b|of\b)")


def _finding_that(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    s_end: int,
    m: re.Match[str],
    verb_at: int,
) -> Attribution | None:
    """ "The authors found that voters in districts hardest hit by Chinese imports tended to
    ...", "In 2014, Pew found that ...", "Clinton's lawyers looked through the e-mails and
    found that ...": what researchers, an agency or an inquiry found, stated as a "that"
    clause, is their claim whatever the subject's noun. Only "find" (not "show": "Cleveland
    showed that ..." is the writer's inference), never the writer or reader."""
    if m.group() not in ("found", "finds", "find"):
        return None
    that = _FOUND_THAT.match(masked, m.end(), s_end)
    bare = None
    if that is None:
        # "Military Times found Democrats favored Clinton", "an arbitration panel in 2001
        # found the United States was in breach of the agreement": a clause without "that",
        # a finite verb after its short subject; not an object and its complement ("found it
        # difficult", "found him guilty")
        if m.group() == "find" or _FOUND_OBJECT.match(masked, m.end(), s_end):
            return None
        if not (
            _FOUND_CLAUSE.match(masked, m.end(), s_end)
            or _FOUND_PAST_CLAUSE.match(masked, m.end(), s_end)
        ):
            return None
        bare = _bare_clause(text, masked, quotes, m.end(), s_end, "report")
        if bare is None:
            return None
    cue_start = _cue_span(masked, s_start, verb_at, m.end())[0]
    if _NEGATED_BEFORE.search(masked, max(s_start, cue_start - 24), cue_start):
        return None
    if _MODAL_BEFORE.search(masked, max(s_start, cue_start - 12), cue_start):
        return None  # "may find that": not found yet
    subject = subject_before(masked, s_start, cue_start)
    if subject is None and bare is None:
        # (a clause without "that" only after its own subject: "where the research into lost
        # and found gadgets was carried out" shares no subject across "and")
        subject = (
            _coordinated_subject(masked, s_start, cue_start)
            or _name_before_aside(masked, s_start, cue_start)
            # "But Mr. Autor and his colleagues found that ...": a subject phrase no other
            # pattern reads, as for a saying
            or _long_subject(masked, _after_dateline(masked, s_start, cue_start), cue_start)
        )
    if subject is None or masked[subject[0] : subject[1]].lower() in _NOT_BELIEVERS | {"it"}:
        return None
    opener = tokens(masked, max(s_start, subject[0] - 20), subject[0])
    if opener and opener[-1].lower in _NOT_BEFORE_BELIEVER:
        return None  # "what the researchers found that ...", "if we find that"
    if bare is not None:
        s, e, kind = bare[:3]
    else:
        s, e = _trim(text, that.end(), _clip_end(masked, that.end(), s_end))
        kind = _content_kind(masked, quotes, s, e)
    if len(text[s:e].split()) < 4:  # (a quotation is one masked run: count its words)
        return None
    return Attribution(s, e, kind, f"{kind}:evidence", (m.start(), m.end()), subject, None, 0.6)


# a clause after "found" without "that": a short subject, then an auxiliary ("found the United
# States was in breach", "found they could no longer defend ..."); a verb in "-ed" or "-s" is
# as often a participle of the object ("found a man injured", "found a knife, which ...")
_FOUND_CLAUSE = compile_on_use(
    r"\s+(?:(?:he|she|they|we|it)\s+|(?:(?!(?:and|or|but|he|she|they|we|I|it|who|which|that|"
    r"dead|alive|guilty|unconscious|injured|lying)\b)[\w’'.-]+\s+){1,5}?)"
    r"(?:was|were|is|are|had|has|have|would|could|will|should|might|may|did|does)\b"
)
# a past verb in "-ed" after a short subject, and its own object right after it: "found
# Democrats favored Clinton", "found the board approved the sale"; a participle of the object
# takes a preposition or nothing ("found the car parked outside", "found voters divided")
_FOUND_PAST_CLAUSE = compile_on_use(
    r"\s+(?:(?:the|a|an|most|many|some|more|[A-Z][\w’'.-]*)\s+){0,3}?"
    r"(?:[A-Z][\w’'.-]*|[a-z]{3,}s)\s+"
    r"[a-z]{3,}ed\s+"
    # not a time after the participle: "found the climbers stranded the night before"
    r"(?!(?:the|a|an|that|this|last)\s+(?:night|day|morning|evening|afternoon|week|month|year|"
    r"previous|next|following|same|day's)\b)"
    r"(?:the|a|an|his|her|their|its|our|[A-Z][a-z]|\d|\$)"
)
# an object pronoun or a quantity after "found": what was found, with a complement, not a clause
_FOUND_OBJECT = compile_on_use(
    r"\s+(?:it|him|her|them|me|us|you|himself|herself|themselves|itself|myself|ourselves|"
    r"no|little|nothing|some|any|that|this|these|those)\b"
)


# a perfect auxiliary, perhaps with an adverb, right before a verb
_PERFECT_AUXILIARY_END = compile_on_use(r"\b(?:has|have|had)\s+(?:(?:also|now|[a-z]+ly)\s+)?$")


def _evidence(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int, m: re.Match[str]
) -> Attribution | None:
    """ "A Fox News poll shows Sanders with 47 percent", "FEC records from 2008 show he backed
    McCain", "..., new fundraising reports show": a finding attributed to a document.

    The document is the nearest evidence noun before the verb with nothing but modifiers in
    between ("published Tuesday", "taken in South Carolina"), never a passive ("was found").
    """
    before = masked[s_start : m.start()]
    # "Recent polling is showing Trump has a significant lead": a finding in the progressive
    participle = m.group().endswith("ing")  # "showing", "suggesting", "indicating"
    progressive = _PROGRESSIVE_CUE.search(before) if participle else None
    published = _published_finding(text, masked, quotes, s_start, s_end, m)
    if published is not None:
        return published
    if participle and progressive is None:
        # "Footage showing the police beating a man was broadcast": a participle; but "with
        # polls showing ..." reports the polls' finding
        return _finding_participle(text, masked, quotes, s_start, s_end, m) or _document_participle(
            text, masked, quotes, s_start, s_end, m
        )
    # "a recent review of Hillary Clinton's emails seems to show that ...": a hedged finding,
    # the document before "seems"
    to_before = _ends_in_to(before)
    seeming = _SEEMS_TO_BEFORE.search(before) if to_before else None
    if seeming is None and (
        (_PASSIVE_BEFORE.search(before) and not progressive)
        or to_before
        and _TO_BEFORE.search(before)
    ):
        return None
    if _HYPOTHETICAL_BEFORE.search(before):
        return None  # "church records that would reveal something": nothing was found yet
    noun = _NOT_A_FINDING_VERB.search(before)
    if noun is not None and (noun.group(1) is None or m.group() in ("show", "shows")):
        return None  # "in shows such as ...", "radio and television shows"
    if _PHRASAL_SHOW.match(masked, m.end(), s_end):
        return None  # "a documentary that showed off some of the renovations"
    if m.group() in ("find", "show") and masked[s_start:s_end].rstrip(_EDGE_TRIM).endswith("?"):
        return None  # "Did the investigation find reasons to question ...?": asked, not found
    # "every recent state poll has shown him trailing", "a new statewide poll has found": the
    # perfect reports a finding like the past; the document is looked for before the auxiliary
    perfect = _PERFECT_AUXILIARY_END.search(before) or progressive or seeming
    if perfect is None and m.group() == "shown":
        return None  # "Footage shown on the handset was clear": a participle, no finding
    verb_at = m.start() - len(perfect.group()) if perfect else m.start()
    # "The authors ... combed through the filings of the Fortune 500 for 2015 and found ...":
    # after "and" the verb shares the sentence's subject, not the document named before it
    shared = _COORDINATED.search(before[-40:]) is not None
    document = (
        None if shared else _document_finding(text, masked, quotes, s_start, s_end, m, verb_at)
    )
    return (
        document
        or _finding_that(text, masked, quotes, s_start, s_end, m, verb_at)
        or _finding_after(text, masked, quotes, s_start, s_end, m, verb_at)
    )


# a document its subject put out, then the participle or the relative that says what it found:
# "Democracy Corps published research on behalf of the Roosevelt Institute during the
# Democratic National Convention showing that ...", "Stan Greenberg ... released data Monday
# morning that suggest ..."; the verb first, then the document, a few words of its own after it.
# Not a relative set off by a comma ("Clinton released her medical records in July, which
# showed she was fit for duty"): what it adds is the document's own finding
_PUBLISHED_DOCUMENT = compile_on_use(
    r"\b(?:released|releasing|published|publishing|issued|issuing|put\s+out|putting\s+out)\s+"
    r"(?P<document>(?:(?:a|an|the|its|his|her|their|new|latest|own|internal|[a-z]+ly|[\w-]+al)\s+)"
    r"{0,3}(?P<noun>[a-z]+))(?:\s+[^,;:\x01—–]{1,90}?)??(?:\s+(?:that|which))?\s+$"
)


def _published_finding(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int, m: re.Match[str]
) -> Attribution | None:
    """What a document put out by the sentence's subject found (see `_PUBLISHED_DOCUMENT`),
    said by whoever put it out, as "issued a statement saying" is (`_sender`); or None."""
    if not _has_any(masked, s_start, m.start(), _PUBLISHING_WORDS):
        return None  # the cheap test first: most findings name no one who put them out
    put_out = _PUBLISHED_DOCUMENT.search(masked, max(s_start, m.start() - 160), m.start())
    if put_out is None or put_out.group("noun") not in words("finding_nouns"):
        return None
    relative = put_out.group().rstrip().endswith(("that", "which"))
    if relative == m.group().endswith("ing"):
        return None  # "released data that showing", "released data suggests": no such shape
    sender = _sender(masked, s_start, put_out.start("document"))
    if sender is None or _SENT_TO.match(masked, sender[1]):
        return None
    possessor = _NAMED_POSSESSOR.match(masked, sender[0], sender[1])
    if possessor is not None:
        sender = (possessor.end(), sender[1])  # "Democracy Corps’ Stan Greenberg": the person
    that = _THAT_AFTER_FINDING.match(masked, m.end(), s_end)
    start = that.end() if that else m.end()
    s, e = _trim(text, start, _clip_end(masked, start, s_end))
    if len(text[s:e].split()) < 4 or not has_finite(masked, s, e):
        return None  # "published a report showing the figures": a thing shown, no finding
    kind = _content_kind(masked, quotes, s, e)
    return Attribution(s, e, kind, f"{kind}:document-finding", (m.start(), m.end()), sender,
                       None, 0.6)  # fmt: skip


# a body's name as the possessor of a person's: "Democracy Corps’ Stan Greenberg"
_NAMED_POSSESSOR = compile_on_use(r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:[’']s?)\s+(?=[A-Z])")
_PUBLISHING_WORDS = ("released", "releasing", "published", "publishing", "issued", "issuing",
                     "put out", "putting out")  # fmt: skip


# a finding's participle in a prepositional phrase: "with recent polls showing a tightening of
# the race", "Despite polls showing her well behind,", "in the wake of a new poll showing";
# only after a determiner and plain modifiers ("polls there showing" is not read)
_FINDING_PARTICIPLE = compile_on_use(
    r"(?<![\w’'])(?:[Ww]ith|[Dd]espite|[Aa]mid|[Aa]fter|[Ff]ollowing|wake\s+of)\s+"
    r"(?P<document>(?:(?:a|an|the|new|recent|latest|several|many|other|national|statewide|"
    r"state|public|early|internal|independent|[A-Z][\w.&/-]*"
    # the nouns of a compound: "with opinion polls showing", "despite the latest labor
    # department report showing", "with exit polls showing"
    r"|opinion|exit|entrance|government|official|department|labor|labour|jobs|trade|census"
    r"|sales|economic|monthly|quarterly|annual|weekly|daily)\s+){0,4}(?P<noun>[a-z]+))\s+$"
)


def _finding_participle(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int, m: re.Match[str]
) -> Attribution | None:
    """ "He will need their support with recent polls showing a tightening of the race": the
    polls' finding, in a phrase of the writer's that names them; pictures "showing" someone
    depict and report nothing (finding_nouns.txt)."""
    phrase = _FINDING_PARTICIPLE.search(masked, max(s_start, m.start() - 80), m.start())
    if phrase is None or phrase.group("noun") not in words("finding_nouns"):
        return None
    end = _clip_end(masked, m.end(), s_end)
    opens = not masked[s_start : phrase.start()].strip(_EDGE_TRIM)
    commas = [m.end() + c.start() for c in re.finditer(",", masked[m.end() : end])]
    for at, after in zip(commas, [*commas[1:], end], strict=False):
        # "Despite polls showing her well behind, Clinton campaigned ...", "Priebus, in the
        # wake of a new poll showing ..., told reporters", "with polls showing Cruz leading,
        # a story by Politico says": the phrase ends where a clause goes on; not at an aside
        # ("rival Sen. Ted Cruz, R-Texas, leading the race")
        if opens or has_finite(masked, at + 1, after):
            end = at
            break
    that = _THAT_AFTER_FINDING.match(masked, m.end(), end)  # "with figures showing that"
    s, e = _trim(text, that.end() if that else m.end(), end)
    if len(text[s:e].split()) < 3:
        return None
    kind = _content_kind(masked, quotes, s, e)
    return Attribution(s, e, kind, f"{kind}:evidence", (m.start(), m.end()),
                       phrase.span("document"), None, 0.6)  # fmt: skip


# a document right before a finding's participle, outside the phrases `_FINDING_PARTICIPLE`
# reads: "There were also emails that night showing that administration officials knew ...",
# "including handwritten ledgers showing he was designated to receive $12.7 million"; a time
# may stand between ("emails that night")
_DOCUMENT_THEN_PARTICIPLE = compile_on_use(
    r"(?<![\w’'-])(?P<document>(?:(?:a|an|the|new|recent|latest|internal|leaked|[a-z]+(?:al|en|ic))"
    r"\s+){0,3}(?P<noun>[a-z]+))(?:\s+(?:that|last|this|on)\s+[a-z]+)?\s+$"
)


# news reports with no one named: what they suggest is hearsay the writer passes on, not a
# document's finding (see `_reportedly`)
_HEARSAY_NOUNS = frozenset(["report", "reports"])


def _document_participle(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int, m: re.Match[str]
) -> Attribution | None:
    """What a document named right before a finding's participle found (see
    `_DOCUMENT_THEN_PARTICIPLE`): only a clause, after "that" or opening with its subject and
    an auxiliary ("a video showing him dancing" depicts; it reports no finding)."""
    phrase = _DOCUMENT_THEN_PARTICIPLE.search(masked, max(s_start, m.start() - 60), m.start())
    if phrase is None or phrase.group("noun") not in words("evidence_nouns"):
        return None
    if phrase.group("noun") in _HEARSAY_NOUNS:
        return None  # "concerns over reports suggesting North Korea has sent troops": hearsay
    before = masked[max(s_start, phrase.start() - 30) : phrase.start()].split()[-2:]
    if any(w.lower() in _CHARACTERISING_VERBS for w in before):
        return None  # "called a report suggesting donors ... "outrageous"": the object of a
        # characterisation, whose quoted words run on after what the report suggests
    that = _THAT_AFTER_FINDING.match(masked, m.end(), s_end)
    if that is None and not _FOUND_CLAUSE.match(masked, m.end(), s_end):
        return None
    start = that.end() if that else m.end()
    s, e = _trim(text, start, _clip_end(masked, start, s_end))
    if len(text[s:e].split()) < 4 or not has_finite(masked, s, e):
        return None
    kind = _content_kind(masked, quotes, s, e)
    return Attribution(s, e, kind, f"{kind}:evidence", (m.start(), m.end()),
                       phrase.span("document"), None, 0.6)  # fmt: skip


# the finder after the finding: ", Bloomberg New Energy Finance found.", ", the Public
# Accounts Committee found.", ", the researchers found."
_FINDER_AFTER = compile_on_use(
    r",\s+(?P<finder>(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+(?:(?:of|for|and|on)\s+)?){0,5}"
    r"(?:[A-Z][\w.&’'-]*|researchers|investigators|scientists|analysts|auditors|inspectors))"
    r"\s+(?:(?:also|has|have)\s+)?$"
)


def _finding_after(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    s_end: int,
    m: re.Match[str],
    verb_at: int,
) -> Attribution | None:
    """ "Most of the capital is being spent on renewables, ..., Bloomberg New Energy Finance
    found.": a named body or researchers after the finding and a comma, the verb ending the
    sentence, as "..., Smith said." reports what comes before it."""
    if m.group() not in ("found", "finds") or masked[m.end() : s_end].strip(_EDGE_TRIM):
        return None
    finder = _FINDER_AFTER.search(masked, max(s_start, m.start() - 90), m.start())
    if finder is None:
        return None
    content = _content_before(text, masked, quotes, s_start, finder.start())
    if content is None or len(text[content[0] : content[1]].split()) < 4:
        return None
    s, e, kind = content
    return Attribution(s, e, kind, f"{kind}:evidence", (m.start(), m.end()),
                       finder.span("finder"), None, 0.6)  # fmt: skip


def _document_before(
    masked: str, s_start: int, nouns: list[Token], head: Token, verb_at: int
) -> tuple[tuple[int, int], bool] | None:
    """The document phrase around `head` whose verb is at `verb_at`, and whether the verb is
    in a relative clause of it ("polls that show ..."); None when `head` is no such subject."""
    between = masked[head.end : verb_at]
    relative = _RELATIVE_BETWEEN.fullmatch(between) is not None
    if relative:
        # "based on polls that show him leading Trump", "according to a new poll that shows
        # ...": the document is the relative's antecedent, right before it
        between, verb_at = "", head.end
    else:
        modified = _MODIFIED_RELATIVE.fullmatch(masked, head.end, verb_at)
        if modified is not None and _plain_modifier(masked, *modified.span("modifiers")):
            # "her medical records in July, which showed", "polls by Quinnipiac University
            # that showed": the antecedent goes on to the relative; its name is the phrase
            # before the modifiers ("her medical records")
            relative = True
            between, verb_at = "", head.end
    aside = _EVIDENCE_ASIDE.match(between)
    if aside is not None and MASK not in between and ";" not in between:
        # "The poll, released on Wednesday night by ..., showed": past the aside, the head
        # (with its own phrase: "Many recent studies of the minimum wage, often conducted by
        # ..., have found") is right before the verb
        between = aside.group("own") or ""
        verb_at = head.end + len(between)
    described = _DOCUMENT_RELATIVE.fullmatch(masked, head.end, verb_at) if between else None
    if (
        described is not None
        and _plain_relative(masked, *described.span("relative"))
        # a clause with a verb of its own, not a quantifier ("bodies which all point to")
        and has_finite(masked, *described.span("relative"))
    ):
        # "An Associated Press survey of superdelegates, who are influential in picking the
        # nominee, found", "The little polling that was done in the state before Tuesday's
        # primary showed": a relative clause describes the document, the verb is its own
        between = masked[head.end : described.start("relative")]
        verb_at = head.end + len(between)
        between = "" if _plain_modifier(masked, head.end, verb_at) else between
    if STRICT_FINITE.search(between) or MASK in between or ";" in between:
        return None
    if _SUBORDINATOR_BETWEEN.search(between):
        return None  # "decide final figures on Thursday when projected increases will be"
    # a long name after a preposition: "A study by Vanderbilt University and the
    # Pennsylvania State University Graduate School of Education found"
    long_name = "," not in between and between.split()[:1] and between.split()[0] in PREPOSITIONS
    if len(between.split()) > (16 if long_name else 10) or between.count(",") == 1:
        return None
    following = between.split()[:1]
    if (
        following
        and following[0].isalpha()
        and following[0].islower()
        and not (
            following[0] in PREPOSITIONS
            or following[0] in _AFTER_EVIDENCE_NOUN
            # "published Tuesday", "taken in May", "relating to Benghazi"
            or following[0].endswith(("ed", "en", "ly", "ing"))
        )
    ):
        return None  # "users of TiVo digital video recorders have found": "video" modifies
    subject = _evidence_phrase(masked, s_start, nouns, head, verb_at, relative)
    if subject is None:
        return None
    if relative and not masked[s_start : subject[0]].strip(" \t\n,"):
        return None  # "The polls that show Johnson at 10 percent have ...": the main verb follows
    return subject, relative


_THAN_BEFORE = compile_on_use(r"\bthan\s+$")
_GOES_ON_AFTER_FINDING = compile_on_use(r"\s*,\s+(?:and|but|while)\s")
# a modifier paired with the one a document phrase opens with: ", campaign and corporate records"
_PAIRED_MODIFIER = compile_on_use(r",\s+(?P<modifier>[A-Za-z][\w-]*\s+and)$")


# a word before "show(s)" that makes it a noun: a preposition or a determiner ("in shows
# such as ...", "a test of the show runner") or a compound's first noun ("television shows")
_NOT_A_FINDING_VERB = compile_on_use(
    r"\b(?:(?i:in|on|at|of|for|with|from|by|the|a|an|his|her|their|its|our|my|your|this|these|"
    r"those)|(" + "|".join(sorted(entries("show_nouns"), key=len, reverse=True)) + r"))\s+$"
)
# "showed off some of the renovations", "showed up": not a finding
_PHRASAL_SHOW = compile_on_use(r"\s+(?:off|up)\b")


# document nouns without a plural "-s" that take "show", not "shows": "data show"
_PLURAL_MASS_NOUNS = frozenset(["data", "media", "criteria", "phenomena"])


# "found little evidence that ...", "showed no sign that ...": what the document found is
# the whole phrase, the "that" clause only its object
_EVIDENCE_THAT = compile_on_use(
    r"\s+(?:[a-z]+\s+){0,2}?(?:evidence|signs?|indications?|proof|support|links?|"
    r"correlation|suggestion|hint)\s+that\b"
)


# "that" after a finding's verb, past a time or an adverb only: "found in 2014 that", "shows
# clearly that"; not "showed just how weak that establishment is" ("that" a determiner)
_THAT_AFTER_FINDING = compile_on_use(
    r"(?:,?\s+(?:(?:in|on|during|over|last|this|earlier|late|early)\s+(?:the\s+)?[\w.’'-]+"
    r"(?:\s+\d{1,4})?|[a-z]+ly|also|again|once|now)){0,3},?\s+that(?:\s+|,\s+(?=\S))"
)
_PREPOSITION_NEXT = compile_on_use(
    r"\s+(?:by|on|in|at|to|from|with|for|into|during|inside)\s+(?![\s\d$£€])"  # not "by 43%-41%"
)


# short modifiers between a document and its relative pronoun: "her medical records in July,
# which showed", "polls by Quinnipiac University that showed"
_MODIFIED_RELATIVE = compile_on_use(
    # or a participle's phrase: "a picture taken back in 1986 that showed", "records obtained
    # by the AP that show"
    r"(?P<modifiers>\s+(?:in|on|by|from|for|of|at|among|last|this|taken|obtained|released"
    r"|published|conducted|filed)\s+[^,;\x01]{1,60}?),?"
    r"\s+(?:that|which)\s+"
)
# a relative clause that describes a document before its verb, after a short phrase of its
# own: "survey of superdelegates, who are influential in picking the nominee,", "polling that
# was done in the state before Tuesday's primary"
_DOCUMENT_RELATIVE = compile_on_use(
    r"(?:\s+(?:of|by|for|from|on|in|among|with)\s+[^,;\x01]{1,80}?)?"
    r"(?P<relative>\s*,\s*(?:who|which|that)\s+(?:(?!\s-\s)[^,;\x01—–]){3,160}?,"
    r"|\s+(?:that|which)\s+(?:(?!\s-\s)[^,;\x01—–]){3,120}?)"
    r"\s*(?:(?:also|now|still|again|[a-z]+ly)\s+)*"
)


def _plain_modifier(masked: str, start: int, end: int) -> bool:
    """Whether the words between a document and what follows only describe it: at most six
    words and no verb of a clause."""
    return len(masked[start:end].split()) <= 6 and not STRICT_FINITE.search(masked, start, end)


def _plain_relative(masked: str, start: int, end: int) -> bool:
    """Whether a relative clause after a document says something about it in the writer's
    words: no quotation and no report of anyone's ("the polls that Trump says show ...")."""
    return MASK not in masked[start:end] and not any(
        not (cue.group() in _NOUN_LIKE_CUES and _noun_use(masked, start, cue.start()))
        for cue in find_cues(masked, start, end)
    )


def _people_figures(toks: list[Token], head: Token) -> bool:
    """Whether "figures" are people by the word before them ("party figures", "senior Labour
    figures"), not numbers ("official figures", "Land Registry figures")."""
    index = toks.index(head)
    return index > 0 and toks[index - 1].lower in words("people_figures")


_WHO_BEFORE_VERB = compile_on_use(r"\bwho\s+(?:(?:has|have|had|also|[a-z]+ly)\s+)*$")


# a run of lower-case letters
_LOWER_LETTERS = compile_on_use(r"[a-z]+")


def _document_finding(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    s_end: int,
    m: re.Match[str],
    verb_at: int,
) -> Attribution | None:
    """The finding of the nearest document noun before the verb (see `_evidence`)."""
    window = max(s_start, verb_at - 200)
    if words("evidence_nouns").isdisjoint(_LOWER_LETTERS.findall(masked[window:verb_at].lower())):
        return None  # the cheap test first: most "found" and "show" have no document nearby
    nouns = tokens(masked, window, verb_at)
    heads = [t for t in reversed(nouns) if t.lower in words("evidence_nouns")]
    # the nearest document noun first; one inside a name or an aside may stand nearer ("A
    # Fox News poll, conducted jointly with Anderson Robbins Research (D) ..., shows")
    for head in heads[:3]:
        if head.lower == "figures" and _people_figures(nouns, head):
            continue  # "some party figures concluded it was now too late": people
        if (
            m.group() == "show"
            and not masked[head.end : verb_at].strip()
            and not head.lower.endswith("s")
            and head.lower not in _PLURAL_MASS_NOUNS
        ):
            continue  # "walked them through a slide show that predicted": one noun
        document = _document_before(masked, s_start, nouns, head, verb_at)
        if document is not None:
            break
    else:
        return None
    subject, relative = document
    if _WHO_BEFORE_VERB.search(masked, subject[0], verb_at):
        return None  # "an article ... quoted a few experts who have found": the experts found it
    if _THAN_BEFORE.search(masked, max(s_start, subject[0] - 8), subject[0]):
        return None  # "significantly higher than previous studies have suggested": a comparison
    # "..., official figures show - but still looks set to ...", "..., records show, and
    # aviation experts say ...": the finding came first, the writer goes on
    dashed = _DASH_AFTER.match(masked, m.end(), s_end) is not None
    if dashed and not masked[s_start : subject[0]].rstrip().endswith(","):
        return None  # "than previous studies have suggested - a report ... estimated that"
    goes_on = _GOES_ON_AFTER_FINDING.match(masked, m.end(), s_end) is not None
    cue = (m.start(), m.end())
    rest = masked[m.end() : s_end]
    parenthetical = (
        rest.lstrip().startswith(",")
        and masked[s_start : subject[0]].rstrip()[-1:] == ","
        and not goes_on
    )
    if rest.strip(_EDGE_TRIM) == "" or parenthetical or dashed or goes_on:
        # "..., new fundraising reports show.": the finding comes first; so it does in
        # "Kimani ... stomped on it, the video shows, while his friends ..."
        pre = masked[s_start : subject[0]].rstrip()
        as_shown = re.search(r",\s*as$", pre)  # "..., as recent polls show."
        if as_shown is not None:
            pre = pre[: as_shown.start() + 1]
        paired = _PAIRED_MODIFIER.search(pre)
        if paired is not None:
            # "..., campaign and corporate records show.": two modifiers of one document
            subject = (s_start + paired.start("modifier"), subject[1])
            pre = pre[: paired.start() + 1]
        if not pre.endswith(","):
            return None
        comma = s_start + len(pre) - 1
        if parenthetical:
            # "What is less certain, the survey shows, is whether they'll bother to vote": the
            # sentence around the document, in two pieces, as for speech
            around = _content_around(text, masked, quotes, s_start, m.end(), s_end, comma)
            if around is not None:
                s, e, kind, rest_at = around
                return Attribution(s, e, kind, f"{kind}:evidence", cue, subject, None, 0.6,
                                   gap=(subject[0], rest_at))  # fmt: skip
        content = _content_before(text, masked, quotes, s_start, comma)
        if content is None:
            return None
        s, e, kind = content
        return Attribution(s, e, kind, f"{kind}:evidence", cue, subject, None, 0.6)
    that = None if _EVIDENCE_THAT.match(rest) else _THAT_AFTER_FINDING.match(rest)
    if that is not None and _AUXILIARY_OPENING.match(rest, that.end()):
        that = None  # "recent polls show that has reversed": "that" is the finding's subject
    if that is None and _PREPOSITION_NEXT.match(rest):
        return None  # "lists of websites found by indexing the web": a participle, no finding
    if m.group() in _CLAUSE_EVIDENCE_VERBS and not (
        that or _FOUND_CLAUSE.match(masked, m.end(), s_end)
    ):
        return None  # "The inquiry concluded its hearings": no conclusion, a plain object
    s, e = _trim(text, m.end() + (that.end() if that else 0), _clip_end(masked, m.end(), s_end))
    # three words may hold a finding: "every recent state poll has shown him trailing Trump"
    if len(text[s:e].split()) < 3:
        return None
    kind = _content_kind(masked, quotes, s, e)
    return Attribution(s, e, kind, f"{kind}:evidence", cue, subject, None, 0.6)


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
    if " to " in masked[s_start:s_end]:
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
) -> Attribution | None:
    """The claim a claim noun (group "noun" of `m`) names, from the end of `m` to `end`, with
    its source: none when fewer than three words are left ("his claim that it was")."""
    s, e = _trim(text, m.end(), end)
    if len(masked[s:e].split()) < 3:
        return None
    s, e, kind, _ = _partial_or_mixed(masked, quotes, s, e)
    return Attribution(s, e, kind, f"{kind}:nominal", m.span("noun"), mention, None, 0.55)


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
    found: list[Attribution] = []
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
        s, e = _trim(text, content_at, end)
        if len(masked[s:e].split()) < 3:
            continue
        s, e, kind, _ = _partial_or_mixed(masked, quotes, s, e)
        found.append(Attribution(s, e, kind, f"{kind}:nominal", m.span("noun"), subject, None,
                                 0.55))  # fmt: skip
    return found


# a verb that rejects or characterises what it governs, right before it: "rejected accusations by"
_DISMISSED_BEFORE = compile_on_use(
    r"\b(?:rejected|rejects|dismissed|dismisses|denied|denies|denounced|denounces|described|"
    r"describes|branded|brands|called|calls)\s+(?:[a-z]+\s+){0,2}$"
)


# a preposition opening the sentence before a possessor: "Despite Mr. Trump's claims that"
_OPENING_PREPOSITION = compile_on_use(
    r"\s*(?:Despite|After|Amid|Given|Unlike|Following|Contrary\s+to|Because\s+of|Along\s+with|"
    r"In\s+addition\s+to|Apart\s+from|Besides)\s+"
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


def _call_noun(masked: str, s_start: int, at: int) -> bool:
    """Whether "call(s)" at `at` is a noun: after a determiner or a possessive ("Trump's call
    for a ban", "the calls for his resignation") or in a compound ("a conference call on
    Tuesday", "a wake-up call for the party")."""
    window = max(s_start, at - 30)
    if _NOUN_BEFORE.search(masked, window, at):
        return True
    before = _WORD_BEFORE_CALL.search(masked, window, at)
    return before is not None and before.group(1).lower() in words("call_compounds")


# a second object of the verb the call is the object of: "point to Trump's call for a ban on
# Muslims and his harsh rhetoric on illegal Mexican migrants as ..."
_NEXT_OBJECT = compile_on_use(r"\s+and\s+(?:his|her|their|its)\s")


def _nominal_calls(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> list[Attribution]:
    """ "65 percent of Republicans supported his call for a temporary ban on Muslims", "He
    rejected critics' calls for the law change to be delayed": what the possessor called for,
    read as `_nominal_claims` reads a claim noun and its "that" clause, with its guards."""
    found: list[Attribution] = []
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
        stop = _NOMINAL_END.search(masked, m.end(), s_end) or _NEXT_OBJECT.search(
            masked, m.end(), s_end
        )
        s, e = _trim(text, m.end(), _clip_end(masked, m.end(), stop.start() if stop else s_end))
        if len(text[s:e].split()) < 2:
            continue
        s, e, kind, _ = _partial_or_mixed(masked, quotes, s, e)
        found.append(Attribution(s, e, kind, f"{kind}:nominal", m.span("noun"), mention, None,
                                 0.55))  # fmt: skip
    return found


# what may come right before a participle whose subject is the sentence's: ", saying", "by
# adding", "while saying", "after initially saying", "and adding"; not "without" ("It goes
# without saying that ...")
_PARTICIPLE_OPENING = compile_on_use(
    r"(?:,|\x01|\bby|\b(while|after|before)|\s(?:[–—]|--?(?=\s)))\s*(?:and\s+)?"
    r"(?:(?:[a-z]+ly|also)\s+)?$"
)  # "..., also calling on attendees to oppose "bigotry"", "declined to claim outright victory
# - only saying that she was breathing a "sigh of relief"": a dash typed as hyphens too


# a relative clause still open where a participle comes after "by", "while", "after" or
# "before": "Paul Ryan, who surprised Trump by declaring", "a commissioner who won by saying";
# not "that", which as often opens a cleft or is an object ("It was then that agent Scott Boras
# countered by asking", "She followed that by saying")
_RELATIVE_OPEN_AT_PARTICIPLE = compile_on_use(
    r"(?P<comma>,\s*)?(?<![\w’'-])(?P<pronoun>who|which)\s[^,;:\x01]*\b"
    r"(?P<joiner>by|while|after|before)\s+(?:(?:[a-z]+ly|also)\s+)?$"
)


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


def _doer_after_coordination(
    masked: str,
    speaker: tuple[int, int],
    found: list[Attribution],
    participle: int,
) -> tuple[int, int] | None:
    """The subject of the last clause joined before a participle, which is whose act the
    participle is: "Thailand has said it does not wish ..., while India has also rejected
    international aid, saying it can cope" (India says so), "but the country's Court of Appeal
    cleared him, saying". A join inside what the sentence's earlier claim reports is part of
    those words ("Smith said the plan was dead, and the party would vote against it, adding")
    and leaves the speaker as it is; a joined clause without a subject to name leaves none.
    """
    joined = max(
        _CLAUSE_JOIN.finditer(masked, speaker[1], participle), default=None, key=re.Match.start
    )
    plain = _clause_joined_by_and(
        masked, speaker, joined.end() if joined else speaker[1], participle
    )
    if plain is not None:
        return None if plain == _NO_DOER else plain
    if joined is None:
        return speaker
    if found and found[-1].start <= joined.start() < found[-1].end:
        return speaker
    return sentence_subject(masked, joined.end(), participle)


def _clause_joined_by_and(
    masked: str, speaker: tuple[int, int], floor: int, participle: int
) -> tuple[int, int] | None:
    """The subject of a clause joined by a bare "and" after the speaker's own verb, whose act
    a later participle is: "Testers could not find them at the Olympic village and the duo
    were later admitted to hospital after claiming ..." (the duo claimed). Only a noun phrase
    with a finite verb of its own right after it opens a clause: "Smith met the mayor and the
    governor, saying" joins two objects, "Chaffetz and the committee sent" two subjects, and
    both leave the speaker as it is, as does a reporting or belief verb before the "and",
    whose joined clause may be more of what was reported ("Smith said the plan was dead and
    the party would vote against it, adding"). None when no such join stands between;
    `_NO_DOER` when the joined clause is a passive that a participle after a comma follows
    ("... and the bill was backed by some firms, saying": the firms' words, or the subject's?).
    """
    if " and " not in masked[floor:participle]:
        return None  # the cheap test first
    joined = None
    for found in _AND_THEN_CLAUSE.finditer(masked, floor, participle):
        if FINITE_WORD.fullmatch(found.group("verb")) and not (
            set(found.group("np").lower().split()[1:]) & _NOT_IN_JOINED_SUBJECT
        ):
            joined = found
    if joined is None or not FINITE_WORD.search(masked, speaker[1], joined.start()):
        return None  # no verb of the speaker's clause before it: "Chaffetz and the committee"
    forms = reporting_verb_forms()
    for word in masked[speaker[1] : joined.start()].split():
        if word.strip(",;:") in forms or word in belief_verb_forms():
            return speaker
    if _JOINED_PASSIVE.match(masked, joined.start("verb"), participle) and not (
        _AFTER_SUBORDINATOR.search(masked, joined.end(), participle)
    ):
        return _NO_DOER
    return joined.span("np")


# a relative "where" opening a clause about a place: "..., where about 50 protesters had gathered"
_WHERE = compile_on_use(r"(?<![\w’'-])where\s")


def _place_clause_between(masked: str, speaker_end: int, participle: int) -> bool:
    """Whether a "where" clause with a finite verb of its own stands between a participle and
    the subject found for it, so that the participle may go on with that clause's subject."""
    where = _WHERE.search(masked, speaker_end, participle)
    return where is not None and FINITE_WORD.search(masked, where.end(), participle) is not None


def _speaker_of_cue_between(
    masked: str, cues: list[re.Match[str]], speaker: tuple[int, int], participle: int
) -> tuple[int, int] | None:
    """The name right before the last finite reporting cue between a participle's speaker and
    the participle ('..." Reliance said in a statement, adding' is Reliance's adding); the
    speaker as it was when no such cue stands between, None when one does but names no one
    the participle could be sure of."""
    between = [c for c in cues if speaker[1] < c.start() and c.end() <= participle]
    if not between or between[-1].group() not in ("said", "says"):
        return speaker
    named = subject_before(masked, speaker[1], between[-1].start())
    if named is None or not _QUOTE_CLOSED_BEFORE.search(masked, speaker[1], named[0]):
        return speaker  # no frame after a quotation: "Smith rejected it, saying"
    return named if masked[named[0]].isupper() else None


# a quotation closed right before a name: '... on this route," Reliance said'
_QUOTE_CLOSED_BEFORE = compile_on_use(r"\x01,?\s*$")


_NO_DOER = (-1, -1)
# an "it" that stands for nothing, before a time, a "left to" or an extraposed clause: "It has
# been a strange week for M&S", "It was left to Mr Prescott to", "It is clear that"
_DUMMY_IT = compile_on_use(
    r"[Ii]t\s+(?:(?:appears|appeared|seems|seemed)\s+(?:that|to|as\s+if|as\s+though)\b|"
    r"(?:is|was|has\s+been|had\s+been|will\s+be|’s|'s)\s+(?:(?:a|an)\s+(?:[a-z]+\s+){0,2}"
    r"(?:week|day|month|year|time|night|season|morning|weekend)\b|left\s+to\b|(?:[a-z]+\s+)?"
    r"(?:clear|likely|unlikely|possible|impossible|true|unclear|thought|understood|believed|"
    r"expected|hoped|feared)\s+(?:that|to)\b))"
)
# a bare "and" (no comma before it), a noun phrase and its verb: "and the duo were later"
_AND_THEN_CLAUSE = compile_on_use(
    r"(?<![,;])\s+and\s+(?P<np>he|she|they|we"
    r"|(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:(?:[a-z]+ly|later|also|then|again|now|still|just)\s+)?(?P<verb>[a-z]+(?:n['’]t)?)\b"
)
# a passive's verb: "were later admitted", "was taken"
_JOINED_PASSIVE = compile_on_use(
    r"(?:is|are|was|were|be|been)\s+(?:(?:[a-z]+ly|later|also|then|again|now|still|just)\s+)?"
    r"[a-z]+(?:ed|en)\b"
)
_NOT_IN_JOINED_SUBJECT = PREPOSITIONS | frozenset(
    ["and", "or", "but", "that", "which", "who", "to"]
)
# a participle right after a subordinator: "after claiming", "while insisting"
_AFTER_SUBORDINATOR = compile_on_use(r"\b(?:after|before|while)\s+(?:[a-z]+ly\s+)?$")


# a clause joined to the one before it with a subject of its own to come: ", while India has",
# "but the country's Court of Appeal cleared"
_CLAUSE_JOIN = compile_on_use(
    r"(?:,\s*(?:and|while|whereas)|,?\s+but|;)\s+(?=[A-Z]|(?:the|his|her|their|its|a|an)\s)"
)
# a relative clause after a preposition with a subject of its own: "in which he continued"
_RELATIVE_WITH_OWN_SUBJECT = compile_on_use(
    r"\b(?:in|at|during|on|from|through|with)\s+which\s+(?:he|she|they|we|I)\s"
)
# a participle coordinated with one set off before it: "..., painting others as weak and
# suggesting that he would do whatever it took". Its group, the joiner, always takes part: like
# a subordinator's, it keeps out "adding" and "telling", deeds as often as speech there ("by
# coating the pills in a red dye and adding new identification codes")
_COORDINATED_PARTICIPLE = compile_on_use(
    # "but" too, and a quotation between: 'saying she's experienced "on paper" but suggesting
    # that might not be enough'
    r"(?:,|\bby)\s*(?:[a-z]+ly\s+)?[a-z]{3,}ing\b[^,;:.]{0,150}?\s(and|or|but)\s+"
    r"(?:(?:while|after|before)\s+)?(?:[a-z]+ly\s+)?$"
)


def _main_clause_subject(
    masked: str, floor: int, participle_at: int, speech: bool = False
) -> tuple[int, int] | None:
    """The subject of the clause a participle hangs on, when `sentence_subject` found none
    because an opener or an aside stands before the verb: "While celebrating sweeping victories
    ..., Trump mocked ..., saying", "Michael J. Petrilli, president of the Thomas B. Fordham
    Institute, tied ..., saying". The last finite verb before the participle is the main
    clause's; its subject is found as a cue's would be, and only words set off by a comma may
    stand before it; a later clause ("Clinton won, and Sanders conceded, saying", "The hope
    has been that employers would respond by demanding") leaves the participle's subject open."""
    verbs = list(FINITE_WORD.finditer(masked, floor, participle_at))
    if speech:
        # a speech act's participle ("..., arguing that"): a present-tense main verb too
        verbs = sorted(
            [*verbs, *_present_after_names(masked, floor, participle_at)],
            key=lambda verb: verb.start(),
        )
    for i, verb in enumerate(verbs):
        subject = _subject_of_verb(masked, floor, verb.start())
        if subject is None or not _may_speak(masked, subject):
            continue
        if not _opener_only(masked, floor, subject[0], speech):
            continue
        if verb.group() in _MODALS:
            return None  # "our panel of experts will be listening ..., and suggesting": not yet
        if _PASSIVE_AFTER_BE.match(masked, verb.start(), participle_at):
            # "The bill was backed by some hi-tech firms, saying", "The money will be used ...
            # and will add": the subject of a passive is no speaker
            return None
        if STRICT_FINITE.search(masked, verb.end(), participle_at) or any(
            subject_before(masked, verb.end(), later.start()) for later in verbs[i + 1 :]
        ):
            return None  # "The hope has been that employers would respond by demanding"
        return subject
    return None


# the words that end a noun phrase's head and open what describes it: "One operative inside
# Trump Tower", "A speech on mobile TV by ...", "The comments come after Tony Blair ..."
_AFTER_HEAD = PREPOSITIONS | frozenset(["inside", "outside", "within", "who", "that", "after"])


def _speaking_opening_phrase(masked: str, floor: int, participle_at: int) -> tuple[int, int] | None:
    """The sentence's opening noun phrase as the speaker of a participle after its first verb
    ("One operative inside Trump Tower tried to downplay Ryan's comments, saying ..."), when a
    name, a role, a body or people head it: after "A speech on mobile TV by X drew a large
    crowd," the participle "suggesting" is an inference, and "The comments come after Tony Blair
    defended ..." is no phrase at all."""
    phrase = _opening_phrase_of_first_verb(
        masked, after_openers(masked, floor, participle_at), participle_at
    )
    return phrase if phrase is not None and _headed_by_a_speaker(masked, phrase) else None


def _headed_by_a_speaker(masked: str, phrase: tuple[int, int]) -> bool:
    """Whether a noun phrase's head, the word before what describes it, names one who may
    speak: a name, a role, a body or people ("One operative inside Trump Tower", "the campaign
    of the former senator"), not a thing ("A speech on mobile TV by ...")."""
    head, _ = _head_of(masked[phrase[0] : phrase[1]].split())
    return head[:1].isupper() or _speaker_noun(head)


def _head_of(found: list[str]) -> tuple[str, int]:
    """A noun phrase's head, the word before the first that describes it ("operative" in "One
    operative inside Trump Tower"), and that word's index (the last word's if none)."""
    cut = next((k for k, word in enumerate(found) if k and word.lower() in _AFTER_HEAD), len(found))
    return found[cut - 1], cut - 1


def _speaker_noun(word: str) -> bool:
    """Whether a common noun names one who may speak: a role, a body, a medium or people."""
    lowered = word.lower()
    return lowered in _SPEAKER_HEADS or people_plural(lowered)


_PASSIVE_AFTER_BE = compile_on_use(
    r"(?:[a-z]+\s+(?:not\s+)?)?(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"
)
# time words that open a sentence before its subject: "For months, Obama has been ..."
_TIME_LEADS = frozenset(["later", "earlier", "then", "now", "still", "instead", "meanwhile",
                         "last", "this", "early", "late", "hours", "days", "weeks", "months",
                         "years", "but", "and", "yet"])  # fmt: skip


def _opener_only(masked: str, floor: int, subject_at: int, speech: bool = False) -> bool:
    """Whether only an adverbial set off by a comma stands before a subject ("While
    celebrating ..., ", "At a rally in Portsmouth, N.H., on Tuesday, "): not a clause of its
    own, a quotation or a name ("Sen. Mark Kirk, R-Ill., who ...": "R-Ill" is no subject)."""
    lead = masked[floor:subject_at].strip()
    if not lead:
        return True
    first = lead.split()[0].lower().rstrip(",")
    return (
        lead.endswith(",")
        and MASK not in lead
        and (
            first in _ADVERBIAL_OPENERS
            or first in PREPOSITIONS
            or first in _TIME_LEADS
            or (first.endswith(("ed", "ing")) and not STRICT_FINITE.search(lead))
        )  # "Chastened by the analyses, ..."
        and not (_cue_may_own_participle(lead) if speech else find_cues(lead, 0, len(lead)))
    )


# words that open a subordinate clause: a cue inside one ("while most of his competitors
# called for ..., Trump hewed ..., noting") is not the act a participle after the main clause
# goes on with
_SUBORDINATE_OPENERS = frozenset(
    ["while", "although", "though", "whereas", "as", "when", "after", "before", "because",
     "since", "if", "unless", "once", "even", "until"]
)  # fmt: skip


def _cue_may_own_participle(lead: str) -> bool:
    """Whether a cue in the words before the main clause's subject could be what a participle
    goes on with: one outside a subordinate clause."""
    for chunk in lead.split(","):
        opening = chunk.split()[:1]
        if opening and opening[0].lower() in _SUBORDINATE_OPENERS:
            continue
        if find_cues(chunk, 0, len(chunk)):
            return True
    return False


# a present-tense verb right after a name, which FINITE_WORD cannot tell from a plural noun:
# "Sanders rips the agreement ..., arguing that"
_PRESENT_AFTER_NAME = compile_on_use(r"(?<=[A-Za-z]\s)[a-z]{2,}[^su\W]s\b")


def _present_after_names(masked: str, floor: int, end: int) -> list[re.Match[str]]:
    found = []
    for verb in _PRESENT_AFTER_NAME.finditer(masked, floor, end):
        if verb.group() in words("function_words"):
            continue
        subject = subject_before(masked, floor, verb.start())
        if subject is None or not masked[subject[1] - 1].isalpha():
            continue
        name = masked[subject[0] : subject[1]].split()
        if name[0].lower() in _NOT_NAME_OPENERS or not all(w[:1].isupper() for w in name):
            continue  # "The event with Obama comes", "Other Republican candidates have"
        if name[-1].lower() in demonyms():
            # "Xi has worked overtime to calm Russian fears, reassuring": a demonym before a
            # plural is its adjective, the plural a noun, no verb
            continue
        found.append(verb)
    return found


_NOT_NAME_OPENERS = words("determiners") | words("function_words")


_MODALS = frozenset(["will", "would", "could", "can", "may", "might", "must", "should", "shall"])
_SPEAKER_HEADS = words("role_nouns") | words("organization_nouns") | words("media_nouns")


def _may_speak(masked: str, subject: tuple[int, int]) -> bool:
    """Whether a subject found behind an opener can be a speaker: a name or a pronoun, or a
    description whose head is a role, an organisation or a medium ("The conservative
    publication"), not a thing ("The update is ... and underscores")."""
    phrase = masked[subject[0] : subject[1]].split()
    if phrase[0].lower() not in ("the", "a", "an"):
        return True
    head = phrase[-1]
    return (
        head[:1].isupper()
        or head.lower() in _SPEAKER_HEADS
        or head.lower().rstrip("s") in (_SPEAKER_HEADS)
    )


# a modal, or an "-ing" verb, right before a phrase: the phrase is that verb's object; or a
# thing the phrase's verb has for its object ("not everything Trump says is true")
_VERB_BEFORE_OBJECT = compile_on_use(
    r"(?<![\w’'-])(?P<verb>could|would|can|will|may|might|must|should|[a-z]{3,}ing)\s+$"
)
_INDEFINITE_THINGS = frozenset(["everything", "anything", "nothing", "something"])


def _takes_an_object(masked: str, subject: tuple[int, int]) -> bool:
    """Whether the phrase read as a cue's subject is a verb's object, so the "-s" word after
    it is a plural noun, no cue: "fears that closures could kindle widespread worker protests
    like those", "a story detailing four domestic-abuse police reports Lolita Grayson filed";
    not after a verb of speech ("saying Trump claims ...")."""
    found = _VERB_BEFORE_OBJECT.search(masked, max(0, subject[0] - 16), subject[0])
    if found is None:
        return False
    verb = found.group("verb")
    if verb in _INDEFINITE_THINGS:
        return True
    if not verb.endswith("ing"):
        return True
    # "managing director David Monteith says": a word of the role, no verb; nor one of speech
    first = masked[subject[0] : subject[1]].split()[0]
    return (
        verb not in reporting_verb_forms() and first.islower() and first not in words("role_nouns")
    )


# a verb, its plural object (a determiner and up to three words) and right after it a pronoun
# that opens a relative clause with no "that": "discuss the spending cuts he announced"; not
# "At the rallies he said" (a preposition before) nor "And the next days he said". A singular
# object is left alone: "the controversial musical he said:" ends a question's frame
# ("Asked whether ... the musical he said:"), no relative clause. The words that open no verb
# are one prefix trie, not an alternation tried word by word at every word start of the window
_NOT_A_VERB_OF_AN_OBJECT = PREPOSITIONS | frozenset(
    ["and", "but", "or", "so", "yet", "then", "when", "as", "while", "after", "before", "since",
     "until", "because", "if", "that", "which", "who", "said", "says", "say"]
)  # fmt: skip
_REDUCED_RELATIVE = compile_on_use(
    r"(?<![\w’'-])(?!(?:" + trie_regex(sorted(_NOT_A_VERB_OF_AN_OBJECT)) + r")\s)"
    r"[a-z]{3,}\s+(?:the|a|an|his|her|their|its|this|these|those)\s+"
    r"(?P<nouns>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]{2,}s)\s+(?:he|she|they|we|I)$"
)

# how every `_REDUCED_RELATIVE` match ends, in the last six characters at most: a space and a
# pronoun of four letters at most, "$" letting a line break follow
_PRONOUN_AT_END = compile_on_use(r"\s(?:he|she|they|we|I)$")


def _reduced_relative(masked: str, floor: int, subject: tuple[int, int]) -> bool:
    """Whether the pronoun subject at `subject` opens a relative clause with no "that" after
    a verb's object (`_REDUCED_RELATIVE`); the object's words are content words, not "as" or
    "this" ("cracking a smile as he noted" is no relative)."""
    if not _PRONOUN_AT_END.search(masked, max(floor, subject[1] - 6), subject[1]):
        return False  # the cheap test first: the search below tries every position
    found = _REDUCED_RELATIVE.search(masked, floor, subject[1])
    if found is None:
        return False
    nouns = found.group("nouns").split()
    return not any(w in words("function_words") or w in PREPOSITIONS for w in nouns)


def _may_speak_or_write(masked: str, subject: tuple[int, int]) -> bool:
    """`_may_speak`, or people by an agent noun ("A bookmaker", "The news and financial data
    seller"), or a document that says what it says in its own words ("The statement was
    released on Monday, adding ...", "A new poll ..., showing ...")."""
    head = masked[subject[0] : subject[1]].split()[-1].lower()
    return (
        _may_speak(masked, subject)
        or people_plural(head)
        or people_plural(f"{head}s")
        or head.rstrip("s") in _DOCUMENT_HEADS
        or head in _DOCUMENT_HEADS
    )


_DOCUMENT_HEADS = words("evidence_nouns") | words("text_bearers") | words("claim_nouns")


# an aside that opens with a participle, set off by commas, right before a verb
_PARTICIPLE_ASIDE = compile_on_use(r",\s+[a-z]+ing\b[^,;:\x01]{0,60},$")


def _subject_of_verb(masked: str, floor: int, verb_at: int) -> tuple[int, int] | None:
    """The noun phrase right before a verb, over an appositive set off by commas and the
    adverbs after it ("Bush, Florida's former governor, also attacked ...")."""
    subject = subject_before(masked, floor, verb_at)
    adverbs = _ADVERBS_BEFORE.search(masked, floor, verb_at)
    before = masked[floor : adverbs.start() if adverbs else verb_at].rstrip()
    if subject is None and before.endswith(","):
        pair = appositive_before(masked, floor, floor + len(before) - 1)
        subject = pair[0] if pair else None
        aside = None if subject else _PARTICIPLE_ASIDE.search(before)
        if aside is not None:
            # "De Blasio, speaking on WOR710, called ... and said": past a participle aside
            subject = subject_before(masked, floor, floor + aside.start())
    if subject is None or CALENDAR.match(masked[subject[0] : subject[1]].split()[0]):
        return None
    if masked[subject[1] : subject[1] + 1] == "-":
        return None  # "China's state-owned investment giant CITIC": a piece of the subject
    return subject


# where a document was put out or through whom, after it: "posted a message on Twitter", "issued
# a statement through his lawyer", "sent an email via the campaign"
_DOCUMENT_CHANNEL = (
    r"(?:\s+(?:on|via|through)\s+(?:(?:his|her|their|its|the)\s+)?"
    r"(?:[A-Z][\w.’'-]*|Web\s+site|website|page|account|feed|blog|lawyers?|attorneys?|"
    r"spokes(?:man|woman|person)|team|club|campaign|agent|office))?"
)


# a document its sender put out: "issued a statement saying", "sent out a press release saying",
# perhaps with whom it went to ("wrote a letter to Zucker asking that", "blasted out an email
# to supporters stating")
_DOCUMENT_BEFORE = compile_on_use(
    r"\b(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|e-?mail|"
    r"letter|tweet|post|message|memo|video|ad|advertisement|op-ed|filing|pitch|speech|appeal|plea)s?"
    r"(?:\s+to\s+(?:[\w.’'&-]+\s+){0,5}?[\w.’'&-]+)?"
    r"(?:\s+(?:early\s+|late\s+)?(?:on\s+)?(?:" + _WEEKDAY + r"|today|yesterday|earlier|"
    r"tonight)|\s+(?:early\s+|late\s+)?(?:this|last)\s+(?:week|month|morning|afternoon|"
    r"evening|night))?"  # "late on Friday", "early this morning"
     + _DOCUMENT_CHANNEL + r"\s+(?:[a-z]+ly\s+)?$"  # "strongly"
)


# whom a message went to, right before a participle: "The Vermont senator emailed supporters
# saying: "The struggle continues"" is the sender's saying, not the supporters'
# compiled now, not on use: `_sender` tells its matches by `document.re is _WRITTEN_TO_BEFORE`
_WRITTEN_TO_BEFORE = re.compile(
    r"\b(?:e-?mailed|texted|messaged|(?:wrote|tweeted)(?=\s+(?:to|at)\s))\s+(?P<addressee>"
    r"(?:(?:to|at)\s+)?"
    r"(?:(?:his|her|their|its|the)\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+$"
)


# the verb that puts out a document, after its sender: "McConnell (R-Ky.) issued", "Gowdy, the
# committee chairman, has released", "the ACLU of Oregon, which released"
_SENDER_VERB = compile_on_use(
    r"(?P<aside>\s*\([^()\x01]{1,40}\)|\s*,[^,;:()\x01]{1,80},)?"
    r"(?P<relative>\s*,\s*(?:which|who))?"
    r"\s+(?:(?:has|have|had|is|are|was|were|will|would|must|should|could|can|may|also|then|later|[a-z]+ly)\s+)*"
    r"(?P<verb>[a-z]+)(?:\s+(?:out|up))?\s+$"
)
# a name that ends right before a comma: "..., including the ACLU of Oregon, which released"
_NAME_AT_END = compile_on_use(r"[A-Z][\w.’'&-]*(?:\s+(?:(?:of|for|on|and)\s+)?[A-Z][\w.’'&-]*)*$")
_OF_PHRASE = compile_on_use(r"\s+(?:of|for|at|from|in)\s")
# "Jobs ended weeks of speculation with an open letter saying": the sentence's subject sends it
_WITH_BEFORE_DOCUMENT = compile_on_use(r"\swith\s+(?:one\s+of\s+)?$")  # "with one of her ads"


def _sender(masked: str, s_start: int, document_at: int) -> tuple[int, int] | None:
    """Who put out the document that starts at `document_at`: the sentence's subject right
    before the verb ("Trump issued a statement saying"), or the name a relative clause
    describes ("..., including the ACLU of Oregon, which released a statement questioning"),
    or a pronoun right before the verb, never a subject with other words between ("The case
    attracted ..., which released")."""
    if _WITH_BEFORE_DOCUMENT.search(masked, max(s_start, document_at - 14), document_at):
        return sentence_subject(masked, s_start, document_at)
    verb = _SENDER_VERB.search(masked, s_start, document_at)
    if verb is None:
        return None
    if verb.group("verb").lower() in words("receiving_verbs"):
        return None  # "Smith received a letter saying ...": another wrote it
    pronoun = subject_before(masked, s_start, verb.start())
    if pronoun is not None and masked[pronoun[0] : pronoun[1]] in ("he", "she", "it", "they"):
        return pronoun  # "... caused an outcry when it sent out a letter telling patients"
    if verb.group("relative"):
        named = _NAME_AT_END.search(masked, max(s_start, verb.start() - 80), verb.start())
        return named.span() if named else None
    sender = (
        sentence_subject(masked, s_start, document_at)
        or _subject_after_opening_clause(masked, s_start, verb.start(), document_at)
        or _subject_before_aside(masked, s_start, verb)
    )
    if not _right_before_verb(masked, sender, verb):
        # "LaCalamita is married, but his wife, Michele, released a statement saying": the
        # subject of the joined clause the verb is in
        sender = _subject_after_joined_clause(masked, s_start, verb.start(), document_at)
    return sender if _right_before_verb(masked, sender, verb) else None


def _right_before_verb(masked: str, sender: tuple[int, int] | None, verb: re.Match[str]) -> bool:
    """Whether a subject found is the sender's verb's own: nothing but an "of" phrase between
    them, and no verb."""
    if sender is None or sender[1] > verb.start():
        return False
    # the subject found may stop before an "of" phrase: "A coalition of nearly 40 groups sent"
    between = masked[sender[1] : verb.start()]
    if between and not _OF_PHRASE.match(between) or STRICT_FINITE.search(between):
        return False  # not "Gray's school" of "Gray's school principal, Matthew ..., wrote"
    return not has_finite(between)


def _subject_before_aside(masked: str, s_start: int, verb: re.Match[str]) -> tuple[int, int] | None:
    """The name that opens the sentence right before the aside the sender's verb follows
    ("Senate Majority Leader Mitch McConnell, R-Ky., delivered"), which `sentence_subject`
    does not step over."""
    if not verb.group("aside"):
        return None
    name = subject_before(masked, s_start, verb.start())
    opening = after_openers(masked, s_start, verb.start())
    return name if name is not None and name[0] == opening else None


# a main clause joined to the one before: "LaCalamita is married, but his wife, Michele, released
# a statement saying ..."
_JOINED_CLAUSE = compile_on_use(r",\s+(?:but|and|yet|so)\s+(?=\S)")


def _subject_after_joined_clause(
    masked: str, s_start: int, verb_at: int, limit: int
) -> tuple[int, int] | None:
    """The subject of the clause the sender's verb is in, after a comma and "but", "and",
    "yet" or "so", read as a sentence's opening subject."""
    joins = list(_JOINED_CLAUSE.finditer(masked, s_start, verb_at))
    return sentence_subject(masked, joins[-1].end(), limit) if joins else None


# a subordinate clause of time that opens the sentence: "Shortly after Murphy's conference call
# ended, Rubio's campaign sent out a press release saying ...", "When the results came in, ..."
_OPENING_TIME_CLAUSE = compile_on_use(
    r"(?:(?:Shortly|Soon|Just|Immediately|Right|Moments|Minutes|Hours|Days|Weeks)\s+)?(?:[Aa]fter|[Bb]efore|When|"
    r"Once|As\s+soon\s+as|While|Within\s+(?:minutes|hours|days)\s+of)\s"
)


def _subject_after_opening_clause(
    masked: str, s_start: int, verb_at: int, limit: int
) -> tuple[int, int] | None:
    """The main clause's subject after a clause of time that opens the sentence, read from its
    comma as a sentence's opening subject (`sentence_subject` reads no clause as an opener)."""
    if not _OPENING_TIME_CLAUSE.match(masked, after_openers(masked, s_start, verb_at)):
        return None
    comma = masked.rfind(",", s_start, verb_at)
    return sentence_subject(masked, comma + 1, limit) if comma >= 0 else None


# the document's receiver as the subject of a passive: "agency heads were sent a memo stating"
_SENT_TO = compile_on_use(r"\s+(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b|"
                      r"\s+(?:was|were|is|are|been|being|be)\s+(?:sent|given|shown|handed)\b")  # fmt: skip


# a name right before a participle, after "of", "with" or "showing": "footage of Trump saying",
# "with Sanders telling", or after a dash ("issued a statement expressing optimism – Ryan
# saying he was "very encouraged" and Trump calling it ..."); not an "of" inside a name ("the
# Palace of Westminster accusing"). Or a list of names, perhaps with "all" or "both": "with Donald Trump, Mike Huckabee and Chris
# Christie all calling for a strong ethanol blending rule"
_ONE_NAME = r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*[a-z]"
_NAME_BEFORE_PARTICIPLE = compile_on_use(
    rf"(?:\b(?:of|with|showing|shows|show)|\s(?:[–—]|--?))\s+({_ONE_NAME}(?:(?:,\s+{_ONE_NAME})*,?\s+and\s+"
    rf"{_ONE_NAME})?)\s+(?:(?:all|both)\s+)?$"
)


# "and" and another name with a participle: the next of a list of absolutes
_ANOTHER_NAMED_PARTICIPLE = compile_on_use(rf"\s+and\s+{_ONE_NAME}\s+[a-z]{{3,}}ing\b")


# "with" and a description right before a participle: "with the Countryside Alliance saying"
_WITH_DESCRIPTION_BEFORE = compile_on_use(
    r"\bwith\s+(?P<phrase>(?:the|a|an)\s+[^,;:\x01—–]{2,70}?)\s+$"
)
# what a speaker described after "with" reports: a clause or a quotation, not a noun phrase
# ("with the combined company claiming residency in Ireland")
_WITH_CLAUSE_RULES = frozenset(["said-that", "said-clause", "speaker-before", "colon"])


def _participle_after_noun(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    s_end: int,
    cue: re.Match[str],
    base: str,
) -> Attribution | None:
    """A participle right after a noun, no comma: "with 47 percent of Cuban Americans saying
    they will ..." (the poll share speaks) or "Trump issued a statement saying ..." (the
    sentence's subject speaks through the document it put out)."""
    after = clause_after_cue(text, masked, quotes, cue.end(), s_end, base)
    if after is None:
        return None
    s, e, kind, _ = after
    share = share_before(masked, s_start, cue.start())
    if share is not None:
        return Attribution(s, e, kind, f"{kind}:share-saying", (cue.start(), cue.end()), share,
                           None, 0.7)  # fmt: skip
    named = _NAME_BEFORE_PARTICIPLE.search(masked, max(s_start, cue.start() - 90), cue.start())
    word_before = (
        masked[max(s_start, cue.start() - 80) : named.start()].split()[-1:] if named else []
    )
    if named is not None and not (word_before and word_before[0][:1].isupper()):
        # "The spot concludes with footage of Trump saying ...", "with Sanders telling ...":
        # the person shown or named right before the participle speaks; up to another named
        # with a participle of their own ("– Ryan saying he was "very encouraged" and Trump
        # calling it a "great meeting"")
        other = _ANOTHER_NAMED_PARTICIPLE.search(masked, s, e)
        if other is not None:
            s, e = _trim(text, s, other.start())
            kind = _content_kind(masked, quotes, s, e)
        return Attribution(s, e, kind, f"{kind}:name-saying", (cue.start(), cue.end()),
                           named.span(1), None, 0.7)  # fmt: skip
    described = _WITH_DESCRIPTION_BEFORE.search(masked, max(s_start, cue.start() - 80), cue.start())
    if (
        described is not None
        and after[3] in _WITH_CLAUSE_RULES
        and _headed_by_a_speaker(masked, described.span("phrase"))
    ):
        # "with the home secretary saying the debate had never reached that stage", "with the
        # campaign of the former senator from Pennsylvania saying Cruz was ...": the one
        # described right before the participle speaks
        return Attribution(s, e, kind, f"{kind}:name-saying", (cue.start(), cue.end()),
                           described.span("phrase"), None, 0.7)  # fmt: skip
    document = _DOCUMENT_BEFORE.search(
        masked, max(s_start, cue.start() - 100), cue.start()
    ) or _WRITTEN_TO_BEFORE.search(masked, max(s_start, cue.start() - 60), cue.start())
    if document is None:
        return None
    if document.re is _WRITTEN_TO_BEFORE:
        document = _WRITTEN_TO_BEFORE.search(masked, document.start(), cue.start())
        sender = document and _sender(masked, s_start, document.start("addressee"))
        if sender is None:
            return None
        return Attribution(s, e, kind, f"{kind}:document-saying", (cue.start(), cue.end()),
                           sender, None, 0.7)  # fmt: skip
    sender = _sender(masked, s_start, document.start())
    if sender is None or _SENT_TO.match(masked, sender[1]):
        return None  # "federal agency heads were sent a memo stating": they did not send it
    return Attribution(s, e, kind, f"{kind}:document-saying", (cue.start(), cue.end()), sender,
                       None, 0.7)  # fmt: skip


# a document its sender put out, then its words after a comma or a colon: "Trump issued a
# statement, "Last night, our nation was attacked ..."", "McConnell ... delivered a blunt
# message to Trump: "It's time to quit attacking ...""
_DOCUMENT_THEN_QUOTE = compile_on_use(
    r"\b(?:issued|released|put\s+out|sent(?:\s+out)?|posted|delivered|published|tweeted|"
    r"e-?mailed)\s+(?P<document>(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|message|letter|memo|tweet|post|note|e-?mail|release))"
    r"(?:\s+to\s+[^,:;\x01]{1,40}?)?(?:\s+(?:on\s+|late\s+|early\s+)?(?:" + _WEEKDAY + r"|today|"
    r"yesterday))?" + _DOCUMENT_CHANNEL + r"\s*[,:]\s*(?=\x01)"
)
# a word each of its verbs holds: where none occurs, the pattern (which tries every position
# of the sentence) cannot match
_DOCUMENT_VERB_HINTS = (
    "issued", "released", "put", "sent", "posted", "delivered", "published", "tweeted", "mailed"
)  # fmt: skip


def _document_quotations(
    masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> list[Attribution]:
    """The quoted words of a document its sender put out, said by the sender, as "issued a
    statement saying" is (see `_DOCUMENT_THEN_QUOTE`, `_sender`)."""
    found: list[Attribution] = []
    if not _has_any(masked, s_start, s_end, _DOCUMENT_VERB_HINTS):
        return found  # the cheap test first: most sentences with a quotation send no document
    for m in _DOCUMENT_THEN_QUOTE.finditer(masked, s_start, s_end):
        quote = next((q for q in quotes if q.open_at == m.end()), None)
        sender = quote and _sender(masked, s_start, m.start("document"))
        if quote is None or sender is None or _SENT_TO.match(masked, sender[1]):
            continue
        found.append(Attribution(quote.start, quote.end, "direct", "direct:document-quote",
                                 (m.start(), m.end("document")), sender, None, 0.7))  # fmt: skip
    return found


# a relative pronoun right before a cue: "a Web video that accuses", "a letter which says"
_THAT_BEFORE_CUE = compile_on_use(r"\s+(?:that|which)\s+(?:(?:also|[a-z]+ly)\s+)?$")


def _document_relative(
    text: str,
    masked: str,
    quotes: list[Quote],
    span: tuple[int, int],
    cue: tuple[int, int],
    cue_end: int,
    base: str,
) -> Attribution | None:
    """What a document says in a relative clause, said by whoever put it out ("Sen. Rand Paul
    (Ky.) has released a Web video that accuses Cruz of being welcoming to Syrian refugees"), as
    for "issued a statement saying" (see `_participle_after_noun`), or None."""
    s_start, s_end = span
    relative = _THAT_BEFORE_CUE.search(masked, max(s_start, cue[0] - 30), cue[0])
    if relative is None:
        return None
    document = _DOCUMENT_BEFORE.search(
        masked, max(s_start, relative.start() - 60), relative.start() + 1
    )
    if document is None:
        return None
    sender = _sender(masked, s_start, document.start())
    after = clause_after_cue(text, masked, quotes, cue_end, s_end, base)
    if sender is None or _SENT_TO.match(masked, sender[1]) or after is None:
        return None
    s, e, kind, rule = after
    name = rule if rule in FAMILIES else "document-saying"
    return Attribution(s, e, kind, f"{kind}:{name}", cue, sender, None, 0.7)


def _source_before_relative(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """ "according to multiple intelligence sources who have seen the correspondence": the
    source up to its relative clause, when the clause's verb kept the whole phrase out."""
    relative = re.compile(r"\s(?:who|that|which)\s").search(masked, start, min(end, start + 80))
    return phrase_to_comma(masked, start, relative.start()) if relative else None


_SUBJECT_OPENING = compile_on_use(
    r"(?:[A-Z0-9\x01]|(?:the|a|an|this|that|these|those|his|her|its|their|our|one|some|"
    r"he|she|it|they|we|i|there)\b)"
)
# what opens the claim after a source with no comma between ("According to his grandson he was
# ...", "According to the official news agency most of the net cafes were closed ...")
_CLAIM_OPENING_WORD = compile_on_use(
    r"(?:\d|(?:the|a|an|this|these|those|his|her|its|their|our|some|most|many|he|she|it|they|"
    r"we|there)\b)"
)
# words after which a claim's opening is still the source's: "data from the ONS", "Smith and
# his colleagues", "the report's"
_INSIDE_SOURCE_WORDS = PREPOSITIONS | frozenset(
    ["and", "or", "&", "the", "a", "an", "before", "after", "during", "through", "under", "over",
     "about", "between", "among", "against", "since", "than", "as"]
)  # fmt: skip


def _source_then_claim(masked: str, after: int, s_end: int) -> tuple[int, int, int] | None:
    """The source and where the claim opens when a sentence starts "According to" and has no
    comma after it ("According to Woodburn police an officer arrived at the West Coast Bank
    ...", "According to the Pensions Commission's report 12 million working people are not
    saving enough"): the first word that may open a clause (a determiner, a pronoun, a
    number), not inside the source's own phrase, after a source of up to seven words with no
    plain verb form ("news" is no verb, as the looser test would read it), and a verb within
    the claim's first eight words. (start, end, claim start) or None.
    """
    found = list(islice(_WORD_SPAN.finditer(masked, after, s_end), 9))
    for k in range(1, len(found)):
        at = found[k].start()
        if not _CLAIM_OPENING_WORD.match(masked, at):
            continue
        before = found[k - 1].group()
        if before.lower() in _INSIDE_SOURCE_WORDS or before.endswith("."):
            continue  # "reports through Jan. 31": an abbreviation's full stop, then its number
        start, end = found[0].start(), found[k - 1].end()
        if (
            k > 7
            or MASK in masked[start:end]
            or FINITE_WORD.search(masked, start, end)
            or _DASH_IN_SOURCE.search(masked, start, end)
        ):
            return None
        claim_words = list(islice(_WORD_SPAN.finditer(masked, at, s_end), 8))
        if len(claim_words) < 3 or not has_finite(masked, at, claim_words[-1].end()):
            return None
        return start, end, at
    return None


def _according_without_comma(
    text: str,
    masked: str,
    quotes: list[Quote],
    cue: tuple[int, int],
    split: tuple[int, int, int],
    s_end: int,
) -> Attribution | None:
    """The claim after an according-to source with no comma (`_source_then_claim`'s `split`:
    the source's span, then where the claim opens), or None when under three characters."""
    s, e = _trim(text, split[2], s_end)
    if e - s < 3:
        return None
    s, e, kind, _ = _partial_or_mixed(masked, quotes, s, e)
    return Attribution(s, e, kind, f"{kind}:according-to", cue, split[:2], None, 0.7)


_WORD_SPAN = compile_on_use(r"[^\s\x01]+")
# an aside set off by dashes inside the source: where the claim opens is unsure
_DASH_IN_SOURCE = compile_on_use(r"--|[—–]|\s-\s")


# a clause's subject straight after an according-to source with no comma: "According to Pew
# Research 44% of searchers use ...", "According to Ofcom there were ..."; not a relative
# ("news reports that began ...") nor a title in quote marks
_CLAIM_AFTER_SOURCE = compile_on_use(
    r"(?:\d|(?:the|a|an|this|these|those|his|her|its|their|our|some|he|she|it|they|we|there)\b)"
)
# the end of a quotation and its own frame: ',” police said', '," Obama said'
_QUOTE_FRAME = compile_on_use(
    r"[,?!][\"'”’]{1,2}\s+(?:[\w.’'-]+\s+){1,5}?(?:said|says|added|told|asked|wrote|stated)\b"
)
# after "According to X,": a relative clause about X, or X's name in apposition ("the
# statistics office, Destatis,"), comes before the claim
_SOURCE_ASIDE = compile_on_use(
    r"\s*(?:(?:which|who|whose)\s[^,;:\x01]{1,120}|(?:[A-Z][\w.&’'-]*\s?){1,4}),(?=\s)"
)


# what opens no clause of its own after an aside: "..., the president, who is ill, will ..."
_NOT_A_SUBJECT = compile_on_use(r"(?:who|whom|whose|which|and|but|or|is|was|has|had|will|would)\b")
# a person's name: capitalised words only ("Alan Mauldin", "Mr McGuire")
_NAME_WORDS = compile_on_use(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}")


def _role_aside(masked: str, at: int, s_end: int) -> tuple[int, int] | None:
    """What a named according-to source is, between commas right after it (`at` is just past
    the name's comma): "According to Alan Mauldin, research director of communications
    analysis company TeleGeography, the succession of problems ...". None unless a clause with
    a subject of its own follows ("According to Smith, the president, who is ill, will ...")."""
    role_end = masked.find(",", at, s_end)
    if role_end < 0:
        return None
    start, end = _trim(masked, at, role_end)
    aside = masked[start:end]
    rest = _trim(masked, role_end + 1, s_end)
    if (
        aside
        and (aside[0].islower() or aside.split()[0] in ("The", "A", "An"))
        and len(aside.split()) <= 12
        and MASK not in aside
        and not STRICT_FINITE.search(aside)
        and describes_a_person(aside)
        and not _NOT_A_SUBJECT.match(masked, rest[0])
        and _is_clause(masked, *rest)
    ):
        return start, end
    return None


def _past_asides(masked: str, at: int, s_end: int) -> int:
    """Where an according-to claim starts (`at` is just past the source's comma), past asides
    about its source."""
    for _ in range(2):
        aside = _SOURCE_ASIDE.match(masked, at, s_end)
        if aside is None or not _is_clause(masked, *_trim(masked, aside.end(), s_end)):
            break
        rest = masked[aside.end() : s_end].split()
        chunk_end = masked.find(",", aside.end(), s_end)
        if aside.group().strip()[:1].isupper() and not (
            rest
            and rest[0][:1].islower()
            and rest[0] not in ("who", "whom", "whose", "which")
            and has_finite(masked, aside.end(), s_end if chunk_end < 0 else chunk_end)
        ):
            # "According to police, Smith, who was 45, died", "..., Cheryl Mills, a top
            # Clinton aide, sent": the name is the claim's subject
            break
        at = aside.end()
    return at


_AUXILIARY_FIRST = compile_on_use(rf"\s*(?:{FINITE_AUXILIARIES})\s+[a-z]")
# a clause cut right after its subordinator or relative by the source's commas: "... after,",
# "... a BitTorrent site based in the country that,"
_SUBORDINATOR_LAST = compile_on_use(
    r"\s(?:after|before|because|since|until|while|whereas|although|though|when|that|which|"
    r"who|if),\s*$"
)
# a verb in -s or -ed opening what follows a "whose" subject: '"draws a deeply troubling ...'
_VERB_FORM_OPENING = compile_on_use(r"\s*[\x01\"“‘']?[a-z]+(?:s|ed)\b")
# "whose" and the noun it owns right before the source's comma: "a man whose book,"
_WHOSE_LAST = compile_on_use(r"\swhose\s+(?P<noun>[\w’'-]+(?:\s+[\w’'-]+){0,2}),\s*$")
# a "that" right before the source: "The AP reported that, according to an analysis ..."
_THAT_LAST = compile_on_use(r"\sthat\s*,?\s*$")


def _framing_cues(masked: str, start: int, end: int) -> list[re.Match[str]]:
    """`_verb_cues` of masked[start:end] but those opening a relative clause after a comma
    (", which denied class-action status to ...") and those after a determiner ("was any
    mention of"): a verb of a thing the claim names, or a noun, frames no other speaker's
    claim."""
    return [
        cue
        for cue in _verb_cues(masked, start, end)
        if not _RELATIVE_BEFORE_CUE.search(masked, start, cue.start())
        and not _DETERMINER_BEFORE.search(masked, start, cue.start())
    ]


# a determiner right before a word: the word is a noun ("any mention", "no comment")
_DETERMINER_BEFORE = compile_on_use(r"(?<![\w’'-])(?:any|no|the|a|an|every|each)\s+$")


def _according_inside(
    masked: str, s_start: int, cue_start: int, source_end: int, s_end: int
) -> int | None:
    """Where the claim resumes after "..., according to X, ..." when what comes before the
    source is no clause (a time, a place, a subject: "Since last November", "Among Supreme
    Court precedents at risk") and what follows it has the verb; else None."""
    before = masked[s_start:cue_start].rstrip()
    if not before.endswith(",") or len(before.split()) < 2:
        return None
    lead = LEAD_CONNECTIVE.match(before)
    # "While most of those were elevated to the "confidential" level, according to a State
    # Department official, two ... were upgraded": a fronted subordinate clause is no claim of
    # its own; the source vouches for the sentence around it
    fronted = (
        _FRONTED_CLAUSE.match(before, lead.end() if lead else len(before) - len(before.lstrip()))
        and "," not in before[:-1]
        and not before[:-1].rstrip().endswith(MASK)
    )
    if MASK in before and not fronted:
        return None
    comma = masked.find(",", source_end, min(s_end, source_end + 3))
    if comma < 0:
        return None
    rest = masked[comma + 1 : s_end]
    if fronted:
        pass
    elif (
        STRICT_FINITE.search(before)
        or FINITE_WORD.search(before)
        or find_cues(before, 0, len(before))
    ) and not (
        # "One of the decisions they have made, according to a person close to the process, is
        # to turn ...": the verb after the source is the one the subject before it lacks
        _AUXILIARY_FIRST.match(rest)
        and "," not in before[:-1]
        and not _FRONTED_CLAUSE.match(before)
    ):
        return None
    if len(rest.split()) < 3 or not has_finite(rest) or _framing_cues(masked, comma + 1, s_end):
        return None
    if rest.split()[0].lower() in ("and", "but", "or", "while", "whereas"):
        return None  # "Trump leads by 15 points, according to the poll, and has ...": a clause

    return comma + 1


# The sentence's last stretch is a speaker's frame of its own: "In Seattle, marchers honored
# the victims, KING-TV reported, while in Chicago the parade began with a moment of silence,
# the Chicago Sun-Times reported." What comes between the two frames is the second source's.
_CLOSING_FRAME = compile_on_use(
    r",\s+(?P<speaker>[^,;:\x01]{2,60}?)\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s*[.!?]?\s*$"
)
_CONJUNCTION_OPENING = compile_on_use(r"\s*(?:while|whereas|and|but)\s+")
_FRAME_THEN_CONJUNCTION = compile_on_use(r",\s*(?:while|whereas|and|but)\s+")


def _closing_frame(masked: str, cue_end: int, s_end: int) -> bool:
    """Does a conjoined clause follow the cue's comma and end in another speaker's frame (see
    `_CLOSING_FRAME`)? Then that clause is no content of the first cue."""
    joined = _FRAME_THEN_CONJUNCTION.match(masked, cue_end, s_end)
    if joined is None or masked.find(",", joined.end(), s_end) < 0:
        return False  # the cheap tests first
    frame = _CLOSING_FRAME.search(masked, joined.end(), s_end)
    if frame is None or frame.group("verb") not in reporting_verb_forms():
        return False
    speaker = subject_before(masked, frame.start("speaker"), frame.start("verb"))
    return speaker is not None and speaker[0] == frame.start("speaker")


_LAST_WORD = compile_on_use(r"([a-z]+)[.!?]?\s*$")


# a time, an addressee or a channel after the verb of a frame that closes a sentence:
# "..., court sources said last night", "..., party sources told the BBC", "..., spokeswoman
# Linda Laughlin said in an interview", "..., the Anchorage Daily News reported Sunday"
_FRAME_TIME = (
    r"(?:(?:early|late)\s+)?(?:on\s+)?(?:" + _WEEKDAY + r"|yesterday|today|tonight|earlier|"
    r"(?:last|this)\s+(?:night|week|month|morning|afternoon|evening))"
)
_CLOSING_FRAME_TAILED = compile_on_use(
    r",\s+(?P<speaker>[^,;:\x01]{2,60}?)\s+(?P<verb>said|says|say|told|reported|reports|added|"
    r"confirmed|wrote)\s+"
    r"(?:" + _FRAME_TIME + r"|in\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:statement|interview|e-?mail|"
    r"release|briefing)"
    # whom "told" went to: "the BBC", "Reuters", "reporters"
    r"|(?<=told\s)(?:(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}|reporters|"
    r"journalists))"
    r"(?:\s+" + _FRAME_TIME + r")?\s*[.!?]?\s*$"
)
_TAILED_FRAME_HINTS = (" said", " say", " told", " reported", " reports", " added", " confirmed",
                       " wrote")  # fmt: skip


def _before_closing_frame(masked: str, start: int, end: int) -> int:
    """Where content that runs to the sentence end stops when a speaker's frame of its own
    closes the sentence: "Other Republican candidates said they support charter schools ...,
    because those decisions should be left to states, they said." gives the first cue's claim
    without ", they said", a second frame with its own claim (see `_after_earlier_frame`).
    So too with a time, an addressee or a channel after the frame's verb: "According to
    forensic doctors ..., the bullet "is a bit deformed" before entering the boy's chest,
    court sources said last night." is the doctors' claim without the court sources."""
    last = _LAST_WORD.search(masked, max(start, end - 14), end)
    if last is None or last.group(1) not in reporting_verb_forms():
        if _has_any(masked, max(start, end - 50), end, _TAILED_FRAME_HINTS):
            return _before_tailed_frame(masked, start, end)
        return end  # the cheap test first
    frame = _CLOSING_FRAME.search(masked, start, end)
    if frame is None or frame.start() - start < 12 or frame.group("verb") != last.group(1):
        return end
    speaker = subject_before(masked, frame.start("speaker"), frame.start("verb"))
    if speaker is None or speaker[0] != frame.start("speaker"):
        return end
    return frame.start()


def _before_tailed_frame(masked: str, start: int, end: int) -> int:
    """`_before_closing_frame` for a frame with words after its verb (`_CLOSING_FRAME_TAILED`):
    where it starts, when its speaker is a subject of its own; else `end`."""
    frame = _CLOSING_FRAME_TAILED.search(masked, start, end)
    if frame is None or frame.start() - start < 12:
        return end
    speaker = subject_before(masked, frame.start("speaker"), frame.start("verb"))
    if speaker is None or speaker[0] != frame.start("speaker"):
        return end
    return frame.start()


# "and when asked about it", "but asked whether": a clause leading the next frame after a join
_LEADING_CLAUSE_AFTER_JOIN = compile_on_use(
    r"\s*(?:and|but)\s+(?:(?:when|after|once|if)\s+)?(?:asked|pressed|questioned)\b"
)


def _joined_clause(masked: str, start: int, end: int) -> bool:
    """Is masked[start:end] a clause of its own, joined by "but" or "and" ("but they wouldn't
    advocate for them on the federal level"): its own subject and a finite verb."""
    joined = _CONJUNCTION_OPENING.match(masked, start, end)
    if joined is None:
        return False
    return bool(_SUBJECT_OPENING.match(masked, joined.end())) and _is_clause(
        masked, joined.end(), end
    )


def _after_earlier_frame(masked: str, found: list[Attribution], s_start: int, end_at: int) -> int:
    """Where content before a speaker's frame may start: after an earlier frame in the
    sentence that follows its own content ("..., KING-TV reported, while in Chicago ...") and
    the conjunction after it, or after an earlier clause cut short at the comma before a
    quotation; else at the sentence start."""
    start = s_start
    for earlier in found:
        if (
            earlier.cue is not None
            and earlier.kind == "indirect"
            and earlier.rule.endswith(":speaker-after")
            and earlier.cue[1] <= end_at
        ):
            comma = masked.find(",", earlier.cue[1], end_at)
            if comma >= 0:
                start = max(start, comma + 1)
        elif (
            earlier.cue is not None
            and earlier.rule.endswith((":said-clause", ":said-that"))
            and earlier.cue[1] <= earlier.start
            and earlier.end < end_at
        ):
            # "She also said the turmoil was not the fault of banks, "not at all" she added.":
            # the earlier cue's clause ended at a comma; the quotation after it is the next's
            comma = masked.find(",", earlier.end, end_at)
            if (
                comma >= 0
                and not masked[earlier.end : comma].strip(_EDGE_TRIM)
                and (
                    not masked[comma + 1 : end_at].strip(" ,").strip(MASK)
                    # "Other Republican candidates said they support charter schools ..., but
                    # they wouldn't advocate for them ..., because ..., they said.": the earlier
                    # clause was cut at the join; the clause after it is the closing frame's
                    or masked.startswith(",", end_at)
                    and _joined_clause(masked, comma + 1, end_at)
                )
            ):
                start = max(start, comma + 1)
            elif (
                comma >= 0
                and not masked[earlier.end : comma].strip(_EDGE_TRIM)
                and masked.startswith(",", end_at)
                and _LEADING_CLAUSE_AFTER_JOIN.match(masked, comma + 1, end_at)
            ):
                # "Mr. Trump said he had not seen the episode, and when asked whether ..., he
                # said, "I hope not."": a leading clause of the next frame's own, no content
                start = max(start, end_at)
    if start > s_start:
        conjunction = _CONJUNCTION_OPENING.match(masked, start, end_at)
        start = conjunction.end() if conjunction else start
    return start


# an "as" clause whose source reports the main clause: "As Breitbart News reported, the ...",
# "And, as The Huffington Post previously reported, Clinton is ...", "..., as David Dayen
# noted in The Intercept.", "As reported by Western Journalism, the ..."
_AS_OPENING = compile_on_use(
    r"\s*(?:(?:And|But|So|Yet|However|Still|Now)\s*,?\s+)?(?:[^,;:\x01]{3,80},\s*)?[Aa]s\s+$"
)
_AS_BEFORE = compile_on_use(
    r"(?<![\w’'])[Aa]s\s+(?:(?:first|[a-z]+ly)\s+)?$"
)  # the cheap test first
_AS_CLOSING = compile_on_use(r"\s*,\s*as\s+(?:(?:first|[a-z]+ly)\s+)?$")
# between the cue and the end of the "as" clause only when or where it was said: never an
# object ("as he said goodbye, ...") or a clause ("as he said he would, ...")
_AS_TAIL = compile_on_use(
    r"(?:\s+(?:(?:in|on|at|during|last|earlier|this|recently|just|previously|yesterday|today|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^,;:.\x01—–]{0,60}|"
    # "..., as Breitbart reported a few days later."
    r"(?P<ago>(?:a\s+few|several|two|three|\d+)\s+(?:hours|days|weeks|months|years)\s+"
    r"(?:later|earlier|ago))\b))?\s*"
)
_AS_VERBS = _CLAUSE_VERBS | _WEAK_CLAUSE_VERBS


# "as" and what follows it, up to the cue: "As another Pew study from 2011"
_AS_THEN_PHRASE = compile_on_use(r"(?<![\w’'])[Aa]s\s+(?=\S)")


def _long_as_source(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The source of an "as" clause when it is a long noun phrase (`_long_subject`): "As
    another Pew study from 2011 noted", which no name or role reading takes whole."""
    found = list(_AS_THEN_PHRASE.finditer(masked, max(s_start, cue_start - 120), cue_start))
    if not found:
        return None
    return _long_subject(masked, found[-1].end(), cue_start, after_adverbial=True)


def _as_source_said(
    text: str,
    masked: str,
    quotes: list[Quote],
    span: tuple[int, int],
    source_start: int,
    cue_end: int,
    base: str,
    cue_word: str,
) -> tuple[int, int, str] | None:
    """The main clause an "as" clause attributes to its source ("As Breitbart News reported,
    even on Friday morning, the Obama White House was refusing ..."; "It doesn't help that
    ... is a classic scare tactic, as David Dayen noted in The Intercept."), or None.

    `source_start` is where the source (or, with no source before the cue, the cue) starts;
    `cue_word` is the cue as matched.
    """
    s_start, s_end = span
    if base not in _AS_VERBS or not _AS_BEFORE.search(
        masked, max(s_start, source_start - 24), source_start
    ):
        return None
    tail = _AS_TAIL.match(masked, cue_end, s_end)
    if tail is None or tail.group("ago") is None and has_finite(masked, cue_end, tail.end()):
        return None  # ("a few days" reads as a verb in -s to `has_finite`)
    after = tail.end()
    opening = _AS_OPENING.fullmatch(masked, s_start, source_start)
    lead = masked[s_start:source_start].split()
    connective = LEAD_CONNECTIVE.match(masked, s_start, source_start)  # "However, as ..."
    lead_start = connective.end() if connective else s_start
    if (
        opening is not None
        and not has_finite(masked, s_start, source_start)
        and ("," not in masked[lead_start:source_start] or lead[0].lower() in _ADVERBIAL_OPENERS)
    ):
        # an adverbial may come first: "In the old Union of Soviet Socialist Republics, as
        # Hedrick Smith reported in his The Russians, the communist big shots had ..."
        if masked[after : after + 1] != ",":
            return None
        start = after + 1
        chunk_end = masked.find(",", start, s_end)
        if (
            0 <= chunk_end - start <= 40
            and not has_finite(masked, start, chunk_end)
            and MASK not in masked[start:chunk_end]
            and _is_clause(masked, *_trim(masked, chunk_end + 1, s_end))
        ):
            start = chunk_end + 1  # "..., even on Friday morning, the Obama White House ..."
        s, e = _trim(text, start, s_end)
        if (
            len(masked[s:e].split()) < 3
            # a subject or an adverbial opens it, not a verb: "Trump, as he said, will not attend"
            or re.match(rf"(?:{FINITE_WORD.pattern})|[a-z]+(?:ed|ing)\b", masked[s:e]) is not None
            or not _is_clause(masked, s, e)
        ):
            return None
        return _partial_or_mixed(masked, quotes, s, e)[:3]
    closing = _AS_CLOSING.search(masked, max(s_start, source_start - 24), source_start)
    if (
        closing is None
        or masked[after:s_end].strip(" .!?\"'”’") != ""
        or masked[s_start:s_end].rstrip(" \"'”’").endswith("?")
        # after the main clause a phrase ("..., as the board made clear") may give a reason,
        # and a present "says" quotes a saying ("..., as the man says"): a plain past verb only,
        # or a phrase for how it was worded ("..., as one strategist put it.")
        or (" " in cue_word and " ".join(cue_word.lower().split()) not in _FRAME_ONLY)
        or cue_word in ("say", "says")
    ):
        return None
    # "He had a possible reason: Mr. Hannity was ..., as Breitbart reported": the writer's
    # lead-in before a colon is not what the source reported
    colon = masked.rfind(": ", s_start, closing.start())
    content = _content_before(text, masked, quotes, colon + 2 if colon >= 0 else s_start,
                              closing.start())  # fmt: skip
    if (
        content is None
        or content[2] != "indirect"
        or len(text[content[0] : content[1]].split()) < 4
        or re.match(rf"(?:{FINITE_WORD.pattern})", masked[content[0] : content[1]]) is not None
    ):
        return None
    return content


def _as_reported_by(
    masked: str, cue: tuple[int, int], cue_end: int, s_end: int
) -> tuple[int, int] | None:
    """The agent of a passive cue that opens an "as" clause ("As reported by Western
    Journalism", "as first reported by the New York Times"), or None."""
    if not _AS_BEFORE.search(masked, max(0, cue[0] - 24), cue[0]):
        return None
    by = _BY_AGENT.match(masked, cue_end, s_end)
    if by is None:
        return None
    return subject_after(masked, by.end(), s_end)


# the impersonal passive, and a time between its cue and "that": "it was revealed in March
# that she had used a personal email account", "It was reported last week that ..."
_IMPERSONAL_PASSIVE = compile_on_use(r"\b[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+$")
_TIME_BEFORE_THAT = compile_on_use(
    r"\s+(?:(?:in|on)\s+[A-Z][a-z]+|(?:last|earlier|this)\s+(?:week|month|year|[A-Z][a-z]+))"
    r"(?:\s+\d{1,4})?,?\s+that\b"
)


# the passive auxiliary of "was first reported by": the subject before it, with an adverb of
# when it came out ("first", "previously") between
_REPORTED_PASSIVE_BEFORE = compile_on_use(
    r"\s+(?:was|were|(?:has|have|had)\s+been)\s+"
    r"(?:(?:first|previously|originally|initially|also|earlier|[a-z]+ly)\s+)?$"
)
# words that cannot open the news that was reported: a pronoun stands for it elsewhere ("It
# was first reported by ..."), a relative's antecedent is outside the sentence's opening
_NOT_REPORTED_NEWS = frozenset(
    ["it", "this", "that", "these", "those", "which", "what", "he", "she", "they", "we", "i",
     "there", "who", "you", "one", "all", "some", "none"]
)  # fmt: skip
# what may follow the agent to the sentence's end: when, and nothing else ("The meeting was
# first reported by Politico.", "... by The Post's Greg Sargent last week.")
_REPORTED_BY_TAIL = compile_on_use(
    r"(?:\s+(?:on|in|last|this|earlier|late|early)\s+[\w’'.-]+(?:\s+\d{1,4})?)?"
    r"[\s.!?\"”’')]*"
)


def _first_reported_by(
    text: str, masked: str, quotes: list[Quote], span: tuple[int, int], m: re.Match[str]
) -> Attribution | None:
    """ "The meeting was first reported by Politico.", "News of the PGA's move was first
    reported by the Miami Herald.": the news that opens the sentence is what the agent after
    "by" reported, as in "Politico first reported the meeting". Only the whole sentence: a
    noun phrase of its own as subject (no clause, no aside, no pronoun), the agent and a time
    after the verb; "reported" alone, since "confirmed by the Senate" and "revealed by the
    receding water" are acts, not news."""
    s_start, s_end = span
    aux = _REPORTED_PASSIVE_BEFORE.search(masked, max(s_start, m.start() - 40), m.start())
    time = _TIME_AFTER_CUE.match(masked, m.end(), s_end)  # "was first reported last week by"
    by = _BY_AGENT.match(masked, time.end() if time else m.end(), s_end)
    if aux is None or by is None:
        return None
    start, end = _trim(text, _after_dateline(masked, s_start, aux.start()), aux.start())
    news = masked[start:end]
    said = news.split()
    if (
        not 1 < len(said) <= 10
        or said[0].lower() in _NOT_REPORTED_NEWS
        or any(mark in news for mark in (",", ";", ":", MASK, "(", "—", "–", " - "))
        or STRICT_FINITE.search(news)
        or find_cues(masked, start, end)
    ):
        return None
    agent = subject_after(masked, by.end(), s_end)
    if agent is None or _REPORTED_BY_TAIL.fullmatch(masked, agent[1], s_end) is None:
        return None
    kind = _content_kind(masked, quotes, start, end)
    return Attribution(start, end, kind, f"{kind}:reported-by", (aux.start() + 1, m.end()), agent,
                       None, 0.7)  # fmt: skip


# what may stand between a passive hearer cue and its "by": an adverb of when or how ("were
# told earlier by officials", "was warned repeatedly by doctors")
_TOLD_BY = compile_on_use(r"(?:\s+[a-z]+ly|\s+(?:earlier|later|again|also|once|first))?\s+by\s+")


# an appositive after the agent, before "that": "were told by Mr Smith, the chairman, that ..."
_TOLD_BY_ASIDE = compile_on_use(
    r",\s+(?:the|a|an|his|her|their|its)\s+[^,;:\x01]{1,50},(?=\s+that\b)"
)


def _told_by(
    text: str, masked: str, quotes: list[Quote], s_end: int, m: re.Match[str]
) -> Attribution | None:
    """ "They were told by officials that the road would reopen", "he was warned by doctors
    that he might never walk again", "Mr Parton said he had been told by Children's Minister
    Margaret Hodge there was not enough time ...": a passive verb of telling (`hearer_object`)
    has the hearer for subject, and the agent after "by" is who spoke, as in "officials told
    them that ...". The content is the clause right after the agent, read as after any cue;
    an agent that is no one ("was told by phone", "informed by letter") or a pronoun gives
    nothing, nor does what they were told to do ("were told by police to stay inside")."""
    by = _TOLD_BY.match(masked, m.end(), s_end)
    if by is None:
        return None
    agent = subject_after(masked, by.end(), s_end)
    if agent is None:
        return None
    that = masked.find(" that ", agent[0], agent[1])
    if that > agent[0]:
        # "reassured by the head teacher that the school was safe": the "that" opens what was
        # said, no relative clause of the agent's
        agent = (agent[0], that)
    if not _headed_by_a_speaker(masked, agent):
        return None  # "was told by the time he arrived": no one spoke
    aside = _TOLD_BY_ASIDE.match(masked, agent[1], s_end)
    content_from = aside.end() if aside else agent[1]
    if not re.match(r"\s+(?:that\b|[A-Za-z])", masked[content_from:s_end]) or re.match(
        r"\s+(?:to|who|which|whom|whose|at|in|on|of|for|from|with|about|as)\b",
        masked[content_from:s_end],
    ):
        return None  # "told by people who were running a nursery that ...": the agent goes on
    # read as after "said": the hearer is the subject, so no addressee comes after the agent
    # ("told by police he would not be charged": "he" opens the content)
    after = clause_after_cue(text, masked, quotes, content_from, s_end, "say")
    if after is None:
        return None
    s, e, kind, rule = after
    if rule not in ("said-that", "said-clause"):
        return None
    return Attribution(s, e, kind, f"{kind}:told-by", (m.start(), m.end()), agent, None, 0.65)


# a participle that opens the sentence, alone or after a subordinator: "Noting that only Kirk
# voted ..., Tester added", "After saying he was nervous ..., the man ended up", "While saying
# that he does respect Mrs. Clinton, he continued"
_OPENING_PARTICIPLE = compile_on_use(
    r"\s*(?:(?:After|While|Before|By|Upon|Since|In(?:\s+addition\s+to)?|"
    r"(?:But|And)\s+(?:after|while|before|by|in))\s+"
    r"(?:[a-z]+ly\s+)?)?(?P<verb>[A-Za-z]+ing)\b"
)  # "But in describing the plan as a short-term buzz ..., the journalists are missing ...", "In
# addition to stating that unborn babies have no constitutional rights, Clinton has vowed"
# the same after a lead connective, in lower case, and always after its preposition: "Now,
# after arguing that ..."
_PARTICIPLE_AFTER_LEAD = compile_on_use(
    r"(?:after|while|before|by|upon|since|in(?:\s+addition\s+to)?)\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]+ing)\b"
)
# a perfect participle opening the sentence: "Having announced that he would not send me to
# prison, Judge Berman proceeded ..."
_HAVING_PARTICIPLE = compile_on_use(r"\s*Having\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")
_HAVING_SAID_THAT = compile_on_use(r"\s+(?:that|this|so|as\s+much)\s*,")
# the main clause after the participle's comma: its subject, then its verb, perhaps after an
# adverb or two ("Mr. Rubio only occasionally went after him")
_MAIN_VERB_NEXT = compile_on_use(
    rf"\s+(?:(?:[a-z]+ly|also|still|now|just)\s+){{0,2}}(?:{FINITE_AUXILIARIES}|did|does|[a-z]{{2,}}(?:ed|s)\b|said|told|"
    r"took|made|went|came|put|gave|spoke|wrote|held|left|met|won|lost|kept|sent|set|shook)\b"
)


# "In the latest CNN/ORC poll, Clinton leads by 5 points": a poll or survey that opens the
# sentence is the source of the main clause, as in "the poll shows Clinton ahead". Only the
# nouns that count opinions: "In the study" or "In its report" usually come with a cue of their
# own ("..., researchers found"), which the rules above read.
_POLL_OPENING = compile_on_use(
    # the poll heads the phrase: not "In eight states where exit polls were conducted" or "In
    # a memo released as polls closed"
    r"In\s+(?P<source>(?:(?!(?:where|which|that|who|as|when|after|before|while)\s)[\w.’'/&-]+\s+)"
    r"{0,10}?(?:[Pp]olls?|[Ss]urveys?)\b[^,;:\x01]{0,80}?),\s+"
    r"(?:(?:conducted|released|taken|published)\b[^,;:\x01]{0,60},\s+)?"
)
# The main clause's own source: "In an online poll ..., Democracy Corp found that ...", "In a
# survey, it discovered that ...". Counted respondents are the poll's ("79 percent of Democrats
# said ..."), so a subject that opens with a number is no other source.
_COUNTED = compile_on_use(r"(?:some|just|only|about|nearly|almost|roughly|fully)?\s*\d")


def _poll_opening(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> Attribution | None:
    """The main clause of a sentence that opens with the poll it comes from (see
    `_POLL_OPENING`), as evidence of that poll, or None."""
    floor = _after_dateline(masked, s_start, s_end)
    opening = _POLL_OPENING.match(masked, floor, s_end)
    if opening is None:
        return None
    start, end = _trim(text, opening.end(), s_end)
    clause = masked[start:end].split()
    if len(clause) < 4 or not has_finite(masked, start, end):
        return None
    verbs = reporting_verb_forms()
    if not _COUNTED.match(masked, start) and any(
        w in verbs or w in _EVIDENCE_VERBS for w in clause[:8]
    ):
        return None
    start, end, kind, _ = _partial_or_mixed(masked, quotes, start, end)
    cue = (opening.start(), opening.start() + 2)
    source = (opening.start("source"), opening.end("source"))
    return Attribution(start, end, kind, f"{kind}:evidence", cue, source, None, 0.6)


# "Mr. Trump is ahead in public opinion polls in Florida", "he fell to 10 percent in the latest
# CNN/ORC poll released Wednesday": a standing that a poll gives, the poll named after "in"
_POLL_INLINE = compile_on_use(
    r"\s+in\s+(?P<source>(?:(?!(?:where|which|that|who|as|when|after|before|while|and|but|in)\s)"
    r"[\w.’'/&-]+\s+){0,8}?(?:[Pp]olls?|[Ss]urveys?|average)\b(?:\s+(?:released|conducted|taken|"
    r"published)(?:\s+[\w’'.-]+){1,3}?)?)(?=\s*(?:[,;.]|$)|\s+(?:in|of|by|from|and|but|while|"
    r"with|since|on|last|this|ahead|despite|among|after|before|released|conducted|taken|"
    r"published)\b)"
)
_POLL_WORD = compile_on_use(r" (?:[Pp]oll|[Ss]urvey|average)")
# what a poll gives: a lead, a share or a rank
_STANDING = compile_on_use(
    r"\b(?:leads?|led|leading|lead|ahead|behind|trails?|trailed|trailing|percent|points?|tied|"
    r"second|third|fourth|fifth|edge|margin|advantage|support|approval|rating|favou?rable|"
    r"unfavou?rable|fell|rose|dropped|slipped|climbed|surged|gained|sagged|slumped|jumped|"
    r"winning|beats?|beating|even|close)\b|\d"
)
# where a clause of its own starts before the poll: "..., although Rubio moved from third"
_CLAUSE_OPENER = compile_on_use(
    r"(?:,\s+(?:and|but|so|as|where|when|after|since)|\s(?:although|though|while|whereas|that|"
    r"because|why|whether|if)|:)\s+(?=[A-Z]|(?:he|she|they|it|the)\b)",
    re.IGNORECASE,
)
_RELATIVE_IN = compile_on_use(r",?\s(?:who|which)\s")
_STANDING_WORDS = 16  # a standing is told in few words; a longer clause says more than a poll


def _poll_inline(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> Iterator[Attribution]:
    """A standing that a poll named after "in" gives ("Trump leads Cruz by roughly 9
    percentage points in the RealClearPolitics average"), as evidence of that poll: the
    clause before the poll is the content, from its own subject on."""
    verbs = reporting_verb_forms()
    for found in _POLL_INLINE.finditer(masked, s_start, s_end):
        clause_start = after_openers(masked, _after_dateline(masked, s_start, found.start()),
                                     found.start())  # fmt: skip
        for opener in _CLAUSE_OPENER.finditer(masked, clause_start, found.start()):
            clause_start = opener.end()
        start, end = _trim(text, clause_start, found.start())
        content = masked[start:end]
        if not 3 <= len(content.split()) <= _STANDING_WORDS or MASK in content:
            continue
        if not _STANDING.search(content) or _RELATIVE_IN.search(content):
            continue  # "he had met Trump, who leads in opinion polls": the poll is Trump's
        named = masked[found.start("source") : found.end("source")].split()
        if named[-1] == "average" and not (
            len(named) > 1 and (named[-2][:1].isupper() or named[-2] == "polling")
        ):
            continue  # "rose ... in a row to an average of 67": a mean, no poll
        if (
            not has_finite(masked, start, end)
            or not text[start : start + 1].isupper()
            and (content.split()[0] not in ("he", "she", "they", "it"))
        ):
            continue
        if any(
            (w in verbs or w in _EVIDENCE_VERBS) and not _STANDING.fullmatch(w)
            for w in content.split()  # a capital is a name's: "secretary of State Clinton"
        ):
            continue  # "X said Clinton leads in polls": the saying is the claim
        cue_at = found.start() + found.group().index("in")
        source = _trim(text, found.start("source"), found.end("source"))
        yield Attribution(
            start, end, "indirect", "indirect:evidence", (cue_at, cue_at + 2), source, None, 0.55
        )


# "The FBI is reportedly making arrangements to interview Hillary Clinton", "Reportedly, he made
# ISIS-sympathetic comments to co-workers": what unnamed reports say, the writer's sentence the
# claim. Nobody is named as the source, so the claim has no speaker (never a guess at who
# reported it); a cue right after ("Trump reportedly said") names its speaker and is read above.
_REPORTEDLY = compile_on_use(r"(?<![\w’'-])reportedly\b")
_OPENING_REPORTEDLY = compile_on_use(r"Reportedly(?=\s*,\s)")
# between the subject and "reportedly", only auxiliaries: "The Club for Growth is reportedly"
_AUXILIARIES_BEFORE = compile_on_use(
    rf"(?:\s+(?:{FINITE_AUXILIARIES}|been|be|also|now|still|already)\b)*\s+$"
)
_REPORTEDLY_STOP = compile_on_use(r";|\s[—–]\s|\s--\s|,\s+(?:according|but|while|whereas)\b")
_SUBJECT_WORDS = 12  # a subject is a noun phrase, not a clause
_RELATIVE_WORDS = frozenset(["who", "whom", "whose", "which", "that", "where", "when"])


def _reportedly(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> Attribution | None:
    """The main clause a "reportedly" hedges, as a claim with no speaker (see `_REPORTEDLY`),
    or None. Only when "reportedly" opens the sentence or stands after the main clause's own
    subject and auxiliaries: not in a relative ("Mourinho, who reportedly wants ..."), a
    participle ("With Bloomberg reportedly considering a run, ...") or a second predicate."""
    floor = _after_dateline(masked, s_start, s_end)
    start = after_openers(masked, floor, s_end)
    found = _OPENING_REPORTEDLY.match(masked, start, s_end)
    if found is None:
        found = _REPORTEDLY.search(masked, floor, s_end)
        if found is None:
            return None
        start = after_openers(masked, floor, found.start())
        auxiliaries = _AUXILIARIES_BEFORE.search(masked, start, found.start())
        subject = masked[start : auxiliaries.start() if auxiliaries else found.start()]
        if (
            not subject.strip()
            or not (subject[:1].isupper() or subject.split()[0] in ("he", "she", "they", "it"))
            or len(subject.split()) > _SUBJECT_WORDS
            or subject.split()[0].lower() in PREPOSITIONS  # "With Bloomberg reportedly ..."
            or any(mark in subject for mark in ",;:()" + MASK)
            or has_finite(subject)
            or _RELATIVE_WORDS.intersection(subject.lower().split())
        ):
            return None
        after = masked[found.end() : found.end() + 30].split()
        if not after or after[0].lower() in reporting_verb_forms():
            return None  # "Trump reportedly said, ...": the cue names its speaker
    end = s_end
    for stop in _REPORTEDLY_STOP.finditer(masked, found.end(), s_end):
        if masked.count("(", start, stop.start()) <= masked.count(")", start, stop.start()):
            end = stop.start()  # not the ";" of "($35.7m; £19.1m)"
            break
    s, e = _trim(text, start, end)
    if (
        len(masked[s:e].split()) < 5
        or masked[s:e].endswith("?")
        or not has_finite(masked, s, e)
        or "://" in masked[s:e]  # a post's text with its link: the post is its author's
        or (_may_hold_stamp(masked, s, e) and _TIMESTAMP.search(masked, s, e))
    ):
        return None  # a page's headline ran on into its first sentence past the stamp
    s, e, kind, _ = _partial_or_mixed(masked, quotes, s, e)
    cue = (found.start(), found.end())
    return Attribution(s, e, kind, f"{kind}:reportedly", cue, None, None, 0.5)


def _opening_participle(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> Attribution | None:
    """What a participle opening the sentence reports, said by the main clause's subject
    ("Noting he majored in philosophy during college, Allen said ...": Allen noted it), or
    None. The content ends at the comma after which that subject and its verb stand."""
    if masked.find("ing", s_start, s_end) < 0:
        return None  # the cheap test first: this runs for every sentence, few open so
    floor = _after_dateline(masked, s_start, s_end)
    opening = _HAVING_PARTICIPLE.match(masked, floor, s_end) or _OPENING_PARTICIPLE.match(
        masked, floor, s_end
    )
    if opening is None and (lead := LEAD_CONNECTIVE.match(masked, floor, s_end)) is not None:
        # "Now, after arguing that the results in Iowa ... narrowed the primary to a three-man
        # race, his team is suggesting ...": a connective, then the participle's preposition
        opening = _PARTICIPLE_AFTER_LEAD.match(masked, lead.end(), s_end)
    if opening is None or _HAVING_SAID_THAT.match(masked, opening.end(), s_end):
        return None  # "Having said that, ...": an idiom, nothing reported
    verb = opening.group("verb").lower()
    if verb not in reporting_verb_forms():
        return None
    base = cue_base(verb)
    if base not in _PARTICIPLE_VERBS:
        return None
    after = clause_after_cue(text, masked, quotes, opening.end(), s_end, base)
    if after is None:
        return None
    s, e, kind, rule = after
    for comma in re.finditer(r",\s+", masked[s:s_end]):
        at = s + comma.end()
        subject = subject_after(masked, at, s_end)
        if subject is None or subject[0] != at or not _MAIN_VERB_NEXT.match(masked, subject[1]):
            continue
        start, end = _trim(text, s, min(e, s + comma.start()))
        if len(masked[start:end].split()) < 3:
            return None  # the reported clause was read by `clause_after_cue`; only cut here
        if (
            rule.startswith("said-")
            and rule != "said-object"
            and not has_finite(masked, start, end)
        ):
            # its verb was the main clause's: "After claiming their first Triple Crown for 19
            # years last season, Wood tips ...", "Describing that first meeting ..., he said"
            return None
        start, end, kind, _ = _partial_or_mixed(masked, quotes, start, end)
        cue = (opening.start("verb"), opening.end("verb"))
        return Attribution(start, end, kind, f"{kind}:participle-opening", cue, subject, None, 0.7)
    return None


# after a speaker that follows its content, only when or where it spoke: "said Thursday", "said
# on Saturday", "reported in a statement"
_TAIL_WHEN_OR_WHERE = compile_on_use(
    r"\s+(?:(?:on|in|at|during|last|this|earlier|later)\s+[^,;:\x01]{1,40}|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|"
    r"yesterday|today)"
)
_SPEAKER_WORDS = (
    words("role_nouns") | words("media_nouns") | words("organization_nouns") | words("np_modifiers")
)


def _past_addressee(tail: str) -> str:
    """What follows the addressee of "told" in a tail ("the Herald on Sunday" -> " on Sunday";
    "reporters" -> ""): the addressee is no content, and a time after it no more."""
    found = _addressee().match(tail + " ")
    if found is None:
        return tail
    rest = (tail + " ")[found.end() :].rstrip()
    return " " + rest if rest else ""


def _widened_to_comma(
    masked: str, s_start: int, subject: tuple[int, int], cue_end: int, s_end: int
) -> tuple[int, int]:
    """A speaker after its content keeps the words that describe it back to the comma ("...,
    the news site RTL Info reported.", "..., Algerian foreign affairs ministry spokesman Benali
    Cherif Abdelaziz said Thursday."), which the name search stopped short of: then the
    content before the comma is the claim. Only when nothing but a time or place follows the
    cue, and the words are a determiner, names and modifiers (no verb, no function word)."""
    comma = masked.rfind(",", max(s_start, subject[0] - 50), subject[0])
    tail = masked[cue_end:s_end].rstrip(" .!?\"'”’")
    if tail and masked[max(s_start, cue_end - 5) : cue_end].endswith(("told", "tells")):
        tail = _past_addressee(tail)  # "..., pilot Jim Campbell told the Herald on Sunday."
    if (
        comma < 0
        or (tail and not _TAIL_WHEN_OR_WHERE.fullmatch(tail))
        or masked[subject[0] : subject[1]].lower() in pronoun_classes()
    ):
        return subject
    between = masked[comma + 1 : subject[0]].split()
    if not 1 <= len(between) <= 4 or not masked[comma + 1 : comma + 2].isspace():
        return subject
    if len(between) > 1 and between[-1].lower() == "the":
        between = between[:-1]  # "..., business lobby group the CBI says": the name's own "the"
    first = between[0]
    # a lower-case opening is a modifier of the role the check below asks for: "..., shadow
    # chancellor Oliver Letwin said", "..., e-commerce minister Mike O'Brien says"
    for word in between[1:] if first.lower() in ("the", "a", "an") else between:
        lowered = word.lower()
        if not re.fullmatch(r"[A-Za-z][\w’'.-]*", word):
            return subject
        if (
            lowered in reporting_verb_forms()
            or lowered in belief_verb_forms()
            or lowered in words("function_words")
            or lowered in words("determiners")
            or lowered in pronoun_classes()
            or lowered in PREPOSITIONS
            or lowered in AUXILIARIES
            or (
                word[:1].islower()
                and (NOT_IN_PHRASE.match(lowered) or FINITE_WORD.fullmatch(lowered))
            )
        ):
            return subject
    # the role may open the name's phrase: "..., shadow chancellor Oliver Letwin said"
    described = [*between, *masked[subject[0] : subject[1]].split()[:1]]
    if not any(
        w.lower() in _SPEAKER_WORDS or w.lower().replace("-", "") in _SPEAKER_WORDS
        for w in described
        if w[:1].islower()
    ) and not all(w[:1].isupper() for w in between):
        return subject  # "..., a word Trump then repeated": no word for a speaker
    start = comma + 1
    while masked[start].isspace():
        start += 1
    return start, subject[1]


def _verb_cues(masked: str, start: int, end: int) -> list[re.Match[str]]:
    """The cues of masked[start:end] that are verbs: "Trump made further demands" and "state
    security forces have killed" hold a noun-like cue word but no speaker of their own."""
    return [
        cue
        for cue in find_cues(masked, start, end)
        if not (cue.group() in _NOUN_LIKE_CUES and _noun_use(masked, start, cue.start()))
    ]


def _act_reported_within(outer: Attribution, inner: Attribution) -> bool:
    """ "Almost a quarter of a million US consumers complained of being targeted for identity
    theft in 2004, official figures suggest": a speech act found first (its cue comes first)
    may lie whole, cue and all, inside what a later source reports; both are kept."""
    return (
        inner.rule.split(":")[-1] in FAMILIES
        and inner.cue is not None
        and outer.cue is not None
        and outer.cue[0] >= inner.end
        and outer.start <= inner.cue[0]
        and inner.end <= outer.end
    )


def _vouched_report(masked: str, first: Attribution, second: Attribution) -> bool:
    """ "His campaign manager, Jeff Weaver, says it's proof the candidate can still close the
    gap ..., according to the Associated Press": the source vouches for the whole report, and
    the speaker it names said the words; both are kept, the speaker's own claim beside the
    source's."""
    for inner, outer in ((first, second), (second, first)):
        if (
            outer.rule.endswith(":according-to")
            and outer.cue is not None
            and inner.mention is not None
            and inner.cue is not None
            # the source named after the report: one named first ("According to Mandaric,
            # Redknapp vowed ...") stays whom a later "he said" stands for, as it was
            and outer.cue[0] >= inner.end
            and outer.start <= inner.mention[0] < inner.cue[0] < inner.start < inner.end
            and inner.end <= outer.end
            and opens_with_own_report(masked, outer.start, outer.end)
        ):
            return True
    return False


def _act_within_act(first: Attribution, second: Attribution) -> bool:
    """ "Jewish leaders point to Trump's call for a ban on Muslims ... as reminiscent of ...",
    "he pointed to how Tony Blair had in 1997 complained about ...": an act or a call named by
    its noun may lie whole inside the object of another speaker's act, its own speaker named
    inside that object; both are kept. So may a claim named by its noun inside the words a
    speaker repeats ("Charles Kennedy repeated his call for a "pause" in considering the
    legislation": the call, and its repetition)."""
    for inner, outer in ((first, second), (second, first)):
        if (
            inner.rule.split(":")[-1] in (*FAMILIES, "nominal")
            and outer.rule.split(":")[-1] in FAMILIES
            and (
                inner.mention is not None
                and outer.start <= inner.mention[0]
                or inner.rule.endswith(":nominal")
                and outer.rule.endswith(":echo")
            )
            and outer.start <= inner.start
            and inner.end <= outer.end
        ):
            return True
    return False


# what opens a clause inside a question, right before its speaker: "which the", "if"
_SUBORDINATED_SPEAKER = compile_on_use(
    r"\b(?:which|who|whom|that|if|whether|why|how|what|when|where)\s+(?:the\s+)?$"
)


def _reported_within(masked: str, outer: Attribution, inner: Attribution) -> bool:
    """ "The survey showed that 54 percent of active duty military personnel said they would
    vote for Trump": what a poll or a study found may report what its respondents said; the
    finding holds that claim, its cue and its speaker whole, and both are kept; so does a
    question (`indirect:question`). So may what a
    speaker after it said, when it opens with another's act or finding: "The creditors have
    asked the government to mediate ..., KDB said", "Private sector business surveys suggest
    a stronger economy than official estimates, Ms Lomax said"."""
    if inner.mention is None or inner.cue is None:
        return False
    if outer.rule.endswith(":question"):
        # "asked whether his expansion of child tax credits, which the Tax Foundation estimates
        # would cost as much as $170 billion a year, would risk ...": a claim wholly inside
        # the question, its speaker and cue too
        # the inner speaker opens a clause the question subordinates ("which the Tax
        # Foundation estimates", "if she believed"), not the answer run on after it
        return (
            outer.start <= min(inner.start, inner.mention[0])
            and max(inner.end, inner.cue[1]) <= outer.end
            and bool(_SUBORDINATED_SPEAKER.search(masked, outer.start, inner.mention[0]))
        )
    if outer.rule.endswith(":speaker-after"):
        return (
            inner.mention[0] == outer.start
            and inner.rule.split(":")[-1] in (*FAMILIES, "evidence")
            and inner.end <= outer.end
        )
    if not outer.rule.endswith(":evidence") or outer.cue is None or outer.cue[1] > outer.start:
        return False  # "..., records show, and aviation experts say ...": another clause
    if re.search(r"\b(?:and|but|or)\s+$", masked[outer.start : inner.mention[0]]):
        return False  # "figures showed China's economy grew ... and experts say": the writer's
    # the respondents, their verb and what they said, in that order, inside the finding
    return outer.start <= inner.mention[0] < inner.cue[0] < inner.start < inner.end <= outer.end


# "is saying", and "He’s claiming", "they’re saying" with the auxiliary contracted: the cue is
# the finite verb of its sentence, not a participle on another's act
_PROGRESSIVE_CUE = compile_on_use(
    r"(?:\b(?:is|are|was|were|been|started|starts|began|begins|kept|keeps|continued|continues)"
    r"|(?<![\w’'])(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|who)[’'](?:s|re))"
    # "is also asking", "has lately started asking", "are now openly questioning how"
    r"\s+(?:(?:also|still|now|again|already|[a-z]+ly)\s+){0,2}$"
)
# the pronoun of "He’s claiming", "they’re saying", "she's also said": the subject, without
# its contracted auxiliary (read as one word, "They're" was a speaker's name). Not "you",
# "we" or "I": an interviewer's "If you’re saying ..." asks, "we've asked Chipotle" is no report
_CONTRACTED_SUBJECT = compile_on_use(
    r"(?<![\w’'])([Hh]e|[Ss]he|[Ii]t|[Tt]hey)[’'](?:s|re|ve)\s+"
    # "It's been reported that ...": the impersonal passive, as "It has been reported" is read
    # (nobody is named); not "She's been told", whose subject heard the words
    r"(?:(?<=[Ii]t[’']s\s)been\s+)?"
    r"(?:(?:also|still|now|just|[a-z]+ly)\s+)?$"
)


_LIST_STOPS = words("function_words") | PREPOSITIONS | words("determiners")
_TWO_NAMES = compile_on_use(
    r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*"
)
# names set off by commas that open a sentence before "A and B said": the list's first items
_NAME_LIST_BEFORE = compile_on_use(
    r"\s*(?:(?:But|And)\s+)?(?P<names>(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+)+)$"
)


# a list of names after "of", right before its last two: "Bureau of Alcohol, Tobacco, "; or
# after "in" or "from": "Most Republican voters in Alabama, Georgia and Virginia said" is the
# voters, not the states
_OF_A_LIST = compile_on_use(r"\b(?:of|in|from)\s+[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)*,\s*$")


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


# a past participle cue with its agent after "by", and no auxiliary: a reduced passive ("a call
# echoed by Japan on Saturday"); "by" with a channel ("testified by video link") is no agent
_REDUCED_PASSIVE = compile_on_use(
    r"\s+by\s+(?!(?:phone|telephone|video|email|e-mail|letter|text|satellite|fax|videolink|"
    r"conference|radio|mail|post)\b)(?:the\b|[A-Z])"
)


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


_COMMA_THEN_SPACE = compile_on_use(r",\s")
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


# the perfect's auxiliary before a participle: "has written", "had also written"
_PERFECT_BEFORE = compile_on_use(
    r"\b(?:has|have|had|having|’s|'s|’ve|'ve|’d|'d)\s+"
    r"(?:(?:also|not|never|already|since|now|just|even|[a-z]+ly)\s+)?$"
)


# "to" right before a cue: "goes on to say", "refused to comment"
_TO_RIGHT_BEFORE = compile_on_use(r"\bto\s+$")
# "to" and a stance or claim noun after "added": "has only added to the belief that ...",
# "added to fears that ...": the thing grows, nobody adds words
_ADDED_TO = compile_on_use(r"\s+to\s+(?:the\s+|a\s+|growing\s+|mounting\s+)?([a-z]+)\b")


def _added_to_a_stance(masked: str, cue_end: int, s_end: int) -> bool:
    """Whether "added" governs "to" and a stance noun (`_STANCE_NOUNS`), not words said."""
    added_to = _ADDED_TO.match(masked, cue_end, s_end)
    return added_to is not None and added_to.group(1) in _STANCE_NOUNS


# "rest assured that", "can be assured that": the writer's promise to the reader
_REST_ASSURED = compile_on_use(r"\b(?:[Rr]est|be)\s+$")


# a deed that made someone speak, right before its object and "to": "The win led her to declare
# that the nomination was in sight", "The decisive victory led RNC Chairman Reince Priebus to
# declare ...", "..., leaving many to wonder whether ...". The one made to speak did speak, so
# only a deed done: not "will almost certainly force Sen. Bernie Sanders to acknowledge ...",
# not yet and maybe never; never "allowing users to tell" or "urged him to say", which ask for
# words that may not come
_MADE_TO_SPEAK = compile_on_use(
    r"(?<![\w’'-])(?:led|leading|leads|prompted|prompting|prompts|drove|drives|driving|forced|"
    r"forcing|caused|causing|causes|left|leaving|leaves|spurred|spurring)\s+$"
)
_OBJECT_PRONOUN_BEFORE = compile_on_use(r"(?<![\w’'-])(?:him|her|them)\s+$")
_COUNTED_OBJECT = compile_on_use(r"(?<![\w’'-])(?:many|some|most|several|others|few)\s+$")
# before such a deed: a modal, "to" or a negation ("did not lead anyone to say"): not done
_MODAL_OR_TO_BEFORE = compile_on_use(
    r"(?:\b(?:may|might|would|could|should|must|can|will|to|not|never)|n[’']t)\s+"
    r"(?:[a-z]+ly\s+)?$"
)


def _made_to_speak(masked: str, s_start: int, to_at: int) -> tuple[bool, tuple[int, int] | None]:
    """Whether the "to" at `to_at` before a cue follows a deed that made its object speak
    (`_MADE_TO_SPEAK`), and that object: a name or a description of people ("led Republicans
    to say that ..."), an object pronoun for resolution ("led her to declare"), or None for
    people the writer only counts ("leaving many to wonder whether")."""
    counted = _COUNTED_OBJECT.search(masked, max(s_start, to_at - 12), to_at)
    pronoun = _OBJECT_PRONOUN_BEFORE.search(masked, max(s_start, to_at - 6), to_at)
    if counted is not None:
        found, speaker = counted.start(), None
    elif pronoun is not None:
        found = pronoun.start()
        speaker = (found, found + len(pronoun.group().rstrip()))
    else:
        speaker = subject_before(masked, s_start, to_at)
        if speaker is None or not names_a_person(masked, *speaker):
            return False, None
        if masked[speaker[1] : to_at].strip() != "":
            return False, None  # an adverb between: "led him eventually to"
        found = speaker[0]
    verb = _MADE_TO_SPEAK.search(masked, max(s_start, found - 12), found)
    if verb is None or _MODAL_OR_TO_BEFORE.search(
        masked, max(s_start, verb.start() - 20), verb.start()
    ):
        return False, None
    return True, speaker


# "by" and its agent a few words after a passive cue: "was first reported last week by"
_AGENT_SOON_AFTER = compile_on_use(r"[^,;:.\x01]{0,30}?\sby\s+[A-Z]")
# "that", "to", "as" or "by" right after a passive cue ("is said to")
_LINK_WORD_NEXT = compile_on_use(r"\s+(?:that|to|as|by)\b")
# what opens the words after a passive verb of telling (`_HEARER_OBJECT_VERBS`)
_THAT_OR_COLON_NEXT = compile_on_use(
    r"\s*(?::|(?:\s+by\s+[^,;:\x01]{1,40}?)?(?:\s+[a-z]+ly)?\s+that\b)"
)


# inline patterns of the sentence loop, compiled once: "[,:]" after an "according to" source,
# a conjunction ending the words before it, and the end of a clause after an inverted pronoun
# ("..., said he.")
_COMMA_OR_COLON = compile_on_use(r"[,:]")
_CONJUNCTION_AT_END = compile_on_use(r"(?:^|[,\s])(?:and|but|because|since|although|though)$")
_CLAUSE_ENDS_NEXT = compile_on_use(r"\s*(?:[,.;]|$)")


def attribute_sentence(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> list[Attribution]:
    """Every attribution pattern that fires in one sentence; at most one per cue.

    `quotes` are the quotations that open inside the sentence.
    """
    found: list[Attribution] = []
    used_content: set[tuple[int, int]] = set()
    sent_quotes = _quotes_in(quotes, s_start, s_end)

    def add(att: Attribution) -> None:
        if att.cue is not None and _asks_a_price(text, att.cue):
            return
        running = _quotation_running_on(quotes, att, s_end)
        if running is not None:
            att.start, att.end, att.kind = running.start, running.end, "direct"
            att.rule = "direct:speaker-before"
        if att.cue is not None and _not_the_readers_words(masked, att, s_end):
            return
        if (
            att.cue is not None
            and att.start >= att.cue[1]
            and not att.rule.endswith(_NOUN_RULES)
            and not _within_fronted_clause(text, masked, (s_start, s_end), att)
        ):
            return
        if (att.start, att.end) in used_content or att.end <= att.start:
            return
        if any(
            a.start < att.end
            and att.start < a.end
            and not _reported_within(masked, att, a)
            and not _act_reported_within(att, a)
            and not _act_within_act(att, a)
            and not _vouched_report(masked, att, a)
            for a in found
        ):
            return
        used_content.add((att.start, att.end))
        att.context = (s_start, s_end)
        found.append(att)

    according = masked.find("ccording to", s_start, s_end) >= 0  # the scan only where it is
    for m in _ACCORDING.finditer(masked, s_start, s_end) if according else ():
        speaker = (
            phrase_to_comma(masked, m.end() + 1, s_end)
            or subject_after(masked, m.end() + 1, s_end)
            or _source_before_relative(masked, m.end() + 1, s_end)
        )
        if (
            speaker is None
            and not masked[s_start : m.start()].strip(_EDGE_TRIM)
            and _COMMA_OR_COLON.search(masked, m.end(), s_end) is None
            and (split := _source_then_claim(masked, m.end(), s_end)) is not None
        ):
            # "According to his grandson he was suffering from heart disease.": no comma, and
            # no phrase read as the source before the claim's opening
            claim = _according_without_comma(text, masked, sent_quotes, m.span(), split, s_end)
            if claim is not None:
                add(claim)
            continue
        if speaker is None or _WH_OPENING.match(masked, speaker[0]):
            continue  # "according to how much business they brought": a measure, no source
        speaker = _through_quoted_title(masked, speaker, s_end)
        filed = _FILED_BY_NAME.match(masked, speaker[0], speaker[1])
        if filed is not None:
            # "according to reports Mr. Schoen filed as a registered lobbyist": the document
            # and who made it, not a person named "Schoen filed as a registered lobbyist"
            speaker = (speaker[0], filed.end())
        if masked[speaker[1] - 1] == ":":
            speaker = (speaker[0], speaker[1] - 1)  # "According to HuffPo: "...""
        time = _TRAILING_TIME.search(masked, speaker[0], speaker[1])
        if time is not None and time.start() > speaker[0]:
            speaker = (speaker[0], time.start())  # "according to charges filed Friday"
            also = _TRAILING_ALSO.search(masked, speaker[0], speaker[1])
            if also is not None and also.start() > speaker[0]:
                speaker = (speaker[0], also.start())  # "figures also released on Tuesday"
        cue = (m.start(), m.end())
        appositive: tuple[int, int] | None = None
        opening = s_start
        colon = masked.rfind(":", s_start, m.start())
        if colon >= 0 and not masked[colon + 1 : m.start()].strip():
            # "And it hasn't gone unnoticed: According to recent polls, Trump holds ...": the
            # source opens its own clause after the colon
            opening = colon + 1
        before = masked[opening : m.start()].strip(_EDGE_TRIM)
        whose = _WHOSE_LAST.search(masked, opening, m.start())
        source_comma = _COMMA_OR_COLON.search(masked, speaker[1], s_end)
        if whose is not None and source_comma is not None and source_comma.group().strip() == ",":
            # "a man whose book, according to its Amazon summary, "draws a deeply troubling
            # portrait ..."": the source vouches for the relative clause it stands in, its
            # subject before the source and its verb after; not for the words before "whose"
            s, e = _trim(text, whose.start("noun"), s_end)
            if has_finite(text, source_comma.end(), e) or _VERB_FORM_OPENING.match(
                text, source_comma.end(), e
            ):
                kind = _content_kind(masked, sent_quotes, s, e)
                add(Attribution(s, e, kind, f"{kind}:according-to-inside", cue, speaker,
                                confidence=0.7, gap=(m.start(), source_comma.end())))  # fmt: skip
            continue
        inside = _according_inside(masked, s_start, m.start(), speaker[1], s_end)
        if inside is not None:
            # "About 10:03 p.m., according to a congressional timeline, the CIA security
            # contractors left ...": one claim on both sides of its source
            s, e = _trim(text, s_start, s_end)
            kind = _content_kind(masked, sent_quotes, s, e)
            add(Attribution(s, e, kind, f"{kind}:according-to-inside", cue, speaker,
                            confidence=0.75, gap=(m.start(), inside)))  # fmt: skip
            continue
        follows = (
            len(before.split()) <= 2 and not STRICT_FINITE.search(before) and MASK not in before
        ) or (
            # "He crossed the border ... after, according to him, Mexico's powerful Televisa
            # network censured his first report": the source stands inside the clause it
            # vouches for, after its subordinator; a cue's "that" ("The AP reported that,
            # according to X, ...") is that cue's clause, see below
            _SUBORDINATOR_LAST.search(masked, opening, m.start()) is not None
            and not find_cues(masked, opening, m.start())
            and (next_comma := masked.find(",", speaker[1], s_end)) >= 0
            and len(masked[next_comma + 1 : s_end].split()) >= 3
            and has_finite(masked, next_comma + 1, s_end)
        )
        comma = _COMMA_OR_COLON.search(masked, speaker[1], s_end)
        joined = False
        if not follows and comma is not None and _CONJUNCTION_AT_END.search(before):
            # "Simpson was late on payments, and according to a local sheriff, he had made
            # statements ...": the clause after the source is what the source says
            rest = _trim(masked, comma.end(), s_end)
            # its own subject, not a verb sharing the one before ("..., and, according to the
            # UN, is now worth $3bn"), which the source vouches for all the same: never the
            # words before "and", which it does not
            follows = _is_clause(masked, *rest) and bool(_SUBJECT_OPENING.match(masked, rest[0]))
            joined = not follows and comma.group().strip() == ","
        that_after = (
            _THAT_AFTER_SOURCE.match(masked, comma.end(), s_end)
            if not follows and comma is not None and comma.group().strip() == ","
            else None
        )
        if joined or that_after is not None:
            # "there was evidence, according to Gartner, that some markets were seeing a
            # slow-down": the source vouches for the "that" clause after it, not the words
            # that announce it; "He had promised ..., and, according to Reuters, once told
            # analysts that ...": for what follows "and", not what came before
            at = that_after.end() if that_after is not None else comma.end()
            s, e = _trim(text, at, s_end)
            if e - s < 3:
                continue
            s, e, kind, _ = _partial_or_mixed(masked, sent_quotes, s, e)
            add(Attribution(s, e, kind, f"{kind}:according-to", cue, speaker, appositive, 0.8))
            continue
        if follows:
            # "According to X, ...", "Now, according to X, ...": the claim follows
            if comma is None:
                split = None if before else _source_then_claim(masked, m.end(), s_end)
                if split is not None:
                    claim = _according_without_comma(text, masked, sent_quotes, cue, split, s_end)
                    if claim is not None:
                        add(claim)
                continue
            gap = masked[speaker[1] : comma.start()]
            opening = speaker[1] + len(gap) - len(gap.lstrip())
            if len(gap.split()) >= 3 and _CLAIM_AFTER_SOURCE.match(masked, opening):
                # "According to Pew Research 44% of searchers use ..., 48% use ...": no comma
                # after the source, the claim starts with its subject
                s, e = _trim(text, opening, s_end)
            else:
                at = comma.end()
                if _NAME_WORDS.fullmatch(masked, speaker[0], speaker[1]):
                    role = _role_aside(masked, at, s_end)
                    if role is not None:
                        appositive, at = role, masked.find(",", role[1]) + 1
                s, e = _trim(text, _past_asides(masked, at, s_end), s_end)
        else:
            s, e = _trim(text, s_start, m.start())
            s = _past_lead_conjunction(text, s, e)
            if _THAT_LAST.search(masked, s, m.start()) and find_cues(masked, s, e):
                # "The AP reported that, according to an analysis of her calendar, 85 of the
                # ...": the source vouches for the clause the cue before it reports, which is
                # that cue's claim; "The AP reported that" is no one's words
                continue
            closing = masked.rfind(MASK, s, e)  # the closing mark; the punctuation before it
            if closing >= 0 and _QUOTE_FRAME.match(text, closing - 1, e):
                # '"Stay down," police said once Gray had been hit, according to the New York
                # Times': the quotation has its own speaker; the paper only reported it
                continue
            if _OWN_FRAME.match(masked, s, e):
                # "She said rampant competition between ..., of which there are now 230
                # according to recent figures, could ...": the figures vouch for a number
                # inside her claim, not for what she said
                continue
            if (
                MASK not in masked[s:e]
                and not _is_clause(masked, s, e, need_verb=False)
                and not (len(masked[s:e].split()) >= 6 and has_finite(masked, s, e))
            ):
                # "At the heart of the trouble, according to X"; but "In 2014, about 82
                # percent of murders were committed ..., according to the FBI" is a claim
                continue
        if e - s < 3:
            continue
        s, e, kind, _ = _partial_or_mixed(masked, sent_quotes, s, e)
        add(Attribution(s, e, kind, f"{kind}:according-to", cue, speaker, appositive, 0.8))

    cues, stances = find_cues_and_forms(masked, s_start, s_end, _STANCE_FORMS)
    said_in_relatives: list[Attribution] = []
    for m in cues:
        base = cue_base(m.group())
        if base == "conclude" and m.group() in _CLAUSE_EVIDENCE_VERBS:
            # "A study by ... concluded that ...": a document's conclusion is its finding,
            # read before the clause patterns (a bare clause after "concluded" is speech,
            # verb_classes.txt: weak_clause) take the document for a speaker
            finding = _evidence(text, masked, sent_quotes, s_start, s_end, m)
            if finding is not None:
                add(finding)
                continue
        if noun_after_a_name(masked, m.start(), m.group()):
            # "The Kok report tries to do away with ...", "the benchmark United States 10-year
            # Treasury note fell to ...": a noun; the cue stays a boundary for other claims
            continue
        if _RAISED.match(m.group()) and raised_by_a_thing(
            masked, m.start() + len(m.group().split()[0])
        ):
            continue  # "The move raised concerns that ...": unnamed people's concerns
        if m.group() == "written" and not _PERFECT_BEFORE.search(
            masked, max(s_start, m.start() - 30), m.start()
        ):
            continue  # "a background check and written exam that tested ...": a word of a noun
        if m.group() == "accused" and _OF_NEXT.match(masked, m.end()):
            # "Alan Gross, an American contractor accused of spying": the one accused, nobody
            # named accusing (an accuser after "by" is speech_acts.accusations_by's)
            continue
        if m.group().split()[0].endswith("ing") and not _PROGRESSIVE_CUE.search(
            masked, max(s_start, m.start() - 30), m.start()
        ):
            # "Trump attacked Clinton, saying she ...", "began by saying": the subject speaks
            opening = _PARTICIPLE_OPENING.search(
                masked, max(s_start, m.start() - 30), m.start()
            ) or _COORDINATED_PARTICIPLE.search(masked, max(s_start, m.start() - 200), m.start())
            if (
                base in _PARTICIPLE_VERBS
                and opening is not None
                # "while adding Democratic strongholds", "while telling another to": after a
                # preposition these name deeds as often as speech
                and not (
                    # "by admitting more out-of-state students": after a preposition "admit"
                    # lets people in as often as it owns up, unless "that" follows
                    base == "admit"
                    and (opening.group(1) or masked.startswith("by", opening.start()))
                    and not _THAT_NEXT.match(masked, m.end())
                )
                and not (
                    opening.group(1)
                    and (
                        # "while adding Democratic strongholds"; but "before adding that he
                        # will have to win some states": a "that" clause is speech
                        base == "add"
                        and not _THAT_NEXT.match(masked, m.end())
                        # "after telling holdouts for the Vermont senator that they were ...":
                        # a "that" clause after the addressee is speech
                        or base == "tell"
                        and _addressee_then_that(masked[m.end() : s_end]) is None
                    )
                )
            ):
                # the participle is the sentence subject's act, not that of people a relative
                # clause described ("rebuked critics who say ..., saying ...")
                # nor the source an "according to" names for the sentence ("telling her, "..."",
                # according to court records": Gomes told her, the records only say so)
                floor = _after_dateline(masked, s_start, m.start())
                speaker = (
                    found[-1].mention
                    if found and not _described_by_writer(masked, found[-1])
                    else sentence_subject(masked, floor, m.start())
                    or _main_clause_subject(masked, floor, m.start(), speech=True)
                    or _speaking_opening_phrase(masked, floor, m.start())
                    or _name_before_aside_and_verb(masked, floor, m.start())
                )
                if speaker is not None:
                    speaker = _doer_after_coordination(masked, speaker, found, m.start())
                if speaker is not None and not found:
                    # 'Internet traffic "... on this route," Reliance said in an e-mailed
                    # update, adding': a speaker named before a finite cue between is whose
                    # act the participle goes on, not the sentence's opening words
                    speaker = _speaker_of_cue_between(masked, cues, speaker, m.start())
                main_to_come = False
                if speaker is None and opening is not None:
                    speaker = _name_before_subordinate_participle(masked, floor, opening)
                    main_to_come = speaker is not None
                relative = _RELATIVE_OPEN_AT_PARTICIPLE.search(masked, floor, m.start())
                if relative is not None and (
                    # with no subject found, only an act done by speaking: not "Mrs. Clinton,
                    # who was distracted while saying goodbye to the previous guest, was"
                    masked[speaker[1] : relative.start()].strip(" ,")
                    if speaker is not None
                    else relative.group("joiner") == "by"
                ):
                    # "sat face to face with Paul Ryan, who a week ago surprised Trump by
                    # declaring he couldn't yet support him": the relative clause's own act,
                    # whose speaker is the name it describes, not the sentence's subject
                    speaker = _antecedent_name(masked, floor, relative)
                if found and m.group().startswith("threatening"):
                    # "A refugee camp ... was bombed Thursday, officials said, threatening to
                    # raise tensions": after a claim the sentence reports, what threatens is
                    # as often the reported event as its reporter
                    continue
                if (
                    speaker is not None
                    and m.group().startswith(("pointing", "threatening", "reminding"))
                    and not names_a_person(masked, *speaker)
                ):
                    # "Sales fell 5%, pointing to weak demand": a thing points; "Shares fell,
                    # threatening to wipe out the gains": a thing threatens
                    continue
                if speaker is not None and _RELATIVE_WITH_OWN_SUBJECT.search(
                    masked, speaker[1], m.start()
                ):
                    # "The former president spoke hours after Mr. Trump ... held a news
                    # conference nearby in which he continued his assault on Mr. Bush, mocking
                    # ... and pointedly saying ...": the relative clause's own subject did it,
                    # and whom its pronoun means is not sure enough to name
                    continue
                if speaker is not None and _place_clause_between(masked, speaker[1], m.start()):
                    # "Clinton spoke just down the street from the Trump Taj Mahal, where about
                    # 50 protesters had gathered, chanting": the place's own subject may be
                    # whose act the participle is
                    continue
                if speaker is not None and _DUMMY_IT.match(masked, speaker[0], m.start()):
                    # "It has been a strange week for M&S, which ... received a statement from
                    # Philip Green, ..., confirming", "It was left to Mr Prescott to ...,
                    # claiming": an "it" that stands for nothing speaks for no one
                    continue
                if speaker is not None and not _may_speak_or_write(masked, speaker):
                    # "The fracas erupted just two months after the real estate tycoon entered
                    # the race ..., calling them rapists": an event calls no one anything, and
                    # who did is not sure enough to name
                    continue
                after = clause_after_cue(text, masked, sent_quotes, m.end(), s_end, base)
                if main_to_come and after is not None:
                    # the main clause's verb comes after what was said: "..., took to the
                    # airwaves this week" is no part of it, and where no break shows where it
                    # starts, the words cannot be told apart
                    resumed = _MAIN_PREDICATE_RESUMES.search(masked, after[0], after[1])
                    while resumed is not None and not FINITE_WORD.fullmatch(resumed.group(1)):
                        resumed = _MAIN_PREDICATE_RESUMES.search(masked, resumed.end(), after[1])
                    clipped = _trim(text, after[0], resumed.start()) if resumed else None
                    if clipped is None or not has_finite(masked, *clipped):
                        continue  # ("after saying goodbye to the previous guest": no clause)
                    after = (*_partial_or_mixed(masked, sent_quotes, *clipped)[:3], after[3])
                if speaker is not None and after is not None:
                    s, e, kind, rule = after
                    rule_name = "partial" if kind == "direct" and rule.startswith("said-") else rule
                    if rule not in FAMILIES:  # a speech act is named by its family alone
                        rule_name = f"participle-{rule_name}"
                    add(Attribution(s, e, kind, f"{kind}:{rule_name}", (m.start(), m.end()),
                                    speaker, None, 0.7))  # fmt: skip
            elif base in _PARTICIPLE_VERBS:
                other = _participle_after_noun(
                    text, masked, sent_quotes, s_start, s_end, m, base
                ) or (
                    base == "say"
                    and _bearer_reads(text, masked, sent_quotes, (s_start, s_end), m.span())
                )
                if other:
                    add(other)
            elif base in _QUOTE_ONLY:
                read = _bearer_reads(text, masked, sent_quotes, (s_start, s_end), m.span())
                if read is not None:
                    add(read)
            continue  # "reports suggesting ..." is a noun phrase, not a report
        if (
            m.group() in _NOUN_LIKE_CUES
            and _noun_use(masked, s_start, m.start())
            and not _body_says(masked, s_start, m, s_end)
        ):
            continue
        if m.group().startswith(("call ", "calls ")) and _call_noun(masked, s_start, m.start()):
            continue  # "Trump's call for a ban", "a conference call on Tuesday": a noun
        if (
            (m.group().endswith("ed") or m.group() in ("told", "said", "shown", "thought"))
            and _BE_BEFORE.search(masked, max(s_start, m.start() - 25), m.start())
            and not _LINK_WORD_NEXT.match(masked[m.end() : s_end])
            # "The letter to Obama was first reported last week by The Post's Greg Sargent":
            # the agent after "by" reports it (`_first_reported_by`)
            and not _AGENT_SOON_AFTER.match(masked, m.end(), s_end)
            and not (
                _TIME_BEFORE_THAT.match(masked, m.end(), s_end)
                and _IMPERSONAL_PASSIVE.search(masked, max(s_start, m.start() - 20), m.start())
            )
        ):
            continue  # "When the sentence was finally announced ...": nobody speaks
        if (
            base in _HEARER_OBJECT_VERBS
            and not m.group().endswith("ing")  # "is telling reporters": active
            and _BE_AND_ADVERB_BEFORE.search(masked, max(s_start, m.start() - 25), m.start())
        ):
            # "Reporters were told that ...": they heard it, said nothing; the agent after "by"
            # spoke ("were told by officials that ...")
            told = _told_by(text, masked, sent_quotes, s_end, m)
            if told is not None:
                add(told)
            continue
        if (
            base in _HEARER_OBJECT_VERBS
            and (m.group().endswith("ed") or m.group() == "told")  # not "is warning that"
            and _BE_BEFORE.search(masked, max(s_start, m.start() - 25), m.start())
            and _THAT_OR_COLON_NEXT.match(masked, m.end(), s_end)
        ):
            # "Israel's Government had been warned that its operations were endangering UN
            # facilities", "were also repeatedly told that" (two adverbs, past the test above):
            # the subject is whom the words were for, never who said them
            continue
        if (
            " " in m.group()
            and m.group().split()[0].endswith("ed")
            and _BE_AND_ADVERB_BEFORE.search(masked, max(s_start, m.start() - 25), m.start())
        ):
            continue  # "they were often referred to as one person": a passive phrase
        cue = _cue_span(masked, s_start, m.start(), m.end())
        if _NEGATED_BEFORE.search(masked, max(s_start, cue[0] - 24), cue[0]):
            continue  # "Cook did not say", "his aides haven't said much": nothing was said
        if _TO_RIGHT_BEFORE.search(masked[max(s_start, cue[0] - 4) : cue[0]]):
            # "goes on to say", "refused to comment": the subject is further away; but "led
            # Republicans to say that ...": the deed's object speaks
            made, made_speaker = _made_to_speak(
                masked, s_start, masked.rindex("to", max(s_start, cue[0] - 4), cue[0])
            )
            after = made and clause_after_cue(text, masked, sent_quotes, m.end(), s_end, base)
            if after:
                s, e, kind, rule = after
                rule_name = "partial" if kind == "direct" and rule.startswith("said-") else rule
                if rule not in FAMILIES:  # a speech act is named by its family alone
                    rule_name = f"made-to-{rule_name}"
                add(Attribution(s, e, kind, f"{kind}:{rule_name}", cue, made_speaker, None, 0.7))
            continue
        if m.group() in ("wonder", "doubt") and masked[max(s_start, cue[0] - 3) : cue[0]] in (
            "No ",
            "no ",
        ):
            continue  # "No wonder Trump said ...": an idiom, nobody wonders
        if base == "add" and _added_to_a_stance(masked, m.end(), s_end):
            continue  # "has only added to the belief that the announcement is imminent"
        if m.group() == "assured" and _REST_ASSURED.search(
            masked, max(s_start, cue[0] - 8), cue[0]
        ):
            continue  # "In the case of Teixeira, rest assured that the Sox want him": the writer's
        by_source = _as_reported_by(masked, cue, m.end(), s_end)
        if by_source is not None:
            # "As reported by Western Journalism, the ...", "..., as first reported by the New
            # York Times on Tuesday.": the agent after "by" reports the main clause
            as_said = _as_source_said(
                text, masked, sent_quotes, (s_start, s_end), cue[0], by_source[1], base, m.group()
            )
            if as_said is not None:
                s, e, kind = as_said
                add(Attribution(s, e, kind, f"{kind}:as-source", cue, by_source, None, 0.75))
            continue
        reported_by = (
            _first_reported_by(text, masked, sent_quotes, (s_start, s_end), m)
            if m.group() == "reported"
            else None
        )
        if reported_by is not None:
            add(reported_by)
            continue
        if m.group().endswith("ed") and _REDUCED_PASSIVE.match(masked, m.end(), s_end):
            continue  # "a call echoed by Japan": the noun before is what was said, not who
        if base in _CLAUSE_VERBS and m.group() not in _NOUN_LIKE_CUES:
            gap = _said_in_relative(text, masked, sent_quotes, (s_start, s_end), cue, m.end())
            if gap is not None:
                # added after every other reading of the sentence's cues, which it never
                # overrides: only where they found nothing for its words
                said_in_relatives.append(gap)
        near = masked[max(s_start, cue[0] - 20) : cue[0]]
        contracted = ("’" in near or "'" in near) and _CONTRACTED_SUBJECT.search(
            masked, max(s_start, cue[0] - 20), cue[0]
        )
        subject = (
            contracted.span(1)
            if contracted
            else subject_before(masked, s_start, cue[0])
            or _plural_opening(masked, s_start, cue[0])
            or _plural_after_boundary(masked, s_start, cue[0])
            or (
                (base in _CLAUSE_VERBS or base in _WEAK_CLAUSE_VERBS)
                and (
                    _subject_after_comma(masked, s_start, cue, s_end)
                    or _subject_after_subordinator(masked, s_start, cue[0])
                )
            )
            or None
        )
        excepted = subject and _EXCEPTED_BEFORE.search(
            masked, max(s_start, subject[0] - 30), subject[0]
        )
        if subject and excepted:
            # "Everyone but Hewlett said yes": all the others speak, never the one excepted
            subject = (excepted.start(), subject[1])
        if subject is not None and m.group().endswith("s") and _takes_an_object(masked, subject):
            continue  # "could kindle widespread worker protests like those": a noun, no cue
        if subject is not None and _reduced_relative(
            masked, max(s_start, subject[0] - 60), subject
        ):
            # "to discuss the spending cuts he announced Sunday measures even the IMF has
            # called draconian": the cue's object is the noun before its subject, and the
            # words after it no clause of what was said
            continue
        unclosed = (
            _name_before_unclosed_aside(masked, s_start, subject)
            if subject and not masked[cue[1] : cue[1] + 2].lstrip().startswith(",")
            else None
        )  # not "The plan, an inside source said, is to ...": an aside of its own
        if unclosed is not None:
            subject = unclosed[0]
        before_cue = cue[0] - 1
        while before_cue > s_start and masked[before_cue].isspace():
            before_cue -= 1
        if subject is not None and masked[before_cue] in "—–-":
            # "The three constitutional scholars - Mr. Tribe, Ms. Epstein and Mr. Amar -
            # agreed": the phrase before the dashes, not the last names of the list inside them
            dashed = _subject_before_dashes(masked, s_start, cue[0])
            if dashed is not None and dashed[0] < subject[0]:
                subject = dashed
        if subject is not None and _TWO_NAMES.fullmatch(masked, subject[0], subject[1]):
            # "Jeff Merkley, Sherrod Brown and Robert Menendez said": the whole list of names
            # speaks, not its last two
            listed = _name_list_before(masked, s_start, subject[0])
            if listed is not None:
                subject = (listed, subject[1])
            elif _OF_A_LIST.search(masked, max(s_start, subject[0] - 80), subject[0]):
                # "The spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives
                # also said": the list ends a body's name; its head is the one who speaks
                head = sentence_subject(masked, _after_dateline(masked, s_start, cue[0]), cue[0])
                subject = (head[0], subject[1]) if head is not None else None
        whole = _relative_subject(masked, s_start, cue[0])
        if whole is not None and (subject is None or subject[0] > whole[0]):
            subject = whole  # not "Obama" out of "Voters who backed Obama in 2008 said"
        after_quote = _phrase_after_quote(masked, s_start, cue[0])
        if after_quote is not None and (subject is None or subject[0] > after_quote[0]):
            subject = after_quote  # ""...," Daily News opinion editor Josh Greenman told"
        appositive = unclosed[1] if unclosed is not None else None
        shared = leading = None
        if subject is None:
            # "The spokesman refused to answer ... but said there was no call", "... and on
            # Monday announced", "..., then says"
            # the act just before "and" first: "..., while Mike Huckabee ... proposed we "wake
            # up and smell the falafel" and said ..." is Huckabee's, not the sentence's subject's;
            # "Tory shadow chancellor Oliver Letwin accused Mr Blair of ... and questioned how
            # ...": the first verb's speaker, as found for it, not the opening word
            previous = _previous_act(masked, found, cue[0])
            # but first a clause of its own between: "a group of rabbis called for a boycott,
            # and the Anti-Defamation League denounced ... and said" is the League's saying
            joined = _COORDINATED.search(masked, max(s_start, cue[0] - 40), cue[0])
            shared = (
                _second_clause_subject(
                    masked, _after_dateline(masked, s_start, cue[0]), joined.start(), cue[0]
                )
                if joined
                else None
            )
            shared = shared or previous or _coordinated_subject(masked, s_start, cue[0])
            if shared is None and base in _CLAUSE_VERBS:
                shared = leading = _leading_clause_subject(masked, s_start, cue[0])
            subject = shared
        if subject is None:
            pair = _named_pair_before_comma(text, masked, s_start, cue[0])
            if pair is not None:
                subject, appositive = pair
                opening = LEAD_CONNECTIVE.match(masked, s_start, cue[0])
                clause = _FRONTED_CLAUSE.match(masked, opening.end() if opening else s_start)
                if (
                    clause is not None
                    and not masked[clause.end() : min(subject[0], appositive[0])].strip()
                ):
                    # "When the F.B.I. director, James B. Comey, said on Tuesday that ...,
                    # experts understood": the pair opens a leading clause, and what was said
                    # ends with it
                    leading = subject
        if subject is None:
            subject = _subject_before_time(masked, s_start, cue[0])
        if subject is None:
            subject = _subject_before_parenthesis(masked, s_start, cue[0])
        if subject is None:
            subject = _name_after_opening_quote(text, masked, s_start, cue[0])
        if subject is None:
            quoted = _aside_ends_in_quote(text, masked, s_start, cue[0])
            named = _name_before_aside(masked, s_start, cue[0], quoted)
            after = named and clause_after_cue(text, masked, sent_quotes, m.end(), s_end, base)
            if (
                named
                and after
                # "Trump, the longtime owner of ... "The Apprentice," said in an interview with
                # The Washington Post that ...": after an aside closed by a quotation, a clause
                # right after the cue or one opened by "that" is what was said
                and (
                    not quoted
                    or after[3] == "said-that"
                    or _clause_right_after(masked, m.end(), s_end)
                )
            ):
                s, e, kind, _ = after
                add(Attribution(s, e, kind, f"{kind}:name-aside", cue, named, None, 0.75))
                continue
        relative = (
            _relative_who(text, masked, sent_quotes, (s_start, s_end), cue, m.end(), base, found)
            if subject is None
            else None
        )
        if relative is not None:
            add(relative)
            continue
        document = (
            _document_relative(text, masked, sent_quotes, (s_start, s_end), cue, m.end(), base)
            if subject is None
            else None
        )
        if document is not None:
            add(document)
            continue
        read = (
            _bearer_reads(text, masked, sent_quotes, (s_start, s_end), cue)
            if subject is None and (base in _QUOTE_ONLY or base == "say")
            else None
        )
        if read is not None:
            add(read)
            continue
        as_source = (
            _long_as_source(masked, s_start, cue[0])
            if subject is None and base in _AS_VERBS
            else None
        )
        as_said = as_source and _as_source_said(
            text, masked, sent_quotes, (s_start, s_end), as_source[0], m.end(), base, m.group()
        )
        if as_source and as_said:
            # "As another Pew study from 2011 noted, the average age ...": a source of more
            # words than a name, read as a subject opening its clause
            s, e, kind = as_said
            add(Attribution(s, e, kind, f"{kind}:as-source", cue, as_source, None, 0.75))
            continue
        if subject is None and (base in _CLAUSE_VERBS or base in _WEAK_CLAUSE_VERBS):
            opening = _subject_before_comma_aside(masked, s_start, cue[0])
            after = opening and clause_after_cue(text, masked, sent_quotes, m.end(), s_end, base)
            if after and (base in _CLAUSE_VERBS or after[3] == "said-that"):
                s, e, kind, _ = after
                add(Attribution(s, e, kind, f"{kind}:comma-aside", cue, opening, None, 0.7))
                continue
        if subject is None and (base in _CLAUSE_VERBS or base in _WEAK_CLAUSE_VERBS):
            dashed = _subject_before_dashes(masked, s_start, cue[0])
            after = dashed and clause_after_cue(text, masked, sent_quotes, m.end(), s_end, base)
            # a weak verb ("states") with its "that", as after a comma aside
            if dashed and after and (base in _CLAUSE_VERBS or after[3] == "said-that"):
                s, e, kind, _ = after
                add(Attribution(s, e, kind, f"{kind}:dash-aside", cue, dashed, None, 0.75))
                continue
        if (
            subject is None
            and (base in _CLAUSE_VERBS or _counted_act(masked, s_start, m.start(), base))
            and _quantifier_subject(masked, s_start, cue[0], m.end())
        ):
            # "Some said they have cringed", "Many of them say", "Some accused Trump of inciting
            # violence": people the writer counts but does not name; a pronoun-like word is
            # never a speaker's name
            after = clause_after_cue(text, masked, sent_quotes, m.end(), s_end, base)
            if after is not None:
                s, e, kind, _ = after
                add(Attribution(s, e, kind, f"{kind}:quantifier-subject", cue, None, None, 0.6))
                continue
        if subject is None and (
            base in _CLAUSE_VERBS or base in _WEAK_CLAUSE_VERBS or base in _LONG_SUBJECT_ACTS
        ):
            long_subject = _long_subject(
                masked, _after_dateline(masked, s_start, cue[0]), cue[0]
            ) or _subject_with_relative(masked, s_start, cue[0])
            if (
                long_subject
                and base in _SOMEONE_SUBJECT_VERBS
                and not names_a_person(masked, *long_subject)
            ):
                long_subject = None  # "Argentina's current offer implies that ...": an inference
            after = long_subject and clause_after_cue(
                text, masked, sent_quotes, m.end(), s_end, base
            )
            if (
                after
                and base not in _CLAUSE_VERBS
                and after[3] != "said-that"
                and not (base in _LONG_SUBJECT_ACTS and after[3] == _LONG_SUBJECT_ACTS[base])
                # "Chelsea's statement added: "..."": a quotation framed by the cue is speech
                and not (after[3] == "speaker-before" and after[2] == "direct")
            ):
                after = None  # "reported a 2.8 percent rate": only "estimated that" is speech
            if after and base in _LONG_SUBJECT_ACTS and _finite_cue_after(masked, after[1], s_end):
                after = None  # "Secret Service protocol called for ..., sources said"
            if long_subject and after:
                s, e, kind, _ = after
                add(Attribution(s, e, kind, f"{kind}:long-subject", cue, long_subject, None, 0.7))
                continue
        if (
            base in _SOMEONE_SUBJECT_VERBS
            and subject is not None
            and masked[subject[0] : subject[1]].lower() in _THING_PRONOUNS
        ):
            continue  # "it implies that AMD expects ...": an inference, no one speaks
        # "police, whom residents accuse of harassment": the words before are not what they said
        relative = subject is not None and bool(
            _RELATIVE.search(masked[max(s_start, subject[0] - 7) : subject[1]])
            or _RELATIVE_BEFORE_CUE.search(masked, max(s_start, cue[0] - 40), cue[0])
        )
        if relative and subject is not None:
            opening = _RELATIVE.match(masked, subject[0], subject[1])
            if opening is not None:
                subject = (opening.end(), subject[1])  # "whom residents": "residents"
        if subject is not None and appositive is None and not relative and shared is None:
            subject = _widened_to_comma(masked, s_start, subject, m.end(), s_end)
        if subject is not None:
            head_floor = appositive[0] if appositive else subject[0]
            pre = masked[s_start:head_floor].rstrip()
            if appositive is not None:
                # before the name, or before the role that introduces it ("..., his top aide,
                # Tad Devine, told")
                pre = masked[s_start : min(subject[0], appositive[0])].rstrip()
            if shared is not None:
                pre = ""  # "Standing alongside ..., Mark-Viverito accused ... and chided": the
                # opener before a shared subject is no content of the second verb
            if base in _OBJECT_ONLY_VERBS or base in _THAT_ONLY:
                pre = ""  # "dismissed the US complaint": what it says follows it, or nothing
            content_before = None
            # the tail after the cue, a programme title in it read as words
            framed = _titles_in_tail(text, masked, sent_quotes, m.end(), s_end)
            after_quote = pre.endswith(MASK) and _comma_closes_quote(
                text, sent_quotes, s_start + len(pre)
            )
            spaced = masked[s_start + len(pre) : s_start + len(pre) + 1].isspace()  # not "12,000"
            if (
                (pre.endswith(",") or after_quote)
                and spaced
                and not relative
                and base not in _NOUN_THAT_VERBS
                and not _closing_frame(framed, m.end(), s_end)
                # 'When someone in the audience shouted, "Cruz," Beck joked, ...': a quotation
                # with a speaker of its own is no first half of the claim
                and not (after_quote and find_cues(masked, s_start, s_start + len(pre)))
                # "In 1977, Donald asked Freddy to be the best man ..., to the Czech model":
                # the words after the cue are its own act (a request), no speaker set off by
                # commas, and the sentence around is the writer's
                and act_after_cue(masked, m.end(), m.end(), s_end, base) is None
                and not _INFINITIVE_NEXT.match(masked, m.end())  # "asked to depose Clinton,"
            ):
                around = _content_around(
                    text,
                    masked,
                    sent_quotes,
                    s_start,
                    m.end(),
                    s_end,
                    s_start + len(pre),
                    # 'Those who spend ... on "certain fringes of the internet," he said, wind up
                    # in ...': a first half in the writer's words is a subject like any other
                    after_quote and not pre.strip(" ,").strip(MASK),
                )
                if around is not None:
                    s, e, kind, rest_at = around
                    gap = (min(cue[0], appositive[0] if appositive else subject[0]), rest_at)
                    add(Attribution(s, e, kind, f"{kind}:speaker-inside", cue, subject,
                                    appositive, 0.8, gap=gap))  # fmt: skip
                    continue
            if pre.endswith(",") or pre.endswith(MASK) or pre.endswith(":"):
                end_at = s_start + len(pre) - (1 if pre.endswith((",", ":")) else 0)
                quote_only = pre.rstrip(",: ").strip(" ,").strip(MASK) == ""
                # ", but in 2005, at the age of 91, Felt told Vanity Fair, "..."": the quote
                writers = (
                    relative
                    or not quote_only
                    and _adverbial_then_quote(masked, s_start, end_at, m.end(), s_end)
                )
                # "The crowd booed, a man yelled “Stay there!”": a quotation right after the
                # cue, no comma between, is what was said, not a split quote's second half;
                # "..., Bush expressed frustration with the move": a noun_that verb reports its
                # object; the writer's clause before it is no one's words, a quotation may be
                quote_next = not quote_only and framed.startswith(MASK, m.end() + 1)
                # "Of the alleged gunman, she said, "He's a menace ..."": words before with no
                # verb of their own are the writer's lead-in to the quotation after
                lead_in = (
                    not quote_only
                    and MASK in masked[m.end() : m.end() + 4]
                    and MASK not in masked[s_start:end_at]
                    and len(masked[s_start:end_at].split()) <= 8
                    and not has_finite(masked, s_start, end_at)
                )
                if (
                    not writers
                    and not lead_in
                    and (
                        quote_only
                        # "..., the church posted on Facebook.": a post, with only where after it
                        or base == "post"
                        and pre.endswith(",")
                        and _TAIL_WHEN_OR_WHERE.fullmatch(masked[m.end() : s_end].rstrip(" .!?"))
                        or base not in _NOUN_THAT_VERBS
                        and (
                            (_tail_is_adverbial(framed, m.end(), s_end) and not quote_next)
                            or (pre.endswith(",") and _closing_frame(framed, m.end(), s_end))
                            # "..., he said, because nobody funded it": the reason goes on
                            # with the content before, not a clause of its own after the cue
                            or (
                                pre.endswith(",")
                                and _REASON_AFTER_FRAME.match(masked, m.end(), s_end)
                            )
                            or (
                                # "X had two interviews, officials said, the first by ...": a whole
                                # clause before a speaker set off by commas is the claim
                                pre.endswith(",")
                                and _adverbial_then_comma(masked, m.end(), s_end)
                                and STRICT_FINITE.search(masked, s_start, end_at)
                                and not _present_clause_next(
                                    masked[m.end() : s_end],
                                    masked[m.end() : s_end].strip(_EDGE_TRIM),
                                )
                            )
                        )
                    )
                    # "Just after Omar Mateen carried out his attack, Donald Trump was calling
                    # for change", "He met Bryant, ..., who has since urged Republicans to back
                    # Trump": the act's content is after the cue, the words before are not it
                    and (quote_only or act_after_cue(masked, m.end(), m.end(), s_end, base) is None)
                ):
                    content_before = _content_before(
                        text, masked, sent_quotes,
                        _after_earlier_frame(masked, found, s_start, end_at), end_at,
                    )  # fmt: skip
            if content_before is not None and (
                _subordinate_frame_before(masked, content_before, m.end(), s_end)
                or (
                    _OBJECT_OR_TOPIC_NEXT.match(masked, m.end(), s_end)
                    and _adverbial_only(masked, content_before)
                )
            ):
                content_before = None
            if content_before is not None:
                s, e, kind = content_before
                second = _split_quote_end(masked, sent_quotes, m.end(), s_end)
                rule = "speaker-after"
                gap = None
                if second is not None and kind == "direct":
                    e = second.end
                    rule = "split"
                elif kind == "indirect" and (
                    reason := _REASON_AFTER_FRAME.match(masked, m.end(), s_end)
                ):
                    # "The effects are difficult to predict, many economists say, because there
                    # is little historical precedent ...": the reason after the frame is part of
                    # what they say
                    e = _trim(text, reason.end(), s_end)[1]
                    rule = "speaker-inside"
                    gap = (min(cue[0], subject[0]), reason.end())
                elif kind == "indirect" and (
                    going_on := _claim_goes_on_after_frame(masked, (s, e), m.end(), s_end)
                ):
                    # "The adjustment, they concluded, never happened", "He may not electrify
                    # a room, they say, but he is still an effective advocate": the claim goes
                    # on after the frame, and both halves are it
                    if _JOIN_BEFORE_FRAME.search(masked, s, e) and MASK in masked[going_on:s_end]:
                        kind = "mixed"  # "... and, Payton said, everyone "felt this was ...""
                    e = _trim(text, going_on, s_end)[1]
                    rule = "speaker-inside"
                    gap = (min(cue[0], subject[0]), going_on)
                elif (
                    kind == "direct"
                    and not has_finite(text, s, e)  # a subject still waiting for its verb
                    and (going_on := _UNQUOTED_CONTINUATION.match(masked, m.end(), s_end))
                ):
                    # "“Only you, Dinesh,” she said, would use the occasion of a rather harsh
                    # sentence to ...": the quoted subject's verb comes after the frame, in the
                    # writer's words; both halves are the claim, the frame between them not
                    e = _trim(text, going_on.end(), s_end)[1]
                    kind, rule = "mixed", "split"
                    gap = (min(cue[0], subject[0]), going_on.end())
                add(Attribution(s, e, kind, f"{kind}:{rule}", cue, subject, appositive, 0.85,
                                gap=gap))  # fmt: skip
                continue
            inside = _speaker_inside(text, masked, sent_quotes, s_start, pre, m.end(), s_end)
            if inside is not None:
                s, e, kind = inside
                add(
                    Attribution(
                        s, e, kind, f"{kind}:speaker-inside", cue, subject, appositive, 0.75
                    )
                )
                continue
            as_said = (
                _as_source_said(
                    text,
                    masked,
                    sent_quotes,
                    (s_start, s_end),
                    subject[0],
                    m.end(),
                    base,
                    m.group(),
                )
                if appositive is None and not relative
                else None
            )
            if as_said is not None:
                # "As Breitbart News reported, even on Friday morning, the ...", "..., as David
                # Dayen noted in The Intercept.": the source reports the main clause, before any
                # words after the cue ("As the Post reported just today, the ..." reports no
                # "just today")
                s, e, kind = as_said
                add(Attribution(s, e, kind, f"{kind}:as-source", cue, subject, None, 0.75))
                continue
            after = clause_after_cue(text, masked, sent_quotes, m.end(), s_end, base)
            # after a quotation ("“Sunday Morning Futures,” Rep. Darrell Issa said Clinton's
            # judgment is in question") the clause is the claim when no adverbial tail could
            # have made the quotation the speaker's words
            quoted_before = (
                pre.endswith(MASK)
                # 'Wednesday on Fox News Channel's "Hannity," Newt Gingrich said if ...': a
                # programme's title is where the words were said, not words of the speaker's
                and _programme_titles_as_words(
                    text, masked, sent_quotes, s_start, s_start + len(pre)
                ).endswith(MASK)
                and (
                    not _clause_right_after(masked, m.end(), s_end)
                    # ""... decision. "I can assure you that": a quotation running on unmarked
                    or masked[subject[0] : subject[1]].lower() in ("i", "we", "you")
                )
                # 'Remarking upon Clinton's "genuine empathy," Starr said, "Leave aside ..."': a
                # quotation set off by the cue's comma or colon is what was said, whatever the
                # writer's opening clause quoted before the subject
                and not (
                    after is not None
                    and after[2] == "direct"
                    and pre.rstrip(",: ").strip(" ,").strip(MASK) != ""
                    and _QUOTATION_AFTER_MARK.match(masked, m.end(), s_end)
                    and masked[subject[0]].isupper()
                    and masked[subject[0] : subject[1]].lower() not in ("i", "we", "you")
                )
            )
            if after is not None and not quoted_before:
                s, e, kind, rule = after
                if leading is not None and kind != "direct":
                    # what was said ends with the leading clause: "when Rubio thanked Miami and
                    # said it was great to be home, a man yelled"
                    clause_end = _leading_clause_end(text, masked, m.end(), s_end)
                    if clause_end is None or clause_end <= s:
                        continue
                    clipped = _trim(text, s, min(e, clause_end))
                    s, e, kind = _partial_or_mixed(masked, sent_quotes, *clipped)[:3]
                if rule == "speaker-before" or kind == "direct":
                    second = (
                        _split_quote_end(
                            masked,
                            sent_quotes,
                            next(q.close_end for q in sent_quotes if q.start == s),
                            s_end,
                        )
                        if any(q.start == s for q in sent_quotes)
                        else None
                    )
                    if second is not None:
                        e = second.end
                if relative and kind != "direct":
                    # "Nichols, who argued he was insane, spoke for the first time": the
                    # sentence's own predicate follows the relative clause
                    predicate = _relative_predicate(text, masked, s, e)
                    # (not after a comma of its own: "Mr. Jäger, under fire, would do better";
                    # a number's comma is none: "who has called for 20,000 troops, spoke")
                    if predicate and not _COMMA_THEN_SPACE.search(masked, s, predicate):
                        e = _trim(text, s, predicate)[1]
                rule_name = "partial" if kind == "direct" and rule.startswith("said-") else rule
                add(Attribution(s, e, kind, f"{kind}:{rule_name}", cue, subject, appositive, 0.8))
            continue
        # inversion: "..., said John Kirby." / ""...," said the official."
        before = masked[s_start : cue[0]].rstrip()
        # never "told": after it comes the addressee ("..., told the television program")
        if before.endswith((",", MASK)) and base in _INVERSION_VERBS and base != "tell":
            speaker = subject_after(masked, m.end() + 1, s_end)
            if speaker is None:
                continue
            pronoun = text[speaker[0] : speaker[1]].lower() in pronoun_classes()
            if pronoun and not _CLAUSE_ENDS_NEXT.match(masked[speaker[1] : s_end]):
                continue  # "..., said he doesn't believe": "he" opens the content
            if _STRICT_FINITE_NEXT.match(masked, speaker[1], s_end):
                # "Mr. Manafort, citing "the unique magic of Trump," said the candidate could
                # be ...": the words after the cue are a clause, not its speaker
                continue
            end_at = s_start + len(before) - (1 if before.endswith(",") else 0)
            verb_at = (
                _verb_after_speaker(masked, speaker[1], s_end) if before.endswith(",") else None
            )
            if verb_at is not None and not has_finite(masked, s_start, end_at):
                # "The contrast with Trump, said Doyle and others, would be clear": the subject
                # before the speaker, its verb after
                whole = _content_before(text, masked, sent_quotes, s_start, s_end)
                if whole is not None:
                    s, e, kind = whole
                    add(Attribution(s, e, kind, f"{kind}:speaker-inside", cue, speaker, None, 0.75,
                                    gap=(cue[0], verb_at)))  # fmt: skip
                    continue
            content = _content_before(text, masked, sent_quotes, s_start, end_at)
            if content is not None and _subordinate_frame_before(masked, content, m.end(), s_end):
                continue
            opener = content is None and _short_adverbial(masked, s_start, end_at)
            # "Because of how Democrats crafted the primary schedule, explained Rosenberg,
            # "with this thing being over by mid-March ..."": the quotation after the speaker
            quoted_after = content is None and _QUOTE_AFTER_SPEAKER.match(masked, speaker[1], s_end)
            quoted = quoted_after and next(
                (q for q in sent_quotes if q.open_at == quoted_after.end()), None
            )
            if quoted:
                # the quotation alone: what the writer runs on with after it is no part of it
                # (""allows us to redefine the server building block," and he noted that ...")
                add(Attribution(quoted.start, quoted.end, "direct", "direct:speaker-inside", cue,
                                speaker, None, 0.75))  # fmt: skip
                continue
            if content is None and not opener:
                continue
            s, e, kind = content or (s_start, end_at, "indirect")
            if kind == "indirect" and len(text[s:e].split()) < 4 or opener:
                # "For instance, said Mr Makower, credit cards are rare", "On average, said Mr
                # Macklin, users conduct ...": the claim follows, after the speaker's apposition
                # ("But, says Nick Donofrio, senior vice-president ... at IBM, it was not ...")
                after = masked.find(",", speaker[1], s_end)
                apposition_end = masked.find(",", after + 1, s_end) if after >= 0 else -1
                if apposition_end > 0 and _names_a_role(masked[after + 1 : apposition_end]):
                    after = apposition_end
                if after < 0:
                    continue
                s, e = _trim(text, after + 1, s_end)
                first = masked[s:e].split()[:1]
                if len(text[s:e].split()) < 4 or (
                    opener and first and first[0].lower() in _NOT_CONTINUING | _SUBORDINATORS
                ):
                    continue
                s, e, kind, _ = _partial_or_mixed(masked, sent_quotes, s, e)
                add(Attribution(s, e, kind, f"{kind}:speaker-inside", cue, speaker, None, 0.75))
                continue
            apposition = None
            tail = masked[speaker[1] : s_end]
            am = _APPOSITION_AFTER_SPEAKER.match(tail)
            if am and not STRICT_FINITE.search(am.group(1)) and _opens_apposition(am.group(1)):
                apposition = (speaker[1] + am.start(1), speaker[1] + am.end(1))
            second = _split_quote_end(masked, sent_quotes, speaker[1], s_end)
            rule = "speaker-after"
            gap = None
            if second is not None and kind == "direct":
                e, rule = second.end, "split"
            elif (
                kind == "indirect"
                and apposition is None
                and (joined := _join_goes_on_after_frame(masked, (s, e), speaker[1], s_end))
            ):
                # "... more seriously because, said Mr Goosens, they are reported in the press
                # much more": the clause the join opened goes on after the frame
                e = _trim(text, joined, s_end)[1]
                rule, gap = "speaker-inside", (cue[0], joined)
                kind = "mixed" if MASK in masked[s:e] else kind
            add(Attribution(s, e, kind, f"{kind}:{rule}", cue, speaker, apposition, 0.85,
                            gap=gap))  # fmt: skip
    for gap in said_in_relatives:
        add(gap)
    first = _CAPITALISED_WORD.match(masked, _skip_blank(masked, s_start), s_end)
    if first is not None and first.group().lower() in reporting_verb_forms():  # the cheap test
        opening = _cue_opens_then_quote(masked, sent_quotes, first.span(), s_end)
        if opening is not None:
            add(opening)
    if first is not None and first.group().lower() in _OPENING_BELIEF_FORMS:  # the cheap test
        opening_belief = _belief_opening(text, masked, sent_quotes, first, s_end)
        if opening_belief is not None:
            add(opening_belief)
    for m in stances:
        if m.group() in _EVIDENCE_VERBS or m.group() in _CLAUSE_EVIDENCE_VERBS:
            stance = _evidence(text, masked, sent_quotes, s_start, s_end, m)
        elif m.group() in _POINTING_VERBS:
            # "Every opinion poll points to ...": the verb with its "to" is the cue
            pointed = _POINTED_TO.match(masked, m.start(), s_end)
            stance = pointed and _evidence(text, masked, sent_quotes, s_start, s_end, pointed)
        elif m.group() in _CHARACTERISING_VERBS:
            stance = _characterisation(text, masked, sent_quotes, s_start, s_end, m, found)
        else:
            stance = _belief(text, masked, sent_quotes, s_start, s_end, m)
        if stance is not None:
            add(stance)
    for nominal in _nominal_claims(text, masked, sent_quotes, s_start, s_end):
        add(nominal)
    for nominal in _nominal_by_claims(text, masked, sent_quotes, s_start, s_end):
        add(nominal)
    if _has_any(masked, s_start, s_end, (" that ", " to ")):  # the cheap test first
        for nominal in _put_out_claims(text, masked, sent_quotes, s_start, s_end):
            add(nominal)
    for estimate in _estimates(text, masked, sent_quotes, s_start, s_end):
        add(estimate)
    if MASK in masked[s_start:s_end]:
        for quoted in _document_quotations(masked, sent_quotes, s_start, s_end):
            add(quoted)
    for call in _nominal_calls(text, masked, sent_quotes, s_start, s_end):
        add(call)
    opening = _opening_participle(text, masked, sent_quotes, s_start, s_end)
    if opening is not None:
        add(opening)
    if masked.find("In ", s_start, s_start + 60) >= 0:  # the opener, after a dateline at most
        poll = _poll_opening(text, masked, sent_quotes, s_start, s_end)
        if poll is not None:
            add(poll)
    if _POLL_WORD.search(masked, s_start, s_end):  # the cheap test first: one scan in C
        for poll in _poll_inline(text, masked, sent_quotes, s_start, s_end):
            add(poll)
    if masked.find("eportedly", s_start, s_end) >= 0:  # the cheap test first
        reported = _reportedly(text, masked, sent_quotes, s_start, s_end)
        if reported is not None:
            add(reported)
    for act in unattributed_questions(masked, s_start, s_end) + accusations_by(
        masked, s_start, s_end
    ):
        s, e = _trim(text, act.start, act.end)
        if e - s >= 3:
            s, e, kind, _ = _partial_or_mixed(masked, sent_quotes, s, e)
            add(Attribution(s, e, kind, f"{kind}:{act.rule}", act.cue, act.mention, None, 0.5))
    if "quoted" in masked[s_start:s_end]:  # the cheap test first
        for quoted in _quoted_as_saying(text, masked, sent_quotes, s_start, s_end):
            add(quoted)
    return found


def _comma_closes_quote(text: str, quotes: list[Quote], close_end: int) -> bool:
    """Whether the quotation closing at `close_end` ends in a comma inside its marks: "...,"
    and "...,''" alike (a closing mark may be two characters)."""
    if text[close_end - 2 : close_end - 1] == ",":
        return True
    return any(q.close_end == close_end and text[q.start : q.end].endswith(",") for q in quotes)


def _named_pair_before_comma(
    text: str, masked: str, s_start: int, cue_start: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A name and its appositive, either way round, ending in the comma right before a cue:
    "John McCain, a Republican Senator, said", "Her chief policy aide, Jake Sullivan, calls";
    the comma may sit inside a closing mark ("who calls Trump a “sociopath,” said")."""
    before = masked[s_start:cue_start].rstrip()
    if before.endswith(","):
        comma = s_start + len(before) - 1
    elif before.endswith(MASK) and text[s_start + len(before) - 2] == ",":
        comma = s_start + len(before)
    else:
        return _named_pair_before_adverb(masked, s_start, cue_start)
    return appositive_before(masked, s_start, comma) or _role_then_name_before(
        masked, s_start, comma
    )


# what opens a role set off by commas: an article or an owner, a capital or a count
_ROLE_OPENING = compile_on_use(r"(?:the|a|an|his|her|their|its|our|[A-Z0-9])")
# a name that is one of a set, not the subject: "Some defenders, like Gary Hufbauer, ..."
_EXAMPLE_BEFORE = compile_on_use(r"(?:\blike|\bsuch\s+as|\bincluding|\bamong)\s+$")


def _named_pair_before_adverb(
    masked: str, s_start: int, cue_start: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "A crestfallen France coach, Bernard Laporte, simply observed": the pair with an adverb
    between its closing comma and the cue, as between any subject and its cue. The role must
    read as one (an article, an owner, a capital or a role noun first: not "Clinton,
    exasperated, famously responded"), and no list ("Abdullah Zahed, 25, and his wife, ...")
    nor an example of a set ("like Gary Hufbauer") comes before it."""
    adverb = _WORD_BEFORE.search(masked, s_start, cue_start)
    if adverb is None or not (
        adverb.group(1) in words("adverbs_before_cue") or adverb.group(1).endswith("ly")
    ):
        return None
    before = masked[s_start : adverb.start()].rstrip()
    if not before.endswith(","):
        return None
    comma = s_start + len(before) - 1
    if ", and " in before:
        return None
    found = _role_then_name_before(masked, s_start, comma) or appositive_before(
        masked, s_start, comma
    )
    if found is None:
        return None
    name, role = found
    if role is None:
        # "Caprice, who left ... having gained ..., afterwards said": a relative clause after
        # the name, no role
        if not masked[name[0]].isupper():
            return None
        role = name
    else:
        described = masked[role[0] : role[1]].split()
        if not described or not (
            _ROLE_OPENING.match(described[0]) or described[0].lower() in words("role_nouns")
        ):
            return None
    opening = min(name[0], role[0])
    if _EXAMPLE_BEFORE.search(masked, max(s_start, opening - 12), opening):
        return None
    return found


# a named owner opening a role: "Google's chief human resources executive, Laszlo Bock,"
_POSSESSOR = compile_on_use(r"[A-Z][\w.&-]*[’']s")


_CLAUSE_IN_ROLE = compile_on_use(r"\b(?:and|or|that|which|who|whose)\b")


def _role_start(masked: str, s_start: int, name_comma: int) -> int | None:
    """Where the role before "NAME," starts: after a comma or a quotation that closes right
    before it (""...," Google's chief human resources executive, Laszlo Bock, told"), or at the
    sentence's start ("One delegate not on the Cruz slate, Kelly Schmdit, told")."""
    floor = max(s_start, name_comma - 60)
    comma = masked.rfind(",", floor, name_comma)
    if comma >= 0:
        return comma + 1
    close = masked.rfind(MASK, floor, name_comma)
    if close >= 0:
        # only a quotation that opens the sentence: in "Though they would not say why, "...,"
        # the chief said" the writer's clause is no part of what was said
        return close + 1 if masked[s_start : close + 1].strip(" ,").strip(MASK) == "" else None
    lead = LEAD_CONNECTIVE.match(masked, s_start, name_comma)
    start = lead.end() if lead else s_start
    subordinate = _FRONTED_CLAUSE.match(masked, start, name_comma)
    if subordinate is not None:
        # "When the F.B.I. director, James B. Comey, said on Tuesday that ...": the role opens
        # a leading clause
        start = subordinate.end()
    if name_comma - start > 60 or _CLAUSE_IN_ROLE.search(masked, start, name_comma):
        # "The company and France's secretary of state": two subjects; "The head of that
        # tribunal": a role the appositive parser would cut at "that"
        return None
    return start


def _role_then_name_before(
    masked: str, s_start: int, comma: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """For "..., his top aide, Tad Devine, told", "..., a spokeswoman, Anna Richardson White,
    said" ending at `comma`: (name span, role span). The role is a determiner or possessive and
    a speaker's word, no verb; the name two to four capitalised words."""
    name_comma = masked.rfind(",", max(s_start, comma - 60), comma)
    if name_comma < 0:
        return None
    role_start = _role_start(masked, s_start, name_comma)
    if role_start is None:
        return None
    name = _trim(masked, name_comma + 1, comma)
    role = _trim(masked, role_start, name_comma)
    role_words = masked[role[0] : role[1]].lower().split()
    if (
        not _BARE_NAME.fullmatch(masked, *name)
        or not role_words
        or role_words[0] not in _DETERMINERS
        and role_words[0] not in _POSSESSIVES
        and not _POSSESSOR.fullmatch(masked[role[0] : role[1]].split()[0])
        # "Responding to the speech, shadow chief secretary to the Treasury, George Osborne,
        # said": a role with no article, in lower case after a comma, headed by a role noun
        and not (
            masked[role[0]].islower()
            and masked[s_start : role[0]].rstrip().endswith(",")
            and _role_head(role_words) in words("role_nouns")
        )
        or not any(word in _SPEAKER_WORDS for word in role_words)
        or _verb_in_role(masked, role, role_words)
        or MASK in masked[role[0] : role[1]]
    ):
        return None
    return name, role


def _role_head(role_words: list[str]) -> str:
    """The word a role's phrase is about: its last word before a preposition ("shadow chief
    secretary to the Treasury": "secretary")."""
    for k, word in enumerate(role_words):
        if k > 0 and word in PREPOSITIONS:
            return role_words[k - 1]
    return role_words[-1]


def _verb_in_role(masked: str, role: tuple[int, int], role_words: list[str]) -> bool:
    """Whether a role before a name holds a verb. Ended by a role noun ("Google's chief human
    resources executive"), a plural before it is a modifier, not a verb in -s; only a verb form
    no noun has makes it a clause."""
    if role_words[-1] in words("role_nouns"):
        return bool(FINITE_WORD.search(masked, *role))
    return has_finite(masked, *role)


_QUOTE_AFTER_SPEAKER = compile_on_use(r"\s*,\s*(?=\x01)")


# an aside after an inverted speaker, up to a comma or the sentence's end; an initial's point
# ends nothing: "..., said the company's chief executive, John J. Ferriola." names Ferriola,
# not "John J"
_APPOSITION_AFTER_SPEAKER = compile_on_use(r"\s*,\s*([^,\x01]{3,120}?)\s*(?:,|(?<!\b[A-Z])\.|$)")


# after an inverted speaker at a sentence's start: a comma, perhaps an aside in lower case
# closed by its own comma ("Said Dorothy Poynter, who grew up with Ali in the neighborhood, "),
# then the quotation
_CAPITALISED_WORD = compile_on_use(r"[A-Z][a-z]+(?=\s)")


# what may open a sentence as a belief its main clause's subject holds: an adjective of belief
# that takes a clause (not "keen to", not "certain" with nobody), "worried", and the "-ing"
# form of a belief verb ("Fearing that ...")
_OPENING_BELIEF_FORMS = frozenset(
    [
        form
        for form, tags in belief_adjectives().items()
        if "to" not in tags and "impersonal" not in tags
    ]
    + ["worried"]
    + [form for form in belief_verb_forms() if form.endswith("ing")]
)
# the clause after the opening word: "that" (a "-ing" form or a "that" adjective takes only
# it), or a bare clause for the others ("Worried the nation might miss its target, ...")
_OPENING_THAT = compile_on_use(r"\s+that\s+")


def _belief_opening(
    text: str, masked: str, quotes: list[Quote], first: re.Match[str], s_end: int
) -> Attribution | None:
    """ "Worried that phones were being tapped, Felt arranged clandestine meetings",
    "Concerned that it would be caught up in a court battle, Gazprom withdrew ...": an
    adjective or participle of belief opening the sentence is held by the main clause's
    subject, as "..., hoping to avoid any misstep" is. The clause runs to the first comma,
    and that comma must be followed right away by the subject and its verb; a pronoun there is
    left to the pipeline (unknown unless resolved); a thing holds nothing."""
    form = first.group().lower()
    that = _OPENING_THAT.match(masked, first.end(), s_end)
    if that is None and (form.endswith("ing") or "that" in belief_adjectives().get(form, ())):
        return None
    if that is None and not _BARE_CLAUSE_NEXT.match(masked, first.end(), s_end):
        return None  # "Worried about ...", "Confident of victory, ..."
    start = that.end() if that is not None else first.end()
    comma = masked.find(",", start, s_end)
    if comma < 0 or MASK in masked[start:comma]:
        return None
    s, e = _trim(text, start, comma)
    if len(masked[s:e].split()) < 3 or not has_finite(masked, s, e):
        return None  # "Aware of the threat posed by the South Africans, ...": no clause
    holder_at = _skip_blank(masked, comma + 1)
    subject = sentence_subject(masked, holder_at, s_end, loose=False)
    if subject is None or subject[0] != holder_at:
        return None  # "Fearful that the revolt would spread, on Nov. 5 the ...": an adverbial
    if _no_stance_holder(masked, subject) or _a_thing(masked, subject):
        return None
    s, e, kind = _partial_or_mixed(masked, quotes, s, e)[:3]
    return Attribution(s, e, kind, f"{kind}:belief", first.span(), subject, None, 0.6)


_ASIDE_THEN_QUOTE = compile_on_use(r"\s*,\s*(?:[a-z][^\x01;:,]{0,150},\s*)?(?=\x01)")


def _cue_opens_then_quote(
    masked: str, sent_quotes: list[Quote], cue: tuple[int, int], s_end: int
) -> Attribution | None:
    """ "Said Comey, "The thought that an error on our part is connected ..."", "Said Dorothy
    Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”": the
    cue opens the sentence, its speaker follows, and the quotation after them is what was
    said. A pronoun after the cue is no speaker to name. (The cue finder reads lower-case
    words only, so the caller finds the capitalised cue.)"""
    base = cue_base(masked[cue[0] : cue[1]].lower())
    if base not in _INVERSION_VERBS or base == "tell":
        return None  # "Told ...": the addressee comes next, not the speaker
    speaker = subject_after(masked, cue[1] + 1, s_end)
    if speaker is None or masked[speaker[0] : speaker[1]].lower() in pronoun_classes():
        return None
    if not masked[speaker[0] : speaker[0] + 1].isupper():
        return None  # "Said to be ...": a passive, no speaker after it
    follows = _ASIDE_THEN_QUOTE.match(masked, speaker[1], s_end)
    quoted = follows and next((q for q in sent_quotes if q.open_at == follows.end()), None)
    if not quoted:
        return None
    return Attribution(quoted.start, quoted.end, "direct", "direct:cue-first", cue, speaker,
                       None, 0.75)  # fmt: skip


_SENTENCE_ADVERBS = frozenset(
    ["also", "instead", "however", "meanwhile", "currently", "similarly", "indeed", "overall"]
)


def _short_adverbial(masked: str, s_start: int, comma: int) -> bool:
    """Whether the words before an inverted speaker are a short adverbial opener ("On average,
    said Mr Macklin, ...", "By contrast, says Mr Cox, ...", "Then, says ..."): at most four
    words, no verb, opened by a preposition, a time word or a sentence adverb; not a noun
    phrase ("Leading plaintiff, the University of California, announced ...")."""
    found = masked[s_start:comma].split()
    if not 1 <= len(found) <= 4 or FINITE_WORD.search(masked, s_start, comma):
        return False
    first = found[0].lower()
    return (
        first in PREPOSITIONS
        or first in _TIME_LEADS
        or first in _SENTENCE_ADVERBS
        or len(found) == 1
        and first.endswith("ly")
    )


def _names_a_role(phrase: str) -> bool:
    """Whether words after a speaker's comma are the speaker's role, no verb among them: "senior
    vice-president of technology and manufacturing at IBM"; not "the code for viruses such as
    Gaobot", which opens what was said."""
    found = re.split(r"[\s-]+", phrase.lower())
    return not has_finite(phrase) and any(word in words("role_nouns") for word in found)


def _opens_apposition(phrase: str) -> bool:
    """Whether words after an inverted speaker's comma can describe the speaker: they open with
    a determiner, or hold a name or a role ("..., said Jasper Hall, the terminal manager",
    "..., said Fred Smith, principal analyst at Insight 64"); not an adjective and its
    complement ("..., said Jasper Hall, ready to move the trucks out of harm's way")."""
    found = phrase.split()
    return (
        found[0].lower() in _DETERMINERS
        or found[0].lower() in _POSSESSIVES
        or any(word[:1].isupper() or word.lower() in _SPEAKER_WORDS for word in found)
    )


# "The newspaper quoted Mr Chernin as saying ...", "Smith was quoted as saying ...": the one
# quoted is the speaker, whoever quotes them; the words come after "saying" or "telling X"
_QUOTED_AS = compile_on_use(
    r"(?<![\w’'-])(?P<cue>quoted)\s+(?:(?P<who>(?!as\b)[^,;:\x01]{2,80}?)\s+)?"
    r"(?:(?:on|in|at|during|last|this)\s+[^,;:\x01]{1,30}?\s+)?as\s+(?P<say>saying|telling\s+[^,;:\x01]"
    r"{1,40}?(?=\s+(?:that\b|he\b|she\b|they\b|it\b|[A-Z\x01])))"
)


def _quoted_before(
    text: str, masked: str, quotes: list[Quote], s_start: int, cue_start: int
) -> tuple[int, int, str] | None:
    """What comes before the one who quotes, set off by a comma or a closing mark: '"...,"
    Arab News quoted Prince Saud as saying.'"""
    quoter = subject_before(masked, s_start, cue_start)
    if quoter is None:
        return None
    return _words_before_name(text, masked, quotes, s_start, quoter[0])


def _words_before_name(
    text: str, masked: str, quotes: list[Quote], s_start: int, name_start: int
) -> tuple[int, int, str] | None:
    """The claim before a name, set off from it by a comma or a closing mark: the quoter's
    ('"...," Arab News quoted ...') or the one quoted ('"...," Shalev was quoted as saying')."""
    pre = masked[s_start:name_start].rstrip()
    if not pre.endswith((",", MASK)):
        return None
    return _content_before(text, masked, quotes, s_start, s_start + len(pre) - pre.endswith(","))


def _quoted_as_saying(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int
) -> list[Attribution]:
    """What someone was quoted as saying, said by them: the object of an active "quoted" ("The
    newspaper quoted Mr Chernin as saying"), or the subject of a passive one ("Smith was quoted
    as saying"). No speaker found, no claim: better none than the newspaper's name."""
    found: list[Attribution] = []
    for m in _QUOTED_AS.finditer(masked, s_start, s_end):
        passive = _BE_AND_ADVERB_BEFORE.search(masked, max(s_start, m.start() - 25), m.start())
        by_agent = m.group("who") is not None and m.group("who").startswith("by ")
        pair = None
        if passive and (m.group("who") is None or by_agent):
            # "Smith was quoted by the Times as saying": the Times only quotes him;
            # "Gabriela Shalev, Israel's ambassador to the UN, was quoted": over her post
            before = masked[s_start : passive.start()].rstrip()
            pair = (
                appositive_before(masked, s_start, s_start + len(before) - 1)
                if before.endswith(",")
                else None
            )
            speaker = pair[0] if pair else subject_before(masked, s_start, passive.start())
        elif not passive and m.group("who") is not None:
            speaker = subject_after(masked, m.start("who"), m.end("who"))
            if speaker is not None and speaker[1] < m.end("who") - 1:
                speaker = None  # "quoted his remarks in a book as saying": not one name
        else:
            speaker = None
        if speaker is None:
            continue
        after = clause_after_cue(text, masked, quotes, m.end("say"), s_end, "say")
        if after is None and _tail_is_adverbial(masked, m.end("say"), s_end):
            # '"We take it very seriously," Shalev was quoted as saying by Reuters.'
            after = (
                _words_before_name(text, masked, quotes, s_start, speaker[0])
                if passive
                else _quoted_before(text, masked, quotes, s_start, m.start())
            )
        if after is None:
            continue
        start, end, kind = after[:3]
        cue = (passive.start() if passive else m.start("cue"), m.end("cue"))
        appositive = pair[1] if pair else None
        found.append(
            Attribution(start, end, kind, f"{kind}:quoted-as-saying", cue, speaker, appositive, 0.7)
        )
    return found
