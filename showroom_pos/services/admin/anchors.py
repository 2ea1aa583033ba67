"""The showroom's own signing key and the anchors it signs into the journal.

The journal's hash chain shows a change made by someone who does not know the algorithm; a forger
who does can recompute it. So each Z report, each finalized statement and each issued statement
PDF also signs the journal's head with the showroom's Ed25519 key, which lives in a file on the
computer that closes the day (see `paths.signing_key_path`), never in the database. Verification
checks every anchor against the key, the chain against every anchor, and the anchors this
computer remembers signing (its anchor log) against the database, so a forger with the database
but without the key is caught for everything up to the last anchor.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
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
    DayClose,
    Event,
    JournalEntry,
    JournalHead,
    Settlement,
    SettlementPayment,
    Terminal,
)
from showroom_pos.domain.errors import ValidationError
from showroom_pos.paths import anchor_log_path, signing_key_path

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
    return private.public_key().public_bytes(serialization.Encoding.Raw,
                                             serialization.PublicFormat.Raw).hex()


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
        raise ValidationError("key.unreadable", path=str(where), reason="not an Ed25519 key")
    return ShowroomKey(_public_hex(private), private)


def load_public_key(path: Path) -> ShowroomKey:
    """A public key file (PEM, as written beside the key) for checking on another computer."""
    try:
        public = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError) as error:
        raise ValidationError("key.unreadable", path=str(path), reason=str(error)) from None
    if not isinstance(public, Ed25519PublicKey):
        raise ValidationError("key.unreadable", path=str(path), reason="not an Ed25519 key")
    return ShowroomKey(public.public_bytes(serialization.Encoding.Raw,
                                           serialization.PublicFormat.Raw).hex())


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
        _write_private(where, private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
        where.with_suffix(".pub").write_bytes(private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    except OSError as error:
        raise ValidationError("file.unwritable", path=str(where), reason=str(error)) from None
    log.info("showroom signing key created at %s", where)
    return ShowroomKey(_public_hex(private), private)


def message(kind: str, reference: str, journal_seq: int, journal_hash: str, content_hash: str,
            signed_at: datetime) -> bytes:
    """Exactly what is signed; a change to any part breaks the signature."""
    return "\n".join((_VERSION, kind, reference, str(journal_seq), journal_hash, content_hash,
                      signed_at.isoformat())).encode()


def _message_of(anchor: Anchor) -> bytes:
    return message(anchor.kind, anchor.reference, anchor.journal_seq, anchor.journal_hash,
                   anchor.content_hash, anchor.signed_at)


def registered_keys(session: Session) -> dict[str, ShowroomKey]:
    """The keys this database was registered with, each proven by its own signature."""
    found: dict[str, ShowroomKey] = {}
    for anchor in session.scalars(select(Anchor).where(Anchor.kind == KEY).order_by(Anchor.id)):
        try:
            key = ShowroomKey(anchor.content_hash)
            valid = key.key_id == anchor.key_id and key.verifies(_message_of(anchor),
                                                                 anchor.signature)
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


def _anchor(session: Session, key: ShowroomKey, *, kind: str, reference: str,
            content_hash: str, at: datetime, database: str) -> Anchor:
    head = _head(session)
    anchor = Anchor(kind=kind, reference=reference[:80], journal_seq=head.last_seq,
                    journal_hash=head.last_hash, content_hash=content_hash,
                    key_id=key.key_id, signed_at=at, signature="")
    anchor.signature = key.sign(_message_of(anchor))
    session.add(anchor)
    session.flush()
    _remember_after_commit(session, database, anchor)
    return anchor


def register_key(session: Session, *, at: datetime, user_id: int | None,
                 database: str) -> ShowroomKey:
    """At set-up (or the first signing of an older database): this computer's key, made now
    if there is none, registered in the database by an anchor it signs itself."""
    key = load_key() or create_key()
    if key.key_id not in registered_keys(session):
        anchor = _anchor(session, key, kind=KEY, reference="showroom key",
                         content_hash=key.public_hex, at=at, database=database)
        journal.append(session, action="key.register", user_id=user_id, at=at,
                       summary=f"showroom signing key {key.key_id} registered",
                       records=[anchor])
    return key


def ensure_registered(session: Session, *, at: datetime, user_id: int | None,
                      database: str) -> None:
    """Before a record that names the journal's head is made (a Z report): a database without
    a key (from before anchors, or an event laptop's) gets this computer's key first, so that
    the head the record names is the one then signed."""
    if not registered_keys(session):
        register_key(session, at=at, user_id=user_id, database=database)


def sign(session: Session, *, kind: str, reference: str, content_hash: str, at: datetime,
         user_id: int | None, database: str) -> Anchor:
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
    return _anchor(session, key, kind=kind, reference=reference, content_hash=content_hash,
                   at=at, database=database)


def payout_content_hash(payment: SettlementPayment) -> str:
    """What a payout anchor signs: the payment as recorded."""
    return hashlib.sha256(journal.canonical_json(journal.snapshot(payment)).encode()).hexdigest()


def sign_payout_if_key_here(session: Session, payment: SettlementPayment, reference: str, *,
                            at: datetime, user_id: int, database: str) -> Anchor | None:
    """Sign a payout where this computer holds the key (the treasurer's may not): a payout
    changed afterwards then fails verification at once, not only once a later anchor covers it.
    A payout never makes a key (that is set-up's or the first Z report's)."""
    return sign_if_key_here(session, kind=PAYOUT, reference=reference,
                            content_hash=payout_content_hash(payment), at=at, user_id=user_id,
                            database=database)


def sign_if_key_here(session: Session, *, kind: str, reference: str, content_hash: str,
                     at: datetime, user_id: int, database: str) -> Anchor | None:
    """Sign where this computer holds the database's key; else nothing (never makes a key)."""
    if not registered_keys(session):
        return None
    try:
        return sign(session, kind=kind, reference=reference, content_hash=content_hash, at=at,
                    user_id=user_id, database=database)
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
    return session.scalar(select(Anchor.signed_at).where(Anchor.kind == KEY)
                          .order_by(Anchor.id).limit(1))


def is_signed(session: Session, *, kind: str, reference: str, content_hash: str) -> bool:
    """Whether an anchor with a valid signature of a trusted key holds this content."""
    trusted = trusted_keys(session)
    for anchor in session.scalars(select(Anchor).where(
            Anchor.kind == kind, Anchor.reference == reference,
            Anchor.content_hash == content_hash)):
        signer = trusted.get(anchor.key_id)
        if signer is not None and signer.verifies(_message_of(anchor), anchor.signature):
            return True
    return False


def assert_intact_since_last_anchor(session: Session) -> None:
    """Refuse to close a day or a month over records that no longer match the journal, checked
    from the newest anchor (whose signed hash the chain must still lead on from)."""
    latest = session.scalar(select(Anchor).order_by(Anchor.id.desc()).limit(1))
    after_seq, after_hash = ((latest.journal_seq, latest.journal_hash) if latest is not None
                             else (0, journal.GENESIS_HASH))
    broken = journal.intact_since(session, after_seq, after_hash)
    if broken is not None:
        raise ValidationError("journal.broken", seq=broken)


# -- the anchor log: what this computer signed, kept beside the key -------------------------


def _remember_after_commit(session: Session, database: str, anchor: Anchor) -> None:
    pending: list[dict[str, Any]] = session.info.setdefault("anchor_log", [])
    if not pending:
        event.listen(session, "after_commit", _write_log, once=True)
    pending.append({"database": database, "kind": anchor.kind, "reference": anchor.reference,
                    "journal_seq": anchor.journal_seq, "journal_hash": anchor.journal_hash,
                    "signature": anchor.signature})


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


# -- verification ----------------------------------------------------------------------------


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


@dataclass(frozen=True)
class PrintedZ:
    """A Z report's number and journal hash as read off the paper (a prefix is enough)."""

    terminal_code: str
    z_number: int
    journal_hash: str


@dataclass
class AnchorCheck:
    problems: list[journal.Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # message codes: what could not be checked
    anchors: int = 0
    key_id: str | None = None


def _problem(detail: str, seq: int | None = None, record_id: Any = None,
             table: str = "anchors") -> journal.Problem:
    return journal.Problem("anchor", detail, seq, table, record_id)


def _hashes_at(session: Session, seqs: Iterable[int]) -> dict[int, str]:
    wanted = sorted({seq for seq in seqs if seq > 0})
    found = {0: journal.GENESIS_HASH}
    for start in range(0, len(wanted), 500):
        found.update(session.execute(select(JournalEntry.seq, JournalEntry.hash).where(
            JournalEntry.seq.in_(wanted[start:start + 500]))).all())
    return found


def verify_anchors(session: Session, *, database: str, key: ShowroomKey | None = None,
                   log_path: Path | None = None, printed: Iterable[PrintedZ] = (),
                   manifest: dict[str, Any] | None = None) -> AnchorCheck:
    """Every anchor against the key and the chain; every Z report and finalized statement made
    since the key was registered must be signed; this computer's anchor log, printed Z hashes
    and an earlier export's manifest must all still be found in the journal."""
    check = AnchorCheck()
    anchors = list(session.scalars(select(Anchor).order_by(Anchor.id)))
    check.anchors = len(anchors)
    registered = registered_keys(session)
    if key is None:
        key = load_key()
    if key is not None:
        check.key_id = key.key_id
        trusted = {key.key_id: key}
        if registered and key.key_id not in registered:
            check.problems.append(_problem(
                f"this database is not registered with the showroom key {key.key_id}"))
    else:
        trusted = registered
        if anchors:
            check.notes.append("anchor.database_key_only")
    hashes = _hashes_at(session, [a.journal_seq for a in anchors])
    logged = read_log(database, log_path)
    hashes.update(_hashes_at(session, [int(e.get("journal_seq", 0)) for e in logged]))
    since: datetime | None = None
    for anchor in anchors:
        signer = trusted.get(anchor.key_id)
        if signer is None:
            check.problems.append(_problem(f"{anchor.reference}: signed with key {anchor.key_id}, "
                                           "which is not the showroom's", record_id=anchor.id))
        elif not signer.verifies(_message_of(anchor), anchor.signature):
            check.problems.append(_problem(f"{anchor.reference}: the signature does not match",
                                           record_id=anchor.id))
        elif anchor.kind == KEY and since is None:
            since = anchor.signed_at
        if hashes.get(anchor.journal_seq) != anchor.journal_hash:
            check.problems.append(_problem(
                f"{anchor.reference}: the journal up to entry {anchor.journal_seq} is not the "
                "one that was signed (rewritten or cut)", anchor.journal_seq, anchor.id))
    if not registered and key is not None and not anchors:
        check.notes.append("anchor.none_yet")
    signed = {(a.kind, a.reference): a for a in anchors if a.key_id in trusted}
    if since is None and signed:  # the registration is gone, but what it signed is not
        since = min(a.signed_at for a in signed.values())
    if since is not None:
        codes = dict(session.execute(select(Terminal.id, Terminal.code)).all())
        # a merged event's Z reports were signed on its laptop, checked when merged, and are
        # held by its journal (`event_journal`), whose head this journal holds
        merged = select(Event.terminal_id).where(Event.status == "merged")
        for close in session.scalars(select(DayClose).where(
                DayClose.closed_at >= since, DayClose.terminal_id.not_in(merged))):
            reference = z_reference(codes.get(close.terminal_id, "?"), close.z_number)
            z_anchor = signed.get((Z, reference))
            if z_anchor is None:
                check.problems.append(_problem(f"{reference} is not signed", None, close.id,
                                               "day_closes"))
            elif (z_anchor.content_hash != z_content_hash(close.content)
                  or z_anchor.journal_hash != close.journal_hash):
                check.problems.append(_problem(f"{reference} differs from what was signed",
                                               z_anchor.journal_seq, close.id, "day_closes"))
        for settlement in session.scalars(select(Settlement).where(
                Settlement.finalized_at >= since)):
            statement = signed.get((STATEMENT, settlement.statement_no))
            if statement is None or statement.content_hash != settlement.content_hash:
                check.problems.append(_problem(
                    f"{settlement.statement_no} is not signed as it stands", None,
                    settlement.id, "settlements"))
    paid = {statement_no: payment for payment, statement_no in session.execute(
        select(SettlementPayment, Settlement.statement_no)
        .join(Settlement, Settlement.id == SettlementPayment.settlement_id))}
    merged_heads = {event_reference(code): head for code, head in session.execute(
        select(Event.code, Event.merged_hash).where(Event.status == "merged"))}
    for (kind, reference), anchor in signed.items():
        if kind == PAYOUT and (reference not in paid or payout_content_hash(
                paid[reference]) != anchor.content_hash):
            check.problems.append(_problem(f"the payout of {reference} differs from what was "
                                           "signed", anchor.journal_seq, anchor.id))
        if kind == EVENT and merged_heads.get(reference) != anchor.content_hash:
            check.problems.append(_problem(f"the journal of {reference} is not the one that "
                                           "was merged and signed", anchor.journal_seq,
                                           anchor.id))
    by_signature = {a.signature: a for a in anchors}
    for entry in logged:
        seq = int(entry.get("journal_seq", 0))
        if entry.get("signature") not in by_signature:
            check.problems.append(_problem(
                f"{entry.get('reference')}, signed on this computer at entry {seq}, is missing "
                "from the database (the journal was cut or replaced)", seq))
        elif hashes.get(seq) != entry.get("journal_hash"):
            check.problems.append(_problem(
                f"{entry.get('reference')}: the journal up to entry {seq} is not the one this "
                "computer signed", seq))
    for paper in printed:
        _check_printed(session, paper, check)
    if manifest is not None:
        _check_manifest(session, manifest, check)
    return check


def _check_printed(session: Session, paper: PrintedZ, check: AnchorCheck) -> None:
    prefix = paper.journal_hash.strip().lower()
    close = session.scalar(select(DayClose).join(Terminal, Terminal.id == DayClose.terminal_id)
                           .where(Terminal.code == paper.terminal_code.strip().upper(),
                                  DayClose.z_number == paper.z_number))
    name = z_reference(paper.terminal_code.upper(), paper.z_number)
    if close is None:
        check.problems.append(_problem(f"printed {name} is not in the database"))
        return
    in_chain = session.scalar(select(JournalEntry.seq).where(JournalEntry.hash == close
                                                             .journal_hash))
    if not close.journal_hash.startswith(prefix) or len(prefix) < 8:
        check.problems.append(_problem(f"printed {name}: its journal hash {prefix[:16]} is not "
                                       f"the stored one", None, close.id, "day_closes"))
    elif in_chain is None and close.journal_hash != journal.GENESIS_HASH:
        check.problems.append(_problem(f"printed {name}: the journal no longer passes through "
                                       "the hash printed on it", None, close.id, "day_closes"))


def _check_manifest(session: Session, manifest: dict[str, Any], check: AnchorCheck) -> None:
    part = manifest.get("journal") if isinstance(manifest, dict) else None
    if not isinstance(part, dict) or part.get("last_seq") is None:
        check.problems.append(_problem("the export manifest holds no journal range"))
        return
    for seq_key, hash_key, column in (("last_seq", "last_hash", JournalEntry.hash),
                                      ("first_seq", "first_prev_hash", JournalEntry.prev_hash)):
        seq = part.get(seq_key)
        stored = session.scalar(select(column).where(JournalEntry.seq == seq))
        if stored != part.get(hash_key):
            check.problems.append(_problem(
                f"entry {seq} is not the one exported on {manifest.get('made_at')}", seq))
