"""How a speaker characterises someone ("called him 'unhinged'"), and named pairs and roles before
a cue.
"""

from __future__ import annotations

import re

from factdb.extract.attribution.belief_holders import _before_adverbs
from factdb.extract.attribution.clause_after_cue import _AND_ITS_OWN_CLAUSE
from factdb.extract.attribution.clause_tests import _relative_predicate
from factdb.extract.attribution.clipping import _clip_end, _previous_act
from factdb.extract.attribution.content_before_frame import _after_dateline
from factdb.extract.attribution.name_asides import _aside_ends_in_quote, _name_before_aside
from factdb.extract.attribution.partial_quotes import _BY_AGENT
from factdb.extract.attribution.participle_speakers import (
    _coordinated_subject,
    _main_clause_subject,
)
from factdb.extract.attribution.record import Attribution, _trim
from factdb.extract.attribution.relative_clauses import _name_of_appositive_who
from factdb.extract.attribution.shared import (
    _BARE_NAME,
    _COMMA_THEN_SPACE,
    _DETERMINERS,
    _FRONTED_CLAUSE,
    _MODAL_BEFORE,
    _NOT_BEFORE_BELIEVER,
    _NOT_BELIEVERS,
    _PASSIVE_BEFORE,
    _POSSESSIVES,
    _RELATIVE_BEFORE_CUE,
    _SPEAKER_WORDS,
    _TO_BEFORE,
    _TRAILING_TIME,
    _WEEKDAY,
    _cue_span,
    _ends_in_to,
)
from factdb.extract.attribution.subjects import _subject_before_parenthesis
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import demonyms, pronoun_classes, words
from factdb.extract.mentions import (
    LEAD_CONNECTIVE,
    PREPOSITIONS,
    after_openers,
    appositive_before,
    sentence_subject,
    subject_after,
    subject_before,
    tokens,
)
from factdb.extract.quotes import MASK, Quote
from factdb.extract.verbs import (
    FINITE_AUXILIARIES,
    FINITE_WORD,
    STRICT_FINITE,
    find_cues,
    has_finite,
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
    r"(?:week|month|year)|\s+in\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:statement|interview|letter|"
    r"e-?mail|tweet|post|speech|release|video|op-ed|memo|filing))\s*$"
)


def _subject_before_time(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The subject before a time, a setting or an adverb between it and the cue ("Trump on
    Tuesday called ...", "Sanders, meanwhile, hopes that ...", "Trump in a speech said ...")."""
    aside = _ASIDE_BEFORE_CUE.search(masked, max(s_start, cue_start - 80), cue_start)
    if aside is None or aside.start() <= s_start:
        return None
    return subject_before(masked, s_start, aside.start())


def _no_stance_holder(masked: str, subject: tuple[int, int] | None) -> bool:
    """Whether a subject can hold no belief, finding or characterisation of its own: none
    found, the writer or reader, a quantifier ("most", "others"), or a nationality alone ("big
    British hope Kate Winslet walked away": "hope" is a noun there)."""
    if subject is None:
        return True
    said = masked[subject[0] : subject[1]].lower()
    return said in _NOT_BELIEVERS or said in demonyms()


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
    if m.group().endswith("ing") and not _PROGRESSIVE_BEFORE.search(
        masked, max(s_start, m.start() - 30), m.start()
    ):
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


# the progressive's auxiliary, perhaps with an adverb, right before a characterising "-ing":
# the verb is finite and its subject characterises, as for "called" ("Mike Huckabee, for his
# part, is labeling Obama's actions "a blatant, belligerent abuse of power"", "what critics are
# calling an "instant classic""); "'s" only after a pronoun, never a possessive ("Christie's
# calling Hillary Clinton a bigot" is his act named as a noun)
_PROGRESSIVE_BEFORE = compile_on_use(
    r"(?:\b(?:is|are|was|were|am|been)|\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]ho|[Ww]e|I|[Yy]ou)"
    r"[’'](?:s|re|m))\s+(?:(?:[a-z]+ly|also|still|now|even)\s+)?$"
)


# the characterising verbs' "-s" forms that are also plural nouns, and the lower-case word
# before one that makes it the head of a compound ("record labels", "its own brands"), never a
# subject's pronoun, a relative or an adverb ("he labels", "which brands", "often labels")
_PLURAL_NOUN_FORMS = frozenset(["labels", "brands"])
_COMPOUND_HEAD_BEFORE = compile_on_use(
    r"(?<![\w’'-])(?!(?:he|she|it|who|which|that|also|still|now|often|even|never|and|but|or|"
    r"then|always|again)\b)(?![a-z]+ly\b)[a-z][\w-]*\s+$"
)


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
    if m.group() in _PLURAL_NOUN_FORMS and _COMPOUND_HEAD_BEFORE.search(
        masked, max(s_start, m.start() - 24), m.start()
    ):
        return None  # "40 record labels turned up to one gig": the noun
    relative = _relative_characterisation(text, masked, quotes, s_start, s_end, m)
    if relative is not None:
        return relative
    # "is labeling Obama's actions ...": a progressive, no passive, its subject the speaker
    progressive = m.group().endswith("ing") and _PROGRESSIVE_BEFORE.search(
        masked, max(s_start, m.start() - 30), m.start()
    )
    passive = _PASSIVE_BEFORE.search(masked, max(s_start, m.start() - 40), m.start())
    if passive is not None and not progressive:
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
    if (
        _PASSIVE_BEFORE.search(before)
        and not progressive
        or _ends_in_to(before)
        and _TO_BEFORE.search(before)
    ):
        return None
    verb_at = _before_adverbs(masked, s_start, m.start())
    if _MODAL_BEFORE.search(masked, max(s_start, verb_at - 12), verb_at):
        # "the media would call him a "chicken"", "they would likely deem it acceptable": not
        # something said
        return None
    cue_start = m.start()
    appositive = None
    if m.group().endswith("ing") and not progressive:
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


# a preposition opening the sentence before a possessor: "Despite Mr. Trump's claims that"
_OPENING_PREPOSITION = compile_on_use(
    r"\s*(?:Despite|After|Amid|Given|Unlike|Following|Contrary\s+to|Because\s+of|Along\s+with|"
    r"In\s+addition\s+to|Apart\s+from|Besides)\s+"
)


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


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _word_before(masked: str, start: int, end: int) -> tuple[str, int] | None:
    """What `_WORD_BEFORE.search(masked, start, end)` finds, as its word and where it starts,
    read back from `end`: the search, anchored at the end, tried every position of the
    sentence before each cue. Its match starts where the last run of letters before the
    spaces closing the window starts (`\\s` and `str.rstrip` agree on every character)."""
    before = masked[start:end]
    word_end = len(before.rstrip())
    if word_end == len(before):
        return None  # no space before `end`
    at = word_end
    while at > 0 and before[at - 1] in _ASCII_LETTERS:
        at -= 1
    if at == word_end:
        return None
    return before[at:word_end], start + at


def _named_pair_before_adverb(
    masked: str, s_start: int, cue_start: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "A crestfallen France coach, Bernard Laporte, simply observed": the pair with an adverb
    between its closing comma and the cue, as between any subject and its cue. The role must
    read as one (an article, an owner, a capital or a role noun first: not "Clinton,
    exasperated, famously responded"), and no list ("Abdullah Zahed, 25, and his wife, ...")
    nor an example of a set ("like Gary Hufbauer") comes before it."""
    adverb = _word_before(masked, s_start, cue_start)
    if adverb is None or not (adverb[0] in words("adverbs_before_cue") or adverb[0].endswith("ly")):
        return None
    before = masked[s_start : adverb[1]].rstrip()
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
        not (_BARE_NAME.fullmatch(masked, *name) or _first_name_of_kin(masked, name, role))
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


# the family a possessive names before a person's first name alone: "his wife, Jane,"
_KIN_NOUNS = frozenset(
    ["wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "widow"]
    + ["widower", "fiancée", "fiancee", "fiancé", "fiance", "grandson", "granddaughter"]
    + ["grandfather", "grandmother", "stepfather", "stepmother", "stepson", "stepdaughter"]
)


def _first_name_of_kin(masked: str, name: tuple[int, int], role: tuple[int, int]) -> bool:
    """ "On CNN Tuesday, his wife, Jane, called for", "Her father, Brad, worried that": a first
    name alone (lexicons/first_names_*.txt) names a person only after an owner and a word for
    kin; "his company, Apple," or "the state, Georgia," stay no pair."""
    word, described = masked[name[0] : name[1]], masked[role[0] : role[1]].split()
    return (
        len(described) == 2
        and (described[0].lower() in _POSSESSIVES or _POSSESSOR.fullmatch(described[0]) is not None)
        and described[1] in _KIN_NOUNS
        and word[:1].isupper()
        and (
            word.lower() in words("first_names_male") or word.lower() in words("first_names_female")
        )
    )


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
