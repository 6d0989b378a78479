"""Generalisation benchmark: generated drafts the engine has never seen, scored like the dev corpus.

    .venv/bin/python benchmarks/generalisation.py                 # 50 drafts, txt+docx+pdf, all modes, dev too
    .venv/bin/python benchmarks/generalisation.py --limit 10 --formats txt --no-dev     # a quick look
    .venv/bin/python benchmarks/generalisation.py --generate-only --out /tmp/gen   # just write the drafts

From ``--seed`` it generates ``--count`` varied drafts (``benchmarks/gendraft``: names from Faker
locales, researched identifier formats, citations and labels that must be kept) in the corpus layout
(draft.txt/.docx/.pdf, truth.json, register.yaml). Generated sets are cached by seed and generator
version (in the temporary folder, or ``--out DIR``). Then, for each draft and format, two workers run
the engine's CLI as a user would:

* ``redactor redact DRAFT --register register.yaml --accept-all`` (register run),
* ``redactor redact DRAFT --accept-all`` (cold run, no register),
* ``redactor analyze DRAFT --json F`` (suggestions without a register; in-process this comes from the
  cold run's own analysis, exactly what the two commands compute, so it costs no second analysis),

and score the outputs with the corpus scorer (``../shared/tools/score_redaction.py``): recall, keep
rate, leaks, hidden leaks, pseudonym rate, refusals and crashes, and the precision of suggestions per
kind (the share of suggested entities that overlap a truth mention). The same runs are made on the
dev corpus, and each dev draft's published (already anonymised) text is redacted without a register
to measure the share of its words that change. The summary goes to the terminal, the details to
``results.json`` in the output folder, and ``--results`` writes the table into benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import CORPUS, DAY_DATE, REDACTOR, score, write_section  # noqa: E402
from benchmarks.gendraft.writer import GENERATOR_VERSION, generate  # noqa: E402

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
KIND = {"PERSON": "person", "LOCATION": "place", "ORGANISATION": "organisation", "DATE": "date",
        "IDENTIFIER": "identifier"}


@dataclass
class Job:
    set: str  # generated | dev | published (dev drafts' published text) | published-web (real reviews) |
    # published-named (real reviews that name a child publicly) | published-other (pages about a review) | reseeded
    # (drafts made from boards' reviews) | reseeded-other (from pages about a review)
    folder: Path
    draft: Path
    mode: str  # register | cold
    out: Path
    findings: Path | None = None  # cold runs: also write `redactor analyze --json` here


@dataclass
class Outcome:
    job: Job
    returncode: int
    seconds: float
    stderr: str
    score: dict[str, Any] | None = None
    suggestions: list[dict[str, Any]] | None = None
    changed: dict[str, Any] | None = None


def cli_args(job: Job) -> list[str]:
    args = ["redact", str(job.draft), "-o", str(job.out), "--accept-all", "--force"]  # (a run again replaces its own)
    if job.mode == "register":
        args += ["--register", str(job.folder / "register.yaml")]
    return args


def _warm_worker() -> None:
    """Pool initialiser: load the engine once per worker (the CLI's start-up is most of a small run)."""
    import redactor.cli  # noqa: F401


def _captured(fn: Any) -> tuple[int, str]:
    """Run ``fn`` with stdout/stderr captured; map exceptions to the CLI's exit codes (3 = crash)."""
    import contextlib
    import io
    import traceback

    from redactor.errors import RedactorError

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            rc = fn()
        except SystemExit as exc:
            rc = exc.code if isinstance(exc.code, int) else 2
        except RedactorError as exc:
            print(f"redactor: {exc}", file=sys.stderr)
            for leak in list(getattr(exc, "leaks", []))[:50]:
                print(f"  LEAK {leak}", file=sys.stderr)
            rc = exc.exit_code
        except Exception:
            traceback.print_exc()
            rc = 3
    return rc, err.getvalue()


def call_cli(args: list[str]) -> tuple[int, str]:
    """``redactor ARGS`` in this process, exactly as the console script calls it: (exit code, stderr)."""
    from redactor.cli import main as cli_main

    return _captured(lambda: cli_main(args))


def analyse_and_redact(job: Job) -> tuple[int, str]:
    """``redactor analyze --json`` and ``redactor redact --accept-all`` from ONE analysis, in-process.

    Does what the two commands do (``analyse`` with the board settings from the environment, the
    findings JSON of ``analyze``, then ``export`` with every suggestion accepted), so a cold run costs
    one analysis instead of two.
    """
    def work() -> int:
        from redactor.board import BoardConfig
        from redactor.pipeline import analyse, export
        from redactor.report import analysis_json

        register = job.folder / "register.yaml" if job.mode == "register" else None
        result = analyse(job.draft, register, board=BoardConfig.from_environment(None))
        if job.findings is not None:
            job.findings.write_text(json.dumps(analysis_json(result), ensure_ascii=False), encoding="utf-8")
        export(result, job.out, None, accept=True, overwrite=True)
        return 0

    return _captured(work)


def run(job: Job, subprocess_cli: bool = False) -> Outcome:
    job.out.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    if subprocess_cli:
        rc, err = _subprocess(cli_args(job))
        if job.findings is not None:
            _subprocess(["analyze", str(job.draft), "--json", str(job.findings)])
    elif job.findings is not None:
        rc, err = analyse_and_redact(job)
    else:
        rc, err = call_cli(cli_args(job))
    outcome = Outcome(job, rc, time.perf_counter() - start, err)
    published = job.set.startswith("published")
    truth = json.loads((job.folder / "truth.json").read_text(encoding="utf-8")) if not published else None
    if job.findings is not None and job.findings.exists() and truth is not None:
        outcome.suggestions = judge_suggestions(json.loads(job.findings.read_text(encoding="utf-8")), truth,
                                                (job.folder / "draft.txt").read_text(encoding="utf-8"),
                                                job.draft.suffix == ".txt")
    if rc != 0:
        return outcome
    if published:
        outcome.changed = words_changed(job.draft.read_text(encoding="utf-8"),
                                        job.out.with_suffix(".txt").read_text(encoding="utf-8"))
    elif truth is not None:
        outcome.score = score(job.folder / "truth.json", job.out, job.draft)
    return outcome


def _subprocess(args: list[str]) -> tuple[int, str]:
    try:
        proc = subprocess.run([str(REDACTOR), *args], capture_output=True, text=True, timeout=3600, check=False)
        return proc.returncode, proc.stderr
    except subprocess.TimeoutExpired:
        return -9, "timed out after 3600 s"


# ----- suggestion precision -------------------------------------------------------------------------------
def _ws_pattern(text: str, wrapped: bool = False) -> re.Pattern[str]:
    """``text`` in the draft with any spacing; ``wrapped``: also where a PDF cell's line wrap split a word
    ("KS218308 A" read from a narrow cell is the draft's "KS218308A")."""
    words = [re.escape(w) for w in text.split()]
    return re.compile(r"(?<!\w)" + (r"\s*" if wrapped else r"\s+").join(words) + r"(?!\w)")


def _hits_truth(start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    for s, e, typ in spans:
        ov = min(e, end) - max(s, start)
        if ov <= 0:
            continue
        # Enough of the truth mention, or the whole suggestion inside one ("Sanjay" of the truth's
        # "Sanjay and Manjit Bhogal"): either way it points at identifying text.
        if ov >= 0.3 * (e - s) or (ov == end - start and ov >= 3) or (typ == "LOCATION" and end - start >= 3):
            return True
    return False


def _where(mention: dict[str, Any], draft: str, exact: bool) -> list[tuple[int, int]]:
    """Where a finding's mention stands in the draft: its offsets (TXT), or wherever its text occurs."""
    if exact and mention.get("location") == "text":
        return [(mention["start"], mention["end"])]
    text = (mention.get("text") or "").strip()
    return [h.span() for h in _ws_pattern(text).finditer(draft)] if text else []


def judge_suggestions(analysis: dict[str, Any], truth: dict[str, Any], draft: str, exact: bool) -> list[dict[str, Any]]:
    """Each suggested entity (not kept): its kind, name and whether it identifies something in the truth."""
    types = {e["id"]: e["type"] for e in truth["entities"]}
    spans = [(m["start"], m["end"], types.get(m["entity_id"], "")) for m in truth["mentions"]]
    hidden_text = "\n".join(h["span_text"] for h in truth.get("hidden", []))
    policy_dates = [(d["start"], d["end"], "DATE") for d in truth.get("policy_dates", [])]
    out = []
    for ent in analysis.get("entities", []):
        if ent.get("decision") == "keep":
            continue
        where = [span for m in ent.get("mentions", []) for span in _where(m, draft, exact)]
        if policy_dates and ent.get("type") == "DATE" and where and all(
                _hits_truth(a, b, policy_dates) for a, b in where):
            continue  # a day-precise date the truth leaves to the date policy: neither right nor wrong
        ok = False
        for m in ent.get("mentions", []):
            ok = any(_hits_truth(a, b, spans) for a, b in _where(m, draft, exact))
            if not (exact and m.get("location") == "text"):
                text = (m.get("text") or "").strip()
                if not text:
                    continue
                if not ok and not exact and len(text.split()) > 1:
                    ok = any(_hits_truth(h.start(), h.end(), spans) for h in _ws_pattern(text, True).finditer(draft))
                ok = ok or (len(text) >= 3 and _ws_pattern(text).search(hidden_text) is not None)
            if ok:
                break
        out.append({"kind": KIND.get(ent.get("type", ""), str(ent.get("type", "")).lower()),
                    "name": ent.get("name", ""), "ok": ok})
    return out


# ----- published text ---------------------------------------------------------------------------------------
def words_changed(original: str, redacted: str) -> dict[str, Any]:
    """Words of ``original`` that the redaction changed, apart from day-precise dates."""
    import difflib

    date_spans = [m.span() for m in DAY_DATE.finditer(original)]
    tokens = [(m.group(), m.start()) for m in re.finditer(r"\S+", original)]
    after = re.findall(r"\S+", redacted)

    def in_date(token: str, pos: int) -> bool:  # a word overlapping a date: "(16/01/2020)" holds one
        return any(s < pos + len(token) and pos < e for s, e in date_spans)

    sm = difflib.SequenceMatcher(a=[t for t, _ in tokens], b=after, autojunk=False)
    changed, dates, samples = 0, 0, Counter()
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        for t, pos in tokens[i1:i2]:
            if in_date(t, pos):
                dates += 1
            else:
                changed += 1
        if i2 > i1:
            before = " ".join(t for t, _ in tokens[i1:i2])
            if not all(in_date(t, p) for t, p in tokens[i1:i2]):
                samples[f"{before[:60]} -> {' '.join(after[j1:j2])[:40]}"] += 1
    return {"words": len(tokens), "changed": changed, "dates": dates, "samples": samples.most_common(20)}


def published_text(path: Path) -> str:
    """A real published review's text as kept outside the repository, its first line 'URL: …' dropped."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("URL:"):
        text = text.split("\n", 1)[1].lstrip("\n") if "\n" in text else ""
    return text


def published_jobs(folder: Path, work: Path) -> list[Job]:
    """A cold run of each real published review text in ``folder`` (its 'URL: …' line dropped).

    A review whose board named the child publicly ("Serious Case Review: Daniel Pelka"; ``INDEX.tsv``'s
    column "names a child publicly" says "yes") is not anonymised: its run is set ``published-named``, so
    its replaced names are reported apart from the reviews the boards anonymised (``published-web``). A page
    about a review that no board published (a press report, commentary, a committee's papers: the column
    "publisher" says "other") is set ``published-other``: it names towns, officials and commentators no
    board's review does.
    """
    named = _named_publicly(folder / "INDEX.tsv")
    others = _index_column(folder / "INDEX.tsv", "publisher", "other")
    jobs = []
    for path in sorted(folder.glob("*.txt")):
        text = published_text(path)
        if not text.strip():
            continue
        kind = "published-named" if path.name in named else "published-other" if path.name in others \
            else "published-web"
        src = work / kind / path.stem / "draft.txt"
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_text(text, encoding="utf-8")
        jobs.append(Job(kind, src.parent, src, "cold", src.parent / "published-cold.pdf"))
    return jobs


def _named_publicly(index: Path) -> set[str]:
    """The files an index marks as naming a child publicly (none without an index or that column)."""
    return _index_column(index, "names a child publicly", "yes")


def _index_column(index: Path, column: str, value: str) -> set[str]:
    """The files whose ``column`` in the index says ``value`` (none without an index or that column)."""
    if not index.exists():
        return set()
    rows = [line.split("\t") for line in index.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows or column not in rows[0]:
        return set()
    col = rows[0].index(column)
    return {row[0] for row in rows[1:] if len(row) > col and row[col].strip().casefold() == value}


def reseed_folders(source: Path, seed: int, out: Path, formats: list[str], include_dev: bool) -> list[Path]:
    """Drafts made from real published reviews (``source/*.txt``; the dev drafts' published texts too) by
    putting synthetic identities back (``benchmarks/reseed.py``). A review whose board named the child
    publicly (``INDEX.tsv``) is not anonymised, so its wording is no wording to keep: it makes no draft (the
    others keep their seeds)."""
    from benchmarks.reseed import reseed

    named = _named_publicly(source / "INDEX.tsv")
    others = _index_column(source / "INDEX.tsv", "publisher", "other")
    texts = [(f"{'other' if path.name in others else 'web'}-{path.stem}", path.name, published_text(path))
             for path in sorted(source.glob("*.txt"))]
    if include_dev:
        for folder in sorted(p for p in CORPUS.glob("*/") if (p / "truth.json").exists()):
            truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
            texts.append((f"dev-{folder.name}", f"published text of {folder.name}", truth["published_text"]))
    folders = []
    for i, (doc_id, name, text) in enumerate(texts):
        if name in named:
            continue
        folder = reseed(text, doc_id, name, out, seed * 100 + i, tuple(formats))
        if folder:
            folders.append(folder)
    return folders


def reseeded_sets(folders: list[Path]) -> dict[str, list[Path]]:
    """The reseeded drafts by set: ``reseeded`` (from boards' own reviews and the dev drafts' published
    texts) and ``reseeded-other`` (from pages no board published: press reports, commentary, forums, which
    name councils, officials and writers that a board's review would not)."""
    out: dict[str, list[Path]] = {"reseeded": [], "reseeded-other": []}
    for folder in folders:
        out["reseeded-other" if folder.name.startswith("other-") else "reseeded"].append(folder)
    return {name: found for name, found in out.items() if found}


def describe(folders: list[Path]) -> str:
    """What the generated set holds: kinds of review, sizes, identifier formats, keep reasons."""
    kinds: Counter[str] = Counter()
    id_roles: set[str] = set()
    keep: Counter[str] = Counter()
    chars = mentions = partly = split = notes = families = 0
    for folder in folders:
        t = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        info = t.get("generator", {})
        kinds[info.get("kind", "?")] += 1
        partly += bool(info.get("partly_anonymised"))
        split += int(info.get("split_names", 0))
        notes += int(info.get("footnotes", 0))
        families += info.get("families", 1) > 1
        chars += len(t["published_text"])
        mentions += len(t["mentions"])
        id_roles |= {_role_kind(e["role"]) for e in t["entities"] if e["type"] in ("IDENTIFIER", "DATE")}
        keep.update(k["reason"] for k in t["keep"])
    return (f"  kinds {dict(kinds)}; {partly} partly anonymised; {families} with two families; {split} names split "
            f"by a page break (PDF); {notes} footnotes; {chars / 2800:.0f} pages of text; {mentions} mentions\n"
            f"  {len(id_roles)} identifier and date formats: {', '.join(sorted(id_roles))}\n"
            f"  keep spans: {', '.join(f'{k} {n}' for k, n in keep.most_common())}")


# ----- jobs and reporting -------------------------------------------------------------------------------
def jobs_for(folders: list[Path], set_name: str, formats: list[str], modes: list[str], precision: bool,
             work: Path) -> list[Job]:
    jobs = []
    for folder in folders:
        for fmt in formats:
            draft = folder / f"draft.{fmt}"
            if not draft.exists():
                continue
            for mode in modes:
                base = work / set_name / folder.name / f"{fmt}-{mode}"
                findings = base.with_suffix(".findings.json") if precision and mode == "cold" else None
                jobs.append(Job(set_name, folder, draft, mode, base.with_suffix(".pdf"), findings))
    return jobs


def summarise(outcomes: list[Outcome]) -> dict[str, Any]:
    groups: dict[tuple[str, str, str], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[(o.job.set, o.job.draft.suffix[1:], o.job.mode)].append(o)
    rows = {}
    for (set_name, fmt, mode), group in sorted(groups.items()):
        row: dict[str, Any] = {"runs": len(group), "refused": sum(o.returncode == 1 for o in group),
                               "errors": sum(o.returncode not in (0, 1) for o in group),
                               "seconds": round(sum(o.seconds for o in group), 1)}
        scored = [o.score for o in group if o.score]
        if scored:
            mentions = sum(s["identifying_mentions"] for s in scored)
            leaks = sum(s["leaks"] for s in scored)
            row.update(mentions=mentions, leaks=leaks, hidden_leaks=sum(s["hidden_leaks"] for s in scored),
                       fragments=sum(n for s in scored for _, n in s.get("fragments", [])),
                       recall=round(1 - leaks / mentions, 4) if mentions else 1.0,
                       keep=round(sum(s["keep_rate"] for s in scored) / len(scored), 4),
                       keep_min=min(s["keep_rate"] for s in scored),
                       keep_readable_min=min(s["keep_readable"] for s in scored),
                       pseudonym=_mean([s["pseudonym_rate"] for s in scored if s["pseudonym_rate"] is not None]),
                       clean=sum(s["leaks"] == 0 and s["hidden_leaks"] == 0 for s in scored))
        sugg = [x for o in group for x in o.suggestions or []]
        if any(o.suggestions is not None for o in group):
            per: dict[str, list[bool]] = defaultdict(list)
            for x in sugg:
                per[x["kind"]].append(x["ok"])
            row["precision"] = round(sum(x["ok"] for x in sugg) / len(sugg), 4) if sugg else None
            row["suggested"] = len(sugg)
            row["precision_by_kind"] = {k: [round(sum(v) / len(v), 3), len(v)] for k, v in sorted(per.items())}
        changed = [o.changed for o in group if o.changed]
        if changed:
            words = sum(c["words"] for c in changed)
            row.update(words=words, changed=sum(c["changed"] for c in changed),
                       changed_share=round(sum(c["changed"] for c in changed) / words, 5),
                       date_words=sum(c["dates"] for c in changed))
        rows[f"{set_name}/{fmt}/{mode}"] = row
    leaked: Counter[str] = Counter()
    pieces: Counter[str] = Counter()
    false: Counter[str] = Counter()
    refusals: Counter[str] = Counter()
    changes: Counter[str] = Counter()
    for o in outcomes:
        if o.score:
            for d in o.score["leak_detail"]:
                leaked[f"{d['form']!r} ({_role_kind(d.get('role'))}, {o.job.mode})"] += d["count"]
            for piece, n in o.score.get("fragments", []):
                pieces[f"{piece!r} ({o.job.draft.parent.name} {o.job.draft.suffix[1:]}, {o.job.mode})"] += n
        for x in o.suggestions or []:
            if not x["ok"]:
                false[f"{x['name']!r} ({x['kind']})"] += 1
        if o.returncode != 0:
            refusals[f"{o.job.mode}: {_last_line(o.stderr)}"] += 1
        for sample, n in (o.changed or {}).get("samples", []):
            changes[sample] += n
    return {"rows": rows, "leaked": leaked.most_common(20), "fragments": pieces.most_common(20),
            "false_suggestions": false.most_common(20),
            "refusals": refusals.most_common(10), "published_changes": changes.most_common(20)}


def _role_kind(role: str | None) -> str:
    return re.sub(r"\s*\(.*", "", role or "?")


def _last_line(err: str) -> str:
    lines = [x for x in err.strip().splitlines() if x.strip()]
    for x in lines:
        if "LEAK" in x or "error" in x.lower() or "refused" in x:
            return x.strip()[:140]
    return (lines[-1].strip() if lines else "no message")[:140]


def _mean(xs: list[float]) -> float | None:
    return round(sum(xs) / len(xs), 4) if xs else None


def table(summary: dict[str, Any]) -> str:
    lines = ["| set / format / mode | runs | refused | errors | mentions | leaks | hidden | fragments | recall |"
             " keep (mean, min) | keep min, readable in draft | pseudonym | precision | changed words |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for key, r in summary["rows"].items():
        keep = f"{r['keep']:.3f}, {r['keep_min']:.3f}" if "keep" in r else ""
        readable = f"{r['keep_readable_min']:.3f}" if "keep_readable_min" in r else ""
        prec = f"{r['precision']:.3f} of {r['suggested']}" if r.get("precision") is not None else ""
        chg = f"{r['changed_share']:.3%} ({r['changed']}/{r['words']})" if "changed_share" in r else ""
        lines.append(f"| {key} | {r['runs']} | {r['refused']} | {r['errors']} | {r.get('mentions', '')} | "
                     f"{r.get('leaks', '')} | {r.get('hidden_leaks', '')} | {r.get('fragments', '')} | "
                     f"{r.get('recall', '')} | {keep} | "
                     f"{readable} | {r.get('pseudonym') or ''} | {prec} | {chg} |")
    kinds: dict[str, dict[str, list[float]]] = defaultdict(dict)
    for key, r in summary["rows"].items():
        for k, (p, n) in (r.get("precision_by_kind") or {}).items():
            kinds[key][k] = [p, n]
    if kinds:
        names = sorted({k for v in kinds.values() for k in v})
        lines += ["", "Suggestion precision per kind (share of suggested entities that identify someone, count):", "",
                  "| set / format | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
        for key, v in kinds.items():
            cells = [f"{v[k][0]:.3f} ({int(v[k][1])})" if k in v else "" for k in names]
            lines.append(f"| {key.rsplit('/', 1)[0]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def failures(summary: dict[str, Any]) -> str:
    out = []
    for title, key in (("Most frequent leaked forms (form, entity role, run)", "leaked"),
                       ("Pieces of redacted values left (piece, draft, run)", "fragments"),
                       ("Most frequent false suggestions (text, kind)", "false_suggestions"),
                       ("Refusals and errors", "refusals"),
                       ("Words changed in published reviews (before -> after)", "published_changes")):
        items = summary.get(key)
        if items:
            out.append(f"{title}:")
            out.extend(f"  {n:>4}  {text}" for text, n in items)
    return "\n".join(out)


def engine_commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--count", type=int, default=50, help="drafts to generate (default 50)")
    ap.add_argument("--limit", type=int, help="score only the first N generated drafts")
    ap.add_argument("--formats", default="txt,docx,pdf", help="comma-separated: txt,docx,pdf")
    ap.add_argument("--out", type=Path, help="keep generated drafts here (default: a cache in the temp folder)")
    ap.add_argument("--work", type=Path, help="engine outputs here (default: a new temporary folder)")
    ap.add_argument("--jobs", type=int, default=2, help="engine runs at once (default 2: both cores)")
    ap.add_argument("--subprocess", action="store_true",
                    help="start the redactor command for every run (default: each worker loads the engine once "
                         "and calls the same CLI entry point in-process)")
    ap.add_argument("--no-register-only", action="store_true", help="only the cold runs and suggestions")
    ap.add_argument("--register-only", action="store_true", help="only the register runs")
    ap.add_argument("--no-precision", action="store_true", help="skip the findings JSON (suggestion precision)")
    ap.add_argument("--no-dev", action="store_true", help="skip the dev corpus and its published texts")
    ap.add_argument("--dev-only", action="store_true", help="only the dev corpus and its published texts")
    ap.add_argument("--corpus", type=Path, default=CORPUS, metavar="DIR",
                    help="drafts in the corpus layout to run as the dev set (default: ../shared/corpus/dev), e.g. "
                         "probe drafts written for a session")
    ap.add_argument("--published", type=Path, metavar="DIR",
                    help="also redact, without a register, every real published review text (*.txt) in DIR; "
                         "a first line 'URL: …' is dropped")
    ap.add_argument("--published-only", action="store_true", help="only the --published texts")
    ap.add_argument("--reseed", type=Path, metavar="DIR",
                    help="also make drafts from the real published reviews in DIR (and, unless --no-dev, the dev "
                         "drafts' published texts) by putting synthetic people and councils back (set 'reseeded'; "
                         "'reseeded-other' for the pages INDEX.tsv marks as published by others)")
    ap.add_argument("--reseed-only", action="store_true", help="only the --reseed drafts")
    ap.add_argument("--generate-only", action="store_true", help="write the drafts and stop")
    ap.add_argument("--results", action="store_true", help="write the table into benchmarks/RESULTS.md")
    ap.add_argument("--label", default="",
                    help="name a separate RESULTS.md section (e.g. 'before'); default: the latest figures")
    ap.add_argument("--commit", help="name the engine version measured (default: git HEAD of this checkout)")
    a = ap.parse_args()
    formats = [f.strip() for f in a.formats.split(",") if f.strip()]
    started = time.perf_counter()
    out = a.out or Path(tempfile.gettempdir()) / "redactor-generalisation" / f"seed-{a.seed}-v{GENERATOR_VERSION}"
    folders: list[Path] = []
    if not a.dev_only and not a.published_only and not a.reseed_only:
        n = min(a.count, a.limit) if a.limit else a.count
        t0 = time.perf_counter()
        folders = generate(a.seed, n, out, formats, progress=lambda m: print(m, flush=True))
        print(f"{len(folders)} drafts in {out} ({time.perf_counter() - t0:.0f} s)")
        print(describe(folders))
    if a.generate_only:
        return 0
    if not REDACTOR.exists():
        print(f"no engine at {REDACTOR}: run scripts/setup.sh first")
        return 2
    modes = ["register", "cold"]
    if a.no_register_only:
        modes = ["cold"]
    if a.register_only:
        modes = ["register"]
    precision = not a.no_precision
    work = a.work or Path(tempfile.mkdtemp(prefix="redactor-generalisation-runs-"))
    jobs = jobs_for(folders, "generated", formats, modes, precision, work)
    a.reseeded_count = 0
    if a.reseed:
        reseeded = reseed_folders(a.reseed, a.seed, work / "reseeded-drafts", formats, include_dev=not a.no_dev)
        print(f"{len(reseeded)} reseeded drafts in {work / 'reseeded-drafts'}")
        a.reseeded_count = len(reseeded)
        for set_name, found in reseeded_sets(reseeded).items():
            jobs += jobs_for(found, set_name, formats, modes, precision, work)
    dev = sorted(p for p in a.corpus.glob("*/") if (p / "truth.json").exists()) \
        if not a.no_dev and not a.published_only and not a.reseed_only else []
    a.dev_run = bool(dev)
    if dev:
        jobs += jobs_for(dev, "dev", formats, modes, precision, work)
        for folder in dev:
            text = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["published_text"]
            src = work / "published" / folder.name / "draft.txt"
            src.parent.mkdir(parents=True, exist_ok=True)
            src.write_text(text, encoding="utf-8")
            jobs.append(Job("published", folder, src, "cold", src.parent / "published-cold.pdf"))
    a.published_count = 0
    if a.published:
        web = published_jobs(a.published, work)
        a.published_count = len(web)
        jobs += web
    print(f"{len(jobs)} engine runs, {a.jobs} at a time; outputs in {work}", flush=True)
    outcomes: list[Outcome] = []
    pool: Executor = (ThreadPoolExecutor(max_workers=max(1, a.jobs)) if a.subprocess else
                      ProcessPoolExecutor(max_workers=max(1, a.jobs), initializer=_warm_worker))
    with pool:
        # Longest drafts first, so the two workers finish together.
        jobs.sort(key=lambda j: -j.draft.stat().st_size)
        futures = [pool.submit(run, j, a.subprocess) for j in jobs]
        for i, fut in enumerate(as_completed(futures), 1):
            o = fut.result()
            outcomes.append(o)
            status = "ok" if o.returncode == 0 else f"exit {o.returncode}"
            detail = ""
            if o.score:
                detail = f"leaks={o.score['leaks']} hidden={o.score['hidden_leaks']} keep={o.score['keep_rate']}"
            if o.suggestions:
                detail += f" suggestions ok={sum(x['ok'] for x in o.suggestions)}/{len(o.suggestions)}"
            elif o.changed:
                detail = f"changed={o.changed['changed']}/{o.changed['words']}"
            print(f"[{i}/{len(jobs)}] {o.job.set} {o.job.folder.name} {o.job.draft.suffix[1:]} {o.job.mode}: "
                  f"{status} {detail} ({o.seconds:.0f} s)", flush=True)
    summary = summarise(outcomes)
    elapsed = time.perf_counter() - started
    commit = a.commit or engine_commit()
    print()
    print(table(summary))
    print()
    print(failures(summary))
    print(f"\nengine commit {commit}; {len(jobs)} runs in {elapsed / 60:.1f} min; outputs in {work}")
    (work / "results.json").write_text(json.dumps({"commit": commit, "seed": a.seed, "summary": summary,
                                                   "runs": [_outcome_json(o) for o in outcomes]},
                                                  indent=1, ensure_ascii=False), encoding="utf-8")
    if a.results:
        section = f"generalisation-{a.label}" if a.label else "generalisation"
        write_section(RESULTS, section, report(summary, a, commit, len(folders), formats, elapsed))
        print(f"table written to {RESULTS}")
    return 0


def _outcome_json(o: Outcome) -> dict[str, Any]:
    return {"set": o.job.set, "draft": o.job.folder.name, "format": o.job.draft.suffix[1:], "mode": o.job.mode,
            "returncode": o.returncode, "seconds": round(o.seconds, 1), "stderr": o.stderr[-2000:],
            "score": o.score, "suggestions": o.suggestions, "changed": o.changed}


def report(summary: dict[str, Any], a: argparse.Namespace, commit: str, n: int, formats: list[str],
           elapsed: float) -> str:
    label = f" ({a.label})" if a.label else ""
    sets = [f"{n} generated drafts (seed {a.seed}, generator v{GENERATOR_VERSION})"] if n else []
    if getattr(a, "reseeded_count", 0):
        sets.append(f"{a.reseeded_count} reseeded drafts (seed {a.seed}, from the published reviews in "
                    f"`{a.reseed.name}`{'' if a.no_dev else ' and the dev drafts’ published texts'})")
    if getattr(a, "dev_run", False):
        sets.append("the dev corpus")
    return "\n".join([
        f"# Generalisation benchmark{label}", "",
        f"Written by `benchmarks/generalisation.py --results` on {time.strftime('%Y-%m-%d')}: engine at commit "
        f"`{commit}`; {', '.join(sets) or 'published reviews only'}; formats {', '.join(formats)}; "
        f"{elapsed / 60:.0f} min on 2 workers.",
        "`register` = `redact --register register.yaml --accept-all`; `cold` = `redact --accept-all` without a "
        "register, whose suggestions (`analyze --json`) give the precision column. Refused = exit 1 (the "
        "export's own verification found a leak: nothing written), errors = any other failure; mentions, leaks, "
        "recall (1 - leaks / identifying mentions), keep (mean keep rate per draft, and the lowest) and pseudonym "
        "rate are over the runs that exported; fragments = pieces of values to redact that an output still holds, "
        "which the scorer (whole forms only) cannot see (a handle's rest \"rt_p47\" a page break cut off; not "
        "counted where the draft writes the piece elsewhere, nor a year alone, which the date policy writes); "
        "\"readable in draft\" is the lowest keep over the phrases the scorer "
        "can read in the unredacted draft itself (a Word draft: its LibreOffice PDF), as a phrase the draft's own "
        "layout wraps is missed whatever the redaction does. Precision = share of suggested entities (not kept) "
        "that overlap a truth mention; changed words = share of the published reviews' words changed by a cold "
        "run (day-precise dates apart)."
        + (f" `published-web` = {a.published_count} real published reviews (already anonymised by their boards; "
           "opening pages of public copies, kept outside the repository) redacted the same way; "
           "`published-named` = those among them whose board named the child publicly (not anonymised: the "
           "name is rightly replaced), and `published-other` = pages about a review that no board published "
           "(press reports, commentary, committee papers), as the folder's INDEX.tsv marks them."
           if a.published_count else "")
        + (" `reseeded-other` = drafts made from pages about a review that no board published."
           if getattr(a, "reseeded_count", 0) else ""),
        "", table(summary), "", "```", failures(summary), "```", ""])


if __name__ == "__main__":
    os.environ.setdefault("TLDEXTRACT_CACHE", os.devnull)
    sys.exit(main())
