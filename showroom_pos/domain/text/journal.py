"""The catalogue's texts of the journal, its anchors and the integrity check: code -> (Bahasa
Indonesia, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    "verify.draft": (
        "Ini DRAFT: draft tidak punya kode verifikasi dan bukan dasar pembayaran.",
        "This is a DRAFT: drafts have no verification code and are not a basis for payment.",
    ),
    "verify.no_code": (
        "Tidak ada kode verifikasi (format XXXX-XXXX-XXXX).",
        "No verification code found (format XXXX-XXXX-XXXX).",
    ),
    "verify.unknown": (
        "Tidak ada laporan final dengan kode ini.",
        "No finalized statement has this code.",
    ),
    "verify.ambiguous": (
        "Kode ini cocok dengan lebih dari satu laporan; ketik kode lebih panjang.",
        "The code matches more than one statement; give a longer code.",
    ),
    "verify.hash": (
        "Isi laporan yang tersimpan tidak lagi cocok dengan hash-nya.",
        "The stored statement no longer matches its hash.",
    ),
    "verify.journal_altered": (
        "Entri jurnal {seq} telah diubah.",
        "Journal entry {seq} was altered.",
    ),
    "verify.no_journal": (
        "Jurnal tidak memuat catatan finalisasi yang cocok.",
        "The journal has no matching finalize entry.",
    ),
    "verify.pdf_differs": (
        "Isi PDF berbeda dengan laporan di jurnal; tidak ditemukan: {missing}.",
        "The PDF differs from the statement in the journal; not found: {missing}.",
    ),
    "verify.pdf_not_issued": (
        "Berkas PDF ini bukan berkas yang dicetak program untuk {statement}: isinya diubah "
        "setelah dicetak (atau dicetak ulang di luar program). Periksa kertas aslinya dengan "
        "kodenya: showroom-pos statement verify KODE.",
        "This PDF is not the file the program issued for {statement}: it was changed after "
        "it was printed (or re-saved outside the program). Check the paper original by its "
        "code: showroom-pos statement verify CODE.",
    ),
    "verify.recomputed": (
        "Laporan final tidak lagi cocok dengan catatan penjualan bulan itu: {parts}.",
        "The final statement no longer matches the month's sale records: {parts}.",
    ),
    "verify.unsigned": (
        "Laporan final ini tidak ditandatangani dengan kunci showroom (atau tanda tangannya "
        "tidak cocok).",
        "This final statement is not signed with the showroom key (or its signature does not "
        "match).",
    ),
    "verify.pdf_hash": (
        "Hash yang tertanam di PDF berbeda dengan laporan.",
        "The hash embedded in the PDF differs from the statement.",
    ),
    "journal.broken": (
        "Jurnal tidak cocok mulai entri {seq}: ada yang diubah di luar program. Tidak ditutup; "
        "beri tahu supervisor dan jalankan `showroom-pos journal verify`.",
        "The journal does not match from entry {seq}: something was changed outside the "
        "program. Nothing was closed; tell the supervisor and run `showroom-pos journal verify`.",
    ),
    "key.missing": (
        "Kunci tanda tangan showroom tidak ada di komputer ini ({path}). Laporan Z dan rekap "
        "final ditandatangani dengannya: salin berkas kunci dari cadangannya (flashdisk) ke "
        "tempat itu, lalu coba lagi.",
        "The showroom's signing key is not on this computer ({path}). Z reports and final "
        "statements are signed with it: copy the key file from its backup (USB stick) to that "
        "place, then try again.",
    ),
    "key.foreign": (
        "Kunci tanda tangan di komputer ini ({key}, {path}) bukan kunci yang terdaftar di "
        "database ini. Pasang kunci showroom yang benar dari cadangannya.",
        "The signing key on this computer ({key}, {path}) is not the one this database is "
        "registered with. Put the showroom's own key back from its backup.",
    ),
    "key.unreadable": (
        "Berkas kunci {path} tidak bisa dibaca: {reason}.",
        "The key file {path} cannot be read: {reason}.",
    ),
    # The Indonesian text is as it always was, in English.
    "key.reason_not_ed25519": ("not an Ed25519 key", "not an Ed25519 key"),
    "anchor.database_key_only": (
        "Catatan: kunci showroom tidak ada di komputer ini; tanda tangan hanya diperiksa dengan "
        "kunci publik yang tersimpan di database (berikan --public-key untuk pemeriksaan penuh).",
        "Note: the showroom key is not on this computer; signatures were checked only against "
        "the public key stored in the database (give --public-key for a full check).",
    ),
    "anchor.none_yet": (
        "Catatan: database ini belum punya jangkar bertanda tangan (belum ada laporan Z atau "
        "rekap final sejak kunci dibuat).",
        "Note: this database has no signed anchors yet (no Z report or final statement since "
        "the key was made).",
    ),
    # The lines of the integrity check's report (`services/admin/integrity.py`).
    "integrity.journal": (
        "Jurnal: {entries} entri, {records} catatan diperiksa",
        "Journal: {entries} entries, {records} records checked",
    ),
    "integrity.last_hash": ("Hash terakhir: {hash}", "Last hash: {hash}"),
    "integrity.anchors": (
        "Jangkar bertanda tangan: {anchors}, kunci showroom {key}",
        "Signed anchors: {anchors}, showroom key {key}",
    ),
    "integrity.damaged": ("Berkas database rusak: {error}", "Database file damaged: {error}"),
    "integrity.unguarded": (
        "Pengaman tabel hilang pada tabel {table}",
        "Append-only guard missing on table {table}",
    ),
    "integrity.entry": ("entri {seq}", "entry {seq}"),
    "integrity.mismatch": (
        "TIDAK COCOK {where}: {kind}: {detail}",
        "MISMATCH {where}: {kind}: {detail}",
    ),
    "integrity.ok": (
        "OK: jurnal dan semua catatan yang dicakupnya cocok.",
        "OK: the journal and every record it covers match.",
    ),
    "integrity.failed_at": (
        "GAGAL: ketidakcocokan pertama pada entri {seq}.",
        "FAILED: first mismatch at entry {seq}.",
    ),
    "integrity.failed": (
        "GAGAL: database diubah di luar program.",
        "FAILED: the database was changed outside the program.",
    ),
}
