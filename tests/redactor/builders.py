"""Build small PDFs and Word files for tests, and plan redactions from a register alone (no NLP)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf
from docx import Document as DocxDocument

from redactor.document import Document
from redactor.entities import group
from redactor.load import load
from redactor.mention import Mention
from redactor.pipeline import Analysis
from redactor.plan import Plan, build_plan, suggest
from redactor.progress import Progress
from redactor.register import Register

NAME = "Chloe Hartley"


def make_pdf(path: Path, lines: list[str], *, with_containers: bool = True, image_under: str | None = None,
             pages: int = 1) -> Path:
    """A PDF with the given lines on each page (Helvetica, so text is literal in the file)."""
    doc = pymupdf.open()
    for p in range(pages):
        page = doc.new_page()
        y = 72.0
        for line in lines:
            if image_under and image_under in line:
                x0 = 72 + pymupdf.get_text_length(line[: line.index(image_under)], fontsize=11)
                w = pymupdf.get_text_length(image_under, fontsize=11)
                rect = pymupdf.Rect(x0, y - 8, x0 + w, y + 1)
                pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 20, 8), False)
                pix.set_rect(pix.irect, (200, 30, 30))
                page.insert_image(rect, pixmap=pix)
                page.draw_rect(rect, color=(0, 0, 1), width=0.5)
            page.insert_text((72, y), line, fontname="helv", fontsize=11)
            y += 16
        if with_containers and p == 0:
            page.add_text_annot((300, 300), f"Check DOB with {NAME}").set_info(title="Rachel Reviewer")
            widget = pymupdf.Widget()
            widget.field_name = "child"
            widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
            widget.field_value = NAME
            widget.rect = pymupdf.Rect(72, 400, 272, 420)
            page.add_widget(widget)
            page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 450, 200, 460),
                              "uri": "mailto:chloe.hartley@example.org"})
    if with_containers:
        doc.set_metadata({"title": f"Review of {NAME}", "author": "Rachel Reviewer",
                          "subject": NAME, "keywords": "Hartley; neglect"})
        doc.set_xml_metadata(f"<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc>{NAME}</dc></x:xmpmeta>")
        doc.set_toc([[1, f"About {NAME}", 1]])
        doc.embfile_add("notes.txt", f"notes on {NAME}".encode(), filename=f"{NAME}.txt", desc=NAME)
    doc.save(path)
    doc.close()
    return path


def make_docx(path: Path) -> Path:
    """A Word file naming Chloe in body, table, header, footer and properties; one run split mid-name."""
    d = DocxDocument()
    d.sections[0].header.paragraphs[0].text = f"DRAFT – {NAME} – RESTRICTED"
    d.sections[0].footer.paragraphs[0].text = "Westbridge Partnership – page"
    p = d.add_paragraph()
    p.add_run("The review concerns ")
    p.add_run("Chloe Hart").bold = True
    p.add_run("ley, who lives in Westbridge. ")
    p.add_run("Chloe's").italic = True
    p.add_run(" mother, Miss Hartley, attended.")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = NAME
    table.rows[0].cells[1].text = "Child"
    cp = d.core_properties
    cp.title = f"Review – {NAME}"
    cp.author = "Rachel Reviewer"
    cp.subject = NAME
    cp.keywords = "Hartley"
    cp.comments = f"checked with {NAME}"
    cp.last_modified_by = "Rachel Reviewer"
    d.save(str(path))
    return path


def register(tmp: Path, keep: list[str] | None = None) -> tuple[Path, Register]:
    """A one-person register for Chloe Hartley, written to ``tmp``."""
    reg = Register.from_dict({
        "entities": [{"name": NAME, "type": "PERSON", "pseudonym": "Child Q", "variants": ["Chloe"]},
                     {"name": "Rachel Reviewer", "type": "PERSON", "pseudonym": "the reviewer"}],
        "keep": keep or ["Westbridge"],
    })
    path = tmp / "register.yaml"
    reg.save(path)
    return path, reg


def plan_from_register(path: Path, reg: Register) -> tuple[Document, Plan]:
    """Load a draft and plan its redaction from the register alone (no NLP)."""
    document = load(path)
    entities = group(document, [], reg)
    texts = {s.id: s.text for s in document.segments}
    decisions = suggest(entities, reg, texts)
    return document, build_plan(entities, decisions, texts)


class StubAnalyzer:
    """Stands in for the NLP analyzer: finds fixed phrases in page and body text, and counts its runs.

    Args:
        found: ``(phrase, recogniser entity name, score)`` to report wherever the phrase occurs.
    """

    def __init__(self, found: list[tuple[str, str, float]]) -> None:
        self.found = found
        self.runs = 0

    def analyze(self, document: Document, progress: Any = None, extra: Any = (),
                table_findings: Any = None) -> list[Mention]:
        self.runs += 1
        out = []
        pages = [s for s in document.segments if s.kind in ("page", "body")]
        for i, seg in enumerate(pages):
            for phrase, entity, score in self.found:
                start = seg.text.find(phrase)
                while start >= 0:
                    out.append(Mention(seg.id, start, start + len(phrase), phrase, entity, score, "StubRecognizer",
                                       f"stub: '{phrase}' is a test finding"))
                    start = seg.text.find(phrase, start + 1)
            if progress is not None:
                progress(Progress(i + 1, len(pages), "analysing"))
        return out


def make_pdf_pages(path: Path, pages: list[list[str]]) -> Path:
    """A PDF with the given lines on each page (Helvetica 11pt, lines 16pt apart from y=72)."""
    doc = pymupdf.open()
    for lines in pages:
        page = doc.new_page()
        for i, line in enumerate(lines):
            page.insert_text((72, 72 + 16 * i), line, fontname="helv", fontsize=11)
    doc.save(path)
    doc.close()
    return path


def analysis_from_register(path: Path, reg: Register, reg_path: Path | None = None,
                           keep: list[str] | None = None) -> Analysis:
    """An analysis of a draft from the register alone (no NLP), ready to export."""
    document = load(path)
    keep = keep if keep is not None else list(reg.keep)
    entities = group(document, [], reg, keep)
    decisions = suggest(entities, reg, {s.id: s.text for s in document.segments})
    return Analysis(document, reg, reg_path, [], entities, decisions, keep)
