"""Cars named by make and model are public words."""

from __future__ import annotations

from pathlib import Path

import pytest

from recognizers.vehicle_models import vehicle_names


@pytest.mark.parametrize("text, names", [
    ("Jane drove a silver Vauxhall Corsa to the school.", ["Vauxhall Corsa"]),
    ("Tom Hill had a Ford Fiesta.", ["Ford Fiesta"]),
    ("his black BMW X5 (LV67 XKE) was seen", ["BMW X5"]),
    ("The car, a Land Rover Discovery, belonged to him.", ["Land Rover Discovery"]),
    ("She bought a Mercedes.", ["Mercedes"]),
])
def test_vehicle_names(text: str, names: list[str]) -> None:
    assert vehicle_names([text]) == names


@pytest.mark.parametrize("text", [
    "Mercedes Smith visited the family.",      # a first name, no article
    "Harrison Ford visited.", "The family lived in Vauxhall.",
    "Mr Ford said so.",
])
def test_no_vehicle(text: str) -> None:
    assert vehicle_names([text]) == []


@pytest.mark.model
def test_a_cars_make_and_model_are_kept_beside_a_named_driver(tmp_path: Path) -> None:
    from redactor.pipeline import analyse

    draft = tmp_path / "d.txt"
    draft.write_text("Jane Smith drove a silver Vauxhall Corsa. Tom Hill had a Ford Fiesta.\n", encoding="utf-8")
    names = {e.name for e in analyse(draft).entities}
    assert names == {"Jane Smith", "Tom Hill"}
