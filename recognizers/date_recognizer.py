"""Presidio recognisers for day-precise dates and for dates introduced as a date of birth."""

from __future__ import annotations

import re
from typing import Any, ClassVar, Final

from presidio_analyzer import PatternRecognizer

from recognizers.catalogue import DATE_DAY, DATE_OF_BIRTH
from recognizers.dates import (
    DAY_REGEX,
    ISO_REGEX,
    MONTH_NUMBERS,
    MONTH_REGEX,
    NUMERIC_DMY_REGEX,
    RANGE_START_REGEX,
    SHORT_DMY_REGEX,
    WEEKDAY_REGEX,
    WORD_DMY_REGEX,
    WORD_MDY_REGEX,
    day_of_month,
    parse_date,
    parse_range,
)
from recognizers.patterns import Pattern, compile_patterns

# Numeric dates must stand alone: not inside "12/34567/19", "v1.02.03.2004" or "14/03/2002/7".
_NUMERIC_BEFORE: Final = r"(?<![\w/.-])"
_NUMERIC_AFTER: Final = r"(?![\w/]|[.:-]\d)"
# Word dates may follow a hyphen: "10-24 June 2019" holds "24 June 2019" (and is itself a range of days).
_WORD_BEFORE: Final = r"(?<![\w/.])"

DAY_DATE_REGEX: Final = (
    rf"(?i:{_NUMERIC_BEFORE}(?:{NUMERIC_DMY_REGEX}|{ISO_REGEX}){_NUMERIC_AFTER}"
    rf"|{_WORD_BEFORE}(?:{WORD_DMY_REGEX}|{WORD_MDY_REGEX}))"
)
# A range of days ending in a word date ("24-28 June 2024", "30 April - 2 May 2022"): one date, so the month its
# replacement gives leaves no first day behind.
# (A digit or a weekday's first letters first: a cheap test where most words fail.)
DAY_RANGE_REGEX: Final = rf"(?i:{_WORD_BEFORE}(?=\d|mon|tue|wed|thu|fri|sat|sun){RANGE_START_REGEX}{WORD_DMY_REGEX})"

# A day-first date with a one-digit day or month and a two-digit year ("4.8.07", "27-8-05") is a date
# only after a word that introduces one: bare, "4.2.12" is a paragraph and "1.2.10" a version. The words
# are those that take a date ("on", "dated", "from", "until", "by", a weekday, a "Date:" label); "in",
# "at", "see" and "section" take paragraph numbers and are not among them. A second date of a range
# ("between 4.8.07 and 6.8.07") follows an introduced one.
_SHORT: Final = rf"{_NUMERIC_BEFORE}(?=\d{{1,2}}[.-]\d){SHORT_DMY_REGEX}{_NUMERIC_AFTER}"
_DATE_WORD: Final = (
    r"(?:\b(?:on|dated|from|since|until|till|by|before|after|between|commencing|ending|w/[ce])"
    r"|\bdate[ds]?(?:[ \t]+of[ \t]+(?:the[ \t]+)?[a-z]+)?"
    rf"|{WEEKDAY_REGEX},?)"
)
_DATE_WORD_SEP: Final = r"[ \t]*[:(]?[ \t]*(?:the[ \t]+)?"
_INTRODUCED: Final = rf"(?:{_DATE_WORD}){_DATE_WORD_SEP}"
_RANGE_LINK: Final = r"[ \t]*(?:and|to|until|till|[-–])[ \t]*"
SHORT_DATE_REGEX: Final = (
    rf"(?i:{_NUMERIC_BEFORE}(?=\d{{1,2}}[.-]\d)"
    rf"(?<={_INTRODUCED}|{_INTRODUCED}{SHORT_DMY_REGEX}{_RANGE_LINK}){_SHORT})"
)

# What may introduce a date of birth. "b." is skipped at the start of a line, where it is a list label.
_DOB_CUE: Final = (
    r"(?:\b(?:dobs?|dates?\s+of\s+birth|birth\s*date|born)\b"
    # the personal details someone gave ("gave his details as 21/06/1977, Flat 9 …")
    r"|\b(?:gave|gives|giving|provided)\s+(?:his|her|their)\s+(?:personal\s+)?details\s+as\b"
    r"|\bd\.\s?o\.\s?b\b\.?"
    r"|(?<![\w.])(?<!^[ \t]*)b\.)"
)
# Up to four short or capitalised words may sit between cue and date: "born in Norwich on the".
_DOB_FILLER: Final = (
    r"(?:(?:on|the|in|at|was|is|of|as|to|being|recorded|given)\b|(?-i:[A-Z][\w'’-]*))"
)
_DOB_SEPARATOR: Final = r"[\s:,(\[–-]"
DOB_REGEX: Final = (
    rf"(?i:(?<={_DOB_SEPARATOR}|^)(?=\w)"  # cheap check first: the costly look-behind runs at word starts
    rf"(?<={_DOB_CUE}(?:{_DOB_SEPARATOR}+{_DOB_FILLER}){{0,4}}{_DOB_SEPARATOR}*)"
    rf"(?:{DAY_DATE_REGEX}|{_SHORT}))"
)


# A date followed by what it is: "14/03/2002 (DOB)", "14 March 2002 is her birthday".
_DOB_AFTER: Final = (
    r"(?=[ \t]*(?:[(\[][ \t]*(?:dob|d\.\s?o\.\s?b\.?|date\s+of\s+birth|born)[ \t]*[)\]]"
    r"|,?[ \t]+(?:is|was)[ \t]+(?:my|her|his|their|the\s+child's|the\s+baby's)[ \t]+(?:birthday|date\s+of\s+birth)))"
)
DOB_AFTER_REGEX: Final = rf"(?i:(?:{DAY_DATE_REGEX}|{_SHORT}){_DOB_AFTER})"
# A birthday without its year after a date-of-birth label or "born on" ("DOB 14 March", "born on the 3rd of
# April"): the day and month still say when the child was born.
_YEARLESS: Final = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+{MONTH_REGEX}"
                    rf"|{MONTH_REGEX}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b)")
_YEARLESS_RX: Final = re.compile(_YEARLESS, re.IGNORECASE)
_MONTH_RX: Final = re.compile(MONTH_REGEX, re.IGNORECASE)
YEARLESS_DOB_REGEX: Final = (
    r"(?i:(?<=(?:(?:\b(?:dobs?|dates?\s+of\s+birth)\b|\bd\.\s?o\.\s?b\b\.?)[ \t]*[:(]?"
    r"|\bbirthday(?:[ \t]+(?:is|was|on|falls[ \t]+on))?[ \t]*[:,(]?|\bborn[ \t]+on)[ \t]*(?:the[ \t]+)?"
    # (its weekday may come first, and stays: "born on Thursday 5th April")
    rf"(?:{WEEKDAY_REGEX},?[ \t]+(?:the[ \t]+)?)?)"
    rf"{_YEARLESS}(?![ \t]*,?[ \t]*(?:\d|')))"
)
# Every cue above, before or after the date, holds one of these (a text without any has no date of birth).
_DOB_CUE_WORDS: Final = r"dob|birth|born|d\.\s?o\.\s?b|(?<![\w.])b\.|details\s+as"
# A date beside an NHS number in a person's brackets ("The records for Jackline Maina (628 121 7063, 4 August 1998)").
DOB_BESIDE_NHS_REGEX: Final = (
    rf"(?i:(?<=\(\s*\d{{3}}[ -]?\d{{3}}[ -]?\d{{4}}\s*,\s*)(?:{DAY_DATE_REGEX}|{_SHORT})(?=\s*\)))")


# A family list's item: a name opening its line, the date, then the relationship ending the item ("Kayla Okafor –
# 12.03.11 – daughter"): the date is that relative's date of birth. (A digit first, a cheap check, before the long
# look-behind.)
_KIN_WORDS: Final = (r"(?:(?:maternal|paternal|older|younger|half|step|great)[ \t-]?)*(?:mother|father|mum|dad|son"
                     r"|daughter|brother|sister|sibling|grandmother|grandfather|grandparent|aunt|uncle|cousin|partner"
                     r"|nephew|niece|baby|subject[ \t]+child|child)s?")
_LIST_SEPARATOR: Final = r"[ \t]*[-\u2013\u2014,\t][ \t]*"
FAMILY_LIST_DOB_REGEX: Final = (
    rf"(?i:(?<![\w./-])(?=\d)"
    rf"(?<=(?m:^)[ \t]*(?-i:[A-Z])[\w'\u2019-]*(?:[ \t]+(?-i:[A-Z])[\w'\u2019-]*){{0,3}}{_LIST_SEPARATOR})"
    rf"(?:{DAY_DATE_REGEX}|{_SHORT})(?={_LIST_SEPARATOR}{_KIN_WORDS}[ \t]*(?:$|[;(\n])))")
_KIN_CUE: Final = r"mother|father|mum|dad|son|daughter|brother|sister|sibling|grand|aunt|uncle|cousin|partner|nephew" \
    r"|niece|baby|child"


def _not_a_birthday(text: str) -> bool:
    """Whether a matched span is neither a real calendar date nor a real day of a month without its year."""
    if not _not_day_precise(text):
        return False
    if _YEARLESS_RX.fullmatch(text.strip()) is None:
        return True
    return not day_of_month(*_day_and_month(text))


def _day_and_month(text: str) -> tuple[int, int]:
    """The day and month numbers of a day and month written without a year ("14 March", "March 14th")."""
    day = int(re.findall(r"\d{1,2}", text)[0])
    month = MONTH_NUMBERS[_MONTH_RX.search(text).group().rstrip(".").casefold()]  # type: ignore[union-attr]
    return day, month


def _not_day_precise(text: str) -> bool:
    """Whether a matched span fails to parse as a real calendar date with day, month and year."""
    if parse_range(text) is not None:
        return False
    parsed = parse_date(text)
    return parsed is None or not parsed.is_day_precise


class _DayRecognizer(PatternRecognizer):
    """A recogniser of days by its class's patterns, compiled once."""

    PATTERNS: ClassVar[tuple[Pattern, ...]] = ()

    def __init__(self, supported_entity: str = DATE_DAY, **kwargs: Any) -> None:
        """Create the recogniser.

        Args:
            supported_entity: The entity name to emit.
            **kwargs: Passed on to ``PatternRecognizer``.
        """
        super().__init__(supported_entity=supported_entity, patterns=list(self.PATTERNS), **kwargs)
        compile_patterns(self)


class DayDateRecognizer(_DayRecognizer):
    """Day-precise dates with a year, in any common UK written form.

    Examples: "14/03/2002", "14.03.2002", "2002-03-14", "14th of March, 2002", "March 14 2002",
    "Friday 14 March 2002". Month-year dates, bare years and day-month dates without a year are
    left alone; matches that are not real calendar dates (31/02/2002) are dropped.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("Day-precise date (weak)", DAY_DATE_REGEX, 0.6),
        Pattern("Range of days ending in a day-precise date", DAY_RANGE_REGEX, 0.6),
        Pattern("Day-precise date, one-digit day or month, after a date word", SHORT_DATE_REGEX, 0.6),
    )

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject spans that are not real day-precise calendar dates.

        Args:
            pattern_text: The matched text.

        Returns:
            ``True`` when the span should be dropped.
        """
        return _not_day_precise(pattern_text)


# A day and month without a year, its month's name capitalised ("On 22 March the IDVA called", "born 14th Feb",
# "on March 22nd"): still a day-precise date of the case's events (the review's own are kept by the plan). Not a
# table's row number before a tab and a month, nor a range's end ("7<tab>Apr", "6 March - June", "1 March to 31
# January"), nor a day before a number ("4 March 12 staff"), on its line or the next (a year wrapped onto it).
_CAPITAL_MONTH: Final = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
                         r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b"
                         r"(?:\.(?![ \t]*(?:\n|$|[A-Z])))?)")
_RANGE_ON: Final = r"[ \t]*(?:-|\u2013|\u2014|to|until|till)[ \t]*"
YEARLESS_DAY_REGEX: Final = (
    rf"(?i:(?<![\w/.\t-])(?<!{_YEARLESS}{_RANGE_ON})"
    rf"(?:{DAY_REGEX}(?:[ ]+of)?[ ]+{_CAPITAL_MONTH}|{_CAPITAL_MONTH}[ ]+(?:the[ ]+)?[0-3]?\d(?:st|nd|rd|th)\b)"
    rf"(?!\s*,?\s*(?:\d|'))(?!{_RANGE_ON}(?:\d|{_CAPITAL_MONTH})))"
)

# The year's holidays a draft names by their day ("closing 25, 26 Dec + 1 Jan"): a calendar's days, no event's.
_HOLIDAYS: Final = frozenset({(24, 12), (25, 12), (26, 12), (31, 12), (1, 1)})


class YearlessDateRecognizer(_DayRecognizer):
    """A day and month without a year ("22 March", "14th Feb", "March 22nd"), a real day of that month."""

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("Day and month without a year (weak)", YEARLESS_DAY_REGEX, 0.6, cue=r"\d"),)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject a span that is no real day of its month ("31 February"), or a holiday ("25 Dec").

        Args:
            pattern_text: The matched text.

        Returns:
            ``True`` when the span should be dropped.
        """
        day, month = _day_and_month(pattern_text)
        return not day_of_month(day, month) or (day, month) in _HOLIDAYS


class DateOfBirthRecognizer(PatternRecognizer):
    """A day-precise date introduced as a date of birth; the span is the date only.

    Cues within a few words before the date: "DOB", "D.O.B.", "date of birth", "born", "born on the",
    "b.", "gave his details as"; or straight after it: "14/03/2002 (DOB)", "2002-03-14 is her birthday"; or beside
    an NHS number in a person's brackets: "(628 121 7063, 4 August 1998)"; or in a family list's item between a
    name and a relationship: "Kayla Okafor – 12.03.11 – daughter". A date in a table
    whose column header says "DOB" is found by the table reader (``redactor.tables``), not here.
    """

    PATTERNS: Final = (
        Pattern("Date of birth (cue before date)", DOB_REGEX, 0.9, cue=_DOB_CUE_WORDS),
        Pattern("Date of birth (cue after date)", DOB_AFTER_REGEX, 0.9, cue=_DOB_CUE_WORDS),
        Pattern("Date of birth without its year (after a label)", YEARLESS_DOB_REGEX, 0.85, cue=_DOB_CUE_WORDS),
        Pattern("Date of birth (beside an NHS number in brackets)", DOB_BESIDE_NHS_REGEX, 0.85,
                cue=r"\(\s*\d{3}[ -]?\d{3}[ -]?\d{4}\s*,"),
        Pattern("Date of birth (a family list's item: name, date, relationship)", FAMILY_LIST_DOB_REGEX, 0.85,
                cue=_KIN_CUE),
    )

    def __init__(self, supported_entity: str = DATE_OF_BIRTH, **kwargs: Any) -> None:
        """Create the recogniser.

        Args:
            supported_entity: The entity name to emit.
            **kwargs: Passed on to ``PatternRecognizer``.
        """
        super().__init__(supported_entity=supported_entity, patterns=list(self.PATTERNS), **kwargs)
        compile_patterns(self)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject spans that are not real day-precise calendar dates.

        Args:
            pattern_text: The matched text.

        Returns:
            ``True`` when the span should be dropped.
        """
        return _not_a_birthday(pattern_text)
