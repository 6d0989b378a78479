"""Tests for the local-authority case ID recogniser."""

from __future__ import annotations

import pytest

from recognizers.catalogue import LA_CASE_ID
from recognizers.la_case_id import LocalAuthorityCaseIdRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("LCS 771904 shows", "771904"),
    ("LCS 1234567", "1234567"),
    ("Mosaic ID: 987654", "987654"),
    ("(Liquidlogic ref 445566)", "445566"),
    ("Liquid Logic no. 445566", "445566"),
    ("CareFirst 123456.", "123456"),
    ("Frameworki no. 55501", "55501"),
    ("Framework-i 55501", "55501"),
    ("ICS 765432", "765432"),
    ("EHM 12345", "12345"),
    ("Paris ID 12345", "12345"),
    ("Protocol ID 12345", "12345"),
    ("case record 123456", "123456"),
    ("case record number: 123456", "123456"),
    ("client ID 123456", "123456"),
    ("person ID 123456", "123456"),
    ("child's ID: 445566", "445566"),
    ("case number 1234567", "1234567"),
    ("social care record 123456", "123456"),
    ("Mosaic P1234567", "P1234567"),
    # a system's case ("LCS case 882341 opened")
    ("LCS case 882341 opened", "882341"),
    ("Mosaic case no. 7712345", "7712345"),
    # a running header or footer: the board or the review, a dash, the case's record number
    ("Westshire Safeguarding Children Board \u2013 Serious Case Review (draft) \u2013 4718265   Page 2", "4718265"),
    ("Child Safeguarding Practice Review | 98765432", "98765432"),
]

NEGATIVE = [
    "1234567",  # no context
    "the number 771904",
    "lcs 1234567",  # acronyms must be capitals
    "Paris 75011",  # a city and postcode: needs a label
    "Protocol 12345",
    "LCS 1234",  # too short
    "LCS 12345678901",  # too long
    "LCS 1234567/19",  # part of a longer reference
    "the LCS case 2019",  # a year
    "Mosaic 2019",
    "case number XY19C01234",  # a court case number
    "CRN 12345678",  # police
    "LCS1234567",  # no space: not a label
    "Serious Case Review \u2013 2019",  # a year
    "Board \u2013 123",  # a page or row number
    "The review heard from 1234567 people",  # no dash after the title
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value", POSITIVE)
def test_finds_case_id(text: str, value: str) -> None:
    recognizer = LocalAuthorityCaseIdRecognizer()
    assert found(recognizer, text, LA_CASE_ID) == spans_of(text, value)
    assert all(r.score >= 0.5 for r in recognizer.analyze(text, [LA_CASE_ID]))


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(LocalAuthorityCaseIdRecognizer(), text, LA_CASE_ID) == []


def test_metadata() -> None:
    recognizer = LocalAuthorityCaseIdRecognizer()
    assert recognizer.supported_entities == [LA_CASE_ID]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "LocalAuthorityCaseIdRecognizer"
