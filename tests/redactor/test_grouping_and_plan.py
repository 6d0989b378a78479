"""Grouping mentions into entities, linking every occurrence, and resolving overlapping replacements."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recognizers.keep import default_keep_phrases
from redactor.document import Document, Segment
from redactor.entities import Entity, group
from redactor.mention import Mention
from redactor.plan import Decision, Plan, build_plan, suggest
from redactor.register import Register

TEXT = ("Chloe Hartley (DOB 14/03/2012) lives with her mother. Chloe's school reported that Miss Hartley "
        "was absent. CHLOE HARTLEY | email chloe.hartley@example.org | Will said he will call.")


def _doc(*extra: Segment) -> Document:
    return Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", TEXT, "text"), *extra))


def _register() -> Register:
    return Register.from_dict({"entities": [
        {"name": "Chloe Hartley", "type": "PERSON", "pseudonym": "Child Q", "variants": ["Chloe"]}]})


def _m(text: str, entity: str, recognizer: str = "X", seg: str = "txt", source: str = TEXT) -> Mention:
    start = source.index(text)
    return Mention(seg, start, start + len(text), text, entity, 0.9, recognizer)


def test_register_person_covers_all_forms_everywhere() -> None:
    meta = Segment("meta:title", "metadata", "Review of Chloe Hartley", "metadata title")
    doc = _doc(meta)
    entities = group(doc, [], _register())
    child = entities[0]
    found = {(m.segment_id, m.text) for m in child.mentions}
    assert ("txt", "Chloe Hartley") in found and ("txt", "CHLOE HARTLEY") in found
    assert ("txt", "Miss Hartley") in found  # derived title + surname
    assert sum(m.text == "Chloe" for m in child.mentions) == 1  # "Chloe's" -> "Chloe" + "'s"
    assert ("meta:title", "Chloe Hartley") in found


def test_a_name_first_read_in_capitals_gives_its_forms_as_written_elsewhere() -> None:
    # A cover's heading in capitals read before the body. The first name is a word too ("will"), so it is a
    # form only where the draft writes it alone as a name ("Later Will went home"), written as the name is.
    text = "WILL TOMLINSON\n\nThis review concerns Will. Will Tomlinson attended. Later Will went home. He will go."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    mentions = [Mention("txt", 0, 14, "WILL TOMLINSON", "PERSON", 0.6, "PersonNameRecognizer"),
                _m("Will Tomlinson", "PERSON", "PersonNameRecognizer", source=text)]
    [person] = [e for e in group(doc, mentions, None) if e.type == "PERSON"]
    assert "Will" in person.forms and person.name == "Will Tomlinson"
    assert sum(m.text == "Will" for m in person.mentions) == 2


def test_detected_person_groups_variants() -> None:
    text = "Sam Bello was seen. Sam refused. Mr Bello attended. Later Sam's sister came."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    mentions = [_m("Sam Bello", "PERSON", source=text), _m("Mr Bello", "PERSON", source=text)]
    entities = group(doc, mentions, None)
    people = [e for e in entities if e.type == "PERSON"]
    assert len(people) == 1
    assert sorted(m.text for m in people[0].mentions) == ["Mr Bello", "Sam", "Sam", "Sam Bello"]


def test_identifier_written_two_ways_is_one_entity() -> None:
    text = "NHS 999 123 4567 and later 9991234567."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("999 123 4567", "UK_NHS", source=text), _m("9991234567", "UK_NHS", source=text)],
                     None)
    assert len(entities) == 1 and len(entities[0].mentions) == 2


def test_keep_list_wins_over_detection_but_not_over_identifiers() -> None:
    text = "Westbridge Council and NHS 999 123 4567 in Westbridge."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Westbridge Council", "ORGANISATION", source=text),
                           _m("999 123 4567", "UK_NHS", source=text)], None,
                     keep=["Westbridge Council", "999 123 4567"])
    assert [e.type for e in entities] == ["IDENTIFIER"]


def test_overlaps_resolved_per_character() -> None:
    """An NER span covering two register names yields the register's pseudonyms, not one guess."""
    text = "Case Z (Ikenna Mensah / MF) – draft"
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [
        {"name": "Ikenna Mensah", "type": "PERSON", "pseudonym": "Child Z"},
        {"name": "Murdo Ferguson", "type": "PERSON", "pseudonym": "YPA", "variants": ["MF"]}]})
    entities = group(doc, [_m("Ikenna Mensah / MF", "PERSON", "SpacyRecognizer", source=text)], reg)
    texts = {"txt": text}
    plan = build_plan(entities, suggest(entities, reg, texts), texts)
    from redactor.render_pdf import apply_text

    assert apply_text(text, plan.by_segment["txt"]) == "Case Z (Child Z / YPA) – draft"


@pytest.mark.parametrize("text, expected", [
    ("Dr Noor Wright was not satisfied. Later Dr Wright said no.",
     "Consultant paediatrician 1 was not satisfied. Later Consultant paediatrician 1 said no."),
    ("MR NOOR WRIGHT attended.", "Consultant paediatrician 1 attended."),
    ("Mr. Noor Wright attended.", "Consultant paediatrician 1 attended."),
    ("Dr\nNoor Wright attended.", "Dr\nConsultant paediatrician 1 attended."),  # a title on another line stays
    ("Drs Noor Wright", "Drs Consultant paediatrician 1"),  # no title
    ("Professor Noor Wright attended.", "Consultant paediatrician 1 attended."),  # a title longer than "Prof."
    ("PROFESSOR NOOR WRIGHT attended.", "Consultant paediatrician 1 attended."),
])
def test_a_title_before_a_replaced_name_goes_with_it(text: str, expected: str) -> None:
    """The register names the person without a title: "Dr Noor Wright" is not "Dr Consultant paediatrician 1"."""
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [
        {"name": "Noor Wright", "type": "PERSON", "pseudonym": "Consultant paediatrician 1"}]})
    entities = group(doc, [], reg)
    texts = {"txt": text}
    plan = build_plan(entities, suggest(entities, reg, texts), texts)
    from redactor.render_pdf import apply_text

    assert apply_text(text, plan.by_segment["txt"]) == expected


def test_the_letterhead_s_street_written_again_is_the_issuer_s() -> None:
    """A web page's summary line repeats the letterhead that opens the report's first page; a family's street is
    still a guess to weigh."""
    text = ("Page 1 of 3 Quill House, Station Road, Westbridge WB1 2AB Re-consideration\n\nUpload: someone\n\n"
            "Page 1 of 3\n\nQuill House,\n\nStation Road, Westbridge, WB1 2AB 01632-960718\n\nSerious Case Review\n\n"
            "The family moved to Mill Road in Westbridge.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    guesses = [_m("Station Road", "ORGANISATION", source=text), _m("Mill Road", "ORGANISATION", source=text)]
    entities = group(doc, guesses, None)
    assert [e.name for e in entities] == ["Mill Road"]


def test_identifier_beats_register_name_inside_it() -> None:
    doc = _doc()
    entities = group(doc, [_m("chloe.hartley@example.org", "EMAIL_ADDRESS")], _register())
    texts = {"txt": TEXT}
    plan = build_plan(entities, suggest(entities, _register(), texts), texts)
    from redactor.render_pdf import apply_text

    out = apply_text(TEXT, plan.by_segment["txt"])
    assert "email [redacted] |" in out and "hartley" not in out.lower()
    assert "Will said he will call." in out


def test_dates_generalised_unless_about_the_review() -> None:
    text = "She was admitted on 12 October 2010. The panel met on 19 January 2011."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("12 October 2010", "DATE_DAY", source=text),
                           _m("19 January 2011", "DATE_DAY", source=text)], None)
    texts = {"txt": text}
    decisions = suggest(entities, None, texts)
    plan = build_plan(entities, decisions, texts)
    from redactor.render_pdf import apply_text

    assert apply_text(text, plan.by_segment["txt"]) == \
        "She was admitted on October 2010. The panel met on 19 January 2011."


def test_guess_with_an_unregistered_word_is_kept() -> None:
    text = "Daniel Smith, the GP, saw Daniel."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [{"name": "Daniel Okafor", "type": "PERSON", "pseudonym": "Sibling 1",
                                            "variants": ["Daniel"]}]})
    entities = group(doc, [_m("Daniel Smith", "PERSON", "SpacyRecognizer", source=text)], reg)
    texts = {"txt": text}
    plan = build_plan(entities, suggest(entities, reg, texts), texts)
    from redactor.render_pdf import apply_text

    assert apply_text(text, plan.by_segment["txt"]) == "Adult A, the GP, saw Sibling 1."


def test_initials_defined_in_the_draft_join_the_person() -> None:
    text = "He met Sam Bello (SB) in May. Later SB moved away; the SBS team was told."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Sam Bello", "PERSON", source=text)], None)
    person = entities[0]
    assert "SB" in person.forms
    assert [m.text for m in person.mentions].count("SB") == 2  # not inside "SBS"


def test_an_abbreviation_a_key_defines_is_the_organisations_form() -> None:
    text = ("Key: WYP = West Yorkshire Police; HBA – Hebble Brook Academy; D&G: Dumfries and Galloway.\n"
            "WYP arrested him. HBA excluded him. He was born in D&G. The WYPX and CSC were told.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    found = [_m("West Yorkshire Police", "ORGANISATION", source=text), _m("Hebble Brook Academy", "ORGANISATION",
             source=text), _m("Dumfries and Galloway", "LOCATION", source=text)]
    entities = {e.name: e for e in group(doc, found, None)}
    assert [m.text for m in entities["West Yorkshire Police"].mentions].count("WYP") == 2  # not inside "WYPX"
    assert [m.text for m in entities["Hebble Brook Academy"].mentions].count("HBA") == 2
    assert "D&G" in [m.text for m in entities["Dumfries and Galloway"].mentions]


def test_an_abbreviation_a_key_spells_out_after_a_plain_space_is_the_organisations_form() -> None:
    text = ("The caravan was a housing problem (ELDC, the site owner). The licence gives ELDC no duty.\n"
            "Glossary: DSL designated safeguarding lead; ELDC  East Lindsey District Council; ELDS East Lindsey")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    register = Register.from_dict({"entities": [
        {"name": "East Lindsey District Council", "type": "ORGANISATION", "pseudonym": "LA1"}]})
    [council] = group(doc, [], register)
    assert [m.text for m in council.mentions].count("ELDC") == 3  # "ELDS" spells no name the draft has


def test_a_name_is_found_without_its_middle_name_and_without_its_accents() -> None:
    text = "Kieran Lee Matthews and Paweł Wiśniewski met. Later Kieran Matthews and Pawel Wisniewski left."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    found = [_m("Kieran Lee Matthews", "PERSON", source=text), _m("Paweł Wiśniewski", "PERSON", source=text)]
    entities = {e.name: e for e in group(doc, found, None)}
    assert "Kieran Matthews" in [m.text for m in entities["Kieran Lee Matthews"].mentions]
    assert "Pawel Wisniewski" in [m.text for m in entities["Paweł Wiśniewski"].mentions]


def test_long_initials_of_a_hyphenated_name_and_a_keys_name_with_a_particle_are_forms() -> None:
    text = ("Kaylee-Ann Persaud-Dos Santos was 14. The reviewer is not clear whether KAPDS is British.\n"
            "(RAG = Rhys ap Gwilym; the nurse on shift).\n")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    found = [_m("Kaylee-Ann Persaud-Dos Santos", "PERSON", source=text), _m("Rhys ap Gwilym", "PERSON", source=text)]
    entities = {e.name: e for e in group(doc, found, None)}
    assert "KAPDS" in [m.text for m in entities["Kaylee-Ann Persaud-Dos Santos"].mentions]
    assert "RAG" in [m.text for m in entities["Rhys ap Gwilym"].mentions]


def test_a_date_written_again_without_its_year_is_the_date() -> None:
    text = "Olek drowned on Saturday 22 July 2023. The response on 22 July was described as exemplary."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = {e.name: e for e in group(doc, [_m("Saturday 22 July 2023", "DATE_DAY", source=text)], None)}
    assert [m.text for m in entities["Saturday 22 July 2023"].mentions] == ["Saturday 22 July 2023", "22 July"]


def test_one_day_written_two_ways_is_one_date() -> None:
    """"3rd September 2021" and "3 September 2021": one day, one entity and one decision, so its day and month
    written without the year are never a survivor inside the other writing."""
    text = ("On 3rd September 2021 the school referred Nadia. There was no contact with Children's Social Care "
            "before 3 September 2021.[6] On 3 September the school rang again.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    found = [_m("3rd September 2021", "DATE_DAY", source=text), _m("3 September 2021", "DATE_DAY", source=text)]
    dates = [e for e in group(doc, found, None) if e.type == "DATE"]
    assert len(dates) == 1, dates
    assert sorted(m.text for m in dates[0].mentions) == ["3 September", "3 September 2021", "3rd September 2021"]


def test_a_date_written_again_with_its_months_abbreviation_is_the_date() -> None:
    text = "Baby S was born at home on 14/02/2023. ED notes: baby born 14th Feb, mother alone. On 14 Feb she rang."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = {e.name: e for e in group(doc, [_m("14/02/2023", "DATE_DAY", source=text)], None)}
    assert [m.text for m in entities["14/02/2023"].mentions] == ["14/02/2023", "14th Feb", "14 Feb"]


def test_a_date_written_again_in_figures_without_its_year_is_the_date() -> None:
    text = ("The assessment was closed on 13/09/2022. E-mail: this case was closed on 13/09 as the family moved. "
            "The next review is on 13/09/2022 again.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = {e.name: e for e in group(doc, [_m("13/09/2022", "DATE_DAY", source=text)], None)}
    assert [m.start for m in entities["13/09/2022"].mentions] == [
        text.index("13/09/2022"), text.index("13/09 as"), text.rindex("13/09/2022")]


def test_a_paragraphs_number_is_no_form_of_a_date_in_figures() -> None:
    text = "1.2 Child H (DOB 03/02/2012) lived at home.\n3.2 The school was told."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = {e.name: e for e in group(doc, [_m("03/02/2012", "DATE_OF_BIRTH", source=text)], None)}
    assert "3.2" not in entities["03/02/2012"].forms


def test_a_day_in_figures_the_draft_writes_with_another_year_is_no_form_of_a_date() -> None:
    text = "Seen on 13/09/2022. The review panel met on 13/09/2024. On 13/09 she rang."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = {e.name: e for e in group(doc, [_m("13/09/2022", "DATE_DAY", source=text)], None)}
    assert "13/09" not in entities["13/09/2022"].forms


def test_a_short_months_day_the_draft_also_writes_with_a_year_is_no_form_of_a_date() -> None:
    """"9 Sept" of "9 September 2023" would be read in a review period "to 9 Sept 2023" (kept): verification would
    then find a replaced form in the output and refuse the export."""
    text = "She left on 9 September 2023. The review covers 1 March 2021 to 9 Sept 2023. On 9 Sept she rang."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = {e.name: e for e in group(doc, [_m("9 September 2023", "DATE_DAY", source=text)], None)}
    assert "9 Sept" not in entities["9 September 2023"].forms


def test_a_day_and_month_the_draft_writes_with_another_year_is_no_form_of_a_date() -> None:
    """"11 May" of "11th May 2022" would be read in "held on 11 May 2024" (a review date, kept): the verifier would
    then find a replaced form in the output and refuse the export."""
    text = "She was seen on 11th May 2022. The Rapid Review meeting was held on 11 May 2024. On 11 May she cried."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = {e.name: e for e in group(doc, [_m("11th May 2022", "DATE_DAY", source=text)], None)}
    assert "11 May" not in entities["11th May 2022"].forms


def test_a_full_date_before_a_time_is_linked_there_too() -> None:
    """A time after a dated day ("27/02/2022 23:58") is no year after a birthday written without its own: the
    date is written there in full, and left standing it would be a survivor the verifier refuses."""
    text = "On 27/02/2022 police were called. Smith, J. (2020) Learning. London: NSPCC. Accessed 27/02/2022 23:58."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = {e.name: e for e in group(doc, [_m("27/02/2022", "DATE_DAY", source=text)], None)}
    assert [m.start for m in entities["27/02/2022"].mentions] == [text.index("27/02"), text.rindex("27/02")]


def test_a_date_without_its_year_before_a_time_is_the_date() -> None:
    text = "Olek drowned on Saturday 22 July 2023. The call on 22 July 10:42 was logged."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = {e.name: e for e in group(doc, [_m("Saturday 22 July 2023", "DATE_DAY", source=text)], None)}
    assert [m.text for m in entities["Saturday 22 July 2023"].mentions] == ["Saturday 22 July 2023", "22 July"]


def test_a_first_name_an_ner_guess_reads_as_a_place_is_still_the_persons_form() -> None:
    """The model read "Riley-Jay" as a place; the rules read "Riley-Jay BRADSHAW" as a child's full name. The
    guess makes no place of the child's first name (which then went to "Place 4" as a place of its own)."""
    text = ("Riley-Jay BRADSHAW - subject child, aged 5. Kyle Moffatt is the father of Riley-Jay. "
            "Riley-Jay was admitted to hospital. In Riley-Jay, the voice was lost.")
    guesses = [Mention("txt", m.start(), m.end(), "Riley-Jay", kind, 0.85, "SpacyRecognizer")
               for m, kind in zip(re.finditer(r"Riley-Jay(?! B)", text), ["LOCATION", "LOCATION", "ORGANISATION"],
                                     strict=True)]
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Riley-Jay BRADSHAW", "PERSON", "PersonNameRecognizer", source=text),
                           _m("Kyle Moffatt", "PERSON", "PersonNameRecognizer", source=text), *guesses], None)
    child = next(e for e in entities if e.name == "Riley-Jay BRADSHAW")
    assert "Riley-Jay" in child.forms
    assert not any(e.type == "LOCATION" for e in entities)


def test_a_day_and_month_found_alone_joins_the_dated_day_the_draft_gives() -> None:
    """"22 March" is found by itself too (a day without its year); beside "22 March 2021" it is that date."""
    text = "On 22 March 2021 the child was born. On 22 March the IDVA called. On 3 June she moved."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    found = [_m("22 March 2021", "DATE_DAY", "DayDateRecognizer", source=text),
             Mention("txt", text.index("22 March the"), text.index("22 March the") + 8, "22 March", "DATE_DAY", 0.6,
                     "YearlessDateRecognizer"), _m("3 June", "DATE_DAY", "YearlessDateRecognizer", source=text)]
    entities = {e.name: e for e in group(doc, found, None)}
    assert [m.text for m in entities["22 March 2021"].mentions] == ["22 March 2021", "22 March"]
    assert "3 June" in entities


def test_a_day_and_month_found_alone_is_left_where_the_draft_gives_it_two_years() -> None:
    """With "22 March 2021" and a review date "22 March 2024" (kept), a "22 March" replaced by itself would survive
    inside the kept date, and verification would rightly refuse the export: it is left alone."""
    text = ("Seen on 22 March 2021 at school. On 22 March the IDVA called. "
            "The review panel met on 22 March 2024 to agree the report.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    yearless = text.index("22 March the")
    found = [_m("22 March 2021", "DATE_DAY", "DayDateRecognizer", source=text),
             _m("22 March 2024", "DATE_DAY", "DayDateRecognizer", source=text),
             Mention("txt", yearless, yearless + 8, "22 March", "DATE_DAY", 0.6, "YearlessDateRecognizer")]
    assert "22 March" not in {e.name for e in group(doc, found, None)}


def test_a_months_abbreviation_in_a_range_of_months_is_no_person() -> None:
    text = "Aaliyah Okafor moved.\n10 | Jun \u2013 Aug 2023 | Children's Services | Assessment."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    found = [_m("Aaliyah Okafor", "PERSON", "PersonNameRecognizer", source=text),
             _m("Jun", "PERSON", "PersonNameRecognizer", source=text)]
    assert [e.name for e in group(doc, found, None)] == ["Aaliyah Okafor"]


def test_initials_that_are_also_an_abbreviation_are_the_persons_where_they_act() -> None:
    """"LD" shortens a learning disability too; "LD collected Ruby" is Leanne Dobson, whose initials they are."""
    text = 'Leanne Dobson is the mother. The diary reads: "LD collected Ruby late again, no coat."'
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Leanne Dobson", "PERSON", "PersonNameRecognizer", source=text)], None,
                     default_keep_phrases(doc, []))
    mother = next(e for e in entities if e.name == "Leanne Dobson")
    assert "LD" in [m.text for m in mother.mentions]


def test_the_initials_of_a_name_a_record_writes_surname_first_are_in_the_names_order() -> None:
    """"BRADSHAW, Tiana-Leigh" is Tiana-Leigh Bradshaw: "TB" acting as a person is her, though TB is vocabulary."""
    text = ("Mother: BRADSHAW, Tiana-Leigh, aged 16. School log: Spoke to TB in pastoral room. TB denied being "
            "pregnant.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("BRADSHAW, Tiana-Leigh", "PERSON", "PersonNameRecognizer", source=text)], None,
                     default_keep_phrases(doc, []))
    mother = next(e for e in entities if e.name == "BRADSHAW, Tiana-Leigh")
    assert [m.text for m in mother.mentions].count("TB") == 2


def test_a_hyphenated_first_names_first_part_is_a_form() -> None:
    text = "Re: Lexi-Mae Marsden (DOB 14/06/2007). He messaged Lexi privately. Lexi-Mae told her mother."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = {e.name: e for e in group(doc, [_m("Lexi-Mae Marsden", "PERSON", source=text)], None)}
    assert "Lexi" in [m.text for m in entities["Lexi-Mae Marsden"].mentions]


def test_a_first_name_that_is_a_word_is_a_form_when_a_record_writes_the_surname_first() -> None:
    """"BAINBRIDGE, Summer" is longer than "Summer Bainbridge": the name as running text writes it is still the
    one whose first word is the first name ("Summer's mother", though the draft writes "summer" too)."""
    text = ("Summer Bainbridge was killed. Subject: BAINBRIDGE, Summer. Summer's mother spoke to the review. "
            "That summer she left school.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = {e.name: e for e in group(doc, [_m("Summer Bainbridge", "PERSON", "PersonNameRecognizer", source=text),
                                               _m("BAINBRIDGE, Summer", "PERSON", "PersonNameRecognizer",
                                                  source=text)], None)}
    person = next(e for e in entities.values() if "Summer Bainbridge" in e.forms)
    assert "Summer" in person.forms


def test_initials_stay_a_persons_whose_name_is_written_two_ways() -> None:
    """Two entities of one name (accents and order differ) do not make its initials anyone else's."""
    text = "Zuzanna Wiśniewska was 11. The record reads WISNIEWSKA, Zuzanna (DOB 1/2/2010). ZW presented in pain."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    found = [_m("Zuzanna Wiśniewska", "PERSON", source=text), _m("WISNIEWSKA, Zuzanna", "PERSON", source=text)]
    assert any(m.text == "ZW" for e in group(doc, found, None) for m in e.mentions)


@pytest.mark.parametrize("first, second, linked", [
    ("Aiyaan Chaudhry", "AYAAN CHAUDHRY", True),  # a record's misspelling: one person
    ("Adam Chaudhry", "Aisha Chaudhry", False),  # two relatives with the same initials: neither's
    ("Selam Gebrehiwet", "GEBREHIWOT, Selam", True),  # the Home Office's spelling of the surname: one person
    ("Adam Chaudhry", "Adam Choudhury", False),  # surnames more than a letter apart: two people
    ("Lauren Whitworth", "L. Whitworth", True),  # a note's initial and surname, the full name's: one person
])
def test_initials_of_one_name_written_two_ways(first: str, second: str, linked: bool) -> None:
    initials = "".join(w[0] for w in (second.split(", ")[::-1] if "," in second else second.split())).upper()
    text = f"{first} was 15. The record reads {second} (DOB 1/2/2009). {initials} presented in pain."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    found = [_m(first, "PERSON", source=text), _m(second, "PERSON", source=text)]
    assert any(m.text == initials for e in group(doc, found, None) for m in e.mentions) is linked


def test_a_cited_works_authors_are_no_lone_names() -> None:
    text = "The review used a systems approach (Munro, 2011; Fish, Munro and Bairstow, 2008). Staff attended."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    assert group(doc, [], None) == []


def test_initials_keep_a_hyphenated_surnames_hyphen() -> None:
    text = "Reece Okonkwo-Tait was 14. RO-T was seen at home. The RO-TX form was sent."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    person = group(doc, [_m("Reece Okonkwo-Tait", "PERSON", source=text)], None)[0]
    assert [m.text for m in person.mentions].count("RO-T") == 1


@pytest.mark.parametrize("text, name, initials", [
    ("Health visitor Bernadette O'Sullivan visited. HV BOS saw the baby.", "Bernadette O'Sullivan", "BOS"),
    ("Niall McGuinness was present at the visit. NMcG not present later.", "Niall McGuinness", "NMcG"),
    ("Chantelle O'Driscoll-Mensah was 26. CODM declined the offer.", "Chantelle O'Driscoll-Mensah", "CODM"),
    # a record's surname first gives the initials of the name in its natural order
    ("Record: PETTIGROVE, Tanya (DOB 1/2/2012). TP not seen at the visit.", "PETTIGROVE, Tanya", "TP"),
])
def test_initials_keep_an_irish_or_scottish_surnames_prefix(text: str, name: str, initials: str) -> None:
    """"BOS" of Bernadette O'Sullivan, "NMcG" of Niall McGuinness: records write the prefix's letters too."""
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    person = group(doc, [_m(name, "PERSON", source=text)], None)[0]
    assert initials in [m.text for m in person.mentions]


def test_a_key_tables_abbreviations_are_the_bodys_and_the_persons() -> None:
    text = ("Key\nQEH\tQueen Elizabeth Hospital\nHN | Hannah Nwosu | worker\n"
            "7\t05/09/2022\tQEH ED\tAttends with a fall. HN visited.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    found = [_m("Queen Elizabeth Hospital", "ORGANISATION", source=text)]
    entities = {e.name: e for e in group(doc, found, None)}
    assert [m.text for m in entities["Queen Elizabeth Hospital"].mentions].count("QEH") == 2
    assert "HN" in [m.text for e in entities.values() for m in e.mentions]


def test_an_officers_collar_number_is_no_part_of_their_name() -> None:
    text = "PC 1978 Fraser stopped the car. Fraser wrote it up."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    officer = group(doc, [_m("PC 1978 Fraser", "PERSON", source=text)], None)[0]
    assert "1978 Fraser" not in officer.forms


def test_a_registered_persons_initials_written_alone_are_theirs() -> None:
    """As a detected person's are ("DC PL" for DC Priya Lal), where the register lists no initials."""
    text = "Mr Pryce told DC Priya Lal on 3 May. DC Lal said she would act. DC PL recorded it."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [{"name": "Priya Lal", "type": "PERSON", "pseudonym": "the police officer",
                                            "variants": ["DC Priya Lal", "DC Lal"]}]})
    entities = group(doc, [], reg)
    officer = next(e for e in entities if e.name == "Priya Lal")
    assert "PL" in officer.forms and "PL" in [m.text for m in officer.mentions]


def test_register_name_inside_a_detected_address_keeps_its_pseudonym() -> None:
    text = "They lived at 27 Larkspur Close, Westbridge WF10 9XJ until 2019."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [{"name": "27 Larkspur Close", "type": "LOCATION",
                                            "pseudonym": "the family home"}]})
    entities = group(doc, [_m("27 Larkspur Close, Westbridge WF10 9XJ", "UK_ADDRESS", source=text)], reg)
    texts = {"txt": text}
    plan = build_plan(entities, suggest(entities, reg, texts), texts)
    from redactor.render_pdf import apply_text

    assert apply_text(text, plan.by_segment["txt"]) == "They lived at the family home, [redacted] until 2019."



def test_a_registered_persons_name_inside_an_address_is_the_street_not_the_person() -> None:
    """A street named like a registered person ("Victoria Mews" where the social worker is "Victoria")
    is part of the address: the address is redacted whole, not given the person's pseudonym (a place
    the register names inside an address keeps its own, see above)."""
    text = "The father gave his address as Flat 7, 92 Victoria Mews, Banbury OX11 2ZY. Victoria visited."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [{"name": "Victoria Al-Amin", "type": "PERSON",
                                            "pseudonym": "Social worker 1", "variants": ["Victoria"]}]})
    entities = group(doc, [_m("Flat 7, 92 Victoria Mews, Banbury OX11 2ZY", "UK_ADDRESS", source=text)], reg)
    texts = {"txt": text}
    plan = build_plan(entities, suggest(entities, reg, texts), texts)
    from redactor.render_pdf import apply_text

    redacted = apply_text(text, plan.by_segment["txt"])
    assert redacted == "The father gave his address as [redacted]. Social worker 1 visited."


def test_short_form_of_a_first_name_joins_the_person() -> None:
    text = "Thomas Brown was placed in May. Tom said he liked the school. Tommy's sister visited."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Thomas Brown", "PERSON", source=text), _m("Tom", "PERSON", source=text),
                           _m("Tommy", "PERSON", source=text)], None)
    assert len(entities) == 1
    assert sorted(m.text for m in entities[0].mentions) == ["Thomas Brown", "Tom", "Tommy"]


def test_a_date_of_birth_is_redacted_wherever_it_is_also_read_as_a_date() -> None:
    text = "Name\tDate of birth\nAnn\t07/03/2011\nLater, on 07/03/2011, the file was opened."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    first = text.index("07/03/2011")
    second = text.index("07/03/2011", first + 1)
    day1 = Mention("txt", first, first + 10, "07/03/2011", "DATE_DAY", 0.6, "DayDateRecognizer")
    day2 = Mention("txt", second, second + 10, "07/03/2011", "DATE_DAY", 0.6, "DayDateRecognizer")
    dob = Mention("txt", first, first + 10, "07/03/2011", "DATE_OF_BIRTH", 0.7, "TableColumnRecognizer")
    entities = group(doc, [day1, day2, dob], None)
    assert [e.kind for e in entities] == ["date_of_birth"]
    texts = {"txt": text}
    plan = build_plan(entities, suggest(entities, None, texts), texts)
    from redactor.render_pdf import apply_text

    out = apply_text(text, plan.by_segment["txt"])
    assert "2011" not in out and out.count("[redacted]") == 2


def test_guessed_organisation_around_a_registered_person_is_replaced_in_both_parts() -> None:
    text = "Okonjo and Sam Partners was noted."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [{"name": "Sam Bello", "type": "PERSON", "pseudonym": "Child B",
                                            "variants": ["Sam"]}]})
    entities = group(doc, [_m("Okonjo and Sam Partners", "ORGANISATION", "SpacyRecognizer", source=text)], reg)
    texts = {"txt": text}
    plan = build_plan(entities, suggest(entities, reg, texts), texts)
    from redactor.render_pdf import apply_text

    out = apply_text(text, plan.by_segment["txt"])
    assert "Child B" in out and "Okonjo" not in out


def test_labels_the_draft_already_uses_are_kept_and_never_handed_out() -> None:
    text = ("Child K's mother lives in LA2. Kirsty Okafor moved from Westbridge Council to Eastvale Council. "
            "Child K saw Adult A.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    keep = default_keep_phrases(doc, [])
    mentions = [_m("Child K's mother", "PERSON", "SpacyRecognizer", source=text),
                _m("Kirsty Okafor", "PERSON", source=text), _m("Westbridge Council", "ORGANISATION", source=text),
                _m("Eastvale Council", "ORGANISATION", source=text)]
    entities = group(doc, mentions, None, keep)
    texts = {"txt": text}
    decisions = suggest(entities, None, texts)
    plan = build_plan(entities, decisions, texts)
    from redactor.render_pdf import apply_text

    out = apply_text(text, plan.by_segment["txt"])
    assert out.startswith("Child K's mother lives in LA2.") and "Child K saw Adult A." in out
    replacements = {e.name: decisions[e.id].replacement for e in entities}
    assert (replacements["Westbridge Council"], replacements["Eastvale Council"]) == ("LA1", "LA3")  # LA2 is taken
    assert replacements["Kirsty Okafor"] not in ("Adult A", "Child K")


def test_a_title_split_from_its_name_by_a_page_break_is_no_form_of_its_own() -> None:
    """'Dr' | page break | 'Bitner': the part 'Dr' is replaced where it stands, but verification looks for
    the whole name, never for every 'Dr' of the draft (another doctor's title is no leak)."""
    part = Mention("page:44", 1572, 1574, "Dr", "PERSON", 0.85, "PersonNameRecognizer", joined="Dr Bitner")
    rest = Mention("page:45", 0, 6, "Bitner", "PERSON", 0.85, "PersonNameRecognizer", joined="Dr Bitner")
    first = Mention("page:44", 1200, 1207, "Blanka", "PERSON", 0.85, "PersonNameRecognizer", joined="Blanka Bitner")
    gp = Entity("R1", "Blanka Bitner", "PERSON", "person", ["Blanka Bitner", "Bitner"], "register", None,
                [part, rest, first], {"register"}, {"PERSON"})
    forms = Plan([gp], {"R1": Decision("R1", "replace", "GP 1", "register")}).replaced_forms()
    assert "Dr" not in forms
    assert {"Dr Bitner", "Bitner", "Blanka", "Blanka Bitner"} <= set(forms)


def test_a_first_name_that_is_a_month_split_from_its_surname_is_no_form_of_its_own() -> None:
    """'June' | page break | 'Okonedo-Bray': the part 'June' is replaced where it stands, but verification
    looks for the whole name, never for every 'June 2018' of the draft."""
    part = Mention("page:2", 1606, 1610, "June", "PERSON", 0.7, "PersonNameRecognizer", joined="June Okonedo-Bray")
    rest = Mention("page:3", 0, 11, "Okonedo-Bray", "PERSON", 0.7, "PersonNameRecognizer",
                   joined="June Okonedo-Bray")
    worker = Entity("E1", "June Okonedo-Bray", "PERSON", "person", ["June Okonedo-Bray", "Okonedo-Bray"], "detected",
                    None, [part, rest], {"PersonNameRecognizer"}, {"PERSON"})
    forms = Plan([worker], {"E1": Decision("E1", "replace", "Social worker 1", "accepted_suggestion")}).replaced_forms()
    assert "June" not in forms
    assert {"June Okonedo-Bray", "Okonedo-Bray"} <= set(forms)


@pytest.mark.parametrize("whole, first, rest", [
    ("Northfield City Council", "Northfield City", "Council"),
    ("Eastvale Metropolitan Borough Council", "Eastvale", "Metropolitan Borough Council"),
    ("St Aldric's Primary School", "St Aldric's", "Primary School"),
])
def test_an_organisations_head_word_split_from_its_name_by_a_page_break_is_no_form_of_its_own(
        whole: str, first: str, rest: str) -> None:
    """'Northfield City' | page break | 'Council': the part 'Council' is removed where it stands, but
    verification looks for the whole name, never for every other council of the draft."""
    one = Mention("page:5", 4000, 4000 + len(first), first, "ORGANIZATION", 0.85, "UkOrganisationRecognizer",
                  joined=whole)
    two = Mention("page:6", 0, len(rest), rest, "ORGANIZATION", 0.85, "UkOrganisationRecognizer", joined=whole)
    org = Entity("E1", whole, "ORGANISATION", "organisation", [whole], "detected", None, [one, two],
                 {"UkOrganisationRecognizer"}, {"ORGANIZATION"})
    forms = Plan([org], {"E1": Decision("E1", "replace", "LA1", "accepted_suggestion")}).replaced_forms()
    assert rest not in forms
    assert {whole, first} <= set(forms)


def test_a_name_that_is_a_month_is_not_linked_where_it_is_a_dates_month() -> None:
    """'Tom May' gives the form 'May', 'April Jones' the form 'April': written as a date's month (a day
    before, a year after) the word is the month, and the date stands."""
    text = ("In April 2019, April Jones moved. On 3 April April was seen. The panel met on 16th May 2015, "
            "and Tom May met Ms May.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [
        {"name": "April Jones", "type": "PERSON", "pseudonym": "Child A"},
        {"name": "Tom May", "type": "PERSON", "pseudonym": "Sibling 1"}]})
    entities = group(doc, [], reg)
    found = {e.name: sorted((m.start, m.text) for m in e.mentions) for e in entities}
    assert found["April Jones"] == [(15, "April Jones"), (text.index("April was"), "April")]
    assert [t for _, t in found["Tom May"]] == ["Tom May", "Ms May"]


@pytest.mark.parametrize("text, spaced", [
    # a name written with its letters spaced out, as a title page's tracking extracts ("T I N A  M A R S H")
    ("SERIOUS CASE REVIEW: T I N A  M A R S H\nTina Marsh was born in 2008.", "T I N A  M A R S H"),
    ("The cover read M A R S H in large letters. Tina Marsh was born in 2008.", "M A R S H"),
    ("t i n a   m a r s h\nTina Marsh was born in 2008.", "t i n a   m a r s h"),
])
def test_a_name_with_its_letters_spaced_out_is_linked(text: str, spaced: str) -> None:
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [{"name": "Tina Marsh", "type": "PERSON", "pseudonym": "Child A"}]})
    (person,) = group(doc, [], reg)
    assert spaced in [m.text for m in person.mentions]


def test_letters_spaced_out_that_spell_no_form_are_left() -> None:
    text = "S E R I O U S  C A S E  R E V I E W\nTina Marsh was born in 2008. A N D then."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [{"name": "Tina Marsh", "type": "PERSON", "pseudonym": "Child A"}]})
    (person,) = group(doc, [], reg)
    assert [m.text for m in person.mentions] == ["Tina Marsh"]


@pytest.mark.parametrize(("extra", "hospital"), [
    ("", "keep"),  # names nobody in full: the board named the hospital, as it names its councils
    (" Dorota Quillfeather was seen there.", "replace"),  # a full name: real names are still present
])
def test_an_anonymised_review_keeps_the_hospitals_it_names_but_not_its_schools(extra: str, hospital: str) -> None:
    text = ("Child Y was admitted to Kings College Hospital in May 2017 and later attended Larkspur Primary "
            f"School.{extra}")
    names = [("Kings College Hospital", "ORGANISATION"), ("Larkspur Primary School", "ORGANISATION")]
    if extra:
        names.append(("Dorota Quillfeather", "PERSON"))
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m(name, kind, "UkOrganisationRecognizer", source=text) for name, kind in names], None)
    decisions = suggest(entities, None, {"txt": text})
    actions = {e.name: decisions[e.id].action for e in entities if e.type == "ORGANISATION"}
    assert actions == {"Kings College Hospital": hospital, "Larkspur Primary School": "replace"}


@pytest.mark.parametrize("text, linked", [
    ("Kenneth West's manager called West Mercia Police.", ["Kenneth West"]),  # a force's public name
    ("Reviews in the North West agreed, and Mr West said so.", ["Mr West"]),  # a region's public name
    ("Kenneth joined West Mercia Police.", ["Kenneth"]),
    ("Similar findings were reported in the North West.", []),  # keep phrases 'the North' and 'North West' overlap
    ("West said he would call West Mercia Police.", ["West"]),  # the surname alone still names him
    ("Kenneth West (West Mercia Police) met Kenneth.", ["Kenneth West", "Kenneth"]),
])
def test_a_registered_persons_derived_name_forms_stand_aside_inside_a_keep_phrase(text: str, linked: list[str]) -> None:
    """'Kenneth West' gives the forms 'West' and 'Kenneth', which the reviewer never typed: inside a keep
    phrase ('West Mercia Police', 'the North West') the word is part of a public name and names no one."""
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [{"name": "Kenneth West", "type": "PERSON", "pseudonym": "Social worker 3"}]})
    entities = group(doc, [], reg, ["West Mercia Police", "the North", "North West"])
    assert sorted(m.text for m in entities[0].mentions) == sorted(linked)


def test_a_form_the_reviewer_typed_is_replaced_inside_a_keep_phrase_too() -> None:
    """The reviewer's own variant is their decision: it is replaced wherever it is written."""
    text = "West called West Mercia Police."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [
        {"name": "Kenneth West", "type": "PERSON", "pseudonym": "Social worker 3", "variants": ["West"]}]})
    entities = group(doc, [], reg, ["West Mercia Police"])
    assert [m.start for m in entities[0].mentions] == [0, 12]



def test_a_detected_names_occurrence_partly_inside_a_keep_phrase_is_replaced() -> None:
    """Verification keeps a form only where a keep phrase holds all of it; an occurrence a keep phrase holds
    only part of ("Hope Brennan" in "Brennan Review Guidance", "hope" an ordinary word here) would be a
    survivor, and the export refused."""
    text = "Hope Brennan met the worker. We hope the Hope Brennan Review Guidance applies."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Hope Brennan", "PERSON", "PersonNameRecognizer", source=text)], None,
                     ["Brennan Review Guidance"])
    assert [m.start for m in entities[0].mentions] == [0, text.rindex("Hope Brennan")]


@pytest.mark.parametrize("guess, keep, organisations", [
    # a known person's name run into a public force's name: the name is the person's, the force stands
    ("Yawer Ubay of Wiltshire Police", ["Wiltshire Police"], []),
    ("Yawer Ubay, Wiltshire Police", ["Wiltshire Police"], []),
    # the force is no keep phrase here: what is left still identifies, so the guess stays
    ("Yawer Ubay of Eastvale Police", [], ["Yawer Ubay of Eastvale Police"]),
])
def test_a_guess_joining_a_known_person_to_a_keep_phrase_adds_no_organisation(
        guess: str, keep: list[str], organisations: list[str]) -> None:
    text = f"Leo was found by Yawer Ubay (YU) in a car. In April 2021, {guess} completed an assessment."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    mentions = [_m("Yawer Ubay", "PERSON", "PersonNameRecognizer", source=text),
                _m(guess, "ORGANISATION", "SpacyRecognizer", source=text)]
    entities = group(doc, mentions, None, keep)
    assert [e.name for e in entities if e.type == "ORGANISATION"] == organisations
    person = next(e for e in entities if e.type == "PERSON")
    assert text.index(guess) in [m.start for m in person.mentions]


@pytest.mark.parametrize("guess, keep, organisations", [
    # a registered person's name run into a keep phrase: the register's name, and the force's name stands
    ("Pearl of Leicestershire Police", ["Leicestershire Police"], []),
    # no keep phrase: what is left identifies, so the guess stays
    ("Pearl of Eastvale Police", [], ["Pearl of Eastvale Police"]),
])
def test_a_guess_joining_a_register_name_to_a_keep_phrase_adds_no_organisation(
        guess: str, keep: list[str], organisations: list[str]) -> None:
    text = f"In December 2016, {guess} completed a risk assessment."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [
        {"name": "Pearl Rowe", "type": "PERSON", "pseudonym": "the police officer", "variants": ["Pearl"]}]})
    entities = group(doc, [_m(guess, "ORGANISATION", "SpacyRecognizer", source=text)], reg, keep)
    assert [e.name for e in entities if e.source == "detected"] == organisations
    assert [m.text for m in entities[0].mentions] == ["Pearl"]


@pytest.mark.parametrize("found, people", [
    ("Mr", []),  # a finding cut back to its title (the surname was on the next page, past the footer)
    ("Dr.", []),
    ("Mr Street", ["Mr Street"]),
])
def test_a_title_alone_is_no_person(found: str, people: list[str]) -> None:
    text = f"a domestic argument between the mother and {found}\nKent Safeguarding Board   Page 15 of 22"
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m(found, "PERSON", "PersonNameRecognizer", source=text)], None)
    assert [e.name for e in entities] == people


def test_a_person_written_with_an_adults_title_is_an_adult_whatever_the_words_around_the_first_mention() -> None:
    text = "Child R was born in 2019 to Kayleigh Dunmore, a baby girl. Mrs Dunmore's brother took Child R to school."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Kayleigh Dunmore", "PERSON", source=text), _m("Mrs Dunmore", "PERSON", source=text)],
                     None)
    assert [(e.name, e.kind) for e in entities] == [("Kayleigh Dunmore", "adult")]


def test_a_birthday_without_its_year_is_not_matched_inside_a_dated_day() -> None:
    text = "Child Q (DOB 14 March) lived at home. On 14 March 2019 she was seen."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("14 March", "DATE_OF_BIRTH", source=text),
                           _m("14 March 2019", "DATE_DAY", source=text)], None)
    texts = {"txt": text}
    plan = build_plan(entities, suggest(entities, None, texts), texts)
    from redactor.render_pdf import apply_text

    assert apply_text(text, plan.by_segment["txt"]) == \
        "Child Q (DOB [redacted]) lived at home. On March 2019 she was seen."


def test_a_dates_day_and_month_in_a_list_of_days_is_that_date_the_next_days_number_is_no_year() -> None:
    """ "(2 March, 9 April, 12 September)": the "12" after "9 April," opens the next day, it is no year."""
    text = "On 9 April 2023 police attended. On 3 occasions (2 March, 9 April, 12 September) a child interpreted."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("9 April 2023", "DATE_DAY", source=text)], None)
    assert [m.text for m in entities[0].mentions] == ["9 April 2023", "9 April"]


def test_a_family_surname_after_a_title_or_an_initial_goes_to_the_register_person_it_fits(tmp_path: Path) -> None:
    """Mother and son share "Walsh": "Ms Walsh" is the mother (an adult, a woman's title), "K. Walsh" is Kerry."""
    from redactor.pipeline import analyse
    (tmp_path / "register.yaml").write_text(
        "entities:\n"
        "  - {name: Jayden Walsh, type: PERSON, pseudonym: Child A, variants: [Jayden]}\n"
        "  - {name: Kerry Walsh, type: PERSON, pseudonym: his mother, variants: [Kerry]}\n"
        "  - {name: Dean Walsh, type: PERSON, pseudonym: Father, variants: [Dean]}\n", encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("Jayden Walsh lived with Kerry Walsh and Dean Walsh.\n\nMs Walsh said she was coping. "
                     "K. Walsh signed it. Mr Walsh was away. J. Walsh was seen at school.\n", encoding="utf-8")
    a = analyse(draft, tmp_path / "register.yaml")
    owner = {m.text: e.entry.pseudonym for e in a.entities if e.entry is not None for m in e.mentions}
    assert owner["Ms Walsh"] == "his mother" and owner["K. Walsh"] == "his mother"
    assert owner["Mr Walsh"] == "Father" and owner["J. Walsh"] == "Child A"


def test_a_childs_initial_and_surname_stay_the_childs_where_one_adult_shares_the_surname(tmp_path: Path) -> None:
    from redactor.pipeline import analyse
    (tmp_path / "register.yaml").write_text(
        "entities:\n"
        "  - {name: Jayden Walsh, type: PERSON, pseudonym: Child A, variants: [Jayden]}\n"
        "  - {name: Kerry Walsh, type: PERSON, pseudonym: Adult A, variants: [Kerry]}\n", encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("Jayden Walsh lived with Kerry Walsh.\n\nJ. Walsh was seen at school. Mrs Walsh said so.\n",
                     encoding="utf-8")
    a = analyse(draft, tmp_path / "register.yaml")
    owner = {m.text: e.entry.pseudonym for e in a.entities if e.entry is not None for m in e.mentions}
    assert owner["J. Walsh"] == "Child A" and owner["Mrs Walsh"] == "Adult A"


@pytest.mark.parametrize("pseudonym, text, kept", [
    ("Child BW", "Hannah Friend was born in May. BW was born locally. Other family members involved in BW’s life "
                 "included BW’s Father.", "BW"),
    ("Baby JW", "Oliver Hart was born early. JW’s mother took JW home. The nurse saw JW again.", "JW"),
])
def test_a_register_labels_letters_written_alone_are_that_label_not_initials_to_replace(
        tmp_path: Path, pseudonym: str, text: str, kept: str) -> None:
    """The register calls the child "Child BW"; the draft already writes "BW" alone: that is the published label."""
    from redactor.pipeline import analyse
    name = text.split(" was")[0]
    (tmp_path / "register.yaml").write_text(
        f"entities:\n  - {{name: {name}, type: PERSON, pseudonym: {pseudonym}}}\n", encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text(text + "\n", encoding="utf-8")
    a = analyse(draft, tmp_path / "register.yaml")
    assert not [m for e in a.entities for m in e.mentions if m.text == kept]
    assert [m.text for e in a.entities if e.entry is not None for m in e.mentions] == [name]


def test_a_register_labels_letters_that_are_also_a_registered_form_stay_that_persons_form(tmp_path: Path) -> None:
    """A register that lists the letters as a person's own form ("BW" of Bella White) keeps them replaced."""
    from redactor.pipeline import analyse
    (tmp_path / "register.yaml").write_text(
        "entities:\n  - {name: Bella White, type: PERSON, pseudonym: Child BW, variants: [BW]}\n", encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("Bella White was born in May. BW was born locally.\n", encoding="utf-8")
    a = analyse(draft, tmp_path / "register.yaml")
    assert sorted(m.text for e in a.entities if e.entry is not None for m in e.mentions) == ["BW", "Bella White"]


def test_an_armed_forces_units_short_form_defined_in_brackets_is_the_same_unit_wherever_written() -> None:
    from recognizers.military_unit import find_units
    text = ("Corporal Kearney of the 2nd Battalion, The Wessex Rifles (2 WR), had been deployed. "
            "The family moved to Tidworth when 2 WR relocated.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    mentions = [Mention("txt", s.start, s.end, text[s.start:s.end], "ORGANISATION", s.score, "MilitaryUnitRecognizer")
                for s in find_units(text)]
    [unit] = group(doc, mentions, None)
    assert unit.name == "2nd Battalion, The Wessex Rifles"
    assert [m.text for m in unit.mentions] == ["2nd Battalion, The Wessex Rifles", "2 WR", "2 WR"]


@pytest.mark.parametrize("titled", ["Flt Lt Qureshi", "Squadron Leader Qureshi", "Cpl Qureshi", "Major Qureshi"])
def test_a_surname_after_an_armed_forces_rank_is_the_named_persons(titled: str) -> None:
    text = f"Ayesha Qureshi (station) asked SSAFA to help. {titled} acted quickly."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    mentions = [_m("Ayesha Qureshi", "PERSON", "PersonNameRecognizer", source=text),
                _m(titled, "PERSON", "PersonNameRecognizer", source=text)]
    [person] = [e for e in group(doc, mentions, None) if e.type == "PERSON"]
    assert [m.text for m in person.mentions] == ["Ayesha Qureshi", titled]


def test_an_armed_forces_unit_holding_a_public_word_is_still_one_unit() -> None:
    from recognizers.military_unit import find_units
    text = ("Corporal Gurung of the 3rd Battalion, The Gurkha Rangers (3 GR), was deployed. "
            "The Gurkha Welfare Trust helped.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    mentions = [Mention("txt", s.start, s.end, text[s.start:s.end], "ORGANISATION", s.score, "MilitaryUnitRecognizer")
                for s in find_units(text)]
    [unit] = group(doc, mentions, None, ["Gurkha", "Gurkha Welfare Trust"])
    assert [m.text for m in unit.mentions] == ["3rd Battalion, The Gurkha Rangers", "3 GR"]


@pytest.mark.parametrize("written", ["Mrs M-S", "Ms M-S", "H. M-S", "H M-S"])
def test_a_hyphenated_surnames_letters_after_a_title_or_an_initial_are_the_persons(written: str) -> None:
    """Records shorten "Mrs Montague-Sinclair" to "Mrs M-S", and "Harriet Montague-Sinclair" to "H. M-S"."""
    text = f"Harriet Montague-Sinclair was the mother. DSL phones {written}, who says she is unwell. The M-S form."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    person = group(doc, [_m("Harriet Montague-Sinclair", "PERSON", "PersonNameRecognizer", source=text)], None)[0]
    assert written in [m.text for m in person.mentions]
    assert [m.text for m in person.mentions].count("M-S") == 0  # the letters alone are no one's


def test_a_keep_phrase_a_found_name_runs_out_of_protects_nothing() -> None:
    """A keep phrase ("Sylhet Star") that a name the rules found starts inside and runs out of ("Star Travels") is
    broken by its replacement: it holds its other words no longer, or they would stand as survivors."""
    text = "They flew to Sylhet in July, booked through Sylhet Star Travels on Union Street."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    found = [_m("Sylhet", "LOCATION", "UkPlaceRecognizer", source=text),
             Mention("txt", text.index("Star"), text.index("Star") + len("Star Travels"), "Star Travels", "PERSON",
                     0.4, "PersonNameRecognizer")]
    place = next(e for e in group(doc, found, None, ["Sylhet Star"]) if e.name == "Sylhet")
    assert [m.start for m in place.mentions] == [text.index("Sylhet"), text.rindex("Sylhet")]


def test_initials_a_name_gives_whole_win_over_another_names_first_and_last_parts() -> None:
    """"JB" is Joanne Birtles's initials; Jacinta Villiers-Brook's only by her first and last parts: Joanne's."""
    text = ("Mrs Jacinta Villiers-Brook was the mother. The health visitor, Joanne Birtles, visited. "
            'Her note reads: "Not asked re DV - maternity nurse present throughout. JB"')
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    found = [_m("Mrs Jacinta Villiers-Brook", "PERSON", "PersonNameRecognizer", source=text),
             _m("Joanne Birtles", "PERSON", "PersonNameRecognizer", source=text)]
    visitor = next(e for e in group(doc, found, None) if e.name == "Joanne Birtles")
    assert "JB" in [m.text for m in visitor.mentions]


def test_a_council_and_its_area_share_one_label() -> None:
    # "Leeds City Council … when they lived in Leeds": one area, as a published review writes it (LA1 … LA1)
    text = ("Leeds City Council assessed Kirsty Okafor in 2019 when she lived in Leeds. Isle of Wight Council held the "
            "case; she left the Isle of Wight for Bradford in 2023.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    mentions = [_m(n, e, source=text) for n, e in (("Leeds City Council", "ORGANISATION"), ("Leeds", "LOCATION"),
                                                   ("Isle of Wight Council", "ORGANISATION"),
                                                   ("Isle of Wight", "LOCATION"), ("Bradford", "LOCATION"),
                                                   ("Kirsty Okafor", "PERSON"))]
    for i, anchor in ((1, "Leeds."), (3, "Isle of Wight for")):
        at = text.index(anchor)  # the area alone, not inside its council's name
        name = mentions[i].text
        mentions[i] = Mention("txt", at, at + len(name), name, "LOCATION", 0.9, "X")
    entities = group(doc, mentions, None, [])
    decisions = suggest(entities, None, {"txt": text})
    label = {e.name: decisions[e.id].replacement for e in entities}
    assert label["Leeds"] == label["Leeds City Council"]
    assert label["Isle of Wight"] == label["Isle of Wight Council"]
    assert len({label["Leeds"], label["Isle of Wight"], label["Bradford"]}) == 3


@pytest.mark.parametrize("first, second", [("LAM Wing Hong", "LAM, Wing Hong"), ("LAM, Wing Hong", "LAM Wing Hong")])
def test_a_record_name_surname_first_with_and_without_its_comma_is_one_person(first: str, second: str) -> None:
    text = f"Father \u2013 {first}, aged 41.\n\nThe police record read {second} (DOB 02/03/1983)."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    mentions = [_m(first, "PERSON", "PersonNameRecognizer", source=text),
                _m(second, "PERSON", "PersonNameRecognizer", source=text)]
    people = [e for e in group(doc, mentions, None) if e.type == "PERSON"]
    assert len(people) == 1, [p.name for p in people]


@pytest.mark.parametrize("title", ["Sister", "Nurse", "Rabbi", "Lady"])
def test_a_nursing_clergy_or_honorary_title_is_no_first_name(title: str) -> None:
    """"Sister Grace Adebayo-Smith": the title is not her first name, so "Grace" is a form and "Sister" is not."""
    text = (f"{title} Grace Adebayo-Smith told the event that staff were kind. 'G. Adebayo-Smith, {title}' "
            f"signed the note. Her {title.lower()} said it was kind, especially Grace.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    mentions = [_m(f"{title} Grace Adebayo-Smith", "PERSON", "PersonNameRecognizer", source=text)]
    person = next(e for e in group(doc, mentions, None) if "Adebayo-Smith" in e.name)
    assert "Grace" in person.forms
    assert title not in [m.text for m in person.mentions]


def test_a_title_and_a_surnames_first_letter_is_the_one_person_so_titled() -> None:
    """"Mrs W" is Mrs Whitfield where no one else the draft titles "Mrs" has a surname in W; "Mr C" is left where
    two people could be meant."""
    text = ("Mrs Whitfield was found on the floor. Mr Clarke and Mr Cole visited. Later Mrs W said she was cold; "
            "Mr C did not reply. W. H. Auden wrote poems.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    mentions = [_m(f, "PERSON", "PersonNameRecognizer", source=text) for f in ("Mrs Whitfield", "Mr Clarke", "Mr Cole")]
    entities = {e.name: e for e in group(doc, mentions, None)}
    assert "Mrs W" in [m.text for m in entities["Mrs Whitfield"].mentions]
    assert not any("Mr C" in [m.text for m in e.mentions] for e in entities.values())


def test_a_title_and_a_letter_stays_a_label_where_the_draft_labels_people_so() -> None:
    """A draft that labels people by a title and a letter ("Mr A", "Mrs B", whom it never names) has "Mr A" as a
    label too, though it names a Mr Andrews."""
    text = "Mr A is the father and Mrs B the mother. Mr Andrews, the head, met Mr A."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Mr Andrews", "PERSON", "PersonNameRecognizer", source=text)], None)
    assert not any("Mr A" in [m.text for m in e.mentions] for e in entities)



def test_an_organisations_kind_in_capitals_is_no_ones_initials() -> None:
    """"AFC" (a football club's kind) where a person could stand ("loved Sunderland AFC and her kids") is no one."""
    text = "Jodie was a proper mam, funny, loud, loved Sunderland AFC and her kids more than anything. AFC said so."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    assert not any(e.type == "PERSON" and e.name == "AFC" for e in group(doc, [], None))


def test_a_registered_persons_initials_stand_aside_inside_a_label_the_draft_uses() -> None:
    """The social worker Jade Whitfield's "JW" is hers alone ("JW visited"), not inside the baby's label "Baby JW"
    that the draft already uses: the engine made the initials from the name, the reviewer never typed them."""
    text = ("Reviewer's note: the agreed labels (Child R, Mother, Baby JW) are used. Baby JW was born in 2020. "
            "Ms Whitfield visited. JW recorded the visit.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    reg = Register.from_dict({"entities": [{"name": "Jade Whitfield", "type": "PERSON",
                                            "pseudonym": "the social worker", "variants": ["Ms Whitfield"]}]})
    entities = group(doc, [], reg, default_keep_phrases(doc, []))
    worker = next(e for e in entities if e.name == "Jade Whitfield")
    assert [text[m.start:m.end] for m in worker.mentions if m.text == "JW"] == ["JW"]
    assert all(text[m.start - 5:m.start] != "Baby " for m in worker.mentions)


def test_a_given_name_and_the_surnames_initial_is_the_one_person_of_that_name() -> None:
    """ "Hope B" in an e-mail's subject is Hope BAILEY of the family key, not a new person; a given name and an
    initial alone ("Nicky B") give no title with the letter ("Mr B" is a label's shape)."""
    text = "Hope BAILEY \u2013 subject, triplet 3\nSubject: Hope B \u2013 a bit worried\nSigned, Nicky B."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    mentions = [_m("Hope BAILEY", "PERSON", "PersonNameRecognizer", source=text),
                _m("Hope B ", "PERSON", "PersonNameRecognizer", source=text),
                _m("Nicky B", "PERSON", "PersonNameRecognizer", source=text)]
    mentions[1] = Mention("txt", mentions[1].start, mentions[1].end - 1, "Hope B", "PERSON", 0.9,
                          "PersonNameRecognizer")
    people = group(doc, mentions, None)
    hope = next(e for e in people if "Hope BAILEY" in e.forms)
    assert "Hope B" in [m.text for m in hope.mentions]
    nicky = next(e for e in people if "Nicky B" in e.forms)
    assert not any(f.endswith(" B") and f.split()[0] in ("Mr", "Mrs", "Ms") for f in nicky.forms)
