"""Peer projects' identifier test cases, run through Redactor: how many are removed, how many negatives kept.

    .venv/bin/python benchmarks/peer_cases.py [--presidio DIR] [--scrubadub DIR] [--stdnum DIR]
                                               [--export-sample N] [--failures N]

The peers are the test suites of three public projects, read from local git mirrors (by default
``/work/.mirror/<owner>+<name>/repo``; nothing from them is stored in this repository):

* Presidio (microsoft/presidio): ``presidio-analyzer/tests/test_uk_*.py`` and the phone recogniser's
  test, read with ``ast`` from their ``pytest.mark.parametrize`` tables;
* scrubadub (LeapBeyond/scrubadub): the en_GB detectors' tests (NINO, TRN), the GB driving-licence,
  phone-number, date-of-birth and GB postal-code tests, read from their BEFORE/AFTER docstrings and
  case tables;
* python-stdnum (arthurdejong/python-stdnum): ``tests/test_gb_*.doctest`` and the doctests of
  ``stdnum/gb/*.py`` (``validate``/``is_valid`` examples and the lists of valid numbers).

Each positive value is embedded in the peer's own text (where it has one), in a sentence that names
it ("Her driving licence number is …"), in a table row under a header, and bare on its own line. Each
negative is embedded in the peer's own text, in a neutral sentence and bare (never under a label:
a label makes a value an identifier even when its checksum fails, so a labelled negative is not a
negative for Redactor). Each embedding of one peer is one TXT draft, analysed without a register
(every suggestion accepted). A positive is *removed* when replacements cover every character of it;
a negative is *untouched* when no identifier, date of birth or address replacement overlaps it.
A sample of drafts also goes through the whole export path (``--accept-all``, verification) and the
output is checked for the values.
"""

from __future__ import annotations

import argparse
import ast
import doctest
import random
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MIRRORS = Path("/work/.mirror")
# Formats that identify no person: SEDOL codes identify a line of shares. Reported, and also left out
# of the "personal identifiers" totals (Redactor does not redact share codes, by design).
NOT_PERSONAL = frozenset({"sedol"})
STRUCTURED_TYPES = ("IDENTIFIER", "DATE")


@dataclass(frozen=True, slots=True)
class Case:
    """One peer test case: a value of a format, expected to be found or not."""

    peer: str
    fmt: str
    value: str
    positive: bool
    text: str  # the peer's own text around the value ("" when the value stands alone)
    source: str


# -- reading the mirrors ----------------------------------------------------------------------------


def _git_files(repo: Path, pattern: str) -> list[str]:
    out = subprocess.run(["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD"],
                         capture_output=True, text=True, check=True).stdout
    rx = re.compile(pattern)
    return sorted(p for p in out.splitlines() if rx.fullmatch(p))


def _git_show(repo: Path, path: str) -> str:
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, text=True,
                          check=True).stdout


def _literal(node: ast.AST) -> object:
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError):
        return None


_PRESIDIO_FORMATS = {
    "test_uk_driving_licence_recognizer.py": "driving_licence",
    "test_uk_nhs_recognizer.py": "nhs",
    "test_uk_nino_recognizer.py": "nino",
    "test_uk_passport_recognizer.py": "passport",
    "test_uk_postcode_recognizer.py": "postcode",
    "test_uk_vehicle_registration_recognizer.py": "vehicle_reg",
    "test_phone_recognizer.py": "phone",
}


def presidio_cases(repo: Path) -> Iterator[Case]:
    """Rows of the ``parametrize`` tables in Presidio's UK recogniser tests and its phone test."""
    for path in _git_files(repo, r"presidio-analyzer/tests/test_(uk_\w+|phone_recognizer)\.py"):
        fmt = _PRESIDIO_FORMATS.get(Path(path).name)
        if fmt is None:
            continue
        tree = ast.parse(_git_show(repo, path))
        for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            for deco in fn.decorator_list:
                if not (isinstance(deco, ast.Call) and ast.unparse(deco.func).endswith("parametrize")):
                    continue
                names = [n.strip() for n in str(_literal(deco.args[0])).split(",")]
                rows = _literal(deco.args[1])
                if not isinstance(rows, list) or "text" not in names:
                    continue
                for row in rows:
                    values = row if isinstance(row, tuple) else (row,)
                    if len(values) != len(names):
                        continue
                    data = dict(zip(names, values, strict=True))
                    text = str(data["text"])
                    source = f"presidio:{Path(path).name}:{fn.name}"
                    if "expected_len" not in data:  # a table of invalid texts only
                        if "invalid" in fn.name:
                            yield Case("presidio", fmt, text, False, "", source)
                        continue
                    if data["expected_len"] == 0:
                        yield Case("presidio", fmt, text, False, "", source)
                        continue
                    if "leniency" in names:
                        continue  # leniency variants of the same texts
                    for start, end in data.get("expected_positions") or ():
                        value = text[start:end].strip()  # some offsets take in a space
                        yield Case("presidio", fmt, value, True, text if text != value else "", source)


_SCRUBADUB_FILES = {
    "tests/test_detector_en_GB_nino.py": "nino",
    "tests/test_detector_en_GB_trn.py": "trn",
    "tests/test_detector_drivers_licence.py": "driving_licence",
    "tests/test_detector_phone_numbers.py": "phone",
    "tests/test_detector_date_of_birth.py": "dob",
    "tests/test_detector_postal_codes.py": "postcode",
}
_PLACEHOLDER = re.compile(r"\{\{[A-Z_]+\}\}")


def _aligned(before: str, after: str) -> list[str]:
    """The values of ``before`` that ``after`` shows as ``{{PLACEHOLDER}}``s."""
    pieces = _PLACEHOLDER.split(after)
    if len(pieces) < 2:
        return []
    rx = "".join(re.escape(p) + ("(.+?)" if i < len(pieces) - 1 else "") for i, p in enumerate(pieces))
    match = re.fullmatch(rx, before, re.DOTALL)
    return list(match.groups()) if match else []


def _whole_date(value: str, text: str) -> str:
    """The whole date a scrubadub date-of-birth case means.

    Its docstrings record two known limitations of its date search: "on " taken in before the date,
    and only the year of "02.12.1979" replaced. The case is the date itself.
    """
    value = value.removeprefix("on ")
    match = re.search(r"[\d./-]*" + re.escape(value), text)
    return match.group(0) if match else value


def scrubadub_cases(repo: Path) -> Iterator[Case]:
    """BEFORE/AFTER docstrings, phone lists, ``clean`` calls and the GB postcode table."""
    for path, fmt in _SCRUBADUB_FILES.items():
        tree = ast.parse(_git_show(repo, path))
        for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            source = f"scrubadub:{Path(path).name}:{fn.name}"
            doc = ast.get_docstring(fn) or ""
            if "BEFORE:" in doc and "AFTER:" in doc and "%s" not in doc:
                before, after = (s.strip() for s in doc.split("BEFORE:")[1].split("AFTER:"))
                for value in _aligned(before, after):
                    yield Case("scrubadub", fmt, _whole_date(value, before) if fmt == "dob" else value,
                               True, before, source)
            for call in (n for n in ast.walk(fn) if isinstance(n, ast.Call)):
                name = ast.unparse(call.func)
                if name == "self.check_phone_numbers":
                    for arg in call.args:
                        value = str(_literal(arg))
                        yield Case("scrubadub", fmt, value, True, f"My phone number is {value}", source)
                if name == "self.assertEqual" and len(call.args) >= 2:
                    expected = _literal(call.args[1])
                    if isinstance(expected, str) and "{{" in expected:
                        cleaned = [c for c in ast.walk(fn) if isinstance(c, ast.Call)
                                   and ast.unparse(c.func) == "self.clean"]
                        for c in cleaned:
                            before = str(_literal(c.args[0]))
                            for value in _aligned(before, expected):
                                yield Case("scrubadub", fmt, value, True, before, source)
            if fn.name == "test_gb":
                table = template = None
                for node in ast.walk(fn):
                    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                        if node.targets[0].id == "to_test":
                            table = _literal(node.value)
                        elif node.targets[0].id == "test_str":
                            template = _literal(node.value)
                for value, expected in table or []:
                    text = str(template).format(value) if template else ""
                    yield Case("scrubadub", fmt, str(value), bool(expected), text, source)


_CALL = re.compile(r"^(?:\w+\.)?(validate|is_valid)\('([^']*)'\)")


def stdnum_cases(repo: Path) -> Iterator[Case]:
    """``validate``/``is_valid`` doctest examples and valid-number lists of python-stdnum's gb modules."""
    parser = doctest.DocTestParser()
    paths = [*_git_files(repo, r"tests/test_gb_\w+\.doctest"), *_git_files(repo, r"stdnum/gb/\w+\.py")]
    for path in paths:
        name = Path(path).stem
        fmt = name.removeprefix("test_gb_") if name.startswith("test_gb_") else name
        if fmt == "__init__":
            continue
        text = _git_show(repo, path)
        if path.endswith(".py"):
            module = ast.parse(text)
            text = ast.get_docstring(module) or ""
        numbers: list[str] = []
        for ex in parser.get_examples(text):
            src = ex.source.strip()
            source = f"stdnum:{Path(path).name}"
            if src.startswith("numbers = "):
                numbers = [ln.strip() for ln in str(_literal(ast.parse(src).body[0].value)).splitlines()  # type: ignore[attr-defined]
                           if ln.strip()]
                continue
            if src.startswith("[x for x in numbers") and ex.want.strip() == "[]":
                positive = " not " in src
                for value in numbers:
                    yield Case("stdnum", fmt, value, positive, "", source)
                continue
            match = _CALL.match(src)
            if match:
                kind, value = match.groups()
                if kind == "validate":
                    positive = "Traceback" not in ex.want and not ex.exc_msg
                else:
                    positive = ex.want.strip() == "True"
                yield Case("stdnum", fmt, value, positive, "", source)


# -- embedding ---------------------------------------------------------------------------------------

SENTENCE = {
    "nhs": "Her NHS number is {v}.",
    "nino": "His National Insurance number is {v}.",
    "passport": "Her passport number is {v}.",
    "driving_licence": "Her driving licence number is {v}.",
    "postcode": "The family moved to a flat at postcode {v}.",
    "vehicle_reg": "He was seen driving a car, registration {v}.",
    "trn": "His HMRC temporary reference number is {v}.",
    "utr": "Her Unique Taxpayer Reference is {v}.",
    "upn": "The school gave her UPN as {v}.",
    "vat": "The business's VAT registration number is {v}.",
    "sedol": "The shares' SEDOL code is {v}.",
    "phone": "Her mobile number is {v}.",
    "dob": "Her date of birth is {v}.",
}
HEADER = {
    "nhs": "NHS number", "nino": "NI number", "passport": "Passport no.", "driving_licence": "Driving licence",
    "postcode": "Postcode", "vehicle_reg": "Vehicle", "trn": "TRN", "utr": "UTR", "upn": "UPN",
    "vat": "VAT number", "sedol": "SEDOL", "phone": "Telephone", "dob": "DOB",
}
NEUTRAL = "The chronology lists {v} at this point."
EMBEDDINGS = ("peer text", "sentence", "table row", "bare")


def embeddings(case: Case) -> Iterator[tuple[str, str]]:
    """``(embedding name, text)`` pairs for one case; the value occurs in each text."""
    if case.text and case.text != case.value:
        yield "peer text", case.text
    elif not case.positive and re.search(r"[a-z]{4}", case.value):  # the peer's whole test text
        yield "peer text", case.value
    if case.positive:
        yield "sentence", SENTENCE[case.fmt].format(v=case.value)
        yield "table row", f"Name\tRole\t{HEADER[case.fmt]}\nJo Example\tmother\t{case.value}"
    elif not re.search(r"[a-z]{4}", case.value):  # a value, not a sentence of the peer's
        yield "sentence", NEUTRAL.format(v=case.value)
    if not re.search(r"[a-z]{4}", case.value) or case.positive:
        yield "bare", case.value


# -- running -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Placed:
    case: Case
    embedding: str
    start: int  # of the value in the draft
    end: int
    text_start: int  # of the embedding text
    text_end: int


def build_draft(items: list[tuple[Case, str, str]]) -> tuple[str, list[Placed]]:
    """One TXT draft holding every embedding, each in its own paragraph."""
    parts: list[str] = []
    placed: list[Placed] = []
    pos = 0
    for case, name, text in items:
        offset = text.rfind(case.value) if name != "peer text" else text.find(case.value)
        start = pos + offset
        placed.append(Placed(case, name, start, start + len(case.value), pos, pos + len(text)))
        parts.append(text + "\n\n")
        pos += len(text) + 2
    return "".join(parts), placed


def run_analysis(draft: str, folder: Path, label: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, type, entity)`` of every replacement Redactor makes without a register."""
    from redactor.pipeline import analyse
    from redactor.plan import accept_all

    path = folder / f"{label}.txt"
    path.write_text(draft, encoding="utf-8")
    analysis = analyse(path)
    accept_all(analysis.decisions)
    plan = analysis.plan()
    return [(r.start, r.end, r.type, r.entity) for r in plan.by_segment.get("txt", [])]


def covered(draft: str, start: int, end: int, reps: list[tuple[int, int, str, str]]) -> bool:
    """Whether replacements cover every non-space character of ``draft[start:end]``."""
    chars = {i for i in range(start, end) if not draft[i].isspace()}
    for a, b, _, _ in reps:
        chars -= set(range(a, b))
    return not chars


def structured_overlap(start: int, end: int, reps: list[tuple[int, int, str, str]]) -> list[str]:
    return [entity for a, b, kind, entity in reps
            if a < end and start < b and (kind in STRUCTURED_TYPES or entity in ("UK_ADDRESS", "UK_POSTCODE"))
            and entity != "DATE_DAY"]


def export_sample(items: list[tuple[Case, str, str]], folder: Path, label: str) -> list[str]:
    """Export a draft with ``--accept-all``; problems found in the output (or the export's failure)."""
    from redactor.errors import LeakError
    from redactor.pipeline import analyse, export

    draft, placed = build_draft(items)
    path = folder / f"{label}-draft.txt"  # the export writes its text copy beside its PDF, never over the draft
    path.write_text(draft, encoding="utf-8")
    analysis = analyse(path)
    try:
        export(analysis, folder / f"{label}-export.pdf", accept=True)
    except LeakError as exc:
        return [f"export refused: {exc}"]
    out = (folder / f"{label}-export.txt").read_text(encoding="utf-8")
    problems = []
    for p in placed:
        if p.case.positive and p.case.value in out:
            problems.append(f"positive survives export: {p.case.fmt} {p.case.value!r} ({p.embedding})")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--presidio", type=Path, default=MIRRORS / "microsoft+presidio" / "repo")
    ap.add_argument("--scrubadub", type=Path, default=MIRRORS / "LeapBeyond+scrubadub" / "repo")
    ap.add_argument("--stdnum", type=Path, default=MIRRORS / "arthurdejong+python-stdnum" / "repo")
    ap.add_argument("--export-sample", type=int, default=40, help="cases per peer through the export path")
    ap.add_argument("--failures", type=int, default=200, help="failures to list")
    args = ap.parse_args()
    peers = {"presidio": (args.presidio, presidio_cases), "scrubadub": (args.scrubadub, scrubadub_cases),
             "stdnum": (args.stdnum, stdnum_cases)}
    folder = Path(tempfile.mkdtemp(prefix="redactor-peers-"))
    failures: list[str] = []
    rows: list[tuple[str, str, int, int, int, int]] = []
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    rng = random.Random(7)
    for peer, (repo, reader) in peers.items():
        if not (repo / "HEAD").exists() and not (repo / ".git").exists():
            print(f"{peer}: no mirror at {repo} (fetch it first)")
            continue
        unique = {(c.fmt, c.value, c.positive, c.text): c for c in reader(repo)}
        cases = list(unique.values())
        items = [(c, name, text) for c in cases for name, text in embeddings(c)]
        by_fmt: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        # One draft per polarity and embedding: a value found in one embedding would otherwise be
        # linked into the others and hide their misses.
        for polarity in (True, False):
            for embedding in EMBEDDINGS:
                group = [it for it in items if it[0].positive is polarity and it[1] == embedding]
                if not group:
                    continue
                draft, placed = build_draft(group)
                label = f"{peer}-{'pos' if polarity else 'neg'}-{embedding.replace(' ', '-')}"
                reps = run_analysis(draft, folder, label)
                for p in placed:
                    stats = by_fmt[p.case.fmt]
                    if polarity:
                        ok = covered(draft, p.start, p.end, reps)
                        stats[0] += ok
                        stats[1] += 1
                        if not ok:
                            failures.append(f"{peer:<9} MISSED    {p.case.fmt:<15} {p.embedding:<9} {p.case.value!r}"
                                            + (f" in {draft[p.text_start:p.text_end]!r}"
                                               if p.embedding != "bare" else ""))
                    else:
                        hits = structured_overlap(p.start, p.end, reps)
                        stats[2] += not hits
                        stats[3] += 1
                        if hits:
                            failures.append(f"{peer:<9} REDACTED  {p.case.fmt:<15} {p.embedding:<9} "
                                            f"{p.case.value!r} as {sorted(set(hits))}")
        for fmt, s in sorted(by_fmt.items()):
            rows.append((peer, fmt, *s))  # type: ignore[arg-type]
            for i in range(4):
                totals[peer][i] += s[i]
        sample = rng.sample(items, min(args.export_sample, len(items)))
        for embedding in EMBEDDINGS:
            part = [it for it in sample if it[1] == embedding]
            if part:
                for problem in export_sample(part, folder, f"{peer}-{embedding.replace(' ', '-')}"):
                    failures.append(f"{peer:<9} EXPORT    {problem}")

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "    -"

    print(f"{'peer':<10} {'format':<16} {'removed':>18} {'negatives untouched':>22}")
    for peer, fmt, rem, pos, kept, neg in rows:
        print(f"{peer:<10} {fmt:<16} {pct(rem, pos):>18} {pct(kept, neg):>22}")
    print()
    for peer, (rem, pos, kept, neg) in totals.items():
        print(f"{peer:<10} {'ALL':<16} {pct(rem, pos):>18} {pct(kept, neg):>22}")
    rem, pos, kept, neg = (sum(t[i] for t in totals.values()) for i in range(4))
    print(f"{'all peers':<10} {'ALL':<16} {pct(rem, pos):>18} {pct(kept, neg):>22}")
    print(f"\npersonal identifiers only (without {', '.join(sorted(NOT_PERSONAL))}):")
    for peer in totals:
        sums = [sum(r[2 + i] for r in rows if r[0] == peer and r[1] not in NOT_PERSONAL) for i in range(4)]
        print(f"{peer:<10} {'ALL':<16} {pct(sums[0], sums[1]):>18} {pct(sums[2], sums[3]):>22}")
    if failures:
        shown = f" (first {args.failures})" if len(failures) > args.failures else ""
        print(f"\n{len(failures)} failure(s){shown}:")
        for line in failures[: args.failures]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
