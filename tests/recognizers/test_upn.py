"""Tests for the Unique Pupil Number recogniser."""

from __future__ import annotations

import pytest

from recognizers.catalogue import UK_UPN
from recognizers.upn import UniquePupilNumberRecognizer, upn_check_letter
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of


@pytest.mark.parametrize(
    "body, letter",
    [
        ("801200005001", "B"),  # the example in python-stdnum's gb.upn
        ("999800012345", "X"),  # the rest computed by hand with the DfE weights 2-13, mod 23
        ("999812301234", "K"),
        ("99981230123A", "D"),  # temporary UPN: last character is a letter (A = 0)
        ("99970000001K", "R"),
        ("123456789012", "A"),
    ],
)
def test_check_letter(body: str, letter: str) -> None:
    assert upn_check_letter(body) == letter


@pytest.mark.parametrize("body", ["80120000500", "8012000050011", "80120000A001"])
def test_check_letter_rejects_bad_bodies(body: str) -> None:
    with pytest.raises(ValueError):
        upn_check_letter(body)


POSITIVE = [
    ("UPN B801200005001.", "B801200005001"),
    ("pupil number: X999800012345,", "X999800012345"),
    ("(K999812301234)", "K999812301234"),
    ("temporary UPN D99981230123A", "D99981230123A"),
    ("R99970000001K", "R99970000001K"),
]

NEGATIVE = [
    "UPN A801200005001",  # wrong check letter
    "UPN C999800012345",
    "UPN E99981230123A",
    "D013400012345",  # valid check letter, but no local authority is numbered below 201
    "B80120000500",  # too short
    "B8012000050011",  # too long
    "XB801200005001",  # no word boundary
    "B801200005001X",
    "b801200005001",  # lower case
    "I801200005001",  # I, O and S are never check letters
    "B80120000500I",
    "1801200005001",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value", POSITIVE)
def test_finds_upn(text: str, value: str) -> None:
    recognizer = UniquePupilNumberRecognizer()
    assert found(recognizer, text, UK_UPN) == spans_of(text, value)
    assert [r.score for r in recognizer.analyze(text, [UK_UPN])] == [1.0]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(UniquePupilNumberRecognizer(), text, UK_UPN) == []


def test_metadata() -> None:
    recognizer = UniquePupilNumberRecognizer()
    assert recognizer.supported_entities == [UK_UPN]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "UniquePupilNumberRecognizer"
