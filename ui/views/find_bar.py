"""The find bar (Ctrl+F): find text across the whole draft, step through the hits, redact or keep them all."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.resources import icon


class FindBar(QFrame):
    """Find text across the draft.

    Signals:
        searchChanged(text, match_case, whole_words): the search changed (debounced while typing).
        stepRequested(delta): go to the next (+1) or previous (-1) hit.
        redactAllRequested(text, replacement): redact every occurrence.
        keepAllRequested(text): add the text to the case's keep list.
        closed(): the bar was hidden.
    """

    searchChanged = Signal(str, bool, bool)
    stepRequested = Signal(int)
    redactAllRequested = Signal(str, str)
    keepAllRequested = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName("Find in draft")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.edit = QLineEdit()
        self.edit.setObjectName("findText")
        self.edit.setPlaceholderText("Find in the draft")
        self.edit.setAccessibleName("Text to find")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(160)
        self.edit.installEventFilter(self)
        self.match_case = QCheckBox("Match case")
        self.match_case.setAccessibleName("Match case")
        self.whole_words = QCheckBox("Whole words")
        self.whole_words.setAccessibleName("Whole words only")
        self.whole_words.setChecked(True)
        self.count = QLabel("")
        self.count.setObjectName("findCount")
        self.count.setAccessibleName("Matches found")
        self.count.setMinimumWidth(70)
        self.prev = QToolButton()
        self.prev.setIcon(icon("previous"))
        self.prev.setToolTip("Previous match (Shift+F3)")
        self.prev.setAccessibleName("Previous match")
        self.next = QToolButton()
        self.next.setIcon(icon("next"))
        self.next.setToolTip("Next match (F3)")
        self.next.setAccessibleName("Next match")
        self.replacement = QLineEdit()
        self.replacement.setObjectName("findReplacement")
        self.replacement.setPlaceholderText("[redacted]")
        self.replacement.setToolTip("What every occurrence becomes (leave empty for [redacted])")
        self.replacement.setAccessibleName("Replace every occurrence with")
        self.replacement.setFixedWidth(120)
        self.redact_all = QPushButton("Redact All")
        self.redact_all.setObjectName("redactAll")
        self.redact_all.setAccessibleName("Redact every occurrence")
        self.redact_all.setToolTip("Redact every occurrence of this text in the draft")
        self.keep_all = QPushButton("Keep All")
        self.keep_all.setObjectName("keepAll")
        self.keep_all.setAccessibleName("Add to the keep list")
        self.keep_all.setToolTip("Add this text to the case's keep list: it is never changed")
        close = QToolButton()
        close.setIcon(icon("close"))
        close.setToolTip("Close (Esc)")
        close.setAccessibleName("Close the find bar")
        close.setAutoRaise(True)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.edit, 1)
        top.addWidget(self.prev)
        top.addWidget(self.next)
        top.addWidget(self.count)
        top.addWidget(self.match_case)
        top.addWidget(self.whole_words)
        top.addWidget(close)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        with_label = QLabel("as")
        with_label.setBuddy(self.replacement)
        bottom.addWidget(self.redact_all)
        bottom.addWidget(with_label)
        bottom.addWidget(self.replacement)
        bottom.addWidget(self.keep_all)
        hint = QLabel("Redact All covers every occurrence in the draft, including headers, notes and properties.")
        hint.setObjectName("findHint")
        hint.setWordWrap(True)
        bottom.addWidget(hint, 1)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(10, 6, 8, 6)
        rows.setSpacing(6)
        rows.addLayout(top)
        rows.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._emit_search)
        self.edit.textChanged.connect(lambda: self._debounce.start())
        self.match_case.toggled.connect(self._emit_search)
        self.whole_words.toggled.connect(self._emit_search)
        self.prev.clicked.connect(lambda: self.stepRequested.emit(-1))
        self.next.clicked.connect(lambda: self.stepRequested.emit(1))
        self.redact_all.clicked.connect(self._on_redact_all)
        self.keep_all.clicked.connect(lambda: self.text() and self.keepAllRequested.emit(self.text()))
        close.clicked.connect(self.close_bar)
        self.set_results(0, -1)

    def text(self) -> str:
        """The text searched for."""
        return self.edit.text().strip()

    def open_bar(self, text: str = "") -> None:
        """Show the bar with the cursor in the search field."""
        if text:
            self.edit.setText(text)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        """Hide the bar."""
        self.hide()
        self.closed.emit()

    def search_now(self) -> None:
        """Search immediately (skipping the typing delay)."""
        self._debounce.stop()
        self._emit_search()

    def _emit_search(self) -> None:
        self.searchChanged.emit(self.text(), self.match_case.isChecked(), self.whole_words.isChecked())

    def _on_redact_all(self) -> None:
        if self.text():
            self.redactAllRequested.emit(self.text(), self.replacement.text().strip())

    def set_results(self, total: int, current: int) -> None:
        """Show how many matches there are and which one is shown."""
        has = total > 0
        if not self.text():
            self.count.setText("")
        elif not has:
            self.count.setText("No matches")
        else:
            self.count.setText(f"{current + 1} of {total}" if current >= 0 else f"{total} matches")
        for w in (self.prev, self.next, self.redact_all, self.keep_all):
            w.setEnabled(has)

    def eventFilter(self, obj: object, event: object) -> bool:
        if obj is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self.search_now()
                self.stepRequested.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(obj, event)  # type: ignore[arg-type]
