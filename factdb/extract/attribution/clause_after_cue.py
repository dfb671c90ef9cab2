"""The reported clause after a cue: "said (that) ...", bare clauses, addressees, short quotations
opening the clause, and quote-only cues.
"""

from __future__ import annotations

import re
from functools import cache

from factdb.extract.attribution.clause_tests import _COUNTED_OPENING, _is_clause, _verb_after_phrase
from factdb.extract.attribution.clipping import _clip_end
from factdb.extract.attribution.content_before_frame import (
    _PLURAL_PRESENT,
    _addressee_then_that,
    _adverbial_then_that,
    _after_dateline,
    _content_kind,
    _in_title_case,
    _names_a_work,
    _programme_titles_as_words,
    _that_after_channel,
    _that_after_stance_noun,
)
from factdb.extract.attribution.partial_quotes import _FRAME_ONLY, _added_thing, _partial_or_mixed
from factdb.extract.attribution.record import Attribution, _trim
from factdb.extract.attribution.shared import (
    _AUX_IN_CUE,
    _AUXILIARY_OPENING,
    _CLAUSE_VERBS,
    _DETERMINERS,
    _EDGE_TRIM,
    _NOUN_LIKE_CUES,
    _PARTICIPLE_VERBS,
    _QUOTE_ONLY,
    _SUBJECT_PRONOUNS,
    _TIME_AFTER_CUE,
    _TO_GOES_ON,
    _WEAK_CLAUSE_VERBS,
    _WORDISH,
)
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import (
    belief_adjectives,
    belief_verb_forms,
    pronoun_classes,
    reporting_verb_forms,
    verb_class,
    words,
)
from factdb.extract.mentions import (
    AUXILIARIES,
    LEAD_CONNECTIVE,
    NOT_IN_PHRASE,
    PREPOSITIONS,
    subject_after,
    subject_before,
)
from factdb.extract.quotes import MASK, Quote
from factdb.extract.sentences import title_abbreviations
from factdb.extract.speech_acts import act_after_cue
from factdb.extract.verbs import (
    FINITE_AUXILIARIES,
    FINITE_WORD,
    STRICT_FINITE,
    cue_base,
    find_cues,
    has_finite,
)

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


# after a determiner "that": its noun (a word or three) and an auxiliary, "that plan is", "that
# result was": the verb of a clause whose subject holds "that"
_NOUN_THEN_AUXILIARY = compile_on_use(
    r"(?:[a-z][\w’'-]*\s+){1,3}(?:" + FINITE_AUXILIARIES + r"|did|does)\b"
)


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


# a clause of its own after the cue's object, a subject of a few words and a reporting verb:
# "accused him of sexism, and Trump said that ...", "accused him of sexism, Trump warned that
# ...": the "that" is the next verb's (`_own_clause_between`)
_COMMA_SUBJECT_VERB = compile_on_use(
    r",\s+(?:(?:and|but|while|as)\s+)?(?:[\w.’'-]+\s+){1,3}?(?P<verb>[a-z]+)\b"
)


def _own_clause_between(rest: str, end: int) -> bool:
    """Whether rest[:end], the words between a cue and a "that", hold a clause of their own
    after a comma: a subject and a reporting verb that is no participle ("..., and Trump
    warned"); not an aside or a list ("told the committee, chaired by Smith, that", "told
    Smith, Jones, and Brown that")."""
    forms = reporting_verb_forms()
    return any(
        m.group("verb") in forms and not m.group("verb").endswith("ing")
        for m in _COMMA_SUBJECT_VERB.finditer(rest, 0, end)
    )


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
    r"(?!(?:whether|if|why|how|what|when|where|who)\b)(?:[\w.’'%-]+|\([^()\x01]{1,60}\))){1,6}?"
    r",?\s+that"
    r"(?:\s+|,\s+(?=\S))"
    # "promised to set an alternative agenda to that of the Swiss summit": a pronoun, and
    # "said that was impossible": the clause's subject
    r"(?!of\b|which\b|is\b|was\b)"
)


# a verb right after a relative "that": "a hit that used to be", "a tweet that said"
_VERB_AFTER_RELATIVE_THAT = compile_on_use(r"(?!indeed\b)[a-z]{2,}ed\b|(?:said|says)\b")


_STAMP_LABEL = compile_on_use(r"\b(?:Published|Updated|Posted|Modified)(?:\s+on)?:\s*$")


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
    # who put it out: "in a statement released by the Trump campaign"
    r"(?:\s+(?:released|issued|distributed|put\s+out)\s+by\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[A-Z][\w’'.&-]*\s+){0,4}(?:[A-Z][\w’'.&-]*|campaign|office|party|team|committee))?"
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
    if that is not None and "," in rest[: that.end()] and _own_clause_between(rest, that.end() - 5):
        # "accused him of sexism, and Trump warned that ...": the "that", and every clause
        # after the comma, are the next speaker's; only the cue's own act is left
        return _speech_act(text, masked, quotes, cue_end, rest_start, sent_end, base)
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
        before_that = rest[: that.end()].split()[-2:-1]
        if before_that and before_that[0].lower() in _NOT_BEFORE_THAT_CLAUSE:
            if len(rest[: that.end()].split()) < 3 or not (
                before_that[0].lower() in PREPOSITIONS
                and _NOUN_THEN_AUXILIARY.match(rest, that.end())
            ):
                return None  # "agreed with that specific point": "that" is a determiner
            # "They are saying his vote for that plan is a signal": a determiner inside the
            # subject of a clause with no "that" of its own, its verb a few words on; read
            # the whole as that clause
            that = None
    if that and (not direct or that.end() <= direct.end()):
        start = rest_start + that.end()
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


def quoted_title(text: str, quote: Quote) -> bool:
    """Whether a quotation after a quote-only cue is a title rather than words a text holds:
    every long word capitalised ("One of his recent reads, "This Kind of War,"")."""
    return _in_title_case(text, quote, 1)


# the verbs of calls on others, and the infinitive that says what to do
_CALL_VERBS = verb_class("call")


_TO_VERB_BEFORE = compile_on_use(r"\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your)\b)[a-z]+\b")


# a frame_only phrase cue ending where the cue ends
_FRAME_ONLY_CUE = compile_on_use(
    r"(?<![\w’'])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _FRAME_ONLY) + r")$"
)


# "Laporte will announce his starting line-up": not yet said; but "He went on to argue that"
# was said ("on to" goes on from what came before)
_FUTURE_CUE = compile_on_use(
    rf"\b(?:will|would|could|may|might|should|{_TO_GOES_ON}to|going\s+to)\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+$"
)


# after a comma, a clause of the writer's own: "When Trump announced his candidacy in June
# 2015, he infamously referred to ...", "Ever since Sanders announced his candidacy, he's said"
_NEXT_OWN_CLAUSE = compile_on_use(
    r",\s+(?:(?:he|she|they|it|we|I|there)(?:[’'][a-z]+)?\s|(?:[A-Z][\w.’'-]*\s+){1,3}"
    r"(?:[a-z]+ly\s+)?(?:is|was|are|were|has|had|have|will|would|said|says|[a-z]+ed)\b)"
)


def _object_end(masked: str, start: int, end: int) -> int:
    """Where a noun-phrase object ends ("announced his candidacy in June 2015"): before a
    comma that opens the writer's next clause, which an adverbial clause around the cue
    leaves in the same sentence."""
    found = _NEXT_OWN_CLAUSE.search(masked, start, end)
    return found.start() if found else end


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


# a dash that sets off a clause of its own: "For that she drew Trump's ire - he called her ..."
_CLAUSE_DASH = compile_on_use(r"\s(?:--?|[—–])\s+")


# a clause of its own after it: "what he called a "military invasion" of South Sudan, and he
# rejected accusations ..."
_AND_ITS_OWN_CLAUSE = compile_on_use(r",?\s+(?:and|but)\s+(?:he|she|they|it|we|I)\s")


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
