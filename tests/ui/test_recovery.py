"""Crash recovery: the app is killed mid-review; reopening loses nothing, undo history included."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTableView

from redactor.register import REDACTED
from ui import storage

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ui.app import create_window

def main():
    app = QApplication([])
    w = create_window()
    w.show()
    w.open_case(Path(sys.argv[1]), Path(sys.argv[2]))
    deadline = time.time() + 120
    while not w.ctl.session.active and time.time() < deadline:
        app.processEvents()
        time.sleep(0.02)
    c = w.ctl
    by_name = {e.name: e.id for e in c.analysis.entities}
    c.rename(by_name["Grace Okafor"], "Adult G")
    w.panel.select_entity(by_name["Oldham Council"])
    c.decide("redact")
    c.redact_area(0, (50.0, 50.0, 200.0, 80.0))
    app.processEvents()
    print("READY", flush=True)
    while True:  # reviewing... until the power goes
        app.processEvents()
        time.sleep(0.05)

if __name__ == "__main__":
    main()
"""


def test_killed_mid_review_then_reopened_loses_nothing(qtbot: Any, window: Any, analysed_case: Any,
                                                       app_folder: Path, tmp_path: Path, messages: Any) -> None:
    folder, draft = analysed_case
    script = tmp_path / "review_then_die.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REDACTOR_DATA_DIR": str(app_folder),
           "PYTHONPATH": str(ROOT)}
    log = tmp_path / "app.log"
    with log.open("w") as errors, subprocess.Popen([sys.executable, str(script), str(folder), str(draft)],
                                                   stdout=subprocess.PIPE, stderr=errors, text=True, env=env,
                                                   cwd=ROOT) as proc:
        try:
            deadline = time.time() + 180
            line = ""
            while "READY" not in line and time.time() < deadline and proc.poll() is None:
                line = proc.stdout.readline() if proc.stdout else ""
            ready = "READY" in line
        finally:
            proc.send_signal(signal.SIGKILL)  # no clean shutdown: the journal is all there is
            proc.wait(10)
            if proc.stdout:
                proc.stdout.close()  # the app's own worker processes may hold the pipe a moment longer
    assert ready, log.read_text(encoding="utf-8")[-3000:]

    interrupted = storage.interrupted_sessions()
    assert [(i.case, i.draft) for i in interrupted] == [(folder.resolve(), draft)]
    window.open_case(interrupted[0].case, interrupted[0].draft)
    qtbot.waitUntil(lambda: window.ctl.session.active, timeout=60_000)
    a = window.ctl.analysis
    by_name = {e.name: e for e in a.entities}
    assert a.decisions[by_name["Grace Okafor"].id].replacement == "Adult G"
    assert a.decisions[by_name["Oldham Council"].id].replacement == REDACTED
    assert [(x.page, x.rect[0]) for x in a.areas] == [(0, 50.0)]
    assert window.actionUndo.isEnabled() and "Area redacted on page 1" in window.actionUndo.text()
    window.actionUndo.trigger()
    assert window.ctl.analysis.areas == []
    assert window.actionRedo.isEnabled()
    window.actionRedo.trigger()
    assert len(window.ctl.analysis.areas) == 1
    table = window.findChild(QTableView, "entityList")
    assert table.model().rowCount() == len(a.entities)
    assert messages.shown == []
