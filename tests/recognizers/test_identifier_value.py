"""A bare short number is never an identifier; a value with enough to it may be."""

from __future__ import annotations

import pytest

from recognizers.identifier_value import could_be_identifier, is_bare_short_number


@pytest.mark.parametrize("text", [
    "4", "12", "(3)", "[40]", "No. 3", "#7", "3.", "999",  # list, row, footnote and paragraph numbers
    "2016", "2015/16", "2016-2017", "1990s",  # years
    "4.2.1", "3.5", "24/06/2016", "2016-06-24", "12.3.4.5", "4.12.3.2",  # paragraphs and dates
    "10th", "12,500", "£2,500", "£150", "50p", "10%", "10.30am", "9pm",  # ordinals, money, times
    "0-5", "10-24", "1/2",  # ranges and fractions
    "4 years", "18 months old", "3 times",  # ages and counts
])
def test_bare_short_numbers(text: str) -> None:
    assert is_bare_short_number(text)
    assert not could_be_identifier(text)


@pytest.mark.parametrize("text", [
    "4521",  # a four-digit log number with its label
    "771904", "943 476 5919", "12/34567/19", "AB 12 34 56 C", "1234567/14", "X123456789012",
    "MFH/01/15/01234", "T20141234", "15/123456U", "1234567890K",
    "20-45-77", "40-47-84",  # a bank's sort code: shaped like a date, but no month
    "192.168.12.45", "81.2.69.160",  # a network address: four parts, more digits than a paragraph's
    "jo.bloggs@example.org", "some_name",  # no digit: judged by their own shape
])
def test_identifier_values(text: str) -> None:
    assert not is_bare_short_number(text)
    assert could_be_identifier(text)
