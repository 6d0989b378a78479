"""The case register: YAML round trip, validation, derived forms, pseudonym allocation."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.errors import RegisterError
from redactor.register import PseudonymAllocator, Register, RegisterEntry

YAML = """\
entities:
  - name: Chloe Hartley
    type: PERSON
    pseudonym: Child Q
    variants: [Chloe, Miss Hartley]
    note: subject child
keep: [Jane Carwardine, Dudley]
board: Westbridge
"""


def test_round_trip_keeps_extra_fields(tmp_path: Path) -> None:
    src = tmp_path / "r.yaml"
    src.write_text(YAML, encoding="utf-8")
    reg = Register.load(src)
    assert reg.entries[0].forms() == ["Chloe Hartley", "Chloe", "Miss Hartley"]
    assert reg.keep == ["Jane Carwardine", "Dudley"]
    out = tmp_path / "out.yaml"
    reg.save(out)
    again = Register.load(out)
    assert again.to_dict() == reg.to_dict()
    assert again.entries[0].extra == {"note": "subject child"}
    assert again.extra == {"board": "Westbridge"}
    assert not list(tmp_path.glob("*.redactor-tmp*"))


@pytest.mark.parametrize("text, message", [
    ("entities: [{type: PERSON, pseudonym: X}]", "has no name"),
    ("entities: [{name: A, type: PEOPLE, pseudonym: X}]", "has type 'PEOPLE'"),
    ("entities: [{name: A, type: PERSON}]", "has no pseudonym"),
    ("entities: [{name: A, type: PERSON, pseudonym: X, variants: B}]", "variants must be a list"),
    ("keep: Dudley", "keep must be a list"),
    ("entities: [\n  - broken", "not valid YAML"),
    ("- just a list", "expected a mapping"),
    ("entities: [Chloe Hartley]", "entity 1 is not a mapping"),
])
def test_malformed_register(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "r.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(RegisterError, match=message):
        Register.load(p)


def test_missing_register(tmp_path: Path) -> None:
    with pytest.raises(RegisterError, match="no such file"):
        Register.load(tmp_path / "nope.yaml")


@pytest.mark.parametrize("name, expected", [
    ("Chloe Hartley", ["Hartley", "Mr Hartley", "Mrs Hartley", "Ms Hartley", "Mx Hartley", "Dr Hartley",
                       "C. Hartley", "C Hartley"]),
    ("Mr and Mrs Bhogal", []),
    ("the mother", []),
    ("Dr Jane Smith", ["Jane", "Smith", "Mr Smith", "Mrs Smith", "Ms Smith", "Miss Smith", "Mx Smith", "Dr Smith",
                       "Jane Smith", "J. Smith", "J Smith"]),  # a title does not stop the first name standing alone
])
def test_derived_forms(name: str, expected: list[str]) -> None:
    entry = RegisterEntry(name, "PERSON", "X", ["Chloe", "Miss Hartley"])
    assert entry.derived_forms() == expected


def test_derived_forms_only_for_people() -> None:
    assert RegisterEntry("Oak House", "ORGANISATION", "Home 1").derived_forms() == []


def test_allocator_counts_per_kind_and_skips_taken() -> None:
    alloc = PseudonymAllocator(["Child A", "LA1"])
    assert [alloc.allocate("child"), alloc.allocate("child")] == ["Child B", "Child C"]
    assert alloc.allocate("local_authority") == "LA2"
    assert alloc.allocate("police_force") == "Police Force 1"
    assert alloc.allocate("school") == "School 1"
    assert alloc.allocate("gp") == "GP Practice 1"
    assert alloc.allocate("identifier") == "[redacted]"
    assert alloc.allocate("address") == "[redacted]"
    assert alloc.allocate("date_of_birth") == "[redacted]"


def test_allocator_never_hands_out_a_label_holding_a_replaced_form() -> None:
    """'Adult AB' would read as the initials 'AB' of someone the draft abbreviates so: it is skipped."""
    alloc = PseudonymAllocator([], avoid=["AB", "Amara Bajaj", "Child"])
    labels = [alloc.allocate("adult") for _ in range(28)]
    assert "Adult AB" not in labels and labels[-2:] == ["Adult AA", "Adult AC"]
