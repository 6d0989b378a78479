"""Property tests: whatever the text and layout, a redacted output never holds a value the register names.

Hypothesis writes random drafts: filler prose with planted people (in every form the register
covers: full name, first name, surname, title and surname, capitals, possessive) and planted
identifiers (NHS-style numbers, case references, mobile numbers), laid out as prose paragraphs,
tab-separated tables and running headers, as plain text and as PDF pages (prose wrapped by the
layout, so names break across lines; table cells set apart; a header on every page). The draft
is redacted from the register alone, exported (which verifies it) and every output is read back:
no planted value may be left. ``REDACTOR_FUZZ_EXAMPLES`` raises the number of examples (the long
fuzz run, ``scripts/fuzz.py``, sets it).
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redactor.pipeline import export
from redactor.register import Register
from redactor.verify import output_texts
from tests.redactor.builders import analysis_from_register

EXAMPLES = int(os.environ.get("REDACTOR_FUZZ_EXAMPLES", "8"))
PROSE = ("the panel noted that a referral was made to children's social care and the school nurse shared "
         "concerns about attendance while the health visitor recorded the home visit and the family were "
         "offered early help support after the strategy meeting")
FILLER = PROSE.split()
SYLLABLES = ["ka", "zor", "mi", "bel", "tru", "van", "osk", "ri", "dul", "fen", "qua", "sto", "lim", "ber",
             "nox", "tal", "wy", "gre", "pol", "jun", "hav", "ix", "mor", "sel"]
TITLES = ["Mr", "Ms", "Mrs", "Miss", "Dr"]
TOO_COMMON = set(FILLER) | {"mr", "ms", "mrs", "miss", "dr", "child", "adult", "name", "nhs", "number", "ref"}

SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize="REDACTOR_FUZZ_EXAMPLES" not in os.environ,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _word() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda s: "".join(s).capitalize()) \
        .filter(lambda w: w.lower() not in TOO_COMMON)


@dataclass(frozen=True)
class Person:
    first: str
    last: str

    def forms(self) -> list[str]:
        return [f"{self.first} {self.last}", self.first, self.last]


people = st.lists(st.builds(Person, _word(), _word()), min_size=1, max_size=3,
                  unique_by=(lambda p: p.first, lambda p: p.last)).filter(
    lambda ps: len({w for p in ps for w in (p.first, p.last)}) == 2 * len(ps))
nhs = st.tuples(*[st.integers(100, 999)] * 2, st.integers(1000, 9999)).map(lambda t: f"{t[0]} {t[1]} {t[2]}")
case_ref = st.integers(100000, 999999).map(lambda n: f"CR/{n}")
mobile = st.integers(100000000, 999999999).map(lambda n: f"07{n}")
identifiers = st.lists(st.one_of(nhs, case_ref, mobile), min_size=1, max_size=3, unique=True)


@st.composite
def drafts(draw: st.DrawFn) -> tuple[list[Person], list[str], list[tuple[str, list[str]]]]:
    """Planted people and identifiers, and blocks of a draft: ``("header" | "prose" | "table", lines)``."""
    who = draw(people)
    ids = draw(identifiers)

    def mention() -> str:
        p = draw(st.sampled_from(who))
        form = draw(st.sampled_from(["full", "first", "last", "title", "upper", "possessive"]))
        return {"full": f"{p.first} {p.last}", "first": p.first, "last": p.last,
                "title": f"{draw(st.sampled_from(TITLES))} {p.last}", "upper": f"{p.first} {p.last}".upper(),
                "possessive": f"{p.first}'s"}[form]

    def sentence() -> str:
        words = draw(st.lists(st.sampled_from(FILLER), min_size=3, max_size=14))
        at = draw(st.integers(0, len(words)))
        planted = mention() if draw(st.booleans()) or not ids else draw(st.sampled_from(ids))
        text = " ".join([*words[:at], planted, *words[at:]])
        return text[0].upper() + text[1:] + "."

    blocks: list[tuple[str, list[str]]] = [("header", [f"Confidential review concerning {mention()}"])]
    for kind in draw(st.lists(st.sampled_from(["prose", "table"]), min_size=1, max_size=4)):
        if kind == "prose":
            blocks.append(("prose", [" ".join(sentence() for _ in range(draw(st.integers(1, 4))))]))
        else:
            rows = [f"{mention()}\t{draw(st.sampled_from(ids))}\t{draw(st.sampled_from(FILLER))}"
                    for _ in range(draw(st.integers(1, 4)))]
            blocks.append(("table", ["Name\tReference\tNote", *rows]))
    # Every planted identifier appears at least once.
    blocks.append(("prose", [f"The references were {', '.join(ids)}."]))
    return who, ids, blocks


def _register(who: list[Person], ids: list[str], folder: Path) -> Register:
    reg = Register.from_dict({"entities": [
        *({"name": f"{p.first} {p.last}", "type": "PERSON", "pseudonym": f"Child {chr(65 + i)}"}
          for i, p in enumerate(who)),
        *({"name": value, "type": "IDENTIFIER", "pseudonym": "[redacted]"} for value in ids)]})
    reg.save(folder / "register.yaml")
    return reg


def _txt(blocks: list[tuple[str, list[str]]], path: Path) -> Path:
    header = blocks[0][1][0]
    body = "\n\n".join("\n".join(lines) for kind, lines in blocks[1:])
    path.write_text(f"{header}\n\n{body}\n", encoding="utf-8")
    return path


def _pdf(blocks: list[tuple[str, list[str]]], path: Path) -> Path:
    doc = pymupdf.open()
    header = blocks[0][1][0]
    page, y = None, 800.0
    for kind, lines in blocks[1:]:
        height = 40.0 + 14.0 * len(lines) if kind == "table" else 14.0 * (len(lines[0]) // 80 + 2)
        if page is None or y + height > 780:
            page = doc.new_page(width=595, height=842)
            page.insert_text((56, 40), header, fontname="helv", fontsize=9)
            y = 72.0
        if kind == "table":
            for line in lines:
                for x, cell in zip((56, 230, 400), line.split("\t"), strict=True):
                    page.insert_text((x, y + 10), cell, fontname="helv", fontsize=10)
                y += 14
        else:
            rect = pymupdf.Rect(56, y, 300, y + height + 200)  # narrow: names wrap across lines
            left = page.insert_textbox(rect, lines[0], fontname="helv", fontsize=10)
            y += (rect.height - left) + 14 if left >= 0 else height
    doc.save(path)
    doc.close()
    return path


def _leftovers(out_texts: str, who: list[Person], ids: list[str]) -> list[str]:
    flat = " ".join(out_texts.split())
    squeezed = re.sub(r"\s+", "", out_texts)
    left = [v for p in who for v in p.forms() if re.search(rf"\b{re.escape(v)}\b", flat, re.IGNORECASE)]
    left += [v for v in ids if v in flat or re.sub(r"\s+", "", v) in squeezed]
    return left


def _redact_and_read(draft: Path, reg: Register, folder: Path) -> str:
    analysis = analysis_from_register(draft, reg, folder / "register.yaml")
    result = export(analysis, folder / "out" / "redacted.pdf", accept=True)
    return "\n".join(text for out in result.outputs for _, text in output_texts(out))


@SETTINGS
@given(drafts())
def test_no_planted_value_survives_in_a_text_draft(case: tuple[list[Person], list[str], list[tuple[str, list[str]]]]
                                                   ) -> None:
    who, ids, blocks = case
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        reg = _register(who, ids, folder)
        out = _redact_and_read(_txt(blocks, folder / "draft.txt"), reg, folder)
    assert not _leftovers(out, who, ids), out


@SETTINGS
@given(drafts())
def test_no_planted_value_survives_in_a_pdf_draft(case: tuple[list[Person], list[str], list[tuple[str, list[str]]]]
                                                  ) -> None:
    who, ids, blocks = case
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        reg = _register(who, ids, folder)
        out = _redact_and_read(_pdf(blocks, folder / "draft.pdf"), reg, folder)
    assert not _leftovers(out, who, ids), out
