"""The redactions of one export (from its redaction log) as a table model for stepping through them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ui.models.row_table_model import Index, RowTableModel

HEADERS = ("#", "Page", "Original", "Replaced by", "Type", "Reason", "Decided by")
NUM, PAGE, ORIGINAL, REPLACEMENT, TYPE, REASON, BY = range(len(HEADERS))


class RedactionRowsModel(RowTableModel):
    """The export entry's ``redactions`` rows (dicts), in log order."""

    HEADERS = HEADERS

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show these rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = display(r, col, index.row())
            return text if role == Qt.ItemDataRole.DisplayRole else f"{HEADERS[col]}: {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (NUM, PAGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def display(r: dict[str, Any], col: int, i: int) -> str:
    """One cell's text."""
    if col == NUM:
        return str(i + 1)
    if col == PAGE:
        return str(r.get("page") or _short_place(str(r.get("location") or "")))
    if col == ORIGINAL:
        return " ".join(str(r.get("original", "")).split())
    if col == REPLACEMENT:
        return str(r.get("replacement") or "(removed)")
    if col == TYPE:
        return str(r.get("type", "")).replace("_", " ").title()
    if col == REASON:
        return str(r.get("reason") or r.get("reason_code") or "")
    return str(r.get("decided_by") or "")


def describe(r: dict[str, Any]) -> str:
    """Everything the log says about one redaction, in plain words."""
    from ui.models.log_table_model import local_time

    page = f"page {r['page']}" if r.get("page") else ""
    location = str(r.get("location") or "")
    where = location if not page or location == page else f"{page} ({location})" if location else page
    basis, how = str(r.get("basis") or r.get("decision_source") or ""), str(r.get("how") or "")
    lines = [f"“{' '.join(str(r.get('original', '')).split())}” → {r.get('replacement') or '(removed)'}",
             f"Where: {where or 'not on a page'}",
             f"Basis: {basis}" + (f" ({how})" if how and how != basis else ""),
             f"Reason: {r.get('reason') or r.get('reason_code') or ''}"
             + (" (chosen by the reviewer)" if r.get("reason_given") else "")]
    if r.get("decided_by") or r.get("decided_at"):
        when = local_time(str(r["decided_at"])) if r.get("decided_at") else "an unknown time"
        lines.append(f"Decided by {r.get('decided_by') or 'an unnamed reviewer'}, {when}")
    return "\n".join(lines)


PLACES = {"metadata": "Properties", "xmp": "Properties", "header": "Header", "footer": "Footer",
          "annotation": "Note", "note": "Note", "comment": "Comment", "bookmark": "Bookmark", "link": "Link",
          "form": "Form field", "outline": "Bookmark"}


def _short_place(location: str) -> str:
    """Where a redaction outside the pages is, in a word (document properties, notes …)."""
    if not location:
        return ""
    word = location.split(" ")[0].split(":")[0].casefold()
    return PLACES.get(word, word.capitalize())
