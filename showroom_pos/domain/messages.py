"""Message catalog: every refusal the services can give, in Indonesian (default) and English."""

from __future__ import annotations

from typing import Any

_LOGIN_REFUSED = (
    "Nama pengguna atau kata sandi salah, atau terlalu banyak percobaan: tunggu beberapa menit "
    "lalu coba lagi. Bila terus terjadi, minta supervisor membuka akun.",
    "Wrong user name or password, or too many tries: wait a few minutes and try again. If it "
    "keeps happening, ask a supervisor to unlock the account.",
)

# code -> (Bahasa Indonesia, English). Parameters are filled with str.format.
MESSAGES: dict[str, tuple[str, str]] = {
    # One text for a wrong password, an unknown name and a locked account: the refusal never
    # tells whether an account of that name exists.
    "auth.failed": _LOGIN_REFUSED,
    "auth.locked": _LOGIN_REFUSED,
    "auth.inactive": ("Akun ini sudah dinonaktifkan.", "This account has been deactivated."),
    "auth.password_short": (
        "Kata sandi minimal {min} karakter.",
        "The password needs at least {min} characters.",
    ),
    "permission.denied": (
        "Peran {role} tidak boleh melakukan: {action}.",
        "The role {role} may not do this: {action}.",
    ),
    "approval.required": (
        "Tindakan ini perlu persetujuan supervisor.",
        "This action needs a supervisor's approval.",
    ),
    "approval.same_user": (
        "Penyetuju harus orang lain, bukan pengguna yang meminta.",
        "The approver must be someone other than the requesting user.",
    ),
    "approval.not_allowed": (
        "{user} tidak berwenang menyetujui tindakan ini.",
        "{user} may not approve this action.",
    ),
    "user.exists": ("Nama pengguna {username} sudah dipakai.", "The user name {username} is taken."),
    "user.not_found": ("Pengguna {username} tidak ditemukan.", "User {username} not found."),
    "user.bad_name": (
        "Nama pengguna hanya boleh huruf kecil, angka, titik, minus atau garis bawah (2-32).",
        "A user name may hold only lower-case letters, digits, dot, dash or underscore (2-32).",
    ),
    "user.bad_role": ("Peran tidak dikenal: {role}.", "Unknown role: {role}."),
    "user.last_admin": (
        "Admin aktif terakhir tidak boleh dikunci atau diturunkan perannya.",
        "The last active admin cannot be locked or demoted.",
    ),
    "field.required": ("{field} wajib diisi.", "{field} is required."),
    "field.too_long": (
        "{field} terlalu panjang (maksimal {max} karakter).",
        "{field} is too long (at most {max} characters).",
    ),
    "input.bad_text": (
        "Masukan berisi karakter yang bukan teks yang sah (mis. salah encoding).",
        "The input holds characters that are not valid text (a wrong encoding, perhaps).",
    ),
    "field.bad_chars": (
        "{field} berisi karakter yang tidak boleh dipakai.",
        "{field} contains characters that are not allowed.",
    ),
    "field.bad_code": (
        "{field} hanya boleh huruf besar, angka dan tanda minus (maksimal {max}).",
        "{field} may hold only capital letters, digits and dashes (at most {max}).",
    ),
    "field.digits": (
        "{field} harus terdiri dari {count} angka.",
        "{field} must be exactly {count} digits.",
    ),
    "field.phone": (
        "Nomor telepon tidak valid (contoh: 0812-3456-7890 atau +62 812 3456 7890).",
        "Not a valid phone number (for example 0812-3456-7890 or +62 812 3456 7890).",
    ),
    "field.bank_account": (
        "Nomor rekening hanya boleh angka (6-20 digit).",
        "A bank account number may hold only digits (6-20).",
    ),
    "field.choice": (
        "{field} tidak dikenal: {value}. Pilihan: {choices}.",
        "Unknown {field}: {value}. Choices: {choices}.",
    ),
    "field.integer": ("{field} harus bilangan bulat.", "{field} must be a whole number."),
    "field.out_of_range": (
        "{field} harus antara {min} dan {max}.",
        "{field} must be between {min} and {max}.",
    ),
    "field.date": (
        "{field} bukan tanggal yang valid (format TTTT-BB-HH).",
        "{field} is not a valid date (YYYY-MM-DD).",
    ),
    "price.invalid": (
        "Harga harus antara {min} dan {max}.",
        "The price must be between {min} and {max}.",
    ),
    "price.unchanged": ("Harga baru sama dengan harga lama.", "The new price equals the old one."),
    "price.consent_required": (
        "Perubahan harga perlu catatan persetujuan pembatik (siapa, kapan, bagaimana).",
        "A price change needs the maker's recorded consent (who, when, how).",
    ),
    "commission.invalid": (
        "Potongan harus antara 0 dan 5000 basis poin (0-50%).",
        "Commission must be between 0 and 5000 basis points (0-50%).",
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
    "payment.cash_tendered": (
        "Uang diterima kurang dari jumlah tunai.",
        "Cash tendered is less than the cash amount.",
    ),
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
    "return.too_much": (
        "Tidak bisa mengembalikan {requested} {code}: stok hanya {available}.",
        "Cannot return {requested} of {code}: only {available} in stock.",
    ),
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
    "period.closed": (
        "Bulan {period} sudah ditutup untuk pembatik {maker}; koreksi masuk ke bulan berjalan.",
        "The month {period} is closed for maker {maker}; corrections go into the open month.",
    ),
    "period.invalid": ("Periode tidak valid: {period} (format TTTT-BB).",
                       "Not a valid period: {period} (YYYY-MM)."),
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
    "settlement.later_open": (
        "Bulan sebelumnya ({period}) untuk {maker} belum difinalkan.",
        "The previous month ({period}) for {maker} is not finalized yet.",
    ),
    "deduction.invalid": (
        "Potongan harus bernama dan bernilai lebih dari nol.",
        "A deduction needs a name and an amount above zero.",
    ),
    "setting.unknown": ("Pengaturan tidak dikenal: {key}.", "Unknown setting: {key}."),
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
    "import.empty": ("Berkas tidak berisi data.", "The file holds no data."),
    "import.failed": (
        "Tidak ada yang diimpor: {count} kesalahan.\n{details}",
        "Nothing was imported: {count} problems.\n{details}",
    ),
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
        "{path} already exists. Choose another name, or add --force to replace it."),
    "backup.not_a_file": (
        "{path} bukan berkas biasa; cadangan hanya ditulis ke berkas atau folder.",
        "{path} is not a plain file; a backup is written only to a file or a folder."),
    "restore.failed": ("Pemulihan gagal: {reason}.", "Restore failed: {reason}."),
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
    "printer.bad_uri": (
        "Alamat printer tidak dikenal: {uri}. Contoh: {kinds}.",
        "Unknown printer address: {uri}. For example: {kinds}.",
    ),
    "printer.not_set": (
        "Printer struk belum diatur (Pengaturan, atau --printer URI).",
        "No receipt printer is set (Settings, or --printer URI).",
    ),
    "printer.failed": (
        "Printer {printer} berhenti di tengah pencetakan. Periksa kertas, tutup printer dan "
        "kabelnya, lalu cetak lagi.",
        "Printer {printer} stopped while printing. Check the paper, the printer's cover and its "
        "cable, then print again.",
    ),
    "printer.sale_saved": (
        "Penjualan tetap tersimpan; cetak ulang nanti (F7 atau antrean cetak).",
        "The sale is saved; print it again later (F7 or the print queue).",
    ),
    "printer.usb_not_found": (
        "Printer USB {device} tidak terhubung. Periksa kabel USB dan daya printer, lalu coba lagi. "
        "Di Windows, printer USB yang memakai driver dipakai dengan namanya: win32:NAMA PRINTER.",
        "USB printer {device} is not connected. Check the USB cable and the printer's power, then "
        "try again. On Windows, a USB printer with a driver is used by its name: "
        "win32:PRINTER NAME.",
    ),
    "printer.usb_denied": (
        "Printer USB {device} terhubung, tetapi program tidak diizinkan memakainya. Di Linux "
        "pakai file:/dev/usb/lp0 (pengguna dalam grup lp) atau beri izin dengan aturan udev; di "
        "Windows pakai nama printernya: win32:NAMA PRINTER.",
        "USB printer {device} is connected but the program may not use it. On Linux use "
        "file:/dev/usb/lp0 (the user in group lp) or allow it with a udev rule; on Windows use "
        "the printer's name: win32:PRINTER NAME.",
    ),
    "printer.usb_busy": (
        "Printer USB {device} sedang dipakai program lain (driver printer). Pakai nama printernya "
        "(win32:NAMA PRINTER di Windows) atau file:/dev/usb/lp0 (Linux).",
        "USB printer {device} is held by another program (its printer driver). Use its printer "
        "name (win32:PRINTER NAME on Windows) or file:/dev/usb/lp0 (Linux).",
    ),
    "printer.usb_no_library": (
        "Pustaka USB (libusb) tidak ada di komputer ini. Pasang ulang program, atau pakai "
        "win32:NAMA PRINTER (Windows) atau file:/dev/usb/lp0 (Linux).",
        "The USB library (libusb) is missing on this computer. Reinstall the program, or use "
        "win32:PRINTER NAME (Windows) or file:/dev/usb/lp0 (Linux).",
    ),
    "printer.serial_failed": (
        "Port {port} tidak bisa dibuka. Periksa kabel serial; untuk printer Bluetooth, pastikan "
        "sudah dipasangkan (pair) dan nomor port benar (COM3 di Windows, /dev/rfcomm0 di Linux), "
        "dan baudrate {baudrate} sama dengan printer.",
        "Port {port} cannot be opened. Check the serial cable; for a Bluetooth printer, check "
        "that it is paired and the port is right (COM3 on Windows, /dev/rfcomm0 on Linux), and "
        "that baud rate {baudrate} matches the printer.",
    ),
    "printer.network_failed": (
        "Printer jaringan {address} tidak menjawab. Periksa printer menyala, kabel jaringan "
        "terpasang, dan alamat IP-nya (lihat halaman tes printer itu sendiri).",
        "Network printer {address} does not answer. Check that it is on, its network cable is "
        "plugged in, and its IP address (see the printer's own self-test page).",
    ),
    "printer.file_failed": (
        "Perangkat printer {path} tidak ada. Periksa printer tersambung dan menyala.",
        "Printer device {path} does not exist. Check that the printer is connected and on.",
    ),
    "printer.file_denied": (
        "Perangkat printer {path} tidak boleh ditulis oleh pengguna ini. Di Linux, masukkan "
        "pengguna ke grup lp, lalu masuk ulang.",
        "This user may not write to printer device {path}. On Linux, add the user to group lp "
        "and log in again.",
    ),
    "printer.win32_only": (
        "Alamat win32: hanya untuk printer Windows. Di komputer ini pakai usb:, file:/dev/usb/lp0, "
        "serial: atau tcp:.",
        "A win32: address is for Windows printers only. On this computer use usb:, "
        "file:/dev/usb/lp0, serial: or tcp:.",
    ),
    "printer.win32_not_found": (
        "Printer Windows \"{name}\" tidak ada. Tulis namanya persis seperti di Pengaturan Windows "
        "> Printer & pemindai, dan periksa printer menyala.",
        "Windows printer \"{name}\" does not exist. Type its name exactly as in Windows Settings "
        "> Printers & scanners, and check that the printer is on.",
    ),
    "printer.cups_unavailable": (
        "Mencetak lewat CUPS tidak tersedia di instalasi ini. Pakai file:/dev/usb/lp0, "
        "usb:VENDOR:PRODUK atau tcp:ALAMAT.",
        "Printing through CUPS is not available in this installation. Use file:/dev/usb/lp0, "
        "usb:VENDOR:PRODUCT or tcp:ADDRESS.",
    ),
    "printer.cups_failed": (
        "Antrean CUPS \"{name}\" tidak ada atau tidak menerima pekerjaan. Periksa namanya dengan "
        "lpstat -p.",
        "CUPS queue \"{name}\" does not exist or does not accept jobs. Check its name with "
        "lpstat -p.",
),
    "demo.not_empty": (
        "Database ini sudah berisi pengguna; data demo hanya untuk database kosong.",
        "This database already has users; demo data only goes into an empty database.",
    ),
    "demo.bad_size": (
        "Ukuran data demo tidak masuk akal (pembatik 1..5000, barang >= pembatik, hari 1..3650).",
        "The demo size makes no sense (makers 1..5000, items >= makers, days 1..3650).",
    ),
    "qris.invalid": (
        "Kode QRIS di pengaturan tidak valid; periksa lagi string QRIS statis showroom.",
        "The QRIS code in the settings is not valid; check the showroom's static QRIS string.",
    ),
    "file.unwritable": (
        "Tidak bisa menulis ke {path}: {reason}.",
        "Cannot write to {path}: {reason}.",
    ),
    "statement.unreadable": (
        "Berkas {path} tidak bisa dibaca sebagai PDF laporan: {reason}.",
        "{path} cannot be read as a statement PDF: {reason}.",
    ),
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
    "printer.queued": (
        "Belum tercetak: {reason} Kertasnya menunggu di antrean cetak.",
        "Not printed: {reason} The paper waits in the print queue.",
    ),
    "setting.bad_profile": (
        "Profil printer tidak dikenal: {profile} (contoh: TM-T88III, TM-T82II, POS-5890).",
        "Unknown printer profile: {profile} (e.g. TM-T88III, TM-T82II, POS-5890).",
    ),
    "z.exists": (
        "Hari {day} di kasir {till} sudah ditutup (laporan Z sudah dibuat).",
        "Day {day} of till {till} is already closed (its Z report exists).",
    ),
    "z.later_exists": (
        "Kasir {till} sudah punya laporan Z setelah {day}; hari sebelumnya tidak bisa ditutup.",
        "Till {till} already has a Z report after {day}; an earlier day cannot be closed.",
    ),
    "z.shift_open": (
        "Shift di kasir {till} masih terbuka; tutup shift dengan hitungan kas dulu.",
        "A shift is still open on till {till}; close it with the cash count first.",
    ),
    "day.closed": (
        "Hari {day} di kasir {till} sudah ditutup dengan laporan Z: tidak ada penjualan, retur, "
        "kas masuk/keluar atau shift baru lagi hari ini di kasir ini. Kasir ini buka lagi "
        "{next}; sampai itu pakai kasir lain.",
        "Day {day} of till {till} is closed by its Z report: no more sales, refunds, cash in or "
        "out or new shifts today at this till. It opens again on {next}; until then use another "
        "till.",
    ),
    "z.future": (
        "Hari {day} belum tiba.",
        "Day {day} has not come yet.",
    ),
    "report.bad_range": (
        "Rentang tanggal tidak valid: {first} sampai {last} (paling lama 10 tahun).",
        "Invalid date range: {first} to {last} (at most 10 years).",
    ),
    "archive.bad_range": (
        "Rentang ekspor tidak valid: {first} sampai {last} (paling lama {days} hari per ekspor).",
        "Invalid export range: {first} to {last} (at most {days} days per export).",
    ),
    "journal.broken": (
        "Jurnal tidak cocok mulai entri {seq}: ada yang diubah di luar program. Tidak ditutup; "
        "beri tahu supervisor dan jalankan `showroom-pos journal verify`.",
        "The journal does not match from entry {seq}: something was changed outside the "
        "program. Nothing was closed; tell the supervisor and run `showroom-pos journal verify`.",
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
    "import.same_code": (
        "kode {code} sudah dipakai di baris {first}; baris {first} dan {row} tidak boleh "
        "berkode sama",
        "the code {code} is already on row {first}; rows {first} and {row} cannot share a code",
    ),
    "event.not_found": ("Pameran {code} tidak ada.", "There is no event {code}."),
    "event.dates": (
        "Tanggal selesai pameran tidak boleh sebelum tanggal mulai.",
        "An event cannot end before it starts.",
    ),
    "event.not_there": (
        "Di pameran {event} hanya ada {available} buah {code}, diminta {requested}.",
        "The event {event} has only {available} of {code}, {requested} asked for.",
    ),
    "event.merged_already": (
        "Catatan pameran {event} sudah digabungkan; tidak ada yang diubah.",
        "The records of the event {event} are merged already; nothing was changed.",
    ),
    "event.empty": (
        "Belum ada barang yang dikirim ke pameran {event}: kirim barang dulu.",
        "No pieces have been sent to the event {event} yet: send some first.",
    ),
    "event.file_exists": (
        "Berkas {path} sudah ada; pilih nama lain agar tidak tertimpa.",
        "The file {path} exists already; choose another name so that it is not overwritten.",
    ),
    "event.folder_missing": ("Folder {path} tidak ada.", "The folder {path} does not exist."),
    "event.file_missing": ("Berkas {path} tidak ada.", "The file {path} does not exist."),
    "event.changed_meanwhile": (
        "Barang pameran {event} baru saja diubah di komputer lain; buat ulang databasenya.",
        "The pieces of the event {event} were just changed elsewhere; pack it again.",
    ),
    "event.pack_needs_owner": (
        "Database pameran hanya dapat dibuat dengan login pemilik database (berisi sandi "
        "pengguna).",
        "An event database can only be packed with the database owner's login (it holds the "
        "users' passwords).",
    ),
    "event.not_event_file": (
        "Berkas ini bukan database pameran yang dibuat dengan 'event pack'; tidak ada yang "
        "diubah.",
        "This file is not an event database made by 'event pack'; nothing was changed.",
    ),
    "event.file_tampered": (
        "Database pameran ini telah diubah di luar program ({detail}, entri {seq}); tidak "
        "digabungkan dan tidak ada yang diubah.",
        "This event database was changed outside the program ({detail}, entry {seq}); it was "
        "not merged and nothing was changed.",
    ),
    "event.foreign_record": (
        "Database pameran memuat catatan yang tidak dibuat dengan berjualan ({what}, entri "
        "{seq}); tidak digabungkan.",
        "The event database holds records not made by selling ({what}, entry {seq}); it "
        "was not merged.",
    ),
    "event.shift_open": (
        "Di laptop pameran masih ada shift terbuka: tutup shift dan buat laporan Z dulu.",
        "A shift is still open on the event laptop: close it and make the Z report first.",
    ),
    "event.day_not_closed": (
        "Hari {day} di laptop pameran belum ditutup dengan laporan Z; buat dulu di laptop.",
        "The day {day} on the event laptop has no Z report yet; make it on the laptop first.",
    ),
    "event.other_ledger": (
        "Database pameran {code} bukan dari database showroom ini; tidak ada yang diubah.",
        "The event database {code} was not packed from this showroom's database; nothing "
        "was changed.",
    ),
    "event.pack_outdated": (
        "Berkas ini bukan database terakhir yang dibuat untuk pameran {event} (barangnya "
        "diubah atau dibuat ulang sesudahnya); tidak ada yang diubah.",
        "This file is not the last database packed for the event {event} (its pieces were "
        "changed or it was packed again since); nothing was changed.",
    ),
    "event.stock_mismatch": (
        "Stok di laptop pameran {event} tidak cocok dengan penjualannya; tidak ada yang "
        "diubah.",
        "The stock on the event laptop {event} does not agree with its sales; nothing was "
        "changed.",
    ),
    "event.till_elsewhere": (
        "Kasir {till} adalah kasir pameran {event}: hanya dipakai di laptop pameran.",
        "The till {till} is the till of the event {event}: it is used on the event laptop "
        "only.",
    ),
    "event.showroom_till": (
        "Kasir {till} adalah kasir showroom; di laptop pameran {event} pakai kasir pameran.",
        "The till {till} is a showroom till; on the laptop of the event {event} use the "
        "event's till.",
    ),
    "event.laptop_only_sells": (
        "Ini laptop pameran: di sini hanya berjualan; {action} dilakukan di showroom.",
        "This is an event laptop: it is for selling; to {action}, use the showroom's "
        "computer.",
    ),
    "event.showroom_work": (
        "Ini laptop pameran {event}: pameran, stok dan laporan bulanan dikelola di komputer "
        "showroom.",
        "This is the laptop of the event {event}: events, stock and statements are kept on "
        "the showroom's computer.",
    ),
    "event.not_merged": (
        "Catatan pameran {event} ({code}) belum digabungkan: gabungkan dulu sebelum rekap "
        "bulan ini final.",
        "The records of the event {event} ({code}) are not merged yet: merge them before "
        "the month's statements are made final.",
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
}


def render(code: str, lang: str, params: dict[str, Any]) -> str:
    """The message for `code` in `lang` ('id' or 'en'); amounts arrive already formatted."""
    texts = MESSAGES.get(code)
    if texts is None:
        return code
    template = texts[1] if lang == "en" else texts[0]
    try:
        return template.format(**{key: str(value) for key, value in params.items()})
    except (KeyError, IndexError):
        return template
