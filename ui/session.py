"""The open review: the case, the draft's analysis and the undo stack, as one object the window observes.

This is the app's only link to the case API for state. It holds no redaction logic: commands
call the case, and the session tells the views what changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from redactor.errors import RedactorError
from ui.commands import RestoredCommand, ReviewCommand


class ReviewSession(QObject):
    """The case being reviewed and the analysis of its open draft.

    Signals:
        changed(change): a reviewer operation (or its undo/redo) changed the analysis.
        reasonUsed(): an operation took the chosen reason code (the choice returns to automatic).
        loaded(): a draft's analysis was attached (views rebuild everything).
        failed(message): an operation was refused; the message is plain English.
    """

    changed = Signal(object)
    loaded = Signal()
    failed = Signal(str)
    reasonUsed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case: Any = None
        self.analysis: Any = None
        self.draft: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.reason: str | None = None  # the reason code the next judgement is given (None: automatic)
        self._restoring = False

    @property
    def active(self) -> bool:
        """Whether a draft's analysis is open."""
        return self.analysis is not None

    def attach(self, case: Any, draft: Path, analysis: Any) -> None:
        """Show a case's draft and restore its undo history from the journal."""
        self.detach()
        self.case, self.draft, self.analysis = case, draft, analysis
        self.rebuild_undo_stack()
        self.loaded.emit()

    def detach(self) -> None:
        """Close the case (everything is already saved in its journal)."""
        self.undo_stack.clear()
        if self.case is not None:
            close = getattr(self.case, "close", None)
            if close is not None:
                close()
        self.case, self.analysis, self.draft = None, None, None

    def rebuild_undo_stack(self) -> None:
        """Make the Qt undo stack mirror the case's undo and redo stacks (after opening or a mismatch)."""
        self._restoring = True
        try:
            self.undo_stack.clear()
            if self.case is None:
                return
            undo, redo = _stack_texts(self.case)
            for text in [*undo, *redo]:
                self.undo_stack.push(RestoredCommand(self, text))
            self.undo_stack.setIndex(len(undo))
            self.undo_stack.setClean()
        finally:
            self._restoring = False

    def perform(self, command: ReviewCommand) -> bool:
        """Do a reviewer action and put it on the undo stack; a refusal is reported through ``failed``."""
        if self.analysis is None:
            return False
        try:
            change = command.perform()
        except RedactorError as exc:
            self.failed.emit(str(exc))
            return False
        self.undo_stack.push(command)
        if command.reason is not None:
            self.reason = None
            self.reasonUsed.emit()
        self.notify(change)
        return True

    def step(self, which: str) -> None:
        """Undo or redo the case's last operation (called by the commands)."""
        if self._restoring or self.case is None:
            return
        try:
            change = self.case.undo(self.analysis) if which == "undo" else self.case.redo(self.analysis)
        except RedactorError as exc:
            self.failed.emit(str(exc))
            QTimer.singleShot(0, self.rebuild_undo_stack)
            return
        if change is not None:
            self.notify(change)

    def notify(self, change: Any) -> None:
        """Tell the views what changed."""
        self.changed.emit(change)


def _stack_texts(case: Any) -> tuple[list[str], list[str]]:
    """The case's undo stack (oldest first) and redo stack (next first), as descriptions.

    Uses ``case.undo_texts()``/``case.redo_texts()`` (requested in CASE_API.md); until they exist
    only the top of each stack is known.
    """
    if hasattr(case, "undo_texts"):
        return list(case.undo_texts()), list(case.redo_texts())
    return ([case.undo_text] if case.can_undo else []), ([case.redo_text] if case.can_redo else [])
