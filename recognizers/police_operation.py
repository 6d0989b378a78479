"""Recognises the names of local police operations ("Operation Tamarind", "OP FENNEL").

An investigation's code name is chosen by the force for one case, and the press reports it by that name: written in a
review, it points to the reported case and so to the children in it. Only the name is reported ("Operation [redacted]"
stays readable). National programmes every force runs under one name (Operation Encompass, Operation Makesafe,
Operation Hydrant) are public, on the keep list, and never reported.
"""

from __future__ import annotations

from typing import ClassVar

from recognizers import gazetteer as gz
from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import POLICE_REFERENCE
from recognizers.patterns import Pattern

# "Operation" (or "Op", "Op.") in title case or capitals, then the name: one word in title case, or in capitals after
# a label in capitals ("OP FENNEL").
_NAME = (r"(?:(?<=\b(?-i:Operation|Op\.?)[ \t]+)(?-i:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)"
         r"|(?<=\b(?-i:OPERATION|OP)[ \t]+)(?-i:[A-Z]{3,})"
         # ... or in capitals after the word in title case, in one or two words ("Operation KESTREL SANDS")
         r"|(?<=\b(?-i:Operation|Op\.?)[ \t]+)(?-i:[A-Z]{4,}(?:[ \t]+[A-Z]{4,})?))(?![\w'\u2019-])")


class PoliceOperationRecognizer(TablePatternRecognizer):
    """A police operation's code name after "Operation" or "Op" ("Operation Tamarind", "Op. Lantern", "OP FENNEL").

    A national programme's name is on the keep list and left alone ("Operation Encompass"), and so is a word that
    only describes the operation ("Operation Details", "Operation Manager").
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (Pattern("Police operation name", _NAME, 0.6, cue=r"\bop"),)
    CONTEXT: ClassVar[tuple[str, ...]] = ("operation", "police", "investigation")
    ENTITY: ClassVar[str] = POLICE_REFERENCE

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject a national programme's name and an ordinary word that describes the operation.

        Args:
            pattern_text: The matched name.

        Returns:
            True when the match should be discarded.
        """
        name = pattern_text.title()
        return gz.is_keep_phrase(f"Operation {name}") or gz.is_keep_phrase(name) or (
            gz.is_english_word(name) and name.casefold() in _DESCRIPTIVE)


# Words that follow "Operation" as a heading's or a role's, not a name ("Operation Manager", "Operation details").
_DESCRIPTIVE = frozenset({"manager", "managers", "lead", "leads", "details", "detail", "team", "teams", "order",
                          "orders", "plan", "plans", "name", "names", "room", "centre", "center", "officer", "officers",
                          "commander", "date", "dates", "start", "end", "update", "updates", "log", "logs", "summary"})
