"""Redacting Word files: pseudonyms inline with formatting kept, every part cleaned."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pymupdf
import pytest
from docx import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from redactor.document import Document
from redactor.docx_package import field_code_text
from redactor.mention import Mention
from redactor.pipeline import analyse, export
from redactor.render_docx import render_docx
from tests.redactor.builders import make_docx, plan_from_register, register


def _redacted(tmp_path: Path, src: Path) -> Path:
    _, reg = register(tmp_path)
    _document, plan = plan_from_register(src, reg)
    out = tmp_path / "out.docx"
    render_docx(plan, src, out)
    return out


def test_name_split_across_runs_is_replaced_with_formatting_kept(tmp_path: Path) -> None:
    out = _redacted(tmp_path, make_docx(tmp_path / "d.docx"))
    d = DocxDocument(str(out))
    para = d.paragraphs[0]
    assert para.text == ("The review concerns Child Q, who lives in Westbridge. "
                         "Child Q's mother, Child Q, attended.")
    bold = [r.text for r in para.runs if r.bold]
    assert bold == ["Child Q"]  # the pseudonym took the first run's (bold) formatting
    assert [r.text for r in para.runs if r.italic] == ["Child Q's"]


def test_header_table_and_properties_cleaned(tmp_path: Path) -> None:
    out = _redacted(tmp_path, make_docx(tmp_path / "d.docx"))
    d = DocxDocument(str(out))
    assert d.sections[0].header.paragraphs[0].text == "DRAFT – Child Q – RESTRICTED"
    assert d.tables[0].rows[0].cells[0].text == "Child Q"
    cp = d.core_properties
    assert cp.title == "Review – Child Q"
    assert (cp.author, cp.subject, cp.keywords, cp.comments, cp.last_modified_by) == ("", "", "", "", "")


def test_every_hiding_place_of_the_sample_is_cleaned(tmp_path: Path, fixtures: Path) -> None:
    from redactor.register import Register

    reg = Register.load(fixtures / "sample_register.yaml")
    _document, plan = plan_from_register(fixtures / "sample_draft.docx", reg)
    out = tmp_path / "out.docx"
    render_docx(plan, fixtures / "sample_draft.docx", out)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        xml = {n: zf.read(n).decode("utf-8", "replace") for n in names if n.endswith((".xml", ".rels"))}
    assert not any(n.startswith("docProps/thumbnail") for n in names)
    everything = "\n".join(xml.values())
    for hidden in ("Aaliyah Okafor", "Grace Okafor", "Rachel Whitfield", "Nasreen Akhtar", "Chinedu Eze",
                   "w:delText", "w:docVar ", "LCS 604218"):
        assert hidden not in everything, hidden
    assert "w:comment " not in xml.get("word/comments.xml", "")


def test_field_codes_are_pseudonymised(tmp_path: Path) -> None:
    src = make_docx(tmp_path / "d.docx")
    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    xml = members["word/document.xml"].decode()
    field = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
             'HYPERLINK "mailto:Chloe Hartley" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    members["word/document.xml"] = xml.replace("<w:sectPr", field + "<w:sectPr", 1).encode()
    with zipfile.ZipFile(src, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    out = _redacted(tmp_path, src)
    with zipfile.ZipFile(out) as zf:
        body = zf.read("word/document.xml").decode()
    assert "Chloe" not in body and 'HYPERLINK "mailto:Child Q"' in body


@pytest.mark.parametrize("instruction, blanked", [
    (" NUMPAGES ", "          "),
    ("PAGE \\* MERGEFORMAT", " " * 19),
    (' HYPERLINK "mailto:chloe@example.org" \\h ', '           "mailto:chloe@example.org"    '),
    (' DATE \\@ "d MMMM yyyy" ', " " * 23),
    ("MERGEFIELD Chloe_Hartley", "           Chloe_Hartley"),
    ("Hartley", "Hartley"),  # not a field type: left to be read
])
def test_field_types_and_switches_are_never_read_as_names(instruction: str, blanked: str) -> None:
    assert field_code_text(instruction) == blanked


def _paged_docx(path: Path, count_field: str, simple: bool = False) -> Path:
    """A several-page Word file whose footer reads "Page {PAGE} of {count_field}" (cached results "1")."""
    d = DocxDocument()
    for i in range(120):
        d.add_paragraph(f"Paragraph {i}: Chloe Hartley was seen at home by the health visitor that week.")
    footer = d.sections[0].footer.paragraphs[0]._p

    def run(xml: str) -> None:
        footer.append(parse_xml(f'<w:r {nsdecls("w")}>{xml}</w:r>'))

    def field(instr: str) -> None:
        if simple:
            footer.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r><w:t>1</w:t></w:r>'
                                    "</w:fldSimple>"))
            return
        run('<w:fldChar w:fldCharType="begin"/>')
        run(f'<w:instrText xml:space="preserve"> {instr} \\* MERGEFORMAT </w:instrText>')
        run('<w:fldChar w:fldCharType="separate"/>')
        run("<w:t>1</w:t>")
        run('<w:fldChar w:fldCharType="end"/>')

    run('<w:t xml:space="preserve">Page </w:t>')
    field("PAGE")
    run('<w:t xml:space="preserve"> of </w:t>')
    field(count_field)
    d.save(str(path))
    return path


class _FieldWordsAsOrganisations:
    """Stands in for NER reading field types as organisations, wherever they occur."""

    def analyze(self, document: Document, progress: object = None, extra: object = (),
                table_findings: object = None) -> list[Mention]:
        out = []
        for seg in document.segments:
            for m in re.finditer(r"\b(?:NUMPAGES|SECTIONPAGES|PAGE|MERGEFORMAT)\b", seg.text):
                out.append(Mention(seg.id, m.start(), m.end(), m.group(), "ORGANIZATION", 0.85, "stub"))
        return out


@pytest.mark.libreoffice
@pytest.mark.parametrize("count_field, simple", [("NUMPAGES", False), ("SECTIONPAGES", False),
                                                 ("NUMPAGES", True)])
def test_word_export_footer_counts_its_pages(tmp_path: Path, count_field: str, simple: bool) -> None:
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    src = _paged_docx(tmp_path / "draft.docx", count_field, simple)
    reg_path, _ = register(tmp_path)
    analysis = analyse(src, reg_path, analyzer=_FieldWordsAsOrganisations())  # type: ignore[arg-type]
    done = export(analysis, tmp_path / "out" / "out.pdf", accept=True)
    with pymupdf.open(done.outputs[0]) as doc:
        assert doc.page_count > 1
        footers = [page.get_text().strip().splitlines()[-1] for page in doc]
    assert footers == [f"Page {i} of {len(footers)}" for i in range(1, len(footers) + 1)]
    with zipfile.ZipFile(done.outputs[1]) as zf:
        assert count_field in zf.read("word/footer1.xml").decode()  # the Word file keeps its own field


def test_a_short_table_row_stays_on_one_page_a_long_one_may_break(tmp_path: Path) -> None:
    # A chronology row the export's new layout breaks over a page reads in two halves with the repeated header
    # between them ("the ambulance" / "Event" / "service"); a row longer than a page must still break.
    src = make_docx(tmp_path / "d.docx")
    d = DocxDocument(str(src))
    long_row = d.tables[0].add_row()
    long_row.cells[0].text = "Event " * 600
    allowed = d.tables[0].add_row()
    allowed.cells[0].text = "An author's row"
    allowed._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")} w:val="0"/>'))
    d.save(str(src))
    rows = DocxDocument(str(_redacted(tmp_path, src))).tables[0].rows
    split = [r._tr.xpath("./w:trPr/w:cantSplit/@w:val") or r._tr.xpath("./w:trPr/w:cantSplit") for r in rows]
    assert [bool(s) and s != ["0"] for s in split] == [True, False, False]
