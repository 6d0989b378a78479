"""Filters over the entity table: by kind, by reviewed or not, and by text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ui.models.entity_table_model import KindRole, ReviewedRole, SearchRole, SortRole
from ui.views.palette import GROUPS

STATUSES = ("All findings", "Not yet reviewed", "Reviewed")


class EntityFilterModel(QSortFilterProxyModel):
    """Shows the entities matching the chosen kind group, review status and text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._group = ""
        self._status = STATUSES[0]
        self._text = ""
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def set_group(self, group: str) -> None:
        """Only this group of kinds (``People``, ``Organisations`` …, or ``Manual redactions``); empty for all."""
        self._group = group
        self.invalidateFilter()

    def set_status(self, status: str) -> None:
        """One of :data:`STATUSES`."""
        self._status = status
        self.invalidateFilter()

    def set_text(self, text: str) -> None:
        """Only entities whose name, forms or pseudonym contain this text."""
        self._text = text.strip().casefold()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._group:
            kind = model.data(index, KindRole)
            if self._group == "Manual redactions":
                if kind != "manual":
                    return False
            elif kind not in GROUPS.get(self._group, ()):
                return False
        reviewed = model.data(index, ReviewedRole)
        if self._status == STATUSES[1] and reviewed:
            return False
        if self._status == STATUSES[2] and not reviewed:
            return False
        return not self._text or self._text in (model.data(index, SearchRole) or "")
