"""Graphics items of the document view: a page, a finding's highlight with its pseudonym tag, a manual box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from redactor.register import REDACTED
from ui.models.highlights import Highlight
from ui.views.palette import keep_colour, kind_colour

PAGE_SHADOW = QColor(15, 23, 42, 40)


class PageItem(QGraphicsItem):
    """One page: a white sheet with its rendered image, drawn at whatever scale the view last rendered.

    Args:
        index: 0-based page number.
        size: Page size in points.
        request: Called with this item when it is painted without an image of the wanted scale.
    """

    def __init__(self, index: int, size: QSizeF, request: Callable[[PageItem], None]) -> None:
        super().__init__()
        self.index = index
        self.size = size
        self._request = request
        self.image: QImage | None = None
        self.image_key: tuple[str, float] | None = None
        self.wanted: tuple[str, float] = ("page", 1.0)
        self.setAcceptHoverEvents(False)

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, self.size.width() + 7, self.size.height() + 8)

    def page_rect(self) -> QRectF:
        """The page itself in item coordinates (points)."""
        return QRectF(0, 0, self.size.width(), self.size.height())

    def set_image(self, image: QImage, key: tuple[str, float]) -> None:
        """Show a newly rendered image."""
        self.image, self.image_key = image, key
        self.update()

    def invalidate(self, mode: str | None = None) -> None:
        """Forget the image (of one mode, or any) so it is rendered again when next painted."""
        if self.image_key is not None and (mode is None or self.image_key[0] == mode):
            self.image_key = (self.image_key[0], -1.0)
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.page_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PAGE_SHADOW)
        painter.drawRect(rect.translated(1.5, 2.5))
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRect(rect)
        if self.image is not None and self.image_key is not None and self.image_key[0] == self.wanted[0]:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(rect, self.image)
        if self.image_key != self.wanted:
            self._request(self)


class HighlightItem(QGraphicsItem):
    """A finding's mark on the page: a tinted box per text line in the colour of its kind.

    Unreviewed findings have a dashed outline; kept findings a grey outline and no tint. The
    pseudonym it will export as is shown in a small tag above it while its entity is selected or
    the mouse is over it (tags on every finding would hide the text of dense paragraphs).
    """

    def __init__(self, highlight: Highlight, rects: list[QRectF], show_tag: bool = True) -> None:
        super().__init__()
        self.highlight = highlight
        self.rects = [r.adjusted(-1.0, -0.8, 1.0, 0.8) for r in rects]
        self.selected_entity = False
        self.current = False
        self._tag = _tag_text(highlight) if show_tag else ""
        self._tag_font = QFont()
        self._tag_font.setPointSizeF(5.2)
        self._tag_rect = self._layout_tag()
        self.setToolTip(highlight.tooltip())
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._base_z = 2.0 if highlight.kind == "manual" else 1.0
        self.setZValue(self._base_z)
        self._hover = False

    def _layout_tag(self) -> QRectF:
        if not self._tag or not self.rects:
            return QRectF()
        fm = QFontMetricsF(self._tag_font)
        w = fm.horizontalAdvance(self._tag) + 5.0
        h = fm.height() + 1.0
        first = self.rects[0]
        return QRectF(first.left(), first.top() - h - 0.6, w, h)

    def boundingRect(self) -> QRectF:
        out = QRectF()
        for r in self.rects:
            out = out.united(r)
        if not self._tag_rect.isNull():
            out = out.united(self._tag_rect)
        return out.adjusted(-2, -2, 2, 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        for r in self.rects:
            path.addRect(r)
        return path

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = True
        self.setZValue(5)  # its tag above its neighbours
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        self.setZValue(4 if self.selected_entity else self._base_z)
        self.update()

    def set_state(self, selected_entity: bool, current: bool) -> None:
        """Emphasise the mentions of the selected entity, and the one the reviewer is on."""
        if (selected_entity, current) != (self.selected_entity, self.current):
            self.selected_entity, self.current = selected_entity, current
            self.setZValue(4 if selected_entity else self._base_z)
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        h = self.highlight
        kept = h.action == "keep"
        colour = keep_colour() if kept else kind_colour(h.kind)
        fill = QColor(colour)
        fill.setAlpha(0 if kept else (110 if self._hover or self.selected_entity else 70))
        if h.kind == "manual":
            fill = QColor(17, 24, 39, 55)
        width = 1.6 if (self.selected_entity or self.current) else 0.8
        pen = QPen(colour.darker(115), width)
        if not h.reviewed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen)
        painter.setBrush(fill)
        for r in self.rects:
            painter.drawRoundedRect(r, 1.2, 1.2)
        if self.current:
            ring = QPen(QColor("#1d4ed8"), 1.4)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for r in self.rects:
                painter.drawRoundedRect(r.adjusted(-2.2, -2.2, 2.2, 2.2), 2.5, 2.5)
        if self._tag and (self._hover or self.selected_entity):
            painter.setPen(QPen(colour.darker(130), 0.5))
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRoundedRect(self._tag_rect, 2.0, 2.0)
            painter.setFont(self._tag_font)
            painter.setPen(QColor("#0f172a"))
            painter.drawText(self._tag_rect, Qt.AlignmentFlag.AlignCenter, self._tag)


def _tag_text(h: Highlight) -> str:
    if h.action == "keep":
        return ""
    return "redacted" if h.replacement == REDACTED else h.replacement


class AreaItem(QGraphicsItem):
    """A manual redaction box drawn by the reviewer: everything under it is removed on export."""

    def __init__(self, area_id: str, rect: QRectF) -> None:
        super().__init__()
        self.area_id = area_id
        self.rect = rect
        self.setZValue(3)
        self.setToolTip("<b>Manual redaction box</b><br>Text, pictures and drawings under it are removed on "
                        "export.<br>Right-click to remove it.")
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(QColor("#b91c1c"), 1.0))
        painter.setBrush(QColor(17, 24, 39, 170))
        painter.drawRect(self.rect)
        painter.setBrush(QBrush(QColor(255, 255, 255, 60), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(self.rect)


class RubberBand(QGraphicsItem):
    """The box being drawn while the reviewer drags."""

    def __init__(self, origin: QPointF) -> None:
        super().__init__()
        self.origin = origin
        self.rect = QRectF(origin, origin)
        self.setZValue(10)

    def stretch(self, to: QPointF, bounds: QRectF) -> None:
        """Extend the box to ``to``, kept inside ``bounds``."""
        self.prepareGeometryChange()
        x = min(max(to.x(), bounds.left()), bounds.right())
        y = min(max(to.y(), bounds.top()), bounds.bottom())
        self.rect = QRectF(self.origin, QPointF(x, y)).normalized()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        pen = QPen(QColor("#b91c1c"), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(17, 24, 39, 90))
        painter.drawRect(self.rect)


class FindMarker(QGraphicsItem):
    """The outline around the find hit being shown."""

    def __init__(self, rect: QRectF) -> None:
        super().__init__()
        self.rect = rect
        self.setZValue(20)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("#ca8a04"), 1.6))
        painter.setBrush(QColor(250, 204, 21, 70))
        painter.drawRoundedRect(self.rect, 2.0, 2.0)
