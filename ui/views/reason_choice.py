"""The reason a reviewer gives for the next decision (the board's reason codes, issue 9)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

AUTOMATIC = "Automatic (by kind)"


class ReasonChoice(QWidget):
    """A labelled list of reason codes; the choice applies to the next decision, then returns to automatic.

    Signals:
        changed(code): the reviewer chose a reason ('' for automatic).
    """

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonChoice")
        self.combo = QComboBox()
        self.combo.setObjectName("reasonCombo")
        self.combo.setAccessibleName("Reason for the next decision")
        self.combo.setToolTip("Why you redact or keep the next finding, as the redaction log records it. "
                              "Automatic gives the usual reason for the finding's kind.")
        self.combo.addItem(AUTOMATIC, "")
        self.combo.currentIndexChanged.connect(lambda _: self.changed.emit(self.code() or ""))
        label = QLabel("Rea&son:")
        label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo, 1)

    def set_codes(self, codes: list[tuple[str, str]]) -> None:
        """Offer these ``(code, label)`` pairs (the open case's board settings)."""
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(AUTOMATIC, "")
        for code, label in codes:
            self.combo.addItem(label, code)
            self.combo.setItemData(self.combo.count() - 1, f"Code: {code}", 3)  # Qt.ToolTipRole
        self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)

    def code(self) -> str | None:
        """The chosen reason code (None for automatic)."""
        return str(self.combo.currentData() or "") or None

    def choose(self, code: str | None) -> None:
        """Select a code (None or an unknown code: automatic)."""
        i = self.combo.findData(code or "")
        self.combo.setCurrentIndex(max(i, 0))

    def reset(self) -> None:
        """Back to automatic (after a decision used the choice)."""
        self.choose(None)
