"""Long work off the UI thread: analysis in a child process, case loading and export in a worker thread.

Workers never touch widgets. They report through signals, and errors arrive as values (a plain
message, or the engine's exception object for export), never as tracebacks.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from redactor.errors import Cancelled, PasswordError, RedactorError

POLL_MS = 40
NOTHING = ("nothing",)  # what CallJob.finished carries for a call that returned None
TERMINATE_AFTER_MS = 3000


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class CallJob(QRunnable):
    """Run one engine call in a worker thread (start it with :meth:`QThreadPool.start`).

    The call gets ``progress`` and ``cancel`` keyword arguments when ``with_progress`` is set; its
    return value arrives through ``signals.finished``, an engine error (the exception object)
    through ``signals.failed``, and :class:`~redactor.errors.Cancelled` through ``signals.cancelled``.
    """

    def __init__(self, fn: Callable[..., Any], *, with_progress: bool = False) -> None:
        super().__init__()
        # The pool deletes the runnable when run() returns; callers keep only ``signals`` and
        # ``cancel``, so nothing frees it while a worker thread is still inside run().
        self.setAutoDelete(True)
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
            self._emit(self.signals.cancelled)
        except RedactorError as exc:
            self._emit(self.signals.failed, exc)
        except MemoryError:
            self._emit(self.signals.failed, RedactorError("the computer ran out of memory"))
        except Exception as exc:  # delivered as a value; the window explains it plainly
            self._emit(self.signals.failed,
                       RedactorError(f"an unexpected problem occurred ({type(exc).__name__}: {exc})"))
        else:
            # PySide mishandles None sent through a queued Signal(object) (refcount of None): send a marker.
            self._emit(self.signals.finished, NOTHING if result is None else result)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed while the job ran: nobody to tell
            signal.emit(*args)

    def _progress(self, p: Any) -> None:
        self.signals.progress.emit(int(p.done), int(p.total), str(getattr(p, "stage", "")))


def wait_for(fn: Callable[[], Any]) -> Any:
    """Run ``fn`` in a worker thread while the window's events go on; return its result or raise its error.

    For short engine calls that touch the disk (creating a case: version look-ups and ``fsync``),
    which would otherwise freeze the window for a moment.

    Raises:
        RedactorError: What ``fn`` raised (an unexpected exception arrives as a RedactorError).
    """
    from PySide6.QtCore import QEventLoop

    job = CallJob(fn)
    signals = job.signals  # the pool deletes the job when it is done; its signals object lives on here
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    signals.finished.connect(lambda r: (outcome.setdefault("result", r), loop.quit()))
    signals.failed.connect(lambda e: (outcome.setdefault("error", e), loop.quit()))
    signals.cancelled.connect(lambda: (outcome.setdefault("error", Cancelled("cancelled")), loop.quit()))
    QThreadPool.globalInstance().start(job)
    if not outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    result = outcome["result"]
    return None if result is NOTHING else result


class AnalysisJob(QObject):
    """Analyse a draft of a case: read it from the case cache, else analyse it in a child process.

    Signals:
        progress(done, total, stage): while the child works.
        finished(case, analysis, prepared): the case (opened in this process), the draft's analysis, and
            what ``prepare(analysis)`` made of it in the worker thread (views' data, built off the UI thread).
        failed(message): a plain-English reason.
        cancelled(): the reviewer cancelled.
        passwordNeeded(wrong): the draft is an encrypted PDF and ``password`` was missing (False) or
            wrong (True); the job has ended.

    Args:
        folder: The case folder.
        draft: The draft to analyse (already added to the case).
        open_case: Opens the case in this process. It is called in a worker thread, first to read a
            cached analysis (``case.analyse`` with ``cancel`` already set returns a cached analysis
            and raises ``Cancelled`` before any NLP), and again after the child has written the cache.
    """

    progress = Signal(int, int, str)
    finished = Signal(object, object, object)
    failed = Signal(str)
    cancelled = Signal()
    passwordNeeded = Signal(bool)

    def __init__(self, folder: Path, draft: Path, open_case: Callable[[], Any], reviewer: str = "",
                 parent: QObject | None = None, prepare: Callable[[Any], Any] | None = None,
                 password: str | None = None, passphrase: str | None = None) -> None:
        super().__init__(parent)
        self.folder, self.draft = folder, draft
        self.password = password  # in memory only: never written anywhere
        self._passphrase = passphrase  # an encrypted case's (the child opens the case with it)
        self._open_case = open_case
        self._prepare = prepare
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

        # Not a daemon: the engine runs spaCy in worker processes of its own on long drafts. The
        # window ends it (abort) when the case closes or the app quits.
        self._proc = ctx.Process(target=analysis_process.run, name="redactor-analysis",
                                 args=(child_conn, str(self.folder), str(self.draft), self._reviewer, self.password,
                                       self._passphrase),
                                 daemon=False)
        self._proc.start()
        child_conn.close()
        self._conn = parent_conn
        self.progress.emit(0, 0, "Starting the analysis")
        self._poll.start()

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

    def abort(self) -> None:
        """Stop at once (closing the case or quitting): the child is ended; nothing it wrote is lost."""
        if self._running:
            self._cancelling = True
            self._end()

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
            reap_later(self._proc)  # it has sent its last message and is exiting: never wait for it here
            self._proc = None
        if msg[0] == "done" and not self._cancelling:
            self._load_result(cached_only=False)
        elif msg[0] == "failed" and not self._cancelling:
            self._end()
            self.failed.emit(str(msg[1]))
        elif msg[0] == "password" and not self._cancelling:
            self._end()
            self.passwordNeeded.emit(bool(msg[1]))
        else:
            self._end()
            self.cancelled.emit()

    def _load_result(self, cached_only: bool = False) -> None:
        if not cached_only:
            self.progress.emit(0, 0, "Opening the findings")

        def load() -> tuple[Any, Any, Any]:
            case = self._open_case()
            if cached_only:
                analysis = case.analyse(self.draft, cancel=lambda: True, password=self.password)
            else:
                analysis = case.analyse(self.draft, password=self.password)
            return case, analysis, self._prepare(analysis) if self._prepare is not None else None

        self._load = CallJob(load)
        self._load.signals.finished.connect(self._on_loaded)
        self._load.signals.failed.connect(self._on_load_failed)
        if cached_only:
            self._load.signals.cancelled.connect(self._start_child)  # not cached: analyse it
        else:
            self._load.signals.cancelled.connect(lambda: (self._end(), self.cancelled.emit()))
        QThreadPool.globalInstance().start(self._load)

    def _on_load_failed(self, exc: Exception) -> None:
        self._end()
        if isinstance(exc, PasswordError):
            self.passwordNeeded.emit(exc.wrong)
        else:
            self.failed.emit(str(exc))

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
                _end_process_group(self._proc)
            reap_later(self._proc, 5.0)
            self._proc = None


_exiting: list[tuple[BaseProcess, float]] = []


def reap_later(proc: BaseProcess, grace_s: float = 20.0) -> None:
    """Let a child exit in its own time (never waiting on the UI thread); end it after ``grace_s``."""
    _exiting.append((proc, time.monotonic() + grace_s))
    QTimer.singleShot(500, _reap)


def _reap() -> None:
    for proc, deadline in list(_exiting):
        if not proc.is_alive():
            proc.join(0)
            _exiting.remove((proc, deadline))
        elif time.monotonic() > deadline:
            _end_process_group(proc)
            _exiting.remove((proc, deadline))
    if _exiting:
        QTimer.singleShot(500, _reap)


def _end_process_group(proc: BaseProcess) -> None:
    """End a child and any worker processes it started (its process group, on POSIX)."""
    pid = proc.pid
    if pid is not None and hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGTERM)
            return
    proc.terminate()


_warmed: list[bool] = []


def warm_up_engine() -> None:
    """Import the engine in a worker thread, so opening the first draft does not wait for the import."""
    if _warmed:
        return
    _warmed.append(True)

    def load() -> None:
        import redactor.case  # noqa: F401 - imported for its side effect of being loaded

        settle_memory()

    QThreadPool.globalInstance().start(CallJob(load))


def settle_memory() -> None:
    """Take every object alive now out of the garbage collector's full sweeps.

    The engine, its language data and an analysis are hundreds of thousands of long-lived
    objects; a full collection over them holds the interpreter for a fifth of a second or more,
    freezing the window at random. Frozen objects are still freed by reference counting.
    """
    gc.freeze()
