#!/usr/bin/env bash
# Screenshots of the real window under Xvfb, in English and Welsh, into docs/.
# Needs: apt-get install xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=xcb
data=$(mktemp -d)
for language in en cy; do
  AGENT_DESKTOP_DATA_DIR="$data" xvfb-run -a -s "-screen 0 1440x900x24" \
    python scripts/screenshots.py --language "$language" --out "docs/main-window-$language.png"
done
for language in en cy; do
  AGENT_DESKTOP_DATA_DIR="$data" xvfb-run -a -s "-screen 0 1440x900x24" \
    python scripts/screenshots.py --language "$language" --board --user groberts \
    --out "docs/team-board-$language.png"
done
for language in en cy; do
  AGENT_DESKTOP_DATA_DIR="$data" xvfb-run -a -s "-screen 0 1440x900x24" \
    python scripts/screenshots.py --language "$language" --desk visits --user gllewellyn \
    --out "docs/visits-desk-$language.png"
  AGENT_DESKTOP_DATA_DIR="$data" xvfb-run -a -s "-screen 0 1440x900x24" \
    python scripts/screenshots.py --language "$language" --desk restrictions --user groberts \
    --out "docs/restrictions-desk-$language.png"
done
AGENT_DESKTOP_DATA_DIR="$(mktemp -d)" xvfb-run -a -s "-screen 0 1440x900x24" \
  python scripts/screenshots.py --language en --offline --out docs/main-window-offline-en.png
echo "wrote docs/main-window-{en,cy}.png docs/team-board-{en,cy}.png" \
  "docs/visits-desk-{en,cy}.png docs/restrictions-desk-{en,cy}.png docs/main-window-offline-en.png"
