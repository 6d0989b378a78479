"""A PDF draft's pages for the window: sizes at once; images and character boxes from the page process.

Page sizes are read here (fast). Rendering and character boxes come from a child process
(:mod:`ui.page_process`), at most two requests in flight, the most wanted first, so the UI thread
only ever copies finished pixels. Results arrive through signals.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from array import array
from collections import OrderedDict
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSizeF, QTimer, Signal
from PySide6.QtGui import QImage

from redactor.document import CharBoxes
from redactor.load_pdf import open_pdf
from ui.workers import reap_later

IN_FLIGHT = 2
POLL_MS = 12
KEEP_IMAGES = 24  # rendered pages kept in memory (the rest are rendered again when scrolled back to)

Request = tuple[Any, ...]


class PdfPages(QObject):
    """An open PDF draft: page sizes, and page images, thumbnails and character boxes on request.

    Signals:
        imageReady(page, scale): ``image(page)`` now holds the page at ``scale``.
        thumbnailReady(page): ``thumbnail(page)`` is ready.
        boxesReady(page): ``boxes(page)`` is ready.

    Raises:
        InputError: The file is not a readable PDF.
    """

    imageReady = Signal(int, float)
    thumbnailReady = Signal(int)
    boxesReady = Signal(int)

    def __init__(self, path: Path, sizes: list[QSizeF] | None = None, parent: QObject | None = None,
                 password: str | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._password = password  # an encrypted draft's, in memory only (passed to the page process)
        self.sizes = sizes if sizes is not None else page_sizes(path, password)
        self._boxes: dict[int, CharBoxes | None] = {}
        self._images: OrderedDict[int, tuple[QImage, float]] = OrderedDict()
        self._thumbs: dict[int, QImage] = {}
        self._queue: list[Request] = []
        self._in_flight: list[Request] = []
        self._conn: Connection | None = None
        self._proc: BaseProcess | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll)

    def __len__(self) -> int:
        return len(self.sizes)

    # -- results -----------------------------------------------------------------------------------
    def image(self, page: int) -> tuple[QImage, float] | None:
        """The last rendered image of a page and its scale, if any."""
        return self._images.get(page)

    def thumbnail(self, page: int) -> QImage | None:
        """The page's thumbnail, if rendered."""
        return self._thumbs.get(page)

    def boxes(self, page: int) -> CharBoxes | None:
        """The page text's character boxes, once read (None until then)."""
        return self._boxes.get(page)

    def has_boxes(self, page: int) -> bool:
        """Whether a page's character boxes have been read."""
        return page in self._boxes

    # -- requests ----------------------------------------------------------------------------------
    def request_render(self, page: int, scale: float) -> None:
        """Render a page at ``scale`` pixels per point (replacing an older request for the page)."""
        self._queue = [r for r in self._queue if not (r[0] == "render" and r[1] == page)]
        if not any(r[0] == "render" and r[1] == page and r[2] == scale for r in self._in_flight):
            self._enqueue(("render", page, scale))

    def request_boxes(self, page: int) -> None:
        """Read a page's character boxes."""
        if page not in self._boxes:
            self._enqueue(("boxes", page))

    def request_thumbnail(self, page: int, width: int) -> None:
        """Render a page's thumbnail ``width`` pixels wide."""
        if page not in self._thumbs:
            self._enqueue(("thumb", page, width))

    def prioritise(self, pages: list[int]) -> None:
        """Serve requests for these pages first (in this order), and forget renders of pages far from them."""
        if not pages:
            return
        rank = {p: i for i, p in enumerate(pages)}
        lo, hi = min(pages) - 3, max(pages) + 3
        self._queue = [r for r in self._queue if r[0] != "render" or lo <= r[1] <= hi]
        self._queue.sort(key=lambda r: (rank.get(r[1], len(rank)), r[0] == "thumb"))
        for page in list(self._images):
            if len(self._images) <= KEEP_IMAGES:
                break
            if not lo <= page <= hi:
                del self._images[page]

    def _enqueue(self, request: Request) -> None:
        if request in self._queue or request in self._in_flight:
            return
        self._queue.append(request)
        self._pump()

    def pending(self) -> bool:
        """Whether requests are queued or being served."""
        return bool(self._queue or self._in_flight)

    # -- the child process ------------------------------------------------------------------------
    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        parent_conn, child_conn = ctx.Pipe()
        from ui import page_process

        self._proc = ctx.Process(target=page_process.serve, name="redactor-pages",
                                 args=(child_conn, str(self.path), self._password), daemon=True)
        self._proc.start()
        child_conn.close()
        self._conn = parent_conn
        self._poll.start()

    def _pump(self) -> None:
        if self._conn is None:
            self._start()
        while self._queue and len(self._in_flight) < IN_FLIGHT and self._conn is not None:
            request = self._queue.pop(0)
            try:
                self._conn.send(request)
            except OSError:
                self._restart()
                return
            self._in_flight.append(request)

    def _restart(self) -> None:
        """The child went away: start another and ask again."""
        self._queue = self._in_flight + self._queue
        self._in_flight = []
        self._stop_child()
        self._start()
        self._pump()

    def _on_poll(self) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            while conn.poll():
                self._receive(conn.recv())
        except (EOFError, OSError):
            self._restart()
            return
        self._pump()

    def _receive(self, msg: tuple[Any, ...]) -> None:
        kind = msg[0]
        if kind == "image":
            _, page, scale, w, h, stride, data = msg
            self._done(("render", page, scale))
            image = _image(w, h, stride, data)
            self._images[page] = (image, scale)
            self._images.move_to_end(page)
            self.imageReady.emit(page, scale)
        elif kind == "thumb":
            _, page, w, h, stride, data = msg
            self._in_flight = [r for r in self._in_flight if not (r[0] == "thumb" and r[1] == page)]
            self._thumbs[page] = _image(w, h, stride, data)
            self.thumbnailReady.emit(page)
        elif kind == "boxes":
            _, page, flat, sizes = msg
            self._done(("boxes", page))
            boxes = CharBoxes()
            boxes.extend(array("d", flat).tolist(), array("f", sizes).tolist())
            self._boxes[page] = boxes if len(boxes) else None
            self.boxesReady.emit(page)
        elif kind == "error":
            request = tuple(msg[1])
            self._done(request)
            if request[0] == "boxes":
                self._boxes[request[1]] = None  # no text layer to mark: do not ask again
                self.boxesReady.emit(request[1])

    def _done(self, request: Request) -> None:
        if request in self._in_flight:
            self._in_flight.remove(request)

    def _stop_child(self) -> None:
        self._poll.stop()
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.send(("stop",))
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            reap_later(self._proc, 3.0)  # it stops on its own once told (or once the pipe closes)
            self._proc = None

    def close(self) -> None:
        """End the page process and forget the images."""
        self._queue, self._in_flight = [], []
        self._stop_child()
        self._images.clear()
        self._thumbs.clear()


def page_sizes(path: Path, password: str | None = None) -> list[QSizeF]:
    """Each page's size in points.

    Raises:
        InputError: The file is not a readable PDF (PasswordError: encrypted, and no or a wrong password).
    """
    with open_pdf(path, password) as doc:
        return [QSizeF(p.rect.width, p.rect.height) for p in doc]


def _image(width: int, height: int, stride: int, data: bytes) -> QImage:
    """A QImage owning a copy of RGB pixels (rows ``stride`` bytes apart, as QImage lays them out)."""
    image = QImage(width, height, QImage.Format.Format_RGB888)
    if image.bytesPerLine() != stride or len(data) != stride * height:
        raise ValueError("unexpected pixel layout from the page process")
    memoryview(image.bits())[:] = data  # type: ignore[index]
    return image
