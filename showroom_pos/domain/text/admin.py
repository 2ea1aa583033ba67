"""The catalogue's texts of users' administration, settings, set-up, backups and archives: code ->
(Bahasa Indonesia, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    "setting.unknown": ("Pengaturan tidak dikenal: {key}.", "Unknown setting: {key}."),
    "db.not_ours": (
        "Berkas {path} bukan database Showroom POS.",
        "The file {path} is not a Showroom POS database.",
    ),
    "db.too_new": (
        "Database ini dibuat oleh versi program yang lebih baru ({revision}). Perbarui program.",
        "This database was made by a newer version of the program ({revision}). Update the program.",
    ),
    "db.network_share": (
        "Berkas SQLite di folder jaringan tidak aman untuk beberapa kasir. Gunakan server PostgreSQL.",
        "A SQLite file on a network share is not safe for several tills. Use a PostgreSQL server.",
    ),
    "db.needs_upgrade": (
        "Database perlu diperbarui: jalankan `showroom-pos db upgrade`.",
        "The database needs an upgrade: run `showroom-pos db upgrade`.",
    ),
    "backup.failed": ("Cadangan gagal: {reason}.", "Backup failed: {reason}."),
    "backup.exists": (
        "{path} sudah ada. Pilih nama lain, atau tambahkan --force untuk menimpanya.",
        "{path} already exists. Choose another name, or add --force to replace it.",
    ),
    "backup.not_a_file": (
        "{path} bukan berkas biasa; cadangan hanya ditulis ke berkas atau folder.",
        "{path} is not a plain file; a backup is written only to a file or a folder.",
    ),
    # Why a backup failed; the Indonesian texts are as they always were (the last in English).
    "backup.reason_no_tool": ("{tool} tidak ditemukan / not found", "{tool} not found"),
    "backup.reason_no_source": ("{path} tidak ada / does not exist", "{path} does not exist"),
    "backup.reason_same_file": (
        "target is the database itself",
        "the target is the database itself",
    ),
    "restore.failed": ("Pemulihan gagal: {reason}.", "Restore failed: {reason}."),
    "demo.not_empty": (
        "Database ini sudah berisi pengguna; data demo hanya untuk database kosong.",
        "This database already has users; demo data only goes into an empty database.",
    ),
    "demo.bad_size": (
        "Ukuran data demo tidak masuk akal (pembatik 1..5000, barang >= pembatik, hari 1..3650).",
        "The demo size makes no sense (makers 1..5000, items >= makers, days 1..3650).",
    ),
    "file.unwritable": (
        "Tidak bisa menulis ke {path}: {reason}.",
        "Cannot write to {path}: {reason}.",
    ),
    "setting.bad_profile": (
        "Profil printer tidak dikenal: {profile} (contoh: TM-T88III, TM-T82II, POS-5890).",
        "Unknown printer profile: {profile} (e.g. TM-T88III, TM-T82II, POS-5890).",
    ),
    "archive.bad_range": (
        "Rentang ekspor tidak valid: {first} sampai {last} (paling lama {days} hari per ekspor).",
        "Invalid export range: {first} to {last} (at most {days} days per export).",
    ),
    "db.not_permitted": (
        "Tidak dilakukan: login database ini tidak berhak. Di PostgreSQL, login kasir tidak "
        "mengubah pengguna, peran, kata sandi, atau pembatik, tidak membaca data pribadi "
        "pembatik, dan tidak mengubah catatan yang sudah selesai; lakukan pekerjaan itu di "
        "komputer kantor dengan login database pemilik (lihat README).",
        "Not done: this database login may not do that. On PostgreSQL the tills' login "
        "changes no user, role, password or maker, reads no maker's private data and changes "
        "no completed record; do that work on the office computer with the owner's database "
        "login (see the README).",
    ),
    "fault.disk_full": (
        "Tidak disimpan: disk penuh{where}. Kosongkan ruang (hapus berkas yang tidak perlu, "
        "pindahkan cadangan lama), lalu ulangi. Yang sudah tersimpan tetap aman.",
        "Not saved: the disk is full{where}. Free some space (delete files you do not need, move "
        "old backups away), then try again. What was saved before is safe.",
    ),
    "fault.read_only": (
        "Tidak bisa menulis: {what} hanya-baca. Periksa bahwa flashdisk atau folder tidak "
        "dikunci tulis dan bahwa pengguna komputer ini boleh menulis di sana.",
        "Cannot write: {what} is read-only. Check that the USB stick or folder is not "
        "write-protected and that this computer's user may write there.",
    ),
    "fault.no_access": (
        "Tidak boleh dibuka: {what}. Pengguna komputer ini tidak berhak membaca atau menulisnya; "
        "minta admin memperbaiki hak aksesnya.",
        "Not allowed: {what}. This computer's user may not read or write it; ask the "
        "administrator to fix its permissions.",
    ),
    "fault.locked": (
        "Database sedang dikunci oleh program lain (misalnya salinan cadangan yang sedang "
        "dibuat). Tunggu sebentar lalu ulangi.",
        "The database is locked by another program (a backup being copied, for instance). Wait "
        "a moment and try again.",
    ),
    "fault.io": (
        "Disk gagal membaca atau menulis{where}. Periksa kabel atau flashdisk; bila berulang, "
        "pulihkan cadangan terakhir ke disk lain.",
        "The disk failed to read or write{where}. Check the cable or USB stick; if it happens "
        "again, restore the last backup onto another disk.",
    ),
    "fault.cannot_open": (
        "Database {what} tidak bisa dibuka: foldernya tidak ada atau tidak boleh ditulis.",
        "The database {what} cannot be opened: its folder does not exist or may not be written.",
    ),
    "fault.damaged": (
        "Database {what} rusak ({detail}). Jangan dipakai untuk menjual: pulihkan cadangan "
        "terakhir (`showroom-pos restore BERKAS --yes --as admin`), lalu periksa dengan "
        "`journal verify`.",
        "The database {what} is damaged ({detail}). Do not sell on it: restore the last backup "
        "(`showroom-pos restore FILE --yes --as admin`), then check it with `journal verify`.",
    ),
    "fault.server_unreachable": (
        "Server database {server} tidak bisa dihubungi. Periksa bahwa server menyala dan "
        "jaringan tersambung, lalu ulangi. Yang sudah tersimpan tetap aman.",
        "The database server {server} cannot be reached. Check that the server is on and the "
        "network connected, then try again. What was saved is safe.",
    ),
    "fault.server_login": (
        "Server database {server} menolak login {user}: kata sandi salah atau tidak ada. "
        "Periksa berkas kata sandi (.pgpass / PGPASSFILE) di komputer ini.",
        "The database server {server} refused the login {user}: wrong or missing password. "
        "Check the password file (.pgpass / PGPASSFILE) on this computer.",
    ),
    "fault.server_no_database": (
        "Server {server} tidak punya database itu. Periksa nama database di alamat --db.",
        "The server {server} has no such database. Check the database name in the --db address.",
    ),
    "fault.bad_url": (
        "Alamat database tidak bisa dibaca: {url}. Contoh: sqlite:///C:/data/showroom.sqlite3 "
        "atau postgresql+psycopg://kasir@SERVER/showroom.",
        "The database address cannot be read: {url}. For example sqlite:///C:/data/showroom.sqlite3 "
        "or postgresql+psycopg://kasir@SERVER/showroom.",
    ),
    "fault.unsupported_url": (
        "Jenis database {kind} tidak didukung. Showroom POS memakai SQLite "
        "(sqlite:///BERKAS) atau PostgreSQL (postgresql+psycopg://...).",
        "The database kind {kind} is not supported. Showroom POS uses SQLite (sqlite:///FILE) or "
        "PostgreSQL (postgresql+psycopg://...).",
    ),
    "fault.no_driver": (
        "Untuk PostgreSQL program perlu paket tambahannya: pip install 'showroom-pos[postgres]'.",
        "PostgreSQL needs the program's extra package: pip install 'showroom-pos[postgres]'.",
    ),
    "bug.happened": (
        "Kesalahan di dalam program (bukan kesalahan Anda); langkah ini tidak menyimpan apa pun.",
        "Something went wrong inside the program (not your mistake); this step saved nothing.",
    ),
    "bug.logged": (
        "Rinciannya ditulis ke {path}: kirimkan berkas itu ke admin.",
        "The details are written to {path}: send that file to the administrator.",
    ),
    "bug.not_logged": (
        "Rinciannya tidak bisa ditulis ke berkas log; jalankan lagi dengan --verbose.",
        "The details could not be written to a log file; run again with --verbose.",
    ),
    "db.in_use": (
        "Database sedang dipakai kasir atau program lain ({others}). Pemulihan dan pembaruan "
        "database mengganti semuanya: tutup Showroom POS di semua kasir dan komputer, lalu "
        "ulangi. Tidak ada yang diubah.",
        "The database is in use by another till or program ({others}). A restore or an upgrade "
        "replaces everything: close Showroom POS on every till and computer, then try again. "
        "Nothing was changed.",
    ),
    "save.conflict": (
        "Tidak disimpan: data ini baru saja diubah di kasir atau komputer lain. Muat ulang lalu "
        "coba lagi.",
        "Not saved: this was just changed at another till or computer. Reload and try again.",
    ),
    "busy.retry": (
        "Database sedang sibuk; coba lagi sebentar.",
        "The database is busy; try again in a moment.",
    ),
    # The demo data's progress and summary (`services/admin/demo.py`); the Indonesian lines
    # carry the English words too, as the demo has always printed them.
    "demo.progress_makers": ("Pembatik / makers: {count}", "Makers: {count}"),
    "demo.progress_items": (
        "Barang / items: {count} ({intakes} tanda terima / intake slips)",
        "Items: {count} ({intakes} intake slips)",
    ),
    "demo.progress_sales_up_to": (
        "Penjualan sampai / sales up to {day}: {count}",
        "Sales up to {day}: {count}",
    ),
    "demo.progress_sales": (
        "Penjualan / sales: {sales}, retur / refunds: {refunds}",
        "Sales: {sales}, refunds: {refunds}",
    ),
    "demo.summary_days": (
        "Data demo / demo data: {first} .. {last}",
        "Demo data: {first} .. {last}",
    ),
    "demo.summary_stock": (
        "pembatik / makers {makers}, barang / items {items}, tanda terima / intakes {intakes}",
        "makers {makers}, items {items}, intakes {intakes}",
    ),
    "demo.summary_sales": (
        "penjualan / sales {sales}, retur / refunds {refunds}, pengembalian / returns to makers "
        "{returns}",
        "sales {sales}, refunds {refunds}, returns to makers {returns}",
    ),
    "demo.summary_months": (
        "rekap final / statements {statements}, dibayar / paid {payouts}, pameran / events "
        "{events}",
        "statements {statements}, paid {payouts}, events {events}",
    ),
    "demo.database": (
        "Isi / holds: {makers} pembatik / makers, {items} barang / items ({pieces} di rak / on "
        "the shelf), {sales} penjualan / sales, {statements} rekap final / finalized statements",
        "Holds: {makers} makers, {items} items ({pieces} on the shelf), {sales} sales, "
        "{statements} finalized statements",
    ),
}
