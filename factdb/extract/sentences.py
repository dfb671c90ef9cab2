"""Paragraph and sentence segmentation that keeps offsets into the original text.

Attribution patterns live inside sentences, so a wrong split ("Sen." ending a sentence, "U.N."
cut in two) loses the speaker or glues two claims. Boundaries that fall inside a protected span
(a quotation) are skipped so that a multi-sentence quote stays with its reporting clause.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from operator import itemgetter

from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import entries, reporting_verb_forms, words

_PARAGRAPH = compile_on_use(r"[^\n]+")
# A sentence may end at . ! ? (or …), optionally followed by closing quotes/brackets,
# then whitespace, then something that can open a sentence (a quotation may open with an
# editor's bracket: '"[The] team removed the bomb"', '"(Orozco) arranged to have witnesses
# killed"'). "[.!?…][.!?…]*", not "[.!?…]+": a pattern opening on a character set lets `re`
# skip to candidates, twice as fast. A stop with no space after it ends a sentence too when a
# lower-case word ends before it and a capitalised word starts after it ("... Trump
# said.Trump claimed that ...": a scraper lost the space); "Mic.com", "Halo.Bungie.Org" do not.
_BOUNDARY = compile_on_use(
    r"(?P<end>[.!?…][.!?…]*[\"'”’»)\]]*)"
    r"(?:(?P<gap>\s+)(?=[(\[]?(?:''|[\"'“‘«(\[])?[\[(]?[A-Z0-9À-Ý])"
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]{2}[\w'’-]*(?![\w'’-]*\.\w)))"
)
_INITIALS = compile_on_use(r"^(?:[A-Z]\.)+[A-Z]?$")
_SINGLE_INITIAL = compile_on_use(r"^[A-Z]$")
_NEXT_WORD = compile_on_use(r"[(\[]?(?:''|[\"'“‘«(\[])?([A-Za-z]+)")

# Abbreviations that are never the end of a sentence when followed by a capitalised word.
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
        "capt", "cmdr", "adm", "maj", "brig", "rev", "fr", "st", "mt", "ft", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vs", "v", "amb", "supt", "det", "pres", "gens", "reps", "sens",
        "messrs", "mmes", "hon", "approx", "dept", "est", "fig", "inc", "corp", "ltd", "co",
        "e.g", "i.e", "al", "ave", "blvd", "rd",
    }
)  # fmt: skip


# AP state abbreviations, capitalised ("ORLANDO, Fla. (Reuters) - ..."); left out: those that
# are also words at a sentence's end ("Ill.", "Miss.", "Mass.", "Wash.", "Ore.", "Ark.")
_STATES = frozenset(
    {
        "Ala", "Ariz", "Calif", "Colo", "Conn", "Fla", "Ga", "Kan", "Kans", "Ky", "La", "Md",
        "Mich", "Minn", "Mo", "Mont", "Neb", "Nev", "Okla", "Pa", "Tenn", "Tex", "Va", "Vt",
        "Wis", "Wyo",
    }
)  # fmt: skip


@cache
def _sentence_openers() -> frozenset[str]:
    """Words that start a new sentence after an ambiguous abbreviation like "U.S."."""
    return words("function_words") | frozenset(
        {"the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "their", "its"}
    )


@cache
def title_abbreviations() -> frozenset[str]:
    """Titles with dots from the lexicon, lower case without the final dot."""
    return frozenset(e.lower().rstrip(".") for e in entries("titles") if e.endswith("."))


# direction marks and embeddings, a byte-order mark: characters that show nothing
_INVISIBLE = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines, whitespace trimmed; a line is a paragraph in news text."""
    return trimmed_spans(text, (match.span() for match in _PARAGRAPH.finditer(text)))


def trimmed_spans(text: str, pieces: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each piece with the whitespace at its ends trimmed off, the empty ones left out: a
    paragraph as `paragraphs` gives it, also for a line the pipeline cuts in two. Marks that
    format a line and show nothing are trimmed off its start too ("\u202a”Sorry Sarah, ...”
    posted Sharon Powers Geyer." opens on its quotation mark)."""
    spans = []
    for start, end in pieces:
        while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _word_before(text: str, dot_at: int) -> str:
    """The word the period at `dot_at` ends, dot included: the run of word characters, dots,
    apostrophes and hyphens before it, at most 40 characters back. Read backwards from the
    period, not by a regex anchored at it (which tries each of the 40 starts in turn)."""
    start, floor = dot_at, max(0, dot_at - 40)
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in "_.’'-"):
        start -= 1  # isalnum() or "_" is what a regex \w matches
    return text[start : dot_at + 1]


# a quotation opening on a capital: "We ...", “We ...”, ''We ...''
_QUOTE_OPENS = compile_on_use(r"(?:''|[\"“])[A-Z]")
_DOMAIN = compile_on_use(r"\w\.(?:com|org|net|gov|edu|biz|info|co\.uk|org\.uk)$")
_DECIMAL = compile_on_use(r"[$£€¥]?\d[\d,]*\.\d+(?:%|bn|m|p|cm|km|kg)?")


def _is_false_boundary(text: str, dot_at: int, next_at: int) -> bool:
    """True when the period at `dot_at` ends an abbreviation rather than a sentence."""
    if text[dot_at] != ".":
        return False
    token = _word_before(text, dot_at).rstrip(".")
    bare = token.lstrip("(\"'“‘").lower()
    if _SINGLE_INITIAL.match(token):
        # "M. H. Lee", "John F. Kennedy"; but a letter before a word that opens sentences ends
        # one: "... in World War I. But the BBC said ...", "... margins at M&S. "Either way"
        return not _opener_follows(text, next_at)
    if bare in _NAME_ENDINGS:
        # "on Snyder Ave. near Nostrand Ave. But the procession ...", "Apple Inc. The company
        # said": a street's or a company's abbreviation ends a sentence before its opener
        return not _opener_follows(text, next_at)
    if bare in ABBREVIATIONS or bare in title_abbreviations():
        if len(bare) > 1 and token.isupper():
            # "sources close to the negotiations tell the FT. But Rover told BBC News": in
            # capitals, an abbreviation's letters are an acronym's ("FT" is no "Ft." for Fort),
            # which may end a sentence when a word that opens one follows
            following = _NEXT_WORD.match(text, next_at)
            return not (following and following.group(1).lower() in _sentence_openers())
        return True
    if token.isdigit() and text[next_at : next_at + 1].isdigit():
        # "a 6. 1-magnitude quake", "around 9. 25 am": a decimal point a tokenizer spaced out
        # (ECB+ wire copy); news spells out a number that opens a sentence
        return True
    if token.isalpha() and token not in _STATES:
        # the cheap test first, for the plain word ending most sentences: letters only (no
        # hyphen, digit or dot) and not one letter, so none of the tests below can hold
        return False
    if "-" in bare and bare.rsplit("-", 1)[1] in ABBREVIATIONS:
        return True  # "in the Aoraki-Mt. Cook National Park": a compound's abbreviation
    if _DECIMAL.fullmatch(bare):
        return False  # "until the euro reaches $1.30." Some analysts ...: a number ends it
    if _DOMAIN.search(bare):
        return False  # "editor in chief of Mic.com. "You have ...": a web address ends it
    if bare in ("a.m", "p.m"):
        # "around 4 p.m. One man was shot": a time ends a sentence unless its day, date or
        # zone goes on with it ("at 9:40 p.m. Friday", "10 a.m. Eastern")
        following = _NEXT_WORD.match(text, next_at)
        return following is not None and following.group(1).lower() in _AFTER_A_TIME
    if _INITIALS.match(token + ".") or "." in token or token in _STATES:
        # "U.S." / "U.N." / "Fla." end a sentence only when a typical sentence opener follows,
        # or, as a place or a party after a comma, a quotation ("...," Sanders said at a rally
        # in Binghamton, N.Y. "Secretary Clinton ...": the speaker's next sentence)
        if _QUOTE_OPENS.match(text, next_at) and text.endswith(
            ", ", 0, dot_at + 1 - len(_word_before(text, dot_at))
        ):
            return False
        following = _NEXT_WORD.match(text, next_at)
        return not (following and following.group(1).lower() in _sentence_openers())
    return False


# abbreviations that end a street's or a company's name, never a title before a name: a word
# that opens sentences after one starts the next sentence (a saint's "St." comes before a name)
_NAME_ENDINGS = frozenset({"st", "ave", "blvd", "rd", "inc", "corp", "ltd", "co", "jr", "sr"})


def _opener_follows(text: str, next_at: int) -> bool:
    """Whether the word at `next_at` is one that opens sentences ("But", "The", "He"), not a
    single letter ("J. A. Smith") nor "Just" ("St. Just", a place)."""
    following = _NEXT_WORD.match(text, next_at)
    if following is None or len(following.group(1)) < 2:
        return False
    word = following.group(1).lower()
    return word != "just" and word in _sentence_openers()


# what goes on with a time of day after "a.m."/"p.m.": its day, month or zone
_AFTER_A_TIME = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "et", "est", "edt", "pt", "pst",
        "pdt", "ct", "cst", "cdt", "mt", "mst", "gmt", "bst", "utc", "eastern", "pacific",
        "central", "mountain", "local",
    }
)  # fmt: skip


_ASKED = compile_on_use(r"[?!]+[\"'”’]+$")
_SPEAKER_WORDS = compile_on_use(
    r"(?!(?:He|She|They|It|We|I|You|This|That|There)\b)"  # "He said nothing": a new sentence
    r"(?:[A-Z][\w.’'-]*\s+){1,4}?([a-z]+)\b"
)


# the same with an aside between the name and the verb: '"Perpetual motion!" Rep. Glenn
# Thompson, R-Pa., said', '"Why now?" Jane Doe, a local teacher, asked'; the frame must close
# there: a verb that introduces words of its own ('Ben Stephenson, controller of BBC Drama
# commissioning, said: "..."', '... said that the law was ...') opens a new sentence, and the
# quotation before it ends an earlier speaker's paragraph
_SPEAKER_ASIDE_WORDS = compile_on_use(
    r"(?!(?:He|She|They|It|We|I|You|This|That|There)\b)"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+[^,;:!?\"“”]{1,60}?,\s+([a-z]+)\b"
    r"(?!\s*:|\s+that\b|\s*[\"“'‘])"
)


_SPEAKER_ROLE_WORDS = compile_on_use(
    r"(?!(?:He|She|They|It|We|I|You|This|That|There|The|A|An)\b)"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}(?P<role>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?:[A-Z][\w.’'-]*\s+){1,3}(?P<verb>[a-z]+)\b"
)


def _speaker_then_cue(text: str, at: int, end: int) -> bool:
    """A question or exclamation quoted at a sentence's end is still the speaker's sentence
    when a short capitalised name (or "The boy"), perhaps an aside, and a reporting verb
    follow."""
    match = _SPEAKER_WORDS.match(text, at, min(end, at + 80))
    if match is not None and match.group(1) in reporting_verb_forms():
        return True
    aside = _SPEAKER_ASIDE_WORDS.match(text, at, min(end, at + 140))
    if aside is not None and aside.group(1) in reporting_verb_forms():
        return True
    # '"Would we have done it without him?" Colts interim coach Bruce Arians asked': a role
    # between the capitalised words, the name after it
    role = _SPEAKER_ROLE_WORDS.match(text, at, min(end, at + 100))
    return (
        role is not None
        and role.group("verb") in reporting_verb_forms()
        and role.group("role").split()[-1] in words("role_nouns")
    )


def _introduced(text: str, protected: list[tuple[int, int]], cut: int) -> bool:
    """Whether the quotation closing at `cut` was opened after a colon ('He continued: "How
    can ...?" Mr Blair said ...'): it has its speaker already, so the name after it opens the
    next sentence."""
    i = bisect_right(protected, cut - 1, key=itemgetter(0)) - 1
    if i < 0 or protected[i][1] < cut - 1:
        return False
    return text[max(0, protected[i][0] - 3) : protected[i][0] + 1].rstrip("\"'“‘ ").endswith(":")


def sentences(
    text: str, start: int, end: int, protected: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end]; boundaries inside `protected` spans are skipped.

    `protected` must be sorted by start and non-overlapping.
    """
    protected = protected or []
    spans: list[tuple[int, int]] = []
    current = start
    for match in _BOUNDARY.finditer(text, start, end):
        cut = match.end("end")
        nxt = match.end()  # after the gap, if any
        if _is_false_boundary(text, match.start("end"), nxt):
            continue
        if (
            _ASKED.match(match.group("end"))
            and _speaker_then_cue(text, nxt, end)
            and not _introduced(text, protected, cut)
        ):
            continue  # '"How big is that wall going to be?" Pence said': one sentence
        i = bisect_right(protected, cut - 1, key=itemgetter(0)) - 1
        if i >= 0 and cut < protected[i][1]:
            continue  # inside a quotation: "A. B," she said stays one unit
        if cut > current:
            spans.extend(_run_on(text, *_inside_brackets(text, current, cut, protected), protected))
        current = nxt
    if end > current:
        spans.extend(_run_on(text, *_inside_brackets(text, current, end, protected), protected))
    return spans


def _inside_brackets(
    text: str, start: int, end: int, protected: list[tuple[int, int]]
) -> tuple[int, int]:
    """The sentence without the brackets of an aside it is, opens or closes: '(“I don’t want
    to have fisticuffs,” said one party activist.)' is the sentence inside the parentheses,
    whose marks are the writer's; an aside of several sentences opens the first and closes
    the last. A bracket closing before the end stays: "(CNN) -- The president said ...", and
    so does one inside a quotation (one never closed runs to its paragraph's end)."""
    if text[start] not in _CLOSER and text[end - 1] not in _OPENER:
        return start, end  # the cheap test first: most sentences neither open nor close one
    if text[start] in _CLOSER and not _protects(protected, start):
        closes = _closing_bracket(text, start, end)
        if closes is None or closes == _last_visible(text, start, end):
            start += 1
            while start < end and text[start].isspace():
                start += 1
            if closes is not None:
                return start, closes
    closer = text[end - 1] if end > start else ""
    if (
        closer in _OPENER
        and not _protects(protected, end - 1)
        and text.count(closer, start, end) > text.count(_OPENER[closer], start, end)
    ):
        end -= 1
    return start, end


def _protects(protected: list[tuple[int, int]], at: int) -> bool:
    """Whether offset `at` is inside one of the (sorted) protected spans."""
    i = bisect_right(protected, at, key=itemgetter(0)) - 1
    return i >= 0 and at < protected[i][1]


def _closing_bracket(text: str, at: int, end: int) -> int | None:
    """Where the bracket opened at `at` closes before `end`, or None."""
    opener, closer, depth = text[at], _CLOSER[text[at]], 0
    for i in range(at, end):
        if text[i] == opener:
            depth += 1
        elif text[i] == closer:
            depth -= 1
            if depth == 0:
                return i
    return None


def _last_visible(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end - 1


_CLOSER = {"(": ")", "[": "]"}
_OPENER = {")": "(", "]": "["}


# Real news sentences stay far below this (longest in BBC and PolNeAR: 1,516 characters).
LONGEST_SENTENCE = 5000


def _run_on(
    text: str, start: int, end: int, protected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A sentence, or a run-on one (text without sentence punctuation) cut at spaces into pieces
    of about LONGEST_SENTENCE characters, never inside a quotation.

    Attribution work grows with the square of a sentence's length, so an article with no full
    stops (hostile or broken input) would take hours; cut, it costs what normal prose costs.
    """
    pieces: list[tuple[int, int]] = []
    while end - start > LONGEST_SENTENCE:
        cut = text.rfind(" ", start + 1, start + LONGEST_SENTENCE)
        if cut < 0:
            cut = start + LONGEST_SENTENCE
        i = bisect_right(protected, cut - 1, key=itemgetter(0)) - 1
        if i >= 0 and cut < protected[i][1]:  # inside a quotation: cut before or after it
            cut = protected[i][0] if protected[i][0] > start else protected[i][1]
        if cut >= end:
            break
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces
