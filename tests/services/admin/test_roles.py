"""Each role can do what the showroom agreed and is refused everything else, by the services.

The matrix names every service entry point that acts for a signed-in person; a new entry point
that is not in it fails `test_the_matrix_names_every_entry_point`.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

import showroom_pos.documents as documents_package
import showroom_pos.services as services_package
from showroom_pos.db.models import JournalEntry
from showroom_pos.documents import slips, statements
from showroom_pos.domain.errors import AuthError, PermissionDenied, ShowroomError
from showroom_pos.domain.roles import Action, Role, may
from showroom_pos.services.admin import archive, integrity, settings, users
from showroom_pos.services.admin.types import Actor, Approval
from showroom_pos.services.reports import dashboard, day_reports, reports
from showroom_pos.services.settlement import months, settlements
from showroom_pos.services.stock import (
    consignment,
    counts,
    event_laptop,
    event_pack,
    events,
    importer,
    makers,
    stock,
    tags,
)
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields, MakerInput
from showroom_pos.services.till import printing, refunds, sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput, RefundLineInput
from tests.conftest import PASSWORD, Showroom
from tests.ledgerstate import table_counts

Attempt = Callable[[Showroom, Actor, Path], object]
ANYONE = None  # any active, signed-in person
DAY = date(2026, 10, 5)
EXAMPLES = {path.name: path for path in importer.iter_examples()}

# entry point -> (the action it needs, or ANYONE; an attempt that gets past the rights check)
MATRIX: dict[str, tuple[Action | None, Attempt]] = {
    "makers.add_maker": (
        Action.MANAGE_MAKERS,
        lambda s, a, d: makers.add_maker(
            s.ledger, actor=a, data=MakerInput(code="PKL077", name="Nur Hidayah")
        ),
    ),
    "makers.edit_maker": (
        Action.MANAGE_MAKERS,
        lambda s, a, d: makers.edit_maker(
            s.ledger,
            actor=a,
            code="PKL001",
            data=MakerInput(code="PKL001", name="Siti Aminah", village="Kauman"),
        ),
    ),
    "makers.set_maker_active": (
        Action.MANAGE_MAKERS,
        lambda s, a, d: makers.set_maker_active(s.ledger, actor=a, code="PKL001", active=True),
    ),
    "makers.get_maker": (
        ANYONE,
        lambda s, a, d: makers.get_maker(s.ledger, actor=a, code="PKL001"),
    ),
    "makers.list_makers": (ANYONE, lambda s, a, d: makers.list_makers(s.ledger, actor=a)),
    "consignment.receive_consignment": (
        Action.RECEIVE_CONSIGNMENT,
        lambda s, a, d: consignment.receive_consignment(
            s.ledger,
            actor=a,
            maker_code="PKL001",
            lines=[IntakeLineInput(1, ItemFields("Sarung cap", "sarung", "cap", 150_000))],
        ),
    ),
    "stock.edit_item": (
        Action.EDIT_ITEM,
        lambda s, a, d: stock.edit_item(
            s.ledger,
            actor=a,
            code="PKL001-00002",
            fields=ItemFields("Kemeja cap Buketan", "kemeja", "cap", 250_000),
        ),
    ),
    "stock.change_price": (
        Action.CHANGE_PRICE,
        lambda s, a, d: stock.change_price(
            s.ledger,
            actor=a,
            code="PKL001-00003",
            new_price=480_000,
            consent_note="persetujuan lisan Bu Siti",
        ),
    ),
    "consignment.return_to_maker": (
        Action.RETURN_TO_MAKER,
        lambda s, a, d: consignment.return_to_maker(
            s.ledger, actor=a, maker_code="PKL001", lines=[("PKL001-00002", 1)]
        ),
    ),
    "counts.adjust_stock": (
        Action.ADJUST_STOCK,
        lambda s, a, d: counts.adjust_stock(
            s.ledger, actor=a, code="PKL001-00003", quantity=-1, reason="rusak"
        ),
    ),
    "counts.record_stock_count": (
        Action.COUNT_STOCK,
        lambda s, a, d: counts.record_stock_count(s.ledger, actor=a, counted={"PKL001-00003": 3}),
    ),
    "stock.find_item": (
        ANYONE,
        lambda s, a, d: stock.find_item(s.ledger, actor=a, code="PKL001-00002"),
    ),
    "stock.search_items": (
        ANYONE,
        lambda s, a, d: stock.search_items(s.ledger, actor=a, text="kemeja"),
    ),
    "stock.item_history": (
        ANYONE,
        lambda s, a, d: stock.item_history(s.ledger, actor=a, code="PKL001-00002"),
    ),
    "consignment.get_slip": (
        ANYONE,
        lambda s, a, d: consignment.get_slip(s.ledger, actor=a, number="TT-000001"),
    ),
    "consignment.list_slips": (ANYONE, lambda s, a, d: consignment.list_slips(s.ledger, actor=a)),
    "tags.tags_for_intake": (
        ANYONE,
        lambda s, a, d: tags.tags_for_intake(s.ledger, actor=a, intake_no="TT-000001"),
    ),
    "tags.tags_for_item": (
        ANYONE,
        lambda s, a, d: tags.tags_for_item(s.ledger, actor=a, code="PKL001-00002", copies=1),
    ),
    "shifts.open_shift": (
        Action.RUN_SHIFT,
        lambda s, a, d: shifts.open_shift(
            s.ledger, actor=a, terminal_code="K2", opening_float=100_000
        ),
    ),
    "shifts.record_cash_movement": (
        Action.CASH_IN_OUT,
        lambda s, a, d: shifts.record_cash_movement(
            s.ledger, actor=a, terminal_code="K1", amount=50_000, reason="tambah kembalian"
        ),
    ),
    "sales.complete_sale": (
        Action.SELL,
        lambda s, a, d: sales.complete_sale(
            s.ledger,
            actor=a,
            terminal_code="K1",
            lines=[CartLine("PKL001-00002")],
            payments=[PaymentInput("cash", 250_000)],
        ),
    ),
    "refunds.refund_sale": (
        Action.REFUND,
        lambda s, a, d: refunds.refund_sale(
            s.ledger,
            actor=a,
            terminal_code="K1",
            receipt_no="K1-000001",
            lines=[RefundLineInput(1, 1)],
            reason="ukuran tidak cocok",
        ),
    ),
    "shifts.close_shift": (
        Action.RUN_SHIFT,
        lambda s, a, d: shifts.close_shift(
            s.ledger, actor=a, terminal_code="K1", denominations={100_000: 3}
        ),
    ),
    "shifts.current_shift": (
        ANYONE,
        lambda s, a, d: shifts.current_shift(s.ledger, actor=a, terminal_code="K1"),
    ),
    "sales.get_sale": (
        ANYONE,
        lambda s, a, d: sales.get_sale(s.ledger, actor=a, receipt_no="K1-000001"),
    ),
    "printing.receipt_for_print": (
        ANYONE,
        lambda s, a, d: printing.receipt_for_print(s.ledger, actor=a, receipt_no="K1-000001"),
    ),
    "printing.record_receipt_print": (
        ANYONE,
        lambda s, a, d: printing.record_receipt_print(
            s.ledger, actor=a, receipt_no="K1-000001", printer="dummy", copy_number=1
        ),
    ),
    "printing.slip_for_print": (
        ANYONE,
        lambda s, a, d: printing.slip_for_print(s.ledger, actor=a, number="TT-000001"),
    ),
    "slips.make_slip_pdf": (
        ANYONE,
        lambda s, a, d: slips.make_slip_pdf(
            s.ledger, actor=a, number="TT-000001", target=d / "tt.pdf"
        ),
    ),
    "printing.record_slip_print": (
        ANYONE,
        lambda s, a, d: printing.record_slip_print(
            s.ledger, actor=a, number="TT-000001", printer="dummy", copy_number=None
        ),
    ),
    "months.compute_settlement": (
        Action.VIEW_SETTLEMENT,
        lambda s, a, d: months.compute_settlement(
            s.ledger, actor=a, maker_code="PKL001", period="2026-10"
        ),
    ),
    "months.list_settlements": (
        Action.VIEW_SETTLEMENT,
        lambda s, a, d: months.list_settlements(s.ledger, actor=a, period="2026-10"),
    ),
    "months.maker_statements": (
        Action.VIEW_SETTLEMENT,
        lambda s, a, d: months.maker_statements(s.ledger, actor=a, maker_code="PKL001"),
    ),
    "statements.write_statements": (
        Action.VIEW_SETTLEMENT,
        lambda s, a, d: statements.write_statements(
            s.ledger, actor=a, period="2026-10", out_dir=d / "rekap"
        ),
    ),
    "settlements.add_deduction": (
        Action.ADD_DEDUCTION,
        lambda s, a, d: settlements.add_deduction(
            s.ledger, actor=a, maker_code="PKL001", period="2026-10", name="Iuran", amount=10_000
        ),
    ),
    "settlements.finalize_settlement": (
        Action.FINALIZE_SETTLEMENT,
        lambda s, a, d: settlements.finalize_settlement(
            s.ledger, actor=a, maker_code="PKL001", period="2026-09"
        ),
    ),
    "settlements.record_payout": (
        Action.RECORD_PAYOUT,
        lambda s, a, d: settlements.record_payout(
            s.ledger, actor=a, maker_code="PKL001", period="2026-08", method="cash"
        ),
    ),
    "settlements.close_period": (
        Action.CLOSE_PERIOD,
        lambda s, a, d: settlements.close_period(s.ledger, actor=a, period="2026-07"),
    ),
    "day_reports.x_report": (
        Action.CLOSE_DAY,
        lambda s, a, d: day_reports.x_report(s.ledger, actor=a, terminal_code="K1", day=DAY),
    ),
    "day_reports.z_report": (
        Action.CLOSE_DAY,
        lambda s, a, d: day_reports.z_report(s.ledger, actor=a, terminal_code="K1", day=DAY),
    ),
    "day_reports.z_reports": (
        Action.CLOSE_DAY,
        lambda s, a, d: day_reports.z_reports(s.ledger, actor=a, terminal_code="K1"),
    ),
    "reports.sales_report": (
        Action.VIEW_REPORTS,
        lambda s, a, d: reports.sales_report(
            s.ledger, actor=a, first_day=DAY, last_day=DAY, by="maker"
        ),
    ),
    "reports.item_ranking": (
        Action.VIEW_REPORTS,
        lambda s, a, d: reports.item_ranking(s.ledger, actor=a, first_day=DAY, last_day=DAY),
    ),
    "reports.stock_by_maker": (
        Action.VIEW_REPORTS,
        lambda s, a, d: reports.stock_by_maker(s.ledger, actor=a),
    ),
    "reports.stock_by_location": (
        Action.VIEW_REPORTS,
        lambda s, a, d: reports.stock_by_location(s.ledger, actor=a),
    ),
    "reports.stock_aging": (
        Action.VIEW_REPORTS,
        lambda s, a, d: reports.stock_aging(s.ledger, actor=a),
    ),
    "dashboard.dashboard": (
        Action.VIEW_REPORTS,
        lambda s, a, d: dashboard.dashboard(s.ledger, actor=a),
    ),
    "integrity.recent_entries": (
        Action.VERIFY_JOURNAL,
        lambda s, a, d: integrity.recent_entries(s.ledger, actor=a),
    ),
    "archive.export_archive": (
        Action.BACKUP,
        lambda s, a, d: archive.export_archive(
            s.ledger, actor=a, first_day=DAY, last_day=DAY, out_dir=d / "arsip"
        ),
    ),
    "importer.import_file": (
        Action.IMPORT_DATA,
        lambda s, a, d: importer.import_file(
            s.ledger, actor=a, kind="makers", path=EXAMPLES["makers.csv"], dry_run=True
        ),
    ),
    "users.add_user": (
        Action.MANAGE_USERS,
        lambda s, a, d: users.add_user(
            s.ledger,
            actor=a,
            username="baru",
            full_name="Pegawai Baru",
            role="staff",
            password=PASSWORD,
        ),
    ),
    "users.change_password": (
        Action.MANAGE_USERS,
        lambda s, a, d: users.change_password(
            s.ledger, actor=a, username="dewi", new_password="ganti-lagi-456"
        ),
    ),
    "users.set_user_active": (
        Action.MANAGE_USERS,
        lambda s, a, d: users.set_user_active(s.ledger, actor=a, username="dewi", active=True),
    ),
    "users.set_user_role": (
        Action.MANAGE_USERS,
        lambda s, a, d: users.set_user_role(
            s.ledger, actor=a, username="bendahara", role="treasurer"
        ),
    ),
    "users.list_users": (Action.MANAGE_USERS, lambda s, a, d: users.list_users(s.ledger, actor=a)),
    "settings.set_settings": (
        Action.CHANGE_SETTINGS,
        lambda s, a, d: settings.set_settings(
            s.ledger, actor=a, values={"showroom.name": "Showroom Dekranasda"}
        ),
    ),
    "settings.add_terminal": (
        Action.MANAGE_TERMINALS,
        lambda s, a, d: settings.add_terminal(s.ledger, actor=a, code="K3", name="Pameran"),
    ),
    "settings.terminal_for_this_computer": (
        Action.MANAGE_TERMINALS,
        lambda s, a, d: settings.terminal_for_this_computer(s.ledger, actor=a, code="K2"),
    ),
    "settings.list_terminals": (ANYONE, lambda s, a, d: settings.list_terminals(s.ledger, actor=a)),
    "events.create_event": (
        Action.MANAGE_EVENTS,
        lambda s, a, d: events.create_event(
            s.ledger, actor=a, name="Pameran Inacraft", place="JCC", starts_on=DAY, ends_on=DAY
        ),
    ),
    "events.send_to_event": (
        Action.MANAGE_EVENTS,
        lambda s, a, d: events.send_to_event(
            s.ledger, actor=a, event_code="P1", lines=[("PKL001-00002", 1)]
        ),
    ),
    "events.bring_back": (
        Action.MANAGE_EVENTS,
        lambda s, a, d: events.bring_back(
            s.ledger, actor=a, event_code="P1", lines=[("PKL001-00002", 1)]
        ),
    ),
    "events.list_events": (ANYONE, lambda s, a, d: events.list_events(s.ledger, actor=a)),
    "events.get_event": (ANYONE, lambda s, a, d: events.get_event(s.ledger, actor=a, code="P1")),
    "event_pack.pack_event": (
        Action.PACK_EVENT,
        lambda s, a, d: event_pack.pack_event(s.ledger, actor=a, event_code="P1", out=d),
    ),
    "event_laptop.merge_event": (
        Action.PACK_EVENT,
        lambda s, a, d: event_laptop.merge_event(s.ledger, actor=a, path=d),
    ),
}
# Building blocks that other entry points call with an open session; not entry points.
HELPERS = {"auth.current_user", "auth.require", "auth.require_or_approved"}
# Makers' personal data is shown or masked, not refused.
MASKED_FOR_OTHERS = {"makers.get_maker", "makers.list_makers"}


def _entry_points() -> set[str]:
    """Every public function that acts for someone, in the services and the documents made
    from them (the statements batch)."""
    found = set()
    for package in (services_package, documents_package):
        for module_info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            module = importlib.import_module(module_info.name)
            short = module_info.name.rsplit(".", 1)[1]  # the feature packages' modules
            for name, function in inspect.getmembers(module, inspect.isfunction):
                if (
                    function.__module__ == module.__name__
                    and not name.startswith("_")
                    and "actor" in inspect.signature(function).parameters
                ):
                    found.add(f"{short}.{name}")
    return found - HELPERS


def test_the_matrix_names_every_entry_point() -> None:
    assert set(MATRIX) == _entry_points()


def test_every_action_is_guarded_by_an_entry_point() -> None:
    guarded = {action for action, _ in MATRIX.values() if action is not None}
    assert guarded | {Action.VIEW_MAKER_PRIVATE} == set(Action)


def _with_a_sale_and_a_second_till(showroom: Showroom) -> None:
    settings.add_terminal(showroom.ledger, actor=showroom.admin, code="K2", name="Kasir dua")
    sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00003")],
        payments=[PaymentInput("cash", 475_000)],
    )


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_every_role_against_every_entry_point(
    sqlite_showroom: Showroom, role: str, tmp_path: Path
) -> None:
    _with_a_sale_and_a_second_till(sqlite_showroom)
    actor = sqlite_showroom.people()[role]
    for name, (action, attempt) in MATRIX.items():
        allowed = action is None or may(role, action)
        before = table_counts(sqlite_showroom.ledger)
        try:
            attempt(sqlite_showroom, actor, tmp_path / name)
        except PermissionDenied as refused:
            assert not allowed, f"{role} was refused {name}: {refused}"
            assert refused.message("id") and refused.message("en")
            assert table_counts(sqlite_showroom.ledger) == before, f"{name} left a trace"
            assert not (tmp_path / name).exists(), f"{name} wrote files for {role}"
        except ShowroomError as refused:
            # Allowed, but refused for a reason of the showroom's rules (no shift, month open).
            assert allowed, f"{role} reached the rules of {name}: {refused}"
        else:
            assert allowed, f"{role} could {name}"


def test_a_deactivated_person_can_do_nothing(sqlite_showroom: Showroom, tmp_path: Path) -> None:
    _with_a_sale_and_a_second_till(sqlite_showroom)
    supervisor = sqlite_showroom.supervisor
    users.set_user_active(
        sqlite_showroom.ledger, actor=sqlite_showroom.admin, username="sari", active=False
    )
    for name, (_, attempt) in MATRIX.items():
        before = table_counts(sqlite_showroom.ledger)
        with pytest.raises(AuthError) as refused:
            attempt(sqlite_showroom, supervisor, tmp_path / name)
        assert refused.value.code == "auth.inactive", name
        assert table_counts(sqlite_showroom.ledger) == before, name


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_makers_personal_data_is_masked_for_roles_that_do_not_need_it(
    sqlite_showroom: Showroom, role: str
) -> None:
    actor = sqlite_showroom.people()[role]
    shown = makers.get_maker(sqlite_showroom.ledger, actor=actor, code="PKL001")
    listed = makers.list_makers(sqlite_showroom.ledger, actor=actor)[0]
    private = ("3375014101800001", "002101000123456", "0812-2900-1234")
    for view in (shown, listed):
        text = repr(view)
        if may(role, Action.VIEW_MAKER_PRIVATE):
            assert all(value in text for value in private)
        else:
            assert not any(value in text for value in private), f"{role} sees {text}"
            assert view.name == "Siti Aminah"


def test_staff_saving_the_masked_values_keeps_what_is_stored(sqlite_showroom: Showroom) -> None:
    ledger = sqlite_showroom.ledger
    seen = makers.get_maker(ledger, actor=sqlite_showroom.staff, code="PKL001")
    makers.edit_maker(
        ledger,
        actor=sqlite_showroom.staff,
        code="PKL001",
        data=MakerInput(
            code="PKL001",
            name=seen.name,
            business_name=seen.business_name,
            nik=seen.nik,
            nib=seen.nib,
            phone=seen.phone,
            village="Landungsari",
            bank_name=seen.bank_name,
            bank_account=seen.bank_account,
            bank_account_holder=seen.bank_account_holder,
        ),
    )
    stored = makers.get_maker(ledger, actor=sqlite_showroom.treasurer, code="PKL001")
    assert (stored.nik, stored.phone, stored.bank_account, stored.village) == (
        "3375014101800001",
        "0812-2900-1234",
        "002101000123456",
        "Landungsari",
    )


def test_a_supervisor_approval_lets_staff_change_a_price(sqlite_showroom: Showroom) -> None:
    item = stock.change_price(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.staff,
        code="PKL001-00003",
        new_price=480_000,
        consent_note="persetujuan lisan Bu Siti",
        approval=Approval("sari", PASSWORD),
    )
    assert item.price == 480_000
    with pytest.raises(PermissionDenied) as refused:
        stock.change_price(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.staff,
            code="PKL001-00003",
            new_price=490_000,
            consent_note="persetujuan lisan Bu Siti",
            approval=Approval("budi", PASSWORD),
        )
    assert refused.value.code == "approval.not_allowed"


def test_an_approval_covers_one_action_only(sqlite_showroom: Showroom) -> None:
    """The approval passed with one call is not remembered for the next."""
    ledger = sqlite_showroom.ledger
    counts.adjust_stock(
        ledger,
        actor=sqlite_showroom.staff,
        code="PKL001-00003",
        quantity=-1,
        reason="rusak",
        approval=Approval("sari", PASSWORD),
    )
    with ledger.read() as session:
        action, user_id, payload = session.execute(
            select(JournalEntry.action, JournalEntry.user_id, JournalEntry.payload)
            .order_by(JournalEntry.seq.desc())
            .limit(1)
        ).one()
    assert action == "stock.adjust"
    table, movement = json.loads(payload)["records"][0]
    assert (table, user_id, movement["approved_by_id"]) == (
        "stock_movements",
        sqlite_showroom.staff.user_id,
        sqlite_showroom.supervisor.user_id,
    )
    before = table_counts(ledger)
    with pytest.raises(PermissionDenied) as refused:
        counts.adjust_stock(
            ledger, actor=sqlite_showroom.staff, code="PKL001-00003", quantity=-1, reason="rusak"
        )
    assert refused.value.code == "approval.required"
    with pytest.raises(PermissionDenied):  # an approval does not reach actions not overridable
        settlements.close_period(ledger, actor=sqlite_showroom.staff, period="2026-07")
    assert table_counts(ledger) == before


def test_nobody_approves_their_own_request(sqlite_showroom: Showroom) -> None:
    with pytest.raises(PermissionDenied) as refused:
        counts.adjust_stock(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.supervisor,
            code="PKL001-00003",
            quantity=-1,
            reason="rusak",
            approval=Approval("sari", PASSWORD),
        )
    assert refused.value.code == "approval.same_user"


def test_month_cannot_be_finalized_by_the_clock_of_a_cashier(sqlite_showroom: Showroom) -> None:
    sqlite_showroom.clock.set(datetime(2026, 11, 2, 2, 0, tzinfo=UTC))
    with pytest.raises(PermissionDenied):
        settlements.close_period(
            sqlite_showroom.ledger, actor=sqlite_showroom.cashier, period="2026-10"
        )
