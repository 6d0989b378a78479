"""Stand-alone verification of a redacted file against a case register (``redactor verify``).

Unlike an export's own verification, this check does not know where the file's pseudonyms were
written, so it masks every occurrence of the register's pseudonyms (all of them, overlapping or
not: "The Police Force 4's" masks "Police Force 4" whole) and checks the rest.
"""

from __future__ import annotations

from pathlib import Path

from redactor.align import REPLACED
from redactor.errors import InputError
from redactor.forms import FormMatcher, normalise
from redactor.register import Register
from redactor.verify import Checker, Leak, read_plain


def register_forms(register: Register) -> dict[str, str]:
    """Every typed and derived form of every register entity (minus keep-list phrases)."""
    keep = {normalise(k).casefold() for k in register.keep}
    forms: dict[str, str] = {}
    for e in register.entries:
        for f in [*e.forms(), *e.derived_forms()]:
            if normalise(f).casefold() not in keep:
                forms.setdefault(f, e.name)
    return forms


def statement(output: Path, register: Register) -> str:
    """Exactly what ``verify_against_register`` checked, for its success line."""
    return (f"verified: no form of the {len(register.entries)} register entities outside their pseudonyms, "
            f"and no structured identifier the recognisers know, was found in {output}; "
            "names not in the register cannot be verified")


def verify_against_register(output: Path, register_path: Path) -> list[Leak]:
    """Leaks of register forms and of structured identifiers in a redacted file.

    Raises:
        InputError: The file is missing or unreadable.
        RegisterError: The register is missing or malformed.
    """
    register = Register.load(register_path)
    if not output.exists():
        raise InputError(f"{output}: no such file")
    places = read_plain(output)
    pseudonyms = FormMatcher((e.pseudonym, "pseudonym") for e in register.entries)
    for place in places:
        for hit in pseudonyms.finditer(place.text, overlapping=True):
            place.states[hit.start:hit.end] = bytes([REPLACED]) * (hit.end - hit.start)
    return Checker(register_forms(register), register.keep, rescan="all").leaks(places)
