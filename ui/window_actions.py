"""The main window's actions, menus, toolbar and status bar (built once, on the window)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QPushButton, QSizePolicy, QToolBar, QWidget

from ui import export_flow, open_flow
from ui.resources import icon

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def build(w: MainWindow) -> None:
    """Give the window its actions, menus, toolbar and status bar."""
    build_actions(w)
    build_menus(w)
    build_toolbar(w)
    build_status_bar(w)


def make_action(w: MainWindow, name: str, text: str, slot: Any, shortcut: Any = None, icon_name: str = "",
            tip: str = "", checkable: bool = False) -> QAction:
    act = QAction(text, w)
    act.setObjectName(name)
    if icon_name:
        act.setIcon(icon(icon_name))
    if shortcut is not None:
        act.setShortcuts(key_sequences(shortcut if isinstance(shortcut, list) else [shortcut]))
    act.setCheckable(checkable)
    plain = text.replace("&", "").replace("…", "")
    keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    act.setToolTip(f"{tip or plain} ({keys})" if keys else (tip or plain))
    act.setStatusTip(tip or plain)
    if checkable:
        act.toggled.connect(slot)
    else:
        act.triggered.connect(lambda _=False: slot())
    w.addAction(act)
    return act


def build_actions(w: MainWindow) -> None:
    c = w.ctl
    a = partial(make_action, w)
    w.actionOpen = a("actionOpen", "&Open Draft…", lambda: open_flow.open_draft_dialog(w),
                     QKeySequence.StandardKey.Open, "open", "Open a PDF, Word or text draft to review")
    w.actionOpenCase = a("actionOpenCase", "Open &Case Folder…", lambda: open_flow.open_case_dialog(w),
                         "Ctrl+Shift+O", "case", "Reopen a case folder")
    w.actionCheckLog = a("actionCheckLog", "Check a &Finished PDF…", lambda: export_flow.check_finished_dialog(w),
                         None, "log", "Open an exported PDF beside its redaction log and step through each redaction")
    w.actionSave = a("actionSave", "&Save", lambda: w.status(
        "Saved. Every decision is saved the moment you make it."), QKeySequence.StandardKey.Save)
    w.actionClose = a("actionClose", "&Close Case", w.close_case, QKeySequence.StandardKey.Close)
    w.actionExport = a("actionExport", "&Export Redacted PDF…", lambda: export_flow.export_dialog(w), "Ctrl+E",
                       "export", "Export the redacted PDF and its audit log, verified")
    w.actionCompare = a("actionCompare", "Compare &Side by Side", lambda: export_flow.compare(w), "Ctrl+Shift+C",
                           "compare", "Show the last exported PDF beside the draft")
    w.actionQuit = a("actionQuit", "&Quit", w.close, QKeySequence.StandardKey.Quit)
    stack = c.session.undo_stack
    w.actionUndo = stack.createUndoAction(w, "&Undo")
    w.actionUndo.setObjectName("actionUndo")
    w.actionUndo.setShortcuts(key_sequences([QKeySequence.StandardKey.Undo]))
    w.actionUndo.setIcon(icon("undo"))
    w.actionRedo = stack.createRedoAction(w, "&Redo")
    w.actionRedo.setObjectName("actionRedo")
    w.actionRedo.setShortcuts(key_sequences(["Ctrl+Shift+Z", QKeySequence.StandardKey.Redo, "Ctrl+Y"]))
    w.actionRedo.setIcon(icon("redo"))
    for act, word in ((w.actionUndo, "Undo"), (w.actionRedo, "Redo")):
        act.setIconText(word)  # the toolbar keeps its width; the menu and tooltip say what
        act.changed.connect(w._describe_undo_redo)
        w.addAction(act)
    w.actionFind = a("actionFind", "&Find…", w.open_find, QKeySequence.StandardKey.Find, "find",
                        "Find text in the draft, then redact or keep every occurrence")
    w.actionFindNext = a("actionFindNext", "Find &Next", lambda: c.step_find(1), "F3")
    w.actionFindPrevious = a("actionFindPrevious", "Find Pre&vious", lambda: c.step_find(-1), "Shift+F3")
    w.actionReviewer = a("actionReviewer", "Your &Name…", lambda: open_flow.ask_reviewer_name(w), None, "",
                         "The name recorded with your decisions")
    w.actionNext = a("actionNextUnreviewed", "&Next Unreviewed", lambda: c.select_next_unreviewed(1), "N",
                        "next", "Go to the next finding you have not reviewed")
    w.actionPrevious = a("actionPreviousUnreviewed", "&Previous Unreviewed",
                            lambda: c.select_next_unreviewed(-1), "P", "previous",
                            "Go to the previous finding you have not reviewed")
    w.actionAccept = a("actionAccept", "&Accept", lambda: c.decide("accept"), "A", "accept",
                          "Accept the suggested pseudonym or decision")
    w.actionKeep = a("actionKeep", "&Keep", lambda: c.decide("keep"), "K", "keep",
                        "Leave this finding as written everywhere")
    w.actionRedact = a("actionRedact", "&Redact", lambda: c.decide("redact"), "R", "redact",
                          "Replace every mention with [redacted]")
    w.actionEdit = a("actionEditPseudonym", "&Edit Pseudonym", c.edit_pseudonym, ["E", "F2"], "edit",
                        "Type or choose the pseudonym")
    w.actionMerge = a("actionMerge", "&Merge Into…", lambda: c.merge(), "M", "merge",
                         "Merge this finding into another (e.g. 'Chloe' into 'Chloe Hartley')")
    w.actionMarkUnreviewed = a("actionMarkUnreviewed", "Mark as &Not Reviewed",
                                  lambda: c.mark_reviewed(False), "U")
    w.actionNextMention = a("actionNextMention", "Next &Mention", lambda: c.step_mention(1), "]", "",
                               "Show the next mention of the selected finding")
    w.actionPreviousMention = a("actionPreviousMention", "Previous M&ention", lambda: c.step_mention(-1),
                                   "[", "", "Show the previous mention of the selected finding")
    w.actionDrawBox = a("actionDrawBox", "Draw Redaction &Box", w.page_view.set_box_mode, "B", "box",
                           "Drag on a page to remove everything under a box (pictures too)", checkable=True)
    w.actionPreview = a("actionPreview", "Show &As It Will Export", w.page_view.set_preview, "V",
                           "preview", "Show the pages as they will be exported", checkable=True)
    w.actionZoomIn = a("actionZoomIn", "Zoom &In", w.page_view.zoom_in, QKeySequence.StandardKey.ZoomIn,
                          "zoom-in")
    w.actionZoomOut = a("actionZoomOut", "Zoom &Out", w.page_view.zoom_out,
                           QKeySequence.StandardKey.ZoomOut, "zoom-out")
    w.actionFitWidth = a("actionFitWidth", "&Fit Width", w.page_view.fit_width, "Ctrl+0", "fit-width")
    w.actionActualSize = a("actionActualSize", "&Actual Size", lambda: w.page_view.set_zoom(1.0), "Ctrl+1")
    w.actionLog = w.log_dock.toggleViewAction()
    w.actionLog.setObjectName("actionLog")
    w.actionLog.setText("Redaction &Log")
    w.actionLog.setShortcut(QKeySequence("Ctrl+L"))
    w.actionLog.setIcon(icon("log"))
    w.actionLog.setStatusTip("Every suggestion and decision of this review: who, when, why")
    w.actionLog.setToolTip("Redaction log: every suggestion and decision (Ctrl+L)")
    w.addAction(w.actionLog)
    w.actionThumbnails = a("actionThumbnails", "Page &Thumbnails", w.thumbs.setVisible, "Ctrl+T",
                              "thumbnails", checkable=True)
    w.actionHelp = a("actionHelp", "Redactor &Help", w.show_help, QKeySequence.StandardKey.HelpContents,
                        "help")
    w.actionAbout = a("actionAbout", "&About Redactor", w.show_about)
    w.review_actions = [w.actionNext, w.actionPrevious, w.actionAccept, w.actionKeep,
                           w.actionRedact, w.actionEdit, w.actionMerge, w.actionMarkUnreviewed,
                           w.actionNextMention, w.actionPreviousMention, w.actionFind,
                           w.actionFindNext, w.actionFindPrevious, w.actionExport, w.actionClose,
                           w.actionPreview, w.actionZoomIn, w.actionZoomOut, w.actionFitWidth,
                           w.actionActualSize]


def build_menus(w: MainWindow) -> None:
    bar = w.menuBar()
    m = bar.addMenu("&File")
    m.addActions([w.actionOpen, w.actionOpenCase])
    w.recent_menu = QMenu("Open &Recent", w)
    w.recent_menu.setObjectName("recentMenu")
    w.recent_menu.aboutToShow.connect(lambda: open_flow.fill_recent(w))
    m.addMenu(w.recent_menu)
    m.addSeparator()
    m.addActions([w.actionSave, w.actionExport, w.actionCompare, w.actionCheckLog])
    m.addSeparator()
    m.addActions([w.actionClose, w.actionQuit])
    m = bar.addMenu("&Edit")
    m.addActions([w.actionUndo, w.actionRedo])
    m.addSeparator()
    m.addActions([w.actionFind, w.actionFindNext, w.actionFindPrevious])
    m.addSeparator()
    m.addAction(w.actionReviewer)
    m = bar.addMenu("&Review")
    m.addActions([w.actionNext, w.actionPrevious])
    m.addSeparator()
    m.addActions([w.actionAccept, w.actionKeep, w.actionRedact, w.actionEdit, w.actionMerge,
                  w.actionMarkUnreviewed])
    m.addSeparator()
    m.addActions([w.actionNextMention, w.actionPreviousMention])
    m.addSeparator()
    m.addAction(w.actionDrawBox)
    m = bar.addMenu("&View")
    m.addAction(w.actionPreview)
    m.addSeparator()
    m.addActions([w.actionZoomIn, w.actionZoomOut, w.actionFitWidth, w.actionActualSize])
    m.addSeparator()
    m.addAction(w.actionThumbnails)
    m.addAction(w.actionLog)
    m = bar.addMenu("&Help")
    m.addActions([w.actionHelp, w.actionAbout])


def build_toolbar(w: MainWindow) -> None:
    tb = QToolBar("Main")
    tb.setObjectName("mainToolBar")
    tb.setAccessibleName("Main toolbar")
    tb.setMovable(False)
    tb.setIconSize(QSize(20, 20))
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tb.addAction(w.actionOpen)
    tb.addAction(w.actionExport)
    tb.addSeparator()
    for act in (w.actionUndo, w.actionRedo, w.actionFind):
        tb.addAction(act)
    tb.addSeparator()
    tb.addAction(w.actionPreview)
    tb.addAction(w.actionDrawBox)
    tb.addSeparator()
    for act in (w.actionZoomOut, w.actionZoomIn, w.actionFitWidth):
        tb.addAction(act)
        button = tb.widgetForAction(act)
        if button is not None:
            button.setProperty("iconOnly", True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # type: ignore[attr-defined]
    w.zoom_label = QLabel("")
    w.zoom_label.setObjectName("zoomLabel")
    w.zoom_label.setAccessibleName("Zoom")
    w.zoom_label.setMinimumWidth(48)
    w.zoom_label_action = tb.addWidget(w.zoom_label)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    tb.addWidget(spacer)
    tb.addAction(w.actionHelp)
    for act in tb.actions():
        button = tb.widgetForAction(act)
        if button is not None and not button.accessibleName():
            button.setAccessibleName(act.text().replace("&", "").replace("…", ""))
    w.addToolBar(tb)
    w.toolbar = tb
    for act, short in ((w.actionAccept, "Accept"), (w.actionKeep, "Keep"), (w.actionRedact, "Redact"),
                       (w.actionEdit, "Edit"), (w.actionMerge, "Merge")):
        act.setIconText(short)
        w.panel.add_button(act)


def build_status_bar(w: MainWindow) -> None:
    sb = w.statusBar()
    sb.setObjectName("statusBar")
    w.page_label = QLabel("")
    w.page_label.setObjectName("pageLabel")
    w.page_label.setAccessibleName("Current page")
    w.review_label = QLabel("")
    w.review_label.setObjectName("reviewLabel")
    w.review_label.setAccessibleName("Findings reviewed")
    w.saved_label = QLabel("")
    w.saved_label.setObjectName("savedLabel")
    w.saved_label.setAccessibleName("Save status")
    w.export_bar = QProgressBar()
    w.export_bar.setObjectName("exportProgress")
    w.export_bar.setAccessibleName("Export progress")
    w.export_bar.setMaximumWidth(220)
    w.export_bar.hide()
    w.export_cancel = QPushButton("Cancel Export")
    w.export_cancel.setObjectName("cancelExport")
    w.export_cancel.clicked.connect(w.ctl.cancel_export)
    w.export_cancel.hide()
    sb.addPermanentWidget(w.export_bar)
    sb.addPermanentWidget(w.export_cancel)
    sb.addPermanentWidget(w.page_label)
    sb.addPermanentWidget(w.review_label)
    sb.addPermanentWidget(w.saved_label)


def describe_in_tooltip(action: QAction) -> None:
    """Tooltip = the action's full text ("Undo 'Oldham' redacted") and its shortcut."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = action.text().replace("&", "") + (f" ({keys})" if keys else "")
    if action.toolTip() != tip:
        action.setToolTip(tip)


def key_sequences(keys: list[Any]) -> list[QKeySequence]:
    """Shortcuts, with every platform binding of a standard key, without duplicates."""
    out: list[QKeySequence] = []
    for k in keys:
        for seq in QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) else [QKeySequence(k)]:
            if seq not in out and not seq.isEmpty():
                out.append(seq)
    return out
