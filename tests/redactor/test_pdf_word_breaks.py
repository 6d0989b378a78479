"""A PDF page's text reads words as they were written, not as the layout cut them.

A table cell narrower than one of its words goes on over the next line with no space and no hyphen
("Relationshi" / "p", "F20859" / "0118"): the page text joins the halves, so no half is found as an
entity of its own and an identifier is one value. A footnote mark raised after a value ("… is
387131669.²") is a superscript, never a digit of the value, as in a plain-text draft.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor.load_pdf import breaks_word, page_segment


def _cell_pdf(path: Path, lines: list[str], width: float, other: str = "Status") -> Path:
    """One table row: a cell whose lines are ``lines`` (one under another, left-aligned in a column
    ``width`` points wide) and a second cell to its right."""
    doc = pymupdf.open()
    page = doc.new_page()
    x, y = 72.0, 100.0
    page.insert_text((x, y), "No.", fontname="helv", fontsize=9)
    for n, line in enumerate(lines):
        page.insert_text((x + 30, y + 11 * n), line, fontname="helv", fontsize=9)
    page.insert_text((x + 40 + width, y), other, fontname="helv", fontsize=9)
    doc.save(path)
    doc.close()
    return path


def _text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return page_segment(doc[0]).text


def _fit(word: str) -> float:
    return pymupdf.get_text_length(word, fontname="helv", fontsize=9)


@pytest.mark.parametrize("lines, joined", [
    (["Relationshi", "p"], "Relationship"),  # a dictionary word cut where its first half is none
    (["Kowalczy", "kowa"], "Kowalczykowa"),  # a name: neither half is a word
    (["Grandpare", "nt"], "Grandparent"),  # a rest of two letters that is no function word ("nt")
    (["Kowalczyk", "of Leeds"], None),  # a function word that more words follow is a word of its own
    # a name's last letters, a function word's too, ending the cell: no cell ends in a function word
    (["Stankevici", "us"], "Stankevicius"), (["MacGoodw", "in"], "MacGoodwin"),
    (["Hubert Nowak", "in"], None),  # two words on the first line: the layout broke at the space
    (["SimphiweyiNkos", "i Mahamba"], "SimphiweyiNkosi Mahamba"),  # a lower-case "i" is no word of its own
    # nor an article before a capitalised word ("a Oloyede"): the name's last letter
    (["Anjolaoluw", "a Oloyede"], "Anjolaoluwa Oloyede"),
    (["Nomalang", "a Mshengu"], "Nomalanga Mshengu"),  # ... nor before a name that ends the cell
    (["Kowalczyk", "a Leeds family"], None),  # a name, then an article before words the cell goes on with
    (["F208501", "18357"], "F20850118357"),  # an identifier's digits
    (["NY-27-97-", "89-D"], "NY-27-97-89-D"),  # broken after a hyphen: the hyphen stays, no space
    (["Marta Quillon-", "Abara"], "Marta Quillon-Abara"),
    (["in 1990 -", "the family"], None),  # a dash between words
    (["0161 496", "0000"], None),  # two words on the first line: the layout broke at the space
    (["Subject", "child"], None),  # a word and a word: two words
    (["Grand", "parent"], None),  # two words, each a word: kept apart
    (["Hubert", "Nowak"], None),  # a capital starts a new word
    (["Mother", "(estranged)"], None),
    # an address has no spaces: wherever the cell cut it, it goes on (the halves may be "words")
    (["(facebook.com/rysza", "rd.reichel.9)."], "(facebook.com/ryszard.reichel.9)."),
    (["j.kowalska@exam", "ple.org"], "j.kowalska@example.org"),
    (["www.gov.uk/guid", "ance/keeping"], "www.gov.uk/guidance/keeping"),
    (["gov.uk", "guidance"], None),  # a finished address, then a word
    # ... cut at its "@", before or after it: an e-mail address's local part and its domain
    (["kelly.okafor35", "@outlook.com"], "kelly.okafor35@outlook.com"),
    (["kelly.okafor35@", "outlook.com"], "kelly.okafor35@outlook.com"),
    (["Twitter", "@WiltshireSCB"], None),  # a word, then a handle: no address
    # ... a web address's path after its domain, and a handle the cell cuts ("@kelly_marsh" / "47")
    (["instagram.com", "/jo_okafor67"], "instagram.com/jo_okafor67"),
    (["@kelly_marsh", "47"], "@kelly_marsh47"),
    (["@tina_okafor6", "9"], "@tina_okafor69"),
    (["instagram.com", "/", "kelly_okafor84"], "instagram.com/kelly_okafor84"),  # the slash on a line of its own
    # one lower-case letter alone that is no word ends the word above, though that is a word ("Napoleon" / "e")
    (["Napoleon", "e", "Anguillara"], "Napoleone"),
    (["Vitamin", "a"], None),  # "a" is a word
])
def test_a_word_a_narrow_cell_cuts_over_two_lines_is_read_whole(tmp_path: Path, lines: list[str],
                                                               joined: str | None) -> None:
    text = _text(_cell_pdf(tmp_path / "t.pdf", lines, _fit(lines[0])))
    if joined is not None:
        assert joined in text, text
    else:
        assert " ".join(lines) in text or "\n".join(lines) in text, text


def test_a_short_line_in_a_wider_column_is_no_cut_word(tmp_path: Path) -> None:
    """The cell was wide enough for more than its first line (a wider line of the column under it): the layout
    broke between words."""
    text = _text(_cell_pdf(tmp_path / "t.pdf", ["Sakalausk", "as", "Sakalauskas Nowakowski"],
                           _fit("Sakalauskas Nowakowski"), other="Status"))
    assert "Sakalauskas" not in text.replace("Sakalauskas Nowakowski", ""), text


def test_a_superscript_footnote_mark_is_no_digit_of_the_value(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Her passport number is 912345678.", fontname="helv", fontsize=11)
    x = 72 + pymupdf.get_text_length("Her passport number is 912345678.", fontname="helv", fontsize=11)
    page.insert_text((x, 96), "2", fontname="helv", fontsize=6.4)  # a raised, smaller footnote mark
    page.insert_text((72, 800), "2 See the chronology.", fontname="helv", fontsize=8)
    doc.save(tmp_path / "f.pdf")
    doc.close()
    text = _text(tmp_path / "f.pdf")
    assert "912345678.\u00b2" in text, text
    assert "2 See the chronology." in text  # a footnote's own number, on its line, stays a digit


def test_a_smaller_raised_text_with_words_is_no_footnote_mark(tmp_path: Path) -> None:
    """A pseudonym written smaller into a name's box ("Social worker 1") can sit a little above the
    line's baseline, and MuPDF then flags its span as superscript: its digit stays a digit, or the
    verifier reads "Social worker ¹" where the export wrote "Social worker 1"."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Seen by ", fontname="helv", fontsize=11)
    page.insert_text((115, 99), "Social worker 1", fontname="helv", fontsize=8)
    page.insert_text((180, 100), " on Monday.", fontname="helv", fontsize=11)
    doc.save(tmp_path / "p.pdf")
    doc.close()
    assert "Social worker 1" in _text(tmp_path / "p.pdf")


def _row_pdf(path: Path, words: list[str], xs: list[float]) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 88), "CN had moved to the town and the family support worker kept in touch.", fontname="helv",
                     fontsize=11)
    for word, x in zip(words, xs, strict=True):
        page.insert_text((x, 100), word, fontname="helv", fontsize=11)
    doc.save(path)
    doc.close()
    return path


@pytest.mark.parametrize("spaces", [False, True])  # the stretched spaces written as pieces of their own, or not
def test_a_justified_line_written_word_by_word_reads_as_one_line(tmp_path: Path, spaces: bool) -> None:
    """A line stretched to the margin, each word written on its own with the same wide space between
    every two words: one line of words, so a phone number in it is one value, not four table cells."""
    words = ["contacted", "on", "+44", "115", "496", "0864", "or", "by", "e-mail", "at"]
    if spaces:
        words = [piece for word in words for piece in (word, " ")][:-1]
    gap = 9.3 if spaces else 22.2
    xs, x = [], 72.0
    for word in words:
        xs.append(x)
        x += pymupdf.get_text_length(word, fontname="helv", fontsize=11) + gap
    text = _text(_row_pdf(tmp_path / "j.pdf", words, xs))
    assert "contacted on +44 115 496 0864 or by e-mail at" in text, text


def test_the_line_after_a_justified_line_written_word_by_word_goes_on_with_it(tmp_path: Path) -> None:
    """A justified line's words, written one by one, look like a row of cells; the paragraph's next line starts
    back at the left, and is its next line, not a table's next row ("… shows UPN" / "X380577612479 for Daisy":
    read as a new row, the value left its label and was not redacted)."""
    words = ["(facebook.com/chaman.sha.4).", "The", "school", "census", "shows", "UPN"]
    xs, x = [], 72.0
    for word in words:
        xs.append(x)
        x += pymupdf.get_text_length(word, fontname="helv", fontsize=11) + 14.6
    path = _row_pdf(tmp_path / "j.pdf", words, xs)
    doc = pymupdf.open(path)
    doc[0].insert_text((72, 113), "X380577612479 for Daisy.", fontname="helv", fontsize=11)
    doc.save(tmp_path / "k.pdf")
    doc.close()
    text = _text(tmp_path / "k.pdf")
    assert "shows UPN X380577612479 for Daisy." in text, text


def test_a_table_row_of_single_words_stays_cells(tmp_path: Path) -> None:
    """Cells start at their columns: the space after each word depends on its length, so they stay
    apart ("10" in a row-number column is no day of the month beside it)."""
    text = _text(_row_pdf(tmp_path / "t.pdf", ["10", "September", "2013", "Police"], [72, 140, 300, 420]))
    assert "10\tSeptember\t2013\tPolice" in text, text


@pytest.mark.parametrize("above, joined", [
    # a line of the column ends in a space past the cut word: the space is no character that reaches further
    ("closed to the leaving ", True),
    # a line whose last letter reaches further: the column was wide enough, the layout broke between words
    ("DC Barnes undertook ", False),
])
def test_a_trailing_space_does_not_widen_the_column(tmp_path: Path, above: str, joined: bool) -> None:
    assert _handle_read_whole(tmp_path / "t.pdf", above) == joined


def _handle_read_whole(path: Path, other: str) -> bool:
    """Whether a social-media address cut over two lines of a narrow column, under the line ``other``,
    is read whole."""
    doc = pymupdf.open()
    page = doc.new_page()
    for n, line in enumerate([other, "(instagram.com/xed", "wardspex)."]):
        page.insert_text((102, 100 + 11 * n), line, fontname="helv", fontsize=9)
    doc.save(path)
    doc.close()
    return "(instagram.com/xedwardspex)." in _text(path)


@pytest.mark.parametrize("other, joined", [
    # the column's widest line stops short of where the rest's first letter ('w', a wide one) would end
    ("the social worker and", True),
    # a line reaching past it: that letter would have fitted, so the layout broke between words
    ("DC Barnes undertook", False),
])
def test_the_rests_first_letter_is_what_would_not_have_fitted(tmp_path: Path, other: str, joined: bool) -> None:
    assert _handle_read_whole(tmp_path / "t.pdf", other) == joined


def test_a_hyphen_after_a_vowel_sign_breaks_the_word() -> None:
    # a name in another script, its last letter a vowel sign (no word character to Python), then "-" / "Green"
    line = (100.0, 100.0, 160.0, 110.0)
    assert breaks_word("\u0926\u0940\u092a\u094d\u0924\u093f \u0930\u0947\u0921\u094d\u0921\u0940-", line,
                       "Green", (100.0, 111.0, 130.0, 121.0), [line])
