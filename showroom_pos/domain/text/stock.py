"""The catalogue's texts of makers, items, intake, returns, counts and imports: code -> (Bahasa
Indonesia, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    "price.invalid": (
        "Harga harus antara {min} dan {max}.",
        "The price must be between {min} and {max}.",
    ),
    "price.unchanged": ("Harga baru sama dengan harga lama.", "The new price equals the old one."),
    "price.consent_required": (
        "Perubahan harga perlu catatan persetujuan pembatik (siapa, kapan, bagaimana).",
        "A price change needs the maker's recorded consent (who, when, how).",
    ),
    "quantity.invalid": (
        "Jumlah harus antara 1 dan {max}.",
        "The quantity must be between 1 and {max}.",
    ),
    "quantity.unique": (
        "Barang unik (satu-satunya) hanya boleh berjumlah 1.",
        "A unique piece can only have quantity 1.",
    ),
    "maker.not_found": ("Pembatik {code} tidak ditemukan.", "Maker {code} not found."),
    "maker.inactive": ("Pembatik {code} sudah tidak aktif.", "Maker {code} is inactive."),
    "maker.exists": ("Kode pembatik {code} sudah dipakai.", "The maker code {code} is taken."),
    "item.not_found": ("Barang {code} tidak ditemukan.", "Item {code} not found."),
    "item.inactive": ("Barang {code} sudah tidak dijual.", "Item {code} is no longer for sale."),
    "item.exists": ("Kode barang {code} sudah dipakai.", "The item code {code} is taken."),
    "item.wrong_maker": (
        "Barang {code} milik pembatik lain ({maker}).",
        "Item {code} belongs to another maker ({maker}).",
    ),
    "stock.sold_out": (
        "Barang {code} sudah terjual.",
        "Item {code} is already sold.",
    ),
    "stock.insufficient": (
        "Stok {code} tidak cukup: tersedia {available}, diminta {requested}.",
        "Not enough stock of {code}: {available} available, {requested} requested.",
    ),
    "stock.negative": (
        "Penyesuaian akan membuat stok {code} di bawah nol (stok sekarang {available}).",
        "The adjustment would take the stock of {code} below zero (now {available}).",
    ),
    "stock.reason_required": (
        "Penyesuaian stok wajib disertai alasan.",
        "A stock adjustment needs a reason.",
    ),
    "stock.zero_adjustment": ("Penyesuaian tidak boleh nol.", "An adjustment cannot be zero."),
    "lines.empty": ("Tidak ada barang.", "There are no items."),
    "lines.duplicate": (
        "Barang {code} tercantum lebih dari sekali.",
        "Item {code} is listed more than once.",
    ),
    "return.too_much": (
        "Tidak bisa mengembalikan {requested} {code}: stok hanya {available}.",
        "Cannot return {requested} of {code}: only {available} in stock.",
    ),
    "import.bad_file": (
        "Berkas {file} tidak bisa dibaca: {reason}.",
        "The file {file} cannot be read: {reason}.",
    ),
    "import.bad_header": (
        "Kolom wajib tidak ada: {columns}.",
        "Required columns are missing: {columns}.",
    ),
    "import.row": (
        "Baris {row}, kolom {column}: {reason}",
        "Row {row}, column {column}: {reason}",
    ),
    # Why an import file cannot be read, and what is wrong with its header; the Indonesian texts
    # carry the English too, as they always did.
    "import.reason_encoding": (
        "bukan teks UTF-8 atau Windows / not UTF-8 or Windows text",
        "not UTF-8 or Windows text",
    ),
    "import.reason_not_text": ("bukan teks / not text", "not text"),
    "import.reason_line": ("baris / line {line}: {error}", "line {line}: {error}"),
    "import.reason_missing": ("tidak ada / not found", "not found"),
    "import.reason_too_many_rows": ("> {rows} baris / rows", "> {rows} rows"),
    "import.header_twice": (
        "kolom ganda / columns given twice: {columns}",
        "columns given twice: {columns}",
    ),
    "import.header_missing": (
        "kolom wajib tidak ada / missing columns: {columns}",
        "missing columns: {columns}",
    ),
    "import.header_unknown": (
        "kolom tidak dikenal / unknown columns: {columns}",
        "unknown columns: {columns}",
    ),
    "import.empty": ("Berkas tidak berisi data.", "The file holds no data."),
    "import.failed": (
        "Tidak ada yang diimpor: {count} kesalahan.\n{details}",
        "Nothing was imported: {count} problems.\n{details}",
    ),
    "tags.not_intake": (
        "{number} bukan tanda terima titipan; label harga dibuat dari nomor TT-.",
        "{number} is not an intake slip; tags are made from a TT- number.",
    ),
    "tags.bad_copies": (
        "Jumlah label harus 1 sampai {max}.",
        "The number of tags must be 1 to {max}.",
    ),
    "tags.bad_layout": (
        "Tata letak lembar label tidak dikenal: {layout} (pilih {choices}).",
        "Unknown label sheet layout: {layout} (choose {choices}).",
    ),
    "tags.bad_start": (
        "Posisi awal harus 1 sampai {max} pada lembar {layout}.",
        "The start position must be 1 to {max} on a {layout} sheet.",
    ),
    "import.same_code": (
        "kode {code} sudah dipakai di baris {first}; baris {first} dan {row} tidak boleh "
        "berkode sama",
        "the code {code} is already on row {first}; rows {first} and {row} cannot share a code",
    ),
}
