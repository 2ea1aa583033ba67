"""What belongs to this computer rather than to the showroom: which till it is, per database."""

from __future__ import annotations

import json
import os
from pathlib import Path

from showroom_pos.db.engine import describe
from showroom_pos.paths import data_dir

FILE_NAME = "this-computer.json"


def _path() -> Path:
    return data_dir() / FILE_NAME


def _load() -> dict[str, dict[str, str]]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def till_code(database_url: str) -> str | None:
    code = _load().get(describe(database_url), {}).get("terminal")
    return str(code) if code else None


def set_till_code(database_url: str, code: str) -> None:
    data = _load()
    data.setdefault(describe(database_url), {})["terminal"] = code
    target = _path()
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(partial, target)
