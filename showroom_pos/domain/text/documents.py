"""The catalogue's texts of the words printed on PDF documents: statements, slips, tags and
summaries: code -> (Bahasa Indonesia, English).

A document's words share its prefix (`statement_pdf.`, `summary_pdf.`, `summary_csv.`); the
document looks them up by the rest of the code (`documents/statement.py`: `text["gross"]`)."""

TEXTS: dict[str, tuple[str, str]] = {
    # The monthly statement of a maker (`documents/statement.py`).
    "statement_pdf.title": ("LAPORAN PENJUALAN BARANG TITIPAN", "STATEMENT OF CONSIGNMENT SALES"),
    "statement_pdf.period": ("Periode", "Period"),
    "statement_pdf.statement_no": ("No. laporan", "Statement no."),
    "statement_pdf.draft_no": (
        "DRAFT - belum final, bukan dasar pembayaran",
        "DRAFT - not final, not a basis for payment",
    ),
    "statement_pdf.printed": ("Dicetak", "Printed"),
    "statement_pdf.maker": ("Pembatik", "Maker"),
    "statement_pdf.business": ("Usaha", "Business"),
    "statement_pdf.address": ("Alamat", "Address"),
    "statement_pdf.bank": ("Rekening", "Bank account"),
    "statement_pdf.holder": ("a.n.", "holder"),
    "statement_pdf.summary": ("Ringkasan", "Summary"),
    "statement_pdf.gross": ("Penjualan kotor ({count} baris)", "Gross sales ({count} lines)"),
    "statement_pdf.refunds": ("Retur penjualan bulan ini", "Refunds this month"),
    "statement_pdf.adjustment": ("Penyesuaian: {name}", "Adjustment: {name}"),
    "statement_pdf.net": ("Penjualan bersih (dasar komisi)", "Net sales (commission base)"),
    "statement_pdf.commission": ("Komisi showroom ({rate})", "Showroom commission ({rate})"),
    "statement_pdf.commission_back": (
        "Komisi dikembalikan atas retur ({rate})",
        "Commission given back on refunds ({rate})",
    ),
    "statement_pdf.deduction": ("Potongan: {name}", "Deduction: {name}"),
    "statement_pdf.payable": ("JUMLAH DIBAYARKAN", "AMOUNT PAYABLE"),
    "statement_pdf.payable_negative": (
        "SALDO KURANG (dibawa ke bulan berikutnya)",
        "BALANCE OWED (carried to next month)",
    ),
    "statement_pdf.in_words": ("Terbilang", "In words (Indonesian)"),
    "statement_pdf.meterai": (
        "Jumlah di atas Rp5.000.000: tanda terima pembayaran yang ditandatangani wajib "
        "dibubuhi meterai Rp10.000.",
        "Above Rp5.000.000: the signed payout receipt needs a Rp10.000 meterai (stamp duty).",
    ),
    "statement_pdf.sales": ("Rincian penjualan", "Sales"),
    "statement_pdf.no": ("No", "No"),
    "statement_pdf.date": ("Tanggal", "Date"),
    "statement_pdf.time": ("Jam", "Time"),
    "statement_pdf.receipt": ("No. struk", "Receipt"),
    "statement_pdf.code": ("Kode", "Code"),
    "statement_pdf.item": ("Barang", "Item"),
    "statement_pdf.qty": ("Jml", "Qty"),
    "statement_pdf.price": ("Harga", "Price"),
    "statement_pdf.amount": ("Jumlah", "Amount"),
    "statement_pdf.total": ("Total", "Total"),
    "statement_pdf.no_sales": ("Tidak ada penjualan pada bulan ini.", "No sales this month."),
    "statement_pdf.showroom_sales": ("Di showroom", "At the showroom"),
    "statement_pdf.event_sales": (
        "Di pameran: {name}, {place} ({first} s.d. {last})",
        "At the event: {name}, {place} ({first} to {last})",
    ),
    "statement_pdf.event_subtotal": ("Subtotal pameran", "Event subtotal"),
    "statement_pdf.refund_lines": (
        "Retur penjualan (barang dikembalikan pembeli)",
        "Refunds (goods brought back by buyers)",
    ),
    "statement_pdf.refund_no": ("No. retur", "Refund no."),
    "statement_pdf.sale_receipt": ("Struk asal", "Sale receipt"),
    "statement_pdf.stock": ("Mutasi stok bulan ini", "Stock movement this month"),
    "statement_pdf.opening": ("Awal", "Opening"),
    "statement_pdf.received": ("Masuk", "In"),
    "statement_pdf.sold": ("Terjual", "Sold"),
    "statement_pdf.refunded": ("Retur jual", "Refunded"),
    "statement_pdf.returned": ("Diambil", "Taken back"),
    "statement_pdf.adjusted": ("Koreksi", "Adjusted"),
    "statement_pdf.closing": ("Akhir", "Closing"),
    "statement_pdf.no_stock": (
        "Tidak ada stok titipan pada bulan ini.",
        "No consigned stock this month.",
    ),
    "statement_pdf.ytd": (
        "Penjualan bersih tahun {year} s.d. {month}: {amount} (untuk perhitungan PPh final "
        "UMKM pembatik)",
        "Net sales {year} up to {month}: {amount} (for the maker's final MSME income tax)",
    ),
    "statement_pdf.payment": ("Pembayaran", "Payment"),
    "statement_pdf.not_paid": ("Belum dibayar.", "Not paid yet."),
    "statement_pdf.paid": (
        "Dibayar {date} secara {method}{reference}, sebesar {amount}; dicatat oleh {who}.",
        "Paid on {date} by {method}{reference}, {amount}; recorded by {who}.",
    ),
    "statement_pdf.cash": ("tunai", "cash"),
    "statement_pdf.transfer": ("transfer", "transfer"),
    "statement_pdf.reference": (", ref. {ref}", ", ref. {ref}"),
    "statement_pdf.handed": ("Yang menyerahkan,", "Handed over by,"),
    "statement_pdf.treasurer": ("Bendahara Showroom", "Showroom treasurer"),
    "statement_pdf.received_by": ("Yang menerima,", "Received by,"),
    "statement_pdf.meterai_box": ("Meterai\nRp10.000", "Meterai\nRp10.000"),
    "statement_pdf.verify": ("Kode verifikasi", "Verification code"),
    "statement_pdf.verify_note": (
        "Staf showroom dapat mencocokkan kode ini dengan jurnal kapan saja.",
        "Showroom staff can check this code against the journal at any time.",
    ),
    "statement_pdf.verify_draft": (
        "Kode verifikasi diberikan saat laporan difinalkan.",
        "The verification code is given when the statement is finalized.",
    ),
    "statement_pdf.page": ("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "statement_pdf.draft": ("DRAFT", "DRAFT"),
    "statement_pdf.decimal_mark": (",", "."),  # of a commission rate: 2,5% / 2.5%
    # The treasurer's month overview (`documents/summary.py`).
    "summary_pdf.title": ("REKAP PEMBAYARAN PEMBATIK", "MAKERS' PAYOUT SUMMARY"),
    "summary_pdf.code": ("Kode", "Code"),
    "summary_pdf.maker": ("Pembatik", "Maker"),
    "summary_pdf.gross_sales": ("Penjualan", "Sales"),
    "summary_pdf.refunds": ("Retur", "Refunds"),
    "summary_pdf.adjustments": ("Penyesuaian", "Adjustments"),
    "summary_pdf.commission": ("Komisi", "Commission"),
    "summary_pdf.deductions": ("Potongan", "Deductions"),
    "summary_pdf.payable": ("Dibayarkan", "Payable"),
    "summary_pdf.carried": ("Saldo kurang", "Balance owed"),
    "summary_pdf.carried_status": ("dibawa", "carried"),
    "summary_pdf.bank": ("Bank / rekening", "Bank / account"),
    "summary_pdf.status": ("Status", "Status"),
    "summary_pdf.total": ("TOTAL ({count} pembatik)", "TOTAL ({count} makers)"),
    "summary_pdf.draft": ("draf", "draft"),
    "summary_pdf.final": ("final", "final"),
    "summary_pdf.paid": ("dibayar", "paid"),
    "summary_pdf.page": ("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "summary_pdf.printed": ("Dicetak {date}", "Printed {date}"),
    "summary_pdf.mark": ("DRAFT", "DRAFT"),
    "summary_pdf.unpaid": (
        "Belum dibayar: {count} pembatik, {amount}.",
        "Not paid yet: {count} makers, {amount}.",
    ),
    # The headings of the overview's spreadsheet, by column (`summary.CSV_COLUMNS`).
    "summary_csv.maker_code": ("Kode", "Code"),
    "summary_csv.maker_name": ("Pembatik", "Maker"),
    "summary_csv.gross_sales": ("Penjualan", "Sales"),
    "summary_csv.refunds": ("Retur", "Refunds"),
    "summary_csv.adjustments": ("Penyesuaian", "Adjustments"),
    "summary_csv.commission": ("Komisi", "Commission"),
    "summary_csv.deductions": ("Potongan", "Deductions"),
    "summary_csv.payable": ("Dibayarkan", "Payable"),
    "summary_csv.carried": ("Saldo kurang", "Balance owed"),
    "summary_csv.bank_name": ("Bank", "Bank"),
    "summary_csv.bank_account": ("Rekening", "Account"),
    "summary_csv.account_holder": ("Atas nama", "Account holder"),
    "summary_csv.status": ("Status", "Status"),
    "summary_csv.statement_no": ("No. rekap", "Statement no."),
    # Intake and return slips as PDFs (`documents/slips.py`); the words they share with the
    # paper slip are `slip_paper.*` and `receipt_paper.*`.
    "slip_pdf.intake_clause": (
        "Barang di atas dititipkan untuk dijual kepada pengunjung dengan harga pembatik, "
        "tanpa mark-up. Barang tetap milik pembatik sampai terjual atau diambil kembali.",
        "The goods above are left to be sold to visitors at the maker's prices, with no "
        "mark-up. They remain the maker's until sold or taken back.",
    ),
    "slip_pdf.return_clause": (
        "Barang di atas telah dikembalikan kepada pembatik dan diterima dalam keadaan "
        "seperti yang tercatat.",
        "The goods above have been returned to the maker and received in the condition recorded.",
    ),
    "slip_pdf.no": ("No", "No"),
    "slip_pdf.code": ("Kode", "Code"),
    "slip_pdf.item": ("Barang (teknik)", "Item (technique)"),
    "slip_pdf.qty": ("Jml", "Qty"),
    "slip_pdf.price": ("Harga", "Price"),
    "slip_pdf.amount": ("Jumlah", "Amount"),
    "slip_pdf.total": ("Total", "Total"),
    "slip_pdf.staff_role": ("Petugas showroom", "Showroom staff"),
    "slip_pdf.number": ("Nomor", "Number"),
    "slip_pdf.date": ("Tanggal", "Date"),
    "slip_pdf.business": ("Usaha", "Business"),
    "slip_pdf.totals": (
        "Jumlah barang: <b>{count} buah</b> · nilai dengan harga pembatik: <b>{value}</b>",
        "Pieces: <b>{count}</b> · value at the maker's prices: <b>{value}</b>",
    ),
    "slip_pdf.page": ("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    # The X and Z reports as a PDF (`documents/day_report.py`); its page numbers are
    # `slip_pdf.page`, its journal hash `day_report_paper.journal_hash`.
    "day_report_pdf.signatures": (
        "Diserahkan oleh kasir: ______________________ &nbsp;&nbsp; Diterima oleh supervisor: "
        "______________________",
        "Handed over by the cashier: ______________________ &nbsp;&nbsp; Received by the "
        "supervisor: ______________________",
    ),
    # Price tags on label sheets (`documents/labels.py`): the PDF's title.
    "labels_pdf.title": ("Label harga", "Price labels"),
}
