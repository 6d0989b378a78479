"""The case API, headless: every reviewer operation, its journal entry, undo/redo, reopening and crashes.

No NLP model: a stub analyzer reports fixed findings, so each test runs in a fraction of a second.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from redactor.case import CACHE_DIR, Case
from redactor.entities import Entity
from redactor.errors import CaseError
from redactor.pipeline import Analysis
from redactor.register import REDACTED
from tests.redactor.builders import StubAnalyzer, make_pdf_pages, register

PAGES = [
    ["Review of the care of Chloe Hartley, aged 7.",
     "Chloe lived with her uncle Jack Smith in Oldham.",
     "Miss Hartley's teacher at Fernhill School saw bruises."],
    ["Jack Smith was interviewed by Rachel Reviewer.",
     "Chloe Hartley moved to Westbridge in 2019.",
     "The house in Oldham was sold."],
]
FOUND = [("Jack Smith", "PERSON", 0.85), ("Oldham", "LOCATION", 0.6), ("Fernhill School", "ORGANISATION", 0.7)]


@pytest.fixture()
def stub() -> StubAnalyzer:
    return StubAnalyzer(FOUND)


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    return make_pdf_pages(tmp_path / "draft.pdf", PAGES)


@pytest.fixture()
def case(tmp_path: Path, stub: StubAnalyzer) -> Case:
    reg_path, _ = register(tmp_path)
    return Case.create(tmp_path / "case", register_path=reg_path, reviewer="Ann Author", analyzer=stub)


def entity(analysis: Analysis, name: str) -> Entity:
    return next(e for e in analysis.entities if e.name == name)


def reopen(case: Case, stub: StubAnalyzer, reviewer: str = "Ann Author") -> Case:
    case.close()
    return Case.open(case.folder, reviewer=reviewer, analyzer=stub)


# -- the case folder -------------------------------------------------------------------------------
def test_create_makes_an_owner_only_case_folder(case: Case, draft: Path) -> None:
    assert Case.is_case(case.folder)
    case.analyse(draft)
    assert stat.S_IMODE(os.stat(case.folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(case.folder / CACHE_DIR).st_mode) == 0o700
    for path in [p for p in [*case.folder.iterdir(), *(case.folder / CACHE_DIR).iterdir()] if p.is_file()]:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
    assert case.drafts == [draft.resolve()]
    assert [e.op for e in case.history()] == ["create", "add_draft", "analysed"]
    assert case.history()[0].args["register"]["sha256"]
    analysed = case.history()[-1].args
    assert {x["name"]: (x["suggestion"], x["reviewed"]) for x in analysed["entities"]}["Jack Smith"] == \
        ("replace", False)
    assert analysed["description"] == "draft.pdf analysed: 5 finding(s), 3 suggestion(s) to review"
    case.analyse(draft)
    assert [e.op for e in case.history()].count("analysed") == 1, "the same draft and engine: recorded once"


def test_open_refuses_what_is_not_a_case(tmp_path: Path) -> None:
    assert not Case.is_case(tmp_path)
    with pytest.raises(CaseError, match="not a Redactor case"):
        Case.open(tmp_path)
    with pytest.raises(CaseError, match="no such folder"):
        Case.open(tmp_path / "missing")
    (tmp_path / "case.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(CaseError, match="damaged"):
        Case.open(tmp_path)


def test_create_refuses_an_existing_case(case: Case) -> None:
    with pytest.raises(CaseError, match="already a case"):
        Case.create(case.folder)


# -- decisions ---------------------------------------------------------------------------------------
def test_decide_replaces_everywhere_and_journals_who_when_what_and_why(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    jack = entity(a, "Jack Smith")
    assert not a.decisions[jack.id].reviewed
    change = case.decide(a, jack.id, "replace", "Adult B", reason="family")
    assert change.pages == {0, 1}
    assert jack.id in change.entity_ids
    assert change.description == "Pseudonym of 'Jack Smith' set to 'Adult B'"
    d = a.decisions[jack.id]
    assert (d.action, d.replacement, d.reviewed, d.source) == ("replace", "Adult B", True, "manual")
    assert {r.replacement for r in a.plan().replacements if r.entity_id == jack.id} == {"Adult B"}
    entry = case.history()[-1]
    assert entry.op == "decide" and entry.reviewer == "Ann Author" and entry.reason == "family"
    assert entry.args["name"] == "Jack Smith" and entry.args["replacement"] == "Adult B"
    assert entry.prev == {"action": "replace", "replacement": "Adult A", "source": "accepted_suggestion",
                          "reviewed": False}
    assert entry.basis == {"kind": "recogniser", "recognizer": "StubRecognizer", "score": 0.85,
                           "reason": "stub: 'Jack Smith' is a test finding", "detected_as": "PERSON"}
    assert entry.draft == {"name": "draft.pdf", "sha256": a.document.sha256}


def test_decide_on_a_register_entity_records_the_register_basis(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    chloe = entity(a, "Chloe Hartley")
    case.decide(a, chloe.id, "replace", REDACTED)
    assert case.history()[-1].basis == {"kind": "register", "entry": "Chloe Hartley"}
    assert case.history()[-1].args["description"] == "'Chloe Hartley' redacted"
    assert {r.replacement for r in a.plan().replacements if r.entity_id == chloe.id} == {REDACTED}


def test_keep_leaves_every_mention(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    oldham = entity(a, "Oldham")
    change = case.decide(a, oldham.id, "keep")
    assert change.pages == {0, 1} and change.description == "'Oldham' kept unchanged"
    assert not [r for r in a.plan().replacements if r.entity_id == oldham.id]
    assert a.decisions[oldham.id].reviewed


def test_accept_suggestion(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    jack = entity(a, "Jack Smith")
    suggested = a.decisions[jack.id].replacement
    case.accept(a, jack.id)
    d = a.decisions[jack.id]
    assert (d.replacement, d.reviewed, d.source) == (suggested, True, "accepted_suggestion")
    assert case.history()[-1].args["description"].startswith("Suggestion accepted")


def test_bad_decisions_are_refused(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    jack = entity(a, "Jack Smith")
    with pytest.raises(CaseError, match="replacement text"):
        case.decide(a, jack.id, "replace", "  ")
    with pytest.raises(CaseError, match="no entity"):
        case.decide(a, "E999", "keep")
    with pytest.raises(CaseError, match="unknown decision"):
        case.decide(a, jack.id, "delete", "x")  # type: ignore[arg-type]
    with pytest.raises(CaseError, match="unknown reason code 'because'; the board's codes are: child, family"):
        case.decide(a, jack.id, "keep", reason="because")
    assert [e.op for e in case.history()] == ["create", "add_draft", "analysed"]


def test_mark_reviewed_and_the_unreviewed_list(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    pending = {e.name for e in case.unreviewed(a)}
    assert {"Jack Smith", "Oldham", "Fernhill School"} <= pending
    assert "Chloe Hartley" not in pending  # the register's decisions are reviewed
    school = entity(a, "Fernhill School")
    change = case.mark_reviewed(a, school.id)
    assert change.entity_ids == {school.id} and change.pages == frozenset()
    assert school not in case.unreviewed(a)
    case.mark_reviewed(a, school.id, False)
    assert school in case.unreviewed(a)


def test_an_analysis_from_elsewhere_is_refused(case: Case, draft: Path, tmp_path: Path, stub: StubAnalyzer) -> None:
    other = Case.create(tmp_path / "other", analyzer=stub)
    a = other.analyse(draft)
    with pytest.raises(CaseError, match="not made by this case"):
        case.decide(a, a.entities[0].id, "keep")


# -- undo / redo ---------------------------------------------------------------------------------------
def test_undo_and_redo_a_decision(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    jack = entity(a, "Jack Smith")
    assert not case.can_undo and case.undo(a) is None and case.redo(a) is None
    case.decide(a, jack.id, "replace", "Adult B")
    case.decide(a, jack.id, "replace", "Adult C")
    assert case.undo_text == "Pseudonym of 'Jack Smith' set to 'Adult C'"
    change = case.undo(a)
    assert change is not None and change.pages == {0, 1} and change.entity_ids == {jack.id}
    assert change.description == "Undo: Pseudonym of 'Jack Smith' set to 'Adult C'"
    assert a.decisions[jack.id].replacement == "Adult B"
    assert case.can_redo and case.redo_text == "Pseudonym of 'Jack Smith' set to 'Adult C'"
    case.undo(a)
    assert a.decisions[jack.id].replacement == "Adult A" and not a.decisions[jack.id].reviewed
    assert not case.can_undo
    case.redo(a)
    assert a.decisions[jack.id].replacement == "Adult B"
    case.decide(a, jack.id, "keep")  # a new operation clears what could be redone
    assert not case.can_redo
    assert [e.op for e in case.history()][3:] == ["decide", "decide", "undo", "undo", "redo", "decide"]


def test_undo_of_mark_reviewed(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    school = entity(a, "Fernhill School")
    case.mark_reviewed(a, school.id)
    case.undo(a)
    assert not a.decisions[school.id].reviewed
    case.redo(a)
    assert a.decisions[school.id].reviewed


# -- reopening -----------------------------------------------------------------------------------------
def test_reopen_restores_decisions_and_both_stacks_without_nlp(case: Case, draft: Path, stub: StubAnalyzer) -> None:
    a = case.analyse(draft)
    jack, oldham, school = entity(a, "Jack Smith"), entity(a, "Oldham"), entity(a, "Fernhill School")
    case.decide(a, jack.id, "replace", "Adult B")
    case.decide(a, oldham.id, "keep")
    case.mark_reviewed(a, school.id)
    case.undo(a)
    assert stub.runs == 1
    again = reopen(case, stub)
    b = again.analyse(draft)
    assert stub.runs == 1, "reopening re-ran NLP instead of reading the case cache"
    assert {e.id: (d.action, d.replacement, d.reviewed) for e in b.entities for d in [b.decisions[e.id]]} == \
        {e.id: (d.action, d.replacement, d.reviewed) for e in a.entities for d in [a.decisions[e.id]]}
    assert (again.can_undo, again.can_redo) == (True, True)
    assert again.undo_text == "'Oldham' kept unchanged" and again.redo_text == f"'{school.name}' marked reviewed"
    again.redo(b)
    assert b.decisions[school.id].reviewed
    again.undo(b)
    again.undo(b)
    assert b.decisions[oldham.id].action == "replace"
    assert [e.op for e in again.history()] == [e.op for e in case.history()] + ["redo", "undo", "undo"]


def test_crash_mid_write_loses_only_the_torn_entry_and_says_so(case: Case, draft: Path, stub: StubAnalyzer) -> None:
    a = case.analyse(draft)
    jack = entity(a, "Jack Smith")
    case.decide(a, jack.id, "replace", "Adult B")
    case.decide(a, jack.id, "replace", "Adult C")
    journal = case.folder / "journal.jsonl"
    journal.write_bytes(journal.read_bytes()[:-40])  # the process died while writing the last entry
    again = reopen(case, stub)
    assert again.recovered is not None and "incomplete" in again.recovered
    b = again.analyse(draft)
    assert b.decisions[jack.id].replacement == "Adult B"
    assert again.undo_text == "Pseudonym of 'Jack Smith' set to 'Adult B'"
    assert again.history()[-1].op == "recovered"  # the recovery itself is on the record
    assert len(list(case.folder.glob("journal.jsonl.damaged-*"))) == 1


def test_a_tampered_journal_is_refused_with_the_line(case: Case, draft: Path, stub: StubAnalyzer) -> None:
    a = case.analyse(draft)
    case.decide(a, entity(a, "Jack Smith").id, "replace", "Adult B")
    case.decide(a, entity(a, "Oldham").id, "keep")
    journal = case.folder / "journal.jsonl"
    lines = journal.read_text(encoding="utf-8").splitlines()
    entry = json.loads(lines[2])
    entry["args"]["replacement"] = "Jack"
    lines[2] = json.dumps(entry)
    journal.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CaseError, match="line 3"):
        reopen(case, stub)


# -- find ----------------------------------------------------------------------------------------------
def test_find_across_the_draft(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    hits = case.find(a, "jack smith")
    assert [(h.page, h.segment_id) for h in hits] == [(0, "page:0"), (1, "page:1")]
    assert "her uncle [Jack Smith] in Oldham. Miss" in hits[0].context
    assert a.document.segment(hits[0].segment_id).text[hits[0].start:hits[0].end] == "Jack Smith"
    assert case.find(a, "jack smith", match_case=True) == []
    assert len(case.find(a, "Hartley")) == 3
    assert len(case.find(a, "Hart")) == 0
    assert len(case.find(a, "Hart", whole_words=False)) == 3
    assert case.find(a, "   ") == []


# -- several drafts, re-analysis ---------------------------------------------------------------------------
def test_decisions_apply_to_the_same_entity_in_every_draft(case: Case, draft: Path, tmp_path: Path) -> None:
    a = case.analyse(draft)
    case.decide(a, entity(a, "Jack Smith").id, "replace", "Adult B")
    case.decide(a, entity(a, "Chloe Hartley").id, "replace", "Child Z")
    response = make_pdf_pages(tmp_path / "response.pdf", [["The board response concerning Chloe Hartley.",
                                                          "Jack Smith has since moved away."]])
    b = case.analyse(response)
    assert case.drafts == [draft.resolve(), response.resolve()]
    assert b.decisions[entity(b, "Jack Smith").id].replacement == "Adult B"
    assert b.decisions[entity(b, "Chloe Hartley").id].replacement == "Child Z"
    reg = case.register
    assert next(e for e in reg.entries if e.name == "Chloe Hartley").pseudonym == "Child Z"
    assert next(e for e in reg.entries if e.name == "Jack Smith").pseudonym == "Adult B"


def test_decisions_survive_reanalysis(case: Case, draft: Path, stub: StubAnalyzer) -> None:
    a = case.analyse(draft)
    case.decide(a, entity(a, "Jack Smith").id, "replace", "Adult B")
    for cached in (case.folder / CACHE_DIR).iterdir():
        cached.unlink()  # as after an engine upgrade: the analysis is made again
    b = case.analyse(draft)
    assert stub.runs == 2
    assert b.decisions[entity(b, "Jack Smith").id].replacement == "Adult B"


def test_a_decision_reaches_a_draft_where_detection_missed_the_entity(case: Case, draft: Path, tmp_path: Path) -> None:
    a = case.analyse(draft)
    case.decide(a, entity(a, "Jack Smith").id, "replace", "Adult B")
    case.decide(a, entity(a, "Oldham").id, "keep")
    case.close()
    response = make_pdf_pages(tmp_path / "response.pdf", [["The board response: Jack Smith has moved.",
                                                          "Mr Smith was told in Westbridge and Oldham."]])
    blind = Case.open(case.folder, analyzer=StubAnalyzer([]))  # this analysis finds nobody
    b = blind.analyse(response)
    linked = entity(b, "Jack Smith")
    assert linked.id.startswith("C") and linked.mentions[0].recognizer == "case"
    assert (b.decisions[linked.id].replacement, b.decisions[linked.id].reviewed) == ("Adult B", True)
    assert sorted((r.original, r.replacement) for r in b.plan().replacements if r.entity_id == linked.id) == \
        [("Jack Smith", "Adult B"), ("Mr Smith", "Adult B")]
    assert "Oldham" not in {e.name for e in b.entities}, "a kept entity is not carried over"
    blind.undo(b)  # undoing "keep Oldham" changes nothing here; undoing the decision removes the link
    blind.undo(b)
    assert "Jack Smith" not in {e.name for e in b.entities}
