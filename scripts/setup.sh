#!/usr/bin/env bash
# Create/refresh the local virtual environment in .venv and install what Redactor needs.
# System packages (LibreOffice for Word->PDF, poppler-utils for rendering checks, Tesseract with
# English data for scanned pages and pictures, the Qt runtime libraries, fonts and Xvfb for the
# desktop app) are installed with apt-get when running as root on Debian/Ubuntu; without LibreOffice
# Redactor still works (Word drafts then get a PDF typeset from the redacted text), without Tesseract
# scanned pages are listed for manual review, and the tests that need them skip.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3

QT_PACKAGES=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libx11-xcb1 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 fonts-dejavu-core
  fonts-open-sans)
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
  { command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx eng; } \
    || missing+=(tesseract-ocr-eng)
  # The desktop app (PySide6): the X11/EGL/font libraries Qt loads, Xvfb for screenshots and headless
  # real-window runs, and the fonts the app and its screenshots use.
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
  for pkg in "${QT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]} (apt-get)" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null) || echo "setup: apt-get failed; continuing without ${missing[*]}" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $PY" >&2
  "$PY" -m venv .venv
fi
stamp=".venv/.redactor-installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages into .venv" >&2
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  rm -f .venv/.redactor-installed-*
  touch "$stamp"
fi
# Compiled here once: where PYTHONDONTWRITEBYTECODE is set, every command would otherwise compile
# the engine's modules again as it starts (about a fifth of a second).
.venv/bin/python -m compileall -q redactor recognizers ui >/dev/null
