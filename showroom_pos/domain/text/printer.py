"""The catalogue's texts of the receipt printer and its status: code -> (Bahasa Indonesia,
English)."""

TEXTS: dict[str, tuple[str, str]] = {
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
        'Printer Windows "{name}" tidak ada. Tulis namanya persis seperti di Pengaturan Windows '
        "> Printer & pemindai, dan periksa printer menyala.",
        'Windows printer "{name}" does not exist. Type its name exactly as in Windows Settings '
        "> Printers & scanners, and check that the printer is on.",
    ),
    "printer.cups_unavailable": (
        "Mencetak lewat CUPS tidak tersedia di instalasi ini. Pakai file:/dev/usb/lp0, "
        "usb:VENDOR:PRODUK atau tcp:ALAMAT.",
        "Printing through CUPS is not available in this installation. Use file:/dev/usb/lp0, "
        "usb:VENDOR:PRODUCT or tcp:ADDRESS.",
    ),
    "printer.cups_failed": (
        'Antrean CUPS "{name}" tidak ada atau tidak menerima pekerjaan. Periksa namanya dengan '
        "lpstat -p.",
        'CUPS queue "{name}" does not exist or does not accept jobs. Check its name with '
        "lpstat -p.",
    ),
    "printer.queued": (
        "Belum tercetak: {reason} Kertasnya menunggu di antrean cetak.",
        "Not printed: {reason} The paper waits in the print queue.",
    ),
    # What the printer answered when asked (`printing/status.py`).
    "printer_status.unknown": ("status tidak diketahui", "status unknown"),
    "printer_status.online": ("siap", "online"),
    "printer_status.offline": ("tidak siap", "offline"),
    "printer_status.paper_ok": ("kertas cukup", "paper ok"),
    "printer_status.paper_low": ("kertas hampir habis", "paper low"),
    "printer_status.paper_out": ("KERTAS HABIS", "OUT OF PAPER"),
    "printer_status.paper_unknown": ("kertas ?", "paper ?"),
    # The sale receipt on paper (`printing/receipt.py`), always in Bahasa Indonesia.
    "receipt_paper.no_markup": (
        "Harga sesuai harga pembatik, tanpa mark-up",
        "The maker's own price, no mark-up",
    ),
    "receipt_paper.copy": ("SALINAN KE-{number}", "COPY {number}"),
    "receipt_paper.refunded": ("DIRETUR: {refunds}", "REFUNDED: {refunds}"),
    "receipt_paper.part_refunded": ("DIRETUR SEBAGIAN: {refunds}", "PARTLY REFUNDED: {refunds}"),
    "receipt_paper.training_banner": ("LATIHAN - BUKAN TRANSAKSI", "TRAINING - NOT A SALE"),
    "receipt_paper.training": ("LATIHAN", "TRAINING"),
    "receipt_paper.when": ("%d-%m-%Y %H:%M WIB", "%d-%m-%Y %H:%M WIB"),  # strftime
    "receipt_paper.number": ("No. {number}", "No. {number}"),
    "receipt_paper.cashier": ("Kasir: {name}", "Cashier: {name}"),
    "receipt_paper.till": ("Kasir {till}", "Till {till}"),
    "receipt_paper.line_refunded": (
        "diretur {refunded} dari {quantity}",
        "{refunded} of {quantity} refunded",
    ),
    "receipt_paper.total": ("TOTAL", "TOTAL"),
    "receipt_paper.reference": ("Ref: {reference}", "Ref: {reference}"),
    "receipt_paper.change": ("Kembalian", "Change"),
    # Intake and return slips on paper (`printing/slip.py`; the PDF's: `slip_pdf.*`).
    "slip_paper.intake": ("TANDA TERIMA TITIPAN", "CONSIGNMENT INTAKE SLIP"),
    "slip_paper.return": ("BERITA ACARA PENGEMBALIAN", "RECORD OF RETURN"),
    "slip_paper.maker_role": ("Pembatik", "Maker"),
    "slip_paper.staff_role": ("Petugas", "Staff"),
    "slip_paper.handed": ("Yang menyerahkan,", "Handed over by,"),
    "slip_paper.received": ("Yang menerima,", "Received by,"),
    "slip_paper.maker": ("Pembatik: {code} {name}", "Maker: {code} {name}"),
    "slip_paper.staff": ("Petugas: {name}", "Staff: {name}"),
    "slip_paper.pieces": ("Jumlah barang", "Pieces"),
    "slip_paper.piece_count": ("{count} buah", "{count} pcs"),
    "slip_paper.value": ("Nilai (harga pembatik)", "Value (maker's prices)"),
    "slip_paper.notes": ("Catatan: {notes}", "Notes: {notes}"),
    # The X and Z reports on paper (`printing/day_report.py`) and as a PDF.
    "day_report_paper.journal_hash": ("Hash jurnal saat tutup:", "Journal hash at closing:"),
    # A code too long for a barcode on paper (`printing/barcodes.py`).
    "barcode_paper.too_long": (
        "(kode terlalu panjang untuk barcode; ketik kodenya)",
        "(code too long for a barcode; type the code)",
    ),
    # The printer's test page (`printing/jobs.py`).
    "printer_test.title": ("Tes printer / printer test", "Printer test"),
}
