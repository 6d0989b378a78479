"""OCR engines compared on scanned pages whose true text and word boxes are known; writes benchmarks/OCR.md.

Pages of the sample draft (or, with ``--corpus``, of the dev-corpus PDFs) are rasterised as a
scanner would (greyscale JPEG at 100/150/200 dpi) and read three ways:

* ``redactor`` – what Redactor uses: each page rendered at 300 dpi and read by the ``tesseract``
  command as TSV (``redactor.ocr``);
* ``pymupdf`` – PyMuPDF's OCR text page (``Page.get_textpage_ocr(full=True, dpi=300)``);
* ``ocrmypdf`` – ``ocrmypdf`` (if installed), then the text layer it adds.

For each: word recall and precision against the page's real words (order-aware, via difflib),
recall of the words that matter (capitalised words and numbers: names, places, identifiers),
how well the word boxes cover the ink (share of each true word's ink box inside the OCR box),
and CPU seconds per page (this process plus its children, so a busy machine does not inflate it).

    .venv/bin/python benchmarks/ocr_compare.py [--pages 4] [--corpus]
"""

from __future__ import annotations

import argparse
import difflib
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from redactor.ocr import DPI, Word, _char_boxes, read_png, tesseract  # noqa: E402

Words = list[tuple[str, pymupdf.Rect]]


def _norm(word: str) -> str:
    return re.sub(r"\W", "", word).lower()


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def scan(src: Path, out: Path, pages: list[int], dpi: int) -> Path:
    """Rasterise the pages as a scanner would: greyscale JPEG, no text layer."""
    with pymupdf.open(src) as doc, pymupdf.open() as scanned:
        for p in pages:
            pix = doc[p].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            page = scanned.new_page(width=doc[p].rect.width, height=doc[p].rect.height)
            page.insert_image(page.rect, stream=pix.tobytes("jpeg", jpg_quality=75))
        scanned.save(out)
    return out


def truth(src: Path, pages: list[int]) -> list[Words]:
    """The real words of each page, with the box of their ink."""
    out: list[Words] = []
    with pymupdf.open(src) as doc:
        for p in pages:
            page = doc[p]
            words: Words = []
            for w in page.get_text("words"):
                rect = pymupdf.Rect(w[:4])
                pix = page.get_pixmap(matrix=pymupdf.Matrix(4, 4), clip=rect, colorspace=pymupdf.csGRAY)
                dark = [i for i, v in enumerate(pix.samples) if v < 128]
                if dark:
                    xs = [i % pix.width for i in dark]
                    ys = [i // pix.width for i in dark]
                    rect = pymupdf.Rect(rect.x0 + min(xs) / 4, rect.y0 + min(ys) / 4,
                                        rect.x0 + (max(xs) + 1) / 4, rect.y0 + (max(ys) + 1) / 4)
                words.append((w[4], rect))
            out.append(words)
    return out


def by_redactor(scanned: Path) -> list[Words]:
    exe = tesseract()
    assert exe, "tesseract is not installed"
    out: list[Words] = []
    with pymupdf.open(scanned) as doc:
        for page in doc:
            zoom = DPI / 72
            pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY)
            # The area Redactor clears for each word: its character boxes (padded beyond the ink).
            out.append([(w.text, _union(w) * ~pymupdf.Matrix(zoom, zoom)) for w in read_png(exe, pix.tobytes("png"))])
    return out


def _union(word: Word) -> pymupdf.Rect:
    rect = pymupdf.Rect()
    for box in _char_boxes(word):
        rect |= pymupdf.Rect(box)
    return rect


def by_pymupdf(scanned: Path) -> list[Words]:
    out: list[Words] = []
    with pymupdf.open(scanned) as doc:
        for page in doc:
            tp = page.get_textpage_ocr(full=True, dpi=DPI, language="eng")
            out.append([(w[4], pymupdf.Rect(w[:4])) for w in page.get_text("words", textpage=tp)])
    return out


def by_ocrmypdf(scanned: Path) -> list[Words]:
    with tempfile.TemporaryDirectory() as tmp:
        out_pdf = Path(tmp) / "ocr.pdf"
        subprocess.run(["ocrmypdf", "-q", "--jobs", "1", "--output-type", "pdf", "--optimize", "0",
                        str(scanned), str(out_pdf)], check=True)
        with pymupdf.open(out_pdf) as doc:
            return [[(w[4], pymupdf.Rect(w[:4])) for w in page.get_text("words")] for page in doc]


def measure(real: list[Words], got: list[Words]) -> dict[str, float]:
    matched = total = found = key_total = key_matched = 0
    cover: list[float] = []
    for t, g in zip(real, got, strict=True):
        tn, gn = [_norm(w) for w, _ in t], [_norm(w) for w, _ in g]
        sm = difflib.SequenceMatcher(a=tn, b=gn, autojunk=False)
        pairs = [(block.a + k, block.b + k) for block in sm.get_matching_blocks() for k in range(block.size)]
        matched += len(pairs)
        total += sum(1 for w in tn if w)
        found += sum(1 for w in gn if w)
        key = {i for i, (w, _) in enumerate(t) if w[:1].isupper() or any(c.isdigit() for c in w)}
        key_total += len(key)
        key_matched += sum(1 for a, _ in pairs if a in key)
        for a, b in pairs:
            ink, box = t[a][1], g[b][1]
            cover.append(abs(ink & box) / abs(ink) if abs(ink) else 1.0)
    return {"recall": matched / max(1, total), "precision": matched / max(1, found),
            "key_recall": key_matched / max(1, key_total),
            "ink_covered": sum(cover) / max(1, len(cover)),
            "fully_covered": sum(c > 0.98 for c in cover) / max(1, len(cover))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=4)
    ap.add_argument("--source", type=Path, default=ROOT / "fixtures" / "sample_draft.pdf")
    args = ap.parse_args()
    pages = list(range(args.pages))
    real = truth(args.source, pages)
    engines: dict[str, Callable[[Path], list[Words]]] = {"redactor (tesseract TSV)": by_redactor,
                                                         "pymupdf get_textpage_ocr": by_pymupdf}
    if shutil.which("ocrmypdf"):
        engines["ocrmypdf text layer"] = by_ocrmypdf
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for dpi in (100, 150, 200):
            scanned = scan(args.source, Path(tmp) / f"scan{dpi}.pdf", pages, dpi)
            for name, engine in engines.items():
                c0, t0 = _cpu(), time.perf_counter()
                got = engine(scanned)
                cpu, wall = (_cpu() - c0) / len(pages), (time.perf_counter() - t0) / len(pages)
                m = measure(real, got)
                rows.append((dpi, name, m, cpu, wall))
                print(f"{dpi} dpi {name}: recall {m['recall']:.3f} key {m['key_recall']:.3f} "
                      f"precision {m['precision']:.3f} ink covered {m['ink_covered']:.3f} "
                      f"({m['fully_covered']:.2f} fully) cpu {cpu:.2f}s/page wall {wall:.2f}s/page", flush=True)
    lines = ["# OCR engines on scanned pages", "",
             f"Source: `{args.source.relative_to(ROOT) if args.source.is_relative_to(ROOT) else args.source}`, "
             f"pages 1-{args.pages}, rasterised as greyscale JPEG at each scan resolution; every engine reads at "
             f"{DPI} dpi. Written by `benchmarks/ocr_compare.py`.", "",
             "| scan | engine | word recall | names/numbers recall | precision | ink inside box | words fully "
             "covered | CPU s/page | wall s/page |", "|---|---|---|---|---|---|---|---|---|"]
    for dpi, name, m, cpu, wall in rows:
        lines.append(f"| {dpi} dpi | {name} | {m['recall']:.3f} | {m['key_recall']:.3f} | {m['precision']:.3f} | "
                     f"{m['ink_covered']:.3f} | {m['fully_covered']:.2f} | {cpu:.2f} | {wall:.2f} |")
    lines += ["", "Redactor removes the pixels under each OCR box, so boxes must cover the ink (\"words fully "
              "covered\"), and it must find the names and numbers (\"names/numbers recall\"). CPU seconds "
              "include child processes; wall seconds depend on how busy the machine is."]
    (ROOT / "benchmarks" / "OCR.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
