"""A whole review in the real window, offscreen: open, find, rename, merge, undo/redo, keep, redact all,
draw a box, save, close, reopen, export, verify."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableView, QWidget

from redactor.errors import UnreviewedError
from redactor.register import REDACTED
from redactor.verify import output_texts
from redactor.verify_cli import verify_against_register
from tests.truth import leaks_and_keeps
from tests.ui.conftest import FIXTURES
from ui.models.entity_table_model import NAME, EntityIdRole

pytestmark = [pytest.mark.model, pytest.mark.slow]
ANALYSIS_TIMEOUT_MS = 300_000


def rows(table: QTableView) -> dict[str, dict[str, str]]:
    """The table as the reviewer sees it: name -> {header: text}."""
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    out = {}
    for r in range(model.rowCount()):
        values = {h: str(model.index(r, c).data()) for c, h in enumerate(headers)}
        out[values["Name"]] = values
    return out


def select(window: Any, qtbot: Any, name: str) -> str:
    """Select an entity by name in the table (through the filter box, as a reviewer would)."""
    table: QTableView = window.findChild(QTableView, "entityList")
    window.panel.filter_text.setText(name)
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, NAME).data() == name)
    table.setCurrentIndex(model.index(row, NAME))
    table.setFocus()
    entity_id = str(model.index(row, NAME).data(EntityIdRole))
    window.panel.filter_text.clear()
    qtbot.waitUntil(lambda: window.panel.current_entity() == entity_id)
    return entity_id


def key(qtbot: Any, window: Any, text: str | Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key with the entity list focused (single-letter shortcuts are window-wide)."""
    table = window.findChild(QTableView, "entityList")
    table.setFocus()
    qtbot.keyClick(table, text, modifier)


OFFICE_NUMBER = "0113 496 0732"  # the social worker's office line, which a reviewer may keep


def test_whole_review(qtbot: Any, window: Any, tmp_path: Path, messages: Any) -> None:
    draft = Path(shutil.copy(FIXTURES / "sample_draft.pdf", tmp_path / "sample_draft.pdf"))
    register = FIXTURES / "sample_register.yaml"
    table: QTableView = window.findChild(QTableView, "entityList")
    assert window.findChild(QWidget, "pageView") is window.page_view
    assert window.findChild(QWidget, "findBar") is window.find_bar

    # 1. Open a draft with its register; analysis runs in the background.
    window.open_draft(draft, register)
    assert window.busy()
    qtbot.waitUntil(lambda: not window.busy(), timeout=ANALYSIS_TIMEOUT_MS)
    assert messages.shown == []

    # 2. The expected entities are in the panel, with the register's pseudonyms and engine suggestions.
    found = rows(table)
    assert found["Aaliyah Okafor"]["Pseudonym"] == "Child H"
    assert found["Grace Okafor"]["Pseudonym"] == "Mother"
    assert found["Greater Manchester Police"]["Pseudonym"] == "Police Force A"
    assert found["999 611 4023"]["Pseudonym"] == REDACTED
    assert window.page_view.page_count >= 6
    qtbot.waitUntil(lambda: bool(window.page_view.highlight_items(0)))  # page 1 shows its findings

    # 3. Rename a pseudonym with the keyboard (E), merge two entities (M), undo and redo.
    select(window, qtbot, "Grace Okafor")
    key(qtbot, window, "e")
    qtbot.waitUntil(lambda: table.findChild(QComboBox) is not None)
    editor = table.findChild(QComboBox)
    editor.setEditText("Adult G")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(table)["Grace Okafor"]["Pseudonym"] == "Adult G")
    assert window.actionUndo.isEnabled()

    part, whole = part_and_whole(window.ctl.analysis.entities)  # e.g. a postcode and the address holding it
    into = next(e.id for e in window.ctl.analysis.entities if e.name == whole)
    other = select(window, qtbot, part)
    window.choose_merge_target = lambda entity, entities: into  # the Merge Into dialog's choice
    key(qtbot, window, "m")
    assert part not in rows(table)
    assert other not in {e.id for e in window.ctl.analysis.entities}
    assert "merged" in window.actionUndo.text()

    window.actionUndo.trigger()
    assert part in rows(table)
    window.actionUndo.trigger()
    assert rows(table)["Grace Okafor"]["Pseudonym"] == "Mother"
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert rows(table)["Grace Okafor"]["Pseudonym"] == "Adult G"
    window.actionRedo.trigger()
    assert part not in rows(table)
    assert not window.actionRedo.isEnabled()

    # 4. Keep one entity (K: the council office's number), redact every occurrence of a phrase (Ctrl+F,
    # Redact All), draw a box. ("12 May 2021" is no entity: the register keeps "panel met on 12 May 2021".)
    assert "12 May 2021" not in rows(table)
    select(window, qtbot, OFFICE_NUMBER)
    key(qtbot, window, "k")
    assert rows(table)[OFFICE_NUMBER]["Decision"] == "Keep"

    key(qtbot, window, "f", Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "Emergency Department")
    window.find_bar.search_now()
    assert window.find_bar.count.text().endswith(" of 2")
    qtbot.mouseClick(window.find_bar.redact_all, Qt.MouseButton.LeftButton)
    manual = [e for e in window.ctl.analysis.entities if e.source == "manual"]
    assert len(manual) == 1 and len(manual[0].mentions) == 2
    assert rows(table)["Emergency Department"]["Pseudonym"] == REDACTED
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()

    with pymupdf.open(draft) as doc:
        target = doc[0].search_for("Draft version 0.3")[0]
    rect = (target.x0 - 2, target.y0 - 2, target.x1 + 2, target.y1 + 2)
    drag_box(qtbot, window, 0, rect)
    areas = window.ctl.analysis.areas
    assert len(areas) == 1 and areas[0].page == 0 and "Draft version 0.3" in areas[0].original
    window.actionPreview.trigger()  # as it will export
    qtbot.waitUntil(lambda: window.page_view.idle())
    window.actionPreview.trigger()

    # 5. Save, close, reopen the case: every decision and the undo history are back.
    folder = window.ctl.case.folder
    undo_text = window.actionUndo.text()
    key(qtbot, window, "s", Qt.KeyboardModifier.ControlModifier)
    window.close_case()
    assert not window.ctl.session.active
    window.open_case(folder)
    qtbot.waitUntil(lambda: not window.busy() and window.ctl.session.active, timeout=ANALYSIS_TIMEOUT_MS)
    again = rows(table)
    assert again["Grace Okafor"]["Pseudonym"] == "Adult G"
    assert part not in again
    assert again[OFFICE_NUMBER]["Decision"] == "Keep"
    assert again["Emergency Department"]["Pseudonym"] == REDACTED
    assert len(window.ctl.analysis.areas) == 1
    assert window.actionUndo.isEnabled() and window.actionUndo.text() == undo_text
    select(window, qtbot, OFFICE_NUMBER)  # on second thoughts a number is redacted (R): no register keeps it
    key(qtbot, window, "r")
    assert rows(table)[OFFICE_NUMBER]["Decision"] == "Redact"

    # 6. Export: refused while findings are unreviewed, then with every suggestion accepted; verified.
    out = tmp_path / "out" / "sample_redacted.pdf"
    with pytest.raises(UnreviewedError):
        window.export_to(out)
    assert not out.exists()
    result = window.export_to(out, accept_all=True)
    assert result.outputs[0] == out and out.exists()
    assert window.banner.isVisible() and "verified" in window.banner.label.text()
    assert verify_against_register(out, register) == []
    leaks, lost = leaks_and_keeps(out)
    assert leaks == [] and lost == []
    text = "\n".join(t for _, t in output_texts(out))
    assert "Adult G" in text and "Emergency Department" not in text and "Draft version 0.3" not in text
    assert OFFICE_NUMBER not in text and "12 May 2021" in text
    assert messages.shown == []


def part_and_whole(entities: list[Any]) -> tuple[str, str]:
    """Two entities a reviewer would merge: a detected name found inside another entity's name."""
    names = [e.name for e in entities if e.source != "manual"]
    for e in entities:
        if e.source == "detected":
            whole = next((n for n in names if n != e.name and e.name in n), None)
            if whole is not None:
                return e.name, whole
    return "Oldham", "Oldham Council"


def drag_box(qtbot: Any, window: Any, page: int, rect: tuple[float, float, float, float]) -> None:
    """Draw a redaction box by dragging on the page with the box tool (B)."""
    view = window.page_view
    view.show_page(page)
    key(qtbot, window, "b")
    assert window.actionDrawBox.isChecked()
    item = view.pages[page]
    a = view.mapFromScene(item.mapToScene(rect[0], rect[1]))
    b = view.mapFromScene(item.mapToScene(rect[2], rect[3]))
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(vp, pos=QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(vp, pos=b)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=b)
    window.actionDrawBox.trigger()
    assert not window.actionDrawBox.isChecked()


def test_selecting_an_entity_walks_its_mentions(qtbot: Any, window: Any, analysed_case: Any) -> None:
    folder, draft = analysed_case
    window.open_case(folder, draft)
    qtbot.waitUntil(lambda: window.ctl.session.active, timeout=60_000)
    entity_id = select(window, qtbot, "Aaliyah Okafor")
    keys = window.panel.mention_model.keys()
    assert len(keys) > 5
    assert window.ctl.current_key == keys[0]
    bar = window.page_view.verticalScrollBar()
    positions = {bar.value()}
    for step in range(1, 9):
        key(qtbot, window, "]")
        assert window.ctl.current_key == keys[step]
        positions.add(bar.value())
    key(qtbot, window, "[")
    assert window.ctl.current_key == keys[7]
    assert len(positions) > 1, "the view follows the mentions"
    view = window.page_view
    qtbot.waitUntil(lambda: all(view.highlight_items(p) for p in range(view.pdf_page_count())), timeout=30_000)
    assert window.panel.current_entity() == entity_id
    items = [h for p in range(window.page_view.pdf_page_count()) for h in window.page_view.highlight_items(p)
             if h.highlight.entity_id == entity_id]
    assert items and all(h.selected_entity for h in items)
    assert sum(h.current for h in items) == 1


def test_keyboard_review_moves_to_the_next_unreviewed(qtbot: Any, window: Any, analysed_case: Any) -> None:
    folder, draft = analysed_case
    window.open_case(folder, draft)
    qtbot.waitUntil(lambda: window.ctl.session.active, timeout=60_000)
    pending = window.ctl.unreviewed_count()
    assert pending > 3
    first = window.panel.current_entity()
    assert not window.ctl.analysis.decisions[first].reviewed, "the first unreviewed finding is selected on open"
    key(qtbot, window, "a")
    second = window.panel.current_entity()
    assert second != first and not window.ctl.analysis.decisions[second].reviewed
    key(qtbot, window, "r")
    assert window.ctl.analysis.decisions[second].replacement == REDACTED
    assert window.ctl.unreviewed_count() == pending - 2
    key(qtbot, window, "p")
    key(qtbot, window, "n")
    assert not window.ctl.analysis.decisions[window.panel.current_entity()].reviewed
    window.panel.status_filter.setCurrentIndex(1)  # "Not yet reviewed" only
    assert window.proxy.rowCount() == pending - 2
    key(qtbot, window, "k")
    assert window.proxy.rowCount() == pending - 3
    assert window.panel.current_entity(), "the next one is selected"
    assert window.findChild(QTableView, "entityList").editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers


def test_clicking_a_highlight_selects_its_entity(qtbot: Any, window: Any, analysed_case: Any) -> None:
    folder, draft = analysed_case
    window.open_case(folder, draft)
    qtbot.waitUntil(lambda: window.ctl.session.active, timeout=60_000)
    view = window.page_view
    view.show_page(0)
    qtbot.waitUntil(lambda: any(h.highlight.name == "Aaliyah Okafor" for h in view.highlight_items(0)))
    item = next(h for h in view.highlight_items(0) if h.highlight.name == "Aaliyah Okafor")
    assert "Found by" in item.toolTip() and "score" in item.toolTip() and "Exports as" in item.toolTip()
    view.ensureVisible(item)
    pos = view.mapFromScene(item.mapToScene(item.rects[0].center()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.panel.current_entity() == item.highlight.entity_id
    assert window.ctl.current_key == item.highlight.key


def test_mention_override_and_split(qtbot: Any, window: Any, analysed_case: Any) -> None:
    folder, draft = analysed_case
    window.open_case(folder, draft)
    qtbot.waitUntil(lambda: window.ctl.session.active, timeout=60_000)
    entity_id = select(window, qtbot, "Oldham")
    first = window.panel.mention_model.keys()[0]
    window.ctl.override(first, "keep")
    assert window.ctl.analysis.overrides[first].action == "keep"
    window.actionUndo.trigger()
    assert first not in window.ctl.analysis.overrides
    keys = window.panel.mention_model.keys()[:2]
    window.ctl.split(entity_id, keys)
    new = window.panel.current_entity()
    assert new != entity_id
    assert sorted(window.panel.mention_model.keys()) == sorted(keys)
    assert window.model.row_of(new) >= 0 and window.model.row_of(entity_id) >= 0
