"""Where reported content ends: before the speaker's next act, a join the writer adds, a concession
or another speaker's closing frame.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from factdb.extract.attribution.clause_tests import _is_clause
from factdb.extract.attribution.content_before_frame import _has_any
from factdb.extract.attribution.record import Attribution
from factdb.extract.attribution.shared import (
    _CHARACTERISING_VERBS,
    _CLAUSE_VERBS,
    _EDGE_TRIM,
    _NOUN_LIKE_CUES,
    _PARTICIPLE_VERBS,
    _SUBJECT_PRONOUNS,
    _WEAK_CLAUSE_VERBS,
    _WEEKDAY,
    _WORDISH,
)
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import belief_verb_forms, reporting_verb_forms, verb_class, words
from factdb.extract.mentions import CALENDAR, PREPOSITIONS, subject_before
from factdb.extract.quotes import MASK
from factdb.extract.speech_acts import FAMILIES
from factdb.extract.verbs import FINITE_WORD, cue_base, find_cues, find_cues_and_forms

# The writer's own contrast after reported speech: "..., while 9 percent found", "; but".
# (not an aside that the clause's verb follows: "the email scandal, while troublesome, was
# dealt with appropriately", "the plan, however, was dead")
_CONTRAST = compile_on_use(
    r"\s*(?:,|;|\s—|\s–)\s*(?:while|whereas|however)\b"
    r"(?![^,;\x01]{0,30},\s+(?:[a-z]+ly\s+)?(?:is|was|are|were|has|had|have|will|would|could|"
    r"can|should|may|might|must|does|did)\b)"
)


_CONTRAST_WORDS = ("while", "whereas", "however")


# a coordinated clause that opens the next attribution ("..., and more than 4 in 10 said"):
# a comma, a semicolon, or a quotation's end (its comma inside the marks: 'to act
# "presidential," but Trump said') before the conjunction; after a quotation only "but" with a
# subject after it ("“criminals” and “rapists”" is one list)
_NEXT_CLAUSE = compile_on_use(
    r"\s*(?:,\s*(?:and|but|while|whereas)|;|(?<=\x01)\s+but(?=\s+(?:[A-Z]|(?:he|she|they|the|a|an)\s)))"
    r"\s+"
)


# "..., Rubio fired back", "..., NBC's Chuck Todd asked the GOP frontrunner": a bare comma
# before a name and its own finite cue starts the writer's next clause, unless the cue is an
# aside ("..., critics say, is ...") that the comma after it closes
# compiled now, not on use: `_cut_joins` tells its matches by `match.re is _COMMA_NAME`
_COMMA_NAME = re.compile(r",\s+(?=[A-Z])")


# "..., and accused Number 10 of ...", "..., but insists Sanders is ...", "..., saying it set a
# new benchmark": the speaker's own next act, a reporting verb coordinated with the cue or a
# participle after it, with no subject of its own. Without the comma ("said X and said Y")
# PolNeAR as often keeps both in one claim, unless "that" follows (29 gold quotes end before
# "and noted that ...", 5 hold one).
# "went on to" before the verb says the same: "joked that Brooklyn was his answer, but went on
# to say, "There are places ..."" (`_GOES_ON_TO` reads it into the cue)
_SPEAKERS_NEXT_ACT = compile_on_use(
    r",\s+(?P<join>(?:and|but)\s+)?(?:(?:also|then|later|again|[a-z]+ly)\s+)?"
    r"(?P<went>(?:went|goes|has\s+gone)\s+on\s+to\s+)?(?P<verb>[a-z]+)\b"
    # without the comma too: "... and noted that Sanders has acknowledged", "... and said
    # Manafort was not involved" (PolNeAR ends 78 train claims before such an "and said", 10 hold it)
    r"|\s(?P<bare>(?:and|but)\s+)(?:(?:also|then|later|again|[a-z]+ly)\s+)?"
    r"(?P<went2>(?:went|goes|has\s+gone)\s+on\s+to\s+)?(?P<verb2>[a-z]+)\b"
    # a participle right after a closing quote mark, the comma inside the mark: '... "should be
    # wrapped up by Cleveland," adding that ...' (the masked quotation hides the comma)
    r"|(?<=\x01)\s+(?P<verb3>[a-z]+ing)\b"
)


_CALL_PREPOSITION = compile_on_use(r"\s+(?:for|on|upon)\b")


_THAT_NEXT = compile_on_use(r"\s+that\b")


_TO_AFTER = compile_on_use(r"\s+to\b")


def _speakers_next_act(masked: str, start: int, end: int) -> int | None:
    """Where the speaker's next act after the reported content begins, if it does."""
    if not (
        _has_any(masked, start + 12, end, (",", "and", "but"))
        or masked.find("\x01", start + 11, end) >= 0  # the third way's look behind
    ):
        return None  # none of the pattern's three ways in (half the clauses on BBC)
    for join in _SPEAKERS_NEXT_ACT.finditer(masked, start + 12, end):
        verb = join.group("verb") or join.group("verb2") or join.group("verb3")
        if join.group("join") and verb in _CHARACTERISING_VERBS and verb.endswith("ed"):
            # "said Rubio's tax plan would give money to ..., and called him "the leading
            # proponent ..."": the characterisation is the speaker's next act
            return join.start()
        if (
            verb in ("called", "calls")
            and (join.group("join") or join.group("bare"))
            and _CALL_PREPOSITION.match(masked, join.end())
        ):
            # "Liberty said it was "delighted" but called on the government to ...", "said
            # workers did not want to go on strike and called for talks": the speaker's call
            return join.start()
        if join.group("bare") and masked[join.start() - 1] == MASK and verb.endswith("ed"):
            # 'a statement saying Trump's comments "are based on his opinion, not actual
            # facts," and welcomed him to visit': a past verb after the quotation closes is
            # the speaker's next act, not more of what was said
            return join.start()
        if verb == "pointing" and join.group("verb") and _TO_AFTER.match(masked, join.end()):
            return join.start()  # "..., pointing to a big victory": the cue phrase of "cite"
        if verb not in reporting_verb_forms() or verb in _NOUN_LIKE_CUES:
            continue
        base = cue_base(verb)
        if (join.group("went") or join.group("went2")) and (
            join.group("join") or join.group("bare")
        ):
            return join.start()  # "..., but went on to say, ...": the speaker speaks again
        if verb.endswith("ing"):
            if base in _PARTICIPLE_VERBS and not join.group("verb2"):  # ", saying", ", and adding"
                return join.start()
            if base in _PARTICIPLE_VERBS and _THAT_NEXT.match(masked, join.end()):
                # "a response saying he would not support Ryan's agenda and suggesting that
                # politicians should ...": a second participle with its own "that" is the
                # speaker's next act, without the comma too
                return join.start()
            continue
        # a past form, or "says"/"insists" of a verb that takes a clause, after "and"/"but";
        # "and say", "and demands respect" may be the reported clause's own verb
        coordinated = join.group("join") or join.group("bare")
        if coordinated and base != verb and (base in _CLAUSE_VERBS or verb[-1] != "s"):
            if join.group("bare") and not _speech_after_and(masked, join, base):
                continue  # "he spoke to Trump and asked him to ...": the reported clause's verb
            return join.start()
    return None


def _speech_after_and(masked: str, join: re.Match[str], base: str) -> bool:
    """Without a comma, "and VERB" is the speaker's next act when "that" follows it or the verb
    is one that reports a clause ("... and said Manafort was not involved", "... and added")."""
    return (
        base in _CLAUSE_VERBS
        or base in _WEAK_CLAUSE_VERBS
        or bool(re.match(r"\s+that\b", masked[join.end() : join.end() + 6]))
    )


def _described_by_writer(masked: str, previous: Attribution) -> bool:
    """Whether the claim before a participle is one the sentence's subject only describes, so
    the participle is the subject's act: a relative clause ("rebuked critics who say ...,
    saying ...") or a noun's claim ("Mr Blair derided Tory claims they could cut £35bn in
    "wasteful spending" saying the party had got its sums wrong")."""
    if previous.rule.endswith((":relative-who", "according-to")):
        return True  # nor the source an "according to" names for the whole sentence
    rule = previous.rule.split(":")[-1]
    if rule in FAMILIES or rule.startswith("participle-"):
        return False  # "..., warning against allowing in the refugees, pledging to ...": a verb
    return previous.cue is not None and masked[slice(*previous.cue)] in _NOUN_LIKE_CUES


def _previous_act(masked: str, found: list[Attribution], cue_start: int) -> tuple[int, int] | None:
    """The speaker of the claim cut off right before ", and|but CUE" (`_speakers_next_act`): "She
    says people may not like the answer, but insists ...": the same speaker acts again."""
    if not found or found[-1].mention is None or found[-1].end > cue_start:
        return None
    at = found[-1].end
    while at < cue_start and masked[at] in "\x01\"”’'":
        at += 1  # the closing mark of a quoted fragment the claim ends with
    past_frame = _past_frame_after(masked, found[-1], at, cue_start)
    join = _SPEAKERS_NEXT_ACT.match(masked, past_frame, cue_start + 40)
    if join is not None and past_frame > at and not join.group("join"):
        # '"...," McCain said, asked about the vagueness': after the frame only "and" or
        # "but" goes on with the speaker's act; a bare participle may be done to them
        return None
    if join is None or cue_start not in (
        join.start("verb"),
        join.start("verb2"),
        join.start("went"),
        join.start("went2"),
    ):
        return None
    return found[-1].mention


# the frame after a quotation, its speaker and cue in either order: '"...," she said',
# '"...," said Mr. Arad'
_FRAME_AFTER_QUOTE = compile_on_use(r"\s*,?\s*")


def _past_frame_after(masked: str, previous: Attribution, at: int, cue_start: int) -> int:
    """Past the frame of a claim whose speaker and cue follow its words, up to ", but CUE":
    in '"I hate the term," she said, but added that ...' the speaker adds to her own words.
    Only when nothing but the frame stands between the words and that cue."""
    if previous.cue is None or not at <= previous.cue[0] < cue_start:
        return at
    speaker_at, cue_at = previous.mention, previous.cue
    frame_start, frame_end = min(speaker_at[0], cue_at[0]), max(speaker_at[1], cue_at[1])
    if frame_end > cue_start or _FRAME_AFTER_QUOTE.fullmatch(masked, at, frame_start) is None:
        return at
    between = masked[min(speaker_at[1], cue_at[1]) : max(speaker_at[0], cue_at[0])]
    return frame_end if not between.strip() else at


# a source the writer names for the whole sentence, at its end: "..., according to Bloomberg."
# (or after a quotation whose comma stands inside its marks: '"... confirmation," according to
# the report')
_ACCORDING_TAIL = compile_on_use(r"(?:,|(?<=\x01))\s+according\s+to\s+[^,;\x01]{2,80}?[.!?]?\s*$")


# "..., as she put it": the writer names whose words the quotation before it was
_AS_PUT_IT = compile_on_use(r"\s*,?\s+as\s+[^,;\x01]{1,40}?\s+put\s+it\b")


# the writer's comment on the claim, a noun for it in apposition: "..., a charge that Colorado
# Republican leaders strongly denied", "... - a point that intelligence officials have
# disputed", "... — a controversial proposal he has raised at various points"
_CLAIM_COMMENT = compile_on_use(
    r"(?:,|\s[—–]|\s--?)\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join(
        sorted(words("claim_nouns") | {"point", "position", "proposal"}, key=len, reverse=True)
    )
    + r")\s+(?:that|which|(?:he|she|they|it|we)\s+(?:has|had|have)\s)"
)


# a dash right after a quotation inside reported content, not one going on with the speaker's
# clause ("... "very dangerous" — and that it would get worse")
_DASH_AFTER_QUOTE = compile_on_use(
    r"(?<=\x01)(?:\s*(?:—|–|--)|\s+-)\s+(?!(?:and|but|or|that|which|who|if|because)\b|\x01)"
)


_ANY_DASH = compile_on_use(r"—|–|--|\s-\s")


# a quotation within two words after the dash: the speaker's words go on ('were not "racist" -
# just "common sense"')
_QUOTE_NEAR = compile_on_use(r"(?:[\w’'-]+\s+){0,2}\x01")


# others who said the same, in the writer's words: "..., as have other prominent Democrats",
# "..., as has Carlos A. Gimenez, the Republican mayor" (never "as has been said": a name,
# "other" or a possessive follows)
_AS_HAVE_OTHERS = compile_on_use(
    r"(?:,|\s[—–]|\s--?)\s+as\s+(?:has|have)\s+(?=[A-Z]|others?\b|(?:his|her|their)\s)"
)


# the same as a described source and its verb: "..., the news wire said."
_SOURCE_SAID_TAIL = compile_on_use(
    r",\s+(?:the|a|an)\s+[^,;\x01]{2,60}?\s+(?:said|says|reported|reports|added)[.!?]?\s*$"
)


# "and" or "but" and a verb in the simple past with no subject of its own: "... but did not
# suggest it would be Trump", "... and requested another month", "... but declined to provide";
# an "-ed" word only before its object or "to" ("a fair and balanced review" is no verb)
_PAST_PREDICATE_JOIN = compile_on_use(
    r",?\s+(?:and|but)\s+(?:(?:also|then|later|again|[a-z]+ly)\s+)?"
    r"(?:did(?:n['’]t|\s+not)\s+(?P<base>[a-z]+)|(?P<past>[a-z]{3,}ed)(?=\s+(?:a|an|the|his|her|"
    r"their|its|it|him|them|to|that|another|any|no|some|this|these|those|"
    # or before a question it asks: "... makes $41,000 a year and questioned how he would be ..."
    r"how|why|whether)\b)"
    # a person's act needs no determiner after it: "... would soon rebound and praised efforts"
    r"|(?P<act>[a-z]{3,}ed)\b)"
)


_SPEAKER_ACTS = verb_class("speaker_act")


def _speech_or_belief(word: str) -> bool:
    """Whether a word is a form of a verb of speech or belief ("suggested", "believe")."""
    return word in reporting_verb_forms() or word in belief_verb_forms()


# finite words of the present or a modal: a clause with only these has no verb in the past
_PRESENT_FINITE = compile_on_use(
    r"(?:is|are|has|have|will|would|could|can|cannot|should|may|might|must|does|do|"
    r"(?:won|can|is|are|does|do|has|have|would|could|should)n?['’]t|[a-z]+['’](?:s|re|ll|ve)|"
    r"says)",
    re.IGNORECASE,
)


def _present_clause(clause: str) -> bool:
    """Whether a clause has a finite verb and every one it has is present or modal ("they would
    miss the deadline", "she understands people may have concerns" counts by its "may"); any
    other finite word, a past form or one read loosely ("never shut"), may be the past."""
    finite = [m.group() for m in FINITE_WORD.finditer(clause)]
    return bool(finite) and all(_PRESENT_FINITE.fullmatch(word) for word in finite)


def _subjects_next_predicate(masked: str, start: int, end: int) -> int:
    """Cut reported content before "and"/"but" and a verb in the past with no subject, when the
    reported clause has a verb but none in the past: "said he would offer "a prayer" for the
    eventual Republican nominee but did not suggest it would be Trump", "said they would miss
    the deadline, and requested another month". Such a verb cannot be the clause's own second
    predicate (its tense is the report's, not the clause's), so it is the subject's next act.
    Only a verb of speech, belief or a person's act: "ruled that UK jurisdiction could extend
    to a UK-run prison, but did not apply ..." and "say the poll is a sham and designed to ..."
    go on with the clause's own subject. A clause in the past ("said the man robbed the store
    and fled") keeps its words."""
    if not _has_any(masked, start + 12, end, (" and ", " but ")):
        return end
    for join in _PAST_PREDICATE_JOIN.finditer(masked, start + 12, end):
        verb = join.group("base") or join.group("past") or join.group("act")
        if verb not in _SPEAKER_ACTS and (join.group("act") or not _speech_or_belief(verb)):
            continue
        if _tenseless_or_present(masked[start : join.start()]):
            return join.start()
    return end


# an infinitive, alone or after whom it is asked of: "to cut taxes", "not to vote", "the United
# States to attack", "voters not to vote"; never a subject and its verb ("rebels shot to kill")
_INFINITIVE_CONTENT = compile_on_use(
    r"(?:the\s+)?(?:(?:[A-Z][\w’'.-]*\s+){1,3}|[a-z][\w’'-]*\s+)?(?:not\s+)?to\s+[a-z]"
)


def _tenseless_or_present(clause: str) -> bool:
    """Whether reported content has no verb in the past: a clause in the present or a modal,
    or an infinitive with no finite verb ("called on the United States to attack the oil that
    funds the Islamic State and proposed a safe zone"), which no past verb after "and" can go
    on. Not any words with no finite verb found: "the gang shot two men and attacked a guard"
    has a past verb the word list does not know."""
    if _present_clause(clause):
        return True
    return bool(_INFINITIVE_CONTENT.match(clause)) and not FINITE_WORD.search(clause)


@lru_cache(maxsize=64)
def _clip_end(masked: str, start: int, end: int) -> int:
    """`_cut_joins`, then never over a speaker's frame closing the sentence when the joins cut
    none (`_before_closing_frame`).

    Cached for the sentences at hand: a bare clause is clipped, then clipped again as reported
    content with the same ends when nothing was cut (a third of the calls on BBC)."""
    return _before_closing_frame(masked, start, _cut_joins(masked, start, end))


_CONCESSION = compile_on_use(r",\s+(?:even\s+though|although|though)\s+")


_NOUN_OPENERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"])


def _others_concession(masked: str, start: int, end: int) -> int | None:
    """Where a concession the writer adds with a speaker of its own begins: "The Saudis have
    warned they could sell off ... U.S. assets if the bill becomes law, even though many
    observers doubt they would take such a step"; the doubt is the observers', no part of the
    warning. A subject of up to five words, then its reporting or belief verb."""
    concession = _CONCESSION.search(masked, start, end)
    if concession is None:
        return None
    words = masked[concession.end() : end].split()[:6]
    verbs = reporting_verb_forms().keys() | belief_verb_forms().keys()
    for i, word in enumerate(words[1:], 1):
        lowered = word.lower()
        if (
            lowered in verbs
            and words[0].lower() not in _SUBJECT_PRONOUNS
            and words[i - 1].lower() not in _NOUN_OPENERS  # "its claim to be ...": a noun
        ):
            return concession.start()
        if FINITE_WORD.fullmatch(lowered) or not _WORDISH.match(word) or word.endswith(","):
            return None  # "though culturally conservative, areas of the state": no clause
    return None


# a reply joined by "to which" and its own speaker: "..., to which O'Malley interjected:"
_TO_WHICH_REPLY = compile_on_use(r",\s+to\s+which\s+(?=[^,;:\x01]{1,60}?\s[a-z]+ed\b)")


def _cut_joins(masked: str, start: int, end: int) -> int:
    """Cut reported content before a contrast the writer adds ("..., but Cook did not say when"),
    before the speaker's next act ("..., and accused Number 10 ...") or before a clause with its
    own speaker ("..., and more than 4 in 10 said Trump would").

    Each pattern runs only where the words it cannot match without occur: most clauses have
    none."""
    contrast = _has_any(masked, start, end, _CONTRAST_WORDS) and _CONTRAST.search(
        masked, start, end
    )
    if contrast and contrast.start() - start >= 12:
        end = contrast.start()
    concession = masked.find("though", start, end) >= 0 and _others_concession(masked, start, end)
    if concession and concession - start >= 12:
        end = concession  # "..., even though many observers doubt they would": the observers'
    source = masked.find("according", start, end) >= 0 and _ACCORDING_TAIL.search(
        masked, start, end
    )
    if source and source.start() - start >= 12:
        end = source.start()  # "France Telecom said it plans ..., according to Bloomberg"
    put_it = masked.find(" put it", start, end) >= 0 and _AS_PUT_IT.search(masked, start, end)
    if put_it and put_it.start() - start >= 12:
        # "pledges to "make sure our economy works for everyone," as she put it on Wednesday in
        # Raleigh, where she also promised ...": the writer's aside ends the words
        end = put_it.start()
    reply = masked.find(", to which ", start, end) >= 0 and _TO_WHICH_REPLY.search(
        masked, start, end
    )
    if reply and reply.start() - start >= 12:
        end = reply.start()  # "..., to which O'Malley interjected: ...": the reply is another's
    aside = masked.find("\x01", start, end) >= 0 and _DASH_AFTER_QUOTE.search(masked, start, end)
    if (
        aside
        and aside.start() - start >= 12
        and not _ANY_DASH.search(masked, start, aside.start())
        and not _ANY_DASH.search(masked, aside.end(), end)
        and not _QUOTE_NEAR.match(masked, aside.end(), end)
    ):
        # 'said ... "there's nothing wrong with that" — asserting that big donations ...', 'the
        # "anchor (not) baby" — a play on words with ...': after a quoted fragment, a dash opens
        # the writer's aside on it, not more of what was said; a dash before or after it pairs
        # with it round an aside inside the clause ('Clinton's call to "make America whole
        # again" — itself a rebuttal ... — was an inferior slogan', 'Veritas - Latin for
        # "truth" - would avoid ...'), which goes on after it
        end = aside.start()
    others = masked.find(" as ha", start, end) >= 0 and _AS_HAVE_OTHERS.search(masked, start, end)
    if others and others.start() - start >= 12:
        end = others.start()  # "she, too, wants an inquiry, as have other Democrats"
    comment = (  # "that", "which" or "ha(s|d|ve)", and the comma or dash before: 1 in 6 on BBC
        _has_any(masked, start, end, ("ha", "which"))
        and _has_any(masked, start, end, (",", "—", "–", "-"))
        and _CLAIM_COMMENT.search(masked, start, end)
    )
    if comment and comment.start() - start >= 12:
        end = comment.start()  # the writer's word on the claim is no part of it
    source = _has_any(masked, end - 12, end, (" said", " says", " reported", " reports", " added"))
    said_tail = source and _SOURCE_SAID_TAIL.search(masked, start, end)
    if said_tail and said_tail.start() - start >= 12:
        # "One of them told the judge he needed more time ..., the news wire said": the wire
        # reports the whole sentence; the claim inside it ends before it
        end = said_tail.start()
    next_act = _speakers_next_act(masked, start, end)
    if next_act is not None:
        end = next_act
    end = _subjects_next_predicate(masked, start, end)
    end = _before_and_clause(masked, start, end)
    if not _has_any(masked, start + 12, end, (",", ";")):
        return end  # no join (each opens with one of them), nothing to cut
    # one scan for the joins, not one per cue: a join cannot run into the cue word after it
    joins = sorted(
        [
            *_NEXT_CLAUSE.finditer(masked, start + 12, end),
            *_COMMA_NAME.finditer(masked, start + 12, end),
        ],
        key=lambda j: j.end(),
    )
    if not joins:
        return end  # the cheap test first: no coordinated clause, nothing to cut
    join_ends = [j.end() for j in joins]
    for cue in find_cues(masked, joins[0].end(), end):
        before = bisect_right(join_ends, cue.start())  # the joins that end before the cue
        if not before:
            continue
        join = joins[before - 1]
        if join.re is _COMMA_NAME and not _own_clause_cue(masked, join.end(), cue, end):
            continue
        if subject_before(masked, join.end(), cue.start()) is not None and not _opener_before(
            masked, start, join.start()
        ):
            return join.start()
    return end


def _opener_before(masked: str, start: int, join_at: int) -> bool:
    """Whether the words before a join are the sentence's opening adverbial, a preposition and
    no verb ("In overnight text messages and conversations, Trump's advisers ... began to call
    the allegations absurd, according to ..."): the clause after it is no other speaker's."""
    opening = masked[start:join_at].split()[:1]
    return (
        bool(opening)
        and opening[0].lower() in PREPOSITIONS
        and not FINITE_WORD.search(masked, start, join_at)  # "text messages" is no verb
    )


# after a word or a closing quotation: "said he was "very encouraged" and Trump called it ..."
# (or a group named in lower case: "and others have said", "and about the same numbers said")
_AND_NAME = compile_on_use(
    r"(?<=[a-z0-9%\x01])(?P<join>,?\s+and\s+)"
    r"(?=[A-Z]|(?:others|some|many|most|about|nearly|almost|half|\d)\b)"
)


def _before_and_clause(masked: str, start: int, end: int) -> int:
    """Cut reported content before "and" that opens another speaker's clause with no comma
    ("Republicans said they're increasingly convinced the Justice Department mishandled the
    investigation and Democrats accused the GOP of ..."): a name and its own finite cue right
    after "and", once the content has a verb of its own ("said Smith and Jones agreed" has
    none before the "and": the pair is its subject). A name or a pronoun before "and" makes a
    pair ("after he and Bernstein wrote", "Congress and President Obama agreed"), but not a
    month or a day ("rose by 0.8% in January and Nationwide reported"); a cue after
    an auxiliary is no act of the name ("and Oler has been charged")."""
    if masked.find(" and ", start + 12, end) < 0:
        return end
    for join in _AND_NAME.finditer(masked, start + 12, end):
        last = masked[max(start, join.start() - 30) : join.start()].split()[-1:]
        if not last or last[0].lower() in ("he", "she", "we", "they", "i", "you"):
            continue
        if last[0][:1].isupper() and not CALENDAR.match(last[0]):
            continue  # "because Congress and President Obama agreed": two subjects of one verb
        cue = _first_cue_or_characterisation(masked, join.end(), min(end, join.end() + 60))
        if cue is None or not _own_clause_cue(masked, join.end(), cue, end):
            continue
        subject = subject_before(masked, join.end(), cue.start())
        if (
            subject is not None
            and subject[0] == join.end()
            and not masked[subject[1] : cue.start()].strip()
            or _OTHERS_THEN_CUE.fullmatch(masked, join.end(), cue.start())
        ) and FINITE_WORD.search(masked, start, join.start()):
            return join.start()
    return end


# others of the group, their own cue after: "... will not attend the convention and others have
# said they are not interested in speaking"
_OTHERS_THEN_CUE = compile_on_use(r"(?:others|some|many|most)\s+(?:(?:have|had|also)\s+)*")


def _first_cue_or_characterisation(masked: str, start: int, end: int) -> re.Match[str] | None:
    """The first reporting cue of masked[start:end], or a characterising verb before it: "Ryan
    said he was encouraged and Trump called it a "great meeting"" has another speaker's act
    after "and", which the verbs of speech alone would miss."""
    cues, forms = find_cues_and_forms(masked, start, end, _CHARACTERISING_VERBS)
    return min([*cues[:1], *forms[:1]], key=lambda m: m.start(), default=None)


def _own_clause_cue(masked: str, subject_at: int, cue: re.Match[str], end: int) -> bool:
    """After a bare comma, a cue opens the writer's next clause only when it is a finite verb
    right after a capitalised name (no pronoun, no "-ing") and is no aside closed by a comma."""
    word = cue.group().split()[0].lower()
    if word.endswith("ing") or cue.start() - subject_at > 60:
        return False
    if masked[subject_at : subject_at + 3].lower() in ("he ", "she", "it ", "the"):
        return False  # a pronoun or a common noun may still be the reported clause's subject
    return not re.match(r"\s*,", masked[cue.end() : end])


_SUBJECT_OPENING = compile_on_use(
    r"(?:[A-Z0-9\x01]|(?:the|a|an|this|that|these|those|his|her|its|their|our|one|some|"
    r"he|she|it|they|we|i|there)\b)"
)


# The sentence's last stretch is a speaker's frame of its own: "In Seattle, marchers honored
# the victims, KING-TV reported, while in Chicago the parade began with a moment of silence,
# the Chicago Sun-Times reported." What comes between the two frames is the second source's.
_CLOSING_FRAME = compile_on_use(
    r",\s+(?P<speaker>[^,;:\x01]{2,60}?)\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s*[.!?]?\s*$"
)


_CONJUNCTION_OPENING = compile_on_use(r"\s*(?:while|whereas|and|but)\s+")


_FRAME_THEN_CONJUNCTION = compile_on_use(r",\s*(?:while|whereas|and|but)\s+")


def _closing_frame(masked: str, cue_end: int, s_end: int) -> bool:
    """Does a conjoined clause follow the cue's comma and end in another speaker's frame (see
    `_CLOSING_FRAME`)? Then that clause is no content of the first cue."""
    joined = _FRAME_THEN_CONJUNCTION.match(masked, cue_end, s_end)
    if joined is None or masked.find(",", joined.end(), s_end) < 0:
        return False  # the cheap tests first
    frame = _CLOSING_FRAME.search(masked, joined.end(), s_end)
    if frame is None or frame.group("verb") not in reporting_verb_forms():
        return False
    speaker = subject_before(masked, frame.start("speaker"), frame.start("verb"))
    return speaker is not None and speaker[0] == frame.start("speaker")


_LAST_WORD = compile_on_use(r"([a-z]+)[.!?]?\s*$")


# a time, an addressee or a channel after the verb of a frame that closes a sentence:
# "..., court sources said last night", "..., party sources told the BBC", "..., spokeswoman
# Linda Laughlin said in an interview", "..., the Anchorage Daily News reported Sunday"
_FRAME_TIME = (
    r"(?:(?:early|late)\s+)?(?:on\s+)?(?:" + _WEEKDAY + r"|yesterday|today|tonight|earlier|"
    r"(?:last|this)\s+(?:night|week|month|morning|afternoon|evening))"
)


_CLOSING_FRAME_TAILED = compile_on_use(
    r",\s+(?P<speaker>[^,;:\x01]{2,60}?)\s+(?P<verb>said|says|say|told|reported|reports|added|"
    r"confirmed|wrote)\s+"
    r"(?:" + _FRAME_TIME + r"|in\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:statement|interview|e-?mail|"
    r"release|briefing)"
    # whom "told" went to: "the BBC", "Reuters", "reporters"
    r"|(?<=told\s)(?:(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}|reporters|"
    r"journalists))"
    r"(?:\s+" + _FRAME_TIME + r")?\s*[.!?]?\s*$"
)


_TAILED_FRAME_HINTS = (" said", " say", " told", " reported", " reports", " added", " confirmed",
                       " wrote")  # fmt: skip


def _before_closing_frame(masked: str, start: int, end: int) -> int:
    """Where content that runs to the sentence end stops when a speaker's frame of its own
    closes the sentence: "Other Republican candidates said they support charter schools ...,
    because those decisions should be left to states, they said." gives the first cue's claim
    without ", they said", a second frame with its own claim (see `_after_earlier_frame`).
    So too with a time, an addressee or a channel after the frame's verb: "According to
    forensic doctors ..., the bullet "is a bit deformed" before entering the boy's chest,
    court sources said last night." is the doctors' claim without the court sources."""
    last = _LAST_WORD.search(masked, max(start, end - 14), end)
    if last is None or last.group(1) not in reporting_verb_forms():
        if _has_any(masked, max(start, end - 50), end, _TAILED_FRAME_HINTS):
            return _before_tailed_frame(masked, start, end)
        return end  # the cheap test first
    frame = _CLOSING_FRAME.search(masked, start, end)
    if frame is None or frame.start() - start < 12 or frame.group("verb") != last.group(1):
        return end
    speaker = subject_before(masked, frame.start("speaker"), frame.start("verb"))
    if speaker is None or speaker[0] != frame.start("speaker"):
        return end
    return frame.start()


def _before_tailed_frame(masked: str, start: int, end: int) -> int:
    """`_before_closing_frame` for a frame with words after its verb (`_CLOSING_FRAME_TAILED`):
    where it starts, when its speaker is a subject of its own; else `end`."""
    frame = _CLOSING_FRAME_TAILED.search(masked, start, end)
    if frame is None or frame.start() - start < 12:
        return end
    speaker = subject_before(masked, frame.start("speaker"), frame.start("verb"))
    if speaker is None or speaker[0] != frame.start("speaker"):
        return end
    return frame.start()


# "and when asked about it", "but asked whether": a clause leading the next frame after a join
_LEADING_CLAUSE_AFTER_JOIN = compile_on_use(
    r"\s*(?:and|but)\s+(?:(?:when|after|once|if)\s+)?(?:asked|pressed|questioned)\b"
)


def _joined_clause(masked: str, start: int, end: int) -> bool:
    """Is masked[start:end] a clause of its own, joined by "but" or "and" ("but they wouldn't
    advocate for them on the federal level"): its own subject and a finite verb."""
    joined = _CONJUNCTION_OPENING.match(masked, start, end)
    if joined is None:
        return False
    return bool(_SUBJECT_OPENING.match(masked, joined.end())) and _is_clause(
        masked, joined.end(), end
    )


def _after_earlier_frame(masked: str, found: list[Attribution], s_start: int, end_at: int) -> int:
    """Where content before a speaker's frame may start: after an earlier frame in the
    sentence that follows its own content ("..., KING-TV reported, while in Chicago ...") and
    the conjunction after it, or after an earlier clause cut short at the comma before a
    quotation; else at the sentence start."""
    start = s_start
    for earlier in found:
        if (
            earlier.cue is not None
            and earlier.kind == "indirect"
            and earlier.rule.endswith(":speaker-after")
            and earlier.cue[1] <= end_at
        ):
            comma = masked.find(",", earlier.cue[1], end_at)
            if comma >= 0:
                start = max(start, comma + 1)
        elif (
            earlier.cue is not None
            and earlier.rule.endswith((":said-clause", ":said-that"))
            and earlier.cue[1] <= earlier.start
            and earlier.end < end_at
        ):
            # "She also said the turmoil was not the fault of banks, "not at all" she added.":
            # the earlier cue's clause ended at a comma; the quotation after it is the next's
            comma = masked.find(",", earlier.end, end_at)
            if (
                comma >= 0
                and not masked[earlier.end : comma].strip(_EDGE_TRIM)
                and (
                    not masked[comma + 1 : end_at].strip(" ,").strip(MASK)
                    # "Other Republican candidates said they support charter schools ..., but
                    # they wouldn't advocate for them ..., because ..., they said.": the earlier
                    # clause was cut at the join; the clause after it is the closing frame's
                    or masked.startswith(",", end_at)
                    and _joined_clause(masked, comma + 1, end_at)
                )
            ):
                start = max(start, comma + 1)
            elif (
                comma >= 0
                and not masked[earlier.end : comma].strip(_EDGE_TRIM)
                and masked.startswith(",", end_at)
                and _LEADING_CLAUSE_AFTER_JOIN.match(masked, comma + 1, end_at)
            ):
                # "Mr. Trump said he had not seen the episode, and when asked whether ..., he
                # said, "I hope not."": a leading clause of the next frame's own, no content
                start = max(start, end_at)
    if start > s_start:
        conjunction = _CONJUNCTION_OPENING.match(masked, start, end_at)
        start = conjunction.end() if conjunction else start
    return start
