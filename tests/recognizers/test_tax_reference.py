"""Tests for the HMRC UTR and TRN recogniser (invented numbers)."""

from __future__ import annotations

import pytest

from recognizers.catalogue import UK_TAX_REFERENCE
from recognizers.tax_reference import TaxReferenceRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("UTR 9730521846", "9730521846"),
    ("97305 21846", "97305 21846"),
    ("9730521846K", "9730521846K"),
    ("1123456789", "1123456789"),  # check digit 1
    ("TRN 47H58213.", "47H58213"),
    ("47H 58213", "47H 58213"),
    ("47 H 58213", "47 H 58213"),
    ("47 H 582 13", "47 H 582 13"),
]

NEGATIVE = [
    "8730521846",  # wrong check digit
    "97305218467",  # eleven digits
    "973052184",  # nine
    "0121 496 0587",  # a phone number
    "943 476 5919",  # an NHS number's grouping
    "47h58213",  # a TRN's letter is a capital
    "47H5821",  # too short
    "447H58213",
    "12/34567/19",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value", POSITIVE)
def test_finds_tax_reference(text: str, value: str) -> None:
    assert found(TaxReferenceRecognizer(), text, UK_TAX_REFERENCE) == spans_of(text, value)


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(TaxReferenceRecognizer(), text, UK_TAX_REFERENCE) == []
