"""True redaction of a PDF: remove the text (and images/drawings) under each box, write the pseudonym in it.

Beyond page content, every other hiding place is handled: annotations and form fields are removed,
bookmarks rewritten, links dropped where they point at redacted text, embedded files, JavaScript,
thumbnails, metadata and XMP scrubbed, and the file saved afresh (no incremental history).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pymupdf

from redactor.areas import redact_areas, touches
from redactor.document import CharBoxes, Document, Rect, Segment
from redactor.errors import OutputError
from redactor.forms import FormMatcher
from redactor.load_pdf import open_pdf, page_segment
from redactor.ocr import OcrError, read_again
from redactor.plan import Plan, Replacement
from redactor.progress import Progress
from redactor.written import Drawn, Expected, Written, apply_replacements

FILL = (0.86, 0.86, 0.86)  # light grey box: visibly redacted, pseudonym legible in black
TEXT_COLOUR = (0.0, 0.0, 0.0)
MIN_SIZE_SHARE = 0.6  # smallest share of the original font size before text is squeezed instead
MIN_H_SCALE = 0.7  # narrowest horizontal squeeze before the font size is reduced further
NEUTRAL_METADATA = {"title": "", "author": "", "subject": "", "keywords": "", "creator": "",
                    "producer": "Redactor", "creationDate": "", "modDate": ""}


@dataclass(frozen=True, slots=True)
class BoxRecord:
    """Where one replacement was drawn: 1-based page, rectangles, and the text written in each."""

    page: int
    rects: tuple[Rect, ...]
    texts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PdfRendering:
    """What ``render_pdf`` wrote: boxes per page segment (for the audit) and the record to verify against."""

    boxes: dict[str, list[BoxRecord]]
    expected: Expected


@cache
def _font() -> pymupdf.Font:
    return pymupdf.Font("helv")


def apply_text(text: str, plan_reps: Iterable[Replacement]) -> str:
    """Apply replacements (sorted, non-overlapping) to a plain string."""
    return apply_replacements(text, plan_reps).text


def _redaction_rect(rect: Rect) -> pymupdf.Rect:
    """The area whose text MuPDF removes: inset so neighbouring lines and letters are untouched."""
    x0, y0, x1, y1 = rect
    h = y1 - y0
    inset_x = min(0.4, 0.1 * (x1 - x0))
    return pymupdf.Rect(x0 + inset_x, y0 + 0.3 * h, x1 - inset_x, y1 - 0.3 * h)


def _split_words(text: str, widths: list[float]) -> list[str]:
    """Share a replacement's words across several line boxes, in proportion to their widths."""
    if len(widths) == 1:
        return [text]
    words = text.split()
    total = sum(widths) or 1.0
    out: list[str] = []
    i = 0
    for k, w in enumerate(widths):
        if k == len(widths) - 1:
            out.append(" ".join(words[i:]))
            break
        take = max(1, round(len(words) * w / total)) if i < len(words) else 0
        out.append(" ".join(words[i:i + take]))
        i += take
    return out


def _fit(box: pymupdf.Rect, text: str, size: float) -> tuple[pymupdf.Point, float, float]:
    """Where and how to write ``text`` in ``box``: origin, font size, horizontal squeeze (1 = none).

    A text too wide for its box is first set smaller (down to MIN_SIZE_SHARE of the original size),
    then squeezed horizontally (down to MIN_H_SCALE), then set smaller still: it never spills out.
    """
    font = _font()
    size = min(size or box.height * 0.8, box.height * 0.95)
    width = font.text_length(text, fontsize=size)
    scale = 1.0
    if width > box.width:
        shrink = max(MIN_SIZE_SHARE, box.width / width)
        size *= shrink
        width *= shrink
    if width > box.width:
        scale = box.width / width
        if scale < MIN_H_SCALE:
            size *= scale / MIN_H_SCALE
            scale = MIN_H_SCALE
    baseline = box.y1 - (box.height - size * (font.ascender - font.descender)) / 2 + size * font.descender
    return pymupdf.Point(box.x0, baseline), size, scale


def draw_replacements(page: pymupdf.Page, drawn: list[tuple[Rect, str, float]]) -> None:
    """Fill every box and write its text in it, squeezed or shrunk to fit, never spilling out.

    All boxes go in one drawing and all unsqueezed texts in one text object (a page can hold
    dozens of replacements; one content-stream update each would be slow).
    """
    shape = page.new_shape()
    for rect, _, _ in drawn:
        shape.draw_rect(pymupdf.Rect(rect))
    shape.finish(color=None, fill=FILL)
    shape.commit(overlay=True)
    plain = pymupdf.TextWriter(page.rect)
    for rect, text, size in drawn:
        if not text:
            continue
        origin, fitted, scale = _fit(pymupdf.Rect(rect), text, size)
        if scale == 1.0:
            plain.append(origin, text, font=_font(), fontsize=fitted)
            continue
        squeezed = pymupdf.TextWriter(page.rect)
        squeezed.append(origin, text, font=_font(), fontsize=fitted)
        squeezed.write_text(page, color=TEXT_COLOUR, morph=(origin, pymupdf.Matrix(scale, 1)), overlay=True)
    plain.write_text(page, color=TEXT_COLOUR, overlay=True)


def redact_page(page: pymupdf.Page, boxes: CharBoxes, reps: list[Replacement], *, shapes: bool = False
                ) -> list[BoxRecord]:
    """Truly redact one page: remove what lies under each replacement's boxes and draw the pseudonym.

    ``shapes`` (words read by OCR from a whole page) also removes every drawing the boxes touch: the
    words may be vector outlines, which a box never wholly covers.
    """
    drawn: list[tuple[Rect, str, float]] = []
    records: list[BoxRecord] = []
    for r in reps:
        lines = boxes.line_rects(r.start, r.end)
        if not lines:
            records.append(BoxRecord(page.number + 1, ()))
            continue
        texts = _split_words(r.replacement, [rc[2] - rc[0] for rc, _ in lines])
        for (rect, size), text in zip(lines, texts, strict=True):
            drawn.append((rect, text, size))
        records.append(BoxRecord(page.number + 1, tuple(rc for rc, _ in lines), tuple(texts)))
    if not drawn:
        return records
    if page.get_images():
        # Image pixels under the whole visible box (a photo or a scanned signature under a name).
        for rect, _, _ in drawn:
            page.add_redact_annot(pymupdf.Rect(rect), fill=False, cross_out=False)
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                              text=pymupdf.PDF_REDACT_TEXT_NONE)
    # The text and drawings under each box, with a slightly inset area so letters of neighbouring
    # lines are untouched.
    for rect, _, _ in drawn:
        page.add_redact_annot(_redaction_rect(rect), fill=False, cross_out=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE,
                          graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED if shapes
                          else pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED, text=pymupdf.PDF_REDACT_TEXT_REMOVE)
    draw_replacements(page, drawn)
    return records


def _boxes(doc: pymupdf.Document, seg: Segment, document: Document) -> CharBoxes:
    """The segment's character boxes, read again from the draft when the segment came from a cache."""
    if seg.boxes is not None:
        return seg.boxes
    assert seg.page is not None
    try:
        fresh = read_again(doc, seg) if seg.kind == "image_text" else page_segment(doc[seg.page])
    except OcrError as exc:
        raise OutputError(f"{exc}; analyse the draft again") from exc
    if fresh.text != seg.text or fresh.boxes is None:
        raise OutputError(f"{seg.where} of the draft no longer matches its analysis; analyse it again")
    return fresh.boxes


def redact_pictures(target: pymupdf.Page, source: pymupdf.Document, document: Document, plan: Plan, page: int,
                    boxes: dict[str, CharBoxes] | None = None) -> dict[str, list[BoxRecord]]:
    """Redact the words OCR read on one page (a scan, or pictures on a text page) onto ``target``.

    Args:
        target: The page to change (in the output, or a one-page copy for a preview).
        source: The draft, to read boxes again from when the analysis came from a cache.
        document: The loaded draft.
        plan: The replacements.
        page: The 0-based page number in the draft.
        boxes: Character boxes already read, by segment id (filled in as they are read, so previews
            of the same page do not read them again).

    Returns:
        Where each picture segment's replacements were drawn, by segment id.
    """
    records: dict[str, list[BoxRecord]] = {}
    for part in document.of_kind("image_text"):
        reps = plan.by_segment.get(part.id, [])
        if part.page != page or not reps:
            continue
        found = boxes.get(part.id) if boxes is not None else None
        if found is None:
            found = _boxes(source, part, document)
            if boxes is not None:
                boxes[part.id] = found
        records[part.id] = redact_page(target, found, reps, shapes=part.id.startswith("ocr:"))
    return records


def _clean_containers(doc: pymupdf.Document, plan: Plan, document: Document) -> dict[str, Written]:
    """Everything outside page content: annotations, fields, links, bookmarks, files, metadata.

    Returns:
        The text written into the places kept (bookmarks, title), by segment id.
    """
    written: dict[str, Written] = {}
    kept = plan.kept_spans()
    forms = FormMatcher((f, "x") for f in plan.replaced_forms())
    for page in doc:
        for annot in list(page.annots() or []):
            page.delete_annot(annot)
        for widget in list(page.widgets() or []):
            page.delete_widget(widget)
        for link in page.get_links():
            uri = str(link.get("uri") or "")
            if link.get("kind") == pymupdf.LINK_URI and (not uri or any(forms.finditer(uri))):
                page.delete_link(link)
    toc = doc.get_toc(simple=False)
    if toc:
        new_toc = []
        for i, entry in enumerate(toc):
            title = apply_replacements(str(entry[1]), plan.by_segment.get(f"toc:{i}", []), kept.get(f"toc:{i}", ()))
            written[f"toc:{i}"] = title
            new_toc.append([entry[0], title.text, entry[2], *entry[3:]])
        doc.set_toc(new_toc)
    # Hidden (invisible) text was extracted, analysed and redacted like any other, so an OCR layer
    # stays searchable; scrub removes everything else that can hide text.
    doc.scrub(attached_files=True, clean_pages=False, embedded_files=True, hidden_text=False,
              javascript=True, metadata=True, redactions=False, remove_links=False, reset_fields=True,
              reset_responses=True, thumbnails=True, xml_metadata=True)
    title_reps = plan.by_segment.get("meta:title", [])
    original_title = next((s.text for s in document.of_kind("metadata") if s.id == "meta:title"), "")
    title = apply_replacements(original_title, title_reps, kept.get("meta:title", ()))
    written["meta:title"] = title
    neutralise_metadata(doc, title.text)
    return written


def render_pdf(document: Document, plan: Plan, out: Path, progress: Callable[[Progress], None] | None = None,
               name: str = "") -> PdfRendering:
    """Write the truly redacted PDF of a PDF draft to ``out`` (a temporary path chosen by the caller).

    Args:
        document: The PDF draft.
        plan: The replacements.
        out: Where to write.
        progress: Progress callback, per page.
        name: The output's final file name, for verification messages.

    Returns:
        For each page segment id, where its replacements were drawn, in plan order; and what was
        written, for verification.
    """
    records: dict[str, list[BoxRecord]] = {}
    kept = plan.kept_spans()
    flow: list[Written] = []  # the draft's text left around the boxes, page by page
    with open_pdf(document.path, document.password) as doc:
        pages = list(document.of_kind("page"))
        for i, seg in enumerate(pages):
            reps = plan.by_segment.get(seg.id, [])
            areas = [a.rect for a in plan.areas if a.page == seg.page]
            boxes = seg.boxes
            if (reps or areas) and seg.page is not None:
                boxes = _boxes(doc, seg, document)
                if reps:
                    records[seg.id] = redact_page(doc[seg.page], boxes, reps)
            if seg.page is not None:
                records.update(redact_pictures(doc[seg.page], doc, document, plan, seg.page))
                redact_areas(doc[seg.page], (a for a in plan.areas if a.page == seg.page))
            flow.append(_page_left(seg.text, boxes, reps, areas, kept.get(seg.id, [])))
            if progress is not None:
                progress(Progress(i + 1, len(pages), "redacting pages"))
        places = _clean_containers(doc, plan, document)
        save_clean(doc, out)
    drawn = [Drawn(rec.page - 1, rect, text) for recs in records.values() for rec in recs
             for rect, text in zip(rec.rects, rec.texts, strict=True)]
    return PdfRendering(records, Expected(out, "boxes", name, places, drawn, flow))


@dataclass(frozen=True, slots=True)
class _Removed:
    start: int
    end: int
    replacement: str = ""


def _page_left(text: str, boxes: CharBoxes | None, reps: list[Replacement], areas: list[Rect],
               kept: list[tuple[int, int]]) -> Written:
    """The draft's page text as left around the boxes: replaced spans (drawn apart) and areas removed."""
    spans = [(r.start, r.end) for r in reps]
    if areas and boxes is not None:
        for i in range(min(len(text), len(boxes))):
            box = boxes.box(i)
            if box is not None and any(touches(box, rect) for rect in areas):
                spans.append((i, i + 1))
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    removed = [_Removed(a, b) for a, b in merged]
    kept = [(a, b) for a, b in kept if not any(r.start < b and a < r.end for r in removed)]
    return apply_replacements(text, removed, kept, drop=True)


def neutralise_metadata(doc: pymupdf.Document, title: str) -> None:
    """Clear every metadata field but the (already pseudonymised) title, and delete the XMP packet."""
    doc.set_metadata({**NEUTRAL_METADATA, "title": title})
    doc.del_xml_metadata()


def scrub_pdf_file(path: Path) -> None:
    """Neutral metadata and no XMP on a PDF made elsewhere (LibreOffice), saved afresh in place."""
    tmp = path.with_name(path.name + ".scrub")
    with pymupdf.open(path) as doc:
        neutralise_metadata(doc, (doc.metadata or {}).get("title", ""))
        save_clean(doc, tmp)
    tmp.replace(path)


def save_clean(doc: pymupdf.Document, out: Path) -> None:
    """Save as a fresh, compacted file: no incremental sections, unused objects dropped."""
    doc.save(out, garbage=4, deflate=True, clean=True, incremental=False, no_new_id=False,
             encryption=pymupdf.PDF_ENCRYPT_NONE, preserve_metadata=0)
