"""Who put out a document and what it says: senders, document quotations and relatives, text that a
bearer reads.
"""

from __future__ import annotations

import re

from factdb.extract.attribution.clause_after_cue import _QUOTATION_NEXT, clause_after_cue
from factdb.extract.attribution.content_before_frame import _content_kind, _has_any
from factdb.extract.attribution.participle_speakers import _headed_by_a_speaker
from factdb.extract.attribution.record import Attribution, _trim
from factdb.extract.attribution.shared import _SENT_TO, _WEEKDAY
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import words
from factdb.extract.mentions import after_openers, sentence_subject, share_before, subject_before
from factdb.extract.quotes import Quote
from factdb.extract.speech_acts import FAMILIES
from factdb.extract.verbs import STRICT_FINITE, has_finite

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


# a report, a study or a filing its sender put out, right before a participle: "Cisco issued a
# report saying armies of hijacked computers are flooding the world with spam", "the Commons
# Work and Pensions Committee published a highly critical report into the "failing" agency
# noting ..."; only after a verb that puts it out, never one that cites, reads or denies it
# ("dismissed a report saying ...": another's report)
_REPORT_PUT_OUT = compile_on_use(
    r"\b(?:issued|issues|issuing|released|releases|releasing|published|publishes|publishing|"
    r"produced|compiled|filed|files|filing|presented|unveiled|put\s+out|putting\s+out)\s+"
    r"(?P<document>(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:report|study|survey|"
    r"paper|document|note|notice|assessment|analysis|briefing|bulletin|dossier|lawsuit|suit|"
    r"complaint|motion|petition)s?)"
    r"(?:\s+(?:into|on|about|against|to)\s+(?:[\w’'.&-]+\s+){0,5}?[\w’'.&\x01-]+)?"
    r"(?:\s+(?:early\s+|late\s+)?(?:on\s+)?(?:" + _WEEKDAY + r"|today|yesterday|earlier|"
    r"tonight)|\s+(?:early\s+|late\s+)?(?:this|last)\s+(?:week|month|year|morning|afternoon|"
    r"evening|night))?" + _DOCUMENT_CHANNEL + r"\s+$"
)


# a message named by its writer after "from", right before a participle: "a statement from Ms.
# Trump saying that she felt ...", "an open letter from company president Lee Scott saying";
# a name, perhaps after a role or "the" ("a letter from the Treasury stating"), never a place
# or a time in lower case ("a statement from hiding, saying": who issued it, the sentence says)
_DOCUMENT_FROM = compile_on_use(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|message|memo|note|e-?mail|"
    r"press\s+release|tweet|text\s+message)s?\s+from\s+"
    r"(?P<writer>(?:the\s+)?(?:(?!(?:of|the|a|an|and|in|on|at|to)\s)[a-z][\w-]*\s+){0,2}?"
    r"[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})\s*,?\s+$"
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


# a subordinator that opens a clause, right before its subject: "one day after Cisco issued"
_SUBORDINATOR_END = compile_on_use(
    r"\b(?:after|when|because|since|before|while|once|until|although|though|as)\s+$"
)


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
    if (
        pronoun is not None
        and not verb.group("aside")
        and not verb.group("relative")
        and _SUBORDINATOR_END.search(masked, max(s_start, pronoun[0] - 12), pronoun[0])
        and not has_finite(masked, pronoun[0], pronoun[1])
    ):
        # "Microsoft's move came one day after Cisco issued a report saying ...": the subject
        # of the clause the sender's verb is in, right before it
        return pronoun
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
        written = _DOCUMENT_FROM.search(masked, max(s_start, cue.start() - 120), cue.start())
        if written is not None and after[3] in ("said-that", "said-clause"):
            # "The book included a statement from Ms. Trump saying that ...", "an open letter
            # from company president Lee Scott saying it was time ...": its writer's, a clause
            # ("A statement from Chelsea explaining the decision read: "..."": read's words)
            return Attribution(s, e, kind, f"{kind}:document-saying", (cue.start(), cue.end()),
                               written.span("writer"), None, 0.7)  # fmt: skip
        report = _REPORT_PUT_OUT.search(masked, max(s_start, cue.start() - 160), cue.start())
        sender = report and _sender(masked, s_start, report.start("document"))
        if sender is None or _SENT_TO.match(masked, sender[1]):
            return None
        return Attribution(s, e, kind, f"{kind}:document-saying", (cue.start(), cue.end()),
                           sender, None, 0.7)  # fmt: skip
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
