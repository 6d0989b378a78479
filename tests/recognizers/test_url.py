"""Tests for the URL recogniser."""

from __future__ import annotations

import ast
import inspect

import pytest

from recognizers import url
from recognizers.catalogue import URL
from recognizers.url import UrlRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("see https://www.example.org/page?id=1).", "https://www.example.org/page?id=1", 0.85),
    ("at http://example.com;", "http://example.com", 0.85),
    ("https://en.example.org/wiki/Foo_(bar).", "https://en.example.org/wiki/Foo_(bar)", 0.85),
    ("(see www.example.org).", "www.example.org", 0.8),
    ("www.example.co.uk/news/2019, then", "www.example.co.uk/news/2019", 0.8),
    ("her profile facebook.com/some.name, and", "facebook.com/some.name", 0.6),
    ("instagram.com/some_name/ then", "instagram.com/some_name/", 0.6),
    ("tiktok.com/@some.name.", "tiktok.com/@some.name", 0.6),
    ("the forum example-forum.co.uk.", "example-forum.co.uk", 0.5),
    ("HTTPS://EXAMPLE.ORG/A", "HTTPS://EXAMPLE.ORG/A", 0.85),
    # a host the line's end wraps at its hyphen is one address: no part of it stays behind
    ("the blog at www.smith-family-\nphotos.co.uk about", "www.smith-family-\nphotos.co.uk", 0.8),
    ("the report (whatworks-\ncsc.org.uk) and", "whatworks-\ncsc.org.uk", 0.5),
    ("see https://www.hartley-\n  family.com/page today", "https://www.hartley-\n  family.com/page", 0.85),
]

NEGATIVE = [
    "jo@example.com",  # an email address, not a URL
    "e.g. Mr.Smith i.e. S.47",
    "and/or 2015/16",
    "Node.js and file.txt",  # uncommon endings need a scheme, www. or a path
    "example.c/x",  # one-letter top-level domain
    "xhttps://example.org",  # no word boundary
    "a dash ends the line -\nexample.c/x",  # a spaced dash is no wrapped host
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value, score", POSITIVE)
def test_finds_url(text: str, value: str, score: float) -> None:
    recognizer = UrlRecognizer()
    assert found(recognizer, text, URL) == spans_of(text, value)
    assert [r.score for r in recognizer.analyze(text, [URL])] == [score]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(UrlRecognizer(), text, URL) == []


def test_does_not_import_tldextract() -> None:
    # tldextract downloads the public-suffix list; Presidio imports it anyway, so check ours.
    tree = ast.parse(inspect.getsource(url))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.startswith("tldextract") for name in imported)


def test_metadata() -> None:
    recognizer = UrlRecognizer()
    assert recognizer.supported_entities == [URL]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "UrlRecognizer"
