"""The program's log: a rotating file in the data folder with every detail, and short lines
for a person on the console (never a traceback there)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from showroom_pos.paths import log_path

LOG_BYTES = 1_000_000
LOG_FILES = 5
_OURS = "_showroom_pos_handler"


class _NoTraceback(logging.Formatter):
    """One line per record: a traceback goes to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        plain = logging.makeLogRecord(record.__dict__)
        plain.exc_info = plain.exc_text = plain.stack_info = None
        return super().format(plain)


def configure(*, verbose: bool = False, console: bool = True) -> Path | None:
    """Set the log up (again: earlier handlers of ours are replaced). Returns the log file's
    path, or None when the data folder cannot hold one (the program goes on without)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.INFO)
    if console:
        shown = logging.StreamHandler()
        shown.setLevel(logging.INFO if verbose else logging.WARNING)
        shown.setFormatter(_NoTraceback("%(levelname)s %(name)s: %(message)s"))
        setattr(shown, _OURS, True)
        root.addHandler(shown)
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        kept = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
    except OSError:
        return None
    kept.setLevel(logging.INFO)
    kept.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    setattr(kept, _OURS, True)
    root.addHandler(kept)
    return path


def current_log() -> Path | None:
    """The file the log is written to now, if any."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, _OURS, False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
