"""Speed and memory of the engine on long drafts, against plain Presidio, with targets (not a test).

    .venv/bin/python benchmarks/pipeline.py [--runs N]

Builds a ~100-page and a ~300-page draft by joining the dev-corpus drafts (or generated prose when
the corpus is absent), as text and as PDF, then measures, each over several runs with the median
reported: load, analyse, group, render+verify, the whole ``redactor redact`` command, its peak
memory (all processes), and plain Presidio's ``AnalyzerEngine.analyze`` on the same text with the
same spaCy model. Also measures the engine API: a cached analysis, and re-rendering the page
affected by one changed decision. Writes ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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

from benchmarks.common import CORPUS, REDACTOR, plain_presidio, write_section  # noqa: E402

CHARS_PER_PAGE = 2_800
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


def run_cli(draft: Path, out: Path) -> tuple[float, float]:
    """Wall time and peak memory (sum over the process tree, MB) of one ``redactor redact``."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen([str(REDACTOR), "redact", str(draft), "--accept-all", "-o", str(out)],
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
    return elapsed, peak / 1e6


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
    t_render, _ = median_time(lambda: export(analysis, out_dir / f"stage-{draft.stem}.pdf", accept=True), runs)
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
    for pages in (100, 300):
        text = build_text(pages)
        txt = work / f"draft{pages}.txt"
        txt.write_text(text, encoding="utf-8")
        pdf = work / f"draft{pages}.pdf"
        text_to_pdf(text, pdf)
        runs = args.runs if pages == 100 else max(1, args.runs - 1)
        t_presidio, _ = median_time(lambda t=text: presidio.analyze(text=t, language="en"), runs)
        row: dict[str, Any] = {"chars": len(text), "presidio": t_presidio}
        for fmt, draft in (("txt", txt), ("pdf", pdf)):
            cli = [run_cli(draft, work / f"out{pages}-{fmt}.pdf") for _ in range(runs)]
            row[f"cli_{fmt}"] = statistics.median(t for t, _ in cli)
            row[f"rss_{fmt}"] = max(m for _, m in cli)
            row[f"stages_{fmt}"] = stages(draft, work, runs)
            print(f"{pages} pages {fmt}: redact {row[f'cli_{fmt}']:.2f}s, presidio {t_presidio:.2f}s, "
                  f"peak {row[f'rss_{fmt}']:.0f} MB, stages {row[f'stages_{fmt}']}", flush=True)
        rows[f"{pages}"] = row
    api = engine_api(work / "draft100.pdf", work / "case", args.runs)
    print(f"engine API: {api}")
    report = render_report(rows, api)
    write_section(RESULTS, "pipeline", report)
    print(report)
    return 0


def render_report(rows: dict[str, dict[str, Any]], api: dict[str, float]) -> str:
    r100, r300 = rows["100"], rows["300"]
    lines = [
        "# Pipeline benchmark results",
        "",
        f"Machine: {machine()}. Written by `benchmarks/pipeline.py` on {time.strftime('%Y-%m-%d')}; "
        "medians over runs; times in seconds.",
        "",
        "Drafts: the dev-corpus drafts joined to ~100 and ~300 pages (2,800 characters a page), as text and",
        "as a PDF typeset from that text. `redact` is the whole command (start-up, load, analyse with all",
        "recognisers, render, verify, audit), run as a user runs it. Plain Presidio is",
        "`AnalyzerEngine.analyze` with its default recognisers and the same spaCy model, analysis only.",
        "",
        "| draft | characters | plain Presidio | redact (txt) | ratio | redact (pdf) | ratio | peak memory txt / pdf |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for key, r in rows.items():
        ratio_txt, ratio_pdf = r["cli_txt"] / r["presidio"], r["cli_pdf"] / r["presidio"]
        lines.append(f"| {key} pages | {r['chars']:,} | {r['presidio']:.2f} | {r['cli_txt']:.2f} | {ratio_txt:.2f}x | "
                     f"{r['cli_pdf']:.2f} | {ratio_pdf:.2f}x | {r['rss_txt']:.0f} / {r['rss_pdf']:.0f} MB |")
    lines += ["", "Stages (each draft in a fresh process, model loaded before timing):", "",
              "| draft | load | analyse | group | render+verify |", "|---|---:|---:|---:|---:|"]
    for key, r in rows.items():
        for fmt in ("txt", "pdf"):
            s = r[f"stages_{fmt}"]
            lines.append(f"| {key} pages {fmt} | {s['load']:.2f} | {s['analyse']:.2f} | {s['group']:.2f} | "
                         f"{s['render+verify']:.2f} |")
    scale_txt = r300["stages_txt"]["analyse"] / r100["stages_txt"]["analyse"]
    scale_pdf = r300["stages_pdf"]["analyse"] / r100["stages_pdf"]["analyse"]
    checks = [
        ("whole redact, 100 pages, txt <= 0.6x plain Presidio", r100["cli_txt"] / r100["presidio"], 0.6),
        ("whole redact, 100 pages, pdf <= 0.6x plain Presidio", r100["cli_pdf"] / r100["presidio"], 0.6),
        ("analysis 300 / 100 pages, txt <= 3.3", scale_txt, 3.3),
        ("analysis 300 / 100 pages, pdf <= 3.3", scale_pdf, 3.3),
        ("peak memory, 300 pages (GB) < 1.5", max(r300["rss_txt"], r300["rss_pdf"]) / 1000, 1.5),
        ("decision change + page re-render (ms) < 100", api["decision + page re-render"] * 1000, 100),
        ("cached analysis, 100-page PDF (ms) < 200", api["cached analysis"] * 1000, 200),
    ]
    lines += ["", "Targets:", "", "| target | measured | limit | met |", "|---|---:|---:|---|"]
    for name, value, limit in checks:
        lines.append(f"| {name} | {value:.2f} | {limit} | {'yes' if value <= limit else 'NO'} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
