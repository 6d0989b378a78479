"""Atomic file writes: a reader never sees a half-written output, and a failed export leaves nothing behind.

Every file is written to a temporary name in its own folder, flushed to disk (``fsync``), then
renamed; the folder is synced so the rename itself survives a crash. An export's files are
published together: if any rename fails, those already published are taken back (and any file
they replaced restored), so no set of outputs looks finished unless all of it is.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from redactor.errors import OutputError

TEMP_MARK = ".redactor-tmp"  # in every temporary file's name (git-ignored, swept after a failure)


def temp_path_beside(path: Path) -> Path:
    """A fresh temporary file name in the same folder as ``path`` (so a rename is atomic)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=f"{TEMP_MARK}{path.suffix}", dir=path.parent)
    os.close(fd)
    return Path(tmp)


def as_new_file(path: Path) -> None:
    """Give a temporary file the mode a newly created file gets from the user's umask (``mkstemp`` makes it
    owner-only): for an output meant to be read by others, as the redacted PDF is."""
    umask = os.umask(0o077)  # (Python has no way to read the umask without setting it)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def fsync_file(path: Path) -> None:
    """Flush a written file's contents to disk."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make new or renamed entries of a folder durable (not possible, nor needed, on Windows)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_MARK, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def refuse_existing(paths: Iterable[Path], *, overwrite: bool) -> None:
    """Refuse to go on when an output already exists, unless asked to replace it.

    Raises:
        OutputError: Naming the files that exist.
    """
    if overwrite:
        return
    existing = [p for p in paths if p.exists()]
    if existing:
        names = ", ".join(str(p) for p in existing)
        raise OutputError(f"{names} already exist{'s' if len(existing) == 1 else ''}; choose another output "
                          "name, or use --force to replace")


def publish(moves: Sequence[tuple[Path, Path]], *, overwrite: bool) -> None:
    """Give finished temporary files their final names, all of them or none.

    Each temporary file is synced first; then each is renamed in order (put the file that shows an
    export is finished, the PDF, last). Without ``overwrite`` an existing final file is never
    replaced, even one created since the export began. If anything fails, the files already
    published are removed and any file they replaced is put back.

    Args:
        moves: ``(temporary, final)`` pairs.
        overwrite: Replace final files that exist.

    Raises:
        OutputError: A final file exists (without ``overwrite``) or cannot be written.
    """
    for tmp, _ in moves:
        fsync_file(tmp)
    done: list[tuple[Path, Path | None, bool]] = []  # final name, the file it replaced (set aside), published
    try:
        for tmp, final in moves:
            backup = None
            if overwrite and final.exists():
                backup = temp_path_beside(final)
                os.replace(final, backup)
            done.append((final, backup, False))
            _rename_new(tmp, final)
            done[-1] = (final, backup, True)
        for folder in {final.parent for _, final in moves}:
            fsync_dir(folder)
    except BaseException:
        for final, backup, published in reversed(done):
            if published:
                final.unlink(missing_ok=True)
            if backup is not None:
                os.replace(backup, final)
        raise
    for _, backup, _ in done:
        if backup is not None:
            backup.unlink(missing_ok=True)


def _rename_new(tmp: Path, final: Path) -> None:
    """Rename ``tmp`` to ``final``, which must not exist (a hard link fails if it does, atomically)."""
    try:
        os.link(tmp, final)
    except FileExistsError as exc:
        raise OutputError(f"{final} already exists (created while exporting); use --force to replace it") from exc
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS):
            raise OutputError(f"{final}: cannot be written ({exc.strerror})") from exc
        # A file system without hard links (FAT, some network shares): check, then rename.
        if final.exists():
            raise OutputError(f"{final} already exists (created while exporting); use --force to replace it") from exc
        os.replace(tmp, final)
        return
    tmp.unlink()
