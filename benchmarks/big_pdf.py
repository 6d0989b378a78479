"""Memory and time of ``redactor redact`` on long PDFs: peak memory must not grow with the page count (not a test).

    .venv/bin/python benchmarks/big_pdf.py [--pages 250,1000] [--results]

For each page count, builds a PDF of review prose (the dev-corpus drafts joined, or generated prose
when the corpus is absent: names, addresses, dates and identifiers throughout, ~2,800 characters a
page), runs the whole ``redactor -v redact --accept-all`` command as a user would (real NLP, real
verification, the redaction log and reports), samples the memory of its process tree every 100 ms
(proportional set size, so pages shared with the spaCy worker processes count once), and splits
time and peak memory into the command's stages by its progress lines: load (start-up, engine and
model, PDF text layer, pictures), analyse (NLP, grouping, suggestions), export (redact pages,
verify, audit, log and reports, publish). ``--results`` writes the table into benchmarks/RESULTS.md.

The command runs under ``nice`` (spaCy uses two processes on long drafts, as it does for users):
about 4 minutes for 250 pages and 9 for 1,000 on the shared, busy 2-core machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import REDACTOR, write_section  # noqa: E402
from benchmarks.pipeline import CHARS_PER_PAGE, RESULTS, build_text  # noqa: E402

STAGES = ("load", "analyse", "export")
# The progress line that starts each stage after the first.
STARTS = {"  analysing:": "analyse", "  redacting pages:": "export"}


def build_pdf(pages: int, out: Path) -> Path:
    """A PDF of ``pages`` A4 pages of review prose in Helvetica 9.5 pt."""
    text = build_text(pages)
    doc = pymupdf.open()
    rect = pymupdf.Rect(56, 56, 595 - 56, 842 - 56)
    for start in range(0, len(text), CHARS_PER_PAGE):
        page = doc.new_page(width=595, height=842)
        page.insert_textbox(rect, text[start:start + CHARS_PER_PAGE], fontname="helv", fontsize=9.5)
    doc.save(out, garbage=3, deflate=True)
    doc.close()
    return out


@dataclass
class Run:
    """One command run: seconds and peak memory (MB, whole process tree) per stage."""

    pages: int
    size_mb: float
    seconds: dict[str, float] = field(default_factory=dict)
    peak_mb: dict[str, float] = field(default_factory=dict)
    redactions: int = 0

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())

    @property
    def peak(self) -> float:
        return max(self.peak_mb.values())


def run_redact(draft: Path, out: Path) -> Run:
    """``redactor -v redact DRAFT --accept-all -o OUT``, sampled."""
    run = Run(pymupdf.open(draft).page_count, draft.stat().st_size / 1e6)
    proc = subprocess.Popen(["nice", "-n", "10", str(REDACTOR), "-v", "redact", str(draft), "--accept-all",
                             "-o", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stage = ["load"]
    started = {"load": time.perf_counter()}
    peaks = dict.fromkeys(STAGES, 0.0)
    stop = threading.Event()

    def sample() -> None:
        root = psutil.Process(proc.pid)
        while not stop.is_set():
            try:
                # PSS: pages shared between the command and its spaCy workers are counted once.
                pss = sum(p.memory_full_info().pss for p in [root, *root.children(recursive=True)])
                peaks[stage[0]] = max(peaks[stage[0]], pss / 1e6)
            except psutil.Error:
                pass
            time.sleep(0.1)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    assert proc.stderr is not None
    for line in proc.stderr:
        for prefix, name in STARTS.items():
            if line.startswith(prefix) and name not in started:
                run.seconds[stage[0]] = time.perf_counter() - started[stage[0]]
                started[name] = time.perf_counter()
                stage[0] = name
    stdout = proc.stdout.read() if proc.stdout else ""
    proc.wait()
    stop.set()
    watcher.join()
    run.seconds[stage[0]] = time.perf_counter() - started[stage[0]]
    if proc.returncode != 0:
        raise RuntimeError(f"redactor redact failed ({proc.returncode}): {stdout[-500:]}")
    run.peak_mb = {k: v for k, v in peaks.items() if k in run.seconds}
    for line in stdout.splitlines():
        if "redactions;" in line:
            run.redactions = int(line.split()[0])
    return run


def table(runs: list[Run]) -> list[str]:
    """The RESULTS.md section."""
    head = "| pages | MB | redactions | " + " | ".join(f"{s} s / peak MB" for s in STAGES) + " | total s | peak MB |"
    rows = [head, "|" + "---|" * (len(STAGES) + 5)]
    for r in runs:
        cells = [f"{r.seconds.get(s, 0):.0f} / {r.peak_mb.get(s, 0):.0f}" for s in STAGES]
        rows.append(f"| {r.pages} | {r.size_mb:.1f} | {r.redactions} | " + " | ".join(cells)
                    + f" | {r.total_seconds:.0f} | {r.peak:.0f} |")
    if len(runs) >= 2:
        a, b = runs[0], runs[-1]
        rows += ["", f"From {a.pages} to {b.pages} pages ({b.pages / a.pages:.0f}x) the peak grows "
                 f"{b.peak / a.peak:.2f}x ({a.peak:.0f} -> {b.peak:.0f} MB); "
                 f"time grows {b.total_seconds / a.total_seconds:.1f}x."]
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", default="250,1000", help="comma-separated page counts (default 250,1000)")
    ap.add_argument("--results", action="store_true", help="write the table into benchmarks/RESULTS.md")
    args = ap.parse_args()
    runs = []
    with tempfile.TemporaryDirectory(prefix="redactor-big-") as tmp:
        for pages in (int(p) for p in args.pages.split(",")):
            draft = build_pdf(pages, Path(tmp) / f"big-{pages}.pdf")
            run = run_redact(draft, Path(tmp) / f"big-{pages}-redacted.pdf")
            runs.append(run)
            print(f"{pages} pages: " + ", ".join(
                f"{s} {run.seconds.get(s, 0):.0f} s peak {run.peak_mb.get(s, 0):.0f} MB" for s in STAGES), flush=True)
    rows = table(runs)
    print("\n".join(rows))
    if args.results:
        write_section(RESULTS, "big-pdf", "\n".join([
            "## Long PDFs: memory does not grow with the page count", "",
            f"`benchmarks/big_pdf.py --pages {args.pages}`: the whole `redactor -v redact --accept-all` command "
            f"on PDFs of review prose ({CHARS_PER_PAGE:,} characters a page, names, addresses, dates and "
            "identifiers throughout), under `nice` on the shared 2-core machine; peak "
            "memory (PSS) of the process tree sampled every 100 ms, per stage (load: start-up, engine and "
            "model, text layer and pictures; analyse: NLP, grouping, suggestions; export: redact, verify, "
            "audit, log and reports).",
            "", *rows]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
