"""Verification re-reads outputs, masks exactly what the export wrote, and finds what should be gone."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest
from docx import Document as DocxDocument

import redactor.pipeline as pipeline
from redactor.align import PLAIN, REPLACED, UNEXPECTED
from redactor.cli import main
from redactor.errors import LeakError
from redactor.pdf_fit import Placed
from redactor.register import Register
from redactor.render_text import text_to_pdf
from redactor.verify import Checker, Leak, Place, Verification, output_texts, read, verify_outputs
from redactor.verify_cli import verify_against_register
from redactor.written import Drawn, Expected, Written, apply_replacements
from tests.redactor.builders import analysis_from_register, make_pdf, register

# Pseudonyms that contain replaced forms: "4" (an identifier), "Force" (a surname), "Hartley".
TRICKY = {
    "entities": [
        {"name": "Chloe Hartley", "type": "PERSON", "pseudonym": "Child Q", "variants": ["Chloe"]},
        {"name": "Westbridge Constabulary", "type": "ORGANISATION", "pseudonym": "Police Force 4"},
        {"name": "Harriet Force", "type": "PERSON", "pseudonym": "Child Hartley-like"},
        {"name": "4", "type": "IDENTIFIER", "pseudonym": "[redacted]"},
    ],
    "keep": ["Westbridge"],
}
LINES = ["Westbridge Constabulary's officer met Chloe Hartley in Room 4.",
         "The Westbridge Constabulary report on Harriet Force was filed.",
         "Miss Force and Chloe spoke about Westbridge; see note 4."]
EXPECTED_TEXT = ["Police Force 4's officer met Child Q in Room [redacted].",
                 "The Police Force 4 report on Child Hartley-like was filed.",
                 "Child Hartley-like and Child Q spoke about Westbridge; see note [redacted]."]


def _draft(tmp_path: Path, fmt: str) -> Path:
    if fmt == "pdf":
        return make_pdf(tmp_path / "draft.pdf", LINES, with_containers=False, pages=2)
    if fmt == "txt":
        path = tmp_path / "draft.txt"
        path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
        return path
    d = DocxDocument()
    d.sections[0].header.paragraphs[0].text = "Westbridge Constabulary – review of Chloe Hartley"
    for line in LINES * 30:  # several pages, so the header repeats
        d.add_paragraph(line)
    d.core_properties.title = "Chloe Hartley and Westbridge Constabulary"
    path = tmp_path / "draft.docx"
    d.save(str(path))
    return path


def _export(tmp_path: Path, fmt: str) -> pipeline.ExportResult:
    reg = Register.from_dict(TRICKY)
    analysis = analysis_from_register(_draft(tmp_path, fmt), reg)
    return pipeline.export(analysis, tmp_path / "out" / "out.pdf", accept=True)


def _no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "soffice", lambda: None)


@pytest.mark.parametrize("fmt", ["pdf", "txt", "docx"])
def test_pseudonyms_holding_replaced_forms_never_fail(tmp_path: Path, fmt: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    if fmt == "docx":
        _no_libreoffice(monkeypatch)
    done = _export(tmp_path, fmt)
    text = "\n".join(t for path in done.outputs for _, t in output_texts(path))
    assert "Police Force 4" in text and "Child Hartley-like" in text
    assert "Chloe" not in text and "Harriet" not in text
    assert done.verification.startswith("verified: none of the ")
    assert all(p.name in done.verification for p in done.outputs) and "redactor-tmp" not in done.verification


@pytest.mark.libreoffice
def test_pseudonyms_holding_replaced_forms_never_fail_through_libreoffice(tmp_path: Path) -> None:
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    done = _export(tmp_path, "docx")
    with pymupdf.open(done.outputs[0]) as doc:
        assert doc.page_count > 1
        assert all("Police Force 4" in page.get_text() for page in doc)  # the running header


def _plant_pdf(text: str, where: tuple[float, float] = (72, 300)) -> Callable[[Path], None]:
    def plant(path: Path) -> None:
        with pymupdf.open(path) as doc:
            doc[0].insert_text(where, text, fontsize=6)
            data = doc.tobytes()
        path.write_bytes(data)
    return plant


def _plant_txt(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\nRoom 4 again.\n", encoding="utf-8")


def _plant_docx(path: Path) -> None:
    d = DocxDocument(str(path))
    d.paragraphs[3].runs[0].text += " Room 4 again."
    d.save(str(path))


@pytest.mark.parametrize("fmt, suffix, plant, found", [
    ("pdf", ".pdf", _plant_pdf("Room 4 again"), "'4'"),
    ("pdf", ".pdf", _plant_pdf("Call 943 476 5919"), "UK_NHS"),
    ("txt", ".txt", _plant_txt, "'4'"),
    ("txt", ".pdf", _plant_pdf("Miss Force said"), "'Force'"),
    ("docx", ".docx", _plant_docx, "'4'"),
    ("docx", ".pdf", _plant_pdf("Hartley"), "'Hartley'"),
])
def test_a_planted_survivor_still_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, suffix: str,
                                        plant: Callable[[Path], None], found: str) -> None:
    _no_libreoffice(monkeypatch)
    real = pipeline.verify_outputs

    def planting(expected: list[Expected], checker: Checker, entities: int) -> Verification:
        for e in expected:
            if e.path.suffix == suffix:
                plant(e.path)
        return real(expected, checker, entities)

    monkeypatch.setattr(pipeline, "verify_outputs", planting)
    with pytest.raises(LeakError) as err:
        _export(tmp_path, fmt)
    assert found in str(err.value)
    assert not (tmp_path / "out" / "out.pdf").exists()


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_form_made_of_neighbouring_table_cells_is_no_leak(tmp_path: Path, fmt: str,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # Row 3's number and its month-precision date read "3 March 2014" side by side: the replaced day
    # date of row 4, yet no one wrote it. Typeset apart, cells read back as cells, as in the draft.
    _no_libreoffice(monkeypatch)
    rows = ["No\tDate\tAgency", "3\tMarch 2014\tthe health visitor", "4\t3 March 2014\tthe school nurse"]
    if fmt == "txt":
        draft = tmp_path / "draft.txt"
        draft.write_text("\n".join(rows) + "\n", encoding="utf-8")
    else:
        d = DocxDocument()
        table = d.add_table(rows=len(rows), cols=3)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row.split("\t")):
                table.cell(r, c).text = cell
        draft = tmp_path / "draft.docx"
        d.save(str(draft))
    reg = Register.from_dict({"entities": [{"name": "3 March 2014", "type": "DATE", "pseudonym": "[date]"}]})
    done = pipeline.export(analysis_from_register(draft, reg), tmp_path / "out" / "out.pdf", accept=True)
    text = "\n".join(t for path in done.outputs for _, t in output_texts(path))
    assert "[date]" in text and "March 2014" in text


def test_a_hospitals_short_form_opening_its_trusts_name_is_replaced_there_too(tmp_path: Path) -> None:
    """ "Royal Quillbury" of "Royal Quillbury Hospital" opens "Royal Quillbury Hospitals NHS Trust": the hospital's
    name is replaced there too (the trust's would name it), and the export is not refused for it."""
    draft = tmp_path / "draft.txt"
    draft.write_text("Westbridge Safeguarding Children Partnership\n\nJayden Price was seen at Royal Quillbury "
                     "Hospital. Royal Quillbury Hospitals NHS Trust reviewed it.\n", encoding="utf-8")
    done = pipeline.export(pipeline.analyse(draft), tmp_path / "out.pdf", accept=True)
    text = "\n".join(t for path in done.outputs for _, t in output_texts(path))
    assert "Hospitals NHS Trust reviewed" in text and "Quillbury" not in text


def test_text_left_under_a_box_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import redactor.render_pdf as render_pdf

    def leave_text(page: pymupdf.Page, placed: list[Placed]) -> None:
        for p in placed:
            page.insert_text((p.rect[0], p.rect[3] - 1), p.text + " 4", fontsize=max(p.size * 0.5, 4))

    monkeypatch.setattr(render_pdf, "draw_replacements", leave_text)
    with pytest.raises(LeakError, match="box does not hold what was written"):
        _export(tmp_path, "pdf")


def _written_txt(tmp_path: Path, text: str) -> tuple[Path, Written]:
    w = Written("Police Force 4 met Child Q.", ((0, 14), (19, 26)))
    path = tmp_path / "out.txt"
    path.write_text(text, encoding="utf-8")
    return path, w


@pytest.mark.parametrize("text, leaks", [
    ("Police Force 4 met Child Q.", []),
    ("Police  Force 4\nmet Child Q.\n", []),  # laid out differently: lined up token by token
    ("Police Force 4 4 met Child Q.", ["4"]),  # one "4" more than was written
    ("4 Police Force 4 met Child Q.", ["4"]),
    ("Police Force 4 met Child Q. Force", ["Force"]),
])
def test_only_what_was_written_is_masked(tmp_path: Path, text: str, leaks: list[str]) -> None:
    path, w = _written_txt(tmp_path, text)
    reading = read(Expected(path, "places", places={"text": w}))
    checker = Checker({"4": "an identifier", "Force": "Harriet Force"}, [])
    assert [leak.form for leak in checker.leaks(reading.places)] == leaks
    assert reading.problems == []


def test_text_that_cannot_be_lined_up_fails(tmp_path: Path) -> None:
    path, w = _written_txt(tmp_path, "Something else entirely was written here.")
    reading = read(Expected(path, "places", places={"text": w}))
    assert [p.entity for p in reading.problems] == ["output does not match what was written"]


def test_a_blank_relaid_pdf_fails(tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    text_to_pdf("", out)
    w = apply_replacements("Chloe met the social worker at home on Tuesday.", [])
    verification = verify_outputs([Expected(out, "relaid", flow=[w])], Checker({"Chloe": "C"}, []), 1)
    assert verification.leaks and "cannot be verified" in verification.leaks[0].context


def test_running_headers_line_up_on_every_page(tmp_path: Path) -> None:
    header = Written("Police Force 4 – confidential", ((0, 14),))
    body = Written(" ".join(["The review concerns Child Q and her family."] * 300), ())
    out = tmp_path / "relaid.pdf"
    doc = pymupdf.open()
    words = body.text.split()
    for p in range(3):
        page = doc.new_page()
        page.insert_text((72, 40), header.text, fontsize=9)
        chunk = words[p * len(words) // 3:(p + 1) * len(words) // 3]
        lines = [" ".join(chunk[i:i + 12]) for i in range(0, len(chunk), 12)]
        page.insert_text((72, 80), "\n".join(lines), fontsize=7)
        page.insert_text((72, 820), f"Page {p + 1} of 3", fontsize=9)  # not written by the export: checked
    doc[2].insert_text((300, 40), "4", fontsize=9)  # a survivor beside the header
    doc.save(out)
    verification = verify_outputs([Expected(out, "relaid", flow=[body], floating=[header])],
                                  Checker({"4": "an identifier"}, []), 1)
    assert [(leak.where, leak.form) for leak in verification.leaks] == [("relaid.pdf page 3", "4")]


def test_keep_phrases_stand_only_where_written(tmp_path: Path) -> None:
    checker = Checker({"Hartley": "Chloe Hartley"}, ["Hartley House"])
    written = bytearray([PLAIN]) * 13
    assert checker.leaks([Place("p", "Hartley House", written)]) == []
    unexpected = bytearray([UNEXPECTED]) * 13
    assert [leak.form for leak in checker.leaks([Place("p", "Hartley House", unexpected)])] == ["Hartley"]
    labels = Checker({"G's": "a guess"}, ["Child G"])  # a keep phrase stands with its possessive
    assert labels.leaks([Place("p", "Child G's mother", bytearray([PLAIN]) * 16)]) == []


def test_reviewer_kept_identifiers_are_not_leaks() -> None:
    text = "Helpline 01632 960 000 or 01632 960 123"
    place = Place("p", text, bytearray([UNEXPECTED]) * len(text))
    found = Checker({}, [], kept_values=["01632 960000"]).leaks([place])
    assert [leak.form for leak in found] == ["01632 960 123"]


def test_identifiers_in_keep_phrases_or_replacements_are_not_leaks() -> None:
    text = "Westbridge Helpline 01632 960 000; call 01632 960 123"
    states = bytearray([PLAIN]) * len(text)
    states[-3:] = bytes([REPLACED]) * 3  # a replacement that happens to end in digits
    found = Checker({}, ["Westbridge Helpline 01632 960 000"], rescan="all").leaks([Place("p", text, states)])
    assert found == []


def test_identifiers_are_looked_for_in_text_not_written() -> None:
    text = "Call 01632 960 123 or 01632 960 456"  # the first as written (and analysed), the second not
    states = bytearray([PLAIN]) * 18 + bytearray([UNEXPECTED]) * (len(text) - 18)
    found = Checker({}, []).leaks([Place("p", text, states)])
    assert [leak.form for leak in found] == ["01632 960 456"]
    assert len(Checker({}, [], rescan="all").leaks([Place("p", text, states)])) == 2


def test_hyphenated_across_lines_is_found() -> None:
    text = "visited Kerry-\nAnn and Hart-\nley at home"
    place = Place("p", text, bytearray([PLAIN]) * len(text))
    found = Checker({"Kerry-Ann": "Kerry-Ann Jones", "Hartley": "Chloe Hartley"}, []).leaks([place])
    assert {leak.form for leak in found} == {"Kerry-Ann", "Hartley"}


def test_box_states_mask_exactly_the_box(tmp_path: Path) -> None:
    out = tmp_path / "boxes.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Police Force 4 met room 4", fontsize=11)
    doc.save(out)
    width = pymupdf.get_text_length("Police Force 4", fontsize=11)
    drawn = [Drawn(0, (72, 60, 72 + width, 76), "Police Force 4")]
    flow = [Written(" met room 4")]  # the draft's text around the box
    reading = read(Expected(out, "boxes", drawn=drawn, flow=flow))
    states = reading.places[0].states
    assert states[:14] == bytes([REPLACED]) * 14 and REPLACED not in states[14:]
    assert [leak.form for leak in Checker({"4": "x"}, []).leaks(reading.places)] == ["4"]


def test_every_place_of_a_docx_is_read(tmp_path: Path) -> None:
    path = tmp_path / "d.docx"
    d = DocxDocument()
    d.add_paragraph("Hello")
    d.save(str(path))
    assert [t for _, t in output_texts(path)][:1] == ["Hello"]


def test_statement_says_exactly_what_was_verified(tmp_path: Path) -> None:
    v = Verification([], ["out.pdf", "out.txt"], 12, 3)
    assert v.statement() == ("verified: none of the 12 replaced forms of 3 replaced entities, and no structured "
                             "identifier the recognisers know, remains in out.pdf, out.txt; text the engine did "
                             "not find cannot be verified")


def test_audit_log_records_what_was_verified(tmp_path: Path) -> None:
    import json

    done = _export(tmp_path, "txt")
    audit = json.loads(done.audit_json.read_text(encoding="utf-8"))
    assert audit["verification"] == done.verification
    assert "text the engine did not find cannot be verified" in audit["verification"]


def test_embedded_files_are_checked(tmp_path: Path) -> None:
    out = make_pdf(tmp_path / "e.pdf", ["Child Q lives in Westbridge."], with_containers=False)
    with pymupdf.open(out) as doc:
        doc.embfile_add("n", b"notes on Chloe", filename="n.txt")
        doc.save(tmp_path / "planted.pdf")
    reading = read(Expected(tmp_path / "planted.pdf", "boxes"))
    assert [leak.where for leak in Checker({"Chloe": "C"}, []).leaks(reading.places)] == \
        ["planted.pdf embedded file 1"]


# -- stand-alone verification against a register ----------------------------------------------
def _clean_pdf(path: Path, lines: list[str]) -> Path:
    return make_pdf(path, lines, with_containers=False)


def test_clean_output_passes(tmp_path: Path) -> None:
    reg_path, _ = register(tmp_path)
    out = _clean_pdf(tmp_path / "out.pdf", ["Child Q lives in Westbridge."])
    assert verify_against_register(out, reg_path) == []


def test_register_pseudonyms_mask_every_occurrence(tmp_path: Path) -> None:
    reg_path = tmp_path / "r.yaml"
    Register.from_dict(TRICKY).save(reg_path)
    out = _clean_pdf(tmp_path / "out.pdf", ["The Police Force 4's report on Child Hartley-like.", "Room 4."])
    assert [leak.form for leak in verify_against_register(out, reg_path)] == ["4"]


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


def test_docx_output_checked_against_register(tmp_path: Path) -> None:
    reg_path, _ = register(tmp_path)
    path = tmp_path / "out.docx"
    d = DocxDocument()
    d.add_paragraph("Child Q and Chloe.")
    d.save(str(path))
    with zipfile.ZipFile(path) as zf:
        assert "word/document.xml" in zf.namelist()
    assert [leak.form for leak in verify_against_register(path, reg_path)] == ["Chloe"]


def test_cli_verify_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reg_path, _ = register(tmp_path)
    good = _clean_pdf(tmp_path / "good.pdf", ["Child Q lives in Westbridge."])
    bad = _clean_pdf(tmp_path / "bad.pdf", ["Chloe Hartley lives in Westbridge."])
    assert main(["verify", str(good), "--register", str(reg_path)]) == 0
    assert "names not in the register cannot be verified" in capsys.readouterr().out
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


def test_occurrences_the_reviewer_kept_are_masked_where_kept(tmp_path: Path) -> None:
    text = "Chloe was kept here; Child Q elsewhere."
    w = apply_replacements("Chloe was kept here; Chloe elsewhere.", [_Rep(21, 26, "Child Q")], [(0, 5)])
    assert w.text == text and w.kept == ((0, 5),) and w.spans == ((21, 28),)
    path = tmp_path / "out.txt"
    for output, leaks in ((text, []), (text + " Chloe again.", ["Chloe"])):
        path.write_text(output, encoding="utf-8")
        reading = read(Expected(path, "places", places={"text": w}))
        assert [leak.form for leak in Checker({"Chloe": "Chloe Hartley"}, []).leaks(reading.places)] == leaks


def test_kept_spans_move_with_the_replacements_before_them() -> None:
    w = apply_replacements("Chloe Hartley met Chloe", [_Rep(0, 13, "Child Q")], [(18, 23)])
    assert w.text[w.kept[0][0]:w.kept[0][1]] == "Chloe"
    dropped = apply_replacements("Chloe Hartley met Chloe", [_Rep(0, 13, "Child Q")], [(18, 23)], drop=True)
    assert dropped.text == " met Chloe" and dropped.spans == () and dropped.kept == ((5, 10),)


def test_a_leak_knows_its_page() -> None:
    assert Leak("out.pdf page 2", "Chloe", "Chloe Hartley", "").page == 2
    assert Leak("out.docx header", "Chloe", "Chloe Hartley", "").page is None


@dataclass(frozen=True)
class _Rep:
    start: int
    end: int
    replacement: str



@pytest.mark.parametrize("window", [7, 30, 50, 1_000_000])
@pytest.mark.parametrize("split_chars", [1, 10**9], ids=["two processes", "one process"])
def test_a_long_text_is_checked_in_stretches_without_missing_or_repeating_a_form(
        monkeypatch: pytest.MonkeyPatch, window: int, split_chars: int) -> None:
    """Forms and keep phrases across a stretch boundary are seen whole, and each leak is reported once,
    whether the stretches are checked here or shared with a forked child."""
    import redactor.verify as verify

    monkeypatch.setattr(verify, "_WINDOW", window)
    monkeypatch.setattr(verify, "SPLIT_CHARS", split_chars)
    monkeypatch.setattr(verify, "can_fork", lambda: split_chars == 1)  # pytest-qt's Qt would rule forking out
    monkeypatch.setattr(verify, "_WINDOW_OVERLAP", 40)
    filler = "the panel met again. " * 6
    text = f"{filler}Chloe Hartley was seen. {filler}at Hartley House then. {filler}Chloe Hart- ley left. {filler}"
    place = Place("out.pdf", text, bytearray([PLAIN]) * len(text), [(0, "out.pdf page 1"), (200, "out.pdf page 2")])
    found = Checker({"Chloe Hartley": "Chloe Hartley", "Hartley": "Chloe Hartley"}, ["Hartley House"]).leaks([place])
    assert sorted((leak.form, leak.where) for leak in found) == [
        ("Chloe Hartley", "out.pdf page 1"), ("Chloe Hartley", "out.pdf page 2"), ("Hartley", "out.pdf page 1"),
        ("Hartley", "out.pdf page 2")]


def test_a_broken_pipe_inside_the_engine_is_a_failure_not_success(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Only a reader of our output going away (``| head``) ends quietly; a pipe to a worker process breaking
    mid-export is an error, never exit 0 with nothing written."""
    import redactor.cli as cli

    def broken(_args: object) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli, "cmd_redact", broken)
    draft = tmp_path / "draft.txt"
    draft.write_text("Chloe Hartley lives in Westbridge.", encoding="utf-8")
    code = cli.main(["redact", str(draft), "--accept-all", "-o", str(tmp_path / "out.pdf")])
    assert code == cli.EXIT_USAGE
    assert "Broken pipe" in capsys.readouterr().err


def test_a_name_that_is_a_month_is_no_leak_as_a_dates_month() -> None:
    """The form 'May' (of 'Tom May') left as the month of '16th May 2015' or 'May 2016' is no leak; alone it is."""
    checker = Checker({"May": "Tom May", "Tom May": "Tom May"}, [])
    text = "The panel met on 16th May 2015 and again in May 2016. May said so."
    place = Place("out.txt", text, bytearray([PLAIN]) * len(text))
    assert [(leak.form, leak.context) for leak in checker.leaks([place])] == [
        ("May", "y 2015 and again in May 2016. [May] said so.")]
