"""Start the desktop app: ``redactor-gui [DRAFT | CASE_FOLDER] [--register REGISTER.yaml]``."""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from ui import storage
from ui.main_window import MainWindow
from ui.resources import RESOURCES

log = logging.getLogger(__name__)
UI_FONTS = ("Segoe UI", "Noto Sans", "Open Sans", "DejaVu Sans")


def create_window() -> MainWindow:
    """The main window, for a ``QApplication`` that already exists."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("create a QApplication before the main window")
    return MainWindow()


def configure(app: QApplication) -> None:
    """Name, icon, style and font: the same look on every platform."""
    app.setApplicationName("Redactor")
    app.setOrganizationName("Redactor")
    app.setApplicationDisplayName("Redactor")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "app.svg")))
    if "Fusion" in QStyleFactory.keys():  # noqa: SIM118 - a Qt function, not a dict
        app.setStyle("Fusion")
    families = set(QFontDatabase.families())
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if system.family() not in families or system.family() in ("Sans Serif", "DejaVu Sans"):
        family = next((f for f in UI_FONTS if f in families), None)
        if family is not None:
            font = QFont(family)
            font.setPointSizeF(max(system.pointSizeF(), 10.0))
            app.setFont(font)


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="redactor-gui", description="Review and redact a draft case review.")
    p.add_argument("path", nargs="?", type=Path, help="a draft (PDF, DOCX, TXT) or a case folder to open")
    p.add_argument("--register", type=Path, help="the case register (YAML) for a new review")
    return p.parse_args(argv)


def _excepthook(window: MainWindow | None) -> object:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log_path = storage.data_dir() / "errors.log"
        with log_path.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(kind, exc, tb)))
        QMessageBox.critical(window, "Something Went Wrong",
                             "Redactor met a problem it did not expect and could not finish what you asked.\n\n"
                             "Every decision you had made is saved. If this happens again, please report it with "
                             f"the file {log_path}.")
    return hook


def main(argv: list[str] | None = None) -> int:
    """The ``redactor-gui`` entry point."""
    multiprocessing.freeze_support()
    args_in = sys.argv[1:] if argv is None else list(argv)
    args = _parse(args_in)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "redactor-gui"])
    assert isinstance(app, QApplication)
    configure(app)
    os.environ.setdefault("TLDEXTRACT_CACHE", os.devnull)  # the engine never fetches anything
    window = create_window()
    sys.excepthook = _excepthook(window)  # type: ignore[assignment]
    window.show()
    if args.path is not None:
        path = args.path.expanduser()
        if path.is_dir():
            QTimer.singleShot(0, lambda: window.open_case(path))
        else:
            QTimer.singleShot(0, lambda: window.open_draft(path, args.register))
    else:
        QTimer.singleShot(0, lambda: _offer_recovery(window))
    return app.exec()


def _offer_recovery(window: MainWindow) -> None:
    """After a crash, offer to reopen the review that was open (every decision is in its journal)."""
    for item in storage.interrupted_sessions():
        answer = QMessageBox.question(
            window, "Continue Your Review",
            f"Redactor closed unexpectedly while you were reviewing {item.draft.name}.\n\nEvery decision you made "
            "was saved. Reopen the review where you left off?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            window.open_case(item.case, item.draft)
            return


if __name__ == "__main__":
    sys.exit(main())
