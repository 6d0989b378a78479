"""True redaction of a PDF: remove the text (and images/drawings) under each box, write the pseudonym in it.

Beyond page content, every other hiding place is handled: annotations and form fields are removed,
bookmarks rewritten, links dropped where they point at redacted text, embedded files, JavaScript,
thumbnails, metadata and XMP scrubbed, and the file saved afresh (no incremental history).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import pymupdf
from pymupdf import mupdf

from redactor.areas import redact_areas, touches
from redactor.document import CharBoxes, Document, Rect, Segment
from redactor.errors import OutputError
from redactor.forms import FormMatcher
from redactor.hiding import HidingPlaces, outline_without
from redactor.load_pdf import open_pdf, page_segment
from redactor.ocr import OcrError, read_again
from redactor.page_share import share_pages
from redactor.pdf_fit import Piece, Placed, baseline, fit, font, lay_out
from redactor.plan import Plan, Replacement
from redactor.progress import Progress
from redactor.written import Drawn, Expected, Written, apply_replacements

FILL = (0.86, 0.86, 0.86)  # light grey box: visibly redacted, pseudonym legible in black
TEXT_COLOUR = (0.0, 0.0, 0.0)
NEUTRAL_METADATA = {"title": "", "author": "", "subject": "", "keywords": "", "creator": "",
                    "producer": "Redactor", "creationDate": "", "modDate": ""}


@dataclass(frozen=True, slots=True)
class BoxRecord:
    """Where one replacement went on a page.

    Attributes:
        page: 1-based page.
        rects: The boxes of the replaced text, one per line (removed and filled).
        written: Where its replacement was written, and what, box by box (the replaced text's own
            boxes, widened, or further along the paragraph when a line made room).
    """

    page: int
    rects: tuple[Rect, ...]
    written: tuple[tuple[Rect, str], ...] = ()


@dataclass(frozen=True, slots=True)
class PageRecord:
    """What ``redact_page`` did to one page.

    Attributes:
        boxes: Per replacement, where it was written.
        moved: Draft text written again further along its paragraph to make room: (box, text).
        moved_chars: The page-text offsets of the draft characters so moved.
    """

    boxes: list[BoxRecord]
    moved: list[tuple[Rect, str]]
    moved_chars: list[int]


@dataclass(frozen=True, slots=True)
class PdfRendering:
    """What ``render_pdf`` wrote: boxes per page segment (for the audit) and the record to verify against."""

    boxes: dict[str, list[BoxRecord]]
    expected: Expected


def apply_text(text: str, plan_reps: Iterable[Replacement]) -> str:
    """Apply replacements (sorted, non-overlapping) to a plain string."""
    return apply_replacements(text, plan_reps).text


def _redaction_rect(rect: Rect) -> pymupdf.Rect:
    """The area whose text MuPDF removes: inset so neighbouring lines and letters are untouched."""
    x0, y0, x1, y1 = rect
    h = y1 - y0
    inset_x = min(0.4, 0.1 * (x1 - x0))
    return pymupdf.Rect(x0 + inset_x, y0 + 0.3 * h, x1 - inset_x, y1 - 0.3 * h)


def _split_words(text: str, lines: list[tuple[Rect, float, int, int]]) -> list[str]:
    """Share a replacement's words across its line boxes, in proportion to their widths.

    Words that cannot be set legibly at the end of a line go to the next line instead, where the
    layout can make room for them.
    """
    if len(lines) == 1:
        return [text]
    widths = [rect[2] - rect[0] for rect, _, _, _ in lines]
    words = text.split()
    total = sum(widths) or 1.0
    out: list[list[str]] = []
    i = 0
    for k, w in enumerate(widths):
        if k == len(widths) - 1:
            out.append(words[i:])
            break
        take = max(1, round(len(words) * w / total)) if i < len(words) else 0
        out.append(words[i:i + take])
        i += take
    for k in range(len(out) - 1):
        rect, size, _, _ = lines[k]
        height = rect[3] - rect[1]
        while out[k] and fit(rect[2] - rect[0], " ".join(out[k]), min(size or height * 0.8, height * 0.95)) is None:
            out[k + 1].insert(0, out[k].pop())
    return [" ".join(part) for part in out]


def draw_replacements(page: pymupdf.Page, placed: list[Placed]) -> None:
    """Fill every pseudonym's box and write every placed text, as the layout decided.

    All boxes go in one drawing and all unsqueezed texts in one text object (a page can hold
    dozens of replacements; one content-stream update each would be slow).
    """
    shape = page.new_shape()
    for p in placed:
        if p.pseudonym:
            shape.draw_rect(pymupdf.Rect(p.rect))
    shape.finish(color=None, fill=FILL)
    shape.commit(overlay=True)
    # Texts are written in the order given (a text extractor reads them in that order); the
    # unsqueezed texts gathered before a squeezed one are written first (when there are any: an
    # empty text object adds nothing to the page but the cost of writing it).
    plain = pymupdf.TextWriter(page.rect)
    gathered = False
    for p in placed:
        lines = p.text.split("\n")
        step = (p.rect[3] - p.rect[1]) / len(lines)
        for k, line in enumerate(lines):
            if not line:
                continue
            band = (p.rect[0], p.rect[1] + k * step, p.rect[2], p.rect[1] + (k + 1) * step)
            origin = pymupdf.Point(p.rect[0], baseline(band, p.size))
            if p.scale == 1.0:
                plain.append(origin, line, font=font(), fontsize=p.size)
                gathered = True
                continue
            if gathered:
                plain.write_text(page, color=TEXT_COLOUR, overlay=True)
                plain, gathered = pymupdf.TextWriter(page.rect), False
            squeezed = pymupdf.TextWriter(page.rect)
            squeezed.append(origin, line, font=font(), fontsize=p.size)
            squeezed.write_text(page, color=TEXT_COLOUR, morph=(origin, pymupdf.Matrix(p.scale, 1)), overlay=True)
    if gathered:
        plain.write_text(page, color=TEXT_COLOUR, overlay=True)


def mark_for_redaction(page: pymupdf.Page, rects: Iterable[pymupdf.Rect]) -> None:
    """A redact annotation (no fill, no overlay text) over each of ``rects``, for :func:`apply_redactions`.

    The annotations MuPDF's ``Page.add_redact_annot`` makes, without its bookkeeping of each one's
    unique name (it lists every annotation of the page again for each new one): these are applied
    and deleted at once. A rotated page is unrotated while they are added, as that method does.
    """
    rotation = page.rotation
    if rotation:
        page.set_rotation(0)
    try:
        pdf_page = page._pdf_page()
        for rect in rects:
            annot = mupdf.pdf_create_annot(pdf_page, mupdf.PDF_ANNOT_REDACT)
            corners = mupdf.fz_quad_from_rect(mupdf.FzRect(rect.x0, rect.y0, rect.x1, rect.y1))
            mupdf.pdf_set_annot_rect(annot, mupdf.fz_rect_from_quad(corners))  # as that method: normalised
            mupdf.pdf_update_annot(annot)
        pdf_page.doc().m_internal.resynth_required = 0  # as add_redact_annot leaves it
    finally:
        if rotation:
            page.set_rotation(rotation)


def apply_redactions(page: pymupdf.Page, *, images: int, graphics: int, text: int) -> None:
    """MuPDF's redaction of the page under its redact annotations (which it then deletes).

    ``Page.apply_redactions`` first reads every annotation's overlay values back, and after
    redacting writes each one's overlay text into a new content object: these annotations carry
    none (the boxes and pseudonyms are drawn afterwards), and on a page with dozens of redactions
    that reading and writing nothing costs a third of the redaction itself.

    Raises:
        OutputError: MuPDF could not redact the page.
    """
    if not page._apply_redactions(text, images, graphics):
        raise OutputError(f"page {page.number + 1}: the redactions could not be applied")


_DAY_NUMBER_AT_END = re.compile(r"(?<![\d.,/:-])\d{1,2}\s*$")
_MONTH_AT_START = re.compile(
    r"^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\b\.?", re.IGNORECASE)


def _reading_order(placed: list[Placed], reps: list[Replacement], owner: list[int], own_text: str) -> list[Placed]:
    """The page's written texts in the order a text extractor will read them, after the page's own text.

    Nothing written is read as a day-precise date the draft holds: a text starting with a month (a
    date generalised to "June 2017", or draft words moved to make room) is never read straight after
    text ending in a day's number, be it the page's own text (a footer "Page 3 of 14") or a
    pseudonym ("Hospital 1"). Dates and moved draft words go first, pseudonyms after them, as far as
    that rule allows; a page whose only texts cannot be ordered so keeps that order.
    """
    def draft_words(group: list[Placed]) -> bool:
        return not group[0].pseudonym or reps[owner[group[0].piece]].type == "DATE"

    def same(a: Placed, b: Placed) -> bool:
        return (a.pseudonym and b.pseudonym and owner[a.piece] == owner[b.piece]) or not (a.pseudonym or b.pseudonym)

    # A pseudonym written over several lines is read as one (all its pieces, wherever the layout put
    # them), and so are the words a paragraph moved over several lines: their pieces stay together.
    groups: list[list[Placed]] = []
    of_owner: dict[int, list[Placed]] = {}
    for p in placed:
        if p.pseudonym and owner[p.piece] in of_owner:
            of_owner[owner[p.piece]].append(p)
        elif groups and not p.pseudonym and same(groups[-1][-1], p):
            groups[-1].append(p)
        else:
            groups.append([p])
            if p.pseudonym:
                of_owner[owner[p.piece]] = groups[-1]
    waiting = sorted(groups, key=lambda g: not draft_words(g))
    out: list[Placed] = []
    after_number = _DAY_NUMBER_AT_END.search(own_text) is not None
    while waiting:
        # In order where the rule allows; else the first text that fits, one not ending in a number
        # first (it leaves every text free to follow).
        fits = [g for g in waiting if not (after_number and _MONTH_AT_START.match(g[0].text))]
        chosen = waiting[0] if fits and fits[0] is waiting[0] else next(
            (g for g in fits if not _DAY_NUMBER_AT_END.search(g[-1].text)), fits[0] if fits else waiting[0])
        waiting.remove(chosen)
        out.extend(chosen)
        written = "".join(p.text for p in chosen)
        if written.strip():  # a text removed writes nothing: what was read before it still ends the text
            after_number = _DAY_NUMBER_AT_END.search(written) is not None
    return out


def _own_text_left(text: str, reps: list[Replacement]) -> str:
    """The page's own text without the replaced spans (what stays on the page, in reading order)."""
    kept, pos = [], 0
    for r in sorted(reps, key=lambda r: r.start):
        kept.append(text[pos:r.start])
        pos = max(pos, r.end)
    kept.append(text[pos:])
    return "".join(kept).rstrip()


_RULE_MIN_LENGTH = 10.0  # points: a shorter dash is no border


def ruled_lines(page: pymupdf.Page) -> list[Rect]:
    """The page's horizontal and vertical lines, and the edges of its rectangles (table borders, cell
    shading), each as a thin rectangle."""
    rules: list[Rect] = []
    for path in page.get_cdrawings():
        for item in path["items"]:
            if item[0] == "l":
                (ax, ay), (bx, by) = item[1], item[2]
                if abs(ay - by) < 0.5 or abs(ax - bx) < 0.5:
                    rules.append((min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
            elif item[0] == "re":
                x0, y0, x1, y1 = pymupdf.Rect(item[1]).normalize()
                if y1 - y0 <= 2.0 or x1 - x0 <= 2.0:
                    rules.append((x0, y0, x1, y1))
                else:
                    rules += [(x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1)]
    return [r for r in rules if max(r[2] - r[0], r[3] - r[1]) >= _RULE_MIN_LENGTH]


def redact_page(page: pymupdf.Page, boxes: CharBoxes, reps: list[Replacement], text: str | None = None, *,
                shapes: bool = False) -> PageRecord:
    """Truly redact one page: remove what lies under each replacement's boxes and write the pseudonym.

    Args:
        page: The page, changed in place.
        boxes: The character boxes of the page's text (or of words OCR read in its pictures).
        reps: The replacements, with offsets into that text.
        text: The page's text (read from the page when not given and a line must make room).
        shapes: Words read by OCR from a whole page: every drawing the boxes touch is removed too
            (the words may be vector outlines, which a box never wholly covers), and no draft
            text is moved to make room (it is not text that can be written again).

    Returns:
        Per replacement, where it was written (its boxes, and the text in each), and the draft text
        moved along its line to make room.
    """
    pieces: list[Piece] = []
    owner: list[int] = []
    own: list[list[Rect]] = [[] for _ in reps]
    for n, r in enumerate(reps):
        lines = boxes.line_spans(r.start, r.end)
        texts = _split_words(r.replacement, lines) if lines else []
        for (rect, size, a, b), part in zip(lines, texts, strict=True):
            pieces.append(Piece(rect, part, size, a, b))
            owner.append(n)
            own[n].append(rect)
    if not pieces:
        return PageRecord([BoxRecord(page.number + 1, ()) for _ in reps], [], [])
    if text is None and not shapes:
        text = page_segment(page).text
    layout = lay_out(pieces, text or "", boxes, reflow=not shapes and text is not None,
                     rules=lambda: ruled_lines(page))
    where: list[list[tuple[Rect, str]]] = [[] for _ in reps]
    for placed in sorted((p for p in layout.placed if p.pseudonym), key=lambda p: (p.piece, p.rect[1], p.rect[0])):
        where[owner[placed.piece]].append((placed.rect, placed.text.replace("\n", " ")))
    records = [BoxRecord(page.number + 1, tuple(rects), tuple(w)) for rects, w in zip(own, where, strict=True)]
    moved_boxes = [box for k in layout.moved if (box := boxes.box(k)) is not None]
    cleared = [p.rect for p in pieces] + moved_boxes
    if page.get_images():
        # Image pixels under the whole visible box (a photo or a scanned signature under a name).
        mark_for_redaction(page, [pymupdf.Rect(rect) for rect in cleared])
        apply_redactions(page, images=pymupdf.PDF_REDACT_IMAGE_PIXELS, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                         text=pymupdf.PDF_REDACT_TEXT_NONE)
    # The text and drawings under each box, and the words moved along a line to make room, with a
    # slightly inset area so letters of neighbouring lines are untouched.
    mark_for_redaction(page, [_redaction_rect(rect) for rect in cleared])
    apply_redactions(page, images=pymupdf.PDF_REDACT_IMAGE_NONE,
                     graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED if shapes
                     else pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED, text=pymupdf.PDF_REDACT_TEXT_REMOVE)
    draw_replacements(page, _reading_order(layout.placed, reps, owner, _own_text_left(text or "", reps)))
    moved = [(p.rect, p.text) for p in layout.placed if not p.pseudonym]
    return PageRecord(records, moved, layout.moved)


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


def remove_page_images(page: pymupdf.Page) -> None:
    """Remove every picture from a page (the board's ``images: remove``), leaving a dashed outline."""
    rects = [r for info in page.get_image_info() if not (r := pymupdf.Rect(info["bbox"]) & page.rect).is_empty]
    if not rects:
        return
    for rect in rects:
        page.add_redact_annot(rect, fill=False, cross_out=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_REMOVE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                          text=pymupdf.PDF_REDACT_TEXT_NONE)
    shape = page.new_shape()
    for rect in rects:
        shape.draw_rect(rect)
    shape.finish(color=(0.6, 0.6, 0.6), width=0.5, dashes="[3] 0")
    shape.commit(overlay=True)


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
        records[part.id] = redact_page(target, found, reps, part.text, shapes=part.id.startswith("ocr:")).boxes
    return records


def _clean_containers(doc: pymupdf.Document, plan: Plan, document: Document) -> dict[str, Written]:
    """Everything outside page content: annotations, fields, links, bookmarks, files, metadata.

    Returns:
        The text written into the places kept (bookmarks, title), by segment id.
    """
    written: dict[str, Written] = {}
    kept = plan.kept_spans()
    forms = FormMatcher(((f, "x") for f in plan.replaced_forms()), any_case=True)
    for page in doc:
        for annot in list(page.annots() or []):
            page.delete_annot(annot)
        for widget in list(page.widgets() or []):
            page.delete_widget(widget)
        for link in page.get_links():
            uri = str(link.get("uri") or "")
            if link.get("kind") == pymupdf.LINK_URI and (not uri or any(forms.finditer(uri))):
                page.delete_link(link)
    hiding = HidingPlaces.of(plan)
    toc = doc.get_toc(simple=False)
    if toc:
        titles = [apply_replacements(str(entry[1]), plan.by_segment.get(f"toc:{i}", []), kept.get(f"toc:{i}", ()))
                  for i, entry in enumerate(toc)]
        # An entry still holding a replaced form in any case is dropped (its heading stands on its page).
        entries = [[entry[0], title.text, *entry[2:]] for entry, title in zip(toc, titles, strict=True)]
        doc.set_toc(outline_without(entries, hiding.holds_form))
        for i, title in enumerate(t for t in titles if not hiding.holds_form(t.text)):
            written[f"toc:{i}"] = title  # keyed as the output's outline is read back
    # Hidden (invisible) text was extracted, analysed and redacted like any other, so an OCR layer
    # stays searchable; scrub removes everything else that can hide text.
    doc.scrub(attached_files=True, clean_pages=False, embedded_files=True, hidden_text=False,
              javascript=True, metadata=True, redactions=False, remove_links=False, reset_fields=True,
              reset_responses=True, thumbnails=True, xml_metadata=True)
    title_reps = plan.by_segment.get("meta:title", [])
    original_title = next((s.text for s in document.of_kind("metadata") if s.id == "meta:title"), "")
    title = apply_replacements(original_title, title_reps, kept.get("meta:title", ()))
    if hiding.holds_form(title.text):
        title = Written("")
    written["meta:title"] = title
    neutralise_metadata(doc, title.text)
    return written


def render_pdf(document: Document, plan: Plan, out: Path, progress: Callable[[Progress], None] | None = None,
               name: str = "", *, remove_images: bool = False) -> PdfRendering:
    """Write the truly redacted PDF of a PDF draft to ``out`` (a temporary path chosen by the caller).

    Args:
        document: The PDF draft.
        plan: The replacements.
        out: Where to write.
        progress: Progress callback, per page.
        name: The output's final file name, for verification messages.
        remove_images: Remove every picture (the board's ``images: remove``).

    Returns:
        For each page segment id, where its replacements were drawn, in plan order; and what was
        written, for verification.
    """
    pages = list(document.of_kind("page"))
    kept = plan.kept_spans()
    with_areas = {a.page for a in plan.areas}
    pictured = {s.page for s in document.of_kind("image_text")}

    def redact(doc: pymupdf.Document, i: int) -> PageDone:
        return redact_one_page(doc, document, plan, pages[i], kept.get(pages[i].id, []), remove_images=remove_images)

    def shareable(i: int) -> bool:
        page = pages[i].page
        return page is not None and page not in with_areas and page not in pictured and not remove_images

    def tick(done: int) -> None:
        if progress is not None:
            progress(Progress(done, len(pages), "redacting pages"))

    with open_pdf(document.path, document.password) as doc:
        done = share_pages(doc, len(pages), redact, weight=lambda i: len(plan.by_segment.get(pages[i].id, [])),
                           shareable=shareable, reopen=lambda: open_pdf(document.path, document.password),
                           page_of=lambda i: pages[i].page or 0, progress=tick)
        records = {k: v for d in done for k, v in d.records.items()}
        drawn = [x for d in done for x in d.drawn]
        flow = [d.flow for d in done]
        redacted = {seg.page for seg in pages}
        for number in range(doc.page_count):
            if number not in redacted:  # a page with no text segment (a blank or scanned page)
                doc[number].clean_contents(sanitize=True)
        places = _clean_containers(doc, plan, document)
        save_clean(doc, out, pages_cleaned=True)
    # A pseudonym box that an area redaction then covered is gone with everything else under the area.
    drawn = [d for d in drawn if not any(a.page == d.page and touches(d.rect, a.rect) for a in plan.areas)]
    return PdfRendering(records, Expected(out, "boxes", name, places, drawn, flow))


@dataclass(frozen=True, slots=True)
class PageDone:
    """What redacting one page did: where each replacement went (by segment id), what was drawn, the text left."""

    records: dict[str, list[BoxRecord]]
    drawn: list[Drawn]
    flow: Written


def redact_one_page(doc: pymupdf.Document, document: Document, plan: Plan, seg: Segment, kept: list[tuple[int, int]],
                    *, remove_images: bool = False) -> PageDone:
    """Redact one page of ``doc`` (the draft, opened) as ``plan`` says: its text, its pictures, its areas."""
    records: dict[str, list[BoxRecord]] = {}
    drawn: list[Drawn] = []
    reps = plan.by_segment.get(seg.id, [])
    areas = [a.rect for a in plan.areas if a.page == seg.page]
    boxes = seg.boxes
    moved_chars: list[int] = []
    if (reps or areas) and seg.page is not None:
        boxes = _boxes(doc, seg, document)
        if reps:
            done = redact_page(doc[seg.page], boxes, reps, seg.text)
            moved_chars = done.moved_chars
            records[seg.id] = done.boxes
            drawn.extend(Drawn(seg.page, rect, t) for rec in done.boxes for rect, t in rec.written)
            drawn.extend(Drawn(seg.page, rect, t, replaced=False) for rect, t in done.moved)
    if seg.page is not None:
        pictures = redact_pictures(doc[seg.page], doc, document, plan, seg.page)
        records.update(pictures)
        drawn.extend(Drawn(seg.page, rect, t) for recs in pictures.values() for rec in recs for rect, t in rec.written)
        redact_areas(doc[seg.page], (a for a in plan.areas if a.page == seg.page))
        if remove_images:
            remove_page_images(doc[seg.page])
        # Its content cleaned and sanitised here (resources it never uses dropped), in whichever process
        # redacted it, so the save need not clean every page again in this one.
        doc[seg.page].clean_contents(sanitize=True)
    return PageDone(records, drawn, _page_left(seg.text, boxes, reps, areas, kept, moved_chars))


@dataclass(frozen=True, slots=True)
class _Removed:
    start: int
    end: int
    replacement: str = ""


def _page_left(text: str, boxes: CharBoxes | None, reps: list[Replacement], areas: list[Rect],
               kept: list[tuple[int, int]], moved: list[int]) -> Written:
    """The draft's page text as left around the boxes: replaced spans (drawn apart) and areas removed.

    Draft text moved along its paragraph to make room stays, marked as written elsewhere.
    """
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
    left = apply_replacements(text, removed, kept, drop=True)
    if not moved:
        return left
    # The moved characters' offsets, carried past the removed spans (which never contain them).
    ends = [r.end for r in removed]
    gone = [0]
    for r in removed:
        gone.append(gone[-1] + r.end - r.start)

    def shifted(k: int) -> int:
        return k - gone[bisect.bisect_right(ends, k)]

    runs: list[list[int]] = []
    for k in sorted(moved):
        if runs and k == runs[-1][1]:
            runs[-1][1] = k + 1
        else:
            runs.append([k, k + 1])
    return replace(left, moved=tuple((shifted(a), shifted(a) + b - a) for a, b in runs))


def neutralise_metadata(doc: pymupdf.Document, title: str) -> None:
    """Clear every metadata field but the (already pseudonymised) title, and delete the XMP packet."""
    doc.set_metadata({**NEUTRAL_METADATA, "title": title})
    doc.del_xml_metadata()


def scrub_pdf_file(path: Path, hiding: HidingPlaces) -> None:
    """Neutral metadata and no XMP on a PDF made elsewhere (LibreOffice), saved afresh in place; outline
    entries (made from the headings) and a title that hold a replaced form in any case are dropped."""
    tmp = path.with_name(path.name + ".scrub")
    with pymupdf.open(path) as doc:
        toc = doc.get_toc(simple=False)
        kept = outline_without(toc, hiding.holds_form)
        if len(kept) < len(toc):
            doc.set_toc(kept)
        title = (doc.metadata or {}).get("title", "")
        neutralise_metadata(doc, "" if hiding.holds_form(title) else title)
        save_clean(doc, tmp)
    tmp.replace(path)


def save_clean(doc: pymupdf.Document, out: Path, *, pages_cleaned: bool = False) -> None:
    """Save as a fresh, compacted file: no incremental sections, unused objects dropped, every page's content
    cleaned and sanitised (here, unless ``pages_cleaned``: each page's ``clean_contents`` has been called)."""
    doc.save(out, garbage=4, deflate=True, clean=not pages_cleaned, incremental=False, no_new_id=False,
             encryption=pymupdf.PDF_ENCRYPT_NONE, preserve_metadata=0)
