"""Laying out pseudonyms on a PDF line: draft words moved to make room are written as the draft has them."""

from __future__ import annotations

from redactor.document import CharBoxes
from redactor.pdf_fit import Piece, lay_out


def _line(text: str, x: float = 72.0, width: float = 6.0, ligatures: tuple[int, ...] = ()) -> CharBoxes:
    """Boxes for one line of text; at each index in ``ligatures`` the character is the second half of a
    ligature ("ﬀ" read back as "f" + "f"): no width, starting a hair right of where the next one starts."""
    boxes = CharBoxes()
    for k, _ in enumerate(text):
        if k in ligatures:
            boxes.append((x + 0.02, 100.0, x + 0.02, 111.0), 10.0)
            continue
        boxes.append((x, 100.0, x + width, 111.0), 10.0)
        x += width
    return boxes


def test_moved_words_keep_their_letters_in_order() -> None:
    text = "Met Jo Bell. The effect of it was plain."
    lig = text.index("ffect") + 1
    boxes = _line(text, ligatures=(lig,))
    start, end = text.index("Jo Bell"), text.index("Jo Bell") + len("Jo Bell")
    a, b = boxes.array()[start], boxes.array()[end - 1]
    piece = Piece((float(a[0]), 100.0, float(b[2]), 111.0), "the Independent Reviewing Officer", 10.0, start, end)
    layout = lay_out([piece], text, boxes)
    written = " ".join(p.text for p in layout.placed)
    assert layout.moved, "the words after the pseudonym were moved"
    assert "effect of it" in written, written


def test_words_the_font_cannot_write_are_never_moved() -> None:
    # an emoji after a long pseudonym's box: written again in the pseudonyms' font it would read back as another
    # character, so the words stay where they are and the pseudonym is set in its box
    text = "Met Jo Bell. back at it again \U0001f373 mam's sick."
    boxes = _line(text)
    start, end = text.index("Jo Bell"), text.index("Jo Bell") + len("Jo Bell")
    a, b = boxes.array()[start], boxes.array()[end - 1]
    piece = Piece((float(a[0]), 100.0, float(b[2]), 111.0), "the Independent Reviewing Officer", 10.0, start, end)
    layout = lay_out([piece], text, boxes)
    assert text.index("\U0001f373") not in layout.moved
    assert all("\U0001f373" not in p.text for p in layout.placed)
