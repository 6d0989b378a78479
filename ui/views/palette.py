"""Display names and highlight colours for each kind of finding (presentation only)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

# Kinds the engine assigns (``redactor.register.Kind``), grouped the way a reviewer thinks of them.
KIND_LABELS: dict[str, str] = {
    "child": "Child",
    "adult": "Adult",
    "person": "Person",
    "local_authority": "Local authority",
    "police_force": "Police force",
    "school": "School",
    "hospital": "Hospital",
    "gp": "GP practice",
    "childrens_home": "Children's home",
    "organisation": "Organisation",
    "place": "Place",
    "address": "Address",
    "date_of_birth": "Date of birth",
    "date": "Date",
    "identifier": "Identifier",
    "manual": "Manual redaction",
}

GROUPS: dict[str, tuple[str, ...]] = {
    "People": ("child", "adult", "person"),
    "Organisations": ("local_authority", "police_force", "school", "hospital", "gp", "childrens_home", "organisation"),
    "Places and addresses": ("place", "address"),
    "Dates": ("date_of_birth", "date"),
    "Identifiers": ("identifier",),
}

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
_GROUP_COLOURS = {
    "People": "#E69F00",
    "Organisations": "#3B8FD9",
    "Places and addresses": "#009E73",
    "Dates": "#CC79A7",
    "Identifiers": "#D55E00",
}
KEEP_COLOUR = "#8A94A6"
MANUAL_COLOUR = "#111827"


def kind_label(kind: str) -> str:
    """``local_authority`` -> ``Local authority``."""
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def group_of(kind: str) -> str:
    """The group a kind belongs to (``Organisations`` for unknown kinds)."""
    return next((g for g, kinds in GROUPS.items() if kind in kinds), "Organisations")


def kind_colour(kind: str) -> QColor:
    """The highlight colour of a kind."""
    if kind == "manual":
        return QColor(MANUAL_COLOUR)
    return QColor(_GROUP_COLOURS[group_of(kind)])


def keep_colour() -> QColor:
    """The outline colour of findings the reviewer keeps."""
    return QColor(KEEP_COLOUR)


@cache
def kind_dot(kind: str, outline: bool = False) -> QIcon:
    """A small round swatch of a kind's colour, for lists (hollow when ``outline``)."""
    icon = QIcon()
    for size in (12, 24):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = kind_colour(kind) if kind != "keep" else keep_colour()
        pen_width = size / 6
        painter.setPen(colour.darker(115) if outline else Qt.PenStyle.NoPen)
        if outline:
            pen = painter.pen()
            pen.setWidthF(pen_width)
            painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush if outline else colour)
        inset = size * 0.18
        painter.drawEllipse(inset, inset, size - 2 * inset, size - 2 * inset)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
