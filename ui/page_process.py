"""The page child process: renders a PDF draft's pages and reads their character boxes for the window.

MuPDF holds Python's global lock while it extracts a page's characters, so doing that (and
rendering) in the window's process would stall it for tens of milliseconds a page. The child
imports only PyMuPDF and the engine's PDF loader. Requests and replies over a pipe:

* ``("render", page, scale)`` -> ``("image", page, scale, width, height, stride, rgb_bytes)``
* ``("thumb", page, width)`` -> ``("thumb", page, width, height, stride, rgb_bytes)``
  (rows padded to 4 bytes, as a ``QImage`` lays them out)
* ``("boxes", page)`` -> ``("boxes", page, box_bytes, size_bytes)`` (the engine's ``CharBoxes``
  as ``array('d')`` of 4 floats a character, NaN for characters without a box, and ``array('f')``)
* any failure -> ``("error", request, message)``; ``("stop",)`` or a closed pipe ends it.
"""

from __future__ import annotations

import math
from array import array
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any


def serve(conn: Connection, path: str, password: str | None = None) -> None:
    """Answer requests about the PDF at ``path`` (opened with ``password``) until told to stop (child process)."""
    import pymupdf

    from redactor.load_pdf import open_pdf, page_segment

    try:
        doc = open_pdf(Path(path), password)
    except Exception as exc:  # reported to the window as a value
        conn.send(("error", ("open",), str(exc)))
        return
    try:
        while True:
            try:
                msg: tuple[Any, ...] = conn.recv()
            except (EOFError, OSError):
                break
            if msg[0] == "stop":
                break
            try:
                if msg[0] == "render":
                    _, page, scale = msg
                    pix = doc[page].get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
                    conn.send(("image", page, scale, pix.width, pix.height, *_rows(pix)))
                elif msg[0] == "thumb":
                    _, page, width = msg
                    p = doc[page]
                    pix = p.get_pixmap(matrix=pymupdf.Matrix(width / p.rect.width, width / p.rect.width), alpha=False)
                    conn.send(("thumb", page, pix.width, pix.height, *_rows(pix)))
                elif msg[0] == "boxes":
                    _, page = msg
                    boxes = page_segment(doc[page]).boxes
                    flat, sizes = array("d"), array("f")
                    for i in range(len(boxes) if boxes is not None else 0):
                        assert boxes is not None
                        box = boxes.box(i)
                        flat.extend(box if box is not None else (math.nan,) * 4)
                        sizes.append(boxes.font_size(i))
                    conn.send(("boxes", page, flat.tobytes(), sizes.tobytes()))
            except (BrokenPipeError, EOFError):
                break
            except Exception as exc:  # one bad page must not end the service
                conn.send(("error", msg, f"{type(exc).__name__}: {exc}"))
    finally:
        doc.close()
        conn.close()


def _rows(pix: Any) -> tuple[int, bytes]:
    """RGB pixels with each row padded to a multiple of 4 bytes (a QImage's own row layout)."""
    stride = pix.stride
    padded = (stride + 3) // 4 * 4
    data = bytes(pix.samples)
    if padded == stride:
        return stride, data
    pad = bytes(padded - stride)
    return padded, b"".join(data[r * stride:(r + 1) * stride] + pad for r in range(pix.height))
