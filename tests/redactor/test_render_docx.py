"""Redacting Word files: pseudonyms inline with formatting kept, every part cleaned."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document as DocxDocument

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
