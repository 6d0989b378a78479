"""Tests for the other-agency reference recogniser."""

from __future__ import annotations

import pytest

from recognizers.agency_reference import AgencyReferenceRecognizer
from recognizers.catalogue import AGENCY_REFERENCE
from tests.recognizers.prose import PROSE_PARAGRAPH, PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("housing application HOU/2019/01234 was", "HOU/2019/01234", 0.5),
    ("hospital no. X1234567", "X1234567", 0.6),
    ("hospital number 123 456 7890", "123 456 7890", 0.5),
    ("case ref: AB/12345", "AB/12345", 0.6),
    ("tenancy ref T-55512.", "T-55512", 0.6),
    ("application number 2019/0456", "2019/0456", 0.6),
    ("reference number 12345678", "12345678", 0.5),
    ("ID 12345", "12345", 0.5),
    ("ref.12345", "12345", 0.5),
    ("their file HOU/2019/01234", "HOU/2019/01234", 0.5),
    ("claim AB-123456 was", "AB-123456", 0.5),
    ("Ref No: DWP/123/4567", "DWP/123/4567", 0.6),
]

NEGATIVE = [
    "Serious Case Review No: 2017/C6969",  # the review's own number in the national repository
    "Serious Case Review\n\nNo: 2017/C6969",
    "SCR ref 2014/C4321 (published by the NSPCC)",
    "ref 2019",  # a plain year
    "number 2016-2017",  # a span of years
    "number 2015/16",
    "ref 4.2.1",  # a paragraph
    "ref 24/06/2016",  # a date
    "ref 2019-06-24",
    "ref 10th",  # an ordinal
    "ref 123",  # too few digits
    "No 10",
    "no 5 year olds",
    "no 12345 calls",  # "no" in lower case is not a label
    "id 12345",
    "reference to 2019 guidance",
    "application 12345",  # a domain word needs a strong code
    "hospital 2015/16",
    "ref AB/12",
    "ref X1234567Y/",
    "refX1234567",  # no word boundary
    "number 12,500",
    "ref £2,500",
    *PROSE_SNIPPETS,
    PROSE_PARAGRAPH,
]


@pytest.mark.parametrize("text, value, score", POSITIVE)
def test_finds_reference(text: str, value: str, score: float) -> None:
    recognizer = AgencyReferenceRecognizer()
    assert found(recognizer, text, AGENCY_REFERENCE) == spans_of(text, value)
    assert max(r.score for r in recognizer.analyze(text, [AGENCY_REFERENCE])) == score


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(AgencyReferenceRecognizer(), text, AGENCY_REFERENCE) == []


def test_metadata() -> None:
    recognizer = AgencyReferenceRecognizer()
    assert recognizer.supported_entities == [AGENCY_REFERENCE]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "AgencyReferenceRecognizer"
