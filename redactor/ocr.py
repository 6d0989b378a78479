"""Read text from pictures with Tesseract: scanned pages, text drawn as shapes, and words inside images.

Each picture is rendered (or extracted) by PyMuPDF and read by the ``tesseract`` command as TSV,
which gives every word with its box; the words become a segment whose character boxes lie over
the picture, so analysis and redaction treat them like any other text, and the redactor removes
the pixels under each box. This beat PyMuPDF's built-in OCR text page (which missed whole table
cells) and ``ocrmypdf`` (whose text layer moves word boxes off the ink) on word recall and box
accuracy: see ``benchmarks/ocr_compare.py``.

Pictures are read in parallel, one ``tesseract`` process per core (each single-threaded),
while this thread renders the next pages; progress is reported per picture and each page's
time is logged. No image of the draft is written to disk: PNGs go to Tesseract on its stdin.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import pymupdf

from redactor.document import CharBoxes, ImageInfo, Segment
from redactor.progress import Progress

log = logging.getLogger(__name__)

LANGUAGE = "eng"
DPI = 300  # Tesseract reads best at about 300 dpi
TIMEOUT_S = 180.0  # one picture; a page that takes longer is left for manual review
MIN_TEXT_CHARS = 20  # fewer letters and digits than this: the page has no usable text layer ...
SCANNED_COVERAGE = 0.3  # ... and images cover this share of it: a scanned page
GLYPH_SHAPES = 30  # ... or it has this many small filled shapes: text drawn as outlines
GLYPH_MAX_PT = 48.0  # a filled shape no larger than this either way may be a letter
MIN_IMAGE_PT = 24.0  # a picture smaller than this on either side (a rule, a bullet) is not read
MIN_IMAGE_PX = 16
MAX_UPSCALE = 4.0
UPSCALE_TO_PX = 2500  # small pictures are enlarged towards this many pixels on their longer side
STAGE = "reading pictures (OCR)"
# What MuPDF raises for a picture it cannot decode (a damaged stream, an unknown format).
DECODE_ERRORS: tuple[type[Exception], ...] = (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase)

ProgressFn = Callable[[Progress], None]


class OcrError(Exception):
    """Tesseract failed on one picture (the reason is one line)."""


@dataclass(frozen=True, slots=True)
class Word:
    """One word Tesseract read, in the picture's pixels.

    Attributes:
        text: The word.
        box: Its box (x0, y0, x1, y1) in pixels.
        line: ``(block, paragraph, line)`` numbers: which line of which paragraph it belongs to.
        line_box: The box of its whole line, in pixels (gives every word of a line the same height).
        conf: Tesseract's confidence, 0-100.
    """

    text: str
    box: tuple[float, float, float, float]
    line: tuple[int, int, int]
    line_box: tuple[float, float, float, float]
    conf: float


# -- Tesseract ---------------------------------------------------------------------------------------
@lru_cache(maxsize=8)
def _languages(exe: str) -> frozenset[str]:
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def tesseract() -> str | None:
    """The ``tesseract`` command on PATH with English data, or ``None`` (OCR unavailable)."""
    exe = shutil.which("tesseract")
    if exe is None or LANGUAGE not in _languages(exe):
        return None
    return exe


def read_png(exe: str, png: bytes) -> list[Word]:
    """Every word Tesseract reads in a PNG, in reading order.

    Raises:
        OcrError: Tesseract failed or timed out.
    """
    # One thread per process: pictures are read in parallel processes, and OpenMP threads in each
    # would only compete for the same cores.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        proc = subprocess.run([exe, "stdin", "stdout", "-l", LANGUAGE, "--psm", "3", "tsv"], input=png,
                              capture_output=True, timeout=TIMEOUT_S, env=env, check=False)
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"Tesseract took longer than {TIMEOUT_S:.0f}s") from exc
    except OSError as exc:
        raise OcrError(f"Tesseract could not be run ({exc.strerror})") from exc
    if proc.returncode != 0:
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"Tesseract failed ({lines[-1][:120] if lines else f'exit {proc.returncode}'})")
    return parse_tsv(proc.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[Word]:
    """Words (level 5 rows) of Tesseract's TSV output, each with its line's box (level 4 rows)."""
    lines: dict[tuple[int, int, int], tuple[float, float, float, float]] = {}
    words: list[Word] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            level = int(row["level"])
            key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
            x, y, w, h = (float(row[k]) for k in ("left", "top", "width", "height"))
        except (KeyError, TypeError, ValueError):
            continue
        box = (x, y, x + w, y + h)
        if level == 4:
            lines[key] = box
        elif level == 5 and (row.get("text") or "").strip():
            words.append(Word(str(row["text"]).strip(), box, key, lines.get(key, box), float(row["conf"] or 0)))
    return words


# -- words to a segment ------------------------------------------------------------------------------
@cache
def _font() -> pymupdf.Font:
    return pymupdf.Font("helv")


def _char_boxes(word: Word) -> Iterator[tuple[float, float, float, float]]:
    """A box per character, in pixels: the word's width shared by glyph widths, the line's height.

    Boxes are padded a little beyond the ink (anti-aliased edges, accents), so removing the pixels
    under them leaves nothing legible.
    """
    y0, y1 = min(word.line_box[1], word.box[1]), max(word.line_box[3], word.box[3])
    pad = 0.15 * (y1 - y0)
    x0, x1 = word.box[0] - pad, word.box[2] + pad
    widths = [max(0.2, _font().text_length(c, fontsize=1)) for c in word.text]
    total = sum(widths)
    x = x0
    for w in widths:
        step = (x1 - x0) * w / total
        yield (x, y0 - pad, x + step, y1 + pad)
        x += step


def words_segment(words: list[Word], to_page: pymupdf.Matrix, seg_id: str, kind: Any, where: str,
                  page: int | None) -> Segment:
    """The words as one segment: a space between words of a paragraph, a newline between paragraphs.

    Args:
        words: Words in reading order, in pixels.
        to_page: Maps the picture's pixels to page coordinates.
        seg_id: The segment's id.
        kind: Its kind (``page`` or ``image_text``).
        where: Where it is, for messages.
        page: Its 0-based page (``None`` for a Word picture, whose boxes are in its own pixels).
    """
    chars: list[str] = []
    boxes = CharBoxes()
    prev: tuple[int, int, int] | None = None
    for word in words:
        if prev is not None:
            chars.append(" " if word.line[:2] == prev[:2] else "\n")
            boxes.append(None)
        prev = word.line
        line = pymupdf.Rect(word.line_box) * to_page
        size = 0.75 * min(line.width, line.height)
        for ch, box in zip(word.text, _char_boxes(word), strict=True):
            r = pymupdf.Rect(box) * to_page
            chars.append(ch)
            boxes.append((r.x0, r.y0, r.x1, r.y1), size)
    return Segment(seg_id, kind, "".join(chars), where, page=page, boxes=boxes)


# -- which pages and pictures need reading -----------------------------------------------------------
def usable_chars(text: str) -> int:
    """Letters and digits of a text layer (U+FFFD, what unmapped glyphs extract as, does not count)."""
    return sum(1 for c in text if c.isalnum())


def image_coverage(page: pymupdf.Page) -> float:
    """Share of the page's area that images cover."""
    area = abs(page.rect) or 1.0
    covered: float = sum(abs(pymupdf.Rect(info["bbox"]) & page.rect) for info in page.get_image_info())
    return covered / area


def needs_ocr(page: pymupdf.Page, text: str) -> bool:
    """Whether a page has no usable text layer but shows something: a scan, or text drawn as shapes."""
    if usable_chars(text) >= MIN_TEXT_CHARS:
        return False
    return image_coverage(page) >= SCANNED_COVERAGE or glyph_shapes(page) >= GLYPH_SHAPES


def glyph_shapes(page: pymupdf.Page) -> int:
    """Small filled vector shapes on a page: letters, when text was exported as outlines."""
    count = 0
    for d in page.get_cdrawings():
        r = pymupdf.Rect(d["rect"])
        if d.get("fill") is not None and r.width <= GLYPH_MAX_PT and r.height <= GLYPH_MAX_PT:
            count += 1
    return count


def _readable(info: dict[str, Any]) -> bool:
    rect = pymupdf.Rect(info["bbox"])
    return bool(min(rect.width, rect.height) >= MIN_IMAGE_PT and min(info["width"], info["height"]) >= MIN_IMAGE_PX)


# -- jobs: a picture to read and where its pixels go on the page -----------------------------------
@dataclass(slots=True)
class _Job:
    """One picture to read: how to render it, and (once read) its words, time or error."""

    key: str  # segment id
    page: int | None
    render: Callable[[], tuple[bytes, pymupdf.Matrix, tuple[int, int]]]  # PNG, pixels -> page, pixel size
    xref: int = 0  # an image object drawn several times is read once
    transform: pymupdf.Matrix | None = None  # the image's unit square -> this placement on the page
    result: list[Word] | None = None
    to_page: pymupdf.Matrix = field(default_factory=pymupdf.Matrix)
    size: tuple[int, int] = (0, 0)
    seconds: float = 0.0
    error: str = ""


def _page_render(page: pymupdf.Page) -> Callable[[], tuple[bytes, pymupdf.Matrix, tuple[int, int]]]:
    def render() -> tuple[bytes, pymupdf.Matrix, tuple[int, int]]:
        zoom = DPI / 72
        pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False,
                              annots=False)
        # Pixels -> the rotated page as shown -> page coordinates (those of its text and redactions).
        return pix.tobytes("png"), ~pymupdf.Matrix(zoom, zoom) * page.derotation_matrix, (pix.width, pix.height)
    return render


def _unit_to_page(size: tuple[int, int], transform: pymupdf.Matrix) -> pymupdf.Matrix:
    """Pixels of an image -> its unit square -> the page (it may be scaled, rotated or flipped there)."""
    return pymupdf.Matrix(1 / size[0], 0, 0, 1 / size[1], 0, 0) * transform


def prepared(pix: pymupdf.Pixmap) -> tuple[bytes, tuple[int, int]]:
    """A picture as Tesseract reads it best: greyscale PNG, small pictures enlarged.

    The scale depends on the picture alone (letters tall enough to read), so words read once fit
    every place the same image is drawn.

    Returns:
        The PNG and its size in pixels.
    """
    if pix.alpha:
        pix = pymupdf.Pixmap(pix, 0)
    if pix.colorspace is None or pix.colorspace.n != 1:
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
    scale = min(MAX_UPSCALE, UPSCALE_TO_PX / max(pix.width, pix.height))
    if scale > 1.05:
        pix = pymupdf.Pixmap(pix, round(pix.width * scale), round(pix.height * scale), None)
    return pix.tobytes("png"), (pix.width, pix.height)


def read_pixmaps(pictures: list[tuple[str, pymupdf.Pixmap]], progress: ProgressFn | None = None,
                 ) -> dict[str, tuple[list[Word] | None, pymupdf.Matrix, str]]:
    """Read pictures that are not on a page (Word pictures), several at once.

    Returns:
        For each key: the words read (``None`` if OCR failed), the matrix from the pixels read to the
        picture's own pixels, and the reason OCR failed.

    Raises:
        OcrError: Tesseract is not installed.
    """
    exe = tesseract()
    if exe is None:
        raise OcrError("Tesseract is not installed")

    def render_of(pix: pymupdf.Pixmap) -> Callable[[], tuple[bytes, pymupdf.Matrix, tuple[int, int]]]:
        def render() -> tuple[bytes, pymupdf.Matrix, tuple[int, int]]:
            png, size = prepared(pix)
            return png, pymupdf.Matrix(pix.width / size[0], 0, 0, pix.height / size[1], 0, 0), size
        return render

    jobs = [_Job(key, None, render_of(pix)) for key, pix in pictures]
    _run(exe, jobs, progress)
    return {job.key: (job.result, job.to_page, job.error) for job in jobs}


def _image_render(doc: pymupdf.Document, page: pymupdf.Page, info: dict[str, Any]
                  ) -> Callable[[], tuple[bytes, pymupdf.Matrix, tuple[int, int]]]:
    def render() -> tuple[bytes, pymupdf.Matrix, tuple[int, int]]:
        rect = pymupdf.Rect(info["bbox"])
        if info.get("xref"):
            png, size = prepared(pymupdf.Pixmap(doc, info["xref"]))
            return png, _unit_to_page(size, pymupdf.Matrix(info["transform"])), size
        # An inline image has no object of its own: render its area of the page instead.
        zoom = DPI / 72
        pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=rect, colorspace=pymupdf.csGRAY,
                              alpha=False, annots=False)
        to_page = ~pymupdf.Matrix(zoom, zoom) * pymupdf.Matrix(1, 0, 0, 1, rect.x0, rect.y0)
        return pix.tobytes("png"), to_page * page.derotation_matrix, (pix.width, pix.height)
    return render


def _run(exe: str, jobs: list[_Job], progress: ProgressFn | None, workers: int | None = None) -> None:
    """Read every job's picture, several at once; fills in each job's words (or error) and time.

    This thread renders the next pictures while ``workers`` Tesseract processes read; at most two
    rendered pictures per worker wait, so memory stays bounded on long drafts.
    """
    workers = max(1, min(len(jobs), workers or os.cpu_count() or 1))
    read_images: dict[int, _Job] = {}
    waiting: dict[int, list[_Job]] = {}
    finished = 0

    def read(png: bytes) -> tuple[list[Word], float]:
        started = time.perf_counter()
        return read_png(exe, png), time.perf_counter() - started

    def finish(job: _Job) -> None:
        nonlocal finished
        finished += 1
        if progress is not None:
            progress(Progress(finished, len(jobs), STAGE))

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr")
    pending: dict[Future[tuple[list[Word], float]], tuple[_Job, float]] = {}
    queue = iter(jobs)
    try:
        while True:
            while len(pending) < 2 * workers:
                job = next(queue, None)
                if job is None:
                    break
                if job.xref and job.xref in read_images:
                    waiting.setdefault(job.xref, []).append(job)
                    continue
                started = time.perf_counter()
                try:
                    png, job.to_page, job.size = job.render()
                except DECODE_ERRORS as exc:
                    job.error = f"the picture could not be decoded ({str(exc).splitlines()[0][:80]})"
                    finish(job)
                    continue
                if job.xref:
                    read_images[job.xref] = job
                pending[pool.submit(read, png)] = (job, time.perf_counter() - started)
            if not pending:
                break
            complete, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in complete:
                job, render_s = pending.pop(future)
                try:
                    job.result, ocr_s = future.result()
                    job.seconds = render_s + ocr_s
                except OcrError as exc:
                    job.error = str(exc)
                log.info("OCR %s: %d words in %.1fs", job.key, len(job.result or []), job.seconds)
                finish(job)
        for xref, same in waiting.items():
            first = read_images[xref]
            for job in same:
                job.result, job.error, job.size = first.result, first.error, first.size
                if job.transform is not None and first.size[0]:
                    job.to_page = _unit_to_page(first.size, job.transform)
                finish(job)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# -- the document -----------------------------------------------------------------------------------
@dataclass(slots=True)
class Reading:
    """What reading the pictures of a PDF added to its text layer."""

    pages: list[Segment]
    pictures: list[Segment] = field(default_factory=list)
    images: list[ImageInfo] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)
    unread_pages: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def page_list(pages: list[int]) -> str:
    """1-based page numbers, runs collapsed: ``3, 5-7``."""
    numbers = sorted(p + 1 for p in pages)
    runs: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        runs.append(str(numbers[i]) if i == j else f"{numbers[i]}-{numbers[j]}")
        i = j + 1
    return ", ".join(runs)


def read_pictures(doc: pymupdf.Document, pages: list[Segment], progress: ProgressFn | None = None,
                  exe: str | None = None, *, use_ocr: bool = True) -> Reading:
    """Find pages without a usable text layer and pictures on the others, and read them by OCR.

    Args:
        doc: The open PDF.
        pages: Its page segments from the text layer, one per page in order.
        progress: Called per picture read.
        exe: The ``tesseract`` command (found on PATH if not given).
        use_ocr: False to list pictures without reading them.

    Returns:
        The page segments (their text layers, unchanged), a segment of the words OCR read on each
        scanned page (``ocr:<page>``) and in each picture (``image:<page>:<n>``), every picture,
        and the pages read or left unread.
    """
    exe = (exe or tesseract()) if use_ocr else None
    reading = Reading(list(pages))
    jobs: list[_Job] = []
    scanned: list[int] = []
    unread_pictures = 0
    for page in doc:
        n = page.number
        is_scan = needs_ocr(page, pages[n].text)
        if is_scan:
            scanned.append(n)
            if exe:
                jobs.append(_Job(f"ocr:{n}", n, _page_render(page)))
        for i, info in enumerate(page.get_image_info(xrefs=True)):
            image_id = f"image:{n}:{i}"
            rect = tuple(round(float(v), 2) for v in info["bbox"])
            readable = not is_scan and _readable(info)
            reading.images.append(ImageInfo(image_id, f"page {n + 1} picture {i + 1}", n, rect,  # type: ignore[arg-type]
                                            int(info["width"]), int(info["height"]),
                                            "read" if is_scan and exe else "not read"))
            if readable and exe:
                jobs.append(_Job(image_id, n, _image_render(doc, page, info), int(info.get("xref") or 0),
                                 pymupdf.Matrix(info["transform"])))
            elif readable:
                unread_pictures += 1
    if jobs and exe:
        _run(exe, jobs, progress)
    results = {job.key: job for job in jobs}
    for n in scanned:
        job = results.get(f"ocr:{n}")
        if job is None or job.result is None:
            reading.unread_pages.append(n)
            if job is not None:
                reading.warnings.append(f"page {n + 1}: OCR failed ({job.error}); review the page yourself")
            continue
        reading.ocr_pages.append(n)
        seg = words_segment(job.result, job.to_page, f"ocr:{n}", "image_text", scan_where(n), n)
        if seg.text.strip():
            reading.pictures.append(seg)
    for k, info in enumerate(reading.images):
        job = results.get(info.id)
        if job is None:
            continue
        if job.result is None:
            reading.warnings.append(f"{info.where}: OCR failed ({job.error}); text inside it is not inspected")
            continue
        seg = words_segment(job.result, job.to_page, info.id, "image_text", info.where, job.page)
        reading.images[k] = _with_text(info, "read" if seg.text.strip() else "none")
        if seg.text.strip():
            reading.pictures.append(seg)
    if reading.unread_pages:
        why = "Tesseract is not installed" if not exe else "OCR failed"
        reading.warnings.insert(0, f"page(s) {page_list(reading.unread_pages)} have no text layer and could not be "
                                   f"read ({why}): each needs manual review before export")
    if unread_pictures:
        reading.warnings.append(f"{unread_pictures} picture(s) on text pages were not read (Tesseract is not "
                                "installed): text inside them is not inspected")
    return reading


def _with_text(info: ImageInfo, text: str) -> ImageInfo:
    return ImageInfo(info.id, info.where, info.page, info.rect, info.width, info.height, text)


# -- reading again (a cached analysis keeps no boxes) ---------------------------------------------
def scan_where(page: int) -> str:
    """Where the words OCR read from a whole (scanned) page are, for messages."""
    return f"page {page + 1} (scanned, read by OCR)"


def read_again(doc: pymupdf.Document, seg: Segment) -> Segment:
    """Read a segment of OCR'd words again exactly as the loader did, with its character boxes.

    Args:
        doc: The draft.
        seg: An ``ocr:<page>`` (whole page) or ``image:<page>:<n>`` (picture) segment.

    Raises:
        OcrError: Tesseract is missing or fails now, or the picture is no longer there.
    """
    exe = tesseract()
    if exe is None:
        raise OcrError(f"{seg.where} was read by OCR, but Tesseract is not installed now")
    if seg.page is None or seg.page >= doc.page_count:
        raise OcrError(f"{seg.where} is no longer in the draft")
    page = doc[seg.page]
    if seg.id.startswith("ocr:"):
        png, to_page, _ = _page_render(page)()
    else:
        index = int(seg.id.rsplit(":", 1)[1])
        infos = page.get_image_info(xrefs=True)
        if index >= len(infos):
            raise OcrError(f"{seg.where} is no longer in the draft")
        png, to_page, _ = _image_render(doc, page, infos[index])()
    return words_segment(read_png(exe, png), to_page, seg.id, seg.kind, seg.where, seg.page)


def page_texts(doc: pymupdf.Document, pages: list[int], progress: ProgressFn | None = None) -> dict[int, str]:
    """The OCR text of whole pages as they look (used to verify a written output).

    Raises:
        OcrError: Tesseract is missing.
    """
    exe = tesseract()
    if exe is None:
        raise OcrError("Tesseract is not installed")
    jobs = [_Job(f"page:{n}", n, _page_render(doc[n])) for n in pages]
    _run(exe, jobs, progress)
    out: dict[int, str] = {}
    for n, job in zip(pages, jobs, strict=True):
        if job.result is None:
            raise OcrError(f"page {n + 1}: {job.error}")
        out[n] = " ".join(w.text for w in job.result)
    return out
