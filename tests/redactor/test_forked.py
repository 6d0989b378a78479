"""Work shared with a forked child: results, errors and stopping come back as if run in this process."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from redactor.errors import InputError
from redactor.forked import Forked, Staged, Tickets, WorkerError, can_fork

needs_fork = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="work is forked on Linux only")


def _pid_and(value: int) -> tuple[int, int]:
    return os.getpid(), value * 2


@pytest.mark.parametrize("fork", [False, pytest.param(True, marks=needs_fork)])
def test_result_comes_back_from_where_it_ran(fork: bool) -> None:
    with Forked(lambda: _pid_and(21), fork=fork) as job:
        pid, value = job.result()
    assert value == 42
    assert (pid != os.getpid()) is fork


@pytest.mark.parametrize("fork", [False, pytest.param(True, marks=needs_fork)])
def test_the_result_asked_for_again_is_the_same_and_the_work_is_done_once(fork: bool) -> None:
    runs: list[int] = []

    def work() -> tuple[int, int]:
        runs.append(1)
        return _pid_and(len(runs))

    with Forked(work, fork=fork) as job:
        first = job.result()
        assert job.result() == first
    assert first[1] == 2
    assert runs == ([] if fork else [1])  # forked, the work ran in the child


def _raise_input_error() -> None:
    raise InputError("draft.pdf: not a readable PDF")


def _raise_unpicklable() -> None:
    class Local(Exception):  # a local class cannot pickle
        pass

    raise Local("cannot travel")


@pytest.mark.parametrize("fork", [False, pytest.param(True, marks=needs_fork)])
def test_an_error_is_raised_in_the_caller(fork: bool) -> None:
    with Forked(_raise_input_error, fork=fork) as job, pytest.raises(InputError, match="not a readable PDF"):
        job.result()


@needs_fork
def test_an_error_that_cannot_pickle_still_says_what_it_was() -> None:
    with Forked(_raise_unpicklable, fork=True) as job, pytest.raises(WorkerError, match="cannot travel"):
        job.result()


@needs_fork
def test_a_child_that_dies_is_an_error_not_an_empty_result() -> None:
    with Forked(lambda: os.kill(os.getpid(), signal.SIGKILL), fork=True) as job, \
            pytest.raises(WorkerError, match="without a result"):
        job.result()


@needs_fork
def test_leaving_early_stops_the_child() -> None:
    import time

    with pytest.raises(RuntimeError, match="caller failed"), Forked(lambda: time.sleep(60), fork=True) as job:
        pid = job._pid
        raise RuntimeError("caller failed")
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped: nothing left running


def test_switched_off_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDACTOR_PROCESSES", "1")
    assert not can_fork()
    with Forked(lambda: _pid_and(1)) as job:
        assert job.result() == (os.getpid(), 2)


def test_never_forks_in_a_process_running_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A GUI process's other threads may hold locks a forked child would wait on forever."""
    import types

    monkeypatch.delenv("REDACTOR_PROCESSES", raising=False)
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", types.ModuleType("PySide6.QtCore"))
    assert not can_fork()


@pytest.mark.parametrize("count", [0, 1, 7, 500])
@pytest.mark.parametrize("fork", [False, pytest.param(True, marks=needs_fork)])
def test_tickets_are_each_taken_once_between_two_processes(count: int, fork: bool) -> None:
    tickets = Tickets(count)

    def take_all() -> list[int]:
        taken = []
        while (k := tickets.take()) is not None:
            taken.append(k)
        return taken

    with Forked(take_all, fork=fork) as child:
        mine = take_all()
        theirs = child.result()
    assert sorted(mine + theirs) == list(range(count))
    assert tickets.take() is None


def test_too_many_tickets_are_refused() -> None:
    with pytest.raises(ValueError, match="at most"):
        Tickets(Tickets.MAX + 1)


@pytest.mark.model
@needs_fork
def test_an_analysis_shared_with_a_child_finds_exactly_what_one_process_finds(
        fixtures: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The chunks each process takes are merged back in document order, seams and tables included."""
    import redactor.analysis as analysis
    from redactor.load import load

    document = load(fixtures / "sample_draft.pdf")
    alone = analysis.Analyzer(processes=1).analyze(document)
    monkeypatch.setattr(analysis, "FORK_CHARS", 0)
    monkeypatch.setattr(analysis, "BATCH", 1)
    monkeypatch.setattr(analysis, "can_fork", lambda: True)
    children: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        pid = real_fork()
        if pid:
            children.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counting_fork)
    shared = analysis.Analyzer(processes=2).analyze(document)
    assert children, "no child was forked"
    assert shared == alone
    assert alone


@pytest.mark.parametrize("fork", [False, pytest.param(True, marks=needs_fork)])
def test_staged_values_come_back_one_after_the_other(fork: bool) -> None:
    """The first value comes back as soon as it is made; the second, made from it, follows."""
    import time

    staged = Staged(lambda: _pid_and(21), lambda first: (time.sleep(0.3), first[1] + 1)[1], fork=fork)
    started = time.perf_counter()
    pid, value = staged.first()
    if fork:
        assert time.perf_counter() - started < 0.25  # (not after the second value's work)
    assert value == 42 and (pid != os.getpid()) is fork
    assert staged.second() == 43


@pytest.mark.parametrize("fork", [False, pytest.param(True, marks=needs_fork)])
def test_a_staged_error_is_raised_where_its_value_is_asked_for(fork: bool) -> None:
    def broken(first: int) -> int:
        raise ValueError("no second")

    staged = Staged(lambda: 1, broken, fork=fork)
    assert staged.first() == 1
    with pytest.raises(ValueError, match="no second"):
        staged.second()


@needs_fork
def test_a_staged_child_stopped_before_its_second_value_is_gone() -> None:
    import time

    staged = Staged(lambda: 1, lambda first: time.sleep(60), fork=True)
    assert staged.first() == 1
    pid = staged._pid
    staged.stop()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


@needs_fork
def test_a_staged_child_makes_its_second_value_while_its_large_first_waits_to_be_read() -> None:
    """A first value larger than a pipe holds does not keep the child from making the second meanwhile."""
    import time

    staged = Staged(lambda: "x" * 500_000, lambda first: (time.sleep(0.4), len(first))[1], fork=True)
    time.sleep(0.8)  # (the caller busy with other work)
    assert len(staged.first()) == 500_000
    started = time.perf_counter()
    assert staged.second() == 500_000
    assert time.perf_counter() - started < 0.2  # made while the first waited


@needs_fork
def test_a_staged_childs_second_value_asked_for_after_it_was_stopped_is_an_error() -> None:
    import time

    staged = Staged(lambda: 1, lambda first: (time.sleep(0.5), 2)[1], fork=True)
    assert staged.first() == 1  # (the second not made yet)
    staged.stop()
    with pytest.raises(WorkerError, match="already been stopped"):
        staged.second()
