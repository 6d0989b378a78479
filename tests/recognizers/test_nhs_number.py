"""Tests for the NHS number recogniser."""

from __future__ import annotations

import pytest

from recognizers.catalogue import UK_NHS
from recognizers.nhs_number import NhsNumberRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

# All numbers are fictional; most are in the 999 range the NHS reserves for testing.
POSITIVE = [
    ("NHS number 943 476 5919 recorded", "943 476 5919"),
    ("NHS No: 943-476-5919.", "943-476-5919"),
    ("NHS 9434765919", "9434765919"),
    ("(999 000 1111)", "999 000 1111"),
    ("numbers 999 765 4323 and", "999 765 4323"),
    ("9992468017", "9992468017"),
    ("NHS: 999 111 2227, GP", "999 111 2227"),
]

NEGATIVE = [
    "NHS 943 476 5918",  # wrong check digit
    "NHS 999 123 4560",  # check value would be 10: no digit can complete it
    "NHS 999 123 4561",
    "0000000000",  # one repeated digit
    "943 476 591",  # too short
    "94347659190",  # too long
    "X9434765919",  # no word boundary
    "9434765919X",
    "943 476-5919",  # mixed separators
    "+44 943 476 5919",  # tail of a longer digit sequence
    "12 943 476 5919",
    "943.476.5919",
    "0121 496 0587",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value", POSITIVE)
def test_finds_nhs_number(text: str, value: str) -> None:
    recognizer = NhsNumberRecognizer()
    assert found(recognizer, text, UK_NHS) == spans_of(text, value)
    assert all(r.score >= 0.5 for r in recognizer.analyze(text, [UK_NHS]))


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(NhsNumberRecognizer(), text, UK_NHS) == []


def test_metadata() -> None:
    recognizer = NhsNumberRecognizer()
    assert recognizer.supported_entities == [UK_NHS]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "NhsNumberRecognizer"
    assert "nhs" in recognizer.context
    assert recognizer.patterns is not NhsNumberRecognizer.PATTERNS
    assert recognizer.context is not NhsNumberRecognizer.CONTEXT
