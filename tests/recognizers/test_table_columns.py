"""Column headers give table cells their context."""

from __future__ import annotations

import pytest

from recognizers import catalogue as cat
from recognizers.table_columns import cell_value, column_entity


@pytest.mark.parametrize("header, entity", [
    ("Date of birth", cat.DATE_OF_BIRTH),
    ("DOB", cat.DATE_OF_BIRTH),
    ("NHS number", cat.UK_NHS),
    ("LCS ID", cat.LA_CASE_ID),
    ("Mosaic number", cat.LA_CASE_ID),
    ("UPN", cat.UK_UPN),
    ("Contact / reference", cat.AGENCY_REFERENCE),
    ("Address", cat.UK_ADDRESS),
    ("Name", None),
    ("Role in review", None),
    ("GP", None),
    ("Agency", None),
    ("", None),
])
def test_column_entity(header: str, entity: str | None) -> None:
    assert column_entity(header) == entity


@pytest.mark.parametrize("entity, cell, span", [
    (cat.DATE_OF_BIRTH, "07/12/1998", (0, 10)),
    (cat.DATE_OF_BIRTH, " 7 December 1998 ", (1, 16)),
    (cat.DATE_OF_BIRTH, "–", None),
    (cat.DATE_OF_BIRTH, "not known", None),
    (cat.DATE_OF_BIRTH, "Child Z", None),
    (cat.LA_CASE_ID, "1202404", (0, 7)),
    (cat.LA_CASE_ID, "n/a", None),
    (cat.AGENCY_REFERENCE, "PNC 15/796409T; LCS 408131", (0, 26)),
    (cat.UK_ADDRESS, "No fixed abode", None),
])
def test_cell_value(entity: str, cell: str, span: tuple[int, int] | None) -> None:
    assert cell_value(entity, cell) == span
