"""Compile every Qt Designer file in ui/ into showroom_pos/gui/generated/ with pyside6-uic.

Run after editing a .ui file: `python tools/compile_ui.py`. A test fails when a generated module
is missing or older than its .ui file's content (`--check`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "showroom_pos" / "gui" / "generated"


def uic() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials")
    return found


def compiled(ui_file: Path) -> str:
    done = subprocess.run(
        [uic(), "--generator", "python", str(ui_file)], capture_output=True, text=True, check=True
    )
    return done.stdout.replace(str(UI_DIR) + "/", "")


def target(ui_file: Path) -> Path:
    return OUT_DIR / f"ui_{ui_file.stem}.py"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "__init__.py").touch()
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        text = compiled(ui_file)
        out = target(ui_file)
        if out.exists() and out.read_text(encoding="utf-8") == text:
            continue
        if check:
            stale.append(out.name)
        else:
            out.write_text(text, encoding="utf-8")
            print(f"compiled {ui_file.name} -> {out.relative_to(ROOT)}")
    if stale:
        print("stale generated UI modules: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
