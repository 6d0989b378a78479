"""Page thumbnails beside the document: click one to go to that page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

THUMB_WIDTH = 96
RenderFn = Callable[[int, int], QImage | None]


class ThumbnailList(QListWidget):
    """A column of page thumbnails, rendered lazily as they scroll into view.

    Signals:
        pageRequested(page): the reviewer clicked a thumbnail.
    """

    pageRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thumbnails")
        self.setAccessibleName("Page thumbnails")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.42)))
        self.setSpacing(6)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(THUMB_WIDTH + 44)
        self._render: RenderFn | None = None
        self._done: set[int] = set()
        self._waiting: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_next)
        self.verticalScrollBar().valueChanged.connect(lambda: self._timer.start())
        self.itemClicked.connect(lambda item: self.pageRequested.emit(self.row(item)))
        self.itemActivated.connect(lambda item: self.pageRequested.emit(self.row(item)))

    def set_pages(self, count: int, render: RenderFn | None, ratio: float = 1.414) -> None:
        """Show ``count`` pages; ``render(page, width)`` draws one (or returns None if not ready yet)."""
        self.clear()
        self._render = render
        self._done, self._waiting = set(), set()
        self.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * ratio)))
        blank = QPixmap(self.iconSize())
        blank.fill(QColor("#ffffff"))
        blank_icon = QIcon(blank)  # one icon shared by every page until its own is drawn
        for i in range(count):
            item = QListWidgetItem(blank_icon, str(i + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setToolTip(f"Page {i + 1}")
            self.addItem(item)
        self._timer.start()

    def refresh(self, pages: set[int] | None = None) -> None:
        """Draw pages again (all when ``pages`` is None)."""
        self._done = set() if pages is None else self._done - pages
        self._waiting = set() if pages is None else self._waiting - pages
        self._timer.start()

    def set_current_page(self, page: int) -> None:
        """Highlight the page the document view shows."""
        if 0 <= page < self.count() and self.currentRow() != page:
            self.blockSignals(True)
            self.setCurrentRow(page)
            self.blockSignals(False)
            self.scrollToItem(self.item(page), QAbstractItemView.ScrollHint.EnsureVisible)

    def thumbnail_ready(self, page: int) -> None:
        """A thumbnail that was not ready before now is."""
        self._waiting.discard(page)
        self._done.discard(page)
        self._timer.start()

    def _render_next(self) -> None:
        if self._render is None:
            self._timer.stop()
            return
        for i in self._visible_rows():
            if i in self._done or i in self._waiting:
                continue
            image = self._render(i, THUMB_WIDTH)
            if image is None:
                self._waiting.add(i)  # asked for; thumbnail_ready() brings it
                continue
            self.item(i).setIcon(QIcon(QPixmap.fromImage(image)))
            self._done.add(i)
            return
        self._timer.stop()

    def _visible_rows(self) -> list[int]:
        if self.count() == 0:
            return []
        top = self.indexAt(self.viewport().rect().topLeft() + self.viewport().rect().topLeft())
        first = max(top.row(), 0) if top.isValid() else 0
        rows = []
        for i in range(first, self.count()):
            rect = self.visualItemRect(self.item(i))
            if rect.top() > self.viewport().height():
                break
            if rect.bottom() >= 0:
                rows.append(i)
        return rows
