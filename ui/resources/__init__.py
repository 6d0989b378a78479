"""Icons and the help page shipped with the app."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent


@cache
def icon(name: str) -> QIcon:
    """The named icon from ``resources/icons`` (an empty icon if it does not exist)."""
    path = RESOURCES / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def help_html() -> str:
    """The one-page help, as HTML."""
    return (RESOURCES / "help.html").read_text(encoding="utf-8")
