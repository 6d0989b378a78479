"""True redaction of PDFs: nothing under a box survives, and every container is cleaned."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor.document import Segment
from redactor.plan import Replacement
from redactor.register import Register
from redactor.render_pdf import BoxRecord, render_pdf
from redactor.verify import Checker, pdf_history_clean, verify_outputs
from tests.assertions import assert_absent, pdf_all_text
from tests.redactor.builders import make_pdf, plan_from_register, register

LINES = ["The review concerns Chloe Hartley, aged 7.", "Chloe's school is in Westbridge.",
         "Her mother, Miss Hartley, attended."]


def _redact(tmp_path: Path, **kw: object) -> Path:
    src = make_pdf(tmp_path / "draft.pdf", LINES, **kw)  # type: ignore[arg-type]
    _, reg = register(tmp_path)
    document, plan = plan_from_register(src, reg)
    out = tmp_path / "out.pdf"
    render_pdf(document, plan, out)
    return out


def test_text_under_box_is_gone_from_saved_file(tmp_path: Path) -> None:
    out = _redact(tmp_path, with_containers=False)
    assert_absent("Hartley", out)
    assert_absent("Chloe", out)
    words = pymupdf.open(out)[0].get_text("words")
    # Pseudonyms are drawn where the names were: "Child Q" on line 1 and line 2 (before "'s school").
    child = sorted((round(w[1]), w[0]) for w in words if w[4] == "Child")
    assert len(child) == 3
    line2 = [w for w in words if abs(w[1] - child[1][0]) < 3]
    assert [w[4] for w in sorted(line2, key=lambda w: w[0])][:3] == ["Child", "Q", "'s"]


def test_neighbouring_text_survives(tmp_path: Path) -> None:
    out = _redact(tmp_path, with_containers=False)
    text = " ".join(pymupdf.open(out)[0].get_text().split())
    assert "The review concerns" in text
    assert ", aged 7." in text
    assert "Westbridge" in text
    assert "Her mother," in text and "attended." in text


def test_containers_are_cleaned(tmp_path: Path) -> None:
    out = _redact(tmp_path)
    everything = pdf_all_text(out)
    assert "Hartley" not in everything and "Chloe" not in everything
    assert "Rachel Reviewer" not in everything
    with pymupdf.open(out) as doc:
        assert list(doc[0].annots()) == []
        assert list(doc[0].widgets()) == []
        assert doc.embfile_count() == 0
        assert not (doc.get_xml_metadata() or "").strip()
        assert doc.get_toc()[0][1] == "About Child Q"  # bookmark kept, pseudonymised
        assert doc.metadata["title"] == "Review of Child Q"
        assert doc.metadata["author"] == ""
        assert all(link.get("uri", "").find("hartley") == -1 for link in doc[0].get_links())


def test_image_and_drawing_under_box_removed(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "draft.pdf", LINES, with_containers=False, image_under="Chloe Hartley")
    with pymupdf.open(src) as doc:
        assert doc[0].get_image_info(), "fixture has no image"
    _, reg = register(tmp_path)
    document, plan = plan_from_register(src, reg)
    out = tmp_path / "out.pdf"
    render_pdf(document, plan, out)
    with pymupdf.open(out) as doc:
        page = doc[0]
        # The red image pixels under the name are gone (blanked), the grey box drawn instead.
        for info in page.get_image_info(xrefs=True):
            pix = pymupdf.Pixmap(doc, info["xref"])
            assert all(pix.pixel(x, y) != (200, 30, 30) for x in range(pix.width) for y in range(pix.height))


def test_saved_without_incremental_history(tmp_path: Path, fixtures: Path) -> None:
    out = _redact(tmp_path)
    assert pdf_history_clean(out)


def test_pseudonym_fits_its_box(tmp_path: Path) -> None:
    out = _redact(tmp_path, with_containers=False)
    with pymupdf.open(out) as doc:
        words = doc[0].get_text("words")
    child = [w for w in words if w[4] == "Child"]
    assert child, "pseudonym not written"
    width = pymupdf.get_text_length("The review concerns Chloe Hartley", fontsize=11)
    original = pymupdf.Rect(72, 60, 72 + width, 76)
    for w in child:
        assert w[2] <= original.x1 + 1


def test_invisible_text_is_redacted_like_visible_text(tmp_path: Path) -> None:
    src = tmp_path / "hidden.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Visible line about the review.", fontsize=11)
    page.insert_text((72, 100), "OCR layer: Chloe Hartley", fontsize=11, render_mode=3)
    doc.save(src)
    _, reg = register(tmp_path)
    document, plan = plan_from_register(src, reg)
    out = tmp_path / "out.pdf"
    render_pdf(document, plan, out)
    assert_absent("Hartley", out)
    assert "Visible line about the review." in pymupdf.open(out)[0].get_text()


def test_progress_is_reported_per_page(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "d.pdf", LINES, with_containers=False, pages=3)
    _, reg = register(tmp_path)
    document, plan = plan_from_register(src, reg)
    seen: list[tuple[int, int]] = []
    render_pdf(document, plan, tmp_path / "out.pdf", progress=lambda p: seen.append((p.done, p.total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_a_changed_draft_is_refused_not_misredacted(tmp_path: Path) -> None:
    """A cached analysis (no boxes) whose page text no longer matches the file fails loudly."""
    import dataclasses

    import pytest

    from redactor.errors import OutputError

    src = make_pdf(tmp_path / "d.pdf", LINES, with_containers=False)
    _, reg = register(tmp_path)
    document, plan = plan_from_register(src, reg)
    stale = tuple(dataclasses.replace(s, boxes=None, text=s.text + " ") if s.kind == "page" else s
                  for s in document.segments)
    with pytest.raises(OutputError, match="no longer matches"):
        render_pdf(dataclasses.replace(document, segments=stale), plan, tmp_path / "out.pdf")


LONG = "the Independent Reviewing Officer"
_HELV = pymupdf.Font("helv")


def _paragraph_pdf(path: Path, lines: list[str]) -> Path:
    """One page holding one paragraph: ``lines`` one under another, 11 pt Helvetica."""
    doc = pymupdf.open()
    page = doc.new_page()
    for n, line in enumerate(lines):
        page.insert_text((72, 100 + 14 * n), line, fontname="helv", fontsize=11)
    doc.save(path)
    doc.close()
    return path


def _legibility_draft(path: Path) -> Path:
    """Short names where a long pseudonym must go: mid-line, ending a full line, in a narrow table
    column beside another, in a small running header, and before a possessive."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 40), "Review of Jo Bell - draft for the panel", fontname="helv", fontsize=8)
    body = [
        "The review heard from Jo Bell, who chaired the meetings that winter, and from the school.",
        "After the strategy meeting the case was passed back to the team managed by Jo Bell",
        "and the plan was agreed. Jo Bell's notes were shared with the health visitor in March.",
    ]
    y = 80.0
    for line in body:
        page.insert_text((72, y), line, fontname="helv", fontsize=11)
        y += 15
    for row, (who, what) in enumerate([("Jo Bell", "Chaired the conference"), ("Ann Cole", "Social worker")]):
        page.insert_text((72, 160 + 15 * row), who, fontname="helv", fontsize=10)
        page.insert_text((160, 160 + 15 * row), what, fontname="helv", fontsize=10)
    doc.save(path)
    doc.close()
    return path


def _pseudonym_chars(out: Path, records: dict[str, list[BoxRecord]]) -> list[tuple[float, float, str]]:
    """(font size, page, text) of every character written in a pseudonym box."""
    rects = [pymupdf.Rect(r) for recs in records.values() for rec in recs for r, t in rec.written if t]
    found = []
    with pymupdf.open(out) as doc:
        for block in doc[0].get_text("rawdict")["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    for ch in span["chars"]:
                        box = pymupdf.Rect(ch["bbox"])
                        centre = (box.tl + box.br) / 2
                        if ch["c"].strip() and any(centre in r for r in rects):
                            found.append((box.height / (_HELV.ascender - _HELV.descender), 0.0, ch["c"]))
    return found


def _overlapping_chars(out: Path) -> list[tuple[str, str]]:
    """Pairs of characters on the page drawn over each other."""
    chars = []
    with pymupdf.open(out) as doc:
        for block in doc[0].get_text("rawdict")["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    chars.extend((pymupdf.Rect(ch["bbox"]), ch["c"]) for ch in span["chars"] if ch["c"].strip())
    pairs = []
    for n, (a, ca) in enumerate(chars):
        for b, cb in chars[n + 1:]:
            inter = a & b
            if inter.is_empty:
                continue
            if inter.width > 0.4 * min(a.width, b.width) and inter.height > 0.5 * min(a.height, b.height):
                pairs.append((ca, cb))
    return pairs


def test_long_pseudonyms_are_legible_and_overlap_nothing(tmp_path: Path) -> None:
    src = _legibility_draft(tmp_path / "draft.pdf")
    reg = Register.from_dict({"entities": [{"name": "Jo Bell", "type": "PERSON", "pseudonym": LONG},
                                           {"name": "Ann Cole", "type": "PERSON", "pseudonym": "the social worker"}]})
    document, plan = plan_from_register(src, reg)
    out = tmp_path / "out.pdf"
    rendering = render_pdf(document, plan, out)
    chars = _pseudonym_chars(out, rendering.boxes)
    assert chars, "no pseudonym written"
    assert min(size for size, _, _ in chars) >= 6.0 - 0.05
    assert _overlapping_chars(out) == []
    with pymupdf.open(out) as doc:
        text = " ".join(doc[0].get_text(sort=True).split())
    assert text.count(LONG) == 5 and "the social worker" in text
    for words in ("who chaired the meetings that winter, and from the school.", "notes were shared with the health",
                  "Chaired the conference", "Social worker", "- draft for the panel"):
        assert words in text  # the words moved to make room are all still there, in order
    verification = verify_outputs([rendering.expected], Checker({"Jo Bell": "Jo Bell", "Bell": "Jo Bell"}, []), 2)
    assert verification.leaks == []


def test_text_moved_to_make_room_keeps_the_paragraphs_size(tmp_path: Path) -> None:
    """Where the paragraph's later lines have room, the words a long pseudonym pushes on go there at
    the paragraph's own size, not squeezed onto the rest of the box's line in smaller type."""
    draft = _paragraph_pdf(tmp_path / "draft.pdf", [
        "The plan was agreed with Jo Bell at the meeting held in the school that morning, and the",
        "health visitor was asked to see the family at home in the week after the school holidays.",
        "Nobody objected.",
    ])
    reg = Register.from_dict({"entities": [{"name": "Jo Bell", "type": "PERSON", "pseudonym": LONG}]})
    document, plan = plan_from_register(draft, reg)
    out = tmp_path / "out.pdf"
    rendering = render_pdf(document, plan, out)
    with pymupdf.open(out) as redacted:
        spans = [span for block in redacted[0].get_text("dict")["blocks"] for line in block.get("lines", [])
                 for span in line["spans"] if span["text"].strip()]
        text = " ".join(redacted[0].get_text(sort=True).split())
    assert min(span["size"] for span in spans) >= 11 - 0.05, sorted({round(s["size"], 1) for s in spans})
    assert f"with {LONG} at the meeting held in the school that morning, and the health visitor" in text
    assert text.endswith("Nobody objected.")
    assert _overlapping_chars(out) == []
    assert verify_outputs([rendering.expected], Checker({"Jo Bell": "Jo Bell"}, []), 1).leaks == []


def _ruled_table_pdf(path: Path) -> Path:
    """Two rows of a chronology table with ruled borders, set as LibreOffice sets them: the rows'
    lines as close as the lines of a cell, and the Agency cell's last letters within a few points of
    the Event column."""
    doc = pymupdf.open()
    page = doc.new_page()
    rows = [("September 2014", "Adult Social Care",
             ["In September 2014,", "Bill disclosed to PB", "that Raymond had", "hit Usman with a", "belt."]),
            ("29 September 2014", "the Probation Service",
             ["Soraia Cardoso", "visited the family", "home in September", "2014. Bill was seen",
              "alone and said that", "things at home were", '"fine".'])]
    y = 180.0
    for date, agency, event in rows:
        page.draw_line((85, y - 1.4), (516, y - 1.4), width=0.5)
        page.insert_text((198, y + 7), date, fontname="helv", fontsize=8)
        page.insert_text((403 - pymupdf.get_text_length(agency, "helv", 8), y + 7), agency, fontname="helv",
                         fontsize=8)
        for n, line in enumerate(event):
            page.insert_text((414, y + 7 + 10.5 * n), line, fontname="helv", fontsize=8)
        y += 10.5 * (len(event) - 1) + 11.0
    page.draw_line((85, y - 1.4), (516, y - 1.4), width=0.5)
    for x in (85, 192.6, 300.6, 408.6, 516):
        page.draw_line((x, 178.6), (x, y - 1.4), width=0.5)
    doc.save(path)
    doc.close()
    return path


def test_text_set_again_in_a_table_cell_stays_in_its_cell(tmp_path: Path) -> None:
    """A long pseudonym near a cell's end makes room within its own cell, legibly: the text set
    again may use the cell's width up to its padding, but never runs on under the row's ruled border
    into the next row, nor takes the letters that end the neighbouring column's text."""
    draft = _ruled_table_pdf(tmp_path / "draft.pdf")
    reg = Register.from_dict({"entities": [
        {"name": "PB", "type": "PERSON", "pseudonym": "Designated safeguarding lead 1"},
        {"name": "Raymond", "type": "PERSON", "pseudonym": "Child V's father"},
        {"name": "Usman", "type": "PERSON", "pseudonym": "the sibling"},
        {"name": "Soraia Cardoso", "type": "PERSON", "pseudonym": "Social worker 2"},
        {"name": "Bill", "type": "PERSON", "pseudonym": "Child V"}]})
    document, plan = plan_from_register(draft, reg)
    out = tmp_path / "out.pdf"
    rendering = render_pdf(document, plan, out)
    with pymupdf.open(out) as redacted:
        page = redacted[0]
        agency = " ".join(page.get_text(clip=(300, 170, 410, 260), sort=True).split())
        first_row = " ".join(page.get_text(clip=(410, 175, 520, 231.5), sort=True).split())
        second_row = " ".join(page.get_text(clip=(410, 232, 520, 320), sort=True).split())
    assert "the Probation Service" in agency
    assert first_row.endswith("the sibling with a belt."), first_row
    assert second_row.startswith("Social worker 2 visited the family"), second_row
    assert 'said that things at home were "fine".' in second_row
    assert min(size for size, _, _ in _pseudonym_chars(out, rendering.boxes)) >= 6.0 - 0.05
    assert _overlapping_chars(out) == []
    assert verify_outputs([rendering.expected], Checker({"Soraia Cardoso": "Soraia Cardoso"}, []), 5).leaks == []


@pytest.mark.model
def test_text_set_again_is_read_in_its_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Words set again are read after the page's own text: they run to the sentence's end, so a
    date running over the line end ("by 28 October" | "2016.") is still read whole, in order."""
    from redactor.cli import main

    draft = _paragraph_pdf(tmp_path / "draft.pdf", [
        "Comments on this draft to the Business Manager, Sandra Zygula (SZ)",
        "(sandra.zygula@lancashire.gov.uk, tel. +44 7700 900151) by 28 October",
        "2016. The panel thanks the family, the agencies and the practitioners who took part.",
    ])
    (tmp_path / "register.yaml").write_text(
        "entities:\n  - name: Sandra Zygula\n    type: PERSON\n    pseudonym: the Business Manager\n"
        "    variants: [SZ]\n", encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert main(["redact", str(draft), "--register", str(tmp_path / "register.yaml"),
                 "--accept-all", "-o", str(out)]) == 0, capsys.readouterr().err
    with pymupdf.open(out) as redacted:
        text = " ".join(redacted[0].get_text().split())  # in the order the page's content gives it
    assert "by 28 October 2016." in text, text
    assert "Zygula" not in text and "SZ" not in text and "7700" not in text


def test_written_pieces_never_read_together_as_a_date(tmp_path: Path) -> None:
    """A pseudonym ending in a number, read straight before a date cut to its month, is no day-precise date.

    The page's written pieces come out of a text extractor one after the other ("Hospital 1" then
    "June 2017" from the next row), so ``1 June 2017`` would be read again from the redacted page.
    """
    import re

    from redactor.load_pdf import page_segment
    from redactor.render_pdf import redact_page

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Taken to Northfield Royal by ambulance.", fontsize=10)
    page.insert_text((72, 120), "On 14/06/2017 the family moved.", fontsize=10)
    seg = page_segment(page)
    assert seg.boxes is not None

    reps = [_rep(seg, "Northfield Royal", "Hospital 1", "ORGANISATION"), _rep(seg, "14/06/2017", "June 2017", "DATE")]
    redact_page(page, seg.boxes, reps, seg.text)
    text = re.sub(r"\s+", " ", page.get_text())
    assert "Hospital 1" in text and "June 2017" in text
    assert not re.search(r"(?<!\w)1 June 2017", text), text


@pytest.mark.parametrize("footer, pieces", [
    ("Page 3 of 14", [("Mary Bell", "the mother", "PERSON")]),  # a footer ending in a day's number
    ("Page 3 of 14", [("Northfield Royal", "Hospital 4", "ORGANISATION"), ("Mary Bell", "Adult S", "PERSON")]),
    ("Page 3 of 9", [("Mary Bell", "Adult S", "PERSON"), ("Northfield Royal", "Hospital 14", "ORGANISATION")]),
    # a name removed writes no text: the footer is still what comes before the date
    ("Page 3 of 14", [("Mary Bell", "", "PERSON"), ("Northfield Royal", "the hospital", "ORGANISATION")]),
])
def test_written_pieces_never_read_as_a_date_with_the_page_text_before_them(
        footer: str, pieces: list[tuple[str, str, str]]) -> None:
    """The written pieces are read after the page's own text, which may end in a number (the
    footer's page count): a date cut to its month is never read straight after it."""
    import re

    from redactor.load_pdf import page_segment
    from redactor.render_pdf import redact_page

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Mary Bell went to Northfield Royal by ambulance.", fontsize=10)
    page.insert_text((72, 120), "On 14 June 2017 the family moved.", fontsize=10)
    page.insert_text((72, 800), footer, fontsize=8)
    seg = page_segment(page)
    assert seg.boxes is not None

    reps = [_rep(seg, "14 June 2017", "June 2017", "DATE"), *(_rep(seg, *p) for p in pieces)]
    redact_page(page, seg.boxes, reps, seg.text)
    text = re.sub(r"\s+", " ", page.get_text())
    assert "June 2017" in text
    assert not re.search(r"(?<!\w)\d{1,2} June 2017", text), text


def test_a_pseudonym_written_over_two_lines_is_read_whole() -> None:
    """Its pieces are read one after the other, whatever else the page writes."""
    import re

    from redactor.load_pdf import page_segment
    from redactor.render_pdf import redact_page

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "The family met with the social worker Mary", fontsize=10)
    page.insert_text((72, 112), "Bell at home on 14 June 2017 and again later.", fontsize=10)
    page.insert_text((72, 800), "Page 3 of 14", fontsize=8)
    seg = page_segment(page)
    assert seg.boxes is not None

    reps = [_rep(seg, "Mary Bell", "Social worker 1", "PERSON"), _rep(seg, "14 June 2017", "June 2017", "DATE")]
    redact_page(page, seg.boxes, reps, seg.text)
    text = re.sub(r"\s+", " ", page.get_text())
    assert "Social worker 1" in text, text


def test_words_moved_over_two_lines_are_read_together() -> None:
    """A paragraph's words moved to make room ("of Northshire" | "Police were called") stay one text,
    whatever must be read before them."""
    from types import SimpleNamespace

    from redactor.pdf_fit import Placed
    from redactor.render_pdf import _reading_order

    box = (0.0, 0.0, 10.0, 10.0)
    placed = [Placed(box, "June 2017", 10.0, 1.0, 0), Placed(box, "of Northshire", 10.0, 1.0, -1),
              Placed(box, "Police were called", 10.0, 1.0, -1), Placed(box, "Adult S", 10.0, 1.0, 1)]
    reps = [SimpleNamespace(type="DATE"), SimpleNamespace(type="PERSON")]
    order = [p.text for p in _reading_order(placed, reps, [0, 1], "The end. Page 3 of 14")]  # type: ignore[arg-type]
    assert order == ["of Northshire", "Police were called", "June 2017", "Adult S"]


def test_a_pseudonym_is_read_whole_when_other_pieces_come_between_its_lines() -> None:
    """In a table row a name's cell wraps ("Ella's" | "mother") and the row's other cells are written
    between its two lines: the pseudonym is still read as one."""
    from types import SimpleNamespace

    from redactor.pdf_fit import Placed
    from redactor.render_pdf import _reading_order

    box = (0.0, 0.0, 10.0, 10.0)
    placed = [Placed(box, "Ann's", 10.0, 1.0, 0), Placed(box, "[redacted]", 10.0, 1.0, 1),
              Placed(box, "mother", 10.0, 1.0, 2)]
    reps = [SimpleNamespace(type="PERSON"), SimpleNamespace(type="IDENTIFIER")]
    order = [p.text for p in _reading_order(placed, reps, [0, 1, 0], "The end.")]  # type: ignore[arg-type]
    assert order == ["Ann's", "mother", "[redacted]"]


def _rep(seg: Segment, original: str, replacement: str, kind: str) -> Replacement:
    """A replacement of the first ``original`` on a page segment, as the plan would make it."""
    start = seg.text.index(original)
    return Replacement(seg.id, start, start + len(original), original, replacement, "E1", original,
                       kind, kind, "test", 1.0, "register", "")  # type: ignore[arg-type]


@pytest.mark.parametrize(("scales", "texts"), [
    ((0.8, 0.7, 1.0), 3),  # two squeezed, then one plain: three text objects, read in that order
    ((1.0, 0.8, 1.0, 1.0), 3),  # plain, squeezed, two plain written together
    ((0.8,), 1),
    ((1.0, 1.0), 1),
])
def test_each_text_object_written_holds_text(scales: tuple[float, ...], texts: int) -> None:
    from redactor.pdf_fit import Placed
    from redactor.render_pdf import draw_replacements

    doc = pymupdf.open()
    page = doc.new_page(width=300, height=400)
    words = [f"Word{i}" for i in range(len(scales))]
    placed = [Placed((20, 20 + 30 * i, 200, 34 + 30 * i), w, 11, s, i)
              for i, (w, s) in enumerate(zip(words, scales, strict=True))]
    draw_replacements(page, placed)
    contents = b"".join(doc.xref_stream(x) for x in page.get_contents())
    assert contents.count(b"BT") == contents.count(b"ET") == texts
    assert contents.count(b"\nq\n") + contents.startswith(b"q\n") == texts + 1  # and the boxes' drawing
    assert page.get_text().split() == words


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
@pytest.mark.parametrize("inverted", [False, True])
def test_marked_boxes_redact_as_add_redact_annot_does(rotation: int, inverted: bool) -> None:
    from redactor.render_pdf import apply_redactions, mark_for_redaction

    def page_with_text() -> tuple[pymupdf.Document, pymupdf.Page, list[pymupdf.Rect]]:
        doc = pymupdf.open()
        page = doc.new_page(width=300, height=400)
        page.insert_text((20, 60), "Chloe Hartley met Jack Smith", fontsize=11)
        page.insert_text((20, 90), "in Oldham on Tuesday", fontsize=11)
        page.set_rotation(rotation)
        rects = [r for word in ("Hartley", "Oldham") for r in page.search_for(word)]
        if inverted:
            rects = [pymupdf.Rect(r.x1, r.y1, r.x0, r.y0) for r in rects]
        return doc, page, rects

    doc_a, page_a, rects = page_with_text()
    for rect in rects:
        page_a.add_redact_annot(rect, fill=False, cross_out=False)
    doc_b, page_b, rects = page_with_text()
    mark_for_redaction(page_b, rects)
    assert [a.rect for a in page_b.annots()] == [a.rect for a in page_a.annots()]
    for page in (page_a, page_b):
        apply_redactions(page, images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                         text=pymupdf.PDF_REDACT_TEXT_REMOVE)
    assert page_b.rotation == rotation
    assert page_b.get_text() == page_a.get_text()
    if not inverted:  # (an inverted box removes nothing either way)
        assert "Hartley" not in page_b.get_text() and "Oldham" not in page_b.get_text()
    assert "Jack" in page_b.get_text()
    assert doc_b.xref_stream(page_b.get_contents()[0]) == doc_a.xref_stream(page_a.get_contents()[0])
