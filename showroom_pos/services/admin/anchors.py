"""The showroom's own signing key and the anchors it signs into the journal.

The journal's hash chain shows a change made by someone who does not know the algorithm; a forger
who does can recompute it. So each Z report, each finalized statement and each issued statement
PDF also signs the journal's head with the showroom's Ed25519 key, which lives in a file on the
computer that closes the day (see `paths.signing_key_path`), never in the database. Verification
(`verification.py`) checks every anchor against the key, the chain against every anchor, and the
anchors this computer remembers signing (its anchor log) against the database, so a forger with
the database but without the key is caught for everything up to the last anchor.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import (
    Anchor,
    JournalHead,
    SettlementPayment,
)
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.text import Term
from showroom_pos.paths import anchor_log_path, signing_key_path
from showroom_pos.services.common import record

log = logging.getLogger(__name__)

KEY, Z, STATEMENT, DOCUMENT, PAYOUT = "key", "z", "statement", "document", "payout"
EVENT = "event"  # a merged event laptop's journal: its head, as merged
_VERSION = "showroom-pos anchor v1"


@dataclass(frozen=True)
class ShowroomKey:
    """The key pair (or, for checking only, the public half) and its short id."""

    public_hex: str
    private: Ed25519PrivateKey | None = None

    @property
    def key_id(self) -> str:
        return key_id(self.public_hex)

    def sign(self, message: bytes) -> str:
        assert self.private is not None, "a public key cannot sign"
        return self.private.sign(message).hex()

    def verifies(self, message: bytes, signature_hex: str) -> bool:
        try:
            public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(self.public_hex))
            public.verify(bytes.fromhex(signature_hex), message)
        except (InvalidSignature, ValueError):
            return False
        return True


def key_id(public_hex: str) -> str:
    """What the Z report and the README call the key: 16 hex digits of its fingerprint."""
    return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16]


def _public_hex(private: Ed25519PrivateKey) -> str:
    return (
        private.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )


def load_key(path: Path | None = None) -> ShowroomKey | None:
    """The private key on this computer, or None when there is none."""
    where = path or signing_key_path()
    try:
        data = where.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ValidationError("key.unreadable", path=str(where), reason=str(error)) from None
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        private = None
    if not isinstance(private, Ed25519PrivateKey):
        raise ValidationError(
            "key.unreadable", path=str(where), reason=Term("key.reason_not_ed25519")
        )
    return ShowroomKey(_public_hex(private), private)


def load_public_key(path: Path) -> ShowroomKey:
    """A public key file (PEM, as written beside the key) for checking on another computer."""
    try:
        public = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError) as error:
        raise ValidationError("key.unreadable", path=str(path), reason=str(error)) from None
    if not isinstance(public, Ed25519PublicKey):
        raise ValidationError(
            "key.unreadable", path=str(path), reason=Term("key.reason_not_ed25519")
        )
    return ShowroomKey(
        public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    )


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def create_key(path: Path | None = None) -> ShowroomKey:
    """A new key pair: the private key readable by this user only, the public one beside it."""
    where = path or signing_key_path()
    private = Ed25519PrivateKey.generate()
    try:
        _write_private(
            where,
            private.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        )
        where.with_suffix(".pub").write_bytes(
            private.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
    except OSError as error:
        raise ValidationError("file.unwritable", path=str(where), reason=str(error)) from None
    log.info("showroom signing key created at %s", where)
    return ShowroomKey(_public_hex(private), private)


def message(
    kind: str,
    reference: str,
    journal_seq: int,
    journal_hash: str,
    content_hash: str,
    signed_at: datetime,
) -> bytes:
    """Exactly what is signed; a change to any part breaks the signature."""
    return "\n".join(
        (
            _VERSION,
            kind,
            reference,
            str(journal_seq),
            journal_hash,
            content_hash,
            signed_at.isoformat(),
        )
    ).encode()


def anchor_message(anchor: Anchor) -> bytes:
    return message(
        anchor.kind,
        anchor.reference,
        anchor.journal_seq,
        anchor.journal_hash,
        anchor.content_hash,
        anchor.signed_at,
    )


def registered_keys(session: Session) -> dict[str, ShowroomKey]:
    """The keys this database was registered with, each proven by its own signature."""
    found: dict[str, ShowroomKey] = {}
    for anchor in session.scalars(select(Anchor).where(Anchor.kind == KEY).order_by(Anchor.id)):
        try:
            key = ShowroomKey(anchor.content_hash)
            valid = key.key_id == anchor.key_id and key.verifies(
                anchor_message(anchor), anchor.signature
            )
        except ValueError:
            valid = False
        if valid:
            found.setdefault(anchor.key_id, key)
    return found


def _head(session: Session) -> JournalHead:
    session.flush()
    journal.ensure_head(session)
    head = session.execute(select(JournalHead).where(JournalHead.id == 1)).scalar_one()
    session.refresh(head)  # writers take turns, so the head read now stays the head
    return head


def _anchor(
    session: Session,
    key: ShowroomKey,
    *,
    kind: str,
    reference: str,
    content_hash: str,
    at: datetime,
    database: str,
) -> Anchor:
    head = _head(session)
    anchor = Anchor(
        kind=kind,
        reference=reference[:80],
        journal_seq=head.last_seq,
        journal_hash=head.last_hash,
        content_hash=content_hash,
        key_id=key.key_id,
        signed_at=at,
        signature="",
    )
    anchor.signature = key.sign(anchor_message(anchor))
    session.add(anchor)
    session.flush()
    _remember_after_commit(session, database, anchor)
    return anchor


def register_key(
    session: Session, *, at: datetime, user_id: int | None, database: str
) -> ShowroomKey:
    """At set-up (or the first signing of an older database): this computer's key, made now
    if there is none, registered in the database by an anchor it signs itself."""
    key = load_key() or create_key()
    if key.key_id not in registered_keys(session):
        anchor = _anchor(
            session,
            key,
            kind=KEY,
            reference="showroom key",
            content_hash=key.public_hex,
            at=at,
            database=database,
        )
        record(
            session,
            action="key.register",
            user_id=user_id,
            at=at,
            summary=f"showroom signing key {key.key_id} registered",
            records=[anchor],
        )
    return key


def ensure_registered(
    session: Session, *, at: datetime, user_id: int | None, database: str
) -> None:
    """Before a record that names the journal's head is made (a Z report): a database without
    a key (from before anchors, or an event laptop's) gets this computer's key first, so that
    the head the record names is the one then signed."""
    if not registered_keys(session):
        register_key(session, at=at, user_id=user_id, database=database)


def sign(
    session: Session,
    *,
    kind: str,
    reference: str,
    content_hash: str,
    at: datetime,
    user_id: int | None,
    database: str,
) -> Anchor:
    """Sign the journal's head for a Z report, a statement or an issued document. The caller
    journals the anchor with the record it anchors."""
    registered = registered_keys(session)
    key = load_key()
    if not registered:  # a database from before anchors: this computer's key becomes its key
        key = register_key(session, at=at, user_id=user_id, database=database)
    elif key is None:
        raise ValidationError("key.missing", path=str(signing_key_path()))
    elif key.key_id not in registered:
        raise ValidationError("key.foreign", path=str(signing_key_path()), key=key.key_id)
    return _anchor(
        session,
        key,
        kind=kind,
        reference=reference,
        content_hash=content_hash,
        at=at,
        database=database,
    )


def payout_content_hash(payment: SettlementPayment) -> str:
    """What a payout anchor signs: the payment as recorded."""
    return hashlib.sha256(journal.canonical_json(journal.snapshot(payment)).encode()).hexdigest()


def sign_payout_if_key_here(
    session: Session,
    payment: SettlementPayment,
    reference: str,
    *,
    at: datetime,
    user_id: int,
    database: str,
) -> Anchor | None:
    """Sign a payout where this computer holds the key (the treasurer's may not): a payout
    changed afterwards then fails verification at once, not only once a later anchor covers it.
    A payout never makes a key (that is set-up's or the first Z report's)."""
    return sign_if_key_here(
        session,
        kind=PAYOUT,
        reference=reference,
        content_hash=payout_content_hash(payment),
        at=at,
        user_id=user_id,
        database=database,
    )


def sign_if_key_here(
    session: Session,
    *,
    kind: str,
    reference: str,
    content_hash: str,
    at: datetime,
    user_id: int,
    database: str,
) -> Anchor | None:
    """Sign where this computer holds the database's key; else nothing (never makes a key)."""
    if not registered_keys(session):
        return None
    try:
        return sign(
            session,
            kind=kind,
            reference=reference,
            content_hash=content_hash,
            at=at,
            user_id=user_id,
            database=database,
        )
    except ValidationError as refused:
        if refused.code not in ("key.missing", "key.foreign"):
            raise
        return None


def event_reference(event_code: str) -> str:
    return f"event {event_code}"


def trusted_keys(session: Session) -> dict[str, ShowroomKey]:
    """This computer's key when it has one, else the keys the database registered."""
    key = load_key()
    return {key.key_id: key} if key is not None else registered_keys(session)


def signing_required_since(session: Session) -> datetime | None:
    """Since when everything final must be signed (the key's registration), or None."""
    return session.scalar(
        select(Anchor.signed_at).where(Anchor.kind == KEY).order_by(Anchor.id).limit(1)
    )


def is_signed(session: Session, *, kind: str, reference: str, content_hash: str) -> bool:
    """Whether an anchor with a valid signature of a trusted key holds this content."""
    trusted = trusted_keys(session)
    for anchor in session.scalars(
        select(Anchor).where(
            Anchor.kind == kind, Anchor.reference == reference, Anchor.content_hash == content_hash
        )
    ):
        signer = trusted.get(anchor.key_id)
        if signer is not None and signer.verifies(anchor_message(anchor), anchor.signature):
            return True
    return False


def assert_intact_since_last_anchor(session: Session) -> None:
    """Refuse to close a day or a month over records that no longer match the journal, checked
    from the newest anchor (whose signed hash the chain must still lead on from)."""
    latest = session.scalar(select(Anchor).order_by(Anchor.id.desc()).limit(1))
    after_seq, after_hash = (
        (latest.journal_seq, latest.journal_hash)
        if latest is not None
        else (0, journal.GENESIS_HASH)
    )
    broken = journal.intact_since(session, after_seq, after_hash)
    if broken is not None:
        raise ValidationError("journal.broken", seq=broken)


# -- the anchor log: what this computer signed, kept beside the key -------------------------


def _remember_after_commit(session: Session, database: str, anchor: Anchor) -> None:
    pending: list[dict[str, Any]] = session.info.setdefault("anchor_log", [])
    if not pending:
        event.listen(session, "after_commit", _write_log, once=True)
    pending.append(
        {
            "database": database,
            "kind": anchor.kind,
            "reference": anchor.reference,
            "journal_seq": anchor.journal_seq,
            "journal_hash": anchor.journal_hash,
            "signature": anchor.signature,
        }
    )


def _write_log(session: Session) -> None:
    lines = session.info.pop("anchor_log", [])
    try:
        with anchor_log_path().open("a", encoding="utf-8") as handle:
            for line in lines:
                handle.write(json.dumps(line, sort_keys=True) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:  # the anchor itself is committed; only the local memory of it is lost
        log.exception("could not write the anchor log %s", anchor_log_path())


def read_log(database: str, path: Path | None = None) -> list[dict[str, Any]]:
    where = path or anchor_log_path()
    try:
        text = where.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except OSError as error:
        raise ValidationError("key.unreadable", path=str(where), reason=str(error)) from None
    found = []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and entry.get("database") == database:
            found.append(entry)
    return found


# -- names and hashes the anchors are made of ----------------------------------------------


def database_name(url: str) -> str:
    """How the anchor log names a database: the SQLite file's full path, or the server URL
    without its password."""
    from showroom_pos.db.engine import describe, sqlite_path

    path = sqlite_path(url)
    return str(path.resolve()) if path is not None else describe(url)


def z_reference(terminal_code: str, z_number: int) -> str:
    return f"{terminal_code} Z{z_number}"


def z_content_hash(content: str) -> str:
    return hashlib.sha256(content.encode()).hexdigest()
