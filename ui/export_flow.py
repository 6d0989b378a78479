"""Exporting from the window (the dialog flow around ``MainWindow.export_to``), the side-by-side view, and
the legal adviser's check of a finished PDF against its redaction log."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from redactor.errors import LeakError, RedactorError
from ui.controller import sentence
from ui.views import dialogs
from ui.views.compare import CompareWindow
from ui.views.export_result import ExportResultDialog
from ui.views.log_review import LogReviewWindow, log_beside
from ui.workers import wait_for

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def export_dialog(w: MainWindow) -> None:
    ctl = w.ctl
    if not ctl.session.active or ctl.busy():
        return
    accept = False
    pending = ctl.unreviewed_count()
    if pending:
        accept = dialogs.ask(w, "Findings Not Reviewed",
                     f"{pending} finding(s) have not been reviewed yet.\n\nYou can review them first (press N to "
                     "go through them), or accept every remaining suggestion as it is shown and export now.",
                     "Accept Suggestions and Export", "Review Them First")
        if not accept:
            ctl.select_next_unreviewed(from_start=True)
            return
    draft = ctl.session.draft
    assert draft is not None
    default = str(draft.with_name(f"{draft.stem} (redacted).pdf"))
    path, _ = QFileDialog.getSaveFileName(w, "Export Redacted PDF", default, "PDF (*.pdf)")
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        result = w.export_to(path, accept_all=accept)
    except LeakError as exc:
        leaks = ExportResultDialog(w, leaks=list(exc.leaks), message=str(exc))
        leaks.leakChosen.connect(w.ctl.go_to_leak)
        leaks.exec()
        return
    except RedactorError as exc:
        w.error("Export Failed", f"The redacted PDF could not be written.\n\n{sentence(str(exc))}")
        return
    dialog = ExportResultDialog(w, result=result)
    dialog.compareRequested.connect(lambda pdf: compare(w, pdf))
    dialog.exec()


def compare(w: MainWindow, pdf: Any = None) -> None:
    path = Path(pdf) if pdf else w.ctl.last_export
    if path is None or not path.exists() or w.ctl.analysis is None:
        return
    if w._compare is not None:
        w._compare.close()
    w._compare = CompareWindow(w.ctl.analysis.document, path)
    w._compare.show()


def check_finished_dialog(w: MainWindow) -> None:
    """Ask for a finished PDF (and its log, when it is not beside it) and open them side by side."""
    pdf, _ = QFileDialog.getOpenFileName(w, "Check a Finished PDF", str(Path.home()), "PDF (*.pdf)")
    if not pdf:
        return
    log: Path | None = log_beside(Path(pdf))
    if log is not None and not log.exists():
        chosen, _ = QFileDialog.getOpenFileName(w, "Choose Its Redaction Log", str(Path(pdf).parent),
                                                "Redaction log (*.log.jsonl *.jsonl)")
        if not chosen:
            return
        log = Path(chosen)
    open_finished(w, Path(pdf), log)


def open_finished(w: MainWindow, pdf: Path, log: Path | None = None) -> LogReviewWindow | None:
    """Check ``pdf`` against its redaction log (``OUT.log.jsonl`` beside it by default) and show both.

    Returns:
        The window, or None when the log could not be read or was changed (the reviewer was told why).
    """
    from redactor.check_log import check_log
    from redactor.journal import JournalError
    from redactor.redaction_log import LogError, load_log

    log = log or log_beside(pdf)
    try:
        loaded = load_log(log)
    except JournalError as exc:
        w.error("Log Has Been Changed", f"The redaction log {log.name} was changed after it was written, so it "
                f"cannot be trusted.\n\n{sentence(str(exc))}")
        return None
    except LogError as exc:
        w.error("Cannot Open Log", f"Redactor could not read the redaction log.\n\n{sentence(str(exc))}")
        return None
    if not pdf.is_file():
        w.error("Cannot Open PDF", f"There is no file {pdf}.")
        return None
    try:
        check = wait_for(lambda: check_log(log, pdf))  # hashes the outputs: off the UI thread
        window = LogReviewWindow(pdf, loaded, check, w)
    except RedactorError as exc:
        w.error("Cannot Check PDF", f"Redactor could not check {pdf.name}.\n\n{sentence(str(exc))}")
        return None
    w.finished_windows.append(window)
    window.show()
    return window

