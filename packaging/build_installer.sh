#!/usr/bin/env bash
# The Windows installer compiled with Inno Setup's own compiler: ISCC.exe from the npm package
# `innosetup`, run by Debian's wine, over the one-folder bundle that exists (on Linux CI the Linux
# bundle of packaging/build_linux.sh stands in for the Windows one; the setup .exe it makes is
# for checking the script, not for handing out). Fails when ISCC fails.
#   bash packaging/build_installer.sh          (after packaging/build_linux.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

INNO_VERSION=6.4.1
BUNDLE=build/dist/showroom-pos
if [ ! -d "$BUNDLE" ]; then
    echo "No bundle at $BUNDLE: build it first (packaging/build_linux.sh, or PyInstaller on Windows)." >&2
    exit 1
fi

if ! command -v wine >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        # ISCC.exe is a 32-bit program: Debian's wine needs its i386 half
        dpkg --add-architecture i386
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            wine wine32 wine64 xvfb xauth >/dev/null
    else
        echo "wine is needed to run Inno Setup's compiler (Debian: apt-get install wine wine32)." >&2
        exit 1
    fi
fi

TOOLS=build/innosetup
ISCC="$TOOLS/package/bin/ISCC.exe"
if [ ! -f "$ISCC" ]; then
    rm -rf "$TOOLS" && mkdir -p "$TOOLS"
    (cd "$TOOLS" && npm pack --silent "innosetup@$INNO_VERSION" >/dev/null \
        && tar xzf "innosetup-$INNO_VERSION.tgz")
fi

VERSION=$(python3 -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
export WINEPREFIX="$PWD/build/wine" WINEDEBUG=-all
rm -rf build/installer
started=$(date +%s)
wine "$ISCC" /Q "/DAppVersion=$VERSION" packaging/showroom-pos.iss
setup="build/installer/showroom-pos-$VERSION-setup.exe"
test -s "$setup"
echo "Installer: $setup ($(du -h "$setup" | cut -f1)), compiled in $(( $(date +%s) - started )) s"

# Run it, silently, into the wine prefix: every file of the bundle must arrive, and the
# uninstaller must leave the data folder alone.
started=$(date +%s)
DATA="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Local/Dekranasda Kota Pekalongan/showroom-pos"
mkdir -p "$DATA" && echo "data" > "$DATA/keep.txt"
on_screen=()  # even a silent setup makes windows: wine needs a display
if [ -z "${DISPLAY:-}" ]; then on_screen=(xvfb-run -a); fi
"${on_screen[@]}" wineboot --init >/dev/null 2>&1  # a whole prefix first, its set-up finished
wineserver --wait
if ! "${on_screen[@]}" wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS /NORESTART \
        '/DIR=C:\Showroom POS' '/LOG=C:\setup.log' >/dev/null 2>&1; then
    tail -20 "$WINEPREFIX/drive_c/setup.log" >&2 || true
    echo "The installer failed under wine." >&2
    exit 1
fi
INSTALLED="$WINEPREFIX/drive_c/Showroom POS"
# (a Linux bundle holds symbolic links to libraries: the installer copies what they point to)
expected=$(cd "$BUNDLE" && find . \( -type f -o -type l \) | wc -l)
arrived=$(cd "$INSTALLED" && find . -type f ! -name 'unins*' | wc -l)
if [ "$expected" != "$arrived" ]; then
    echo "The installer put $arrived files in place, the bundle has $expected." >&2
    exit 1
fi
"${on_screen[@]}" wine "$INSTALLED/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART \
    >/dev/null 2>&1
for _ in $(seq 30); do [ -e "$INSTALLED/unins000.exe" ] || break; sleep 1; done
test -f "$DATA/keep.txt" || { echo "The uninstaller removed the data folder." >&2; exit 1; }
echo "Installer run silently under wine: $arrived files installed, uninstalled, data kept ($(( $(date +%s) - started )) s)"
