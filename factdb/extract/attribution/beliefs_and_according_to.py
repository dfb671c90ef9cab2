"""Beliefs and stances ("Economists believe ...", `_belief`) with their believers, and according-to
sources.
"""

from __future__ import annotations

import re
from itertools import islice

from factdb.extract.attribution.belief_holders import (
    _AUXILIARY_NEXT,
    _COUNTED_BELIEVERS,
    _DASH,
    _GROUP_GAP,
    _LINK_BEFORE,
    _SECOND_PREDICATE,
    _THAT_CLAUSE_NEXT,
    _TO_VERB,
    _WITH_BEFORE,
    _adjective_link,
    _before_adverbs,
    _counted_aside,
    _counted_believers,
    _holder_after_with,
    _regarded,
    _relative_verb_with_infinitive,
    _second_predicate_verb,
    _verb_after_a_noun,
)
from factdb.extract.attribution.characterisations import _no_stance_holder, _subject_before_time
from factdb.extract.attribution.clause_after_cue import (
    _TO_INFINITIVE,
    _TO_INFINITIVE_VERBS,
    clause_after_cue,
)
from factdb.extract.attribution.clause_tests import _is_clause
from factdb.extract.attribution.clipping import _clip_end
from factdb.extract.attribution.content_before_frame import (
    _after_dateline,
    _content_around,
    _content_before,
    _content_kind,
)
from factdb.extract.attribution.name_asides import _name_before_aside, _noun_use
from factdb.extract.attribution.partial_quotes import _partial_or_mixed
from factdb.extract.attribution.participle_speakers import _MODALS, _main_clause_subject
from factdb.extract.attribution.record import Attribution, _trim
from factdb.extract.attribution.relative_subjects import (
    _DASH_AFTER,
    _DASH_ASIDE_END,
    _REGARD_AS_VERBS,
    _SUBORDINATORS,
    _WHO_BEFORE_CUE,
    _a_thing,
    _antecedent_of_who,
    _counted_before,
    _relative_subject,
    _skip_blank,
    _subject_before_comma_aside,
)
from factdb.extract.attribution.shared import (
    _AUXILIARY_OPENING,
    _FRONTED_CLAUSE,
    _MODAL_BEFORE,
    _NEGATED_BEFORE,
    _NOT_BEFORE_BELIEVER,
    _NOUN_LIKE_CUES,
    _PASSIVE_BEFORE,
    _RELATIVE_BEFORE_CUE,
    _SUBJECT_PRONOUNS,
    _TO_BEFORE,
    _cue_span,
    _ends_in_to,
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
    PREPOSITIONS,
    Token,
    phrase_to_comma,
    sentence_subject,
    subject_before,
    tokens,
)
from factdb.extract.quotes import MASK, Quote
from factdb.extract.speakers import describes_a_person, people_plural
from factdb.extract.verbs import (
    FINITE_AUXILIARIES,
    FINITE_WORD,
    STRICT_FINITE,
    cue_base,
    find_cues,
    has_finite,
)

# a modal and adverbs right before a belief verb: "may just want", "could actually hope" (not
# "can": "can barely believe she gets to live in the city" holds the belief)
_MODAL_ADVERBS_BEFORE = compile_on_use(
    r"\b(?:may|might|would|could|should|must|will|[’']ll)\s+(?:not\s+)?"
    r"(?:(?:just|also|still|really|only|even|simply|[a-z]+ly)\s+){1,2}$"
)


# "in case" right before a believer: what they may want is a condition, not what they hold
_IN_CASE_BEFORE = compile_on_use(r"\b[Ii]n\s+case\s+$")


# the progressive's auxiliary before a belief's -ing form: "is hoping", "’re expecting",
# "was still hoping"
_PROGRESSIVE_BEFORE = compile_on_use(
    r"(?:\b(?:is|are|was|were|am|been)|[’']s|[’']re)\s+(?:(?:still|also|now|already|[a-z]+ly)\s+)?$"
)


def _impersonal(subject: str, adjective: str) -> bool:
    """Whether the subject of an adjective of belief is nobody: "there", "this", or "it" before
    an adjective tagged impersonal ("It is certain that ..."; but "It is concerned that the
    ruling could threaten ..." is a body's concern)."""
    if subject in ("there", "this"):
        return True
    return subject == "it" and "impersonal" in belief_adjectives().get(adjective, ())


# a relative clause set off by commas right before a phrase: ", which votes next week, "
_RELATIVE_ASIDE_BEFORE = compile_on_use(r",\s*(?:which|who)\s[^,;:\x01]{1,80},\s*$")


# "in the hope", "in hopes": an aim of the main clause's act; "of" and a gerund may name it
_HOPE_NOUNS = frozenset(["hope", "hopes"])


_IN_HOPE_BEFORE = compile_on_use(r"\bin\s+(?:the\s+)?$")


_OF_GERUND = compile_on_use(r"\s+of\s+(?=[a-z]+ing\b)")


_NEXT_PARTICIPLE = compile_on_use(r",\s+(?:[a-z]+ing|but|while|although|though)\b")


def _hoped_act(
    text: str, masked: str, quotes: list[Quote], start: int, s_end: int
) -> tuple[int, int, str, str]:
    """ "in hopes of connecting directly with grassroots supporters": the aim after "of", as
    "hoping to" has one; a participle or a clause after a comma is no part of it ("...,
    wandering from ...", "..., but most of these efforts have ended in disappointment")."""
    s, e = _trim(text, start, s_end)
    act = _NEXT_PARTICIPLE.search(masked, s, e)
    s, e = _trim(text, s, act.start() if act is not None else e)
    return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-to")


def _gap_predicate(
    text: str, masked: str, quotes: list[Quote], start: int, s_end: int
) -> tuple[int, int, str, str]:
    """ "which he believes will make it impossible ...": the predicate a relative clause's
    believer holds of its noun, to a colon that goes on to name the noun ("a defeat Obama
    believes to be the worst of his career: The failure to ...")."""
    colon = masked.find(":", start, s_end)
    s, e = _trim(text, start, colon if colon > 0 else s_end)
    return (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-clause")


# "so" or "such" between a belief verb and "that": the clause is the degree's result, not what
# is believed ("worries so much about corrupted cellphones that visitors ...", "feel so
# beleaguered that they will heed his call")
_RESULT_SO = compile_on_use(r"\b(?:so|such)\b")


# a participle set off by a comma after the main clause: "..., hoping to avoid any misstep",
# "..., fearing that the party could lose"
_BELIEF_PARTICIPLE = compile_on_use(r",\s*(?:and\s+)?(?:(?:still|also|[a-z]+ly)\s+)?$")


# Belief nouns that look like verb forms after a determiner or preposition ("the fears that").
_BELIEF_NOUN_FORMS = frozenset(
    ["fears", "hopes", "doubts", "worries", "wants", "thought", "view", "views", "regard"]
)


_SUBJECT_CLAUSE_VERBS = verb_class("subject_clause")


# an auxiliary before the believer asks a question: "will they feel", "Did any readers feel"
_INVERTED_BEFORE = compile_on_use(
    r"\b(?:[Ww]ill|[Ww]ould|[Dd]o|[Dd]oes|[Dd]id|[Cc]an|[Cc]ould|[Ss]hould)\s+$"
)


def _asks(masked: str, s_start: int, s_end: int, subject: tuple[int, int]) -> bool:
    """Whether an auxiliary before the believer makes the sentence a question: "will reporters
    still want to ...?", "Does Clinton want to raise taxes?" (the auxiliary read as the name's
    first word). A capitalised one only when a question mark ends the sentence, as "Will" may
    be a name ("Will Smith thinks ...")."""
    before = _INVERTED_BEFORE.search(masked, max(s_start, subject[0] - 8), subject[0])
    if before is not None and before.group()[0].islower():
        return True
    first = _INVERTED_BEFORE.match(masked[subject[0] : subject[1]].split()[0] + " ")
    asked = masked[s_start:s_end].rstrip().endswith("?")
    return (before is not None or first is not None) and asked


def _opens_with_subject_and_verb(masked: str, s: int, e: int, rule: str) -> bool:
    """ "People close to the Clintons felt her projection of anger ... was over the top": what
    "feel" holds is a clause with a finite verb among its first ten words, and without "that"
    its first word opens a subject (a pronoun, a determiner, a name); "felt the need to obtain
    internal documents", "feels free to work", "may now feel that way himself" hold none."""
    head = masked[s:e].split()[:10]
    if not any(
        FINITE_WORD.fullmatch(word) and not (i and head[i - 1].lower() in words("determiners"))
        for i, word in enumerate(head)  # "the need": a noun, whatever its ending
    ):
        return False
    first = head[0].lower()
    return (
        rule == "said-that"
        or head[0][:1].isupper()
        or first in _SUBJECT_PRONOUNS
        or first in words("determiners")
    )


# what opens no clause after a belief verb: a participle or "like" ("feel betrayed", "feel
# like they've had ...": how someone feels, not what they hold true); a passive or irregular
# participle, or a verb and its object's possessive, after a noun that only looks like a belief
# verb ("two Algerian suspects being held without trial", "Deep Throat suspect found dead",
# "Piracy suspects raise their hands"): no subject opens the clause
_NO_SUBJECT_OPENING = compile_on_use(
    r"(?:like|[a-z]+ed|found|held|seen|known|shot|caught"
    r"|being\s+(?:[a-z]+ed|held|kept|taken|seen|shot|caught|found|given|told|sent|sold|made)"
    r"|(?!(?:that|if|when|as|because|so|and|but|whether|how|why|what|for|to|in|on|of|with)\b)"
    r"[a-z]+\s+(?:their|his|her|its|our|my|your))\b"
)


_TANK_AFTER = compile_on_use(r"\s+tanks?\b")


# "in" and a named possessor before "view": "In Ash's view", "in Professor Knittel's view",
# "in Mr. VandeHei's and Mr. Allen's view"; not "in their view" (a pronoun's holder is open)
_IN_VIEW = compile_on_use(
    r"\b[Ii]n\s+(?P<holder>[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,4}?)(?:[’']s|s[’'])"
    r"\s+(?:own\s+)?$"
)


_VIEW_ENDS_SENTENCE = compile_on_use(r"\s*[.!?]?\s*$")


def _in_view(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    s_end: int,
    held: re.Match[str],
    view_end: int,
) -> Attribution | None:
    """ "In Ash's view, the change would have a profound impact ...", "The only other necessary
    action, in Professor Knittel's view, would be more government support ...", "... from
    diplomacy to the defense budget, in Bolton's view.": the possessor holds what the sentence
    states, as "according to" names a source: after the phrase when it opens the sentence,
    before it when it ends it, around it (the phrase a gap) when it stands inside."""
    cue = (held.start(), view_end)
    holder = (held.start("holder"), held.end("holder"))
    lead = LEAD_CONNECTIVE.match(masked, s_start, held.start())
    opens = not masked[lead.end() if lead else s_start : held.start()].strip()
    comma_after = masked.startswith(",", view_end)
    comma_before = masked[s_start : held.start()].rstrip().endswith(",")
    if opens and comma_after:
        s, e = _trim(text, view_end + 1, s_end)
        gap = None
    elif comma_before and _VIEW_ENDS_SENTENCE.match(masked, view_end, s_end):
        s, e = _trim(text, s_start, masked.rfind(",", s_start, held.start()))
        gap = None
    elif comma_before and comma_after:
        resume = _according_inside(masked, s_start, held.start(), view_end, s_end)
        if resume is None:
            return None
        s, e = _trim(text, s_start, s_end)
        gap = (held.start(), resume)
    else:
        return None
    # (the verb may be in the quoted words: "“... it’s an across-the-board failure” from
    # diplomacy to the defense budget, in Bolton’s view.")
    if len(text[s:e].split()) < 4 or not has_finite(text if MASK in masked[s:e] else masked, s, e):
        return None
    kind = _content_kind(masked, quotes, s, e)
    return Attribution(s, e, kind, f"{kind}:belief", cue, holder, None, 0.6, gap=gap)


# the agent of a passive verb of regard: "by Muslims and some other religious groups", "by some
# in the movement", "by other leaders of the party"; a noun phrase with no verb, then "as" or
# the clause's end (not "by the end of the year", "by the likes of ...", "by far")
_REGARD_AGENT = compile_on_use(
    r"\s+by\s+(?P<agent>(?!(?:the\s+(?:likes|end|time|way|middle|start)|far|then|now)\b)"
    r"[^,;:\x01—–()\[\]]{2,80}?)(?=\s+as\s|\s*[.!?]?\s*$)"
)


_REGARDED_AS = compile_on_use(r"\s+(?:[a-z]+ly\s+)?as\s+(?=[\w\x01“\"])")


_RELATIVE_SUBJECTS = frozenset(["which", "who", "that", "whom", "whose"])


def _regarded_by(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    s_end: int,
    m: re.Match[str],
    be_at: int,
) -> Attribution | None:
    """ "Pigs are considered unclean by Muslims and some other religious groups", "she is seen
    by other leaders of the party as uniquely credible": a passive verb of regard names its
    holder after "by"; what is held is the subject and what it is taken for, the verb (and an
    agent inside) a gap. With no agent the passive has no holder in view ("is considered an
    asset"): None. A quantifier agent ("by some") holds it unnamed, as "Some believe" does."""
    # the subject opens the sentence, a noun phrase with no verb, comma or relative of its own
    # ("the song Edelweiss, which is considered ...": what it is taken for is the relative's)
    lead = LEAD_CONNECTIVE.match(masked, s_start, be_at)
    start = _skip_blank(masked, lead.end() if lead else s_start)
    phrase = masked[start:be_at].split()
    if (
        not 1 <= len(phrase) <= 12
        or "," in masked[start:be_at]
        or MASK in masked[start:be_at]
        or phrase[0].lower() in pronoun_classes()
        or any(word.lower() in _RELATIVE_SUBJECTS for word in phrase)
        or has_finite(masked, start, be_at)
    ):
        return None
    subject = (start, be_at)
    clause_end = _clip_end(masked, m.end(), s_end)
    agent = _REGARD_AGENT.match(masked, m.end(), clause_end)
    if agent is not None:
        # "is seen by other leaders of the party as uniquely credible": the agent first
        if not _REGARDED_AS.match(masked, agent.end(), clause_end):
            return None
        gap = (be_at, agent.end())
        end = clause_end
    else:
        by = masked.rfind(" by ", m.end(), clause_end)
        agent = _REGARD_AGENT.match(masked, by, clause_end) if by >= 0 else None
        if agent is None:
            return None
        complement = masked[m.end() : by]
        if not 1 <= len(complement.split()) <= 12 or has_finite(complement):
            return None  # "considered unclean", "viewed as a victory": the taking, then the agent
        gap = (be_at, m.end())
        end = by
    holder = agent.span("agent")
    said = masked[holder[0] : holder[1]]
    first = said.split()[0].lower()
    if first in pronoun_classes() and first not in _COUNTED_BELIEVERS:
        return None  # "by anybody", "by them": nobody to check it with
    if STRICT_FINITE.search(said):
        return None  # a clause, no noun phrase
    s, e = _trim(text, subject[0], end)
    if e <= gap[1] or len(text[s:e].split()) < 3:
        return None
    kind = _content_kind(masked, quotes, s, e)
    mention = None if first in _COUNTED_BELIEVERS else holder
    cue = (be_at, m.end())  # "are considered"
    return Attribution(s, e, kind, f"{kind}:belief", cue, mention, None, 0.6, gap=gap)


def _belief(
    text: str, masked: str, quotes: list[Quote], s_start: int, s_end: int, m: re.Match[str]
) -> Attribution | None:
    """ "Economists believe this provides an incentive", "Christie hopes ...": a stance the
    article attributes to a named source, which a fact-checker tracks like a statement.

    Stricter than speech: the believer must be a third-person subject right before the verb,
    never the writer or reader, never a passive, and the content a clause or to-infinitive.
    """
    form = m.group()
    if form == "view" and (
        held := _IN_VIEW.search(masked, max(s_start, m.start() - 80), m.start())
    ):
        return _in_view(text, masked, quotes, s_start, s_end, held, m.end())
    if _TANK_AFTER.match(masked, m.end()):
        return None  # "head of the social policy think tank": a noun, nobody's belief
    before = masked[s_start : m.start()]
    progressive = participle = relative = absolute = bare_who = None
    # ("worried" is the verb's form too: an adjective only after a linking verb, or after
    # "with" and its holder: "..., with many worried that the zone can never be ...")
    adjective = form in belief_adjectives() or (
        form == "worried"
        and (_LINK_BEFORE.search(before) is not None or _WITH_BEFORE.search(before) is not None)
    )
    if adjective:
        # "Some Democrats are concerned that ...": the adjective after its linking verb states
        # the belief as a verb does; "..., confident that she can deny ...": the main clause's
        # subject holds it; "with the government hopeful that ...": the noun phrase after "with"
        progressive = _adjective_link(masked, before, m, s_end)
        participle = None if progressive else _BELIEF_PARTICIPLE.search(before)
        if progressive is None and participle is None:
            absolute = _holder_after_with(masked, s_start, m)
        if (participle or absolute) and not (
            _THAT_CLAUSE_NEXT.match(masked, m.end(), s_end)
            # "..., eager to show that their efforts are sophisticated": an intention of the
            # main clause's subject, as "..., hoping to avoid any misstep" is
            or participle
            and "to" in belief_adjectives().get(form, ())
            and _TO_VERB.match(masked, m.end(), s_end)
        ):
            return None
        if progressive is None and participle is None and absolute is None:
            return None
    elif form.endswith("ing"):
        # "Clinton is hoping voters see her as ready", "She's hoping Saturday's caucuses will
        # ...": the progressive states the belief as the simple form does; "..., hoping to
        # avoid any misstep": the participle's believer is the main clause's subject
        progressive = _PROGRESSIVE_BEFORE.search(before)
        participle = None if progressive else _BELIEF_PARTICIPLE.search(before)
        if progressive is None and participle is None:
            return None
    elif form in _HOPE_NOUNS and (in_the_hope := _IN_HOPE_BEFORE.search(before)) is not None:
        # "..., in the hopes that the platform will endorse a $15 wage", "barnstorming
        # California in hopes of upsetting his rival": the aim of the main clause's act, which
        # its subject holds as it holds "..., hoping to avoid any misstep"
        participle = in_the_hope
    elif _ends_in_to(before) and _TO_BEFORE.search(before):
        return None
    elif (passive := _PASSIVE_BEFORE.search(before)) is not None:
        if cue_base(form) in _REGARD_AS_VERBS:
            # "Pigs are considered unclean by Muslims ...": the agent after "by" holds it
            return _regarded_by(text, masked, quotes, s_start, s_end, m, s_start + passive.start())
        return None  # "is expected to", "was feared": a passive has no believer in view
    cue = _cue_span(masked, s_start, m.start(), m.end())
    if adjective and progressive is not None:
        cue = (s_start + progressive.start(), m.end())  # "are concerned", "remain confident"
    in_hope = participle is not None and form in _HOPE_NOUNS
    if in_hope:
        cue = (s_start + participle.start(), m.end())  # "in the hopes"
    aside_name = None
    # (the progressive's or the adjective's linking verb: "New Jersey officials, including Gov.
    # Chris Christie, are hoping they will win ...")
    verb_at = min(cue[0], s_start + progressive.start()) if progressive is not None else cue[0]
    if participle is None and masked[s_start:verb_at].rstrip().endswith(","):
        # "Bobby Franklin, the president of the National Venture Capital Association, thinks",
        # "Now Jeb Bush, who has been more successful raising money ..., hopes"
        # "Many observers of the computing scene, including myself, think": a plain noun phrase
        aside_name = _name_before_aside(masked, s_start, verb_at) or _believer_before_aside(
            masked, s_start, verb_at
        )
    if (
        form in _BELIEF_NOUN_FORMS
        and not in_hope
        and aside_name is None
        and _noun_use(masked, s_start, _before_adverbs(masked, s_start, m.start()))
        and not _verb_after_a_noun(masked, s_start, m)
        and not _second_predicate_verb(masked, s_start, s_end, m)
        and not _relative_verb_with_infinitive(masked, s_start, m)
    ):
        return None  # "voter fears that", "his hopes"; but "He also wants to extend ..."
    if _NEGATED_BEFORE.search(masked, max(s_start, cue[0] - 24), cue[0]):
        return None  # "Democrats don't think X" reports no belief that X
    if _MODAL_BEFORE.search(masked, max(s_start, cue[0] - 12), m.start()) or (
        _MODAL_ADVERBS_BEFORE.search(masked, max(s_start, m.start() - 40), m.start())
    ):
        # "may want to check", "would want someone", "Some may just want the odd episode": no
        # stance is reported
        return None
    if in_hope:
        # "Ahead of last week's Illinois primary, Clinton met with workers ... in hopes of
        # persuading her": the subject of the last finite verb, past any opener; a relative
        # clause set off by commas before the phrase is no clause of its own ("Sanders has been
        # barnstorming California, which votes next week, in hopes of upsetting his rival")
        floor = _after_dateline(masked, s_start, m.start())
        subject = _main_clause_subject(masked, floor, m.start())
        relative = _RELATIVE_ASIDE_BEFORE.search(masked, floor, cue[0])
        if subject is None and relative is not None:
            subject = _main_clause_subject(masked, floor, relative.start())
    elif participle is not None:
        floor = _after_dateline(masked, s_start, m.start())
        subject = sentence_subject(masked, floor, m.start()) or _main_clause_subject(
            masked, floor, m.start()
        )
    else:
        if progressive is not None and re.search(
            r"\b(?:who|which|that)\s+(?:(?:had|has|have)\s+)?$", masked[s_start:verb_at]
        ):
            return None  # "Stanley Leisure, who had been hoping ..., fell": background
        subject = absolute or _own_group(
            masked,
            s_start,
            min(cue[0], verb_at),
            subject_before(masked, s_start, min(cue[0], verb_at)),
        )
        whole = None
        if absolute is None and not _RELATIVE_PRONOUN_BEFORE.search(
            masked, max(s_start, cue[0] - 60), cue[0]
        ):
            # "Economists who favor consumption taxes believe", as for speech; not "people ...
            # who want to stay a year": the belief verb is the relative clause's own
            whole = _relative_subject(masked, s_start, min(cue[0], verb_at))
        if whole is not None and (subject is None or subject[0] > whole[0]):
            subject = whole
        if subject is None and (progressive is None or adjective):
            # "Sanders, meanwhile, hopes that ...": an adverb set off by commas
            subject = _subject_before_time(masked, s_start, cue[0])
        subject = subject or aside_name or _group_before(masked, s_start, min(cue[0], verb_at))
        if subject is None and (progressive is None or adjective):
            # ("The 29-year-old would be a strong contender ... and is hopeful she will ...")
            relative = _RELATIVE_WHO.search(masked, max(s_start, cue[0] - 40), cue[0])
            if relative is None:
                bare_who = _WHO_BEFORE_CUE.search(masked, max(s_start, cue[0] - 40), cue[0])
            if relative is not None:
                # "a wave of alarm among legal experts, who worry that ...": the group the
                # relative clause describes holds the belief, whatever governs it
                subject = _group_before(masked, s_start, relative.start(), anchored=False)
            elif bare_who is not None:
                # "drawing the ire of lawmakers who thought she was too involved ...": people
                # named as an object, so that the relative clause runs to the sentence's end,
                # hold it, as they say what "critics who say" say
                relative = bare_who
                antecedent = _antecedent_of_who(masked, s_start, cue[0])
                if antecedent is not None:
                    subject = _without_governing_verb(
                        masked, _group_before(masked, s_start, bare_who.start(), anchored=False)
                    ) or _counted_before(masked, s_start, bare_who.start())
                if (
                    subject is not None
                    and antecedent is not None
                    and subject[0] < antecedent[0]
                    and has_finite(masked, subject[0], antecedent[0])
                ):
                    # "Reporters met voters who felt they were ignored": the group runs back over
                    # the verb that governs it and its subject; the relative's antecedent ends it
                    subject = antecedent
            else:
                subject = _subject_of_first_verb(masked, s_start, cue[0])
    counted = (
        _counted_believers(masked, s_start, cue[0]) or _counted_aside(masked, cue[0], m.end())
        if progressive is None or adjective
        else None
    )  # ("Some are concerned that ...": the adjective's cue starts at its linking verb)
    if absolute is not None and masked[absolute[0] : absolute[1]].lower() in _COUNTED_BELIEVERS:
        counted = absolute  # "with many worried that ...": counted, never named
    if counted is not None:
        subject = counted
    elif participle is None:
        subject = _believer_before_dash_aside(masked, s_start, subject, verb_at)
    if subject is None or (
        not counted and (_no_stance_holder(masked, subject) or _a_thing(masked, subject))
    ):
        return None
    if _NOT_BEFORE.search(masked, max(s_start, subject[0] - 6), subject[0]):
        return None  # "Not all conference attendees, however, are eager to ...": not all hold it
    if counted is None:
        subject = _last_conjunct_of_singular(masked, s_start, subject, cue)
        subject = _with_left_conjunct(masked, s_start, subject, cue)
    if _DASH.search(masked, subject[1], cue[0]) and not _DASH_ASIDE.fullmatch(
        masked, subject[1], verb_at
    ):
        return None  # "Gareth Morton - thought": a name inside a dash aside holds nothing
    if adjective and _impersonal(masked[subject[0] : subject[1]].lower(), form):
        return None  # "It is certain that ...": the writer's, nobody holds it
    if _asks(masked, s_start, s_end, subject):
        return None  # "At what point will they feel they have ...?": a question, no belief
    gap = _subject_gap(masked, s_start, m, subject)
    if gap is None and _in_contact_relative(masked, s_start, subject):
        return None  # "the blogs they want to follow": the content lacks its object
    if _IN_CASE_BEFORE.search(masked, max(s_start, subject[0] - 12), subject[0]):
        # "a back-up in case RCA producers wanted to make late changes": a condition the
        # writer sets, nobody's belief told
        return None
    opener = tokens(masked, max(s_start, subject[0] - 20), subject[0])
    subordinate = bool(opener) and opener[-1].lower in _SUBORDINATORS
    if (
        gap is None
        and opener
        and opener[-1].lower in _NOT_BEFORE_BELIEVER
        and not subordinate
        and relative is None
        and absolute is None
        # "in sync with Clinton, who believes ...": "who" is the subject, whatever governs Clinton
        and not _WHO_AFTER.match(masked, subject[1], cue[0])
    ):
        return None  # "voters in each state want", "what Washington wants", "as many expected"
    base = form if form in belief_adjectives() else cue_base(form)
    pre = masked[s_start : subject[0]].rstrip()
    if (
        progressive is None
        and participle is None
        and aside_name is None
        and pre.endswith(",")
        # "This, they fear, could hurt ...": whom an aside's pronoun stands for is too open
        and masked[subject[0] : subject[1]].lower() not in pronoun_classes()
    ):
        aside = _belief_aside(text, masked, quotes, s_start, s_end, m, s_start + len(pre) - 1)
        if aside is not None:
            s, e, kind, gap = aside
            gap = (subject[0], gap[1]) if gap else None  # the believer and verb inside it
            return Attribution(
                s, e, kind, f"{kind}:belief", cue, subject if counted is None else None, None, 0.6,
                gap=gap,
            )  # fmt: skip
    if pre.endswith(",") and _DASH_AFTER.match(masked, m.end(), s_end):
        return None  # "that won't happen, they believe — but how he finds ...": an aside's end
    wanted = base in _LONG_OBJECT_VERBS and _WANTED_TO.match(masked, m.end(), s_end)
    if base == "want" and not wanted:
        # "wants Grayson removed from the group", "want the ban lifted": a wish that something
        # be done to someone or something, as "wants Germany to do more" is a wish that they act
        wanted = _WANTED_DONE.match(masked, m.end(), s_end)
    wanted_thing = None
    if base == "want" and not wanted and not subordinate:
        # "Palestinians want East Jerusalem ... for their future state", "Party leaders want no
        # repeat of the 1980 Democratic convention": the thing a named holder wants, as a
        # fact-checker tracks what a side demands; not in a clause of time or place ("where
        # people want jobs"), whose wish says who is meant
        wanted_thing = (
            None
            if _counted_share(masked, s_start, subject, m.start())
            else _wanted_thing(text, masked, m.end(), s_end)
        )
    if base == "want" and not wanted and wanted_thing is None:
        return None  # "want more", "want it": nothing named that is wanted
    held_about = _HELD_PREPOSITIONS.get(base) or (
        _ABOUT_OR_OVER if "about" in belief_adjectives().get(base, ()) else None
    )
    if held_about is not None and not subordinate and not in_hope:
        # "EU Member States are concerned about Merkel's collusion with Turkey", "his advisers
        # have hoped for a second-place finish": what the worry or the hope is about
        about = held_about.match(masked, m.end(), s_end)
        if about is not None and not _counted_share(masked, s_start, subject, m.start()):
            wanted_thing = _held_thing(text, masked, about.end(), s_end)
    hoped_act = _OF_GERUND.match(masked, m.end(), s_end) if in_hope else None
    since = None
    if (
        hoped_act is None
        and wanted_thing is None
        and _PREPOSITION_AFTER_BELIEF.match(masked, m.end(), s_end)
    ):
        # "have worried for months that she was out of sync", "Many thought after 2012 that
        # ...": how long or since when, then the clause; any other phrase is no stance
        since = _TIME_THEN_THAT.match(masked, m.end(), s_end)
        if since is None:
            return None  # "Arson suspected in fire that destroyed ...": a passive, no stance
    if wanted_thing is not None:
        after = (*wanted_thing, "indirect", "said-clause")
    elif hoped_act is not None:
        after = _hoped_act(text, masked, quotes, hoped_act.end(), s_end)
    elif since is not None:
        s, e = _trim(text, since.end(), s_end)
        after = (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-that")
    elif gap is not None:
        after = _gap_predicate(text, masked, quotes, gap, s_end)
    elif base in _REGARD_AS_VERBS:
        # "Voters still view Mrs. Clinton as vastly more prepared": an object and what it is
        # taken for, never a clause ("considered whether ..." is deliberation)
        after = _regarded(text, masked, quotes, m.end(), s_end, base)
    else:
        after = clause_after_cue(text, masked, quotes, m.end(), s_end, base)
    takes_to = base in _TO_INFINITIVE_VERBS or "to" in belief_adjectives().get(base, ())
    if (
        gap is None
        and hoped_act is None
        and (wanted or takes_to and _TO_INFINITIVE.match(masked, m.end(), s_end))
    ):
        # "hoping to avoid any misstep that could undermine ...": the to-infinitive is the
        # content, not a clause after a relative "that" further on
        s, e = _trim(text, m.end(), s_end)
        named_clause = _NAMED_CLAUSE_AFTER.search(masked, s, e) or _BUT_PRONOUN_CLAUSE.search(
            masked, s, e
        )
        if named_clause is not None:
            # "willing to buy the firm, but Fiat patriarch Gianni Agnelli did not want to ...":
            # a clause with a subject of its own is no part of the wish
            e = _trim(text, s, named_clause.start())[1]
        if e - s >= 8:
            after = (*_partial_or_mixed(masked, quotes, s, e)[:3], "said-to")
    if after is None or after[3] not in ("said-that", "said-clause", "said-to"):
        return None
    s, e, kind, _ = after
    if after[3] == "said-clause" and masked.startswith(",", m.end()) and not pre.endswith(","):
        # "the kind of Hispanic coming-of-age story many Latinos had expected, particularly
        # given ...": the verb ends a relative clause; what follows its comma is the writer's
        # (an aside's believer, "His leverage, they believe, isn't going anywhere", has its own)
        return None
    if after[3] == "said-that" and _RESULT_SO.search(masked, m.end(), s):
        return None  # "worries so much about corrupted cellphones that visitors ...": a result
    if in_hope and (
        MASK in masked[s:e]
        or any(cue.group() not in _NOUN_LIKE_CUES for cue in find_cues(masked, s, e))
    ):
        # "in the hopes of shedding what Gilbert called "a perception problem"": somebody's
        # words inside; a noun that only looks like a cue is none ("the most populous state")
        return None
    if (
        after[3] == "said-clause"
        and wanted_thing is None
        and _NO_SUBJECT_OPENING.match(masked, s, e)
    ):
        return None  # "Immigrants feel discriminated against", "feel like they’ve had": no clause
    if base in _SUBJECT_CLAUSE_VERBS and _NO_SUBJECT_OPENING.match(
        masked, _skip_blank(masked, m.end())
    ):
        return None  # "feel trapped in a system that seems rigged": "that" is a relative
    if bare_who is not None and (after[3] == "said-to" or base not in _CLASS_FREE_BELIEFS):
        # "women who want to obtain medication abortions", "an officer who suspected him of
        # drunken driving": a wish or a suspicion that says which people are meant
        return None
    past = _PAST_PREDICATE_AFTER.search(masked, s, e) if bare_who is not None else None
    if past is not None and not form.endswith("ed"):
        # "slamming candidates who think they can "outsource" ... and followed up with ...":
        # a verb in the past after "and" is the main clause's again
        s, e = _trim(text, s, past.start())
        kind = _content_kind(masked, quotes, s, e)
    if base in _SUBJECT_CLAUSE_VERBS and not _opens_with_subject_and_verb(masked, s, e, after[3]):
        return None  # "felt the need to obtain ...", "feels alive and well", "feel that way"
    if (
        after[3] == "said-that"
        and len(masked[m.end() : s].split()) > 1
        and FINITE_WORD.match(masked, s)
        and not _AUXILIARY_OPENING.match(masked, s)
    ):
        return None  # "believed the unscientific Internet polls that showed him ...": a relative
    if (
        relative is not None
        or gap is not None
        or _RELATIVE_WHO.search(masked, max(s_start, cue[0] - 40), cue[0])
    ):
        # "investors, who thought the offer was underpriced, decided to sell": the relative
        # clause ends where the main clause's verb follows a comma
        resumed = _MAIN_VERB_RESUMES.search(masked, s, e)
        if resumed is not None:
            e = _trim(text, s, resumed.start())[1]
    elif (
        participle is not None
        and after[3] == "said-clause"
        and (resumed := _MAIN_VERB_RESUMES.search(masked, s, e)) is not None
    ):
        # "Democrats in Congress, fearing the electoral consequences, repeatedly failed to
        # unite ...": the verb after the aside's comma is the main clause's, no part of what
        # is feared; and a thing feared, no clause before it, is no claim
        if not STRICT_FINITE.search(masked, s, resumed.start()):
            return None
        e = _trim(text, s, resumed.start())[1]
    own = (_BELIEVER_GOES_ON_AFTER_TO if after[3] == "said-to" else _BELIEVER_GOES_ON).search(
        masked, s, e
    )
    if own is None and form == base:
        # "some Democratic strategists fear that Clinton has already missed ... and warn that
        # ...": a plural believer's next verb of speech, in its plain form
        own = _PLURAL_BELIEVER_SAYS.search(masked, s, e)
        if own is not None and own.group("verb") not in _PLAIN_SPEECH_FORMS:
            own = None
    if own is not None and (
        own.groupdict().get("aux")
        or own.group("verb") in _STANCE_S_FORMS
        or own.group("verb") in _PLAIN_SPEECH_FORMS
    ):
        # "she wanted to serve as a missionary but was turned down", "He believes the rivalry
        # is overblown and instead thinks the real battle is ...": the believer's next
        # predicate is no part of what is believed
        s, e, kind = _partial_or_mixed(masked, quotes, *_trim(text, s, own.start()))[:3]
    if gap is None and _MODAL_OPENING.match(masked, s, e):
        return None  # "the message voters, he believes, will warm to": the clause has no subject
    if (
        gap is None
        and subordinate
        and (
            _AUXILIARY_OPENING.match(masked, s, e)
            or (after[3] == "said-to" and not _wish_in_adverbial_clause(masked, opener, subject))
        )
    ):
        return None  # "a tactic that Democrats hope will dampen ...": a relative, no subject
    if after[3] == "said-to" and _relative_before(masked, s_start, subject):
        return None  # "assets that the broader Democratic Party is eager to tap": no object
    # "Many fear Trump will feed insecurity ...": people the writer counts but does not name
    # hold the belief, as "Some said" holds speech; a quantifier is never the believer's name
    mention = subject if counted is None else None
    return Attribution(s, e, kind, f"{kind}:belief", cue, mention, None, 0.6)


# adverbs that open a clause of time, place or reason, whose to-infinitive has no gap
_TIME_PLACE_REASON = frozenset(["when", "where", "why"])


# believers of a clause of time or place that mean anybody: "when they want to view items"
_GENERIC_BELIEVERS = frozenset(["they", "people", "you", "we"])


def _wish_in_adverbial_clause(masked: str, opener: list[Token], subject: tuple[int, int]) -> bool:
    """Whether a to-infinitive after a belief verb is a whole wish although a subordinator
    opens its clause: "When Donald J. Trump wanted to proclaim his doubts ...", "..., when the
    White House was eager to assuage public outrage ...": after "when", "where" or "why" the
    infinitive keeps its object, unlike after a relative "that" ("a tactic that Democrats hope
    to use"). Not for anybody at all ("when they want to view particular items", "nations
    where people want to use a mobile"), nor for a holder named only through a pronoun
    ("rural seats where his party is hoping to make gains")."""
    believer = masked[subject[0] : subject[1]].lower()
    return (
        opener[-1].lower in _TIME_PLACE_REASON
        and believer not in _GENERIC_BELIEVERS
        and believer.split()[0] not in _POSSESSIVE_OPENERS
    )


# an aside between two of the same dashes, and an adverb after it: " - who had come on for the
# injured Gareth Morton - wrongly "
_DASH_ASIDE = compile_on_use(
    r"\s+(?P<dash>—|–|--|-)\s[^—–\x01]{3,200}?\s(?P=dash)\s+(?:(?:[a-z]+ly|also|later|then|now|still)\s+)?"
)


def _believer_before_dash_aside(
    masked: str, s_start: int, subject: tuple[int, int] | None, verb_at: int
) -> tuple[int, int] | None:
    """ "The United States and others - including many of Germany's own defense experts - want
    Germany to do even more ...": an aside opened and closed by the same dash right before the
    verb holds no believer of its own; the phrase opening the clause before it does. The
    subject found inside the aside, or none found, gives way to it; any other stays."""
    closing = _DASH_ASIDE_END.search(masked, max(s_start, verb_at - 30), verb_at)
    if closing is None:
        return subject
    opening = masked.rfind(f" {closing.group('dash')} ", s_start, closing.start())
    if opening < 0 or (subject is not None and subject[0] < opening):
        return subject
    holder = subject_before(masked, s_start, opening) or _group_before(masked, s_start, opening)
    if holder is None or not _opens_clause(masked, s_start, holder[0]):
        return subject
    return holder


_SINGULAR_AUXILIARIES = frozenset(["is", "was", "has", "does", "’s", "'s"])


_AND_BEFORE_NAME = compile_on_use(r"\s+and\s+(?=[A-Z])")


def _last_conjunct_of_singular(
    masked: str, s_start: int, subject: tuple[int, int], cue: tuple[int, int]
) -> tuple[int, int]:
    """ "Victory took Real to within six points of leaders Barcelona and Owen is confident Real
    can close the gap": a verb in the singular has one subject, so a phrase joined by "and"
    that does not open its clause is the object of the clause before, and the name after "and"
    opens the writer's next clause; a plural verb keeps the pair ("Clinton and Obama
    believe"), and so does a name opening its clause ("Johnson and Johnson expects")."""
    joined = list(_AND_BEFORE_NAME.finditer(masked, subject[0], subject[1]))
    if not joined or _opens_clause(masked, s_start, subject[0]):
        return subject
    first = masked[cue[0] : cue[1]].split()[0].lower()
    if first not in _SINGULAR_AUXILIARIES and first not in _STANCE_S_FORMS:
        return subject
    return joined[-1].end(), subject[1]


_AND_BEFORE = compile_on_use(r"\band\s+$")


_NOT_BEFORE = compile_on_use(r"\b[Nn]ot\s+$")


def _with_left_conjunct(
    masked: str, s_start: int, subject: tuple[int, int], cue: tuple[int, int]
) -> tuple[int, int]:
    """ "Ms. Henry and other labor leaders believe they can keep their members in the fold",
    "many liberal economists and Wall Street reform advocates believe": before a plural verb,
    a subject of its own joined by "and" that opens the clause holds the belief too."""
    joined = _AND_BEFORE.search(masked, max(s_start, subject[0] - 8), subject[0])
    if joined is None:
        return subject
    first = masked[cue[0] : cue[1]].split()[0].lower()
    if first in _SINGULAR_AUXILIARIES or first in _STANCE_S_FORMS:
        return subject
    left = subject_before(masked, s_start, joined.start()) or _group_before(
        masked, s_start, joined.start()
    )
    if left is None or not _opens_clause(masked, s_start, left[0]):
        return subject
    return left[0], subject[1]


# a group believer's own determiner or quantifier: "the regulators", "many economists"
_GROUP_OPENERS = frozenset(
    ["the", "many", "some", "most", "other", "these", "those", "both", "all", "several", "few"]
    + ["his", "her", "their", "its", "our"]
)


def _group_before(
    masked: str, s_start: int, at: int, anchored: bool = True
) -> tuple[int, int] | None:
    """ "But environmentalists worry that ...", "Regulators and environmental groups worried
    that ...": a group of people named by a plural noun (speakers.people_plural) right before
    a belief verb, with up to three modifiers and its determiner, when the speaker
    vocabulary names no subject there. The phrase must open its clause: the sentence start,
    punctuation or a connective before it, or "and" after another such subject."""
    toks = tokens(masked, max(s_start, at - 90), at)
    i = len(toks) - 1
    while i >= 0 and (toks[i].lower in AUXILIARIES or toks[i].lower in _GROUP_GAP):
        i -= 1
    if i < 0 or not people_plural(toks[i].lower) or toks[i].lower in pronoun_classes():
        return None
    end, first = toks[i].end, i
    while (
        first > 0
        and i - first < 3
        and toks[first - 1].text.isalpha()
        and toks[first - 1].lower not in _NOT_IN_GROUP
        and not toks[first - 1].lower.endswith("ed")  # "those not convinced mobile users"
    ):
        first -= 1  # "environmental groups", "party insiders"
    if first > 0 and toks[first - 1].lower in _GROUP_OPENERS:
        first -= 1
        if (
            first > 1
            and toks[first - 1].lower == "of"
            and toks[first - 2].lower in _COUNTED_BELIEVERS
        ):
            first -= 2  # "Many of his endorsers think": a share of the group holds it
    if first > 0 and toks[first - 1].lower == "and" and first > 1:
        # "Regulators and environmental groups": a subject of its own before "and"
        left = subject_before(masked, s_start, toks[first - 1].start) or _group_before(
            masked, s_start, toks[first - 1].start
        )
        if left is not None and _opens_clause(masked, s_start, left[0]):
            return left[0], end
    if anchored and not _opens_clause(masked, s_start, toks[first].start):
        return None
    return toks[first].start, end


_ING_OPENING = compile_on_use(r"[a-z]+ing\s+")


def _without_governing_verb(masked: str, group: tuple[int, int] | None) -> tuple[int, int] | None:
    """A group of people without the -ing verb that governs it ("by slamming candidates who
    think ...": the candidates think)."""
    if group is None:
        return None
    verb = _ING_OPENING.match(masked, group[0], group[1])
    return (verb.end(), group[1]) if verb is not None else group


# a relative pronoun right before a belief verb, past its auxiliaries and adverbs
_RELATIVE_PRONOUN_BEFORE = compile_on_use(
    r"\b(?:who|that|which)\s+(?:(?:have|has|had|also|still|now|long|[a-z]+ly)\s+)*$"
)


# "and" and a verb in the past: a new predicate
_PAST_PREDICATE_AFTER = compile_on_use(r"\s+and\s+(?:then\s+)?[a-z]{3,}ed\b")


# belief verbs whose clause after a restrictive "who" is a view the people hold, not what
# picks them out as "who want to ..." does ("lawmakers who thought she was too involved")
_CLASS_FREE_BELIEFS = frozenset(
    ["believe", "think", "fear", "hope", "feel", "worry", "doubt", "view", "regard", "consider"]
)


# a relative clause set off by a comma right before the belief verb: ", who worry",
# ", who had hoped", ", who also believe"
_RELATIVE_WHO = compile_on_use(
    r",\s*who\s+(?:(?:had|has|have)\s+)?(?:(?:also|still|long|[a-z]+ly)\s+)?$"
)


# a conjunction, then a finite verb with no subject: the believer's next predicate, which no
# to-infinitive content can hold ("to win her back-and was arrested"), and after a clause only
# a verb of speech or belief ("... is overblown and instead thinks ...")
_NEXT_PREDICATE = (
    r"(?:,?\s+|\s*-)(?:and|but|although|though)\s+"
    r"(?:(?:also|instead|then|later|still|[a-z]+ly)\s+)?"
)


_BELIEVER_GOES_ON_AFTER_TO = compile_on_use(
    _NEXT_PREDICATE + r"(?:(?P<aux>was|were|had|has|is|are|did"
    # a verb in the past and its object: "determined to return to Scotland and rejected a move"
    r"|[a-z]{3,}ed(?=\s+(?:a|an|the|his|her|their|its)\b))|(?P<verb>[a-z]+s))\b"
)


_BELIEVER_GOES_ON = compile_on_use(_NEXT_PREDICATE + r"(?P<verb>[a-z]+s)\b")


# a plural believer's next verb of speech and its "that": "... and warn that ...", "and say that"
_PLURAL_BELIEVER_SAYS = compile_on_use(_NEXT_PREDICATE + r"(?P<verb>[a-z]+)\s+that\b")


_PLAIN_SPEECH_FORMS = frozenset(base for base in reporting_verb_forms().values() if " " not in base)


_STANCE_S_FORMS = frozenset(
    form
    for form in (*reporting_verb_forms(), *belief_verb_forms())
    if form.endswith("s") and not form.endswith("ss")
)


# a comma, then a verb with no subject of its own: the main clause resumes after a relative
_MAIN_VERB_RESUMES = compile_on_use(
    r",\s+(?:(?:then|also|later|quickly|[a-z]+ly)\s+)?(?:[a-z]{3,}ed|said|says|sold|fell|rose|"
    r"will|would|could|can|is|was|has|had|must|may|might|should)\b"
)


def _subject_of_first_verb(masked: str, s_start: int, at: int) -> tuple[int, int] | None:
    """ "Mr. McKinley is bearish on the future of student loans and expects them to become
    ...": the believer of a second predicate joined by "and" or "but" is the subject opening
    the sentence, when nothing between could be a subject of its own (a relative pronoun, a
    "that" clause, a reported clause: "She met Obama, who praised her and hopes ...")."""
    joined = _SECOND_PREDICATE.search(masked, max(s_start, at - 30), at)
    if joined is None:
        return None
    floor = _after_dateline(masked, s_start, joined.start())
    subject = sentence_subject(masked, floor, joined.start())
    if subject is None:
        return None
    between = tokens(masked, subject[1], joined.start())
    if between and belief_verb_forms().get(between[0].lower) in _REGARD_AS_VERBS:
        # "He considers Mrs. Clinton untrustworthy, but views Mr. Trump as ...": the subject's
        # own regard first, its object and complement no clause with a subject of its own
        regard = between.pop(0)
        if has_finite(masked, regard.end, joined.start()):
            return None
    if any(
        t.lower in ("who", "which", "that", "whom", "whose", "and", "but", "or", ";")
        or t.lower in _MODALS  # "All journalists should pore over ... and think"
        or t.lower in reporting_verb_forms()
        or t.lower in belief_verb_forms()
        for t in between
    ):
        return None
    return subject


# what opens no aside but the writer's next clause, or a holder named only through a pronoun
_NOT_AN_ASIDE = frozenset(["and", "but", "or", "yet", "while", "whereas"])


_POSSESSIVE_OPENERS = frozenset(["his", "her", "their", "its", "my", "our", "your"])


def _believer_before_aside(masked: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The speech patterns' subject before a comma aside, as a believer ("Many observers of the
    computing scene, including myself, think ..."), unless the "aside" opens with a conjunction
    (", but the Coalition, which ..., wants": the writer's next clause and its own subject) or
    the phrase is a relation of a pronoun ("Her father, Brad, 39, worried": nobody named)."""
    subject = _subject_before_comma_aside(masked, s_start, cue_start)
    if subject is None:
        return None
    aside = masked[subject[1] : cue_start].lstrip(" ,").split()[:1]
    if aside and aside[0].lower() in _NOT_AN_ASIDE:
        return None
    if masked[subject[0] : subject[1]].split()[0].lower() in _POSSESSIVE_OPENERS:
        return None
    return subject


_RELATIVES = frozenset(["which", "that", "whom"])


# words before "that" that make it the complementizer of a reported clause, not a relative
_THAT_COMPLEMENTIZED = frozenset(["is", "was", "so", "such", "now", "but", "and"])


_TO_BE_NEXT = compile_on_use(r"\s+to\s+be\s")


def _subject_gap(
    masked: str, s_start: int, m: re.Match[str], subject: tuple[int, int]
) -> int | None:
    """ "which he believes will make it impossible for a Republican to win", "a move that the
    kingdom hopes will shatter U.S. perceptions", "a tactic Democrats hope will dampen Latino
    support", "a defeat Obama believes to be the worst of his career": a relative clause whose
    subject is the noun it describes, so what the believer holds is the predicate after the
    verb, as in "which he said would fail" for speech. The start of that predicate, or None.

    Only with a relative pronoun or a noun right before the believer, and a verb of the
    writer's clause or a comma before them: in "The outcome Democrats fear is a Trump win" the
    noun phrase is the sentence's subject and "is" its verb."""
    if m.group() in belief_adjectives():
        return None  # "is confident will ...": no adjective takes a clause without a subject
    after = _AUXILIARY_NEXT.match(masked, m.end())
    if after is None and cue_base(m.group()) not in _TO_INFINITIVE_VERBS:
        after = _TO_BE_NEXT.match(masked, m.end())
    if after is None:
        return None
    toks = tokens(masked, max(s_start, subject[0] - 40), subject[0])
    if not toks:
        return None
    last = toks[-1]
    before = toks[-2] if len(toks) > 1 else None
    if last.lower in _RELATIVES or last.lower == "who":
        if before is None or not (before.text == "," or _hangs_on(before, last.lower)):
            return None  # "asked who they thought was ...": a question; "said that ...": no noun
    elif not _noun_before_relative(last) or any(t.lower in _ASKING for t in toks[-4:-1]):
        return None  # "asked which candidate they thought would win": a question
    if not (has_finite(masked, s_start, last.start) or (before is not None and before.text == ",")):
        return None
    return _skip_blank(masked, after.start())


# words that open an indirect question, whose clause no one believes
_ASKING = frozenset(["which", "what", "whose", "how", "who", "whom", "whether", "if"])


def _hangs_on(noun: Token, relative: str) -> bool:
    """Whether a relative pronoun without a comma describes the word before it: a noun ("this
    organisation which he believes", "a man whom most Americans consider") or a name ("the NYPD
    which"); "who" only after a comma, as after a verb it asks a question ("asked who they
    thought was America's closest ally")."""
    if relative == "who":
        return False
    return _noun_before_relative(noun) or (noun.text[:1].isupper() and noun.text.isalpha())


def _noun_before_relative(tok: Token) -> bool:
    """Whether a word may be the noun a relative clause with no pronoun describes ("a tactic
    Democrats hope"): a lower-case word that is no function word, verb form or adverb."""
    word = tok.lower
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and word not in words("function_words")
        and word not in words("determiners")
        and word not in PREPOSITIONS
        and word not in _NOT_BEFORE_BELIEVER
        and word not in reporting_verb_forms()
        and word not in belief_verb_forms()
        and not word.endswith(("ly", "ed", "ing"))
    )


def _relative_before(masked: str, s_start: int, subject: tuple[int, int]) -> bool:
    """Whether a relative pronoun opens the believer's clause a few words before it ("which
    major Hollywood studios and games publishers are extremely keen to exploit", "two assets
    that the broader Democratic Party is eager to tap"): the infinitive's object is the noun
    before it, so what is left is no claim. "That" after a verb of speech or belief is the
    clause's complementizer ("said that the party wants to ...")."""
    toks = tokens(masked, max(s_start, subject[0] - 60), subject[0])
    for i in range(len(toks) - 1, max(-1, len(toks) - 7), -1):
        word = toks[i].lower
        if not toks[i].text[:1].isalpha():
            return False
        if word in _RELATIVES:
            prior = toks[i - 1].lower if i > 0 else ""
            following = toks[i + 1].text if i + 1 < len(toks) else ""
            if FINITE_WORD.fullmatch(following) or re.fullmatch(r"[a-z]+[^s]s", following):
                return False  # "ideas which means traditional companies like BT want to ..."
            return word != "that" or not (
                prior in reporting_verb_forms()
                or prior in belief_verb_forms()
                or prior in _THAT_COMPLEMENTIZED
                or not prior
            )
    return False


def _own_group(
    masked: str, s_start: int, at: int, subject: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "... has hit the headlines in France and analysts feared that ...": a phrase joined by
    "and" whose left part is the object of the clause before is no believer; the group of
    people that opens the new clause after "and" is."""
    if subject is None or " and " not in masked[subject[0] : subject[1]]:
        return subject
    group = _group_before(masked, s_start, at)
    if group is not None and group[0] > subject[0] and group[1] == subject[1]:
        return group
    return subject


def _opens_clause(masked: str, s_start: int, at: int) -> bool:
    """Whether a subject at `at` opens its clause: the sentence start, punctuation, or a
    connective ("But environmentalists", "In Seoul, officials", "because voters")."""
    before = tokens(masked, max(s_start, at - 30), at)
    if not before:
        return True
    last = before[-1]
    return not last.text[:1].isalnum() or last.lower in words("function_words")


# words a group's modifiers never are: function words, verbs of speech or belief, numbers
_NOT_IN_GROUP = (
    words("function_words")
    | words("determiners")
    | frozenset(reporting_verb_forms())
    | frozenset(belief_verb_forms())
    | _GROUP_OPENERS
    | PREPOSITIONS
    | _NOT_BEFORE_BELIEVER
    | frozenset(["and", "or", "of", "to", "a", "an", "than", "is", "are", "was", "were"])
    | frozenset(["among", "amongst", "between", "including", "like", "against", "toward"])
)


# a noun phrase opened by a determiner or a number, then a pronoun believer: the belief is a
# relative clause on that noun with no "that" ("the single track they thought they were
# getting", "the qualities he hopes to convey", "those he wants to dominate the G8"), or after
# "who" ("coach Andy Robinson, who he believes was the only choice"); its content has a gap
_CONTACT_RELATIVE = compile_on_use(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Aa]ny|[Ee]very|[Tt]hose|[Tt]hese|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur"
    r"|[Mm]y|[Yy]our|[Nn]o|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Mm]any)"
    r"(?P<noun>(?:\s+[a-z][\w’'-]*){1,3})|\b[Tt]hose|\bwho|\d)\s+$"
)


def _in_contact_relative(masked: str, s_start: int, subject: tuple[int, int]) -> bool:
    """Whether a pronoun believer opens a relative clause with no "that" on the noun before it.
    Only for a pronoun: a name after a noun phrase is rarely a relative's subject."""
    if masked[subject[0] : subject[1]].lower() not in _PRONOUN_BELIEVERS:
        return False
    found = _CONTACT_RELATIVE.search(masked, max(s_start, subject[0] - 50), subject[0])
    if found is None:
        return False
    noun = found.group("noun")
    if noun is None:
        return True
    # "the company said he", "the minister added that she": a verb or connective, no noun
    return not any(
        w in reporting_verb_forms() or w in belief_verb_forms() or w in words("function_words")
        or w.endswith("ed")
        for w in noun.split()
    )  # fmt: skip


_PRONOUN_BELIEVERS = frozenset(["he", "she", "they", "we"])


# a relative "who" set off by a comma between the believer and the verb: "Clinton, who believes"
_WHO_AFTER = compile_on_use(r",\s*who\s+(?:(?:also|still|now|[a-z]+ly)\s+)?$")


# what someone wants done, a longer object before its "to" than speech allows: "want all
# immigrants in the country illegally to be deported"
_LONG_OBJECT_VERBS = verb_class("long_object")


# a comma and a conjunction, then a capitalised subject: the writer's next clause
_NAMED_CLAUSE_AFTER = compile_on_use(r",\s+(?:but|while|whereas|although|though)\s+(?=[A-Z])")


# "had wanted to operate on Jamie's back immediately but he insisted on delaying any surgery":
# "but" and a pronoun open a clause of someone else's, no part of the wish
_BUT_PRONOUN_CLAUSE = compile_on_use(r",?\s+but\s+(?:he|she|they|we|I)\s")


_WANTED_TO = compile_on_use(
    r"\s+(?:(?!(?i:that|if|whether|as|when|while|and|or|but|because|since|so|until|unless|"
    r"although|though|he|she|they|we|i|who|which|[a-z]+ed)\b)[\w’'.-]+\s+){0,7}?"
    r"to\s+(?=[a-z\x01])"
)


# after "want": an object (a pronoun, a name, or a determined phrase of up to five words), then a
# past participle ending its phrase, before punctuation or an adverb or preposition of how or
# where it is done ("wants Trump banned from the country", "wants the gap narrowed.", "want it
# replaced with a local income tax"); never a participle before a noun ("wants a united
# party"), nor one that describes its noun ("wants a ban compared to ...", "wants the people
# involved in ...", "the money raised by ...")
_WANTED_DONE = compile_on_use(
    r"\s+(?:him|her|it|them|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?<![’']s)"
    r"|(?:the|a|an|his|her|their|its|our|this|these|those|[A-Z][\w-]*[’']s)"
    r"(?:\s+(?!(?:and|or|but|that|who|which|to|of|in|on|for|with|by|as|at|from|than)\b)"
    r"[\w’'-]+){1,5}?)"
    rf"\s+(?:(?![a-z]*eed\b|(?:{'|'.join(sorted(words('describing_participles')))})\b)[a-z]{{3,}}ed|"
    r"done|taken|thrown|shut|kept|held|paid|sent|brought|withdrawn|overturned)"
    r"(?=\s*(?:[.,;:!?—–)]|$)|\s+(?:from|with|before|in|into|out|off|back|down|up|"
    r"immediately|now|altogether|entirely)\b)"
)


# a share of people before the holder's phrase: "Less than half the UK", "a majority of"
_SHARE_BEFORE = compile_on_use(
    r"\b(?:half|thirds?|quarters?|percent|per\s+cent|majority|minority|proportion|share|%)\s+"
    r"(?:of\s+)?(?:the\s+)?$"
)


_SHARE_IN = compile_on_use(r"\b(?:percent|per\s+cent|majority|minority|proportion)\b|%|\d")


# a possessive right before a belief form: "voters' worries about security threats"
_POSSESSIVE_END = compile_on_use(r"(?:[’']s?|s[’'])\s+$")


def _counted_share(masked: str, s_start: int, subject: tuple[int, int], cue_start: int) -> bool:
    """Whether the holder of a thing wanted or worried about is a share of people ("Less than
    half the UK wants a ban", "Nineteen percent of mobile owners were more concerned about ...":
    the polls' business) or a possessive that makes the belief form a noun ("voters' worries
    about security threats")."""
    return bool(
        _SHARE_BEFORE.search(masked, max(s_start, subject[0] - 30), subject[0])
        or _SHARE_IN.search(masked, subject[0], subject[1])
        or _POSSESSIVE_END.search(masked, max(s_start, cue_start - 6), cue_start)
    )


# what opens a thing wanted: a determiner, a quantifier or a possessive, or a name ("want East
# Jerusalem", "wants A Progressive DNC Chair"); not a pronoun ("want it", "wants her"), which
# names nothing, nor a word of its own ("want badly", "want out")
_WANTED_THING = compile_on_use(
    r"\s+(?=(?:the|an?|another|more|no|some|any|all|both|every|each|several|much|his|their|its|our"
    r"|this|these|those|(?!(?:I|It|He|She|They|We|You|That|This|To|And|But|Or|If|When)\b)"
    r"[A-Z][\w’'.-]*|\d[\d,.]*)\s+[\w$\x01“\"])"
)


def _wanted_thing(text: str, masked: str, cue_end: int, s_end: int) -> tuple[int, int] | None:
    """What somebody wants when it is a thing, not an act ("want no repeat of the 1980
    Democratic convention", "wants more funding for teacher pay"): the noun phrase after the
    verb (`_held_thing`), or None."""
    found = _WANTED_THING.match(masked, cue_end, s_end)
    return None if found is None else _held_thing(text, masked, found.end(), s_end)


def _held_thing(text: str, masked: str, start: int, s_end: int) -> tuple[int, int] | None:
    """The phrase a wish or a worry is about, from `start` to its clause's end ("no repeat of
    the 1980 Democratic convention, when ...", "what Donald Trump is stirring up in her 2.1
    million members, because ..."), of two words at least; None when quoted words follow (whose
    words they are is the quote's business) or a verb of a clause around it comes in."""
    if MASK in masked[start:s_end]:
        return None
    s, e = _trim(text, start, s_end)
    s, e = _trim(text, s, _clip_end(masked, s, e))
    long_object = _OBJECT_THEN_TO.search(masked, s, e)
    if long_object is not None and not has_finite(
        masked, long_object.start(), long_object.start("to")
    ):
        # "wants all crown courts and 90% of magistrates' courts to have facilities": a long
        # object of "want ... to", whose act is what is wanted; where it ends is unsure (but
        # "the votes and Peña Nieto wants to be a hero" has a clause of its own)
        return None
    ends = _THING_ENDS.search(masked, s, e)
    if ends is not None:
        e = _trim(text, s, ends.start())[1]  # "..., when President Jimmy Carter faced ..."
    for join in _THING_JOIN.finditer(masked, s, e):
        comma = masked.find(",", join.end(), e)
        chunk_end = e if comma < 0 else comma
        if (
            join.group().startswith(",")
            and _AUXILIARY_IN.search(masked, join.end(), chunk_end)
            or _AUXILIARY_OPENING.match(masked, join.end(), chunk_end)
            or _CLAUSE_OPENING.match(masked, join.end(), chunk_end)
            and has_finite(masked, join.end(), chunk_end)
        ):
            # "the odd episode, others are downloading regularly", "Trump wants the votes and
            # Peña Nieto wants to be a hero", "wants a fully functioning insurance industry and
            # is introducing legislation": a clause or a predicate of its own; not "if the
            # phone was lost, stolen or replaced"
            e = _trim(text, s, join.start())[1]
            break
    clause = _CLAUSE_AFTER_THING.search(masked, s, e)
    if clause is not None and has_finite(masked, clause.end(), e):
        # "worried about Pakistan after one of its top nuclear scientists ... admitted leaking
        # nuclear secrets": a clause of time or reason, the writer's
        e = _trim(text, s, clause.start())[1]
    dash = _DASH.search(masked, s, e)
    if dash is not None and has_finite(masked, dash.end(), e):
        # "a public inquiry into regional development agencies ... - cash he says which ...":
        # the writer's aside with a verb of its own
        e = _trim(text, s, dash.start())[1]
    auxiliary = _AUXILIARY_IN.search(masked, s, e)
    if auxiliary is not None and not _RELATIVE_IN.search(masked, s, auxiliary.start()):
        # "saying they want a ban on non-citizen Muslims entering the United States is as high
        # as three-quarters": the main clause's verb, so the phrase wanted has no sure end
        return None
    dangling = _DANGLING_JOIN.search(masked, s, e)
    if dangling is not None:
        # "they want more and until they do, ...": the join left over after a clause was cut
        e = _trim(text, s, dangling.start())[1]
    first = masked[s:e].split()[:1]
    if (
        len(text[s:e].split()) < 2
        or e - s < 6
        or first[0].endswith("ly")
        or _AUXILIARY_OPENING.match(masked, s, e)
    ):
        return None  # "the running rugby the crowd had been hoping for rarely materialised"
    return s, e


_DANGLING_JOIN = compile_on_use(r"\s+(?:and|or|but)$")


# what opens a clause of its own after a thing wanted and "and": a capitalised word, a pronoun
# or a determiner ("and Peña Nieto wants to be a hero")
_CLAUSE_OPENING = compile_on_use(
    r"(?:[A-Z][\w’'.-]*|he|she|they|it|we|the|a|an|his|her|their|its|this|these|those|others|"
    r"some|many|most)\b"
)


# a conjunction of time, reason or condition, no comma before it
_CLAUSE_AFTER_THING = compile_on_use(
    r"\s+(?:after|before|when|while|if|unless|until|since|as|once)\s+"
)


_RELATIVE_IN = compile_on_use(
    r"\b(?:that|which|who|whom|whose|where|when|what|whether|how|why|if)\b"
)


# the preposition that opens what a worry or a hope is about: "worried about the economy",
# "are concerned about Merkel's collusion with Turkey", "is hoping for two things that day"
# (and for adjectives tagged "about" in belief_adjectives.txt: "nervous about")
_ABOUT_OR_OVER = compile_on_use(r"\s+(?:about|over)\s+")


_HELD_PREPOSITIONS = {"worry": _ABOUT_OR_OVER, "hope": compile_on_use(r"\s+for\s+")}


# a comma and a word opening a clause of the writer's after a thing wanted: "no repeat of the
# 1980 Democratic convention, when President Jimmy Carter faced a rebellion"
_THING_ENDS = compile_on_use(
    r",\s+(?:when|where|while|whereas|because|although|though|if|unless|but|and|so|as|since|"
    r"after|before|until|even|yet)\b|\s+(?:because|although|though|unless|whereas|so\s+that)\b|;"
    r"|\s(?:https?://|pic\.twitter)|\x01|<"
)


# "and", "but" or "or", or a comma not before a relative pronoun or "including": where a
# clause of its own may follow a thing wanted
_THING_JOIN = compile_on_use(
    r"\s+(?:and|but|or)\s+|,\s+(?!(?:which|who|whom|whose|that|including|such|from|with)\b)"
)


_AUXILIARY_IN = compile_on_use(rf"\b(?:{FINITE_AUXILIARIES}|shall|did|does|do)\b")


# a long object of "want" and its infinitive after a dash or a conjunction: "wants his backroom
# staff - assistant manager Roy Aitken and fitness coach Steve McGregor - to also be given ..."
_OBJECT_THEN_TO = compile_on_use(
    r"(?:\s[-—–]\s|\sand\s|,)[^,;:\x01]*?\b(?P<to>to)\s+(?:also\s+|not\s+)?(?:be|have|[a-z]+)\b"
)


_PREPOSITION_AFTER_BELIEF = compile_on_use(r"\s+(?:in|of|by|for|from|over|after|at)\s")


# a time between a belief verb and its "that": "for months", "for many years", "after 2012",
# "over the past year", "in 2010"
_TIME_THEN_THAT = compile_on_use(
    r"\s+(?:for|after|since|in|over)\s+(?:(?:the\s+)?(?:past|last|first)\s+)?"
    r"(?:(?:\d{4}|a\s+(?:long\s+)?(?:time|while))"
    r"|(?:(?:a\s+few|several|many|some|two|three|four|five|\d+)\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?))"
    r",?\s+that\s+"
)


# what may follow a believer set after its content: the sentence end, a dash, or a participle
# of the writer's ("..., his team believes, resulting in a fundamental rethinking")
_AFTER_INVERTED_BELIEF = compile_on_use(r"\s*(?:[.!?]?\s*$|[—–]|-\s|,\s+[a-z]+ing\b)")


def _belief_aside(
    text: str,
    masked: str,
    quotes: list[Quote],
    s_start: int,
    s_end: int,
    m: re.Match[str],
    comma: int,
) -> tuple[int, int, str, tuple[int, int] | None] | None:
    """ "Such efforts, they believe, will render Sanders’ long-term play moot": the believer
    set off by commas inside the content, which is the sentence around it (as for speech);
    "Such a move could alienate his backers, Clinton allies believe — ...": the believer after
    its content. The content must be a clause of its own."""
    around = _content_around(text, masked, quotes, s_start, m.end(), s_end, comma)
    if around is not None:
        s, e, kind, rest_at = around
        if not (
            _MODAL_OPENING.match(masked, _skip_blank(masked, rest_at), e)
            and has_finite(masked, s, comma)
        ):
            # "Such efforts, they believe, will render ...": the first half is the subject; but
            # "the message ... and voters, he believes, will warm to" has a clause of its own
            return s, e, kind, (comma, rest_at)
    if not _AFTER_INVERTED_BELIEF.match(masked, m.end(), s_end):
        return None
    content = _content_before(text, masked, quotes, s_start, comma)
    if content is None or not has_finite(masked, content[0], content[1]):
        return None
    return (*content, None)


_MODAL_OPENING = compile_on_use(r"(?:will|would|can|could|should|may|might|must|shall)\s")


def _source_before_relative(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """ "according to multiple intelligence sources who have seen the correspondence": the
    source up to its relative clause, when the clause's verb kept the whole phrase out."""
    relative = re.compile(r"\s(?:who|that|which)\s").search(masked, start, min(end, start + 80))
    return phrase_to_comma(masked, start, relative.start()) if relative else None


# what opens the claim after a source with no comma between ("According to his grandson he was
# ...", "According to the official news agency most of the net cafes were closed ...")
_CLAIM_OPENING_WORD = compile_on_use(
    r"(?:\d|(?:the|a|an|this|these|those|his|her|its|their|our|some|most|many|he|she|it|they|"
    r"we|there)\b)"
)


# words after which a claim's opening is still the source's: "data from the ONS", "Smith and
# his colleagues", "the report's"
_INSIDE_SOURCE_WORDS = PREPOSITIONS | frozenset(
    ["and", "or", "&", "the", "a", "an", "before", "after", "during", "through", "under", "over",
     "about", "between", "among", "against", "since", "than", "as"]
)  # fmt: skip


def _source_then_claim(masked: str, after: int, s_end: int) -> tuple[int, int, int] | None:
    """The source and where the claim opens when a sentence starts "According to" and has no
    comma after it ("According to Woodburn police an officer arrived at the West Coast Bank
    ...", "According to the Pensions Commission's report 12 million working people are not
    saving enough"): the first word that may open a clause (a determiner, a pronoun, a
    number), not inside the source's own phrase, after a source of up to seven words with no
    plain verb form ("news" is no verb, as the looser test would read it), and a verb within
    the claim's first eight words. (start, end, claim start) or None.
    """
    found = list(islice(_WORD_SPAN.finditer(masked, after, s_end), 9))
    for k in range(1, len(found)):
        at = found[k].start()
        if not _CLAIM_OPENING_WORD.match(masked, at):
            continue
        before = found[k - 1].group()
        if before.lower() in _INSIDE_SOURCE_WORDS or before.endswith("."):
            continue  # "reports through Jan. 31": an abbreviation's full stop, then its number
        start, end = found[0].start(), found[k - 1].end()
        if (
            k > 7
            or MASK in masked[start:end]
            or FINITE_WORD.search(masked, start, end)
            or _DASH_IN_SOURCE.search(masked, start, end)
        ):
            return None
        claim_words = list(islice(_WORD_SPAN.finditer(masked, at, s_end), 8))
        if len(claim_words) < 3 or not has_finite(masked, at, claim_words[-1].end()):
            return None
        return start, end, at
    return None


def _according_without_comma(
    text: str,
    masked: str,
    quotes: list[Quote],
    cue: tuple[int, int],
    split: tuple[int, int, int],
    s_end: int,
) -> Attribution | None:
    """The claim after an according-to source with no comma (`_source_then_claim`'s `split`:
    the source's span, then where the claim opens), or None when under three characters."""
    s, e = _trim(text, split[2], s_end)
    if e - s < 3:
        return None
    s, e, kind, _ = _partial_or_mixed(masked, quotes, s, e)
    return Attribution(s, e, kind, f"{kind}:according-to", cue, split[:2], None, 0.7)


_WORD_SPAN = compile_on_use(r"[^\s\x01]+")


# an aside set off by dashes inside the source: where the claim opens is unsure
_DASH_IN_SOURCE = compile_on_use(r"--|[—–]|\s-\s")


# after "According to X,": a relative clause about X, or X's name in apposition ("the
# statistics office, Destatis,"), comes before the claim
_SOURCE_ASIDE = compile_on_use(
    r"\s*(?:(?:which|who|whose)\s[^,;:\x01]{1,120}|(?:[A-Z][\w.&’'-]*\s?){1,4}),(?=\s)"
)


# what opens no clause of its own after an aside: "..., the president, who is ill, will ..."
_NOT_A_SUBJECT = compile_on_use(r"(?:who|whom|whose|which|and|but|or|is|was|has|had|will|would)\b")


def _role_aside(masked: str, at: int, s_end: int) -> tuple[int, int] | None:
    """What a named according-to source is, between commas right after it (`at` is just past
    the name's comma): "According to Alan Mauldin, research director of communications
    analysis company TeleGeography, the succession of problems ...". None unless a clause with
    a subject of its own follows ("According to Smith, the president, who is ill, will ...")."""
    role_end = masked.find(",", at, s_end)
    if role_end < 0:
        return None
    start, end = _trim(masked, at, role_end)
    aside = masked[start:end]
    rest = _trim(masked, role_end + 1, s_end)
    if (
        aside
        and (aside[0].islower() or aside.split()[0] in ("The", "A", "An"))
        and len(aside.split()) <= 12
        and MASK not in aside
        and not STRICT_FINITE.search(aside)
        and describes_a_person(aside)
        and not _NOT_A_SUBJECT.match(masked, rest[0])
        and _is_clause(masked, *rest)
    ):
        return start, end
    return None


def _past_asides(masked: str, at: int, s_end: int) -> int:
    """Where an according-to claim starts (`at` is just past the source's comma), past asides
    about its source."""
    for _ in range(2):
        aside = _SOURCE_ASIDE.match(masked, at, s_end)
        if aside is None or not _is_clause(masked, *_trim(masked, aside.end(), s_end)):
            break
        rest = masked[aside.end() : s_end].split()
        chunk_end = masked.find(",", aside.end(), s_end)
        if aside.group().strip()[:1].isupper() and not (
            rest
            and rest[0][:1].islower()
            and rest[0] not in ("who", "whom", "whose", "which")
            and has_finite(masked, aside.end(), s_end if chunk_end < 0 else chunk_end)
        ):
            # "According to police, Smith, who was 45, died", "..., Cheryl Mills, a top
            # Clinton aide, sent": the name is the claim's subject
            break
        at = aside.end()
    return at


_AUXILIARY_FIRST = compile_on_use(rf"\s*(?:{FINITE_AUXILIARIES})\s+[a-z]")


def _framing_cues(masked: str, start: int, end: int) -> list[re.Match[str]]:
    """`_verb_cues` of masked[start:end] but those opening a relative clause after a comma
    (", which denied class-action status to ...") and those after a determiner ("was any
    mention of"): a verb of a thing the claim names, or a noun, frames no other speaker's
    claim."""
    return [
        cue
        for cue in _verb_cues(masked, start, end)
        if not _RELATIVE_BEFORE_CUE.search(masked, start, cue.start())
        and not _DETERMINER_BEFORE.search(masked, start, cue.start())
    ]


# a determiner right before a word: the word is a noun ("any mention", "no comment")
_DETERMINER_BEFORE = compile_on_use(r"(?<![\w’'-])(?:any|no|the|a|an|every|each)\s+$")


def _according_inside(
    masked: str, s_start: int, cue_start: int, source_end: int, s_end: int
) -> int | None:
    """Where the claim resumes after "..., according to X, ..." when what comes before the
    source is no clause (a time, a place, a subject: "Since last November", "Among Supreme
    Court precedents at risk") and what follows it has the verb; else None."""
    before = masked[s_start:cue_start].rstrip()
    if not before.endswith(",") or len(before.split()) < 2:
        return None
    lead = LEAD_CONNECTIVE.match(before)
    # "While most of those were elevated to the "confidential" level, according to a State
    # Department official, two ... were upgraded": a fronted subordinate clause is no claim of
    # its own; the source vouches for the sentence around it
    fronted = (
        _FRONTED_CLAUSE.match(before, lead.end() if lead else len(before) - len(before.lstrip()))
        and "," not in before[:-1]
        and not before[:-1].rstrip().endswith(MASK)
    )
    if MASK in before and not fronted:
        return None
    comma = masked.find(",", source_end, min(s_end, source_end + 3))
    if comma < 0:
        return None
    rest = masked[comma + 1 : s_end]
    if fronted:
        pass
    elif (
        STRICT_FINITE.search(before)
        or FINITE_WORD.search(before)
        or find_cues(before, 0, len(before))
    ) and not (
        # "One of the decisions they have made, according to a person close to the process, is
        # to turn ...": the verb after the source is the one the subject before it lacks
        _AUXILIARY_FIRST.match(rest)
        and "," not in before[:-1]
        and not _FRONTED_CLAUSE.match(before)
    ):
        return None
    if len(rest.split()) < 3 or not has_finite(rest) or _framing_cues(masked, comma + 1, s_end):
        return None
    if rest.split()[0].lower() in ("and", "but", "or", "while", "whereas"):
        return None  # "Trump leads by 15 points, according to the poll, and has ...": a clause

    return comma + 1


def _verb_cues(masked: str, start: int, end: int) -> list[re.Match[str]]:
    """The cues of masked[start:end] that are verbs: "Trump made further demands" and "state
    security forces have killed" hold a noun-like cue word but no speaker of their own."""
    return [
        cue
        for cue in find_cues(masked, start, end)
        if not (cue.group() in _NOUN_LIKE_CUES and _noun_use(masked, start, cue.start()))
    ]
