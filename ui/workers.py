"""Long work off the UI thread: analysis in a child process, case loading and export in a worker thread.

Workers never touch widgets. They report through signals, and errors arrive as values (a plain
message, or the engine's exception object for export), never as tracebacks.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from redactor.errors import Cancelled, RedactorError

POLL_MS = 40
TERMINATE_AFTER_MS = 3000


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class CallJob(QRunnable):
    """Run one engine call in a worker thread.

    The call gets ``progress`` and ``cancel`` keyword arguments when ``with_progress`` is set; its
    return value arrives through ``signals.finished``, an engine error (the exception object)
    through ``signals.failed``, and :class:`~redactor.errors.Cancelled` through ``signals.cancelled``.
    """

    def __init__(self, fn: Callable[..., Any], *, with_progress: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._fn = fn
        self._with_progress = with_progress
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the call to stop at its next checkpoint."""
        self._cancel.set()

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._fn(progress=self._progress, cancel=self._cancel.is_set)
            else:
                result = self._fn()
        except Cancelled:
            self.signals.cancelled.emit()
        except RedactorError as exc:
            self.signals.failed.emit(exc)
        except MemoryError:
            self.signals.failed.emit(RedactorError("the computer ran out of memory"))
        except Exception as exc:
            self.signals.failed.emit(RedactorError(f"an unexpected problem occurred ({type(exc).__name__}: {exc})"))
        else:
            self.signals.finished.emit(result)

    def _progress(self, p: Any) -> None:
        self.signals.progress.emit(int(p.done), int(p.total), str(getattr(p, "stage", "")))


class AnalysisJob(QObject):
    """Analyse a draft of a case: read it from the case cache, else analyse it in a child process.

    Signals:
        progress(done, total, stage): while the child works.
        finished(case, analysis): the case (opened in this process) with the draft's analysis.
        failed(message): a plain-English reason.
        cancelled(): the reviewer cancelled.

    Args:
        folder: The case folder.
        draft: The draft to analyse (already added to the case).
        open_case: Opens the case in this process. It is called in a worker thread, first to read a
            cached analysis (``case.analyse`` with ``cancel`` already set returns a cached analysis
            and raises ``Cancelled`` before any NLP), and again after the child has written the cache.
    """

    progress = Signal(int, int, str)
    finished = Signal(object, object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, folder: Path, draft: Path, open_case: Callable[[], Any], reviewer: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder, self.draft = folder, draft
        self._open_case = open_case
        self._reviewer = reviewer
        self._proc: BaseProcess | None = None
        self._conn: Connection | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll)
        self._kill = QTimer(self)
        self._kill.setSingleShot(True)
        self._kill.timeout.connect(self._terminate)
        self._load: CallJob | None = None
        self._check: CallJob | None = None
        self._running = False
        self._cancelling = False

    def start(self) -> None:
        """Begin: look in the case cache first."""
        self._running = True
        self.progress.emit(0, 0, "Opening the case")
        self._load_result(cached_only=True)

    def _start_child(self) -> None:
        if self._cancelling:
            self._end()
            self.cancelled.emit()
            return
        ctx = multiprocessing.get_context("spawn")
        parent_conn, child_conn = ctx.Pipe()
        from ui import analysis_process

        self._proc = ctx.Process(target=analysis_process.run, name="redactor-analysis",
                                 args=(child_conn, str(self.folder), str(self.draft), self._reviewer), daemon=True)
        self._proc.start()
        child_conn.close()
        self._conn = parent_conn
        self.progress.emit(0, 0, "Starting the analysis")
        self._poll.start()
        self._validate()

    def _validate(self) -> None:
        """Read the draft here while the child starts, so an unreadable file is reported at once."""
        draft = self.draft

        def read() -> None:
            from redactor.load import load

            load(draft)

        self._check = CallJob(read)
        self._check.signals.failed.connect(self._on_unreadable)
        QThreadPool.globalInstance().start(self._check)

    def _on_unreadable(self, exc: Exception) -> None:
        if self._running and not self._cancelling and self._conn is not None:
            self._end()
            self.failed.emit(str(exc))

    def is_running(self) -> bool:
        """Whether the job has not finished, failed or been cancelled yet."""
        return self._running

    @property
    def pid(self) -> int | None:
        """The child process's id while it runs."""
        return self._proc.pid if self._proc is not None else None

    def cancel(self) -> None:
        """Stop the analysis: ask the child, and end it if it does not stop within a few seconds."""
        if not self._running or self._cancelling:
            return
        self._cancelling = True
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.send("cancel")
            self._kill.start(TERMINATE_AFTER_MS)
        elif self._load is not None:
            self._load.cancel()

    def _terminate(self) -> None:
        self._end()
        self.cancelled.emit()

    def _on_poll(self) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            while conn.poll():
                msg = conn.recv()
                if msg[0] == "progress":
                    if not self._cancelling:
                        self.progress.emit(msg[1], msg[2], msg[3])
                    continue
                self._finish_child(msg)
                return
        except (EOFError, OSError):
            self._finish_child(("failed", self._died()))
            return
        if self._proc is not None and not self._proc.is_alive() and not conn.poll():
            self._finish_child(("failed", self._died()))

    def _died(self) -> str:
        code = self._proc.exitcode if self._proc is not None else None
        return f"the analysis stopped unexpectedly (exit code {code})"

    def _finish_child(self, msg: tuple[Any, ...]) -> None:
        self._poll.stop()
        self._kill.stop()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            self._proc.join(5)  # it has sent its last message and is exiting
            if self._proc.is_alive():
                self._proc.terminate()
                self._proc.join(2)
            self._proc = None
        if msg[0] == "done" and not self._cancelling:
            self._load_result(cached_only=False)
        elif msg[0] == "failed" and not self._cancelling:
            self._end()
            self.failed.emit(str(msg[1]))
        else:
            self._end()
            self.cancelled.emit()

    def _load_result(self, cached_only: bool = False) -> None:
        if not cached_only:
            self.progress.emit(0, 0, "Opening the findings")

        def load() -> tuple[Any, Any]:
            case = self._open_case()
            if cached_only:
                return case, case.analyse(self.draft, cancel=lambda: True)
            return case, case.analyse(self.draft)

        self._load = CallJob(load)
        self._load.signals.finished.connect(self._on_loaded)
        self._load.signals.failed.connect(lambda exc: (self._end(), self.failed.emit(str(exc))))
        if cached_only:
            self._load.signals.cancelled.connect(self._start_child)  # not cached: analyse it
        else:
            self._load.signals.cancelled.connect(lambda: (self._end(), self.cancelled.emit()))
        QThreadPool.globalInstance().start(self._load)

    def _on_loaded(self, result: tuple[Any, Any]) -> None:
        self._end()
        if self._cancelling:
            self.cancelled.emit()
        else:
            self.finished.emit(*result)

    def _end(self) -> None:
        self._running = False
        self._poll.stop()
        self._kill.stop()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.terminate()
            self._proc.join(2)
            self._proc = None


_warm_up: list[CallJob] = []  # keeps the job alive while it runs (Qt does not own it)


def warm_up_engine() -> None:
    """Import the engine in a worker thread, so opening the first draft does not wait for the import."""
    if _warm_up:
        return

    def load() -> None:
        import redactor.case  # noqa: F401 - imported for its side effect of being loaded

    _warm_up.append(CallJob(load))
    QThreadPool.globalInstance().start(_warm_up[0])
