"""The look every list table of the window shares: whole rows selected one at a time, no grid, no row numbers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


def row_table(object_name: str, accessible_name: str, model: QAbstractItemModel) -> QTableView:
    """A table of ``model`` that selects one whole row, with alternating rows, no grid and no wrapping.

    It is read-only; a caller that edits cells sets its own edit triggers.
    """
    table = QTableView()
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    return table
