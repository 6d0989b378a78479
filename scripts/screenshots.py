"""Drive the real app window through a review of the bundled sample and save PNGs of its main states.

Run by ``scripts/screenshots.sh`` under Xvfb (a real X11 window, not the offscreen platform).
Everything happens in a throw-away app folder, so no real settings or recent list are touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the PNGs")
    parser.add_argument("--scale", type=float, default=1.0, help="screen scale factor (2 = 200%%)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="redactor-shots-"))
    os.environ["REDACTOR_DATA_DIR"] = str(work / "app")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    sys.path.insert(0, str(ROOT))
    try:
        return Shots(args.out, work, args.scale).run()
    finally:
        shutil.rmtree(work, ignore_errors=True)


class Shots:
    """The tour: welcome, analysing, opened draft, mid-review, find and redact all, export, compare."""

    def __init__(self, out: Path, work: Path, scale: float) -> None:
        from PySide6.QtWidgets import QApplication

        from ui import storage
        from ui.app import configure, create_window

        self.out, self.work, self.scale = out, work, scale
        self.suffix = "" if scale == 1.0 else f"-{round(scale * 100)}"
        out.mkdir(parents=True, exist_ok=True)
        self.app = QApplication([sys.argv[0]])
        configure(self.app)
        settings = storage.settings()
        settings.setValue("reviewer", "Sam Author")  # the name the log records (Edit > Your Name)
        settings.sync()
        self.w = create_window()
        self.w.resize(1440, 900)
        self.w.move(0, 0)
        self.w.show()

    # -- helpers -------------------------------------------------------------------------------------
    def pump(self, seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def wait(self, cond: Callable[[], bool], timeout: float = 600.0) -> None:
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise TimeoutError("the app did not get there in time")
            self.pump(0.05)

    def shot(self, name: str, widget: object = None) -> None:
        """Save what the screen shows inside the main window (dialogs on top included)."""
        self.pump(0.6)
        self.wait(lambda: self.w.page_view.idle())
        self.pump(0.3)
        screen = self.app.primaryScreen()
        g = self.w.frameGeometry()
        pixmap = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height())
        path = self.out / f"{name}{self.suffix}.png"
        pixmap.save(str(path))
        print(f"screenshot: {path}")

    def entity(self, name: str) -> str:
        return next(e.id for e in self.w.ctl.analysis.entities if e.name == name)

    # -- the tour ------------------------------------------------------------------------------------
    def run(self) -> int:
        from PySide6.QtCore import Qt, QTimer


        w, ctl = self.w, self.w.ctl
        draft = Path(shutil.copy(FIXTURES / "sample_draft.pdf", self.work / "sample_draft.pdf"))
        register = FIXTURES / "sample_register.yaml"

        self.pump(0.5)
        w.open_draft(draft, register)
        self.wait(lambda: w.analysing.bar.maximum() > 0 and w.analysing.bar.value() > 0, timeout=300)
        self.shot("app-analysing")
        self.wait(lambda: not w.busy())

        # An opened draft with its findings highlighted, the first one selected.
        w.panel.select_entity(self.entity("Aaliyah Okafor"))
        ctl.step_mention(1)
        self.pump(0.5)
        self.shot("app-opened")

        # Mid-review: some findings decided from the keyboard, the rest still to do.
        for name, how in (("Grace Okafor", "accept"), ("Microsoft Word", "keep"), ("12 May 2021", "keep")):
            if any(e.name == name for e in ctl.analysis.entities):
                w.panel.select_entity(self.entity(name))
                ctl.decide(how)
        for _ in range(6):
            ctl.decide("accept")
        w.panel.status_filter.setCurrentIndex(1)  # not yet reviewed
        ctl.select_next_unreviewed(from_start=True)
        ctl.step_mention(1)
        self.pump(0.5)
        self.shot("app-review")
        w.panel.status_filter.setCurrentIndex(0)

        # The redaction log of the review so far: a decision given a reason, another reason chosen for the next.
        ctl.select_next_unreviewed(from_start=True)
        w.panel.reason.choose("third_party")
        ctl.decide("accept")
        w.panel.reason.choose("family")
        w.actionLog.trigger()
        w.resizeDocks([w.log_dock], [280], Qt.Orientation.Vertical)
        self.pump(0.5)
        self.shot("app-log")
        w.actionLog.trigger()
        w.panel.reason.reset()

        # Find, then redact every occurrence.
        w.open_find("Emergency Department")
        self.pump(0.5)
        ctl.redact_all("Emergency Department")
        w.open_find("Emergency Department")
        self.pump(0.3)
        ctl.step_find(1)
        self.shot("app-find")
        w.find_bar.close_bar()

        # Export (every remaining suggestion accepted), verified; the pages as they were exported.
        w.actionPreview.trigger()
        self.pump(1.0)
        out = self.work / "out" / "sample_draft (redacted).pdf"
        result = w.export_to(out, accept_all=True)
        w.page_view.show_page(1)
        self.shot("app-export")
        w.actionPreview.trigger()

        from ui import export_flow

        export_flow.compare(w, result.outputs[0])
        compare = w._compare
        assert compare is not None
        compare.resize(1440, 900)
        compare.move(0, 0)
        compare.redacted.set_zoom(0.75)
        compare.original.set_zoom(0.75)
        self.pump(1.0)
        self.wait(lambda: compare.original.idle() and compare.redacted.idle())
        self.pump(0.5)
        pixmap = self.app.primaryScreen().grabWindow(0, 0, 0, compare.frameGeometry().width(),
                                                     compare.frameGeometry().height())
        path = self.out / f"app-compare{self.suffix}.png"
        pixmap.save(str(path))
        print(f"screenshot: {path}")
        compare.close()

        # The legal adviser's check of the finished PDF against its log, a redaction on page 2 shown.
        adviser = w.open_finished(out)
        assert adviser is not None
        adviser.resize(1440, 900)
        adviser.move(0, 0)
        rows = adviser.rows_model
        adviser.select(next((i for i in range(rows.rowCount()) if rows.row(i).get("page") == 2
                             and rows.row(i).get("replacement")), 0))
        self.pump(1.0)
        self.wait(lambda: not adviser.page_view._image.pixmap().isNull(), timeout=60)
        self.pump(0.5)
        pixmap = self.app.primaryScreen().grabWindow(0, 0, 0, adviser.frameGeometry().width(),
                                                     adviser.frameGeometry().height())
        path = self.out / f"app-log-check{self.suffix}.png"
        pixmap.save(str(path))
        print(f"screenshot: {path}")
        adviser.close()

        # The empty state, with the review just done in the recent list.
        w.close_case()
        self.shot("app-welcome")
        QTimer.singleShot(0, w.close)
        self.pump(0.3)
        return 0


if __name__ == "__main__":
    sys.exit(main())
