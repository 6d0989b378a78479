"""Parse UK-style written dates (day first) and generalise them to month and year."""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Final

# English names written out: ``calendar.month_name`` follows the process locale.
MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTH_NUMBERS: Final[dict[str, int]] = {
    **{name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    **{name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    "sept": 9,
}
# Months cut short, as notes and ranges write them ("Sep-Dec"; "may" is May's whole name too).
MONTH_ABBREVIATIONS: Final = frozenset({*(name[:3].lower() for name in MONTH_NAMES), "sept"})


def day_of_month(day: int, month: int) -> bool:
    """Whether ``day`` is a day of ``month`` in some year (29 February counts: a birthday without its year)."""
    return 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


_MONTHS: Final = frozenset({*(name.casefold() for name in MONTH_NAMES),
                            *(name[:3].casefold() for name in MONTH_NAMES), "sept"})
# A day number just before a month ("16th May", "2nd of June"), or a year (with or without a day) after it.
_DAY_BEFORE: Final = re.compile(r"(?<!\w)[0-3]?\d(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+$", re.IGNORECASE)
_YEAR_AFTER: Final = re.compile(r"(?:[ \t]+[0-3]?\d(?:st|nd|rd|th)?)?,?[ \t]+(?:1[89]|20)\d\d(?!\d)")
# A word of time before a month's name makes it the month ("In June she moved", "by the end of June", "from
# mid-March"), unless a possessive follows ("In June's view"). "After", "since" and "until" are left out: they open
# clauses about people too ("After June left").
_TIME_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:in|during|throughout|early|late|mid-?|(?:the[ \t]+)?(?:end|beginning|start|middle)[ \t]+of)"
    r"(?:[ \t]+(?:early|late))?[ \t]*$", re.IGNORECASE)
_POSSESSIVE_AFTER: Final = re.compile(r"['\u2019]s\b")
# "In" after a word that takes a person ("confided in June", "no trust in April") is no word of time.
_PERSON_IN_BEFORE: Final = re.compile(r"(?i:\b(?:confid|trust|believ|interest|faith)\w*[ \t]+in[ \t]*)$")


# Another month's name joined to it: a range or a pair of months ("from April to June", "April and May were hard",
# "Jun \u2013 Aug 2023").
_MONTH_WORD: Final = "(?:" + "|".join([*MONTH_NAMES, "Sept", *(m[:3] for m in MONTH_NAMES)]) + r")\.?"
_JOIN: Final = r"[ \t]*(?:to|until|till|and|or|[-\u2013\u2014/])[ \t]*"
_MONTH_JOINED_AFTER: Final = re.compile(rf"{_JOIN}{_MONTH_WORD}(?!\w)", re.IGNORECASE)
_MONTH_JOINED_BEFORE: Final = re.compile(rf"(?<!\w){_MONTH_WORD}{_JOIN}$", re.IGNORECASE)


def is_month_of_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a month's name or its abbreviation, is written as a date's month: a day
    number before it ("16th May", "the 2nd of June"), a year after it ("May 2015", "April 19, 2019", "Jan 2020"),
    another month's name joined to it ("from April to June"), or a word of time before it ("In June she moved",
    "by the end of June").

    A name that is also a month ("April Jones", "Tom May") is the month there, never the person.
    """
    if text[start:end].casefold() not in _MONTHS:
        return False
    if _DAY_BEFORE.search(text, max(0, start - 12), start) is not None or _YEAR_AFTER.match(text, end) is not None:
        return True
    if _MONTH_JOINED_AFTER.match(text, end) or _MONTH_JOINED_BEFORE.search(text, max(0, start - 20), start):
        return True
    window = max(0, start - 24)
    return _TIME_BEFORE.search(text, window, start) is not None and not _POSSESSIVE_AFTER.match(text, end) \
        and not _PERSON_IN_BEFORE.search(text, window, start)


# Regex fragments, shared with ``date_recognizer``. They work with both ``re`` and ``regex`` and
# expect case-insensitive matching. Full month names come first so "March" is not read as "Mar".
MONTH_REGEX: Final = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"(?:\.(?=[ \t]+\d{4}\b))?"  # a stop after it, as after an abbreviation, before the year ("29 May. 2008")
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|\b))"
)
DAY_REGEX: Final = r"(?:[0-3]?\d)(?:st|nd|rd|th)?\b"
# Full weekday names in any case; abbreviations only capitalised ("she sat 3 exams" is not a date).
WEEKDAY_REGEX: Final = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|(?-i:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b)\.?)"
)
# A two-digit year after a month name must end its clause: "on 4 March 12 staff attended" is no date.
WORD_YEAR_REGEX: Final = (
    r"(?:\d{4}(?!\d)|'\d{2}(?!\d)|\d{2}(?![ \t]*\w)(?![.,:/-]?\d)"
    # (… or before a word that opens a clause or a name, as the noun of a count never is: "on 12 Sep 22 and was",
    # "On 24 Nov 22 JS Mahmood"; not "On 4 March 12 staff")
    r"|\d{2}(?=[ \t]+(?:(?i:and|at|when|while|he|she|they|it|we|the|his|her|their|was|were|had|has|is|by|to|for"
    r"|with|after|before|but|as|or|until|following)\b|(?-i:[A-Z]))))"
)
# Numeric day-first dates. A two-digit year with dots or hyphens needs two-digit day and month,
# so section numbers such as "4.2.12" are not read as dates.
NUMERIC_DMY_REGEX: Final = (
    r"(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4}"
    r"|\d{2}\.\d{2}\.\d{2}|\d{2}-\d{2}-\d{2})"
)
# The same with a one-digit day or month ("27.8.05", "4-8-07"): bare, these read as paragraph or version
# numbers ("4.2.12"), so they are dates only after a date word or a date-of-birth cue (``date_recognizer``).
SHORT_DMY_REGEX: Final = r"(?:\d{1,2}\.\d{1,2}\.\d{2}|\d{1,2}-\d{1,2}-\d{2})"
# (year first with slashes too, or with dots and two-digit month and day, as Hungarian and Chinese records write it)
ISO_REGEX: Final = r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{4}\.\d{2}\.\d{2})"
_WEEKDAY_PREFIX: Final = rf"(?:{WEEKDAY_REGEX},?\s+)"
# "14 March 2002", "14th of March, 2002", "Friday the 14th March 2002", "14-Mar-2002". A tab never
# joins day and month: it separates table cells ("10<tab>September 2013" is a row number and a month).
_NOT_TAB: Final = r"[^\S\t]"
WORD_DMY_REGEX: Final = (
    rf"(?:(?:{_WEEKDAY_PREFIX}(?:the\s+)?)?{DAY_REGEX}(?:{_NOT_TAB}+of)?(?:{_NOT_TAB}+|-){MONTH_REGEX}"
    rf"(?:,?\s+|-){WORD_YEAR_REGEX}"
    # (a year of two digits hyphened to its month is the compact form's, whatever follows: "30-Oct-16 at")
    rf"|{DAY_REGEX}-{MONTH_REGEX}-\d{{2}}(?![\w/-]|[.,:]\d)"
    # ... or run together in capitals, as an airline's or a border record's ("06AUG22")
    r"|(?-i:\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d{4}|\d{2}))(?![\w/-]))"
)
# A range of days before a date ("24-28 June 2024", "24th to 28th June 2024", "30 April - 2 May 2022",
# "Monday 24 - Friday 28 June 2024", "between 3 and 5 May 2021"): its first day, with its month where that
# differs; the last date carries the year. A bare first number takes a spaced dash only after a weekday: "aged 3 -
# 28 June 2024" is an age.
_RANGE_TO: Final = r"(?:to|until|till)\b"
_DASH: Final = r"[-\u2010-\u2014]"
RANGE_START_REGEX: Final = (
    rf"(?:(?:{_WEEKDAY_PREFIX}(?:the\s+)?)?{DAY_REGEX}(?:{_NOT_TAB}+of)?{_NOT_TAB}+{MONTH_REGEX}"
    rf"{_NOT_TAB}*(?:{_DASH}|{_RANGE_TO}){_NOT_TAB}*"
    rf"|{_WEEKDAY_PREFIX}(?:the\s+)?{DAY_REGEX}{_NOT_TAB}*(?:{_DASH}|{_RANGE_TO}){_NOT_TAB}*"
    rf"|{DAY_REGEX}(?:{_DASH}|{_NOT_TAB}+{_RANGE_TO}{_NOT_TAB}+)"
    # the night across two days: "27/28 January 2023"
    r"|[0-3]?\d/(?=[0-3]?\d\b)"
    # "between 3 and 5 May 2021", "between 30 April and 2 May 2022"
    rf"|(?<=\bbetween\s){DAY_REGEX}(?:(?:{_NOT_TAB}+of)?{_NOT_TAB}+{MONTH_REGEX})?{_NOT_TAB}+and{_NOT_TAB}+)"
)
_RANGE: Final = re.compile(
    rf"(?P<first>(?:{_WEEKDAY_PREFIX}(?:the\s+)?)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"(?:(?:\s+of)?\s+(?P<month>{MONTH_REGEX}))?)\s*(?:{_DASH}|{_RANGE_TO}|and\b|/)\s*(?P<last>\S.*)", re.IGNORECASE)
# "March 14, 2002", "Mar 14th 2002", "Friday, March 14 2002".
WORD_MDY_REGEX: Final = rf"(?:{_WEEKDAY_PREFIX})?{MONTH_REGEX}\s+(?:the\s+)?{DAY_REGEX},?\s+{WORD_YEAR_REGEX}"

_FLAGS: Final = re.IGNORECASE
_DAY: Final = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_MONTH_NAME: Final = r"(?P<month_name>[a-z]+)\.?"
_YEAR: Final = r"'?(?P<year>\d{4}|\d{2})"
_LEAD: Final = r"(?:(?:[a-z]+\.?,?\s+)?the\s+|[a-z]+\.?,?\s+)?"  # "the", a weekday, or both
_FULL_FORMS: Final = tuple(
    re.compile(rf"{_LEAD}{form}", _FLAGS)
    for form in (
        r"(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})",
        r"(?P<year>\d{4})(?P<sep>[/-]|\.(?=\d{2}\.\d{2}$))(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})",
        rf"{_DAY}(?:\s+of)?(?:\s+|-){_MONTH_NAME}(?:(?:,?\s+|-){_YEAR})?",
        rf"{_MONTH_NAME}\s+(?:the\s+)?{_DAY}(?:,?\s+{_YEAR})?",
        rf"{_MONTH_NAME},?\s+(?P<year>\d{{4}})",
        # an airline's or a border record's compact date ("06AUG22")
        r"(?P<day>\d{2})(?P<month_name>[a-z]{3})(?P<year>\d{4}|\d{2})",
    )
)
# The weekdays' names, in lower case; and with their abbreviations.
WEEKDAY_NAMES: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
WEEKDAY_ABBREVIATIONS: Final = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})
_WEEKDAYS: Final = WEEKDAY_NAMES | WEEKDAY_ABBREVIATIONS


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date as written, at whatever precision the text gives.

    Attributes:
        day: Day of the month, or ``None`` for a month-year date.
        month: Month number, 1 to 12.
        year: Four-digit year, or ``None`` when the text gives none ("14 March").
    """

    day: int | None
    month: int | None
    year: int | None

    @property
    def is_day_precise(self) -> bool:
        """Whether the date names a day, month and year."""
        return self.day is not None and self.month is not None and self.year is not None


def expand_year(two_digits: int, today: datetime.date | None = None) -> int:
    """Read a two-digit year as the latest year not after this century's current year.

    Args:
        two_digits: The year as written, 0 to 99.
        today: The reference date; defaults to today.

    Returns:
        The four-digit year: "02" is 2002, "85" is 1985.
    """
    this_year = (today or datetime.date.today()).year
    century = this_year - this_year % 100
    year = century + two_digits
    return year if year <= this_year else year - 100


def parse_date(text: str) -> ParsedDate | None:
    """Parse one written date, UK day-first for numeric forms.

    Accepts "14/03/2002", "14.03.2002", "14-03-02", "2002-03-14", "14 March 2002",
    "14th of March, 2002", "March 14, 2002", "Mar 14th 2002", "14 Mar 02", "Friday 14 March 2002",
    "14 March" and "March 2002". A leading "the" or weekday is allowed; the weekday is not checked.
    A numeric date is read day first; month first only where that is the only possible reading
    ("12/25/2015", US order).

    Args:
        text: The date alone (surrounding whitespace is ignored).

    Returns:
        The parsed date, or ``None`` when the text is not a date or not a real calendar date.
    """
    text = text.strip()
    for form in _FULL_FORMS:
        match = form.fullmatch(text)
        if match is not None:
            parsed = _from_match(match)
            if parsed is not None:
                return parsed
            if form is _FULL_FORMS[0]:
                return _month_first(match)
    return None


def _month_first(match: re.Match[str]) -> ParsedDate | None:
    """An unambiguous US (month-first) numeric date: "12/25/2015", where 25 cannot be a month.

    UK day-first reading always wins; the month-first reading is taken only when the day-first one
    is impossible because its "month" is 13-31 and the first number is a month.
    """
    first, second = int(match.group("day")), int(match.group("month"))
    if not (1 <= first <= 12 < second <= 31):
        return None
    raw_year = match.group("year")
    year = int(raw_year) if len(raw_year) == 4 else expand_year(int(raw_year))
    if second > calendar.monthrange(year, first)[1]:
        return None
    return ParsedDate(day=second, month=first, year=year)


def generalise(text: str) -> str | None:
    """Reduce a day-precise date to its month and year.

    Args:
        text: A written date, as accepted by :func:`parse_date`.

    Returns:
        "March 2002" for "14/03/2002", or ``None`` when the text is not a day-precise date with a year.
    """
    dates = parse_range(text)
    if dates is not None:
        first, last = (f"{MONTH_NAMES[(d.month or 1) - 1]} {d.year}" for d in dates)
        if first == last:
            return last
        return f"{first.split()[0] if dates[0].year == dates[1].year else first} to {last}"
    parsed = parse_date(text)
    if parsed is None or not parsed.is_day_precise or parsed.month is None:
        return None
    return f"{MONTH_NAMES[parsed.month - 1]} {parsed.year}"


def parse_range(text: str) -> tuple[ParsedDate, ParsedDate] | None:
    """A range of days written before a day-precise date ("24-28 June 2024", "30 April - 2 May 2022"): its first
    and last dates, the first taking the last's month and year where it gives none (the year before where its
    month comes later: "28 December - 3 January 2022"). ``None`` when ``text`` is no such range, or the range runs
    backwards or names a day its month lacks."""
    m = _RANGE.fullmatch(text.strip())
    if m is None:
        return None
    last = parse_date(m.group("last"))
    if last is None or not last.is_day_precise or last.month is None or last.year is None:
        return None
    month = MONTH_NUMBERS.get(m.group("month").rstrip(".").casefold()) if m.group("month") else last.month
    if month is None:
        return None
    year = last.year - 1 if month > last.month else last.year
    day = int(m.group("day"))
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    first = ParsedDate(day=day, month=month, year=year)
    if (first.year, first.month, day) >= (last.year, last.month, last.day):
        return None
    return first, last


def _from_match(match: re.Match[str]) -> ParsedDate | None:
    """Build a validated date from one of the ``_FULL_FORMS`` matches."""
    groups = match.groupdict()
    lead = match.group(0)[: match.start(_first_group(match))].lower().split()
    if any(word.rstrip(".,") not in _WEEKDAYS | {"the"} for word in lead):
        return None
    if groups.get("month_name") is not None:
        month = MONTH_NUMBERS.get(groups["month_name"].lower())
    else:
        month = int(groups["month"])
    if month is None or not 1 <= month <= 12:
        return None
    year: int | None = None
    if groups.get("year") is not None:
        raw_year = groups["year"]
        year = int(raw_year) if len(raw_year) == 4 else expand_year(int(raw_year))
        if year < 1000:
            return None
    day = int(groups["day"]) if groups.get("day") is not None else None
    if day is not None and not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        return None
    return ParsedDate(day=day, month=month, year=year)


def _first_group(match: re.Match[str]) -> int:
    """The index of the earliest-starting participating group, so any lead-in text can be checked."""
    starts = [(match.start(i), i) for i in range(1, (match.re.groups or 0) + 1) if match.start(i) >= 0]
    return min(starts)[1]
