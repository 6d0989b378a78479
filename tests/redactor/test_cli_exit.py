"""The ``redactor`` command ends at once after its work, with its exit status and all its output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize(("args", "code", "out", "err"), [
    (["check-log", "{tmp}/missing.jsonl", "{tmp}/missing.pdf"], 2, "PROBLEM: ", "cannot check: see above"),
    (["redact", "{tmp}/missing.pdf"], 2, "", "redact needs a DRAFT and -o OUT.pdf"),
    (["--version"], 0, "redactor ", ""),
])
def test_exit_status_and_output_survive_the_quick_exit(tmp_path: Path, args: list[str], code: int, out: str,
                                                       err: str) -> None:
    # Piped, so stdout is block-buffered: what is still buffered at the end must reach the reader.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    done = subprocess.run([sys.executable, "-m", "redactor", *(a.format(tmp=tmp_path) for a in args)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == code
    assert out in done.stdout and done.stdout.strip() if out else not done.stdout
    assert err in done.stderr
