"""Area verification looks at each piece of a drawing, not at the box around the whole drawing."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from redactor.areas import verify_areas
from redactor.plan import AreaRedaction


def test_a_drawing_whose_pieces_lie_around_an_area_is_not_under_it(tmp_path: Path) -> None:
    # Pseudonym boxes are drawn as one path: its bounding box spans the page, its pieces do not touch the area.
    path = tmp_path / "boxes.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    shape = page.new_shape()
    shape.draw_rect(pymupdf.Rect(72, 72, 200, 86))
    shape.draw_rect(pymupdf.Rect(300, 600, 420, 614))
    shape.finish(fill=(0.86, 0.86, 0.86), color=None)
    shape.commit()
    area = (150, 300, 260, 330)
    page.draw_rect(pymupdf.Rect(area), color=(0, 0, 0), fill=(0, 0, 0))
    doc.save(path)
    doc.close()
    assert verify_areas(path, [AreaRedaction("A1", 0, area)]) == []


def test_a_piece_of_a_drawing_under_an_area_is_found(tmp_path: Path) -> None:
    path = tmp_path / "line.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    shape = page.new_shape()
    shape.draw_rect(pymupdf.Rect(72, 72, 200, 86))
    shape.draw_line((160, 310), (240, 320))
    shape.finish(color=(0, 0, 1), fill=None)
    shape.commit()
    doc.save(path)
    doc.close()
    leaks = verify_areas(path, [AreaRedaction("A1", 0, (150, 300, 260, 330))])
    assert [leak.form for leak in leaks] == ["drawing"]
