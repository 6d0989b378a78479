"""Tests for the passport number recogniser (invented numbers)."""

from __future__ import annotations

import pytest

from recognizers.catalogue import UK_PASSPORT
from recognizers.passport import PassportRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("XK4820917", "XK4820917", 0.5),
    ("xk4820917", "xk4820917", 0.5),
    ("Her passport number is 305867214.", "305867214", 0.8),  # nine digits, the older British form
    ("passport no. K7719203", "K7719203", 0.8),  # another country's letter and digits
    ("his Polish passport, EB1234567,", "EB1234567", 0.8),
    ("Passports: XK4820917 and QD5550123", "XK4820917", 0.8),
]

NEGATIVE = [
    "305867214",  # nine digits need the word
    "XK 4820917",  # a space inside
    "X48209171",  # one letter and eight digits, no word
    "XKQ482091",  # three letters
    "XK482091",  # too short
    "XK48209177",  # too long
    "4820917XK",
    "AXK4820917B",  # no word boundary
    "passport in 2016",
    "passport for 12 months",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value, score", POSITIVE)
def test_finds_passport(text: str, value: str, score: float) -> None:
    recognizer = PassportRecognizer()
    spans = found(recognizer, text, UK_PASSPORT)
    assert spans_of(text, value)[0] in spans
    start = text.index(value)
    assert max(r.score for r in recognizer.analyze(text, [UK_PASSPORT]) if r.start == start) == score


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(PassportRecognizer(), text, UK_PASSPORT) == []
