"""Every reviewer operation of the case API, its undo and redo, journal replay, and export through the engine.

No NLP model: a stub analyzer reports fixed findings.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from redactor.case import Case
from redactor.entities import Entity
from redactor.errors import Cancelled, CaseError, LeakError, UnreviewedError
from redactor.load import sha256_file
from redactor.pipeline import Analysis
from redactor.register import REDACTED
from redactor.render_pdf import PdfRendering
from redactor.written import Expected, Written
from tests.redactor.builders import StubAnalyzer, make_docx, make_pdf_pages, register

PAGES = [
    ["Review of the care of Chloe Hartley, aged 7, in Oldham.",
     "Smithy, as her uncle Jack Smith was known, lived on the Fenwick Estate.",
     "Her teacher at Fernhill School saw bruises on her arm."],
    ["Jack Smith was interviewed by Rachel Reviewer.",
     "Chloe Hartley moved away from the Fenwick Estate in 2019.",
     "Another Jack Smith, a neighbour, was not involved."],
]
FOUND = [("Jack Smith", "PERSON", 0.85), ("Smithy", "PERSON", 0.7), ("Oldham", "LOCATION", 0.6),
         ("Fernhill School", "ORGANISATION", 0.7)]


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


def entity(a: Analysis, name: str) -> Entity:
    return next(e for e in a.entities if e.name == name)


def mention_on(a: Analysis, name: str, page: int, nth: int = 0) -> tuple[str, int, int]:
    e = entity(a, name)
    keys = [(m.segment_id, m.start, m.end) for m in e.mentions if m.segment_id == f"page:{page}"]
    return keys[nth]


def selection(a: Analysis, page: int, text: str) -> tuple[str, int, int]:
    seg = a.document.segment(f"page:{page}")
    start = seg.text.index(text)
    return seg.id, start, start + len(text)


def replaced(a: Analysis) -> list[tuple[int, str, str]]:
    """(page, original, replacement) of every replacement on pages."""
    return [(int(r.segment_id.split(":")[1]), r.original, r.replacement) for r in a.plan().replacements
            if r.segment_id.startswith("page:")]


def snapshot(a: Analysis) -> Any:
    return ([(e.id, e.name, e.source, tuple((m.segment_id, m.start, m.end) for m in e.mentions)) for e in a.entities],
            {k: (d.action, d.replacement, d.reviewed, d.source) for k, d in a.decisions.items()},
            {k: (d.entity_id, d.action, d.replacement) for k, d in a.overrides.items()},
            [(x.id, x.page, x.rect, x.original) for x in a.areas], list(a.keep))


def pdf_text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "\n".join(page.get_text() for page in doc)


# -- mention overrides -------------------------------------------------------------------------------
def test_override_one_mention(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    jack = entity(a, "Jack Smith")
    case.decide(a, jack.id, "replace", "Adult B")
    neighbour = mention_on(a, "Jack Smith", 1, 1)
    change = case.override_mention(a, neighbour, "keep")
    assert change.pages == {1} and change.entity_ids == {jack.id}
    assert change.description == "'Jack Smith' on page 2 kept unchanged"
    assert (1, "Jack Smith", "Adult B") in replaced(a) and (0, "Jack Smith", "Adult B") in replaced(a)
    assert [r for r in replaced(a) if r[1] == "Jack Smith"].count((1, "Jack Smith", "Adult B")) == 1
    case.override_mention(a, neighbour, "replace", "a neighbour")
    assert (1, "Jack Smith", "a neighbour") in replaced(a)
    case.override_mention(a, neighbour, None)
    assert [r for r in replaced(a) if r[1] == "Jack Smith"].count((1, "Jack Smith", "Adult B")) == 2
    entry = case.history()[-1]
    assert entry.op == "override" and entry.prev == {"action": "replace", "replacement": "a neighbour",
                                                     "source": "manual", "reviewed": True}
    with pytest.raises(CaseError, match="no mention"):
        case.override_mention(a, ("page:0", 0, 3), "keep")


# -- merge and split ---------------------------------------------------------------------------------
def test_merge_two_entities(case: Case, draft: Path, tmp_path: Path) -> None:
    a = case.analyse(draft)
    jack, smithy = entity(a, "Jack Smith"), entity(a, "Smithy")
    case.decide(a, jack.id, "replace", "Adult B")
    case.decide(a, smithy.id, "replace", "Adult C")
    change = case.merge(a, jack.id, smithy.id)
    assert change.entity_ids == {jack.id, smithy.id} and change.pages == {0}
    assert smithy.id not in {e.id for e in a.entities}
    merged = entity(a, "Jack Smith")
    assert "Smithy" in merged.forms and any(m.text == "Smithy" for m in merged.mentions)
    assert (0, "Smithy", "Adult B") in replaced(a)
    # In another draft of the case, "Smithy" alone is the same person: Jack Smith's decision.
    other = make_pdf_pages(tmp_path / "response.pdf", [["Smithy has moved away."]])
    b = case.analyse(other)
    assert b.decisions[entity(b, "Smithy").id].replacement == "Adult B"
    case.undo(a)
    assert {e.name for e in a.entities} >= {"Jack Smith", "Smithy"}
    assert (0, "Smithy", "Adult C") in replaced(a)
    with pytest.raises(CaseError, match="two different"):
        case.merge(a, jack.id, jack.id)


def test_split_an_entity(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    jack = entity(a, "Jack Smith")
    case.decide(a, jack.id, "replace", "Adult B")
    neighbour = mention_on(a, "Jack Smith", 1, 1)
    change = case.split(a, jack.id, [neighbour])
    (new_id,) = change.entity_ids - {jack.id}
    assert change.entity_ids == {jack.id, new_id} and new_id.startswith("S")
    new = next(e for e in a.entities if e.id == new_id)
    assert [(m.segment_id, m.start, m.end) for m in new.mentions] == [neighbour]
    assert not a.decisions[new_id].reviewed and a.decisions[new_id].replacement == "Adult B"
    assert new in case.unreviewed(a)
    case.decide(a, new_id, "replace", "a neighbour")
    assert (1, "Jack Smith", "a neighbour") in replaced(a)
    assert a.decisions[jack.id].replacement == "Adult B"
    with pytest.raises(CaseError, match="at least one"):
        case.split(a, jack.id, [(m.segment_id, m.start, m.end) for m in entity(a, "Jack Smith").mentions])
    with pytest.raises(CaseError, match="not mentions of"):
        case.split(a, jack.id, [("page:0", 0, 2)])
    with pytest.raises(CaseError, match="choose the mentions"):
        case.split(a, jack.id, [])


# -- manual redactions ---------------------------------------------------------------------------------
def test_redact_a_selection(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    change = case.redact_text(a, *selection(a, 0, "bruises "))
    assert change.pages == {0} and change.description == "'bruises' redacted on page 1"
    (manual_id,) = change.entity_ids
    assert (0, "bruises", REDACTED) in replaced(a)
    assert a.decisions[manual_id].reviewed and a.decisions[manual_id].source == "manual"
    case.remove_manual(a, manual_id)
    assert (0, "bruises", REDACTED) not in replaced(a)
    with pytest.raises(CaseError, match="no manual redaction"):
        case.remove_manual(a, manual_id)
    with pytest.raises(CaseError, match="select some words"):
        case.redact_text(a, *selection(a, 0, ", "))
    with pytest.raises(CaseError, match="outside the text"):
        case.redact_text(a, "page:0", 5, 5)


def test_redact_every_occurrence_in_every_segment_and_draft(case: Case, draft: Path, tmp_path: Path) -> None:
    a = case.analyse(draft)
    change = case.redact_text(a, *selection(a, 0, "Fenwick Estate"), "the estate", every_occurrence=True)
    assert change.pages == {0, 1}
    assert [r for r in replaced(a) if r[1] == "Fenwick Estate"] == [(0, "Fenwick Estate", "the estate"),
                                                                   (1, "Fenwick Estate", "the estate")]
    other = make_pdf_pages(tmp_path / "response.pdf", [["Families on the FENWICK ESTATE were visited."]])
    b = case.analyse(other)
    assert [(r.original, r.replacement) for r in b.plan().replacements] == [("FENWICK ESTATE", "the estate")]


def test_single_redaction_leaves_other_occurrences_and_export_still_verifies(case: Case, draft: Path,
                                                                             tmp_path: Path) -> None:
    a = case.analyse(draft)
    case.redact_text(a, *selection(a, 1, "Fenwick Estate"))
    assert [r for r in replaced(a) if r[1] == "Fenwick Estate"] == [(1, "Fenwick Estate", REDACTED)]
    result = case.export(a, tmp_path / "out" / "o.pdf", accept_all=True)
    with pymupdf.open(result.outputs[0]) as doc:
        assert "Fenwick Estate" in doc[0].get_text() and "Fenwick Estate" not in doc[1].get_text()


def test_area_redaction_removes_text_pixels_and_drawings(case: Case, tmp_path: Path) -> None:
    src = tmp_path / "photo.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "A photograph of the family home follows.", fontname="helv", fontsize=11)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 40), False)
    pix.set_rect(pix.irect, (200, 30, 30))
    page.insert_image(pymupdf.Rect(72, 100, 372, 300), pixmap=pix)
    page.draw_line((72, 320), (372, 320), color=(0, 0, 1), width=2)
    page.insert_text((100, 200), "27 Larkspur Close", fontname="helv", fontsize=14)
    page.insert_text((72, 350), "The text after the photograph stays.", fontname="helv", fontsize=11)
    doc.save(src)
    doc.close()
    a = case.analyse(src)
    rect = (90, 110, 300, 330)
    change = case.redact_area(a, 0, rect)
    (area,) = a.areas
    assert change.pages == {0} and area.original == "27 Larkspur Close"
    assert change.description == "Area redacted on page 1 ('27 Larkspur Close')"
    png = case.preview_page(a, 0)
    assert png.startswith(b"\x89PNG")
    result = case.export(a, tmp_path / "out" / "photo-redacted.pdf", accept_all=True)
    out = result.outputs[0]
    with pymupdf.open(out) as done:
        p = done[0]
        assert p.get_text(clip=pymupdf.Rect(rect)).strip() == ""
        assert "27 Larkspur" not in p.get_text()
        assert "The text after the photograph stays." in p.get_text()
        # The image's own pixels under the rectangle are blank; outside it they are still red.
        (img,) = p.get_images()
        pixels = pymupdf.Pixmap(done, img[0])
        assert pixels.pixel(30, 20)[:3] == (255, 255, 255)
        assert pixels.pixel(2, 2)[:3] == (200, 30, 30)
        # The line the rectangle touched is gone; the black box is the only drawing left there.
        drawings = [d for d in p.get_drawings() if d["rect"].intersects(pymupdf.Rect(rect))]
        assert [d.get("fill") for d in drawings] == [(0.0, 0.0, 0.0)]
        # Seen as a reader sees it: black where the area was.
        shot = p.get_pixmap()
        assert shot.pixel(150, 200)[:3] == (0, 0, 0)
    audit = result.audit_json.read_text(encoding="utf-8")
    assert '"AREA"' in audit and "27 Larkspur Close" in audit


def test_area_verification_finds_what_is_left(tmp_path: Path) -> None:
    from redactor.areas import verify_areas
    from redactor.plan import AreaRedaction

    path = tmp_path / "left.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 20, 20), False)
    pix.set_rect(pix.irect, (10, 200, 10))
    page.insert_image(pymupdf.Rect(100, 100, 200, 200), pixmap=pix)
    page.draw_rect(pymupdf.Rect(120, 120, 130, 130), color=(1, 0, 0))
    page.insert_text((110, 150), "Hidden", fontname="helv", fontsize=11)
    doc.save(path)
    doc.close()
    leaks = verify_areas(path, [AreaRedaction("A1", 0, (100, 100, 200, 200))])
    assert {leak.form for leak in leaks} == {"Hidden", "image", "drawing"}
    assert all(leak.page == 1 for leak in leaks)


def test_area_redaction_is_for_pdf_drafts_only(case: Case, tmp_path: Path) -> None:
    txt = tmp_path / "draft.txt"
    txt.write_text("Jack Smith lives in Oldham.\n", encoding="utf-8")
    a = case.analyse(txt)
    with pytest.raises(CaseError, match="TXT draft: area redactions are for PDF pages"):
        case.redact_area(a, 0, (0, 0, 100, 100))


def test_area_must_be_on_a_page(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    with pytest.raises(CaseError, match="no page 3"):
        case.redact_area(a, 2, (0, 0, 100, 100))
    with pytest.raises(CaseError, match="empty or outside"):
        case.redact_area(a, 0, (700, 900, 800, 1000))


# -- keep list -------------------------------------------------------------------------------------------
def test_keep_phrases(case: Case, draft: Path) -> None:
    a = case.analyse(draft)
    school = entity(a, "Fernhill School")
    change = case.add_keep(a, "Fernhill  School")
    assert change.pages == {0} and school.id in change.entity_ids
    assert a.decisions[school.id].action == "keep" and a.decisions[school.id].reviewed
    assert "Fernhill School" in a.keep and case.keep_phrases == ["Fernhill School"]
    assert "Fernhill School" in case.register.keep
    case.remove_keep(a, "Fernhill School")
    assert a.decisions[school.id].action == "replace"
    with pytest.raises(CaseError, match="not on the case's keep list"):
        case.remove_keep(a, "Fernhill School")
    with pytest.raises(CaseError, match="empty"):
        case.add_keep(a, " - ")


def test_keep_phrase_never_keeps_an_identifier(case: Case, tmp_path: Path, stub: StubAnalyzer) -> None:
    stub.found.append(("943 476 5919", "UK_NHS", 1.0))
    txt = tmp_path / "nhs.txt"
    txt.write_text("NHS number 943 476 5919 was given.\n", encoding="utf-8")
    a = case.analyse(txt)
    nhs = next(e for e in a.entities if e.name == "943 476 5919")
    case.add_keep(a, "NHS number 943 476 5919")
    assert a.decisions[nhs.id].action == "replace"


# -- undo, redo and replay of everything ---------------------------------------------------------------
def test_every_operation_undoes_redoes_and_replays_exactly(case: Case, draft: Path, stub: StubAnalyzer) -> None:
    a = case.analyse(draft)
    ids = {name: entity(a, name).id for name in ("Jack Smith", "Smithy", "Oldham", "Fernhill School")}
    steps: list[Any] = [
        lambda: case.decide(a, ids["Jack Smith"], "replace", "Adult B"),
        lambda: case.override_mention(a, mention_on(a, "Jack Smith", 1, 1), "keep"),
        lambda: case.merge(a, ids["Jack Smith"], ids["Smithy"]),
        lambda: case.split(a, ids["Jack Smith"], [mention_on(a, "Jack Smith", 0)]),
        lambda: case.redact_text(a, *selection(a, 0, "bruises")),
        lambda: case.redact_text(a, *selection(a, 0, "Fenwick Estate"), every_occurrence=True),
        lambda: case.redact_area(a, 0, (60, 90, 200, 110)),
        lambda: case.add_keep(a, "Fernhill School"),
        lambda: case.mark_reviewed(a, ids["Oldham"]),
        lambda: case.remove_manual(a, next(e.id for e in a.entities if e.name == "bruises")),
        lambda: case.remove_keep(a, "Fernhill School"),
        lambda: case.accept_all(a),
    ]
    states = [snapshot(a)]
    for step in steps:
        step()
        states.append(snapshot(a))
    assert len({repr(s) for s in states}) == len(states), "every operation changes something"
    reopened = Case.open(case.folder, analyzer=stub)
    b = reopened.analyse(draft)
    assert snapshot(b) == states[-1]
    for expected in reversed(states[:-1]):
        assert reopened.undo(b) is not None
        assert snapshot(b) == expected
    assert not reopened.can_undo
    for expected in states[1:]:
        assert reopened.redo(b) is not None
        assert snapshot(b) == expected
    assert stub.runs == 1


# -- export -------------------------------------------------------------------------------------------------
def test_export_refuses_unreviewed_findings_and_writes_nothing(case: Case, draft: Path, tmp_path: Path) -> None:
    a = case.analyse(draft)
    out = tmp_path / "out" / "o.pdf"
    with pytest.raises(UnreviewedError):
        case.export(a, out)
    assert not out.exists() and not out.with_suffix(".audit.json").exists()
    assert case.history()[-1].op == "export_refused"


def test_export_journals_the_bulk_acceptance_and_the_outputs(case: Case, draft: Path, tmp_path: Path) -> None:
    a = case.analyse(draft)
    case.decide(a, entity(a, "Jack Smith").id, "replace", "Adult B")
    case.override_mention(a, mention_on(a, "Jack Smith", 1, 1), "keep")
    case.redact_text(a, *selection(a, 0, "bruises"))
    result = case.export(a, tmp_path / "out" / "o.pdf", accept_all=True)
    ops = [e.op for e in case.history()]
    assert ops[-2:] == ["accept_all", "export"]
    bulk, export = case.history()[-2:]
    assert bulk.basis == {"kind": "bulk"} and {x["name"] for x in bulk.args["entities"]} >= {"Oldham", "Smithy"}
    hashes = {x["path"]: x["sha256"] for x in export.args["outputs"]}
    for path in result.outputs:
        assert hashes[str(path)] == sha256_file(path)
    assert sorted(p.name for p in result.reports) == ["o.audit-shareable.csv", "o.log.jsonl", "o.report-shareable.pdf",
                                                      "o.report.pdf"]
    assert all(p.exists() for p in result.reports)
    text = pdf_text(result.outputs[0])
    assert "bruises" not in text and "Adult B" in text and text.count("Jack Smith") == 1
    assert result.verification.startswith("verified: none of the ")


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_overrides_and_manual_redactions_reach_word_and_text_exports(case: Case, tmp_path: Path, fmt: str) -> None:
    if fmt == "txt":
        src = tmp_path / "draft.txt"
        src.write_text("Chloe Hartley and Jack Smith.\nJack Smith, a neighbour, saw the bruises.\n", encoding="utf-8")
    else:
        src = make_docx(tmp_path / "draft.docx")
    a = case.analyse(src)
    chloe = entity(a, "Chloe Hartley")
    first = chloe.mentions[-1]
    case.override_mention(a, (first.segment_id, first.start, first.end), "replace", "the child")
    body = next(s for s in a.document.segments if "Westbridge" in s.text or "bruises" in s.text)
    word = "bruises" if fmt == "txt" else "Westbridge"
    start = body.text.index(word)
    case.redact_text(a, body.id, start, start + len(word))
    result = case.export(a, tmp_path / "out" / "o.pdf", accept_all=True)
    twin = result.outputs[1]
    assert twin.suffix == f".{fmt}"
    from redactor.verify import output_texts

    text = "\n".join(t for _, t in output_texts(twin))
    before = "\n".join(s.text for s in a.document.segments if s.kind not in ("metadata", "comment"))
    assert text.count(word) == before.count(word) - 1, "exactly the selected occurrence is redacted"
    assert "the child" in text and "Chloe" not in text


def test_a_leaking_export_publishes_nothing_and_is_journalled(case: Case, draft: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    a = case.analyse(draft)

    def broken_render(document: Any, plan: Any, out: Path, progress: Any = None, name: str = "",
                      **options: Any) -> PdfRendering:
        shutil.copy(document.path, out)  # a renderer that forgot to redact
        flow = [Written(s.text) for s in document.segments if s.kind == "page"]
        return PdfRendering({}, Expected(out, "boxes", name, flow=flow))

    monkeypatch.setattr("redactor.pipeline.render_pdf", broken_render)
    out = tmp_path / "out" / "o.pdf"
    with pytest.raises(LeakError) as err:
        case.export(a, out, accept_all=True)
    assert err.value.found and {leak.page for leak in err.value.found} == {1, 2}
    assert not out.exists() and not list(out.parent.glob("*"))
    assert case.history()[-1].op == "export_failed"


def test_a_cancelled_export_publishes_nothing(case: Case, draft: Path, tmp_path: Path) -> None:
    a = case.analyse(draft)
    out = tmp_path / "out" / "o.pdf"
    with pytest.raises(Cancelled):
        case.export(a, out, accept_all=True, cancel=lambda: True)
    assert not out.exists() and not list(out.parent.glob("*"))


def test_a_cancelled_analysis_caches_nothing(tmp_path: Path, stub: StubAnalyzer, draft: Path) -> None:
    case = Case.create(tmp_path / "c", analyzer=stub)
    with pytest.raises(Cancelled):
        case.analyse(draft, cancel=lambda: True)
    seen: list[int] = []
    calls = iter([False, True])
    with pytest.raises(Cancelled):
        case.analyse(draft, progress=lambda p: seen.append(p.done), cancel=lambda: next(calls))
    assert not list((tmp_path / "c" / ".redactor").glob("*.json"))
