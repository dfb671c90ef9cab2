"""Whether words can be reported content (a clause, not an adverbial) and where a claim goes on
after a frame set off by commas or a split quote.
"""

from __future__ import annotations

import re

from factdb.extract.attribution.shared import (
    _ADVERBIAL_OPENERS,
    _AUX_IN_CUE,
    _DETERMINERS,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS_OPENING,
)
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import belief_verb_forms, reporting_verb_forms
from factdb.extract.mentions import CALENDAR, NOT_IN_PHRASE, PREPOSITIONS
from factdb.extract.quotes import MASK, Quote
from factdb.extract.verbs import FINITE_AUXILIARIES, FINITE_WORD, STRICT_FINITE, has_finite

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
