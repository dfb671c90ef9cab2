"""What an article says about itself, and which of its lines are page furniture.

Scraped and pasted articles carry a site name in the title, a byline with an e-mail address,
photo captions printed twice and a comment form at the end. None of that is a claim, and a
caption read as a quote is exactly the wrong attribution we must not make, so the engine skips
the spans returned here. Everything is read from the text as given (offsets index it); nothing
is invented: a field the text does not state is left `None`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import islice

from factdb.dates import MONTH, full_dates, make_date, month_day, parse_date
from factdb.extract.lazy_regex import compile_on_use
from factdb.extract.lexicon import reporting_verb_forms, words
from factdb.extract.types import ArticleMeta

Span = tuple[int, int]

# How far into the article the title, dateline and a "Published:" line may sit.
_HEAD_LINES = 10
# Boilerplate and byline lines are short; a long paragraph that happens to start with
# "Share this" or contain an address is article text.
_MAX_FURNITURE_CHARS = 400
_MAX_BYLINE_CHARS = 160
# Repeats shorter than this ("Reuters", "***") are too common in real prose to drop.
_MIN_REPEAT_WORDS = 4
_MIN_LINES_BEFORE_COMMENTS = 2
_MAX_TAIL_CHARS = 40

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_NAME_TOKEN = rf"(?:[{_UPPER}][{_UPPER}{_LOWER}'’\-]+|[{_UPPER}]\.(?:\s?[{_UPPER}]\.)*)"
_PARTICLE = r"(?:(?:de|da|di|van|von|der|den|del|della|bin|al|le|la|du|dos)\s+)"
_NAME = rf"{_NAME_TOKEN}(?:\s+{_PARTICLE}?{_NAME_TOKEN}){{1,4}}"
# "A, B and C" is a list of authors; "A, Associated Press" is an author and an affiliation.
_NAMES = rf"{_NAME}(?:(?:\s*,\s*{_NAME})*\s*,?\s*(?:\band\b|&)\s*{_NAME})?"
_EMAIL = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
_AFFILIATION = rf"[{_UPPER}][\w.&'’\-]*(?:\s+(?:[{_UPPER}][\w.&'’\-]*|and|of|the|for))*"

_BY_LINE = compile_on_use(
    rf"^(?:By|BY|by):?\s+(?P<names>{_NAMES})(?:\s*[,|/–—\-]\s*{_AFFILIATION})?\s*$"
)
_EMAIL_LINE = compile_on_use(
    rf"^(?:(?:By|BY):?\s+)?(?P<name>{_NAME})?\s*[,|/–—\-]?\s*[(\[<]?\s*(?:e-?mail:?\s*)?"
    rf"{_EMAIL}\s*[)\]>]?\s*$",
    re.IGNORECASE,
)
_HAS_EMAIL = compile_on_use(_EMAIL)
_REPORTING_BY = compile_on_use(
    rf"^\(?\s*(?:Reporting|Reported|Written|Writing|Text)\s+by\s+(?P<names>{_NAMES})"
)
_CREDITS_LINE = compile_on_use(
    r"^\(?\s*(?:Additional reporting|Editing|Edited|Compiled|Writing|Reporting|Reported"
    r"|Written|Text)\s+by\b"
)
# Markdown emphasis around a byline or dateline: "**By Jane Doe**".
_EMPHASIS = "*_ \t\xa0"
_HEADING = compile_on_use(r"^#{1,6}\s+")
_SITE_SUFFIX = compile_on_use(r"\s+(?P<sep>\||::|·|–|—|-)\s+(?P<site>[^|–—]{1,60})$")
_DOMAIN = compile_on_use(r"\w\.\w")
_SENTENCE_MARKS = compile_on_use(r"[!?,;:\"“”‘’«»]|\.$")

_PLACE = rf"[{_UPPER}][{_UPPER}{_LOWER}'’.\-]*(?:\s+[{_UPPER}][{_UPPER}{_LOWER}'’.\-]*){{0,3}}"
_DATELINE = compile_on_use(
    rf"^(?P<place>{_PLACE})"
    rf"(?:,\s+(?P<region>[{_UPPER}][A-Za-z.]{{1,14}}(?:\s+[{_UPPER}][A-Za-z.]+)?))??"
    rf"(?:,?\s+(?P<date>{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?))?"
    r"(?:\s*\((?P<outlet>[^()\n]{1,40})\))?"
    r"(?:\s+(?P<hyphen>--?)\s+|\s*(?P<dash>[–—―:])\s*)(?=\S)"
)
_PUBLISHED_LINE = compile_on_use(
    r"^(?:Published|Posted|Date|First published)\b:?\s*(?P<rest>.+)$", re.I
)
_YEAR = compile_on_use(r",?\s+(\d{4})$")

# A time stamp a page prints between the headline and the story, which a scraper ran into one
# line: "... checks into rehab May 2, 2013 | 5:03pm The "Mean Girls" star ...", "... stint,
# lawyer says 05/02/2013 Lindsay Lohan has ...", "... dies at 91 June 6th, 2013 7:38pm EDT
# Championship swimmer ...", "Updated: May 24, 2005, 3:23 PM ET", "7:15 a. m. Dec. 7, 2009".
# A date needs its year (a bare "May 2" is too often the story's own), a time its hour and
# minutes; labels, weekdays and zones ("AKDT", "GMT+02:00", or the country: "8:05am UK, Monday 16
# September 2013") may come around them.
_STAMP_LABEL = (
    r"(?:(?:Last\s+|First\s+|Originally\s+)?(?:Updated|Published|Posted)(?:\s+on)?|Date)"
    r"(?:\s*:\s*|\s+at\s+|\s+)"
)
_STAMP_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)"
_STAMP_DATE = (
    rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})"
)
_STAMP_TIME = (
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?"
    r"(?:\s+\(?(?-i:[A-Z]{1,4}T|UTC|UK)\b(?![-'’])(?:[+-]\d{2}:?\d{2}\)?)?)?)"
)
_STAMP_PART = (
    rf"(?:{_STAMP_LABEL})?{_STAMP_WEEKDAY}?"
    rf"(?:{_STAMP_DATE}(?:\s*(?:,|\||@|at)?\s*{_STAMP_TIME})?"
    rf"|{_STAMP_TIME}(?:\s*(?:,|\||@|at)?\s*{_STAMP_DATE})?)"
)
_STAMP = compile_on_use(
    rf"(?<![\w,])(?:{_STAMP_PART})(?:\s*[|,]?\s*{_STAMP_PART})*(?=\s+[\"“'‘(]?[{_UPPER}0-9])",
    re.IGNORECASE,
)
# how far into a run-on first line a stamp may sit: a headline's length and a little more
_STAMP_WITHIN = 300
# words a sentence's own date follows ("On May 3, 2013 President Obama ...", "since June 6,
# 2013"): no headline ends with one
_BEFORE_OWN_DATE = frozenset(
    {
        "on", "since", "by", "until", "till", "from", "to", "in", "of", "before", "after", "at",
        "during", "between", "and", "or", "than", "as", "the", "that", "for",
    }
)  # fmt: skip

# Typographic quote marks and their straight forms; str.replace per mark is several times
# faster than str.translate on long texts.
_QUOTES = (
    ("‘", "'"),
    ("’", "'"),
    ("‚", "'"),
    ("‛", "'"),
    ("′", "'"),
    ("“", '"'),
    ("”", '"'),
    ("„", '"'),
    ("‟", '"'),
)


@dataclass(frozen=True, slots=True)
class _Line:
    """One non-blank line with surrounding whitespace trimmed; `text == doc[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Patterns:
    line_start: re.Pattern[str]
    tail: frozenset[str]
    credit: re.Pattern[str]
    line_end: re.Pattern[str]
    not_names: frozenset[str]
    not_places: frozenset[str]


def read_metadata(text: str) -> tuple[ArticleMeta, list[Span]]:
    """Title, outlet, dateline, byline and publication date, plus the spans to skip.

    Spans are `(start, end)` offsets into `text`, sorted and non-overlapping; each covers whole
    lines (a site-name suffix covers the end of the title line).
    """
    lines = _split_lines(text)
    meta = ArticleMeta()
    if not lines:
        return meta, []
    spans: list[Span] = []
    title_index = _read_title(text, lines, meta, spans)
    _read_dateline(text, lines, meta, title_index)
    _read_furniture(lines, meta, spans, title_index)
    if title_index == 0:
        _read_stamp(text, lines[0], meta, spans)
        if meta.title is None:
            _read_run_in_headline(text, lines[0], meta, spans)
        if meta.title is None:
            _read_sentence_case_headline(text, lines[0], meta, spans)
    if meta.published is None:
        meta.published = _published_line(lines)
    return meta, _merge(spans)


def _split_lines(text: str) -> list[_Line]:
    lines = []
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + len(raw) - len(raw.lstrip())
            lines.append(_Line(start, start + len(stripped), stripped))
        position += len(raw) + 1
    return lines


def _read_title(text: str, lines: list[_Line], meta: ArticleMeta, spans: list[Span]) -> int:
    """Fill `meta.title` from a headline first line; returns the index of the next line.

    A first line is a headline when it is a Markdown heading, carries a "| Site" suffix, or is
    short and stands alone above a blank line (or is repeated right below).
    """
    first = lines[0]
    body, offset = first.text, first.start
    heading = _HEADING.match(body)
    if heading is not None:
        body, offset = body[heading.end() :], offset + heading.end()
    if _dateline_match(body) is not None:
        return 0
    title, suffix = body, None
    suffix_match = _SITE_SUFFIX.search(body)
    if suffix_match is not None and _is_site_name(suffix_match["sep"], suffix_match["site"]):
        title = body[: suffix_match.start()].strip()
        suffix = (offset + suffix_match.start(), first.end)
    if len(title.split()) < 2 and heading is None:
        return 0
    stands_alone = len(lines) == 1 or text.count("\n", first.end, lines[1].start) >= 2
    repeated = len(lines) > 1 and _key(lines[1].text) in {_key(title), _key(first.text)}
    headline_like = len(title) <= 200 and len(title.split()) <= 30
    long_sentence = title.endswith(".") and len(title.split()) > 20
    if not (
        heading is not None
        or (suffix is not None and suffix_match and suffix_match["sep"] == "|")
        or (headline_like and not long_sentence and (stands_alone or repeated or _leads_in(lines)))
    ):
        return 0
    meta.title = title
    if suffix is not None:
        spans.append(suffix)
    return 1


def _read_stamp(text: str, first: _Line, meta: ArticleMeta, spans: list[Span]) -> None:
    """A time stamp inside the first line, between a headline and the story run into it.

    Its span, with the headline before it, is furniture that does not cover the whole line:
    the engine cuts the line there, so the story's first sentence starts after the stamp
    ("Hit and run outside Bloomington Sam's Club leaves woman dead A woman died ..." has no
    stamp and stays as it is). Text too long for a headline stays to be read. The headline
    before it must hold no sentence's end and not end on a word that a sentence's own date
    follows ("On May 3, 2013 President Obama said").
    """
    for match in _STAMP.finditer(text, first.start, min(first.end, first.start + _STAMP_WITHIN)):
        before = text[first.start : match.start()].split()
        if before and (
            before[-1].lower() in _BEFORE_OWN_DATE
            or any(w.endswith((".", "?", "!")) and len(w) > 3 for w in before[:-1])
        ):
            continue
        headline = text[first.start : match.start()].strip()
        if headline and len(headline) <= 200 and len(headline.split()) <= 30:
            # the headline goes with the stamp: a page's title, not the story's sentence, and
            # read as one its "Topic:" labels are taken for speakers ("Kraft Shooting:
            # Yvonne Hiller Charged With Two Counts Of Murder", "New Zealand: British
            # Climber Killed In Fall")
            meta.title = meta.title or headline
            spans.append((first.start, match.end()))
        else:
            spans.append(match.span())
        if meta.published is None:
            meta.published = parse_date(match.group())
        return


# a word of a run-on first line, with where it starts: "Microsoft:", "Versions", "(NSDQ:"
_WORD = compile_on_use(r"\S+")
# how many words a headline run into its story may hold
_RUN_IN_WORDS = (3, 25)
# what a story's first name is followed by when it opens a sentence: a lower-case word ("said",
# "today") or an aside in brackets ("Microsoft (NSDQ: MSFT) issued")
_OPENS_SENTENCE = compile_on_use(r"[a-z]+|\(")
_ROMAN_NUMERAL = compile_on_use(r"[IVX]+")  # "Klitschko vs Thompson II Results"
# initials that are part of a name or a phrase, not a body the story opens on: places ("US
# officials said") and clubs' endings ("Brighton and Hove Albion FC")
_NAME_PART_INITIALS = frozenset({"US", "USA", "UK", "UAE", "NYC", "DC", "LA", "FC", "AFC", "RFC"})
_ARTICLES = frozenset({"A", "An", "The"})
# what follows a body's name that is a story's subject, not a noun's modifier or a headline's
# object ("ESPN is reporting", not "US TV show", "Puts Intel on the Defensive"): an auxiliary, a
# time or a reporting verb
_SUBJECT_GOES_ON = frozenset(
    {
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can",
        "may", "might", "did", "does", "today", "yesterday", "tonight", "also", "just", "now",
    }
)  # fmt: skip


def _read_run_in_headline(text: str, first: _Line, meta: ArticleMeta, spans: list[Span]) -> None:
    """A headline a scraper ran into the story's first sentence with no stamp between them.

    The story opens on the name its headline opened on ("HP acquires EYP Mission Critical
    Facilities HP today announced ...", "Microsoft: IE Zero Day Flaw Affects All Versions
    Microsoft said today ..."), or on a company or outlet known by one word after a headline
    in title case ("Prediction: Red Sox Will Nab Teixeira ESPN is reporting ..."). Read as
    one, the headline's last words join the story's subject ("All Versions Microsoft" said),
    a speaker no one is; cut, the story's sentence opens on its subject. The headline must
    hold no sentence's end and end on a capitalised word, as a headline's noun does.
    """
    start = first.start
    for f_start, f_end in spans:
        if f_start <= start < f_end:
            start = f_end  # after a stamp opening the line: "Thursday, December 11, 2008"
    limit = min(first.end, start + _STAMP_WITHIN)
    # plain words first (str.split is cheap, and most first lines hold no headline); offsets
    # are read only for a headline found
    tokens = text[start:limit].split(maxsplit=_RUN_IN_WORDS[1] + 2)
    if not tokens:
        return
    # a headline not in title case must open on the body the story opens on: a lower-case
    # word ends the search in any other (most articles' first sentence, at its second word)
    sentence_case = _one_word_body(tokens[0].rstrip(":").removesuffix("'s").removesuffix("’s"))
    for i, word in enumerate(tokens[: _RUN_IN_WORDS[1] + 1]):
        if not sentence_case and len(word) > 3 and word[0].islower():
            return
        if i and i + 1 < len(tokens) and _one_word_body(word):
            after = _OPENS_SENTENCE.match(tokens[i + 1])
            if after is not None and _opens_the_story(word, tokens[:i], after.group()):
                _cut_headline(text, start, limit, i, first.start, meta, spans)
                return
        if word.endswith((".", "?", "!")) and len(word) > 3:
            return  # a sentence ended: no headline runs on past it


# what a story's first sentence opens on after a headline in sentence case: an article or a
# count ("... over boy's death A GREEK police officer has been charged", "... jewelry heist Four
# men rammed their car ...")
_STORY_OPENERS = frozenset(
    {"A", "An", "The", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"}
)


def _read_sentence_case_headline(
    text: str, first: _Line, meta: ArticleMeta, spans: list[Span]
) -> None:
    """A headline in sentence case a scraper ran into the story's first sentence: "Greek police
    charged over boy's death A GREEK police officer has been formally charged ...", "Hit and run
    outside Bloomington Sam's Club leaves woman dead A woman died Wednesday night ...". Read as
    one sentence, a claim in the story takes the headline in. In running prose a capitalised
    article or count never follows a plain lower-case word with no stop between them (a verb or
    a preposition may go before a title: "told The Associated Press", "starred in The Office"),
    so there the story starts, when the headline before it holds three words or more, no
    sentence's end, and the story goes on in lower case."""
    start = first.start
    for f_start, f_end in spans:
        if f_start <= start < f_end:
            start = f_end
    tokens = list(islice(_WORD.finditer(text, start, min(first.end, start + _STAMP_WITHIN)), 28))
    for i in range(_RUN_IN_WORDS[0], min(len(tokens) - 2, _RUN_IN_WORDS[1] + 1)):
        before = tokens[i - 1].group()
        if before.endswith((".", "?", "!", ":")):
            return  # a sentence ended (or a colon led one in): no headline runs on past it
        if tokens[i].group() not in _STORY_OPENERS or not _plain_word(before):
            continue
        if any(_reports_or_is_finite(t.group()) for t in tokens[:i]):
            return  # "50 Cent has said he has thrown protege The Game out": a sentence, no headline
        if not any(t.group()[:1].islower() for t in tokens[i + 1 : i + 4]):
            continue  # "... leaves woman dead The Hague ...": no sentence goes on
        meta.title = text[tokens[0].start() : tokens[i - 1].end()]
        spans.append((first.start, tokens[i].start()))
        return


# the finite auxiliaries a story's sentence has and a headline drops ("Quake shakes southern
# Iran", not "Quake has shaken")
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})


def _reports_or_is_finite(word: str) -> bool:
    """Whether a word is a verb of speech or a finite auxiliary, which a headline run into its
    story is read without: the words before it are the story's own sentence."""
    bare = word.strip(",;:'\"‘’“”").lower()
    return bare in _AUXILIARIES or bare in reporting_verb_forms()


def _plain_word(word: str) -> bool:
    """A lower-case word a headline may end on ("death", "buildings", "media"): no function
    word, preposition, possessive ("his side's Six Nations loss") or verb of speech, after which
    a title in capitals may stand."""
    bare = word
    return (
        len(bare) >= 3
        and bare.isalpha()
        and bare.islower()
        and bare not in words("function_words")
        and bare not in words("stopwords")
        and bare not in reporting_verb_forms()
        and not bare.endswith("ing")
    )


def _cut_headline(
    text: str,
    start: int,
    limit: int,
    story: int,
    line_start: int,
    meta: ArticleMeta,
    spans: list[Span],
) -> None:
    """The headline of `story` words from `start` as the title, and the line up to the story as
    furniture, when it holds at least three words and ends on a capitalised one."""
    words = [m.span() for m in islice(_WORD.finditer(text, start, limit), story + 1)]
    story_at = words[story][0]
    if text[slice(*words[story - 1])] in _ARTICLES:
        # "... Prison Van Near Houston A Microsoft spokesman said ...": the story opens on the
        # article before its subject
        story -= 1
        story_at = words[story][0]
    headline = words[:story]
    if len(headline) >= _RUN_IN_WORDS[0] and text[headline[-1][0]].isupper():
        meta.title = text[headline[0][0] : headline[-1][1]]
        spans.append((line_start, story_at))


def _opens_the_story(word: str, headline: list[str], after: str) -> bool:
    """Whether `word`, a company or outlet known by one word or by its initials
    (`_one_word_body`), is the story's subject after the `headline` words: a headline in title
    case or one that opened on the same name ("HP acquires EYP Mission Critical Facilities HP
    today announced ...").

    Only a body's name marks where the story starts: a person's surname after the headline's
    words may be the end of a name the story opens on ("... The Saints placed running back
    Reggie Bush on injured reserve", "Peyton Manning was ..."), but no person's name ends on
    "Microsoft" or "ESPN". A name the headline did not open on must go on as a subject does
    (`after`, the next word): "ESPN is reporting", not "Arrested For DUI on ...", "Puts Intel
    on the Defensive".
    """
    headline_words = [w.strip("'\"‘’“”:") for w in headline]
    if headline_words[0] in _ARTICLES or headline_words[-1].endswith(("'s", "’s")):
        return False  # "A Plaid Cymru MP", "Richard Branson's US TV show": one noun phrase
    if headline_words[0].removesuffix("'s").removesuffix("’s") == word:
        return True
    if not (after in _SUBJECT_GOES_ON or after == "(" or after in reporting_verb_forms()):
        return False  # "... SeaMicro Puts Intel on the Defensive": still the headline
    long_words = [w for w in headline_words if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() or w[0].isdigit() for w in long_words)


def _one_word_body(word: str) -> bool:
    """Whether `word` names a body alone: a company or outlet known by one word no person's
    name is, or initials that are no post ("MP"), place ("USA"), part of a name ("FC", "PLC")
    or numeral ("II")."""
    if _initials(word):
        lowered = word.lower()
        return not (
            lowered in words("role_nouns")
            or lowered in words("company_suffixes")
            or word in _NAME_PART_INITIALS
            or _ROMAN_NUMERAL.fullmatch(word)
        )
    return word.lower() in _one_word_bodies()


def _initials(word: str) -> bool:
    """Two to five capital letters: "HP", "ESPN" (str methods, cheaper than a regex)."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper() and word.isascii()


@cache
def _one_word_bodies() -> frozenset[str]:
    """Companies and outlets named by one word no person's name is: a story's subject."""
    return words("company_names") | frozenset(
        name for name in words("media_names") if " " not in name
    )


def _leads_in(lines: list[_Line]) -> bool:
    """Whether the second line opens an article (a dateline or a byline), so the first line,
    even without a blank line after it, is the headline."""
    if len(lines) < 2:
        return False
    second = lines[1].text.strip(_EMPHASIS)
    return _dateline_match(second) is not None or _BY_LINE.match(second) is not None


def _is_site_name(separator: str, site: str) -> bool:
    """Whether the text after a title separator names a site rather than ending the headline.

    "| Be Korea-savvy", "- BBC News", "- cnn.com" are sites; "- The Opera." and
    "– Not Indicted, Yet!’" are the headline's own words.
    """
    words = site.split()
    if not words or _SENTENCE_MARKS.search(site):
        return False
    if separator == "|":
        return len(words) <= 6
    return len(words) <= 4 and all(
        w[0].isupper() or w[0].isdigit() or _DOMAIN.search(w) for w in words
    )


def _dateline_match(line: str) -> re.Match[str] | None:
    match = _DATELINE.match(line)
    if match is None:
        return None
    place = match["place"]
    if match["date"] is None and match["outlet"] is None:
        # "NATO - the alliance..." or "BREAKING:": only a capitalised place with a real dash.
        if (
            not place.isupper()
            or match["dash"] == ":"
            or place.upper() in _patterns().not_places
            or sum(c.isalpha() for c in place) < 3
        ):
            return None
    elif not place.isupper() and (match["date"] is None or match["outlet"] is None):
        return None
    return match


def _read_dateline(text: str, lines: list[_Line], meta: ArticleMeta, first: int) -> None:
    for line in lines[first : first + _HEAD_LINES]:
        match = _dateline_match(line.text.strip(_EMPHASIS))
        if match is None:
            continue
        meta.dateline_place = match["place"].strip()
        if match["outlet"] is not None:
            meta.outlet = match["outlet"].strip()
        if match["date"] is not None:
            meta.dateline_date = match["date"].strip()
            meta.published = _dateline_published(text, meta.dateline_date)
        return


def _dateline_published(text: str, written: str) -> str | None:
    """ISO date of a dateline; a year-less one takes its year from dates in the text.

    The article cannot be older than the latest full date it mentions, so the dateline day is
    placed on or after that date (within a year). With no full date we do not guess.
    """
    year_match = _YEAR.search(written)
    if year_match is not None:
        return parse_date(written)
    parts = month_day(written)
    if parts is None:
        return None
    mentioned = full_dates(text)
    if not mentioned:
        return None
    latest = max(mentioned)
    month, day = parts
    year = latest.year if (month, day) >= (latest.month, latest.day) else latest.year + 1
    published = make_date(year, month, day)
    return None if published is None else published.isoformat()


def _published_line(lines: list[_Line]) -> str | None:
    """A "Published: January 3, 2013" line, or a bare date line, near the top."""
    for line in lines[:_HEAD_LINES]:
        labelled = _PUBLISHED_LINE.match(line.text)
        candidate = labelled["rest"] if labelled is not None else line.text
        if len(candidate) > 60:
            continue
        dates = full_dates(candidate)
        if dates and (labelled is not None or parse_date(candidate) is not None):
            return dates[0].isoformat()
    return None


def _read_furniture(
    lines: list[_Line], meta: ArticleMeta, spans: list[Span], first_body: int
) -> None:
    patterns = _patterns()
    seen: set[str] = set()
    if meta.title is not None:
        seen.add(_key(meta.title))
        seen.add(_key(lines[0].text))
    authors: dict[str, str] = {}
    for index, line in enumerate(lines[first_body:], start=first_body):
        text = line.text
        key = _key(text)
        if len(text) <= _MAX_FURNITURE_CHARS:
            # A comment section follows an article; a "Comments" line before any text is not one.
            if (
                len(text) <= _MAX_TAIL_CHARS
                and index >= first_body + _MIN_LINES_BEFORE_COMMENTS
                and _tail_key(key) in patterns.tail
            ):
                spans.append((line.start, lines[-1].end))
                break
            if _is_byline(text, authors) or patterns.line_start.match(text):
                spans.append((line.start, line.end))
                continue
            if patterns.credit.search(text) or patterns.line_end.search(text):
                spans.append((line.start, line.end))
                seen.add(key)
                continue
        if key in seen and (index < first_body + 2 or key.count(" ") + 1 >= _MIN_REPEAT_WORDS):
            spans.append((line.start, line.end))
        seen.add(key)
    meta.author = authors.get("by") or authors.get("email") or authors.get("reporting")


def _is_byline(text: str, authors: dict[str, str]) -> bool:
    """Whether `text` is a byline or credit line; records the author it names, by kind."""
    if len(text) > _MAX_BYLINE_CHARS:
        return bool(_CREDITS_LINE.match(text)) and len(text) <= _MAX_FURNITURE_CHARS
    plain = text.strip(_EMPHASIS)
    by = _BY_LINE.match(plain)
    if by is not None and _plausible_names(by["names"]):
        authors.setdefault("by", by["names"].strip())
        return True
    if "@" in plain and _HAS_EMAIL.search(plain):  # the regex alone costs 100 times more
        email = _EMAIL_LINE.match(plain)
        if email is not None and email["name"] and _plausible_names(email["name"]):
            authors.setdefault("email", email["name"].strip())
        return True
    reporting = _REPORTING_BY.match(plain)
    if reporting is not None and _plausible_names(reporting["names"]):
        authors.setdefault("reporting", reporting["names"].strip())
    return bool(_CREDITS_LINE.match(plain))


def _plausible_names(names: str) -> bool:
    first_word = names.split()[0].strip(".,").lower()
    return first_word not in _patterns().not_names


# ASCII characters str.split() takes for spaces, besides the space itself
_ASCII_SPACES_BUT_SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"


def _key(text: str) -> str:
    """Comparison form of a line: curly and straight quotes alike, spacing and case ignored.

    Every line of an article is keyed, and most are plain ASCII already spaced one way: for
    those the lower-cased line is the key, without splitting it into words and joining them.
    """
    if not text.isascii():
        for curly, straight in _QUOTES:
            text = text.replace(curly, straight)
    elif (
        "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and not any(space in text for space in _ASCII_SPACES_BUT_SPACE)
    ):
        return text.lower()  # casefold() is lower() on ASCII
    return " ".join(text.casefold().split())


def _tail_key(key: str) -> str:
    """A line key without the punctuation and counts around "Comments (12):"."""
    return key.rstrip(" .:!()0123456789")


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@cache
def _patterns() -> _Patterns:
    """Compile the boilerplate lexicon once per process."""
    raw = files("factdb.extract").joinpath("lexicons/boilerplate.txt").read_text("utf-8")
    sections: dict[str, list[str]] = {
        name: [] for name in ("line_start", "tail", "credit", "line_end", "not_names", "not_places")
    }
    current: list[str] | None = None
    for row in raw.splitlines():
        entry = row.split("#", 1)[0].strip()
        if not entry:
            continue
        if entry.startswith("[") and entry.endswith("]"):
            current = sections.setdefault(entry[1:-1], [])
        elif current is not None:
            current.append(entry)
    return _Patterns(
        line_start=re.compile(rf"(?:{_alternation(sections['line_start'])})", re.I),
        tail=frozenset(_tail_key(_key(p)) for p in sections["tail"]),
        credit=re.compile(rf"\(\s*(?:{_alternation(sections['credit'])})[^()]*\)\s*$", re.I),
        line_end=re.compile(rf"(?:{_alternation(sections['line_end'])})[\s.!]*$", re.I),
        not_names=frozenset(word.lower() for word in sections["not_names"]),
        not_places=frozenset(word.upper() for word in sections["not_places"]),
    )


def _alternation(phrases: list[str]) -> str:
    """Regex alternation of plain phrases, longest first, ending on a word boundary."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        boundary = r"(?![^\W_])" if phrase[-1].isalnum() else ""
        parts.append(re.escape(phrase) + boundary)
    return "|".join(parts) or r"(?!)"
