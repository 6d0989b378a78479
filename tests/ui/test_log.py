"""The Log view (the case journal with filters), reason codes when deciding, and the adviser's check of a
finished PDF against its redaction log (issue 9)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTableView

from ui import storage


def open_reviewed(qtbot: Any, window: Any, analysed_case: tuple[Path, Path], reviewer: str = "Ada Reviewer") -> None:
    s = storage.settings()
    s.setValue("reviewer", reviewer)
    s.sync()
    folder, draft = analysed_case
    window.open_case(folder, draft)
    qtbot.waitUntil(lambda: window.ctl.session.active, timeout=60_000)


def press(qtbot: Any, window: Any, text: str) -> None:
    table = window.findChild(QTableView, "entityList")
    table.setFocus()
    qtbot.keyClick(table, text)


def test_log_view_lists_decisions_with_reviewer_and_reason_and_filters_them(
        qtbot: Any, window: Any, analysed_case: Any, messages: Any) -> None:
    open_reviewed(qtbot, window, analysed_case)
    window.actionLog.trigger()
    assert window.log_dock.isVisible()
    view = window.log_view
    before = view.rows()
    assert before[0].op == "create" and before[0].reviewer == "Test Reviewer"

    # A reason chosen before a decision goes into the journal with it; the choice then returns to automatic.
    reason = window.panel.reason
    assert [reason.combo.itemData(i) for i in range(reason.combo.count())][:3] == ["", "child", "family"]
    reason.combo.setCurrentIndex(reason.combo.findData("family"))
    kept = window.panel.current_entity()
    press(qtbot, window, "k")
    assert window.ctl.analysis.decisions[kept].action == "keep"
    assert reason.code() is None
    press(qtbot, window, "r")  # no reason chosen: automatic
    rows = view.rows()
    assert len(rows) == len(before) + 2
    assert (rows[-2].op, rows[-2].reason, rows[-2].reviewer) == ("decide", "family", "Ada Reviewer")
    assert rows[-1].reason == ""
    assert "Identifies a family member" in view.model.index(len(rows) - 2, 5).data()

    # Filters combine and come from the log itself.
    view.reason.setCurrentIndex(view.reason.findData("family"))
    assert [r.seq for r in view.rows()] == [rows[-2].seq]
    view.reason.setCurrentIndex(0)
    view.reviewer.setCurrentIndex(view.reviewer.findData("Ada Reviewer"))
    assert [r.seq for r in view.rows()] == [r.seq for r in rows[-2:]]
    view.reviewer.setCurrentIndex(0)
    assert view.page.count() > 1
    view.page.setCurrentIndex(1)
    page = int(view.page.currentData())
    assert view.rows() and all(page in r.pages for r in view.rows())
    view.page.setCurrentIndex(0)
    kind = rows[-1].kind
    view.kind.setCurrentIndex(view.kind.findData(kind))
    assert view.rows() and all(r.kind == kind for r in view.rows())

    # Undo is journalled too, and the view follows.
    window.actionUndo.trigger()
    view.kind.setCurrentIndex(0)
    assert view.rows()[-1].op == "undo"
    assert messages.shown == []


def test_adviser_steps_through_each_redaction_of_a_finished_pdf(
        qtbot: Any, window: Any, analysed_case: Any, tmp_path: Path, messages: Any) -> None:
    open_reviewed(qtbot, window, analysed_case)
    out = tmp_path / "out" / "final.pdf"
    window.export_to(out, accept_all=True)
    log = out.with_name("final.log.jsonl")
    assert log.exists()

    adviser = window.open_finished(out)
    assert adviser is not None and adviser.isVisible()
    assert adviser.check.exit_code == 0 and "intact" in adviser.status.text()
    export = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()][-1]
    assert export["op"] == "export"
    logged = export["args"]["redactions"]
    model = adviser.rows_model
    assert model.rowCount() == len(logged) > 5
    assert adviser.current_row() == 0 and adviser.position.text() == f"Redaction 1 of {len(logged)}"

    adviser.next.click()
    assert adviser.current_row() == 1
    adviser.previous.click()
    assert adviser.current_row() == 0 and not adviser.previous.isEnabled()
    on_page_2 = next(i for i, r in enumerate(logged) if r["page"] == 2 and r["rectangles"])
    adviser.select(on_page_2)
    assert adviser.page_view.page == 1
    qtbot.waitUntil(lambda: not adviser.page_view._image.pixmap().isNull(), timeout=30_000)
    mark = adviser.page_view.current
    assert mark is not None
    x0, y0, x1, y1 = logged[on_page_2]["rectangles"][0]
    centre = mark.rect().center()
    assert abs(centre.x() / 1.6 - (x0 + x1) / 2) < 2 and abs(centre.y() / 1.6 - (y0 + y1) / 2) < 2
    assert logged[on_page_2]["replacement"] in adviser.detail.text()
    assert adviser.journal.rows()[-1].op == "export"
    adviser.close()
    assert messages.shown == []


def test_adviser_is_warned_about_a_swapped_pdf_and_a_changed_log(
        qtbot: Any, window: Any, analysed_case: Any, tmp_path: Path, messages: Any) -> None:
    open_reviewed(qtbot, window, analysed_case)
    out = tmp_path / "out" / "final.pdf"
    window.export_to(out, accept_all=True)
    log = out.with_name("final.log.jsonl")

    swapped = tmp_path / "swapped.pdf"
    shutil.copy(out, swapped)
    with swapped.open("ab") as f:
        f.write(b"\n% changed\n")
    adviser = window.open_finished(swapped, log)
    assert adviser is not None and adviser.check.exit_code == 1
    assert adviser.status.text().startswith("Warning") and "swapped or changed" in adviser.status.text()
    adviser.close()

    lines = log.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace('"add_draft"', '"add_draft "')
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert window.open_finished(out) is None
    _, title, text = messages.shown[-1]
    assert title == "Log Has Been Changed" and "line 2" in text and "Traceback" not in text


def test_the_welcome_page_offers_the_advisers_check(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    called: list[Any] = []
    monkeypatch.setattr("ui.export_flow.check_finished_dialog", lambda w: called.append(w))
    button = window.findChild(QPushButton, "welcomeCheckFinished")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert called == [window]
    assert window.actionCheckLog.isEnabled()  # also File > Check a Finished PDF, with no draft open
