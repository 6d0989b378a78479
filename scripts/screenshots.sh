#!/usr/bin/env bash
# Render PNGs of the desktop app's main states into docs/, driving a real window under Xvfb.
# Usage: scripts/screenshots.sh [--scale 2] [--out DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "screenshots: xvfb-run is needed (Debian/Ubuntu: apt-get install xvfb xauth)" >&2
  exit 2
fi
scale=1
for ((i = 1; i <= $#; i++)); do
  if [ "${!i}" = "--scale" ]; then j=$((i + 1)); scale=${!j}; fi
done
width=$(python3 -c "print(int(1600 * $scale))")
height=$(python3 -c "print(int(1000 * $scale))")
unset QT_QPA_PLATFORM
exec xvfb-run -a -s "-screen 0 ${width}x${height}x24 -dpi 96" .venv/bin/python scripts/screenshots.py "$@"
