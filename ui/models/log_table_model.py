"""The redaction log (the case journal) as a table model for the Log view."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from ui.models.row_table_model import Index, RowTableModel

HEADERS = ("#", "When", "Reviewer", "Action", "What", "Reason", "Kind", "Pages", "Basis")
SEQ, TIME, REVIEWER, OP, WHAT, REASON, KIND, PAGES, BASIS = range(len(HEADERS))
RowRole = Qt.ItemDataRole.UserRole + 1

OPS = {
    "create": "Case created", "add_draft": "Draft added", "analysed": "Analysed", "decide": "Decision",
    "accept": "Accepted", "accept_all": "Accepted all", "mark_reviewed": "Reviewed mark",
    "override": "One mention", "merge": "Merge", "split": "Split", "redact_text": "Text redacted",
    "redact_area": "Area redacted", "remove_manual": "Manual removed", "add_keep": "Keep phrase",
    "remove_keep": "Keep phrase removed", "undo": "Undo", "redo": "Redo", "export": "Export",
    "export_refused": "Export refused", "export_failed": "Export failed",
}


def op_label(op: str) -> str:
    """A journal operation in plain words."""
    return OPS.get(op, op.replace("_", " ").capitalize())


def local_time(iso: str) -> str:
    """An ISO 8601 UTC time as the reviewer's local date and time (minutes)."""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


class LogTableModel(RowTableModel):
    """Rows of ``redactor.redaction_log.LogRow``, newest last, with reason codes shown by their labels."""

    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._reasons: dict[str, str] = {}

    def set_rows(self, rows: list[Any], reasons: dict[str, str] | None = None) -> None:
        """Show these rows (``reasons`` maps reason codes to labels)."""
        self.beginResetModel()
        self._rows = list(rows)
        if reasons is not None:
            self._reasons = dict(reasons)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == RowRole:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._display(r, col)
            return text if role == Qt.ItemDataRole.DisplayRole else f"{HEADERS[col]}: {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            where = f" — {r.draft}" if r.draft else ""
            reason = self._reasons.get(r.reason, r.reason)
            return f"{r.description}{where}\n{r.time} by {r.reviewer or 'unknown'}" + (
                f"\nReason: {reason}" if reason else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (SEQ, PAGES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col in (SEQ, TIME, BASIS):
            from PySide6.QtGui import QColor

            return QColor("#64748b")
        return None

    def _display(self, r: Any, col: int) -> str:
        if col == SEQ:
            return str(r.seq)
        if col == TIME:
            return local_time(r.time)
        if col == REVIEWER:
            return r.reviewer
        if col == OP:
            return op_label(r.op)
        if col == WHAT:
            return r.description
        if col == REASON:
            return self._reasons.get(r.reason, r.reason)
        if col == KIND:
            return r.kind.replace("_", " ").capitalize()
        if col == PAGES:
            return _pages(r.pages)
        return r.basis


def _pages(pages: tuple[int, ...]) -> str:
    """1-based pages, shortened ("2, 3, 4 +7")."""
    if len(pages) <= 3:
        return ", ".join(str(p) for p in pages)
    return ", ".join(str(p) for p in pages[:3]) + f" +{len(pages) - 3}"
