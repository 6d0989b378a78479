"""Where the app keeps its own files: case folders for drafts opened on their own, settings, recent items.

Everything lives under one folder (``REDACTOR_DATA_DIR`` if set, else the user's data folder, e.g.
``~/.local/share/Redactor``), readable by the owner only: case folders hold identifying findings.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

MAX_RECENT = 10


def data_dir() -> Path:
    """The app's own folder (created owner-only on first use)."""
    env = os.environ.get("REDACTOR_DATA_DIR")
    base = Path(env) if env else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)) / "Redactor"
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    return base


def settings() -> QSettings:
    """The app's settings file (window layout, recent items, reviewer name)."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def new_case_folder(draft: Path) -> Path:
    """A fresh, unused folder for a case made for a draft opened on its own."""
    root = data_dir() / "cases"
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    stem = re.sub(r"[^\w.-]+", "-", draft.stem).strip("-")[:40] or "draft"
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folder = root / f"{stem}-{stamp}"
    n = 1
    while folder.exists():
        n += 1
        folder = root / f"{stem}-{stamp}-{n}"
    return folder


@dataclass(frozen=True, slots=True)
class RecentItem:
    """A case the reviewer worked on: its folder and the draft that was open."""

    case: Path
    draft: Path

    @property
    def label(self) -> str:
        """What the menu shows."""
        return self.draft.name


def recent_items() -> list[RecentItem]:
    """Recently opened cases, newest first, leaving out any whose folder or draft has gone."""
    raw = settings().value("recent", "[]")
    try:
        items = json.loads(raw if isinstance(raw, str) else "[]")
    except ValueError:
        items = []
    out = []
    for item in items:
        if isinstance(item, dict) and "case" in item and "draft" in item:
            entry = RecentItem(Path(item["case"]), Path(item["draft"]))
            if entry.case.is_dir() and entry.draft.is_file():
                out.append(entry)
    return out


def remember(case: Path, draft: Path) -> None:
    """Put a case at the top of the recent list."""
    items = [i for i in recent_items() if i.case != case and i.draft != draft]
    items.insert(0, RecentItem(case, draft))
    data = [{"case": str(i.case), "draft": str(i.draft)} for i in items[:MAX_RECENT]]
    s = settings()
    s.setValue("recent", json.dumps(data))
    s.sync()


def clear_recent() -> None:
    """Forget the recent list."""
    s = settings()
    s.setValue("recent", "[]")
    s.sync()


# -- crash recovery ---------------------------------------------------------------------------
# While a case is open, ``sessions/<pid>.json`` names its folder and draft; a clean close removes
# it. Finding one at start-up whose process is gone means the app stopped unexpectedly: the journal
# has every decision, so the app offers to reopen the case where the reviewer left it.
def _sessions() -> Path:
    folder = data_dir() / "sessions"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def mark_open(case: Path, draft: Path) -> None:
    """Record that this process has a case open (removed again by :func:`mark_closed`)."""
    path = _sessions() / f"{os.getpid()}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"case": str(case), "draft": str(draft)}), encoding="utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(path)


def mark_closed() -> None:
    """Record a clean close of this process's case."""
    (_sessions() / f"{os.getpid()}.json").unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def interrupted_sessions() -> list[RecentItem]:
    """Cases left open by app processes that stopped without closing them (their records are removed)."""
    out = []
    for path in sorted(_sessions().glob("*.json")):
        try:
            pid = int(path.stem)
            data = json.loads(path.read_text(encoding="utf-8"))
            item = RecentItem(Path(data["case"]), Path(data["draft"]))
        except (OSError, ValueError, KeyError, TypeError):
            path.unlink(missing_ok=True)
            continue
        if _alive(pid):
            continue
        path.unlink(missing_ok=True)
        if item.case.is_dir():
            out.append(item)
    return out
