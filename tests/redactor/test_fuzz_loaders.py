"""A bounded mutation-fuzz run of the PDF, DOCX and TXT loaders: every damaged file is a clean error or a document.

``scripts/fuzz.py`` runs the same fuzzer for as long as a maintainer likes (README, Fuzzing).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.redactor.builders import make_docx, make_pdf
from tests.redactor.mutate import fuzz, mutate_bytes, mutate_docx

MUTANTS = 40  # per seed file: a few seconds in all


def seeds(folder: Path) -> list[Path]:
    """Small drafts of every kind, with text in every place a loader reads."""
    pdf = make_pdf(folder / "seed.pdf", ["Review of Chloe Hartley, 12 Mill Lane.", "NHS 943 476 5919.",
                                          "Name\tAgency"], image_under="Hartley")
    docx = make_docx(folder / "seed.docx")
    txt = folder / "seed.txt"
    txt.write_text("Chloe Hartley lived at 12 Mill Lane.\nName\tNHS number\nChloe\t943 476 5919\n", encoding="utf-8")
    utf16 = folder / "seed-utf16.txt"
    utf16.write_bytes("Café notes on Chloë Hartley.\r\n".encode("utf-16"))
    return [pdf, docx, txt, utf16]


@pytest.mark.parametrize("seed", [1, 2])
def test_damaged_drafts_are_loaded_or_refused_cleanly(tmp_path: Path, seed: int) -> None:
    runs, crashes = fuzz(seeds(tmp_path), MUTANTS // 2, random.Random(seed), tmp_path)
    assert runs == 4 * (MUTANTS // 2)
    assert not crashes, "\n\n".join(f"{c.seed}:\n{c.error}" for c in crashes[:3])


def test_damaged_fixture_drafts_are_loaded_or_refused_cleanly(tmp_path: Path, fixtures: Path) -> None:
    """The repository's sample drafts (a compressed PDF with every container, a real Word file), mutated."""
    drafts = [fixtures / name for name in ("sample_draft.pdf", "sample_draft.docx", "sample_draft.txt",
                                           "sample_draft_utf16.txt", "encrypted.pdf")]
    runs, crashes = fuzz(drafts, MUTANTS // 4, random.Random(3), tmp_path)
    assert runs == len(drafts) * (MUTANTS // 4)
    assert not crashes, "\n\n".join(f"{c.seed}:\n{c.error}" for c in crashes[:3])


def test_mutants_differ_from_their_seed_and_keep_docx_packages_readable(tmp_path: Path) -> None:
    """The fuzzer itself: it does change files, and DOCX mutants still reach the XML readers."""
    import zipfile

    rng = random.Random(7)
    data = b"%PDF-1.7\n1 0 obj << /Length 12 >> endobj\n"
    assert all(mutate_bytes(data, rng) != data for _ in range(20))
    docx = make_docx(tmp_path / "d.docx").read_bytes()
    readable = 0
    for n in range(20):
        mutant = tmp_path / f"m{n}.docx"
        mutant.write_bytes(mutate_docx(docx, rng))
        readable += zipfile.is_zipfile(mutant)
    assert readable >= 12
