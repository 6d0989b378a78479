"""The draft and its redacted PDF side by side, scrolling together."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ui.views.page_view import PageView
from ui.views.pdf_pages import PdfPages


class CompareWindow(QWidget):
    """Original on the left, redacted on the right; scrolling one scrolls the other."""

    def __init__(self, document: Any, redacted_pdf: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.setWindowTitle(f"{document.path.name} — original and redacted")
        self.resize(1400, 900)
        self.original = PageView()
        self.original.setObjectName("originalView")
        self.original.setAccessibleName("Original draft")
        self.redacted = PageView()
        self.redacted.setObjectName("redactedView")
        self.redacted.setAccessibleName("Redacted PDF")
        if document.format == "pdf":
            self.original.load_pdf(PdfPages(document.path, password=getattr(document, "password", None)))
        else:
            self.original.load_text([s for s in document.segments if s.kind == "body"])
        self.redacted.load_pdf(PdfPages(redacted_pdf))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(_titled("Original draft", document.path.name, self.original))
        split.addWidget(_titled("Redacted PDF (verified)", redacted_pdf.name, self.redacted))
        split.setSizes([700, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._syncing = False
        self.original.verticalScrollBar().valueChanged.connect(lambda: self._sync(self.original, self.redacted))
        self.redacted.verticalScrollBar().valueChanged.connect(lambda: self._sync(self.redacted, self.original))

    def _sync(self, source: PageView, target: PageView) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            bar, other = source.verticalScrollBar(), target.verticalScrollBar()
            share = bar.value() / bar.maximum() if bar.maximum() else 0.0
            other.setValue(round(share * other.maximum()))
        finally:
            self._syncing = False

    def closeEvent(self, event: Any) -> None:
        self.original.clear()
        self.redacted.clear()
        super().closeEvent(event)


def _titled(title: str, name: str, view: QWidget) -> QWidget:
    box = QWidget()
    label = QLabel(f"<b>{title}</b> &nbsp; <span style='color:#64748b'>{name}</span>")
    label.setObjectName("compareTitle")
    label.setContentsMargins(12, 8, 12, 8)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(label)
    layout.addWidget(view)
    return box
