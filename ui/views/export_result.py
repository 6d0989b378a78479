"""The result of an export: verified outputs, or the leaks that stopped it (each can be visited)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ExportResultDialog(QDialog):
    """Tells the reviewer what the export wrote and what verification found.

    Signals:
        compareRequested(pdf): show the redacted PDF beside the draft.
        leakChosen(leak): take the reviewer to a leak in the draft.
    """

    compareRequested = Signal(object)
    leakChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, result: Any = None, leaks: list[Any] | None = None,
                 message: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("exportResult")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel()
        title.setObjectName("resultTitle")
        title.setWordWrap(True)
        body = QLabel()
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        layout.addWidget(body)
        self.list = QListWidget()
        self.list.setObjectName("resultList")
        buttons = QDialogButtonBox()
        if leaks is None and result is not None:
            self.setWindowTitle("Export Complete")
            title.setText("✔  Exported and verified")
            title.setProperty("state", "ok")
            pdf = result.outputs[0]
            notes = "".join(f"<li>{_esc(n)}</li>" for n in result.notes)
            body.setText(
                f"<p>{result.redactions} replacement(s) were made. Verification re-read every output — page text, "
                "metadata, annotations, bookmarks, links and attachments — and found none of the redacted names, "
                "forms or identifiers.</p>" + (f"<p>Notes:</p><ul>{notes}</ul>" if notes else ""))
            self.list.setAccessibleName("Files written")
            for path in [*result.outputs, result.audit_json, result.audit_csv]:
                item = QListWidgetItem(f"{Path(path).name}   —   {Path(path).parent}")
                item.setToolTip(str(path))
                self.list.addItem(item)
            layout.addWidget(QLabel("Files written:"))
            layout.addWidget(self.list)
            compare = QPushButton("Compare Side by Side")
            compare.setObjectName("compareButton")
            compare.clicked.connect(lambda: (self.compareRequested.emit(pdf), self.accept()))
            folder = QPushButton("Open Folder")
            folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(pdf).parent))))
            buttons.addButton(compare, QDialogButtonBox.ButtonRole.ActionRole)
            buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            self.setWindowTitle("Export Stopped")
            title.setText("✖  Export stopped: identifying text was found in the output")
            title.setProperty("state", "leak")
            n = len(leaks or [])
            body.setText(
                f"<p>Verification re-read the redacted file and found {n} place(s) where text that should have "
                "been replaced is still there. <b>Nothing was written.</b></p>"
                "<p>Choose a leak and press <b>Go to It</b> to see where it comes from in the draft, then "
                "redact it (for example with Find → Redact All) and export again.</p>"
                + (f"<p style='color:#64748b'>{_esc(message)}</p>" if message and not leaks else ""))
            self.list.setAccessibleName("Leaks found")
            for leak in leaks or []:
                item = QListWidgetItem(str(leak))
                item.setData(Qt.ItemDataRole.UserRole, leak)
                self.list.addItem(item)
            if self.list.count():
                self.list.setCurrentRow(0)
            layout.addWidget(self.list)
            go = QPushButton("Go to It")
            go.setObjectName("goToLeak")
            go.setDefault(True)
            go.clicked.connect(self._go)
            self.list.itemDoubleClicked.connect(lambda _: self._go())
            buttons.addButton(go, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _go(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.leakChosen.emit(item.data(Qt.ItemDataRole.UserRole))
            self.accept()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
