"""Tests for the court case number recogniser."""

from __future__ import annotations

import pytest

from recognizers.catalogue import COURT_CASE_NUMBER
from recognizers.court_case import CourtCaseNumberRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("case number XY19C01234.", "XY19C01234", 0.75),
    ("Case No: AB12P00099", "AB12P00099", 0.75),
    ("(XY19C01234)", "XY19C01234", 0.75),
    ("ZW19D12345", "ZW19D12345", 0.5),  # other case-type letters score lower
    ("Crown Court T20191234", "T20191234", 0.6),
    ("T2019 1234", "T2019 1234", 0.6),
    ("S20191234", "S20191234", 0.6),
    ("QB-2019-001234", "QB-2019-001234", 0.7),
    ("claim number A1QZ1234", "A1QZ1234", 0.7),
    ("court ref 3YM12345", "3YM12345", 0.7),
]

NEGATIVE = [
    "xy19c01234",  # lower case
    "XY19C012345",  # too long
    "XY19C0123",  # too short
    "XXY19C01234",  # no word boundary
    "XY19C01234X",
    "T2019",  # a year with a letter
    "T201912345",
    "X20191234",  # not a Crown Court prefix
    "case number 1234567",  # digits only: left to the LA case recogniser
    "claim number ABCDEFG",  # no digit
    "AB12 CDE",  # a vehicle registration
    "12/34567/19",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value, score", POSITIVE)
def test_finds_case_number(text: str, value: str, score: float) -> None:
    recognizer = CourtCaseNumberRecognizer()
    assert found(recognizer, text, COURT_CASE_NUMBER) == spans_of(text, value)
    assert [r.score for r in recognizer.analyze(text, [COURT_CASE_NUMBER])] == [score]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(CourtCaseNumberRecognizer(), text, COURT_CASE_NUMBER) == []


def test_metadata() -> None:
    recognizer = CourtCaseNumberRecognizer()
    assert recognizer.supported_entities == [COURT_CASE_NUMBER]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "CourtCaseNumberRecognizer"
