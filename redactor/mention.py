"""One finding: where it is in a segment, what it is, and who found it."""

from __future__ import annotations

from dataclasses import dataclass

from recognizers import catalogue as cat
from recognizers.catalogue import coarse_type
from redactor.types import EntityType

# The entities that are names (each recogniser's and spaCy's), and the recogniser that reports spaCy's guesses.
NAME_ENTITIES = frozenset({cat.PERSON, cat.LOCATION, cat.ORGANISATION})
NER = "SpacyRecognizer"


@dataclass(frozen=True, slots=True)
class Mention:
    """One finding in one segment.

    Attributes:
        segment_id: The segment it was found in.
        start: Offset of the first character in the segment text.
        end: Offset after the last character.
        text: The text found.
        entity: The recogniser's entity name (``PERSON``, ``UK_NHS``, ``DATE_OF_BIRTH`` …).
        score: Confidence after context enhancement, 0-1.
        recognizer: Name of the recogniser (or ``register``/``linked`` for forms found by linking).
        explanation: Why it was found, from Presidio's decision process.
        joined: For a finding a page break splits, its whole text ("Maisie Kowalczyk"), on each part.
    """

    segment_id: str
    start: int
    end: int
    text: str
    entity: str
    score: float
    recognizer: str
    explanation: str = ""
    joined: str = ""

    @property
    def type(self) -> EntityType:
        """The register type (PERSON, LOCATION, ORGANISATION, DATE, IDENTIFIER)."""
        return coarse_type(self.entity)
