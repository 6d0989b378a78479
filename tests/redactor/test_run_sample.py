"""The README's first command, run again on a machine with no display, redacts the sample again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]


def test_the_headless_sample_run_can_be_run_again(tmp_path: Path) -> None:
    """Its outputs are the sample's own: a second run replaces them rather than refusing (exit 2)."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "run-sample.sh", tmp_path / "scripts")
    (tmp_path / "scripts" / "setup.sh").write_text("#!/usr/bin/env bash\nexit 0\n", encoding="utf-8")
    (tmp_path / "scripts" / "setup.sh").chmod(0o755)
    (tmp_path / "fixtures").mkdir()
    for name in ("sample_draft.docx", "sample_register.yaml"):
        shutil.copy(ROOT / "fixtures" / name, tmp_path / "fixtures")
    (tmp_path / ".venv").symlink_to(Path(sys.executable).parents[1])  # the environment running the tests
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    for _ in range(2):
        run = subprocess.run(["bash", str(tmp_path / "scripts" / "run-sample.sh")], env=env, capture_output=True,
                             text=True, timeout=600)
        assert run.returncode == 0, run.stderr[-800:]
        assert (tmp_path / "out" / "sample_redacted.pdf").stat().st_size > 0
