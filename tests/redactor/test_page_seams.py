"""A name split by a PDF page break (first name ends one page, surname starts the next, running
header and footer between them) is found and replaced whole, with and without a register."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from recognizers.keep import default_keep_phrases
from redactor.cli import main
from redactor.document import Document, Segment
from redactor.entities import group
from redactor.mention import Mention
from redactor.page_seams import body_spans, seams
from redactor.register import Register
from tests.redactor.builders import plan_from_register

HEADER = "Westbridge Safeguarding Children Partnership - Practice Review"
PAGE_ONE = [
    "The review considered the period from January 2018 to the death of the child in 2019.",
    "Agencies worked with the family throughout this time and shared information at meetings.",
    "The health visitor saw the family at home on several occasions that winter. During",
    "the last visit before the incident, the school nurse spoke at length with {first}",
]
PAGE_TWO = [
    "{last} about her attendance, her sleep and her worries about her younger brother.",
    "The nurse recorded the conversation and passed it on to the designated safeguarding lead.",
]


def two_pages_pdf(path: Path, bodies: tuple[list[str], list[str]], size: float = 11) -> Path:
    """Two pages of body lines, each under the running header and above a "Page n of 2" footer."""
    doc = pymupdf.open()
    for n, body in enumerate(bodies):
        page = doc.new_page()
        page.insert_text((72, 40), HEADER, fontname="helv", fontsize=8)
        for k, line in enumerate(body):
            page.insert_text((72, 90.0 + 15 * k), line, fontname="helv", fontsize=size)
        page.insert_text((280, 800), f"Page {n + 1} of 2", fontname="helv", fontsize=8)
    doc.save(path)
    doc.close()
    return path


def split_name_pdf(path: Path, first: str, last: str) -> Path:
    """Two pages: the name's first half ends page 1's body, its second half starts page 2's."""
    pages = ([line.format(first=first, last=last) for line in PAGE_ONE],
             [line.format(first=first, last=last) for line in PAGE_TWO])
    return two_pages_pdf(path, pages)


def _page(n: int, text: str) -> Segment:
    return Segment(f"page:{n}", "page", text, f"page {n + 1}", page=n)


def test_running_headers_and_footers_are_not_body() -> None:
    pages = [_page(0, f"{HEADER}\nIt was seen by Maisie\nPage 1 of 3"),
             _page(1, f"{HEADER}\nKowalczyk at home. She was well.\nPage 2 of 3"),
             _page(2, f"{HEADER}\nThe end.\n3")]
    spans = body_spans(pages)
    assert [p.text[a:b] for p, (a, b) in zip(pages, spans, strict=True)] == [
        "It was seen by Maisie", "Kowalczyk at home. She was well.", "The end."]


def test_a_tables_repeated_header_row_ends_where_most_pages_repeat_it() -> None:
    """Rows continued on two pages with the same first word ("Event Ortansa was seen", "Event Ortansa to the
    practice"): that word is the body's, not the header's (NER read "Event Ortansa" as a person there)."""
    head = "#\tDate\tAgency\tEvent"
    pages = [_page(0, f"{HEADER}\n{head} Ortansa was seen by the nurse.\nPage 1 of 3"),
             _page(1, f"{HEADER}\n{head} appointment was missed.\nPage 2 of 3"),
             _page(2, f"{HEADER}\n{head} Ortansa to the practice, where the GP saw her.\nPage 3 of 3")]
    spans = body_spans(pages)
    assert [p.text[a:b] for p, (a, b) in zip(pages, spans, strict=True)] == [
        "Ortansa was seen by the nurse.", "appointment was missed.", "Ortansa to the practice, where the GP saw her."]


@pytest.mark.parametrize("footer", ["Quillbury SCB\tPage {n} of 3", "Quillbury SCB\t{n}", "Quillbury SCB\t- {n} -",
                                    "Quillbury SCB\t{n}/3"])
def test_a_tabbed_running_footer_ending_in_its_page_number_is_not_body(footer: str) -> None:
    bodies = ["The family moved in May.", "The school saw them twice.", "The health visitor was told."]
    pages = [_page(n, f"{HEADER}\n{body}\n{footer.format(n=n + 1)}") for n, body in enumerate(bodies)]
    spans = body_spans(pages)
    assert [p.text[a:b] for p, (a, b) in zip(pages, spans, strict=True)] == bodies


def test_a_continued_cell_on_the_header_rows_line_is_body_though_its_shape_repeats() -> None:
    """Two pages continue a row's last cell on the repeated header row's line with a reference of the same shape
    ("Event 7848680/15).", "Event 3577133/16)."): numbers aside the lines repeat, but the references are the
    rows' own words, not the running header's."""
    head = "#\tDate\tAgency\tEvent"

    def rows(n: int, last: str) -> str:
        months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")
        agencies = ("School", "Health Visiting Service", "Police", "GP")
        return "\n".join([*(f"{n + k}\t{months[(n + k) % 12]} 2015\t{agencies[(n + k) % 4]}\tThe child was seen on "
                            f"day {n + k}." for k in range(4)),
                          f"{n + 4}\t06/05/2015\tPolice\tAn allegation was made by Pedro {last}"])

    pages = [_page(0, f"{HEADER}\n{head}\n{rows(1, '(CRIS')}\nPage 1 of 6"),
             _page(1, f"{HEADER}\n{head} 7848680/15).\n{rows(6, '(CRIS')}\nPage 2 of 6"),
             _page(2, f"{HEADER}\n{head} 3577133/16).\n{rows(11, 'of')}\nPage 3 of 6"),
             # ... and two pages continuing the same words (a chronology repeats its events), under the header
             # row alone on more pages
             _page(3, f"{HEADER}\n{head} Folkestone Hospital after an overdose.\n{rows(16, 'of')}\nPage 4 of 6"),
             _page(4, f"{HEADER}\n{head} Folkestone Hospital after an overdose.\n{rows(21, 'x.')}\nPage 5 of 6"),
             _page(5, f"{HEADER}\n{head}\n{rows(26, 'again.')}\nPage 6 of 6")]
    spans = body_spans(pages)
    assert [p.text[a:a + 11] for p, (a, b) in zip(pages, spans, strict=True)] == [
        "1\tFebruary ", "7848680/15)", "3577133/16)", "Folkestone ", "Folkestone ", "26\tMarch 20"]


def test_a_seam_joins_a_sentence_running_over_the_page_break() -> None:
    pages = [_page(0, f"{HEADER}\nShe said so. It was seen by Maisie\nPage 1 of 2"),
             _page(1, f"{HEADER}\nKowalczyk at home. She was well.\nPage 2 of 2")]
    (seam,) = seams(pages)
    assert seam.text == "It was seen by Maisie Kowalczyk at home."
    left, right = seam.parts(seam.text.index("Maisie"), seam.text.index(" at home"))
    assert pages[0].text[left.start:left.end] == "Maisie" and left.segment_id == "page:0"
    assert pages[1].text[right.start:right.end] == "Kowalczyk" and right.segment_id == "page:1"


def test_a_table_rows_last_cell_runs_over_the_break_though_no_lower_case_word_is_before_it() -> None:
    row = "#\tDate\tAgency\tEvent 31\t10.02.14\tSocial care\tCare proceedings were issued. 32\t11/02/2014\tAmbulance\t"
    pages = [_page(0, f"{HEADER}\n{row}In February 2014, Maisie\nPage 1 of 2"),
             _page(1, f"{HEADER}\n#\tDate\tAgency\tEvent Kowalczyk (MK) rang the hub to report it.\nPage 2 of 2")]
    (seam,) = seams(pages)
    assert seam.text == "In February 2014, Maisie Kowalczyk (MK) rang the hub to report it."


def test_a_house_number_ending_a_page_runs_on_to_its_street() -> None:
    """"… a joint visit to 80" | the repeated header row | "Market Close, Shrewsbury SY24 7BN under section 47 …":
    the address is read whole (its street was left, the school "Market Drayton" read in it, and the export refused)."""
    row = "#\tDate\tAgency\tEvent 464\t27/04/2014\tCafcass\t"
    pages = [_page(0, f"{HEADER}\n{row}On 27th April 2014, PC Jones undertook a joint visit to 80\nPage 1 of 2"),
             _page(1, f"{HEADER}\n#\tDate\tAgency\tEvent Market Close, Shrewsbury SY24 7BN under section 47 of the"
                      " Children Act 1989.\nPage 2 of 2")]
    (seam,) = seams(pages)
    assert "joint visit to 80 Market Close, Shrewsbury SY24 7BN" in seam.text


@pytest.mark.parametrize("page_two, joined", [
    # the name ends its sentence on the next page: the full stop after it is the prose's
    ("Black. The family's background was not considered.", "she was staying with Ms Black."),
    ("Kowalczyk.", "she was staying with Ms Kowalczyk."),
])
def test_a_seam_where_the_name_ends_its_sentence_on_the_next_page(page_two: str, joined: str) -> None:
    pages = [_page(0, f"{HEADER}\nShe rang to say that she was staying with Ms\nPage 1 of 2"),
             _page(1, f"{HEADER}\n{page_two}\nPage 2 of 2")]
    (seam,) = seams(pages)
    assert seam.text.endswith(joined)


@pytest.mark.parametrize("title", ["Mr", "Mrs", "Ms", "Dr"])
def test_a_title_opening_a_sentence_at_the_foot_of_a_page_runs_on_to_its_name(title: str) -> None:
    """A title never ends a sentence or a heading: after a full stop, alone at the page's foot, it is the start
    of the next sentence, whose name the next page gives ("… to the hand. Mr" | "Bradshaw-Bennett had hit …")."""
    pages = [_page(0, f"{HEADER}\nWill arrived at school with a burn to the hand. {title}\nPage 1 of 2"),
             _page(1, f"{HEADER}\nBradshaw-Bennett had hit Adam with a belt.\nPage 2 of 2")]
    (seam,) = seams(pages)
    assert seam.text == f"{title} Bradshaw-Bennett had hit Adam with a belt."


@pytest.mark.parametrize("page_one, page_two", [
    ("It was seen by the nurse.", "Maisie Kowalczyk came home."),  # a sentence ended on page 1
    ("It was seen by the nurse", "and then it was over."),  # nothing capitalised to continue a name
    ("3. Key Findings And Recommendations", "Maisie Kowalczyk came home."),  # a heading ends page 1
    ("#\tName\tRole", "Maisie Kowalczyk\tMother"),  # a table's labels
    ("3. Key Findings And Recommendations", "Maisie Kowalczyk."),  # a heading, then a name alone
    # a glossary's entries: a name's own "and" is no prose word before the break
    ("NFRS - Norfolk Fire and Rescue Service", "STORM - police command and control system"),
    ("CADS - Children's Advice and Duty Service", "CAMHS - Child and Adolescent Mental Health Services"),
])
def test_no_seam_where_no_name_can_run_over(page_one: str, page_two: str) -> None:
    pages = [_page(0, f"{HEADER}\n{page_one}\nPage 1 of 2"), _page(1, f"{HEADER}\n{page_two}\nPage 2 of 2")]
    assert seams(pages) == []


@pytest.mark.parametrize("name", ["Maisie Kowalczyk", "Dr Maisie Kowalczyk"])
def test_a_registered_persons_first_name_is_a_form_on_its_own(tmp_path: Path, name: str) -> None:
    draft = split_name_pdf(tmp_path / "draft.pdf", "Maisie", "Kowalczyk")
    reg = Register.from_dict({"entities": [{"name": name, "type": "PERSON", "pseudonym": "Child M"}]})
    document, plan = plan_from_register(draft, reg)
    texts = {s.id: s.text for s in document.segments}
    replaced = {(sid, texts[sid][r.start:r.end]) for sid, reps in plan.by_segment.items() for r in reps}
    assert {("page:0", "Maisie"), ("page:1", "Kowalczyk")} <= replaced


def test_a_registered_form_split_by_a_page_break_is_replaced_on_both_pages(tmp_path: Path) -> None:
    """A register form no single page holds whole ("Northfield High" | "School") is found over the break
    without any recogniser, and each part is replaced on its page."""
    draft = split_name_pdf(tmp_path / "draft.pdf", "Northfield High", "School")
    reg = Register.from_dict({"entities": [{"name": "Northfield High School", "type": "ORGANISATION",
                                            "pseudonym": "School 1"}]})
    document, plan = plan_from_register(draft, reg)
    texts = {s.id: s.text for s in document.segments}
    replaced = {(sid, texts[sid][r.start:r.end]) for sid, reps in plan.by_segment.items() for r in reps}
    assert {("page:0", "Northfield High"), ("page:1", "School")} <= replaced


def _detected(pages: list[Segment], mentions: list[Mention]) -> list[str]:
    document = Document(Path("d.pdf"), "pdf", "0", tuple(pages))
    return [e.name for e in group(document, mentions, None, default_keep_phrases(document, []))]


@pytest.mark.parametrize("left, right, entity, kept", [
    ("the Metropolitan Police", "Service", "ORGANISATION", False),  # another area's force names that area
    ("the Metropolitan", "Police Service", "ORGANISATION", False),
    ("the British Transport", "Police", "ORGANISATION", True),  # a force with a national remit: public
    ("the Police Service of Northern", "Ireland", "ORGANISATION", True),
    ("the Westbridge and Eastvale NHS Foundation", "Trust", "ORGANISATION", True),  # a statutory NHS body
    ("the North", "West", "LOCATION", True),  # a region
    ("the West Mercia", "Police", "ORGANISATION", False),  # a listed force named by its place is replaced
    ("the Northfield High", "School", "ORGANISATION", False),
    ("the Westbridge Children's", "Hospital", "ORGANISATION", False),
])
def test_a_finding_split_by_a_page_break_is_judged_as_the_same_words_within_a_page(
        left: str, right: str, entity: str, kept: bool) -> None:
    """A page break changes nothing about what a name is: the seam's finding is kept or replaced by the
    keep rules applied to its whole text, exactly as the same words written within one page."""
    name = f"{left.removeprefix('the ')} {right}"
    text = f"{HEADER}\nIn May 2019, the {name} recorded an allegation.\nPage 1 of 1"
    start = text.index(name)
    within = _detected([_page(0, text)], [Mention("page:0", start, start + len(name), name, entity, 0.85,
                                                  "UkOrganisationRecognizer")])
    one = f"{HEADER}\nShe said so. In May 2019, {left}\nPage 1 of 2"
    two = f"{HEADER}\n{right} recorded an allegation.\nPage 2 of 2"
    first = left.removeprefix("the ")
    parts = [Mention("page:0", one.index(first), one.index(first) + len(first), first, entity, 0.85,
                     "UkOrganisationRecognizer", joined=name),
             Mention("page:1", two.index(right), two.index(right) + len(right), right, entity, 0.85,
                     "UkOrganisationRecognizer", joined=name)]
    split = _detected([_page(0, one), _page(1, two)], parts)
    assert (within == []) is kept
    assert (split == []) is kept


def _pages_text(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [" ".join(page.get_text().split()) for page in doc]


@pytest.mark.model
def test_an_address_split_after_its_house_number_is_replaced_and_the_number_alone_is_no_survivor(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"… a joint visit to 80" | "Market Close, Shrewsbury SY24 7BN …": the address is replaced on both pages, and
    the number "80" elsewhere (a row's, a count) is no survivor of it: the export goes through."""
    pages = (["The review considered the period from January 2018 to the death of the child in 2019.",
              "There were 80 contacts with the family in that time, and 12 visits.",
              "On 27th April 2014, the social worker and PC Jones undertook a joint visit to 80"],
             ["Market Close, Shrewsbury SY24 7BN under section 47 of the Children Act 1989.",
              "The visit was recorded the same day."])
    draft = two_pages_pdf(tmp_path / "draft.pdf", pages)
    out = tmp_path / "out.pdf"
    assert main(["redact", str(draft), "--accept-all", "-o", str(out)]) == 0, capsys.readouterr().err
    one, two = _pages_text(out)
    assert "Market Close" not in two and "SY24" not in two and "There were 80 contacts" in one


@pytest.mark.model
@pytest.mark.parametrize("register, first", [
    ("entities:\n  - name: Maisie Kowalczyk\n    type: PERSON\n    pseudonym: Child M\n", "Maisie"),
    (None, "Maisie"),
    ("keep: [Autumn]\n", "Autumn"),  # kept alone ("Autumn term"), never as a part of a name
])
def test_a_name_split_by_a_page_break_does_not_leak(tmp_path: Path, register: str | None, first: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    draft = split_name_pdf(tmp_path / "draft.pdf", first, "Kowalczyk")
    out = tmp_path / "out.pdf"
    args = ["redact", str(draft), "--accept-all", "-o", str(out)]
    if register is not None:
        (tmp_path / "register.yaml").write_text(register, encoding="utf-8")
        args += ["--register", str(tmp_path / "register.yaml")]
    assert main(args) == 0, capsys.readouterr().err
    one, two = _pages_text(out)
    assert first not in one and "Kowalczyk" not in two
    assert "the school nurse spoke at length with" in one and "about her attendance" in two


@pytest.mark.model
def test_a_name_split_by_a_page_break_reads_its_pseudonym_once(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """The pseudonym stands where the name starts; the rest of the name is removed, not named again."""
    draft = split_name_pdf(tmp_path / "draft.pdf", "Maisie", "Kowalczyk")
    (tmp_path / "register.yaml").write_text(
        "entities:\n  - name: Maisie Kowalczyk\n    type: PERSON\n    pseudonym: Child M\n", encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert main(["redact", str(draft), "--register", str(tmp_path / "register.yaml"), "--accept-all",
                 "-o", str(out)]) == 0, capsys.readouterr().err
    one, two = _pages_text(out)
    assert "Child M" in one and "Maisie" not in one  # (pseudonyms are read after the page's own text)
    assert "about her attendance" in two and "Child M" not in two
    report = " ".join(_pages_text(out.with_suffix(".report.pdf")))
    assert "Child M" in report and ", Child M" not in report  # the entity has one pseudonym, not "" too


@pytest.mark.model
def test_initials_defined_over_a_page_break_are_the_persons(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """"Amara Sowande (AS)" split by the break defines AS, a word's capitals, as her initials."""
    draft = two_pages_pdf(tmp_path / "draft.pdf", (
        [*PAGE_ONE[:3], "the last visit before the incident, the school nurse spoke at length with Amara"],
        ["Sowande (AS) about her attendance, as the school had asked her to do that week.",
         "The nurse recorded it. Later the mother stayed with AS for a week, as agreed."]))
    out = tmp_path / "out.pdf"
    assert main(["redact", str(draft), "--accept-all", "-o", str(out)]) == 0, capsys.readouterr().err
    one, two = _pages_text(out)
    assert "Amara" not in one and "Sowande" not in two and " AS " not in two
    assert "as the school had asked" in two and "as agreed" in two


def test_a_finding_never_runs_from_the_body_into_a_running_footer() -> None:
    """"… In June 2015, Maisie" ends page 1's body and the running footer follows on the next line:
    a name read over that line break ("Maisie \\nWestbridge") keeps only its body part."""
    from redactor.analysis import within_bodies
    from redactor.mention import Mention

    footer = "Westbridge Safeguarding Children Partnership  Page 1 of 2"
    pages = [_page(0, f"{HEADER}\nShe said so. In June 2015, Maisie \n{footer}"),
             _page(1, f"{HEADER}\ndisclosed that it had happened. She was well.\n{footer.replace('1 of', '2 of')}")]
    start = pages[0].text.index("Maisie")
    end = pages[0].text.index("Westbridge", start) + len("Westbridge")
    found = Mention("page:0", start, end, pages[0].text[start:end], "PERSON", 0.8, "Rule")
    inside = Mention("page:0", start, start + 6, "Maisie", "PERSON", 0.8, "Rule")
    (trimmed, kept) = within_bodies([found, inside], pages)
    assert (trimmed.start, trimmed.end, trimmed.text) == (start, start + len("Maisie"), "Maisie")
    assert kept == inside


def test_a_label_ending_the_body_reads_no_value_from_the_running_footer() -> None:
    """"… a social media account (snapchat:" ends page 1's body; the running footer follows: its first word
    ("Westbridge") is no handle. The handle starts the next page, where the seam finds it."""
    from redactor.analysis import across_page_breaks, within_bodies
    from redactor.mention import Mention

    footer = "Westbridge Safeguarding Children Partnership  Page {} of 2"
    pages = [_page(0, f"{HEADER}\nShe said so. Messages came through a social media account (snapchat:\n"
                      f"{footer.format(1)}"),
             _page(1, f"{HEADER}\nkristopher.mulryan7). She was well.\n{footer.format(2)}")]
    start = pages[0].text.index("Westbridge", len(HEADER))
    misread = Mention("page:0", start, start + 10, "Westbridge", "SOCIAL_HANDLE", 1.0, "SocialHandleRecognizer")
    assert within_bodies([misread], pages) == []
    # a word broken by a hyphen is no label: a finding in the footer after it stays
    broken = [_page(0, pages[0].text.replace("(snapchat:", "and she was well-")), pages[1]]
    start = broken[0].text.index("Westbridge", len(HEADER))
    found = Mention("page:0", start, start + 10, "Westbridge", "PERSON", 0.8, "Rule")
    assert within_bodies([found], broken) == [found]
    assert [(m.segment_id, m.text) for m in across_page_breaks(pages, [])] == [("page:1", "kristopher.mulryan7")]


@pytest.mark.parametrize("left, right, found", [
    # The label ends one page, the value starts the next: the label still names it.
    ("They stopped a car with the registration", "was K123 ABC and its driver", [("page:1", "K123 ABC")]),
    ("he was remanded in custody (custody", "record 36XT/12345/16) after a breach", [("page:1", "36XT/12345/16")]),
    ("The mother gave her NHS number as", "123 456 7890 when asked", [("page:1", "123 456 7890")]),
    # A sentence that ends the page: nothing runs on.
    ("They stopped a car with a registration.", "K123 ABC was written on a note", []),
    ("A car was seen in the street", "The house at number 12 was empty", []),
])
def test_an_identifier_whose_label_is_on_the_page_before(left: str, right: str, found: list[tuple[str, str]]) -> None:
    from redactor.analysis import across_page_breaks

    pages = [_page(0, f"{HEADER}\nThe review began in May. {left}\nPage 1 of 2"),
             _page(1, f"{HEADER}\n{right}.\nPage 2 of 2")]
    texts = {p.id: p.text for p in pages}
    got = across_page_breaks(pages, [])
    assert [(m.segment_id, m.text) for m in got] == found
    assert all(texts[m.segment_id][m.start:m.end] == m.text for m in got)


def test_an_identifier_whose_label_is_on_the_page_before_though_a_part_of_it_was_found_alone() -> None:
    """The page alone finds the incident log's date ("07/04/17"), not its number: the value read with its label on
    the page before is added whole ("the STORM incident log" | footer, header | "(0266 07/04/17) recorded")."""
    from redactor.analysis import across_page_breaks

    pages = [_page(0, f"{HEADER}\nThe review began in May. In April 2017, the STORM incident log\nPage 1 of 2"),
             _page(1, f"{HEADER}\n(0266 07/04/17) recorded a call from a neighbour.\nPage 2 of 2")]
    date = pages[1].text.index("07/04/17")
    found = [Mention("page:1", date, date + 8, "07/04/17", "DATE", 0.6, "DateRecognizer", "")]
    got = across_page_breaks(pages, found)
    assert [(m.segment_id, m.text) for m in got] == [("page:1", "0266 07/04/17")]


@pytest.mark.parametrize("entity, left, right, found", [
    # a web address the break cuts inside its path: its rest opens the next page
    ("URL", "messages through a social media account (instagram.com/robe", "rt_p47) were seen",
     [("page:1", "rt_p47")]),
    ("URL", "she posted on www.facebook.com/jane.smith", "1987 and the school saw it", [("page:1", "1987")]),
    # an address that ends before the break: the next page's word is a word
    ("URL", "the guidance at www.gov.uk/guidance", "explains the duty to refer", []),
    ("URL", "see www.nspcc.org.uk/", "and the helpline", []),
    ("URL", "see www.gov.uk/guid", "ance_2019 for the duty", []),  # a public body's address, kept whole
    # a handle the break cuts at its hyphen: its rest opens the next page
    ("SOCIAL_HANDLE", "messages through a social media account (snapchat: jean-", "paul_m27) were seen",
     [("page:1", "paul_m27")]),
    ("SOCIAL_HANDLE", "his Instagram handle was kris_", "m7_official and the school saw it",
     [("page:1", "m7_official")]),
    # a hyphened word the break cuts after a platform's name is a word
    ("SOCIAL_HANDLE", "she used Snapchat for well-", "being checks with her friends", []),
])
def test_a_web_address_or_handle_the_page_break_cuts_leaves_no_rest(entity: str, left: str, right: str,
                                                                     found: list[tuple[str, str]]) -> None:
    from redactor.analysis import across_page_breaks

    pages = [_page(0, f"{HEADER}\nThe review began in May. Later {left}\nPage 1 of 2"),
             _page(1, f"{HEADER}\n{right}.\nPage 2 of 2")]
    texts = {p.id: p.text for p in pages}
    got = [m for m in across_page_breaks(pages, []) if m.entity == entity and m.segment_id == "page:1"]
    assert [(m.segment_id, m.text) for m in got] == found
    assert all(texts[m.segment_id][m.start:m.end] == m.text for m in got)


def test_a_sentence_runs_on_over_the_footnotes_at_the_foot_of_its_page() -> None:
    """The page's footnotes stand between a sentence's end on the page and its rest on the next: the seam joins the
    sentence, not the last footnote ("(snapchat: jean-" | footnotes 13 and 14 | "paul_m27)")."""
    from redactor.analysis import across_page_breaks

    pages = [_page(0, f"{HEADER}\nThe review began in May.\u00b9\u00b3 Later she was sent messages through a social "
                      "media account\u00b9\u2074 (snapchat: jean-\n13 Relatives abroad could be reached by phone.\n"
                      "14 Her licence was seen.\nPage 1 of 2"),
             _page(1, f"{HEADER}\npaul_m27). She was well.\nPage 2 of 2")]
    got = [(m.segment_id, m.text) for m in across_page_breaks(pages, []) if m.segment_id == "page:1"]
    assert got == [("page:1", "paul_m27")]


def test_an_identifier_the_page_found_itself_is_not_found_again() -> None:
    from redactor.analysis import across_page_breaks
    from redactor.mention import Mention

    pages = [_page(0, f"{HEADER}\nThey stopped a car with the registration\nPage 1 of 2"),
             _page(1, f"{HEADER}\nwas AB12 CDE and its driver.\nPage 2 of 2")]
    start = pages[1].text.index("AB12 CDE")
    own = Mention("page:1", start, start + 8, "AB12 CDE", "UK_VEHICLE_REG", 0.6, "VehicleRegistrationRecognizer")
    assert across_page_breaks(pages, [own]) == []


@pytest.mark.model
def test_a_function_word_a_page_break_cuts_off_a_name_is_no_form_of_it(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """"The" | break | "Kingsmead Practice": the name is replaced whole, and "The" alone (at the start
    of every other sentence) is no form the verifier looks for, so the export is not refused."""
    draft = split_name_pdf(tmp_path / "draft.pdf", "The", "Kingsmead Practice")
    (tmp_path / "register.yaml").write_text(
        "entities:\n  - name: The Kingsmead Practice\n    type: ORGANISATION\n    pseudonym: GP Practice 1\n"
        "  - name: Maisie Kowalczyk\n    type: PERSON\n    pseudonym: Child M\n", encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert main(["redact", str(draft), "--register", str(tmp_path / "register.yaml"), "--accept-all",
                 "-o", str(out)]) == 0, capsys.readouterr().err
    one, two = _pages_text(out)
    assert "Kingsmead" not in one + two and "GP Practice 1" in one
    assert "The nurse recorded" in two and "The review considered" in one


@pytest.mark.model
@pytest.mark.parametrize("register", [
    "entities:\n  - name: Metropolitan Police Service\n    type: ORGANISATION\n    pseudonym: Police Force 2\n"
    "  - name: Amara Sowande\n    type: PERSON\n    pseudonym: Child A\n",
    None,
])
def test_agency_words_a_page_break_cuts_off_an_organisation_are_no_form_of_it(
        tmp_path: Path, register: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    """"Metropolitan Police" | break | "Service": "Service" alone is agency vocabulary ("the Independent
    Reviewing Service" stays), not a form of the force the verifier must not find."""
    draft = two_pages_pdf(tmp_path / "draft.pdf", (
        [*PAGE_ONE[:3], "the Independent Reviewing Service was told that Amara Sowande had been found by the"
         " Metropolitan Police"],
        ["Service at a friend's flat, as the school had asked her to do that week.",
         "The Independent Reviewing Service was told of it the same day."]), size=10)
    out = tmp_path / "out.pdf"
    args = ["redact", str(draft), "--accept-all", "-o", str(out)]
    if register is not None:
        (tmp_path / "register.yaml").write_text(register, encoding="utf-8")
        args += ["--register", str(tmp_path / "register.yaml")]
    assert main(args) == 0, capsys.readouterr().err
    one, two = _pages_text(out)
    assert "Metropolitan" not in one and "at a friend's flat" in two and "Service at a friend" not in two
    assert "Independent Reviewing Service" in one and "The Independent Reviewing Service was told" in two


@pytest.mark.model
@pytest.mark.parametrize("register", [
    "entities:\n  - name: Sihawukele Soduba\n    type: PERSON\n    pseudonym: Child N\n    variants: [Sihawukele]\n",
    None,
])
def test_a_kept_name_ending_a_page_is_no_part_of_a_name_starting_the_next(
        tmp_path: Path, register: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    """"… a referral to the Multi-Agency Safeguarding Hub" | break | "Sihawukele Soduba arrived …": "Hub" (also
    a listed first name) ends a public body's name, so "Hub Sihawukele Soduba" is no one's name, and "Hub" no
    form the verifier must not find in the public body's name elsewhere (the export was refused)."""
    draft = two_pages_pdf(tmp_path / "draft.pdf", (
        [*PAGE_ONE[:3], "In January 2013, the school made a referral to the Multi-Agency Safeguarding Hub"],
        ["Sihawukele Soduba arrived at school with a burn to the hand, as the nurse recorded.",
         "The Multi-Agency Safeguarding Hub shared this with the police the same day."]), size=10)
    out = tmp_path / "out.pdf"
    args = ["redact", str(draft), "--accept-all", "-o", str(out)]
    if register is not None:
        (tmp_path / "register.yaml").write_text(register, encoding="utf-8")
        args += ["--register", str(tmp_path / "register.yaml")]
    assert main(args) == 0, capsys.readouterr().err
    one, two = _pages_text(out)
    assert "Sihawukele" not in two and "Soduba" not in two
    assert "referral to the Multi-Agency Safeguarding Hub" in one
    assert "The Multi-Agency Safeguarding Hub shared this" in two


@pytest.mark.model
@pytest.mark.parametrize("left, right", [
    ("held with Hampshire and Isle", "of Wight Constabulary, health and Children's Social Care"),
    ("held with Hampshire and Isle of", "Wight Constabulary, health and Children's Social Care"),
])
def test_a_name_whose_connector_meets_the_page_break_is_read_whole(
        tmp_path: Path, left: str, right: str, capsys: pytest.CaptureFixture[str]) -> None:
    """"Hampshire and Isle" | break | "of Wight Constabulary": the force is one name over the break, not
    "Wight Constabulary" on the second page (a false organisation beside the real one)."""
    draft = two_pages_pdf(tmp_path / "draft.pdf", (
        [*PAGE_ONE[:3], f"In June 2022 a strategy discussion about Amara Sowande was {left}"],
        [f"{right} the same week.", "The nurse recorded the discussion and passed it on."]), size=10)
    out = tmp_path / "out.pdf"
    assert main(["analyze", str(draft), "--json", str(tmp_path / "f.json")]) == 0, capsys.readouterr().err
    names = [e["name"] for e in json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))["entities"]]
    assert "Wight Constabulary" not in names and "of Wight Constabulary" not in names, names
    assert "Hampshire and Isle of Wight Constabulary" in names, names
    assert main(["redact", str(draft), "--accept-all", "-o", str(out)]) == 0, capsys.readouterr().err
    one, two = _pages_text(out)
    assert "Wight" not in two and "Hampshire" not in one and "health and Children's Social Care" in two


def test_a_reference_number_in_the_running_footer_is_an_identifier() -> None:
    """"… Practice Review (draft) – 4460171   Page 2 of 3": the draft's case reference, named nowhere else."""
    from redactor.analysis import running_references

    footer = "Westbridge Partnership \u2013 Practice Review (draft) \u2013 4460171   Page {n} of 3"
    bodies = ["The review met in 2019 and 2020.", "Registered charity 1234567 helped.", "The family moved."]
    pages = [_page(n, f"{HEADER}\n{body}\n{footer.format(n=n + 1)}") for n, body in enumerate(bodies)]
    document = Document(Path("d.pdf"), "pdf", "0", tuple(pages))
    found = running_references(document, [])
    assert [(m.segment_id, m.text) for m in found] == [("page:0", "4460171"), ("page:1", "4460171"),
                                                       ("page:2", "4460171")]
    docx = Document(Path("d.docx"), "docx", "0", (
        Segment("docx:word/footer1.xml:0", "footer", "Westbridge Partnership \u2013 CSPR \u2013 4460171", "footer"),
        Segment("docx:word/footer2.xml:0", "footer", "Registered charity no. 1234567; published 2021-2022", "footer"),
        Segment("docx:word/document.xml:0", "body", "Her case number 7654321 was noted.", "body")))
    assert [m.text for m in running_references(docx, [])] == ["4460171"]
