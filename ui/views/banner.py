"""The strip above the pages with the last export's verification result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class VerificationBanner(QWidget):
    """A strip above the pages with the last export's verification result."""

    compareRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("verificationBanner")
        self.setAccessibleName("Verification result")
        self.label = QLabel()
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.compare = QPushButton("Compare Side by Side")
        self.compare.setObjectName("bannerCompare")
        self.compare.clicked.connect(self.compareRequested)
        close = QPushButton("Dismiss")
        close.setObjectName("bannerDismiss")
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 10, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.compare)
        row.addWidget(close)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()

    def show_ok(self, result: Any) -> None:
        out = Path(result.outputs[0])
        self.setProperty("state", "ok")
        n = result.redactions
        self.label.setText(f"<b>Exported and verified:</b> {_esc(out.name)}, {n} replacement{'s' if n != 1 else ''}. "
                           "The output was re-read and none of the redacted text remains.")
        self.compare.show()
        self._restyle()

    def show_leak(self, error: Any) -> None:
        leaks = list(error.leaks)
        first = str(leaks[0]) if leaks else str(error)
        self.setProperty("state", "leak")
        more = f" (and {len(leaks) - 1} more)" if len(leaks) > 1 else ""
        self.label.setText(f"<b>Export stopped — nothing was written.</b> Verification found identifying text: "
                           f"{_esc(first)}{more}")
        self.compare.hide()
        self._restyle()

    def _restyle(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
