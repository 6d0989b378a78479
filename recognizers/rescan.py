"""Re-scan finished output for structured identifiers (used by verification)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from presidio_analyzer import EntityRecognizer

from recognizers.enabled import structured_recognizers

# A re-found value must be at least this confident to count as a leak (as in analysis).
RESCAN_THRESHOLD = 0.5


@cache
def _recognizers() -> tuple[EntityRecognizer, ...]:
    return tuple(structured_recognizers())


def structured_findings(text: str) -> Iterator[tuple[str, str]]:
    """``(entity, text)`` for every identifier, date of birth or address found in ``text``."""
    for rec in _recognizers():
        for r in rec.analyze(text, rec.supported_entities, None) or []:
            if r.score >= RESCAN_THRESHOLD:
                yield r.entity_type, text[r.start:r.end]
