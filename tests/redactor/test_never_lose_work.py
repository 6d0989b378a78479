"""Never lose work: the draft is only read, outputs appear all together or not at all, nothing is overwritten."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from redactor import atomic, pipeline
from redactor import case as case_module
from redactor.atomic import atomic_write_bytes, publish
from redactor.cli import main
from redactor.errors import Cancelled, LeakError, OutputError, RedactorError
from redactor.load import sha256_file
from redactor.pipeline import analyse, export
from redactor.progress import Progress
from tests.redactor.builders import StubAnalyzer, make_docx, make_pdf, register

FORMATS = ["pdf", "docx", "txt"]


def _draft(tmp: Path, fmt: str) -> Path:
    folder = tmp / "drafts"
    folder.mkdir(exist_ok=True)
    if fmt == "pdf":
        return make_pdf(folder / "draft.pdf", ["The review concerns Chloe Hartley.", "Westbridge, 2021."])
    if fmt == "docx":
        return make_docx(folder / "draft.docx")
    path = folder / "draft.txt"
    path.write_text("The review concerns Chloe Hartley.\nWestbridge, 2021.\n", encoding="utf-8")
    return path


def _state(path: Path) -> tuple[str, int, int, int]:
    st = path.stat()
    return sha256_file(path), st.st_mtime_ns, st.st_ino, st.st_mode


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stub NLP; Word drafts typeset without LibreOffice (these tests are about files, not layout)."""
    monkeypatch.setattr(pipeline, "Analyzer", lambda: StubAnalyzer([]))
    monkeypatch.setattr(case_module, "Analyzer", lambda: StubAnalyzer([]))
    monkeypatch.setattr(pipeline, "soffice", lambda: None)


def _fail_render(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> object:
        raise OutputError("disk full (simulated)")
    for name in ("render_pdf", "render_docx", "text_to_pdf"):
        monkeypatch.setattr(pipeline, name, boom)


def _leak(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.verify_outputs

    def leaky(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        result.leaks.append(pipeline.Leak("out.pdf page 1", "Chloe", "Chloe Hartley", "[Chloe] (simulated)"))
        return result
    monkeypatch.setattr(pipeline, "verify_outputs", leaky)


def _fail_last_rename(monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.link

    def link(src: str | Path, dst: str | Path, *args: object, **kwargs: object) -> None:
        if str(dst).endswith(".pdf"):  # the PDF goes last: the audit logs were already published
            raise PermissionError(13, "Permission denied (simulated)")
        real(src, dst)
    monkeypatch.setattr(atomic.os, "link", link)


FAILURES: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "render fails": _fail_render, "leak found": _leak, "last rename fails": _fail_last_rename}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("failure", list(FAILURES))
def test_failed_export_leaves_nothing_and_draft_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str,
                                                          failure: str) -> None:
    draft = _draft(tmp_path, fmt)
    before = _state(draft)
    reg_path, _ = register(tmp_path)
    analysis = analyse(draft, reg_path)
    FAILURES[failure](monkeypatch)
    out_dir = tmp_path / "out"
    with pytest.raises((OutputError, LeakError)):
        export(analysis, out_dir / "redacted.pdf", accept=True)
    assert sorted(p.name for p in out_dir.iterdir()) == []  # no output, no audit log, no temporary file
    assert _state(draft) == before
    assert sorted(p.name for p in draft.parent.iterdir()) == [draft.name]


def test_cancelled_export_leaves_nothing(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "pdf")
    analysis = analyse(draft, register(tmp_path)[0])

    def cancel(p: Progress) -> None:
        raise Cancelled("export cancelled")
    out = tmp_path / "out" / "redacted.pdf"
    with pytest.raises(Cancelled):
        export(analysis, out, accept=True, progress=cancel)
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_successful_export_publishes_every_file_once(tmp_path: Path, fmt: str) -> None:
    draft = _draft(tmp_path, fmt)
    before = _state(draft)
    result = export(analyse(draft, register(tmp_path)[0]), tmp_path / "out" / "redacted.pdf", accept=True)
    expected = {"redacted.pdf", "redacted.audit.json", "redacted.audit.csv"} | (
        {f"redacted.{fmt}"} if fmt != "pdf" else set())
    assert {p.name for p in (tmp_path / "out").iterdir()} == expected
    assert {p.name for p in [*result.outputs, result.audit_json, result.audit_csv]} == expected
    assert _state(draft) == before


def test_existing_outputs_are_kept_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _draft(tmp_path, "txt")
    reg_path, _ = register(tmp_path)
    out = tmp_path / "redacted.pdf"
    args = ["redact", str(draft), "--register", str(reg_path), "--accept-all", "-o", str(out)]
    assert main(args) == 0
    capsys.readouterr()
    twin = out.with_suffix(".txt")
    twin.write_text("the reviewer's own edits\n", encoding="utf-8")
    kept = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("redacted")}
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "already exist" in err and "--force" in err and str(out) in err
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("redacted")} == kept
    assert main([*args, "--force"]) == 0
    assert "Child Q" in twin.read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*redactor-tmp*"))


def test_existing_outputs_are_refused_before_the_draft_is_analysed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    draft = _draft(tmp_path, "txt")
    out = tmp_path / "redacted.pdf"
    out.with_suffix(".audit.json").write_text("{}", encoding="utf-8")

    def no_analysis(*args: object, **kwargs: object) -> None:
        raise AssertionError("analysed before refusing the existing output")

    monkeypatch.setattr("redactor.case.Case.analyse", no_analysis)
    assert main(["redact", str(draft), "--accept-all", "-o", str(out)]) == 2
    assert "redacted.audit.json already exists" in capsys.readouterr().err


def test_an_existing_audit_log_alone_also_blocks(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "pdf")
    analysis = analyse(draft, register(tmp_path)[0])
    (tmp_path / "redacted.audit.csv").write_text("old log\n", encoding="utf-8")
    with pytest.raises(OutputError, match=r"redacted\.audit\.csv already exists"):
        export(analysis, tmp_path / "redacted.pdf", accept=True)
    assert not (tmp_path / "redacted.pdf").exists()


def test_output_never_replaces_the_draft_even_when_forced(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "docx")  # drafts/draft.docx: -o drafts/draft.pdf would write drafts/draft.docx
    before = _state(draft)
    analysis = analyse(draft, register(tmp_path)[0])
    with pytest.raises(OutputError, match="would overwrite the draft"):
        export(analysis, draft.with_suffix(".pdf"), accept=True, overwrite=True)
    with pytest.raises(OutputError, match="would overwrite the draft"):
        export(analysis, tmp_path / "x.pdf", draft, accept=True, overwrite=True)  # --audit naming the draft
    assert _state(draft) == before


def test_forced_export_that_fails_restores_the_files_it_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                  ) -> None:
    draft = _draft(tmp_path, "pdf")
    analysis = analyse(draft, register(tmp_path)[0])
    out = tmp_path / "redacted.pdf"
    export(analysis, out, accept=True)
    old = {p.name: p.read_bytes() for p in tmp_path.glob("redacted*")}
    monkeypatch.setattr(atomic, "_rename_new", _failing_on_pdf(atomic._rename_new))
    with pytest.raises(OutputError):
        export(analysis, out, accept=True, overwrite=True)
    assert {p.name: p.read_bytes() for p in tmp_path.glob("redacted*")} == old
    assert not list(tmp_path.glob("*redactor-tmp*"))


def _failing_on_pdf(real: Callable[[Path, Path], None]) -> Callable[[Path, Path], None]:
    def rename(tmp: Path, final: Path) -> None:
        if final.suffix == ".pdf":
            raise OutputError(f"{final}: cannot be written (simulated)")
        real(tmp, final)
    return rename


def test_publish_syncs_every_file_and_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}") if os.path.exists("/proc/self/fd") else str(fd))
        real(fd)
    monkeypatch.setattr(atomic.os, "fsync", fsync)
    a, b = tmp_path / ".a.tmp", tmp_path / ".b.tmp"
    a.write_bytes(b"a")
    b.write_bytes(b"b")
    publish([(a, tmp_path / "a.json"), (b, tmp_path / "b.pdf")], overwrite=False)
    assert (tmp_path / "a.json").read_bytes() == b"a" and not a.exists() and not b.exists()
    if os.path.exists("/proc/self/fd"):
        assert synced[:2] == [str(a), str(b)] and synced[-1] == str(tmp_path)
    atomic_write_bytes(tmp_path / "c.txt", b"c")
    assert (tmp_path / "c.txt").read_bytes() == b"c"


def test_publish_never_replaces_a_file_created_meanwhile(tmp_path: Path) -> None:
    tmp = tmp_path / ".x.tmp"
    tmp.write_bytes(b"new")
    (tmp_path / "x.pdf").write_bytes(b"someone else's")
    with pytest.raises(RedactorError, match="created while exporting"):
        publish([(tmp, tmp_path / "x.pdf")], overwrite=False)
    assert (tmp_path / "x.pdf").read_bytes() == b"someone else's"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_broken_export_never_changes_the_draft_via_the_cli(tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    draft = _draft(tmp_path, fmt)
    before = _state(draft)
    _leak(monkeypatch)
    out = tmp_path / "out.pdf"
    assert main(["redact", str(draft), "--register", str(register(tmp_path)[0]), "--accept-all", "-o", str(out)]) == 1
    assert "verification FAILED" in capsys.readouterr().err
    assert _state(draft) == before and not out.exists()
