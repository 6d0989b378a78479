"""What happens when the reviewer acts: opening, analysing, deciding, finding, exporting.

The window lays out widgets and actions; this controller connects them to the review session
(the case API) and keeps the views in step with it. It holds no redaction logic.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, QThreadPool, Signal
from PySide6.QtGui import QImage

from redactor.errors import LeakError, RedactorError
from redactor.register import REDACTED
from ui import commands, storage
from ui.models.highlights import HighlightIndex
from ui.models.pseudonyms import pseudonym_choices
from ui.session import ReviewSession
from ui.views.pdf_pages import PdfPages, page_sizes
from ui.workers import AnalysisJob, CallJob, settle_memory, wait_for

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Key = tuple[str, int, int]


class ReviewController(QObject):
    """Drives a review in a :class:`~ui.main_window.MainWindow`.

    Signals:
        busyChanged(busy): analysis or export started or ended.
        exported(result): an export finished and was verified.
    """

    busyChanged = Signal(bool)
    exported = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.session = ReviewSession(self)
        self.job: AnalysisJob | None = None
        self.export_job: CallJob | None = None
        self._export_pool = QThreadPool(self)
        self._export_pool.setMaxThreadCount(1)
        self.find_hits: list[Any] = []
        self.find_at = -1
        self.current_key: Key | None = None
        self._pending_key: Key | None = None
        self.last_export: Path | None = None
        self.highlights: HighlightIndex | None = None
        self._opening = False
        self._passphrase: str | None = None  # an encrypted case's, in memory only while it is open
        self._prepared: Any = None
        self._shown_areas: set[str] = set()
        self.session.loaded.connect(self._on_loaded)
        self.session.changed.connect(self._on_changed)
        self.session.failed.connect(lambda msg: self.w.error("Cannot Do That", sentence(msg)))
        self.session.reasonUsed.connect(lambda: self.w.panel.reason.reset())

    # -- state -------------------------------------------------------------------------------------
    @property
    def analysis(self) -> Any:
        """The open draft's analysis (None when nothing is open)."""
        return self.session.analysis

    @property
    def case(self) -> Any:
        """The open case."""
        return self.session.case

    def busy(self) -> bool:
        """Whether analysis or export is running."""
        return self._opening or (self.job is not None and self.job.is_running()) or self.export_job is not None

    # -- opening -----------------------------------------------------------------------------------
    def open_draft(self, path: Path, register: Path | None = None) -> bool:
        """Start a new review of a draft in a new case (analysis runs in the background).

        Returns:
            False when the draft or register could not be opened (the reviewer was told why).
        """
        from redactor.case import Case

        path = Path(path).expanduser().resolve()
        register = Path(register).expanduser().resolve() if register else None
        self.close_case()
        self._passphrase = None
        reviewer = self.w.reviewer()

        def create() -> Any:  # in a worker thread: the journal's first entries are fsync'd
            try:
                folder = storage.new_case_folder(path)
                case = Case.create(folder, register_path=register, reviewer=reviewer)
                case.add_draft(path)
            except OSError as exc:
                raise _SetupError(f"Redactor could not set up a case for {path.name}.\n\n"
                                  f"{exc.strerror or exc}.") from exc
            return case

        self._opening = True
        self.busyChanged.emit(True)
        try:
            case = wait_for(create)
        except _SetupError as exc:
            self.w.error("Cannot Open Draft", str(exc))
            return False
        except RedactorError as exc:
            self.w.error("Cannot Open Draft", f"Redactor could not open {path.name}.\n\n{sentence(str(exc))}")
            return False
        finally:
            self._opening = False
            self.busyChanged.emit(False)
        self._analyse(case, path)
        return True

    def open_case(self, folder: Path, draft: Path | None = None) -> bool:
        """Reopen a case folder where the reviewer left it (analysis is read from its cache)."""
        from redactor.case import Case
        from redactor.case_crypto import CasePassphraseError

        folder = Path(folder).expanduser().resolve()
        self.close_case()
        reviewer = self.w.reviewer()
        passphrase: str | None = None
        wrong = False
        while True:
            if Case.is_encrypted(folder):
                passphrase = self.w.ask_case_passphrase(folder, wrong)
                if passphrase is None:
                    self.w.status("The case was not opened: it needs its passphrase.")
                    return False
            self._opening = True
            self.busyChanged.emit(True)
            try:  # in a worker thread: an encrypted case's key takes half a second to derive
                case = wait_for(lambda given=passphrase: Case.open(folder, reviewer=reviewer, passphrase=given))
            except CasePassphraseError as exc:
                wrong = exc.wrong
                continue
            except RedactorError as exc:
                self.w.error("Cannot Open Case",
                             f"Redactor could not open the case in {folder}.\n\n{sentence(str(exc))}")
                return False
            finally:
                self._opening = False
                self.busyChanged.emit(False)
            break
        self._passphrase = passphrase
        drafts = list(case.drafts)
        if draft is None:
            if not drafts:
                self.w.error("Cannot Open Case", "This case has no draft yet. Open a draft to start a review.")
                return False
            draft = self.w.choose_draft(drafts) if len(drafts) > 1 else drafts[0]
            if draft is None:
                return False
        if not Path(draft).is_file():
            self.w.error("Cannot Open Case", f"The draft {Path(draft).name} is no longer at {Path(draft).parent}. "
                         "Put it back (unchanged) and open the case again.")
            return False
        self._analyse(case, Path(draft))
        return True

    def _analyse(self, case: Any, draft: Path, password: str | None = None) -> None:
        folder = case.folder
        close = getattr(case, "close", None)
        if close is not None:
            close()
        self._start_analysis(folder, draft, password)

    def _start_analysis(self, folder: Path, draft: Path, password: str | None = None) -> None:
        reviewer = self.w.reviewer()

        passphrase = self._passphrase

        def reopen() -> Any:
            from redactor.case import Case

            return Case.open(folder, reviewer=reviewer, passphrase=passphrase)

        self.job = AnalysisJob(folder, draft, reopen, reviewer, self, prepare=_prepare_views, password=password,
                               passphrase=passphrase)
        self.job.progress.connect(self.w.analysing.set_progress)
        self.job.finished.connect(lambda c, a, prepared: self._on_analysed(c, draft, a, prepared))
        self.job.failed.connect(lambda msg: self._on_analysis_failed(draft, msg))
        self.job.cancelled.connect(self._on_analysis_cancelled)
        self.job.passwordNeeded.connect(lambda wrong: self._on_password_needed(folder, draft, wrong))
        self.w.show_analysing(draft)
        self.busyChanged.emit(True)
        self.job.start()

    def cancel_analysis(self) -> None:
        """Stop the running analysis."""
        if self.job is not None and self.job.is_running():
            self.w.analysing.cancel.setEnabled(False)
            self.w.analysing.stage.setText("Cancelling…")
            self.job.cancel()

    def _on_analysed(self, case: Any, draft: Path, analysis: Any, prepared: Any) -> None:
        self.job = None
        self._prepared = prepared
        self.session.attach(case, draft, analysis)
        storage.mark_open(case.folder, draft)
        folder = case.folder
        QThreadPool.globalInstance().start(CallJob(lambda: storage.remember(folder, draft)))  # settings file write
        self.busyChanged.emit(False)

    def _on_analysis_failed(self, draft: Path, message: str) -> None:
        self.job = None
        self.w.show_welcome()
        self.busyChanged.emit(False)
        self.w.error("Cannot Analyse Draft", f"Redactor could not analyse {draft.name}.\n\n{sentence(message)}")

    def _on_password_needed(self, folder: Path, draft: Path, wrong: bool) -> None:
        """An encrypted PDF: ask for its password (again) and start over, or go back to the start."""
        self.job = None
        password = self.w.ask_password(draft, wrong)
        if password is None:
            self.w.show_welcome()
            self.w.status(f"{draft.name} was not opened: it needs its password.")
            self.busyChanged.emit(False)
            return
        self._start_analysis(folder, draft, password)

    def _on_analysis_cancelled(self) -> None:
        self.job = None
        self.w.show_welcome()
        self.w.status("Analysis cancelled. Nothing was changed.")
        self.busyChanged.emit(False)

    def close_case(self) -> None:
        """Close the open case (its journal already holds everything)."""
        if self.job is not None:
            self.job.abort()
            self.job = None
        self.find_hits, self.find_at, self.current_key = [], -1, None
        self.w.page_view.clear()
        self.w.log_view.set_source(None)
        self.w.model.set_analysis(None)
        self.w.panel.mention_model.set_analysis(None)
        if self.session.case is not None:
            self.session.detach()
            storage.mark_closed()
        self.w.show_welcome()

    # -- views -------------------------------------------------------------------------------------
    def _on_loaded(self) -> None:
        a = self.analysis
        doc = a.document
        w = self.w
        w.model.set_analysis(a)
        w.panel.mention_model.set_analysis(a)
        w.panel.fit_columns()
        codes = [(r.code, r.label) for r in getattr(self.case, "reason_codes", ())]
        w.panel.reason.set_codes(codes)
        self.session.reason = None
        case = self.case
        w.log_view.set_source(lambda **filters: case.log_rows(**filters), dict(codes))
        index, sizes = self._prepared if self._prepared is not None else (None, None)
        self._prepared = None
        if doc.format == "pdf":
            try:
                pages = PdfPages(doc.path, sizes, password=getattr(doc, "password", None))
            except RedactorError as exc:
                w.error("Cannot Show Draft", sentence(str(exc)))
                self.close_case()
                return
            w.page_view.load_pdf(pages, [s for s in doc.segments if s.kind != "page"])
            w.page_view.set_preview_source(self._preview_image)
        else:
            w.page_view.load_text([s for s in doc.segments if s.kind == "body"],
                                  [s for s in doc.segments if s.kind != "body"])
            w.page_view.set_preview_source(None)
        self.highlights = index if index is not None and index.analysis is a else HighlightIndex(a)
        w.page_view.set_highlights(self.highlights.by_segment, set(self.highlights.by_segment))
        w.page_view.set_areas(a.areas)
        self._shown_areas = {x.id for x in a.areas}
        w.thumbs.set_pages(w.page_view.page_count, w.page_view.thumbnail)
        w.show_review(doc.path)
        self._update_counts()
        self.select_next_unreviewed(from_start=True)
        settle_memory()  # the analysis stays for the whole review

    def _preview_image(self, page: int, scale: float) -> QImage:
        png = self.case.preview_page(self.analysis, page, zoom=scale)
        image = QImage()
        image.loadFromData(png, "PNG")
        return image

    def _on_changed(self, change: Any) -> None:
        a = self.analysis
        if a is None:
            return
        w = self.w
        current = w.panel.current_entity()
        ids = set(getattr(change, "entity_ids", set()) or set())
        w.model.refresh(ids or None)
        assert self.highlights is not None
        touched = self.highlights.update(ids or None)
        w.page_view.set_highlights(self.highlights.by_segment, touched)
        if {x.id for x in a.areas} != self._shown_areas:
            w.page_view.set_areas(a.areas)
            self._shown_areas = {x.id for x in a.areas}
        pages = set(getattr(change, "pages", set()) or set())
        w.page_view.invalidate_preview(pages)
        w.thumbs.refresh(pages if pages else None)
        if current and w.model.row_of(current) < 0:
            survivor = next((i for i in ids if w.model.row_of(i) >= 0), "")
            if survivor:
                w.panel.select_entity(survivor)
        w.panel.refresh_mentions()
        self._update_counts()
        w.log_changed()
        w.saved(getattr(change, "description", ""))

    def _update_counts(self) -> None:
        a = self.analysis
        if a is None:
            return
        total = len(a.entities)
        reviewed = sum(1 for e in a.entities if a.decisions[e.id].reviewed)
        self.w.panel.set_counts(reviewed, total)
        self.w.set_review_status(reviewed, total)

    # -- selection and navigation -----------------------------------------------------------------
    def on_entity_selected(self, entity_id: str) -> None:
        """Show the selected entity's mentions in the document."""
        key = self._pending_key
        self._pending_key = None
        if not entity_id:
            self.w.page_view.set_selected("", None)
            return
        if self._entity(entity_id) is None:
            return
        keys = self.w.panel.mention_model.keys()  # reading order
        if key not in keys:
            key = keys[0] if keys else None
        self.show_mention(entity_id, key)

    def show_mention(self, entity_id: str, key: Key | None) -> None:
        """Scroll the document to a mention and mark it as the current one."""
        self.current_key = key
        self.w.page_view.set_selected(entity_id, key)
        self.w.panel.set_current_mention(key)
        if key is not None:
            seg, start, end = key
            if not self.w.page_view.show_span(seg, start, end):
                self.w.status("This mention is in a part of the file that is not shown on the pages.")

    def on_highlight_clicked(self, entity_id: str, key: Key) -> None:
        """A finding was clicked in the document: select its entity there."""
        if self.w.panel.current_entity() == entity_id:
            self.show_mention(entity_id, key)
            return
        self._pending_key = tuple(key)  # type: ignore[assignment]
        if not self.w.panel.select_entity(entity_id):
            self._pending_key = None

    def on_mention_activated(self, key: Any) -> None:
        """A mention was picked in the mentions list."""
        entity_id = self.w.panel.current_entity()
        if entity_id and key:
            self.show_mention(entity_id, tuple(key))  # type: ignore[arg-type]

    def step_mention(self, delta: int) -> None:
        """Next or previous mention of the selected entity."""
        entity_id = self.w.panel.current_entity()
        if not entity_id:
            self.select_next_unreviewed()
            return
        key = self.w.panel.step_mention(delta)
        if key is not None:
            self.show_mention(entity_id, key)

    def select_next_unreviewed(self, delta: int = 1, *, from_start: bool = False, start_row: int | None = None) -> bool:
        """Select the next (or previous) unreviewed finding in the table's order, wrapping around."""
        from ui.models.entity_table_model import EntityIdRole, ReviewedRole

        proxy = self.w.proxy
        n = proxy.rowCount()
        if n == 0:
            return False
        here = -1 if from_start else (start_row if start_row is not None else self.w.panel.proxy_row())
        for step in range(1, n + 1):
            row = (here + delta * step) % n if here >= 0 or delta > 0 else (n - step) % n
            if start_row is not None and step == 1 and delta > 0:
                row = start_row % n  # the row the decided entity occupied may now hold the next one
            index = proxy.index(row, 0)
            if not index.data(ReviewedRole):
                self.w.panel.select_entity(str(index.data(EntityIdRole)), reveal=False)
                return True
        if not from_start:
            self.w.status("Every finding shown has been reviewed." + (
                "" if self._all_reviewed() else " Some findings are hidden by the filters."))
        return False

    def _all_reviewed(self) -> bool:
        a = self.analysis
        return a is not None and all(a.decisions[e.id].reviewed for e in a.entities)

    def _entity(self, entity_id: str) -> Any:
        a = self.analysis
        return next((e for e in a.entities if e.id == entity_id), None) if a is not None else None

    def _target(self) -> str:
        """The entity a review key acts on: the selected one, else the next unreviewed."""
        entity_id = self.w.panel.current_entity()
        if not entity_id and self.select_next_unreviewed():
            entity_id = self.w.panel.current_entity()
        return entity_id

    # -- decisions -------------------------------------------------------------------------------
    def decide(self, how: str) -> None:
        """``accept``, ``keep`` or ``redact`` the selected entity, then move to the next unreviewed one."""
        if self.analysis is None or self.busy():
            return
        entity_id = self._target()
        if not entity_id:
            return
        was_unreviewed = not self.analysis.decisions[entity_id].reviewed
        row = self.w.panel.proxy_row()
        cmd: commands.ReviewCommand
        if how == "accept":
            cmd = commands.AcceptSuggestion(self.session, entity_id)
        elif how == "keep":
            cmd = commands.KeepEntity(self.session, entity_id)
        else:
            cmd = commands.RedactEntity(self.session, entity_id)
        if self.session.perform(cmd) and was_unreviewed:
            still_there = self.w.panel.current_entity() == entity_id
            self.select_next_unreviewed(start_row=row + 1 if still_there else row)

    def set_reason(self, code: str) -> None:
        """The reason code the next decision is given ('' for the automatic reason of its kind)."""
        self.session.reason = code or None

    def rename(self, entity_id: str, pseudonym: str) -> bool:
        """Give an entity a new pseudonym (from the table's editor)."""
        if self.analysis is None or self.busy():
            return False
        return self.session.perform(commands.RenamePseudonym(self.session, entity_id, pseudonym))

    def edit_pseudonym(self) -> None:
        """Open the pseudonym editor on the selected entity."""
        if self._target():
            self.w.panel.edit_pseudonym()

    def mark_reviewed(self, reviewed: bool) -> None:
        """Mark the selected entity reviewed or not."""
        entity_id = self._target()
        if entity_id:
            self.session.perform(commands.MarkReviewed(self.session, entity_id, reviewed))

    def merge(self, into_id: str | None = None) -> None:
        """Merge the selected entity into another (asks which when ``into_id`` is not given)."""
        entity_id = self._target()
        entity = self._entity(entity_id) if entity_id else None
        if entity is None:
            return
        if into_id is None:
            into_id = self.w.choose_merge_target(entity, self.analysis.entities)
            if not into_id:
                return
        if self.session.perform(commands.MergeEntities(self.session, into_id, entity_id)):
            self.w.panel.select_entity(into_id)

    def split(self, entity_id: str, keys: list[Key]) -> None:
        """Move some mentions of an entity to a new entity."""
        before = {e.id for e in self.analysis.entities}
        if self.session.perform(commands.SplitEntity(self.session, entity_id, [tuple(k) for k in keys])):
            new = [e.id for e in self.analysis.entities if e.id not in before]
            if new:
                self.w.panel.select_entity(new[0])

    def override(self, key: Any, action: str) -> None:
        """Decide one mention on its own: ``keep``, ``redact``, or ``entity`` (back to its entity's decision)."""
        key = tuple(key)
        if action == "keep":
            cmd = commands.OverrideMention(self.session, key, "keep")
        elif action == "redact":
            cmd = commands.OverrideMention(self.session, key, "replace", REDACTED)
        else:
            cmd = commands.OverrideMention(self.session, key, None)
        self.session.perform(cmd)

    def redact_area(self, page: int, rect: Any) -> None:
        """Add a manual redaction box."""
        x0, y0, x1, y1 = (float(v) for v in rect)
        self.session.perform(commands.RedactArea(self.session, page, (x0, y0, x1, y1)))

    def remove_manual(self, manual_id: str) -> None:
        """Remove a manual redaction."""
        self.session.perform(commands.RemoveManual(self.session, manual_id))

    def pseudonym_choices(self, entity_id: str) -> list[str]:
        """What the pseudonym editor offers for an entity."""
        a = self.analysis
        entity = self._entity(entity_id)
        if a is None or entity is None:
            return []
        taken = [d.replacement for d in a.decisions.values() if d.action == "replace"]
        current = a.decisions[entity_id]
        out = [current.replacement] if current.action == "replace" else []
        return list(dict.fromkeys([*out, *pseudonym_choices(entity.kind, taken)]))

    # -- find --------------------------------------------------------------------------------------
    def find(self, text: str, match_case: bool, whole_words: bool) -> None:
        """Find text across the draft and show the first hit at or after the current page."""
        self.w.page_view.clear_find()
        self.find_hits, self.find_at = [], -1
        if self.analysis is not None and text:
            self.find_hits = list(self.case.find(self.analysis, text, match_case=match_case, whole_words=whole_words))
        if self.find_hits:
            page = self.w.page_view.current_page()
            self.find_at = next((i for i, h in enumerate(self.find_hits) if h.page is not None and h.page >= page), 0)
            self._show_hit()
        self.w.find_bar.set_results(len(self.find_hits), self.find_at)

    def step_find(self, delta: int) -> None:
        """Next or previous find hit."""
        if not self.find_hits:
            if self.w.find_bar.isHidden():
                self.w.open_find()
            return
        self.find_at = (self.find_at + delta) % len(self.find_hits)
        self._show_hit()
        self.w.find_bar.set_results(len(self.find_hits), self.find_at)

    def _show_hit(self) -> None:
        hit = self.find_hits[self.find_at]
        self.w.page_view.mark_find(hit.segment_id, hit.start, hit.end)

    def redact_all(self, text: str, replacement: str = "") -> None:
        """Redact every occurrence of the found text."""
        if not self.find_hits:
            return
        hit = self.find_hits[0]
        cmd = commands.RedactText(self.session, (hit.segment_id, hit.start, hit.end), replacement or REDACTED,
                                  every_occurrence=True)
        if self.session.perform(cmd):
            self.w.status(f"Every occurrence of “{text}” will be redacted ({len(self.find_hits)} found).")
            self.w.page_view.clear_find()

    def keep_all(self, text: str) -> None:
        """Add the found text to the case's keep list."""
        if self.session.perform(commands.AddKeep(self.session, text)):
            self.w.status(f"“{text}” was added to the keep list: it is never changed.")

    # -- export ------------------------------------------------------------------------------------
    def unreviewed_count(self) -> int:
        """Findings not yet reviewed."""
        return len(self.case.unreviewed(self.analysis)) if self.analysis is not None else 0

    def export(self, path: Path, accept_all: bool = False) -> Any:
        """Export and verify, keeping the window responsive; returns the engine's export result.

        Raises:
            UnreviewedError: Findings are unreviewed and ``accept_all`` is false (nothing is written).
            LeakError: Verification found identifying text (nothing is written); the reviewer is taken to it.
            RedactorError: Any other reason the export could not be done.
        """
        if self.analysis is None:
            raise RedactorError("no draft is open")
        if self.busy():
            raise RedactorError("Redactor is busy; wait for the current analysis or export to finish")
        path = Path(path)
        case, analysis = self.case, self.analysis

        def run(progress: Any, cancel: Any) -> Any:
            return case.export(analysis, path, accept_all=accept_all, progress=progress, cancel=cancel)

        job = CallJob(run, with_progress=True)
        self.export_job = job
        self._export_signals = job.signals  # outlives the job's thread (the pool deletes the job itself)
        outcome: dict[str, Any] = {}
        loop = QEventLoop()
        job.signals.finished.connect(lambda r: (outcome.setdefault("result", r), loop.quit()))
        job.signals.failed.connect(lambda e: (outcome.setdefault("error", e), loop.quit()))
        job.signals.cancelled.connect(lambda: (outcome.setdefault("error", RedactorError("the export was cancelled")),
                                               loop.quit()))
        job.signals.progress.connect(self.w.export_progress)
        self.w.export_started(path)
        self.busyChanged.emit(True)
        self._export_pool.start(job)
        loop.exec()
        self.export_job = None
        self.w.export_finished()
        self.busyChanged.emit(False)
        self._after_export()
        error = outcome.get("error")
        if error is not None:
            if isinstance(error, LeakError):
                self.w.show_leaks(error)
                self.go_to_leak(error.leaks[0] if error.leaks else None)
            raise error
        result = outcome["result"]
        self.last_export = Path(result.outputs[0])
        self.w.show_exported(result)
        self.exported.emit(result)
        return result

    def cancel_export(self) -> None:
        """Stop a running export (nothing is written)."""
        if self.export_job is not None:
            self.export_job.cancel()

    def _after_export(self) -> None:
        """Decisions may have changed (accepting every suggestion): refresh everything."""
        if self.analysis is None:
            return
        self.w.model.refresh(None)
        assert self.highlights is not None
        self.w.page_view.set_highlights(self.highlights.by_segment, self.highlights.update(None))
        self.w.panel.refresh_mentions()
        self._update_counts()
        self.session.rebuild_undo_stack()

    def go_to_leak(self, leak: Any) -> None:
        """Take the reviewer to where a leaked form occurs in the draft, with Find ready to redact it."""
        if leak is None or self.analysis is None:
            return
        form, page = _leak_form_and_page(leak)
        if not form:
            return
        hits = list(self.case.find(self.analysis, form, match_case=False, whole_words=True))
        hit = next((h for h in hits if page is not None and h.page == page), hits[0] if hits else None)
        self.w.open_find(form)
        if hit is not None:
            self.find_hits = hits
            self.find_at = hits.index(hit)
            self._show_hit()
            self.w.find_bar.set_results(len(hits), self.find_at)
        where = f" on page {page + 1}" if page is not None else ""
        self.w.status(f"Leak: “{form}”{where} is still in the output. Redact it, then export again.")


class _SetupError(RedactorError):
    """The case folder could not be made (a full disk, no permission): the message is complete."""


def _prepare_views(analysis: Any) -> tuple[HighlightIndex, list[Any] | None]:
    """What the views need from a new analysis, made in the worker thread: highlights and page sizes."""
    doc = analysis.document
    sizes = page_sizes(doc.path, getattr(doc, "password", None)) if doc.format == "pdf" else None
    return HighlightIndex(analysis), sizes


def _leak_form_and_page(leak: Any) -> tuple[str, int | None]:
    """The leaked text and its 0-based page (from a ``Leak`` or its one-line description)."""
    form = getattr(leak, "form", None)
    where = getattr(leak, "where", None)
    if form is None:
        m = re.match(r"(?P<where>.*?): '(?P<form>.*?)' \(", str(leak))
        form, where = (m.group("form"), m.group("where")) if m else ("", "")
    page = getattr(leak, "page", None)
    if page is None and where:
        pm = re.search(r"page (\d+)", str(where))
        page = int(pm.group(1)) - 1 if pm else None
    return str(form or ""), page


def sentence(message: str) -> str:
    """An engine message as a sentence: capital first letter, full stop at the end."""
    message = message.strip()
    if not message:
        return "No reason was given."
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."
