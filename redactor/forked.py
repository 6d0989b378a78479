"""Run a function in a forked copy of this process while the caller works on, and collect its result.

Most of an export's work is split in two halves that run at once, one in this process and one in a
child forked for it: the child starts with everything this process has already built (the loaded
draft, the spaCy model, the recognisers), so nothing is pickled on the way in, and only the result
comes back. Forking is used on Linux with more than one core, outside the desktop app's process;
elsewhere (and with ``REDACTOR_PROCESSES=1``) the function simply runs in this process when its
result is asked for.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import pickle
import select
import signal
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


def can_fork() -> bool:
    """Whether work can be shared with a forked child here (Linux, two cores or more, not switched off).

    Never from the desktop app's own process: its other threads (the event loop, thread pools) may
    hold a lock at the moment of the fork that the child would then wait for forever. The app's
    analysis runs in a child process of its own, without Qt, and shares its work from there.
    """
    if os.environ.get("REDACTOR_PROCESSES") == "1" or "PySide6.QtCore" in sys.modules:
        return False
    return sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1


class WorkerError(RuntimeError):
    """The child process died without giving a result."""


class Forked(Generic[T]):
    """``fn()`` running in a child process forked now; :meth:`result` waits for it.

    Use it as a context manager: leaving the block without asking for the result (an exception in
    the caller's half) stops the child. ``fn``'s result and exceptions must pickle.
    """

    def __init__(self, fn: Callable[[], T], *, fork: bool | None = None) -> None:
        self._fn: Callable[[], T] | None = fn
        self._name = getattr(fn, "__qualname__", "work")
        self._pid = 0
        self._read = -1
        self._taken = False
        self._value: T
        if not (can_fork() if fork is None else fork):
            return
        sys.stdout.flush()
        sys.stderr.flush()
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: run, send the outcome, and leave without running the parent's clean-ups
            code = 1
            # What the child inherited is never scanned by its cyclic collector: a scan writes to
            # every object it visits, so each page of the parent's memory would be copied (and the
            # child lives for seconds, too short for the inherited objects' garbage to matter).
            gc.freeze()
            try:
                os.close(read)
                try:
                    outcome: tuple[bool, object] = (True, fn())
                except BaseException as exc:  # sent to the parent, which raises it
                    outcome = (False, exc)
                _send(write, outcome)
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._read, self._fn = pid, read, None

    def result(self) -> T:
        """The function's value (computed here if no child was forked); its exception is raised here.

        Asked again, it gives the same value.

        Raises:
            WorkerError: The child died without a result.
        """
        if self._taken:
            return self._value
        self._value = self._take()
        self._taken = True
        return self._value

    def _take(self) -> T:
        if self._fn is not None:
            fn, self._fn = self._fn, None
            return fn()
        if self._read < 0:
            raise WorkerError("the child has already been stopped")
        data = _read_all(self._read)
        self._read = -1
        status = _reap(self._pid, self._name)
        self._pid = 0
        ok, value = _outcome(data, f" (status {status})")
        if not ok:
            raise value  # type: ignore[misc]
        return value  # type: ignore[return-value]

    def stop(self) -> None:
        """Stop the child (if still running) without its result."""
        if self._read >= 0:
            os.close(self._read)
            self._read = -1
        _kill(self._pid)
        self._pid = 0
        self._fn = None

    def __enter__(self) -> Forked[T]:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


class Tickets:
    """The numbers ``0 .. count-1``, each handed out once to whichever process asks first.

    Made before a fork, it lets this process and its child share out work as each becomes free
    (a process slowed by other work on the machine simply takes fewer pieces). The numbers wait in
    a pipe both processes read from; reads of a few bytes from a pipe are atomic.
    """

    MAX = 16_000  # a pipe holds 64 KiB: four bytes a number

    def __init__(self, count: int) -> None:
        if count > self.MAX:
            raise ValueError(f"at most {self.MAX} tickets")
        self._read, write = os.pipe()
        with os.fdopen(write, "wb") as pipe:
            pipe.write(b"".join(i.to_bytes(4, "little") for i in range(count)))

    def take(self) -> int | None:
        """The next number, or None when all are taken."""
        if self._read < 0:
            return None
        data = os.read(self._read, 4)
        if not data:
            self.close()
            return None
        return int.from_bytes(data, "little")

    def close(self) -> None:
        """Give up the numbers not yet taken (by this process)."""
        if self._read >= 0:
            os.close(self._read)
            self._read = -1


U = TypeVar("U")


class Staged(Generic[T, U]):
    """``fn()`` then ``then(fn())`` in one child process forked now, each value sent back as soon as it is made: the
    caller takes the first (:meth:`first`) and works on while the child makes the second (:meth:`second`).

    The command line reads the draft this way: the loaded document comes back at once, and what its text alone gives
    follows while the analysis runs. Where no child can be forked, both are computed here when asked for.
    """

    def __init__(self, fn: Callable[[], T], then: Callable[[T], U], *, fork: bool | None = None) -> None:
        self._fn: Callable[[], T] | None = fn
        self._then: Callable[[T], U] | None = then
        self._pid = 0
        self._reads = [-1, -1]
        self._first: tuple[T] | None = None  # (the first value, once taken)
        self._second: tuple[bool, object] | None = None
        if not (can_fork() if fork is None else fork):
            return
        sys.stdout.flush()
        sys.stderr.flush()
        pipes = [os.pipe(), os.pipe()]
        pid = os.fork()
        if pid == 0:  # the child: each value down its own pipe, as soon as it is made
            code = 1
            gc.freeze()  # (see Forked: the inherited objects are never scanned)
            try:
                for read, _ in pipes:
                    os.close(read)
                try:
                    value = fn()
                except BaseException as exc:
                    _send(pipes[0][1], (False, exc))
                else:
                    # The first value goes down its pipe from a thread: a pipe holds 64 KiB, and the caller reads
                    # it only when it is ready for it, while this process goes on to the second at once.
                    sending = threading.Thread(target=_send_unless_gone, args=(pipes[0][1], (True, value)))
                    sending.start()
                    try:
                        second: tuple[bool, object] = (True, then(value))
                    except BaseException as exc:
                        second = (False, exc)
                    _send(pipes[1][1], second)
                    sending.join()
                code = 0
            finally:
                os._exit(code)
        for _, write in pipes:
            os.close(write)
        self._pid, self._reads = pid, [pipes[0][0], pipes[1][0]]
        self._fn = self._then = None

    def first(self) -> T:
        """The first value (its exception is raised here).

        Raises:
            WorkerError: The child died without it.
        """
        if self._first is None:
            if self._fn is not None:
                first = self._fn()
            else:
                ok, value = self._received(0)
                if not ok:
                    raise value  # type: ignore[misc]
                first = value  # type: ignore[assignment]
                if select.select([self._reads[1]], [], [], 0)[0]:
                    self._second = self._finish()  # the second is made already: taken now, and the child is gone
            self._first = (first,)
        return self._first[0]

    def second(self) -> U:
        """The second value, made from the first (its exception is raised here); the child is then gone.

        Raises:
            WorkerError: The child died without it.
        """
        first = self.first()
        if self._then is not None:
            then, self._then = self._then, None
            return then(first)
        if self._second is None:
            self._second = self._finish()
        ok, value = self._second
        if not ok:
            raise value  # type: ignore[misc]
        return value  # type: ignore[return-value]

    def _finish(self) -> tuple[bool, object]:
        """The second value's outcome, and the child reaped."""
        outcome = self._received(1)
        if self._pid:  # (none left to reap once stopped)
            _reap(self._pid, "stages")
            self._pid = 0
        return outcome

    def _received(self, which: int) -> tuple[bool, object]:
        """What the child sent down pipe ``which``: ``(True, value)`` or ``(False, exception)``."""
        if self._reads[which] < 0:
            return False, WorkerError("the child has already been stopped")
        data = _read_all(self._reads[which])
        self._reads[which] = -1
        return _outcome(data)

    def stop(self) -> None:
        """Stop the child (if still running) without the values it has not sent."""
        for i, read in enumerate(self._reads):
            if read >= 0:
                os.close(read)
                self._reads[i] = -1
        _kill(self._pid)
        self._pid = 0
        self._fn = self._then = None


def _read_all(read: int) -> bytes:
    """Everything down the pipe ``read`` until the child closes it (the pipe closed here after)."""
    with os.fdopen(read, "rb") as pipe:
        return pipe.read()


def _outcome(data: bytes, ended: str = "") -> tuple[bool, object]:
    """What a child sent (see :func:`_send`); a child that sent nothing ended without a result."""
    if not data:
        return False, WorkerError(f"a worker process ended without a result{ended}")
    outcome: tuple[bool, object] = pickle.loads(data)
    return outcome


def _reap(pid: int, name: str) -> int:
    """Wait for the child ``pid`` to end; its exit status (its CPU time logged)."""
    _, status, usage = os.wait4(pid, 0)
    log.debug("forked %s: %.2f s CPU (status %d)", name, usage.ru_utime + usage.ru_stime, status)
    return status


def _kill(pid: int) -> None:
    """Stop the child ``pid`` (none where 0) and reap it, if it is still there."""
    if pid:
        with contextlib.suppress(ProcessLookupError, ChildProcessError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def _send_unless_gone(write: int, outcome: tuple[bool, object]) -> None:
    """:func:`_send`, saying nothing where the reader has gone (the caller stopped, or ended, without reading)."""
    with contextlib.suppress(OSError):
        _send(write, outcome)


def _send(write: int, outcome: tuple[bool, object]) -> None:
    """Pickle ``outcome`` down the pipe ``write`` and close it (what cannot pickle is told in words instead)."""
    try:
        data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:
        told = outcome[1] if not outcome[0] else exc
        data = pickle.dumps((False, WorkerError(f"{type(told).__name__}: {told}")))
    with os.fdopen(write, "wb") as pipe:
        pipe.write(data)
