#!/usr/bin/env bash
# Build the one-folder desktop bundle and check it starts: needs binutils (objdump).
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q -e ".[package]"
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/agent-desktop.spec
AGENT_DESKTOP_DATA_DIR="$(mktemp -d)" QT_QPA_PLATFORM=offscreen dist/agent-desktop/agent-desktop --demo --self-test
echo "built dist/agent-desktop ($(du -sh dist/agent-desktop | cut -f1))"
