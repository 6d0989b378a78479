"""The Log view: the review's journal (the redaction log) as a table, with filters for the legal adviser."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.models.log_table_model import KIND, OP, PAGES, REASON, REVIEWER, SEQ, TIME, WHAT, LogTableModel, RowRole
from ui.views.tables import row_table

FetchFn = Callable[..., list[Any]]  # (reviewer=, reason=, kind=, page=) -> rows
ANY = ""


class LogView(QWidget):
    """Journal entries, newest last, filtered by reviewer, reason, kind and page (filters combine).

    Signals:
        pageRequested(page): the reviewer opened an entry about a page (0-based).
    """

    pageRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logView")
        self.setAccessibleName("Redaction log")
        self._fetch: FetchFn | None = None
        self._reasons: dict[str, str] = {}
        self.model = LogTableModel(self)
        self.reviewer = self._filter("logReviewerFilter", "Filter the log by reviewer", "All reviewers")
        self.reason = self._filter("logReasonFilter", "Filter the log by reason", "All reasons")
        self.kind = self._filter("logKindFilter", "Filter the log by kind", "All kinds")
        self.page = self._filter("logPageFilter", "Filter the log by page", "All pages")
        self.count = QLabel("")
        self.count.setObjectName("logCount")
        self.count.setAccessibleName("Log entries shown")
        filters = QHBoxLayout()
        for combo in (self.reviewer, self.reason, self.kind, self.page):
            filters.addWidget(combo, 1)
        filters.addWidget(self.count)

        self.table = row_table("logTable", "Log entries", self.model)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for col, width in ((SEQ, 44), (TIME, 124), (REVIEWER, 120), (OP, 110), (REASON, 170), (KIND, 96),
                           (PAGES, 92)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(self._on_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def _filter(self, name: str, accessible: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(everything, ANY)
        combo.currentIndexChanged.connect(lambda _: self.refresh(keep_choices=True))
        return combo

    # -- data --------------------------------------------------------------------------------------
    def set_source(self, fetch: FetchFn | None, reasons: dict[str, str] | None = None) -> None:
        """Read rows through ``fetch(reviewer=, reason=, kind=, page=)`` (the case's ``log_rows``), or nothing."""
        self._fetch = fetch
        self._reasons = dict(reasons or {})
        for combo in (self.reviewer, self.reason, self.kind, self.page):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.refresh()

    def refresh(self, keep_choices: bool = False) -> None:
        """Read the rows again (after a change), keeping the filters."""
        if self._fetch is None:
            self.model.set_rows([], self._reasons)
            self.count.setText("")
            return
        if not keep_choices:
            self._fill_choices(self._fetch())
        page = self.page.currentData()
        rows = self._fetch(reviewer=self.reviewer.currentData() or None, reason=self.reason.currentData() or None,
                           kind=self.kind.currentData() or None, page=int(page) if page else None)
        self.model.set_rows(rows, self._reasons)
        self.count.setText(f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'}")
        self.table.scrollToBottom()

    def _fill_choices(self, rows: list[Any]) -> None:
        reviewers = sorted({r.reviewer for r in rows if r.reviewer})
        reasons = sorted({r.reason for r in rows if r.reason} | set(self._reasons),
                         key=lambda c: self._reasons.get(c, c).casefold())
        kinds = sorted({r.kind for r in rows if r.kind})
        pages = sorted({p for r in rows for p in r.pages})
        self._refill(self.reviewer, [(n, n) for n in reviewers])
        self._refill(self.reason, [(self._reasons.get(c, c), c) for c in reasons])
        self._refill(self.kind, [(k.replace("_", " ").capitalize(), k) for k in kinds])
        self._refill(self.page, [(f"Page {p}", str(p)) for p in pages])

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for label, value in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def rows(self) -> list[Any]:
        """The rows shown."""
        return [self.model.row(i) for i in range(self.model.rowCount())]

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(RowRole)
        if row is not None and row.pages:
            self.pageRequested.emit(int(row.pages[0]) - 1)
