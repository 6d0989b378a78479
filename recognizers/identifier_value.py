"""What can be an identifier's value: the principle that a bare short number never is.

An identifier is a format plus either a validated checksum or an identifying label. A label
("Ref", "No.", a column header) makes a value identifying only when the value itself could be one:
a list or row number, an age, a count, a paragraph number, a year, a date, an amount of money or a
percentage identifies nobody, whatever label stands before it. Every identifier finding passes
through :func:`could_be_identifier` before it becomes a suggestion, so no recogniser, column header
or board pattern can turn "4" into an identifier.
"""

from __future__ import annotations

import re
from typing import Final

# The longest plain number that is still a count, a list or row number, a paragraph or an age.
MAX_SHORT_DIGITS: Final = 3

_WRAPPING: Final = re.compile(r"^[\s(\[#№*]+|[\s)\].,;:]+$")
_NUMBER_WORD: Final = re.compile(r"^(?i:no\.?|nos\.?|number|num\.?|#)\s*")
_PLAIN_NUMBER: Final = re.compile(r"\d+")
_YEAR: Final = re.compile(r"(?:19|20)\d{2}s?")
_YEAR_RANGE: Final = re.compile(r"((?:19|20)\d{2})\s*[/\-–]\s*((?:19|20)\d{2}|\d{2})")
_NUMERIC_DATE: Final = re.compile(r"\d{1,2}([/.\-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}")
_DOTTED: Final = re.compile(r"\d{1,3}(?:\.\d{1,3})+[a-z]?")  # paragraph 4.2.1, version 2.0, 3.5
_DOTTED_QUAD: Final = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_ORDINAL: Final = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_GROUPED: Final = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # 12,500
_MONEY: Final = re.compile(r"[£$€]\s?[\d,.]+(?:[km]|bn)?|\d{1,3}(?:[,.]\d+)?\s?(?:p|pence|pounds|k)", re.IGNORECASE)
_PERCENT: Final = re.compile(r"[\d.]+\s?%")
_TIME: Final = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?", re.IGNORECASE)
_RANGE: Final = re.compile(r"\d{1,3}\s*[-–/]\s*\d{1,3}")  # ages 0-5, 1/2, 10-24
_QUANTITY: Final = re.compile(
    r"\d{1,3}\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|mins?|minutes?|kg|g|cm|mm|m|km|miles?|"
    r"ml|lbs?|oz|times?|x)\b\.?(?:\s*old)?",
    re.IGNORECASE,
)


def _core(text: str) -> str:
    """The value without wrapping brackets, list marks and a leading "No."."""
    value = text.strip()
    previous = None
    while previous != value:
        previous = value
        value = _WRAPPING.sub("", value)
        value = _NUMBER_WORD.sub("", value)
    return value


def is_year_range(text: str) -> bool:
    """Whether ``text`` is a span of years such as ``2016-2017`` or ``2015/16``."""
    match = _YEAR_RANGE.fullmatch(text)
    if match is None:
        return False
    first, second = int(match.group(1)), int(match.group(2))
    if second < 100:
        second += first - first % 100
    return 0 < second - first <= 10


def is_bare_short_number(text: str) -> bool:
    """Whether ``text`` is a number that identifies nobody on its own.

    True for list, row, paragraph and footnote numbers ("4", "(12)", "No. 3", "4.2.1"), ages and
    counts ("aged 4 years" gives "4 years"), years and spans of years ("2016", "2015/16"), numeric
    dates, ordinals, amounts of money, percentages, times and small ranges ("0-5").

    Args:
        text: A candidate identifier value.

    Returns:
        True when the value is only such a number.
    """
    value = _core(text)
    if not value:
        return True
    if _PLAIN_NUMBER.fullmatch(value):
        return len(value) <= MAX_SHORT_DIGITS or _YEAR.fullmatch(value) is not None
    if _NUMERIC_DATE.fullmatch(value):
        return _could_be_a_date(value)  # "20-45-77" is a bank's sort code, no date
    if _DOTTED_QUAD.fullmatch(value) and sum(c.isdigit() for c in value) >= 7:
        return False  # a network address ("81.2.69.160"), no paragraph: none runs to four parts and seven digits
    return any(rx.fullmatch(value) is not None for rx in (
        _YEAR, _DOTTED, _ORDINAL, _GROUPED, _MONEY, _PERCENT, _TIME, _RANGE, _QUANTITY,
    )) or is_year_range(value)


def _could_be_a_date(value: str) -> bool:
    """Whether a value shaped like a numeric date has a month (1-12) and a day (1-31), either way round."""
    parts = [int(p) for p in re.split(r"[/.\-]", value)]
    a, b = (parts[1], parts[2]) if value[:4].isdigit() else (parts[0], parts[1])  # year first: "2019-03-14"
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def could_be_identifier(text: str) -> bool:
    """Whether ``text`` could be an identifier's value: it holds a digit or an ``@`` and is not a bare number.

    Web addresses, e-mail addresses and social handles have no digit and still identify; they are
    recognised by their own shape, so only values with digits are judged here.

    Args:
        text: A candidate identifier value.

    Returns:
        False for bare short numbers (see :func:`is_bare_short_number`); True otherwise.
    """
    if not any(c.isdigit() for c in text):
        return True
    return not is_bare_short_number(text)


# A review named just before a number's label: the number is the review's own (its reference in the national
# repository, "Serious Case Review No: 2017/C6969", "Review reference: DHR 2022/03"), no one's.
# (Not a child death review's: its reference is the child's case at the death overview panel.)
_REVIEW_NUMBER_BEFORE: Final = re.compile(
    r"(?:(?i:\b(?:serious[ \t]+case|case|(?:local[ \t]+)?child[ \t]+safeguarding[ \t]+practice|practice|rapid|"
    r"learning|domestic[ \t]+homicide|safeguarding[ \t]+adults?)[ \t]+review|\b(?:L?CSPR|SCR|DHR|SAR))"
    r"|(?-i:(?<![Dd]eath[ \t])\bReview))"  # a field's label of its own: "Review reference: DHR 2022/03"
    r"\s*(?:(?i:no|number|ref(?:erence)?)\.?[ \t]*:?[ \t]*)?$")


# A review's own reference: its kind among the code's parts ("CWAC-LCSPR-2023-02", "SAR-2021-004", "CTMSB CPR
# 2023/04"), or a board's letters opening it before a year ("TGRSB 01/2023"): public, no one's. (An anti-social
# behaviour case's "ASB" is no board's.)
_REVIEW_CODE: Final = re.compile(r"(?:^|[-/ ])(?:L?CSPR|SCR|SAR|DHR|E?CPR|CMR|SCIR)(?:[-/ ]|$)"
                                 r"|^\d?(?:[A-Z]{2,5}SB|[A-Z]{1,5}(?:SCB|SCP|SAB|SCPB))[-/ ]+(?:\d{1,2}/)?"
                                 r"(?:19|20)\d\d\b")


def is_review_code(value: str) -> bool:
    """Whether a value is a review's own reference, by its kind or its board's letters (see ``_REVIEW_CODE``)."""
    return _REVIEW_CODE.search(value) is not None


_SORT_CODE_BEFORE: Final = re.compile(r"(?i:\bsort[ \t]+code)[ \t]*[:.]?[ \t]*(?:(?:is|was)[ \t]+)?$")


def is_labelled_sort_code(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a bank's sort code after its label ("sort code 09-01-28"): an identifier,
    though it has a date's shape."""
    return re.fullmatch(r"\d{2}-\d{2}-\d{2}", text[start:end]) is not None \
        and _SORT_CODE_BEFORE.search(text, max(0, start - 20), start) is not None


def is_review_number(text: str, start: int) -> bool:
    """Whether the value starting at ``start`` (or the label there) follows the name of a review."""
    return _REVIEW_NUMBER_BEFORE.search(text[max(0, start - 60):start]) is not None
