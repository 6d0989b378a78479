"""Tests for the National Insurance number recogniser."""

from __future__ import annotations

import pytest

from recognizers.catalogue import UK_NINO
from recognizers.ni_number import NationalInsuranceRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("NI number AB 12 34 56 C.", "AB 12 34 56 C", 0.7),
    ("NINO: AB123456C", "AB123456C", 0.7),
    ("(JG 123456 A)", "JG 123456 A", 0.7),
    ("mother's NI no. is ZY 98 76 54 D", "ZY 98 76 54 D", 0.7),
    ("National Insurance number JG 12 34 56 recorded", "JG 12 34 56", 0.6),  # labelled, no suffix
    ("ni no: JG123456", "JG123456", 0.6),
    ("JG 123 456 A", "JG 123 456 A", 0.7),  # three and three
    ("ab123456c", "ab123456c", 0.6),  # all lower case
    ("jg 12 34 56 a", "jg 12 34 56 a", 0.6),
    # Hyphens or dots between the groups, as forms and databases print them.
    ("number, JT-40-21-77-B, was used", "JT-40-21-77-B", 0.7),
    ("quoted JT-402177-B on the form", "JT-402177-B", 0.7),
    ("quoted JT.40.21.77.B.", "JT.40.21.77.B", 0.7),
    ("quoted jt-40-21-77-b on the form", "jt-40-21-77-b", 0.6),
    ("NI number: JT-40-21-77 recorded", "JT-40-21-77", 0.6),  # labelled, no suffix
]

NEGATIVE = [
    "DA123456C",  # D is never a first letter
    "FA123456C",
    "QA123456C",
    "AD123456C",  # D is never a second letter
    "AO123456C",  # O is never a second letter
    "GB123456C",  # unused prefixes
    "BG123456C",
    "NK123456C",
    "TN123456C",
    "ZZ123456C",
    "AB123456E",  # suffix must be A-D
    "AB12345C",  # too short
    "AB1234567C",  # too long
    "XAB123456C",  # no word boundary
    "AB123456CD",
    "Ab123456C",  # mixed case
    "at 12 34 56 a",  # lower-case prefixes that are English words
    "we 12 34 56 b",
    "da123456c",
    "JG 12 34 56 without a label",  # no suffix and no label
    "JT-40.21-77-B",  # separators mixed: not one number
    "JT-40-21-77-E",  # suffix must be A-D
    "REF-JT-40-21-77-B",  # part of a longer reference
    "JT-40-21-77-B-2",
    "DA-12-34-56-C",  # D is never a first letter
    "at-12-34-56-a",  # a lower-case English word as prefix
    "JT-40-21-77 without a label",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value, score", POSITIVE)
def test_finds_nino(text: str, value: str, score: float) -> None:
    recognizer = NationalInsuranceRecognizer()
    assert found(recognizer, text, UK_NINO) == spans_of(text, value)
    assert [r.score for r in recognizer.analyze(text, [UK_NINO])] == [score]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(NationalInsuranceRecognizer(), text, UK_NINO) == []


def test_metadata() -> None:
    recognizer = NationalInsuranceRecognizer()
    assert recognizer.supported_entities == [UK_NINO]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "NationalInsuranceRecognizer"
    assert recognizer.patterns is not NationalInsuranceRecognizer.PATTERNS
