"""`attribute_sentence`, every pattern of one sentence, and the rules only it calls: reports within
reports, opening frames and "quoted as saying".
"""

from __future__ import annotations

import re

from factdb.extract.attribution.belief_holders import _BARE_CLAUSE_NEXT
from factdb.extract.attribution.beliefs_and_according_to import (
    _according_inside,
    _according_without_comma,
    _belief,
    _past_asides,
    _role_aside,
    _source_before_relative,
    _source_then_claim,
)
from factdb.extract.attribution.characterisations import (
    _characterisation,
    _comma_closes_quote,
    _named_pair_before_comma,
    _no_stance_holder,
    _subject_before_time,
)
from factdb.extract.attribution.clause_after_cue import (
    _NOUN_THAT_VERBS,
    _OBJECT_ONLY_VERBS,
    _QUOTATION_AFTER_MARK,
    _THAT_ONLY,
    _addressee,
    _adverbial_then_quote,
    _not_the_readers_words,
    _opening_participle,
    clause_after_cue,
)
from factdb.extract.attribution.clause_tests import (
    _JOIN_BEFORE_FRAME,
    _claim_goes_on_after_frame,
    _is_clause,
    _join_goes_on_after_frame,
    _relative_predicate,
    _split_quote_end,
)
from factdb.extract.attribution.clipping import (
    _SUBJECT_OPENING,
    _THAT_NEXT,
    _after_earlier_frame,
    _closing_frame,
    _described_by_writer,
    _previous_act,
)
from factdb.extract.attribution.content_before_frame import (
    _NOT_CONTINUING,
    _added_to_a_stance,
    _addressee_then_that,
    _adverbial_only,
    _adverbial_then_comma,
    _after_dateline,
    _asks_a_price,
    _clause_right_after,
    _closed_before,
    _content_around,
    _content_before,
    _content_kind,
    _has_any,
    _past_lead_conjunction,
    _present_clause_next,
    _programme_titles_as_words,
    _quotation_running_on,
    _quotes_in,
    _said_in_relative,
    _subordinate_frame_before,
    _tail_is_adverbial,
    _titles_in_tail,
    _verb_after_speaker,
    _within_fronted_clause,
    opens_with_own_report,
)
from factdb.extract.attribution.documents import (
    _bearer_reads,
    _document_quotations,
    _document_relative,
    _participle_after_noun,
)
from factdb.extract.attribution.evidence import _CLAUSE_EVIDENCE_VERBS, _PROGRESSIVE_CUE, _evidence
from factdb.extract.attribution.name_asides import (
    _aside_ends_in_quote,
    _body_says,
    _made_to_speak,
    _name_after_opening_quote,
    _name_before_aside,
    _name_before_aside_and_verb,
    _noun_use,
)
from factdb.extract.attribution.nominal_claims import (
    _call_noun,
    _estimates,
    _nominal_by_claims,
    _nominal_calls,
    _nominal_claims,
    _predicative_claims,
    _put_out_claims,
)
from factdb.extract.attribution.partial_quotes import (
    _AS_VERBS,
    _as_reported_by,
    _as_source_said,
    _first_reported_by,
    _partial_or_mixed,
    _poll_inline,
    _poll_opening,
    _reportedly,
    _speaker_inside,
)
from factdb.extract.attribution.participle_speakers import (
    _coordinated_subject,
    _doer_after_coordination,
    _leading_clause_end,
    _leading_clause_subject,
    _main_clause_subject,
    _may_speak_or_write,
    _name_before_subordinate_participle,
    _reduced_relative,
    _second_clause_subject,
    _speaker_of_cue_between,
    _speaking_opening_phrase,
    _subject_before_dashes,
    _takes_an_object,
    _told_by,
)
from factdb.extract.attribution.poll_answers import poll_answers, with_poll_answers
from factdb.extract.attribution.poll_standings import poll_standings
from factdb.extract.attribution.record import Attribution, _trim
from factdb.extract.attribution.relative_clauses import (
    _antecedent_name,
    _name_before_unclosed_aside,
    _name_list_before,
    _relative_who,
    _through_quoted_title,
)
from factdb.extract.attribution.relative_subjects import (
    _SUBORDINATORS,
    _a_thing,
    _relative_subject,
    _skip_blank,
    _subject_before_comma_aside,
)
from factdb.extract.attribution.shared import (
    _CHARACTERISING_VERBS,
    _CLAUSE_VERBS,
    _COMMA_THEN_SPACE,
    _COORDINATED,
    _DETERMINERS,
    _EDGE_TRIM,
    _EVIDENCE_VERBS,
    _FRONTED_CLAUSE,
    _MODAL_BEFORE,
    _NEGATED_BEFORE,
    _NOUN_LIKE_CUES,
    _PARTICIPLE_VERBS,
    _POSSESSIVES,
    _QUOTE_ONLY,
    _RELATIVE_BEFORE_CUE,
    _SPEAKER_WORDS,
    _TIME_LEADS,
    _TRAILING_TIME,
    _WEAK_CLAUSE_VERBS,
    _WEEKDAY,
    _cue_span,
)
from factdb.extract.attribution.subjects import (
    _counted_act,
    _finite_cue_after,
    _long_as_source,
    _long_subject,
    _phrase_after_quote,
    _plural_after_boundary,
    _plural_opening,
    _quantifier_subject,
    _subject_after_comma,
    _subject_after_subordinator,
    _subject_before_parenthesis,
    _subject_with_relative,
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
    appositive_before,
    phrase_to_comma,
    sentence_subject,
    subject_after,
    subject_before,
)
from factdb.extract.quotes import MASK, Quote
from factdb.extract.speakers import people_plural
from factdb.extract.speech_acts import (
    FAMILIES,
    accusations_by,
    act_after_cue,
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

# Verbs that may put the speaker after the content: "..., he added." / "..., said Smith."

# a relative pronoun the words before a frame end in, with its quantifier: "which", "all of
# whom"; the relative clause goes on after the frame
_RELATIVE_AT_END = compile_on_use(
    r"(?:\b(?:all|some|many|most|none|one|each|both|several|few|any|much)\s+of\s+)?"
    r"\b(?:whom|which|who)[\s,]*$"
)


# after the frame that sits inside a relative clause: its adverbials, then the comma that
# closes it ("which, critics say, will add ...", "which, he says privately, is ...")
_RELATIVE_GOES_ON = compile_on_use(r"(?:\s+[^,;:.\x01\s][^,;:.\x01]{0,40}?)?,\s+(?=\S)")

# an aside opened by "as" after a comma or a dash, a role word or two before the name: ", as
# columnist Jonathan Chait noted", "— as she said"
_AS_ASIDE_BEFORE = compile_on_use(r"[,—–-]\s*as\s+(?:[a-z]+\s+){0,2}$")

# a predicate with no subject: a verb, perhaps after an adverb ("is quite a bit", "even
# promoted Sanders", "normally does not get")
_PREDICATE_OPENING = compile_on_use(
    rf"(?:(?:[a-z]{{2,}}ly|even|never|still|also|only|already|now|not|soon)\s+)?"
    rf"(?:(?:{FINITE_AUXILIARIES}|did|does)\b|[a-z]{{3,}}(?<!ss)(?<!ous)(?<!ing)(?:es|s|ed)\b)"
)


# the adverbials that close an aside before what follows it: "recently in New York magazine — "
_ASIDE_CLOSING = compile_on_use(r"[^,—–;:\x01]{0,60}?(?:,|—|–|\s--?\s)\s*")


def _predicate_at(masked: str, start: int, end: int) -> int | None:
    """Where the words after an "as X said" aside's cue are only a predicate whose subject
    came before the aside, at once or after the adverbials that close the aside; or None."""
    if _PREDICATE_OPENING.match(masked, start, end):
        return start
    closing = _ASIDE_CLOSING.match(masked, start, end)
    if closing is not None and _PREDICATE_OPENING.match(masked, closing.end(), end):
        return closing.end()
    return None


# the last break before a subject the aside follows: a comma, "that", a semicolon
_BREAK_BEFORE_SUBJECT = compile_on_use(r"(?:[,;:]|\bthat)\s+(?=\S)")


def _subject_before_aside(masked: str, s_start: int, aside_at: int) -> int | None:
    """Where the subject an "as X said" aside interrupts starts: after the sentence's opening
    conjunction, its last comma or "that" before the aside; a short phrase with no verb of its
    own ("And that", "the result", "Republican National Committee spokesman Sean Spicer"),
    else None."""
    start = _past_lead_conjunction(masked, _skip_blank(masked, s_start), aside_at)
    for found in _BREAK_BEFORE_SUBJECT.finditer(masked, start, aside_at):
        start = found.end()
    words = masked[start:aside_at].split()
    if not 1 <= len(words) <= 8 or MASK in masked[start:aside_at]:
        return None
    if has_finite(masked, start, aside_at):
        return None
    return start


# after "telling": whom (a pronoun, or a noun or two) then a pronoun's clause, no "that" between:
# "telling his aides he planned to ...", "telling reporters she would not"
_ADDRESSEE_THEN_PRONOUN_CLAUSE = compile_on_use(
    r"\s+(?:him|her|them|us|me|you|(?:(?:the|his|her|their|its|our)\s+)?[A-Za-z][a-z]+"
    r"(?:\s+[A-Z][a-z]+)?)\s+(?:he|she|they|we|I)\s+(?:was|were|is|are|had|has|have|would|will|"
    r"could|did|does|[a-z]{3,}ed)\b"
)
_INVERSION_VERBS = _CLAUSE_VERBS | verb_class("inversion")


# a passive's "be" before a participle cue, over the adverbs between them: "was widely
# reported", "Thiel's support for Trump was first noted when ...", "Houses in two villages were
# also reported damaged"
_BE_BEFORE = compile_on_use(
    r"\b(?:was|were|is|are|been|being)\s+"
    r"(?:(?:[a-z]+ly|first|also|still|again|already|often|once|long|later|earlier|then|now|"
    r"never|since|all|both)\s+){0,2}$"
)


_BE_AND_ADVERB_BEFORE = compile_on_use(r"\b(?:was|were|is|are|be|been|being)\s+(?:[a-z]+\s+)?$")


_WH_OPENING = compile_on_use(r"(?:how|what|whether|when|where|why|which|who)\b", re.IGNORECASE)


_TRAILING_ALSO = compile_on_use(r"\s+(?:also|just|first|only|now|previously|earlier)$")


_ACCORDING = compile_on_use(r"[Aa](?<!\w[Aa])ccording to\b")  # \b after the letter: scans fast


# a sentence that opens with its own speaker and cue: "She said ...", "The minister told ..."
_OWN_FRAME = compile_on_use(
    r"(?!All\s+told\b)(?:[A-Z][\w’'.-]*\s+){1,3}(?:said|says|told|tells|added|adds|argued|claimed|warned)\b"
)


# a document and the name of who made it, the verb after: "reports Mr. Schoen filed as a
# registered lobbyist", "records the Clintons released": the document is the source, and the
# words after its name no name of a person
_FILED_BY_NAME = compile_on_use(
    r"(?P<head>[a-z][\w-]*)\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+|the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"\s+(?:[a-z]{2,}ed|wrote|gave|made|sent|kept|sold|paid)\b"
)


# "that" opening a clause right after a source set off by commas: ", according to X, that ..."
_THAT_AFTER_SOURCE = compile_on_use(r"\s*that\s+(?=\S)")


# the cue phrases of a concern raised (cue_phrases.txt: "raised concerns that")
_RAISED = compile_on_use(r"rais(?:e|es|ed)\s")


_OF_NEXT = compile_on_use(r"\s+of\b")


_CALL_VERBS = verb_class("call")
_CALL_NOUNS = frozenset(
    ["call", "calls", "demand", "demands", "plea", "pleas", "appeal", "appeals"]
)
_SOMEONE_SUBJECT_VERBS = verb_class("someone_subject")


_THING_PRONOUNS = frozenset(["it", "this", "that", "which", "what", "these", "those"])


# verbs read only with a "that" clause and a person for subject (verb class that_person)
_THAT_PERSON_VERBS = verb_class("that_person")


_THAT_AT_END = compile_on_use(r"\bthat\s*$")


_GERUND_AT_END = compile_on_use(r"\b[A-Za-z]{2,}ing[ ]+$")


def _not_a_person_that(masked: str, att: Attribution) -> bool:
    """Whether a cue of the verb class that_person lacks what makes it a claim: a "that" clause
    (or a quotation) after it and a subject that names a person or people. "Trump has signaled
    that he may try to make peace" is his; "It probably signals the beginning of a fight", "The
    clear signal pushed the dollar up" and "he clarified regulations addressing ...: ..." are
    nobody's claims."""
    if att.cue is None:
        return False
    cue = masked[att.cue[0] : att.cue[1]].lower().split()
    base = next(
        (
            reporting_verb_forms().get(word) or belief_verb_forms().get(word)
            for word in reversed(cue)
            if word in reporting_verb_forms() or word in belief_verb_forms()
        ),
        None,
    )
    if base not in _THAT_PERSON_VERBS:
        return False
    if cue == ["assuming"]:
        return True  # "Assuming that Clinton remains a prohibitive favorite, ...": a supposition
    if att.kind != "direct" and (
        not _THAT_AT_END.search(masked, max(0, att.start - 8), att.start)
        or len(masked[att.cue[1] : att.start].split()) > 6
    ):
        return True  # ("confided in Den Watts that" at most; "FM signal from ... that station")
    if att.mention is None:
        # ("Some guessed that ...": counted believers, whom the belief rule keeps unnamed)
        return not att.rule.endswith(":belief")
    subject = masked[att.mention[0] : att.mention[1]]
    if subject.lower() in _THING_PRONOUNS or subject.split()[0].endswith("ing"):
        return True  # ("Choosing DeGeneres ... signals that ...": an act, nobody's words)
    if _GERUND_AT_END.search(masked, max(0, att.mention[0] - 20), att.mention[0]):
        return True  # (the same, the name read as the subject without its gerund)
    # the head before "of": "The death of Ghozi signals that ...": a death, not Ghozi
    head_end = att.mention[0] + (subject.find(" of ") if " of " in subject else len(subject))
    head = masked[att.mention[0] : head_end]
    if head.split()[-1].lower() in words("organization_nouns"):
        return False  # "The government has signalled that ...": a body speaks for itself
    last = head.split()[-1].strip(",;:")
    # ("Analysts reckon that ...": a plural of people opening the sentence, capitalised)
    return not (names_a_person(masked, att.mention[0], head_end) or people_plural(last.lower()))


_NOUN_RULES = ("nominal", "according-to", "according-to-inside")


# an infinitive right after a cue: what was asked or urged, never a frame set off by commas
_INFINITIVE_NEXT = compile_on_use(r"\s+to\s+[a-z]")


# after a cue: its object or its topic ("wrote of his relationship", "can add a new title")
_OBJECT_OR_TOPIC_NEXT = compile_on_use(r"\s+(?:of|about|a|an|the|his|her|their|its|this)\s")


# a relative pronoun opening the speaker's clause: "police, whom residents accuse", "a plan
# which critics say will fail"; the words before are not what they said
_RELATIVE = compile_on_use(r"\b(?:whom|which|whose)\s", re.IGNORECASE)


# a finite verb right after what looked like an inverted speaker: the clause's own subject
_STRICT_FINITE_NEXT = compile_on_use(rf"\s+(?:[a-z]+ly\s+)?(?:{FINITE_AUXILIARIES}|did|does)\b")


# after a split quotation's frame, the verb its first half's subject still needs, in the
# writer's words: '"Only you, Dinesh," she said, would use ...'
_UNQUOTED_CONTINUATION = compile_on_use(rf"\s*,\s+(?=(?:{FINITE_AUXILIARIES})\s+(?:not\s+)?[a-z])")


# after a frame that follows its content, a reason or condition that goes on with it: ", he
# said, because ...", ", officials said Tuesday, although ..."
_REASON_AFTER_FRAME = compile_on_use(
    r"(?:\s+(?:on\s+)?" + _WEEKDAY + r")?\s*,\s+"
    r"(?=(?:because|although|though|unless|even\s+though|even\s+if)\s)"
)


# a whole that a subject is excepted from: "Everyone but", "all except", "no one but"
_EXCEPTED_BEFORE = compile_on_use(
    r"(?<![\w’'])(?:[Ee]veryone|[Ee]verybody|[Aa]ll|[Nn]o\s+one|[Nn]obody|[Nn]one|[Ee]ach|"
    r"[Aa]nyone)\s+(?:but|except)\s+$"
)


# acts whose subject may be a long phrase as a saying's may, and the families read after them:
# calls ("Sen. Bernie Sanders on Wednesday morning also called upon the U.S. to press China",
# "Sanders supporters have long called for"), questions ("At the townhall, a young woman who
# had been an exchange student in Montana asked Obama what he thought of ...")
_LONG_SUBJECT_ACTS = {"urge": "call", "ask": "question"}


# a break in what follows a cue, then a lower-case word that may be the main clause's verb
# ("..., vowed to fight on", "... media markets - took to the airwaves")
_MAIN_PREDICATE_RESUMES = compile_on_use(r"(?:,|\s(?:--?|[—–]))\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


_HEARER_OBJECT_VERBS = verb_class("hearer_object")


# "polls point to a slowdown": with "to", a document's finding as "show" is
_POINTING_VERBS = verb_class("pointing")


_POINTED_TO = compile_on_use(r"(?:point|points|pointed)\s+to(?=\s+(?![\d$£€]))")


_STANCE_FORMS = (
    frozenset(belief_verb_forms())
    | frozenset(belief_adjectives())
    | _EVIDENCE_VERBS
    | _POINTING_VERBS
    | _CLAUSE_EVIDENCE_VERBS
    | _CHARACTERISING_VERBS
)


# what may come right before a participle whose subject is the sentence's: ", saying", "by
# adding", "while saying", "after initially saying", "and adding"; not "without" ("It goes
# without saying that ...")
_PARTICIPLE_OPENING = compile_on_use(
    r"(?:,|\x01|\bby|\b(while|after|before|in)|\s(?:[–—]|--?(?=\s)))\s*(?:and\s+)?"
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


# a relative "where" opening a clause about a place: "..., where about 50 protesters had gathered"
_WHERE = compile_on_use(r"(?<![\w’'-])where\s")


def _place_clause_between(masked: str, speaker_end: int, participle: int) -> bool:
    """Whether a "where" clause with a finite verb of its own stands between a participle and
    the subject found for it, so that the participle may go on with that clause's subject."""
    where = _WHERE.search(masked, speaker_end, participle)
    return where is not None and FINITE_WORD.search(masked, where.end(), participle) is not None


# an "it" that stands for nothing, before a time, a "left to" or an extraposed clause: "It has
# been a strange week for M&S", "It was left to Mr Prescott to", "It is clear that"
_DUMMY_IT = compile_on_use(
    r"[Ii]t\s+(?:(?:appears|appeared|seems|seemed)\s+(?:that|to|as\s+if|as\s+though)\b|"
    r"(?:is|was|has\s+been|had\s+been|will\s+be|’s|'s)\s+(?:(?:a|an)\s+(?:[a-z]+\s+){0,2}"
    r"(?:week|day|month|year|time|night|season|morning|weekend)\b|left\s+to\b|(?:[a-z]+\s+)?"
    r"(?:clear|likely|unlikely|possible|impossible|true|unclear|thought|understood|believed|"
    r"expected|hoped|feared)\s+(?:that|to)\b))"
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


# a person's name: capitalised words only ("Alan Mauldin", "Mr McGuire")
_NAME_WORDS = compile_on_use(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}")


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


# the impersonal passive, and a time between its cue and "that": "it was revealed in March
# that she had used a personal email account", "It was reported last week that ..."
_IMPERSONAL_PASSIVE = compile_on_use(r"\b[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+$")


_TIME_BEFORE_THAT = compile_on_use(
    r"\s+(?:(?:in|on)\s+[A-Z][a-z]+|(?:last|earlier|this)\s+(?:week|month|year|[A-Z][a-z]+))"
    r"(?:\s+\d{1,4})?,?\s+that\b"
)


_POLL_WORD = compile_on_use(r" (?:[Pp]oll|[Ss]urvey|average)")


# the words a poll's answer by a pro-form cannot be written without (poll_answers)
_ANSWER_WORD = compile_on_use(r" (?:yes|so)\b")
_YES_WORD = compile_on_use(r" yes\b")


# after a speaker that follows its content, only when or where it spoke: "said Thursday", "said
# on Saturday", "reported in a statement"
_TAIL_WHEN_OR_WHERE = compile_on_use(
    r"\s+(?:(?:on|in|at|during|last|this|earlier|later)\s+[^,;:\x01]{1,40}|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|"
    r"yesterday|today)"
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


_TWO_NAMES = compile_on_use(
    r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*"
)


# a list of names after "of", right before its last two: "Bureau of Alcohol, Tobacco, "; or
# after "in" or "from": "Most Republican voters in Alabama, Georgia and Virginia said" is the
# voters, not the states
_OF_A_LIST = compile_on_use(r"\b(?:of|in|from)\s+[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)*,\s*$")


# a past participle cue with its agent after "by", and no auxiliary: a reduced passive ("a call
# echoed by Japan on Saturday"); "by" with a channel ("testified by video link") is no agent
_REDUCED_PASSIVE = compile_on_use(
    r"\s+by\s+(?!(?:phone|telephone|video|email|e-mail|letter|text|satellite|fax|videolink|"
    r"conference|radio|mail|post)\b)(?:the\b|[A-Z])"
)


# the perfect's auxiliary before a participle: "has written", "had also written"
_PERFECT_BEFORE = compile_on_use(
    r"\b(?:has|have|had|having|’s|'s|’ve|'ve|’d|'d)\s+"
    r"(?:(?:also|not|never|already|since|now|just|even|[a-z]+ly)\s+)?$"
)


# "to" right before a cue: "goes on to say", "refused to comment"
_TO_RIGHT_BEFORE = compile_on_use(r"\bto\s+$")


# "rest assured that", "can be assured that": the writer's promise to the reader
_REST_ASSURED = compile_on_use(r"\b(?:[Rr]est|be)\s+$")


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
    # the cues of a poll's "said yes" answers (added last): no other rule reads them, so the
    # words after "yes" stay free for their own claims ("..., compared with 23 percent who said")
    answer_cues = (
        {a.cue for a in poll_answers(text, masked, sent_quotes, s_start, s_end, [])}
        if _YES_WORD.search(masked, s_start, s_end)  # the cheap test first
        else set()
    )

    def add(att: Attribution) -> None:
        if att.cue in answer_cues:
            return
        if att.cue is not None and _asks_a_price(text, att.cue):
            return
        running = _quotation_running_on(quotes, att, s_end)
        if running is not None:
            att.start, att.end, att.kind = running.start, running.end, "direct"
            att.rule = "direct:speaker-before"
        if att.cue is not None and _not_the_readers_words(masked, att, s_end):
            return
        if _not_a_person_that(masked, att):
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
                        # "after telling his aides he planned to adopt a more presidential
                        # tone": so is a pronoun's clause with no "that"
                        and not _ADDRESSEE_THEN_PRONOUN_CLAUSE.match(masked, m.end(), s_end)
                    )
                )
                # "Clinton clearly erred in saying that ...", "critics had a point in warning
                # that ...": after "in" only a verb of speech with its "that" (not "in calling
                # for a special prosecutor", nor "going in and saying")
                and not (
                    opening.group(1) == "in"
                    and (
                        " and" in masked[opening.start() : m.start()]
                        or not _THAT_NEXT.match(masked, m.end())
                        or base not in _CLAUSE_VERBS
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
                    if found
                    and not _described_by_writer(masked, found[-1])
                    and not _closed_before(text, masked, (s_start, s_end), found[-1], m.start())
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
            base == "ask"
            and m.group() == "asked"
            and _BE_AND_ADVERB_BEFORE.search(masked, max(s_start, m.start() - 25), m.start())
        ):
            # "Sanders was asked by host Bill Maher, "Now, you famously said ..."", "was asked
            # that question often": the subject was asked and said nothing; the question, its
            # asker after "by" or nobody named, is `unattributed_questions`'
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
            # "Schilling did not back down, even as advocates in the transgender community
            # called for his dismissal": the long subject of a call in a subordinate clause;
            # not a noun's ("While Sanders's clarion call for a "revolution" draws ...")
            or (
                base in _CALL_VERBS
                and m.group().split()[0] not in _CALL_NOUNS
                and _subject_after_subordinator(masked, s_start, cue[0], call=True)
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
            and (
                base in _CLAUSE_VERBS
                or base in _WEAK_CLAUSE_VERBS
                or _counted_act(masked, s_start, m.start(), base)
            )
            and _quantifier_subject(masked, s_start, cue[0], m.end())
        ):
            # "Some said they have cringed", "Many of them say", "Some accused Trump of inciting
            # violence": people the writer counts but does not name; a pronoun-like word is
            # never a speaker's name
            after = clause_after_cue(text, masked, sent_quotes, m.end(), s_end, base)
            if (
                after is not None
                and base not in _CLAUSE_VERBS
                and not _counted_act(masked, s_start, m.start(), base)
                and (
                    after[3] != "said-that"
                    or _MODAL_BEFORE.search(masked, max(s_start, m.start() - 12), m.start())
                )
            ):
                # "Many speculated that ...": a weak verb with its "that", done; not its object
                # ("Some reported spending") nor what some "will speculate"
                after = None
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
                # 'Sanders' plan would "end all the kinds of health care we know," Hillary
                # Clinton declared in an interview Thursday, in ...': the comma that sets the
                # speaker off may close the quotation the content ends with
                commaed = pre.endswith(",") or after_quote
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
                            or (commaed and _closing_frame(framed, m.end(), s_end))
                            # "..., he said, because nobody funded it": the reason goes on
                            # with the content before, not a clause of its own after the cue
                            or (commaed and _REASON_AFTER_FRAME.match(masked, m.end(), s_end))
                            or (
                                # "X had two interviews, officials said, the first by ...": a whole
                                # clause before a speaker set off by commas is the claim
                                commaed
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
            relative_open = content_before and _RELATIVE_AT_END.search(
                masked, content_before[0], content_before[1]
            )
            if relative_open:
                # "declarations, which, critics say, will add to the cost", "entrepreneurs -
                # all of whom, she explained, needed a boost": the frame sits inside a
                # relative clause, whose own words after it are what was said, not the words
                # before it
                rest = _RELATIVE_GOES_ON.match(masked, m.end(), s_end)
                if rest is None or not has_finite(text, rest.end(), s_end):
                    continue
                s, e = relative_open.start(), _trim(text, rest.end(), s_end)[1]
                s, e, kind = _partial_or_mixed(masked, sent_quotes, s, e)[:3]
                gap = (min(cue[0], subject[0]), rest.end())
                add(Attribution(s, e, kind, f"{kind}:speaker-inside", cue, subject, appositive,
                                0.8, gap=gap))  # fmt: skip
                continue
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
            aside = (
                after is not None
                and after[3] == "said-clause"
                and _AS_ASIDE_BEFORE.search(masked, max(s_start, subject[0] - 40), subject[0])
            )
            predicate_at = aside and _predicate_at(masked, after[0], after[1])
            if aside and predicate_at is not None:
                subject_at = _subject_before_aside(masked, s_start, aside.start())
                if subject_at is not None:
                    # "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally
                    # does not get back-to-back hurricanes": the subject before the aside and
                    # the predicate after it, the aside between
                    s, e = _trim(text, subject_at, after[1])
                    s, e, kind = _partial_or_mixed(masked, sent_quotes, s, e)[:3]
                    add(Attribution(s, e, kind, f"{kind}:speaker-inside", cue, subject, None,
                                    0.75, gap=(aside.start(), predicate_at)))  # fmt: skip
                # "her new Iowa ad, which — as columnist Jonathan Chait noted recently in New
                # York magazine — promises to ...", "And that, as Trump points out, is quite a
                # bit": an aside "as X noted" has what was noted in the sentence around it; a
                # predicate after it, its subject before the aside, is no clause of the cue's
                # (unlike "as The Times reported on Saturday, he has already emerged as ...")
                continue
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
            relative_open = _RELATIVE_AT_END.search(masked, s, e)
            if relative_open:
                # "through the courts which, said Mr Hopkins, "is part of the whole messy
                # conversation."": the frame sits inside a relative clause (as above)
                rest = _RELATIVE_GOES_ON.match(masked, speaker[1], s_end)
                if rest is None or not has_finite(text, rest.end(), s_end):
                    continue
                s, e = relative_open.start(), _trim(text, rest.end(), s_end)[1]
                s, e, kind = _partial_or_mixed(masked, sent_quotes, s, e)[:3]
                add(Attribution(s, e, kind, f"{kind}:speaker-inside", cue, speaker, None, 0.8,
                                gap=(cue[0], rest.end())))  # fmt: skip
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
    if _has_any(masked, s_start, s_end, (" is", " was", " has been", " had been", " remain")):
        # the cheap test first: "Rubio's response was that ..." needs its copula
        for nominal in _predicative_claims(text, masked, sent_quotes, s_start, s_end):
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
        for standing in poll_standings(text, masked, s_start, s_end):
            add(standing)
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
    if _ANSWER_WORD.search(masked, s_start, s_end):  # the cheap test first
        found = with_poll_answers(text, masked, sent_quotes, s_start, s_end, found)
    return found


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
