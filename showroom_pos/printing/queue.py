"""The till's print queue: every print job is written down before it is sent, and a job the
printer did not take stays, with its error, until it is printed, sent elsewhere, or dropped.

The queue is a small JSON file in the data folder of this computer (the printer belongs to the
computer, not to the database). It is rewritten atomically, so a crash never leaves half a file;
a job that succeeded is removed, so nothing is printed twice unless a reprint is asked for.
Jobs are sent by `PrintService.run_job` (`printing/service.py`).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.periods import utc_now
from showroom_pos.domain.printer_uri import parse_uri

log = logging.getLogger(__name__)

KINDS = ("receipt", "slip", "tags")


@dataclass(frozen=True)
class PrintJob:
    """One paper to print: a receipt, a slip, or a run of price tags."""

    id: str
    kind: str
    reference: str  # receipt number, slip number, or a description of the tags
    printer: str  # URI; "" means the printer of the settings
    created_at: str
    attempts: int = 0
    last_error: str = ""
    tag_codes: tuple[tuple[str, int], ...] = field(default_factory=tuple)

    @property
    def failed(self) -> bool:
        return self.attempts > 0


class PrintQueue:
    """Jobs waiting or failed, kept in `path`; safe to use from the GUI and worker threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _load(self) -> list[PrintJob]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            # A damaged queue must not stop the till; it is kept aside for a look.
            log.error("print queue %s unreadable (%s); kept as .damaged", self.path, error)
            self.path.replace(self.path.with_suffix(".damaged"))
            return []
        return [
            PrintJob(**{**item, "tag_codes": tuple(tuple(t) for t in item["tag_codes"])})
            for item in raw.get("jobs", [])
        ]

    def _save(self, jobs: list[PrintJob]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".queue-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"jobs": [asdict(job) for job in jobs]}, out, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, self.path)

    def jobs(self) -> list[PrintJob]:
        with self._lock:
            return self._load()

    def add(
        self,
        kind: str,
        reference: str,
        printer: str = "",
        tag_codes: tuple[tuple[str, int], ...] = (),
        now: datetime | None = None,
    ) -> PrintJob:
        """A new job; a receipt or slip already waiting is that same job, not a second one,
        so a retry after a failure never puts two papers in the queue."""
        if kind not in KINDS:
            raise ValueError(f"unknown print job kind {kind!r}")
        with self._lock:
            jobs = self._load()
            if kind != "tags":
                for waiting in jobs:
                    if waiting.kind == kind and waiting.reference == reference:
                        return waiting
            job = PrintJob(
                uuid.uuid4().hex[:12],
                kind,
                reference,
                printer,
                (now or utc_now()).isoformat(timespec="seconds"),
                tag_codes=tag_codes,
            )
            self._save([*jobs, job])
        return job

    def get(self, job_id: str) -> PrintJob | None:
        return next((job for job in self.jobs() if job.id == job_id), None)

    def _change(self, job_id: str, **changes: Any) -> PrintJob | None:
        with self._lock:
            jobs = self._load()
            for index, job in enumerate(jobs):
                if job.id == job_id:
                    jobs[index] = replace(job, **changes)
                    self._save(jobs)
                    return jobs[index]
        return None

    def redirect(self, job_id: str, printer: str) -> PrintJob | None:
        return self._change(job_id, printer=printer)

    def remove(self, job_id: str) -> None:
        with self._lock:
            self._save([job for job in self._load() if job.id != job_id])

    def failed(self, job_id: str, error: str) -> PrintJob | None:
        job = self.get(job_id)
        if job is None:
            return None
        return self._change(job_id, attempts=job.attempts + 1, last_error=error[:300])


def check_printer_uri(text: str) -> str:
    """A printer URI typed by a person, checked before a job is sent there."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError("printer.not_set")
    parse_uri(cleaned)
    return cleaned
