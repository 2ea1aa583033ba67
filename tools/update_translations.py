"""Refresh the Qt Linguist sources from the code and compile them to .qm.

`python tools/update_translations.py` runs pyside6-lupdate over the GUI code and the Designer
files into resources/translations/*.ts (translate new entries with Qt Linguist), then
pyside6-lrelease into .qm. `--check` fails when a .ts lacks an entry or a translation, or a .qm
is stale.
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("id",)


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def sources() -> list[str]:
    gui = ROOT / "showroom_pos" / "gui"
    files = [p for p in gui.rglob("*.py") if "generated" not in p.parts]
    return [str(p) for p in sorted(files)] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]


def untranslated(ts_file: Path) -> list[str]:
    problems = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if (
            translation is None
            or not (translation.text or "").strip()
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
        ):
            if translation is None or translation.get("type") != "vanished":
                problems.append(source)
    return problems


def main(argv: list[str]) -> int:
    check = "--check" in argv
    failures = []
    for lang in LANGUAGES:
        ts_file = TRANSLATIONS / f"showroom_pos_{lang}.ts"
        qm_file = TRANSLATIONS / f"showroom_pos_{lang}.qm"
        with tempfile.TemporaryDirectory() as folder:
            work_ts = Path(folder) / ts_file.name
            work_ts.write_bytes(ts_file.read_bytes())
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    *sources(),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-ts",
                    str(work_ts),
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            missing = untranslated(work_ts)
            work_qm = Path(folder) / qm_file.name
            subprocess.run(
                [tool("pyside6-lrelease"), str(work_ts), "-qm", str(work_qm)],
                check=True,
                capture_output=True,
                text=True,
            )
            if check:
                if missing:
                    failures.append(f"{ts_file.name}: no translation for {missing[:10]}")
                if work_ts.read_bytes() != ts_file.read_bytes():
                    failures.append(f"{ts_file.name} is not up to date with the code")
                if not qm_file.exists() or not filecmp.cmp(work_qm, qm_file, shallow=False):
                    failures.append(f"{qm_file.name} is stale")
            else:
                ts_file.write_bytes(work_ts.read_bytes())
                qm_file.write_bytes(work_qm.read_bytes())
                extra = TRANSLATIONS / f"qt_extra_{lang}.ts"
                subprocess.run(
                    [tool("pyside6-lrelease"), str(extra), "-qm", str(extra.with_suffix(".qm"))],
                    check=True,
                    capture_output=True,
                )
                print(f"{ts_file.name}: {len(missing)} entries still to translate")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
