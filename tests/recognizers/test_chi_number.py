"""Tests for the CHI number recogniser and the modulus-11 check digit (invented numbers)."""

from __future__ import annotations

import pytest

from recognizers.catalogue import UK_CHI
from recognizers.chi_number import ChiNumberRecognizer, chi_is_valid, mod11_check_digit
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("CHI 1403820635", "1403820635"),
    ("140382 0635", "140382 0635"),
    ("(140382-0635)", "140382-0635"),
    ("2506095144", "2506095144"),
]

NEGATIVE = [
    "1403820636",  # wrong check digit
    "3213820635",  # day 32
    "1413820635",  # month 13
    "14038206351",  # eleven digits
    "0121 496 0587",
    "14/03/82",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value", POSITIVE)
def test_finds_chi(text: str, value: str) -> None:
    assert found(ChiNumberRecognizer(), text, UK_CHI) == spans_of(text, value)


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(ChiNumberRecognizer(), text, UK_CHI) == []


@pytest.mark.parametrize("body, check", [("140382063", 5), ("943476591", 9), ("340912845", None)])
def test_mod11_check_digit(body: str, check: int | None) -> None:
    assert mod11_check_digit(body) == check


def test_chi_is_valid() -> None:
    assert chi_is_valid("1403820635") and not chi_is_valid("14038206") and not chi_is_valid("14038206x5")
