"""Display names and highlight colours for each kind of finding (presentation only)."""

from __future__ import annotations

from PySide6.QtGui import QColor

# Kinds the engine assigns (``redactor.register.Kind``), grouped the way a reviewer thinks of them.
KIND_LABELS: dict[str, str] = {
    "child": "Child",
    "adult": "Adult",
    "person": "Person",
    "local_authority": "Local authority",
    "police_force": "Police force",
    "school": "School",
    "hospital": "Hospital",
    "gp": "GP practice",
    "childrens_home": "Children's home",
    "organisation": "Organisation",
    "place": "Place",
    "address": "Address",
    "date_of_birth": "Date of birth",
    "date": "Date",
    "identifier": "Identifier",
    "manual": "Manual redaction",
}

GROUPS: dict[str, tuple[str, ...]] = {
    "People": ("child", "adult", "person"),
    "Organisations": ("local_authority", "police_force", "school", "hospital", "gp", "childrens_home", "organisation"),
    "Places and addresses": ("place", "address"),
    "Dates": ("date_of_birth", "date"),
    "Identifiers": ("identifier",),
}

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
_GROUP_COLOURS = {
    "People": "#E69F00",
    "Organisations": "#3B8FD9",
    "Places and addresses": "#009E73",
    "Dates": "#CC79A7",
    "Identifiers": "#D55E00",
}
KEEP_COLOUR = "#8A94A6"
MANUAL_COLOUR = "#111827"


def kind_label(kind: str) -> str:
    """``local_authority`` -> ``Local authority``."""
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def group_of(kind: str) -> str:
    """The group a kind belongs to (``Organisations`` for unknown kinds)."""
    return next((g for g, kinds in GROUPS.items() if kind in kinds), "Organisations")


def kind_colour(kind: str) -> QColor:
    """The highlight colour of a kind."""
    if kind == "manual":
        return QColor(MANUAL_COLOUR)
    return QColor(_GROUP_COLOURS[group_of(kind)])


def keep_colour() -> QColor:
    """The outline colour of findings the reviewer keeps."""
    return QColor(KEEP_COLOUR)
