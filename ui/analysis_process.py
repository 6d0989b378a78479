"""The analysis child process: analyse one draft of a case into the case's cache, reporting progress.

spaCy and Presidio hold Python's global lock for long stretches, so analysis runs in its own
process and the window stays responsive. The child imports only the engine (no Qt); it talks to
the app over a pipe: ``("progress", done, total, stage)`` while working, then exactly one of
``("done",)``, ``("cancelled",)`` or ``("failed", message)``. The analysis itself comes back
through the case folder's cache, which the app then reads.
"""

from __future__ import annotations

import os
import time
from multiprocessing.connection import Connection
from pathlib import Path

PROGRESS_INTERVAL_S = 0.05


def run(conn: Connection, folder: str, draft: str, reviewer: str = "", password: str | None = None,
        passphrase: str | None = None) -> None:
    """Analyse ``draft`` of the case in ``folder`` (the target of the child process).

    An encrypted PDF whose ``password`` is missing or wrong ends it with ``("password", wrong)``.
    """
    if hasattr(os, "setpgrp"):
        os.setpgrp()  # its own process group, so the app can end it with the engine's worker processes
    if hasattr(os, "nice"):
        os.nice(10)  # background work: the window (and the reviewer) get the processor first
    cancelled = False
    last = 0.0

    def cancel() -> bool:
        nonlocal cancelled
        while not cancelled and conn.poll():
            cancelled = conn.recv() == "cancel"
        return cancelled

    def progress(p: object) -> None:
        nonlocal last
        now = time.monotonic()
        done, total, stage = getattr(p, "done", 0), getattr(p, "total", 0), getattr(p, "stage", "")
        if now - last >= PROGRESS_INTERVAL_S or done >= total:
            last = now
            conn.send(("progress", int(done), int(total), str(stage)))

    try:
        from redactor.errors import Cancelled, PasswordError, RedactorError
        from redactor.load import load

        try:
            load(Path(draft), password=password)  # a bad file is reported before the NLP engine is even imported
        except PasswordError as exc:
            conn.send(("password", exc.wrong))
            return
        except RedactorError as exc:
            conn.send(("failed", str(exc)))
            return
        conn.send(("progress", 0, 0, "Loading the language model"))
        from redactor.case import Case

        try:
            case = Case.open(Path(folder), reviewer=reviewer, passphrase=passphrase)
            case.analyse(Path(draft), progress=progress, cancel=cancel, password=password)
        except Cancelled:
            conn.send(("cancelled",))
            return
        except RedactorError as exc:
            conn.send(("failed", str(exc)))
            return
        conn.send(("done",))
    except MemoryError:
        conn.send(("failed", "the computer ran out of memory while analysing the draft"))
    except Exception as exc:
        conn.send(("failed", f"an unexpected problem stopped the analysis ({type(exc).__name__}: {exc})"))
    finally:
        conn.close()
