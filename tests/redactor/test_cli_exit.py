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


def test_a_command_that_stops_before_it_reads_the_early_loaded_draft_says_only_why(tmp_path: Path) -> None:
    """The output already exists: the command refuses before it takes the draft its early-load child read. The child,
    whose draft is larger than a pipe holds, goes without a word of its own."""
    draft = tmp_path / "draft.txt"
    draft.write_text("Ada Quill lived in Bath with her mother. The school was told.\n" * 3000, encoding="utf-8")
    (tmp_path / "out.pdf").write_bytes(b"%PDF-1.4\n")
    done = subprocess.run([sys.executable, "-m", "redactor", "redact", str(draft), "-o", str(tmp_path / "out.pdf")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "already exists" in done.stderr
    assert "Traceback" not in done.stderr and "Exception in thread" not in done.stderr, done.stderr
