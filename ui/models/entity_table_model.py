"""The entities of an analysis as a table: name, kind, mentions, pseudonym, decision, reviewed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from redactor.entities import Entity
from redactor.pipeline import Analysis
from redactor.plan import Decision
from redactor.register import REDACTED
from ui.resources import icon
from ui.views.palette import kind_dot, kind_label

Index = QModelIndex | QPersistentModelIndex
EntityIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
ReviewedRole = Qt.ItemDataRole.UserRole + 3
ActionRole = Qt.ItemDataRole.UserRole + 4
SortRole = Qt.ItemDataRole.UserRole + 5
SearchRole = Qt.ItemDataRole.UserRole + 6

NAME, KIND, MENTIONS, PSEUDONYM, DECISION, REVIEWED = range(6)

# Roles as plain ints: a view asks for a dozen roles of every cell it paints, so data() must be cheap.
_R = Qt.ItemDataRole
DISPLAY, DECORATION, EDIT, TOOLTIP, FONT, ALIGN, FOREGROUND, ACCESSIBLE = (
    int(_R.DisplayRole), int(_R.DecorationRole), int(_R.EditRole), int(_R.ToolTipRole), int(_R.FontRole),
    int(_R.TextAlignmentRole), int(_R.ForegroundRole), int(_R.AccessibleTextRole))
ENTITY_ID, KIND_ROLE, REVIEWED_ROLE, ACTION_ROLE, SORT_ROLE, SEARCH_ROLE = (
    int(EntityIdRole), int(KindRole), int(ReviewedRole), int(ActionRole), int(SortRole), int(SearchRole))
_HANDLED = frozenset({DISPLAY, DECORATION, EDIT, TOOLTIP, FONT, ALIGN, FOREGROUND, ACCESSIBLE, ENTITY_ID, KIND_ROLE,
                      REVIEWED_ROLE, ACTION_ROLE, SORT_ROLE, SEARCH_ROLE})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _FLAGS | Qt.ItemFlag.ItemIsEditable
_KEEP_COLOUR = QColor("#64748b")
_PENDING_COLOUR = QColor("#9a3412")
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
HEADERS = ("Name", "Kind", "Mentions", "Pseudonym", "Decision", "Reviewed")
RenameFn = Callable[[str, str], bool]


def decision_label(d: Decision) -> str:
    """How a decision reads in the table."""
    if d.action == "keep":
        return "Keep"
    return "Redact" if d.replacement == REDACTED else "Pseudonym"


def source_label(e: Entity, d: Decision) -> str:
    """Where the decision came from, in a few words."""
    if not d.reviewed:
        return "suggested, not reviewed"
    return {"register": "from the register", "accepted_suggestion": "suggestion accepted",
            "manual": "reviewer's decision"}.get(d.source, d.source)


class EntityTableModel(QAbstractTableModel):
    """Adapts an analysis's entities and decisions to a table.

    The model holds no decisions of its own: it reads them from the analysis, and an edit of the
    pseudonym column is handed to ``rename`` (which records it through the case API).

    Args:
        rename: Called with ``(entity_id, new_pseudonym)`` when the reviewer edits a pseudonym.
    """

    def __init__(self, rename: RenameFn | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rename = rename
        self._analysis: Analysis | None = None
        self._entities: list[Entity] = []
        self._row: dict[str, int] = {}

    # -- data source ---------------------------------------------------------------------------
    def set_analysis(self, analysis: Analysis | None) -> None:
        """Show a new analysis (or nothing)."""
        self.beginResetModel()
        self._analysis = analysis
        self._entities = list(analysis.entities) if analysis is not None else []
        self._row = {e.id: i for i, e in enumerate(self._entities)}
        self.endResetModel()

    def refresh(self, changed: set[str] | None = None) -> None:
        """Catch up with the analysis after a change: rows removed, added, and changed in place.

        Args:
            changed: Entity ids whose rows changed (``None``: all of them).
        """
        if self._analysis is None:
            return
        new = list(self._analysis.entities)
        new_ids = {e.id for e in new}
        for row in sorted((r for eid, r in self._row.items() if eid not in new_ids), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entities[row]
            self.endRemoveRows()
        self._row = {e.id: i for i, e in enumerate(self._entities)}
        added = [e for e in new if e.id not in self._row]
        fresh = {e.id: e for e in new}  # entity objects are replaced on merges and splits
        self._entities = [fresh[e.id] for e in self._entities]
        if added:
            first = len(self._entities)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._entities.extend(added)
            self.endInsertRows()
        self._row = {e.id: i for i, e in enumerate(self._entities)}
        rows = [self._row[i] for i in (changed if changed is not None else self._row) if i in self._row]
        if changed is None and self._entities:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entities) - 1, len(HEADERS) - 1))
        else:
            for row in rows:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def entity(self, row: int) -> Entity:
        """The entity shown on a row."""
        return self._entities[row]

    def row_of(self, entity_id: str) -> int:
        """The row of an entity (-1 if it is not shown)."""
        return self._row.get(entity_id, -1)

    def decision(self, entity_id: str) -> Decision | None:
        """The current decision on an entity."""
        return self._analysis.decisions.get(entity_id) if self._analysis is not None else None

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return len(self._entities) if parent.row() < 0 else 0  # an invalid parent has row -1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 6 if parent.row() < 0 else 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return ("The name found in the draft", "What kind of thing it is", "How many times it occurs",
                        "What it becomes in the published report (double-click or press E to edit)",
                        "Pseudonym, Redact or Keep", "Whether you have reviewed it")[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.row() < 0:
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if index.column() == PSEUDONYM and self._rename is not None else _FLAGS

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        role = int(role)
        if role not in _HANDLED or self._analysis is None:
            return None
        row = index.row()
        if not 0 <= row < len(self._entities):
            return None
        e = self._entities[row]
        d = self._analysis.decisions.get(e.id)
        if d is None:
            return None
        col = index.column()
        if role == DISPLAY:
            return self._display(e, d, col)
        if role == DECORATION:
            if col == NAME:
                return kind_dot("manual" if e.source == "manual" else e.kind)
            return icon("reviewed" if d.reviewed else "pending") if col == DECISION else None
        if role == FONT:
            return _font(col == NAME, col == DECISION) if not d.reviewed and col in (NAME, DECISION) else None
        if role == FOREGROUND:
            if col == PSEUDONYM and d.action == "keep":
                return _KEEP_COLOUR
            return _PENDING_COLOUR if col == DECISION and not d.reviewed else None
        if role == ALIGN:
            return _CENTRE if col in (MENTIONS, REVIEWED) else None
        if role == ENTITY_ID:
            return e.id
        if role == KIND_ROLE:
            return "manual" if e.source == "manual" else e.kind
        if role == REVIEWED_ROLE:
            return d.reviewed
        if role == ACTION_ROLE:
            return decision_label(d)
        if role == SEARCH_ROLE:
            return " ".join([e.name, *e.forms, d.replacement]).casefold()
        if role == SORT_ROLE:
            return self._sort_key(e, d, col)
        if role == EDIT:
            return (d.replacement if d.action == "replace" else "") if col == PSEUDONYM else None
        if role == TOOLTIP:
            return self._tooltip(e, d)
        return f"{HEADERS[col]}: {self._display(e, d, col)}"  # ACCESSIBLE

    def _display(self, e: Entity, d: Decision, col: int) -> str:
        if col == NAME:
            return e.name
        if col == KIND:
            return "Manual redaction" if e.source == "manual" else kind_label(e.kind)
        if col == MENTIONS:
            return str(mention_count(e))
        if col == PSEUDONYM:
            return "(kept as written)" if d.action == "keep" else d.replacement
        if col == DECISION:
            return decision_label(d)
        return "Yes" if d.reviewed else "No"

    @staticmethod
    def _sort_key(e: Entity, d: Decision, col: int) -> Any:
        if col == MENTIONS:
            return mention_count(e)
        if col == REVIEWED:
            return int(d.reviewed)
        if col == NAME:
            return e.name.casefold()
        if col == KIND:
            return kind_label(e.kind)
        if col == PSEUDONYM:
            return d.replacement.casefold()
        return decision_label(d)

    def _tooltip(self, e: Entity, d: Decision) -> str:
        forms = ", ".join(f for f in e.forms[:8] if f != e.name)
        lines = [f"<b>{_esc(e.name)}</b> — {kind_label(e.kind)}",
                 f"{mention_count(e)} mention(s); {decision_label(d).lower()}, {source_label(e, d)}"]
        if forms:
            lines.append(f"Also written: {_esc(forms)}")
        finders = sorted(x for x in e.detectors if x not in ("linked",))
        if finders:
            lines.append(f"Found by: {_esc(', '.join(finders[:6]))}")
        return "<br>".join(lines)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != PSEUDONYM or self._rename is None:
            return False
        text = str(value).strip()
        if not text:
            return False
        e = self._entities[index.row()]
        d = self.decision(e.id)
        if d is not None and d.action == "replace" and d.replacement == text and d.reviewed:
            return False
        return self._rename(e.id, text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_fonts: dict[tuple[bool, bool], QFont] = {}


def _font(bold: bool, italic: bool) -> QFont:
    """One shared font per style (a new QFont for every cell painted costs a font look-up each time)."""
    font = _fonts.get((bold, italic))
    if font is None:
        font = QFont()
        font.setBold(bold)
        font.setItalic(italic)
        _fonts[(bold, italic)] = font
    return font


def mention_count(e: Entity) -> int:
    """How many places the entity is mentioned (two findings of one span count once, as the mention list shows)."""
    return len({(m.segment_id, m.start, m.end) for m in e.mentions})
