"""Answers a poll's counted respondents give by a pro-form: "Asked whether Clinton "has the
integrity to serve", 75 percent of Democrats said yes", "64 percent call him competent, after 55
percent said so in December".

A claim whose words are only "yes" or "so" tells a reader nothing, so the claim runs from what
was affirmed (the question, or the clause "so" stands for) to the answer, with the share and its
verb as the gap between the two pieces, as "The plan, Smith said, would fail" is one claim on
both sides of its frame. Only a poll's share of respondents answers so here (a person's "said
yes" is another rule's): "yes" alone, never "no", whose pieces would read as the affirmed words.
"""

from __future__ import annotations

import re

from factdb.extract.attribution.content_before_frame import _content_kind
from factdb.extract.attribution.record import Attribution, _trim
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.mentions import after_openers
from factdb.extract.quotes import MASK, Quote
from factdb.extract.speakers import _POLL_SHARE, _POLL_SHARE_HINT, _UNNAMED_GROUP

# the answer: a verb of answering, then "yes" or "so" ending its clause
_ANSWER = compile_on_use(
    r"\b(?P<verb>said|say|says|answered|responded|replied)\s+(?P<answer>yes|so)\b"
    r"(?=\s*(?:[,;.!?—–]|$|\s(?:while|but|and|whereas|compared|in|after|last|this|then)\b))"
)


# the question put to the respondents, opening the sentence: "Asked whether ...", "Asked if ..."
_ASKED = compile_on_use(r"(?:When\s+)?[Aa]sked\s+(?:whether|if)\s+")


# the share before its verb, after the comma that closes the clause before it: "..., 75 percent
# of Democrats said yes", "..., after 55 percent said so"
_SHARE_AFTER_COMMA = compile_on_use(
    r"(?:,|\x01)\s*(?P<after>after\s+|while\s+|and\s+|but\s+)?(?P<share>[^,;:\x01]{2,80}?)\s+$"
)


_SHARE_WORDS = 12


# a share with no group named: "55 percent", "some 60 per cent", "Forty-six percent"
_BARE_PERCENT = compile_on_use(
    r"(?:(?:some|about|nearly|almost|roughly|just|only|fully)\s+)?(?:\d+(?:\.\d+)?|[A-Za-z]+"
    r"(?:-[a-z]+)?)\s+(?:percent|per\s+cent)|\d+(?:\.\d+)?%",
    re.IGNORECASE,
)


def _share(masked: str, start: int, end: int) -> bool:
    """Whether masked[start:end] is a poll's share of the people it counts ("75 percent of
    Democrats", "half", "about 4 in 10")."""
    phrase = masked[start:end]
    if not phrase or len(phrase.split()) > _SHARE_WORDS:
        return False
    if phrase.lower() == "half" or _BARE_PERCENT.fullmatch(phrase):
        return True  # "after half said so", "60 percent responded yes"
    return bool(
        _UNNAMED_GROUP.match(phrase) and " in " in phrase and phrase.split()[-1].isdigit()
    ) or bool(_POLL_SHARE_HINT.search(phrase) and _POLL_SHARE.match(phrase))


def poll_answers(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int, found: list[Attribution]
) -> list[Attribution]:
    """The answers in one sentence (see the module's docstring), each with the affirmed words as
    its first piece. `found` holds the sentence's other claims: one that runs on into the answer
    ("Six in 10 say he's decisive, after half said so") is cut before it, and a claim the same
    cue gave (the words after "said", or the question as the share's own words) is dropped."""
    answers: list[Attribution] = []
    for m in _ANSWER.finditer(masked, s_start, s_end):
        before = _SHARE_AFTER_COMMA.search(masked, max(s_start, m.start() - 90), m.start())
        if before is None:
            continue
        share = _trim(text, before.start("share"), before.end("share"))
        if not _share(masked, *share):
            continue
        comma = before.start()
        cue = (m.start("verb"), m.end("verb"))
        answer = (m.start("answer"), m.end("answer"))
        if m.group("answer") == "yes":
            opening = after_openers(masked, s_start, comma)
            asked = _ASKED.match(masked, opening, comma)
            if asked is None or before.group("after"):
                continue
            start = asked.end()
        else:
            # "so" stands for the clause of the claim before it in this sentence, which ends at
            # the comma or runs on past the answer (cut below): "..., after half said so"
            if not before.group("after"):
                continue
            earlier = [
                a
                for a in found
                if a.cue is not None
                and a.cue[1] <= a.start < comma
                and (a.end > comma or not masked[a.end : comma].strip(" ,"))
            ]
            if not earlier:
                continue
            start = earlier[-1].start
        # a quotation that closes the clause keeps its marks: "... serve effectively as president,”"
        s, e = _trim(text, start, comma + 1 if masked[comma] == MASK else comma)
        if e - s < 8:
            continue
        kind = _content_kind(masked, quotes, s, e)
        answers.append(
            Attribution(s, answer[1], kind, f"{kind}:poll-answer", cue, share, None, 0.6,
                        context=(s_start, s_end), gap=(e, answer[0]))
        )  # fmt: skip
    return answers


def with_poll_answers(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int, found: list[Attribution]
) -> list[Attribution]:
    """`found` with the sentence's poll answers added: a claim that ran on into an answer ends
    before it, and one given by an answer's own cue is replaced by the answer."""
    answers = poll_answers(text, masked, quotes, s_start, s_end, found)
    if not answers:
        return found
    cues = {a.cue for a in answers}
    affirmed_ends = [a.gap[0] for a in answers if a.gap is not None]
    kept: list[Attribution] = []
    for att in found:
        if att.cue in cues:
            continue
        for end in affirmed_ends:
            if att.start < end < att.end and att.cue is not None and att.cue[1] <= att.start:
                # "he's at least somewhat decisive, after half said so ...": the answer's
                # affirmed words end the earlier claim
                att.start, att.end = _trim(text, att.start, end)
        kept.append(att)
    return kept + answers
