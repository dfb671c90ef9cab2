"""Calendar dates as journalists write them, turned into ISO `YYYY-MM-DD`.

One module so the readers (JSONL `date` fields, `--date`), the CLI (`--since`/`--until`) and
the metadata reader (datelines, "June 19, 2024" in the text) agree on what a date is. Anything
ambiguous ("03/04/2024") or impossible ("Feb 30") gives `None` rather than a guess: a wrong
date silently misfiles an article in a time-bounded search.
"""

from __future__ import annotations

import re
from datetime import date, datetime

MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# "Oct.", "October", "Sept." and the other spellings AP and Reuters style produce.
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"

# A date with a year, written out: "June 19, 2024", "19 June 2024", "Oct. 17 2024".
FULL_DATE = re.compile(
    rf"\b{_WEEKDAY}(?:(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH}),?\s+(?P<y2>\d{{4}}))\b"
    rf"|\b(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"^(?:(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH}))$", re.I
)
_NUMERIC = re.compile(r"^(?P<a>\d{1,4})[/.\-](?P<b>\d{1,2})[/.\-](?P<c>\d{1,4})$")


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept.", "october"), else None."""
    return MONTHS.get(name.strip().rstrip(".")[:3].lower())


def make_date(year: int, month: int, day: int) -> date | None:
    """A real calendar date, or None for "Feb 30" and years no newspaper printed."""
    if not 1000 <= year <= 9999:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def full_date_from_match(match: re.Match[str]) -> date | None:
    """The date a `FULL_DATE` match spells, if it is a real one."""
    if match["y3"]:
        return make_date(int(match["y3"]), int(match["m3"]), int(match["d3"]))
    month = month_number(match["m1"] or match["m2"])
    day = match["d1"] or match["d2"]
    year = match["y1"] or match["y2"]
    if month is None:
        return None
    return make_date(int(year), month, int(day))


def month_day(value: str) -> tuple[int, int] | None:
    """(month, day) of a year-less date such as a dateline's "Oct. 17" or "17 October"."""
    match = _MONTH_DAY.match(value.strip())
    if match is None:
        return None
    month = month_number(match["m1"] or match["m2"])
    day = int(match["d1"] or match["d2"])
    if month is None or make_date(2000, month, day) is None:  # 2000 is a leap year
        return None
    return month, day


def full_dates(text: str) -> list[date]:
    """Every written-out date with a year in `text`, in order of appearance."""
    found = []
    for match in FULL_DATE.finditer(text):
        parsed = full_date_from_match(match)
        if parsed is not None:
            found.append(parsed)
    return found


def parse_date(value: str) -> str | None:
    """ISO `YYYY-MM-DD` for a date given as an option or a metadata field, else None.

    Accepts ISO dates and datetimes ("2024-10-17T09:00:00Z"), "2024/10/17", written-out dates
    with or without a weekday ("Thursday, October 17, 2024", "17 Oct 2024") and RFC 2822
    e-mail/RSS dates. Day/month order in "10/17/2024" is taken only when one number is above 12.
    """
    text = " ".join(value.split())
    if not text:
        return None
    iso = _parse_iso(text)
    if iso is not None:
        return iso.isoformat()
    match = FULL_DATE.fullmatch(text.rstrip("."))
    if match is not None:
        parsed = full_date_from_match(match)
        return None if parsed is None else parsed.isoformat()
    numeric = _parse_numeric(text)
    if numeric is not None:
        return numeric.isoformat()
    return _parse_rfc2822(text)


def _parse_iso(text: str) -> date | None:
    candidate = text[:-1] + "+00:00" if text.endswith("Z") else text
    try:
        return datetime.fromisoformat(candidate).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _parse_numeric(text: str) -> date | None:
    match = _NUMERIC.match(text)
    if match is None:
        return None
    a, b, c = (int(match[k]) for k in ("a", "b", "c"))
    if len(match["a"]) == 4:
        return make_date(a, b, c)
    if len(match["c"]) != 4:
        return None
    if a > 12 >= b:
        return make_date(c, b, a)
    if b > 12 >= a:
        return make_date(c, a, b)
    return None


def _parse_rfc2822(text: str) -> str | None:
    # imported here, not at the top: email.utils brings in socket and more, and every factdb
    # command imports this module through the engine, while few read an RFC 2822 date
    from email.utils import parsedate_to_datetime

    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    return parsed.date().isoformat()
