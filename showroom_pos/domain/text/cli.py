"""The catalogue's texts of the command line's output: code -> (Bahasa Indonesia, English).

Two lines of the bench stay in English in both columns (`cli.not_bench`, `cli.machine`): they
were never translated, and what an Indonesian reader saw is kept as it was.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # -- shared: warnings, the acting user, passwords, dates ------------------------------------
    "cli.warning": ("PERINGATAN: {message}", "WARNING: {message}"),
    "cli.as_required": (
        "--as NAMA wajib: perintah yang mengubah data mencatat siapa pelakunya",
        "--as NAME is required: commands that change data record who did it",
    ),
    "cli.password_of": ("Kata sandi {name}: ", "Password of {name}: "),
    "cli.new_password_for": ("Kata sandi baru untuk {name}: ", "New password for {name}: "),
    "cli.repeat_password": ("Ulangi kata sandi: ", "Repeat the password: "),
    "cli.bad_date": ("{option} {value}: tanggal YYYY-MM-DD", "{option} {value}: a date YYYY-MM-DD"),
    "cli.copy": (" (salinan ke-{number})", " (copy {number})"),
    "cli.original": (" (asli)", " (original)"),
    "cli.database": ("Database: {database}", "Database: {database}"),
    # -- start and demo ----------------------------------------------------------------------------
    "cli.new_database": (
        "Database baru. Buat admin pertama:",
        "New database, create the first admin:",
    ),
    "cli.no_display": (
        "Tidak ada layar (DISPLAY) di sesi ini: jendela program tidak dibuka. Jalankan di "
        "desktop, atau lihat `showroom-pos screenshots --out DIR`.",
        "No display in this session, so the program's window is not opened. Run it on a "
        "desktop, or see `showroom-pos screenshots --out DIR`.",
    ),
    "cli.making_demo": ("Membuat data demo ...", "Creating demo data ..."),
    "cli.demo_database": ("Database demo: {database}", "Demo database: {database}"),
    "cli.demo_logins": ("Login demo:", "Demo logins:"),
    "cli.screenshots": ("{count} gambar di {out}", "{count} screenshots in {out}"),
    # -- db --------------------------------------------------------------------------------------
    "cli.upgrade_needs_admin": (
        "--as ADMIN wajib: pembaruan mengubah seluruh database",
        "--as ADMIN is required: an upgrade changes the whole database",
    ),
    "cli.upgraded": (
        "{database}: revisi {revision} (terbaru)",
        "{database}: revision {revision} (current)",
    ),
    "cli.grant_sqlite": (
        "Hak tabel hanya ada di PostgreSQL (SQLite dijaga oleh trigger)",
        "Table rights exist only on PostgreSQL (SQLite is guarded by triggers)",
    ),
    "cli.granted": (
        "Peran {role}: baca dan tambah saja untuk catatan selesai.",
        "Role {role}: read and add only on completed records.",
    ),
    # -- users and tills -------------------------------------------------------------------------
    "cli.passwords_differ": ("Kata sandi tidak sama", "The passwords differ"),
    "cli.first_user_admin": ("Pengguna pertama harus admin", "The first user must be an admin"),
    "cli.user_created": ("Pengguna {name} ({role}) dibuat.", "User {name} ({role}) created."),
    "cli.password_changed": ("Kata sandi {name} diganti.", "Password of {name} changed."),
    "cli.unlocked": ("{name}: aktif", "{name}: unlocked"),
    "cli.locked": ("{name}: dikunci", "{name}: locked"),
    "cli.user_line": (
        "{username:<16} {role:<11} {state:<8} {full_name}",
        "{username:<16} {role:<11} {state:<8} {full_name}",
    ),
    "cli.state_active": ("aktif", "active"),
    "cli.state_locked": ("dikunci", "locked"),
    "cli.till_created": ("Kasir {code} ({name}) dibuat.", "Till {code} ({name}) created."),
    "cli.till_used": (
        "Komputer ini kasir {code} ({name}).",
        "This computer is till {code} ({name}).",
    ),
    # -- printers, receipts, tags and slips -----------------------------------------------------
    "cli.receipt_printed": ("Struk {number}{copy} dicetak.", "Receipt {number}{copy} printed."),
    "cli.test_sent": (
        "Tes terkirim ke {uri} ({width} kolom).",
        "Test sent to {uri} ({width} columns).",
    ),
    "cli.tags_needs": (
        "tags perlu --intake NO atau --item CODE (salah satu)",
        "tags needs --intake NO or --item CODE (one of them)",
    ),
    "cli.tag_sheets": (
        "{tags} label, {sheets} lembar -> {pdf}",
        "{tags} tags, {sheets} sheets -> {pdf}",
    ),
    "cli.tags_printed": ("{tags} label dicetak.", "{tags} tags printed."),
    "cli.slip_printed": ("{number}{copy} dicetak.", "{number}{copy} printed."),
    # -- imports ---------------------------------------------------------------------------------
    "cli.would_import": ("{rows} baris akan diimpor.", "{rows} rows would be imported."),
    "cli.imported": ("{rows} baris diimpor.", "{rows} rows imported."),
    # -- reports and the archive ---------------------------------------------------------------
    "cli.table_written": ("{title}: {rows} baris -> {out}", "{title}: {rows} rows -> {out}"),
    "cli.exported": (
        "-> {folder} (periksa: python3 {folder}/verify_export.py)",
        "-> {folder} (check: python3 {folder}/verify_export.py)",
    ),
    # -- bench (English in both columns, as it always was) --------------------------------------
    "cli.bench_building": (
        "Membangun database benchmark {scale} ({makers} perajin, {items} barang, {lines} baris "
        "penjualan)",
        "Building the {scale} database ({makers} makers, {items} items, {lines} sale lines)",
    ),
    "cli.not_bench": (
        "{url} is not a benchmark database (no bench users); give an empty database or none",
        "{url} is not a benchmark database (no bench users); give an empty database or none",
    ),
    "cli.machine": (
        "Machine: {platform}, Python {python}, {cpus} CPUs; database {kind}",
        "Machine: {platform}, Python {python}, {cpus} CPUs; database {kind}",
    ),
    # -- settlement and statements ---------------------------------------------------------------
    "cli.settle_needs": (
        "settle perlu --period YYYY-MM dan --out FOLDER",
        "settle needs --period YYYY-MM and --out DIR",
    ),
    "cli.finalized": ("{count} laporan difinalkan.", "{count} statements finalized."),
    "cli.statements": ("{count} laporan -> {out}", "{count} statements -> {out}"),
    "cli.summary": ("Rekap: {pdf}, {csv}", "Summary: {pdf}, {csv}"),
    "cli.paid": (
        "{statement}: dibayar {amount} ({method}).",
        "{statement}: paid {amount} ({method}).",
    ),
    "cli.matches": (
        "COCOK: {statement}, {maker}, {period}, {amount}, {status}",
        "MATCHES: {statement}, {maker}, {period}, {amount}, {status}",
    ),
    "cli.no_match": ("TIDAK COCOK", "DOES NOT MATCH"),
    "cli.no_match_of": ("TIDAK COCOK: {statement}", "DOES NOT MATCH: {statement}"),
    # -- journal and key -------------------------------------------------------------------------
    "cli.bad_z": (
        "--z {value}: tulis KASIR:NOMOR-Z:HASH, mis. K1:12:3f9a0c1d",
        "--z {value}: write TILL:Z-NUMBER:HASH as printed on the Z report, e.g. K1:12:3f9a0c1d",
    ),
    "cli.manifest_unreadable": (
        "Manifest {path} tidak bisa dibaca: {error}",
        "Manifest {path} cannot be read: {error}",
    ),
    "cli.not_manifest": ("{path} bukan manifest ekspor", "{path} is not an export manifest"),
    "cli.no_key": (
        "Belum ada kunci di komputer ini: {path}",
        "No signing key on this computer: {path}",
    ),
    "cli.key_made_when": (
        "Kunci dibuat saat penyiapan atau laporan Z pertama.",
        "It is made at set-up or by the first Z report.",
    ),
    "cli.signing_key": ("Kunci tanda tangan: {path}", "Signing key: {path}"),
    "cli.public_key": ("Kunci publik: {path}", "Public key: {path}"),
    "cli.key_id": ("ID kunci: {key_id}", "Key id: {key_id}"),
    "cli.key_warning": (
        "Simpan salinan berkas kunci ini di flashdisk, terpisah dari cadangan database, di "
        "tempat terkunci. Tanpanya laporan Z dan rekap tidak bisa ditandatangani di komputer "
        "lain; siapa pun yang memegangnya bisa menandatangani atas nama showroom.",
        "Keep a copy of this key file on a USB stick, apart from the database backups, locked "
        "away. Without it no other computer can sign Z reports and statements; whoever holds "
        "it can sign in the showroom's name.",
    ),
    # -- backup and restore ----------------------------------------------------------------------
    "cli.backed_up": ("Cadangan: {path} ({size} bytes)", "Backup: {path} ({size} bytes)"),
    "cli.restore_needs_yes": (
        "Pemulihan mengganti seluruh database; tutup semua kasir lalu ulangi dengan --yes",
        "Restore replaces the whole database: close every till and repeat with --yes",
    ),
    "cli.previous_kept": ("Database lama disimpan di: {path}", "Previous database kept at: {path}"),
    "cli.restored": (
        "Dipulihkan dari {file}; memeriksa jurnal ...",
        "Restored from {file}; verifying ...",
    ),
    # -- events ----------------------------------------------------------------------------------
    "cli.bad_pieces": ("{value}: tulis KODE atau KODE=N", "{value}: write CODE or CODE=N"),
    "cli.event_line": (
        "{code:<5} {status:<7} {starts} - {ends}  {name}, {place}: {pieces} di pameran, "
        "{sales} struk {total}",
        "{code:<5} {status:<7} {starts} - {ends}  {name}, {place}: {pieces} at the event, "
        "{sales} receipts {total}",
    ),
    "cli.event_created": (
        "Pameran {code} dibuat, kasir {till}.",
        "Event {code} created, till {till}.",
    ),
    "cli.column.code": ("Kode", "Code"),
    "cli.column.price": ("Harga", "Price"),
    "cli.column.sent": ("Kirim", "Sent"),
    "cli.column.sold": ("Laku", "Sold"),
    "cli.column.refunded": ("Retur", "Refund"),
    "cli.column.returned": ("Kembali", "Returned"),
    "cli.column.there": ("Di sana", "There"),
    "cli.column.item": ("Barang", "Item"),
    "cli.event_packed": ("Database pameran {code}: {path}", "Event database {code}: {path}"),
    "cli.event_packed_pieces": (
        "  {pieces} buah dari {items} barang; pengguna: {users}",
        "  {pieces} pieces of {items} items; users: {users}",
    ),
    "cli.event_laptop": (
        "  Di laptop: showroom-pos --db sqlite:///{name}",
        "  On the laptop: showroom-pos --db sqlite:///{name}",
    ),
    "cli.event_merged": (
        "Pameran {code} digabungkan: {sales} struk {sales_total}, {refunds} retur "
        "{refunds_total}, {shifts} shift, {z_reports} Z; {back} buah kembali ke showroom.",
        "Event {code} merged: {sales} receipts {sales_total}, {refunds} refunds "
        "{refunds_total}, {shifts} shifts, {z_reports} Z; {back} pieces back in the showroom.",
    ),
    "cli.event_journal": (
        "  Jurnal pameran: {entries} entri, {hash}",
        "  Event journal: {entries} entries, {hash}",
    ),
}
