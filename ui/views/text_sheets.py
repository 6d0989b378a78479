"""Word and text drafts (and the parts of any draft outside its pages) laid out readably on sheets.

The text is cut into sheets of about a page each at paragraph ends. Findings are tinted in the
colour of their kind, with the pseudonym they will export as in a small grey tag after them; in
"as it will export" mode the replacement is shown in place of the text, as the export writes it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from redactor.document import Segment
from redactor.register import REDACTED
from ui.models.highlights import Highlight
from ui.views.palette import keep_colour, kind_colour

SHEET_WIDTH = 595.0  # A4, points
SHEET_MIN_HEIGHT = 842.0
MARGIN = 56.0
SHEET_CHARS = 2600


@dataclass(frozen=True, slots=True)
class Slice:
    """Part of one segment shown on a sheet."""

    segment_id: str
    start: int
    end: int
    heading: str = ""


@dataclass(slots=True)
class SheetPlan:
    """What one sheet shows."""

    slices: list[Slice] = field(default_factory=list)
    title: str = ""

    def chars(self) -> int:
        """Characters on the sheet."""
        return sum(s.end - s.start for s in self.slices)


def plan_sheets(body: list[Segment], other: list[Segment]) -> list[SheetPlan]:
    """Cut body segments into page-sized sheets at paragraph ends, then the other parts after them."""
    sheets: list[SheetPlan] = [SheetPlan()]
    for seg in body:
        text, pos = seg.text, 0
        while True:
            room = SHEET_CHARS - sheets[-1].chars()
            if len(text) - pos <= room:
                sheets[-1].slices.append(Slice(seg.id, pos, len(text)))
                break
            if room < 400 and sheets[-1].slices:
                sheets.append(SheetPlan())
                continue
            end = _cut(text, pos, pos + room)
            sheets[-1].slices.append(Slice(seg.id, pos, end))
            pos = end
            sheets.append(SheetPlan())
    if not sheets[-1].slices:
        sheets.pop()
    if other:
        part = SheetPlan(title="Other parts of the file")
        for seg in other:
            part.slices.append(Slice(seg.id, 0, len(seg.text), seg.where))
            if part.chars() > SHEET_CHARS:
                sheets.append(part)
                part = SheetPlan(title="Other parts of the file (continued)")
        if part.slices:
            sheets.append(part)
    return sheets


def _cut(text: str, start: int, limit: int) -> int:
    """A paragraph (else line, else word) end between ``start`` and ``limit``."""
    for sep in ("\n\n", "\n", " "):
        i = text.rfind(sep, start + 1, limit)
        if i > start:
            return i + len(sep)
    return min(limit, len(text))


@dataclass(frozen=True, slots=True)
class Span:
    """Where a highlight went in a sheet's text document."""

    start: int
    end: int
    highlight: Highlight


class SheetTextItem(QGraphicsTextItem):
    """The text of a sheet, with tooltips for the finding under the mouse."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.spans: list[Span] = []
        self._starts: list[int] = []
        self.setAcceptHoverEvents(True)

    def set_spans(self, spans: list[Span]) -> None:
        """Remember where each highlight is (sorted by position)."""
        self.spans = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in self.spans]

    def span_at(self, pos: QPointF) -> Span | None:
        """The highlight under a point of this item, if any."""
        layout = self.document().documentLayout()
        at = layout.hitTest(pos, Qt.HitTestAccuracy.ExactHit)
        if at < 0:
            return None
        i = bisect.bisect_right(self._starts, at) - 1
        while i >= 0:
            span = self.spans[i]
            if span.start <= at < span.end:
                return span
            if span.end < at - 200:
                break
            i -= 1
        return None

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        span = self.span_at(event.pos())
        tip = span.highlight.tooltip() if span else ""
        if tip != self.toolTip():
            self.setToolTip(tip)
        self.setCursor(Qt.CursorShape.PointingHandCursor if span else Qt.CursorShape.IBeamCursor)
        super().hoverMoveEvent(event)


class SheetItem(QGraphicsItem):
    """A white sheet holding laid-out text with its findings marked."""

    def __init__(self, index: int, plan: SheetPlan, texts: dict[str, str], font: QFont) -> None:
        super().__init__()
        self.index = index
        self.plan = plan
        self._texts = texts
        self.text_item = SheetTextItem(self)
        self.text_item.setFont(font)
        self.text_item.setTextWidth(SHEET_WIDTH - 2 * MARGIN)
        self.text_item.setPos(MARGIN, MARGIN)
        self.size = QSizeF(SHEET_WIDTH, SHEET_MIN_HEIGHT)
        self.anchors: dict[str, list[tuple[int, int]]] = {}

    def segment_ids(self) -> set[str]:
        """Segments (partly) on this sheet."""
        return {s.segment_id for s in self.plan.slices}

    def build(self, highlights: dict[str, list[Highlight]], preview: bool) -> None:
        """Lay the text out again with the current highlights."""
        doc = QTextDocument()
        doc.setDefaultFont(self.text_item.font())
        doc.setDocumentMargin(0)
        cursor = QTextCursor(doc)
        para = QTextBlockFormat()
        para.setBottomMargin(5.0)
        para.setLineHeight(112.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(para)
        plain = QTextCharFormat()
        spans: list[Span] = []
        self.anchors = {}
        if self.plan.title:
            _heading(cursor, self.plan.title, 13.0)
        previous: Slice | None = None
        for sl in self.plan.slices:
            if previous is not None and (sl.heading or sl.segment_id != previous.segment_id):
                cursor.insertBlock(para)
            if sl.heading:
                _heading(cursor, sl.heading, 9.0, QColor("#475569"))
            previous = sl
            text = self._texts.get(sl.segment_id, "")
            anchors = self.anchors.setdefault(sl.segment_id, [])
            pos = sl.start
            for h in _visible(highlights.get(sl.segment_id, []), sl.start, sl.end):
                _, hs, he = h.key
                if hs > pos:
                    anchors.append((pos, cursor.position()))
                    cursor.insertText(text[pos:hs], plain)
                anchors.append((hs, cursor.position()))
                start = cursor.position()
                if preview and h.action == "replace":
                    cursor.insertText(h.replacement if h.replacement != REDACTED else "\u2588" * 6, _replaced())
                else:
                    cursor.insertText(text[hs:he], _marked(h))
                spans.append(Span(start, cursor.position(), h))
                if not preview and h.action == "replace":
                    cursor.insertText(f"\u2009{_tag(h)}\u2009", _tag_format(h))
                pos = he
            if pos < sl.end:
                anchors.append((pos, cursor.position()))
                cursor.insertText(text[pos:sl.end], plain)
            anchors.append((sl.end, cursor.position()))
        self.text_item.setDocument(doc)
        self.text_item.setTextWidth(SHEET_WIDTH - 2 * MARGIN)
        self.text_item.set_spans(spans)
        height = max(SHEET_MIN_HEIGHT, self.text_item.boundingRect().height() + 2 * MARGIN)
        if height != self.size.height():
            self.prepareGeometryChange()
            self.size = QSizeF(SHEET_WIDTH, height)

    def doc_position(self, segment_id: str, offset: int) -> int | None:
        """Where a character of a segment is in this sheet's text, if it is on this sheet."""
        anchors = self.anchors.get(segment_id)
        if not anchors:
            return None
        offs = [a for a, _ in anchors]
        i = bisect.bisect_right(offs, offset) - 1
        if i < 0 or offset > offs[-1]:
            return None
        orig, at = anchors[i]
        return at + (offset - orig)

    def locate(self, segment_id: str, start: int, end: int) -> QRectF | None:
        """The rectangle (item coordinates) of a span of a segment, if it is on this sheet."""
        a = self.doc_position(segment_id, start)
        if a is None:
            return None
        b = self.doc_position(segment_id, max(start, end - 1)) or a
        r1, r2 = self._char_rect(a), self._char_rect(b)
        if r1 is None:
            return None
        rect = r1.united(r2) if r2 is not None else r1
        return rect.translated(self.text_item.pos())

    def _char_rect(self, pos: int) -> QRectF | None:
        doc = self.text_item.document()
        block = doc.findBlock(pos)
        if not block.isValid():
            return None
        layout = block.layout()
        origin = doc.documentLayout().blockBoundingRect(block).topLeft()
        line = layout.lineForTextPosition(pos - block.position())
        if not line.isValid():
            return None
        x = line.cursorToX(pos - block.position())[0]
        return QRectF(origin.x() + x, origin.y() + line.y(), 6.0, line.height())

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, self.size.width() + 7, self.size.height() + 8)

    def page_rect(self) -> QRectF:
        """The sheet itself in item coordinates."""
        return QRectF(0, 0, self.size.width(), self.size.height())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.page_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(15, 23, 42, 40))
        painter.drawRect(rect.translated(1.5, 2.5))
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRect(rect)


def _visible(items: list[Highlight], start: int, end: int) -> Iterator[Highlight]:
    """Highlights inside ``start:end`` that do not overlap an earlier one (the outer one is shown)."""
    pos = start
    for h in items:
        _, hs, he = h.key
        if hs >= pos and he <= end:
            yield h
            pos = he


def _heading(cursor: QTextCursor, text: str, size: float, colour: QColor | None = None) -> None:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontPointSize(size)
    if colour is not None:
        fmt.setForeground(colour)
    cursor.insertText(text, fmt)
    cursor.insertBlock()


def _marked(h: Highlight) -> QTextCharFormat:
    fmt = QTextCharFormat()
    colour = keep_colour() if h.action == "keep" else kind_colour(h.kind)
    tint = QColor(colour)
    tint.setAlpha(40 if h.action == "keep" else 80)
    fmt.setBackground(tint)
    if not h.reviewed:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(colour.darker(120))
    return fmt


def _replaced() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#e2e8f0"))
    fmt.setForeground(QColor("#0f172a"))
    return fmt


def _tag(h: Highlight) -> str:
    return "redacted" if h.replacement == REDACTED else h.replacement


def _tag_format(h: Highlight) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(kind_colour(h.kind).darker(150))
    fmt.setFontPointSize(7.0)
    fmt.setFontItalic(True)
    return fmt
