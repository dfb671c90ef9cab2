"""Whose act a participle or a coordinated clause reports: subjects of joined and leading clauses,
and who may speak.
"""

from __future__ import annotations

import re

from factdb.extract.attribution.clause_after_cue import _CLAUSE_DASH, clause_after_cue
from factdb.extract.attribution.content_before_frame import (
    _after_dateline,
    _clause_breaks,
    _has_any,
)
from factdb.extract.attribution.record import Attribution
from factdb.extract.attribution.relative_subjects import _skip_blank, _subject_before_comma_aside
from factdb.extract.attribution.shared import (
    _ADVERBIAL_OPENERS,
    _CLAUSE_VERBS,
    _COORDINATED,
    _DETERMINERS,
    _FRONTED_CLAUSE,
    _TIME_LEADS,
    _WEAK_CLAUSE_VERBS,
)
from factdb.extract.attribution.subjects import _SPEAKER_HEADS, _long_subject
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import (
    belief_verb_forms,
    demonyms,
    pronoun_classes,
    reporting_verb_forms,
    trie_regex,
    words,
)
from factdb.extract.mentions import (
    CALENDAR,
    PREPOSITIONS,
    after_openers,
    appositive_before,
    sentence_subject,
    subject_after,
    subject_before,
)
from factdb.extract.quotes import MASK, Quote
from factdb.extract.speakers import people_plural
from factdb.extract.verbs import FINITE_WORD, STRICT_FINITE, find_cues


def _name_before_subordinate_participle(
    masked: str, floor: int, opening: re.Match[str]
) -> tuple[int, int] | None:
    """ "Mr. Sanders, after initially saying he would not advertise on television ...": a name
    and its comma open the sentence right before "after", "while" or "before" and the
    participle; the name is the main clause's subject, who said it."""
    if not opening.group(1):
        return None
    return _opening_name_before(masked, floor, opening.start(1))


# "Democratic leaders — and, in particular, Senate Minority Leader Harry Reid — insisted": a
# subject opening the sentence, an aside between two dashes of one kind, then the cue
_DASHED_ASIDE = compile_on_use(
    r"(?:(?:But|And|So|Yet|Still|Now)\s+)?(?P<np>[^—–―\x01;:,()]{2,90}?)"
    # a list of examples may end the phrase: "Other prominent Republicans, like Richard
    # Armitage, Henry Paulson and Brent Scowcroft ― three former ... big shots ― have also said"
    r"(?P<examples>,\s+(?:like|including|such\s+as)\s+[^—–―\x01;:()]{2,120}?)?"
    r"\s+(?P<dash>—|–|―|--|-)\s+"
    # adverbs and auxiliaries between the closing dash and the cue: "— have long argued"
    r"[^;]{3,200}?\s*(?P=dash)\s*"
    r"(?:(?:[a-z]+ly|also|then|later|now|has|have|had|long|often|always|already|both|all)\s+){0,3}$"
)


def _people_described(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """ "Insiders in the next two states — Nevada and South Carolina — said", "Three-in-five
    GOP insiders across the four states — and ... — said": the words from `start` to `end`
    as one long subject, when people or a speaker's noun head them and a preposition follows
    the head ("Trump beat Clinton" is a clause, no description)."""
    found = _long_subject(masked, start, end, after_adverbial=True)
    if found is None or found[0] != start or masked[found[1] : end].strip():
        return None
    words_in = masked[start:end].split()
    head, at = _head_of(words_in)
    if at == len(words_in) - 1 or at and head != head.lower():
        return None  # no description after the head; or a name's word ("Trump Tower")
    return found if _speaker_noun(head) else None


def _subject_before_dashes(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase before a dashed aside that separates it from the cue: the phrase must be
    all the sentence has before the first dash, after its openers at most ("On Friday, Gingrich
    — mentioned by Newsmax as ... — told"), with no verb, so the aside cannot be a clause of a
    subject further back."""
    start = after_openers(masked, s_start, cue_start)
    match = _DASHED_ASIDE.match(masked, start, cue_start)
    comma = masked.find(",", start, cue_start)
    if match is None and comma >= 0:
        # "Reached by phone on Tuesday, Joyce — who is listed as an attorney ... — told"
        opening = start
        start = _skip_blank(masked, comma + 1)
        if _opener_only(masked, s_start, start, speech=True) or _FRONTED_CLAUSE.match(
            masked, opening, comma
        ):
            # "Even if Clinton can't catapult over Sanders in New Hampshire, insiders in the next
            # two states — Nevada and South Carolina — said": a leading clause, then the subject
            match = _DASHED_ASIDE.match(masked, start, cue_start)
    if match is None:
        return None
    phrase_end = match.end("examples") if match.group("examples") else match.end("np")
    if STRICT_FINITE.search(masked, match.start("np"), phrase_end):
        return None
    subject = subject_before(masked, s_start, match.end("np"))
    if subject is None:
        return _people_described(masked, match.start("np"), match.end("np"))
    opening = masked[match.start("np") : subject[0]].split()
    if not all(_describes_the_name(word) for word in opening):
        # otherwise the phrase read from its start must end at the dash: "Trump beat Clinton
        # — ..." reads "Trump" and makes Clinton an object
        whole = subject_after(masked, match.start("np"), match.end("np"))
        if whole is None or whole[1] != match.end("np"):
            return _people_described(masked, match.start("np"), match.end("np"))
    subject = (match.start("np"), subject[1])
    if masked[subject[0] : subject[1]].lower() in pronoun_classes():
        return None
    return subject


def _describes_the_name(word: str) -> bool:
    """Whether a word before a name can be part of its noun phrase: a determiner, a capitalised
    word or a role ("GOP front-runner Donald Trump"); a lower-case verb ("Trump beat Clinton")
    cannot."""
    lowered = word.lower()
    return (
        lowered in words("determiners")
        or lowered.replace("-", "") in words("role_nouns")
        or word[:1].isupper()
        and lowered not in words("function_words")
    )


# adverbs between a subject and its verb: "He also wants", "Clinton now really hopes"
_ADVERBS_BEFORE = compile_on_use(r"(?:\b(?:also|still|now|really|just|only|even|[a-z]+ly)\s+)+$")


# a subordinate clause with a subject of its own: "as he mentioned", "while Clinton spoke"
_SUBORDINATE_SUBJECT = compile_on_use(
    r"\b(?P<conj>(?i:as|when|while|because|after|before|since|if|though|although|until|once))"
    r"\s+(?P<subject>he|she|they|it|we|I|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+"
    r"(?:(?:[a-z]+ly|later|also|then|first|again)\s+)?"
    r"(?:[a-z]+ed|[a-z]+s|said|told|went|made|spoke|gave|took|was|were|had|is|has)\b"
)


# the subordinators whose clause a verb after "and" goes on: "when Cruz knocked Rubio on trade
# and called him a "moderate"", "Clinton, though she praised Garland and said ..."; not a time
# before or after ("McConnell was quick to embrace the mogul after he clinched the nomination
# and said this week ..." is McConnell's saying), a cause or a condition
_SHARED_SUBORDINATORS = frozenset(["when", "while", "as", "though", "although"])


def _coordinated_subject(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """ "The spokesman refused to answer ... but said there was no call": after "and" or "but"
    the verb shares the sentence's subject, also one behind an opener or an aside ("De Blasio,
    speaking on WOR710, called Trump a "blowhard," and said ...")."""
    joined = _COORDINATED.search(masked, max(s_start, cue_start - 40), cue_start)
    if joined is None:
        return None
    floor = _after_dateline(masked, s_start, cue_start)
    inside = _subordinate_clause_subject(masked, floor, joined.start())
    if inside is not None:
        return inside
    second = _second_clause_subject(masked, floor, joined.start(), cue_start)
    if second is not None:
        return second
    subject = (
        # a clause after a dash: "... drew Trump's ire - he called her "weak" and said"
        _subject_after_dash(masked, floor, joined.start(), cue_start)
        # no loose aside: "Paul Martino, CEO of Aggregate Knowledge, talks about the tool,
        # which ... and recommends content" is no Martino recommending
        or sentence_subject(masked, floor, cue_start, loose=False)
        # as for a speech participle: a cue inside a leading clause ("When asked whom she
        # supported, Ms. Sherry smiled and said") is no act the verb after "and" goes on with
        or _main_clause_subject(masked, floor, joined.start(), speech=True)
        or _opening_phrase_of_first_verb(
            masked, after_openers(masked, floor, cue_start), joined.start()
        )
    )
    if subject is not None and _SUBORDINATE_SUBJECT.search(masked, subject[1], joined.start()):
        # "some people were yawning ... as he mentioned raising the minimum wage ... and
        # described Mrs. Clinton's plans": the verb may share the subordinate clause's subject
        return None
    return subject


# a second main clause, its subject followed by its own verb: ", and the Anti-Defamation League
# strongly denounced", "; the group later issued"
_SECOND_CLAUSE = compile_on_use(r"(?:,\s*(?:and|but)|;)\s+(?=(?:[Tt]he|[A-Z])\w*\s)")


_ADVERB_BEFORE = compile_on_use(r"\s(?:[a-z]+ly|also|then|later)\s+$")


def _second_clause_subject(
    masked: str, floor: int, joined_at: int, cue_start: int
) -> tuple[int, int] | None:
    """ "A group of rabbis called for a boycott of his speech, and the Anti-Defamation League
    strongly denounced Trump's rhetoric and said it would ...": after ", and" a main clause of
    its own opens, with its own subject and verb, and the verb after the later "and" shares
    that subject, not the sentence's first one. None when no such clause stands between (",
    and the media and said": a list's last item, no verb of its own)."""
    if not _has_any(masked, floor, joined_at, (", and", ", but", ";")):
        return None  # the cheap test first
    clauses = list(_SECOND_CLAUSE.finditer(masked, floor, joined_at))
    if not clauses:
        return None
    opens = clauses[-1].end()
    verb = FINITE_WORD.search(masked, opens, joined_at)
    if verb is None:
        return None
    adverb = _ADVERB_BEFORE.search(masked, opens, verb.start())
    subject = subject_before(masked, opens, adverb.start() if adverb else verb.start())
    if subject is None:
        return None
    # "the prominent Jewish civil rights organization the Anti-Defamation League": a
    # description before the name is no clause of its own
    described = masked[opens : subject[0]]
    if described and ("," in described or FINITE_WORD.search(described)):
        return None  # the whole phrase before the verb, from the conjunction on, is its subject
    if masked[subject[0] : subject[1]].lower() in pronoun_classes():
        return None  # "..., but they declined ... and said": "they" stands for the first subject
    forms = reporting_verb_forms()
    for word in masked[floor : clauses[-1].start()].split():
        base = forms.get(word.strip(",;:"))
        if base in _CLAUSE_VERBS or base in _WEAK_CLAUSE_VERBS or word in belief_verb_forms():
            # "Trump said Clinton was weak, and the media were corrupt, and added ...": the
            # clause may be more of what was said before, its subject no new speaker
            return None
    return subject


def _subject_after_dash(
    masked: str, floor: int, joined_at: int, cue_start: int
) -> tuple[int, int] | None:
    """ "For that she drew Trump's ire - he called her "weak" and said she had ...": after a
    dash a clause with a subject of its own opens, and the verb after "and" shares that
    subject, not the sentence's. None when no such clause stands between (a dash that closes
    an aside leaves a verb with no subject before it: "Mr. Cruz - a senator - attacked ...")."""
    if not _has_any(masked, floor, joined_at, (" -", " —", " –")):
        return None  # the cheap test first: most sentences have no dash
    dashes = list(_CLAUSE_DASH.finditer(masked, floor, joined_at))
    if not dashes:
        return None
    return sentence_subject(masked, dashes[-1].end(), cue_start, loose=False)


# what leaves a subordinate clause before its main clause: a comma or a conjunction right
# before the subordinator ("..., and when Rubio thanked Miami and said ...")
_MAIN_CLAUSE_TO_COME = compile_on_use(r"(?:[,;:\x01]|\b(?:and|but|or|yet))\s*$")


def _subordinate_clause_subject(masked: str, floor: int, joined_at: int) -> tuple[int, int] | None:
    """ "such as when Cruz knocked Rubio on trade and called him a "moderate"", "When Trump
    later referred to the massacre ... and said he would ...": the "and" at `joined_at` goes on
    a subordinate clause with a subject of its own (`_shared_subordinate_clause`); the verb
    after it shares that subject, not the main clause's. Only a clause that trails its main
    clause: before one, what was said would run on into the main clause
    (`_leading_clause_subject` reads those, with their content cut)."""
    clause = _shared_subordinate_clause(masked, floor, joined_at)
    if clause is None or _leads_main_clause(masked, floor, clause):
        return None
    return clause.span("subject")


def _leading_clause_subject(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The subject of a subordinate clause before its main clause whose second verb, after
    "and", is the cue: "Some in the crowd booed, and when Rubio thanked Miami and said it was
    great to be home, a man yelled", "Clinton, though she praised Garland and said Republicans
    should give him a hearing, notably stopped short ...". What was said ends where the clause
    does (`_leading_clause_end`)."""
    joined = _COORDINATED.search(masked, max(s_start, cue_start - 40), cue_start)
    if joined is None:
        return None
    floor = _after_dateline(masked, s_start, cue_start)
    clause = _shared_subordinate_clause(masked, floor, joined.start())
    if clause is None or not _leads_main_clause(masked, floor, clause):
        return None
    named = _opening_name_before(masked, floor, clause.start())
    if named is not None and clause.group("subject") in ("he", "she"):
        return named  # "Clinton, though she praised ...": the name is hers
    return clause.span("subject")


def _opening_name_before(masked: str, floor: int, at: int) -> tuple[int, int] | None:
    """The name that opens the sentence at `floor` with nothing but its comma before `at`
    ("Clinton, though she ...", "Mr. Sanders, after initially saying ..."): the main clause's
    subject, which the clause at `at` interrupts."""
    named = _NAME_THEN_COMMA.fullmatch(masked, floor, at)
    if named is None or named.group("name").split()[0].lower() in _DETERMINERS | PREPOSITIONS:
        return None
    return named.span("name")


# a sentence that opens with a name and a comma, its main clause's subject, before the clause
# it interrupts: "Clinton, though she ..."
_NAME_THEN_COMMA = compile_on_use(
    r"\s*(?:(?:But|And|Yet|Still)\s+)?(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}),\s+"
)


def _leading_clause_end(text: str, masked: str, cue_end: int, s_end: int) -> int | None:
    """Where a leading subordinate clause ends after its cue: at its first comma, colon or dash,
    past which the main clause goes on; None when no break ends it, and what was said cannot
    be told apart from the main clause."""
    breaks = _clause_breaks(text, masked, cue_end, s_end)
    if not breaks:
        return None
    end = breaks[0] + 1
    while text[end : end + 1] in _CLOSING_MARKS and end < s_end:
        end += 1  # "''successfully hacked,'' both ...": a closing mark may be two characters
    if end > breaks[0] + 1:
        return end  # 'said he would "protect our LGBTQ citizens," the crowd ...'
    return breaks[0]


_CLOSING_MARKS = ('"', "”", "’", "'")


def _shared_subordinate_clause(masked: str, floor: int, joined_at: int) -> re.Match[str] | None:
    """The subordinate clause the "and" at `joined_at` goes on: one opened by a subordinator
    of `_SHARED_SUBORDINATORS` with a subject of its own, whose verb is the clause's only one
    and which nothing closes or opens again (a comma, a relative, a quotation) before the
    "and"."""
    clause = max(
        _SUBORDINATE_SUBJECT.finditer(masked, floor, joined_at),
        key=lambda found: found.start(),
        default=None,
    )
    if (
        clause is None
        or clause.group("conj").lower() not in _SHARED_SUBORDINATORS
        or clause.group("subject") == "it"  # "as it happened": no speaker
        or _CLAUSE_BETWEEN.search(masked, clause.end(), joined_at)
        or FINITE_WORD.search(masked, clause.end(), joined_at)
        or any(mark in masked[clause.end() : joined_at] for mark in ",—–(")
    ):
        return None
    return clause


def _leads_main_clause(masked: str, floor: int, clause: re.Match[str]) -> bool:
    """Whether a subordinate clause comes before its main clause: nothing finite before it,
    or a comma or conjunction right before its subordinator."""
    return not FINITE_WORD.search(masked, floor, clause.start()) or bool(
        _MAIN_CLAUSE_TO_COME.search(masked, floor, clause.start())
    )


# between a sentence's first verb and the "and" of a second one, what makes the second verb
# another subject's: a clause of its own, a relative, a quotation
_CLAUSE_BETWEEN = compile_on_use(r"[;:\x01]|\b(?:who|whom|whose|which|that|when|while|as|if)\b")


def _opening_phrase_of_first_verb(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """ "The district GOP Chairman Chuck Williams declined to name ... but said", "China's
    state-owned investment giant CITIC runs an oil field ... and says", "One operative inside
    Trump Tower tried to downplay Ryan's comments, saying": the sentence's opening noun phrase,
    one no name pattern reads (`_long_subject`), is the subject of the verb after "and" (or of
    the participle) at `end` when it is the subject of the sentence's first verb and no verb or
    clause of its own stands between that verb and `end`."""
    verbs = sorted(
        [
            verb
            for verb in [
                *FINITE_WORD.finditer(masked, start, end),
                *_present_after_names(masked, start, end),
            ]
            if masked[verb.start() - 1] != "-"  # "state-owned": a piece of a modifier
        ],
        key=lambda verb: verb.start(),
    )
    if not verbs or any(verb.start() != verbs[0].start() for verb in verbs[1:]):
        return None
    if _CLAUSE_BETWEEN.search(masked, verbs[0].end(), end):
        return None
    # after an opener set off by a comma the phrase may open in lower case ("There, the
    # district GOP Chairman Chuck Williams declined to name ... but said")
    opener = masked[max(0, start - 3) : start].rstrip().endswith(",")
    subject = _long_subject(masked, start, verbs[0].start(), after_adverbial=opener)
    if subject is None and masked[start : verbs[0].start()].rstrip().endswith(","):
        # "The foreign secretary, Boris Johnson, rejected the plan, saying": an aside between
        # the subject and its verb, read as before a cue
        subject = _subject_before_comma_aside(masked, start, verbs[0].start())
    # "The update is something of an unusual move ... and underscores": a thing speaks not
    return subject if subject is not None and _may_speak(masked, subject) else None


def _doer_after_coordination(
    masked: str,
    speaker: tuple[int, int],
    found: list[Attribution],
    participle: int,
) -> tuple[int, int] | None:
    """The subject of the last clause joined before a participle, which is whose act the
    participle is: "Thailand has said it does not wish ..., while India has also rejected
    international aid, saying it can cope" (India says so), "but the country's Court of Appeal
    cleared him, saying". A join inside what the sentence's earlier claim reports is part of
    those words ("Smith said the plan was dead, and the party would vote against it, adding")
    and leaves the speaker as it is; a joined clause without a subject to name leaves none.
    """
    joined = max(
        _CLAUSE_JOIN.finditer(masked, speaker[1], participle), default=None, key=re.Match.start
    )
    plain = _clause_joined_by_and(
        masked, speaker, joined.end() if joined else speaker[1], participle
    )
    if plain is not None:
        return None if plain == _NO_DOER else plain
    if joined is None:
        return speaker
    if found and found[-1].start <= joined.start() < found[-1].end:
        return speaker
    return sentence_subject(masked, joined.end(), participle)


def _clause_joined_by_and(
    masked: str, speaker: tuple[int, int], floor: int, participle: int
) -> tuple[int, int] | None:
    """The subject of a clause joined by a bare "and" after the speaker's own verb, whose act
    a later participle is: "Testers could not find them at the Olympic village and the duo
    were later admitted to hospital after claiming ..." (the duo claimed). Only a noun phrase
    with a finite verb of its own right after it opens a clause: "Smith met the mayor and the
    governor, saying" joins two objects, "Chaffetz and the committee sent" two subjects, and
    both leave the speaker as it is, as does a reporting or belief verb before the "and",
    whose joined clause may be more of what was reported ("Smith said the plan was dead and
    the party would vote against it, adding"). None when no such join stands between;
    `_NO_DOER` when the joined clause is a passive that a participle after a comma follows
    ("... and the bill was backed by some firms, saying": the firms' words, or the subject's?).
    """
    if " and " not in masked[floor:participle]:
        return None  # the cheap test first
    joined = None
    for found in _AND_THEN_CLAUSE.finditer(masked, floor, participle):
        if FINITE_WORD.fullmatch(found.group("verb")) and not (
            set(found.group("np").lower().split()[1:]) & _NOT_IN_JOINED_SUBJECT
        ):
            joined = found
    if joined is None or not FINITE_WORD.search(masked, speaker[1], joined.start()):
        return None  # no verb of the speaker's clause before it: "Chaffetz and the committee"
    forms = reporting_verb_forms()
    for word in masked[speaker[1] : joined.start()].split():
        if word.strip(",;:") in forms or word in belief_verb_forms():
            return speaker
    if _JOINED_PASSIVE.match(masked, joined.start("verb"), participle) and not (
        _AFTER_SUBORDINATOR.search(masked, joined.end(), participle)
    ):
        return _NO_DOER
    return joined.span("np")


def _speaker_of_cue_between(
    masked: str, cues: list[re.Match[str]], speaker: tuple[int, int], participle: int
) -> tuple[int, int] | None:
    """The name right before the last finite reporting cue between a participle's speaker and
    the participle ('..." Reliance said in a statement, adding' is Reliance's adding); the
    speaker as it was when no such cue stands between, None when one does but names no one
    the participle could be sure of."""
    between = [c for c in cues if speaker[1] < c.start() and c.end() <= participle]
    if not between or between[-1].group() not in ("said", "says"):
        return speaker
    named = subject_before(masked, speaker[1], between[-1].start())
    if named is None or not _QUOTE_CLOSED_BEFORE.search(masked, speaker[1], named[0]):
        return speaker  # no frame after a quotation: "Smith rejected it, saying"
    return named if masked[named[0]].isupper() else None


# a quotation closed right before a name: '... on this route," Reliance said'
_QUOTE_CLOSED_BEFORE = compile_on_use(r"\x01,?\s*$")


_NO_DOER = (-1, -1)


# a bare "and" (no comma before it), a noun phrase and its verb: "and the duo were later"
_AND_THEN_CLAUSE = compile_on_use(
    r"(?<![,;])\s+and\s+(?P<np>he|she|they|we"
    r"|(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:(?:[a-z]+ly|later|also|then|again|now|still|just)\s+)?(?P<verb>[a-z]+(?:n['’]t)?)\b"
)


# a passive's verb: "were later admitted", "was taken"
_JOINED_PASSIVE = compile_on_use(
    r"(?:is|are|was|were|be|been)\s+(?:(?:[a-z]+ly|later|also|then|again|now|still|just)\s+)?"
    r"[a-z]+(?:ed|en)\b"
)


_NOT_IN_JOINED_SUBJECT = PREPOSITIONS | frozenset(
    ["and", "or", "but", "that", "which", "who", "to"]
)


# a participle right after a subordinator: "after claiming", "while insisting"
_AFTER_SUBORDINATOR = compile_on_use(r"\b(?:after|before|while)\s+(?:[a-z]+ly\s+)?$")


# a clause joined to the one before it with a subject of its own to come: ", while India has",
# "but the country's Court of Appeal cleared"
_CLAUSE_JOIN = compile_on_use(
    r"(?:,\s*(?:and|while|whereas)|,?\s+but|;)\s+(?=[A-Z]|(?:the|his|her|their|its|a|an)\s)"
)


def _main_clause_subject(
    masked: str, floor: int, participle_at: int, speech: bool = False
) -> tuple[int, int] | None:
    """The subject of the clause a participle hangs on, when `sentence_subject` found none
    because an opener or an aside stands before the verb: "While celebrating sweeping victories
    ..., Trump mocked ..., saying", "Michael J. Petrilli, president of the Thomas B. Fordham
    Institute, tied ..., saying". The last finite verb before the participle is the main
    clause's; its subject is found as a cue's would be, and only words set off by a comma may
    stand before it; a later clause ("Clinton won, and Sanders conceded, saying", "The hope
    has been that employers would respond by demanding") leaves the participle's subject open."""
    verbs = list(FINITE_WORD.finditer(masked, floor, participle_at))
    if speech:
        # a speech act's participle ("..., arguing that"): a present-tense main verb too
        verbs = sorted(
            [*verbs, *_present_after_names(masked, floor, participle_at)],
            key=lambda verb: verb.start(),
        )
    for i, verb in enumerate(verbs):
        subject = _subject_of_verb(masked, floor, verb.start())
        if subject is None or not _may_speak(masked, subject):
            continue
        if not _opener_only(masked, floor, subject[0], speech):
            continue
        if verb.group() in _MODALS:
            return None  # "our panel of experts will be listening ..., and suggesting": not yet
        if _PASSIVE_AFTER_BE.match(masked, verb.start(), participle_at):
            # "The bill was backed by some hi-tech firms, saying", "The money will be used ...
            # and will add": the subject of a passive is no speaker
            return None
        if STRICT_FINITE.search(masked, verb.end(), participle_at) or any(
            subject_before(masked, verb.end(), later.start()) for later in verbs[i + 1 :]
        ):
            return None  # "The hope has been that employers would respond by demanding"
        return subject
    return None


# the words that end a noun phrase's head and open what describes it: "One operative inside
# Trump Tower", "A speech on mobile TV by ...", "The comments come after Tony Blair ..."
_AFTER_HEAD = PREPOSITIONS | frozenset(["inside", "outside", "within", "who", "that", "after"])


def _speaking_opening_phrase(masked: str, floor: int, participle_at: int) -> tuple[int, int] | None:
    """The sentence's opening noun phrase as the speaker of a participle after its first verb
    ("One operative inside Trump Tower tried to downplay Ryan's comments, saying ..."), when a
    name, a role, a body or people head it: after "A speech on mobile TV by X drew a large
    crowd," the participle "suggesting" is an inference, and "The comments come after Tony Blair
    defended ..." is no phrase at all."""
    phrase = _opening_phrase_of_first_verb(
        masked, after_openers(masked, floor, participle_at), participle_at
    )
    return phrase if phrase is not None and _headed_by_a_speaker(masked, phrase) else None


def _headed_by_a_speaker(masked: str, phrase: tuple[int, int]) -> bool:
    """Whether a noun phrase's head, the word before what describes it, names one who may
    speak: a name, a role, a body or people ("One operative inside Trump Tower", "the campaign
    of the former senator"), not a thing ("A speech on mobile TV by ...")."""
    head, _ = _head_of(masked[phrase[0] : phrase[1]].split())
    return head[:1].isupper() or _speaker_noun(head)


def _head_of(found: list[str]) -> tuple[str, int]:
    """A noun phrase's head, the word before the first that describes it ("operative" in "One
    operative inside Trump Tower"), and that word's index (the last word's if none)."""
    cut = next((k for k, word in enumerate(found) if k and word.lower() in _AFTER_HEAD), len(found))
    return found[cut - 1], cut - 1


def _speaker_noun(word: str) -> bool:
    """Whether a common noun names one who may speak: a role, a body, a medium or people."""
    lowered = word.lower()
    return lowered in _SPEAKER_HEADS or people_plural(lowered)


_PASSIVE_AFTER_BE = compile_on_use(
    r"(?:[a-z]+\s+(?:not\s+)?)?(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"
)


def _opener_only(masked: str, floor: int, subject_at: int, speech: bool = False) -> bool:
    """Whether only an adverbial set off by a comma stands before a subject ("While
    celebrating ..., ", "At a rally in Portsmouth, N.H., on Tuesday, "): not a clause of its
    own, a quotation or a name ("Sen. Mark Kirk, R-Ill., who ...": "R-Ill" is no subject)."""
    lead = masked[floor:subject_at].strip()
    if not lead:
        return True
    first = lead.split()[0].lower().rstrip(",")
    return (
        lead.endswith(",")
        and MASK not in lead
        and (
            first in _ADVERBIAL_OPENERS
            or first in PREPOSITIONS
            or first in _TIME_LEADS
            or (first.endswith(("ed", "ing")) and not STRICT_FINITE.search(lead))
        )  # "Chastened by the analyses, ..."
        and not (_cue_may_own_participle(lead) if speech else find_cues(lead, 0, len(lead)))
    )


# words that open a subordinate clause: a cue inside one ("while most of his competitors
# called for ..., Trump hewed ..., noting") is not the act a participle after the main clause
# goes on with
_SUBORDINATE_OPENERS = frozenset(
    ["while", "although", "though", "whereas", "as", "when", "after", "before", "because",
     "since", "if", "unless", "once", "even", "until"]
)  # fmt: skip


def _cue_may_own_participle(lead: str) -> bool:
    """Whether a cue in the words before the main clause's subject could be what a participle
    goes on with: one outside a subordinate clause."""
    for chunk in lead.split(","):
        opening = chunk.split()[:1]
        if opening and opening[0].lower() in _SUBORDINATE_OPENERS:
            continue
        if find_cues(chunk, 0, len(chunk)):
            return True
    return False


# a present-tense verb right after a name, which FINITE_WORD cannot tell from a plural noun:
# "Sanders rips the agreement ..., arguing that"
_PRESENT_AFTER_NAME = compile_on_use(r"(?<=[A-Za-z]\s)[a-z]{2,}[^su\W]s\b")


def _present_after_names(masked: str, floor: int, end: int) -> list[re.Match[str]]:
    found = []
    for verb in _PRESENT_AFTER_NAME.finditer(masked, floor, end):
        if verb.group() in words("function_words"):
            continue
        subject = subject_before(masked, floor, verb.start())
        if subject is None or not masked[subject[1] - 1].isalpha():
            continue
        name = masked[subject[0] : subject[1]].split()
        if name[0].lower() in _NOT_NAME_OPENERS or not all(w[:1].isupper() for w in name):
            continue  # "The event with Obama comes", "Other Republican candidates have"
        if name[-1].lower() in demonyms():
            # "Xi has worked overtime to calm Russian fears, reassuring": a demonym before a
            # plural is its adjective, the plural a noun, no verb
            continue
        found.append(verb)
    return found


_NOT_NAME_OPENERS = words("determiners") | words("function_words")


_MODALS = frozenset(["will", "would", "could", "can", "may", "might", "must", "should", "shall"])


def _may_speak(masked: str, subject: tuple[int, int]) -> bool:
    """Whether a subject found behind an opener can be a speaker: a name or a pronoun, or a
    description whose head is a role, an organisation or a medium ("The conservative
    publication"), not a thing ("The update is ... and underscores")."""
    phrase = masked[subject[0] : subject[1]].split()
    if phrase[0].lower() not in ("the", "a", "an"):
        return True
    head = phrase[-1]
    return (
        head[:1].isupper()
        or head.lower() in _SPEAKER_HEADS
        or head.lower().rstrip("s") in (_SPEAKER_HEADS)
    )


# a modal, or an "-ing" verb, right before a phrase: the phrase is that verb's object; or a
# thing the phrase's verb has for its object ("not everything Trump says is true")
_VERB_BEFORE_OBJECT = compile_on_use(
    r"(?<![\w’'-])(?P<verb>could|would|can|will|may|might|must|should|[a-z]{3,}ing)\s+$"
)


_INDEFINITE_THINGS = frozenset(["everything", "anything", "nothing", "something"])


def _takes_an_object(masked: str, subject: tuple[int, int]) -> bool:
    """Whether the phrase read as a cue's subject is a verb's object, so the "-s" word after
    it is a plural noun, no cue: "fears that closures could kindle widespread worker protests
    like those", "a story detailing four domestic-abuse police reports Lolita Grayson filed";
    not after a verb of speech ("saying Trump claims ...")."""
    found = _VERB_BEFORE_OBJECT.search(masked, max(0, subject[0] - 16), subject[0])
    if found is None:
        return False
    verb = found.group("verb")
    if verb in _INDEFINITE_THINGS:
        return True
    if not verb.endswith("ing"):
        return True
    # "managing director David Monteith says": a word of the role, no verb; nor one of speech
    first = masked[subject[0] : subject[1]].split()[0]
    return (
        verb not in reporting_verb_forms() and first.islower() and first not in words("role_nouns")
    )


# a verb, its plural object (a determiner and up to three words) and right after it a pronoun
# that opens a relative clause with no "that": "discuss the spending cuts he announced"; not
# "At the rallies he said" (a preposition before) nor "And the next days he said". A singular
# object is left alone: "the controversial musical he said:" ends a question's frame
# ("Asked whether ... the musical he said:"), no relative clause. The words that open no verb
# are one prefix trie, not an alternation tried word by word at every word start of the window
_NOT_A_VERB_OF_AN_OBJECT = PREPOSITIONS | frozenset(
    ["and", "but", "or", "so", "yet", "then", "when", "as", "while", "after", "before", "since",
     "until", "because", "if", "that", "which", "who", "said", "says", "say"]
)  # fmt: skip


_REDUCED_RELATIVE = compile_on_use(
    r"(?<![\w’'-])(?!(?:" + trie_regex(sorted(_NOT_A_VERB_OF_AN_OBJECT)) + r")\s)"
    r"[a-z]{3,}\s+(?:the|a|an|his|her|their|its|this|these|those)\s+"
    r"(?P<nouns>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]{2,}s)\s+(?:he|she|they|we|I)$"
)


# how every `_REDUCED_RELATIVE` match ends, in the last six characters at most: a space and a
# pronoun of four letters at most, "$" letting a line break follow
_PRONOUN_AT_END = compile_on_use(r"\s(?:he|she|they|we|I)$")


def _reduced_relative(masked: str, floor: int, subject: tuple[int, int]) -> bool:
    """Whether the pronoun subject at `subject` opens a relative clause with no "that" after
    a verb's object (`_REDUCED_RELATIVE`); the object's words are content words, not "as" or
    "this" ("cracking a smile as he noted" is no relative)."""
    if not _PRONOUN_AT_END.search(masked, max(floor, subject[1] - 6), subject[1]):
        return False  # the cheap test first: the search below tries every position
    found = _REDUCED_RELATIVE.search(masked, floor, subject[1])
    if found is None:
        return False
    nouns = found.group("nouns").split()
    return not any(w in words("function_words") or w in PREPOSITIONS for w in nouns)


def _may_speak_or_write(masked: str, subject: tuple[int, int]) -> bool:
    """`_may_speak`, or people by an agent noun ("A bookmaker", "The news and financial data
    seller"), or a document that says what it says in its own words ("The statement was
    released on Monday, adding ...", "A new poll ..., showing ...")."""
    head = masked[subject[0] : subject[1]].split()[-1].lower()
    return (
        _may_speak(masked, subject)
        or people_plural(head)
        or people_plural(f"{head}s")
        or head.rstrip("s") in _DOCUMENT_HEADS
        or head in _DOCUMENT_HEADS
    )


_DOCUMENT_HEADS = words("evidence_nouns") | words("text_bearers") | words("claim_nouns")


# an aside that opens with a participle, set off by commas, right before a verb
_PARTICIPLE_ASIDE = compile_on_use(r",\s+[a-z]+ing\b[^,;:\x01]{0,60},$")


def _subject_of_verb(masked: str, floor: int, verb_at: int) -> tuple[int, int] | None:
    """The noun phrase right before a verb, over an appositive set off by commas and the
    adverbs after it ("Bush, Florida's former governor, also attacked ...")."""
    subject = subject_before(masked, floor, verb_at)
    adverbs = _ADVERBS_BEFORE.search(masked, floor, verb_at)
    before = masked[floor : adverbs.start() if adverbs else verb_at].rstrip()
    if subject is None and before.endswith(","):
        pair = appositive_before(masked, floor, floor + len(before) - 1)
        subject = pair[0] if pair else None
        aside = None if subject else _PARTICIPLE_ASIDE.search(before)
        if aside is not None:
            # "De Blasio, speaking on WOR710, called ... and said": past a participle aside
            subject = subject_before(masked, floor, floor + aside.start())
    if subject is None or CALENDAR.match(masked[subject[0] : subject[1]].split()[0]):
        return None
    if masked[subject[1] : subject[1] + 1] == "-":
        return None  # "China's state-owned investment giant CITIC": a piece of the subject
    return subject


# what may stand between a passive hearer cue and its "by": an adverb of when or how ("were
# told earlier by officials", "was warned repeatedly by doctors")
_TOLD_BY = compile_on_use(r"(?:\s+[a-z]+ly|\s+(?:earlier|later|again|also|once|first))?\s+by\s+")


# an appositive after the agent, before "that": "were told by Mr Smith, the chairman, that ..."
_TOLD_BY_ASIDE = compile_on_use(
    r",\s+(?:the|a|an|his|her|their|its)\s+[^,;:\x01]{1,50},(?=\s+that\b)"
)


def _told_by(
    text: str, masked: str, quotes: list[Quote], s_end: int, m: re.Match[str]
) -> Attribution | None:
    """ "They were told by officials that the road would reopen", "he was warned by doctors
    that he might never walk again", "Mr Parton said he had been told by Children's Minister
    Margaret Hodge there was not enough time ...": a passive verb of telling (`hearer_object`)
    has the hearer for subject, and the agent after "by" is who spoke, as in "officials told
    them that ...". The content is the clause right after the agent, read as after any cue;
    an agent that is no one ("was told by phone", "informed by letter") or a pronoun gives
    nothing, nor does what they were told to do ("were told by police to stay inside")."""
    by = _TOLD_BY.match(masked, m.end(), s_end)
    if by is None:
        return None
    agent = subject_after(masked, by.end(), s_end)
    if agent is None:
        return None
    that = masked.find(" that ", agent[0], agent[1])
    if that > agent[0]:
        # "reassured by the head teacher that the school was safe": the "that" opens what was
        # said, no relative clause of the agent's
        agent = (agent[0], that)
    if not _headed_by_a_speaker(masked, agent):
        return None  # "was told by the time he arrived": no one spoke
    aside = _TOLD_BY_ASIDE.match(masked, agent[1], s_end)
    content_from = aside.end() if aside else agent[1]
    if not re.match(r"\s+(?:that\b|[A-Za-z])", masked[content_from:s_end]) or re.match(
        r"\s+(?:to|who|which|whom|whose|at|in|on|of|for|from|with|about|as)\b",
        masked[content_from:s_end],
    ):
        return None  # "told by people who were running a nursery that ...": the agent goes on
    # read as after "said": the hearer is the subject, so no addressee comes after the agent
    # ("told by police he would not be charged": "he" opens the content)
    after = clause_after_cue(text, masked, quotes, content_from, s_end, "say")
    if after is None:
        return None
    s, e, kind, rule = after
    if rule not in ("said-that", "said-clause"):
        return None
    return Attribution(s, e, kind, f"{kind}:told-by", (m.start(), m.end()), agent, None, 0.65)
