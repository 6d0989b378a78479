"""Tests for the Ofsted URN recogniser."""

from __future__ import annotations

import pytest

from recognizers.catalogue import OFSTED_URN
from recognizers.ofsted_urn import OfstedUrnRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("the home (SC123456) was", "SC123456"),
    ("home SC 123456.", "SC 123456"),
    ("childminder EY123456", "EY123456"),
    ("URN 100000", "100000"),
    ("URN: 999999,", "999999"),
    ("Ofsted URN: 2512345", "2512345"),
    ("unique reference number 123456", "123456"),
    ("Ofsted URN SC123456", "SC123456"),
    ("Ofsted registration number 123456", "123456"),
]

NEGATIVE = [
    "100000",  # six digits need a URN or Ofsted label
    "the school had 123456 visitors",
    "sc123456",  # lower case
    "SC12345",  # too short
    "SC1234567",  # too long
    "XSC123456",  # no word boundary
    "[2019] UKSC 12",
    "URN 52/1187/19",  # a police URN
    "urn 100000",  # "URN" must be capitals
    "Ofsted 2019",
    "URN 12345678",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value", POSITIVE)
def test_finds_urn(text: str, value: str) -> None:
    recognizer = OfstedUrnRecognizer()
    assert found(recognizer, text, OFSTED_URN) == spans_of(text, value)
    assert all(r.score >= 0.5 for r in recognizer.analyze(text, [OFSTED_URN]))


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(OfstedUrnRecognizer(), text, OFSTED_URN) == []


def test_metadata() -> None:
    recognizer = OfstedUrnRecognizer()
    assert recognizer.supported_entities == [OFSTED_URN]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "OfstedUrnRecognizer"
