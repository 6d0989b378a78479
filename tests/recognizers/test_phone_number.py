"""Tests for the UK telephone number recogniser."""

from __future__ import annotations

import pytest

from recognizers.catalogue import PHONE_NUMBER
from recognizers.phone_number import UkPhoneRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

# Ofcom's ranges for drama (0121 496 0xxx, 01632 960xxx, 020 7946 0xxx, 07700 900xxx, ...).
POSITIVE = [
    ("Tel: 0121 496 0587.", "0121 496 0587"),
    ("landline 01632 960718,", "01632 960718"),
    ("call 020 7946 0958", "020 7946 0958"),
    ("mobile 07700 900123", "07700 900123"),
    ("mobile 07700900123", "07700900123"),
    ("texted from 07700 900 123 at night", "07700 900 123"),
    ("+44 7700 900123", "+44 7700 900123"),
    ("+447700900123", "+447700900123"),
    ("on +44 (0)121 496 0000 today", "+44 (0)121 496 0000"),
    ("school office (0118) 496 0229;", "(0118) 496 0229"),
    ("0121-496-0034", "0121-496-0034"),
    ("+44 20 7946 0958", "+44 20 7946 0958"),
    ("(07700 900123)", "07700 900123"),
    # an extension is part of the number: it reaches one person's desk
    ("Tel: 0121 496 0587 ext. 4512 was her line", "0121 496 0587 ext. 4512"),
    ("call 01632 960718 extension 21", "01632 960718 extension 21"),
    ("020 7946 0958 x4512", "020 7946 0958 x4512"),
]

NEGATIVE = [
    "NHS 943 476 5919",  # NHS numbers do not start with 0
    "9434765919",
    "12/34567/19",  # police reference
    "CRN 12/34567/19",
    "XY19C01234",  # court case number
    "0121 496 003",  # too short
    "0121 496 05875",  # too long
    "0121 496 0587-5",  # continues with more digits
    "x07700900123",  # no word boundary
    "07700900123x",
    "1.07700900123",
    "0 121 496 0034",  # odd grouping
    "01/05/2019",
    "2016-2017",
    # an organisation's line, which no one has at home: freephone, non-geographic (a council's, a force's 03),
    # shared-cost and premium numbers ("the NSPCC helpline 0808 800 5000")
    "the NSPCC helpline 0808 800 5000", "Childline on 0800 1111", "0800 123 4567", "the council on 0300 123 4567",
    "the advice line 0845 600 1234", "0870 123 4567",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value", POSITIVE)
def test_finds_phone(text: str, value: str) -> None:
    recognizer = UkPhoneRecognizer()
    assert found(recognizer, text, PHONE_NUMBER) == spans_of(text, value)
    assert all(r.score >= 0.5 for r in recognizer.analyze(text, [PHONE_NUMBER]))


@pytest.mark.parametrize(
    "text, score",
    [
        ("0121 496 0587", 1.0),  # an allocated range
        ("07700 900123", 0.6),  # possible but unallocated (drama range)
    ],
)
def test_scores(text: str, score: float) -> None:
    assert [r.score for r in UkPhoneRecognizer().analyze(text, [PHONE_NUMBER])] == [score]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(UkPhoneRecognizer(), text, PHONE_NUMBER) == []


def test_metadata() -> None:
    recognizer = UkPhoneRecognizer()
    assert recognizer.supported_entities == [PHONE_NUMBER]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "UkPhoneRecognizer"
    assert "phone" in recognizer.context
