"""Word-to-PDF conversion with LibreOffice, when it is installed (headless, private profile, offline)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from redactor.docx_package import Package, page_fields_for_layout, write_package
from redactor.errors import OutputError

TIMEOUT_S = 300


def soffice() -> str | None:
    """Path of the LibreOffice binary, or ``None`` if it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_version() -> str | None:
    """LibreOffice's version line, or ``None``."""
    exe = soffice()
    if exe is None:
        return None
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() or None


def docx_to_pdf(docx: Path, out_pdf: Path) -> None:
    """Convert ``docx`` to ``out_pdf`` with LibreOffice.

    A throw-away user profile keeps runs independent and never touches the user's own settings.
    The copy LibreOffice lays out has page-count fields it can compute (see
    ``page_fields_for_layout``), so footers read "Page 2 of 12", never a stale "Page 2 of 1".

    Raises:
        OutputError: LibreOffice missing, failed or timed out.
    """
    exe = soffice()
    if exe is None:
        raise OutputError("LibreOffice is not installed")
    with tempfile.TemporaryDirectory(prefix="redactor-lo-") as tmp:
        work = Path(tmp)
        src = work / "document.docx"
        shutil.copyfile(docx, src)
        pkg = Package.open(src)
        if page_fields_for_layout(pkg):
            write_package(pkg, src)
        cmd = [exe, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work), str(src)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise OutputError(f"LibreOffice took longer than {TIMEOUT_S}s converting to PDF") from exc
        produced = work / "document.pdf"
        if proc.returncode != 0 or not produced.exists():
            reason = (proc.stderr or proc.stdout).strip().splitlines()
            raise OutputError(f"LibreOffice could not convert the redacted Word file to PDF"
                              f"{': ' + reason[-1] if reason else ''}")
        shutil.move(str(produced), out_pdf)
