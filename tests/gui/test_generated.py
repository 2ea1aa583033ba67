"""The compiled screen modules match their Designer files (run tools/compile_ui.py if not)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_ui_modules_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "compile_ui.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_designer_file_has_a_screen_module() -> None:
    gui = ROOT / "showroom_pos" / "gui"
    for ui_file in (ROOT / "ui").glob("*.ui"):
        modules = list(gui.glob(f"*/{ui_file.stem}.py")) + list(gui.glob(f"{ui_file.stem}.py"))
        assert modules, f"no screen module for {ui_file.name}"
