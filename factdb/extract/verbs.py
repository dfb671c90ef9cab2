"""Verbs: where the reporting verbs are, and whether a stretch of text has a finite verb.

Attribution and speaker finding both ask these questions; the answers are rough on purpose
(word lists and suffixes, no tagger) and lean towards "no", because a missed claim is better
than a made-up one.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache, lru_cache

from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import (
    belief_verb_forms,
    cue_phrases,
    reporting_verb_forms,
    trie_regex,
    verb_class,
)

FINITE_WORD = compile_on_use(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|cannot|should|may|might|must|did|does|"
    r"do|(?:won|can|is|was|are|were|did|does|do|has|have|had|would|could|should)n?['’]t|"
    r"[a-z]{2,}ed|(?:he|she|it|that|there|what|who|here)['’]s|[a-z]+['’](?:re|ll|d|ve)|said|says|made|"
    r"got|went|came|gave|took|knew|thought|felt|left|lost|won|met|kept|held|told|found|saw|"
    r"became|began|brought|bought|built|paid|sent|spent|led|meant|ran|wrote|spoke|stood|grew|"
    r"drew|threw|fell|sold|sought|fought|taught|caught|chose|drove|rose|broke|forgot|struck|"
    r"swore|shook|heard|fled|withdrew|understood|overcame|forgave|ate|flew|wore|"
    # an adverb of frequency or time before a plain word marks a verb: "never shut", "still want"
    r"(?:never|always|already|also|still|repeatedly|previously|recently|rarely|often|"
    r"actually|really|simply)\s+(?!(?:the|a|an|his|her|their|its|our|this|"
    r"that|these|those|for|in|on|at|of|to|by|with|as|if|when|after|before|because|about|than|"
    r"one|two|some|more|most|less)\b)[a-z]{3,}(?<!ly))\b"
)


# a present-tense verb in -s right after its subject: "Obama wants", "the plan works", "Müller
# wants" (a Latin letter with an accent in a name; a range, as fast as [A-Za-z])
_PRESENT_S = compile_on_use(
    r"\b(?!(?:the|a|an|his|her|their|its|our|this|these|those|some|many|all|of|in|on|for|to|"
    r"with|and|by|at|from|as|four|five|six|two|three|several)\b)[A-Za-z\u00c0-\u024f]+\s+"
    r"(?![a-z]*(?:ss|ous|ics|ness|ies)\b)[a-z]{3,}s\b"
)
# "this" and a word in -s: a singular determiner takes no plural noun, so the word is its verb
# ("believe this provides an incentive", "this costs money"); not a singular noun in -s ("this
# news", "this crisis", "this bonus", "this series", "this process")
_THIS_PRESENT_S = compile_on_use(
    r"\b[Tt]his\s+(?![a-z]*(?:ss|ous|ics|ness|ies|is|us|os|as|ews|lens)\b)[a-z]{3,}s\b"
)
# the same after a connective set off by commas: "she, too, wants an inquiry"
_PRESENT_S_AFTER_CONNECTIVE = compile_on_use(
    r",\s+(?:too|also|however|though|in\s+turn|in\s+fact),\s+"
    r"(?![a-z]*(?:ss|ous|ics|ness|ies)\b)[a-z]{3,}s\b"
)


def has_finite(text: str, start: int = 0, end: int | None = None) -> bool:
    """Does text[start:end] contain a finite verb? Rough, and biased to say no."""
    end = len(text) if end is None else end
    return bool(
        FINITE_WORD.search(text, start, end)
        or _PRESENT_S.search(text, start, end)
        or _PRESENT_S_AFTER_CONNECTIVE.search(text, start, end)
        or _THIS_PRESENT_S.search(text, start, end)
    )


# a whole lower-case word: no letter, digit, apostrophe or hyphen on either side
_WORD_BEFORE = r"(?<![\w’'-])"
_WORD_AFTER = r"(?![\w-])"


@cache
def _phrase_regex() -> re.Pattern[str]:
    """Every cue phrase, its spaces any run of whitespace, as one prefix trie: an alternation of
    the 239 phrases tried each one at every position (eight times slower over BBC). The match
    is the same: phrases that match at one position are word prefixes of one another (letters
    and spaces only), and the trie, like the longest-first alternation, takes the longest one
    whose end is a word boundary."""
    return re.compile(r"\b(?:" + trie_regex(cue_phrases()).replace(r"\ ", r"\s+") + r")\b")


@cache
def _phrase_hint() -> re.Pattern[str]:
    """The words cue phrases open with, each followed by a space as in every phrase: where
    none occurs, the phrase regex (which tries every position) need not run, and most
    sentences hold no cue phrase. One prefix trie, not an alternation of the words, so this
    scan of every sentence fails after a character or two at most positions; the space after
    the word leaves out "calls" in "recalls." and most other hits that could not open a
    phrase, which the phrase regex would have searched for nothing."""
    return re.compile(rf"(?:{trie_regex(sorted({p.split()[0] for p in cue_phrases()}))})\s")


@cache
def _words_regex(forms: frozenset[str]) -> re.Pattern[str]:
    """The whole words that are reporting verb forms or in `forms`, as one prefix trie: the
    regex engine skips every other word, where a loop over all words and a set lookup spent
    most of the time of finding cues. Forms with other characters than a-z are never whole
    words in this sense, so they are left out; every form so opens with a-z, and the trie
    itself tells a word start from any other position (a "(?=[a-z])" guard in front only
    cost a test at every character)."""
    vocabulary = sorted(
        form for form in {*reporting_verb_forms(), *forms} if re.fullmatch("[a-z]+", form)
    )
    return re.compile(rf"{_WORD_BEFORE}(?:{trie_regex(vocabulary)}){_WORD_AFTER}")


@lru_cache(maxsize=2048)
def cue_base(cue: str) -> str:
    """The reporting verb a cue word or phrase stands for ("pointed out" -> "note"). Kept:
    every cue of every sentence asks, and a few words ("said", "says", "told") are most cues."""
    lowered = " ".join(cue.lower().split())
    return (
        cue_phrases().get(lowered)
        or reporting_verb_forms().get(lowered)
        or belief_verb_forms()[lowered]
    )


_TO_VERB = compile_on_use(r"\s+to\s+([a-z]+)")


def _kept_on_doing(masked: str, end: int) -> bool:
    """Whether a "continued" ending at `end` says that someone kept on doing a deed, not
    speaking: "Mr Botin continues to lead Santander", "Mr. Trump continues to be plagued by
    stumbles", "Deep Throat continued to leak". Before a verb that says, thinks or shows
    something ("continues to insist that", "I continue to believe that") it stays a cue."""
    verb = _TO_VERB.match(masked, end)
    if verb is None:
        return False
    word = verb.group(1)
    return not (
        word in reporting_verb_forms()
        or word in belief_verb_forms()
        or word in verb_class("evidence")
    )


_TO_AFTER = compile_on_use(r"\s+(?:not\s+)?to\s")


def _undertakes(masked: str, end: int) -> bool:
    """Whether an "agreed" ending at `end` tells of an undertaking, not of words agreed with:
    "Benin officials agreed to quadruple Titan's management fee", "the company agreed to pay
    $325 million", "have agreed to a new contract that cuts pay". Nothing is reported, so the
    writer's words around it are nobody's claim; "agreed that ..." and "agreed the claims were
    based on faulty data" stay cues."""
    return _TO_AFTER.match(masked, end) is not None


# after "charge": whom with what crime ("prosecutors charged the officer with murder", "a
# prisoner of war now charged with desertion"), or a price ("the high rates they charge for
# international roaming", "charges $5 a month"); "charged that ..." stays a cue
_CRIME_OR_PRICE_AFTER = compile_on_use(
    r"(?!\s+that\b)\s+(?:(?:[\w’'.-]+,?\s+){0,5}?with\s|for\s|[$£€\d]|(?:customers|consumers|"
    r"users|patients|students|passengers|fees?|rates?|prices?|interest)\b)"
)


def _charges_a_crime_or_price(masked: str, end: int) -> bool:
    """Whether a "charge" ending at `end` brings a charge in court or asks a price, not an
    accusation made in words: nothing is reported, so the writer's words around it are
    nobody's claim."""
    return _CRIME_OR_PRICE_AFTER.match(masked, end) is not None


# after "list": what is listed as what, or at what amount ("Records list Michele LaCalamita as the
# owner of all four", "Hurun lists Mr. Trump's wealth at $6.5 billion"), in a short phrase with no
# comma and no verb; else "list" names a list ("placed on the short list because of ...", "the
# biggest donor list in politics, Sanders is facing a challenge almost as steep") or the act of
# listing ("listed his recent wins", "listed Trump's personal qualities, which the moderator
# rattled off as Trump frowned") and reports nothing
LISTED_AS = compile_on_use(
    r"\s+(?P<content>(?:(?!(?:which|who|whom|whether|if|to|as|at|and|or|but|because|while|when|"
    r"is|are|was|were|has|have|had|will|would|could|should|may|might|can|did|does)\b)"
    r"(?!that\s+(?!(?:year|day|week|month|season|night|morning|time)\b))"
    r"[\w’'.&$%()\x01-]+\s+){1,10}?"
    r"(?:as\s+(?!(?:he|she|they|it|we|I|you|if|though|well|soon|long|much|many|far|part|of|"
    r"such|to|for|a\s+result)\b)[\w$\x01\"“]|at\s+(?:[$£€]\s*)?\d))"
)


# after "admit": a reflexive object, the one admitted to a clinic ("Lindsay Lohan admitted
# herself to the Betty Ford Center"): nothing is admitted in words, so the words before it are
# no one's claim and its subject no speaker
_REFLEXIVE_AFTER = compile_on_use(r"\s+(?:herself|himself|themselves|myself|itself)\b")


# capitalised words that are plural without an -s ("People demand", "Police claim")
_PLURALS_WITHOUT_S = frozenset(
    ["People", "Police", "Staff", "Media", "Men", "Women", "Children", "Crew", "Public"]
)
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "“", "”")


@cache
def _singular_noun_cues() -> frozenset[str]:
    """The cues that are also singular nouns, in the form they have as a noun: "report",
    "estimate", "note", "state", "charge", "demand", "pledge", "tweet" (not "warning", a
    participle as often: "the EU warning Israel it was ...")."""
    return frozenset(w for w in verb_class("noun_like") if not w.endswith(("s", "ing")))


def noun_after_a_name(masked: str, start: int, word: str) -> bool:
    """Whether a cue that is also a noun ends a noun phrase after a capitalised singular word,
    no verb agreeing with it: "The Kok report tries to do away with ...", "A US report issued
    on Tuesday ... said", "the benchmark United States 10-year Treasury note fell", "Ben Kay
    charge apart", "the Republican state attorney who". A plural ("MPs warn", "The Saudis
    state"), "People"/"Police", a pronoun, a subject joined by "and" ("Obama and Clinton call")
    or a word opening its sentence ("Labour claim", British agreement) leave the verb."""
    if word not in _singular_noun_cues() or masked.startswith(":", start + len(word)):
        return False  # "Said the Pew report: "..."": the report's words follow, as they did
    before = masked[max(0, start - 60) : start].split()
    if len(before) < 2:
        return False  # the word before may open the sentence
    name, earlier = before[-1], before[-2]
    return (
        name[:1].isupper()
        and not name.endswith(("s", "S’", "s'"))
        and name not in _PLURALS_WITHOUT_S
        and name not in ("I", "We", "They", "You")
        and earlier.lower() not in ("and", "&")
        and not earlier.endswith(_SENTENCE_END)
    )


def find_cues(masked: str, start: int, end: int) -> list[re.Match[str]]:
    """Reporting cues in masked[start:end], in order: phrases first, then single verb forms
    not inside a phrase. The forms are one prefix trie, not an alternation of every form, so a
    word that is no form fails after a letter or two."""
    return find_cues_and_forms(masked, start, end, frozenset())[0]


def find_cues_and_forms(
    masked: str, start: int, end: int, forms: Collection[str]
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The reporting cues, and the lower-case words in `forms` ("thinks", "showed"), of
    masked[start:end], in order; one pass over the words serves both."""
    cue_forms = reporting_verb_forms()
    phrases = (
        list(_phrase_regex().finditer(masked, start, end))
        if _phrase_hint().search(masked, start, end)
        else []
    )
    cues: list[re.Match[str]] = list(phrases)
    others: list[re.Match[str]] = []
    wanted = forms if isinstance(forms, frozenset) else frozenset(forms)
    for m in _words_regex(wanted).finditer(masked, start, end):
        word = m.group()
        if word in forms:
            others.append(m)
        base = cue_forms.get(word)  # one lookup: the loop runs for every cue of every sentence
        if (
            base is not None
            and not (phrases and any(p.start() <= m.start() < p.end() for p in phrases))
            and not (base == "continue" and _kept_on_doing(masked, m.end()))
            and not (base == "agree" and _undertakes(masked, m.end()))
            and not (base == "charge" and _charges_a_crime_or_price(masked, m.end()))
            and not (base == "admit" and _REFLEXIVE_AFTER.match(masked, m.end()) is not None)
            and not (base == "contrast" and _contrast_no_act(masked, m))
            and not (base == "list" and LISTED_AS.match(masked, m.end()) is None)
        ):
            cues.append(m)
    if phrases:
        cues.sort(key=lambda m: m.start())
    return cues, others


# "contrast" as a verb in its plain form: after "to", a modal, "do" or a pronoun ("will
# contrast Labour's plan with ..."); elsewhere the noun ("By contrast, ...", "in stark contrast")
_CONTRAST_VERB_BEFORE = compile_on_use(
    r"\b(?:to|will|would|can|could|should|may|might|must|did|do|does|they|we|I|you)\s+"
    r"(?:[a-z]+ly\s+)?$"
)
# "contrasts with", "contrasted sharply with": the verb without an object, a likeness of
# things ("This contrasts with Labour's negative campaigning"), no one's comparison
_CONTRAST_WITHOUT_OBJECT = compile_on_use(r"\s+(?:[a-z]+ly\s+)?with\b")


def _contrast_no_act(masked: str, m: re.Match[str]) -> bool:
    """Whether a form of "contrast" is no speaker's act: the noun, or the verb with no object."""
    if _CONTRAST_WITHOUT_OBJECT.match(masked, m.end()):
        return True
    return m.group() == "contrast" and not _CONTRAST_VERB_BEFORE.search(
        masked, max(0, m.start() - 16), m.start()
    )


# the auxiliaries and modals that make a verb group finite; patterns that need "a finite verb
# here" build on this one list
FINITE_AUXILIARIES = (
    "is|are|was|were|has|have|had|will|would|could|can|cannot|should|may|might|must"
)

STRICT_FINITE = compile_on_use(rf"\b(?:{FINITE_AUXILIARIES}|did|does|that|which|because)\b")
