"""The main window: layout, actions, menus, toolbar and status bar. Behaviour lives in the controller."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ui import export_flow, open_flow, storage, window_actions
from ui.controller import ReviewController
from ui.models.entity_filter_model import EntityFilterModel
from ui.models.entity_table_model import EntityTableModel
from ui.resources import RESOURCES, icon
from ui.views import dialogs
from ui.views.banner import VerificationBanner
from ui.views.compare import CompareWindow
from ui.views.dialogs import HelpDialog, about_text
from ui.views.entity_panel import EntityPanel
from ui.views.find_bar import FindBar
from ui.views.log_view import LogView
from ui.views.page_view import PageView
from ui.views.palette import GROUPS, kind_dot
from ui.views.thumbnails import ThumbnailList
from ui.views.welcome import AnalysisPanel, WelcomePanel
from ui.workers import warm_up_engine

WELCOME, ANALYSING, REVIEW = range(3)


class MainWindow(QMainWindow):
    """The reviewer's window.

    The contract other code relies on: :meth:`open_draft`, :meth:`busy`, :meth:`export_to`, and
    the object names ``entityList``, ``pageView``, ``findBar``, ``actionExport``, ``actionUndo``
    and ``actionRedo``.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Redactor")
        self.setWindowIcon(QIcon(str(RESOURCES / "icons" / "app.svg")))
        self.setAccessibleName("Redactor")
        self.setAcceptDrops(True)
        self.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))
        self._compare: CompareWindow | None = None

        self.ctl = ReviewController(self)
        self.model = EntityTableModel(rename=lambda eid, text: self.ctl.rename(eid, text), parent=self)
        self.proxy = EntityFilterModel(self)
        self.page_view = PageView()
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.thumbs = ThumbnailList()
        self.panel = EntityPanel(self.model, self.proxy, self.ctl.pseudonym_choices)
        self.welcome = WelcomePanel()
        self.analysing = AnalysisPanel()
        self.banner = VerificationBanner()
        self.finished_windows: list[QWidget] = []  # the adviser's checks of finished PDFs
        self.log_view = LogView()
        self._log_stale = False

        self._build_layout()
        window_actions.build(self)
        self._connect()
        self._restore_layout()
        self.show_welcome()
        for widget in self.splitter.findChildren(QWidget):  # style the review page now, not when a draft opens
            widget.ensurePolished()
        for name in ("reviewed", "pending"):
            icon(name)  # drawn once here (faded copies too), not on the first paint of the findings
        for kinds in GROUPS.values():
            for kind in kinds:
                kind_dot(kind)
        warm_up_engine()

    # -- public contract ---------------------------------------------------------------------------
    def open_draft(self, path: str | Path, register: str | Path | None = None) -> bool:
        """Start a review of a draft (with an optional register YAML); analysis runs in the background."""
        return self.ctl.open_draft(Path(path), Path(register) if register else None)

    def open_case(self, folder: str | Path, draft: str | Path | None = None) -> bool:
        """Reopen a case folder where the reviewer left it."""
        return self.ctl.open_case(Path(folder), Path(draft) if draft else None)

    def busy(self) -> bool:
        """True while a draft is analysed or an export runs."""
        return self.ctl.busy()

    def export_to(self, path: str | Path, accept_all: bool = False) -> Any:
        """Export the redacted PDF (and DOCX/TXT twin) with its audit log, verified, without a dialog.

        Args:
            path: The PDF to write.
            accept_all: Accept every open suggestion first (as the command line's ``--accept-all``).

        Returns:
            The engine's export result.

        Raises:
            UnreviewedError: Findings remain unreviewed and ``accept_all`` is false.
            LeakError: Verification found identifying text; nothing was written.
            RedactorError: The export could not be done.
        """
        return self.ctl.export(Path(path), accept_all)

    def close_case(self) -> None:
        """Close the open case (everything is already saved)."""
        self.ctl.close_case()

    def open_finished(self, pdf: str | Path, log: str | Path | None = None) -> Any:
        """Show a finished PDF beside its redaction log (``OUT.log.jsonl`` by default), checked by the engine.

        Returns:
            The :class:`~ui.views.log_review.LogReviewWindow`, or None when the log is unreadable or changed.
        """
        return export_flow.open_finished(self, Path(pdf), Path(log) if log else None)

    # -- questions (tests and scripts replace these) -----------------------------------------------
    def open_draft_interactive(self, path: Path) -> None:
        """Open a draft chosen by the reviewer, asking about an earlier review and a register."""
        open_flow.open_draft_interactive(self, path)

    def choose_draft(self, drafts: list[Path]) -> Path | None:
        """Ask which of a case's drafts to open."""
        return open_flow.choose_draft(self, drafts)

    def choose_merge_target(self, entity: Any, entities: list[Any]) -> str:
        """Ask which entity to merge ``entity`` into."""
        return open_flow.choose_merge_target(self, entity, entities)

    def ask_password(self, draft: Path, wrong: bool) -> str | None:
        """Ask for an encrypted draft's password (None: the reviewer gave up)."""
        return open_flow.ask_password(self, draft, wrong)

    def ask_case_passphrase(self, folder: Path, wrong: bool) -> str | None:
        """Ask for an encrypted case folder's passphrase (None: the reviewer gave up)."""
        return open_flow.ask_case_passphrase(self, folder, wrong)

    # -- layout ------------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        doc = QWidget()
        doc.setObjectName("documentArea")
        dl = QVBoxLayout(doc)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.setSpacing(0)
        dl.addWidget(self.banner)
        dl.addWidget(self.page_view, 1)
        dl.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.thumbs)
        self.splitter.addWidget(doc)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.panel.setMinimumWidth(420)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.analysing)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.log_dock = QDockWidget("Redaction Log", self)
        self.log_dock.setObjectName("logDock")
        self.log_dock.setAccessibleName("Redaction log")
        self.log_dock.setWidget(self.log_view)
        self.log_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)
        self.log_dock.hide()
        self.log_dock.visibilityChanged.connect(self._on_log_visibility)

    def _connect(self) -> None:
        c = self.ctl
        pv = self.page_view
        pv.highlightClicked.connect(c.on_highlight_clicked)
        pv.mentionAction.connect(c.override)
        pv.areaDrawn.connect(c.redact_area)
        pv.areaRemoveRequested.connect(c.remove_manual)
        pv.pageChanged.connect(self._on_page_changed)
        pv.zoomChanged.connect(self._on_zoom_changed)
        self.thumbs.pageRequested.connect(pv.show_page)
        pv.thumbnailReady.connect(self.thumbs.thumbnail_ready)
        pv.layoutReady.connect(self.thumbs.refresh)
        self.panel.entitySelected.connect(c.on_entity_selected)
        self.panel.reason.changed.connect(c.set_reason)
        self.log_view.pageRequested.connect(pv.show_page)
        self.panel.mentionActivated.connect(c.on_mention_activated)
        self.panel.mentionAction.connect(c.override)
        self.panel.splitRequested.connect(c.split)
        self.find_bar.searchChanged.connect(c.find)
        self.find_bar.stepRequested.connect(c.step_find)
        self.find_bar.redactAllRequested.connect(c.redact_all)
        self.find_bar.keepAllRequested.connect(c.keep_all)
        self.find_bar.closed.connect(self._on_find_closed)
        self.welcome.openDraftRequested.connect(lambda: open_flow.open_draft_dialog(self))
        self.welcome.openCaseRequested.connect(lambda: open_flow.open_case_dialog(self))
        self.welcome.checkFinishedRequested.connect(lambda: export_flow.check_finished_dialog(self))
        self.welcome.recentRequested.connect(self._on_recent)
        self.analysing.cancelRequested.connect(c.cancel_analysis)
        self.banner.compareRequested.connect(lambda: export_flow.compare(self))
        c.busyChanged.connect(self._on_state_changed)
        c.session.undo_stack.indexChanged.connect(self._on_state_changed)

    # -- small slots (bound methods: Qt disconnects them when the window goes) -------------------
    def _describe_undo_redo(self) -> None:
        for action in (self.actionUndo, self.actionRedo):
            window_actions.describe_in_tooltip(action)

    def log_changed(self) -> None:
        """The journal grew: refresh the Log view now if it is shown, else when it is next shown."""
        if self.log_dock.isVisible():
            self.log_view.refresh(keep_choices=False)
        else:
            self._log_stale = True

    def _on_log_visibility(self, visible: bool) -> None:
        if visible and self._log_stale:
            self._log_stale = False
            self.log_view.refresh()

    def _on_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)}%")

    def _on_find_closed(self) -> None:
        self.page_view.clear_find()
        self.panel.table.setFocus()

    def _on_recent(self, item: Any) -> None:
        self.open_case(item.case, item.draft)

    def _on_state_changed(self, _: object = None) -> None:
        self._update_actions()

    # -- states ------------------------------------------------------------------------------------
    def show_welcome(self) -> None:
        """The empty state."""
        self.welcome.set_recent(storage.recent_items())
        self.stack.setCurrentIndex(WELCOME)
        self.setWindowTitle("Redactor")
        self.banner.hide()
        self.page_label.setText("")
        self.review_label.setText("")
        self.saved_label.setText("")
        self._update_actions()

    def show_analysing(self, draft: Path) -> None:
        """The analysis progress state."""
        self.analysing.start(draft)
        self.stack.setCurrentIndex(ANALYSING)
        self.setWindowTitle(f"{draft.name} — Redactor")
        self._update_actions()

    def show_review(self, draft: Path) -> None:
        """The review state, with the entity list focused for keyboard review."""
        self.stack.setCurrentIndex(REVIEW)
        self.setWindowTitle(f"{draft.name} — Redactor")
        self.banner.hide()
        self.actionDrawBox.setEnabled(self.page_view.is_pdf())
        self.actionPreview.setChecked(False)
        self.saved_label.setText("All changes saved")
        self._update_actions()
        self.panel.table.setFocus()

    def _update_actions(self) -> None:
        active = self.ctl.session.active
        busy = self.ctl.busy()
        for act in self.review_actions:
            act.setEnabled(active and not busy)
        self.actionDrawBox.setEnabled(active and not busy and self.page_view.is_pdf())
        self.zoom_label_action.setVisible(active)
        self.actionCompare.setEnabled(active and self.ctl.last_export is not None)
        stack = self.ctl.session.undo_stack
        self.actionUndo.setEnabled(active and not busy and stack.canUndo())
        self.actionRedo.setEnabled(active and not busy and stack.canRedo())
        self.actionOpen.setEnabled(self.ctl.export_job is None)
        self.actionOpenCase.setEnabled(self.ctl.export_job is None)

    def _on_page_changed(self, page: int) -> None:
        self.thumbs.set_current_page(page)
        pages = self.page_view.pdf_page_count()
        if page >= pages and self.page_view.page_count:
            self.page_label.setText("Other parts of the file")
        elif pages:
            self.page_label.setText(f"Page {page + 1} of {pages}")
        elif self.page_view.page_count:
            self.page_label.setText(f"Sheet {page + 1} of {self.page_view.page_count}")

    def set_review_status(self, reviewed: int, total: int) -> None:
        """Show review progress in the status bar."""
        self.review_label.setText(f"{reviewed} of {total} findings reviewed")

    def saved(self, description: str) -> None:
        """Tell the reviewer the last change is saved."""
        self.saved_label.setText("All changes saved")
        if description:
            self.status(f"{description}. Saved.")

    def status(self, message: str, ms: int = 6000) -> None:
        """A passing message in the status bar."""
        self.statusBar().showMessage(message, ms)

    def error(self, title: str, message: str) -> None:
        """A plain-English error in a message box."""
        dialogs.show_error(self, title, message)

    def reviewer(self) -> str:
        """The reviewer's name, recorded with every decision."""
        name = storage.settings().value("reviewer", "")
        if not name:
            try:
                name = getpass.getuser()
            except (KeyError, OSError):
                name = ""
        return str(name)

    # -- find ----------------------------------------------------------------------------------------
    def open_find(self, text: str = "") -> None:
        """Show the find bar."""
        if not self.ctl.session.active:
            return
        self.find_bar.open_bar(text)
        if text:
            self.find_bar.search_now()

    # -- export ------------------------------------------------------------------------------------
    def export_started(self, path: Path) -> None:
        """Show export progress."""
        self.export_bar.setRange(0, 0)
        self.export_bar.show()
        self.export_cancel.show()
        self.status(f"Exporting {path.name}…", 0)

    def export_progress(self, done: int, total: int, stage: str) -> None:
        """Export progress from the worker."""
        if total:
            self.export_bar.setRange(0, total)
            self.export_bar.setValue(done)

    def export_finished(self) -> None:
        """Hide export progress."""
        self.export_bar.hide()
        self.export_cancel.hide()
        self.statusBar().clearMessage()

    def show_exported(self, result: Any) -> None:
        """The verification result of a successful export, in the banner."""
        self.banner.show_ok(result)
        self._update_actions()

    def show_leaks(self, error: Any) -> None:
        """A failed verification: the banner names the leak."""
        self.banner.show_leak(error)

    # -- dialogs -----------------------------------------------------------------------------------
    def show_help(self) -> None:
        """The one-page help."""
        HelpDialog(self).exec()

    def show_about(self) -> None:
        """The About box with versions."""
        QMessageBox.about(self, "About Redactor", about_text())

    # -- window ------------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        s = storage.settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            screen = QGuiApplication.primaryScreen()
            avail = screen.availableGeometry() if screen is not None else None
            w, h = 1440, 900
            if avail is not None:
                w, h = min(w, int(avail.width() * 0.92)), min(h, int(avail.height() * 0.9))
            self.resize(w, h)
        split = s.value("window/splitter")
        if not (isinstance(split, QByteArray) and self.splitter.restoreState(split)):
            total = self.width()
            panel = max(460, int(total * 0.44))
            self.splitter.setSizes([132, total - panel - 132, panel])
        thumbs = s.value("window/thumbnails", True)
        self.actionThumbnails.setChecked(thumbs not in (False, "false"))
        self.thumbs.setVisible(self.actionThumbnails.isChecked())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctl.export_job is not None:
            event.ignore()
            self.status("Wait for the export to finish, or cancel it, before closing.")
            return
        s = storage.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/thumbnails", self.actionThumbnails.isChecked())
        s.sync()
        self.close_case()
        if self._compare is not None:
            self._compare.close()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            return
        event.acceptProposedAction()
        # Opening may ask questions: do it after the drop has finished.
        if path.is_dir():
            QTimer.singleShot(0, lambda: self.open_case(path))
        else:
            QTimer.singleShot(0, lambda: self.open_draft_interactive(path))

    def _dropped_path(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if self.ctl.busy() or not mime.hasUrls() or len(mime.urls()) != 1:
            return None
        url = mime.urls()[0]
        if not url.isLocalFile():
            return None
        path = Path(url.toLocalFile())
        if path.is_dir() or path.suffix.lower() in open_flow.DRAFT_SUFFIXES:
            return path
        return None
