"""Column headers give table cells their context."""

from __future__ import annotations

import pytest

from recognizers import catalogue as cat
from recognizers.table_columns import cell_value, column_entity, is_name_column, name_in_cell


@pytest.mark.parametrize("header, entity", [
    ("Date of birth", cat.DATE_OF_BIRTH),
    ("DOB", cat.DATE_OF_BIRTH),
    ("NHS number", cat.UK_NHS),
    ("LCS ID", cat.LA_CASE_ID),
    ("Mosaic number", cat.LA_CASE_ID),
    ("UPN", cat.UK_UPN),
    ("Contact / reference", cat.AGENCY_REFERENCE),
    ("Passport no.", cat.UK_PASSPORT),
    ("Driving licence", cat.UK_DRIVING_LICENCE),
    ("UTR", cat.UK_TAX_REFERENCE),
    ("CHI number", cat.UK_CHI),
    ("H&C number", cat.UK_HCN),
    ("PNC ID", cat.PNC_ID),
    ("Crime ref", cat.POLICE_REFERENCE),
    ("CRIS", cat.POLICE_REFERENCE),
    ("Exhibit", cat.POLICE_REFERENCE), ("Exhibit ref", cat.POLICE_REFERENCE),  # a police exhibit's label
    ("Claim number", cat.COURT_CASE_NUMBER),
    ("Mobile", cat.PHONE_NUMBER),
    ("SEDOL", cat.AGENCY_REFERENCE),
    ("Date", cat.DATE_DAY),
    ("Date of visit", cat.DATE_DAY),
    ("Date of birth / contact", cat.DATE_OF_BIRTH),
    ("Address", cat.UK_ADDRESS),
    ("Council tax account", cat.AGENCY_REFERENCE), ("Bank account", cat.AGENCY_REFERENCE),  # an account's number
    ("Sort code", cat.AGENCY_REFERENCE), ("IBAN", cat.AGENCY_REFERENCE),
    ("Vehicle", cat.UK_VEHICLE_REG), ("Car", cat.UK_VEHICLE_REG), ("Vehicle registration", cat.UK_VEHICLE_REG),
    ("VRM", cat.UK_VEHICLE_REG), ("Number plate", cat.UK_VEHICLE_REG),
    ("Number of accounts", None),
    ("Number of contacts", None),  # a count, not an identifier
    ("No. of referrals", None),
    ("Age at referral", None),
    ("Page ref", None),
    ("Name", None),
    ("Role in review", None),
    ("GP", None),
    ("Agency", None),
    ("", None),
    ("Education: UPN A123456789012", None),  # a value, not a label: a list item read as a table row
    ("Health: NHS number 943 476 5919", None),
    ("NHS no. (10 digits)", cat.UK_NHS),  # a short count in a label is still a label
    # a column of what a record says, not of its number
    ("Record / summary", None), ("Summary of record", None), ("Incident description", None),
    ("Event narrative", None),
])
def test_column_entity(header: str, entity: str | None) -> None:
    assert column_entity(header) == entity


@pytest.mark.parametrize("entity, cell, span", [
    (cat.DATE_OF_BIRTH, "03/04/1999", (0, 10)),
    (cat.DATE_OF_BIRTH, " 7 December 1998 ", (1, 16)),
    (cat.DATE_OF_BIRTH, "–", None),
    (cat.DATE_OF_BIRTH, "not known", None),
    (cat.DATE_OF_BIRTH, "Child Z", None),
    (cat.DATE_OF_BIRTH, "27.8.05", (0, 7)),  # the column is the cue: one-digit month, two-digit year
    (cat.DATE_OF_BIRTH, "date of birth 27.8.05", (14, 21)),  # the date inside a labelled cell
    # a birthday whose year a page break cut off (the row runs on over the break): still a birthday
    (cat.DATE_OF_BIRTH, "16th November", (0, 13)), (cat.DATE_OF_BIRTH, "3rd March ", (0, 9)),
    (cat.DATE_OF_BIRTH, "31st February", None), (cat.DATE_OF_BIRTH, "November", None),
    (cat.DATE_OF_BIRTH, "4.8.07 (aged 9)", (0, 6)),
    (cat.DATE_OF_BIRTH, "aged 9", None),
    (cat.DATE_DAY, "4.8.07", (0, 6)),
    (cat.DATE_DAY, "Visit on 14 March 2002", (9, 22)),
    (cat.DATE_DAY, "March 2002", None),  # not day-precise
    (cat.DATE_DAY, "2002", None),
    (cat.DATE_DAY, "4.2", None),
    (cat.DATE_DAY, "1.2.3", None),
    (cat.LA_CASE_ID, "5318820", (0, 7)),
    (cat.LA_CASE_ID, "n/a", None),
    (cat.AGENCY_REFERENCE, "PNC 12/345678A; LCS 771904", (4, 26)),  # the leading label stays
    (cat.UK_NHS, "NHS 999 123 4567", (4, 16)),
    (cat.UK_NINO, "QQ 123456 C", (0, 11)),  # two capitals before the digits: the value's own prefix
    (cat.UK_NINO, "QQ 12 34 56 C", (0, 13)),
    (cat.UK_NINO, "NI: QQ 123456 C", (4, 15)),  # a label marked as one stays
    (cat.AGENCY_REFERENCE, "ID 771904", (3, 9)),  # a word that labels columns labels the value too
    (cat.AGENCY_REFERENCE, "jo.bloggs@example.org, 01632 960718", (0, 35)),
    (cat.UK_ADDRESS, "No fixed abode", None),
    (cat.AGENCY_REFERENCE, "4", None),  # a row number in a "No." column
    (cat.AGENCY_REFERENCE, "(12)", None),
    # ... or a chronology's row label in a "Ref" column: a letter or two, then a short number
    (cat.AGENCY_REFERENCE, "C10", None), (cat.AGENCY_REFERENCE, "E16", None), (cat.AGENCY_REFERENCE, "R2", None),
    (cat.AGENCY_REFERENCE, "C1042", (0, 5)),
    (cat.LA_CASE_ID, "2016", None),  # a year
    (cat.AGENCY_REFERENCE, "3 years", None),
    (cat.UK_NHS, "NHS 12", None),
    # a vehicle column's plate, of any shape a country issues (letters and digits), and nothing else
    (cat.UK_VEHICLE_REG, "ZF55 CSC", (0, 8)), (cat.UK_VEHICLE_REG, "FU-158-XJ", (0, 9)),
    (cat.UK_VEHICLE_REG, "Blue Ford Focus", None), (cat.UK_VEHICLE_REG, "2014 Vauxhall Corsa", None),
    (cat.UK_VEHICLE_REG, "2", None),
    # an "Agency / ref" column's agency, as an anonymised draft labels it: no value of its own
    (cat.AGENCY_REFERENCE, "Police Force 1 / Health Trust 1", None), (cat.AGENCY_REFERENCE, "Police Force 1", None),
    (cat.AGENCY_REFERENCE, "Police Force 1, 44/19/2231", (0, 26)),
    # a cell of prose under an identifier's header is a record's text, not its number: the recognisers read it
    (cat.LA_CASE_ID, "Spontaneous preterm labour, Mia born at 31+5 weeks, 1.62 kg. Admitted to the neonatal unit.",
     None),
    (cat.POLICE_REFERENCE, "Domestic incident at 14 Cudworth View, verbal argument. Children present.", None),
    (cat.AGENCY_REFERENCE, "Ref 44/19/2231 (crime report)", (4, 29)),
])
def test_cell_value(entity: str, cell: str, span: tuple[int, int] | None) -> None:
    assert cell_value(entity, cell) == span


@pytest.mark.parametrize("header, names", [
    ("Name", True), ("Full name", True), ("Name of family member", True), ("Family member", True),
    ("Agency name", False), ("Name of agency", False), ("Role", False),
    # the practitioner a chronology's row names
    ("Practitioner", True), ("Professional", True), ("Completed by", True), ("Recorded by", True),
    ("Staff member", True), ("Attendees", True),
    ("Practitioner role", False), ("Agency", False), ("Professional involvement", False),
])
def test_name_columns(header: str, names: bool) -> None:
    assert is_name_column(header) == names


@pytest.mark.parametrize("cell, span", [
    ("Zuvelo Ekwuobi", (0, 14)),
    (" Gareth de Waalen ", (1, 17)),
    ("Łucja Żółkiewska-Nowak", (0, 22)),
    ("Sarah Mother", None),  # a relationship word ran into the cell
    ("Child K", None),  # already a pseudonym
    ("Zuvelo", None),  # one word: too little to say
    ("Kestrel Lodge", None),  # an organisation word
    ("Stone Hall", (0, 10)),  # a first name, then a surname that is also an organisation word
    ("Stone Hall Lodge", None),
    ("–", None), ("not known", None), ("Room 12", None),
    # surname first, as records write it
    ("ERG\u00dcL, H\u0131fzullah", (0, 16)), ("Niemira, Kinga", (0, 14)),
    # a role or an agency after the name, in brackets or after a comma; one word is enough before a role
    ("Ak\u0062a\u015f \u015eafak, Registrar", (0, 11)), ("M\u00fcrit \u015eama (SW)", (0, 10)),
    ("G\u00f6kperi (Housing Officer)", (0, 7)), ("Zuvelo (CSC)", (0, 6)),
    ("CSC, Police", None), ("Police (CSC)", None), ("Mother (Child K)", None), ("Health Visitor (HV)", None),
    ("Child K, Registrar", None), ("Kestrel Lodge (Housing)", None),
])
def test_name_in_cell(cell: str, span: tuple[int, int] | None) -> None:
    assert name_in_cell(cell) == span
