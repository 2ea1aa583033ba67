"""Checking the signed anchors: each against the journal it vouches for and the showroom key,
the anchor log kept beside the key, and Z reports as printed on paper."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import (
    Anchor,
    DayClose,
    Event,
    JournalEntry,
    Settlement,
    SettlementPayment,
    Terminal,
)
from showroom_pos.services.admin.anchors import (
    EVENT,
    KEY,
    PAYOUT,
    STATEMENT,
    ShowroomKey,
    Z,
    anchor_message,
    event_reference,
    load_key,
    payout_content_hash,
    read_log,
    registered_keys,
    z_content_hash,
    z_reference,
)
from showroom_pos.services.admin.types import AnchorCheck, PrintedZ


def _problem(
    detail: str, seq: int | None = None, record_id: Any = None, table: str = "anchors"
) -> journal.Problem:
    return journal.Problem("anchor", detail, seq, table, record_id)


def _hashes_at(session: Session, seqs: Iterable[int]) -> dict[int, str]:
    wanted = sorted({seq for seq in seqs if seq > 0})
    found = {0: journal.GENESIS_HASH}
    for start in range(0, len(wanted), 500):
        found.update(
            session.execute(
                select(JournalEntry.seq, JournalEntry.hash).where(
                    JournalEntry.seq.in_(wanted[start : start + 500])
                )
            ).all()
        )
    return found


def verify_anchors(
    session: Session,
    *,
    database: str,
    key: ShowroomKey | None = None,
    log_path: Path | None = None,
    printed: Iterable[PrintedZ] = (),
    manifest: dict[str, Any] | None = None,
) -> AnchorCheck:
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
            check.problems.append(
                _problem(f"this database is not registered with the showroom key {key.key_id}")
            )
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
            check.problems.append(
                _problem(
                    f"{anchor.reference}: signed with key {anchor.key_id}, "
                    "which is not the showroom's",
                    record_id=anchor.id,
                )
            )
        elif not signer.verifies(anchor_message(anchor), anchor.signature):
            check.problems.append(
                _problem(f"{anchor.reference}: the signature does not match", record_id=anchor.id)
            )
        elif anchor.kind == KEY and since is None:
            since = anchor.signed_at
        if hashes.get(anchor.journal_seq) != anchor.journal_hash:
            check.problems.append(
                _problem(
                    f"{anchor.reference}: the journal up to entry {anchor.journal_seq} is not the "
                    "one that was signed (rewritten or cut)",
                    anchor.journal_seq,
                    anchor.id,
                )
            )
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
        for close in session.scalars(
            select(DayClose).where(DayClose.closed_at >= since, DayClose.terminal_id.not_in(merged))
        ):
            reference = z_reference(codes.get(close.terminal_id, "?"), close.z_number)
            z_anchor = signed.get((Z, reference))
            if z_anchor is None:
                check.problems.append(
                    _problem(f"{reference} is not signed", None, close.id, "day_closes")
                )
            elif (
                z_anchor.content_hash != z_content_hash(close.content)
                or z_anchor.journal_hash != close.journal_hash
            ):
                check.problems.append(
                    _problem(
                        f"{reference} differs from what was signed",
                        z_anchor.journal_seq,
                        close.id,
                        "day_closes",
                    )
                )
        for settlement in session.scalars(
            select(Settlement).where(Settlement.finalized_at >= since)
        ):
            statement = signed.get((STATEMENT, settlement.statement_no))
            if statement is None or statement.content_hash != settlement.content_hash:
                check.problems.append(
                    _problem(
                        f"{settlement.statement_no} is not signed as it stands",
                        None,
                        settlement.id,
                        "settlements",
                    )
                )
    paid = {
        statement_no: payment
        for payment, statement_no in session.execute(
            select(SettlementPayment, Settlement.statement_no).join(
                Settlement, Settlement.id == SettlementPayment.settlement_id
            )
        )
    }
    merged_heads = {
        event_reference(code): head
        for code, head in session.execute(
            select(Event.code, Event.merged_hash).where(Event.status == "merged")
        )
    }
    for (kind, reference), anchor in signed.items():
        if kind == PAYOUT and (
            reference not in paid or payout_content_hash(paid[reference]) != anchor.content_hash
        ):
            check.problems.append(
                _problem(
                    f"the payout of {reference} differs from what was signed",
                    anchor.journal_seq,
                    anchor.id,
                )
            )
        if kind == EVENT and merged_heads.get(reference) != anchor.content_hash:
            check.problems.append(
                _problem(
                    f"the journal of {reference} is not the one that was merged and signed",
                    anchor.journal_seq,
                    anchor.id,
                )
            )
    by_signature = {a.signature: a for a in anchors}
    for entry in logged:
        seq = int(entry.get("journal_seq", 0))
        if entry.get("signature") not in by_signature:
            check.problems.append(
                _problem(
                    f"{entry.get('reference')}, signed on this computer at entry {seq}, is missing "
                    "from the database (the journal was cut or replaced)",
                    seq,
                )
            )
        elif hashes.get(seq) != entry.get("journal_hash"):
            check.problems.append(
                _problem(
                    f"{entry.get('reference')}: the journal up to entry {seq} is not the one this "
                    "computer signed",
                    seq,
                )
            )
    for paper in printed:
        _check_printed(session, paper, check)
    if manifest is not None:
        _check_manifest(session, manifest, check)
    return check


def _check_printed(session: Session, paper: PrintedZ, check: AnchorCheck) -> None:
    prefix = paper.journal_hash.strip().lower()
    close = session.scalar(
        select(DayClose)
        .join(Terminal, Terminal.id == DayClose.terminal_id)
        .where(
            Terminal.code == paper.terminal_code.strip().upper(),
            DayClose.z_number == paper.z_number,
        )
    )
    name = z_reference(paper.terminal_code.upper(), paper.z_number)
    if close is None:
        check.problems.append(_problem(f"printed {name} is not in the database"))
        return
    in_chain = session.scalar(
        select(JournalEntry.seq).where(JournalEntry.hash == close.journal_hash)
    )
    if not close.journal_hash.startswith(prefix) or len(prefix) < 8:
        check.problems.append(
            _problem(
                f"printed {name}: its journal hash {prefix[:16]} is not the stored one",
                None,
                close.id,
                "day_closes",
            )
        )
    elif in_chain is None and close.journal_hash != journal.GENESIS_HASH:
        check.problems.append(
            _problem(
                f"printed {name}: the journal no longer passes through the hash printed on it",
                None,
                close.id,
                "day_closes",
            )
        )


def _check_manifest(session: Session, manifest: dict[str, Any], check: AnchorCheck) -> None:
    part = manifest.get("journal") if isinstance(manifest, dict) else None
    if not isinstance(part, dict) or part.get("last_seq") is None:
        check.problems.append(_problem("the export manifest holds no journal range"))
        return
    for seq_key, hash_key, column in (
        ("last_seq", "last_hash", JournalEntry.hash),
        ("first_seq", "first_prev_hash", JournalEntry.prev_hash),
    ):
        seq = part.get(seq_key)
        stored = session.scalar(select(column).where(JournalEntry.seq == seq))
        if stored != part.get(hash_key):
            check.problems.append(
                _problem(f"entry {seq} is not the one exported on {manifest.get('made_at')}", seq)
            )
