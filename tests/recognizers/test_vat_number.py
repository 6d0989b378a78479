"""Tests for the UK VAT number recogniser (invented numbers)."""

from __future__ import annotations

import pytest

from recognizers.catalogue import UK_VAT
from recognizers.vat_number import VatNumberRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("VAT GB 314 1592 28.", "GB 314 1592 28"),
    ("GB314159228", "GB314159228"),
    ("GB 314 1592 28 001", "GB 314 1592 28 001"),
    ("GB 314 159 228", "GB 314 159 228"),
    ("314159228", "314159228"),  # no prefix, the check holds
]

NEGATIVE = [
    "GB 314 1592 29",  # wrong check
    "314159229",  # no prefix and a wrong check: left to the label rule
    "314 159 228",  # spaced without the prefix
    "gb314159228",  # lower case
    "GB3141592",
    "XGB314159228",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value", POSITIVE)
def test_finds_vat(text: str, value: str) -> None:
    assert found(VatNumberRecognizer(), text, UK_VAT) == spans_of(text, value)


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(VatNumberRecognizer(), text, UK_VAT) == []
