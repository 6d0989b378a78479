"""Shapes our recognisers share: table-driven patterns, and rule functions that return spans."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Protocol

import regex as re
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import gazetteer
from recognizers.patterns import Pattern, compile_patterns


class TablePatternRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` configured by class constants.

    Subclasses set ``ENTITY``, ``PATTERNS`` and ``CONTEXT`` (and ``CASE_SENSITIVE`` when upper-case
    letters matter, e.g. check letters); the lists are copied per instance because Presidio appends
    to them.
    """

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[Pattern, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    CASE_SENSITIVE: ClassVar[bool] = False

    def __init__(self, supported_entity: str | None = None, **kwargs: Any) -> None:
        """Create the recogniser.

        Args:
            supported_entity: The entity name to emit (default: the class's ``ENTITY``).
            **kwargs: Passed on to ``PatternRecognizer``.
        """
        kwargs.setdefault("patterns", list(self.PATTERNS))
        kwargs.setdefault("context", list(self.CONTEXT))
        kwargs.setdefault("supported_language", "en")
        if self.CASE_SENSITIVE:
            kwargs.setdefault("global_regex_flags", re.DOTALL | re.MULTILINE)
        super().__init__(supported_entity=supported_entity or self.ENTITY, **kwargs)
        compile_patterns(self)


class FoundSpan(Protocol):
    """What a rule-based finder returns for each hit."""

    start: int
    end: int
    score: float
    reason: str


class SpanFinderRecognizer(EntityRecognizer):
    """A recogniser whose rules live in a plain ``find`` function over the text (no spaCy needed).

    Subclasses set ``ENTITY`` and implement :meth:`find`; they may add to :meth:`explain`,
    :meth:`metadata` and :meth:`preload`.
    """

    ENTITY: ClassVar[str]
    name: str  # set by EntityRecognizer.__init__ (declared for the type checker)

    def __init__(self, supported_entity: str | None = None, supported_language: str = "en", **kwargs: Any) -> None:
        """Create the recogniser.

        Args:
            supported_entity: The entity name to emit (default: the class's ``ENTITY``).
            supported_language: Language code.
            **kwargs: Passed on to ``EntityRecognizer`` (``name``, ``version`` ...).
        """
        super().__init__(supported_entities=[supported_entity or self.ENTITY],
                         supported_language=supported_language, **kwargs)

    def load(self) -> None:
        """Read the shipped lists now, so the first document is not slower."""
        gazetteer.preload()
        self.preload()

    def preload(self) -> None:
        """Build any further indexes the rules use (none by default)."""

    def find(self, text: str) -> Iterable[FoundSpan]:
        """The hits in ``text``."""
        raise NotImplementedError

    def explain(self, span: Any) -> str:
        """The explanation recorded for one hit."""
        return str(span.reason)

    def metadata(self, span: Any) -> dict[str, Any]:
        """Extra recognition metadata for one hit (none by default)."""
        return {}

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        """Run :meth:`find` and report each hit.

        Args:
            text: The text to search.
            entities: Entities asked for (an empty list asks for all).
            nlp_artifacts: Unused; the rules need no NLP pipeline.

        Returns:
            One result per hit.
        """
        entity = self.supported_entities[0]
        if entities and entity not in entities:
            return []
        return [
            RecognizerResult(
                entity_type=entity, start=span.start, end=span.end, score=span.score,
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name, original_score=span.score, textual_explanation=self.explain(span)),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id, **self.metadata(span)},
            )
            for span in self.find(text)
        ]
