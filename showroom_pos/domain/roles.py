"""Roles of the showroom's people and what each may do."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    TREASURER = "treasurer"
    CASHIER = "cashier"
    STAFF = "staff"


class Action(StrEnum):
    MANAGE_MAKERS = "manage_makers"
    VIEW_MAKER_PRIVATE = "view_maker_private"
    RECEIVE_CONSIGNMENT = "receive_consignment"
    EDIT_ITEM = "edit_item"
    CHANGE_PRICE = "change_price"
    SELL = "sell"
    REFUND = "refund"
    RETURN_TO_MAKER = "return_to_maker"
    ADJUST_STOCK = "adjust_stock"
    COUNT_STOCK = "count_stock"
    RUN_SHIFT = "run_shift"
    CASH_IN_OUT = "cash_in_out"
    VIEW_SETTLEMENT = "view_settlement"
    FINALIZE_SETTLEMENT = "finalize_settlement"
    ADD_DEDUCTION = "add_deduction"
    RECORD_PAYOUT = "record_payout"
    CLOSE_PERIOD = "close_period"
    MANAGE_USERS = "manage_users"
    CHANGE_SETTINGS = "change_settings"
    MANAGE_TERMINALS = "manage_terminals"
    VERIFY_JOURNAL = "verify_journal"
    BACKUP = "backup"
    IMPORT_DATA = "import_data"
    CLOSE_DAY = "close_day"
    VIEW_REPORTS = "view_reports"
    MANAGE_EVENTS = "manage_events"
    PACK_EVENT = "pack_event"


ROLE_LABELS: dict[Role, tuple[str, str]] = {
    Role.ADMIN: ("Admin", "Admin"),
    Role.SUPERVISOR: ("Supervisor", "Supervisor"),
    Role.TREASURER: ("Bendahara", "Treasurer"),
    Role.CASHIER: ("Kasir", "Cashier"),
    Role.STAFF: ("Petugas", "Staff"),
}

ACTION_LABELS: dict[Action, tuple[str, str]] = {
    Action.MANAGE_MAKERS: ("mengelola data pembatik", "manage makers"),
    Action.VIEW_MAKER_PRIVATE: ("melihat data pribadi pembatik", "see makers' personal data"),
    Action.RECEIVE_CONSIGNMENT: ("menerima titipan", "receive consignments"),
    Action.EDIT_ITEM: ("mengubah data barang", "edit items"),
    Action.CHANGE_PRICE: ("mengubah harga", "change prices"),
    Action.SELL: ("menjual", "sell"),
    Action.REFUND: ("meretur penjualan", "refund sales"),
    Action.RETURN_TO_MAKER: ("mengembalikan barang ke pembatik", "return goods to makers"),
    Action.ADJUST_STOCK: ("menyesuaikan stok", "adjust stock"),
    Action.COUNT_STOCK: ("stok opname", "count stock"),
    Action.RUN_SHIFT: ("membuka dan menutup shift", "open and close shifts"),
    Action.CASH_IN_OUT: ("kas masuk/keluar", "cash in and out"),
    Action.VIEW_SETTLEMENT: ("melihat rekap bulanan", "see monthly statements"),
    Action.FINALIZE_SETTLEMENT: ("memfinalkan rekap bulanan", "finalize monthly statements"),
    Action.ADD_DEDUCTION: ("mencatat potongan", "record deductions"),
    Action.RECORD_PAYOUT: ("mencatat pembayaran ke pembatik", "record payouts"),
    Action.CLOSE_PERIOD: ("tutup buku", "close the month"),
    Action.MANAGE_USERS: ("mengelola pengguna", "manage users"),
    Action.CHANGE_SETTINGS: ("mengubah pengaturan", "change settings"),
    Action.MANAGE_TERMINALS: ("mengelola kasir", "manage tills"),
    Action.VERIFY_JOURNAL: ("memeriksa jurnal", "verify the journal"),
    Action.BACKUP: ("mencadangkan database", "back up the database"),
    Action.IMPORT_DATA: ("mengimpor data", "import data"),
    Action.CLOSE_DAY: ("menutup hari (laporan X dan Z)", "close the day (X and Z reports)"),
    Action.VIEW_REPORTS: ("melihat laporan penjualan dan stok", "see sales and stock reports"),
    Action.MANAGE_EVENTS: ("mengelola pameran dan mengirim barang ke pameran",
                           "manage events and send pieces to them"),
    Action.PACK_EVENT: ("membuat dan menggabungkan database pameran",
                        "pack and merge event databases"),
}

_EVERY_ACTION = frozenset(Action)

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMIN: _EVERY_ACTION,
    Role.SUPERVISOR: _EVERY_ACTION - {Action.MANAGE_USERS},
    Role.TREASURER: frozenset({
        Action.VIEW_MAKER_PRIVATE, Action.VIEW_SETTLEMENT, Action.ADD_DEDUCTION,
        Action.RECORD_PAYOUT, Action.VERIFY_JOURNAL, Action.VIEW_REPORTS,
    }),
    Role.CASHIER: frozenset({Action.SELL, Action.RUN_SHIFT, Action.CASH_IN_OUT}),
    Role.STAFF: frozenset({
        Action.MANAGE_MAKERS, Action.RECEIVE_CONSIGNMENT, Action.EDIT_ITEM,
        Action.RETURN_TO_MAKER, Action.COUNT_STOCK, Action.VIEW_SETTLEMENT, Action.IMPORT_DATA,
        Action.MANAGE_EVENTS,
    }),
}

# What an event laptop's database is for: selling, and what a till needs around it. Stock,
# makers, statements and users are kept at the showroom.
EVENT_LAPTOP_ACTIONS = frozenset({
    Action.SELL, Action.REFUND, Action.RUN_SHIFT, Action.CASH_IN_OUT, Action.CLOSE_DAY,
    Action.VIEW_REPORTS, Action.VERIFY_JOURNAL, Action.BACKUP, Action.CHANGE_SETTINGS,
    Action.MANAGE_TERMINALS,
})

# Actions a user without the permission may still do when a supervisor approves that one action.
OVERRIDABLE = frozenset({Action.REFUND, Action.CHANGE_PRICE, Action.ADJUST_STOCK})


def may(role: Role | str, action: Action) -> bool:
    try:
        return action in PERMISSIONS[Role(role)]
    except ValueError:
        return False
