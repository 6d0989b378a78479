"""Re-scan finished output for structured identifiers (used by verification)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from presidio_analyzer import EntityRecognizer

from recognizers.enabled import structured_recognizers
from recognizers.gazetteer import recognised_text

# A re-found value must be at least this confident to count as a leak (as in analysis).
RESCAN_THRESHOLD = 0.5


@cache
def _recognizers() -> tuple[EntityRecognizer, ...]:
    return tuple(structured_recognizers())


def structured_findings(text: str) -> Iterator[tuple[str, int, int]]:
    """``(entity, start, end)`` for every identifier, date of birth or address found in ``text``.

    Where recognisers overlap (an NHS number is also "a number after a label"), the most
    confident reading of the span is reported once.
    """
    text = recognised_text(text)  # footnote marks and other spaces as spaces, as in analysis
    found = [r for rec in _recognizers() for r in rec.analyze(text, rec.supported_entities, None) or []  # type: ignore[arg-type]
             if r.score >= RESCAN_THRESHOLD]
    found.sort(key=lambda r: (-r.score, -(r.end - r.start)))
    taken: list[tuple[int, int]] = []
    for r in found:
        if any(r.start < b and a < r.end for a, b in taken):
            continue
        taken.append((r.start, r.end))
        yield r.entity_type, r.start, r.end
