"""Tables are found in every format and their identifier columns become mentions."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as DocxDocument

from redactor.load import load
from redactor.tables import column_mentions
from tests.redactor.builders import make_pdf

ROWS = [["Name", "Date of birth", "LCS ID", "GP"],
        ["Ann Other", "03/04/1999", "5318820", "Hill Surgery"],
        ["Bo Other", "–", "5318821", "Hill Surgery"]]


def _found(path: Path) -> list[tuple[str, str]]:
    return sorted((m.entity, m.text) for m in column_mentions(load(path)))


# The Name column lists people: each cell is a person's full name; the GP column names the family's practice.
EXPECTED = [("DATE_OF_BIRTH", "03/04/1999"), ("LA_CASE_ID", "5318820"), ("LA_CASE_ID", "5318821"),
            ("ORGANISATION", "Hill Surgery"), ("ORGANISATION", "Hill Surgery"), ("PERSON", "Ann Other"),
            ("PERSON", "Bo Other")]


def test_text_table(tmp_path: Path) -> None:
    p = tmp_path / "d.txt"
    p.write_text("Intro line.\n" + "\n".join("\t".join(r) for r in ROWS) + "\nAfter.\n", encoding="utf-8")
    assert _found(p) == EXPECTED


@pytest.mark.parametrize("edge", ["", "|"])
def test_text_table_with_bars(tmp_path: Path, edge: str) -> None:
    """A plain-text draft's table drawn with bars ("Name | DOB"), with or without outer bars and a rule line."""
    lines = [f"{edge} " + " | ".join(r) + f" {edge}" for r in ROWS]
    lines.insert(1, f"{edge}" + "|".join("---" for _ in ROWS[0]) + f"{edge}")
    p = tmp_path / "d.txt"
    p.write_text("Intro line.\n" + "\n".join(line.strip() for line in lines) + "\nAfter | this.\n",
                 encoding="utf-8")
    assert _found(p) == EXPECTED


def test_bars_in_prose_are_no_table(tmp_path: Path) -> None:
    p = tmp_path / "d.txt"
    p.write_text("Page 3 | Child Q\nShe said it.\nPage 4 | Child Q\n", encoding="utf-8")
    assert _found(p) == []


def test_word_table(tmp_path: Path) -> None:
    d = DocxDocument()
    table = d.add_table(rows=3, cols=4)
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.rows[r].cells[c].text = value
    p = tmp_path / "d.docx"
    d.save(str(p))
    assert _found(p) == EXPECTED


def test_pdf_table_cells_on_a_row_are_tab_separated(tmp_path: Path) -> None:
    import pymupdf

    p = tmp_path / "d.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            page.insert_text((72 + 120 * c, 100 + 20 * r), value, fontsize=10)
    doc.save(p)
    assert _found(p) == EXPECTED


def test_prose_with_tabs_is_not_a_table(tmp_path: Path) -> None:
    p = make_pdf(tmp_path / "d.pdf", ["A single line of prose."], with_containers=False)
    assert _found(p) == []


def test_header_cells_that_are_words_are_labels(tmp_path: Path) -> None:
    from redactor.tables import header_labels

    p = tmp_path / "d.txt"
    p.write_text("Intro.\n" + "\n".join("\t".join(r) for r in ROWS) + "\n", encoding="utf-8")
    doc = load(p)
    labels = {doc.segments[0].text[a:b] for _, a, b in header_labels(doc)}
    assert {"Name", "Date of birth"} <= labels <= {"Name", "Date of birth", "GP", "LCS ID"}


def test_pdf_row_with_a_wrapped_cell_keeps_its_date_of_birth(tmp_path: Path) -> None:
    """A cell that wraps makes its row several lines with fewer tabs; cells are placed by position."""
    import pymupdf

    p = tmp_path / "d.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    x = [72, 192, 312, 432]
    for c, value in enumerate(["Name", "Role in review", "Date of birth", "LCS ID"]):
        page.insert_text((x[c], 100), value, fontsize=10)
    for c, value in enumerate(["Ann Other", "Young Person A,", "03/04/1999", "5318820"]):
        page.insert_text((x[c], 120), value, fontsize=10)
    page.insert_text((x[1], 131), "care leaver", fontsize=10)  # the role wraps onto a second line
    for c, value in enumerate(["Bo Other", "Mother", "12/05/1975", "5318821"]):
        page.insert_text((x[c], 150), value, fontsize=10)
    page.insert_text((72, 700), "Footer of the page 4 of 28   5318822", fontsize=10)
    doc.save(p)
    assert _found(p) == [("DATE_OF_BIRTH", "03/04/1999"), ("DATE_OF_BIRTH", "12/05/1975"),
                         ("LA_CASE_ID", "5318820"), ("LA_CASE_ID", "5318821"),
                         ("PERSON", "Ann Other"), ("PERSON", "Bo Other")]


def _one_block_table(path: Path, rows: list[list[str]]) -> Path:
    """A table as a PDF producer such as LibreOffice writes it: every cell a line of one text block."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    writer = pymupdf.TextWriter(page.rect)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            writer.append((72 + 90 * c, 100 + 11 * r), value, fontsize=9)
    writer.write_text(page)
    doc.save(path)
    return path


def test_pdf_table_in_one_block_has_a_line_per_row(tmp_path: Path) -> None:
    """The last cell of a row reaches the block's right edge; the next row still starts a new line.

    Joined by a space, every row ran into the header line and no column below "NHS number" was read.
    """
    rows = [["No.", "Name", "Date of birth", "NHS number", "LCS ID"],
            ["1", "Ann Other", "03/04/1999", "–", "5318820"],
            ["2", "Bo Other", "12/05/1975", "908 417 8521", "5318821"],
            ["3", "Cy Other", "01/02/1980", "672 851 7693", "136373"]]
    p = _one_block_table(tmp_path / "d.pdf", rows)
    page = load(p).segments[0].text
    assert "5318820\n2\tBo Other" in page
    found = _found(p)
    for value in ("5318820", "5318821", "136373", "908 417 8521", "672 851 7693", "12/05/1975", "01/02/1980"):
        assert value in {text for _, text in found}, value


@pytest.mark.parametrize("header, labels, names", [
    # 'Timescale', or a header cut short by wrapping ('Relationshi'), labels its column; a listed name or place
    # alone in a header cell is no label
    (["No.", "Recommendation", "Timescale", "Relationshi", "Tomasz", "Northampton"],
     {"Timescale", "Relationshi", "Recommendation"}, {"Tomasz", "Northampton"}),
    # a few words that are no one's name label their column; a person's name, though its words are words too
    # ('Grace Hope'), is no label
    (["Row", "MISPER Ref", "Niche occurrence", "Date of birth", "Grace Hope", "Tomasz Nowak"],
     {"MISPER Ref", "Niche occurrence", "Date of birth"}, {"Grace Hope", "Tomasz Nowak"}),
])
def test_a_header_cell_of_label_words_is_a_label(tmp_path: Path, header: list[str], labels: set[str],
                                                 names: set[str]) -> None:
    from redactor.tables import header_labels

    rows = [header, ["1", "Train staff.", "Aug 2014", "12/03/2011", "x", "y"],
            ["2", "Share concerns.", "Sept 2014", "14/05/2012", "x", "y"]]
    p = tmp_path / "d.txt"
    p.write_text("Intro.\n" + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    doc = load(p)
    found = {doc.segments[0].text[a:b] for _, a, b in header_labels(doc)}
    assert labels <= found
    assert not found & names


def test_a_guessed_name_that_is_a_header_labels_word_elsewhere_is_no_name(tmp_path: Path) -> None:
    """A table's header repeated on a later page over one row's end ("Timescale" / "followed up.") is no table the
    reader can read there; a guess that is exactly a header label's word is still no name. A rule's finding is."""
    from redactor.mention import Mention
    from redactor.text_only import table_findings

    rows = [["No.", "Recommendation", "Timescale"], ["1", "Train staff.", "Aug 2014"], ["2", "Share.", "Sept 2014"]]
    p = tmp_path / "d.txt"
    p.write_text("Intro.\n" + "\n".join("\t".join(r) for r in rows) + "\n\nTimescale\nfollowed up.\n", encoding="utf-8")
    doc = load(p)
    text = doc.segments[0].text
    at = text.rindex("Timescale")
    guess = Mention(doc.segments[0].id, at, at + 9, "Timescale", "PERSON", 0.85, "SpacyRecognizer")
    rule = Mention(doc.segments[0].id, at, at + 9, "Timescale", "PERSON", 0.6, "PersonNameRecognizer")
    assert table_findings(doc).without_labels([guess, rule], doc) == [rule]


def test_the_early_childs_table_reader_loads_no_name_lists() -> None:
    """The child that reads the draft while the engine starts imports the table reader: the name lists' modules
    (``redactor.guesses``) took it from 0.2 s to 1.4 s, and the whole redaction waited."""
    import subprocess
    import sys

    probe = "import sys, redactor.text_only; print('redactor.guesses' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "False"


def _laid_out_table(path: Path, rows: list[list[list[str]]], x: list[float]) -> Path:
    """A table written cell by cell, each cell's wrapped lines in turn, as LibreOffice writes one.

    The text extractor then cuts the table into blocks wherever the writing moves back up a line, so
    a header with a wrapped cell ("Date of" / "birth") reads back as several lines of the page text.
    ``x`` holds where each column starts; a cell wraps where its text would not fit (about 50 points
    for "Date of birth" at 9 points).
    """
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    writer = pymupdf.TextWriter(page.rect)
    for r, row in enumerate(rows):
        for c, lines in enumerate(row):
            for k, text in enumerate(lines):
                writer.append((x[c], 100 + 24 * r + 11 * k), text, fontsize=9)
    writer.write_text(page)
    doc.save(path)
    return path


def test_pdf_header_cells_that_wrap_still_name_their_columns(tmp_path: Path) -> None:
    rows = [[["No."], ["Name"], ["Relationshi", "p"], ["Date of", "birth"], ["LCS ID"], ["Mosaic ID"]],
            [["1"], ["Ann Other"], ["Mother"], ["03/04/1999"], ["5318820"], ["5318820"]],
            [["2"], ["Bo Other"], ["Mother's", "partner"], ["12 May", "1975"], ["6318821"], ["6318821"]],
            [["3"], ["Cy", "Other"], ["Uncle"], ["–"], ["736373"], ["736373"]]]
    found = _found(_laid_out_table(tmp_path / "d.pdf", rows, [72, 100, 180, 235, 290, 360]))
    assert ("DATE_OF_BIRTH", "03/04/1999") in found
    assert [text for entity, text in found if entity == "LA_CASE_ID"] == [
        "5318820", "5318820", "6318821", "6318821", "736373", "736373"]
    assert ("PERSON", "Ann Other") in found and ("PERSON", "Bo Other") in found
    assert not any(text in ("1", "2", "3", "Mother", "Uncle") for _, text in found)  # row numbers, roles


def test_pdf_value_a_narrow_cell_cuts_over_two_lines_is_read_whole(tmp_path: Path) -> None:
    # "M8373054521" / "73": the value goes on under itself, no space between (one word), though its rest starts
    # back at the cell's left edge as the next line of a cell would
    rows = [[["Name"], ["NI number"], ["UPN"], ["LCS ID"]],
            [["Ann Other"], ["RW 10 15 55", "D"], ["M8373054521", "73"], ["5318820"]],
            [["Bo Other"], ["BR 41 84 10", "A"], ["M9726962818", "45"], ["5318821"]]]
    found = _found(_laid_out_table(tmp_path / "d.pdf", rows, [72, 150, 215, 280]))
    assert ("UNIQUE_PUPIL_NUMBER", "M837305452173") in found or any(
        text == "M837305452173" for _, text in found), found


def test_pdf_row_whose_first_cell_wraps_stays_one_row(tmp_path: Path) -> None:
    # "Ilona" / "Szabó-Jennings": the first column's second line is no new row, and the date of birth that wraps
    # beside it ("4 March" / "2010") stays whole under its header
    rows = [[["Name"], ["DOB"], ["LCS ID"]],
            [["Ilona", "Szabó-Jennings"], ["4 March", "2010"], ["5318820"]],
            [["Dawn Taylor"], ["01/10/2013"], ["5318821"]]]
    found = [(entity, " ".join(text.split())) for entity, text in
             _found(_laid_out_table(tmp_path / "d.pdf", rows, [72, 150, 215]))]
    assert ("DATE_OF_BIRTH", "4 March 2010") in found, found
    assert ("PERSON", "Ilona Szabó-Jennings") in found, found


def test_a_school_or_gp_column_names_its_bodies(tmp_path: Path) -> None:
    # a school or practice named by a word that is also an ordinary word ("Ward Academy", "Day High School") is
    # that body under a "School" or "GP" header, though alone it reads as words
    rows = [[["Name"], ["School"], ["GP practice"]],
            [["Ann Other"], ["Ward Academy"], ["Mill Surgery"]],
            [["Bo Other"], ["Day High School"], ["–"]],
            [["Cy Other"], ["Primary School"], ["Not known"]]]
    found = _found(_laid_out_table(tmp_path / "d.pdf", rows, [72, 150, 260]))
    bodies = [text for entity, text in found if entity == "ORGANISATION"]
    assert bodies == ["Day High School", "Mill Surgery", "Ward Academy"], found


def test_pdf_first_body_row_is_not_taken_for_a_wrapped_header(tmp_path: Path) -> None:
    # The first body row has no row number: its cells are values (digits), not header words.
    rows = [[["Name"], ["Role"], ["Date of", "birth"], ["LCS ID"]],
            [["Ann Other"], ["Mother"], ["03/04/1999"], ["5318820"]]]
    found = _found(_laid_out_table(tmp_path / "d.pdf", rows, [72, 150, 230, 285]))
    assert ("LA_CASE_ID", "5318820") in found and ("DATE_OF_BIRTH", "03/04/1999") in found


def test_pdf_words_under_a_short_header_cell_are_not_its_continuation(tmp_path: Path) -> None:
    # At the top of a page, the end of a row begun on the page before sits under the repeated
    # header "Event"; it is no part of the header ("Event … the family home" is no address column).
    rows = [[["No."], ["Date"], ["Event"]],
            [[], [], ["at the family home."]],
            [["7"], ["03/04/2019"], ["A visit was made by the school nurse."]]]
    found = _found(_laid_out_table(tmp_path / "d.pdf", rows, [72, 100, 180]))
    assert found == [("DATE_DAY", "03/04/2019")]


def test_pdf_row_cut_by_the_page_end_keeps_its_cells(tmp_path: Path) -> None:
    """A row the page break cuts: its wrapped cells end their first line in a space ("Joanne " /
    "Young ", the rest on the next page), and the next cell on the row still follows with a tab, so
    the row's cells stay in their columns and its identifier is still read under its header."""
    rows = [["No.", "Name", "Relationship", "Date of birth", "LCS ID"],
            ["5", "Eileen Bradley", "Grandparent", "28/04/1979", "14382564"],
            ["6", "Joanne ", "Young ", "06/02/1988", "442214"]]
    p = _one_block_table(tmp_path / "d.pdf", rows)
    page = load(p).segments[0].text
    assert "6\tJoanne\tYoung\t06/02/1988\t442214" in page, page
    assert ("LA_CASE_ID", "442214") in _found(p)


def test_pdf_row_continued_from_the_page_before_starts_a_line_of_its_own(tmp_path: Path) -> None:
    """Under the header a table repeats on a new page, the end of a row begun on the page before fills only
    its own column, left of the header's last cell: a new line. Joined by a space, the header's last word ran
    into it ("Timescale Care should ensure"), and "Timescale Care" was read as an organisation."""
    rows = [["No.", "Recommendation", "Lead agency", "Timescale"],
            ["", "Care should ensure", "", ""],
            ["4", "Schools should be", "Early Help", "Feb 2022"]]
    page = load(_one_block_table(tmp_path / "d.pdf", rows)).segments[0].text
    assert "Timescale\nCare should ensure" in page, page


def test_pdf_rows_after_a_wrapped_last_header_cell_start_lines_of_their_own(tmp_path: Path) -> None:
    """The last header cell wraps ("NHS" / "number") and the row after it starts at the left: a new line.

    Joined by a space, every row ran on after the header's last word, the table could not be read by
    column, and no case-record ID or NHS number under its header was redacted.
    """
    rows = [[["No."], ["Name"], ["Relations", "hip"], ["Date of", "birth"], ["Mosaic ID"], ["LCS ID"],
             ["NHS", "number"]],
            [["1"], ["Ann Other"], ["Subject", "child"], ["14/07/07"], ["13412923"], ["9179838"], ["43055791", "54"]],
            [["2"], ["Bo Other"], ["Sibling"], ["10/03/04"], ["5653485"], ["5653485"], ["954 430", "4339"]]]
    p = _laid_out_table(tmp_path / "d.pdf", rows, [90, 152, 214, 276, 337, 399, 460])
    assert "number\n1\tAnn Other" in load(p).segments[0].text
    found = _found(p)
    assert [text for entity, text in found if entity == "LA_CASE_ID"] == [
        "13412923", "5653485", "5653485", "9179838"]
    assert {text for entity, text in found if entity == "UK_NHS"} == {"4305579154", "954 430 4339"}


def test_pdf_cells_of_one_width_at_equal_gaps_are_no_justified_line(tmp_path: Path) -> None:
    """A date and three numbers of one width in equal columns sit at equal gaps, as a justified line's
    words do; they start far right of their block's left edge, where no justified line starts, so they
    stay cells (read as one line of words, no identifier under its header was found)."""
    rows = [[["No."], ["Name"], ["Relations", "hip"], ["Date of", "birth"], ["Mosaic ID"], ["LCS ID"],
             ["NHS", "number"]],
            [["4"], ["Chatura", "Hayer"], ["Father"], ["28/05/76"], ["5507707"], ["5507707"], ["674 476", "0998"]],
            [["5"], ["Rugile", "Qureshi"], ["Grandpare", "nt"], ["15/08/91"], ["3629558"], ["3629558"], ["9444882"]]]
    p = _laid_out_table(tmp_path / "d.pdf", rows, [90, 152, 214, 276, 337, 398, 459])
    assert "15/08/91\t3629558\t3629558\t9444882" in load(p).segments[0].text
    assert [text for entity, text in _found(p) if entity == "LA_CASE_ID"] == [
        "3629558", "3629558", "5507707", "5507707"]


def test_pdf_cells_after_a_cell_wrapped_over_many_lines_stay_in_their_columns(tmp_path: Path) -> None:
    """A narrow cell wraps over five lines ("Young" / "person" / "who" / "has" / "harmed"), a block of its own
    after the row's first cells; the extractor cuts the rest of the row (a date and two IDs of one width, at equal
    gaps) into a third block, which ends far above the wrapped cell's end. It is still the row's next cells
    (read as one justified line of words on a line of its own, the young person's case-record IDs under
    "Mosaic ID" and "LCS ID" were not redacted)."""
    import pymupdf

    rows = [[["No."], ["Name"], ["Relations", "hip"], ["Date of", "birth"], ["Mosaic ID"], ["LCS ID"],
             ["NI", "number"]],
            [["3"], ["Tony Dodd"], ["Father"], ["03/02/90"], ["62780245"], ["62780245"], ["JY 824356", "B"]],
            [["4"], ["Hazel", "Fisher"], ["Young", "person", "who", "has", "harmed"], ["27/02/09"], ["6098617"],
             ["6098617"],
             ["\u2013"]],
            [["5"], ["P\u0103tru Lane"], ["Subject", "child"], ["06/07/16"], ["399152"], ["399152"], ["\u2013"]]]
    x = [90, 152, 214, 276, 337, 398, 459]  # the date and IDs (one width) then sit at equal gaps
    path = tmp_path / "d.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    writer = pymupdf.TextWriter(page.rect)
    y = 100.0
    for row in rows:
        for c, lines in enumerate(row):
            for k, text in enumerate(lines):
                writer.append((x[c], y + 10.5 * k), text, fontsize=9)
        y += 10.5 * max(len(lines) for lines in row) + 1
    writer.write_text(page)
    doc.save(path)
    assert [text for entity, text in _found(path) if entity == "LA_CASE_ID"] == [
        "399152", "399152", "6098617", "6098617", "62780245", "62780245"]
