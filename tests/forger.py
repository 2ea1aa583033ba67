"""A forger with the SQLite file and the published journal algorithm, but not the showroom key.

Written from the README's description of the chain (hash = SHA-256 of the previous hash and the
entry's canonical JSON: seq, occurred_at, user_id, action, summary, payload), not from the
program's code: it drops the guards, changes rows, patches their snapshots in the journal and
recomputes every hash and the head, as someone hiding a change would.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class Forger:
    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.row_factory = sqlite3.Row
        self.guards = self.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
        for name, _sql in self.guards:
            self.db.execute(f'DROP TRIGGER "{name}"')

    def _records(self, seq: int) -> list[list[Any]]:
        payload = json.loads(
            self.db.execute("SELECT payload FROM journal WHERE seq = ?", (seq,)).fetchone()[
                "payload"
            ]
        )
        return list(payload["records"])

    def _patch(self, table: str, row_id: Any, change: Any) -> None:
        for entry in self.db.execute("SELECT seq, payload FROM journal").fetchall():
            payload = json.loads(entry["payload"])
            records = []
            for name, values in payload["records"]:
                if name == table and values.get("id") == row_id:
                    values = change(values)
                    if values is None:
                        continue
                records.append([name, values])
            payload["records"] = records
            self.db.execute(
                "UPDATE journal SET payload = ? WHERE seq = ?", (_canonical(payload), entry["seq"])
            )

    def set(self, table: str, row_id: int, **columns: Any) -> None:
        """Change a row and every snapshot of it in the journal (a time as the database
        stores it, naive UTC text, and as the journal does, ISO with its offset)."""
        stored = {
            name: value.astimezone(UTC)
            .replace(tzinfo=None)
            .isoformat(sep=" ", timespec="microseconds")
            if isinstance(value, datetime)
            else value
            for name, value in columns.items()
        }
        journaled = {
            name: value.isoformat() if isinstance(value, datetime) else value
            for name, value in columns.items()
        }
        assignments = ", ".join(f'"{name}" = ?' for name in stored)
        self.db.execute(
            f'UPDATE "{table}" SET {assignments} WHERE id = ?', (*stored.values(), row_id)
        )
        self._patch(
            table,
            row_id,
            lambda values: {  # only columns the journal keeps
                **values,
                **{name: value for name, value in journaled.items() if name in values},
            },
        )

    def cut_from(self, seq: int) -> None:
        """Remove the journal from entry `seq` on, with every row those entries wrote."""
        for entry in self.db.execute(
            "SELECT seq FROM journal WHERE seq >= ? ORDER BY seq DESC", (seq,)
        ).fetchall():
            for table, values in reversed(self._records(entry["seq"])):
                self.db.execute(f'DELETE FROM "{table}" WHERE id = ?', (values["id"],))
        self.db.execute("DELETE FROM journal WHERE seq >= ?", (seq,))

    def rechain(self) -> None:
        """Recompute every entry's hash and the head, as the published algorithm says."""
        previous = "0" * 64
        last = 0
        for entry in self.db.execute("SELECT * FROM journal ORDER BY seq").fetchall():
            moment = datetime.fromisoformat(entry["occurred_at"]).replace(tzinfo=UTC)
            body = {
                "seq": entry["seq"],
                "occurred_at": moment.isoformat(),
                "user_id": entry["user_id"],
                "action": entry["action"],
                "summary": entry["summary"],
                "payload": entry["payload"],
            }
            digest = hashlib.sha256((previous + _canonical(body)).encode()).hexdigest()
            self.db.execute(
                "UPDATE journal SET prev_hash = ?, hash = ? WHERE seq = ?",
                (previous, digest, entry["seq"]),
            )
            previous, last = digest, entry["seq"]
        self.db.execute("UPDATE journal_head SET last_seq = ?, last_hash = ?", (last, previous))

    def hash_of(self, seq: int) -> str:
        return str(
            self.db.execute("SELECT hash FROM journal WHERE seq = ?", (seq,)).fetchone()["hash"]
        )

    def done(self) -> None:
        """Put the guards back as they were and save."""
        for _name, sql in self.guards:
            self.db.execute(sql)
        self.db.commit()
        self.db.close()
