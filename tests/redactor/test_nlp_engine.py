"""The local spaCy engine answers Presidio's per-word questions as Presidio's own engine does."""

from __future__ import annotations

import pytest
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from redactor.nlp import LocalSpacyNlpEngine

WORDS = ["the", "The", "and", "be", "social", "worker", ",", ".", "-", "(", "’s", "'s", "quill", "07700", "n't",
         "whom", "", " "]


@pytest.fixture(scope="module")
def engine() -> LocalSpacyNlpEngine:
    local = LocalSpacyNlpEngine()
    local.load()
    return local


@pytest.mark.parametrize("word", WORDS)
def test_stop_words_and_punctuation_as_presidio_answers_them(engine: LocalSpacyNlpEngine, word: str) -> None:
    for _ in range(2):  # the first answer, and the one remembered
        assert engine.is_stopword(word, "en") == SpacyNlpEngine.is_stopword(engine, word, "en")
        assert engine.is_punct(word, "en") == SpacyNlpEngine.is_punct(engine, word, "en")


def test_some_words_are_stop_words_and_some_punctuation(engine: LocalSpacyNlpEngine) -> None:
    assert engine.is_stopword("the", "en") and not engine.is_stopword("worker", "en")
    assert engine.is_punct(",", "en") and not engine.is_punct("quill", "en")
