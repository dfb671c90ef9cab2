"""How content holding quotation marks is reported (direct or mixed; the `PARTIAL_QUOTES_AS_DIRECT`
flag, set by benchmarks/accuracy.py --mixed-partials), a speaker inside the claim ("The plan,
Smith said, would fail"), and the as-clause, passive-agent, poll and "reportedly" rules that
build on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factdb.extract.attribution.clause_tests import _is_clause
from factdb.extract.attribution.clipping import _clip_end
from factdb.extract.attribution.content_before_frame import (
    _after_dateline,
    _content_before,
    _content_kind,
    _may_hold_stamp,
    _quotes_in,
    _speakers_words,
)
from factdb.extract.attribution.record import Attribution, _trim
from factdb.extract.attribution.shared import (
    _ADVERBIAL_OPENERS,
    _CLAUSE_VERBS,
    _EVIDENCE_VERBS,
    _TIME_AFTER_CUE,
    _TIMESTAMP,
    _WEAK_CLAUSE_VERBS,
)
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import reporting_verb_forms, verb_class
from factdb.extract.mentions import (
    CALENDAR,
    LEAD_CONNECTIVE,
    PREPOSITIONS,
    after_openers,
    subject_after,
)
from factdb.extract.quotes import MASK, Quote
from factdb.extract.verbs import (
    FINITE_AUXILIARIES,
    FINITE_WORD,
    STRICT_FINITE,
    find_cues,
    has_finite,
)

# A single quoted fragment that is the gist of reported speech ("stated they were "closely
# tracking ..."") becomes a direct claim of the quoted words (the exact words are what a
# journalist checks); a short fragment in a longer clause keeps the clause, as mixed (see
# `_is_the_gist`). False keeps every such clause as one mixed claim, the PolNeAR convention;
# benchmarks/accuracy.py --mixed-partials measures the difference.
PARTIAL_QUOTES_AS_DIRECT = True


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


_FRAME_ONLY = frozenset(phrase.replace("_", " ") for phrase in verb_class("frame_only"))


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


_BY_AGENT = compile_on_use(r"\s+by\s+")  # "by MPs", "as reported by CNN": the agent


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
