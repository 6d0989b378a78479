"""Owner-only files and folders for case data (findings identify people)."""

from __future__ import annotations

import os
from pathlib import Path

from redactor.atomic import atomic_write_bytes
from redactor.load import sha256_file


def private_dir(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)


def private_write(path: Path, data: bytes) -> None:
    atomic_write_bytes(path, data)
    os.chmod(path, 0o600)


def file_hash(path: Path | None) -> str:
    return sha256_file(path) if path is not None and path.exists() else "-"


def file_ref(stored: Path, source: Path | None) -> dict[str, str] | None:
    if source is None or not stored.exists():
        return None
    return {"source": str(source), "stored": stored.name, "sha256": sha256_file(stored)}
