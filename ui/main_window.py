"""The main window: layout, actions, menus, toolbar and status bar. Behaviour lives in the controller."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from redactor.errors import LeakError, RedactorError
from ui import storage
from ui.controller import ReviewController, sentence
from ui.models.entity_filter_model import EntityFilterModel
from ui.models.entity_table_model import EntityTableModel
from ui.resources import RESOURCES, icon
from ui.views import dialogs
from ui.views.compare import CompareWindow
from ui.views.dialogs import HelpDialog, MergeDialog, about_text
from ui.views.entity_panel import EntityPanel
from ui.views.export_result import ExportResultDialog
from ui.views.find_bar import FindBar
from ui.views.page_view import PageView
from ui.views.thumbnails import ThumbnailList
from ui.views.welcome import AnalysisPanel, WelcomePanel
from ui.workers import warm_up_engine

DRAFT_FILTER = "Drafts (*.pdf *.docx *.txt);;PDF (*.pdf);;Word (*.docx);;Text (*.txt)"
DRAFT_SUFFIXES = (".pdf", ".docx", ".txt")
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
        self.banner = _Banner()

        self._build_layout()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self._restore_layout()
        self.show_welcome()
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

    def _action(self, name: str, text: str, slot: Any, shortcut: Any = None, icon_name: str = "",
                tip: str = "", checkable: bool = False) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        if icon_name:
            act.setIcon(icon(icon_name))
        if shortcut is not None:
            act.setShortcuts(_key_sequences(shortcut if isinstance(shortcut, list) else [shortcut]))
        act.setCheckable(checkable)
        plain = text.replace("&", "").replace("…", "")
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        act.setToolTip(f"{tip or plain} ({keys})" if keys else (tip or plain))
        act.setStatusTip(tip or plain)
        if checkable:
            act.toggled.connect(slot)
        else:
            act.triggered.connect(lambda _=False: slot())
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        c = self.ctl
        a = self._action
        self.actionOpen = a("actionOpen", "&Open Draft…", self._on_open_draft, QKeySequence.StandardKey.Open, "open",
                            "Open a PDF, Word or text draft to review")
        self.actionOpenCase = a("actionOpenCase", "Open &Case Folder…", self._on_open_case, "Ctrl+Shift+O", "case",
                                "Reopen a case folder")
        self.actionSave = a("actionSave", "&Save", lambda: self.status(
            "Saved. Every decision is saved the moment you make it."), QKeySequence.StandardKey.Save)
        self.actionClose = a("actionClose", "&Close Case", self.close_case, QKeySequence.StandardKey.Close)
        self.actionExport = a("actionExport", "&Export Redacted PDF…", self._on_export, "Ctrl+E", "export",
                              "Export the redacted PDF and its audit log, verified")
        self.actionCompare = a("actionCompare", "Compare &Side by Side", self._on_compare, "Ctrl+Shift+C",
                               "compare", "Show the last exported PDF beside the draft")
        self.actionQuit = a("actionQuit", "&Quit", self.close, QKeySequence.StandardKey.Quit)
        stack = c.session.undo_stack
        self.actionUndo = stack.createUndoAction(self, "&Undo")
        self.actionUndo.setObjectName("actionUndo")
        self.actionUndo.setShortcuts(_key_sequences([QKeySequence.StandardKey.Undo]))
        self.actionUndo.setIcon(icon("undo"))
        self.actionRedo = stack.createRedoAction(self, "&Redo")
        self.actionRedo.setObjectName("actionRedo")
        self.actionRedo.setShortcuts(_key_sequences(["Ctrl+Shift+Z", QKeySequence.StandardKey.Redo, "Ctrl+Y"]))
        self.actionRedo.setIcon(icon("redo"))
        for act, word in ((self.actionUndo, "Undo"), (self.actionRedo, "Redo")):
            act.setIconText(word)  # the toolbar keeps its width; the menu and tooltip say what
            act.changed.connect(self._describe_undo_redo)
            self.addAction(act)
        self.actionFind = a("actionFind", "&Find…", self.open_find, QKeySequence.StandardKey.Find, "find",
                            "Find text in the draft, then redact or keep every occurrence")
        self.actionFindNext = a("actionFindNext", "Find &Next", lambda: c.step_find(1), "F3")
        self.actionFindPrevious = a("actionFindPrevious", "Find Pre&vious", lambda: c.step_find(-1), "Shift+F3")
        self.actionReviewer = a("actionReviewer", "Your &Name…", self._on_reviewer_name, None, "",
                                "The name recorded with your decisions")
        self.actionNext = a("actionNextUnreviewed", "&Next Unreviewed", lambda: c.select_next_unreviewed(1), "N",
                            "next", "Go to the next finding you have not reviewed")
        self.actionPrevious = a("actionPreviousUnreviewed", "&Previous Unreviewed",
                                lambda: c.select_next_unreviewed(-1), "P", "previous",
                                "Go to the previous finding you have not reviewed")
        self.actionAccept = a("actionAccept", "&Accept", lambda: c.decide("accept"), "A", "accept",
                              "Accept the suggested pseudonym or decision")
        self.actionKeep = a("actionKeep", "&Keep", lambda: c.decide("keep"), "K", "keep",
                            "Leave this finding as written everywhere")
        self.actionRedact = a("actionRedact", "&Redact", lambda: c.decide("redact"), "R", "redact",
                              "Replace every mention with [redacted]")
        self.actionEdit = a("actionEditPseudonym", "&Edit Pseudonym", c.edit_pseudonym, ["E", "F2"], "edit",
                            "Type or choose the pseudonym")
        self.actionMerge = a("actionMerge", "&Merge Into…", lambda: c.merge(), "M", "merge",
                             "Merge this finding into another (e.g. 'Chloe' into 'Chloe Hartley')")
        self.actionMarkUnreviewed = a("actionMarkUnreviewed", "Mark as &Not Reviewed",
                                      lambda: c.mark_reviewed(False), "U")
        self.actionNextMention = a("actionNextMention", "Next &Mention", lambda: c.step_mention(1), "]", "",
                                   "Show the next mention of the selected finding")
        self.actionPreviousMention = a("actionPreviousMention", "Previous M&ention", lambda: c.step_mention(-1),
                                       "[", "", "Show the previous mention of the selected finding")
        self.actionDrawBox = a("actionDrawBox", "Draw Redaction &Box", self.page_view.set_box_mode, "B", "box",
                               "Drag on a page to remove everything under a box (pictures too)", checkable=True)
        self.actionPreview = a("actionPreview", "Show &As It Will Export", self.page_view.set_preview, "V",
                               "preview", "Show the pages as they will be exported", checkable=True)
        self.actionZoomIn = a("actionZoomIn", "Zoom &In", self.page_view.zoom_in, QKeySequence.StandardKey.ZoomIn,
                              "zoom-in")
        self.actionZoomOut = a("actionZoomOut", "Zoom &Out", self.page_view.zoom_out,
                               QKeySequence.StandardKey.ZoomOut, "zoom-out")
        self.actionFitWidth = a("actionFitWidth", "&Fit Width", self.page_view.fit_width, "Ctrl+0", "fit-width")
        self.actionActualSize = a("actionActualSize", "&Actual Size", lambda: self.page_view.set_zoom(1.0), "Ctrl+1")
        self.actionThumbnails = a("actionThumbnails", "Page &Thumbnails", self.thumbs.setVisible, "Ctrl+T",
                                  "thumbnails", checkable=True)
        self.actionHelp = a("actionHelp", "Redactor &Help", self._on_help, QKeySequence.StandardKey.HelpContents,
                            "help")
        self.actionAbout = a("actionAbout", "&About Redactor", self._on_about)
        self.review_actions = [self.actionNext, self.actionPrevious, self.actionAccept, self.actionKeep,
                               self.actionRedact, self.actionEdit, self.actionMerge, self.actionMarkUnreviewed,
                               self.actionNextMention, self.actionPreviousMention, self.actionFind,
                               self.actionFindNext, self.actionFindPrevious, self.actionExport, self.actionClose,
                               self.actionPreview, self.actionZoomIn, self.actionZoomOut, self.actionFitWidth,
                               self.actionActualSize]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu("&File")
        m.addActions([self.actionOpen, self.actionOpenCase])
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addMenu(self.recent_menu)
        m.addSeparator()
        m.addActions([self.actionSave, self.actionExport, self.actionCompare])
        m.addSeparator()
        m.addActions([self.actionClose, self.actionQuit])
        m = bar.addMenu("&Edit")
        m.addActions([self.actionUndo, self.actionRedo])
        m.addSeparator()
        m.addActions([self.actionFind, self.actionFindNext, self.actionFindPrevious])
        m.addSeparator()
        m.addAction(self.actionReviewer)
        m = bar.addMenu("&Review")
        m.addActions([self.actionNext, self.actionPrevious])
        m.addSeparator()
        m.addActions([self.actionAccept, self.actionKeep, self.actionRedact, self.actionEdit, self.actionMerge,
                      self.actionMarkUnreviewed])
        m.addSeparator()
        m.addActions([self.actionNextMention, self.actionPreviousMention])
        m.addSeparator()
        m.addAction(self.actionDrawBox)
        m = bar.addMenu("&View")
        m.addAction(self.actionPreview)
        m.addSeparator()
        m.addActions([self.actionZoomIn, self.actionZoomOut, self.actionFitWidth, self.actionActualSize])
        m.addSeparator()
        m.addAction(self.actionThumbnails)
        m = bar.addMenu("&Help")
        m.addActions([self.actionHelp, self.actionAbout])

    def _build_toolbar(self) -> None:
        tb = QToolBar("Main")
        tb.setObjectName("mainToolBar")
        tb.setAccessibleName("Main toolbar")
        tb.setMovable(False)
        tb.setIconSize(QSize(20, 20))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addAction(self.actionOpen)
        tb.addAction(self.actionExport)
        tb.addSeparator()
        for act in (self.actionUndo, self.actionRedo, self.actionFind):
            tb.addAction(act)
        tb.addSeparator()
        tb.addAction(self.actionPreview)
        tb.addAction(self.actionDrawBox)
        tb.addSeparator()
        for act in (self.actionZoomOut, self.actionZoomIn, self.actionFitWidth):
            tb.addAction(act)
            button = tb.widgetForAction(act)
            if button is not None:
                button.setProperty("iconOnly", True)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # type: ignore[attr-defined]
        self.zoom_label = QLabel("")
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAccessibleName("Zoom")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label_action = tb.addWidget(self.zoom_label)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)
        tb.addAction(self.actionHelp)
        for act in tb.actions():
            button = tb.widgetForAction(act)
            if button is not None and not button.accessibleName():
                button.setAccessibleName(act.text().replace("&", "").replace("…", ""))
        self.addToolBar(tb)
        self.toolbar = tb
        for act, short in ((self.actionAccept, "Accept"), (self.actionKeep, "Keep"), (self.actionRedact, "Redact"),
                           (self.actionEdit, "Edit"), (self.actionMerge, "Merge")):
            act.setIconText(short)
            self.panel.add_button(act)

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        sb.setObjectName("statusBar")
        self.page_label = QLabel("")
        self.page_label.setObjectName("pageLabel")
        self.page_label.setAccessibleName("Current page")
        self.review_label = QLabel("")
        self.review_label.setObjectName("reviewLabel")
        self.review_label.setAccessibleName("Findings reviewed")
        self.saved_label = QLabel("")
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setAccessibleName("Save status")
        self.export_bar = QProgressBar()
        self.export_bar.setObjectName("exportProgress")
        self.export_bar.setAccessibleName("Export progress")
        self.export_bar.setMaximumWidth(220)
        self.export_bar.hide()
        self.export_cancel = QPushButton("Cancel Export")
        self.export_cancel.setObjectName("cancelExport")
        self.export_cancel.clicked.connect(self.ctl.cancel_export)
        self.export_cancel.hide()
        sb.addPermanentWidget(self.export_bar)
        sb.addPermanentWidget(self.export_cancel)
        sb.addPermanentWidget(self.page_label)
        sb.addPermanentWidget(self.review_label)
        sb.addPermanentWidget(self.saved_label)

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
        self.panel.mentionActivated.connect(c.on_mention_activated)
        self.panel.mentionAction.connect(c.override)
        self.panel.splitRequested.connect(c.split)
        self.find_bar.searchChanged.connect(c.find)
        self.find_bar.stepRequested.connect(c.step_find)
        self.find_bar.redactAllRequested.connect(c.redact_all)
        self.find_bar.keepAllRequested.connect(c.keep_all)
        self.find_bar.closed.connect(self._on_find_closed)
        self.welcome.openDraftRequested.connect(self._on_open_draft)
        self.welcome.openCaseRequested.connect(self._on_open_case)
        self.welcome.recentRequested.connect(self._on_recent)
        self.analysing.cancelRequested.connect(c.cancel_analysis)
        self.banner.compareRequested.connect(self._on_compare)
        c.busyChanged.connect(self._on_state_changed)
        c.session.undo_stack.indexChanged.connect(self._on_state_changed)

    # -- small slots (bound methods: Qt disconnects them when the window goes) -------------------
    def _describe_undo_redo(self) -> None:
        for action in (self.actionUndo, self.actionRedo):
            _describe_in_tooltip(action)

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
    def _on_export(self) -> None:
        ctl = self.ctl
        if not ctl.session.active or ctl.busy():
            return
        accept = False
        pending = ctl.unreviewed_count()
        if pending:
            accept = dialogs.ask(self, "Findings Not Reviewed",
                         f"{pending} finding(s) have not been reviewed yet.\n\nYou can review them first (press N to "
                         "go through them), or accept every remaining suggestion as it is shown and export now.",
                         "Accept Suggestions and Export", "Review Them First")
            if not accept:
                ctl.select_next_unreviewed(from_start=True)
                return
        draft = ctl.session.draft
        assert draft is not None
        default = str(draft.with_name(f"{draft.stem} (redacted).pdf"))
        path, _ = QFileDialog.getSaveFileName(self, "Export Redacted PDF", default, "PDF (*.pdf)")
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            result = self.export_to(path, accept_all=accept)
        except LeakError as exc:
            leaks = ExportResultDialog(self, leaks=list(exc.leaks), message=str(exc))
            leaks.leakChosen.connect(self.ctl.go_to_leak)
            leaks.exec()
            return
        except RedactorError as exc:
            self.error("Export Failed", f"The redacted PDF could not be written.\n\n{sentence(str(exc))}")
            return
        dialog = ExportResultDialog(self, result=result)
        dialog.compareRequested.connect(lambda pdf: self._on_compare(pdf))
        dialog.exec()

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

    def _on_compare(self, pdf: Any = None) -> None:
        path = Path(pdf) if pdf else self.ctl.last_export
        if path is None or not path.exists() or self.ctl.analysis is None:
            return
        if self._compare is not None:
            self._compare.close()
        self._compare = CompareWindow(self.ctl.analysis.document, path)
        self._compare.show()

    # -- dialogs -----------------------------------------------------------------------------------
    def _on_open_draft(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open Draft", str(Path.home()), DRAFT_FILTER)
        if path:
            self.open_draft_interactive(Path(path))

    def open_draft_interactive(self, path: Path) -> None:
        """Open a draft chosen by the reviewer: offer to continue an earlier review of it, and a register."""
        earlier = next((i for i in storage.recent_items() if i.draft == path.resolve()), None)
        question = f"You have reviewed {path.name} before. Continue where you left off, with all your decisions?"
        if earlier is not None and dialogs.ask(self, "Continue Review", question, "Continue Review", "Start Again"):
            self.open_case(earlier.case, earlier.draft)
            return
        register: Path | None = None
        if dialogs.ask(self, "Case Register", "Do you have a case register (a YAML list of names and their pseudonyms) "
               "for this draft?\n\nWithout one, Redactor finds names itself and suggests pseudonyms.",
               "Choose Register…", "Continue Without"):
            chosen, _ = QFileDialog.getOpenFileName(self, "Choose Case Register", str(path.parent),
                                                    "Register (*.yaml *.yml)")
            register = Path(chosen) if chosen else None
        self.open_draft(path, register)

    def _on_open_case(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open Case Folder", str(storage.data_dir() / "cases"))
        if folder:
            self.open_case(Path(folder))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = storage.recent_items()
        for item in items:
            act = self.recent_menu.addAction(item.label)
            act.setToolTip(str(item.draft))
            act.triggered.connect(lambda _=False, it=item: self.open_case(it.case, it.draft))
        if not items:
            empty = self.recent_menu.addAction("No recent reviews")
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction("Clear Menu")
            clear.triggered.connect(storage.clear_recent)

    def choose_draft(self, drafts: list[Path]) -> Path | None:
        """Ask which of a case's drafts to open."""
        names = [d.name for d in drafts]
        name, ok = QInputDialog.getItem(self, "Choose Draft", "This case has several drafts. Open:", names, 0, False)
        return drafts[names.index(name)] if ok else None

    def choose_merge_target(self, entity: Any, entities: list[Any]) -> str:
        """Ask which entity to merge ``entity`` into (same type first)."""
        others = [e for e in entities if e.id != entity.id]
        others.sort(key=lambda e: (e.type != entity.type, e.name.casefold()))
        dialog = MergeDialog(entity.name, [(e.id, e.name, e.kind) for e in others], self)
        return dialog.chosen() if dialog.exec() else ""

    def _on_reviewer_name(self) -> None:
        name, ok = QInputDialog.getText(self, "Your Name", "Your name, recorded with each decision in the case "
                                        "journal and the redaction log:", text=self.reviewer())
        if ok:
            s = storage.settings()
            s.setValue("reviewer", name.strip())
            s.sync()

    def _on_help(self) -> None:
        HelpDialog(self).exec()

    def _on_about(self) -> None:
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
        if path.is_dir() or path.suffix.lower() in DRAFT_SUFFIXES:
            return path
        return None


def _describe_in_tooltip(action: QAction) -> None:
    """Tooltip = the action's full text ("Undo 'Oldham' redacted") and its shortcut."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = action.text().replace("&", "") + (f" ({keys})" if keys else "")
    if action.toolTip() != tip:
        action.setToolTip(tip)


def _key_sequences(keys: list[Any]) -> list[QKeySequence]:
    """Shortcuts, with every platform binding of a standard key, without duplicates."""
    out: list[QKeySequence] = []
    for k in keys:
        for seq in QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) else [QKeySequence(k)]:
            if seq not in out and not seq.isEmpty():
                out.append(seq)
    return out


class _Banner(QWidget):
    """A strip above the pages with the last export's verification result."""

    compareRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("verificationBanner")
        self.setAccessibleName("Verification result")
        self.label = QLabel()
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.compare = QPushButton("Compare Side by Side")
        self.compare.setObjectName("bannerCompare")
        self.compare.clicked.connect(self.compareRequested)
        close = QPushButton("Dismiss")
        close.setObjectName("bannerDismiss")
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 10, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.compare)
        row.addWidget(close)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()

    def show_ok(self, result: Any) -> None:
        out = Path(result.outputs[0])
        self.setProperty("state", "ok")
        n = result.redactions
        self.label.setText(f"<b>Exported and verified:</b> {_esc(out.name)}, {n} replacement{'s' if n != 1 else ''}. "
                           "The output was re-read and none of the redacted text remains.")
        self.compare.show()
        self._restyle()

    def show_leak(self, error: Any) -> None:
        leaks = list(error.leaks)
        first = str(leaks[0]) if leaks else str(error)
        self.setProperty("state", "leak")
        more = f" (and {len(leaks) - 1} more)" if len(leaks) > 1 else ""
        self.label.setText(f"<b>Export stopped — nothing was written.</b> Verification found identifying text: "
                           f"{_esc(first)}{more}")
        self.compare.hide()
        self._restyle()

    def _restyle(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


