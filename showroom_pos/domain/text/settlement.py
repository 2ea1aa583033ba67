"""The catalogue's texts of the monthly settlement and its payout: code -> (Bahasa Indonesia,
English)."""

TEXTS: dict[str, tuple[str, str]] = {
    "commission.invalid": (
        "Potongan harus antara 0 dan 5000 basis poin (0-50%).",
        "Commission must be between 0 and 5000 basis points (0-50%).",
    ),
    "period.closed": (
        "Bulan {period} sudah ditutup untuk pembatik {maker}; koreksi masuk ke bulan berjalan.",
        "The month {period} is closed for maker {maker}; corrections go into the open month.",
    ),
    "period.invalid": (
        "Periode tidak valid: {period} (format TTTT-BB).",
        "Not a valid period: {period} (YYYY-MM).",
    ),
    "period.not_ended": (
        "Bulan {period} belum berakhir; rekap baru bisa difinalkan setelah bulan selesai.",
        "The month {period} has not ended; statements can be finalized only after it ends.",
    ),
    "settlement.already_final": (
        "Rekap {maker} untuk {period} sudah difinalkan.",
        "The statement of {maker} for {period} is already finalized.",
    ),
    "settlement.not_final": (
        "Rekap {maker} untuk {period} belum difinalkan.",
        "The statement of {maker} for {period} is not finalized.",
    ),
    "settlement.already_paid": (
        "Rekap {maker} untuk {period} sudah dibayar.",
        "The statement of {maker} for {period} is already paid.",
    ),
    "deduction.invalid": (
        "Potongan harus bernama dan bernilai lebih dari nol.",
        "A deduction needs a name and an amount above zero.",
    ),
    "statement.unreadable": (
        "Berkas {path} tidak bisa dibaca sebagai PDF laporan: {reason}.",
        "{path} cannot be read as a statement PDF: {reason}.",
    ),
    "settlement.nothing_to_pay": (
        "{statement} tidak perlu dibayar: saldonya {amount}. Saldo kurang dibawa ke rekap "
        "bulan berikutnya, tidak dibayar.",
        "{statement} has nothing to pay: its balance is {amount}. A balance the maker owes is "
        "carried to the next month's statement, never paid.",
    ),
    "settlement.tampered": (
        "Rekap {statement} tidak dibayar: isinya tidak cocok dengan yang difinalkan ({reason}). "
        "Jalankan `showroom-pos journal verify` dan beri tahu supervisor.",
        "{statement} was not paid: it no longer matches what was finalized ({reason}). Run "
        "`showroom-pos journal verify` and tell the supervisor.",
    ),
    "statement.not_issued": (
        "PDF rekap ditulis, tetapi tidak dicatat sebagai terbit karena kunci tanda tangan tidak "
        "ada di komputer ini; `statement verify` atas berkas ini akan gagal. Cetak rekap final "
        "di komputer yang memegang kunci.",
        "The statement PDFs were written but not recorded as issued, because the signing key "
        "is not on this computer; `statement verify` of these files will fail. Print final "
        "statements on the computer that holds the key.",
    ),
}
