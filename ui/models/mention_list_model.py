"""The mentions of one entity, each with where it is and the words around it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from redactor.document import Segment
from redactor.register import REDACTED
from ui.models.places import place_label, snippet
from ui.views.palette import kind_dot

KeyRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class MentionListModel(QAbstractListModel):
    """Lists an entity's mentions in document order: ``Page 3 — …lived with «Grace Okafor», her…``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._analysis: Any = None
        self._entity: Any = None
        self._segments: dict[str, Segment] = {}
        self._rows: list[Any] = []
        self._order: dict[str, int] = {}

    def set_analysis(self, analysis: Any) -> None:
        """The analysis the entities come from."""
        self._analysis = analysis
        self._segments = {s.id: s for s in analysis.document.segments} if analysis is not None else {}
        self._order = {s.id: i for i, s in enumerate(analysis.document.segments)} if analysis is not None else {}
        self.set_entity(None)

    def set_entity(self, entity_id: str | None) -> None:
        """Show one entity's mentions (or none)."""
        self.beginResetModel()
        self._entity = None
        if self._analysis is not None and entity_id:
            self._entity = next((e for e in self._analysis.entities if e.id == entity_id), None)
        self._rows = document_order(self._entity.mentions, self._order) if self._entity is not None else []
        self.endResetModel()

    @property
    def entity_id(self) -> str | None:
        """The entity shown."""
        return self._entity.id if self._entity is not None else None

    def keys(self) -> list[tuple[str, int, int]]:
        """Mention keys in row order."""
        return [(m.segment_id, m.start, m.end) for m in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        key = (m.segment_id, m.start, m.end)
        if role == KeyRole:
            return key
        seg = self._segments.get(m.segment_id)
        override = self._analysis.overrides.get(key) if self._analysis is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            where = place_label(seg, m.start) if seg is not None else m.segment_id
            before, text, after = snippet(seg.text, m.start, m.end) if seg is not None else ("", m.text, "")
            mark = ""
            if override is not None:
                mark = "  [kept here]" if override.action == "keep" else (
                    "  [redacted here]" if override.replacement == REDACTED else f"  [→ {override.replacement}]")
            return f"{where} — {before}«{text}»{after}{mark}"
        if role == Qt.ItemDataRole.ToolTipRole:
            found = {"register": "the case register", "linked": "another mention of the same name",
                     "manual": "the reviewer"}.get(m.recognizer, m.recognizer)
            why = f"<br>Why: {m.explanation[:300]}" if m.explanation else ""
            return f"Found by {found} (score {m.score:.2f}){why}"
        if role == Qt.ItemDataRole.DecorationRole:
            if override is not None and override.action == "keep":
                return kind_dot("keep", outline=True)
            if override is not None:
                return kind_dot("manual")
            return kind_dot(self._entity.kind) if self._entity is not None else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


def document_order(mentions: list[Any], order: dict[str, int]) -> list[Any]:
    """Mentions in reading order (page text before metadata), one per position."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in sorted(mentions, key=lambda m: (order.get(m.segment_id, len(order)), m.start, m.end)):
        key = (m.segment_id, m.start, m.end)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
