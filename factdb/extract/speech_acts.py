"""Speech acts whose content is no "that" clause: questions, calls, accusations, descriptions,
proposals, promises, denials, admissions ("admitted killing two coworkers"), rejections
("rejected the idea that ..."), citations ("citing legal risks"), challenges ("questioned Mr.
Trump's veracity"), warnings ("warned of the risk of an outbreak"), complaints, boasts
("boasted of his negotiating skills"), apologies, jokes ("joked about moving to New Zealand")
and comparisons ("compared Carson to a child molester").

"Sanders asked whether ...", "urged him to resign", "called for a ban on ...", "accused
Clinton of being influenced by ...", "described the dinner as ...", "proposed a safe zone",
"denied the charges": each reports what someone said, in a shape of its own after the verb.
The families and their verbs are classes of `lexicons/verb_classes.txt`; the family names the
claim's rule (`indirect:question`). `act_after_cue` reads the content after a cue whose
speaker the attribution patterns have found; `unattributed_questions` reads the questions put
to someone ("Asked whether ..., 75 percent said", "Rubio was asked by Gerard Baker whether"),
whose asker is named after "by" or not at all. Both return offsets only; attribution turns them
into claims with the same clipping as every other reported clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import (
    belief_verb_forms,
    pronoun_classes,
    reporting_verb_forms,
    verb_class,
    words,
)
from factdb.extract.mentions import sentence_subject, subject_after, subject_before
from factdb.extract.quotes import MASK
from factdb.extract.verbs import FINITE_WORD, LISTED_AS, STRICT_FINITE, find_cues, has_finite

FAMILIES = (
    "question",
    "call",
    "accusation",
    "characterisation",
    "explanation",
    "proposal",
    "promise",
    "threat",
    "reminder",
    "recollection",
    "remark",
    "mention",
    "echo",
    "denial",
    "admission",
    "rejection",
    "citation",
    "challenge",
    "warning",
    "complaint",
    "boast",
    "apology",
    "joke",
    "comparison",
)


@dataclass(slots=True)
class Act:
    """The content of one speech act: masked[start:end], before clipping and trimming."""

    start: int
    end: int
    rule: str  # the family: "question", "call", ...
    cue: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None  # the asker, when the pattern names one


@cache
def families_of(base: str) -> tuple[str, ...]:
    """The families a reporting verb belongs to, in the order their shapes are tried."""
    return tuple(family for family in FAMILIES if base in verb_class(family))


# the words between a verb and what it governs: an addressee or object with no verb of its
# own ("asked the 2016 Democratic White House contender", "urged the rest of the party")
_NP = r"(?:(?!(?:that|whether|if|to|of|as|and|but|because)\b)[\w’'.&$%()-]+,?\s+){1,10}?"
_WH = r"(?:whether|if|who|whom|whose|what|when|where|why|how|which)\b"
# whom a question is put to may be named with "of", a time or a place after it, or a dashed
# list, never first: "asked the former secretary of state during a Facebook chat if", "asked
# the campaigns of the remaining candidates - Donald Trump, Ted Cruz and John Kasich - why"
_ASKED_WHOM = (
    r"(?:(?!(?:that|to|of|as|and|but|because|"
    r"whether|if|who|whom|whose|which|what|when|where|why|how)\b)[\w’'.&$%()-]+,?\s+)"
    r"(?:(?!(?:that|to|as|but|because|whether|if|who|whom|whose|which|what|when|where|why|how)"
    r"\b)(?:[\w’'.&$%()-]+|[—–]),?\s+){0,19}?"
    # a relative after a preposition, no question: "asking him a series of questions for which"
    r"(?<!\bfor\s)(?<!\bof\s)(?<!\bin\s)(?<!\bon\s)(?<!\bby\s)(?<!\bto\s)(?<!\bwith\s)"
    r"(?<!\bfrom\s)(?<!\bat\s)"
)
_QUESTION = compile_on_use(
    rf"\s+(?:(?P<addressee>{_ASKED_WHOM}))?(?P<content>{_WH}|about\s+(?=\S))"
)
_RELATIVE = compile_on_use(r"(?:who|whom|whose|which)\b")
# whom a call is put to may be named with "of" or "and" inside, never first: "has asked the
# campaign of Democratic presidential candidate Bernie Sanders to", "urged Americans and their
# leaders to"; an "of" before a possessive or a plan opens what was told, not whom ("he told Mr
# Brown of his intention to stand down", "told reporters of plans to ...")
_CALLED_UPON = (
    r"(?:(?!(?:that|whether|if|to|of|as|and|but|because)\b)[\w’'.&$%()-]+,?\s+)"
    r"(?:(?!(?:that|whether|if|to|as|but|because|of\s+(?:his|her|their|its|my|our|your|"
    r"plans?|intentions?|decisions?|efforts?|attempts?|moves?|bids?))\b)"
    r"[\w’'.&$%()-]+,?\s+){0,11}?"
)
_TO_DO = compile_on_use(
    rf"\s+(?P<content>{_CALLED_UPON}to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z\x01])"
)
# what is asked for, perhaps of someone named first: "a woman asked for a photo", "asked the
# Supreme Court for quick action", "asked for volunteers to move to the back"; never comment,
# anonymity or a time ("asked for comment", "who asked for anonymity", "asked questions for an
# hour"), nor a pronoun, whose request the sentence before tells ("asked for it")
_ASKED_FOR = compile_on_use(
    r"\s+(?:(?!(?:for|that|whether|if|to|of|as|and|but|because)\b)[\w’'.&$%()-]+,?\s+){0,10}?"
    r"for\s+(?P<content>(?!(?:comment|comments|anonymity|it|them|him|her|this|"
    r"that|me|us|you|hours?|days?|weeks?|months?|years?|decades?|(?:a|an|the|one)\s+(?:moment|"
    r"while|second|minute|hour|day|week|month|year)|more\s+than\s+an?\s+hour)\b)[\w$’'\x01\"“])"
)
# the caller's next act, an auxiliary and a participle: "asked the man for some identification
# and was checking it when ...", "has asked Republican leaders to disavow Mr. Trump and has
# repeatedly characterized him as ..."; not "knew little about politics and had no enthusiasm"
_AND_OWN_VERB = compile_on_use(
    r"\s+and\s+(?:was|were|is|are|has|have|had)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|ing|en)\b"
)
_ASKING_ASIDE = compile_on_use(r",\s+asking$")


def _asked_for(masked: str, at: int, end: int) -> re.Match[str] | None:
    """What is asked for after "asked" (`_ASKED_FOR`); not after a participle set off by a
    comma, whose subject may be no asker at all ("More than 277 million enquiries were made,
    asking for information")."""
    if _ASKING_ASIDE.search(masked, max(0, at - 10), at):
        return None
    return _ASKED_FOR.match(masked, at, end)


# "demand" or "demands" before "for" is the noun ("US demand for heating oil was predicted to
# be ..."): the verb takes its object without "for" ("demanded an apology")
_NOUN_DEMAND = compile_on_use(r".*\bdemands?")
_FOR_NEXT = compile_on_use(r"\s+for\b")
_FOR = compile_on_use(r"\s+for\s+(?P<content>(?!(?:a|the)\s+(?:moment|while|second|minute)\b)\S)")
# the object of a "called for" phrase ("called for her ouster", "called for a ban")
_FOR_OBJECT = compile_on_use(
    r"\s+(?P<content>(?!(?:a|the)\s+while\b)(?!(?:it|this|that)\b)"
    r"[\w$’'\x01\"“])"
)
# whom a "called on" phrase calls on, then what to do: the addressee may be a long name with
# "of", "and" and a dashed aside ("called on the U.S. District Court of Phoenix to review",
# "calls on all nations - rich and poor - to increasingly limit emissions")
_TO_DO_ON = compile_on_use(
    r"\s+(?P<content>(?:(?!(?:that|whether|if|to|because)\b)[\w’'.&$%()–—-]+,?\s+){1,20}?"
    r"(?:to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z\x01]"
    # or what to do in the caller's words: "called on leaders "not to feed that dark impulse""
    r"|(?<=[a-z]\s)\x01))"
)
# "her" and a noun is her possession, what is cited or mentioned ("cited her "long
# experience"", "mentions her granddaughter in speeches"); "her" with nothing of hers after it is
# whom the act is done to ("mentioned her twice", "promised her a job", "cited her as ...")
_HER_AS_OBJECT = (
    r"her\b(?!\s+(?!(?:a|an|the|that|this|these|those|to|for|on|in|at|about|by|with|from|of|as|"
    r"and|or|but|if|so|than|then|again|once|twice|often|too|also|even|still|only|just|back|up|"
    r"out|off|down|over|into|after|before|when|while|during|since|until|because|is|was|were|are|"
    r"has|have|had|will|would|can|could|may|might|should|must|do|does|did|not|last|next|"
    r"yesterday|today|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)(?![a-z]+ly\b)"
    r"[\w\x01\"“])"
)
_OBJECT = compile_on_use(
    r"\s+(?P<content>(?!(?:that|to|for|on|in|at|about|by|with|from|of|if|whether|it|him|"
    rf"{_HER_AS_OBJECT}|"
    r"them|me|us|you|up|out|off|back|down|and|but|or|as|so|after|before|when|while|under|over|"
    r"into|during|through|within|since|until|without|against|among|last|this|next|earlier|"
    r"later|ago|months?|weeks?|years?|days?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"yesterday|today|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|one|two|three|four|five|six|seven|eight|nine|ten)\b)[\w$’'\x01])"
)
# never after a preposition: "Gary Gomes, accused in the deaths of two women, appeared in court";
# the accused may be several, or named with an apposition ("accused the media and the Clinton
# campaign of distorting her message", "accused Cruz, the senator from Texas and winner of the
# Iowa caucuses, of ..."): "of" right after an apposition's comma closes it
_ACCUSED = r"(?:(?!(?:that|whether|if|to|as|but|because)\b)[\w’'.&$%()-]+,?\s+){1,16}?"
_ACCUSED_OF = compile_on_use(
    rf"\s+(?!(?:in|on|at|for|by|with|from|after|over|under)\b)(?P<content>{_NP}of\s+\S"
    rf"|{_ACCUSED}(?<=,\s)of\s+\S|(?:{_NP})?and\s+{_NP}of\s+\S)"
)
# what is characterised may hold "of", never first: "Republicans have portrayed her use of the
# private email system as a reckless danger to national security"
_NP_WITH_OF = (
    # "that" as a determiner may open it: "dismissed that suggestion as a sign of ..."; never the
    # pronoun or a clause's "that" ("described that as ...", "said that the plan ...")
    r"(?!of\b)(?:that\s+(?!(?:as|the|a|an|he|she|they|it|we|I|you|his|her|their|its|our|my|"
    r"there|this|is|was|are|were|has|have|had|will|would)\b)(?=[a-z]))?(?:(?!(?:that|whether|if|to|as|and|but|because)\b)[\w’'.&$%()-]+,?\s+){1,10}?"
)
# "portrayed undocumented immigrants as criminals with victims"; not an "as" clause
# ("dismissed the idea as he left the stage")
_AS = compile_on_use(
    rf"\s+(?P<content>{_NP_WITH_OF}as\s+(?!(?:he|she|they|it|we|I|you|if|though|well|soon|long)\b(?![-’']))"
    r"\S)"
)
# what is cited as what: a noun phrase after "as", never "such as", "as well as" or a clause
# ("points to more modest growth as global technology demand falls back")
_CITED_AS = compile_on_use(
    rf"\s+(?P<content>{_NP}(?<!such\s)(?<!well\s)as\s+(?:(?:a|an|the|his|her|their|its|our|one|"
    r"evidence|proof|examples?|reasons?)\b|[A-Z\x01\"“]))"
)
# what was described, without "as": how something went ("described how, growing up, Rafael
# turned into Rafaelito"), or a noun phrase of at least three words ("described a rigged
# system in terms familiar to ...", "described their economic struggles", "described Mrs.
# Clinton's plans for new Wall Street regulations"); not "described the scene"
_DESCRIBED = compile_on_use(
    r"\s+(?P<content>(?:how|what|why|where)\b(?!\s+(?:it|he|she|they)\s+(?:is|was|were)\s*[.,;]"
    r")|(?:the|a|an|his|her|their|its|our)\s+(?!(?:same|way|one|other)\b)(?:[A-Za-z][\w’'-]*\s+)"
    r"(?!(?:to|in|on|at|of|for|with|by|from|as|and|or|but|that|which|who)\b)[A-Za-z][\w’'-]*"
    r"|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*[’']s\s+[a-z][\w’'-]*)"
)
# what a speaker explains: how, why or what something is, perhaps after whom it is explained
# to ("explained to CBS why Merkel was selected", "explaining how a government outlay ... could
# be justified"); not "what he meant" and the like, a pronoun and "is" or "was" alone, nor
# "how to" on its own
_EXPLAINED = compile_on_use(
    r"\s+(?:to\s+(?:[\w’'.-]+\s+){1,4}?)?(?P<content>(?:how|why|what)\b(?!\s+to\b)"
    r"(?!\s+(?:it|he|she|they|this|that)\s+(?:is|was|were|meant|means)\s*[.,;]))"
)
# what a speaker recalls: a time, an event or a saying, opened by a determiner or a
# possessive ("recalled her days as secretary of state", "recalling the time he and his father
# visited her", "recalling a 2007 comprehensive immigration reform bill", "recalled Ali's
# generosity"), or a gerund ("recalled taking the service elevator up"); never a count or
# "its" ("recalled 1.3 million cars", "recalled its ambassador"), nor one of the goods, envoys
# and players called back (lexicons/recalled_back.txt), checked apart
_RECALLED = compile_on_use(
    r"\s+(?P<content>(?:the|a|an|his|her|their|my|our|that|those)\s+(?=[\w\x01“\"])"
    r"|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*[’']s\s+|[a-z]+ing\s)"
)
_VERB_NEXT = compile_on_use(
    r"[a-z]+(?<!s)s\b|[a-z]+ed\b|(?:is|are|was|were|has|have|had|will|would)\b"
)
_PLEA = compile_on_use(r"\s+(?:not\s+)?(?:guilty|innocent|no\s+contest)\b")
_PRONOUN_TOPIC = compile_on_use(r"(?:it|them|him|her|this|that|these|those)\b(?!\s+of\b)")
_AFTER_FOR = compile_on_use(r"\bfor$")
_BY = compile_on_use(r"\s+by\b")


def _what_of(prepositions: str) -> re.Pattern[str]:
    """What an act is of or about: the words after one of its prepositions; never a stranded
    preposition ("the sort of demographic change the party warned about in its 2013 report")."""
    return compile_on_use(
        rf"\s+(?:{prepositions})\s+(?!(?:in|on|at|for|by|with|from|to|during|after|before)\b)"
        r"(?=[\w$’'\x01“\"])"
    )


# what is compared to what: "compared Carson to a child molester", "compared anti-global
# ideologies with that of 20th century dictators"; never a figure or a preposition first
# ("sales rose 5%, compared with 2003 to £3bn"), nor an adverb, the verb's without an object
# ("His record contrasts sharply with that of Clinton", "compared poorly with")
_COMPARED = compile_on_use(
    r"\s+(?P<content>(?!(?:with|to|in|on|at|for|by|from|against|[a-z]+ly)\b)"
    rf"[A-Za-z\x01“\"][\w’'.-]*,?\s+(?:{_NP})?(?:to|with)\s+\S)"
)
_CLAUSE_GOES_ON = compile_on_use(r",\s|\s+but\s")
# the families whose content follows a preposition: "warned of the risk of an outbreak",
# "warned against the forces of hate", "complained about the dour tone of the primary",
# "boasted of his negotiating skills", "apologized for the columns", "joked about moving to New
# Zealand"
_WHAT_OF = {
    "warning": _what_of("of|about|against"),
    "complaint": _what_of("of|about"),
    "boast": _what_of("of|about"),
    # "apologized to his supporters and to Hillary Clinton for his campaign's ..."
    "apology": _what_of(r"(?:to\s+[^,.;:\x01]{1,60}?\s+)?for"),
    "joke": _what_of("about"),
}
# the subject's next act after an object: "and refused to back", "and suggesting that", "and
# has called for"
_AND_NEXT_ACT = compile_on_use(
    r",?\s+and\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+|also\s+)?(?P<verb>[a-z]{3,}(?:ed|ing))\b"
)
# whose quality is questioned, named or one person: "Mr. Trump's veracity", "the validity of
# the process", "Mr. Christie questioned his depth and experience"; not "their integrity" (BBC:
# "Hackett believes ... the Blues boss has questioned their integrity", inside another's words)
_NAMED_HOLDER = compile_on_use(r"[A-Z]|(?:the|his|her)\b")
# "jokes" as the noun of another verb: "his friends make jokes about ...", "cracked a joke"
_JOKES_MADE = compile_on_use(
    r"\b(?:make|makes|made|making|crack|cracks|cracked|cracking|tell|tells|told|telling)\s+"
    r"(?:[a-z]+\s+)?jokes?$"
)
# whom "told" tells to do something: a plain noun phrase, then "to" ("told residents to stay
# indoors"); not an aside ("told his Democratic audience, to rowdy applause:"), a clause whose
# own verb is followed by "to" ("told a lunch ... winning the election had to be"), nor a story
# ("tells the story of a young boy's journey to meet Santa Claus")
_TOLD_WHOM = compile_on_use(
    r"\s+(?:(?!(?:had|has|have|was|were|is|are|will|would|said|says|that|story|stories|tale|"
    r"tales)\b)[\w’'.&-]+\s+){1,8}?to\s"
)


# the verb "cite" itself, never after a preposition: in "defended his position ... by citing a
# poll" the citer is the subject of the verb before, which a sentence may not show
_CITE_WORD = compile_on_use(
    r"(?<![A-Za-z])(?<!by\s)(?<!after\s)(?<!before\s)(?<!while\s)(?<!without\s)"
    r"[Cc]it(?:e|es|ed|ing)$"
)
# "Blackwell pointed to Cruz's organizational capabilities", "critics point to Saudi
# charities", "Clinton is pointing to a recent interview", "Obama has threatened to veto",
# "he constantly reminded voters of": a finite verb right after its subject, perhaps with an
# auxiliary or an adverb between; the verbs whose subject may be a thing as often as a speaker
_BETWEEN = r"(?:also|is|are|was|were|has|have|had|would|will|[a-z]+ly)"
_SUBJECT_THEN = (
    r"(?:(?P<before>[\w’'-]+)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}?(?<![\w’'-])"
    rf"(?P<who>(?!{_BETWEEN}\b)[\w’'-]+)\s+(?:{_BETWEEN}\s+){{0,2}}"
)
_SOMEONE_DOES = {
    "citation": compile_on_use(_SUBJECT_THEN + r"point(?:s|ed|ing)?\s+to$"),
    "threat": compile_on_use(_SUBJECT_THEN + r"threaten(?:s|ed)?$"),
    "reminder": compile_on_use(_SUBJECT_THEN + r"remind(?:s|ed)?$"),
    "raising": compile_on_use(_SUBJECT_THEN + r"rais(?:e|es|ed)$"),
}
# the word before a name that makes it the object of another word, not the subject: "Democrats
# supporting Mrs. Clinton have pointed to", "supporters of Mr. Trump point to"
_NAME_GOVERNED = compile_on_use(r"[a-z]+ing|of|for|with|by|to|from|about|against|behind")
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])


def _someone_does(masked: str, cue_end: int, family: str) -> bool:
    """Whether "point to", "threaten" or "remind" is a speaker's act: its subject is a pronoun,
    a name, a noun for people or the "who" of a relative clause ("He pointed to", "Mr. Begala
    pointed to", "critics point to", "Donald Trump, who has threatened to"), never a thing
    ("the figures point to a slowdown", "The row threatens to derail the deal", "The scene
    reminded him of his childhood")."""
    found = _SOMEONE_DOES[family].search(masked, max(0, cue_end - 60), cue_end)
    if found is None:
        return False
    who = found.group("who")
    lowered = who.lower()
    if lowered in ("and", "but"):
        # "Trump called Ford's plans "an absolute disgrace," and threatened to impose ...": the
        # verb shares the sentence's subject, which must be someone as well; not for "point
        # to", a gesture as often as a citation ("... and pointed to a man in the crowd")
        return family != "citation" and _opening_subject_is_someone(masked, found.start("who"))
    if lowered in _SUBJECT_PRONOUNS or lowered == "who" and family != "citation":
        return True
    if lowered in pronoun_classes():
        return False  # "It points to a deeper problem": a thing
    if who[:1].isupper():
        before = found.group("before") or ""
        return lowered not in _FUNCTION_WORDS and not _NAME_GOVERNED.fullmatch(before)
    return lowered in _PEOPLE_NOUNS


# "pointing to" set off by a comma, the act of the sentence's subject ("Clinton sought to brush
# aside her Michigan loss, pointing to a big victory in Mississippi"): attribution reads that
# subject and keeps the act only when it names a person (`names_a_person`)
_POINTING_ASIDE = compile_on_use(r",\s+(?:and\s+)?pointing\s+to$")
# "threatening" or "reminding" set off by a comma or after another participle's "and", the act
# of the main clause's subject ("Trump has targeted Mexico, threatening to cut off ..."): as
# for "pointing to", attribution keeps it only when that subject may speak
_PARTICIPLE_ASIDE = compile_on_use(r"(?:,|\band)\s+(?:[a-z]+ly\s+)?(?:threatening|reminding)$")


def names_a_person(masked: str, start: int, end: int) -> bool:
    """Whether the noun phrase masked[start:end] ends on a word for a person or people: a
    pronoun, a name or a noun for people ("He", "Clinton", "Trump and his attorneys"), never a
    thing ("Sales fell 5%, pointing to weak demand": the figures point, nobody cites them)."""
    found = masked[start:end].split()
    if not found:
        return False
    last = found[-1].strip(",;:")
    lowered = last.lower()
    if lowered in _SUBJECT_PRONOUNS:
        return True
    if last[:1].isupper():
        if len(found) == 1 and not _a_name_elsewhere(masked, last):
            return False  # "Sales fell 5%, ...": a common noun opening its sentence
        return lowered not in _FUNCTION_WORDS and lowered not in pronoun_classes()
    return lowered in _PEOPLE_NOUNS


def _a_name_elsewhere(masked: str, word: str) -> bool:
    """Whether a capitalised word that opens its sentence alone is a name: the text writes it
    capitalised inside a sentence too ("Hillary Clinton", "said Clinton") and never in lower
    case ("sales")."""
    escaped = re.escape(word)
    inside = re.search(rf"(?<=[\w,]\s){escaped}\b", masked)
    return inside is not None and not re.search(rf"(?<![\w’'-]){re.escape(word.lower())}\b", masked)


def raised_by_a_thing(masked: str, verb_end: int) -> bool:
    """Whether a concern or a fear is raised by a thing, not by whoever holds it ("The move
    raised concerns that the plan would fail", "It has raised fears that ..."): those concerns
    are unnamed people's, and the thing is no speaker. A name stays a speaker even after "of"
    ("the mayor of Frankfurt has raised concerns that ..."), unlike with "point to"."""
    found = _SOMEONE_DOES["raising"].search(masked, max(0, verb_end - 60), verb_end)
    if found is None:
        return False
    who = found.group("who")
    lowered = who.lower()
    if lowered in _SUBJECT_PRONOUNS or lowered == "who":
        return False
    if lowered in pronoun_classes():
        return True  # "It raised fears that ...", "which raised concerns that ..."
    return not who[:1].isupper() and lowered not in _PEOPLE_NOUNS


# where a sentence starts, for `_opening_subject_is_someone`: after a full stop and a space
# (or a line break); a title's dot ("Mr. Trump") cuts the name to its last words, still a name
_SENTENCE_BREAK = compile_on_use(r".*(?:[.!?]\s|\n)", re.DOTALL)


def _opening_subject_is_someone(masked: str, joined_at: int) -> bool:
    """Whether the sentence before "and" at `joined_at` opens with someone as its subject: a
    name or "he"/"she"/"they" ("In April, Trump called ... and threatened to"), or a noun for
    people ("The rebels seized the airport and threatened to kill the hostages"), never a thing
    ("The storm knocked out power and threatened to flood the town", "The dispute dragged on
    and threatened to derail the deal")."""
    floor = max(0, joined_at - 300)
    broken = _SENTENCE_BREAK.match(masked, floor, joined_at)
    subject = sentence_subject(masked, broken.end() if broken else floor, joined_at)
    if subject is None:
        return False
    phrase = masked[subject[0] : subject[1]].split()
    head = phrase[-1]
    if head.lower() in _SUBJECT_PRONOUNS:
        return True
    if head.lower() in pronoun_classes() or head.lower() in _FUNCTION_WORDS:
        return False
    return head[:1].isupper() or head.lower() in _PEOPLE_NOUNS


# the heads of speaker noun phrases that name people, not a share of them ("a slower-than-
# expected fourth quarter points to more modest growth")
_PEOPLE_NOUNS = (
    (words("role_nouns") | words("group_nouns"))
    - words("evidence_nouns")
    - {"percent", "half", "third", "quarter", "majority", "minority"}
)
# "mention" in the writer's own words: "not to mention the cost", "worth mentioning", "to
# mention just one"
_WRITERS_MENTION = compile_on_use(r"\b(?:to|worth|needless\s+to)\s+mention(?:ing)?$")
_MENTION_IN_TIME_CLAUSE = compile_on_use(
    r"\b(?:[Ww]hen|[Ww]henever|[Aa]s|[Ww]hile|[Ii]f|[Aa]fter|[Bb]efore|[Uu]ntil|[Oo]nce)\s+"
    r"(?:[\w’'.-]+\s+){1,4}?mention(?:s|ed)?$"
)
_FOR_DEED = compile_on_use(r"[^.;]*?\bfor\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")
_FUNCTION_WORDS = words("function_words") | words("determiners")
# the verbs whose quoted characterisations attribution reads itself ("described his leadership
# skills as a "work in progress""); "dismissed the whole kerfuffle as "absurd"" is read here
_CHARACTERISING = frozenset(
    reporting_verb_forms().get(form, form) for form in verb_class("characterise")
)
_TO_LATER = compile_on_use(rf"\s+(?:{_NP})?to\s+[a-z]")  # "promised Sunday at a Las Vegas rally to"
_TO_NOW = compile_on_use(r"\s+to\s+[a-z]")  # "proposed to draft Mr. Clinton"
# what is threatened: a to-infinitive, perhaps negated or after a time ("threatened to veto the
# bill", "has threatened not to show up to the next debate", "threatened last month to quit")
_THREATENED_TO = compile_on_use(
    r"\s+(?:(?:last|this|next)\s+[a-z]+\s+|on\s+[A-Z][a-z]+day\s+)?"
    r"(?P<content>(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|do)\b)[a-z])"
)  # not "what Mr. Trump has threatened to do": what, the sentence before says
# what a speaker reminds people of or about, after whom, in three words at most: "reminded
# voters of the six years his family had lived in Las Vegas", "reminded his staff about Mr.
# Bush's early television work"; never "me", "us" or "you", whom a likeness reminds ("John
# Kasich reminds us of the Houseguest Who Won't Leave")
_REMINDED_OF = compile_on_use(
    r"\s+(?!(?:me|us|you)\b)(?:(?:the|his|her|their|its|our)\s+)?(?:[\w’'-]+\s+)?[\w’'-]+\s+"
    r"(?:of|about)\s+(?P<content>[\w$’'\x01“\"])"
)


# the cue is passive or a subordinate clause of the writer's: "was asked", "when asked",
# "after being accused"; the subject before it did not say this
_NOT_THE_SUBJECTS = compile_on_use(
    r"\b(?:was|were|is|are|be|been|being|get|got|gets|when|after|before|if|once|while|until)"
    r"\s+(?:[a-z]+ly\s+)?(?![a-z]+ing\b)[a-z]+(?:\s+(?:for|on|to))?\s*$"
)  # not a progressive: in "Fellow Republicans are urging Trump to" the subject urges


def act_after_cue(
    masked: str, cue_end: int, rest_start: int, sent_end: int, base: str
) -> Act | None:
    """The content of a speech act after its cue, when the verb is in a family and what follows
    has that family's shape; None leaves the cue to the other patterns (or to nobody)."""
    families = families_of(base)
    if not families or masked.startswith(MASK, _skip_space(masked, rest_start)):
        return None
    if _NOT_THE_SUBJECTS.search(masked, max(0, cue_end - 40), cue_end) or _BY.match(
        masked, rest_start
    ):
        return None  # "an election ... dismissed by critics as a sham": a passive
    called_on = masked[max(0, cue_end - 5) : cue_end].endswith((" on", " upon"))
    called_for = masked[max(0, cue_end - 4) : cue_end] == " for"
    if masked[max(0, cue_end - 6) : cue_end] == " about":
        # "raised questions about whether ...", "raised concerns about racism": the cue phrase
        # holds the preposition, and what it is about follows
        return _raised_about(masked, cue_end, sent_end, families)
    if _ADJECTIVE_USE.search(masked, max(0, cue_end - 40), cue_end):
        return None  # "its proposed cutoff", "pledged delegates": a modifier, no speech act
    for family in families:
        if family == "remark":
            continue  # only through a phrase with its "about", read above
        pointed = family == "citation" and not _CITE_WORD.search(
            masked, max(0, cue_end - 20), cue_end
        )
        if pointed and not (
            _someone_does(masked, cue_end, family)
            or _POINTING_ASIDE.search(masked, max(0, cue_end - 30), cue_end)
        ):
            continue  # "points to 10,360", "refers to a firm": only "cite" or someone pointing
        if family in ("threat", "reminder") and not (
            _someone_does(masked, cue_end, family)
            or _PARTICIPLE_ASIDE.search(masked, max(0, cue_end - 30), cue_end)
        ):
            continue  # "Rain threatened to spoil the final", "It reminds me of the 1980s"
        if family == "mention" and (
            _WRITERS_MENTION.search(masked, max(0, cue_end - 30), cue_end)
            or _MENTION_IN_TIME_CLAUSE.search(masked, max(0, cue_end - 60), cue_end)
        ):
            # "not to mention the cost", "worth mentioning": the writer's aside; "Boos rained
            # down when Trump mentioned the former secretary of state": when, not what was said
            continue
        if family == "joke" and _JOKES_MADE.search(masked, max(0, cue_end - 30), cue_end):
            continue  # "his friends make jokes about ...": a noun; who jokes is the subject's
        found = _shape(masked, rest_start, sent_end, family, base, called_on, called_for)
        if (
            found is not None
            and base == "tell"
            and not _TOLD_WHOM.match(masked, rest_start, sent_end)
        ):
            continue  # "told a lunch for political journalists winning the election had to be"
        if found is not None and _verbless(masked, rest_start, found):
            end = _before_own_participle(
                masked, found, _before_next_speaker(masked, found, sent_end, family == "question")
            )
            if family == "call":
                # "urged people to seek shelter that way, and the hashtag was soon trending":
                # the writer's next clause, with a subject and a verb of its own
                clause = _WRITERS_NEXT_CLAUSE.search(masked, found, end)
                end = clause.start() if clause else end
            if family in _NOUN_OBJECT_FAMILIES or family == "call":
                end = _before_next_clause(masked, found, end, family)
            contrast = _CONTRAST.search(masked, found, end)
            end = _family_end(masked, found, contrast.start() if contrast else end, family)
            if end is not None and pointed and _gesture(masked[found:end].split()):
                return None  # "He pointed to the door": a gesture, nothing cited
            return None if end is None else Act(found, end, family)
    return None


# a question about something, perhaps a "whether" or a wh-word, never a pronoun alone
_ABOUT_WHAT = compile_on_use(
    r"\s+(?!(?:it|them|him|her|this|that|these|those)\b)(?P<content>[\w$’'\x01“\"])"
)


# how often, no part of what was raised: "raised concerns about the law for the second time"
_NTH_TIME = compile_on_use(
    r"\s+for\s+the\s+(?:first|second|third|fourth|fifth|last|\d+th)\s+time\b"
)


def _raised_about(masked: str, at: int, end: int, families: tuple[str, ...]) -> Act | None:
    """What a question or a concern raised is about (cue_phrases.txt: "raised questions about",
    "raised concerns about"), or comments made ("made comments about"): the question ("whether Lewandowski had actually grabbed her") or
    the topic ("Obama’s birthplace and religion"), as the family of the phrase's verb names it;
    never "about it", whose topic the sentence before says."""
    found = _ABOUT_WHAT.match(masked, at, end)
    family = next((f for f in families if f in ("question", "warning", "remark")), None)
    if found is None or family is None:
        return None
    start = found.start("content")
    stop = _before_own_participle(
        masked, start, _before_next_speaker(masked, start, end, family == "question")
    )
    contrast = _CONTRAST.search(masked, start, stop) or _NTH_TIME.search(masked, start, stop)
    stop = contrast.start() if contrast else stop
    for joined in _AND_NEXT_ACT.finditer(masked, start, stop):
        if joined.group("verb").endswith("ed"):
            stop = joined.start()  # "raised concerns about X and demanded ...": the next act
            break
    return Act(start, stop, family) if stop - start >= 3 else None


def _gesture(found: list[str]) -> bool:
    """Whether what is pointed to is a place or a body part, a gesture ("pointed to the door",
    "would silently point to their chins"): two words or fewer, or a thing of
    lexicons/gesture_objects.txt among the first three."""
    return len(found) < 3 or not words("gesture_objects").isdisjoint(
        _head_word(w) for w in found[:3]
    )


def _family_end(masked: str, start: int, end: int, family: str) -> int | None:
    """Where the content of a family's act ends, or None when what is left says nothing."""
    if family == "rejection" and _bare_object(masked, start, end):
        return None
    if family == "citation" and _no_reason(masked, start, end):
        return None
    if family in _WHAT_OF:
        # "complained of breathing difficulties, his family obtained ...", "complained about
        # the dour tone of the primary but defended ...": the act ends with its clause
        cut = _CLAUSE_GOES_ON.search(masked, start, end)
        end = cut.start() if cut else end
    if family == "denial":
        # "has denied it happened, with Lewandowski taking to Twitter to ...": the writer's
        # own clause after the comma
        cut = _COMMA_WITH.search(masked, start, end)
        end = cut.start() if cut else end
    if family == "admission":
        # "conceded defeat on Wednesday": when is no part of what was admitted; "admits to
        # having numerous wives ... but has said ...": nor is the next clause
        cut = _ON_A_DAY.search(masked, start, end) or _BUT.search(masked, start, end)
        end = cut.start() if cut else end
    if family in ("mention", "echo"):
        # "mentioned his personal connections to the faith, referring to his daughter": a
        # comma before a lower-case word ends what was named; not one inside a list of names
        # ("the network's Jake Tapper, Dana Bash and Wolf Blitzer")
        cut = _COMMA_THEN_LOWER.search(masked, start, end)
        end = cut.start() if cut else end
    if family == "characterisation":
        # "lists the population of the town that year as 21,090, meaning there were a little
        # more than 5 incidents ...": what the writer reckons from it is no part of it
        cut = _COMMA_CONSEQUENCE.search(masked, start, end)
        end = cut.start() if cut else end
    if family == "call":
        # "asked the man for some identification and was checking it when ...": the caller's
        # next act, with an auxiliary of its own, is no part of the call
        cut = _AND_OWN_VERB.search(masked, start, end)
        end = cut.start() if cut else end
    if (
        family
        in ("challenge", "characterisation", "mention", "echo", "citation", "denial", "admission")
        or family in _WHAT_OF
    ):
        # "questioned Israel's commitment to peace and refused to back ...", "painting others
        # as weak and suggesting that ...": the subject's next act is no part of this one
        for joined in _AND_NEXT_ACT.finditer(masked, start, end):
            verb = joined.group("verb")
            if (family != "characterisation" and verb.endswith("ed")) or (
                verb.endswith("ing") and verb in reporting_verb_forms()
            ):
                return joined.start()
    return end


def _no_reason(masked: str, start: int, end: int) -> bool:
    """Is what is cited a name alone ("citing the country's Central Election and Referendum
    Commission", "citing Obama"), not a reason or evidence given? Its words are then all
    capitalised but for function words and possessives, or it is a single word; or it was cut
    off before the clause that said what it was."""
    found = masked[start:end].split()
    if found and found[-1].lower() in ("where", "when", "who", "which", "that", "whom"):
        return True  # "cited an April summit where": cut before its clause, no reason left
    lowered = [
        w
        for w in found
        if w[:1].islower() and w.lower() not in _FUNCTION_WORDS and not w.endswith(("'s", "’s"))
    ]
    return len(found) < 2 or not lowered


def _bare_object(masked: str, start: int, end: int) -> bool:
    """Does a rejection end on its head noun ("dismissed reports", "rejected that idea")? What
    was rejected is then elsewhere, and the noun alone says nothing. A noun whose holder is
    named before it says whose words were rejected ("forcefully rejected Clinton’s claim",
    "rejected Saudi concerns"), and that is a claim."""
    found = masked[start:end].split()
    if not found or _head_word(found[-1]) not in words("rejection_objects"):
        return not found
    return not any(_POSSESSIVE_OR_NAME.match(w) for w in found[:-1])


# a word before the head of a rejected noun that names whose it is: "Clinton’s", "critics'",
# "Saudi", "Republican"
_POSSESSIVE_OR_NAME = compile_on_use(r"[A-Z]|.*(?:[’']s|s[’'])$")


_ECHOED_WORDS = words("echoed_words") | words("claim_nouns") | words("stance_nouns")
_COMMA_THEN_LOWER = compile_on_use(r",\s+(?=[a-z])")
# a noun phrase opened by a determiner or a possessive: "his promise", "a false claim", "her
# campaign's line", "Mr. Ryan's denunciation"
_DETERMINED = compile_on_use(
    r"(?:the|a|an|his|her|their|its|our|my|your|that|this|these|those)\s"
    r"|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*[’']s?\s"
)
# the writer's own clause after the act: "cited brain injury as the reason for his behavior,
# but now that brain damage has disappeared ..."
_CONTRAST = compile_on_use(r",\s+(?:but|while|although|though|whereas)\b")
_TRAILING_JOIN = compile_on_use(
    r"(?:\s+(?:and|but|or|when|while|as|after|because|which|who|if|that|whether))+\s*$"
)
# a past participle used as a modifier: after a determiner or a possessive, perhaps with an
# adjective of size or one of the adjectives' own endings between ("a large pledged delegate
# lead", "its widely proposed cutoff"), or before a plain noun with nothing said ("pledged
# delegates"); a possessive may stand for the determiner, and "most" or "more" before the
# adjective ("the administration's radical proposed overhaul", "the most recently proposed date")
_ADJECTIVE_USE = compile_on_use(
    r"(?:\b(?:the|a|an|its|his|her|their|our|own|this|these|those)"
    r"|(?<![\w’'])(?!(?i:he|she|it|who|that|there|what|where|here|one)[’']s)[A-Za-z][\w-]*[’']s)\s+"
    r"(?:(?:most|more)\s+)?"
    r"(?:(?:large|big|small|huge|narrow|slim|wide|new|radical|"
    r"[a-z]+(?:ly|ous|ful|ive|ic|ical|able))\s+)?"
    r"[a-z]+ed\s*$"
)


# or a longer subject whose verb an adverb marks as finite ("called for a boycott of his
# speech, and the prominent Jewish civil rights organization the Anti-Defamation League
# strongly denounced Trump's rhetoric")
_WRITERS_NEXT_CLAUSE = compile_on_use(
    r",\s+(?:and|but|while)\s+(?:the|a|an|his|her|their|its|this|these|those|he|she|they|it|"
    r"[A-Z][\w’'-]*)(?:(?:\s+[\w’'-]+){0,3}?\s+(?:was|were|is|are|has|have|had|will|would|"
    r"could|said|says)\b|(?:\s+[\w’'-]+){0,10}?\s+[a-z]{3,}ly\s+[a-z]{3,}ed\b)"
)
_PARTICIPLE_AFTER = compile_on_use(r",\s+(?:and\s+)?([a-z]+ing)\b")
# the families whose content is a noun phrase ("proposed a freeze", "pledged their support",
# "echoed his manager's sentiments"): a subject and a finite verb after "and", with no comma
# either, can only open a clause of the writer's ("Germany proposed a freeze and Canada has
# begun its own moratorium")
_NOUN_OBJECT_FAMILIES = frozenset(["proposal", "promise", "echo"])
_AND_NEW_SUBJECT = compile_on_use(
    r",?\s+(?:and|but|while|whereas)\s+(?:the|a|an|his|her|their|its|this|these|those|he|she|"
    r"they|it|we|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,3}?\s+(?:was|were|is|are|has|have|had|will|"
    r"would|could|can|said|says)\b"
)
# the subject's next act, in a perfect tense of its own: "The Interior Department proposed the
# new regulations in May and since has received nearly 300,000 comments", "Trump has proposed
# temporarily banning Muslims ... and has gone so far as to justify ..."
_AND_PERFECT_NEXT = compile_on_use(
    r",?\s+and\s+(?:(?:since|then|later|also|[a-z]+ly)\s+)?(?:has|have|had)\s+"
    r"(?:(?:since|also|[a-z]+ly)\s+)?[a-z]+(?:ed|en|ne|wn|un|ht)\b"
)
# "pledged delegates", "pledged superdelegates": the delegates bound to vote, no promise told
_DELEGATES = compile_on_use(r"(?:super)?delegates\b")
# a noun phrase opened by a demonstrative, which `_OBJECT` leaves out ("that" may open a
# clause): an echo's words named by a noun of speech after it ("He echoed that promise on
# Monday", "Other Republicans echoed those comments")
_DEMONSTRATIVE_OBJECT = compile_on_use(r"\s+(?P<content>(?:that|this|these|those)\s+[a-z])")
# a semicolon outside brackets: the writer's next sentence ("International agencies have
# pledged their support; most say it is impossible to gauge ...", "He proposes breaking up
# Wall Street banks ...; she backs tougher regulations"), not "($7.4bn; £3.9bn)"
_SEMICOLON = compile_on_use(r";\s")


def _before_next_clause(masked: str, start: int, end: int, family: str) -> int:
    """The content of a call, a proposal, a promise or an echo ends before a semicolon that
    is not inside brackets, and that of a noun-phrase act before "and" with a new subject and
    its verb: both open the writer's next clause, not more of what was asked or proposed."""
    for semicolon in _SEMICOLON.finditer(masked, start, end):
        before = masked[start : semicolon.start()]
        if before.count("(") == before.count(")"):
            end = semicolon.start()
            break
    if family in _NOUN_OBJECT_FAMILIES:
        clause = _AND_NEW_SUBJECT.search(masked, start, end) or _AND_PERFECT_NEXT.search(
            masked, start, end
        )
        end = clause.start() if clause else end
    return end


def _before_own_participle(masked: str, start: int, end: int) -> int:
    """The content ends before a participle of belief or of characterisation that goes on
    ("called for her ouster, believing she was tipping the scales", "called for Trump to drop
    out of the race, calling him "a disgrace ...""): that is a claim of its own."""
    for participle in _PARTICIPLE_AFTER.finditer(masked, start, end):
        word = participle.group(1)
        if word in belief_verb_forms() or word in verb_class("characterise"):
            return participle.start()
    return end


# a comma closing the words before a cue: ", saying"
_COMMA_AT_END = compile_on_use(r",\s*$")


def _before_next_speaker(masked: str, start: int, end: int, question: bool = False) -> int:
    """The content ends where another speaker's reporting clause starts ("called on Obama to
    retaliate against Russia for meddling the California congressman said is designed to") or
    where a participle adds what else was said ("urged a strong stand, saying ..."). A
    `question`'s own clause may hold another's words ("asked him how the minister said he
    would pay for it"): the claim inside is kept whole beside it (`_reported_within`); past a
    comma the clause is another ("wondered whether ..., engaging in what analysts described")."""
    for cue in find_cues(masked, start, end):
        comma = _COMMA_AT_END.search(masked[start : cue.start()])
        if cue.group().endswith("ing") and comma:
            return start + comma.start()  # "urged a strong stand, saying that ...": the next claim
        if cue.group().endswith("ing") or re.search(r"\bto\s+$", masked[start : cue.start()]):
            continue
        coordinated = _COORDINATED_BEFORE.search(masked, start, cue.start())
        if (
            coordinated is not None
            and cue.group() != reporting_verb_forms().get(cue.group())
            and not _INFINITIVE.search(masked, start, coordinated.start())
        ):
            return coordinated.start()  # "referred to Rubio as ... but described his skills"
        resumed = _MAIN_VERB_RESUMES.search(masked, start, cue.start())
        if resumed is not None and _FINITE_CUE.fullmatch(cue.group()):
            return resumed.start()  # "Trump, who questioned whether ..., said Friday that"
        if cue.group() in _NOUN_LIKE and (
            not _VERB_USE_NEXT.match(masked, cue.end())
            or _DETERMINER_BEFORE.search(masked, start, cue.start())
        ):
            continue  # "their online comments could be", "a major reason the plan": nouns
        if _MODAL_BEFORE.search(masked, start, cue.start()):
            continue  # "how long it can continue to survive": no speech act
        subject = subject_before(masked, start, cue.start())
        if (
            question
            and subject is not None
            and QUESTION_WORD_BEFORE.search(masked, start, subject[0])
            and not _BREAK.search(masked, start, subject[0])
        ):
            continue
        if subject is not None and subject[0] > start:
            join = _TRAILING_JOIN.search(masked, start, subject[0])
            return join.start() if join else subject[0]
    return end


# a question word or "whether" right before a subject: the clause it opens is a question's, or
# embedded in another ("asked Mr McConnell how the executive proposed to ...")
QUESTION_WORD_BEFORE = compile_on_use(r"\b(?:how|what|whether|why|where|if)\s+$", re.IGNORECASE)
_BREAK = compile_on_use(r"[,;:—–]")
# a cue right after a comma, with no subject of its own: the verb of the clause the act was
# an aside in ("Trump, who previously questioned whether ..., said Friday that ...")
# a second predicate of the same subject: "and" or "but", perhaps an adverb, then the cue in
# a tense of its own (not "asks recipients to click on it and answer some questions")
_COORDINATED_BEFORE = compile_on_use(r",?\s+(?:and|but)\s+(?:(?:then|also|later|[a-z]+ly)\s+)?$")
_INFINITIVE = compile_on_use(r"\bto\s+[a-z]+")
_MAIN_VERB_RESUMES = compile_on_use(r",\s*(?:[a-z]+ly\s+)?$")
_FINITE_CUE = compile_on_use(
    r"[a-z]+ed|said|says|told|tells|wrote|writes"
)  # not "for ..., reasons"
_NOUN_LIKE = verb_class("noun_like")
# what follows a noun-like cue used as a verb: "that", or the object or clause it reports
_VERB_USE_NEXT = compile_on_use(
    r"\s+(?:that|the|a|an|he|she|they|it|we|I|his|her|their|its|[A-Z\x01])"
)
_DETERMINER_BEFORE = compile_on_use(
    r"\b(?:the|a|an|his|her|their|its|our|this|these|those|another)\s+(?:[\w’'-]+\s+)?$"
)
_MODAL_BEFORE = compile_on_use(r"\b(?:can|could|will|would|may|might|should|must)\s+$")


def _skip_space(masked: str, at: int) -> int:
    while at < len(masked) and masked[at].isspace():
        at += 1
    return at


def _verbless(masked: str, rest_start: int, content: int) -> bool:
    """Nothing between the cue and the content may be a clause of its own ("asked around,
    then said if ...")."""
    return not STRICT_FINITE.search(masked, rest_start, content) or masked[
        rest_start:content
    ].strip() in ("", "whether", "if")


def _shape(
    masked: str,
    at: int,
    end: int,
    family: str,
    base: str,
    called_on: bool = False,
    called_for: bool = False,
) -> int | None:
    """Where the content starts when masked[at:end] has the family's shape; `called_on` and
    `called_for` say the cue phrase ended in "on"/"upon" or "for"."""
    if family == "question":
        found = _QUESTION.match(masked, at, end)
        if found is None:
            return None
        addressee = found.group("addressee") or ""
        if base == "question" and (addressee or found.group("content").startswith("about")):
            return None  # "police questioned the suspect about ...": an interrogation
        if addressee.rstrip().endswith(",") and _RELATIVE.match(found.group("content")):
            return None  # "asked Coleman, who in turn said ...": a relative clause, no question
        if found.group("content").startswith("about"):
            if _PRONOUN_TOPIC.match(masked, found.end("content")):
                return None  # "asked about it": the question is elsewhere
            return found.end("content")  # "asked about her own vote": the topic
        return found.start("content")
    if family == "call":
        if _PLEA.match(masked, at, end):
            return None  # "pleaded guilty to falsifying its accounts": a plea in court
        if _NOUN_DEMAND.fullmatch(masked, max(0, at - 7), at) and _FOR_NEXT.match(masked, at):
            return None  # "US demand for heating oil was predicted to be ...": the noun
        if called_for:
            # after "called for" the object of "for" follows, a pronoun's possessive too:
            # "have long called for her ouster"
            found = _FOR_OBJECT.match(masked, at, end)
            return None if found is None else found.start("content")
        found = (
            _TO_DO_ON.match(masked, at, end) if called_on else _TO_DO.match(masked, at, end)
        ) or (
            None
            if called_on
            else _asked_for(masked, at, end)
            if base == "ask"
            else _FOR.match(masked, at, end)
        )
        if found is None and base in ("urge", "demand") and not called_on:
            found = _OBJECT.match(masked, at, end)  # "urged a strong stand", "demanded an apology"
            if (
                found is not None
                and not _AFTER_FOR.search(masked, max(0, at - 4), at)
                and _VERB_NEXT.match(masked, found.start("content"), end)
            ):
                return None  # "Citigroup demand stays solid": the cue was a noun
            # after "called for" the object of "for" follows, never a verb: "called for
            # increased regulation", "calls for expanded background checks"
        return None if found is None else found.start("content")
    if family == "accusation":
        found = _ACCUSED_OF.match(masked, at, end)
        return None if found is None else found.start("content")
    if family == "characterisation":
        if MASK in masked[at:end] and base in _CHARACTERISING:
            return None  # in quoted words it is attribution's own characterisation rule
        if base == "cite":
            found = _CITED_AS.match(masked, at, end)  # "cited the tax as a major reason ..."
            return None if found is None else found.start("content")
        if base == "list":
            found = LISTED_AS.match(masked, at, end)  # "lists Mr. Trump's wealth at $6.5 billion"
            return None if found is None else found.start("content")
        found = _AS.match(masked, at, end)
        if found is None and base == "describe":
            found = _DESCRIBED.match(masked, at, end)
        return None if found is None else found.start("content")
    if family == "explanation":
        found = _EXPLAINED.match(masked, at, end)
        return None if found is None else found.start("content")
    if family == "comparison":
        found = _COMPARED.match(masked, at, end)
        return None if found is None else found.start("content")
    if family in _WHAT_OF:
        found = _WHAT_OF[family].match(masked, at, end)
        if found is None or _PRONOUN_TOPIC.match(masked, found.end()):
            return None  # "warned of it": what the danger is, the sentence before says
        return found.end()
    if family == "citation":
        found = _OBJECT.match(masked, at, end)
        if found is None or FINITE_WORD.match(masked, found.start("content"), end):
            return None  # "cited had": no noun phrase
        first = masked[found.start("content") : end].split()[:4]
        if not words("cited_sources").isdisjoint(_head_word(w) for w in first):
            return None  # "reported, citing court documents": a source, not a reason given
        if _FOR_DEED.match(masked, found.end(), end):
            return None  # "cite the individuals for illegally distributing music": a charge
        return found.start("content")
    if family == "echo":
        found = _OBJECT.match(masked, at, end) or _DEMONSTRATIVE_OBJECT.match(masked, at, end)
        if found is None:
            return None
        if base == "repeat" and not _DETERMINED.match(masked, found.start("content"), end):
            return None  # "despite repeated calls for him to resign": no one repeats here
        first = masked[found.start("content") : end].split()[:6]
        if _ECHOED_WORDS.isdisjoint(_head_word(w) for w in first):
            return None  # "the design echoes the 1960s": no one's words repeated
        return found.start("content")
    if family == "mention":
        found = _OBJECT.match(masked, at, end)
        if (
            found is None
            or FINITE_WORD.match(masked, found.start("content"), end)
            or _RELATIVE.match(masked, found.start("content"), end)
        ):
            return None  # "the website it mentions who then downloads ...": a relative clause
        return found.start("content")
    if family in ("proposal", "promise"):
        if (_TO_LATER if family == "promise" else _TO_NOW).match(masked, at, end):
            # "promised Sunday at a rally to end ...", "proposed to draft Mr. Clinton as an
            # economic adviser"; not "guidelines he proposed in September to reduce sentences",
            # where what he proposed came before
            return _skip_space(masked, at)
        found = _OBJECT.match(masked, at, end)
        if found is None or FINITE_WORD.match(masked, found.start("content"), end):
            return None
        if _DELEGATES.match(masked, found.start("content"), end):
            return None  # "The figures include pledged delegates": the delegates' kind
        return found.start("content")
    if family == "threat":
        found = _THREATENED_TO.match(masked, at, end)
        return None if found is None else found.start("content")
    if family == "reminder":
        found = _REMINDED_OF.match(masked, at, end)
        if found is None or _PRONOUN_TOPIC.match(masked, found.start("content")):
            return None  # "reminded him of it": what, the sentence before says
        return found.start("content")
    if family == "recollection":
        found = _RECALLED.match(masked, at, end)
        if found is None:
            return None
        first = masked[found.start("content") : end].split()[:5]
        if not words("recalled_back").isdisjoint(_head_word(w) for w in first):
            return None  # "recalled the striker to the squad", "recalled the vehicles"
        return found.start("content")
    if family == "admission":
        return _admitted(masked, at, end)
    if family == "denial":
        clause = _DENIED_CLAUSE.match(masked, at, end)
        if clause is not None:
            return clause.start("content")  # "has denied it happened", "denied he had known"
    if family in ("denial", "rejection", "challenge"):
        found = _OBJECT.match(masked, at, end)
        if found is None:
            return None
        first = masked[found.start("content") : end].split()[:4]
        if words(f"{family}_objects").isdisjoint(_head_word(w) for w in first) and not (
            family == "rejection" and _claim_then_clause(masked, found.start("content"), end)
        ):
            return None
        if family == "challenge" and not _NAMED_HOLDER.match(masked, found.start("content")):
            return None  # "has questioned their integrity": whose, the sentence may not say
        return found.start("content")
    return None


# what is admitted: a gerund, perhaps after "to" ("admitted killing his wife", "admitted to
# lying to investigators"), or a noun phrase ("acknowledged difficulties in keeping ...")
_ADMITTED = compile_on_use(r"\s+(?P<to>to\s+)?(?P<content>[\w$’'“\"])")
_GERUND = compile_on_use(
    r"(?!(?:nothing|something|anything|everything|during|morning|evening|thing|king|ring|"
    r"spring|building|meeting)\b)[a-z]{2,}ing\b"
)
# "without admitting wrongdoing", "neither admitted nor denied", "none of the 18 former
# directors will admit any wrongdoing": no admission at all; nor one yet to come ("will
# admit"), nor "is acknowledging" ("part of being an effective president is acknowledging
# mistakes": what a role asks, not what anyone admitted)
_NOT_ADMITTED = compile_on_use(
    r"(?:\b(?:without|neither)|\b(?:none|nobody|no\s+one)\b.*|\b(?:will|would|could|can|may|might|"
    r"should|must|is|are|was|were|be|been)\s+(?:[a-z]+ly\s+)?)\s*\S+$"
)


# a comma and the writer's reckoning of a consequence: ", meaning ...", ", making it ..."
_COMMA_CONSEQUENCE = compile_on_use(
    r",\s+(?:meaning|making|putting|leaving|giving|bringing|which\s+(?:means|meant|makes|made))\b"
)
_BUT = compile_on_use(r",?\s+but\s")
_COMMA_WITH = compile_on_use(r",\s+with\s")
_ON_A_DAY = compile_on_use(
    r"\s+(?:on|last|this)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?=[^\w]*$)"
)


def _admitted(masked: str, at: int, end: int) -> int | None:
    """Where what a speaker admits starts: a gerund, or a noun phrase whose head among its first
    four words is in admission_objects.txt; after "to" only those ("admitted to hospital" is
    no admission)."""
    if _NOT_ADMITTED.search(masked, max(0, at - 40), at):
        return None
    found = _ADMITTED.match(masked, at, end)
    if found is None:
        return None
    start = found.start("content")
    if _GERUND.match(masked, start, end):
        return start
    first = masked[start:end].split()[:4]
    if words("admission_objects").isdisjoint(_head_word(w) for w in first):
        return None
    return start


# a clause denied without "that", opened by a subject pronoun and its finite verb ("the Trump
# campaign has denied it happened", "Smith denied he had taken the money"); never "denied him
# entry" or "denied the motion filed by ...", whose words are no clause
_DENIED_CLAUSE = compile_on_use(
    r"\s+(?P<content>(?:he|she|they|it|we|I)\s+(?:[a-z]+ly\s+)?(?:had|has|have|was|were|is|are|"
    r"did|does|do|would|could|will|should|knew|knows|[a-z]{2,}ed)\b)"
)


# a claim noun among the first words, then its "that" clause: "rejected claims that the
# immigration debate encouraged bigotry", "has disputed claims that Hamas militants fired
# mortars"; claims and charges that a court dismisses take no such clause ("dismissed the
# claims", "dismissed charges that were brought in 2004": a relative clause, its verb next)
_CLAIM_THEN_THAT = compile_on_use(
    r"(?:[\w’'-]+\s+){0,2}?(?P<noun>[a-z]+)\s+that\s+(?!(?:[a-z]+ly\s+)?"
    + FINITE_WORD.pattern.removeprefix(r"\b")
    + ")"
)


def _claim_then_clause(masked: str, at: int, end: int) -> bool:
    """Whether a claim noun of claim_nouns.txt and its "that" clause open masked[at:end]."""
    found = _CLAIM_THEN_THAT.match(masked, at, end)
    return found is not None and found.group("noun") in words("claim_nouns")


def _head_word(word: str) -> str:
    """A word of an object as its lexicon lists it: lower case, no punctuation around it."""
    return word.strip(',.;:"“”').lower()


# "Asked whether ...,", "When asked about ...,", "Rubio was asked by Gerard Baker whether":
# the subject before a passive "asked" is who answers, never who asked; an adverb may follow
# it ("Asked specifically what should be done with illegal immigrants ..., the voters were")
_PUT_QUESTION = compile_on_use(
    r"(?P<cue>(?<![\w’'])[Aa]sked(?:\s+about)?)\b(?:\s+[a-z]{3,}ly\b(?!\s+(?:by|about)\b))?"
    # when: "Asked Tuesday about Sullivan", "when asked last month about the email inquiry"
    r"(?:\s+(?:(?:on|last|this|early|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"week|month|year|yesterday|today)\b(?=\s+(?:about|whether|if|why|how|what|who)\b))?"
    rf"(?:\s+(?:on|in|during|at)\s+[^,\x01]{{1,40}}?(?=\s+(?:{_WH}|about\b|by\b)))?"
    rf"(?:\s+by\s+(?P<by>[^,\x01]{{2,80}}?))?"
    rf"(?:\s*[,:]\s*(?P<quote>\x01)|\s+(?P<content>{_WH}|about\s+(?=\S)|to\s+[a-z]))"
)
# what may come before such an "asked": the sentence opening, a subordinator, a passive (with
# an adverb or two: "The Pakistani president was also asked whether he thought ...", "when he
# was first asked if he would support Trump")
_BEFORE_PUT_QUESTION = compile_on_use(
    r"(?:^|\b(?:[Ww]hen|[Aa]fter|[Ii]f|[Oo]nce|[Bb]efore|[Ww]hile|was|were|is|are|been|being"
    r"|be)\s+(?:(?:[a-z]+ly|also|first|again|still|once|later|earlier|then|now|since|already|"
    r"often)\s+){0,2})$"
)
_SET_OFF = compile_on_use(r",\s*(?:(?:when|after|once|if|while)\s+)?$")
_NOT_YET_ASKED = compile_on_use(r"\b(?:will|would|could|may|might|should|must|to)\s+be\s+$")
_OPENING = compile_on_use(r"\s*(?:(?:And|But|So|Then|Later|Also)\s*,?\s+)?$")


def unattributed_questions(masked: str, s_start: int, s_end: int) -> list[Act]:
    """Questions put to someone: who asked is named after "by", or nobody."""
    if "sked" not in masked[s_start:s_end]:
        return []  # the cheap test first
    found: list[Act] = []
    for m in _PUT_QUESTION.finditer(masked, s_start, s_end):
        before = masked[max(s_start, m.start() - 30) : m.start()]
        opening = bool(_OPENING.fullmatch(masked, s_start, m.start()))
        # "Ted Cruz, when asked ...,", "McCain said, asked about ...": the answerer came first
        set_off = bool(_SET_OFF.search(before))
        if not (
            opening
            or _BEFORE_PUT_QUESTION.search(before.rstrip() + " ")
            # set off by a comma after its answerer: "McCain said, asked about the vagueness
            # in an interview", "Ted Cruz, asked what ..., responded"; a question, never a call
            or before.rstrip().endswith(",")
            and m.group("content") is not None
            and not m.group("content").startswith("to")
        ):
            continue
        if m.group("quote"):
            start = end = m.start("quote")
            while end < s_end and masked[end] == MASK:
                end += 1
            rule = "question"
        else:
            start = m.start("content")
            opens = m.group("content")
            rule = "call" if opens.startswith("to") else "question"
            if rule == "call" and _NOT_YET_ASKED.search(before):
                continue  # "voters would be asked to go to the polls": nobody has asked yet
            if opens.startswith("about") or m.group("cue").endswith("about"):
                start = m.end("content")  # "asked about her own vote": the topic
                if _PRONOUN_TOPIC.match(masked, start):
                    continue  # "asked about it": the question is elsewhere
            end = _phrase_end(masked, start, s_end, answerer_before=set_off)
        if end - start < 3:
            continue
        mention = None
        if m.group("by"):
            mention = subject_after(masked, m.start("by"), m.end("by"))
            if mention is None:
                continue  # a "by" we cannot read: better no claim than a wrong asker
        found.append(Act(start, end, rule, (m.start("cue"), m.end("cue")), mention))
    return found


# an accusation told in the passive with its accuser after "by": "has been accused by the
# Turkish government of attempting a coup", "he was accused by a female Breitbart reporter, who
# worked for Mr. Bannon, of grabbing her", "and accused by the news media of beating his wife";
# the accuser may hold an aside set off by commas, never a quotation or a clause's end
_ACCUSED_BY = compile_on_use(
    r"(?P<cue>(?<![\w’'-])accused)\s+by\s+(?P<by>[^\x01;:]{2,100}?),?\s+of\s+"
    r"(?P<content>(?!(?:it|them|this|that)\b)[\w$’'\x01“\"])"
)


_DASH = compile_on_use(r"\s[-–—]\s")


# an accusation in the passive with nobody named making it: "Dylann Roof is accused of killing
# nine people", "Lynden Pindling, ... who was accused of ties to drug traffickers"; never one
# denied or not yet made ("has never been accused of", "could be accused of", "if he is
# accused of"). A participle after its noun ("a contractor accused of spying") is left out: its
# phrase runs on into the sentence's own verb ("a man accused of stealing ... fatally shot
# eight people"), which no pattern here tells apart
_ACCUSED_BY_NOBODY = compile_on_use(
    r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?"
    r"(?P<cue>accused)\s+of\s+(?P<content>(?!(?:it|them|this|that)\b)[\w$’'\x01“\"])"
)
_NO_ACCUSATION_BEFORE = compile_on_use(
    r"(?:\b(?i:not|never|if|unless|whether)|n[’']t)\s+(?:[a-z]+\s+){0,2}$"
)


def accusations_by(masked: str, s_start: int, s_end: int) -> list[Act]:
    """Accusations in the passive: whose accuser is named after "by" is theirs; with nobody
    named it has no speaker, like a question put by nobody named. An accuser that reads as no
    noun phrase leaves the accusation out."""
    if "accused" not in masked[s_start:s_end]:
        return []  # the cheap test first
    found: list[Act] = []
    for m in _ACCUSED_BY.finditer(masked, s_start, s_end):
        by_end = m.end("by")
        aside = masked.find(",", m.start("by"), by_end)
        mention = subject_after(masked, m.start("by"), aside if aside >= 0 else by_end)
        if mention is None:
            continue  # "accused by default of ...": better no claim than a wrong accuser
        act = _accusation(masked, m, s_end, mention)
        if act is not None:
            found.append(act)
    for m in _ACCUSED_BY_NOBODY.finditer(masked, s_start, s_end):
        before = max(s_start, m.start() - 30)
        if _NO_ACCUSATION_BEFORE.search(masked, before, m.start()) or _RESTRICTIVE.search(
            masked, before, m.start()
        ):
            continue
        act = _accusation(masked, m, s_end, None)
        if act is not None and len(masked[act.start : act.end].split()) > 1:
            # one word may be a deed whose object came before ("the actress he has been
            # accused of killing"): what the accusation is, the words alone do not say
            found.append(act)
    return found


# a restrictive relative: its sentence's own verb follows the accusation with nothing to mark
# where it ends ("a driver who had been accused of stealing from a beer distributorship
# fatally shot eight people"); after a comma the relative closes with its sentence or a comma
_RESTRICTIVE = compile_on_use(r"(?<!,)\s(?:who|which|that)\s+(?:(?:has|have|had)\s+)?$")


def _accusation(
    masked: str, m: re.Match[str], s_end: int, mention: tuple[int, int] | None
) -> Act | None:
    """The accusation whose deed opens at the match's content, to the end of its phrase."""
    start = m.start("content")
    end = _before_own_participle(masked, start, _before_next_speaker(masked, start, s_end))
    # "another board member accused by Anil of creating a rift - be thrown out": the dash
    # closes the aside the accusation was
    contrast = _CONTRAST.search(masked, start, end) or _DASH.search(masked, start, end)
    end = contrast.start() if contrast else end
    if end - start < 3:
        return None
    return Act(start, end, "accusation", (m.start("cue"), m.end("cue")), mention)


# after the question, the answer's clause: a subject, then a verb before the next comma
_ANSWER = compile_on_use(
    r",\s+(?=(?:[A-Z\d]|(?:the|a|an|he|she|they|it|most|many|some|only|about|nearly)\b))"
    r"(?!(?:Who|Which|Whose)\b)[^,\x01]*"
)


def _phrase_end(masked: str, start: int, s_end: int, answerer_before: bool = False) -> int:
    """A question put at the opening of a sentence ends at the comma before the answer:
    "Asked if he was ever bullied, the Republican presidential candidate replied"; also one
    before an answerer and an apposition ("Asked if there had been any fraud, Michael Briggs,
    Sanders's spokesman, suggested"), or after a quotation ("Asked why ... on "CBS This
    Morning," Sanders said"). When the answerer came before the question (`answerer_before`:
    "Ted Cruz, when asked what ..., responded") a verb after the comma goes on with them. One
    put after the answer runs to the end of the sentence, or to a colon that opens the answer
    ("when asked last month about the email inquiry: "That matter is being handled ..."")."""
    colon = masked.find(":", start, s_end)
    s_end = colon if colon >= 0 else s_end
    answered = _ANSWERED_IN.search(masked, start, s_end)
    if answered is not None and find_cues(masked, answered.end(), min(s_end, answered.end() + 40)):
        # "was asked about their case during an interview ..., in which he said ...": the
        # answer, in a relative clause of its own
        return answered.start()
    for answer in _ANSWER.finditer(masked, start, s_end):
        if _holds_verb(masked, answer.start() + 1, answer.end()):
            return answer.start()
        after = _APPOSITION_THEN_VERB.match(masked, answer.end(), s_end)
        if (
            after is not None
            and _NAME.fullmatch(masked, answer.start() + 1, answer.end())
            and not _holds_verb(masked, *after.span("apposition"))
            and _verb_at(masked, after.start("verb"), s_end)
        ):
            return answer.start()
    if colon >= 0:
        return _before_answer_frame(masked, start, colon)
    for closed in _QUOTE_THEN_ANSWER.finditer(masked, start, s_end):
        if _holds_verb(masked, closed.end(), min(s_end, closed.end() + 40)):
            return closed.start()
    if answerer_before:
        for verb in _COMMA_THEN_VERB.finditer(masked, start, s_end):
            if _verb_at(masked, verb.start("verb"), s_end):
                return verb.start()
    return s_end


def _before_answer_frame(masked: str, start: int, colon: int) -> int:
    """A question before a colon ends before the answer's frame that leads to it: "Asked
    whether he thought the BBC should have screened the musical he said: "..."", "when asked
    whether he would do the same again replied: "...""."""
    cues = find_cues(masked, start, colon)
    # perhaps whom the answer was given to: "he told the BBC: "...""
    if not cues or not _FEW_WORDS.fullmatch(masked, cues[-1].end(), colon):
        return colon
    subject = subject_before(masked, start, cues[-1].start())
    return subject[0] if subject is not None and subject[0] > start else cues[-1].start()


def _holds_verb(masked: str, start: int, end: int) -> bool:
    """Whether masked[start:end] holds a verb (an answer's clause, an apposition that is none)."""
    return has_finite(masked, start, end) or bool(find_cues(masked, start, end))


def _verb_at(masked: str, at: int, end: int) -> bool:
    """Whether a finite verb or a cue opens masked[at:end] ("suggested that", "had said")."""
    return bool(FINITE_WORD.match(masked, at, end)) or any(
        cue.start() == at for cue in find_cues(masked, at, min(end, at + 40))
    )


_ANSWERED_IN = compile_on_use(r",\s+(?:in|during|at|to)\s+which\s+")
# after an answerer's name, an apposition without a verb, then the verb: ", Sanders's
# spokesman, suggested"
_APPOSITION_THEN_VERB = compile_on_use(r",\s+(?P<apposition>[^,\x01]{2,60}?),\s+(?P<verb>[a-z]+\b)")
# whom an answer is given to, between its cue and a colon: " the BBC", " reporters"
_FEW_WORDS = compile_on_use(r"(?:\s+(?!(?:is|are|was|were|has|have|had|that)\b)[\w.’'-]+){0,4}\s*")
# an answerer named before an apposition: " Michael Briggs"
_NAME = compile_on_use(r"\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*")
# a quotation that ends the question, then the answerer: "... on "CBS This Morning," Sanders"
_QUOTE_THEN_ANSWER = compile_on_use(rf"(?<={MASK})\s+(?=[A-Z\d])")
# the answerer's verb right after the question: ", responded that", ", said"
_COMMA_THEN_VERB = compile_on_use(r",\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")  # "..., had said"
