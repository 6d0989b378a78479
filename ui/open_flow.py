"""Opening from the window: the dialogs around opening a draft or a case, the recent list, the reviewer's
name (a preference) and an encrypted draft's password."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QInputDialog

from ui import storage
from ui.views import dialogs
from ui.views.dialogs import MergeDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DRAFT_FILTER = "Drafts (*.pdf *.docx *.txt);;PDF (*.pdf);;Word (*.docx);;Text (*.txt)"
DRAFT_SUFFIXES = (".pdf", ".docx", ".txt")


def open_draft_dialog(w: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(w, "Open Draft", str(Path.home()), DRAFT_FILTER)
    if path:
        open_draft_interactive(w, Path(path))


def open_draft_interactive(w: MainWindow, path: Path) -> None:
    """Open a draft chosen by the reviewer: offer to continue an earlier review of it, and a register."""
    earlier = next((i for i in storage.recent_items() if i.draft == path.resolve()), None)
    question = f"You have reviewed {path.name} before. Continue where you left off, with all your decisions?"
    if earlier is not None and dialogs.ask(w, "Continue Review", question, "Continue Review", "Start Again"):
        w.open_case(earlier.case, earlier.draft)
        return
    register: Path | None = None
    if dialogs.ask(w, "Case Register", "Do you have a case register (a YAML list of names and their pseudonyms) "
           "for this draft?\n\nWithout one, Redactor finds names itself and suggests pseudonyms.",
           "Choose Register…", "Continue Without"):
        chosen, _ = QFileDialog.getOpenFileName(w, "Choose Case Register", str(path.parent),
                                                "Register (*.yaml *.yml)")
        register = Path(chosen) if chosen else None
    w.open_draft(path, register)


def open_case_dialog(w: MainWindow) -> None:
    folder = QFileDialog.getExistingDirectory(w, "Open Case Folder", str(storage.data_dir() / "cases"))
    if folder:
        w.open_case(Path(folder))


def fill_recent(w: MainWindow) -> None:
    w.recent_menu.clear()
    items = storage.recent_items()
    for item in items:
        act = w.recent_menu.addAction(item.label)
        act.setToolTip(str(item.draft))
        act.triggered.connect(lambda _=False, it=item: w.open_case(it.case, it.draft))
    if not items:
        empty = w.recent_menu.addAction("No recent reviews")
        empty.setEnabled(False)
    else:
        w.recent_menu.addSeparator()
        clear = w.recent_menu.addAction("Clear Menu")
        clear.triggered.connect(storage.clear_recent)


def choose_draft(w: MainWindow, drafts: list[Path]) -> Path | None:
    """Ask which of a case's drafts to open."""
    names = [d.name for d in drafts]
    name, ok = QInputDialog.getItem(w, "Choose Draft", "This case has several drafts. Open:", names, 0, False)
    return drafts[names.index(name)] if ok else None


def choose_merge_target(w: MainWindow, entity: Any, entities: list[Any]) -> str:
    """Ask which entity to merge ``entity`` into (same type first)."""
    others = [e for e in entities if e.id != entity.id]
    others.sort(key=lambda e: (e.type != entity.type, e.name.casefold()))
    dialog = MergeDialog(entity.name, [(e.id, e.name, e.kind) for e in others], w)
    return dialog.chosen() if dialog.exec() else ""


def ask_reviewer_name(w: MainWindow) -> None:
    name, ok = QInputDialog.getText(w, "Your Name", "Your name, recorded with each decision in the case "
                                    "journal and the redaction log:", text=w.reviewer())
    if ok:
        s = storage.settings()
        s.setValue("reviewer", name.strip())
        s.sync()


def ask_password(w: MainWindow, draft: Path, wrong: bool) -> str | None:
    """Ask for an encrypted draft's password (None when the reviewer gives up)."""
    return dialogs.ask_password(w, draft.name, wrong)


def ask_case_passphrase(w: MainWindow, folder: Path, wrong: bool) -> str | None:
    """Ask for an encrypted case's passphrase (None when the reviewer gives up)."""
    return dialogs.ask_case_passphrase(w, folder.name, wrong)
