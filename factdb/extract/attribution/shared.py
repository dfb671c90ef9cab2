"""Word sets and patterns that rules in several modules read, and the span of a reporting cue
itself (`widen_cue`, `_cue_span`): the bottom of the package.
"""

from __future__ import annotations

import re

from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import belief_verb_forms, reporting_verb_forms, verb_class, words
from factdb.extract.mentions import tokens
from factdb.extract.verbs import FINITE_AUXILIARIES

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


_SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "there"])


_LEADING_THAT = compile_on_use(r"\s*(?:,\s*)?that\s+", re.IGNORECASE)


_EDGE_TRIM = " \t\n,;:.—–-"


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
# the one who rose says it; and one who went out of their way to say it ("He went out of his
# way to say that Russia's economy had hit bottom") said it. So does one who did a deed to say
# it (`act`, only before "that" or a pronoun's clause, `_THAT_CLAUSE_NEXT`): who rushed to
# TV or the cameras, called or phoned someone ("called reporters to say that", never "called
# on" or "called for" someone, a request, nor "was called to say"), or tripped over
# themselves to say it ("Fed members have been tripping all over themselves to say they would
# like to normalize policy")
_CHANNEL_THEN_TO = compile_on_use(
    r"\b(?:tweeted|posted|wrote|"
    r"(?P<act>(?:tripping|tripped|trips|falling|fell|fallen|falls)\s+(?:all\s+)?over\s+"
    r"(?:themselves|himself|herself|each\s+other)|"
    r"rush(?:ed|es|ing)?\s+(?:back\s+)?to\s+(?:TV|television|(?:the\s+)?(?:cameras|microphones?|"
    r"airwaves|podium|floor))|"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?:called|calling|phoned|phoning|telephoned|telephoning)\s+(?!on\b|upon\b|for\b)"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:\s+on\s+(?:his|her|their|my|our|your)\s+"
    r"(?:cell\s?phones?|cellphones?|phones?|mobiles?))?)|"
    r"(?:went|goes|go|going|gone)\s+out\s+of\s+(?:his|her|their|its|my|our|your)\s+way|took\s+to\s+(?:[A-Z][\w.-]*|social\s+media|the\s+airwaves)|"
    r"went\s+on\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*|"
    r"used\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:speech|statement|"
    r"interview|appearance|address|post|tweet|letter|column|op-ed|blog|message|video)|"
    r"(?:stood|stands|rose|rises)\s+(?:up\s+)?(?:(?:at|in|on|before)\s+[^,;:.\x01]{1,40}?)?|"
    r"(?:held|holds|called|convened)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:news|press)\s+conference|"
    r"took\s+the\s+(?:stage|podium|floor|microphone|mic)(?:\s+(?:at|in|on)\s+[^,;:.\x01]{1,40}?)?)"
    r"(?:\s+(?:early\s+|late\s+)?(?:on\s+)?" + _WEEKDAY_WORDS + r")?\s+to\s+$"
)


# after a deed's "to say" / "to tell": "that" or a pronoun's clause, past an addressee of a
# word or three for "tell" ("called reporters to say that", "called her to say they will not
# vote", "called police to tell them that"); never a question word ("called police to tell
# them what she had done": no claim told)
_THAT_CLAUSE_NEXT = compile_on_use(
    r"(?:\s+(?!(?:what|who|how|why|when|where|whether|if|the|a|an)\b)[\w'’-]+){0,3}?\s+(?:that|he|she|they|we|I)\s"
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
        if channel is not None and (
            channel.group("act") is None or _THAT_CLAUSE_NEXT.match(masked, verb_end)
        ):
            verb_start = channel.start()
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


# a second verb of the sentence's subject: "and said", "and on Monday announced", ", then says"
_COORDINATED = compile_on_use(
    r"(?:\b(?:and|but)(?:\s+then)?|,\s*then)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
    r"Sun)day\s+|later\s+|also\s+|instead\s+|again\s+|[a-z]+ly\s+)?$"
)


# when and where it was said, between the cue and the content: "said Tuesday his actions",
# "said earlier on Friday during a news conference that", "told a crowd in Salem on Monday that"
_TIME_AFTER_CUE = compile_on_use(
    r"\s+(?:(?:on|last|this|early|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?,?(?=\s)"
    r"|\s+(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:week|month|year|night|weekend)"
    r",?(?=\s)"
)


_QUOTE_ONLY = verb_class("quote_only")


# an infinitive before a stance verb: "wants to call him", not "went on to call him"
_TO_BEFORE = compile_on_use(rf"{_TO_GOES_ON}\bto\s+$")


def _ends_in_to(before: str) -> bool:
    """Whether the words before a verb end in "to": the cheap test before the infinitive
    patterns anchored at their end (`_TO_BEFORE`, `_SEEMS_TO_BEFORE`), which would otherwise
    try every position of the sentence up to the verb ("wants to call him")."""
    return before.rstrip().endswith("to")


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


_WORDISH = compile_on_use(r"\w")


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


_DETERMINERS = words("determiners")


# Reporting-verb forms that are also common nouns ("a news report", "a dozen states").
_NOUN_LIKE_CUES = verb_class("noun_like")


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"


_SUBORDINATORS_OPENING = frozenset(
    ["when", "while", "whereas", "if", "even", "although", "though", "as", "after", "before",
     "since", "because", "until", "once", "despite", "unless", "whether", "now", "still"]
)  # fmt: skip


_BARE_NAME = compile_on_use(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")


_POSSESSIVES = frozenset(["his", "her", "their", "its", "my", "our", "your"])


_PARTICIPLE_VERBS = verb_class("participle")


# The writer and the reader: their beliefs are the article's voice, not an attribution.
_NOT_BELIEVERS = frozenset(
    ["i", "we", "you", "me", "us", "one", "many", "some", "few", "each", "both", "all", "most"]
    + ["several", "neither", "either", "none", "others"]
    + ["someone", "somebody", "nobody", "anyone", "anybody", "everyone", "everybody"]
    + ["no"]  # "No doubt those in the Kodak will enjoy ...": an idiom, nobody doubts
)


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


_MODAL_BEFORE = compile_on_use(
    r"\b(?:may|might|would|could|should|must|can|will|[’']ll)\s+(?:not\s+)?$"
)


# A believer phrase right after these is the object of a preposition or sits in a relative or
# comparative clause, so it is not who holds the belief the sentence reports.
_NOT_BEFORE_BELIEVER = frozenset(
    ["in", "on", "of", "at", "for", "from", "with", "by", "to", "about", "among", "what", "how",
     "as", "than", "that", "which", "why", "where", "when", "whom", "if", "whether"]
)  # fmt: skip


_AUXILIARY_OPENING = compile_on_use(rf"(?:{FINITE_AUXILIARIES}|shall)\s")


# "polls show", "the survey found": verb forms by which a document reports a finding
_EVIDENCE_VERBS = verb_class("evidence")


# "called Trump "unhinged"", "described the field as "all very good""
_CHARACTERISING_VERBS = verb_class("characterise")


# time words that open a sentence before its subject: "For months, Obama has been ..."
_TIME_LEADS = frozenset(["later", "earlier", "then", "now", "still", "instead", "meanwhile",
                         "last", "this", "early", "late", "hours", "days", "weeks", "months",
                         "years", "but", "and", "yet"])  # fmt: skip


# the document's receiver as the subject of a passive: "agency heads were sent a memo stating"
_SENT_TO = compile_on_use(r"\s+(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b|"
                      r"\s+(?:was|were|is|are|been|being|be)\s+(?:sent|given|shown|handed)\b")  # fmt: skip


_SPEAKER_WORDS = (
    words("role_nouns") | words("media_nouns") | words("organization_nouns") | words("np_modifiers")
)


_COMMA_THEN_SPACE = compile_on_use(r",\s")
