"""Speed and memory of the engine on long drafts, against plain Presidio, with targets (not a test).

    .venv/bin/python benchmarks/pipeline.py [--runs N] [--sizes 100,300]

Builds a ~100-page and a ~300-page draft by joining the dev-corpus drafts (or generated prose when
the corpus is absent), as text and as PDF, and a real-layout PDF of 80 pages or more by joining the
dev drafts' own ``draft.pdf`` files (LibreOffice layout: tables, running headers and footers). Then
measures, each over several runs with the median reported: load, analyse, group, render+verify, the
whole ``redactor redact`` command (wall time and CPU time of all its processes), its peak memory, and
plain Presidio's ``AnalyzerEngine.analyze`` on the same text with the same spaCy model (the two take
turns, run by run, so both medians come from the same minutes of a drifting machine). Also measures
the engine API: a cached analysis, and re-rendering the page affected by one changed decision. Writes
``benchmarks/RESULTS.md``.

The machine's load average is recorded with the figures: on a machine shared with other work, wall
times stretch, and ``redact``'s worker processes (which run beside each other on an idle machine) wait
for a core, while plain Presidio runs in one process; the CPU-time ratio is the figure load changes least.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import CORPUS, REDACTOR, draft_text, plain_presidio, write_section  # noqa: E402

CHARS_PER_PAGE = 2_800
REAL_PAGES = 80  # the real-layout draft has at least this many pages
RESULTS = ROOT / "benchmarks" / "RESULTS.md"


def build_text(pages: int) -> str:
    """About ``pages`` pages of review text: the dev drafts joined (repeated as needed)."""
    parts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/draft.txt"))]
    if not parts:
        sentence = ("Child A was seen by the health visitor, Jane Smith, at 12 Park Road, Leeds LS1 4AB, "
                    "on 3 March 2019 (NHS 943 476 5919). The social worker from Leeds City Council visited. ")
        parts = [sentence * 40]
    text = "\n\n".join(parts)
    while len(text) < pages * CHARS_PER_PAGE:
        text += "\n\n" + "\n\n".join(parts)
    return text[: pages * CHARS_PER_PAGE]


def median_time(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median wall time of ``runs`` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def build_real_pdf(out: Path, min_pages: int = REAL_PAGES) -> Path | None:
    """The dev drafts' real ``draft.pdf`` files joined (repeated as needed) to ``min_pages`` pages or more."""
    import pymupdf

    sources = sorted(CORPUS.glob("*/draft.pdf"))
    if not sources:
        return None
    joined = pymupdf.open()
    n = 0
    while joined.page_count < min_pages:
        with pymupdf.open(sources[n % len(sources)]) as part:
            joined.insert_pdf(part)
        n += 1
    joined.save(out)
    joined.close()
    return out


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(draft: Path, out: Path) -> tuple[float, float, float]:
    """Wall time, CPU time (its processes together) and peak memory (sum over the process tree, MB) of
    one ``redactor redact``."""
    import psutil

    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen([str(REDACTOR), "redact", str(draft), "--accept-all", "-o", str(out), "--force"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0.0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        parent = psutil.Process(proc.pid)
        while not stop.is_set():
            try:
                rss = parent.memory_info().rss + sum(c.memory_info().rss for c in parent.children(recursive=True))
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.05)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    stop.set()
    watcher.join()
    if proc.returncode != 0:
        raise RuntimeError(f"redactor redact failed: {err.decode()[-500:]}")
    return elapsed, _children_cpu() - cpu, peak / 1e6


def presidio_times(presidio: Any, text: str, runs: int) -> tuple[float, float]:
    """Median wall and CPU time of plain Presidio's analysis of ``text``."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        presidio.analyze(text=text, language="en")
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def stages(draft: Path, out_dir: Path, runs: int) -> dict[str, float]:
    """Median time of each engine stage, measured in a fresh process (model loaded before timing)."""
    proc = subprocess.run([sys.executable, __file__, "--stages", str(draft), "--runs", str(runs),
                           "--out", str(out_dir)], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def measure_stages(draft: Path, out_dir: Path, runs: int) -> dict[str, float]:
    """Median time of each engine stage in this process."""
    from recognizers.keep import default_keep_phrases
    from redactor.analysis import Analyzer
    from redactor.entities import group
    from redactor.load import load
    from redactor.pipeline import Analysis, export
    from redactor.plan import suggest

    analyzer = Analyzer()
    analyzer.analyze(load(draft))  # warm-up, untimed: worker start, gazetteers, first-call costs
    t_load, doc = median_time(lambda: load(draft), runs)
    t_analyse, mentions = median_time(lambda: analyzer.analyze(doc), runs)

    def do_group() -> Analysis:
        keep = default_keep_phrases(doc, [])
        entities = group(doc, mentions, None, keep)
        decisions = suggest(entities, None, {s.id: s.text for s in doc.segments})
        return Analysis(doc, None, None, mentions, entities, decisions, keep)

    t_group, analysis = median_time(do_group, runs)
    t_render, _ = median_time(lambda: export(analysis, out_dir / f"stage-{draft.stem}.pdf", accept=True,
                                             overwrite=True), runs)
    return {"load": t_load, "analyse": t_analyse, "group": t_group, "render+verify": t_render}


def engine_api(pdf: Path, case_dir: Path, runs: int) -> dict[str, float]:
    """A cached analysis, and one decision change with its page re-rendered."""
    from redactor.case import Case

    case = Case.create(case_dir)
    case.analyse(pdf)  # fills the case cache
    t_cached, analysis = median_time(lambda: case.analyse(pdf), runs)
    entity = max((e for e in analysis.entities if e.type == "PERSON"), key=lambda e: len(e.mentions))
    names = iter(f"Person {i}" for i in range(10_000))

    def change_and_render() -> None:
        change = case.decide(analysis, entity.id, "replace", next(names))
        case.preview_page(analysis, min(change.pages))

    t_change, _ = median_time(change_and_render, runs * 3)
    case.close()
    return {"cached analysis": t_cached, "decision + page re-render": t_change}


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, Python {platform.python_version()}, {platform.system()}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement (median reported)")
    ap.add_argument("--sizes", default="100,300",
                    help='joined-text drafts to build, in pages (default 100,300; "" for the real-layout draft only)')
    ap.add_argument("--stages", type=Path, help=argparse.SUPPRESS)  # internal: time one draft's stages
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stages:
        print(json.dumps(measure_stages(args.stages, args.out, args.runs)))
        return 0
    from redactor.render_text import text_to_pdf

    work = Path(tempfile.mkdtemp(prefix="redactor-bench-"))
    presidio = plain_presidio()
    presidio.analyze(text="Warm up with Jane Smith in Leeds.", language="en")
    rows: dict[str, dict[str, Any]] = {}
    sizes = [int(n) for n in args.sizes.split(",") if n]
    drafts: list[tuple[str, str, list[tuple[str, Path]], int]] = []  # (key, text, (format, file), runs)
    for pages in sizes:
        text = build_text(pages)
        txt = work / f"draft{pages}.txt"
        txt.write_text(text, encoding="utf-8")
        pdf = work / f"draft{pages}.pdf"
        text_to_pdf(text, pdf)
        drafts.append((f"{pages} pages", text, [("txt", txt), ("pdf", pdf)], args.runs if pages <= 100 else
                       max(1, args.runs - 1)))
    real = build_real_pdf(work / "real.pdf")
    if real is not None:
        import pymupdf

        with pymupdf.open(real) as doc:
            key = f"real layout, {doc.page_count} pages"
        drafts.append((key, draft_text(real), [("pdf", real)], args.runs))
    for key, text, files, runs in drafts:
        # Plain Presidio and each `redact` take turns, run by run: this machine's speed drifts over minutes,
        # and each side's median then comes from the same minutes.
        load = os.getloadavg()[0]
        timed: list[tuple[float, float]] = []
        clis: dict[str, list[tuple[float, float, float]]] = {fmt: [] for fmt, _ in files}
        for _ in range(runs):
            timed.append(presidio_times(presidio, text, 1))
            for fmt, draft in files:
                clis[fmt].append(run_cli(draft, work / f"out-{draft.stem}-{fmt}.pdf"))
        t_presidio = statistics.median(t for t, _ in timed)
        cpu_presidio = statistics.median(c for _, c in timed)
        row: dict[str, Any] = {"chars": len(text), "presidio": t_presidio, "presidio_cpu": cpu_presidio,
                               "load": load}
        for fmt, draft in files:
            cli = clis[fmt]
            row[f"cli_{fmt}"] = statistics.median(t for t, _, _ in cli)
            row[f"cpu_{fmt}"] = statistics.median(c for _, c, _ in cli)
            row[f"rss_{fmt}"] = max(m for _, _, m in cli)
            row[f"stages_{fmt}"] = stages(draft, work, runs)
            print(f"{key} {fmt}: redact {row[f'cli_{fmt}']:.2f}s (cpu {row[f'cpu_{fmt}']:.2f}s), presidio "
                  f"{t_presidio:.2f}s (cpu {cpu_presidio:.2f}s), peak {row[f'rss_{fmt}']:.0f} MB, "
                  f"stages {row[f'stages_{fmt}']}", flush=True)
        row["load"] = max(row["load"], os.getloadavg()[0])
        rows[key] = row
    api_draft = work / "draft100.pdf" if (work / "draft100.pdf").exists() else real
    assert api_draft is not None, "nothing to measure the engine API on"
    api = engine_api(api_draft, work / "case", args.runs)
    print(f"engine API: {api}")
    report = render_report(rows, api)
    write_section(RESULTS, "pipeline", report)
    print(report)
    return 0


def render_report(rows: dict[str, dict[str, Any]], api: dict[str, float]) -> str:
    lines = [
        "# Pipeline benchmark results",
        "",
        f"Machine: {machine()}. Written by `benchmarks/pipeline.py` on {time.strftime('%Y-%m-%d')}; "
        "medians over runs; times in seconds.",
        "",
        "Drafts: the dev-corpus drafts joined to ~100 and ~300 pages (2,800 characters a page), as text and",
        "as a PDF typeset from that text; and the dev drafts' real `draft.pdf` files joined (LibreOffice",
        "layout: tables, running headers and footers). `redact` is the whole command (start-up, load, analyse",
        "with all recognisers, render, verify, audit, redaction log and reports), run as a user runs it. Plain",
        "Presidio is `AnalyzerEngine.analyze` with its default recognisers and the same spaCy model, analysis",
        "only, in the same run, taking turns with `redact` run by run (the machine's speed drifts). CPU is",
        "the CPU time of all of `redact`'s processes (of Presidio's one); load is the machine's 1-minute load",
        "average while the draft was measured (2 cores: above 2, every process waits for a core, and",
        "`redact`'s workers no longer run beside each other).",
        "",
        "| draft | characters | load | plain Presidio (CPU) | redact txt (CPU) | ratio (CPU) | redact pdf (CPU) "
        "| ratio (CPU) | peak memory txt / pdf |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def cell(r: dict[str, Any], fmt: str) -> tuple[str, str]:
        if f"cli_{fmt}" not in r:
            return "", ""
        return (f"{r[f'cli_{fmt}']:.2f} ({r[f'cpu_{fmt}']:.2f})",
                f"{r[f'cli_{fmt}'] / r['presidio']:.2f}x ({r[f'cpu_{fmt}'] / r['presidio_cpu']:.2f}x)")

    for key, r in rows.items():
        txt, pdf = cell(r, "txt"), cell(r, "pdf")
        memory = " / ".join(f"{r[f'rss_{f}']:.0f}" if f"rss_{f}" in r else "-" for f in ("txt", "pdf"))
        lines.append(f"| {key} | {r['chars']:,} | {r['load']:.1f} | {r['presidio']:.2f} ({r['presidio_cpu']:.2f}) | "
                     f"{txt[0]} | {txt[1]} | {pdf[0]} | {pdf[1]} | {memory} MB |")
    lines += ["", "Stages (each draft in a fresh process, model loaded before timing; wall time):", "",
              "| draft | load | analyse | group | render+verify |", "|---|---:|---:|---:|---:|"]
    for key, r in rows.items():
        for fmt in ("txt", "pdf"):
            if f"stages_{fmt}" in r:
                s = r[f"stages_{fmt}"]
                lines.append(f"| {key} {fmt} | {s['load']:.2f} | {s['analyse']:.2f} | {s['group']:.2f} | "
                             f"{s['render+verify']:.2f} |")
    checks: list[tuple[str, float, float]] = []
    for key, r in rows.items():
        for fmt in ("txt", "pdf"):
            if f"cli_{fmt}" in r and (key.startswith("100") or key.startswith("real")):
                checks.append((f"whole redact, {key}, {fmt} <= 0.6x plain Presidio", r[f"cli_{fmt}"] / r["presidio"],
                               0.6))
    if "100 pages" in rows and "300 pages" in rows:
        r100, r300 = rows["100 pages"], rows["300 pages"]
        for fmt in ("txt", "pdf"):
            scale = r300[f"stages_{fmt}"]["analyse"] / r100[f"stages_{fmt}"]["analyse"]
            checks.append((f"analysis 300 / 100 pages, {fmt} <= 3.3", scale, 3.3))
        checks.append(("peak memory, 300 pages (GB) < 1.5", max(r300["rss_txt"], r300["rss_pdf"]) / 1000, 1.5))
    checks += [
        ("decision change + page re-render (ms) < 100", api["decision + page re-render"] * 1000, 100),
        ("cached analysis, 100-page PDF (ms) < 200", api["cached analysis"] * 1000, 200),
    ]
    lines += ["", "Targets:", "", "| target | measured | limit | met |", "|---|---:|---:|---|"]
    for name, value, limit in checks:
        lines.append(f"| {name} | {value:.2f} | {limit} | {'yes' if value <= limit else 'NO'} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
