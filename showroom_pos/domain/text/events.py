"""The catalogue's texts of events away from the showroom and their laptops: code -> (Bahasa
Indonesia, English)."""

TEXTS: dict[str, tuple[str, str]] = {
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
        "Berkas ini bukan database pameran yang dibuat dengan 'event pack'; tidak ada yang diubah.",
        "This file is not an event database made by 'event pack'; nothing was changed.",
    ),
    "event.file_tampered": (
        "Database pameran ini telah diubah di luar program ({detail}, entri {seq}); tidak "
        "digabungkan dan tidak ada yang diubah.",
        "This event database was changed outside the program ({detail}, entry {seq}); it was "
        "not merged and nothing was changed.",
    ),
    # What was found changed in an event database; the Indonesian texts are as they always
    # were, in English.
    "event.detail_several_keys": ("more than one signing key", "more than one signing key"),
    "event.detail_signatures_without_key": (
        "signatures without a key",
        "signatures without a key",
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
        "Stok di laptop pameran {event} tidak cocok dengan penjualannya; tidak ada yang diubah.",
        "The stock on the event laptop {event} does not agree with its sales; nothing was changed.",
    ),
    "event.till_elsewhere": (
        "Kasir {till} adalah kasir pameran {event}: hanya dipakai di laptop pameran.",
        "The till {till} is the till of the event {event}: it is used on the event laptop only.",
    ),
    "event.showroom_till": (
        "Kasir {till} adalah kasir showroom; di laptop pameran {event} pakai kasir pameran.",
        "The till {till} is a showroom till; on the laptop of the event {event} use the "
        "event's till.",
    ),
    "event.laptop_only_sells": (
        "Ini laptop pameran: di sini hanya berjualan; {action} dilakukan di showroom.",
        "This is an event laptop: it is for selling; to {action}, use the showroom's computer.",
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
}
