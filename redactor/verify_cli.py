"""Stand-alone verification of a redacted file against a case register (``redactor verify``)."""

from __future__ import annotations

from pathlib import Path

from redactor.errors import InputError
from redactor.forms import normalise
from redactor.register import Register
from redactor.verify import Leak, find_leaks, output_texts


def register_forms(register: Register) -> dict[str, str]:
    """Every typed and derived form of every register entity (minus keep-list phrases)."""
    keep = {normalise(k).casefold() for k in register.keep}
    forms: dict[str, str] = {}
    for e in register.entries:
        for f in [*e.forms(), *e.derived_forms()]:
            if normalise(f).casefold() not in keep:
                forms.setdefault(f, e.name)
    return forms


def verify_against_register(output: Path, register_path: Path) -> list[Leak]:
    """Leaks of register forms and of structured identifiers in a redacted file.

    Raises:
        InputError: The file is missing or unreadable.
        RegisterError: The register is missing or malformed.
    """
    register = Register.load(register_path)
    if not output.exists():
        raise InputError(f"{output}: no such file")
    texts = list(output_texts(output))
    allowed = [e.pseudonym for e in register.entries] + register.keep
    leaks = find_leaks(texts, register_forms(register), allowed)
    from recognizers.rescan import structured_findings

    seen: set[tuple[str, str]] = set()
    for where, text in texts:
        for kind, found in structured_findings(text):
            if (where, found) not in seen:
                seen.add((where, found))
                leaks.append(Leak(where, found, kind, found))
    return leaks
