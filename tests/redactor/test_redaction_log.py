"""The redaction log a legal adviser checks: check-log, the report PDF, the CSV and their originals-free variants.

A stub analyzer stands in for NLP, so an export with every kind of decision takes a second.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from datetime import datetime
from pathlib import Path

import pymupdf
import pytest

from redactor.case import Case
from redactor.check_log import EXIT_BAD_INPUT, EXIT_INTACT, EXIT_TAMPERED, check_log
from redactor.cli import main
from redactor.forms import FormMatcher
from redactor.journal import entry_hash
from redactor.pipeline import Analysis, ExportResult
from redactor.redaction_log import keyed_hash, load_log
from tests.redactor.builders import StubAnalyzer, make_pdf_pages, register

PAGES = [
    ["Review of the care of Chloe Hartley, aged 7, in Oldham.",
     "Her uncle Jack Smith lived on the Fenwick Estate.",
     "Her teacher at Fernhill School saw bruises on her arm."],
    ["Jack Smith was interviewed by Rachel Reviewer.",
     "Chloe Hartley moved away from the Fenwick Estate in 2019.",
     "Another Jack Smith, a neighbour, was not involved."],
]
FOUND = [("Jack Smith", "PERSON", 0.85), ("Oldham", "LOCATION", 0.6), ("Fernhill School", "ORGANISATION", 0.7)]


class Exported:
    """A case exported with every kind of decision, and where everything is."""

    def __init__(self, tmp: Path) -> None:
        reg_path, _ = register(tmp)
        reg_path.write_text(reg_path.read_text(encoding="utf-8").replace("pseudonym: Child Q",
                                                                          "pseudonym: Child Q\n  reason: child"),
                            encoding="utf-8")
        self.draft = make_pdf_pages(tmp / "draft.pdf", PAGES)
        self.case = Case.create(tmp / "case", register_path=reg_path, reviewer="Ann Author",
                                analyzer=StubAnalyzer(FOUND))
        a = self.case.analyse(self.draft)
        self.analysis = a
        jack = next(e for e in a.entities if e.name == "Jack Smith")
        self.case.decide(a, jack.id, "replace", "Adult B", reason="family")
        neighbour = [m for m in jack.mentions if m.segment_id == "page:1"][1]
        self.case.override_mention(a, (neighbour.segment_id, neighbour.start, neighbour.end), "keep",
                                   reason="not_identifying")
        seg = a.document.segment("page:0")
        start = seg.text.index("Fenwick Estate")
        self.case.redact_text(a, "page:0", start, start + len("Fenwick Estate"), every_occurrence=True,
                              reason="location")
        self.case.reviewer = "Bea Lawyer"
        self.case.redact_area(a, 0, (300, 95, 420, 110))
        self.result: ExportResult = self.case.export(a, tmp / "out" / "review.pdf", accept_all=True)
        self.out = self.result.outputs[0]
        self.log = tmp / "out" / "review.log.jsonl"


@pytest.fixture()
def exported(tmp_path: Path) -> Exported:
    return Exported(tmp_path)


def engine_rows(a: Analysis) -> list[tuple[str, str]]:
    """(original, replacement) of every redaction, from the engine's own plan."""
    plan = a.plan()
    return [(r.original, r.replacement) for r in plan.replacements] + [(x.original, "") for x in plan.areas]


def pdf_text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "\n".join(page.get_text() for page in doc)


# -- check-log -------------------------------------------------------------------------------------------
def test_an_honest_export_passes(exported: Exported, capsys: pytest.CaptureFixture[str]) -> None:
    result = check_log(exported.log, exported.out, exported.draft)
    assert result.exit_code == EXIT_INTACT, result.problems
    assert main(["check-log", str(exported.log), str(exported.out), "--draft", str(exported.draft)]) == 0
    out = capsys.readouterr().out
    assert "chain intact" in out and "is the draft the export was made from" in out
    assert f"{len(engine_rows(exported.analysis))} redactions checked" in out and "INTACT" in out


def test_tampering_with_any_entry_is_detected_and_named(exported: Exported) -> None:
    lines = exported.log.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 8
    for i, line in enumerate(lines):
        entry = json.loads(line)
        entry["reviewer"] = "Someone Else"
        forged = exported.log.with_name(f"forged{i}.log.jsonl")
        forged.write_text("\n".join([*lines[:i], json.dumps(entry), *lines[i + 1:]]) + "\n", encoding="utf-8")
        result = check_log(forged, exported.out)
        assert result.exit_code == EXIT_TAMPERED, i
        assert f"line {i + 1}" in result.problems[0]
        # Re-hashing the edited entry does not help: the next entry no longer follows it.
        entry["hash"] = entry_hash(entry)
        forged.write_text("\n".join([*lines[:i], json.dumps(entry), *lines[i + 1:]]) + "\n", encoding="utf-8")
        if i + 1 < len(lines):
            assert f"line {i + 2}" in check_log(forged, exported.out).problems[0]


def test_removed_or_reordered_entries_are_detected(exported: Exported) -> None:
    lines = exported.log.read_text(encoding="utf-8").splitlines()
    cut = exported.log.with_name("cut.log.jsonl")
    cut.write_text("\n".join(lines[:3] + lines[4:]) + "\n", encoding="utf-8")
    assert check_log(cut, exported.out).exit_code == EXIT_TAMPERED
    cut.write_text("\n".join(lines[1:]) + "\n", encoding="utf-8")
    assert check_log(cut, exported.out).exit_code == EXIT_TAMPERED


def test_a_swapped_or_modified_pdf_is_detected(exported: Exported, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.pdf"
    shutil.copy(exported.draft, other)
    result = check_log(exported.log, other)
    assert result.exit_code == EXIT_TAMPERED and "not a file this log describes" in result.problems[0]
    modified = tmp_path / "modified.pdf"
    with pymupdf.open(exported.out) as doc:
        doc[0].insert_text((72, 400), "an added line", fontsize=9)
        doc.save(modified)
    assert check_log(exported.log, modified).exit_code == EXIT_TAMPERED
    assert main(["check-log", str(exported.log), str(modified)]) == 1
    assert "TAMPERED OR MISMATCHED" in capsys.readouterr().out


def test_a_different_draft_is_detected(exported: Exported, tmp_path: Path) -> None:
    different = make_pdf_pages(tmp_path / "different.pdf", [PAGES[0], PAGES[1][:2]])
    result = check_log(exported.log, exported.out, different)
    assert result.exit_code == EXIT_TAMPERED and "is a different draft" in result.problems[0]


def test_a_forger_who_rewrites_the_whole_log_is_still_caught_by_the_draft(exported: Exported, tmp_path: Path) -> None:
    # An output that was never redacted, and a log rewritten (and re-hashed) to describe it.
    leaking = tmp_path / "leaking.pdf"
    shutil.copy(exported.draft, leaking)
    from redactor.load import sha256_file

    entries = [json.loads(x) for x in exported.log.read_text(encoding="utf-8").splitlines()]
    entries[-1]["args"]["outputs"][0]["sha256"] = sha256_file(leaking)
    prev = entries[-2]["hash"]
    entries[-1]["prev_hash"] = prev
    entries[-1]["hash"] = entry_hash(entries[-1])
    forged = tmp_path / "forged.log.jsonl"
    forged.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    assert check_log(forged, leaking).exit_code == EXIT_INTACT  # without the draft, only the anchor can tell
    result = check_log(forged, leaking, exported.draft)
    assert result.exit_code == EXIT_TAMPERED
    assert any("still under its box on page 1" in p and "'Jack Smith' -> 'Adult B'" in p for p in result.problems)
    assert any("text under area" in p for p in result.problems)


@pytest.mark.parametrize("what", ["no log", "not a log", "empty log", "no pdf"])
def test_bad_input_exits_2(exported: Exported, tmp_path: Path, what: str) -> None:
    log, out = exported.log, exported.out
    if what == "no log":
        log = tmp_path / "missing.log.jsonl"
    elif what == "not a log":
        log = tmp_path / "notes.txt"
        log.write_text("Dear adviser,\nplease check.\n", encoding="utf-8")
    elif what == "empty log":
        log = tmp_path / "empty.log.jsonl"
        log.write_bytes(b"")
    else:
        out = tmp_path / "missing.pdf"
    assert check_log(log, out).exit_code == EXIT_BAD_INPUT
    assert main(["check-log", str(log), str(out)]) == EXIT_BAD_INPUT


# -- the log itself -------------------------------------------------------------------------------------
def test_the_log_records_everything_an_adviser_asks(exported: Exported) -> None:
    log = load_log(exported.log)
    create, export = log.entries[0], log.exports[-1]
    assert create.args["register"]["sha256"] and create.args["versions"]["presidio-analyzer"]
    assert [e.op for e in log.entries].count("analysed") == 1
    a = export.args
    assert a["draft_sha256"] == exported.analysis.document.sha256
    assert {Path(o["path"]).name for o in a["outputs"]} == {"review.pdf"}
    assert {"redactor", "spacy", "model", "pymupdf"} <= set(a["versions"])
    rows = a["redactions"]
    assert len(rows) == len(engine_rows(exported.analysis))
    by_original = {r["original"]: r for r in rows}
    jack = by_original["Jack Smith"]
    assert (jack["reason_code"], jack["reason_given"], jack["decided_by"], jack["basis"]) == \
        ("family", True, "Ann Author", "recogniser")
    assert datetime.fromisoformat(jack["decided_at"]).tzinfo is not None
    assert by_original["Fenwick Estate"]["basis"] == "manual" and by_original["Fenwick Estate"]["reason_code"] == \
        "location"
    chloe = by_original["Chloe Hartley"]
    assert (chloe["basis"], chloe["how"], chloe["reason_code"], chloe["reason_given"]) == \
        ("register", "register", "child", True)  # the register entry's own reason code
    oldham = by_original["Oldham"]
    assert (oldham["how"], oldham["decided_by"], oldham["reason_given"]) == ("bulk acceptance", "Bea Lawyer", False)
    area = next(r for r in rows if r["type"] == "AREA")
    assert area["decided_by"] == "Bea Lawyer" and area["page"] == 1


def test_log_rows_filter_for_the_log_view(exported: Exported) -> None:
    case = exported.case
    assert {r.reviewer for r in case.log_rows()} == {"Ann Author", "Bea Lawyer"}
    assert [r.op for r in case.log_rows(reviewer="Bea Lawyer")] == ["redact_area", "accept_all", "export"]
    assert [r.op for r in case.log_rows(reason="family")] == ["decide"]
    assert [r.op for r in case.log_rows(page=1, op="redact_area")] == ["redact_area"]
    assert 2 in next(r for r in case.log_rows(op="export")).pages
    kind = next(e.kind for e in exported.analysis.entities if e.name == "Jack Smith")
    assert case.log_rows(kind=kind, op="decide")[0].description == "Pseudonym of 'Jack Smith' set to 'Adult B'"
    assert case.log_rows(kind="no such kind") == []


def test_entity_entries_name_their_pages_for_the_log_views_page_filter(exported: Exported) -> None:
    case = exported.case
    decide = case.log_rows(op="decide")[0]  # Jack Smith: pages 1 and 2
    assert decide.pages == (1, 2)
    assert case.log_rows(op="override")[0].pages == (2,)  # the neighbour's one mention, on page 2
    assert case.log_rows(op="redact_text")[0].pages == (1,)
    assert [r.op for r in case.log_rows(page=2, op="decide")] == ["decide"]
    assert "override" not in [r.op for r in case.log_rows(page=1)]


# -- the report and the CSV ---------------------------------------------------------------------------------
def _report(exported: Exported, shareable: bool) -> Path:
    name = "review.report-shareable.pdf" if shareable else "review.report.pdf"
    return exported.out.with_name(name)


def _csv(exported: Exported, shareable: bool) -> list[dict[str, str]]:
    path = exported.out.with_name("review.audit-shareable.csv") if shareable else exported.result.audit_csv
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, so Excel reads accents"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_report_and_csv_hold_every_redaction(exported: Exported) -> None:
    expected = engine_rows(exported.analysis)
    rows = _csv(exported, shareable=False)
    assert sorted((r["original"], r["replacement"]) for r in rows) == sorted(expected)
    for r in rows:
        assert datetime.fromisoformat(r["decided_at"]).tzinfo is not None
        assert datetime.fromisoformat(r["time"]).tzinfo is not None
    text = pdf_text(_report(exported, shareable=False))
    section = re.sub(r"\s+", "", re.split(r"2\s+Every redaction", text, maxsplit=1)[1])
    for original, _ in expected:
        squeezed = re.sub(r"\s+", "", original)
        assert section.count(squeezed) >= sum(o == original for o, _ in expected), original
    numbers = re.findall(r"^(\d+)\np\. \d", text, flags=re.MULTILINE)
    assert [int(n) for n in numbers] == list(range(1, len(expected) + 1))


def test_report_reads_like_a_document(exported: Exported) -> None:
    with pymupdf.open(_report(exported, shareable=False)) as doc:
        title = doc[0].get_text()
        for fact in ("Redaction report", "Case", "Board", "Draft SHA-256", "Exported by", "Bea Lawyer",
                     "Decisions by", "Ann Author", "Register SHA-256", exported.analysis.document.sha256):
            assert fact in title, fact
        total = doc.page_count
        for page in doc:
            words = page.get_text()
            assert f"Page {page.number + 1} of {total}" in words
            if page.number:
                assert "Redaction report – draft.pdf" in words  # the running header


def test_originals_free_variants_hold_no_original_text(exported: Exported) -> None:
    plan = exported.analysis.plan()
    forms = {**{f: "x" for f in plan.replaced_forms()}, **{o: "x" for o, _ in engine_rows(exported.analysis) if o}}
    matcher = FormMatcher(forms.items())
    key = load_log(exported.log).hash_key
    texts: dict[str, str] = {"report": pdf_text(_report(exported, shareable=True))}
    texts["csv"] = "\n".join(",".join(r.values()) for r in _csv(exported, shareable=True))
    for name, text in texts.items():
        found = [text[h.start:h.end] for h in matcher.finditer(text)]
        assert found == [], f"original text in the shareable {name}: {found}"
    shared = _csv(exported, shareable=True)
    assert {r["original"] for r in shared} >= {keyed_hash(key, "Jack Smith"), keyed_hash(key, "Chloe Hartley")}
    assert len(shared) == len(engine_rows(exported.analysis))


def test_keyed_hashes_are_stable_and_need_the_key() -> None:
    key, other = "11" * 32, "22" * 32
    assert keyed_hash(key, "Chloe  Hartley") == keyed_hash(key, "chloe hartley")
    assert keyed_hash(key, "Chloe Hartley") != keyed_hash(other, "Chloe Hartley")




def test_a_changed_twin_beside_the_pdf_is_detected(tmp_path: Path) -> None:
    reg_path, _ = register(tmp_path)
    draft = tmp_path / "draft.txt"
    draft.write_text("Chloe Hartley lived with Jack Smith.\nJack Smith was her uncle.\n", encoding="utf-8")
    case = Case.create(tmp_path / "case", register_path=reg_path, analyzer=StubAnalyzer(FOUND))
    a = case.analyse(draft)
    result = case.export(a, tmp_path / "out" / "o.pdf", accept_all=True)
    log = tmp_path / "out" / "o.log.jsonl"
    assert check_log(log, result.outputs[0], draft).exit_code == EXIT_INTACT
    twin = result.outputs[1]
    twin.write_text(twin.read_text(encoding="utf-8") + "Jack Smith\n", encoding="utf-8")
    check = check_log(log, result.outputs[0], draft)
    assert check.exit_code == EXIT_TAMPERED and "o.txt is not the file the log describes" in check.problems[0]
    twin.unlink()
    check = check_log(log, result.outputs[0], draft)
    assert check.exit_code == EXIT_INTACT and any("not beside" in c for c in check.confirmed)


def test_a_log_without_an_export_describes_no_pdf(exported: Exported) -> None:
    journal = exported.case.folder / "journal.jsonl"
    lines = journal.read_text(encoding="utf-8").splitlines()
    early = exported.out.with_name("early.log.jsonl")
    early.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    check = check_log(early, exported.out)
    assert check.exit_code == EXIT_TAMPERED and "records no export" in check.problems[0]


def test_a_missing_or_unreadable_draft(exported: Exported, tmp_path: Path) -> None:
    assert check_log(exported.log, exported.out, tmp_path / "nope.pdf").exit_code == EXIT_BAD_INPUT
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 not really")
    check = check_log(exported.log, exported.out, broken)
    assert check.exit_code == EXIT_TAMPERED and "cannot be read" in check.problems[0]
