"""A redacted output is an ordinary file for whoever may read the PDF; the logs naming the originals are not."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from docx import Document as DocxDocument

from redactor.pipeline import analyse, export
from tests.redactor.builders import StubAnalyzer, register


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture()
def umask_022() -> object:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("suffix", ["txt", "docx"])
def test_the_redacted_twin_is_as_readable_as_the_pdf(tmp_path: Path, suffix: str, umask_022: object) -> None:
    reg_path, _ = register(tmp_path)
    draft = tmp_path / f"draft.{suffix}"
    if suffix == "txt":
        draft.write_text("Chloe Hartley lived in Westbridge.\n", encoding="utf-8")
    else:
        d = DocxDocument()
        d.add_paragraph("Chloe Hartley lived in Westbridge.")
        d.save(str(draft))
    analysis = analyse(draft, reg_path, analyzer=StubAnalyzer([]))  # type: ignore[arg-type]
    out = tmp_path / "out" / "o.pdf"
    export(analysis, out, accept=True)
    assert _mode(out) == 0o644
    assert _mode(out.with_suffix(f".{suffix}")) == 0o644
    assert _mode(out.with_suffix(".audit.json")) == 0o600  # it holds the original names
