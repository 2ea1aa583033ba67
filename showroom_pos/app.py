"""Composition root: a database URL becomes a checked, upgraded ledger the services work on."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from showroom_pos.db import schema
from showroom_pos.db.engine import check_url, open_engines, resolve_url, sqlite_path
from showroom_pos.db.faults import fault_in
from showroom_pos.db.journal import ensure_head
from showroom_pos.db.models import JournalHead
from showroom_pos.db.network import network_share
from showroom_pos.domain.errors import DatabaseError, ShowroomError
from showroom_pos.domain.periods import utc_now
from showroom_pos.paths import backups_dir
from showroom_pos.services.context import Ledger

log = logging.getLogger(__name__)


def open_ledger(
    url: str | None = None, *, upgrade: bool = True, clock: Callable[[], datetime] | None = None
) -> Ledger:
    """Open the database at `url` (or the default), refusing one that is not ours or is newer
    than the program; an outdated one is backed up and upgraded when `upgrade` is true."""
    resolved = resolve_url(url)
    check_url(resolved)
    try:
        return _open_ledger(resolved, upgrade=upgrade, clock=clock)
    except ShowroomError:
        raise
    except Exception as error:
        fault = fault_in(error, resolved)
        if fault is None:
            raise
        raise fault from error


def _open_ledger(resolved: str, *, upgrade: bool, clock: Callable[[], datetime] | None) -> Ledger:
    path = sqlite_path(resolved)
    if path is not None:
        schema.probe_sqlite_file(path)
    engines = open_engines(resolved)
    try:
        state = schema.check_database(engines.write)
        if state != "current":
            if not upgrade and state == "outdated":
                raise DatabaseError("db.needs_upgrade")
            backup = schema.upgrade_database(
                engines.write, backup_dir=backups_dir() if sqlite_path(resolved) else None
            )
            if backup is not None:
                log.info("database backed up to %s before the upgrade", backup)
        warnings: tuple[str, ...] = ()
        if path is not None and (share := network_share(path)) is not None:
            log.warning("the SQLite database %s is on a network share (%s)", path, share)
            warnings = ("db.network_share",)
        ledger = Ledger(engines, clock or utc_now, warnings)
        with ledger.read() as session:
            has_head = session.get(JournalHead, 1) is not None
        if not has_head:
            with ledger.write() as session:
                ensure_head(session)
        return ledger
    except BaseException:
        engines.dispose()
        raise
