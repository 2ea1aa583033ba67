"""The catalogue's texts of the till: sales, payments, refunds, voids and shifts: code -> (Bahasa
Indonesia, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    "payment.insufficient": (
        "Pembayaran {paid} kurang dari total {total}.",
        "Payment of {paid} does not cover the total of {total}.",
    ),
    "payment.overpaid": (
        "Pembayaran non-tunai melebihi total; kembalian hanya untuk tunai.",
        "Non-cash payments exceed the total; change is given only for cash.",
    ),
    "payment.invalid_amount": (
        "Jumlah pembayaran harus lebih dari nol.",
        "A payment amount must be more than zero.",
    ),
    "payment.reference_required": (
        "Pembayaran {method} perlu nomor referensi.",
        "A {method} payment needs a reference.",
    ),
    "payment.approval_required": (
        "Pembayaran kartu perlu kode persetujuan (approval code).",
        "A card payment needs an approval code.",
    ),
    "payment.method": ("Cara bayar tidak dikenal: {method}.", "Unknown payment method: {method}."),
    "sale.not_found": ("Struk {receipt} tidak ditemukan.", "Receipt {receipt} not found."),
    "sale.training_refund": (
        "Transaksi latihan tidak bisa diretur sebagai transaksi sungguhan.",
        "A training sale cannot be refunded as a real one.",
    ),
    "refund.too_much": (
        "Retur {code} melebihi yang terjual: terjual {sold}, sudah diretur {refunded}.",
        "Refund of {code} exceeds what was sold: {sold} sold, {refunded} already refunded.",
    ),
    "refund.line_not_in_sale": (
        "Baris {line} bukan bagian dari struk {receipt}.",
        "Line {line} is not part of receipt {receipt}.",
    ),
    "refund.reason_required": ("Retur wajib disertai alasan.", "A refund needs a reason."),
    "shift.none_open": (
        "Belum ada shift yang dibuka di kasir {terminal}. Buka shift dahulu.",
        "No shift is open at till {terminal}. Open a shift first.",
    ),
    "shift.already_open": (
        "Shift sudah dibuka di kasir {terminal} oleh {cashier}.",
        "A shift is already open at till {terminal}, by {cashier}.",
    ),
    "shift.not_owner": (
        "Shift di kasir {terminal} milik {cashier}.",
        "The shift at till {terminal} belongs to {cashier}.",
    ),
    "shift.bad_count": (
        "Jumlah uang tidak valid.",
        "The cash count is not valid.",
    ),
    "terminal.not_found": ("Kasir (terminal) {code} tidak dikenal.", "Unknown till {code}."),
    "terminal.exists": ("Kode kasir {code} sudah dipakai.", "The till code {code} is taken."),
    "terminal.not_set": (
        "Komputer ini belum diatur sebagai kasir; pilih kode kasir di Pengaturan.",
        "This computer is not set up as a till; choose its till code in Settings.",
    ),
    "refund.not_enough_cash": (
        "Uang tunai di laci ({cash}) tidak cukup untuk retur {total}; kembalikan lewat "
        "transfer atau QRIS.",
        "The drawer holds {cash} in cash, not enough to refund {total}; refund by transfer "
        "or QRIS.",
    ),
    "qris.invalid": (
        "Kode QRIS di pengaturan tidak valid; periksa lagi string QRIS statis showroom.",
        "The QRIS code in the settings is not valid; check the showroom's static QRIS string.",
    ),
}
