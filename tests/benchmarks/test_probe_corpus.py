"""The probe drafts are written in the corpus layout the scorer reads: exact mentions, keep spans, a register."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.probe_corpus import PROBES, corpus_truth, register, spans_of_form, write

TEXT = "Kayla Okafor (DOB 03/02/2012) lived in Leeds. Kayla's school, Hollinsbrook Primary School, was told by NSPCC."
PROBE = {"entities": [
    {"type": "PERSON", "role": "subject child", "canonical": "Kayla Okafor", "variants": ["Kayla Okafor", "Kayla"],
     "pseudonym": "Child A"},
    {"type": "DATE", "role": "date of birth", "canonical": "03/02/2012", "variants": ["03/02/2012"],
     "pseudonym": "[redacted]"},
    {"type": "ORGANISATION", "role": "school", "canonical": "Hollinsbrook Primary School",
     "variants": ["Hollinsbrook Primary School", "Hollinsbrook"], "pseudonym": "School 1"}],
    "keep": ["NSPCC", "Kayla"]}


def test_mentions_are_every_form_longest_first_and_keep_never_overlaps_them() -> None:
    truth = corpus_truth(TEXT, PROBE, "probe-X01")
    assert [(m["text"], m["entity_id"]) for m in truth["mentions"]] == [
        ("Kayla Okafor", "E1"), ("03/02/2012", "E2"), ("Kayla", "E1"), ("Hollinsbrook Primary School", "E3")]
    assert all(TEXT[m["start"]:m["end"]] == m["text"] for m in truth["mentions"])
    assert [k["text"] for k in truth["keep"]] == ["NSPCC"]  # "Kayla" is a mention: no keep span there
    assert truth["published_text"].startswith("Child A (DOB [redacted]) lived in Leeds. Child A's school, School 1,")


def test_the_register_holds_the_pseudonymised_entities_only() -> None:
    reg = register(corpus_truth(TEXT, PROBE, "probe-X01"))
    assert [(e["name"], e["variants"]) for e in reg["entities"]] == [
        ("Kayla Okafor", ["Kayla"]), ("Hollinsbrook Primary School", ["Hollinsbrook"])]


def test_every_shipped_probe_converts_with_each_form_in_its_text(tmp_path: Path) -> None:
    """Every form a writer gave occurs in the draft, and is inside a mention (its own, or a longer form's)."""
    probes = sorted(p for p in PROBES.iterdir() if (p / "truth.json").exists())
    assert len(probes) == 590
    for probe in probes:
        folder = write(probe, tmp_path, formats=())
        text = (folder / "draft.txt").read_text(encoding="utf-8")
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        spans = [(m["start"], m["end"]) for m in truth["mentions"]]
        for entity in truth["entities"]:
            for form in entity["variants"]:
                hits = spans_of_form(text, form)
                assert hits and all(any(a <= s and e <= b for a, b in spans) for s, e in hits), (probe.name, form)


@pytest.mark.parametrize("name", ["probe-A01", "probe-F05"])
def test_a_probe_folder_is_in_the_corpus_layout(tmp_path: Path, name: str) -> None:
    folder = write(PROBES / name, tmp_path, formats=())
    assert {p.name for p in folder.iterdir()} == {"draft.txt", "truth.json", "register.yaml"}
