"""The fixed vocabularies of the ledger: techniques, payment methods, stock movement kinds."""

from __future__ import annotations

from enum import StrEnum


class Technique(StrEnum):
    TULIS = "tulis"
    CAP = "cap"
    KOMBINASI = "kombinasi"
    PRINTING = "printing"
    NON_BATIK = "non_batik"

    @property
    def is_batik(self) -> bool:
        return self in {Technique.TULIS, Technique.CAP, Technique.KOMBINASI}


TECHNIQUE_LABELS: dict[Technique, tuple[str, str]] = {
    Technique.TULIS: ("Batik tulis", "Hand-drawn batik (tulis)"),
    Technique.CAP: ("Batik cap", "Stamped batik (cap)"),
    Technique.KOMBINASI: ("Batik kombinasi", "Combined batik (tulis and cap)"),
    Technique.PRINTING: ("Tekstil motif batik (printing, bukan batik)",
                         "Printed textile (not batik)"),
    # the bazaar sells craft, food, drink and accessories too: none of them is batik
    Technique.NON_BATIK: ("Bukan batik (kerajinan, makanan, aksesori)",
                          "Not batik (craft, food, accessories)"),
}


def technique_label(value: str, lang: str = "id") -> str:
    """How a buyer reads the technique; printed textile is labelled as not batik."""
    try:
        labels = TECHNIQUE_LABELS[Technique(value)]
    except ValueError:
        return value
    return labels[1] if lang == "en" else labels[0]


class PaymentMethod(StrEnum):
    CASH = "cash"
    QRIS = "qris"
    CARD = "card"
    TRANSFER = "transfer"


PAYMENT_LABELS: dict[PaymentMethod, tuple[str, str]] = {
    PaymentMethod.CASH: ("Tunai", "Cash"),
    PaymentMethod.QRIS: ("QRIS", "QRIS"),
    PaymentMethod.CARD: ("Kartu", "Card"),
    PaymentMethod.TRANSFER: ("Transfer bank", "Bank transfer"),
}


class MovementKind(StrEnum):
    INTAKE = "intake"
    SALE = "sale"
    REFUND = "refund"
    RETURN = "return"
    ADJUSTMENT = "adjustment"
    COUNT = "count"
    TO_EVENT = "to_event"  # off the showroom's shelf to an event, or onto an event laptop's
    FROM_EVENT = "from_event"  # back from an event to the showroom's shelf


MOVEMENT_LABELS: dict[MovementKind, tuple[str, str]] = {
    MovementKind.INTAKE: ("Titipan masuk", "Intake"),
    MovementKind.SALE: ("Terjual", "Sale"),
    MovementKind.REFUND: ("Retur pembeli", "Refund"),
    MovementKind.RETURN: ("Kembali ke pembatik", "Returned to maker"),
    MovementKind.ADJUSTMENT: ("Penyesuaian", "Adjustment"),
    MovementKind.COUNT: ("Stok opname", "Stock count"),
    MovementKind.TO_EVENT: ("Dikirim ke pameran", "Sent to an event"),
    MovementKind.FROM_EVENT: ("Kembali dari pameran", "Back from an event"),
}


# What each kind of journal entry records, as the journal screen names it.
JOURNAL_ACTION_LABELS: dict[str, tuple[str, str]] = {
    "sale": ("Penjualan", "Sale"), "sale.training": ("Penjualan latihan", "Training sale"),
    "refund": ("Retur pembeli", "Refund"), "cash.move": ("Kas masuk/keluar", "Cash in/out"),
    "shift.open": ("Buka shift", "Shift opened"), "shift.close": ("Tutup shift", "Shift closed"),
    "day.close": ("Laporan Z (tutup hari)", "Z report (day closed)"),
    "consignment.receive": ("Titipan masuk", "Consignment received"),
    "consignment.return": ("Kembali ke pembatik", "Returned to maker"),
    "item.edit": ("Ubah barang", "Item edited"), "item.price": ("Ubah harga", "Price changed"),
    "stock.adjust": ("Penyesuaian stok", "Stock adjusted"),
    "stock.count": ("Stok opname", "Stock count"),
    "maker.add": ("Pembatik baru", "Maker added"), "maker.edit": ("Ubah pembatik", "Maker edited"),
    "maker.activate": ("Pembatik diaktifkan", "Maker activated"),
    "maker.deactivate": ("Pembatik dinonaktifkan", "Maker deactivated"),
    "settlement.deduction": ("Potongan", "Deduction"),
    "settlement.finalize": ("Rekap final", "Statement finalized"),
    "settlement.pay": ("Pembayaran ke pembatik", "Maker paid"),
    "period.close": ("Tutup buku", "Month closed"),
    "statement.issue": ("PDF rekap diterbitkan (ditandatangani)", "Statement PDFs issued (signed)"),
    "key.register": ("Kunci tanda tangan didaftarkan", "Signing key registered"),
    "ledger.conceal": ("Data pribadi dicatat sebagai sidik berkunci",
                       "Private fields recorded as keyed digests"),
    "receipt.print": ("Struk dicetak", "Receipt printed"),
    "slip.print": ("Tanda terima dicetak", "Slip printed"),
    "settings.change": ("Ubah pengaturan", "Settings changed"),
    "terminal.add": ("Kasir baru", "Till added"),
    "terminal.assign": ("Komputer jadi kasir", "Computer set as till"),
    "event.create": ("Pameran baru", "Event created"),
    "event.send": ("Barang dikirim ke pameran", "Pieces sent to an event"),
    "event.back": ("Barang kembali dari pameran", "Pieces back from an event"),
    "event.pack": ("Database pameran dibuat", "Event database packed"),
    "event.merge": ("Catatan pameran digabungkan", "Event records merged"),
    "login": ("Masuk", "Login"), "login.failed": ("Gagal masuk", "Failed login"),
    "user.add": ("Pengguna baru", "User added"), "user.role": ("Ubah peran", "Role changed"),
    "user.password": ("Ganti kata sandi", "Password changed"),
    "user.lockout": ("Akun terkunci (salah sandi)", "Account locked out"),
    "user.lock": ("Akun dinonaktifkan", "Account deactivated"),
    "user.unlock": ("Akun diaktifkan (dan dibuka)", "Account activated (and unlocked)"),
}


class PayoutMethod(StrEnum):
    CASH = "cash"
    TRANSFER = "transfer"


def label(labels: dict, key: object, lang: str = "id") -> str:  # type: ignore[type-arg]
    pair = labels.get(key)
    if pair is None:
        return str(key)
    return str(pair[1] if lang == "en" else pair[0])
