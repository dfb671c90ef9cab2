"""Finding quotations: which characters sit between quotation marks.

This module only pairs marks; whether a quotation is a claim (and whose) is decided by
attribution. Double marks (straight, curly, guillemets, low-9) are paired first, across
paragraphs when a quote runs on (every paragraph opens a mark, only the last closes); single
marks are paired only outside double quotes and only at word edges, because the same character
is also the apostrophe.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from operator import itemgetter

from factdb.extract.lazy_regex import compile_on_use

# '' (two apostrophes) is the double mark of some archives (The New York Times in PolNeAR)
# three apostrophes after a word close a nested single quote and the double one together:
# ''I would use the word 'old-school,''' said ...
# ''...'' before a closing parenthesis, the archive's stop moved between its marks, is '.':
# "(... Mr. Rhodes said, ''The fact is, ... northern Syria.'.')"
# Every alternative opens with a plain character (the word-edge test comes after the marks), so
# the regex engine jumps from mark to mark instead of trying the pattern at every character.
_DOUBLE = compile_on_use(r"'''(?<=[^\s(\[{]''')|'\.'(?=\))|''|\"|“|”|«|»|„")
_SINGLE = compile_on_use(r"['‘’‹›]")
_OPENERS_BEFORE = " \t\n\u00a0([{—–-/:;,"
_WORDISH = compile_on_use(r"\w")


@dataclass(slots=True)
class Quote:
    """Content offsets (marks excluded) and the offsets of the marks themselves."""

    start: int
    end: int
    open_at: int
    close_end: int  # one past the closing mark, or `end` when the quote was never closed
    closed: bool
    paragraphs: int = 1  # how many paragraphs the quotation spans
    words: int = 0  # word count of the content, set by find_quotes

    @property
    def outer(self) -> tuple[int, int]:
        return self.open_at, self.close_end


def _role(text: str, i: int, para_start: int, para_end: int) -> str:
    """Whether the mark at `i` opens, closes, or could do either."""
    ch = text[i]
    if ch == "“" and _opener_typed_to_close(text, i, para_start, para_end):
        return "close"
    if ch in "“«„‘‹":
        return "open"
    if ch in "”»’›":
        return "close"
    if text.startswith("'''", i) and i > para_start and not text[i - 1].isspace():
        return "close"  # a nested single quote closing with the double one
    width = 2 if text.startswith("''", i) else 1
    before = text[i - 1] if i > para_start else " "
    after = text[i + width] if i + width < para_end else " "
    if before in _OPENERS_BEFORE or before in "\"'“‘":
        return "open" if not after.isspace() else "close"
    return "close"


# a word right after a mark: 'delivers, “said academy President Sid Ganis'
_WORD_AFTER = compile_on_use(r"[a-z]+")
# the verbs of a frame after a quotation, never a quotation's first word ("states" may be:
# 'grant program, “states were hemorrhaging money')
_FRAME_VERBS = frozenset({"said", "says", "told", "added", "asked"})
# what a quotation opens after (a comma ends one as often: 'unusual,“ said')
_OPENS_AFTER = " \t\n\u00a0([{—–-/:"


def _opener_typed_to_close(text: str, i: int, para_start: int, para_end: int) -> bool:
    """Whether the opening glyph “ at `i` was typed for a closing one: it ends a word with a
    space after it ('an “expedited review“ of Flint's water', '“It's unusual,“ said Larry
    Noble'), or a reporting verb follows it straight after the quotation's last comma or stop
    ('“He is so sparkling and personable, and he delivers, “said academy President Sid
    Ganis.'), where no quotation opens."""
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < para_end else " "
    if before not in _OPENS_AFTER and (after.isspace() or after in ",.;:!?"):
        return True
    if after in ",;":
        return True  # no quotation opens on a comma: 'there goes the orchestra “, the host said'
    if before.isspace() and i - 1 > para_start:
        before = text[i - 2]
    if before not in ",.!?":
        return False
    word = _WORD_AFTER.match(text, i + 1, para_end)
    return word is not None and word.group() in _FRAME_VERBS


def _pair_double(text: str, para_start: int, para_end: int) -> tuple[list[Quote], int | None]:
    """Pair double marks in one paragraph; returns quotes and the offset of an unclosed opener."""
    quotes: list[Quote] = []
    open_at: int | None = None
    for match in _DOUBLE.finditer(text, para_start, para_end):
        i = match.start()
        role = _role(text, i, para_start, para_end)
        straight = text[i] == '"' or match.group() in ("''", "'''")
        if open_at is None:
            if role == "open" or (
                # a paragraph can only open with a quotation: '"Fine," he said' on a straight
                # mark, and '”Mr. Trump embodies ...” ― Sonya Herridge' on a closer typed for
                # the opener (a quote that runs on closes in `find_double_quotes`, not here)
                role == "close"
                and i == para_start
                and (straight or _WORDISH.match(text, match.end()) is not None)
            ):
                open_at = i
            continue
        if role == "open" and _closer_before_frame(text, i, para_end):
            role = "close"
        end = _sentence_end_before(text, open_at, i) if role == "open" else None
        if end is not None:
            # 'said: "A corrosive effect. "Gordon Brown is ..."': paragraphs run together, each
            # opening a mark and only the last closing; a mark between a sentence's end and a
            # word opens the next quotation, the one before stays unclosed. A curly opener
            # there too: '... to choose, “Meyer says. ... “I don't want' typed an opener for
            # the closer, and the quotation ran on into the next speaker's
            end = _before_own_frame(text, open_at, end)
            quotes.append(Quote(_after_mark(text, open_at), end, open_at, end, False))
            open_at = i
            continue
        if role == "close" or straight:
            end = i
            if text[i] == "“":  # typed for the closer, often with a space: 'orchestra “, the'
                while end > open_at + 1 and text[end - 1].isspace():
                    end -= 1
            quotes.append(Quote(_after_mark(text, open_at), end, open_at, match.end(), True))
            open_at = None
        # an opener inside an open quote is a nested or stray mark: keep the outer one
    return quotes, open_at


# a speaker's frame right after a mark: 'wrong, “Pigeon told', 'party, “police said in a
# statement', 'again, “Jonathan Wright, Interoute's director of wholesale products, said'
_FRAME_AFTER_MARK = compile_on_use(
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s+[^,“”\"\n]{2,60},)?"
    r"|(?:the|a|an|police|officials|authorities)(?:\s+[a-z][\w'’-]*){0,5})"
    r"\s+(?:said|says|told|added|asked|wrote|explained|recalled|continued)\b"
)


def _closer_before_frame(text: str, i: int, para_end: int) -> bool:
    """Whether the opening glyph “ at `i`, inside an open quotation, was typed for its closing
    mark: it follows the quotation's last comma and a speaker's frame follows it ('... something
    definitely wrong, “Pigeon told The Canadian Press. He looked ...', '... a Christmas party,
    “police said in a statement.'). A quotation nested in the open one would close with a ”
    before any other mark opens; here none does."""
    before = i - 1
    if before >= 0 and text[before] == " ":
        before -= 1
    if before < 0 or text[before] != "," or text[i] != "“":
        return False
    if _FRAME_AFTER_MARK.match(text, i + 1, para_end) is None:
        return False
    following = _DOUBLE.search(text, i + 1, para_end)
    return following is None or following.group() not in ("”", "»")


def _sentence_end_before(text: str, floor: int, at: int) -> int | None:
    """Where the quotation open since `floor` ends, when the mark at `at` opens another: right
    before the spaces before it after a sentence's end ("country. "), or after the sentence
    that ends before a short frame ("a Muslim. He added: "); else None."""
    end = at
    while end > floor and text[end - 1].isspace():
        end -= 1
    if end == at or end <= floor + 1:
        return None
    if text[end - 1] in ".?!":
        return end
    if text[end - 1] != ":":
        return None
    frame_start = max(text.rfind(". ", floor, end), text.rfind("? ", floor, end))
    frame = text[frame_start + 2 : end] if frame_start > floor else ""
    if not frame or len(frame.split()) > 4 or not frame[:1].isupper():
        return None
    return frame_start + 1  # 'He added:' is the writer's, between two of the speaker's quotes


# a speaker's frame closing a sentence of a quotation never closed: '"By rolling back
# this regulation we are ensuring ... the full protection of the law, the two men said in a
# statement. "Federal agencies ..."'; not the speaker's "I"/"we", who may tell of their own words
_OWN_FRAME_AT_END = compile_on_use(
    r",\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"|(?:he|she|they|it|the|a|an|its|his|her|their)(?:\s+[\w'’-]+){0,5}?)"
    r"\s+(?:said|says|told|added|wrote|explained|stated)(?:\s+[\w'’-]+){0,5}[.!?](?=\s+[A-Z]|\s*$)"
)


def _before_own_frame(text: str, open_at: int, end: int) -> int:
    """Where a quotation never closed ends: before the comma of a writer's frame that closes one
    of its sentences (the closing mark was left out before it), else at `end`. The frame then
    stands outside the quotation, with the words before it as its speaker's, and what follows
    it is the writer's."""
    frame = _OWN_FRAME_AT_END.search(text, open_at, end)
    if frame is None or frame.start() - open_at < 12:
        return end
    sentence_at = max(text.rfind(". ", open_at, frame.start()), open_at)
    if len(text[sentence_at : frame.start()].split()) < 4:
        return end  # "... with Intel. However, Hartog said ...": an adverb, not words said
    return frame.start()


def _after_mark(text: str, at: int) -> int:
    """Where the content starts after the opening mark at `at`."""
    return at + (2 if text.startswith("''", at) else 1)


def _starts_with_opener(text: str, para_start: int, para_end: int) -> bool:
    return para_start < para_end and (
        text[para_start] in '"“«„' or text.startswith("''", para_start)
    )


def marks_differ(text: str, first: int, second: int) -> bool:
    """Whether the marks at `first` and `second` are one straight and one curly opener: two
    hands' quotations, not one quotation going on."""
    return {text[first], text[second]} == {'"', "“"}


def _reopens(text: str, open_at: int, para_start: int, para_end: int) -> bool:
    """Whether a paragraph goes on with the quotation opened at `open_at`: it opens a mark of
    the same kind. A column quoted in straight marks holds a paragraph that opens a curly one
    ('"... with a question that amounted to an oral spanking. / “You've called women ...
    animals,” Kelly charged in her now-infamous assault.'): the quoted writer quoting
    someone, a quotation of its own, whose closing mark is not the column's."""
    if not _starts_with_opener(text, para_start, para_end):
        return False
    return not marks_differ(text, open_at, para_start)


def find_double_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Double-mark quotations, including quotes that run over several paragraphs."""
    quotes: list[Quote] = []
    pending: Quote | None = None  # a quote still open at the end of the previous paragraph
    for index, (p_start, p_end) in enumerate(paragraphs):
        scan_from = p_start
        if pending is not None:
            close = _first_close(text, _after_mark(text, p_start), p_end)
            pending.paragraphs += 1
            if close is None:
                pending.end = pending.close_end = p_end
            else:
                close_at, close_end = close
                pending.end, pending.close_end, pending.closed = close_at, close_end, True
                quotes.append(pending)
                pending = None
                scan_from = close_end
        if pending is None:
            found, unclosed = _pair_double(text, scan_from, p_end)
            quotes.extend(found)
            if unclosed is not None:
                pending = Quote(_after_mark(text, unclosed), p_end, unclosed, p_end, False)
        nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if pending is not None and (nxt is None or not _reopens(text, pending.open_at, *nxt)):
            if pending.paragraphs == 1:
                pending.end = pending.close_end = _before_own_frame(
                    text, pending.open_at, pending.end
                )
            quotes.append(pending)  # never closed: it ends with its paragraph
            pending = None
    return quotes


def _first_close(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the first closing double mark in text[start:end]."""
    for match in _DOUBLE.finditer(text, start, end):
        if _role(text, match.start(), start, end) == "close":
            return match.start(), match.end()
    return None


def _single_opens(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before.isspace() or before in '([{—–"“') and bool(_WORDISH.match(after))


def _single_closes(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and (after.isspace() or after in '.,;:!?)]—–"”')


def find_single_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Single-mark quotations in text[start:end] (call on stretches outside double quotes)."""
    quotes: list[Quote] = []
    open_at: int | None = None
    for match in _SINGLE.finditer(text, start, end):
        i = match.start()
        if open_at is None:
            if text[i] not in "’›" and _single_opens(text, i, start, end):
                open_at = i
        elif text[i] not in "‘‹" and _single_closes(text, i, start, end):
            if i > open_at + 1:
                quotes.append(Quote(open_at + 1, i, open_at, i + 1, True))
            open_at = None
    return quotes


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """All top-level quotations, sorted by position and non-overlapping."""
    doubles = find_double_quotes(text, paragraphs)
    singles: list[Quote] = []
    occupied = sorted(q.outer for q in doubles)  # non-overlapping, so ends are sorted too
    for p_start, p_end in paragraphs:
        cursor = p_start
        for o_index in range(bisect_right(occupied, p_start, key=itemgetter(1)), len(occupied)):
            o_start, o_end = occupied[o_index]
            if o_start >= p_end:
                break  # this and every later quotation start after the paragraph
            if o_start > cursor:
                singles.extend(find_single_quotes(text, cursor, o_start))
            cursor = max(cursor, o_end)
        if cursor < p_end:
            singles.extend(find_single_quotes(text, cursor, p_end))
    found = [q for q in doubles + singles if q.end > q.start]
    found.sort(key=lambda q: q.open_at)
    for quote in found:
        quote.words = len(text[quote.start : quote.end].split())
    return found


MASK = "\x01"


def mask_quotes(text: str, quotes: list[Quote]) -> str:
    """The text with every quotation (marks included) blanked to MASK, same length."""
    parts: list[str] = []
    cursor = 0
    for quote in quotes:
        o_start, o_end = quote.outer
        if o_start < cursor:
            continue
        parts.append(text[cursor:o_start])
        parts.append(MASK * (o_end - o_start))
        cursor = o_end
    parts.append(text[cursor:])
    return "".join(parts)
