"""What polls, records, studies and documents show or find, said by the document."""

from __future__ import annotations

import re

from factdb.extract.attribution.clause_after_cue import _bare_clause
from factdb.extract.attribution.clipping import _clip_end
from factdb.extract.attribution.content_before_frame import (
    _after_dateline,
    _content_around,
    _content_before,
    _content_kind,
    _has_any,
)
from factdb.extract.attribution.documents import _sender
from factdb.extract.attribution.name_asides import _name_before_aside, _noun_use
from factdb.extract.attribution.participle_speakers import _coordinated_subject
from factdb.extract.attribution.record import Attribution, _trim
from factdb.extract.attribution.relative_subjects import _DASH_AFTER
from factdb.extract.attribution.shared import (
    _AUXILIARY_OPENING,
    _CHARACTERISING_VERBS,
    _COORDINATED,
    _EDGE_TRIM,
    _MODAL_BEFORE,
    _NEGATED_BEFORE,
    _NOT_BEFORE_BELIEVER,
    _NOT_BELIEVERS,
    _NOUN_LIKE_CUES,
    _PASSIVE_BEFORE,
    _SENT_TO,
    _TO_BEFORE,
    _cue_span,
    _ends_in_to,
)
from factdb.extract.attribution.subjects import _long_subject
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import entries, verb_class, words
from factdb.extract.mentions import PREPOSITIONS, Token, subject_before, tokens
from factdb.extract.quotes import MASK, Quote
from factdb.extract.verbs import FINITE_WORD, STRICT_FINITE, find_cues, has_finite

# (an emphatic "do" states the belief: "he does believe McConnell is correct")
# a finding not yet made: "records that would reveal", "an email that would have revealed"
_SEEMS_TO_BEFORE = compile_on_use(r"\b(?:seems|seem|seemed|appears|appear|appeared)\s+to\s+$")


_HYPOTHETICAL_BEFORE = compile_on_use(r"\b(?:would|could|might|may)\s+(?:not\s+|have\s+)*$")


# "A study by ... concluded that ...": a document's conclusion, only as a clause
_CLAUSE_EVIDENCE_VERBS = verb_class("evidence_clause")


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
    showed that ..." is the writer's inference), never the writer or reader; but a study's "It"
    shows as it finds ("The report ... . It also shows that few can spot ...")."""
    shown = m.group() in ("shows", "showed")  # only as a study's, after "It" (below)
    if m.group() not in ("found", "finds", "find") and not shown:
        return None
    that = _FOUND_THAT.match(masked, m.end(), s_end)
    if shown and that is None:
        return None
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
    if (
        subject is not None
        and that is not None
        and masked[subject[0] : subject[1]] == "It"
        and not masked[s_start : subject[0]].strip(_EDGE_TRIM)
    ):
        # "The research was carried out jointly by the UK Film Council and ... Skillset. It
        # also found that ...": the document the sentence before named, never a pronoun
        subject = _document_it_carries(masked, s_start)
    elif shown:
        return None  # "Cleveland showed that ...": the writer's inference
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


# the end of the sentence before: a full stop and space, or a line break
_SENTENCE_END = compile_on_use(r"[.!?][\x01\"”’']?\s+|\n")


# a study that opens a sentence as its subject ("The research was carried out ...", "A study
# commissioned by the executive, ..., found that ...", "The survey also looked at ..."), or one
# that closes it after a comma as the subject of its verb ("..., a Toshiba study found.")
_DOCUMENT_OPENING = compile_on_use(
    r"(?P<document>(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w.&’'/-]+\s+){0,4}?"
    r"(?P<noun>[a-z]+))\b(?![’'])"
)
_DOCUMENT_CLOSING = compile_on_use(
    r",\s+(?P<document>(?:the|a|an)\s+(?:[\w.&’'/-]+\s+){0,4}?(?P<noun>[a-z]+))\s+"
    r"(?:found|finds|showed|shows|suggested|suggests|concluded|concludes|said|says)\s*[.!]?\s*$"
)


# the studies an "It" may carry on, one of a kind: "survey", "study", "report", not "polls"
_ONE_STUDY = frozenset(w for w in words("study_nouns") if not w.endswith("s")) | {"analysis"}


def _document_it_carries(masked: str, s_start: int) -> tuple[int, int] | None:
    """The study the sentence before `s_start` names as its subject, which an "It" opening
    the sentence carries on ("The survey also looked at issues of nationality. It found that
    ..."), or None: a study is no body that speaker resolution gives an "it", and its finding
    is worth keeping only with its source. Only "the research", "the study", "a report", ...
    one of them, first of the sentence or its verb's subject after a comma at the end; not
    "The figures were prepared by Alva. It found that ...", where "it" is Alva."""
    floor = max(0, s_start - 600)
    breaks = [b for b in _SENTENCE_END.finditer(masked, floor, s_start) if b.end() < s_start - 1]
    opening = breaks[-1].end() if breaks else (0 if floor == 0 else None)
    if opening is None:
        return None
    before = masked[opening:s_start].rstrip()
    found = _DOCUMENT_CLOSING.search(before) or _DOCUMENT_OPENING.match(before)
    if found is None or found.group("noun") not in _ONE_STUDY:
        return None
    return opening + found.start("document"), opening + found.end("document")


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


# "is saying", and "He’s claiming", "they’re saying" with the auxiliary contracted: the cue is
# the finite verb of its sentence, not a participle on another's act
_PROGRESSIVE_CUE = compile_on_use(
    r"(?:\b(?:is|are|was|were|been|started|starts|began|begins|kept|keeps|continued|continues)"
    r"|(?<![\w’'])(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|who)[’'](?:s|re))"
    # "is also asking", "has lately started asking", "are now openly questioning how"
    r"\s+(?:(?:also|still|now|again|already|[a-z]+ly)\s+){0,2}$"
)
