"""Import makers or items from CSV or XLSX: every row checked, all rows saved or none.

Headers may be Indonesian or English, in any case. A CSV may use `,`, `;` (Indonesian
spreadsheets export with `;`) or tabs, and be UTF-8 (with or without a byte-order mark), UTF-16
or Windows-1252 text as Excel saves it. Items are received as one intake per maker, each with
its slip. Every bad row is reported with its row number as the spreadsheet shows it, the column
and the reason; then nothing at all is written.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from showroom_pos.domain.errors import ShowroomError, ValidationError
from showroom_pos.domain.roles import Action
from showroom_pos.domain.text import Joined, Term, render
from showroom_pos.services.admin.auth import require
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.stock.consignment import receive_consignment_in
from showroom_pos.services.stock.makers import add_maker_in
from showroom_pos.services.stock.types import ImportResult, IntakeLineInput, ItemFields, MakerInput

MAX_ROWS = 20_000
MAX_REPORTED = 20

MAKER_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("kode", "code", "kode_pembatik", "maker_code"),
    "name": ("nama", "name", "nama_pembatik"),
    "business_name": ("nama_usaha", "business_name", "usaha"),
    "nik": ("nik",),
    "nib": ("nib",),
    "phone": ("telepon", "phone", "hp", "no_hp"),
    "address": ("alamat", "address"),
    "village": ("kelurahan", "village", "desa"),
    "bank_name": ("bank", "bank_name", "nama_bank"),
    "bank_account": ("no_rekening", "bank_account", "rekening"),
    "bank_account_holder": ("atas_nama", "bank_account_holder", "pemilik_rekening"),
    "commission": ("komisi_persen", "commission_percent", "komisi"),
    "notes": ("catatan", "notes"),
}
ITEM_COLUMNS: dict[str, tuple[str, ...]] = {
    "maker_code": ("kode_pembatik", "maker_code", "pembatik"),
    "code": ("kode", "code", "kode_barang", "item_code"),
    "name": ("nama", "name", "nama_barang"),
    "category": ("kategori", "category"),
    "technique": ("teknik", "technique"),
    "price": ("harga", "price", "harga_pembatik"),
    "quantity": ("jumlah", "quantity", "qty"),
    "motif": ("motif",),
    "material": ("bahan", "material"),
    "size": ("ukuran", "size"),
    "colour": ("warna", "colour", "color"),
    "batikmark": ("batikmark", "sertifikat_batikmark"),
    "unique": ("unik", "unique", "unique_piece"),
}
REQUIRED = {
    "makers": ("code", "name"),
    "items": ("maker_code", "name", "category", "technique", "price", "quantity"),
}
YES = {"ya", "y", "yes", "1", "true", "benar"}
NO = {"tidak", "t", "no", "n", "0", "false", "salah", ""}


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back after it did everything."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


@dataclass
class _Row:
    number: int  # as the spreadsheet shows it: the header is row 1
    values: dict[str, str]


def _normal(header: Any) -> str:
    return "_".join(str(header or "").strip().lower().replace("-", " ").split())


def _decoded(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's "Unicode text"), or the
    Windows code page Excel uses for "CSV" on an Indonesian or English Windows."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError("import.bad_file", file=name, reason=Term("import.reason_encoding"))


def _read_csv(path: Path) -> list[list[str]]:
    text = _decoded(path.read_bytes(), path.name)
    if "\x00" in text:
        raise ValidationError(
            "import.bad_file", file=path.name, reason=Term("import.reason_not_text")
        )
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        return [row for row in reader]
    except csv.Error as error:  # an unterminated quote, for one: never read as a name
        raise ValidationError(
            "import.bad_file",
            file=path.name,
            reason=Term("import.reason_line", line=reader.line_num, error=error),
        ) from error


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise ValidationError(
            "import.bad_file", file=path.name, reason=type(error).__name__
        ) from error
    try:
        sheet = workbook.worksheets[0]
        rows: list[list[str]] = []
        for values in sheet.iter_rows(values_only=True):
            rows.append([_cell_text(v) for v in values])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    except Exception as error:  # the sheet is read lazily: a broken one fails only here
        raise ValidationError(
            "import.bad_file", file=path.name, reason=type(error).__name__
        ) from error
    finally:
        workbook.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _rows(path: Path, columns: dict[str, tuple[str, ...]], required: tuple[str, ...]) -> list[_Row]:
    if not path.is_file():
        raise ValidationError(
            "import.bad_file", file=str(path), reason=Term("import.reason_missing")
        )
    table = _read_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _read_csv(path)
    table = [row for row in table if any(cell.strip() for cell in row)]
    if len(table) < 2:
        raise ValidationError("import.empty")
    if len(table) > MAX_ROWS + 1:
        raise ValidationError(
            "import.bad_file",
            file=path.name,
            reason=Term("import.reason_too_many_rows", rows=MAX_ROWS),
        )
    aliases = {alias: key for key, names in columns.items() for alias in names}
    header = [_normal(h) for h in table[0]]
    unknown = [h for h in header if h and h not in aliases]
    keys = [aliases.get(h) for h in header]
    missing = [columns[k][0] for k in required if k not in keys]
    twice = sorted({columns[k][0] for k in keys if k is not None and keys.count(k) > 1})
    if unknown or missing or twice:
        parts = []
        if twice:  # which of the two would count cannot be guessed
            parts.append(Term("import.header_twice", columns=", ".join(twice)))
        if missing:
            parts.append(Term("import.header_missing", columns=", ".join(missing)))
        if unknown:
            parts.append(Term("import.header_unknown", columns=", ".join(unknown)))
        raise ValidationError("import.bad_header", columns=Joined(parts, "; "))
    rows = []
    for offset, cells in enumerate(table[1:], start=2):
        values = {
            key: cells[i].strip() if i < len(cells) else "" for i, key in enumerate(keys) if key
        }
        rows.append(_Row(offset, values))
    return rows


def _whole(text: str, column: str) -> int:
    digits = text.strip().removeprefix("Rp").removeprefix("rp").replace(".", "").replace(" ", "")
    if digits.endswith(",00"):
        digits = digits[:-3]
    if not digits.isascii() or not digits.lstrip("-").isdigit():
        raise ValidationError("field.integer", field=Term(column))
    return int(digits)


def _percent_to_bp(text: str) -> int:
    if not text.strip():
        return 0
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise ValidationError("commission.invalid") from None
    if not math.isfinite(value) or not 0 <= value <= 100:  # nan, inf, 1e400
        raise ValidationError("commission.invalid")
    return round(value * 100)


def _repeated_codes(rows: list[_Row], key: str, column: str, errors: _Errors) -> set[int]:
    """Rows whose code an earlier row of the file has too, each named with that row."""
    first: dict[str, int] = {}
    repeated: set[int] = set()
    for row in rows:
        code = row.values.get(key, "").strip().upper()
        if not code:
            continue
        if code in first:
            errors.add(
                row.number,
                column,
                ValidationError("import.same_code", code=code, first=first[code], row=row.number),
            )
            repeated.add(row.number)
        else:
            first[code] = row.number
    return repeated


def _flag(text: str) -> bool:
    word = text.strip().lower()
    if word in YES:
        return True
    if word in NO:
        return False
    raise ValidationError(
        "field.choice", field=Term("column.unique"), choices=Term("column.yes_no")
    )


class _Errors:
    def __init__(self, lang: str = "id") -> None:
        self.lines: list[str] = []
        self.lang = lang

    def add(self, row: int, column: str, error: ShowroomError) -> None:
        self.lines.append(
            render(
                "import.row",
                self.lang,
                {"row": row, "column": column, "reason": error.message(self.lang)},
            )
        )

    def raise_if_any(self) -> None:
        if not self.lines:
            return
        shown = self.lines[:MAX_REPORTED]
        more = len(self.lines) - len(shown)
        text = "\n".join(shown) + (f"\n... dan {more} lainnya / and {more} more" if more else "")
        raise ValidationError("import.failed", count=len(self.lines), details=text)


def _guard(errors: _Errors, row: int, column: str, work: Callable[[], Any]) -> Any:
    try:
        return work()
    except ShowroomError as error:
        errors.add(row, column, error)
        return None


def _import_makers(
    session: Session, ledger: Ledger, actor: Actor, rows: list[_Row]
) -> ImportResult:
    user = require(session, actor, Action.MANAGE_MAKERS)
    require(session, actor, Action.IMPORT_DATA)
    errors = _Errors()
    created: list[str] = []
    repeated = _repeated_codes(rows, "code", "kode", errors)
    for row in rows:
        if row.number in repeated:
            continue
        v = row.values
        try:
            commission = _percent_to_bp(v.get("commission", ""))
        except ShowroomError as error:
            errors.add(row.number, "komisi_persen", error)
            continue
        data = MakerInput(
            code=v.get("code", ""),
            name=v.get("name", ""),
            business_name=v.get("business_name") or None,
            nik=v.get("nik") or None,
            nib=v.get("nib") or None,
            phone=v.get("phone") or None,
            address=v.get("address") or None,
            village=v.get("village") or None,
            bank_name=v.get("bank_name") or None,
            bank_account=v.get("bank_account") or None,
            bank_account_holder=v.get("bank_account_holder") or None,
            commission_bp=commission,
            notes=v.get("notes") or None,
        )
        nested = session.begin_nested()
        try:
            maker = add_maker_in(session, ledger, user, data)
        except ShowroomError as error:
            nested.rollback()
            errors.add(row.number, _column(error, MAKER_ERROR_COLUMNS), error)
        else:
            nested.commit()
            created.append(maker.code)
    errors.raise_if_any()
    return ImportResult(len(rows), tuple(created), ())


def _item_line(row: _Row, errors: _Errors) -> IntakeLineInput | None:
    v = row.values
    price = _guard(errors, row.number, "harga", lambda: _whole(v.get("price", ""), "column.price"))
    quantity = _guard(
        errors, row.number, "jumlah", lambda: _whole(v.get("quantity", ""), "column.quantity")
    )
    unique = _guard(errors, row.number, "unik", lambda: _flag(v.get("unique", "")))
    if price is None or quantity is None or unique is None:
        return None
    fields = ItemFields(
        name=v.get("name", ""),
        category=v.get("category", "").lower(),
        technique=v.get("technique", "").lower(),
        price=price,
        motif=v.get("motif") or None,
        material=v.get("material") or None,
        size=v.get("size") or None,
        colour=v.get("colour") or None,
        batikmark_cert=v.get("batikmark") or None,
        unique_piece=unique,
        code=v.get("code") or None,
    )
    return IntakeLineInput(quantity, fields)


def _import_items(session: Session, ledger: Ledger, actor: Actor, rows: list[_Row]) -> ImportResult:
    user = require(session, actor, Action.RECEIVE_CONSIGNMENT)
    require(session, actor, Action.IMPORT_DATA)
    errors = _Errors()
    by_maker: dict[str, list[tuple[_Row, IntakeLineInput]]] = {}
    repeated = _repeated_codes(rows, "code", "kode", errors)
    for row in rows:
        if row.number in repeated:
            continue
        line = _item_line(row, errors)
        if line is not None:
            maker = row.values.get("maker_code", "").strip().upper()
            by_maker.setdefault(maker, []).append((row, line))
    created: list[str] = []
    intakes: list[str] = []
    for maker_code, entries in by_maker.items():
        # Each row alone first, so a bad row is named by its number; then one intake per maker.
        good = []
        for row, line in entries:
            nested = session.begin_nested()
            try:
                receive_consignment_in(session, ledger, user, maker_code, [line], None)
            except ShowroomError as error:
                errors.add(row.number, _column(error, ITEM_ERROR_COLUMNS), error)
            else:
                good.append(line)
            finally:
                nested.rollback()
        if len(good) == len(entries) and not errors.lines:
            slip = receive_consignment_in(session, ledger, user, maker_code, good, None)
            intakes.append(slip.number)
            created.extend(line.item_code for line in slip.lines)
    errors.raise_if_any()
    return ImportResult(len(rows), tuple(created), tuple(intakes))


ITEM_ERROR_COLUMNS = {
    "price.invalid": "harga",
    "quantity.invalid": "jumlah",
    "quantity.unique": "jumlah",
    "maker.not_found": "kode_pembatik",
    "maker.inactive": "kode_pembatik",
    "item.exists": "kode",
    "field.choice": "teknik",
    "lines.duplicate": "kode",
}
MAKER_ERROR_COLUMNS = {
    "maker.exists": "kode",
    "field.bad_code": "kode",
    "commission.invalid": "komisi_persen",
    "field.phone": "telepon",
    "field.bank_account": "no_rekening",
}


def _column(error: ShowroomError, known: dict[str, str]) -> str:
    """The spreadsheet column a refusal is about, as the user's header names it."""
    if error.code in known:
        return known[error.code]
    name = error.params.get("field", "")
    field = (render(name, "id") if isinstance(name, Term) else str(name)).lower()
    return {
        "nik": "nik",
        "nib": "nib",
        "nama": "nama",
        "nama pembatik": "nama",
        "nama barang": "nama",
        "kategori": "kategori",
        "harga": "harga",
        "jumlah": "jumlah",
    }.get(field, field or "-")


def import_file(
    ledger: Ledger, *, actor: Actor, kind: str, path: Path, dry_run: bool = False
) -> ImportResult:
    """Import makers or items from `path`; with `dry_run`, check and count but keep nothing."""
    if kind not in REQUIRED:
        raise ValidationError(
            "field.choice", field=Term("field_name.import_kind"), choices="makers, items"
        )
    columns = MAKER_COLUMNS if kind == "makers" else ITEM_COLUMNS
    rows = _rows(Path(path), columns, REQUIRED[kind])
    work = _import_makers if kind == "makers" else _import_items

    def transaction(session: Session) -> ImportResult:
        result = work(session, ledger, actor, rows)
        if dry_run:
            raise _DryRun(result)
        return result

    try:
        return ledger.run_write(transaction)
    except _DryRun as rolled_back:
        return rolled_back.result


def iter_examples() -> Iterator[Path]:
    """The example files shipped in resources/examples."""
    from showroom_pos.paths import resources_dir

    yield from sorted((resources_dir() / "examples").glob("*.csv"))
