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


def test_the_tokenizer_not_read_from_the_model_is_the_models_own() -> None:
    """The pipeline keeps the tokenizer spaCy builds for English instead of reading the model's copy
    (``NOT_READ``): only while the two are the same, byte for byte, do both cut text the same way."""
    import importlib

    from redactor.nlp import EXCLUDED_COMPONENTS, MODEL_PACKAGE, NOT_READ, load_pipeline

    assert NOT_READ == ("tokenizer",)
    model = importlib.import_module(MODEL_PACKAGE).load(exclude=list(EXCLUDED_COMPONENTS))
    used = load_pipeline()
    # (its rules, prefixes, suffixes, infixes and URL and token matches; the vocabulary is read either way)
    assert used.tokenizer.to_bytes(exclude=["vocab"]) == model.tokenizer.to_bytes(exclude=["vocab"])
    text = "Ms O'Neill's son (DOB 03/04/2011) didn't attend St. John's; e-mail j.o@x.co.uk, tel. 07700 900123."
    assert [t.text for t in used.make_doc(text)] == [t.text for t in model.make_doc(text)]
