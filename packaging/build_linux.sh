#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller and smoke-run it offscreen:
# --version, then every screen opened and closed on a throwaway demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

"$PYTHON" -m pip install -q 'pyinstaller~=6.22.0'
rm -rf build/dist build/work
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath build/dist \
    --workpath build/work packaging/showroom-pos.spec

BUNDLE=build/dist/showroom-pos
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1)"
"$BUNDLE/showroom-pos" --version
# The USB library travels in the bundle: a printer that is not there is told as such.
USB_ANSWER=$("$BUNDLE/showroom-pos" --lang en printer test usb:04b8:0202 2>&1 || true)
case "$USB_ANSWER" in
    *"is not connected"*) echo "bundle usb printer check: $USB_ANSWER" ;;
    *) echo "bundle usb printer check failed: $USB_ANSWER"; exit 1 ;;
esac
export QT_QPA_PLATFORM=offscreen
SMOKE=$(mktemp -d)
SHOWROOM_POS_DATA_DIR="$SMOKE/data" "$BUNDLE/showroom-pos" --lang en screenshots \
    --out "$SMOKE/shots" > "$SMOKE/log" 2>&1 || { cat "$SMOKE/log"; exit 1; }
test -s "$SMOKE/shots/till.png" && test -s "$SMOKE/shots/statements.png"
echo "bundle smoke run: $(ls "$SMOKE/shots" | wc -l) screens opened and closed"
rm -rf "$SMOKE"
