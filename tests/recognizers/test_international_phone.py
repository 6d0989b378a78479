"""Tests for the international telephone number recogniser (invented numbers in valid ranges)."""

from __future__ import annotations

import pytest

from recognizers.catalogue import PHONE_NUMBER
from recognizers.international_phone import InternationalPhoneRecognizer
from tests.recognizers.prose import PROSE_PARAGRAPH, PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("her mobile +48 512 345 678.", "+48 512 345 678"),  # Poland
    ("(mobile +40 722 123 456)", "+40 722 123 456"),
    ("+40 722 123 456", "+40 722 123 456"),  # Romania
    ("+234 803 123 4567", "+234 803 123 4567"),  # Nigeria
    ("+92 300 1234567", "+92 300 1234567"),  # Pakistan
    ("0048 512 345 678", "0048 512 345 678"),
    ("+44 (20) 7946 0958", "+44 (20) 7946 0958"),  # a UK number in an international form
    ("she called on 0722 123 456", "0722 123 456"),  # Romanian national form after a phone word
    ("his number is 0803 123 4567", "0803 123 4567"),  # Nigeria
    ("texted from 98765 43210", "98765 43210"),  # India
    ("Her Polish mobile: 512 345 678", "512 345 678"),
    ("Relatives abroad could be reached on 512 345 678.", "512 345 678"),  # verbs of getting in touch
    ("her aunt is reachable on 912 345 678", "912 345 678"),  # Portugal
    ("He was contactable on 0722 123 456 until May.", "0722 123 456"),
    ("the school phoned 512 345 678", "512 345 678"),
    ("(415) 555-0199", "(415) 555-0199"),  # North American shape, no phone word needed
    ("415-555-0199", "415-555-0199"),
    ("415.555.0199", "415.555.0199"),
    ("1 (415) 555-0199 ext. 12", "1 (415) 555-0199 ext. 12"),
    # brackets round the whole number are the sentence's, not the number's
    ("Mother's mobile (0722 123 456) was unobtainable", "0722 123 456"),
    ("her mobile (+48 512 345 678)", "+48 512 345 678"),
    # the country's code in brackets
    ("The mother's mobile number was (+57) 328 573 08 55 at the time.", "(+57) 328 573 08 55"),
    ("tel. (+48) 512 345 678", "(+48) 512 345 678"), ("tel. (0048) 512 345 678", "(0048) 512 345 678"),
]

NEGATIVE = [
    "0121 496 0587",  # UK national: the UK recogniser's
    "722 123 456",  # a national number with no phone word
    "the overspend reached 512 345 678 by March",  # a sum reached, no "on"
    "reached on 12.05.2019",  # a date
    "0722 123 456 in the file",
    "2016-2017 and 1998-2004",
    "12/34567/19",
    "on 12.05.2019 at 10.30",
    "ISBN 978-1-78246-478-5",
    "+12",  # too short
    "call 12345",  # too short
    "number 1500",
    "x415-555-0199",
    "(+12) 345",  # too short
    *PROSE_SNIPPETS,
    PROSE_PARAGRAPH,
]


@pytest.mark.parametrize("text, value", POSITIVE)
def test_finds_phone(text: str, value: str) -> None:
    assert found(InternationalPhoneRecognizer(), text, PHONE_NUMBER) == spans_of(text, value)


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(InternationalPhoneRecognizer(), text, PHONE_NUMBER) == []


def test_valid_international_numbers_score_higher() -> None:
    scores = {text: r.score for text in ("+48 512 345 678", "(415) 555-0199")
              for r in InternationalPhoneRecognizer().analyze(text, [PHONE_NUMBER])}
    assert scores == {"+48 512 345 678": 0.8, "(415) 555-0199": 0.6}
