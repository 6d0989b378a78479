"""Tests for the pure date parser and month-year generaliser."""

from __future__ import annotations

import datetime

import pytest

from recognizers.dates import ParsedDate, expand_year, generalise, is_month_of_date, parse_date


@pytest.mark.parametrize("text, expected", [
    # Numeric, day first.
    ("14/03/2002", ParsedDate(14, 3, 2002)),
    ("14.03.2002", ParsedDate(14, 3, 2002)),
    ("14-03-2002", ParsedDate(14, 3, 2002)),
    ("14-03-02", ParsedDate(14, 3, 2002)),
    ("4/3/2002", ParsedDate(4, 3, 2002)),
    ("01/12/85", ParsedDate(1, 12, 1985)),
    ("2002-03-14", ParsedDate(14, 3, 2002)),          # ISO
    ("2002/03/14", ParsedDate(14, 3, 2002)),          # year first with slashes
    ("2002.03.14", ParsedDate(14, 3, 2002)),          # year first with dots, as Hungarian records write it
    ("06AUG22", ParsedDate(6, 8, 2022)),              # an airline's or a border record's compact date
    ("03/14/2002", ParsedDate(14, 3, 2002)),          # US order where the day cannot be a month
    ("12/25/15", ParsedDate(25, 12, 2015)),
    ("11-22-1972", ParsedDate(22, 11, 1972)),
    ("05/06/2016", ParsedDate(5, 6, 2016)),           # ambiguous: UK order
    # Words.
    ("14 March 2002", ParsedDate(14, 3, 2002)),
    ("14th March 2002", ParsedDate(14, 3, 2002)),
    ("1st May 2019", ParsedDate(1, 5, 2019)),
    ("14th of March, 2002", ParsedDate(14, 3, 2002)),
    ("the 14th of March, 2002", ParsedDate(14, 3, 2002)),
    ("March 14, 2002", ParsedDate(14, 3, 2002)),
    ("March 14 2002", ParsedDate(14, 3, 2002)),
    ("Mar 14th 2002", ParsedDate(14, 3, 2002)),
    ("Mar. 14th 2002", ParsedDate(14, 3, 2002)),
    ("14 Mar 02", ParsedDate(14, 3, 2002)),
    ("14 March '02", ParsedDate(14, 3, 2002)),
    ("14-Mar-2002", ParsedDate(14, 3, 2002)),
    ("Sept 3, 1999", ParsedDate(3, 9, 1999)),
    ("3 SEPTEMBER 1999", ParsedDate(3, 9, 1999)),
    ("Friday 14 March 2002", ParsedDate(14, 3, 2002)),  # the weekday is not checked
    ("Friday, the 14th of March 2002", ParsedDate(14, 3, 2002)),
    ("Fri 14 March 2002", ParsedDate(14, 3, 2002)),
    ("  14 March 2002  ", ParsedDate(14, 3, 2002)),
    ("29 February 2004", ParsedDate(29, 2, 2004)),      # leap year
    # Less precise.
    ("14 March", ParsedDate(14, 3, None)),
    ("14th of March", ParsedDate(14, 3, None)),
    ("March 14", ParsedDate(14, 3, None)),
    ("29 Feb", ParsedDate(29, 2, None)),                # could be a leap year
    ("March 2002", ParsedDate(None, 3, 2002)),
    ("Mar 2002", ParsedDate(None, 3, 2002)),
])
def test_parse_date_accepts(text: str, expected: ParsedDate) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "31/02/2002",            # no 31 February
    "29 Feb 2001",           # not a leap year
    "31 April 2019",
    "00/00/0000",
    "00/03/2002",
    "14/13/2002",            # UK order: 13 is not a month
    "02/30/2002",            # US order, but no 30 February
    "13/14/2002",            # neither order
    "2002-14-03",
    "32 March 2002",
    "14 Marchy 2002",
    "Hello 14 March 2002",   # only a weekday or "the" may lead
    "2002",                  # a year alone
    "14/03",                 # a fraction, or a day and month with no year
    "14:30",
    "",
    "March",
])
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize("text, expected", [
    ("14/03/2002", "March 2002"),
    ("2002-03-14", "March 2002"),
    ("Friday 14th of March, 2002", "March 2002"),
    ("Sept 3 1999", "September 1999"),
    ("14 March", None),       # no year
    # a range of days: the month (or months) it falls in
    ("24-28 June 2024", "June 2024"), ("24th to 28th June 2024", "June 2024"), ("3\u20135 May 2021", "May 2021"),
    ("30 April - 2 May 2022", "April to May 2022"),
    ("27/28 January 2023", "January 2023"),
    ("3 and 5 May 2021", "May 2021"), ("30 April and 2 May 2022", "April to May 2022"),
    ("28 December \u2013 3 January 2022", "December 2021 to January 2022"),
    ("Monday 24 - Friday 28 June 2024", "June 2024"),
    ("30-28 June 2024", None), ("24-31 June 2024", None),  # backwards, or no such day
    ("March 2002", None),     # already month-year
    ("31/02/2002", None),
    ("not a date", None),
])
def test_generalise(text: str, expected: str | None) -> None:
    assert generalise(text) == expected


@pytest.mark.parametrize("two_digits, expected", [(0, 2000), (2, 2002), (25, 2025), (26, 1926), (85, 1985)])
def test_expand_year_pivots_on_the_current_year(two_digits: int, expected: int) -> None:
    assert expand_year(two_digits, today=datetime.date(2025, 6, 1)) == expected


def test_parsed_date_is_frozen() -> None:
    parsed = ParsedDate(14, 3, 2002)
    with pytest.raises(AttributeError):
        parsed.day = 1  # type: ignore[misc]
    assert parsed.is_day_precise
    assert not ParsedDate(None, 3, 2002).is_day_precise


@pytest.mark.parametrize("text, month, expected", [
    ("The review was presented on 16th May 2015.", "May", True),  # a day before it
    ("seen on 3 April by the nurse", "April", True),
    ("on the 2nd of June the panel met", "June", True),
    ("In August 2019, the family moved.", "August", True),  # a year after it
    ("by April, 2019 the plan had ended", "April", True),
    ("on April 19, 2019 the police attended", "April", True),  # month, day and year
    ("April was seen at home.", "April", False),  # a name: no day, no year
    ("Ms May agreed with the plan.", "May", False),
    ("told June that 12 staff had left", "June", False),
    ("On 3 May April was seen.", "April", False),  # the day belongs to the month before
    ("Tom May 1 and Tom May 2", "May", False),  # a number after is no year
    ("the May 1st meeting", "May", False),  # a day alone after the month: a name may stand so too
    ("in 2016 May said so", "May", False),  # a year before is no day
    ("3.100 In Jan 2020, the authority was told.", "Jan", True),  # a month's abbreviation, a year after it
    ("seen on 16 Dec by the nurse", "Dec", True),
    ("Jan Rajman and Jan agreed.", "Jan", False),  # the first name
    # a word of time before it: the month, with no day or year ("In June she moved again")
    ("In June she moved again.", "June", True),
    ("during April the family stayed", "April", True),
    ("in early August the school called", "August", True),
    ("by the end of June the plan had lapsed", "June", True),
    ("from mid-March the visits stopped", "March", True),
    ("In June's view the baby was well.", "June", False),  # a possessive: the person's
    ("After June left, the baby cried.", "June", False),  # "after" begins a clause about a person too
    ("She confided in June, her aunt.", "June", False),  # "in" after a verb that takes a person
    ("They had no trust in April.", "April", False),
    # a month beside another month, a range or a pair ("from April to June", "April and May were hard months")
    ("the family were seen weekly from April to June", "April", True),
    ("the family were seen weekly from April to June", "June", True),
    ("April and May were difficult months", "April", True),
    ("between March and May the visits stopped", "May", True),
    ("April\u2013June 2019 saw four visits", "April", True),
    ("April and Tom were seen at home", "April", False),
])
def test_a_month_written_as_a_dates_month(text: str, month: str, expected: bool) -> None:
    start = text.rindex(month)
    assert is_month_of_date(text, start, start + len(month)) is expected


def test_only_a_months_name_is_a_dates_month() -> None:
    text = "On 3 Maisie 2015"
    assert not is_month_of_date(text, 5, 11)
