"""One article in, every claim out: segmentation, quotes, attribution, speakers, hedges, dates.

The order matters: quotations are found before sentences (so a multi-sentence quote is one
unit), attributions before speakers (so coreference sees speakers in reading order), and
paragraph-level patterns (continuations, colon introductions, dash sign-offs) after the
sentence-level ones, because they reuse the speaker of the claim before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from heapq import heapify, heappop, heappush
from itertools import accumulate
from operator import attrgetter, itemgetter

from factdb.dates import FULL_DATE, MONTH, full_date_from_match, make_date, month_number
from factdb.extract.attribution import (
    Attribution,
    attribute_sentence,
    quoted_title,
    reads_anothers_text,
    widen_cue,
)
from factdb.extract.hedges import attach_hedges, find_hedges
from factdb.extract.lazy_regex import bounded_word_starts, compile_on_use
from factdb.extract.lexicon import (
    PREPOSITIONS,
    belief_verb_forms,
    pronoun_classes,
    reporting_verb_forms,
    trie_regex,
    verb_class,
    words,
)
from factdb.extract.mentions import (
    DATELINE,
    phrase_to_comma,
    sentence_subject,
    subject_after,
    subject_before,
)
from factdb.extract.metadata import read_metadata
from factdb.extract.quotes import MASK, Quote, find_quotes, marks_differ, mask_quotes
from factdb.extract.sentences import paragraphs, sentences, trimmed_spans
from factdb.extract.speakers import (
    SpeakerResolver,
    after_inverted_verb,
    bare_titles,
    group_of_people,
    is_age_description,
    is_epithet_description,
    mention_kind,
    split_role_and_name,
)
from factdb.extract.speech_acts import FAMILIES
from factdb.extract.types import (
    UNKNOWN_SPEAKER,
    ArticleExtraction,
    ArticleMeta,
    Claim,
    Span,
    Speaker,
)
from factdb.extract.verbs import FINITE_WORD, STRICT_FINITE, cue_base, find_cues, has_finite

# Stances the article ascribes (beliefs, findings, characterisations) are worth keeping only
# with a source to check them with; said words are kept with an unknown speaker.
_NEEDS_A_NAMED_SOURCE = (":belief", ":evidence", ":characterisation", ":nominal")
_DASH_SIGNOFF = compile_on_use(r"\s*[-—–―]{1,2}\s*(?=[A-Z])")
_MIN_UNATTRIBUTED_WORDS = 4
_MAX_FRAME_WORDS = 40  # a frame between two quotations of one statement; 15 split many  # shorter stand-alone quotes are slogans, titles or labels
_FROM_SPEAKER = compile_on_use(r"(?:And\s+|Now\s+)?(?:[Ff]rom|[Hh]ere\s+is|[Hh]ere's)\s+")
_SAID_ON = compile_on_use(
    rf"\b(?:[Oo]n|[Ll]ast)\s+(?:\w+day,?\s+)?(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<year>\d{{4}}))?"
)


@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    paragraph: int


class _Spans:
    """Overlap tests against fixed spans in log time: sorted starts and the running max end.

    Testing every paragraph or block against every span made long articles quadratic.
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # the spans starting before `end`
        return before > 0 and self._reach[before - 1] > start


# a sentence's opening word that links it to the one before: '," he said. Then, "I try ...'
_CONNECTIVE = compile_on_use(
    r"\s*(?:Then|Instead|But|And|Still|Yet|So|Now|Later|Again|Also|Finally|Meanwhile|However)"
    r"\b,?\s*(?=\x01)"
)


def _past_connective(masked: str, sentence: _Sentence) -> int:
    """Where a sentence's quotation starts when only a connective comes before it ('Then, "I
    try to explain it to them."'): the sentence goes on with the speaker before, as a
    quote-only sentence does."""
    found = _CONNECTIVE.match(masked, sentence.start, sentence.end)
    return found.end() if found else sentence.start


def _frame_only_quotes(masked: str, start: int, end: int) -> bool:
    """True when a stretch holds quotations and nothing but punctuation around them."""
    stretch = masked[start:end]
    return MASK in stretch and stretch.replace(MASK, "").strip(" \t,.;:!?—–-") == ""


def _year_of(meta: ArticleMeta, text: str) -> int | None:
    """The article's year: its publication date or dateline, else the first full date in it."""
    for value in (meta.published, meta.dateline_date):
        if value and re.match(r"\d{4}", value):
            return int(value[:4])
    return _first_year(text)


@lru_cache(maxsize=1)
def _first_year(text: str) -> int | None:
    """Cached for the article at hand: every dated claim asks, and a long article has many."""
    for match in FULL_DATE.finditer(text):
        parsed = full_date_from_match(match)
        if parsed is not None:
            return parsed.year  # the first full date, as full_dates(text)[0]
    return None


def _said_on(
    text: str, context: tuple[int, int], content: tuple[int, int], meta: ArticleMeta
) -> str | None:
    """ISO date of "On October 16, ... stated" / "in a briefing on October 15".

    Only the frame counts: a date inside the reported words ("an attack on October 3") says
    when something happened, not when it was said.
    """
    match = _SAID_ON.search(text, context[0], content[0]) or _SAID_ON.search(
        text, content[1], context[1]
    )
    if match is None:
        return None
    month = month_number(match.group("month"))
    day = int(match.group("day"))
    chosen_year = int(match.group("year")) if match.group("year") else _year_of(meta, text)
    if month is None or chosen_year is None:
        return None
    parsed = make_date(chosen_year, month, day)
    if (
        parsed
        and not match.group("year")
        and meta.published
        and parsed.isoformat() > meta.published
    ):
        parsed = make_date(chosen_year - 1, month, day)  # "on Dec. 30" in a January article
    return parsed.isoformat() if parsed else None


def _paragraph_attributions(
    text: str,
    masked: str,
    quotes: list[Quote],
    paras: list[tuple[int, int]],
    sents: list[_Sentence],
    found: list[Attribution],
) -> list[Attribution]:
    """Quote-only sentences and paragraphs that belong to a speaker named elsewhere."""
    extra: list[Attribution] = []
    covered = sorted((a.start, a.end) for a in found)
    starts = [c[0] for c in covered]

    def is_covered(q: Quote) -> bool:
        i = bisect_right(starts, q.start) - 1
        return i >= 0 and covered[i][1] >= q.end

    claimed = _Spans(covered)
    by_position = sorted(found, key=lambda a: a.start)
    found_starts = [a.start for a in by_position]
    opens = [q.open_at for q in quotes]
    chain = _LatestEnd(by_position, extra)
    orphan_at = -1  # the latest quotation left with no speaker: nothing continues across it
    for s_index, sentence in enumerate(sents):
        s_quotes = quotes[bisect_left(opens, sentence.start) : bisect_left(opens, sentence.end)]
        for q in s_quotes:
            if is_covered(q):
                continue
            tail_start = q.close_end
            para_end = paras[sentence.paragraph][1]
            # dash sign-off: "..." -Commissioner Starks
            dash = _DASH_SIGNOFF.match(masked, tail_start, para_end)
            if dash:
                speaker = subject_after(masked, dash.end(), para_end)
                if speaker is not None and masked[speaker[1] : para_end].strip(" .,") == "":
                    extra.append(
                        Attribution(q.start, q.end, "direct", "direct:dash-signoff", None, speaker,
                                    confidence=0.8, context=(sentence.start, para_end))
                    )  # fmt: skip
                    continue
            lead = _name_before_colon(masked, q, sentence.start)
            if (
                lead is not None
                and not claimed.overlaps(q.open_at, q.close_end)
                and not _headline_runs_on(masked, q, sentence.end, paras[sentence.paragraph])
            ):
                # 'Rep. Trey Gowdy (R-S.C.):"I have not heard ..."', '- Jeffrey M. Jones: "..."':
                # a transcript's or a digest's speaker label
                extra.append(
                    Attribution(q.start, q.end, "direct", "direct:name-colon", None, lead,
                                confidence=0.7, context=(sentence.start, sentence.end))
                )  # fmt: skip
                continue
            if not _frame_only_quotes(masked, _past_connective(masked, sentence), sentence.end):
                beside = _cue_beside(text, masked, q, sentence.start, sentence.end)
                if (
                    beside is not None
                    and q.words >= _MIN_UNATTRIBUTED_WORDS
                    and not claimed.overlaps(q.open_at, q.close_end)
                ):
                    # '"...," said vice-chairman Vivek Paul': said words whose speaker the
                    # patterns missed are kept, with the words beside the verb as speaker
                    # when they stand alone, else with no speaker
                    cue, speaker = beside
                    rule = "direct:cue-beside" if speaker else "direct:speaker-unfound"
                    if speaker is None:
                        speaker = _participle_subject(masked, sentence, cue)
                        rule = "direct:participle-subject" if speaker else rule
                    extra.append(
                        Attribution(q.start, q.end, "direct", rule, cue, speaker,
                                    confidence=0.6 if speaker else 0.4,
                                    context=(sentence.start, sentence.end))
                    )  # fmt: skip
                elif (
                    beside is None
                    and q.words >= _MIN_UNATTRIBUTED_WORDS
                    and (framer := _colon_frame(text, masked, q, sentence)) is not None
                    and not claimed.overlaps(q.open_at, q.close_end)
                ):
                    # 'Mr Dean is confident though: "I think ..."', 'Christie gloated: "..."':
                    # the sentence's subject hands over to the quotation it ends with
                    extra.append(
                        Attribution(q.start, q.end, "direct", "direct:colon-frame",
                                    framer[1], framer[0], confidence=0.6,
                                    context=(sentence.start, sentence.end))
                    )  # fmt: skip
                elif beside is None and (
                    _quote_with_tail(text, masked, q, sentence)
                    or _quote_after_lead(text, masked, q, sentence)
                ):
                    # '"A," said Mr. Kirk, .... "B" or to control the arsenal.': the words the
                    # frame split off go on, with a few of the writer's after them
                    last = _continued_claim(text, masked, paras, sents, chain, q, sentence,
                                            by_position)  # fmt: skip
                    if _goes_on_in_paragraph(text, masked, paras, last, q, sentence, orphan_at):
                        _join_as_split(last, q, sentence, chain)
                    elif q.words >= _MIN_UNATTRIBUTED_WORDS:
                        orphan_at = q.open_at
                elif q.words >= _MIN_UNATTRIBUTED_WORDS:
                    orphan_at = q.open_at  # said words, not a scare quote or a title
                continue
            # colon introduction in the previous paragraph: "And from the chairwoman:"
            p_index = sentence.paragraph
            para_start = paras[p_index][0]
            if sentence.start == para_start and p_index > 0:
                prev_start, prev_end = paras[p_index - 1]
                if _introduces_quote(masked, prev_start, prev_end):
                    cue = None
                    speaker = (
                        None  # "The New York Times reports:": the cue's subject, found below
                        if _ends_with_cue(masked, prev_start, prev_end - 1)
                        else subject_before(masked, prev_start, prev_end - 1)
                    )
                    from_who = _FROM_SPEAKER.match(masked, prev_start, prev_end)
                    if speaker is None and from_who:
                        speaker = subject_after(masked, from_who.end(), prev_end - 1)
                    if speaker is None:
                        speaker, cue = _speaker_of_intro(masked, prev_start, prev_end)
                    if speaker is not None:
                        extra.append(
                            Attribution(q.start, q.end, "direct", "direct:colon-intro", cue,
                                        speaker, confidence=0.75, context=(prev_start, sentence.end))
                        )  # fmt: skip
                        continue
            # continuation of the previous claim: same or previous paragraph, a direct quote
            last = _continued_claim(text, masked, paras, sents, chain, q, sentence, by_position)
            if last is not None and max(last.end, last.context[1]) < orphan_at:
                # 'X told ...: "A." Mr Gunness disagreed: "B." "C."': B has no speaker found,
                # so C may be his, not X's
                last = None
            if (
                last is not None
                and (last.kind == "direct" or _mixed_goes_on(masked, last))
                and _joins_previous_quote(text, paras, last, q, sentence)
                and _frame_between(text, masked, last.end, q.open_at)
                and not _closes_an_aside(text, last.context[1])
            ):
                # '"A," he said in the interview. "B."': one statement split by its frame, one
                # claim, as for a split quote inside a sentence; so is a quotation that goes on
                # in the next paragraph after the frame ends the first.
                _join_as_split(last, q, sentence, chain)
                continue
            if last is not None and last.mention is not None:
                extra.append(
                    Attribution(q.start, q.end, "direct", "direct:continuation", None, last.mention,
                                last.appositive, confidence=0.7,
                                context=(sentence.start, sentence.end))
                )  # fmt: skip
            else:
                subject = (
                    _subject_just_before(masked, sents, s_index, q, paras, by_position)
                    if q.words >= _MIN_UNATTRIBUTED_WORDS
                    else None
                )
                if subject is not None:
                    # 'Mr Valentine, who grew up in Argentina, agreed. "If I have to save ..."':
                    # the one person the sentence before is about says the words after it
                    extra.append(
                        Attribution(q.start, q.end, "direct", "direct:previous-subject", None,
                                    subject, confidence=0.5,
                                    context=(sents[s_index - 1].start, sentence.end))
                    )  # fmt: skip
                    continue
                closer = _run_closed_by_frame(text, quotes, opens, q, by_position, found_starts)
                if closer is not None:
                    # '"A. "B," said Dr Carpenter.': paragraphs run together, one quotation
                    # whose frame follows its last piece; the earlier pieces are that
                    # speaker's too
                    extra.append(
                        Attribution(q.start, q.end, "direct", "direct:run-frame", closer.cue,
                                    closer.mention, closer.appositive, confidence=0.7,
                                    context=(sentence.start, max(sentence.end, closer.context[1])))
                    )  # fmt: skip
                    continue
                if q.words < _MIN_UNATTRIBUTED_WORDS:
                    continue
                if q.words >= _STRAY_MARK_WORDS and _WRITERS_FRAME.search(text, q.start, q.end):
                    # '"A man suspected of shooting three people ... was arrested ...,
                    # authorities said. Police said ...': a stray mark before the writer's own
                    # sentences, each with its source, paired with another far on; no quotation
                    continue
                # a quotation standing alone with nobody named: kept, with no speaker
                extra.append(
                    Attribution(q.start, q.end, "direct", "direct:unattributed", None, None,
                                confidence=0.4, context=(sentence.start, sentence.end))
                )  # fmt: skip
    return extra


def _run_closed_by_frame(
    text: str,
    quotes: list[Quote],
    opens: list[int],
    q: Quote,
    by_position: list[Attribution],
    found_starts: list[int],
) -> Attribution | None:
    """The direct claim whose frame closes the run of quotations `q` opens, when `q` is a piece
    of one: it ends a sentence unclosed and the next piece opens right after it, as where the
    paragraphs of one quotation ran together ('"The actual number ... is limited to four
    billion IP addresses. "That clearly is not enough ... "It has much larger address space
    possibilities," said Dr Carpenter.'). The run's last piece must be said words with the
    frame after them; None when a piece closes with no frame after it or nothing follows."""
    index = bisect_left(opens, q.open_at)
    piece = q
    while not piece.closed and piece.paragraphs == 1 and index + 1 < len(quotes):
        following = quotes[index + 1]
        if piece.end <= piece.start or text[piece.end - 1] not in ".?!":
            return None
        if not _reads_as_said(text, piece):
            return None
        if text[piece.end : following.open_at].strip():
            return None  # the writer's words between: no run
        at = bisect_left(found_starts, following.start)
        claim = by_position[at] if at < len(by_position) else None
        if claim is not None and claim.start < following.close_end:
            framed = (
                claim.kind == "direct"
                and claim.mention is not None
                and claim.mention[0] >= following.close_end
            )
            return claim if framed else None
        piece, index = following, index + 1
    return None


# a sentence's start inside a quotation
_INNER_SENTENCE = compile_on_use(r"[.?!] +(?=[A-Z])")
# any double quotation mark
_DOUBLE_MARK = compile_on_use(r"[\"“”«»„]|''")


def _reads_as_said(text: str, piece: Quote) -> bool:
    """Whether a piece of a run of quotations reads as one speaker's words all through. A
    closing mark the writer left out swallows the writer's next sentences ('"... don't have to
    overreact when this happens. Meanwhile, Egypt FA spokesman Methat Shalaby welcomed the
    apology and said ...', '"... I am fit enough. Bosvelt joined City from Feyenoord in
    2003 ...'): a stray mark, a reporting cue, or a sentence about someone named by name
    tells so."""
    if _DOUBLE_MARK.search(text, piece.start, piece.end) or find_cues(text, piece.start, piece.end):
        return False
    for inner in _INNER_SENTENCE.finditer(text, piece.start, piece.end):
        subject = sentence_subject(text, inner.end(), piece.end)
        if subject is not None:
            said_by = text[subject[0] : subject[1]]
            if said_by[:1].isupper() and said_by.lower() not in pronoun_classes():
                return False
    return True


_STRAY_MARK_WORDS = 60  # a quotation this long that holds the writer's frame is none
# the writer's frame closing a sentence: ", authorities said.", ", Troy police Lt. Gerry
# Scherlinck said." (inside a quotation the frame stands after its closing mark)
_WRITERS_FRAME = compile_on_use(
    r", (?:[a-z]+|(?:[A-Z][\w.]*\s+){0,4}[A-Z][\w.]*) (?:said|says|told [a-z]+)\.(?:\s|$)"
)


# what closes an aside after its last word: a bracket or a dash
_ASIDE_CLOSE = compile_on_use(r"\s*(?:[)\]]|—|–|-(?=\s))")


def _closes_an_aside(text: str, end: int) -> bool:
    """Whether the sentence ending at `end` was an aside, its bracket or dash closing next:
    "''faith that reveals itself through good works, not loud words,'' he said - and argued
    for nominating a Republican who can win ...": the writer's sentence goes on after the
    aside, so the next quotation is no second half of the aside's."""
    return _ASIDE_CLOSE.match(text, end) is not None


def _join_as_split(last: Attribution, q: Quote, sentence: _Sentence, chain: _LatestEnd) -> None:
    """Make quotation `q` the last piece of claim `last`, its frame between them. After
    reported speech with quoted words ('Some ... are "based on ...," said Jon Alterman, ....
    "A long paper ..."') the frame is the gap between the claim's two pieces."""
    if last.kind == "mixed":
        last.gap = (last.end, q.start)
    last.end = q.end
    chain.moved(last)
    last.context = (last.context[0], max(last.context[1], sentence.end))
    last.rule = last.rule.split(":")[0] + ":split"


def _quote_with_tail(text: str, masked: str, q: Quote, sentence: _Sentence) -> bool:
    """Whether a sentence is said words that open it, with only a few of the writer's words
    after them and no cue or other quotation ('"They agree with him on issues, but they
    aren't there yet" to support him as a candidate.'): the quotation may go on with the
    statement before, as a quote-only sentence does. Not a title or a slogan ('"Obamacare"
    is ...'). A comma ending the quotation leaves a frame's place ('"I just couldn't seem to
    think of things to say," a crestfallen Mr Lim confided'), so it and a tail naming
    someone are left alone."""
    if q.words < _MIN_UNATTRIBUTED_WORDS or not q.closed or q.paragraphs != 1:
        return False
    if masked[_past_connective(masked, sentence) : q.open_at].strip():
        return False
    tail = masked[q.close_end : sentence.end].rstrip(" .!?")
    return (
        _WRITERS_TAIL.match(tail) is not None
        and len(tail.split()) <= _MAX_TAIL_WORDS
        and MASK not in tail
        and not text[q.start : q.end].rstrip().endswith(",")
        and not find_cues(masked, q.close_end, sentence.end)
        and not _title_like(text[q.start : q.end])
        and not _names_another_person(
            masked, q.close_end, sentence.end, masked[sentence.start : sentence.end]
        )
    )


# a possessive ending ("Trump's")
_POSSESSIVE_END = compile_on_use(r"[’']s$")


def _quote_after_lead(text: str, masked: str, q: Quote, sentence: _Sentence) -> bool:
    """Whether a sentence ends with said words after a few of the writer's that name no one
    and hold no cue ('Unless further rivals quit the race, "it's very difficult to see how he
    is stopped."', 'He has directed "a very ambitious internal reorganization."'): the
    quotation may go on with the statement before. The writer's words stay out of it. Words
    that may name someone else ('It is a view shared by Rooney, who believes "..."', 'Rooney
    was "not so sure."'), a belief or a cue may bring in a new speaker, so the lead must open
    with a function word or a pronoun and hold no other capital."""
    if q.words < _MIN_UNATTRIBUTED_WORDS or not q.closed or q.paragraphs != 1:
        return False
    if masked[q.close_end : sentence.end].strip(" .!?"):
        return False
    start = _past_connective(masked, sentence)
    lead = masked[start : q.open_at].split()
    if not lead or len(lead) > _MAX_TAIL_WORDS or any(w[:1].isupper() for w in lead[1:]):
        return False
    opening = _POSSESSIVE_END.sub("", lead[0].lower())
    return (
        (opening in words("function_words") or opening in pronoun_classes())
        and MASK not in masked[start : q.open_at]
        and ":" not in masked[start : q.open_at]
        and not find_cues(masked, start, q.open_at)
        and not belief_verb_forms().keys() & {w.lower().strip(",;") for w in lead}
        and not _title_like(text[q.start : q.end])
    )


# the writer's words after a quotation that opens a sentence: a lower-case word, no comma
_WRITERS_TAIL = compile_on_use(r"\s+[a-z]")
_MAX_TAIL_WORDS = 12


def _goes_on_in_paragraph(
    text: str,
    masked: str,
    paras: list[tuple[int, int]],
    last: Attribution | None,
    q: Quote,
    sentence: _Sentence,
    orphan_at: int,
) -> bool:
    """Whether quotation `q` goes on with the claim `last` in its own paragraph, with only the
    claim's frame between them and no quotation left unattributed since. The claim must be
    a quotation with its own frame ('"A," X said.', 'X's "A," Mr. Solomon said.'): after a
    fragment in the writer's report ('confirmed that it was "working on ..."', 'noted the
    "senseless, tragic deaths" of ...') the next sentence is the writer's too."""
    return (
        last is not None
        and (
            (last.kind == "direct" and not last.rule.endswith("partial"))
            or last.rule == "mixed:speaker-after"
        )
        and max(last.end, last.context[1]) >= orphan_at
        and sentence.paragraph == _paragraph_of(paras, last.end)
        and _frame_between(text, masked, last.end, q.open_at)
    )


# a sentence that only names the source of the one before it: "That's according to exit polls."
_THAT_ACCORDING = compile_on_use(r"(?:That|This)(?:[’']s|\s+is|\s+was)\s+according\s+to\s+")


def _sourced_after(masked: str, sents: list[_Sentence]) -> list[Attribution]:
    """Claims whose source the next sentence names and nothing else ('Sanders' campaign says
    it raised $21 million in January. That's according to fundraising reports filed on
    Saturday.'): the sentence before, in the same paragraph or the one before, is what the
    source says. Not when that sentence holds a quotation, whose speaker is its own."""
    extra: list[Attribution] = []
    for index in range(1, len(sents)):
        sentence, prev = sents[index], sents[index - 1]
        lead = _THAT_ACCORDING.match(masked, sentence.start, sentence.end)
        if lead is None or sentence.paragraph - prev.paragraph > 1:
            continue
        source_end = sentence.end - 1 if masked[sentence.end - 1] == "." else sentence.end
        source = _closing_source(masked, lead.end(), source_end)
        if source is None or source[0] != lead.end():
            continue
        start, end = prev.start, prev.end
        while end > start and masked[end - 1] in ".!? ":
            end -= 1
        if MASK in masked[start:end] or end <= start:
            continue
        extra.append(
            Attribution(start, end, "indirect", "indirect:according-to-previous",
                        (lead.end() - len("according to "), lead.end() - 1), source,
                        confidence=0.7, context=(start, sentence.end))
        )  # fmt: skip
    return extra


_RELATIVE = compile_on_use(r"\s(?:who|that|which)\s")


def _closing_source(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """The source that ends a sentence after "according to": the whole phrase when it has no
    verb ("early results of exit polls conducted for the AP"), else up to its relative clause
    ("an expert panel which gathered at ...", "fundraising reports through Jan. 31 that the
    campaign is filing"), else the noun phrase a name or role opens."""
    whole = phrase_to_comma(masked, start, end)
    if whole is not None:
        return whole
    relative = _RELATIVE.search(masked, start, min(end, start + 80))
    if relative is not None:
        before = phrase_to_comma(masked, start, relative.start())
        if before is not None:
            return before
    return subject_after(masked, start, end)


def _in_lead(claim: Attribution, sourced: Attribution) -> bool:
    """Whether `claim` is the "That is" of the sentence naming `sourced`'s source, read by
    the sentence patterns as the source's whole claim."""
    assert sourced.cue is not None
    return sourced.context[1] > claim.start >= sourced.end and claim.end <= sourced.cue[0]


# a run of capitalised words that may name another person in the sentence before a quotation
_NAME_RUN = compile_on_use(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+")
_PERSONAL_SUBJECTS = frozenset({"he", "she"})
# a name and a verb of going on right after a quotation: its speaker, in a sentence of its own
_SPEAKER_AFTER = compile_on_use(
    r"[ \t]*(?:[A-Z][\w.’'-]*\s+){1,3}(?:went\s+on|continued|added|said|says|asked|replied)\b"
)


# a verb right after a subject that tells what the subject said of something, the quotation
# after it the words: "criticised the existing system.", "welcomed the move."
_VERBAL_STANCE = compile_on_use(
    r"\s+(?:(?:also|later|then|strongly|sharply|publicly|swiftly|quickly)\s+)?"
    r"(?:criticised|criticized|condemned|attacked|welcomed|praised|defended|hailed|slammed|"
    r"blasted|dismissed|rejected|questioned)\s"
)


def _person_after_role(said_by: str, sentence: str) -> bool:
    """Whether a subject read as a body by its words is a role and a person's name after it
    ("Fostering Network executive director Robert Tapsfield": the network's director)."""
    name, role = split_role_and_name(said_by)
    return role is not None and " " in name and mention_kind(name, sentence) == "person"


def _subject_just_before(
    masked: str,
    sents: list[_Sentence],
    s_index: int,
    q: Quote,
    paras: list[tuple[int, int]],
    by_position: list[Attribution],
) -> tuple[int, int] | None:
    """The subject of the sentence right before a quotation that opens its own sentence with
    no cue, when that subject is a name or "he"/"she" and the sentence names no other person
    ('Mr MacDonald believes that detainees should be entitled to a trial. "My own view is
    ..."'); None otherwise ('Best actor Foxx could not make the ceremony, but actress Helen
    Mirren read out his acceptance speech. "I'm honoured ..."' names two).

    The subject must already speak in the article (a name) or just before (a pronoun): the
    person a sentence is about may be whom the quotation is about ('Bob, in worldwide terms,
    is the greatest music star', said of Bob Marley by someone else)."""
    here = sents[s_index]
    if s_index == 0 or not _stands_alone(masked, here, q):
        return None
    prev = sents[s_index - 1]
    if here.paragraph - prev.paragraph > 1 or MASK in masked[prev.start : prev.end]:
        return None
    subject = sentence_subject(masked, prev.start, prev.end)
    if subject is None:
        return None
    said_by = masked[subject[0] : subject[1]]
    sentence = masked[prev.start : prev.end]
    pronoun = said_by.lower() in _PERSONAL_SUBJECTS
    named = (
        said_by[:1].isupper()
        and said_by.lower() not in pronoun_classes()
        and (mention_kind(said_by, sentence) == "person" or _person_after_role(said_by, sentence))
    )
    if not (pronoun or named):
        return None
    earlier = [a for a in by_position if a.mention is not None and a.end <= prev.end]
    if pronoun:
        # "he" or "she" right after someone spoke, in this paragraph or the one before
        floor = paras[max(0, prev.paragraph - 1)][0]
        if not any(a.start >= floor for a in earlier):
            return None
    elif not any(
        masked[a.mention[0] : a.mention[1]].split()[-1:] == said_by.split()[-1:] for a in earlier
    ) and not (find_cues(masked, subject[1], prev.end) or _VERBAL_STANCE.match(masked, subject[1])):
        # a name that has not spoken yet, unless the sentence tells of its speaking, by a
        # reporting verb or a verb of what the name said of something ('Fostering Network
        # executive director Robert Tapsfield criticised the existing system. "There is just
        # no logic ..."')
        return None
    if _names_another_person(masked, subject[1], prev.end, sentence):
        return None
    return subject


# a participle frame's verb right before its quotation: 'Groening recently heaped praise on
# The Office, saying: "..."', 'Mr Houston was quoted in the Herald newspaper saying: "..."'
# ('... quoted its five-year plan, as saying: "..."' quotes the plan, not its subject)
_FRAME_PARTICIPLE = compile_on_use(r"(?:,\s*|\s)(?<!\bas\s)(?:saying|adding|declaring|writing)$")


def _participle_subject(
    masked: str, sentence: _Sentence, cue: tuple[int, int]
) -> tuple[int, int] | None:
    """The sentence's subject as the speaker of the quotation its participle frame hands over
    to, when the subject is a name and nobody else is named between ('Stallone, 71, appeared
    not to have enjoyed her time in the house saying: "I'm a total wreck"'). Another name may
    be whom the participle is about or who says it ('The poster shows Mr Howard hypnotising
    people with a pocket watch, saying: "..."'), so it leaves the speaker unfound."""
    if _FRAME_PARTICIPLE.search(masked, sentence.start, cue[1]) is None:
        return None
    subject = sentence_subject(masked, sentence.start, cue[0])
    if subject is None:
        return None
    said_by = masked[subject[0] : subject[1]]
    sentence_text = masked[sentence.start : sentence.end]
    if (
        not said_by[:1].isupper()
        or said_by.lower() in pronoun_classes()
        or mention_kind(said_by, sentence_text) != "person"
        or _RELATIVE_BETWEEN.search(masked, subject[1], cue[0])
        or _QUOTES_ANOTHER.search(masked, subject[1], cue[0])
        or _names_another_person(masked, subject[1], cue[0], sentence_text)
    ):
        return None
    return subject


# an active verb of quoting or citing: its object says the words ('Des Browne quoted the
# plan, saying'); the passive keeps the subject as speaker ('Mr Houston was quoted ... saying')
_QUOTES_ANOTHER = compile_on_use(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )\b(?:quot|cit)(?:ed|es|ing|e)\b"
)
# a relative clause between a subject and its participle, whose doer the participle may be
_RELATIVE_BETWEEN = compile_on_use(r"\b(?:who|whom|whose|which|that)\b")


def _stands_alone(masked: str, sentence: _Sentence, q: Quote) -> bool:
    """Whether a quotation is its sentence's only words and nothing after it names a speaker
    ('"You know, it happens, right?" Trump went on')."""
    if masked[sentence.start : q.open_at].strip():
        return False
    if masked[q.close_end : sentence.end].strip(" .,;:\n"):
        return False
    return _SPEAKER_AFTER.match(masked, q.close_end) is None


def _names_another_person(masked: str, start: int, end: int, sentence: str) -> bool:
    """Whether capitalised words after the subject name another person (not "in the United
    States", a place or a body after "the")."""
    for run in _NAME_RUN.finditer(masked, start, end):
        if masked[max(0, run.start() - 4) : run.start()].lower() == "the ":
            continue
        if mention_kind(run.group(), sentence) == "person":
            return True
    return False


# what may separate a speaker label from the words before it: a dash, or nothing
_LABEL_START = compile_on_use(r".*(?:\s[-—–]\s*|\s-(?=[A-Z]))", re.DOTALL)


# a paragraph opening with a bullet's dash
_BULLET = compile_on_use(r"\s*[-—–]\s+(?=[A-Z])")
# a capitalised word
_NAME_RUN_WORDS = compile_on_use(r"\b[A-Z][\w'’-]+")
_MORE_FROM = compile_on_use(r"\s*(?:[Mm]ore\s+|[Aa]nd\s+)?from\s+")
_LABEL_NOT_NAME = frozenset(["on", "about", "to", "after", "before", "vs", "vs.", "in", "at"])


# "Here's Clinton in December 1992:", "Here is Obama on Tuesday:": a presentative frame, the
# name then a phrase of time or place
_HERE_IS_NAME = compile_on_use(
    r"\s*Here(?:[’']s|\s+is)\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    r"(?:\s+(?:in|on|at|during|back\s+in)\s+[^:\x01]{1,40})?\s*$"
)


def _name_before_colon(masked: str, quote: Quote, s_start: int) -> tuple[int, int] | None:
    """The speaker label before a colon right before a quotation, when the label is nothing
    but a name phrase: no verb, so it is no sentence introducing the quote ("voiced in his
    famous demand in Berlin in 1987:")."""
    colon = masked.rfind(":", s_start, quote.open_at)
    if colon < 0 or masked[colon + 1 : quote.open_at].strip():
        # a digest's bullet with no colon: '- Bolton boss Sam Allardyce "I am bitterly ..."'
        bullet = _BULLET.match(masked, s_start, quote.open_at)
        if bullet is None:
            return None
        s_start, colon = bullet.end(), quote.open_at
        while masked[colon - 1].isspace():
            colon -= 1
        if (
            len(_NAME_RUN_WORDS.findall(masked, s_start, colon)) < 2
            or not masked[colon - 1].isalpha()
        ):
            return None  # '- Compelling "failing and rogue states"': a list's item, no name
    label = _LABEL_START.match(masked, s_start, colon)
    start = label.end() if label else s_start
    more = _MORE_FROM.match(masked, start, colon)
    start = more.end() if more else start
    # 'Said Williams: "..."', 'Added Mr Howard: "..."': the frame's verb before the name
    start = after_inverted_verb(masked, start, colon) or start
    here = _HERE_IS_NAME.match(masked, start, colon)
    if here is not None and mention_kind(here.group("name"), "") == "person":
        # 'Here's Clinton in December 1992: "..."': the one presented speaks, when or where
        # the phrase after the name says; not "Here's The Latest:", no one's name
        start, colon = here.start("name"), here.end("name")
    stretch = masked[start:colon]
    said = stretch.lower().split()
    if (
        not said
        or MASK in stretch
        or len(said) > 8
        or _label_has_verb(stretch)
        or _LABEL_NOT_NAME & set(said)  # "CNN President On Trump:", "Gillibrand on Hillary"
        or not any(word[:1].isupper() for word in stretch.split())
    ):
        return None
    subject = subject_before(masked, start, colon)
    if subject is None or masked[start : subject[0]].strip(" -—–"):
        return None  # the name must be the whole label
    return subject


def _label_has_verb(label: str) -> bool:
    """Whether a speaker label has a verb, which makes it a sentence or a headline, not a name:
    any word of a headline in title case ("Trump Addresses Munich Attack:"), but only the
    lower-case words of one in sentence case, where a capital starts a name ("Manchester
    United boss Sir Alex Ferguson:", "Blackburn boss Mark Hughes:", not "united" or "mark")."""
    words_in = label.split()
    lower = [word for word in words_in if not word[:1].isupper()]
    if not lower:
        return has_finite(label.lower())
    return has_finite(" ".join(lower).lower())


def _headline_runs_on(masked: str, quote: Quote, s_end: int, para: tuple[int, int]) -> bool:
    """Whether a headline's words go on after the quotation its label introduced ("Sidney
    Blumenthal: ‘No Idea’ If I Would Have Told Hillary ..."): the quotation only opens what the
    speaker is credited with, the whole headline (read by _headlines). A paragraph longer than
    a headline keeps the quotation alone, whatever follows it."""
    if len(masked[quote.close_end : s_end].split(maxsplit=2)) <= 2:
        return False
    return len(masked[para[0] : para[1]].split(maxsplit=_HEADLINE_WORDS)) <= _HEADLINE_WORDS


def _cue_beside(
    text: str, masked: str, quote: Quote, s_start: int, s_end: int
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The reporting verb that sets a quotation off as said words, and the words that name its
    speaker when they stand alone beside it. The verb comes after the quotation ('"...," said
    vice-chairman Vivek Paul', '"...," investment bank Merrill Lynch said') when the quotation
    ends with a comma, question or exclamation mark, or right before it ('..., said, "..."',
    whose subject is too far back to name). A title or scare quote ('the film "The Aviator"
    opened') has neither."""
    ahead = find_cues(masked, max(s_start, quote.open_at - 30), quote.open_at)
    if ahead and re.fullmatch(r"\s*[,:]\s*", masked[ahead[-1].end() : quote.open_at]):
        cue = ahead[-1]
        if cue_base(cue.group()) in _QUOTE_ONLY and quoted_title(text, quote):
            return None  # 'One of his recent reads, "This Kind of War,"': a book's title
        # 'Whether the issue is ..., Mr. Garin added, "it becomes harder ..."': the words alone
        # between a comma and the verb name who added it
        comma = masked.rfind(",", max(s_start, cue.start() - 60), cue.start())
        speaker = _speaker_words(masked, comma + 1, cue.start()) if comma >= 0 else None
        if speaker is not None and _speaker_words(masked, s_start, comma) is not None:
            speaker = None  # 'Charlotte Moore, Controller BBC One says:': the aside is her role
        return (cue.start(), cue.end()), speaker
    closing = text[quote.end - 1] if quote.end > quote.start else ""
    if closing not in ",?!" and not masked.startswith(",", quote.close_end):
        return None
    if len(masked[s_start : quote.open_at].split()) > 1:
        return None  # 'Despite his "brash personality," X wrote': a fragment of other words
    limit = min(s_end, quote.close_end + 120)
    after = find_cues(masked, quote.close_end, limit)
    if not after:
        return None
    cue = after[0]
    between = masked[quote.close_end : cue.start()]
    if MASK in between or re.search(r"[;!?]", between) or len(between.split()) > 12:
        return None
    if has_finite(between):
        return None  # '"...," he wrote in a book that was published': the verb is not its cue
    if cue_base(cue.group()) in _QUOTE_ONLY and reads_anothers_text(masked, cue.end(), s_end):
        return None  # '"...," the young widow read from the teen's letter': the teen's words
    speaker = _speaker_words(masked, quote.close_end, cue.start())
    if speaker is None and not between.strip(" ,"):
        stop = _SPEAKER_STOP.search(masked, cue.end(), s_end)
        if cue_base(cue.group()) in _QUOTE_ONLY:
            # '"...," reads a telephone memo for Mr Heath': the text that reads so speaks, not
            # the one it was written for
            stop = _FOR_WHOM.search(masked, cue.end(), stop.start() if stop else s_end) or stop
        speaker = _speaker_words(masked, cue.end(), stop.start() if stop else s_end, after=True)
    return (cue.start(), cue.end()), speaker


_QUOTE_ONLY = verb_class("quote_only")
_FOR_WHOM = compile_on_use(r"\sfor\b")


# where words naming a speaker after its verb end: punctuation, a preposition, a participle
_SPEAKER_STOP = compile_on_use(
    r"[,;:()—–\x01]|(?<!\b[A-Z])(?<!Mr|Ms|Dr|Jr|Sr|St)(?<!Mrs|Sen|Rep|Gov|Gen)\."
    r"|\s(?:of|in|on|at|after|before|during|when|while|as|about|from|to|"
    r"who|which|referring|speaking|adding|saying)\b|\s[a-z]+ing\b"
)


_AS_LEAD = compile_on_use(r"as\s+(?=\S)")
# a weekday ending the words after a verb
_WEEKDAY_AFTER = compile_on_use(r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")


def _speaker_words(
    masked: str, start: int, end: int, after: bool = False
) -> tuple[int, int] | None:
    """The stretch as a speaker mention, when it is one: up to eight words with no verb, a
    capitalised word or a determiner among them ("vice-chairman Vivek Paul", "the
    34-year-old"), trimmed of commas and spaces.

    `after` the verb, a stretch ending in a name keeps words the rough verb test reads as
    verbs ('said the company's advanced threat researcher Paul Ferguson', 'said Microsoft
    security response communications head Christopher Budd'): no clause runs on there
    without an auxiliary, a conjunction or a pronoun."""
    while start < end and masked[start] in " ,\t\n":
        start += 1
    while end > start and masked[end - 1] in " ,\t\n.":
        end -= 1
    as_clause = _AS_LEAD.match(masked, start, end)
    if as_clause is not None:
        start = as_clause.end()  # '"...," as Smith noted': "as" opens the clause, names no one
    if after:
        when = _WEEKDAY_AFTER.search(masked, start, end)
        if when is not None:
            end = when.start()  # '"...," said detective Joe Coffey Monday': when he said it
    stretch = masked[start:end]
    said = stretch.split()
    if not said or len(said) > 8 or MASK in stretch:
        return None
    if has_finite(stretch) and not (
        after
        and said[-1][:1].isupper()
        and STRICT_FINITE.search(stretch) is None
        and not any(w.lower() in pronoun_classes() for w in said)
    ):
        return None
    if not (any(w[:1].isupper() for w in said) or said[0].lower() in ("the", "a", "an")):
        return None
    return start, end


def _joins_previous_quote(
    text: str, paras: list[tuple[int, int]], last: Attribution, q: Quote, sentence: _Sentence
) -> bool:
    """Whether quotation `q` goes on with the claim `last` ended: in the same paragraph, or as
    the next paragraph when it is one whole quotation and no section heading ("'Legend in
    the Coal Fields.'"), as PolNeAR annotates a speaker's run of quoted paragraphs."""
    gap = sentence.paragraph - _paragraph_of(paras, last.end)
    if gap == 0:
        return True
    if gap > 1 or q.paragraphs != 1 or not q.closed:
        return False
    return not _title_like(text[q.start : q.end])


_MASKED_RUN = compile_on_use(MASK + "+")


def _frame_between(text: str, masked: str, end: int, open_at: int) -> bool:
    """Only the rest of the first quotation's sentence between two quotations ('," he said. "'),
    however long its speaker's appositive ('," said Robert Mason, a University of Washington
    professor who has researched ... "'), and the titles it names ('," Sanders said on CNN's
    "State of the Union" Sunday. "'): PolNeAR annotates both as one attribution."""
    start = end
    while start < open_at and masked[start] == MASK:
        start += 1  # from the closing mark on
    if len(masked[start:open_at].split()) > _MAX_FRAME_WORDS:
        return False
    return _only_titles_quoted(text, masked, start, open_at)


def _only_titles_quoted(text: str, masked: str, start: int, end: int) -> bool:
    """Whether every quotation in the stretch is a title ('On "Face the Nation," Sanders
    identified ...'), or there is none: the stretch is the writer's, no one's quoted words."""
    return all(
        _title_like(text[run.start() : run.end()], _title_small_words())
        for run in _MASKED_RUN.finditer(masked, start, end)
    )


def _title_like(quoted: str, small: frozenset[str] = frozenset()) -> bool:
    """A quoted name or heading: a few words, each long one capitalised ("Shark Tank", "State of
    the Union", "Legend in the Coal Fields") but for the `small` ones, not words someone said."""
    said = [w.strip("'’") for w in re.findall(r"[\w’'-]+", quoted)]  # '' as marks, too
    return len(said) <= 8 and all(
        w[:1].isupper() for w in said if len(w) >= 4 and w.lower() not in small
    )


@lru_cache(maxsize=1)
def _title_small_words() -> frozenset[str]:
    """Short words a show's or book's title leaves in lower case ("This Week with George
    Stephanopoulos"); a quoted heading of a paragraph gets no such leeway."""
    return words("function_words") | words("determiners")


class _LatestEnd:
    """The claim ending last at or before a point, for points visited left to right.

    A max over every earlier claim per quote made long articles quadratic; a heap of claims not
    yet passed keeps it linear. Ties go to the claim listed first (`found`, then `extra`), as
    max() does.
    """

    def __init__(self, found: list[Attribution], extra: list[Attribution]) -> None:
        self._extra = extra  # grows while the caller works; read on each query
        self._taken = 0
        self._offset = len(found)
        self._pending = [(a.end, index, a) for index, a in enumerate(found)]
        heapify(self._pending)
        self._best: tuple[int, int, Attribution] | None = None

    def before(self, at: int) -> Attribution | None:
        for index in range(self._taken, len(self._extra)):
            claim = self._extra[index]
            heappush(self._pending, (claim.end, self._offset + index, claim))
        self._taken = len(self._extra)
        while self._pending and self._pending[0][0] <= at:
            end, index, claim = heappop(self._pending)
            best = self._best
            if best is None or end > best[0] or (end == best[0] and index < best[1]):
                self._best = (end, index, claim)
        return self._best[2] if self._best is not None else None

    def moved(self, claim: Attribution) -> None:
        """`claim`, the latest or the quotation whose frame holds the latest (`_frame_owner`),
        now ends further on: it outranks every claim passed so far."""
        assert self._best is not None
        index = self._best[1] if self._best[2] is claim else -1  # ends last: no tie to break
        heappush(self._pending, (claim.end, index, claim))
        self._best = None


def _continued_claim(
    text: str,
    masked: str,
    paras: list[tuple[int, int]],
    sents: list[_Sentence],
    chain: _LatestEnd,
    quote: Quote,
    sentence: _Sentence,
    by_position: list[Attribution],
) -> Attribution | None:
    """The claim a quote-only sentence continues: the last direct or mixed claim, in the same
    or the previous paragraph, with only quotations in between. A claim its frame holds
    ('"...," Clark said, noting he would support ...') is passed over for the quotation. The
    claim may have a cue and no speaker found ('," said one longtime adviser to Bill
    Clinton.'): it is still the statement the quote goes on with."""
    last = chain.before(quote.open_at)
    if last is None:
        return None
    last = _frame_owner(by_position, last)
    if sentence.paragraph - _paragraph_of(paras, last.end) > 1:
        return None
    if (
        last.kind == "direct"
        and marks_differ(text, last.start - 1, quote.open_at)
        and text.find("“", quote.start, quote.end) >= 0
    ):
        # '“You've called women ...,” Kelly charged ... / "Trump tried to laugh it off by
        # interjecting, “Only Rosie O'Donnell.”': a quotation in straight marks that holds
        # curly ones is a text quoting others (the column Kelly is quoted in), not her words
        return None
    if last.mention is None and last.cue is None:
        return None
    if last.rule.endswith(":belief"):
        return None
    if last.kind == "indirect" and (
        last.mention is None or not _next_sentence(sents, last.context[1], sentence)
    ):
        # 'Mr Herren says EduVision has plans to extend it. "We plan to put a solar panel at
        # the school ..."': a quotation right after reported speech goes on with its speaker;
        # one further on, after narration, may be anyone's
        return None
    for index in range(bisect_left(sents, last.end, key=attrgetter("start")), len(sents)):
        other = sents[index]
        if other.start >= sentence.start:
            break
        if _only_titles_quoted(text, masked, other.start, other.end):
            return None  # narration in between breaks the chain
    return last


def _next_sentence(sents: list[_Sentence], after: int, sentence: _Sentence) -> bool:
    """Whether `sentence` is the first one to start at or after offset `after`."""
    index = bisect_left(sents, after, key=attrgetter("start"))
    return index < len(sents) and sents[index].start == sentence.start


def _mixed_goes_on(masked: str, claim: Attribution) -> bool:
    """Reported speech in one piece with the speaker's quoted words ('Some ... are "based on ...
    in fact,"', '"I have admiration for the mechanics" of the Clinton proposals'), whose frame
    may lead on to more of them; not one that runs on past a frame of its own after its last
    quotation ('... because "most people don't know," she said')."""
    if claim.kind != "mixed" or claim.gap is not None:
        return False
    last_mark = masked.rfind(MASK, claim.start, claim.end)
    return not find_cues(masked, last_mark + 1, claim.end)


def _frame_owner(by_position: list[Attribution], last: Attribution) -> Attribution:
    """The quotation whose frame holds `last`, when `last` is no quotation but a claim made in
    that frame ('"That's the question," Clark said, noting he would support ...', '," said
    Army Capt. Christian Pardo, who said he would not vote ...'); else `last` itself. PolNeAR
    joins the quotation after such a sentence to the one before the frame (985 of 1,068 train
    quotations right after a '"...," X said ....' sentence)."""
    if last.kind == "direct":
        return last
    at = bisect_left(by_position, last.start, key=attrgetter("start"))
    for earlier in reversed(by_position[max(0, at - 3) : at]):
        if earlier.context != last.context or earlier.end > last.start:
            continue
        if earlier.kind == "direct" and last.cue is not None and last.cue[0] >= earlier.end:
            return earlier
    return last


def _speaker_of_intro(
    masked: str, start: int, end: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Who speaks in "Cruz continued:", "In a 1963 speech, Wallace declared:", "President
    Clinton released the following statement:": the subject of the last sentence before the
    colon, by its reporting verb, or the name opening a short last sentence ("17-year-old
    Jared Potts echoed:"). Returns (speaker, cue)."""
    ends = list(re.finditer(r"[.!?][\x01”\"’']*\s+", masked[start : end - 1]))
    last_start = start + ends[-1].end() if ends else start
    cues = find_cues(masked, last_start, end)
    if cues and MASK not in masked[cues[-1].end() : end]:
        cue = cues[-1]
        if len(masked[cue.end() : end].split()) <= 8:
            speaker = subject_before(masked, last_start, cue.start())
            if speaker is not None:
                return speaker, (cue.start(), cue.end())
    if MASK not in masked[last_start:end] and len(masked[last_start:end].split()) <= 8:
        subject = sentence_subject(masked, last_start, end)
        verb = (
            re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)", masked[subject[1] : end]) if subject else None
        )
        if verb is None or not _verb_like(verb.group(1)):
            return None, None  # "Partial transcript as follows:": no verb, so nobody speaks
        return subject, None
    return None, None


def _ends_with_cue(masked: str, start: int, end: int) -> bool:
    """Whether the words before a colon end with a reporting verb ("The Times reports:")."""
    last = re.search(r"([a-z]+)\W*$", masked[start:end])
    return last is not None and last.group(1) in reporting_verb_forms()


def _verb_like(word: str) -> bool:
    """A finite verb form, as far as suffixes and the lexicons tell ("continued", "echoes")."""
    return (
        word.endswith(("ed", "s"))
        or FINITE_WORD.fullmatch(word) is not None
        or word in reporting_verb_forms()
    )


def _colon_frame(
    text: str, masked: str, q: Quote, sentence: _Sentence
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(subject span, colon span) when a sentence with no reporting verb hands over to the
    quotation that ends it with a colon, and its subject is someone who can say it: 'Mr Dean
    is confident though: "..."', 'Johansson was more restrained in his assessment: "..."'.
    Not when the subject is a thing ("The timing of Sanders' surge doesn't surprise Daron
    Shaw: "..."", whose words are Shaw's) or the frame holds another quotation."""
    colon = masked.rfind(":", sentence.start, q.open_at)
    if colon < 0 or masked[colon + 1 : q.open_at].strip() or MASK in masked[sentence.start : colon]:
        return None
    if (
        masked[q.close_end : sentence.end].strip(" .,;!?")
        or len(masked[sentence.start : colon].split()) > 30
    ):
        return None  # the writer goes on after the quotation, or the frame is a paragraph
    if find_cues(masked, sentence.start, colon) or _NAMED_IN_FRAME.search(
        masked, sentence.start, colon
    ):
        # "with finance minister Herve Gaymard telling parliament:", "a statement by Francesca
        # Grifo:", "experts such as Dr Azm Al Homoud:": someone else speaks, or a verb the
        # sentence rules already read
        return None
    if _title_case(masked[sentence.start : colon]):
        return None  # "Gillibrand on Hillary Releasing Her Transcripts: ...": a headline's
    subject = sentence_subject(masked, sentence.start, colon)
    if subject is None:
        return None
    surface = text[subject[0] : subject[1]]
    if surface.lower() in _NO_SPEAKER_PRONOUNS or surface.split()[0].lower() in (
        reporting_verb_forms()
    ):
        # "It will be: "Should the United Kingdom ...?"": no one speaks; "Told the deceased's
        # father, Herbert Flynn Jr: '...'": an inverted verb, its speaker after it
        return None
    if surface.lower() not in pronoun_classes() and mention_kind(surface, "") == "unknown":
        return None
    if " " not in surface and text.count(surface) < 2:
        return None  # "Expect endless experts ...", "Below is ...": no name the article uses
    return subject, (colon, colon + 1)


# a name brought in by the frame, whose words the quotation may be
_NAMED_IN_FRAME = compile_on_use(r"\b(?:by|such as|including|from|with)\s+(?:the\s+)?[A-Z]")
_NO_SPEAKER_PRONOUNS = frozenset(["it", "this", "that", "there", "these", "those"])


def _introduces_quote(masked: str, start: int, end: int) -> bool:
    """A paragraph that hands over to a quote: "And from the chairwoman:", "He told the crowd:"."""
    if masked[end - 1] != ":" or MASK in masked[start:end]:
        return False
    return len(masked[start:end].split()) <= 6 or bool(find_cues(masked, start, end))


# the signature an embedded tweet ends with: "— Paul Ryan (@SpeakerRyan) July 5, 2016"
_POST_SIGNATURE = compile_on_use(
    r"\s*[—–]\s*(?P<name>[A-Z][\w.’'&-]*(?:\s+[A-Z&][\w.’'&-]*){0,4})\s+\(@\w{1,20}\)\s+"
    r"(?:" + MONTH + r")\.?\s+\d{1,2},\s+\d{4}"
)
# where an embedded post starts: its tag ('<tweet id="..." author="@...">') or its paragraph
_POST_TAG = compile_on_use(r"<tweet\b[^<>]*>")
# what trails a post's words: its links and a scraped sign-up line
_POST_TAIL = compile_on_use(
    r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+|SIGN UP FOR OUR NEWSLETTER))+\s*$"
)


def _signed_posts(text: str, paras: list[tuple[int, int]]) -> list[Attribution]:
    """An embedded tweet's words, said by the name in its signature ("No one should be above
    the law. pic.twitter.com/OqctxglquI — Paul Ryan (@SpeakerRyan) July 5, 2016"): the words
    from the post's tag, or from its paragraph's start, up to the signature, less the links
    after them. The name stands as the account signs itself (a person or a body)."""
    found: list[Attribution] = []
    if "(@" not in text:
        return found  # the cheap test first: most articles embed no post
    for p_start, p_end in paras:
        for sig in _POST_SIGNATURE.finditer(text, p_start, p_end):
            tags = list(_POST_TAG.finditer(text, p_start, sig.start()))
            start = tags[-1].end() if tags else p_start
            if "</tweet>" in text[start : sig.start()] or (
                not tags and text[start : sig.start()].count(". ") > 4
            ):
                continue  # not the words of this post alone
            end = sig.start()
            tail = _POST_TAIL.search(text, start, end)
            end = tail.start() if tail else end
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if len(text[start:end].split()) < 3:
                continue
            dash = sig.start() + len(sig.group()) - len(sig.group().lstrip())
            found.append(
                Attribution(start, end, "direct", "direct:post-signature", (dash, dash + 1),
                            sig.span("name"), confidence=0.6, context=(p_start, p_end))
            )  # fmt: skip
    return found


def _block_quotes(
    text: str, masked: str, paras: list[tuple[int, int]], skipped: set[int]
) -> list[Attribution]:
    """A paragraph "X said:" followed by a paragraph without quote marks: a block quote.

    Web pages set long quotes as blockquotes, whose marks are lost when the page becomes text.
    """
    found: list[Attribution] = []
    for index in range(len(paras) - 1):
        p_start, p_end = paras[index]
        n_start, n_end = paras[index + 1]
        if masked[p_end - 1] != ":" or index + 1 in skipped or text[n_start] in "\"“'‘«„":
            continue
        cues = find_cues(masked, max(p_start, p_end - 200), p_end)
        if not cues or MASK in masked[cues[-1].end() : p_end]:
            continue
        cue = cues[-1]
        if len(masked[cue.end() : p_end].split()) > 8:
            continue
        speaker = subject_before(masked, p_start, cue.start())
        if speaker is None or len(text[n_start:n_end].split()) < 4:
            continue
        found.append(
            Attribution(n_start, n_end, "direct", "direct:block-quote", (cue.start(), cue.end()),
                        speaker, confidence=0.6, context=(p_start, n_end))
        )  # fmt: skip
    return found


def _holds_only_stances(block: Attribution, found: list[Attribution]) -> bool:
    """Whether the claims a block quote overlaps are all findings or beliefs inside it ("Iowa
    polls are showing ...", "many fear ..."): the block's speaker reports them, and both are
    kept, one inside the other. A reported speaker of its own ("..., Jones said.") means the
    paragraph is no block quote. So for an embedded post ("Team Trump reportedly wants Mike
    Tyson at GOP convention https://t.co/... — Twitchy Team (@TwitchyTeam) June 28, 2016"): the
    signature names who posts the words, a belief they report among them."""
    if block.rule not in ("direct:block-quote", "direct:post-signature"):
        return False
    inside = [a for a in found if a.start < block.end and block.start < a.end]
    return all(
        block.start <= a.start
        and a.end <= block.end
        and a.rule.split(":")[-1] in (*FAMILIES, "evidence", "belief")
        for a in inside
    )


def _turn_holds_only_reports(turn: Attribution, found: list[Attribution]) -> bool:
    """Whether the claims a transcript turn overlaps all lie inside it and are no quotations
    ("BENENSON: ... Let's see if he goes back to the kind of tone he said he was going to set
    early on."): the label names who speaks the turn, so what the turn reports others said is
    part of it, and both are kept, one inside the other."""
    if turn.rule not in ("direct:transcript", "direct:interview-answer"):
        return False
    inside = [a for a in found if a.start < turn.end and turn.start < a.end]
    return all(turn.start <= a.start and a.end <= turn.end and a.kind == "indirect" for a in inside)


# between a believer and its cue: the relative "who" the belief hangs on ("Dickerson, who wanted")
_WHO_BETWEEN = compile_on_use(r"\s*,\s*who\s+(?:[a-z]+\s+){0,2}")


# a preposition governing the name, a role or a few words of its phrase between
_GOVERNED_BEFORE = compile_on_use(
    r"\b(?:from|by|with|to|of|for|at|on|in|about|against)\s+(?:[\w.’'-]+\s+){0,4}$"
)


# a sentence opening with a question put to its subject, the asker in a "by" phrase
_ASKED_BY = compile_on_use(r"Asked\s+by\s")


def _asker_of_a_fronted_question(masked: str, att: Attribution) -> bool:
    """Whether a question's asker is named in a fronted "Asked by ..." ("Asked by the judge
    if he understood the charges, he responded "Yes.""): the one asked is the sentence's
    subject, and its pronoun is never the asker."""
    return (
        att.rule == "indirect:question"
        and att.cue is not None
        and att.mention is not None
        and _ASKED_BY.match(masked, att.cue[0]) is not None
        and att.mention[0] > att.cue[0]
    )


def _holds_in_a_relative(masked: str, att: Attribution) -> bool:
    """Whether a belief's holder is named as a preposition's object before a relative "who"
    that holds it ("the opening question from CBS moderator John Dickerson, who wanted to
    know whether ..."): the name is no subject, and a later pronoun is the main clause's. A
    subject with its relative ("Mourinho, who reportedly wants to ..., will not have") stays."""
    if att.mention is None or att.cue is None or not att.rule.endswith(":belief"):
        return False
    if _WHO_BETWEEN.fullmatch(masked, att.mention[1], att.cue[0]) is None:
        return False
    start = att.mention[0]
    return _GOVERNED_BEFORE.search(masked, max(0, start - 60), start) is not None


def _stance_inside_turn(att: Attribution, turns: list[Attribution]) -> bool:
    """Whether a belief or finding lies inside a transcript turn ("A: She was so desperate to
    get to me ..."): the turn is the speaker's own words and the claim; what it says someone
    believes is part of them, not a second claim that would push the turn out."""
    return att.rule.endswith((":belief", ":evidence")) and any(
        turn.start <= att.start and att.end <= turn.end for turn in turns
    )


# a transcript turn: "TAPPER: And obviously, ...", "JOEL BENENSON: This is ...", "Q: ..."
_TURN = compile_on_use(r"([A-Z][A-Z.’'-]*(?:\s+[A-Z][A-Z.’'-]*){0,3}):\s+(?=\S)")
_INTERVIEW_LABELS = frozenset({"Q", "A"})
# a question label run into its question when a bold "Q" lost its colon ("QWhat would have
# happened?"); read as one only in an interview whose answers are labelled "A:"
_GLUED_QUESTION = compile_on_use(r"Q(?=[A-Z][a-z’']*\s)")
# the interview's subject, named before its first turn: "Q&A with Vice President Joe Biden",
# "an interview with Sen. X" (the name after), "X sat down with", "X spoke with" (before)
# (a title or a sentence headed by the interview: "In an interview with CNN's Jake Tapper, Trump
# said" names the interviewer instead)
_INTERVIEWED_AFTER = compile_on_use(
    r"(?:^|[.!?:]\s+)(?:(?:An?|Our|The|This|Here\s+is|Below\s+is|Following\s+is)\s+"
    r"(?:[a-z]+\s+){0,5}?)?(?:Q&A|[Ii]nterview|[Cc]onversation)\s+with\s+(?=[A-Z])",
    re.MULTILINE,
)
_POSSESSIVE = compile_on_use(r"[’']s\b")
_SEVERAL_NAMES = compile_on_use(r",|&|\band\b")
_ANOTHER_NAME = compile_on_use(r"\s*(?:,|&|and\b)\s*(?:[a-z]+\s+)*[A-Z]")
_INTERVIEWED_BEFORE = compile_on_use(r"\s+(?:sat\s+down|spoke|talked)\s+(?:[a-z]+\s+){0,2}?with\b")
_OPENING_MARKS = frozenset('"“')
_CLOSING_MARKS = frozenset('"”')


def _transcript_turns(
    text: str, masked: str, paras: list[tuple[int, int]], skipped: set[int]
) -> list[Attribution]:
    """Paragraphs opened by a speaker's name in capitals and a colon, when an article has at
    least three of them from two speakers or more: a transcript, each turn the named speaker's
    own words. One such paragraph alone is a dateline ("NEW DELHI: The city ..."), not a turn.
    Interview labels ("Q:", "A:") name nobody: their turns are kept without a speaker.
    A transcript may itself be quoted, each turn opening a quotation mark ("Partial transcript
    as follows: / "WALLACE: Let's start ... / "PENCE: Well, ..."): the label is read in the text
    and the turn ends before the closing mark."""
    turns: list[tuple[re.Match[str], int, int]] = []
    glued: list[tuple[re.Match[str], int, int]] = []
    for index, (p_start, p_end) in enumerate(paras):
        if index in skipped:
            continue
        turn = _TURN.match(masked, p_start, p_end)
        if turn is None and masked[p_start] == MASK and text[p_start] in _OPENING_MARKS:
            turn = _TURN.match(text, p_start + 1, p_end)
        if turn is not None:
            turns.append((turn, p_start, p_end))
        elif (question := _GLUED_QUESTION.match(masked, p_start, p_end)) is not None:
            glued.append((question, p_start, p_end))
    answers = sum(turn.group(1) == "A" for turn, _, _ in turns)
    if glued and answers >= 2 and len(glued) >= answers // 2:
        turns = sorted([*turns, *glued], key=itemgetter(1))
    if not turns:
        turns = _named_turns(text, masked, paras, skipped)
    labels = {turn.group(1) if turn.groups() else "Q" for turn, _, _ in turns}
    if len(turns) < 3 or len(labels) < 2:
        return []
    subject = _interviewee(masked, paras[0][0], turns[0][1]) if answers else None
    found: list[Attribution] = []
    for turn, p_start, p_end in turns:
        start, end = turn.end(), p_end
        while end > start and (text[end - 1].isspace() or text[end - 1] in _CLOSING_MARKS):
            end -= 1
        if len(text[start:end].split()) < 2:
            continue
        if not turn.groups():  # a glued "Q": the question is the interviewer's, named nowhere
            found.append(
                Attribution(start, end, "direct", "direct:transcript", (turn.start(), turn.end()),
                            None, confidence=0.6, context=(p_start, p_end))
            )  # fmt: skip
            continue
        label, rule = turn.group(1), "direct:transcript"
        speaker = None if label in _INTERVIEW_LABELS else (turn.start(1), turn.end(1))
        if label == "A" and subject is not None:
            speaker, rule = subject, "direct:interview-answer"
        found.append(
            Attribution(start, end, "direct", rule, (turn.end(1), turn.end(1) + 1),
                        speaker, confidence=0.6, context=(p_start, p_end))
        )  # fmt: skip
    return found


# a turn labelled with a name in ordinary case: "Matthews: Well, speculation is bad.", "Luciana
# Lopez: Saying to people ..."
_NAMED_TURN = compile_on_use(r"([A-Z][\w’'.-]*[a-z](?:\s+[A-Z][\w’'.-]*[a-z]){0,2}):\s+(?=\S)")


def _named_turns(
    text: str, masked: str, paras: list[tuple[int, int]], skipped: set[int]
) -> list[tuple[re.Match[str], int, int]]:
    """Paragraphs opened by a speaker's name in ordinary case and a colon, when a surname heads
    two of them or more: a transcript whose labels name each speaker again and again ("Luciana
    Lopez: ... / Matthews: Well, speculation is bad. / Lopez: Well, no one is like ..."), where
    sub-heads name someone new each time ("Sanders: Win in a walk. / Cruz: Just hang on.") and
    a label such as "Update:" or "Note:" names nobody. A line in title case is a headline
    ("Bernie Sanders: I'm Not Much Of A Socialist Compared To Eisenhower.")."""
    turns = []
    for index, (p_start, p_end) in enumerate(paras):
        turn = None if index in skipped else _NAMED_TURN.match(masked, p_start, p_end)
        if turn is None:
            continue
        name = turn.group(1)
        if (
            _labels_a_section(name, name.split()[0].lower())
            or not _reads_as_a_name(name)
            or mention_kind(name, "") not in ("person", "unknown")
            or _title_case(masked[turn.end() : p_end])
        ):
            continue  # a title-case line is a headline or a sub-head, not a turn
        turns.append((turn, p_start, p_end))
    surnames = Counter(turn.group(1).split()[-1] for turn, _, _ in turns)
    if not surnames or surnames.most_common(1)[0][1] < 2:
        return []
    return turns


def _an_interviewer(name: str) -> bool:
    """Whether a name around an interview is its interviewer's ("POLITICO senior writer Michael
    Grunwald", "CNN's Jake Tapper"): a journalist's role, or a medium's possessive."""
    return _POSSESSIVE.search(name) is not None or not words("interviewer_nouns").isdisjoint(
        name.lower().split()
    )


def _answerer_speaks_as_i(text: str, found: list[Attribution], turns: list[Attribution]) -> None:
    """Inside an answer whose interviewee the article names, "I" is the interviewee ("A: ... I
    said, hey, you've got to change the culture"): such a claim takes the answer's speaker,
    where "I" alone would name nobody. An answer runs on over unlabelled paragraphs up to the
    next turn; the last answer is its own paragraph only, as the writer may close the article."""
    if not any(turn.rule == "direct:interview-answer" for turn in turns):
        return
    answers = [
        (turn.start, turns[index + 1].context[0] if index + 1 < len(turns) else turn.end, turn)
        for index, turn in enumerate(turns)
        if turn.rule == "direct:interview-answer"
    ]
    starts = [start for start, _, _ in answers]
    for att in found:
        if att.mention is None or text[att.mention[0] : att.mention[1]] != "I":
            continue
        index = bisect_right(starts, att.mention[0]) - 1
        if index >= 0 and att.mention[1] <= answers[index][1]:
            att.mention = answers[index][2].mention


def _interviewee(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """The person an interview's introduction says is interviewed, whose words its "A:" turns
    are: "Q&A with Vice President Joe Biden", "in an interview with Sen. X", "X sat down with
    ...". One name only: two people interviewed, or none named, leave the answers unknown, as
    does a pronoun ("She sat down this week with ..."), which names nobody by itself."""
    found: set[tuple[int, int]] = set()
    for cue in _INTERVIEWED_AFTER.finditer(masked, start, end):
        line_end = masked.find("\n", cue.end(), end)  # a title's name runs on into no next line
        name = subject_after(masked, cue.end(), end if line_end < 0 else line_end)
        if name is not None and (
            _SEVERAL_NAMES.search(masked, name[0], name[1]) or _ANOTHER_NAME.match(masked, name[1])
        ):
            return None  # "an interview with Tony Blair and Gordon Brown": whose answer is it?
        if name is not None:
            found.add(name)
    for cue in _INTERVIEWED_BEFORE.finditer(masked, start, end):
        line_start = masked.rfind("\n", start, cue.start()) + 1
        name = subject_before(masked, line_start, cue.start())
        if name is not None and masked[name[0] : name[1]].lower() in _PERSONAL_PRONOUNS:
            # "Former first lady Laura Bush wrote ... She sat down this week with": the
            # pronoun stands for the person who opens its paragraph, or names nobody; a full
            # name only, as one word may be a modifier read alone ("Former first lady ...")
            name = sentence_subject(masked, line_start, name[0])
            if name is not None and len(masked[name[0] : name[1]].split()) < 2:
                return None
        if name is not None:
            found.add(name)
    found = {name for name in found if not _an_interviewer(masked[name[0] : name[1]])}
    names = {masked[n_start:n_end] for n_start, n_end in found}
    if not names or any(
        name.lower() in _PERSONAL_PRONOUNS or mention_kind(name, "") != "person" for name in names
    ):
        return None
    if len({name.split()[-1] for name in names}) > 1:
        return None
    return min(found)


def _previous_organization(
    text: str, masked: str, sents: list[_Sentence], sent_starts: list[int], start: int
) -> str | None:
    """The organisation opening the sentence before `start` in the same paragraph, if any."""
    index = bisect_right(sent_starts, start) - 1
    if index <= 0 or sents[index - 1].paragraph != sents[index].paragraph:
        return None
    previous = sents[index - 1]
    subject = sentence_subject(masked, previous.start, previous.end, loose=False)
    if subject is None:
        return None
    surface = text[subject[0] : subject[1]]
    if mention_kind(surface, "") != "organization":
        return None
    return re.sub(r"^[Tt]he\s+", "", surface)


_HEADLINE_LABELS = frozenset(
    [
        "update",
        "updated",
        "photo",
        "photos",
        "video",
        "watch",
        "exclusive",
        "breaking",
        "note",
        "related",
        "read",
        "see",
        "source",
        "transcript",
        "analysis",
        "opinion",
        "editorial",
        "live",
        "q",
        "a",
        "correction",
        "clarification",
        "warning",
        "latest",
        "result",
        "results",
        "contributing",
        "replacements",
        "substitutes",
        "continued",
        "revealed",
        "bombshell",
        "wow",
        "look",
        "watch",
        "breaking",
        "exclusive",
    ]
)


# "Trump Says He Never Pledged To Kill Family Members": a title-case headline with its verb
# Words that make a headline's "X:" a section or feature name wherever they stand in it:
# "Paid Notice: Deaths ...", "Monday's Morning Email: ...", "Fact Check: ..."
_HEADLINE_LABEL_NOUNS = frozenset(
    [
        "notice",
        "email",
        "newsletter",
        "briefing",
        "digest",
        "roundup",
        "podcast",
        "quiz",
        "recap",
        "explainer",
        "timeline",
        "obituary",
        "obituaries",
        "deaths",
        "letters",
        "check",
        "update",
        "guide",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "morning",
        "evening",
        "weekend",
    ]
)


_HEADLINE_SAYS = compile_on_use(
    r"\s(?:Says|Say|Said|Warns|Claims|Admits|Insists|Vows|Urges|Urge"
    # "Mike Pence Calls for Special Prosecutor", "Trump Calls On Obama To Resign"
    r"|Calls?\s+(?:[Ff]or|[Oo]n|[Uu]pon)"
    # "Hillary Clinton Calls ISIS Violence Against Yazidis ‘Genocide.’": quoted words after
    r"|Calls(?!\s+(?:Out|Off|Up|In|Back)\b)(?=\s[^\x01]{1,60}\x01)"
    # "New Poll Shows Large Gap Emerging Between Presidential Candidates", "Leaked Documents
    # Reveal Democratic Campaign Donors", "Studies Find ..."
    r"|Shows?|Finds?|Reveals?|Suggests?"
    # a belief, as "Says" is said: "Rubio Thinks Joe Biden Was A Really Effective Senator"; a
    # wish only that someone act ("Pastor Wants Girl Scout Leaders To Be Executed ..."), not
    # for a thing ("Campaign Wants A Progressive DNC Chair"), nor "Thinks About", "Thinks Twice"
    r"|(?:Thinks|Believes|Fears|Expects)(?!\s+(?:About|Of|Twice|In|So)\b)"
    r"|Wants(?=(?:\s+[A-Z][\w’'.-]*){0,4}\s+To\s+[A-Z])"
    r")\s+"
)


_FINDING_CUES = frozenset(
    ["Show", "Shows", "Find", "Finds", "Reveal", "Reveals", "Suggest", "Suggests"]
)  # a poll's or a study's, no one else's


_HEADLINE_WORDS = 25  # a paragraph longer than this is no headline
_FRAME_REACH = 200  # characters between a speaker's name and the words said: a frame, not a tale


def _headlines(
    text: str, masked: str, paras: list[tuple[int, int]], skipped: set[int]
) -> list[Attribution]:
    """Headline attributions: "Bernie Sanders: I'm Not Much Of A Socialist", "Clinton Says
    Russians Hacked DNC"."""
    found: list[Attribution] = []
    for index, (p_start, p_end) in enumerate(paras):
        if index in skipped:
            continue
        # maxsplit: counting to 26 words tells a long paragraph without splitting all of it
        if len(masked[p_start:p_end].split(maxsplit=_HEADLINE_WORDS)) > _HEADLINE_WORDS:
            last = _last_headline_segment(text, masked, p_start, p_end)
            if last is not None:
                found.append(last)
            continue
        colon = masked.find(":", p_start, min(p_end, p_start + 60))
        if colon < 0:
            colon = _colon_after_topic(text, masked, p_start, p_end)
        if colon >= 0 and masked[colon + 1 : colon + 2].isspace():
            cue = (colon, colon + 1)
            content_start = colon + 1
        else:
            says = _HEADLINE_SAYS.search(masked, p_start, min(p_end, p_start + 60))
            if says is None or not _title_case(masked[p_start:p_end]):
                last = _headline_speaker_last(
                    text, masked, p_start, p_end
                ) or _last_headline_segment(text, masked, p_start, p_end)
                if last is not None:
                    found.append(last)
                continue
            cue = (says.start() + 1, says.start() + 1 + len(says.group().strip()))
            colon = says.start()
            content_start = says.end()
        speaker = (
            cue[0] == colon and _speaker_on_topic(text, masked, p_start, colon, p_end)
        ) or _headline_speaker(masked, p_start, colon)
        if speaker is None:
            continue
        name = text[speaker[0] : speaker[1]]
        label = re.sub(r"^(?:The|A)\s+", "", name).split()[0].lower()
        if (name.isupper() and not _outlet_initials(name)) or _labels_a_section(name, label):
            continue  # "WASHINGTON:", "Update:", "Photo:", "The Latest:", "Paid Notice:"
        if not (_reads_as_a_name(name) or _role_and_name(name, text, p_end)):
            continue
        if masked[cue[0] : cue[1]] in _FINDING_CUES and name.split()[-1].lower() not in words(
            "evidence_nouns"
        ):
            continue  # "Trump Shows Softer Side": a person shows, and reports nothing
        start, end = content_start, p_end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in " .":
            end -= 1
        if len(text[start:end].split()) < 3:
            continue
        inside = _frame_only_quotes(masked, start, end)
        kind = "direct" if inside else ("mixed" if MASK in masked[start:end] else "indirect")
        if (
            kind == "indirect"
            and masked.count(",", start, end) >= 2
            and not has_finite(masked, start, end)
        ):
            continue  # "Replacements: Fortey, Murphy, Daly, ...": a list, nobody speaking
        if (
            kind == "indirect"
            and cue[0] == colon
            and _describes_the_label(text, masked, start, end)
        ):
            continue
        if inside:
            start, end = start + 1, end - 1  # the marks around a quoted headline
            while end > start and text[end - 1] in "\"”'’":
                end -= 1
        # "Bernie Sanders: I'm Not Much Of A Socialist": the colon stands for the verb
        rule = f"{kind}:speaker-colon" if cue[0] == colon else f"{kind}:headline"
        found.append(
            Attribution(start, end, kind, rule, cue, speaker, confidence=0.6,
                        context=(p_start, p_end))
        )  # fmt: skip
    return _without_section_heads(text, paras, found)


_DETERMINER_OPENING = compile_on_use(r"(?:A|An|The)\s")


def _labels_a_section(name: str, label: str) -> bool:
    """Whether a label before a colon, `label` its first word in lower case, names a section or
    a feature, no one who speaks: "Update:", "Photo:", "Paid Notice:", "Monday's Morning
    Email:"."""
    words_in = {re.sub(r"[’']s$", "", word).lower() for word in name.split()}
    return label in _HEADLINE_LABELS or bool(words_in & _HEADLINE_LABEL_NOUNS)


# where a headline's last segment starts: after a dash or a clock time that heads it
# ("... Crashes Into Mediterranean Sea— Hillary Clinton Says EgyptAir Crash ...", a live
# blog's "February 6, 2016 9:23PMRubio Says Abandoning ... Was A Sign Of Leadership")
_SEGMENT_START = compile_on_use(r"(?:[—–]|\s-|\b\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?)\s*(?=[A-Z])")
_SEGMENT_SAYS = compile_on_use(r"\s(?:Says|Said|Warns|Claims|Admits|Insists|Vows)\s+")


def _last_headline_segment(text: str, masked: str, p_start: int, p_end: int) -> Attribution | None:
    """ "Name Says ..." as the last segment of a line, after a dash or a clock time: a headline
    at the end of a line of other headlines or of a live blog's byline and time. The segment
    must run in title case to the line's end, so a story's sentences after it (a headline run
    into its text) keep it from being read as one, and its speaker must read as a name."""
    if not _title_case(masked[max(p_start, p_end - 120) : p_end]):
        return None  # the cheap test first: most lines end in a sentence, not a headline
    segment = next(reversed(list(_SEGMENT_START.finditer(masked, p_start, p_end))), None)
    if segment is None:
        return None
    start = segment.end()
    says = _SEGMENT_SAYS.search(masked, start, min(p_end, start + 40))
    if (
        says is None
        or len(masked[start:p_end].split(maxsplit=_HEADLINE_WORDS)) > _HEADLINE_WORDS
        or not _title_case(masked[says.end() : p_end])
        or MASK in masked[start : says.start()]
    ):
        return None
    speaker = _headline_speaker(masked, start, says.start())
    if speaker is None or not _reads_as_a_name(text[speaker[0] : speaker[1]]):
        return None
    name = text[speaker[0] : speaker[1]]
    if name.split()[0].lower() in _HEADLINE_LABELS:
        return None
    end = p_end
    while end > says.end() and text[end - 1] in " .":
        end -= 1
    cue = (says.start() + 1, says.start() + 1 + len(says.group().strip()))
    return _headline_claim(text, masked, (says.end(), end), cue, speaker, (p_start, p_end))


def _describes_the_label(text: str, masked: str, start: int, end: int) -> bool:
    """Whether the words after a headline's colon, with no verb of their own, describe what
    the label names instead of saying something: a noun phrase with its article ("Netanyahu
    and Obama: A tortured relationship", "The Ninth Circle: The Hellish View from Inside the
    Beltway") or a question about it ("Ted Cruz: Constitutional conservative or another
    typical career politician?"). A verbless claim stays one ("Poll: Trump a big turnoff")."""
    if has_finite(masked, start, end):
        return False
    return bool(_DETERMINER_OPENING.match(text, start)) or text[start:end].endswith("?")


_SECTION_HEADS = 3  # sub-heads of one shape, each naming someone new: the article's sections


def _without_section_heads(
    text: str, paras: list[tuple[int, int]], found: list[Attribution]
) -> list[Attribution]:
    """The headline claims less the colon lines that head sections or sign an article off.
    Three or more sub-heads, each with a name no other repeats, are the writer's sections
    ("Here's a look at what each candidate needs to do. / Sanders: Win in a walk. / ... /
    Cruz: Just hang on."), where a transcript names its speakers again and again; a colon line
    closing the article is a credit or a product's name ("GoldenEye: Rogue Agent is out
    now"), not a headline."""
    inner = [
        att for att in found if att.rule.endswith(":speaker-colon") and att.context[0] > paras[0][0]
    ]
    if not inner:
        return found
    names = [text[att.mention[0] : att.mention[1]].split()[-1] for att in inner if att.mention]
    dropped = {id(att) for att in inner if att.context[1] >= paras[-1][1]}
    if len(inner) >= _SECTION_HEADS and len(set(names)) == len(names):
        dropped.update(id(att) for att in inner)
    return [att for att in found if id(att) not in dropped]


# the speaker and cue closing a headline, after a comma or a quotation: "‘ISIS Truther’ Donald
# Trump Is Like A Lawyer’s Dumbest Client Ever, Trevor Noah Says.", "Guns Are ‘The Ultimate
# Public Health Crisis,’ Howard Dean Tells Democratic Convention."
_HEADLINE_SAYS_LAST = compile_on_use(
    r"(?:,|(?<=\x01))\s*(?P<speaker>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}?)\s+"
    r"(?P<cue>Says|Said|Writes|Wrote|Argues|Warns|Claims|Insists|Tells)"
    r"(?:\s+[A-Z][\w’'.-]*){0,3}\s*[.!?]?\s*$"
)


def _headline_speaker_last(text: str, masked: str, p_start: int, p_end: int) -> Attribution | None:
    """A title-case headline whose speaker and cue close it: the words before them are what the
    speaker says (an addressee may follow "Tells")."""
    if not _title_case(masked[p_start:p_end]):
        return None
    last = _HEADLINE_SAYS_LAST.search(masked, p_start, p_end)
    if last is None or not _reads_as_a_name(text[slice(*last.span("speaker"))]):
        return None
    speaker = last.span("speaker")
    return _headline_claim(
        text, masked, (p_start, last.start()), last.span("cue"), speaker, (p_start, p_end)
    )


def _headline_claim(
    text: str,
    masked: str,
    content: tuple[int, int],
    cue: tuple[int, int],
    speaker: tuple[int, int],
    context: tuple[int, int],
) -> Attribution | None:
    """A headline's claim of its `content` (leading spaces trimmed off), said by `speaker`:
    none when it holds fewer than three words."""
    start, end = content
    while start < end and text[start].isspace():
        start += 1
    if len(text[start:end].split()) < 3:
        return None
    kind = "mixed" if MASK in masked[start:end] else "indirect"
    return Attribution(start, end, kind, f"{kind}:headline", cue, speaker, confidence=0.6,
                       context=context)  # fmt: skip


_KICKER = compile_on_use(r"(?:EXCLUSIVE|BREAKING|WATCH|UPDATED?|VIDEO|REPORT)\s*[–—:-]\s*")
_TO_ADDRESSEE = compile_on_use(r"\s+to\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s*$")


_NAME_LINKS = frozenset({"of", "and", "the", "&", "de", "van", "von", "al"})


def _reads_as_a_name(name: str) -> bool:
    """Whether a headline's speaker before its colon reads as a name, not as the headline's
    own words in title case: no function word but those that join a name ("Bank of England";
    not "Clinton Wades In:", "CNN President On Trump:", "Big Win For Bernie:") and at most
    three words after "The" ("Carly Fiorina Endorses Ted Cruz:" is a headline), and no
    preposition ("Stealth Over Health:" is a pun, not a person)."""
    toks = name.split()
    if toks[0].lower() in ("the", "a", "an"):
        toks = toks[1:]
    if len(toks) > 3:
        return False
    return not any(
        (t.lower() in words("function_words") or t.lower() in PREPOSITIONS)
        and t.lower() not in _NAME_LINKS
        for t in toks
    )


def _outlet_initials(name: str) -> bool:
    """Whether a label in capitals is a news outlet's initials ("AP:", "CNN:"), a source a
    headline credits, unlike a dateline ("WASHINGTON:") or a kicker ("UPDATE:")."""
    return " " not in name and mention_kind(name, "") == "media"


# "McCain Challenger Kelli Ward", "GOP Rep. Steve King": words that name a role, then the name
_ROLE_WORD = compile_on_use(r"[A-Z][\w’'-]*\.?")


def _role_and_name(name: str, text: str, p_end: int) -> bool:
    """Whether a headline's speaker too long to read as a name alone is a role and a name
    ("McCain Challenger Kelli Ward:", "Former Arizona State Sen. Kelli Ward:"): capitalised
    words with a role noun or a title among them, no verb ("Carly Fiorina Endorses Ted Cruz:"
    has none of the two), and a surname the article goes on to name, so that the label is its
    subject and no topic."""
    toks = name.split()
    if not all(_ROLE_WORD.fullmatch(tok) for tok in toks) or has_finite(name.lower()):
        return False
    if any(
        (tok.lower() in words("function_words") or tok.lower() in PREPOSITIONS)
        and tok.lower() not in _NAME_LINKS
        for tok in toks
    ):
        return False  # "CNN President On Trump:": a topic after the speaker
    roles = words("role_nouns") | words("titles")
    if not any(tok.lower() in roles for tok in toks[:-1]):
        return False
    surname = toks[-1]
    if surname.lower() in roles or surname.lower() in words("function_words"):
        return False
    return _named_after(surname, text, p_end)


def _named_after(surname: str, text: str, at: int) -> bool:
    """Whether the article names `surname` again after offset `at` (a headline's end): a
    headline's label the story goes on to name is its speaker, not a topic."""
    return bool(bounded_word_starts(text, surname, at))


def _inside_open_parenthesis(text: str, att: Attribution) -> int:
    """Where a claim starts when its speaker is named inside a parenthesis the claim opens
    before ("crowd-sourced traffic data (anonymously gathered, says Apple)", "Iowa (93 percent
    of voters there were white, according to exit polls)"): inside it, for the source vouches
    for the aside only."""
    opening = text.rfind("(", att.start, att.end)
    if opening < 0 or att.gap is not None or ")" in text[opening : att.end]:
        return att.start
    if att.cue is not None and att.cue[0] < opening:
        return att.start
    start = opening + 1
    while start < att.end and text[start].isspace():
        start += 1
    return start if att.end - start >= 8 else att.start


def _headline_speaker(masked: str, p_start: int, colon: int) -> tuple[int, int] | None:
    """Who speaks in a headline before its colon or "Says": a name ("Roger Stone:") or a name
    and its addressee ("Clinton to Planned Parenthood:"), after a kicker ("EXCLUSIVE –"). A
    phrase the lexicons do not read ("Clinton camp:") is left alone: it is as often a section
    or a topic ("Six Nations 2005:", "Iraq war:")."""
    kicker = _KICKER.match(masked, p_start, colon)
    start = kicker.end() if kicker else p_start
    speaker = subject_after(masked, start, colon)
    if speaker is None or speaker[0] != start:
        return None
    rest = masked[speaker[1] : colon]
    if not rest.strip():
        return speaker
    # "Clinton to Planned Parenthood:"; but "A Curious Plan to Fight Climate Change:" is a title
    opening = masked[speaker[0] : speaker[1]].split()[0].lower()
    if opening not in ("a", "an", "the") and _TO_ADDRESSEE.fullmatch(rest):
        return speaker
    return None


# "CNN President On Trump:", "Gillibrand on Hillary Releasing Her ... Transcripts:"
_ON_TOPIC = compile_on_use(r"\s+(?:[Oo]n|[Aa]bout)\s+(?=\S)")


def _speaker_on_topic(
    text: str, masked: str, p_start: int, colon: int, p_end: int
) -> tuple[int, int] | None:
    """The speaker of a headline that names a speaker and a topic before its colon and
    quotes nothing but the speaker's words after it ("CNN President On Trump: ‘We Do Not Pay
    Candidates To Appear At Debates.’"). Only a quotation makes the words the speaker's, and
    only a speaker the article names again is one ("Focus on Health: ‘...’" is a section)."""
    topic = _ON_TOPIC.search(masked, p_start, colon)
    if topic is None or not _frame_only_quotes(masked, colon + 1, p_end):
        return None
    speaker = _headline_speaker(masked, p_start, topic.start())
    if speaker is None:
        return None
    surname = text[speaker[0] : speaker[1]].split()[-1]
    return speaker if _named_after(surname, text, p_end) else None


_TOPIC_REACH = 120  # a speaker and a long topic: "Gillibrand on Hillary Releasing Her ...:"


def _colon_after_topic(text: str, masked: str, p_start: int, p_end: int) -> int:
    """The colon of a headline whose topic runs past where a speaker's colon stands
    ("Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She
    Will.’"), when only the speaker's quoted words follow it; -1 otherwise."""
    colon = masked.find(": ", p_start, min(p_end, p_start + _TOPIC_REACH))
    if colon < 0 or _speaker_on_topic(text, masked, p_start, colon, p_end) is None:
        return -1
    return colon


# a word that opens with a letter
_LETTER_WORD = compile_on_use(r"[A-Za-z][\w’'-]*")


def _title_case(stretch: str) -> bool:
    """Whether most words are capitalised, as in a headline ("Trump Says He Never Pledged")."""
    found = [w for w in _LETTER_WORD.findall(stretch) if len(w) > 3]
    return len(found) >= 3 and sum(w[0].isupper() for w in found) >= 0.8 * len(found)


# short words a title-case headline capitalises that no name holds: "Gary Ross Will Not Direct"
_HEADLINE_LINKS = frozenset(
    {
        "Will", "Not", "To", "For", "Of", "In", "On", "With", "Is", "Are", "Has", "Be", "Into",
        "After", "Over", "By", "At", "From", "Than", "Says",
    }
)  # fmt: skip
# how far into an article a headline run into its first sentence may reach
_HEADLINE_REACH = 200
_SENTENCE_END_INSIDE = compile_on_use(r"[.!?][\"'”’)]*\s")
_HEADLINE_WORD_EDGES = "\"'“”‘’:()"


def _named_in_a_run_in_headline(text: str, m_start: int, m_end: int, sentence: int) -> bool:
    """Whether a capitalised speaker opening the article's first line goes on from a
    title-case headline run into the story with nothing between them: "Gary Ross Will Not
    Direct 'Hunger Games' Sequel Filmmaker says he cannot commit ..." credits "Sequel
    Filmmaker", the headline's last word and the story's first. Where the headline ends no
    one can tell from the words (a body's name that marks it is cut off by read_metadata), so
    the speaker is unknown. The headline shows itself by words of its own that title case
    capitalises and no name holds ("Will", "Not", "To"; not as the first word, which a
    sentence may open on), with at least three capitalised words before the speaker, all in
    the speaker's `sentence` (where it starts; a headline cut off as furniture is no part of
    it), no sentence's end and nothing that closes a phrase (a comma, a colon) before the
    speaker ("... Public Health Crisis,' Howard Dean Tells ...")."""
    if not 0 < m_start <= _HEADLINE_REACH or not text[m_start].isupper():
        return False
    line_start = text.rfind("\n", 0, m_start) + 1
    if sentence > line_start or text[:line_start].strip() or not text[m_start - 1].isspace():
        return False  # not the article's first sentence, or the speaker does not open a word
    before = text[line_start:m_start].split()
    if not before:
        return False  # the speaker opens the line: no headline before it
    if _SENTENCE_END_INSIDE.search(text, line_start, m_start) or any(
        c in before[-1] for c in ",;:"
    ):
        return False
    bare = [w.strip(_HEADLINE_WORD_EDGES) for w in before]
    if not any(w in _HEADLINE_LINKS for w in bare[1:]):
        return False  # a sentence may open on one: "On May 3, 2013 President Obama said"
    long_words = [w for w in bare if len(w) > 3 and not w[0].isdigit()]
    return (
        len(long_words) >= 3
        and all(w[0].isupper() for w in long_words)
        and all(w[0].isupper() for w in text[m_start:m_end].split())
    )


_SEGMENT_EDGE = " \t\n,;:—–-\"'“”‘’"


def _segments(
    text: str, att: Attribution, quotes: list[Quote], opens: list[int]
) -> list[tuple[int, int]]:
    """The claim's own words in pieces when a speaker interrupts it: the quotations of a split
    quote, or the two halves around "strategists said" in reported speech. Empty otherwise."""
    if att.gap is not None:
        pieces = [(att.start, att.gap[0]), (att.gap[1], att.end)]
    elif att.kind == "direct":
        first = bisect_left(opens, att.start - 3)  # a mark may be two characters: ''
        pieces = [
            (q.start, q.end)
            for q in quotes[first : bisect_left(opens, att.end)]
            if q.start >= att.start and q.end <= att.end and not _title_in_frame(text, att, q)
        ]
    else:
        return []
    trimmed = []
    for start, end in pieces:
        while start < end and text[start] in _SEGMENT_EDGE:
            start += 1
        while end > start and text[end - 1] in _SEGMENT_EDGE:
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed if len(trimmed) > 1 else []


_JOINED_HALF = compile_on_use(r",\s*(?:and|but)\s+(?:(?:still|also|then)\s+)?$")


def _title_in_frame(text: str, att: Attribution, q: Quote) -> bool:
    """A quoted name in the frame between two pieces ('," Sanders said on CNN's "State of the
    Union" Sunday. "'): a title the writer names right after a word, not the speaker's words,
    which follow a comma, a colon or a sentence end."""
    if q.start <= att.start + 1:
        return False
    if _JOINED_HALF.search(text, max(att.start, q.open_at - 12), q.open_at):
        return False  # '," he said, but "when it comes to ...': the second half, joined
    before = text[max(att.start, q.open_at - 3) : q.open_at].rstrip()
    return before[-1:].isalnum() and _title_like(text[q.start : q.end], _title_small_words())


_BELIEVER_PRONOUNS = frozenset(["he", "she", "they"])
# stances kept only with a named source whose "he"/"she"/"they" may stand for the subject
# of the sentence before ("Clinton tweeted her thanks. She called his actions ..."); not
# findings: "he found that magical place" is no finding, and the subject is no check on it
_NEEDS_AN_ANTECEDENT = (":belief", ":characterisation")


def _believer_stands(speaker: Speaker) -> bool:
    """Whether a believer named by a pronoun resolved to someone who can hold a belief: "he"
    or "she" a person; "they" people named in the plural with a capital ("Clinton aides",
    "Economists") or an organisation with a capital ("Police"), not a poll ("They want to
    compromise" is not the polls' wish), a single source or a description through another
    pronoun ("Her advisers")."""
    pronoun = (speaker.mention or "").lower()
    if pronoun not in _BELIEVER_PRONOUNS:
        return True  # named in the sentence itself
    if pronoun != "they":
        return speaker.kind == "person"
    name = speaker.name.split()
    return (
        name[0][:1].isupper()
        and name[0].lower() not in _POSSESSIVE_WORDS
        and (
            speaker.kind == "organization"  # "Police", "Cabinet Office"
            or (speaker.kind == "anonymous" and name[-1].endswith("s"))
        )
    )


_POSSESSIVE_WORDS = frozenset(["her", "his", "their", "its", "our", "my", "your"])


def _someone_unresolved(speaker: Speaker) -> bool:
    """Whether a believer is "he", "she" or "they" that names nobody who can hold a belief:
    not resolved at all, or to a poll or a thing ("They want to compromise" is no poll's wish)."""
    return (speaker.mention or "").lower() in _BELIEVER_PRONOUNS and (
        speaker.kind == "unknown" or not _believer_stands(speaker)
    )


def _a_group(text: str, att: Attribution) -> bool:
    """Whether a believer's mention is a group of people named by a plural noun, not a
    pronoun: "environmentalists", "Regulators and environmental groups"."""
    m_start, m_end = att.mention or (0, 0)
    surface = text[m_start:m_end]
    return (
        surface.lower() not in pronoun_classes()
        and not surface[:1].isdigit()  # "over 30,000 immigrants expected": a count, no believer
        and group_of_people(surface)
    )


def _unknown_believer(speaker: Speaker) -> Speaker:
    return Speaker(UNKNOWN_SPEAKER, speaker.mention, speaker.start, speaker.end, "unknown")


def _antecedent(
    masked: str,
    sents: list[_Sentence],
    sent_starts: list[int],
    pronoun_at: int,
    resolver: SpeakerResolver,
    personal: bool = False,
    said: tuple[int, int] | None = None,
) -> tuple[int, int] | None:
    """The subject opening the pronoun's own sentence ("Murphy ... discovered the cause he
    believes ...") or, when the pronoun opens it, the sentence before in the same paragraph:
    the nearest a reader would take the pronoun to stand for. Only a capitalised name.

    For a personal pronoun ("he", "she", an age), `personal` reaches further: over a
    paragraph's break, and to a person described by role ("The Tory leader") for the resolver
    to name; a believer's "they" or "it" does not. `said`, the span of the words the pronoun
    reports: a subject inside them is what was said, not who said it ("Chinese firms would
    be allowed to operate ..., he confirmed"), so the pronoun reaches to the sentence before
    as if it opened its own."""
    index = bisect_right(sent_starts, pronoun_at) - 1
    if index < 0:
        return None
    sentence = sents[index]
    subject = sentence_subject(masked, sentence.start, pronoun_at)
    if subject is not None and said is not None and said[0] <= subject[0] < said[1]:
        subject = None
    if subject is not None and subject[1] <= pronoun_at and subject[0] < pronoun_at - 1:
        if masked[subject[0] : subject[1]].lower() in _BELIEVER_PRONOUNS:
            return None
    elif index > 0 and (sents[index - 1].paragraph == sentence.paragraph or personal):
        # across a paragraph's break only for a pronoun: "Former Pennsylvania governor Ed
        # Rendell ... was even more resolute. (new paragraph) "Absolutely not," he said
        previous = sents[index - 1]
        subject = sentence_subject(masked, previous.start, previous.end)
        if subject is None and personal:
            subject = _named_subject_after_opening_clause(
                masked, previous.start, previous.end
            ) or _closing_frame_speaker(masked, previous.start, previous.end)
        if personal:
            subject = _through_the_same_pronoun(masked, sents, index - 1, subject, pronoun_at)
    else:
        return None
    if subject is None or not masked[subject[0]].isupper():
        return None
    if masked.startswith(("'s", "’s"), subject[1]):
        return None  # "At center stage was Trump's eldest daughter, Ivanka Trump, ...": his
    dateline = DATELINE.match(masked, subject[0], subject[1])
    if dateline is not None:
        subject = (dateline.end(), subject[1])  # "CLEVELAND - Donald Trump painted ..."
    of = _OF_BODY.search(masked, subject[0], subject[1])
    if (
        of is not None
        and masked[subject[0] : of.start()].split()[-1].lower() in resolver.full_names
    ):
        subject = (subject[0], of.start())  # "Laura Brownlees of Save the Children said"
    named = masked[subject[0] : subject[1]].split()
    if (
        personal
        and named[0].lower() == "the"
        and len(named) > 1
        and named[-1].lower() in words("role_nouns")
    ):
        return subject  # "The Tory leader was asked ...": a role the resolver may name
    if (
        len(named) >= 4
        and named[0].lower() in words("determiners")
        and named[-3].lower() in words("role_nouns")
        and named[-2][:1].isupper()
        and named[-1].lower() in resolver.full_names
    ):
        # "The men's solicitor Matthew Knight, said": a description, then the person's name
        subject = (masked.rindex(named[-2], subject[0], subject[1]), subject[1])
        named = named[-2:]
    titled = len(named) == 2 and named[0].lower().rstrip(".") in bare_titles()
    if named[0].lower() in words("determiners") or (
        named[-1].lower() not in resolver.full_names and not titled
    ):
        # a person the article introduces by full name, not "Doing so ...", or by title
        # and surname alone ("Lord Woolf ... was giving evidence. He said")
        return None
    if masked[subject[0] : subject[1]].split()[0].lower() in _BELIEVER_PRONOUNS | {"it", "we", "i"}:
        return None
    return subject


# a frame closing a sentence, the speaker's name after its verb or before it: "..., observes
# Ms Alexander.", '"...," Professor Curtice said.'
_CLOSING_FRAME = compile_on_use(
    r"[,\x01]\s+(?:(?P<verb>[a-z]+)\s+(?P<after>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)"
    r"|(?P<before>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s+(?P<said>[a-z]+))[.!?]?\s*$"
)
# verbs whose name after them is whom the words were said to: "..., told Mr Brown."
_ADDRESSEE_VERBS = frozenset(["told", "tells", "asked", "asks", "urged", "urges", "assured"])


def _closing_frame_speaker(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker a frame closing a sentence names, for a later "he" or "she" when the
    sentence has no subject to read: "... sits uneasily with many Iraqis, observes Ms
    Alexander. "It is seen as a selling off ...," she says"."""
    if masked.find(",", start, end) < 0 and masked.find(MASK, start, end) < 0:
        return None  # the cheap test first: no comma or quotation, no closing frame
    found = _CLOSING_FRAME.search(masked, start, end)
    if found is None:
        return None
    verb = found.group("verb") or found.group("said")
    if verb not in reporting_verb_forms() or verb in _ADDRESSEE_VERBS:
        return None
    return found.span("after") if found.group("after") else found.span("before")


# a clause opening a sentence before its subject: "As Democrats cobbled together ..., Senator
# Chuck Schumer of New York was clear", "Steering clear of ..., Kasich has sought"
_OPENING_CLAUSE = compile_on_use(
    r"(?:As|When|While|Whilst|After|Before|Although|Though|Since|Because|Once|Until|Despite"
    r"|[A-Z][a-z]+ing)\s"
)
# how many commas into a sentence its opening clause may end
_OPENING_CLAUSE_COMMAS = 3


def _named_subject_after_opening_clause(
    masked: str, start: int, end: int
) -> tuple[int, int] | None:
    """The named subject after a clause opening a sentence, the first comma after which a
    subject and its verb follow: "When Mr. Trump tried to defend his remarks ..., Mr. Kasich
    forcefully differed"; none when that subject is a pronoun or in lower case ("After the
    vote, the party said"). For a pronoun's antecedent, so wider than attribution's
    `_subject_after_opening_clause`, which reads only clauses of time and only the last comma."""
    if not _OPENING_CLAUSE.match(masked, start, end):
        return None  # the cheap test first
    comma = start
    for _ in range(_OPENING_CLAUSE_COMMAS):
        comma = masked.find(", ", comma + 1, end)
        if comma < 0 or masked.find(MASK, start, comma) >= 0:
            return None
        found = sentence_subject(masked, comma + 2, end)
        if found is not None:
            return found if masked[found[0]].isupper() else None
    return None


# a person's name and the body they are of: "Laura Brownlees of Save the Children"
_OF_BODY = compile_on_use(r"(?<=[a-z]) of (?=[A-Z])")
_WORD_AT = compile_on_use(r"[A-Za-z]+")
# a capitalised word after a sentence's first one
_CAPITAL_AFTER_FIRST = compile_on_use(r"(?<=\w)[^\w\x01]+[A-Z]")
# how many sentences opened by the same "he" or "she" a pronoun reaches back over
_PRONOUN_CHAIN_REACH = 2


def _through_the_same_pronoun(
    masked: str,
    sents: list[_Sentence],
    index: int,
    subject: tuple[int, int] | None,
    pronoun_at: int,
) -> tuple[int, int] | None:
    """The subject a chain of sentences opened by the same "he" or "she" carries on from, when
    `subject` (of sentence `index`) is that pronoun: "Holmes will make her first track
    appearance ... She will also run in the Grand Prix ... "I am still competitive," she said"
    is Holmes. Within the paragraph, over at most two such sentences; `subject` itself
    otherwise. Whether anyone else is named on the way is the resolver's test."""
    word = _WORD_AT.match(masked, pronoun_at)
    pronoun = word.group().lower() if word else ""
    if (
        pronoun not in _PERSONAL_PRONOUNS
        or subject is None
        or masked[subject[0] : subject[1]].lower() != pronoun
    ):
        return subject  # the cheap tests first: no chain to follow
    if _CAPITAL_AFTER_FIRST.search(masked, sents[index + 1].start, pronoun_at):
        # "She recalled her daughter ... After Kathina was shot, she exclaimed": a name in the
        # pronoun's own clause, before it, may be whom it stands for; no reaching back past it
        return subject
    for _ in range(_PRONOUN_CHAIN_REACH):
        if (
            subject is None
            or masked[subject[0] : subject[1]].lower() != pronoun
            or index == 0
            or sents[index - 1].paragraph != sents[index].paragraph
        ):
            return subject
        index -= 1
        subject = sentence_subject(masked, sents[index].start, sents[index].end)
    return subject


def _paragraph_of_sentence_at(sents: list[_Sentence], sent_starts: list[int], at: int) -> int:
    """The paragraph of the sentence holding offset `at`."""
    return sents[max(0, bisect_right(sent_starts, at) - 1)].paragraph


_CONTINUING_CUE = compile_on_use(r"(?:[Aa]dd|[Cc]ontinu|went on|goes on|go on)")
# "he" and "she": a person's pronouns, which may stand for a name no one has quoted yet
_PERSONAL_PRONOUNS = frozenset(["he", "she"])
# "his" and "her" owning a claim noun ("his claim that ...", "her promise to ..."): the person
# who made the statement, found as for "he" and "she" when the history has nobody for them
_POSSESSIVE_PRONOUNS = frozenset(["his", "her"])


def _stands_for_a_person(text: str, att: Attribution) -> bool:
    """Whether the mention of `att` is a person's pronoun whose antecedent may be looked for in
    the sentences before: "he" or "she" of any claim, "his" or "her" of a statement named by
    its noun (rule `nominal`: "Trump never cited a source for his claim that ...")."""
    assert att.mention is not None
    pronoun = text[att.mention[0] : att.mention[1]].lower()
    return pronoun in _PERSONAL_PRONOUNS or (
        pronoun in _POSSESSIVE_PRONOUNS and att.rule.endswith(":nominal")
    )


_OTHER_SEX = {
    "he": compile_on_use(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"),
    "she": compile_on_use(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b"),
}


def _speaks_of_the_other_sex(text: str, att: Attribution, pronoun: str) -> bool:
    """Whether a quotation said by "he" speaks of a "she" (or by "she" of a "he"), outside the
    frame inside it ('"A," she said, "B."'): someone of the other sex is on the speaker's mind."""
    other = _OTHER_SEX[pronoun.lower()]
    gap = att.gap or (att.end, att.end)
    return bool(other.search(text, att.start, gap[0]) or other.search(text, gap[1], att.end))


def _pronoun_antecedent(
    text: str,
    masked: str,
    sents: list[_Sentence],
    sent_starts: list[int],
    att: Attribution,
    resolver: SpeakerResolver,
) -> Speaker | None:
    """Whom a "he" or "she" the coreference history left unresolved, or an age ("said the
    20-year-old"), stands for: the named subject just before it ("But Mr Straw denied it
    amounted to a "constitutional crisis". He said ..."), unless that person is named again in
    the pronoun's sentence."""
    assert att.mention is not None
    m_start, m_end = att.mention
    pronoun = text[m_start:m_end].lower()
    if (
        att.kind == "direct"
        and pronoun in _OTHER_SEX
        and _speaks_of_the_other_sex(text, att, pronoun)
    ):
        # 'Tony Blunkett was in Leeds on Monday. "I work with him every day," she said': the
        # person the sentence before is about is the "him" the quotation speaks of
        return None
    if not resolver.full_names:
        return None  # the cheap test first: no one named in full, no antecedent to find
    antecedent = _antecedent(
        masked, sents, sent_starts, m_start, resolver, personal=True, said=(att.start, att.end)
    )
    if antecedent is None or mention_kind(text[antecedent[0] : antecedent[1]], "") != "person":
        return None
    if re.search(r"\sand\s+[A-Z]", text[antecedent[0] : antecedent[1]]):
        # "President Barack Obama and Vice President Joe Biden place flowers": two people; not
        # "EBay president and chief executive Meg Whitman"
        return None
    surname = text[antecedent[0] : antecedent[1]].split()[-1]
    for also in bounded_word_starts(text[att.context[0] : att.context[1]], surname):
        if not antecedent[0] <= att.context[0] + also < antecedent[1]:
            # "Robyn Mendes was the victim in that case. In 2005, he was charged with assault
            # and battery on Mendes": named again in the pronoun's sentence, she is not "he"
            return None
    return resolver.stand_in_for(
        text[m_start:m_end],
        m_start,
        m_end,
        antecedent,
        text[att.context[0] : att.context[1]],
        said=text[att.start : att.end],
        # "He added" opening a paragraph: words after earlier words, of someone already quoted,
        # not whoever the paragraph before was about
        spoke_before=att.cue is not None
        and _CONTINUING_CUE.match(text, att.cue[0], att.cue[1]) is not None
        and _paragraph_of_sentence_at(sents, sent_starts, antecedent[0])
        != _paragraph_of_sentence_at(sents, sent_starts, m_start),
        own_sentence=_sentence_after_subject(sents, sent_starts, antecedent, att),
    )


def _sentence_after_subject(
    sents: list[_Sentence], sent_starts: list[int], antecedent: tuple[int, int], att: Attribution
) -> int | None:
    """Where the pronoun's own sentence opens, past the words it reports when they come
    before it ('"I cast intuitively," she said'), when `antecedent` is in the sentence right
    before it: the stretch in which someone else named may still be whom the pronoun means
    (`SpeakerResolver.stand_in_for`). None when the antecedent is anywhere else."""
    assert att.mention is not None
    index = bisect_right(sent_starts, att.mention[0]) - 1
    if index < 1 or not sents[index - 1].start <= antecedent[0] < sents[index].start:
        return None
    own = sents[index].start
    if own <= att.start and att.end <= att.mention[0]:
        return att.end  # a name in the words reported is not who reports them
    return own


def _sole_person_of_pronoun(
    text: str, att: Attribution, resolver: SpeakerResolver
) -> Speaker | None:
    """Whom a "he" or "she" with no antecedent in the sentences before stands for when the
    article has named only one person it can be (`SpeakerResolver.sole_person_for`); a
    quotation that speaks of someone of the other sex leaves it unknown, as for an
    antecedent. Less certain than an antecedent, so lower in confidence."""
    assert att.mention is not None
    m_start, m_end = att.mention
    pronoun = text[m_start:m_end].lower()
    if not _stands_for_a_person(text, att):
        return None  # "said the 20-year-old": an age, no sex to go by
    if att.kind == "direct" and _speaks_of_the_other_sex(text, att, pronoun):
        return None
    return resolver.sole_person_for(
        text[m_start:m_end], m_start, m_end, said=text[att.start : att.end]
    )


def _own_words_start(text: str, att: Attribution) -> int:
    """Where the speaker's own words of a claim start, for the coreference history: the cue and
    what stands between it and the words are the speaker's too, so a name there ("told Rugby
    Special he would be fit") is whom the speaker spoke to, no antecedent for a later "he
    said"; not one before the cue ("Detective Dominic Mangoni, testifying at Hiller's hearing,
    said ... "I don't feel anything," she said"), nor the one asked ("Lynch asked Coleman,
    "...?" "Yes," he responded")."""
    if (
        att.cue is not None
        and att.mention is not None
        and att.mention[1] <= att.cue[0] < att.start
        and att.start - att.cue[0] <= _FRAME_REACH
        and not text.startswith("ask", att.cue[0])
    ):
        return att.cue[0]
    return att.start


def _called_by_pronoun(text: str, att: Attribution) -> bool:
    """ "He called anti-Trump protestors "illegals" and "thugs"": calling names is something
    said, so like "he said" it is kept with an unknown speaker when nobody named may stand for
    the "he", "she" or "they" who said it (a belief or a finding is not: no source to check)."""
    return (
        att.rule.endswith(":characterisation")
        and att.mention is not None
        and text[att.mention[0] : att.mention[1]].lower() in _BELIEVER_PRONOUNS
    )


def _paragraph_of(paras: list[tuple[int, int]], offset: int) -> int:
    return max(0, bisect_right(paras, offset, key=itemgetter(0)) - 1)


def _cut_at_furniture(
    text: str, paras: list[tuple[int, int]], furniture: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Paragraphs cut around furniture that ends inside them: a headline and the time stamp
    a scraper ran into the story's first line ("... leaves woman dead Updated 4:08 p. m. ET
    Lindsay Lohan's ..."), so the story opens a paragraph of its own. Furniture that runs to
    a paragraph's end (a whole line, a "| Site" suffix) leaves it whole, to be skipped."""
    if not furniture:
        return paras  # most articles: nothing to cut, and the paragraphs are trimmed already
    cut: list[tuple[int, int]] = []
    for p_start, p_end in paras:
        start = p_start
        for f_start, f_end in furniture:
            if start <= f_start and f_end < p_end:
                cut.append((start, f_start))
                start = f_end
        cut.append((start, p_end))
    return trimmed_spans(text, cut)


def _title_apart(
    text: str, paras: list[tuple[int, int]], title: str | None
) -> list[tuple[int, int]]:
    """The first paragraph cut after the article's own title where the text opens with it and
    the story runs on in the same line ("Seacom restored for commercial ISPs on alternate
    routes Seacom's business customers ... have had their services restored, Seacom announced"):
    without the cut the headline and the story's first sentence are read as one sentence, and
    a claim in either takes in both."""
    title = title.strip() if title else ""
    if not title or not paras:
        return paras
    start, end = paras[0]
    title_end = start + len(title)
    if title_end >= end or not text.startswith(title, start) or not text[title_end].isspace():
        return paras  # no title, a title on its own line already, or one cut inside a word
    return trimmed_spans(text, [(start, title_end), (title_end, end)]) + paras[1:]


# an aside in parentheses inside a sentence, quotations masked (no bracket of theirs is read)
_ASIDE = compile_on_use(r"\(([^()]*)\)")
# an aside between dashes that opens with a quotation: "brutal leaders like Saddam Hussein -
# ''He would have loved Stalin,'' Mr. Biden said twice - and repeatedly reminded ..."
_DASH = r"(?:—|–|--|(?<=\s)-(?=\s))"
_DASH_CHARS = compile_on_use(r"[—–-]")
_DASH_ASIDE = compile_on_use(_DASH + r"\s*(\x01[^—–\n]*?)\s*" + _DASH)


def _with_asides(
    text: str, masked: str, quotes: list[Quote], sentence: _Sentence, atts: list[Attribution]
) -> list[Attribution]:
    """A frame in an aside inside a sentence frames only the aside: in "those who fear Western
    softness in the face of conquest (''This is less a 'refugee crisis' and more an
    occupation,'' Monica Crowley wrote in The Washington Times last week) and those who fear
    ..." the frame ends at the bracket, and the quotation is the claim without its marks; in
    "... with no injuries to police or civilians (the Post says three people were injured)"
    the Post says only what is in the brackets. What a frame in the aside gave the whole
    sentence gives way to what it gives the aside, and the words of a frame outside that ran
    into it end where it opens. An aside with no frame of its own ("(“Little Marco”)",
    "(according to Nielsen)") changes nothing. Between dashes, only an aside that opens with a
    quotation is read so: a dash is as often a clause's end as an aside's start."""
    asides: list[re.Match[str]] = []
    if masked.find("(", sentence.start, sentence.end) >= 0:  # the cheap tests first
        asides.extend(_ASIDE.finditer(masked, sentence.start, sentence.end))
    if quotes and _DASH_CHARS.search(masked, sentence.start, sentence.end):
        asides.extend(_DASH_ASIDE.finditer(masked, sentence.start, sentence.end))
    for aside in asides:
        start, end = aside.span(1)
        if (start, end) == (sentence.start, sentence.end) or aside.group(1).count(" ") < 2:
            continue  # "(R-Texas)", "(AP)", "(£1.1bn)": no frame and words of its own
        own = [q for q in quotes if start <= q.open_at and q.close_end <= end]
        sub = [a for a in attribute_sentence(text, masked, own, start, end) if a.cue is not None]
        if not sub:
            continue
        atts = [
            _clipped_before(masked, a, aside.start(), aside.end())
            for a in atts
            if a.cue is None or not start <= a.cue[0] < end
        ]
        atts.extend(sub)
    return atts


def _clipped_before(masked: str, att: Attribution, at: int, aside_end: int) -> Attribution:
    """The words of a frame outside an aside that run into it end where it opens: "Clinton
    suggested that Sanders's latest plan was unserious - "Again, we need to get into the
    details," she said - and charged ..." suggested only "Sanders's latest plan was
    unserious"; words that go on past the aside keep it."""
    if att.kind == "direct" or not att.start < at < att.end <= aside_end:
        return att
    end = at
    while end > att.start and masked[end - 1] in _ASIDE_EDGE:
        end -= 1
    if end <= att.start:
        return att
    kind = "mixed" if MASK in masked[att.start : end] else "indirect"
    return replace(att, end=end, kind=kind, rule=kind + att.rule[att.rule.index(":") :])


_ASIDE_EDGE = " \t\n,;:-—–"


# what the subject of a reported clause may name and carry in a "that" clause of its own
_SUBJECT_NOUNS_EXTRA = frozenset({"report", "admission", "suggestions", "views"})


@cache
def _noun_then_that() -> re.Pattern[str]:
    """The words between a cue and its "that" clause when they are a noun phrase headed by a
    claim or stance noun ("reports", "the prime minister's view", "a claim by Peter Hain"),
    with no preposition before the noun ("in a statement that" is where it was said)."""
    nouns = trie_regex(words("claim_nouns") | words("stance_nouns") | _SUBJECT_NOUNS_EXTRA)
    not_in_phrase = sorted(PREPOSITIONS | {"without", "after", "before", "that", "as", "like"})
    before = rf"(?!(?:{'|'.join(not_in_phrase)})\b)"
    return re.compile(
        rf"(?:{before}[\w'’.-]+\s+){{0,4}}?(?:{nouns})(?:\s+(?:by|of|from)\s+[^,;:\x01]{{1,50}}?)?"
        r"\s+that$"
    )


@cache
def _clause_taking_cues() -> frozenset[str]:
    """Cues whose object is the reported clause itself, never a noun phrase for a claim: after
    them, a claim noun with a "that" clause is the reported clause's subject."""
    return verb_class("clause") - {"tell", "warn", "admit", "acknowledge", "concede", "note"} | {
        "add",
        "write",
        "explain",
    }


def _with_its_subject(text: str, att: Attribution) -> Attribution:
    """ "She said reports that she had likened the assembly government to totalitarian regimes
    were inaccurate", "Michael Howard has said a claim by Peter Hain that the Tory leader is
    acting like an 'attack mongrel' shows Labour is 'rattled'": after a verb of saying, a claim
    or stance noun with a "that" clause is the subject of what was said. The "that" clause
    alone is somebody else's claim, often the one the speaker disputes; the claim is the whole
    clause from the noun phrase on.
    """
    if att.cue is None or att.kind == "direct" or att.gap is not None or att.cue[1] >= att.start:
        return att
    gap = text[att.cue[1] : att.start].strip()
    if not gap.endswith(" that") or len(gap) > 90:
        return att
    if _noun_then_that().fullmatch(gap) is None:
        return att
    verb = text[att.cue[0] : att.cue[1]].split()[-1].lower()  # "has said": "said"
    base = reporting_verb_forms().get(verb)
    if base not in _clause_taking_cues() and verb not in belief_verb_forms():
        return att
    start = att.cue[1]
    while text[start].isspace():
        start += 1
    return replace(att, start=start)


def extract(text: str, title: str | None = None) -> ArticleExtraction:
    """Run every stage over one article; pure and deterministic."""
    meta, furniture = read_metadata(text)
    boilerplate = [(s[0], s[1]) for s in furniture]
    paras = _title_apart(text, _cut_at_furniture(text, paragraphs(text), boilerplate), title)
    quotes = find_quotes(text, paras)
    masked = mask_quotes(text, quotes)
    protected = [q.outer for q in quotes]
    sents: list[_Sentence] = []
    in_furniture = _Spans(boilerplate)
    skipped = {
        i for i, (p_start, p_end) in enumerate(paras) if in_furniture.overlaps(p_start, p_end)
    }
    for index, (p_start, p_end) in enumerate(paras):
        if index in skipped:
            continue
        for s_start, s_end in sentences(text, p_start, p_end, protected):
            sents.append(_Sentence(s_start, s_end, index))
    found: list[Attribution] = []
    opens = [q.open_at for q in quotes]
    for sentence in sents:
        inside = quotes[bisect_left(opens, sentence.start) : bisect_left(opens, sentence.end)]
        atts = attribute_sentence(text, masked, inside, sentence.start, sentence.end)
        if inside or masked.find("(", sentence.start, sentence.end) >= 0:
            # an aside needs a bracket or a quotation: most sentences have neither
            atts = _with_asides(text, masked, inside, sentence, atts)
        found.extend(atts)
    found = [_with_its_subject(text, att) for att in found]
    found.extend(_paragraph_attributions(text, masked, quotes, paras, sents, found))
    if masked.find(" according to ") >= 0:
        sourced = _sourced_after(masked, sents)
        if sourced:
            # the claim is the sentence before, no longer the "That is" before the source
            found = [a for a in found if not any(_in_lead(a, b) for b in sourced)]
            found.extend(sourced)
    turns = _transcript_turns(text, masked, paras, skipped)
    if turns:
        # a quoted transcript was first read as one quotation nobody was named for: its turns,
        # each with its speaker, take its place
        in_turns = _Spans([(turn.start, turn.end) for turn in turns])
        found = [
            a
            for a in found
            if not (a.rule == "direct:unattributed" and in_turns.overlaps(a.start, a.end))
            and not _stance_inside_turn(a, turns)
        ]
        _answerer_speaks_as_i(text, found, turns)
    taken = {(a.start, a.end) for a in found}
    claimed = _Spans(list(taken))
    added: list[tuple[int, int]] = []  # blocks kept: sorted, never overlapping one another
    for block in [
        *_block_quotes(text, masked, paras, skipped),
        *turns,
        *_headlines(text, masked, paras, skipped),
        *_signed_posts(text, paras),
    ]:
        before = bisect_left(added, block.end, key=itemgetter(0))
        if (
            (
                not claimed.overlaps(block.start, block.end)
                or _holds_only_stances(block, found)
                or _turn_holds_only_reports(block, found)
            )
            and not (before > 0 and added[before - 1][1] > block.start)
            and (block.start, block.end) not in taken
        ):
            found.append(block)
            added.insert(before, (block.start, block.end))  # overlaps none: `before` keeps order
    found.sort(key=lambda a: (a.start, a.end))

    resolver = SpeakerResolver.for_document(masked)
    sent_starts = [s.start for s in sents]
    claims: list[Claim] = []
    speakers_by_mention: dict[tuple[int, int], tuple[Speaker, float]] = {}
    for att in sorted(found, key=lambda a: (a.mention or (a.start, a.start))[0]):
        if att.mention is None:
            continue
        m_start, m_end = att.mention
        if att.mention in speakers_by_mention:
            # a second claim of the same mention ("Sanders called her fallen son her hero
            # before explaining why she forgave Roof"): its words are the speaker's too, so a
            # name inside them is no antecedent for a later "she said"
            resolver.note_words(
                speakers_by_mention[att.mention][0], _own_words_start(text, att), att.end
            )
            continue
        if (
            att.rule.endswith(_NEEDS_AN_ANTECEDENT)
            and text[m_start:m_end].lower() in _BELIEVER_PRONOUNS
        ):
            antecedent = _antecedent(masked, sents, sent_starts, m_start, resolver)
            if (
                antecedent is not None
                and antecedent not in speakers_by_mention
                and mention_kind(text[antecedent[0] : antecedent[1]], "") == "person"
            ):
                # "Rubio holds several positions ... He believes ...": the sentence subject
                # a pronoun believer may stand for enters the coreference history, which then
                # decides (recency, gender, nobody else named between) whether it does
                a_start, a_end = antecedent
                speakers_by_mention[antecedent] = resolver.resolve(
                    text[a_start:a_end], a_start, a_end, text[att.context[0] : att.context[1]]
                )
        if _named_in_a_run_in_headline(text, m_start, m_end, att.context[0]):
            speakers_by_mention[att.mention] = (
                Speaker(UNKNOWN_SPEAKER, text[m_start:m_end], m_start, m_end, "unknown"),
                0.3,
            )
            continue
        appositive = text[att.appositive[0] : att.appositive[1]] if att.appositive else None
        speakers_by_mention[att.mention] = resolver.resolve(
            text[m_start:m_end],
            m_start,
            m_end,
            text[att.context[0] : att.context[1]],
            appositive,
            _previous_organization(text, masked, sents, sent_starts, att.context[0])
            if att.appositive
            else None,
        )
        resolved = speakers_by_mention[att.mention][0]
        if (
            (
                resolved.name == UNKNOWN_SPEAKER
                and _stands_for_a_person(text, att)
                # "said the 20-year-old": an age the article gave no one stands in like "he"
                or resolved.kind == UNKNOWN_SPEAKER
                and (
                    is_age_description(text[m_start:m_end])
                    or is_epithet_description(text[m_start:m_end])  # "the Frenchman"
                )
            )
            and not att.rule.endswith(":evidence")  # "he found that magical place"
        ):
            stands_for = _pronoun_antecedent(text, masked, sents, sent_starts, att, resolver)
            if stands_for is not None:
                speakers_by_mention[att.mention] = (stands_for, 0.55)
            else:
                stands_for = _sole_person_of_pronoun(text, att, resolver)
                if stands_for is not None:
                    speakers_by_mention[att.mention] = (stands_for, 0.5)
            if (
                stands_for is not None
                and is_epithet_description(text[m_start:m_end])
                and stands_for.name.split()[-1] in text[att.context[0] : m_start]
            ):
                # "Dallas said that Deans was tackled short, but the Kiwi said": a person's
                # nationality, in the sentence that has named another, is no one named there
                speakers_by_mention[att.mention] = (resolved, 0.3)
        resolver.note_words(
            speakers_by_mention[att.mention][0], _own_words_start(text, att), att.end
        )
        if (
            (
                att.rule == "direct:characterisation"
                or _holds_in_a_relative(masked, att)
                or _asker_of_a_fronted_question(masked, att)
            )
            and resolver.history
            and resolver.history[-1].start == m_start
        ):
            # "... in what his church calls "spiritual marriages."": named inside a relative
            # clause, the speaker is no antecedent for a later "he" or "they", which a reader
            # takes for a main clause's subject; nor is "CBS moderator John Dickerson, who
            # wanted to know whether ...", the object of "She skirted the opening question from"
            resolver.history.pop()
        elif att.rule.endswith(":nominal"):
            resolver.not_an_antecedent(m_start)  # the owner of a claim noun: a verb's object
    for att in found:
        att.start = _inside_open_parenthesis(text, att)
        speaker = None
        confidence = att.confidence * 0.5
        if att.mention is not None:
            resolved, certainty = speakers_by_mention[att.mention]
            if att.rule.endswith(":belief") and _someone_unresolved(resolved):
                # "He thinks Cruz will win his current battle with Donald Trump": a person the
                # article is talking about holds the belief, whom the resolver could not name;
                # the claim stands as said words do, its believer unknown, never the pronoun
                resolved, certainty = _unknown_believer(resolved), 0.3
            elif (
                resolved.kind == "unknown"
                and att.rule.endswith((":belief", ":evidence"))
                and _a_group(text, att)
            ):
                # "environmentalists worry that ...", "Supporters of the law hope ...": a group
                # of people is the believer, as "critics" are the speaker of "critics say"; so
                # are "the researchers" of "the researchers found that ..."
                g_start, g_end = att.mention
                surface = text[g_start:g_end]
                resolved, certainty = Speaker(surface, surface, g_start, g_end, "anonymous"), 0.75
            elif (
                resolved.kind == "unknown"
                and att.rule.endswith(_NEEDS_A_NAMED_SOURCE)
                and not _called_by_pronoun(text, att)
            ):
                continue  # a belief is worth keeping only with a believer to check it with
            kind = resolved.kind
            if att.rule == "direct:transcript" and kind == "organization":
                kind = "person"  # a transcript's label in capitals names a person, not an acronym
            elif att.rule == "direct:bearer-reads" and text[
                att.mention[0] : att.mention[1]
            ].split()[-1].lower().removesuffix("s") in words("text_bearers"):
                # "a T-shirt that said "...": the thing that holds the words, capitalised as a
                # name may be, is nobody: its wearer is not named
                kind, certainty = "unknown", min(certainty, 0.45)
            elif att.rule.endswith(":headline") and text[att.cue[0] : att.cue[1]] in _FINDING_CUES:
                # "Leaked Documents Reveal ...": a document, capitalised as a title's words are
                kind = "media"
            speaker = Speaker(
                resolved.name, resolved.mention, resolved.start, resolved.end, kind,
                resolved.role, resolved.organization,
            )  # fmt: skip
            confidence = att.confidence * certainty
        cue = None
        if att.cue:
            # never back into the speaker's name or the content before the cue
            floor = max(
                att.context[0],
                att.mention[1] if att.mention and att.mention[1] <= att.cue[0] else 0,
                att.end if att.end <= att.cue[0] else 0,
            )
            cue_start, cue_end = widen_cue(text, att.cue, floor)
            cue = Span(text[cue_start:cue_end], cue_start, cue_end)
        if att.kind != "direct":
            att.end = _closing_mark_kept(text, quotes, opens, att.start, att.end)
        context_start = min(att.context[0], att.start)
        context_end = max(att.context[1], att.end)
        claims.append(
            Claim(
                text=text[att.start : att.end],
                start=att.start,
                end=att.end,
                kind=att.kind,  # type: ignore[arg-type]
                speaker=speaker,
                cue=cue,
                confidence=round(min(1.0, confidence), 3),
                rule=att.rule,
                context_start=context_start,
                context_end=context_end,
                said_on=_said_on(text, (context_start, context_end), (att.start, att.end), meta),
                segments=_segments(text, att, quotes, opens),
            )
        )
    _one_sex_each(claims, resolver)
    hedges = find_hedges(text)
    attach_hedges(claims, hedges, text)
    return ArticleExtraction(meta=meta, claims=claims, hedges=hedges, boilerplate=boilerplate)


def _closing_mark_kept(
    text: str, quotes: list[Quote], opens: list[int], start: int, end: int
) -> int:
    """The end of reported content taken on past the closing mark of a quotation that opens
    inside it and closes right after it ('calling it "absurd."' was cut to 'it "absurd.'), so
    what a journalist is shown has the speaker's words whole, marks and all. Only the last few
    quotations to open before the end can, one nested in another at most (`opens`: the
    quotations' opening offsets, sorted), so a long article costs no more per claim."""
    last = bisect_left(opens, end)
    for quote in quotes[max(0, last - 3) : last]:
        if (
            quote.closed
            and start <= quote.open_at < end <= quote.end < quote.close_end
            and not text[end : quote.end].strip(".,!?;:")
        ):
            return quote.close_end
    return end


def _one_sex_each(claims: list[Claim], resolver: SpeakerResolver) -> None:
    """A person some claims call "he" and others "she" is two people taken for one ("his
    wife, Jane, called for ... " ... " she said" given to Bernie Sanders): the claims whose
    pronoun is not the person's sex (as the article says it, else as most of the pronouns
    say it; on a tie, all of them) leave their speaker unknown."""
    called: dict[str, Counter[str]] = defaultdict(Counter)
    for claim in claims:
        speaker = claim.speaker
        if speaker is not None and speaker.kind == "person":
            pronoun = speaker.mention.lower()
            if pronoun in _PERSONAL_PRONOUNS:
                called[speaker.name][pronoun] += 1
    for name, counts in called.items():
        if len(counts) < 2:
            continue
        someone = next(c.speaker for c in claims if c.speaker and c.speaker.name == name)
        sex = resolver.gender(someone)
        if sex is not None:
            right = "he" if sex == "m" else "she"
        else:
            (top, most), (_, next_most) = counts.most_common(2)
            right = top if most > next_most else ""
        for claim in claims:
            speaker = claim.speaker
            if (
                speaker is not None
                and speaker.name == name
                and speaker.mention.lower() in (_PERSONAL_PRONOUNS - {right})
            ):
                claim.speaker = Speaker(
                    UNKNOWN_SPEAKER, speaker.mention, speaker.start, speaker.end, "unknown"
                )
                claim.confidence = min(claim.confidence, 0.3)
