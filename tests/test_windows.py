"""The Windows program's own paths, simulated on Linux where they are plain Python: its data
folder, its two entry points (console and windowed), the installer script and the workflow
that builds it on a Windows runner."""

from __future__ import annotations

import re
import runpy
import sys
from pathlib import Path, PureWindowsPath

import platformdirs.windows
import pytest
import yaml

from showroom_pos import paths
from showroom_pos.domain.errors import EXIT_SERVER

ROOT = Path(__file__).resolve().parent.parent


def test_the_data_folder_is_under_localappdata(monkeypatch: pytest.MonkeyPatch) -> None:
    local = "C:\\Users\\kasir\\AppData\\Local"
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setenv("LOCALAPPDATA", local)
    # platformdirs' Windows rules, the known folder read as Windows sets it in the environment
    monkeypatch.setattr(
        platformdirs.windows,
        "_RESOLVE_WIN_FOLDER",
        platformdirs.windows.get_win_folder_from_env_vars,
    )
    monkeypatch.setattr(
        paths,
        "user_data_dir",
        lambda name, author: platformdirs.windows.Windows(name, author).user_data_dir,
    )
    monkeypatch.setattr(Path, "mkdir", lambda self, *args, **kwargs: None)
    folder = PureWindowsPath(str(paths.data_dir()))  # "/" joins on Linux, "\\" on Windows
    assert folder == PureWindowsPath(local, "Dekranasda Kota Pekalongan", "showroom-pos")
    # the installer promises never to touch it; it says where it is
    assert "%LOCALAPPDATA%\\Dekranasda Kota Pekalongan\\showroom-pos" in (
        ROOT / "packaging" / "showroom-pos.iss"
    ).read_text(encoding="utf-8")


def _spec_programs() -> list[tuple[str, bool]]:
    spec = (ROOT / "packaging" / "showroom-pos.spec").read_text(encoding="utf-8")
    return [
        (name, console == "True")
        for name, console in re.findall(
            r"name=['\"]([\w-]+)['\"][^)]*?console=(True|False)", spec, re.DOTALL
        )
    ]


def test_the_bundle_has_a_console_and_a_windowed_program_on_one_entry() -> None:
    programs = dict(_spec_programs())
    assert programs == {"showroom-pos": True, "showroom-pos-app": False}
    iss = (ROOT / "packaging" / "showroom-pos.iss").read_text(encoding="utf-8")
    assert "showroom-pos-app.exe" in iss  # shortcuts start the windowed one


def test_the_windowed_program_shows_a_start_refusal_in_a_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No console on Windows: sys.stderr is None there, yet the refusal must reach a person."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(
        sys, "argv", ["showroom-pos-app", "--lang", "en", "--db", "mysql://kasir@server/showroom"]
    )
    with pytest.raises(SystemExit) as ended:
        runpy.run_path(str(ROOT / "packaging" / "entry.py"), run_name="__main__")
    assert ended.value.code == EXIT_SERVER
    assert len(shown) == 1 and "not supported" in shown[0]


def test_the_installer_uses_the_projects_own_indonesian_messages() -> None:
    iss = (ROOT / "packaging" / "showroom-pos.iss").read_text(encoding="utf-8")
    names = re.findall(r'MessagesFile:\s*"([^"]+)"', iss)
    assert names == ["Indonesian.isl", "compiler:Default.isl"]
    messages = (ROOT / "packaging" / "Indonesian.isl").read_bytes()
    assert messages.startswith(b"\xef\xbb\xbf")  # UTF-8 with its BOM, as Inno Setup 6 reads it
    text = messages.decode("utf-8-sig")
    assert "LanguageID=$0421" in text and "LanguageName=Bahasa Indonesia" in text
    entries = dict(re.findall(r"^(\w+)=(.*)$", text, re.MULTILINE))
    for key, english_words in (
        ("ButtonNext", "Next"),
        ("ButtonCancel", "Cancel"),
        ("ButtonInstall", "Install"),
        ("ButtonFinish", "Finish"),
    ):
        assert entries.get(key) and english_words not in entries[key]
    assert len(entries) > 250


def test_the_windows_workflow_tests_bundles_compiles_and_uploads() -> None:
    workflow = yaml.safe_load(
        (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    )
    job = workflow["jobs"]["installer"]
    assert job["runs-on"].startswith("windows-")
    steps = job["steps"]
    actions = [step["uses"] for step in steps if "uses" in step]
    assert actions and all(re.fullmatch(r"[\w-]+/[\w-]+@v\d+", used) for used in actions)
    commands = "\n".join(step.get("run", "") for step in steps)
    for needed in (
        'pip install -e ".[test]"',
        "pytest",
        "PyInstaller",
        "ISCC.exe",
        "packaging\\showroom-pos.iss",
    ):
        assert needed in commands
    assert job["env"]["QT_QPA_PLATFORM"] == "offscreen"
    assert any(used.startswith("actions/upload-artifact@") for used in actions)


def test_pywin32_is_declared_for_windows_only() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = [dep for dep in project["dependencies"] if dep.startswith("pywin32")]
    assert pins and all("sys_platform == 'win32'" in pin for pin in pins)


def test_a_bluetooth_printers_com_port_builds_a_serial_printer_on_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import serial

    from showroom_pos.printing.connection import connect, open_printer

    opened: list[tuple[str, int]] = []

    class Port:  # pyserial's Serial as Windows would give it for COM5
        def __init__(self, port: str, baudrate: int, **_options: object) -> None:
            opened.append((port, baudrate))

        is_open = True

        def flush(self) -> None:
            pass

        def close(self) -> None:
            pass

    monkeypatch.setattr(serial, "Serial", Port)
    printer = open_printer("serial:COM5?baudrate=19200")
    assert type(printer).__name__ == "Serial"
    connect(printer, "serial:COM5?baudrate=19200")
    assert opened == [("COM5", 19200)]
