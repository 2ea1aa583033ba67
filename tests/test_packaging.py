"""What `pip install .` puts on a fresh machine: every package, the migrations, the resources."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_for_installation() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "showroom_pos").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject.toml packages: {sorted(found - listed)}"
    for package in ("showroom_pos.db.migrations", "showroom_pos.db.migrations.versions"):
        assert package in listed


@pytest.mark.slow
def test_the_wheel_carries_migrations_translations_and_examples(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    wheel = next(tmp_path.glob("showroom_pos-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "showroom_pos/db/migrations/env.py",
        "showroom_pos/db/migrations/script.py.mako",
        "showroom_pos/db/migrations/versions/0001_initial_schema.py",
        "showroom_pos/resources/translations/showroom_pos_id.qm",
        "showroom_pos/resources/examples/makers.csv",
        "showroom_pos/gui/generated/ui_till_screen.py",
    ):
        assert needed in names, needed
