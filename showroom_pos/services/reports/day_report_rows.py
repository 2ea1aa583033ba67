"""X and Z reports as rows of label and figure, in Indonesian as the showroom's records are
kept: the receipt printer and the PDF lay out the same rows."""

from __future__ import annotations

from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.services.reports.day_reports import DayReport

METHOD_NAMES = {"cash": "Tunai", "qris": "QRIS", "card": "Kartu", "transfer": "Transfer"}
RULE = ("", "")  # a row that is drawn as a line


def report_title(report: DayReport) -> str:
    return (f"LAPORAN Z No. {report.z_number}" if report.kind == "Z"
            else "LAPORAN X (sementara, tidak menutup hari)")


def report_rows(report: DayReport) -> list[tuple[str, str]]:
    """(label, figure) rows in order; RULE rows separate the blocks."""
    rows = [("Kasir", report.terminal_code),
            ("Tanggal", report.business_day.strftime("%d-%m-%Y")),
            ("Dibuat", to_local(report.made_at).strftime("%d-%m-%Y %H:%M") + " WIB"),
            ("Oleh", report.made_by), RULE,
            ("Jumlah struk", str(report.receipts)),
            ("Struk pertama", report.first_receipt or "-"),
            ("Struk terakhir", report.last_receipt or "-"), RULE,
            ("Penjualan kotor", format_rupiah(report.gross_sales))]
    rows += [(f"  {METHOD_NAMES.get(m, m)}", format_rupiah(v))
             for m, v in report.sales_by_method.items() if v]
    rows.append((f"Retur ({report.refund_count})", format_rupiah(-report.refunds)))
    rows += [(f"  {METHOD_NAMES.get(m, m)}", format_rupiah(-v))
             for m, v in report.refunds_by_method.items() if v]
    rows += [("PENJUALAN BERSIH", format_rupiah(report.net_sales)), RULE,
             ("Modal kas awal", format_rupiah(report.opening_floats)),
             ("Tunai masuk", format_rupiah(report.sales_by_method.get("cash", 0))),
             ("Tunai retur", format_rupiah(-report.refunds_by_method.get("cash", 0))),
             ("Kas masuk/keluar", format_rupiah(report.cash_in_out)),
             ("Kas seharusnya", format_rupiah(report.cash_expected)),
             ("Kas dihitung", format_rupiah(report.cash_counted)
              if report.cash_counted is not None else "shift masih buka")]
    if report.over_short is not None:
        word = "Lebih" if report.over_short > 0 else "Kurang" if report.over_short < 0 \
            else "Selisih"
        rows.append((word, format_rupiah(report.over_short)))
    rows += [RULE, (f"Latihan ({report.training_receipts} struk)",
                    format_rupiah(report.training_total)),
             ("  tidak termasuk uang dan stok", ""), RULE,
             ("Grand total (abadi)", format_rupiah(report.grand_total)),
             ("Grand total absolut", format_rupiah(report.grand_total_absolute))]
    return rows
