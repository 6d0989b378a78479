"""The legal adviser's check of a finished PDF against its redaction log: each redaction on its page, step by step.

The window opens ``OUT.pdf`` with ``OUT.log.jsonl`` (written beside every export), runs the
engine's ``check_log`` (chain intact, this PDF is the file the log describes), and shows the
export's redactions in log order: selecting one shows its page with the redaction outlined, and
Next/Previous step through them. The Journal tab lists every entry of the log with filters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.models.redaction_rows_model import (
    BY,
    NUM,
    ORIGINAL,
    PAGE,
    REASON,
    REPLACEMENT,
    TYPE,
    RedactionRowsModel,
    describe,
)
from ui.views.log_view import LogView
from ui.views.pdf_pages import PdfPages
from ui.views.tables import row_table

SCALE = 1.6  # pixels per point for the page image


def log_beside(pdf: Path) -> Path:
    """Where the export wrote the log of ``pdf`` (``OUT.pdf`` -> ``OUT.log.jsonl``)."""
    return pdf.with_name(f"{pdf.stem}.log.jsonl")


class RedactionPage(QGraphicsView):
    """One page of the finished PDF with the current redaction outlined (others on the page faintly)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logPageView")
        self.setAccessibleName("Page of the finished PDF")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setBackgroundBrush(QColor("#e2e8f0"))
        self.page = -1
        self._image = self._scene.addPixmap(QPixmap())
        self._marks: list[QGraphicsRectItem] = []
        self.current: QGraphicsRectItem | None = None

    def show_page(self, page: int, pixmap: QPixmap | None) -> None:
        """Show a page (0-based) fitted to the view's width; ``pixmap`` None: blank until the image arrives."""
        self.page = page
        self._image.setPixmap(pixmap if pixmap is not None else QPixmap())
        if pixmap is not None:
            self._scene.setSceneRect(QRectF(pixmap.rect()).adjusted(-12, -12, 12, 12))
            self._fit()

    def _fit(self) -> None:
        width = self._scene.sceneRect().width()
        if width > 0:
            factor = max(0.2, (self.viewport().width() - 4) / width)
            self.resetTransform()
            self.scale(factor, factor)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()
        if self.current is not None:
            self.centerOn(self.current.rect().center())

    def mark(self, rects: list[list[float]], others: list[list[float]]) -> None:
        """Outline the current redaction's rectangles (PDF points) and, faintly, the page's other ones."""
        for item in self._marks:
            self._scene.removeItem(item)
        self._marks = []
        self.current = None
        for rect in others:
            self._marks.append(self._rect(rect, QColor(37, 99, 235, 140), QColor(37, 99, 235, 24), 1.5))
        union = QRectF()
        for rect in rects:
            item = self._rect(rect, QColor("#dc2626"), QColor(220, 38, 38, 40), 3.0)
            self._marks.append(item)
            self.current = self.current or item
            union = union.united(item.rect())
        if not union.isNull():
            self.centerOn(union.center())

    def _rect(self, rect: list[float], line: QColor, fill: QColor, width: float) -> QGraphicsRectItem:
        x0, y0, x1, y1 = (v * SCALE for v in rect)
        item = self._scene.addRect(QRectF(x0, y0, x1 - x0, y1 - y0).adjusted(-3, -3, 3, 3), QPen(line, width),
                                   QBrush(fill))
        item.setZValue(1)
        return item


class LogReviewWindow(QMainWindow):
    """A finished PDF beside its redaction log.

    Signals:
        currentChanged(row): the redaction shown changed (0-based row of the export's redactions).
    """

    currentChanged = Signal(int)

    def __init__(self, pdf: Path, log: Any, check: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("logReviewWindow")
        self.setWindowTitle(f"{pdf.name} and its redaction log — Redactor")
        self.setAccessibleName("Check a finished PDF against its redaction log")
        self.pdf, self.log, self.check = pdf, log, check
        self.export = _export_for(log, pdf)
        self.rows_model = RedactionRowsModel(self)
        self.rows_model.set_rows(list(self.export.args.get("redactions", [])) if self.export is not None else [])

        self.status = QLabel()
        self.status.setObjectName("logCheckStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName("Result of checking the log")
        self._show_check()

        self.page_view = RedactionPage()
        self.table = row_table("redactionRows", "Redactions in the log", self.rows_model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, width in ((NUM, 40), (PAGE, 76), (ORIGINAL, 150), (REPLACEMENT, 120), (TYPE, 90), (BY, 100)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self._on_row(cur))

        self.detail = QLabel()
        self.detail.setObjectName("redactionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName("The redaction shown")
        self.position = QLabel()
        self.position.setObjectName("redactionPosition")
        self.previous = QPushButton("Previous")
        self.previous.setObjectName("previousRedaction")
        self.previous.setShortcut(QKeySequence("Shift+F8"))
        self.previous.setToolTip("Previous redaction (Shift+F8)")
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next = QPushButton("Next")
        self.next.setObjectName("nextRedaction")
        self.next.setShortcut(QKeySequence("F8"))
        self.next.setToolTip("Next redaction (F8)")
        self.next.clicked.connect(lambda: self.step(1))
        steps = QHBoxLayout()
        steps.addWidget(self.position, 1)
        steps.addWidget(self.previous)
        steps.addWidget(self.next)

        redactions = QWidget()
        rl = QVBoxLayout(redactions)
        rl.setContentsMargins(0, 6, 0, 0)
        rl.addWidget(self.table, 1)
        rl.addWidget(self.detail)
        rl.addLayout(steps)
        self.journal = LogView()
        entries = list(log.entries)

        def fetch(**filters: Any) -> list[Any]:
            from redactor.redaction_log import log_rows

            return log_rows(entries, **filters)

        self.journal.set_source(fetch, _reason_labels(self.export))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("logTabs")
        self.tabs.addTab(redactions, f"Redactions ({self.rows_model.rowCount()})")
        self.tabs.addTab(self.journal, f"Journal ({len(entries)} entries)")

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.page_view)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setSizes([600, 760])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)
        self.resize(1400, 900)

        self.pages = PdfPages(pdf, parent=self)
        self.pages.imageReady.connect(self._on_image)
        if self.rows_model.rowCount():
            self.select(0)

    # -- stepping ----------------------------------------------------------------------------------
    def current_row(self) -> int:
        """The row of the redaction shown (-1 when none)."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        """Show one redaction (0-based row of the log's list)."""
        if 0 <= row < self.rows_model.rowCount():
            self.table.setCurrentIndex(self.rows_model.index(row, ORIGINAL))

    def step(self, delta: int) -> None:
        """Show the next (1) or previous (-1) redaction."""
        n = self.rows_model.rowCount()
        if n:
            self.select(min(max(self.current_row() + delta, 0), n - 1))

    def _on_row(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = index.row()
        r = self.rows_model.row(row)
        n = self.rows_model.rowCount()
        self.position.setText(f"Redaction {row + 1} of {n}")
        self.previous.setEnabled(row > 0)
        self.next.setEnabled(row < n - 1)
        self.detail.setText(describe(r))
        page = int(r["page"]) - 1 if r.get("page") else -1
        if page >= 0 and page < len(self.pages):
            if page != self.page_view.page:
                found = self.pages.image(page)
                self.page_view.show_page(page, QPixmap.fromImage(found[0]) if found else None)
                if found is None:
                    self.pages.request_render(page, SCALE)
            others = [rect for i in range(n) if i != row and self.rows_model.row(i).get("page") == r["page"]
                      for rect in self.rows_model.row(i).get("rectangles") or []]
            self.page_view.mark(list(r.get("rectangles") or []), others)
        self.currentChanged.emit(row)

    def _on_image(self, page: int, scale: float) -> None:
        found = self.pages.image(page)
        if page == self.page_view.page and found is not None:
            self.page_view.show_page(page, QPixmap.fromImage(found[0]))
            row = self.current_row()
            if row >= 0:
                self._on_row(self.rows_model.index(row, ORIGINAL))

    def _show_check(self) -> None:
        c = self.check
        ok = c.exit_code == 0 and self.export is not None
        if ok:
            text = "Checked: the log's chain is intact and this PDF is the file its export wrote.\n" + \
                   "\n".join(c.confirmed[1:2])
        else:
            text = "Warning: " + ("; ".join(c.problems) or "this PDF is not described by the log")
        self.status.setText(text)
        self.status.setProperty("state", "ok" if ok else "problem")
        colour = "#166534" if ok else "#991b1b"
        background = "#f0fdf4" if ok else "#fef2f2"
        self.status.setStyleSheet(f"color: {colour}; background: {background}; padding: 8px; border-radius: 6px;")

    def closeEvent(self, event: Any) -> None:
        self.pages.close()
        super().closeEvent(event)


def _export_for(log: Any, pdf: Path) -> Any:
    """The export that wrote ``pdf`` (by SHA-256), else the log's last export (None if it has none)."""
    from redactor.load import sha256_file

    return log.export_of(sha256_file(pdf)) or (log.exports[-1] if log.exports else None)


def _reason_labels(export: Any) -> dict[str, str]:
    """Reason codes and labels as the export recorded them."""
    if export is None:
        return {}
    return {str(r["reason_code"]): str(r["reason"]) for r in export.args.get("redactions", [])
            if r.get("reason_code") and r.get("reason")}
