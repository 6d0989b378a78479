"""What the pseudonym editor offers: the next free value of each published convention, then role texts."""

from __future__ import annotations

from collections.abc import Iterable

from redactor.register import REDACTED, PseudonymAllocator

# Families in the order the editor lists them, after the entity's own (kinds as the register names them).
_FAMILIES = ("child", "adult", "local_authority", "police_force", "school", "hospital", "gp", "childrens_home",
             "organisation", "place")
_ROLES = ("the mother", "the father", "the stepfather", "the sibling", "the social worker", "the health visitor",
          "the GP", "the school nurse", "the head teacher", "the police officer", "the personal adviser",
          "the family home")


def pseudonym_choices(kind: str, taken: Iterable[str]) -> list[str]:
    """Suggestions for an entity of ``kind``: its family's next free value first, then the others, then roles.

    Formats come from the register (``redactor.register.PSEUDONYM_FORMATS``); values already used
    in the case are skipped.
    """
    taken = list(taken)
    allocator = PseudonymAllocator(taken)
    order = [kind] if kind in _FAMILIES else []
    if kind in ("child", "adult", "person"):
        order.append("young_person")
    order += [k for k in _FAMILIES if k not in order]
    out = []
    for family in order:
        if family == "young_person":
            out.append(_young_person(taken))
        else:
            out.append(allocator.allocate(family))
    return [*out, *_ROLES, REDACTED]


def _young_person(taken: Iterable[str]) -> str:
    used = {t.casefold() for t in taken}
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        candidate = f"Young Person {letter}"
        if candidate.casefold() not in used:
            return candidate
    return "Young Person"
