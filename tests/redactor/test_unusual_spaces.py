"""A draft's other spaces (no-break, narrow no-break, thin, figure) separate words as a space does, and its invisible
characters (zero-width space, soft hyphen, word joiner) inside a word break nothing.

Word writes a no-break space to keep a number or a name together ("943 476 5919", "Mr Okafor"), and
some software a narrow or thin one: the recognisers read each as a space, or a name or number is cut.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.pipeline import analyse

SPACES = {"no-break": "\u00a0", "narrow no-break": "\u202f", "thin": "\u2009", "figure": "\u2007"}


@pytest.mark.parametrize("space", list(SPACES.values()), ids=list(SPACES))
@pytest.mark.parametrize("value", ["Kelly Marsh", "943 476 5919", "12 May 2019"])
def test_a_value_written_with_other_spaces_is_found_whole(tmp_path: Path, space: str, value: str) -> None:
    written = value.replace(" ", space)
    draft = tmp_path / "draft.txt"
    draft.write_text(f"The review concerns Child A.\nPolice spoke to {written} at home about the incident.\n"
                     f"Later the family moved away.\n", encoding="utf-8")
    names = [" ".join(e.name.split()) for e in analyse(draft).entities]
    assert value in names, names


def test_verification_reads_other_spaces_as_spaces() -> None:
    """An identifier written with no-break spaces that survived an export is still found by the verifier."""
    from recognizers.rescan import structured_findings

    text = "Her NHS number is 943\u00a0476\u00a05919."
    assert [text[a:b] for _, a, b in structured_findings(text)] == ["943\u00a0476\u00a05919"]


@pytest.mark.parametrize("hidden", ["Mar\u200bsh", "Mar\u00adsh", "Mars\u2060h"])
def test_a_registered_name_with_an_invisible_character_inside_is_replaced(tmp_path: Path, hidden: str) -> None:
    """An invisible character between a surname's letters hides it from no list: it reads "Marsh" on screen."""
    from redactor.load import load
    from redactor.pipeline import export
    from redactor.register import Register

    draft = tmp_path / "draft.txt"
    draft.write_text(f"The review concerns Child A.\nPolice spoke to Kelly {hidden} at home.\n", encoding="utf-8")
    reg = Register.from_dict({"entities": [{"name": "Kelly Marsh", "type": "PERSON", "pseudonym": "Adult K"}]})
    reg.save(tmp_path / "register.yaml")
    result = export(analyse(draft, tmp_path / "register.yaml"), tmp_path / "out.pdf", accept=True)
    text = load(result.outputs[1]).segments[0].text
    assert "Mar" not in text and "Adult K at home" in text, text


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_name_written_with_combining_accents_is_found_cold(tmp_path: Path, kind: str) -> None:
    """A draft's letters written decomposed (an accent as a combining mark after its letter) read as the composed
    letters, so the recognisers find the name as they find it written composed."""
    import unicodedata

    from docx import Document as DocxDocument

    from redactor.load import load
    from redactor.pipeline import export

    line = unicodedata.normalize("NFD", "Police spoke to Zoë Šimková at home. Later Šimková moved away.")
    draft = tmp_path / f"draft.{kind}"
    if kind == "txt":
        draft.write_text(f"The review concerns Child A.\n{line}\n", encoding="utf-8")
    else:
        doc = DocxDocument()
        doc.add_paragraph("The review concerns Child A.")
        doc.add_paragraph(line)
        doc.save(str(draft))
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = unicodedata.normalize("NFC", " ".join(s.text for s in load(result.outputs[1]).segments))
    assert "imkov" not in text and "Zo" not in text, text
