"""Private fields: password hashes and makers' NIK, phone and bank account.

The journal keeps them only as digests keyed by the ledger's own secret (`ledger_keys`): a change
is caught, yet neither the journal nor its archive export gives the value away, nor lets anyone
guess it (a NIK or a phone number is easily guessed from a plain SHA-256 of it). On PostgreSQL the
tills' login reads neither these columns nor the key: it gets the digests, and the masks that
printouts show, from what `db/pg_private.py` installs. The columns are deferred in the models, so
an ordinary query never asks for them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session, undefer_group

from showroom_pos.db.models import Base, LedgerKey, Maker
from showroom_pos.db.pg_private import KEY_SEPARATOR, MASKS_VIEW
from showroom_pos.domain.validation import mask_account, mask_nik, mask_phone

KEYED_PREFIX = "key256:"
LEGACY_PREFIX = "sha256:"  # entries written before the ledger had a key
GROUP = "private"
# Stands for a value this login cannot conceal; equal to nothing.
UNKNOWN = object()
T = TypeVar("T")


def readable(session: Session) -> bool:
    """Whether this login may read private fields (always on SQLite: the file is the data)."""
    known = session.info.get("private.readable")
    if known is None:
        known = session.get_bind().dialect.name != "postgresql" or bool(
            session.scalar(text("SELECT has_table_privilege('ledger_keys', 'SELECT')"))
        )
        session.info["private.readable"] = known
    return bool(known)


def _key(session: Session) -> str:
    key = session.info.get("private.key")
    if key is None:
        key = session.scalar(select(LedgerKey.secret).where(LedgerKey.id == 1))
        if not key:
            raise RuntimeError("the ledger has no key (database not upgraded?)")
        session.info["private.key"] = key
    return str(key)


def keyed_digest(key: str, value: str) -> str:
    return KEYED_PREFIX + hashlib.sha256(f"{key}{KEY_SEPARATOR}{value}".encode()).hexdigest()


def is_concealed(value: Any) -> bool:
    return isinstance(value, str) and value.startswith((KEYED_PREFIX, LEGACY_PREFIX))


def conceal(session: Session, value: Any) -> Any:
    """The journal's form of a private value (None stays None; a digest stays itself)."""
    if not isinstance(value, str) or is_concealed(value):
        return value
    return keyed_digest(_key(session), value)


def conceal_if_possible(session: Session, value: Any) -> Any:
    """As `conceal`, or UNKNOWN where this login may not read the key."""
    if not isinstance(value, str) or value.startswith(KEYED_PREFIX):
        return value
    if value.startswith(LEGACY_PREFIX) or not readable(session):
        return UNKNOWN  # compared only with the value itself; superseded at upgrade
    return conceal(session, value)


def current_digests(
    session: Session, cls: type[Base], ids: Iterable[Any]
) -> dict[Any, dict[str, Any]]:
    """The keyed digests of the private fields of these rows, as the database holds them."""
    columns = sorted(cls.__journal_secret__)
    wanted = set(ids)
    if not columns or not wanted:
        return {}
    found: dict[Any, dict[str, Any]] = {}
    if readable(session):
        key = _key(session)
        table = cls.__table__
        pk = next(iter(table.primary_key.columns))  # type: ignore[attr-defined]
        query = select(pk, *(table.c[name] for name in columns))
        for row in session.execute(query):
            if row[0] in wanted:
                found[row[0]] = {
                    name: None if value is None else keyed_digest(key, value)
                    for name, value in zip(columns, row[1:], strict=True)
                }
        return found
    for record_id, column, digest in session.execute(
        text("SELECT record_id, column_name, digest FROM showroom_private_digests(:table)"),
        {"table": cls.__tablename__},
    ):
        if record_id in wanted:
            found.setdefault(record_id, {})[column] = digest
    return found


def with_private(query: Select[T], session: Session) -> Select[T]:
    """`query` loading private columns along, where this login may read them."""
    return query.options(undefer_group(GROUP)) if readable(session) else query


def maker_private(
    session: Session, maker: Maker
) -> tuple[str | None, str | None, str | None, bool]:
    """A maker's NIK, phone and bank account, and whether they are the values themselves or
    only their masks (all this login may read)."""
    if readable(session):
        return maker.nik, maker.phone, maker.bank_account, True
    masks = session.info.get("private.masks")
    if masks is None:
        masks = {
            row[0]: tuple(row[1:])
            for row in session.execute(
                text(f"SELECT id, nik, phone, bank_account FROM {MASKS_VIEW}")
            )
        }
        session.info["private.masks"] = masks
    nik, phone, account = masks.get(maker.id, (None, None, None))
    return nik, phone, account, False


def masked(
    nik: str | None, phone: str | None, account: str | None, values: bool
) -> tuple[str | None, str | None, str | None]:
    """Masks of what `maker_private` gave (masks already when they were not the values)."""
    if not values:
        return nik, phone, account
    return mask_nik(nik) or None, mask_phone(phone) or None, mask_account(account) or None
