"""Tests for the email address recogniser."""

from __future__ import annotations

import ast
import inspect

import pytest

from recognizers import email_address
from recognizers.catalogue import EMAIL_ADDRESS
from recognizers.email_address import EmailRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("Email jo.bloggs@example.org.", "jo.bloggs@example.org"),
    ("<j_bloggs+school@mail.example.co.uk>", "j_bloggs+school@mail.example.co.uk"),
    ("Email to Alžběta.Hodgson@example.org about", "Alžběta.Hodgson@example.org"),  # a local part in any script
    ("(Name.Surname99@example.gov.uk)", "Name.Surname99@example.gov.uk"),
    ("sent to o'neill@example.com; copied", "o'neill@example.com"),
    ("address: SW-Team@example-council.gov.uk, and", "SW-Team@example-council.gov.uk"),
    # written out so no program reads it ("tina.marsh84 [at] gmail [dot] com"): a person reads it the same
    ("Email tina.marsh84 [at] gmail [dot] com for", "tina.marsh84 [at] gmail [dot] com"),
    ("email: tina(dot)marsh(at)gmail(dot)com.", "tina(dot)marsh(at)gmail(dot)com"),
    ("write to jo.bloggs at example dot org today", "jo.bloggs at example dot org"),
]

NEGATIVE = [
    "a..b@example.com",  # doubled dot in the local part
    "jo@example",  # no top-level domain
    "jo@example.c",  # one-letter top-level domain
    "icon@2x.png",  # a file name
    "@some_name",  # a handle
    "meet @ 5pm",
    "jo@@example.com",
    "jo@example.com2",  # no word boundary
    "she was at home dot com", "look at the dot on the map", "at school (at) home (dot) com",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value", POSITIVE)
def test_finds_email(text: str, value: str) -> None:
    recognizer = EmailRecognizer()
    assert found(recognizer, text, EMAIL_ADDRESS) == spans_of(text, value)
    assert all(r.score >= 0.5 for r in recognizer.analyze(text, [EMAIL_ADDRESS]))


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(EmailRecognizer(), text, EMAIL_ADDRESS) == []


def test_does_not_import_tldextract() -> None:
    # tldextract downloads the public-suffix list; Presidio imports it anyway, so check ours.
    tree = ast.parse(inspect.getsource(email_address))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.startswith("tldextract") for name in imported)


def test_metadata() -> None:
    recognizer = EmailRecognizer()
    assert recognizer.supported_entities == [EMAIL_ADDRESS]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "EmailRecognizer"
