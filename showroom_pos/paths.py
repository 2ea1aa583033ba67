"""The one place that finds resources/, ui/ and the user's data folder, also in a frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "showroom-pos"
APP_AUTHOR = "Dekranasda Kota Pekalongan"
ENV_DATA_DIR = "SHOWROOM_POS_DATA_DIR"


def _root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    bundled = Path(__file__).resolve().parent / "resources"
    return bundled if bundled.is_dir() else _root() / "resources"


def ui_dir() -> Path:
    return _root() / "ui"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"


def data_dir() -> Path:
    """Where the database, backups and print queue live (`$SHOWROOM_POS_DATA_DIR` overrides)."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


ENV_KEY = "SHOWROOM_POS_KEY"


def signing_key_path() -> Path:
    """The showroom's private signing key (`$SHOWROOM_POS_KEY` overrides); never in the
    database, and not in the backups folder, so that a copy of either cannot sign."""
    override = os.environ.get(ENV_KEY)
    return Path(override) if override else data_dir() / "keys" / "showroom-signing-key.pem"


def anchor_log_path() -> Path:
    """Beside the key: every anchor this computer signed, to find a journal cut after it."""
    return signing_key_path().with_name("anchors.log")


def log_path() -> Path:
    """The program's own log (rotated), where a bug's details are written."""
    return data_dir() / "logs" / "showroom-pos.log"
