"""The shape every table-driven pattern recogniser shares: class-constant patterns and context."""

from __future__ import annotations

from typing import Any, ClassVar

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer


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
