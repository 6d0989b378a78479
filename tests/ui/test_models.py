"""The Qt models over a case's analysis, and the undo commands on a bare QUndoStack (no NLP: a stub analyzer)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from redactor.case import Case
from redactor.entities import Entity
from redactor.mention import Mention
from redactor.register import REDACTED
from tests.redactor.builders import StubAnalyzer, make_pdf_pages, register
from ui import commands
from ui.models.entity_filter_model import STATUSES, EntityFilterModel
from ui.models.entity_table_model import HEADERS, NAME, PSEUDONYM, EntityTableModel, ReviewedRole, mention_count
from ui.models.highlights import highlights_by_segment
from ui.models.mention_list_model import KeyRole, MentionListModel
from ui.models.pseudonyms import pseudonym_choices
from ui.session import ReviewSession

PAGES = [["Review of the care of Chloe Hartley, aged 7.", "Chloe lived with Jack Smith in Oldham.",
          "Jack Smith took Chloe to Fernhill School."],
         ["Jack Smith was interviewed.", "The house in Oldham was sold."]]
FOUND = [("Jack Smith", "PERSON", 0.85), ("Oldham", "LOCATION", 0.6), ("Fernhill School", "ORGANISATION", 0.7)]


@pytest.fixture()
def session(qtbot: Any, tmp_path: Path) -> ReviewSession:
    draft = make_pdf_pages(tmp_path / "draft.pdf", PAGES)
    reg_path, _ = register(tmp_path)
    stub = StubAnalyzer(FOUND)
    case = Case.create(tmp_path / "case", register_path=reg_path, reviewer="Ann Author", analyzer=stub)
    s = ReviewSession()
    s.attach(case, draft, case.analyse(draft))
    return s


def entity_id(session: ReviewSession, name: str) -> str:
    return next(e.id for e in session.analysis.entities if e.name == name)


def test_entity_table_model(qtmodeltester: Any, session: ReviewSession) -> None:
    renamed: list[tuple[str, str]] = []
    model = EntityTableModel(rename=lambda eid, text: renamed.append((eid, text)) or True)
    model.set_analysis(session.analysis)
    qtmodeltester.check(model, force_py=True)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == list(HEADERS) and "Name" in headers and "Pseudonym" in headers
    jack = model.row_of(entity_id(session, "Jack Smith"))
    assert model.index(jack, NAME).data() == "Jack Smith"
    assert model.index(jack, PSEUDONYM).flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index(jack, NAME).flags() & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(jack, PSEUDONYM), "Adult J")
    assert renamed == [(entity_id(session, "Jack Smith"), "Adult J")]
    assert not model.setData(model.index(jack, PSEUDONYM), "   ")


def test_filters(qtmodeltester: Any, session: ReviewSession) -> None:
    model = EntityTableModel()
    model.set_analysis(session.analysis)
    proxy = EntityFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    total = proxy.rowCount()
    proxy.set_group("People")
    people = {proxy.index(r, NAME).data() for r in range(proxy.rowCount())}
    assert "Jack Smith" in people and "Oldham" not in people
    proxy.set_group("")
    proxy.set_status(STATUSES[1])
    assert all(not proxy.index(r, 0).data(ReviewedRole) for r in range(proxy.rowCount()))
    unreviewed = proxy.rowCount()
    proxy.set_status(STATUSES[2])
    assert proxy.rowCount() == total - unreviewed
    proxy.set_status(STATUSES[0])
    proxy.set_text("oldh")
    assert [proxy.index(r, NAME).data() for r in range(proxy.rowCount())] == ["Oldham"]


def test_mention_list_model(qtmodeltester: Any, session: ReviewSession) -> None:
    model = MentionListModel()
    model.set_analysis(session.analysis)
    model.set_entity(entity_id(session, "Jack Smith"))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    first = model.index(0).data()
    assert first.startswith("Page 1 — ") and "«Jack Smith»" in first
    assert model.index(2).data().startswith("Page 2")
    assert model.keys()[0] == model.index(0).data(KeyRole)


def test_commands_undo_and_redo_through_the_case(qtbot: Any, session: ReviewSession) -> None:
    stack = session.undo_stack
    changes: list[Any] = []
    session.changed.connect(changes.append)
    jack = entity_id(session, "Jack Smith")
    assert session.perform(commands.RenamePseudonym(session, jack, "Adult J"))
    assert stack.count() == 1 and stack.undoText() == "Pseudonym of 'Jack Smith' set to 'Adult J'"
    assert session.analysis.decisions[jack].replacement == "Adult J"
    assert changes[-1].entity_ids == {jack} and changes[-1].pages == {0, 1}
    assert session.perform(commands.KeepEntity(session, entity_id(session, "Oldham")))
    stack.undo()
    assert session.analysis.decisions[entity_id(session, "Oldham")].action == "replace"
    stack.undo()
    assert session.analysis.decisions[jack].replacement != "Adult J"
    assert not session.case.can_undo and not stack.canUndo()
    stack.redo()
    assert session.analysis.decisions[jack].replacement == "Adult J"
    assert session.case.redo_text == "'Oldham' kept unchanged"


def test_a_refused_operation_is_reported_and_not_stacked(qtbot: Any, session: ReviewSession) -> None:
    failures: list[str] = []
    session.failed.connect(failures.append)
    jack = entity_id(session, "Jack Smith")
    assert not session.perform(commands.MergeEntities(session, jack, jack))
    assert session.undo_stack.count() == 0 and failures and "different" in failures[0]


def test_undo_history_is_rebuilt_from_the_journal(qtbot: Any, session: ReviewSession, tmp_path: Path) -> None:
    jack = entity_id(session, "Jack Smith")
    session.perform(commands.RedactEntity(session, jack))
    session.perform(commands.AddKeep(session, "Fernhill School"))
    session.undo_stack.undo()
    case = Case.open(session.case.folder, analyzer=StubAnalyzer(FOUND))
    draft = session.draft
    assert draft is not None
    again = ReviewSession()
    again.attach(case, draft, case.analyse(draft))
    assert again.analysis.decisions[jack].replacement == REDACTED
    assert again.undo_stack.canUndo() and again.undo_stack.undoText() == "'Jack Smith' redacted"
    assert again.undo_stack.canRedo() and "keep list" in again.undo_stack.redoText()
    again.undo_stack.redo()
    assert "Fernhill School" in case.keep_phrases


def test_highlights_carry_what_the_tooltip_needs(session: ReviewSession) -> None:
    jack = entity_id(session, "Jack Smith")
    by_seg = highlights_by_segment(session.analysis)
    found = [h for h in by_seg["page:0"] if h.entity_id == jack]
    assert len(found) == 2
    tip = found[0].tooltip()
    assert "Jack Smith" in tip and "score 0.85" in tip and "StubRecognizer" in tip and "not yet reviewed" in tip
    session.perform(commands.OverrideMention(session, found[0].key, "keep"))
    again = {h.key: h for h in highlights_by_segment(session.analysis)["page:0"]}
    assert again[found[0].key].action == "keep" and again[found[0].key].overridden


def test_pseudonym_choices_offer_the_published_conventions() -> None:
    choices = pseudonym_choices("child", ["Child A", "LA1"])
    assert choices[0] == "Child B"
    assert {"Young Person A", "Adult A", "LA2", "Police Force 1", "School 1", "Hospital 1", "GP Practice 1"} <= set(
        choices)
    assert "the social worker" in choices and REDACTED in choices
    assert pseudonym_choices("local_authority", [])[0] == "LA1"


def test_redaction_rows_read_plainly_for_the_adviser(qtmodeltester: Any) -> None:
    from ui.models.redaction_rows_model import ORIGINAL, PAGE, REPLACEMENT, RedactionRowsModel

    on_page = {"page": 2, "location": "page 2", "original": "Jack\nSmith", "replacement": "Adult B",
               "type": "PERSON", "basis": "recogniser", "how": "reviewer's decision", "reason": "Identifies a family "
               "member", "reason_code": "family", "reason_given": True, "decided_by": "Ann Author",
               "decided_at": "2026-01-05T10:30:00+00:00"}
    in_properties = {"page": None, "location": "metadata title", "original": "Chloe Hartley",
                     "replacement": "Child Q", "type": "PERSON", "basis": "register", "how": "register"}
    model = RedactionRowsModel()
    model.set_rows([on_page, in_properties])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in (PAGE, ORIGINAL, REPLACEMENT)] == ["2", "Jack Smith", "Adult B"]
    assert model.index(1, PAGE).data() == "Properties"
    tip = model.index(0, ORIGINAL).data(Qt.ItemDataRole.ToolTipRole)
    assert "Where: page 2\n" in tip and "Basis: recogniser (reviewer's decision)" in tip
    assert "(chosen by the reviewer)" in tip and "Decided by Ann Author, 2026-01-05" in tip
    assert "Basis: register\n" in model.index(1, ORIGINAL).data(Qt.ItemDataRole.ToolTipRole)


def test_mentions_are_counted_once_per_place() -> None:
    """Two recognisers finding the same date count as one mention, as the mention list shows them."""
    def at(start: int, recogniser: str) -> Mention:
        return Mention("page:0", start, start + 10, "03/02/2012", "DATE_OF_BIRTH", 0.9, recogniser)

    date = Entity("E1", "03/02/2012", "DATE", "date of birth", ["03/02/2012"], "detected", None,
                  [at(5, "dob"), at(5, "date"), at(40, "dob")], {"dob", "date"}, {"DATE_OF_BIRTH"})
    assert mention_count(date) == 2
