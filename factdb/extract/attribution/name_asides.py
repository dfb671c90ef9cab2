"""Names before an aside and their cue, whether a noun-like cue word is a noun or the subject's
verb, and deeds that made someone speak.
"""

from __future__ import annotations

import re

from factdb.extract.attribution.clause_tests import _STRICT_AUXILIARY, _is_clause
from factdb.extract.attribution.relative_subjects import (
    _CUE_ADVERBS_BEFORE,
    _DASH_ASIDE_END,
    _skip_blank,
)
from factdb.extract.attribution.shared import (
    _CLAUSE_VERBS,
    _DETERMINERS,
    _EVIDENCE_VERBS,
    _GOES_ON_TO,
    _NOUN_LIKE_CUES,
    _POSSESSIVES,
    _WEEKDAY,
)
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import pronoun_classes, reporting_verb_forms, words
from factdb.extract.mentions import Token, after_openers, subject_after, subject_before, tokens
from factdb.extract.quotes import MASK
from factdb.extract.speech_acts import names_a_person
from factdb.extract.verbs import FINITE_AUXILIARIES

_MAIN_PREDICATE = compile_on_use(
    r",\s+(?:was|is|were|are|has|had|have|will|would|could|can|did|does|spoke|said|told|went|"
    r"made|took|came|gave|left|won|lost|met|wrote|found|held|became|began|faces|[a-z]+ed)"
    r"\s+(?!and\b|or\b)[a-z]"
)


# the end of an aside before its cue: "..., said", "..., last week said", "..., initially said",
# "..., this past week announced", "..., last year proposed"
# (or an auxiliary first, then the adverb: "..., has even likened", "..., have both urged")
_ASIDE_END = compile_on_use(
    r",\s*(?:(?:[a-z]+ly|also|even|later|once|then|(?:(?:this\s+)?past|last|earlier\s+this)\s+"
    r"(?:week|weekend|month|year)|(?:on\s+)?" + _WEEKDAY + r")\s+)?"
    r"(?:(?:has|have|had)\s+(?:(?:[a-z]+ly|also|even|both|all|long|since|now)\s+)?)?$"
)


def _after_label(masked: str, s_start: int, cue_start: int) -> int:
    """Where a sentence opened by a short label and its colon goes on ("Focus on security:
    Trump, who is seen as a stronger leader than Clinton, hopes ..."): after the colon when
    a capital follows it and no comma comes before it, else the sentence's start."""
    colon = masked.find(": ", s_start, cue_start)
    if colon < 0 or "," in masked[s_start:colon] or not masked[colon + 2 : colon + 3].isupper():
        return s_start
    return colon + 2


# a short parenthesis right after a name: "Sen. Ted Cruz (R-Texas)"
_PARENTHESIS_NEXT = compile_on_use(r"\s*\([^()\x01]{1,40}\)")


def _name_before_aside(
    masked: str, s_start: int, cue_start: int, quoted_comma: bool = False
) -> tuple[int, int] | None:
    """ "Wilcox, whose education ... was paid for by the military because ..., said", "Circuit
    Court Judge David McKeague, writing for the majority in the 2-1 decision, said": a name
    opens the sentence, a comma follows it, and whatever aside comes next (relative clauses,
    participles, several commas) closes with a comma right before the cue; the name speaks."""
    dash = _DASH_ASIDE_END.search(masked, max(s_start, cue_start - 30), cue_start)
    if (
        not quoted_comma
        and not _ASIDE_END.search(masked, max(s_start, cue_start - 30), cue_start)
        and dash is None
    ):
        return None
    start = after_openers(masked, _after_label(masked, s_start, cue_start), cue_start)
    name = subject_after(masked, start, cue_start)
    if name is None or not masked[name[0] : name[0] + 1].isupper():
        name = _name_after_subordinator(masked, start, cue_start)
    if name is None or not masked[name[0] : name[0] + 1].isupper():
        return None
    opening = masked[name[0] : name[1]].split()[0].lower()
    if opening in words("function_words") or opening in pronoun_classes():
        return None
    if cue_start - name[1] > 500:
        return None  # fifty words at most
    parenthesis = _PARENTHESIS_NEXT.match(masked[name[1] : cue_start])
    aside = masked[name[1] + (parenthesis.end() if parenthesis else 0) : cue_start]
    if not aside.startswith(",") or not 2 <= len(aside.split()) <= 50 or ";" in aside:
        return None  # "And Trump, said Sunshine, ...": no aside, the speaker comes after
    if (
        dash is not None
        and not _ASIDE_END.search(masked, max(s_start, cue_start - 30), cue_start)
        and aside.count(dash.group("dash")) < 2
    ):
        # "Neil Sroka, communications director of ..., or DFA - which was founded by ... -
        # said": a dash closes the aside only when the same dash opened a part of it
        return None
    return name


# a subordinator, then a capitalised word: the clause opens with its subject ("... when Mrs.
# Clinton, in response to ..., accused him"); not "such as" or "as well as", which open a list
# ("countries, such as Indonesia, Sri Lanka or the Maldives, do not ..., said an expert")
_SUBORDINATOR_THEN_NAME = compile_on_use(
    r"\b(?:when|after|before|(?<!such\s)(?<!well\s)as|because|while|since|though|although|"
    r"until|once)\s+(?=[A-Z])"
)


def _name_after_subordinator(masked: str, start: int, cue_start: int) -> tuple[int, int] | None:
    """ "The turn started last week when Mrs. Clinton, in response to Mr. Trump's use of a crude
    reference to describe her loss, accused him of ...": the name that opens a subordinate
    clause, an aside after it, and the cue. The last such name before the cue, and only when
    a comma follows it right away (the aside's); what `_name_before_aside` checks of the aside
    then holds for it too."""
    if masked.find(",", start, cue_start) < 0:
        return None
    name = None
    for opening in _SUBORDINATOR_THEN_NAME.finditer(masked, start, cue_start):
        found = subject_after(masked, opening.end(), cue_start)
        if found is not None and masked.startswith(",", found[1]):
            name = found
    return name


def _name_after_opening_quote(
    text: str, masked: str, s_start: int, cue_start: int
) -> tuple[int, int] | None:
    """ "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland,
    wearing a cowboy hat and “Ted Cruz” campaign pins, said", "“...,” Anne Richards, assistant
    secretary of state for population, refugees, and migration, said": the sentence opens with
    a quotation closed by its comma (a few words before it at most: "The new plans “...,”"),
    then a name, then an aside between commas that
    `_named_pair_before_comma` cannot read as one role; the name speaks the quotation. The
    aside must open in lower case, so a list of names ("“...,” Obama, Clinton and Sanders
    said") never leaves its first name as the speaker."""
    at = masked.find(MASK, s_start, cue_start)
    if at < 0 or "," in masked[s_start:at] or len(masked[s_start:at].split()) > 6:
        return None  # the quotation, or a few words and the quotation, open the sentence
    close = at
    while close < cue_start and masked[close] == MASK:
        close += 1
    if not _aside_ends_in_quote(text, masked, at, close):
        return None  # the quotation's own comma: it ends where the speaker's phrase begins
    name = _name_before_aside(
        masked, close, cue_start, _aside_ends_in_quote(text, masked, close, cue_start)
    )
    if name is None:
        return None
    aside = masked[name[1] : cue_start].lstrip(" ,")
    return name if aside[:1].islower() else None


def _name_before_aside_and_verb(masked: str, floor: int, end: int) -> tuple[int, int] | None:
    """ "Sen. Mark Kirk, R-Ill., who faces a tough re-election battle in his home state,
    rescinded his endorsement of Trump, saying": the name before an aside is the subject of the
    main verb after it, and so of the participle at `end`."""
    predicate = _MAIN_PREDICATE.search(masked, floor, end)
    if predicate is None or masked.find(",", predicate.end(), end) < 0:
        return None
    verb_at = _skip_blank(masked, predicate.start() + 1)
    if masked.find(",", predicate.end(), end) != masked.rfind(",", predicate.end(), end):
        return None  # one clause between the verb and the participle's comma, no more
    return _name_before_aside(masked, floor, verb_at)


def _aside_ends_in_quote(text: str, masked: str, s_start: int, cue_start: int) -> bool:
    """ "Mr. Manafort, citing "the unique magic of Trump," said": an aside that closes with a
    quotation whose comma sits inside the marks, where the masked text shows no comma."""
    close = s_start + len(masked[s_start:cue_start].rstrip())
    if close <= s_start or masked[close - 1] != MASK:
        return False
    mark = close
    while mark > s_start and text[mark - 1] in "\"”’'":
        mark -= 1  # the closing mark: one character, or two for ''
    return text[mark - 1 : mark] == ","


_VERB_THEN_THAT = compile_on_use(r"[a-z]+\s+that\s")


# a verb and the "that" that opens its clause, not a relative: "Byrne states that an
# assignment ...", never "Rust Belt states that have suffered"
_VERB_THEN_CLAUSE = compile_on_use(
    rf"[a-z]+\s+that\s+(?!(?:{FINITE_AUXILIARIES}|do|does|did|not)\b|[a-z]+ed\b)"
)


_PROGRESSIVE_BE = frozenset(["is", "are", "was", "were", "been", "be"])


# a plural noun-like cue, then a verb of speech or finding: "estimates indicate", "reports say"
_PLURAL_THEN_VERB = compile_on_use(r"[a-z]+s\s+(?:(?:also|now|[a-z]+ly)\s+)?([a-z]+)\b")


# a noun-like cue, then a finding's verb: "The WEF report shows that"
_SINGULAR_THEN_FINDING = compile_on_use(r"[a-z]+\s+(?:(?:also|now|[a-z]+ly)\s+)?([a-z]+)\b")


_SINGULAR_DETERMINERS = frozenset(["a", "an", "another", "each", "every"])


# a noun-like cue word followed by a finite verb of speech: "report said", "estimates show"
_REPORTING_VERB_NEXT = compile_on_use(
    r"[a-z]+\s+(?:(?:also|now|[a-z]+ly)\s+)?(?:said|says|found|finds|shows|showed|suggests|"
    r"suggested|concluded|concludes|warned|warns|claimed|claims|added|adds)\b"
)


def _heads_the_subject(masked: str, floor: int, before: Token) -> bool:
    """Whether a plural cue word before an auxiliary heads the sentence's subject ("EU member
    states are failing", "Press reports have speculated"): the word before it is a lower-case
    noun or opens the sentence. After a name further in ("which Yukos claims was illegally
    sold", "the countries the ADB fears are most at risk") the cue is a verb whose clause
    lost its subject to a relative."""
    if before.lower in pronoun_classes():
        return False
    return not before.capitalised or not masked[floor : before.start].strip()


_DO_SUPPORT = frozenset(["do", "does", "did"])


def _adverb_after_subject(masked: str, toks: list[Token], at: int) -> bool:
    """Whether the words right before a noun-like cue at `at` are a subject and an adverb
    ("O'Malley frequently notes", "Trump also claims", "He often notes"): the cue is a verb.
    After a determiner the -ly word is an adjective ("the quarterly report"); a mark between
    ("California today.</tweet>") parts them."""
    if len(toks) < 2:
        return False
    adverb, subject = toks[-1], toks[-2]
    if not masked[adverb.end : at].isspace() or not masked[subject.end : adverb.start].isspace():
        return False
    if not (adverb.lower.endswith("ly") or adverb.lower in _CUE_ADVERBS_BEFORE):
        return False
    if subject.lower in _DETERMINERS or subject.lower in _POSSESSIVES:
        return False
    # "Sanders's supporters still question whether": a plural noun for people is a subject too
    return (
        subject.capitalised
        or subject.lower in ("he", "she", "they", "we", "i", "it")
        or subject.lower.endswith("s")
        and subject.lower in _PEOPLE_WORDS
    )


# the plural nouns for people that may head a subject before an adverb and a noun-like cue
_PEOPLE_WORDS = words("role_nouns") | words("group_nouns")


# after a noun-like cue, what shows it is a verb of speech: "that", a question, or a possessive
# or a name whose quality is questioned ("question Cruz's temperament")
_WHAT_IS_SAID_NEXT = compile_on_use(
    r"[a-z]+\s+(?:that|whether|if|why|how|what|who)\b|question\s+(?:[A-Z][\w.-]*\s+){0,2}"
    r"[\w.-]+[’']s\s"
)


def _noun_use(masked: str, floor: int, at: int) -> bool:
    """True when the word before a noun-like cue makes it a noun: "news report", "a claim"."""
    toks = tokens(masked, max(floor, at - 40), at)
    if not toks:
        return True
    before = toks[-1]
    if before.lower in _POSSESSIVES:
        return True  # "his claim", "her promises"
    if (
        before.lower == "to"
        and (
            _GOES_ON_TO.search(masked, max(floor, at - 30), at)
            or _made_to_speak(masked, floor, before.start)[0]
        )
        and _WHAT_IS_SAID_NEXT.match(masked, at)
    ):
        # "Trump continued to question whether ...", "went on to promise that", "leading law
        # enforcement authorities to question whether this was an isolated incident": a verb
        # the speaker keeps on or was made to; not "The Kiwis went on to claim the Cup"
        return False
    if (
        len(toks) > 1
        and toks[-2].lower in _SINGULAR_DETERMINERS
        and not before.lower.endswith("s")
        and not masked[at : at + 12].split()[0].endswith(("s", "ed"))
    ):
        return True  # "an official report says": one official would "report(s)" or "reported"
    if (
        _REPORTING_VERB_NEXT.match(masked, at)
        and masked[at : at + 12].split()[0] in _NOUN_LIKE_CUES
    ):
        return True  # "The FAO report said that": the head of the subject, not its verb
    verb_after = _PLURAL_THEN_VERB.match(masked, at)
    if verb_after is not None and (
        verb_after.group(1) in reporting_verb_forms()
        or _STRICT_AUXILIARY.fullmatch(verb_after.group(1))
        and _heads_the_subject(masked, floor, before)
    ):
        # "Initial estimates indicate that", "Early reports suggest", "EU member states are
        # failing": a subject
        return True
    finding = _SINGULAR_THEN_FINDING.match(masked, at)
    if finding is not None and finding.group(1) in _EVIDENCE_VERBS:
        return True  # "The WEF report shows that": the document, then its finding
    if before.lower in _PROGRESSIVE_BE and re.match(r"[a-z]+ing\b", masked[at : at + 30]):
        return False  # "Donald Trump is warning voters that": a verb in the progressive
    if _adverb_after_subject(masked, toks, at):
        return False  # "O'Malley frequently notes that", "Trump also claims", "He often notes"
    if before.lower in _DO_SUPPORT:
        # "but did note that he had won": a verb after "did"; after a modal ("must promise",
        # "would demand", "will note") it is one too, but what it reports is not yet said
        return False
    if before.text == "," and _VERB_THEN_THAT.match(masked, at):
        return False  # "Gerry O'Brien, a GOP political consultant, notes that": an aside's end
    if before.lower in pronoun_classes() and before.lower not in ("that", "which", "this"):
        return False
    if before.capitalised and (
        not masked.startswith("state", at) or _VERB_THEN_CLAUSE.match(masked, at)
    ):
        # "The Post reports"; but "Democratic state lawmakers" is the noun, and so is "a New
        # York Times report": a name after "a" modifies the noun
        name = len(toks) - 1
        while name > 0 and toks[name - 1].capitalised:
            name -= 1
        return name > 0 and toks[name - 1].lower in ("a", "an")
    if (
        before.lower.isalpha()
        and len(before.lower) > 3
        and before.lower.endswith("s")
        and not before.lower.endswith("ss")
        and masked[before.start - 1 : before.start] not in ("'", "’")
        and not masked[at : at + 12].split()[0].endswith(("s", "ed"))
        and _VERB_THEN_CLAUSE.match(masked, at)
    ):
        return False  # "Patient advocacy groups note that": a plural's verb, then its clause
    return before.lower not in words("role_nouns") and before.lower not in words("anonymous")


# bodies that speak as one: "The Turkish government claims ...", "the company states that";
# and documents that say what is in them: "the paper notes the government monitors ...", "The
# ad claims "Jeb is the conservative you can trust.""
_BODY_NOUNS = (
    words("organization_nouns")
    | words("evidence_nouns")
    | words("carrier_nouns")  # "The letter states that the company will close"
    | frozenset(["statement"])
)


_SUBJECT_OPENERS = (words("determiners") | frozenset(pronoun_classes())) - {"that"}


# a quotation right after a cue that ends the sentence
_QUOTATION_TO_THE_END = compile_on_use(rf"\s*:?\s*{MASK}+[\s.!?]*")


def _body_says(masked: str, floor: int, m: re.Match[str], s_end: int) -> bool:
    """Whether a noun-like cue in the third person is the verb of a body's noun right before it,
    as its clause right after shows ("The Turkish government claims Gulen runs a worldwide
    network", "the company states that it was not told"); without that clause it is the
    compound noun it looks like ("government claims were rejected", "company reports")."""
    word = m.group()
    if not word.endswith("s") or reporting_verb_forms().get(word) not in _CLAUSE_VERBS:
        return False  # "company reports", "party promises": objects as often as clauses
    toks = tokens(masked, max(floor, m.start() - 40), m.start())
    if not toks or toks[-1].lower not in _BODY_NOUNS or toks[-1].capitalised:
        return False
    if _VERB_THEN_THAT.match(masked, m.start()):
        return True
    if _QUOTATION_TO_THE_END.fullmatch(masked, m.end(), s_end):
        return True  # "The ad claims "Jeb is the conservative you can trust."": its words
    comma = masked.find(",", m.end(), s_end)
    stretch_end = comma if comma >= 0 else s_end
    following = masked[m.end() : stretch_end].split()[:1]
    # the clause opens with its subject: a name, a pronoun or a determiner; never a bare noun
    # ("the insurance company claims department is closed") nor a verb ("claims rose 5%")
    return (
        bool(following)
        and (following[0][:1].isupper() or following[0].lower() in _SUBJECT_OPENERS)
        and _is_clause(masked, m.end() + 1, stretch_end)
    )


# a deed that made someone speak, right before its object and "to": "The win led her to declare
# that the nomination was in sight", "The decisive victory led RNC Chairman Reince Priebus to
# declare ...", "..., leaving many to wonder whether ...". The one made to speak did speak, so
# only a deed done: not "will almost certainly force Sen. Bernie Sanders to acknowledge ...",
# not yet and maybe never; never "allowing users to tell" or "urged him to say", which ask for
# words that may not come
_MADE_TO_SPEAK = compile_on_use(
    r"(?<![\w’'-])(?:led|leading|leads|prompted|prompting|prompts|drove|drives|driving|forced|"
    r"forcing|caused|causing|causes|left|leaving|leaves|spurred|spurring)\s+$"
)


_OBJECT_PRONOUN_BEFORE = compile_on_use(r"(?<![\w’'-])(?:him|her|them)\s+$")


_COUNTED_OBJECT = compile_on_use(r"(?<![\w’'-])(?:many|some|most|several|others|few)\s+$")


# before such a deed: a modal, "to" or a negation ("did not lead anyone to say"): not done
_MODAL_OR_TO_BEFORE = compile_on_use(
    r"(?:\b(?:may|might|would|could|should|must|can|will|to|not|never)|n[’']t)\s+"
    r"(?:[a-z]+ly\s+)?$"
)


def _made_to_speak(masked: str, s_start: int, to_at: int) -> tuple[bool, tuple[int, int] | None]:
    """Whether the "to" at `to_at` before a cue follows a deed that made its object speak
    (`_MADE_TO_SPEAK`), and that object: a name or a description of people ("led Republicans
    to say that ..."), an object pronoun for resolution ("led her to declare"), or None for
    people the writer only counts ("leaving many to wonder whether")."""
    counted = _COUNTED_OBJECT.search(masked, max(s_start, to_at - 12), to_at)
    pronoun = _OBJECT_PRONOUN_BEFORE.search(masked, max(s_start, to_at - 6), to_at)
    if counted is not None:
        found, speaker = counted.start(), None
    elif pronoun is not None:
        found = pronoun.start()
        speaker = (found, found + len(pronoun.group().rstrip()))
    else:
        speaker = subject_before(masked, s_start, to_at)
        if speaker is None or not names_a_person(masked, *speaker):
            return False, None
        if masked[speaker[1] : to_at].strip() != "":
            return False, None  # an adverb between: "led him eventually to"
        found = speaker[0]
    verb = _MADE_TO_SPEAK.search(masked, max(s_start, found - 12), found)
    if verb is None or _MODAL_OR_TO_BEFORE.search(
        masked, max(s_start, verb.start() - 20), verb.start()
    ):
        return False, None
    return True, speaker
