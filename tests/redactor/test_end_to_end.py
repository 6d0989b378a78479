"""Draft in, verified redacted outputs and audit log out, through the command line (real spaCy model)."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pymupdf
import pytest
from pytest_socket import disable_socket, enable_socket

from redactor.cli import main
from redactor.load import sha256_file
from tests.truth import leaks_and_keeps

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture()
def no_network():
    """Any socket opened during the test raises (pytest-socket)."""
    disable_socket(allow_unix_socket=True)
    yield
    enable_socket()


@pytest.mark.parametrize("draft", ["sample_draft.pdf", "sample_draft.docx", "sample_draft.txt"])
def test_redact_sample_with_register(tmp_path: Path, fixtures: Path, draft: str, no_network: None,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    if draft.endswith(".docx") and not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    src = fixtures / draft
    before = sha256_file(src)
    out = tmp_path / "out.pdf"
    code = main(["redact", str(src), "--register", str(fixtures / "sample_register.yaml"), "--accept-all",
                 "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert sha256_file(src) == before, "the draft was modified"
    outputs = [out, *[out.with_suffix(s) for s in (".docx", ".txt") if out.with_suffix(s).exists()]]
    for path in outputs:
        leaks, lost = leaks_and_keeps(path)
        assert leaks == [], f"{path.name} leaks {leaks}"
        assert lost == [], f"{path.name} lost keep strings {lost}"
    assert not list(tmp_path.glob("*.redactor-tmp*"))
    printed = capsys.readouterr().out
    assert str(out) in printed and "audit log" in printed
    # The same log and reports as a case export, and the adviser's check passes on them.
    log = tmp_path / "out.log.jsonl"
    assert {p.name for p in tmp_path.iterdir()} >= {"out.log.jsonl", "out.report.pdf", "out.report-shareable.pdf",
                                                     "out.audit-shareable.csv"}
    assert main(["check-log", str(log), str(out), "--draft", str(src)]) == 0, capsys.readouterr().out
    assert "INTACT" in capsys.readouterr().out


def test_same_entity_same_pseudonym_in_body_header_and_metadata(tmp_path: Path, fixtures: Path) -> None:
    out = tmp_path / "out.pdf"
    assert main(["redact", str(fixtures / "sample_draft.pdf"), "--register",
                 str(fixtures / "sample_register.yaml"), "--accept-all", "-o", str(out)]) == 0
    with pymupdf.open(out) as doc:
        for page in doc:
            header_line = [w for w in page.get_text("words") if w[3] < 60]  # the running header
            assert [w[4] for w in header_line if w[4] in ("Child", "H")] == ["Child", "H"], page.number
        body = [w[4] for w in doc[1].get_text("words") if w[1] > 80]
        title = doc.metadata["title"]
        toc = [t[1] for t in doc.get_toc()]
    assert "Child H" in title and "Aaliyah" not in title
    assert any("Child H" in t for t in toc)
    assert "Child" in body and "Aaliyah" not in body


def test_audit_log_is_complete(tmp_path: Path, fixtures: Path) -> None:
    out = tmp_path / "out.pdf"
    audit = tmp_path / "log.json"
    assert main(["redact", str(fixtures / "sample_draft.pdf"), "--register",
                 str(fixtures / "sample_register.yaml"), "--accept-all", "-o", str(out),
                 "--audit", str(audit)]) == 0
    log = json.loads(audit.read_text(encoding="utf-8"))
    assert log["input"]["sha256"] == sha256_file(fixtures / "sample_draft.pdf")
    assert log["outputs"][0]["sha256"] == sha256_file(out)
    assert {"redactor", "presidio-analyzer", "spacy", "model", "pymupdf"} <= set(log["versions"])
    rows = log["redactions"]
    assert rows and log["summary"]["redactions"] == len(rows)
    page_rows = [r for r in rows if re.fullmatch(r"page \d+", r["location"])]
    assert page_rows and all(r["page"] and r["rectangles"] and r["action"] == "replaced" for r in page_rows)
    notes = [r for r in rows if "annotation" in r["location"]]
    assert notes and all(r["action"] == "removed" for r in notes)
    assert {r["decision_source"] for r in rows} >= {"register", "accepted_suggestion"}
    nhs = [r for r in rows if r["detected_as"] == "UK_NHS"]
    assert nhs and all(r["replacement"] == "[redacted]" and r["score"] > 0.5 for r in nhs)
    with audit.with_suffix(".csv").open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == len(rows)


def test_refuses_unreviewed_findings(tmp_path: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    code = main(["redact", str(fixtures / "sample_draft.txt"), "--register",
                 str(fixtures / "sample_register.yaml"), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert "unreviewed" in err and "--accept-all" in err and "Traceback" not in err
    assert not out.exists()


def test_leak_fails_export_and_publishes_nothing(tmp_path: Path, fixtures: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import redactor.render_pdf as render_pdf

    def skip_page_redaction(page, boxes, reps, text=None, **options):  # type: ignore[no-untyped-def]
        return render_pdf.PageRecord([], [], [])

    monkeypatch.setattr(render_pdf, "redact_page", skip_page_redaction)
    out = tmp_path / "out.pdf"
    code = main(["redact", str(fixtures / "sample_draft.pdf"), "--register",
                 str(fixtures / "sample_register.yaml"), "--accept-all", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "verification FAILED" in err and "Aaliyah" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, message", [
    (["redact", "fixtures/encrypted.pdf", "-o", "OUT"], "password-protected"),
    (["redact", "fixtures/encrypted.pdf", "--password", "nope", "-o", "OUT"], "the password is wrong"),
    (["redact", "fixtures/sample_draft.txt", "-o", "OUT", "--register", "nope.yaml"], "no such file"),
    (["redact", "fixtures/sample_draft.txt", "-o", "fixtures/sample_draft.docx"], "must be a .pdf"),
    (["redact", "fixtures/sample_draft.txt", "-o", "fixtures/sample_draft.txt"], "would overwrite the draft"),
    (["analyze", "fixtures/binary.txt"], "binary"),
])
def test_bad_input_exit_2_one_line(tmp_path: Path, args: list[str], message: str,
                                   capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    args = [str(tmp_path / "out.pdf") if a == "OUT" else a for a in args]
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0] and err[0].startswith("redactor: error:")


@pytest.mark.parametrize("draft", ["sample_draft.docx", "sample_draft.txt"])
def test_the_output_may_name_a_word_or_text_drafts_own_copy(tmp_path: Path, fixtures: Path, draft: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """'-o review.docx' for a Word draft writes review.docx and, beside it, review.pdf (likewise .txt)."""
    suffix = Path(draft).suffix
    out = tmp_path / f"review{suffix}"
    assert main(["redact", str(fixtures / draft), "--register", str(fixtures / "sample_register.yaml"),
                 "--accept-all", "-o", str(out)]) == 0, capsys.readouterr().err
    assert out.exists() and out.with_suffix(".pdf").exists() and out.with_suffix(".audit.json").exists()
    assert "Aaliyah" not in out.with_suffix(".txt").read_text(encoding="utf-8") if suffix == ".txt" else True


def test_analyze_writes_json(tmp_path: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "findings.json"
    assert main(["analyze", str(fixtures / "sample_draft.txt"), "--register",
                 str(fixtures / "sample_register.yaml"), "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    child = next(e for e in data["entities"] if e["name"] == "Aaliyah Okafor")
    assert child["replacement"] == "Child H" and child["mentions"]
    nhs = [e for e in data["entities"] if "UK_NHS" in {m["detected_as"] for m in e["mentions"]}]
    assert nhs and all(m["explanation"] for e in nhs for m in e["mentions"])
    assert "Aaliyah Okafor" in capsys.readouterr().out


def test_board_patterns_and_date_policy(tmp_path: Path, fixtures: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("The family's tenancy WHR-004512 ended. They moved to the Fenwick Estate on 4 March 2019.\n"
                     "The panel met on 12 May 2021.\n", encoding="utf-8")
    board = tmp_path / "board.yaml"
    board.write_text((fixtures / "sample_board.yaml").read_text(encoding="utf-8").replace("day: generalise",
                                                                                             "day: redact"))
    out = tmp_path / "out.pdf"
    assert main(["redact", str(draft), "--accept-all", "-o", str(out), "--board", str(board)]) == 0
    text = out.with_suffix(".txt").read_text(encoding="utf-8")
    assert "WHR-004512" not in text and "Fenwick Estate" not in text
    assert "4 March 2019" not in text and "March 2019" not in text  # day dates redacted by this board
    assert "12 May 2021" not in text


def test_old_revisions_do_not_survive(tmp_path: Path, fixtures: Path) -> None:
    """The fixture's first revision still holds everything its incremental update removed."""
    from redactor.verify import pdf_history_clean

    src = fixtures / "sample_draft_incremental.pdf"
    assert src.read_bytes().count(b"%%EOF") > 1
    out = tmp_path / "out.pdf"
    assert main(["redact", str(src), "--register", str(fixtures / "sample_register.yaml"), "--accept-all",
                 "-o", str(out)]) == 0
    assert pdf_history_clean(out)
    leaks, _ = leaks_and_keeps(out)
    assert leaks == []


def test_word_draft_without_libreoffice_still_exports(tmp_path: Path, fixtures: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import redactor.pipeline as pipeline

    monkeypatch.setattr(pipeline, "soffice", lambda: None)
    out = tmp_path / "out.pdf"
    assert main(["redact", str(fixtures / "sample_draft.docx"), "--register", str(fixtures / "sample_register.yaml"),
                 "--accept-all", "-o", str(out)]) == 0
    assert "LibreOffice is not installed" in capsys.readouterr().err
    for path in (out, out.with_suffix(".docx")):
        leaks, _ = leaks_and_keeps(path)
        assert leaks == [], path
