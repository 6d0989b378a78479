"""Tests for the DVLA driving licence recogniser (invented numbers)."""

from __future__ import annotations

import pytest

from recognizers.catalogue import UK_DRIVING_LICENCE
from recognizers.driving_licence import DrivingLicenceRecognizer, licence_date_is_valid
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("Her driving licence number is HARLO706123JT9XK.", "HARLO706123JT9XK"),
    ("harlo706123jt9xk", "harlo706123jt9xk"),  # lower case
    ("HARLO706123JT9XK 01", "HARLO706123JT9XK 01"),  # with the issue number
    ("HARLO706123JT9XK01", "HARLO706123JT9XK01"),
    ("licence HARLO 706123 JT9XK 01 seen", "HARLO 706123 JT9XK 01"),
    ("HARLO 706 123 JT9XK", "HARLO 706 123 JT9XK"),
    ("LEE99756302K99AB", "LEE99756302K99AB"),  # short surname padded with 9s, woman (month 56)
    ("OX999862290AB9CD", "OX999862290AB9CD"),  # 29 February
    ("(HARLO711303JT9XK)", "HARLO711303JT9XK"),  # 30 November
]

NEGATIVE = [
    "HARLO713123JT9XK",  # month 13
    "HARLO700123JT9XK",  # month 00
    "HARLO763123JT9XK",  # month 63 (a woman's 13)
    "HARLO706323JT9XK",  # day 32
    "HARLO702303JT9XK",  # 30 February
    "HA9LO706123JT9XK",  # padding before a letter
    "99999706123JT9XK",  # no surname
    "HARLO70612JT9XK",  # 15 characters
    "HARLO7061234JT9XK",  # 17 characters
    "XHARLO706123JT9XK",  # no word boundary
    "HARLO706123JT9XKQ",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value", POSITIVE)
def test_finds_licence(text: str, value: str) -> None:
    assert found(DrivingLicenceRecognizer(), text, UK_DRIVING_LICENCE) == spans_of(text, value)


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(DrivingLicenceRecognizer(), text, UK_DRIVING_LICENCE) == []


@pytest.mark.parametrize("month, day, valid", [
    ("06", "12", True), ("56", "12", True), ("12", "31", True), ("62", "31", True), ("02", "29", True),
    ("00", "12", False), ("13", "12", False), ("50", "12", False), ("63", "12", False), ("04", "31", False),
    ("06", "00", False),
])
def test_licence_date(month: str, day: str, valid: bool) -> None:
    assert licence_date_is_valid(month, day, "3") is valid
