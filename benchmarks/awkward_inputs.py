"""What a user sees for each awkward draft, and how long OCR takes a page (not a test).

    .venv/bin/python benchmarks/awkward_inputs.py [--results]

Builds each awkward input the way the tests do (a scanned letter by rasterising a text page, a
corrupt file by truncating one, an encrypted PDF, a Word file with every hiding place …), runs the
real ``redactor`` command line on it (in this process, so the NLP model loads once) and records the
exit code and exactly what it printed. Then times OCR: the draft whose last page is a scanned
letter, loaded with and without Tesseract (the difference is the OCR of that page, wall and CPU
including the ``tesseract`` processes), and the bundled all-scanned fixture. ``--results`` writes
the table into benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import write_section  # noqa: E402
from redactor.case import Case  # noqa: E402
from redactor.cli import main as cli  # noqa: E402
from redactor.load import load  # noqa: E402
from tests.redactor.awkward_docx import awkward_docx  # noqa: E402
from tests.redactor.builders import make_pdf, register  # noqa: E402
from tests.redactor.scans import LETTER, outlined, path_without_tesseract, rasterise, text_pdf, word_picture  # noqa: E402

FIXTURES = ROOT / "fixtures"
INTRO = ["Child Safeguarding Practice Review", "This review concerns Chloe Hartley and her family.",
         "The panel met in May 2021."]
REGISTER = """entities:
  - {name: Chloe Hartley, type: PERSON, pseudonym: Child Q, variants: [Chloe, Ms Hartley]}
  - {name: 14 Mossbank Terrace, type: LOCATION, pseudonym: "[redacted]"}
  - {name: OL4 2RW, type: IDENTIFIER, pseudonym: "[redacted]"}
keep: [Westbridge]
"""


def run(argv: list[str], env: dict[str, str] | None = None) -> tuple[int, str, float]:
    """Exit code, what the command printed (stderr first, then the stdout lines worth showing), seconds."""
    out, err = io.StringIO(), io.StringIO()
    saved = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    start = time.perf_counter()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli(argv)
            except SystemExit as exc:
                code = int(exc.code or 0)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    seconds = time.perf_counter() - start
    shown = [line for line in err.getvalue().splitlines() if line.strip() and not line.startswith("MuPDF")]
    shown += [line for line in out.getvalue().splitlines()
              if "redactions;" in line or "NEEDS MANUAL REVIEW" in line or "read by OCR" in line]
    return code, " / ".join(shown), seconds


def _short(text: str, limit: int = 260) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + " …"


def cases(tmp: Path) -> list[tuple[str, Callable[[], list[str]], dict[str, str]]]:
    """(what was tried, argv builder, environment changes)."""
    reg = tmp / "register.yaml"
    reg.write_text(REGISTER, encoding="utf-8")
    no_tess = {"PATH": path_without_tesseract(tmp)}

    def scanned_letter() -> Path:
        return rasterise(text_pdf(tmp / "typed.pdf", [INTRO, LETTER]), tmp / "scanned-letter.pdf", pages={1})

    def redact(draft: Path, *extra: str, name: str = "") -> list[str]:
        out = tmp / "out" / f"{name or draft.stem}.pdf"
        return ["redact", str(draft), "--register", str(reg), "--accept-all", "-o", str(out), *extra]

    def encrypted() -> Path:
        path = tmp / "encrypted.pdf"
        make_pdf(tmp / "plain.pdf", INTRO, with_containers=False)
        with pymupdf.open(tmp / "plain.pdf") as doc:
            doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="user-pw", owner_pw="owner-pw")
        return path

    def truncated() -> Path:
        data = (FIXTURES / "sample_draft.pdf").read_bytes()
        (tmp / "truncated.pdf").write_bytes(data[: len(data) // 3])
        return tmp / "truncated.pdf"

    def picture_page() -> Path:
        doc = pymupdf.open()
        page = doc.new_page()
        page.insert_text((72, 72), "Genogram of the family (below).", fontname="helv", fontsize=11)
        page.insert_image(pymupdf.Rect(72, 100, 372, 153), pixmap=word_picture("Chloe Hartley aged 7"))
        doc.save(tmp / "picture.pdf")
        return tmp / "picture.pdf"

    def shapes() -> Path:
        return outlined(text_pdf(tmp / "typed2.pdf", [INTRO, LETTER]), tmp / "shapes.pdf")

    def utf16_no_bom() -> Path:
        path = tmp / "utf16.txt"
        path.write_bytes("Chloë Hartley's review, café notes.\n".encode("utf-16-le"))
        return path

    def cp1252() -> Path:
        path = tmp / "cp1252.txt"
        path.write_bytes("Chloe Hartley – the panel’s notes, £20.\n".encode("cp1252"))
        return path

    def existing() -> list[str]:
        argv = redact(FIXTURES / "sample_draft.txt", name="exists")
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            cli(argv)  # the first export, so the second finds its outputs
        return argv

    def encrypted_case(passphrase: str | None) -> list[str]:
        folder = tmp / "enc-case"
        if not folder.exists():
            reg_path, _ = register(tmp)
            case = Case.create(folder, register_path=reg_path, passphrase="right passphrase")
            case.add_draft(FIXTURES / "sample_draft.txt")
        argv = ["redact", "--case", str(folder), "--accept-all", "-o", str(tmp / "out" / "case.pdf")]
        return argv + (["--case-passphrase", passphrase] if passphrase else [])

    return [
        ("PDF, last page a scanned letter (child's name, address, postcode), register",
         lambda: redact(scanned_letter()), {}),
        ("the same, Tesseract not installed", lambda: redact(scanned_letter(), name="noocr"), no_tess),
        ("the same, no Tesseract, page checked by the reviewer",
         lambda: redact(scanned_letter(), "--reviewed-pages", "2", name="reviewed"), no_tess),
        ("whole PDF scanned (fixtures/scanned.pdf)", lambda: redact(FIXTURES / "scanned.pdf"), {}),
        ("text drawn as vector shapes (no text layer)", lambda: redact(shapes()), {}),
        ("picture with words on a text page (genogram label)", lambda: redact(picture_page()), {}),
        ("encrypted PDF, no password", lambda: redact(encrypted(), name="enc1"), {}),
        ("encrypted PDF, wrong password", lambda: redact(encrypted(), "--password", "nope", name="enc2"), {}),
        ("encrypted PDF, --password", lambda: redact(encrypted(), "--password", "user-pw", name="enc3"), {}),
        ("PDF cut to a third (truncated download)", lambda: redact(truncated()), {}),
        ("corrupt PDF (fixtures/corrupt.pdf)", lambda: redact(FIXTURES / "corrupt.pdf"), {}),
        ("PDF with no text and no pictures (fixtures/empty.pdf)", lambda: redact(FIXTURES / "empty.pdf"), {}),
        ("corrupt Word file (fixtures/corrupt.docx)", lambda: redact(FIXTURES / "corrupt.docx"), {}),
        ("a .docx that is not a Word file", lambda: redact(FIXTURES / "not_a_docx.docx"), {}),
        ("old Word .doc", lambda: redact(_touch(tmp / "old.doc", b"\xd0\xcf\x11\xe0")), {}),
        ("Word: hidden text, form field, content control, bookmark, OLE object, SmartArt, chart",
         lambda: redact(awkward_docx(tmp / "awkward.docx")), {}),
        ("binary file named .txt (fixtures/binary.txt)", lambda: redact(FIXTURES / "binary.txt"), {}),
        ("empty .txt", lambda: redact(FIXTURES / "empty.txt"), {}),
        ("UTF-16 text without a byte-order mark", lambda: redact(utf16_no_bom()), {}),
        ("Windows-1252 text", lambda: redact(cp1252()), {}),
        ("output already exists (no --force)", existing, {}),
        ("output name is the draft itself", lambda: ["redact", str(tmp / "self.pdf"), "-o", str(tmp / "self.pdf"),
                                                     "--accept-all"], {}),
        ("encrypted case folder, no passphrase", lambda: encrypted_case(None), {"REDACTOR_CASE_PASSPHRASE": ""}),
        ("encrypted case folder, wrong passphrase", lambda: encrypted_case("wrong"), {}),
        ("encrypted case folder, --case-passphrase", lambda: encrypted_case("right passphrase"), {}),
    ]


def _touch(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def ocr_times(tmp: Path) -> list[str]:
    """Wall and CPU seconds of OCR per page."""
    rows = []
    draft = rasterise(text_pdf(tmp / "t.pdf", [INTRO, LETTER]), tmp / "ocr-letter.pdf", pages={1})
    shutil.copy(FIXTURES / "scanned.pdf", tmp / "scanned.pdf")
    for label, path in (("scanned letter page (150 dpi scan)", draft), ("fixtures/scanned.pdf", tmp / "scanned.pdf")):
        timings = []
        for env in ({"PATH": path_without_tesseract(tmp)}, {}):
            saved = os.environ["PATH"]
            os.environ.update(env)
            before = resource.getrusage(resource.RUSAGE_CHILDREN), resource.getrusage(resource.RUSAGE_SELF)
            start = time.perf_counter()
            doc = load(path)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN), resource.getrusage(resource.RUSAGE_SELF)
            os.environ["PATH"] = saved
            cpu = sum(a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime for a, b in zip(after, before, strict=True))
            timings.append((wall, cpu, doc))
        pages = len(timings[1][2].ocr_pages) or 1
        wall = (timings[1][0] - timings[0][0]) / pages
        cpu = (timings[1][1] - timings[0][1]) / pages
        rows.append(f"| {label} | {len(timings[1][2].ocr_pages)} | {wall:.1f} | {cpu:.1f} |")
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--results", action="store_true", help="write the tables into benchmarks/RESULTS.md")
    args = ap.parse_args()
    rows = ["| awkward input | exit | what the user sees | s |", "|---|---|---|---|"]
    with tempfile.TemporaryDirectory(prefix="redactor-awkward-") as folder:
        tmp = Path(folder)
        (tmp / "self.pdf").write_bytes((FIXTURES / "sample_draft.pdf").read_bytes())
        for label, argv, env in cases(tmp):
            code, shown, seconds = run(argv(), env)
            rows.append(f"| {label} | {code} | {_short(shown).replace('|', '/')} | {seconds:.1f} |")
            print(rows[-1], flush=True)
        ocr = ["| OCR of | pages read | wall s/page | CPU s/page |", "|---|---|---|---|", *ocr_times(tmp)]
    print("\n".join(ocr))
    if args.results:
        write_section(ROOT / "benchmarks" / "RESULTS.md", "awkward-inputs", "\n".join([
            "## Awkward inputs: what the user sees", "",
            "`benchmarks/awkward_inputs.py`: each input built as the tests build it, through the real "
            "`redactor redact` (register of the child, her address and postcode; `--accept-all`). "
            "Exit 0 = redacted and verified, 1 = leak (nothing written), 2 = refused with the reason shown. "
            "Times on the shared 2-core machine under load.", "", *rows, "",
            "OCR time per page (Tesseract TSV at 300 dpi, one `tesseract` per core; the draft loaded with "
            "and without Tesseract, the difference divided by the pages read):", "", *ocr]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
