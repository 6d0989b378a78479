"""Verification re-reads outputs and finds what should be gone, wherever it hides."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor.cli import main
from redactor.verify import find_leaks
from redactor.verify_cli import verify_against_register
from tests.redactor.builders import make_pdf, register


def _clean_pdf(path: Path, lines: list[str]) -> Path:
    return make_pdf(path, lines, with_containers=False)


def test_clean_output_passes(tmp_path: Path) -> None:
    reg_path, _ = register(tmp_path)
    out = _clean_pdf(tmp_path / "out.pdf", ["Child Q lives in Westbridge."])
    assert verify_against_register(out, reg_path) == []


@pytest.mark.parametrize("where", ["page", "metadata", "annotation", "bookmark", "xmp", "embedded"])
def test_planted_leak_is_caught(tmp_path: Path, where: str) -> None:
    reg_path, _ = register(tmp_path)
    out = _clean_pdf(tmp_path / "out.pdf", ["Child Q lives in Westbridge."])
    doc = pymupdf.open(out)
    if where == "page":
        doc[0].insert_text((72, 200), "Miss Hartley", fontsize=3, color=(1, 1, 1))  # tiny, white
    elif where == "metadata":
        doc.set_metadata({"author": "Chloe Hartley"})
    elif where == "annotation":
        doc[0].add_text_annot((100, 100), "ask Chloe")
    elif where == "bookmark":
        doc.set_toc([[1, "Chloe's story", 1]])
    elif where == "xmp":
        doc.set_xml_metadata("<x:xmpmeta xmlns:x='adobe:ns:meta/'>Hartley</x:xmpmeta>")
    else:
        doc.embfile_add("n", b"x", filename="Chloe.txt")
    doc.save(tmp_path / "planted.pdf")
    leaks = verify_against_register(tmp_path / "planted.pdf", reg_path)
    assert leaks, f"leak in {where} not found"
    assert any(leak.entity == "Chloe Hartley" for leak in leaks)


def test_planted_identifier_is_caught(tmp_path: Path) -> None:
    reg_path, _ = register(tmp_path)
    out = _clean_pdf(tmp_path / "out.pdf", ["Child Q (NHS 943 476 5919) lives in Westbridge."])
    leaks = verify_against_register(out, reg_path)
    assert [leak.entity for leak in leaks] == ["UK_NHS"]


def test_pseudonyms_and_keep_phrases_are_allowed() -> None:
    texts = [("out", "Hartley House kept; the pseudonym Chloe Q stays")]
    assert find_leaks(texts, {"Hartley": "Chloe Hartley", "Chloe": "Chloe Hartley"},
                      ["Hartley House", "Chloe Q"]) == []
    assert len(find_leaks(texts, {"Hartley": "Chloe Hartley"}, [])) == 1


def test_hyphenated_across_lines_is_found() -> None:
    leaks = find_leaks([("out", "visited Kerry-\nAnn at home")], {"Kerry-Ann": "Kerry-Ann Jones"}, [])
    assert leaks


def test_cli_verify_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reg_path, _ = register(tmp_path)
    good = _clean_pdf(tmp_path / "good.pdf", ["Child Q lives in Westbridge."])
    bad = _clean_pdf(tmp_path / "bad.pdf", ["Chloe Hartley lives in Westbridge."])
    assert main(["verify", str(good), "--register", str(reg_path)]) == 0
    assert main(["verify", str(bad), "--register", str(reg_path)]) == 1
    out = capsys.readouterr().out
    assert "LEAK" in out and "Chloe Hartley" in out
    assert main(["verify", str(tmp_path / "missing.pdf"), "--register", str(reg_path)]) == 2


def test_cli_survives_a_closed_pipe(tmp_path: Path) -> None:
    import subprocess
    import sys

    reg_path, _ = register(tmp_path)
    # Enough leaks that the report overflows the pipe buffer after ``head`` has gone.
    bad = make_pdf(tmp_path / "bad.pdf", ["Chloe Hartley lives in Westbridge."] * 40, with_containers=False, pages=60)
    proc = subprocess.run(f"{sys.executable} -m redactor verify {bad} --register {reg_path} | head -1",
                          shell=True, capture_output=True, text=True, check=False)
    assert "Traceback" not in proc.stderr
    assert proc.stdout.startswith("LEAK")


def test_occurrences_the_reviewer_kept_are_tolerated_up_to_their_number() -> None:
    texts = [("out.pdf page 2", "Chloe was kept here; Child Q elsewhere; Chloe again")]
    forms = {"Chloe": "Chloe Hartley"}
    assert find_leaks(texts, forms, [], {("chloe",): 2}) == []
    more = find_leaks(texts, forms, [], {("chloe",): 1})
    assert len(more) == 2, "one more than the reviewer kept: every occurrence is reported"
    assert more[0].page == 2


def test_a_leak_outside_pages_has_no_page() -> None:
    leaks = find_leaks([("out.docx header", "Chloe")], {"Chloe": "Chloe Hartley"}, [])
    assert leaks[0].page is None
