"""What the window shows before a draft is open, and while one is being analysed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.resources import icon
from ui.storage import RecentItem


class WelcomePanel(QWidget):
    """The empty state: what Redactor does, how to start, and recent reviews.

    Signals:
        openDraftRequested(), openCaseRequested(), checkFinishedRequested(): the buttons.
        recentRequested(item): a recent review was chosen.
    """

    openDraftRequested = Signal()
    openCaseRequested = Signal()
    checkFinishedRequested = Signal()
    recentRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setMaximumWidth(620)
        title = QLabel("Open a draft to start reviewing")
        title.setObjectName("welcomeTitle")
        title.setWordWrap(True)
        text = QLabel(
            "Redactor finds the people, places, organisations, dates of birth and reference numbers that could "
            "identify a child in a draft case review. You review each finding, confirm its pseudonym, and export "
            "a redacted PDF that is checked for anything left behind.")
        text.setWordWrap(True)
        text.setObjectName("welcomeText")
        hint = QLabel("Open a PDF, Word (.docx) or text draft — or drag one onto this window. "
                      "Your decisions are saved as you go.")
        hint.setWordWrap(True)
        hint.setObjectName("welcomeHint")
        open_draft = QPushButton("Open Draft…")
        open_draft.setObjectName("welcomeOpenDraft")
        open_draft.setDefault(True)
        open_draft.setAccessibleName("Open a draft")
        open_draft.clicked.connect(self.openDraftRequested)
        open_case = QPushButton(icon("case"), "Open Case Folder…")
        open_case.setObjectName("welcomeOpenCase")
        open_case.setAccessibleName("Open a case folder")
        open_case.clicked.connect(self.openCaseRequested)
        check = QPushButton(icon("log"), "Check a Finished PDF…")
        check.setObjectName("welcomeCheckFinished")
        check.setAccessibleName("Check a finished PDF against its redaction log")
        check.setToolTip("For the legal adviser: open an exported PDF beside its redaction log")
        check.clicked.connect(self.checkFinishedRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(open_draft)
        buttons.addWidget(open_case)
        buttons.addWidget(check)
        buttons.addStretch(1)
        self.recent_title = QLabel("Continue a recent review")
        self.recent_title.setObjectName("welcomeSubtitle")
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setAccessibleName("Recent reviews")
        self.recent.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.recent.itemActivated.connect(lambda it: self.recentRequested.emit(it.data(Qt.ItemDataRole.UserRole)))
        self.recent.itemClicked.connect(lambda it: self.recentRequested.emit(it.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 32, 36, 32)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(hint)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_recent(self, items: list[RecentItem]) -> None:
        """List recent reviews (hidden when there are none)."""
        self.recent.clear()
        for item in items:
            row = QListWidgetItem(icon("case"), f"{item.draft.name}  —  {_short(item.draft.parent)}")
            row.setData(Qt.ItemDataRole.UserRole, item)
            row.setToolTip(f"Draft: {item.draft}\nCase folder: {item.case}")
            self.recent.addItem(row)
        self.recent.setVisible(bool(items))
        self.recent_title.setVisible(bool(items))
        rows = min(len(items), 5)
        if rows:
            self.recent.setFixedHeight(rows * self.recent.sizeHintForRow(0) + 2 * self.recent.frameWidth() + 4)


def _short(folder: Path) -> str:
    home = Path.home()
    try:
        return "~/" + str(folder.relative_to(home))
    except ValueError:
        return str(folder)


class AnalysisPanel(QWidget):
    """Shown while a draft is analysed: what is happening, a progress bar and Cancel.

    Signals:
        cancelRequested(): the Cancel button.
    """

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisPanel")
        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setMaximumWidth(560)
        self.title = QLabel("Analysing the draft")
        self.title.setObjectName("welcomeTitle")
        self.title.setWordWrap(True)
        self.stage = QLabel("Starting…")
        self.stage.setObjectName("analysisStage")
        self.stage.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("analysisProgress")
        self.bar.setAccessibleName("Analysis progress")
        self.bar.setRange(0, 0)
        note = QLabel("Nothing leaves this computer. You can keep using the window while this runs.")
        note.setObjectName("welcomeHint")
        note.setWordWrap(True)
        self.cancel = QPushButton("Cancel")
        self.cancel.setObjectName("cancelAnalysis")
        self.cancel.setAccessibleName("Cancel the analysis")
        self.cancel.clicked.connect(self.cancelRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 32, 36, 32)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        layout.addWidget(note)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def start(self, draft: Path) -> None:
        """Reset for a new draft."""
        self.title.setText(f"Analysing {draft.name}")
        self.stage.setText("Starting…")
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)

    def set_progress(self, done: int, total: int, stage: str) -> None:
        """Show progress (``total`` 0: not known yet)."""
        self.stage.setText(_stage_text(stage, done, total))
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)


def _stage_text(stage: str, done: int, total: int) -> str:
    """What the analysis is doing, in words (the bar shows how far it is)."""
    words = {"analysing": "Finding names, places and identifiers", "redacting pages": "Redacting pages",
             "load": "Reading the draft", "group": "Grouping mentions"}
    text = words.get(stage.lower(), stage[:1].upper() + stage[1:] if stage else "Working")
    return f"{text}…"
