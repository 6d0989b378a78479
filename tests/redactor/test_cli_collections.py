"""The command builds its engine without the cyclic collector scanning what the imports made."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest

from redactor.cli import YOUNG_OBJECTS, no_collections


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generation of every automatic collection that runs meanwhile."""
    runs: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        yield runs
    finally:
        gc.callbacks.remove(seen)


def _cyclic_objects(n: int) -> list[list[object]]:
    return [[] for _ in range(n)]  # container objects: each one counts towards a collection


def test_no_collection_inside_even_when_a_library_enables_the_collector(collections: list[int]) -> None:
    thresholds = gc.get_threshold()
    assert gc.isenabled()
    with no_collections():
        before = len(collections)
        gc.disable()
        gc.enable()  # what spaCy's model loading (srsly) does around each file it reads
        made = _cyclic_objects(20 * thresholds[0])
        inside = collections[before:]
    assert inside == []
    assert gc.get_threshold() == thresholds and gc.isenabled()
    made += _cyclic_objects(20 * thresholds[0])
    assert collections  # after the block, the collector runs as before


def test_thresholds_come_back_after_an_error() -> None:
    thresholds = gc.get_threshold()
    with pytest.raises(RuntimeError), no_collections():
        raise RuntimeError("build failed")
    assert gc.get_threshold() == thresholds


def test_the_command_collects_young_objects_less_often() -> None:
    # ``run`` ends its process, so it is run in one of its own; ``main`` reports what it runs with.
    script = ("import gc, redactor.cli as cli\n"
              "cli.main = lambda: print(gc.get_threshold()[0], flush=True) or 0\n"
              "cli.run()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert done.stdout.strip() == str(YOUNG_OBJECTS)
