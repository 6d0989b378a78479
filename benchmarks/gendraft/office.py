"""The Word document (python-docx) and the PDF (LibreOffice, then metadata and a sticky note) of a draft."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx
import pymupdf
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from benchmarks.gendraft.model import Doc, FootRef, M, Para, Piece, Split, Table, plain

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _runs(p: Paragraph, pieces: list[Piece], size: float | None = None, bold: bool = False) -> None:
    for piece in pieces:
        if isinstance(piece, FootRef):
            run = p.add_run()
            run._r.append(parse_xml(f'<w:rPr xmlns:w="{W_NS}"><w:vertAlign w:val="superscript"/></w:rPr>'))
            run._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="{piece.n}"/>'))
            continue
        if isinstance(piece, Split):
            # The first name ends one page and the surname starts the next (running footer in between).
            _run(p, piece.first, size, bold)
            p.add_run().add_break(WD_BREAK.PAGE)
            _run(p, piece.last, size, bold)
            continue
        _run(p, piece if isinstance(piece, str) else piece.text, size, bold)


def _run(p: Paragraph, text: str, size: float | None, bold: bool) -> None:
    run = p.add_run(text)
    if size:
        run.font.size = Pt(size)
    if bold:
        run.bold = True


def _field(p: Paragraph, instr: str) -> None:
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        run = p.add_run()
        if kind == "instr":
            run._r.append(parse_xml(f'<w:instrText xmlns:w="{W_NS}" xml:space="preserve">{text}</w:instrText>'))
        elif kind == "text":
            run._r.append(parse_xml(f'<w:t xmlns:w="{W_NS}">{text}</w:t>'))
        else:
            run._r.append(parse_xml(f'<w:fldChar xmlns:w="{W_NS}" w:fldCharType="{kind}"/>'))
        run.font.size = Pt(8)


def _footnotes_part(d: docx.document.Document, doc: Doc) -> None:
    notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
             '</w:p></w:footnote>']
    for n, pieces in sorted(doc.footnotes.items()):
        notes.append(f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> '
                     f'{escape(plain(pieces))}</w:t></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
           + "".join(notes) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)


def write_docx(doc: Doc, path: Path) -> None:
    _STYLES.clear()
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    section = d.sections[0]
    header_text = next((plain(h.pieces) for h in doc.hidden if h.where == "docx header"), "")
    footer_text = next((plain(h.pieces) for h in doc.hidden if h.where == "docx footer"), "")
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = hp.add_run(header_text)
    run.font.size, run.bold, run.font.color.rgb = Pt(8), True, RGBColor(0x80, 0, 0)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(f"{footer_text}   Page ").font.size = Pt(8)
    _field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    _field(fp, "NUMPAGES")
    on_cover = True
    for block in doc.blocks:
        if isinstance(block, Table):
            _table(d, block)
            continue
        if on_cover and block.style not in ("title", "subtitle", "cover"):
            on_cover = False
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(d, block)
    if doc.footnotes:
        _footnotes_part(d, doc)
    cp = d.core_properties
    fields = {h.field: plain(h.pieces) for h in doc.hidden if h.where == "docx core properties"}
    cp.title = fields.get("title", "")
    cp.author = fields.get("author", "")
    cp.subject = fields.get("subject", "")
    cp.keywords = fields.get("keywords", "")
    cp.comments = fields.get("comments", "")
    cp.last_modified_by = fields.get("lastModifiedBy", "")
    cp.category = "Safeguarding review"
    cp.created = cp.modified = datetime(2024, 1, 15, 9, 30)
    d.save(str(path))


def _para(d: docx.document.Document, block: Para) -> None:
    style = block.style
    if style in ("heading1", "heading2"):
        p = d.add_paragraph(style=_style(d, "Heading 1" if style == "heading1" else "Heading 2"))
        _runs(p, block.pieces)
        return
    if style == "bullet":
        p = d.add_paragraph(style=_style(d, "List Bullet"))
        _runs(p, block.pieces)
        return
    p = d.add_paragraph()
    if style in ("title", "subtitle", "cover"):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(14)
        _runs(p, block.pieces, {"title": 20, "subtitle": 15, "cover": 13}[style], bold=style != "cover")
        return
    if style == "reference":
        p.paragraph_format.left_indent = Pt(18)
        p.paragraph_format.first_line_indent = Pt(-18)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if style == "body" else None
    _runs(p, block.pieces)


_STYLES: dict[tuple[int, str], object] = {}


def _style(d: docx.document.Document, name: str) -> Any:
    """A style object, looked up once per document (python-docx searches all styles by name each time)."""
    key = (id(d), name)
    if key not in _STYLES:
        _STYLES[key] = d.styles[name]
    return _STYLES[key]


def _table(d: docx.document.Document, block: Table) -> None:
    cols = max(len(r) for r in block.rows)
    t = d.add_table(rows=len(block.rows), cols=cols)
    t.style = _style(d, "Table Grid")
    # Cells straight from the XML: python-docx's Table.cell() rebuilds every cell on each call.
    for r, (tr, row) in enumerate(zip(t._tbl.tr_lst, block.rows, strict=True)):
        for tc, cell in zip(tr.tc_lst, row, strict=False):
            p = _Cell(tc, t).paragraphs[0]
            _runs(p, cell, 9, bold=r == 0)
            if r == 0:
                shd = parse_xml(f'<w:shd xmlns:w="{W_NS}" w:val="clear" w:color="auto" w:fill="D9E2F3"/>')
                tc.get_or_add_tcPr().append(shd)
    header = t.rows[0]._tr.get_or_add_trPr()
    header.append(parse_xml(f'<w:tblHeader xmlns:w="{W_NS}"/>'))
    d.add_paragraph()


def soffice_pdf(docx_path: Path, out_pdf: Path) -> None:
    """Convert with LibreOffice using a private profile (safe beside other soffice runs)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise FileNotFoundError("LibreOffice (soffice) is needed to make the PDF drafts")
    with tempfile.TemporaryDirectory(prefix="redactor-gen-lo-") as tmp:
        profile = (Path(tmp) / "profile").as_uri()
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
                       check=True, capture_output=True, timeout=600)
        shutil.move(str(Path(tmp) / (docx_path.stem + ".pdf")), out_pdf)


def write_pdf(doc: Doc, docx_path: Path, path: Path) -> None:
    raw = path.with_suffix(".lo.pdf")
    soffice_pdf(docx_path, raw)
    pdf = pymupdf.open(raw)
    meta = {h.field: plain(h.pieces) for h in doc.hidden if h.where == "pdf metadata"}
    pdf.set_metadata({"title": meta.get("title", ""), "author": meta.get("author", ""),
                      "subject": meta.get("subject", ""), "keywords": meta.get("keywords", ""),
                      "creator": "Microsoft Word", "producer": "LibreOffice"})
    note = {h.field: plain(h.pieces) for h in doc.hidden if h.where == "pdf annotation"}
    if note:
        page = pdf[min(1, pdf.page_count - 1)]
        annot = page.add_text_annot(pymupdf.Point(page.rect.width - 60, 80), note.get("content", ""))
        annot.set_info(title=note.get("author", ""), content=note.get("content", ""))
        annot.update()
    pdf.save(path, garbage=3, deflate=True)
    pdf.close()
    raw.unlink()


__all__ = ["M", "qn", "write_docx", "write_pdf"]
