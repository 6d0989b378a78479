"""Fixtures for the desktop app's tests: a private app folder, recorded message boxes, analysed cases."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@dataclass
class Messages:
    """Message boxes the app showed (and the answers given to its questions)."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answers: list[bool] = field(default_factory=list)

    def texts(self, kind: str | None = None) -> list[str]:
        return [f"{title}\n{text}" for k, title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def app_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app keeps its settings, recent list and cases here (never in the user's real folder)."""
    folder = tmp_path / "app-data"
    monkeypatch.setenv("REDACTOR_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    """Message boxes never block a test: they are recorded, and questions answered from ``answers``."""
    record = Messages()

    def box(kind: str, result: Any) -> Any:
        def show(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            record.shown.append((kind, title, text))
            return result
        return show

    monkeypatch.setattr(QMessageBox, "warning", box("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", box("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", box("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "about", box("about", None))
    monkeypatch.setattr(QMessageBox, "question", box("question", QMessageBox.StandardButton.No))

    def ask(parent: Any, title: str, text: str, yes: str, no: str = "Cancel") -> bool:
        record.shown.append(("ask", title, text))
        return record.answers.pop(0) if record.answers else False

    monkeypatch.setattr("ui.views.dialogs.ask", ask)
    return record


@pytest.fixture(scope="session")
def analysed_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A case for the sample PDF with its register, analysed once for the whole session (real NLP).

    Returns:
        ``(case folder, draft)``; copy the folder before using it.
    """
    from redactor.case import Case

    root = tmp_path_factory.mktemp("template")
    draft = shutil.copy(FIXTURES / "sample_draft.pdf", root / "sample_draft.pdf")
    case = Case.create(root / "case", register_path=FIXTURES / "sample_register.yaml", reviewer="Test Reviewer")
    case.analyse(Path(draft))
    case.close()
    return root / "case", Path(draft)


@pytest.fixture()
def analysed_case(analysed_template: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the analysed sample case: ``(case folder, draft)``."""
    folder, draft = analysed_template
    copy = Path(shutil.copytree(folder, tmp_path / "case"))
    return copy, draft


@pytest.fixture()
def window(qtbot: Any) -> Iterator[Any]:
    """The real main window, shown (offscreen)."""
    from ui.app import create_window

    w = create_window()
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close_case()
