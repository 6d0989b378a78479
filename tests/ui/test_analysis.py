"""Opening drafts: cancelling an analysis, bad files, Word and text drafts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import FIXTURES
from ui.views.text_sheets import SheetItem

WELCOME = 0


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.model
def test_cancel_during_analysis(qtbot: Any, window: Any, tmp_path: Path, messages: Any) -> None:
    draft = shutil.copy(FIXTURES / "sample_draft.docx", tmp_path / "draft.docx")
    window.open_draft(draft, FIXTURES / "sample_register.yaml")
    assert window.busy() and window.stack.currentWidget() is window.analysing
    qtbot.waitUntil(lambda: window.ctl.job is not None and window.ctl.job.pid is not None, timeout=30_000)
    pid = window.ctl.job.pid
    assert not window.actionExport.isEnabled()
    qtbot.mouseClick(window.analysing.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy(), timeout=15_000)
    assert window.stack.currentIndex() == WELCOME
    assert "cancelled" in window.statusBar().currentMessage()
    assert not window.ctl.session.active
    qtbot.waitUntil(lambda: gone(pid), timeout=10_000)
    assert messages.shown == []


@pytest.mark.parametrize("name, reason", [
    ("corrupt.pdf", "not a readable PDF"),
    ("not_a_docx.docx", "not a readable Word"),
    ("empty.txt", "empty"),
])
def test_a_bad_draft_is_explained_in_a_message_box(qtbot: Any, window: Any, tmp_path: Path, messages: Any,
                                                  name: str, reason: str) -> None:
    draft = shutil.copy(FIXTURES / name, tmp_path / name)
    window.open_draft(draft)
    qtbot.waitUntil(lambda: not window.busy(), timeout=60_000)
    assert len(messages.shown) == 1
    kind, title, text = messages.shown[0]
    assert kind == "warning" and title == "Cannot Analyse Draft"
    assert name in text and reason in text and "Traceback" not in text
    assert window.stack.currentIndex() == WELCOME and window.isVisible()
    assert not window.ctl.session.active


def test_a_missing_register_is_explained(qtbot: Any, window: Any, tmp_path: Path, messages: Any) -> None:
    draft = shutil.copy(FIXTURES / "sample_draft.txt", tmp_path / "d.txt")
    assert not window.open_draft(draft, tmp_path / "no-such-register.yaml")
    assert not window.busy()
    assert [k for k, _, _ in messages.shown] == ["warning"]
    assert "no-such-register.yaml" in messages.shown[0][2]


def test_a_damaged_case_folder_is_explained(window: Any, tmp_path: Path, messages: Any) -> None:
    (tmp_path / "case.json").write_text("{not json", encoding="utf-8")
    assert not window.open_case(tmp_path)
    assert messages.shown and messages.shown[0][1] == "Cannot Open Case" and "damaged" in messages.shown[0][2]


@pytest.mark.model
@pytest.mark.parametrize("name", ["sample_draft.txt"])
def test_text_draft_is_laid_out_on_sheets(qtbot: Any, window: Any, tmp_path: Path, name: str) -> None:
    draft = shutil.copy(FIXTURES / name, tmp_path / name)
    window.open_draft(draft, FIXTURES / "sample_register.yaml")
    qtbot.waitUntil(lambda: not window.busy(), timeout=300_000)
    view = window.page_view
    assert not view.is_pdf() and not window.actionDrawBox.isEnabled()
    qtbot.waitUntil(lambda: not view.layout_pending(), timeout=20_000)
    sheets = [p for p in view.pages if isinstance(p, SheetItem)]
    assert len(sheets) >= 3
    html = "".join(s.text_item.document().toPlainText() for s in sheets)
    assert "Aaliyah Okafor" in html and "Child H" in html  # the pseudonym tag follows the name
    entity = next(e for e in window.ctl.analysis.entities if e.name == "Aaliyah Okafor")
    m = entity.mentions[-1]
    assert view.show_span(m.segment_id, m.start, m.end)
    window.actionPreview.trigger()
    qtbot.waitUntil(lambda: not view.layout_pending(), timeout=20_000)
    preview = "".join(s.text_item.document().toPlainText() for s in sheets)
    assert "Aaliyah Okafor" not in preview and "Child H" in preview


@pytest.mark.model
def test_an_encrypted_pdf_asks_for_its_password_again_until_it_opens(
        qtbot: Any, window: Any, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, bool]] = []
    answers = ["not-it", "secret"]  # fixtures/make_fixtures.py: user password "secret"

    def ask_password(parent: Any, name: str, wrong: bool) -> str | None:
        asked.append((name, wrong))
        return answers.pop(0)

    monkeypatch.setattr("ui.views.dialogs.ask_password", ask_password)
    draft = shutil.copy(FIXTURES / "encrypted.pdf", tmp_path / "encrypted.pdf")
    window.open_draft(draft)
    qtbot.waitUntil(lambda: window.ctl.session.active and not window.busy(), timeout=300_000)
    assert asked == [("encrypted.pdf", False), ("encrypted.pdf", True)]
    view = window.page_view
    assert view.pdf_page_count() >= 1
    qtbot.waitUntil(lambda: view.idle(), timeout=30_000)
    assert view.pages[0].image_key is not None and view.pages[0].image_key[0] == "page"  # the page process opened it
    assert window.ctl.analysis.document.password == "secret"
    assert messages.shown == []


def test_an_encrypted_pdf_is_not_opened_without_its_password(
        qtbot: Any, window: Any, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.views.dialogs.ask_password", lambda parent, name, wrong: None)
    draft = shutil.copy(FIXTURES / "encrypted.pdf", tmp_path / "encrypted.pdf")
    window.open_draft(draft)
    qtbot.waitUntil(lambda: not window.busy(), timeout=60_000)
    assert window.stack.currentIndex() == WELCOME and not window.ctl.session.active
    assert "needs its password" in window.statusBar().currentMessage()
    assert messages.shown == []


def test_every_control_has_an_accessible_name(window: Any) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QTableView,
        QWidget,
    )

    def qt_internal(x: QWidget) -> bool:
        parent = x.parent()
        return (x.objectName().startswith("qt_") or isinstance(x, QHeaderView)
                or parent.metaObject().className() == "QComboBoxPrivateContainer"  # a combo box's pop-up
                or isinstance(parent, QLineEdit)  # a line edit's clear button
                or (type(x) is QAbstractButton and isinstance(parent, QTableView)))  # a table's corner button

    unnamed = [f"{type(x).__name__} in {x.parent().objectName() or type(x.parent()).__name__}"
               for x in window.findChildren(QWidget)
               if isinstance(x, (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox))
               and not qt_internal(x)
               and not (x.accessibleName() or (isinstance(x, QAbstractButton) and x.text()))]
    assert unnamed == []


def encrypted_case(tmp_path: Path) -> tuple[Path, Path, str]:
    """An encrypted case with one decision, analysed with a stub analyzer (its analysis is in the sealed cache)."""
    from redactor.case import Case
    from tests.redactor.builders import StubAnalyzer, make_pdf_pages, register

    draft = make_pdf_pages(tmp_path / "draft.pdf", [["Chloe Hartley lived with Jack Smith in Oldham."],
                                                    ["Jack Smith was interviewed."]])
    reg, _ = register(tmp_path)
    case = Case.create(tmp_path / "case", register_path=reg, reviewer="Ann Author",
                       analyzer=StubAnalyzer([("Jack Smith", "PERSON", 0.85)]), passphrase="correct horse")
    a = case.analyse(draft)
    jack = next(e for e in a.entities if e.name == "Jack Smith")
    case.decide(a, jack.id, "replace", "Adult B")
    case.close()
    return tmp_path / "case", draft, jack.name


def test_an_encrypted_case_asks_for_its_passphrase_until_it_opens(
        qtbot: Any, window: Any, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, draft, name = encrypted_case(tmp_path)
    asked: list[bool] = []
    answers = ["not it", "correct horse"]

    def ask(parent: Any, case_name: str, wrong: bool) -> str | None:
        asked.append(wrong)
        return answers.pop(0)

    monkeypatch.setattr("ui.views.dialogs.ask_case_passphrase", ask)
    assert window.open_case(folder, draft)
    qtbot.waitUntil(lambda: window.ctl.session.active and not window.busy(), timeout=300_000)
    assert asked == [False, True]
    a = window.ctl.analysis
    assert a.decisions[next(e.id for e in a.entities if e.name == name)].replacement == "Adult B"
    assert window.actionUndo.isEnabled()
    assert messages.shown == []


def test_an_encrypted_case_is_not_opened_without_its_passphrase(
        qtbot: Any, window: Any, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, draft, _ = encrypted_case(tmp_path)
    monkeypatch.setattr("ui.views.dialogs.ask_case_passphrase", lambda parent, name, wrong: None)
    assert not window.open_case(folder, draft)
    assert not window.busy() and not window.ctl.session.active
    assert "needs its passphrase" in window.statusBar().currentMessage()
    assert messages.shown == []
