"""One undoable command per reviewer action; each calls the case API and nothing else.

The case journals every operation and keeps the authoritative undo and redo stacks, so a
command's first ``redo`` performs the operation and later ``undo``/``redo`` calls ask the case to
undo or redo it. :class:`ReviewSession` pushes a command only after its operation succeeded, so
the Qt stack and the case's stacks always hold the same operations in the same order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from redactor.register import REDACTED

if TYPE_CHECKING:
    from ui.session import ReviewSession

Rect = tuple[float, float, float, float]
Key = tuple[str, int, int]


class ReviewCommand(QUndoCommand):
    """Base: ``perform`` does the operation once; ``undo``/``redo`` go through the case's journal."""

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.reason: str | None = session.reason  # the reviewer's reason code for this action (None: automatic)
        self._performed = False

    def operation(self, case: Any, analysis: Any) -> Any:
        """Call the case API for this action and return its ``Change``."""
        raise NotImplementedError

    def perform(self) -> Any:
        """Do the action (before the command is pushed).

        Raises:
            RedactorError: The case refused the operation (nothing was recorded).
        """
        change = self.operation(self.session.case, self.session.analysis)
        self.setText(change.description)
        self._performed = True
        return change

    def redo(self) -> None:
        if self._performed:  # the push right after perform(): already done
            self._performed = False
            return
        self.session.step("redo")

    def undo(self) -> None:
        self.session.step("undo")


class DecideEntity(ReviewCommand):
    """Pseudonymise, redact or keep an entity (``action`` ``replace`` with ``replacement``, or ``keep``)."""

    def __init__(self, session: ReviewSession, entity_id: str, action: str, replacement: str = "") -> None:
        super().__init__(session)
        self.entity_id, self.action, self.replacement = entity_id, action, replacement

    def operation(self, case: Any, analysis: Any) -> Any:
        return case.decide(analysis, self.entity_id, self.action, self.replacement, reason=self.reason)


class AcceptSuggestion(DecideEntity):
    """Accept the engine's suggestion for an entity as it stands (journalled as an accepted suggestion)."""

    def __init__(self, session: ReviewSession, entity_id: str) -> None:
        d = session.analysis.decisions[entity_id]
        super().__init__(session, entity_id, d.action, d.replacement)

    def operation(self, case: Any, analysis: Any) -> Any:
        if not analysis.decisions[self.entity_id].reviewed:  # still the engine's suggestion as shown
            return case.accept(analysis, self.entity_id, reason=self.reason)
        return super().operation(case, analysis)


class KeepEntity(DecideEntity):
    """Leave every mention of an entity as written."""

    def __init__(self, session: ReviewSession, entity_id: str) -> None:
        super().__init__(session, entity_id, "keep")


class RedactEntity(DecideEntity):
    """Replace every mention of an entity with the redaction marker."""

    def __init__(self, session: ReviewSession, entity_id: str) -> None:
        super().__init__(session, entity_id, "replace", REDACTED)


class RenamePseudonym(DecideEntity):
    """Give an entity a new pseudonym."""

    def __init__(self, session: ReviewSession, entity_id: str, pseudonym: str) -> None:
        super().__init__(session, entity_id, "replace", pseudonym)


class MarkReviewed(ReviewCommand):
    """Mark an entity reviewed (or not) without changing its decision."""

    def __init__(self, session: ReviewSession, entity_id: str, reviewed: bool = True) -> None:
        super().__init__(session)
        self.entity_id, self.reviewed = entity_id, reviewed

    def operation(self, case: Any, analysis: Any) -> Any:
        return case.mark_reviewed(analysis, self.entity_id, self.reviewed)


class OverrideMention(ReviewCommand):
    """Decide one mention differently from its entity (``action`` ``None`` returns it to the entity's)."""

    def __init__(self, session: ReviewSession, key: Key, action: str | None, replacement: str = "") -> None:
        super().__init__(session)
        self.key, self.action, self.replacement = key, action, replacement

    def operation(self, case: Any, analysis: Any) -> Any:
        return case.override_mention(analysis, self.key, self.action, self.replacement, reason=self.reason)


class MergeEntities(ReviewCommand):
    """Merge one entity into another ("Chloe" into "Chloe Hartley")."""

    def __init__(self, session: ReviewSession, into_id: str, other_id: str) -> None:
        super().__init__(session)
        self.into_id, self.other_id = into_id, other_id

    def operation(self, case: Any, analysis: Any) -> Any:
        return case.merge(analysis, self.into_id, self.other_id)


class SplitEntity(ReviewCommand):
    """Move some mentions of an entity to a new entity."""

    def __init__(self, session: ReviewSession, entity_id: str, keys: list[Key]) -> None:
        super().__init__(session)
        self.entity_id, self.keys = entity_id, list(keys)

    def operation(self, case: Any, analysis: Any) -> Any:
        return case.split(analysis, self.entity_id, self.keys)


class RedactText(ReviewCommand):
    """Redact a piece of text (optionally every occurrence of it across the draft)."""

    def __init__(self, session: ReviewSession, key: Key, replacement: str = REDACTED,
                 every_occurrence: bool = False) -> None:
        super().__init__(session)
        self.key, self.replacement, self.every = key, replacement, every_occurrence

    def operation(self, case: Any, analysis: Any) -> Any:
        seg, start, end = self.key
        return case.redact_text(analysis, seg, start, end, self.replacement, every_occurrence=self.every,
                                reason=self.reason)


class RedactArea(ReviewCommand):
    """Remove everything inside a rectangle of a PDF page."""

    def __init__(self, session: ReviewSession, page: int, rect: Rect) -> None:
        super().__init__(session)
        self.page, self.rect = page, rect

    def operation(self, case: Any, analysis: Any) -> Any:
        return case.redact_area(analysis, self.page, self.rect, reason=self.reason)


class RemoveManual(ReviewCommand):
    """Remove a manual redaction (a box or a text redaction)."""

    def __init__(self, session: ReviewSession, manual_id: str) -> None:
        super().__init__(session)
        self.manual_id = manual_id

    def operation(self, case: Any, analysis: Any) -> Any:
        return case.remove_manual(analysis, self.manual_id)


class AddKeep(ReviewCommand):
    """Add a phrase to the case's keep list (never changed anywhere)."""

    def __init__(self, session: ReviewSession, phrase: str) -> None:
        super().__init__(session)
        self.phrase = phrase

    def operation(self, case: Any, analysis: Any) -> Any:
        return case.add_keep(analysis, self.phrase, reason=self.reason)


class RemoveKeep(ReviewCommand):
    """Take a phrase off the case's keep list."""

    def __init__(self, session: ReviewSession, phrase: str) -> None:
        super().__init__(session)
        self.phrase = phrase

    def operation(self, case: Any, analysis: Any) -> Any:
        return case.remove_keep(analysis, self.phrase)


class RestoredCommand(QUndoCommand):
    """An operation done in an earlier session, restored from the case journal (undo/redo only)."""

    def __init__(self, session: ReviewSession, text: str) -> None:
        super().__init__(text)
        self.session = session

    def redo(self) -> None:
        self.session.step("redo")

    def undo(self) -> None:
        self.session.step("undo")
