"""``redactor redact --case``: re-export headlessly with the decisions a case holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pymupdf
import pytest

from redactor.case import Case
from redactor.cli import main
from redactor.verify_cli import verify_against_register
from tests.redactor.builders import StubAnalyzer, make_pdf_pages, register

PAGES = [["Chloe Hartley lived with Jack Smith in Oldham.", "Jack Smith was her uncle."],
         ["Rachel Reviewer met Chloe in 2019."]]
FOUND = [("Jack Smith", "PERSON", 0.85), ("Oldham", "LOCATION", 0.6)]


@pytest.fixture()
def decided(tmp_path: Path) -> tuple[Case, Path, Path]:
    """A case whose one draft was analysed (cached) and partly decided, as the app leaves it."""
    reg_path, _ = register(tmp_path)
    draft = make_pdf_pages(tmp_path / "draft.pdf", PAGES)
    case = Case.create(tmp_path / "case", register_path=reg_path, reviewer="Ann Author",
                       analyzer=StubAnalyzer(FOUND))
    a = case.analyse(draft)
    jack = next(e for e in a.entities if e.name == "Jack Smith")
    case.decide(a, jack.id, "replace", "Adult B")
    case.close()
    return case, draft, reg_path


def test_redact_case_exports_with_the_case_decisions(decided: tuple[Case, Path, Path],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    case, _, reg_path = decided
    assert main(["redact", "--case", str(case.folder), "--reviewer", "Bob Adviser"]) == 2
    assert "unreviewed" in capsys.readouterr().err
    assert main(["redact", "--case", str(case.folder), "--accept-all", "--reviewer", "Bob Adviser"]) == 0
    out = case.folder / "exports" / "draft-redacted.pdf"
    assert str(out) in capsys.readouterr().out
    with pymupdf.open(out) as doc:
        text = doc[0].get_text()
    assert "Adult B" in text and "Jack" not in text and "Child Q" in text
    assert verify_against_register(out, reg_path) == []
    history = Case.open(case.folder).history()
    assert [(e.op, e.reviewer) for e in history[-3:]] == [("export_refused", "Bob Adviser"),
                                                          ("accept_all", "Bob Adviser"),
                                                          ("export", "Bob Adviser")]


def test_redact_case_chooses_among_several_drafts(decided: tuple[Case, Path, Path], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    case, _, _ = decided
    other = make_pdf_pages(tmp_path / "response.pdf", [["The board response about Jack Smith."]])
    again = Case.open(case.folder, analyzer=StubAnalyzer(FOUND))
    again.analyse(other)
    again.close()
    assert main(["redact", "--case", str(case.folder), "--accept-all"]) == 2
    assert "choose one with --draft" in capsys.readouterr().err
    out = tmp_path / "response-out.pdf"
    assert main(["redact", "--case", str(case.folder), "--draft", str(other), "--accept-all", "-o", str(out)]) == 0
    with pymupdf.open(out) as doc:
        assert "Adult B" in doc[0].get_text()
    assert main(["redact", "--case", str(case.folder), "--draft", "elsewhere.pdf", "-o", str(out)]) == 2
    assert "not a draft of this case" in capsys.readouterr().err


@pytest.mark.parametrize("argv, message", [
    (["redact", "--case", "{case}", "--register", "r.yaml"], "cannot be used with --case"),
    (["redact", "-o", "out.pdf"], "needs a DRAFT"),
    (["redact", "{draft}", "-o", "out.pdf", "--draft", "x.pdf"], "use it with --case"),
    (["redact", "--case", "{missing}"], "no such folder"),
])
def test_redact_case_usage_errors(decided: tuple[Case, Path, Path], tmp_path: Path, argv: list[str], message: str,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    case, draft, _ = decided
    fill = {"case": str(case.folder), "draft": str(draft), "missing": str(tmp_path / "nope")}
    assert main([a.format(**fill) for a in argv]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.model
@pytest.mark.slow
def test_redact_case_end_to_end_with_the_real_engine(tmp_path: Path, fixtures: Path) -> None:
    draft = tmp_path / "sample_draft.pdf"
    shutil.copy(fixtures / "sample_draft.pdf", draft)
    case = Case.create(tmp_path / "case", register_path=fixtures / "sample_register.yaml", reviewer="Ann Author")
    a = case.analyse(draft)
    child = next(e for e in a.entities if e.name == "Aaliyah Okafor")
    case.decide(a, child.id, "replace", "Child K")
    case.redact_text(a, *_selection(a, "serious incident notification"), every_occurrence=True)
    case.close()
    out = tmp_path / "out.pdf"
    assert main(["redact", "--case", str(case.folder), "--accept-all", "-o", str(out)]) == 0
    assert verify_against_register(out, fixtures / "sample_register.yaml") == []
    with pymupdf.open(out) as doc:
        text = "\n".join(p.get_text() for p in doc)
    assert "Child K" in text and "Aaliyah" not in text and "serious incident notification" not in text


def _selection(a: object, word: str) -> tuple[str, int, int]:
    seg = next(s for s in a.document.segments if word in s.text)  # type: ignore[attr-defined]
    start = seg.text.index(word)
    return seg.id, start, start + len(word)
