"""The document view: the draft's pages (PDF) or sheets (Word, text) in one continuous, zoomable scroll.

Pages are rendered lazily, one per event-loop turn, at the current zoom, so scrolling a long
draft never blocks the window; each finding is a highlight item over its characters.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsScene, QGraphicsView, QMenu, QWidget

from redactor.document import Segment
from redactor.plan import AreaRedaction
from redactor.types import MentionKey
from ui.models.highlights import Highlight
from ui.views.page_items import AreaItem, FindMarker, HighlightItem, PageItem, RubberBand
from ui.views.pdf_pages import PdfPages
from ui.views.text_sheets import SheetItem, plan_sheets

GAP = 16.0  # points between pages
SIDE = 14.0  # points of grey around the pages
PX_PER_PT = 96.0 / 72.0  # 100% zoom shows a page at its printed size
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0
BUDGET_S = 0.035  # longest piece of rendering or layout done in one event-loop turn

PreviewFn = Callable[[int, float], QImage]


class PageView(QGraphicsView):
    """Continuous view of a draft's pages with every finding highlighted.

    Signals:
        highlightClicked(entity_id, key): a finding was clicked.
        mentionAction(key, action): the reviewer chose, for one mention, ``keep``, ``redact`` or ``entity``.
        areaDrawn(page, rect): a manual redaction box was drawn (PDF points on that page).
        areaRemoveRequested(area_id): the reviewer asked to remove a manual box.
        pageChanged(page): the page in the middle of the view changed.
        zoomChanged(zoom): the zoom factor changed (1.0 = printed size).
        layoutReady(): Word and text sheets are laid out (their thumbnails can be drawn).
        thumbnailReady(page): a PDF page's thumbnail arrived from the page process.
    """

    highlightClicked = Signal(str, object)
    mentionAction = Signal(object, str)
    areaDrawn = Signal(int, object)
    areaRemoveRequested = Signal(str)
    pageChanged = Signal(int)
    zoomChanged = Signal(float)
    layoutReady = Signal()
    thumbnailReady = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.setAccessibleName("Document pages")
        self.setAccessibleDescription("The draft's pages with every finding highlighted")
        self._scene = QGraphicsScene(self)
        self._scene.setBackgroundBrush(QColor("#e5e7eb"))
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
                            | QPainter.RenderHint.TextAntialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pdf: PdfPages | None = None
        self.pages: list[PageItem | SheetItem] = []
        self._segment_item: dict[str, int] = {}
        self._highlights: dict[str, list[Highlight]] = {}
        self._hl_items: dict[int, list[HighlightItem]] = {}
        self._hl_dirty: set[int] = set()
        self._area_items: dict[str, AreaItem] = {}
        self._areas: list[AreaRedaction] = []
        self._texts: dict[str, str] = {}
        self._zoom = 1.0
        self._fit_width = True
        self._preview = False
        self._preview_fn: PreviewFn | None = None
        self._queue: list[int] = []
        self._sheet_queue: list[int] = []
        self._selected_entity = ""
        self._current_key: MentionKey | None = None
        self._box_mode = False
        self._band: RubberBand | None = None
        self._band_page: PageItem | None = None
        self._current_page = -1
        self._tops: list[float] = []
        self._heights: list[float] = []
        self._find_marker: FindMarker | None = None
        self._pending_span: tuple[str, int, int, bool] | None = None
        self._worker = QTimer(self)
        self._worker.setInterval(0)
        self._worker.timeout.connect(self._work)
        self._rerender = QTimer(self)
        self._rerender.setSingleShot(True)
        self._rerender.setInterval(120)
        self._rerender.timeout.connect(self._request_visible)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._font = QFont("DejaVu Serif")
        self._font.setStyleHint(QFont.StyleHint.Serif)
        self._font.setPointSizeF(10.5)

    # -- loading ---------------------------------------------------------------------------------
    def clear(self) -> None:
        """Show nothing."""
        self._worker.stop()
        self._queue.clear()
        self._sheet_queue.clear()
        self._scene.clear()
        self.pages = []
        self._tops, self._heights = [], []
        self._segment_item = {}
        self._hl_items = {}
        self._hl_dirty = set()
        self._area_items = {}
        self._areas = []
        self._highlights = {}
        self._current_page = -1
        self._find_marker = None
        self._pending_span = None
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def load_pdf(self, pdf: PdfPages, other: Iterable[Segment] = ()) -> None:
        """Show a PDF's pages, then a sheet with the text found outside them (metadata, notes …)."""
        self.clear()
        self._pdf = pdf
        pdf.setParent(self)
        pdf.imageReady.connect(self._on_image)
        pdf.boxesReady.connect(self._on_boxes)
        pdf.thumbnailReady.connect(self.thumbnailReady)
        for i, size in enumerate(pdf.sizes):
            item = PageItem(i, size, self._request)
            self._scene.addItem(item)
            self.pages.append(item)
            self._segment_item[f"page:{i}"] = i
            self._hl_dirty.add(i)
        other = [s for s in other if s.text.strip()]
        self._texts = {s.id: s.text for s in other}
        self._add_sheets([], other)
        self._relayout()
        self._fit()
        self.verticalScrollBar().setValue(0)
        for i in range(len(pdf)):  # every page's character boxes, read in the background, first pages first
            pdf.request_boxes(i)

    def load_text(self, body: Iterable[Segment], other: Iterable[Segment] = ()) -> None:
        """Show a Word or text draft laid out on sheets, then the parts outside its body."""
        self.clear()
        body, other = list(body), [s for s in other if s.text.strip()]
        self._texts = {s.id: s.text for s in [*body, *other]}
        self._add_sheets(body, other)
        self._relayout()
        self._fit()
        self.verticalScrollBar().setValue(0)

    def _add_sheets(self, body: list[Segment], other: list[Segment]) -> None:
        for plan in plan_sheets(body, other):
            item = SheetItem(len(self.pages), plan, self._texts, self._font)
            self._scene.addItem(item)
            for seg_id in item.segment_ids():
                self._segment_item.setdefault(seg_id, item.index)
            self.pages.append(item)
            self._sheet_queue.append(item.index)
        if self._sheet_queue:
            self._worker.start()

    @property
    def page_count(self) -> int:
        """Pages (and sheets) shown."""
        return len(self.pages)

    def pdf_page_count(self) -> int:
        """PDF pages shown (0 for Word and text drafts)."""
        return len(self._pdf) if self._pdf is not None else 0

    def is_pdf(self) -> bool:
        """Whether PDF pages are shown (manual boxes and the export preview apply)."""
        return self._pdf is not None

    def layout_pending(self) -> bool:
        """Whether sheets are still being laid out."""
        return bool(self._sheet_queue)

    # -- findings ----------------------------------------------------------------------------------
    def set_highlights(self, by_segment: dict[str, list[Highlight]], changed: set[str] | None = None) -> None:
        """Show these findings, redrawing only the pages of the ``changed`` segments (all when None)."""
        if changed is None:
            changed = {seg for seg in set(by_segment) | set(self._highlights)
                       if by_segment.get(seg) != self._highlights.get(seg)}
        self._highlights = by_segment
        pages = {self._segment_item[s] for s in changed if s in self._segment_item}
        for i in pages:
            self._hl_dirty.add(i)
            item = self.pages[i]
            if isinstance(item, SheetItem) and i not in self._sheet_queue:
                self._sheet_queue.append(i)
            elif self._preview and isinstance(item, PageItem):
                item.invalidate("preview")
        self._request_visible()
        if self._sheet_queue or pages:
            self._worker.start()

    def set_areas(self, areas: list[AreaRedaction]) -> None:
        """Show the manual redaction boxes."""
        self._areas = list(areas)
        for item in self._area_items.values():
            self._scene.removeItem(item)
        self._area_items = {}
        for a in self._areas:
            if 0 <= a.page < len(self.pages) and isinstance(self.pages[a.page], PageItem):
                x0, y0, x1, y1 = a.rect
                item = AreaItem(a.id, QRectF(x0, y0, x1 - x0, y1 - y0))
                item.setParentItem(self.pages[a.page])
                item.setVisible(not self._preview)
                self._area_items[a.id] = item

    def invalidate_preview(self, pages: Iterable[int]) -> None:
        """Pages whose export preview must be rendered again."""
        for i in pages:
            if 0 <= i < len(self.pages):
                item = self.pages[i]
                if isinstance(item, PageItem):
                    item.invalidate("preview")

    def mark_find(self, segment_id: str, start: int, end: int) -> None:
        """Outline one find hit and scroll to it."""
        self.clear_find()
        self.show_span(segment_id, start, end, mark=True)

    def _mark(self, rect: QRectF) -> None:
        self.clear_find()
        self._find_marker = FindMarker(rect.adjusted(-2.5, -2.5, 2.5, 2.5))
        self._scene.addItem(self._find_marker)

    def clear_find(self) -> None:
        """Remove the find hit outline."""
        if self._find_marker is not None:
            self._scene.removeItem(self._find_marker)
            self._find_marker = None

    def set_selected(self, entity_id: str, current: MentionKey | None = None) -> None:
        """Emphasise one entity's mentions, and the current one."""
        self._selected_entity, self._current_key = entity_id, current
        for items in self._hl_items.values():
            for it in items:
                it.set_state(it.highlight.entity_id == entity_id, it.highlight.key == current)

    # -- modes -------------------------------------------------------------------------------------
    def set_preview_source(self, fn: PreviewFn | None) -> None:
        """Where 'as it will export' page images come from (the engine's page preview)."""
        self._preview_fn = fn

    def set_preview(self, on: bool) -> None:
        """Show pages as they will export (PDF: the engine's preview; text: replacements in place)."""
        if on == self._preview:
            return
        self._preview = on
        for i, item in enumerate(self.pages):
            if isinstance(item, SheetItem) and i not in self._sheet_queue:
                self._sheet_queue.append(i)
            for h in self._hl_items.get(i, []):
                h.setVisible(not on)
        for area in self._area_items.values():
            area.setVisible(not on)
        self._request_visible()
        self._worker.start()

    @property
    def preview(self) -> bool:
        """Whether pages are shown as they will export."""
        return self._preview

    def set_box_mode(self, on: bool) -> None:
        """Dragging on a PDF page draws a manual redaction box."""
        self._box_mode = on and self.is_pdf()
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if self._box_mode else Qt.CursorShape.ArrowCursor)

    # -- zoom --------------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        """1.0 shows pages at their printed size."""
        return self._zoom

    def set_zoom(self, zoom: float, *, fit: bool = False) -> None:
        """Zoom to a factor, keeping the middle of the view in place."""
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._fit_width = fit
        if abs(zoom - self._zoom) < 1e-3 and not self.transform().isIdentity():
            return
        centre = self.mapToScene(self.viewport().rect().center())
        self._zoom = zoom
        s = zoom * PX_PER_PT
        self.resetTransform()
        self.scale(s, s)
        self.centerOn(centre)
        self._rerender.start()
        self.zoomChanged.emit(zoom)

    def zoom_in(self) -> None:
        """One step closer."""
        self.set_zoom(self._zoom * 1.2)

    def zoom_out(self) -> None:
        """One step further."""
        self.set_zoom(self._zoom / 1.2)

    def fit_width(self) -> None:
        """Zoom so the widest page fills the view's width."""
        self._fit_width = True
        self._fit()

    def _fit(self) -> None:
        if not self.pages:
            return
        widest = max(p.page_rect().width() for p in self.pages) + 2 * SIDE
        avail = max(self.viewport().width() - 2, 200)
        self.set_zoom(min(avail / (widest * PX_PER_PT), 2.0), fit=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_width:
            self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self._zoom * (1.15 if event.angleDelta().y() > 0 else 1 / 1.15))
            event.accept()
            return
        super().wheelEvent(event)

    # -- navigation --------------------------------------------------------------------------------
    def current_page(self) -> int:
        """The page in the middle of the view (-1 when empty)."""
        return self._current_page

    def show_page(self, page: int) -> None:
        """Scroll so a page's top is at the top of the view."""
        if 0 <= page < len(self.pages):
            item = self.pages[page]
            top = item.mapToScene(QPointF(0, -8))
            self.verticalScrollBar().setValue(int(self.mapFromScene(top).y()) + self.verticalScrollBar().value())

    def locate(self, segment_id: str, start: int, end: int) -> tuple[int, QRectF, bool] | None:
        """Where a span of a segment is shown: its page, its scene rectangle, and whether that is exact.

        A PDF page whose character boxes have not arrived yet gives the whole page (not exact);
        its boxes are asked for at once.
        """
        i = self._segment_item.get(segment_id)
        if i is None:
            return None
        item = self.pages[i]
        if isinstance(item, PageItem):
            if self._pdf is None or not self._pdf.has_boxes(i):
                if self._pdf is not None:
                    self._pdf.request_boxes(i)
                    self._pdf.prioritise([i])
                return i, item.mapRectToScene(item.page_rect()), False
            boxes = self._pdf.boxes(i)
            rects = boxes.line_rects(start, end) if boxes is not None else []
            if not rects:
                return i, item.mapRectToScene(item.page_rect()), True
            r = QRectF()
            for (x0, y0, x1, y1), _ in rects:
                r = r.united(QRectF(x0, y0, x1 - x0, y1 - y0))
            return i, item.mapRectToScene(r), True
        for j in range(i, len(self.pages)):  # a long segment may continue on later sheets
            sheet = self.pages[j]
            if isinstance(sheet, SheetItem) and segment_id in sheet.segment_ids():
                if j in self._sheet_queue:
                    self._build_sheet(j)
                    self._relayout()
                rect = sheet.locate(segment_id, start, end)
                if rect is not None:
                    return j, sheet.mapRectToScene(rect), True
        return None

    def show_span(self, segment_id: str, start: int, end: int, *, mark: bool = False) -> bool:
        """Scroll a span of a segment into the middle of the view (outlined when ``mark``).

        Returns False if the span is not shown anywhere. On a PDF page whose character boxes are
        still being read, the page is shown now and the span centred when they arrive.
        """
        found = self.locate(segment_id, start, end)
        if found is None:
            return False
        page, rect, exact = found
        self._pending_span = None if exact else (segment_id, start, end, mark)
        if exact:
            self.centerOn(rect.center())
            if mark:
                self._mark(rect)
        else:
            self.show_page(page)
        return True

    def _on_boxes(self, page: int) -> None:
        """A page's character boxes arrived: draw its findings, finish a pending scroll."""
        item = self.pages[page] if 0 <= page < len(self.pages) else None
        if isinstance(item, PageItem) and page in self._hl_dirty:
            self._build_highlights(item)
        pending = self._pending_span
        if pending is not None and self._segment_item.get(pending[0]) == page:
            self.show_span(*pending[:3], mark=pending[3])

    def _on_image(self, page: int, scale: float) -> None:
        item = self.pages[page] if 0 <= page < len(self.pages) else None
        if isinstance(item, PageItem) and self._pdf is not None and not self._preview:
            found = self._pdf.image(page)
            if found is not None:
                item.set_image(found[0], ("page", found[1]))

    def _on_scrolled(self) -> None:
        self._rerender.start()
        centre = self.mapToScene(self.viewport().rect().center())
        page = self._page_at(centre)
        if page is not None and page != self._current_page:
            self._current_page = page
            self.pageChanged.emit(page)

    def _page_at(self, pos: QPointF) -> int | None:
        """The page at (or nearest to) a scene position."""
        if not self.pages:
            return None
        i = bisect.bisect_right(self._tops, pos.y()) - 1
        if i < 0:
            return 0
        if i + 1 < len(self.pages) and pos.y() > self._tops[i] + self._heights[i]:
            gap_mid = (self._tops[i] + self._heights[i] + self._tops[i + 1]) / 2
            return i + 1 if pos.y() > gap_mid else i
        return i

    # -- layout and lazy work --------------------------------------------------------------------
    def _relayout(self) -> None:
        y = 0.0
        widest = max((p.page_rect().width() for p in self.pages), default=0.0)
        self._tops, self._heights = [], []
        for item in self.pages:
            r = item.page_rect()
            item.setPos(-r.width() / 2, y)
            self._tops.append(y)
            self._heights.append(r.height())
            y += r.height() + GAP
        self._scene.setSceneRect(QRectF(-widest / 2 - SIDE, -SIDE, widest + 2 * SIDE, max(y + SIDE, 100)))

    def _request(self, item: PageItem) -> None:
        if item.index not in self._queue:
            self._queue.append(item.index)
            self._worker.start()

    def _request_visible(self) -> None:
        for item in self._visible_items():
            if isinstance(item, PageItem):
                item.wanted = ("preview" if self._preview else "page", self._render_scale())
                if item.image_key != item.wanted or item.index in self._hl_dirty:
                    self._request(item)

    def _visible_items(self) -> list[PageItem | SheetItem]:
        """The pages in (or just outside) the view, found by position (no walk over every page)."""
        if not self.pages:
            return []
        area = self.mapToScene(self.viewport().rect()).boundingRect().adjusted(0, -400, 0, 400)
        first = max(0, bisect.bisect_right(self._tops, area.top()) - 1)
        out = []
        for i in range(first, len(self.pages)):
            if self._tops[i] > area.bottom():
                break
            if self._tops[i] + self._heights[i] >= area.top():
                out.append(self.pages[i])
        return out

    def _render_scale(self) -> float:
        return round(self._zoom * PX_PER_PT * self.devicePixelRatioF(), 3)

    def _work(self) -> None:
        """Do queued rendering and layout for up to ``BUDGET_S``, then yield to the event loop."""
        deadline = time.perf_counter() + BUDGET_S
        relayout = False
        while time.perf_counter() < deadline:
            if self._sheet_queue:
                visible = {p.index for p in self._visible_items()}
                pick = next((i for i in self._sheet_queue if i in visible), self._sheet_queue[0])
                self._build_sheet(pick)
                relayout = True
                continue
            if not self._queue:
                break
            visible = {p.index for p in self._visible_items()}
            i = self._queue.pop(0)
            if i not in visible:
                continue
            self._render_page(i)
        if relayout:
            self._relayout()
            if not self._sheet_queue:
                self.layoutReady.emit()
        if not self._queue and not self._sheet_queue:
            self._worker.stop()

    def _build_sheet(self, i: int) -> None:
        if i in self._sheet_queue:
            self._sheet_queue.remove(i)
        item = self.pages[i]
        if isinstance(item, SheetItem):
            item.build(self._highlights, self._preview)
            self._hl_dirty.discard(i)

    def _render_page(self, i: int) -> bool:
        """Ask for a page's image (the page process renders; an export preview is rendered here).

        Returns:
            Whether real work was done on this thread.
        """
        item = self.pages[i]
        if not isinstance(item, PageItem) or self._pdf is None:
            return False
        if i in self._hl_dirty:
            self._build_highlights(item)
        scale = self._render_scale()
        item.wanted = ("preview" if self._preview else "page", scale)
        if item.image_key == item.wanted:
            return False
        if self._preview and self._preview_fn is not None:
            item.set_image(self._preview_fn(i, scale), item.wanted)
            return True
        found = self._pdf.image(i)
        if found is not None and found[1] == scale:
            item.set_image(found[0], ("page", scale))
            return False
        self._pdf.request_render(i, scale)
        return False

    def _build_highlights(self, item: PageItem) -> None:
        i = item.index
        if self._pdf is None:
            return
        if not self._pdf.has_boxes(i):
            self._pdf.request_boxes(i)
            return
        self._hl_dirty.discard(i)
        for old in self._hl_items.pop(i, []):
            self._scene.removeItem(old)
        boxes = self._pdf.boxes(i)
        if boxes is None:
            return
        made = []
        for h in self._highlights.get(f"page:{i}", []):
            rects = [QRectF(x0, y0, x1 - x0, y1 - y0) for (x0, y0, x1, y1), _ in boxes.line_rects(h.key[1], h.key[2])]
            if not rects:
                continue
            hi = HighlightItem(h, rects)
            hi.setParentItem(item)
            hi.setVisible(not self._preview)
            hi.set_state(h.entity_id == self._selected_entity, h.key == self._current_key)
            made.append(hi)
        self._hl_items[i] = made

    def ensure_highlights(self, page: int) -> None:
        """Build a page's highlight items now (normally done when the page is first shown)."""
        item = self.pages[page] if 0 <= page < len(self.pages) else None
        if isinstance(item, PageItem) and page in self._hl_dirty:
            self._build_highlights(item)
        elif isinstance(item, SheetItem) and page in self._sheet_queue:
            self._build_sheet(page)
            self._relayout()

    def highlight_items(self, page: int) -> list[HighlightItem]:
        """The highlight items of a PDF page (built if needed)."""
        self.ensure_highlights(page)
        return list(self._hl_items.get(page, []))

    def thumbnail(self, i: int, width: int) -> QImage | None:
        """A small image of page ``i`` (None until it is ready; ``thumbnailReady`` says when, for PDF pages)."""
        item = self.pages[i] if 0 <= i < len(self.pages) else None
        if isinstance(item, PageItem) and self._pdf is not None:
            image = self._pdf.thumbnail(i)
            if image is None:
                self._pdf.request_thumbnail(i, width)
            return image
        if isinstance(item, SheetItem) and i not in self._sheet_queue:
            source = item.mapRectToScene(item.page_rect())
            height = max(1, int(width * source.height() / source.width()))
            image = QImage(width, height, QImage.Format.Format_RGB32)
            image.fill(QColor("#ffffff"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._scene.render(painter, QRectF(0, 0, width, height), source)
            painter.end()
            return image
        return None

    def idle(self) -> bool:
        """Whether everything in view is rendered and marked (nothing queued for it)."""
        if self._queue or self._sheet_queue or self._pending_span is not None:
            return False
        for item in self._visible_items():
            if isinstance(item, PageItem) and (item.image_key != item.wanted or item.index in self._hl_dirty):
                return False
        return True

    # -- mouse -------------------------------------------------------------------------------------
    def _item_at(self, pos: QPoint) -> QGraphicsItem | None:
        for it in self.items(pos):
            if isinstance(it, (HighlightItem, AreaItem)):
                return it
        return None

    def _sheet_span(self, pos: QPoint) -> Highlight | None:
        for it in self.items(pos):
            if isinstance(it, SheetItem) or (it.parentItem() is not None and isinstance(it.parentItem(), SheetItem)):
                sheet = it if isinstance(it, SheetItem) else it.parentItem()
                assert isinstance(sheet, SheetItem)
                span = sheet.text_item.span_at(sheet.text_item.mapFromScene(self.mapToScene(pos)))
                return span.highlight if span else None
        return None

    def _finding_at(self, pos: QPoint) -> Highlight | None:
        it = self._item_at(pos)
        if isinstance(it, HighlightItem):
            return it.highlight
        return self._sheet_span(pos)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box_mode:
            scene = self.mapToScene(event.position().toPoint())
            page = self._page_at(scene)
            if page is not None and isinstance(self.pages[page], PageItem):
                item = self.pages[page]
                assert isinstance(item, PageItem)
                local = item.mapFromScene(scene)
                if item.page_rect().contains(local):
                    self._band = RubberBand(local)
                    self._band.setParentItem(item)
                    self._band_page = item
                    event.accept()
                    return
        if event.button() == Qt.MouseButton.LeftButton:
            h = self._finding_at(event.position().toPoint())
            if h is not None:
                self.highlightClicked.emit(h.entity_id, h.key)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._band is not None and self._band_page is not None:
            local = self._band_page.mapFromScene(self.mapToScene(event.position().toPoint()))
            self._band.stretch(local, self._band_page.page_rect())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._band is not None and self._band_page is not None:
            rect, page = self._band.rect, self._band_page.index
            self._scene.removeItem(self._band)
            self._band, self._band_page = None, None
            if rect.width() >= 3 and rect.height() >= 3:
                self.areaDrawn.emit(page, (rect.left(), rect.top(), rect.right(), rect.bottom()))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def draw_area(self, page: int, rect: tuple[float, float, float, float]) -> None:
        """Draw a box as if the reviewer had dragged it (keyboard users and tests)."""
        self.areaDrawn.emit(page, rect)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        it = self._item_at(event.pos())
        menu = QMenu(self)
        if isinstance(it, AreaItem):
            area_id = it.area_id
            act = QAction("Remove This Redaction Box", menu)
            act.triggered.connect(lambda: self.areaRemoveRequested.emit(area_id))
            menu.addAction(act)
        else:
            h = self._finding_at(event.pos())
            if h is None:
                return
            key = h.key
            for label, action in (("Keep This Occurrence Only", "keep"), ("Redact This Occurrence Only", "redact"),
                                  ("Use the Entity's Decision Here", "entity")):
                act = QAction(label, menu)
                act.triggered.connect(lambda _=False, a=action: self.mentionAction.emit(key, a))
                menu.addAction(act)
        menu.exec(event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._band is not None:
            assert self._band is not None
            self._scene.removeItem(self._band)
            self._band, self._band_page = None, None
            return
        super().keyPressEvent(event)
