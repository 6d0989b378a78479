"""Icons and the help page shipped with the app."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

RESOURCES = Path(__file__).resolve().parent


@cache
def icon(name: str) -> QIcon:
    """The named icon from ``resources/icons`` (an empty icon if it does not exist), faded when disabled."""
    path = RESOURCES / "icons" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    source = QIcon(str(path))
    out = QIcon(str(path))
    for size in (16, 20, 24, 32, 40, 48):
        normal = source.pixmap(QSize(size, size))
        faded = QPixmap(normal.size())
        faded.setDevicePixelRatio(normal.devicePixelRatio())
        faded.fill(Qt.GlobalColor.transparent)
        painter = QPainter(faded)
        painter.setOpacity(0.35)
        painter.drawPixmap(0, 0, normal)
        painter.end()
        out.addPixmap(faded, QIcon.Mode.Disabled)
    return out


def help_html() -> str:
    """The one-page help, as HTML."""
    return (RESOURCES / "help.html").read_text(encoding="utf-8")
