"""Mutation fuzzing of the draft loaders: damaged PDF, DOCX and TXT files must give a clean error, never a crash.

Used by ``test_fuzz_loaders.py`` (a bounded run in the suite) and ``scripts/fuzz.py`` (a long run).
A mutant is a seed file with a few random edits: bytes flipped, a stretch cut out, repeated or
overwritten with junk, numbers made huge or negative, the file truncated. A DOCX seed is mutated
inside its ZIP (one XML part at a time, the package rebuilt) so the XML readers are reached, not
only the ZIP check; a PDF seed is written uncompressed so the edits reach objects and content streams.
"""

from __future__ import annotations

import io
import random
import re
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from redactor.errors import RedactorError
from redactor.load import load

_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")
_JUNK = [b"\x00", b"\xff\xfe", b"<", b">", b"/", b"(", b")", b"obj", b"endobj", b"stream", b"<w:p>", b"&#0;",
         b"\xc3", b"\r\n", b"9999999999", b"-1", b"%%EOF", b"R", b"[", b"]", b"<<", b">>"]


def mutate_bytes(data: bytes, rng: random.Random, edits: int | None = None) -> bytes:
    """``data`` with 1-4 random edits (or ``edits``), never unchanged."""
    while (out := _edited(data, rng, edits)) == data:
        pass
    return out


def _edited(data: bytes, rng: random.Random, edits: int | None) -> bytes:
    buf = bytearray(data)
    for _ in range(edits or rng.randint(1, 4)):
        if not buf:
            buf += rng.choice(_JUNK)
            continue
        at = rng.randrange(len(buf))
        kind = rng.randrange(7)
        if kind == 0:  # flip bits of a few bytes
            for i in range(at, min(len(buf), at + rng.randint(1, 8))):
                buf[i] ^= 1 << rng.randrange(8)
        elif kind == 1:  # cut a stretch out
            del buf[at:at + rng.randint(1, 256)]
        elif kind == 2:  # repeat a stretch
            buf[at:at] = buf[at:at + rng.randint(1, 256)] * rng.randint(1, 3)
        elif kind == 3:  # insert junk
            buf[at:at] = rng.choice(_JUNK) * rng.randint(1, 4)
        elif kind == 4:  # truncate
            del buf[at:]
        elif kind == 5:  # a number made huge, negative or zero
            m = _NUMBER.search(bytes(buf), at)
            if m:
                buf[m.start():m.end()] = rng.choice([b"0", b"-1", b"2147483648", b"99999999999999999999", b"1e308"])
        else:  # overwrite with random bytes
            n = rng.randint(1, 32)
            buf[at:at + n] = bytes(rng.randrange(256) for _ in range(n))
    return bytes(buf)


def mutate_docx(data: bytes, rng: random.Random) -> bytes:
    """A DOCX with one of its XML parts mutated (sometimes the ZIP bytes themselves)."""
    if rng.random() < 0.15:
        return mutate_bytes(data, rng)
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        infos = src.infolist()
        parts = {i.filename: src.read(i.filename) for i in infos}
    xml = [n for n in parts if n.endswith((".xml", ".rels"))]
    name = rng.choice(xml)
    parts[name] = mutate_bytes(parts[name], rng)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in infos:
            dst.writestr(info.filename, parts[info.filename])
    return out.getvalue()


def mutate(path: Path, data: bytes, rng: random.Random) -> bytes:
    """A mutant of a seed file, by its type."""
    return mutate_docx(data, rng) if path.suffix.lower() == ".docx" else mutate_bytes(data, rng)


@dataclass(frozen=True, slots=True)
class Crash:
    """A mutant the loader did not handle cleanly."""

    seed: str
    mutant: bytes
    error: str


def fuzz(seeds: list[Path], mutants: int, rng: random.Random, work: Path,
         keep_going: Callable[[], bool] = lambda: True) -> tuple[int, list[Crash]]:
    """Load ``mutants`` mutants of each seed; anything but a ``Document`` or a ``RedactorError`` is a crash.

    Returns:
        How many mutants were loaded, and the crashes (with the mutant's bytes, to reproduce).
    """
    crashes: list[Crash] = []
    runs = 0
    originals = {seed: seed.read_bytes() for seed in seeds}
    for n in range(mutants):
        for seed, data in originals.items():
            if not keep_going():
                return runs, crashes
            mutant = mutate(seed, data, rng)
            target = work / f"mutant-{n}{seed.suffix}"
            target.write_bytes(mutant)
            runs += 1
            try:
                load(target)
            except RedactorError:
                pass
            except Exception:  # any other exception is exactly what the fuzzer looks for
                crashes.append(Crash(seed.name, mutant, traceback.format_exc(limit=6)))
            finally:
                target.unlink(missing_ok=True)
    return runs, crashes
