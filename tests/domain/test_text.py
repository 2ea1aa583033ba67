"""The catalogue: every code the program uses exists, none is dead, an English text never carries
an Indonesian word given as a parameter, and both languages fill the same placeholders."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import showroom_pos
from showroom_pos.documents.summary import CSV_COLUMNS
from showroom_pos.domain.errors import StockError, ValidationError
from showroom_pos.domain.kinds import (
    MovementKind,
    PaymentMethod,
    PayoutMethod,
    Technique,
    technique_label,
)
from showroom_pos.domain.roles import Action, Role, action_term, role_label
from showroom_pos.domain.text import CATALOGUE, Joined, Term, render, section, text
from showroom_pos.domain.validation import check_day, clean_code, clean_text, whole_number

PACKAGE = Path(showroom_pos.__file__).resolve().parent
CATALOGUE_DIR = PACKAGE / "domain" / "text"

# Calls whose first argument is a catalogue code, where a module imports them from the catalogue
# (sqlalchemy has a `text` too).
TEXT_CALLS = {"render", "text", "Term"}
# Calls whose first argument is the code of a field's name (`field_name.*`, `column.*`).
FIELD_CALLS = {
    "clean_text",
    "clean_code",
    "clean_digits",
    "whole_number",
    "check_count",
    "check_day",
    "_optional",
    "_amount",
    "_whole",
}
# Prefixes used for nothing but catalogue codes: any string of the form `prefix.rest` is a code.
CODE_ONLY_PREFIXES = (
    "field_name.",
    "column.",
    "integrity.",
    "printer_status.",
    "statement_pdf.",
    "summary_pdf.",
    "summary_csv.",
    "slip_pdf.",
    "slip_paper.",
    "receipt_paper.",
    "day_report_paper.",
    "day_report_pdf.",
    "day_report.",
    "report_table.",
    "demo.progress_",
    "demo.summary_",
)

# Codes composed at run time, by prefix, and what their rest must be.
COMPOSED_FROM_VALUES = {  # domain/kinds.py label(), domain/roles.py role_term/action_term
    "technique.": Technique,
    "payment_method.": PaymentMethod,
    "movement.": MovementKind,
    "role.": Role,
    "action.": Action,
}
COMPOSED_IN_FILE = {  # section(prefix, lang)[key]: the key is a string in the files, or a value
    # it looks up (documents/statement_parts.py: `text.get(paid.method)`)
    "statement_pdf.": (
        ("statement.py", "statement_parts.py", "statement_tables.py"),
        {m.value for m in PayoutMethod},
    ),
    "summary_pdf.": (("summary.py",), set()),
    "slip_pdf.": (("slips.py",), set()),  # slips.COLUMNS
}
COMPOSED_FROM_COLUMNS = {"summary_csv.": CSV_COLUMNS}  # documents/summary.py CSV headings
# journal_action.<action>: every action the journal writes (tests/domain/test_kinds.py checks the
# two sets are equal); here its rest must be written somewhere as a string.
# cli.column.<key>: the command line's table headings, by the key of the column.
COMPOSED_ANYWHERE = ("journal_action.", "cli.column.")

# String parameters of messages that are not words to translate: codes the user types or
# picks, file types, printer addresses, a table's name.
LITERAL_PARAMETERS = {
    "id, en",
    "0, 1",
    "makers, items",
    "A5, A4",
    ".pdf, .csv, .xlsx",
    "usb:04b8:0202",
    "tcp:HOST:9100",
    "serial:/dev/ttyUSB0?baudrate=9600",
    "stock_movements",
    "transfer",  # the payout method's code, the same word in Bahasa Indonesia
}

# Texts that are the same in both languages: names, codes, international words, and texts the
# Indonesian program always gave in English (kept as they were).
SAME_IN_BOTH = {
    "field_name.nik",
    "field_name.nib",
    "field_name.bank",
    "field_name.motif",
    "payment_method.qris",
    "role.admin",
    "role.supervisor",
    "event.detail_several_keys",
    "event.detail_signatures_without_key",
    "key.reason_not_ed25519",
    "statement_pdf.no",
    "statement_pdf.total",
    "statement_pdf.transfer",
    "statement_pdf.reference",
    "statement_pdf.meterai_box",
    "statement_pdf.draft",
    "summary_pdf.status",
    "summary_pdf.final",
    "summary_pdf.mark",
    "summary_csv.bank_name",
    "summary_csv.status",
    "receipt_paper.when",
    "receipt_paper.number",
    "receipt_paper.total",
    "receipt_paper.reference",
    "slip_pdf.no",
    "slip_pdf.total",
    "day_report.qris",
    "day_report.transfer",
    "report_table.total",
    "report_table.by_motif",
    "cli.database",
    "cli.user_line",
    "cli.not_bench",
    "cli.machine",
}


def _sources() -> Iterator[Path]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "generated" not in path.parts:
            yield path


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


@cache
def _error_classes() -> frozenset[str]:
    """ShowroomError and every class that derives from it anywhere in the program."""
    names = {"ShowroomError"}
    classes = [
        node
        for path in _sources()
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.ClassDef)
    ]
    grown = True
    while grown:
        grown = False
        for node in classes:
            bases = {
                base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                for base in node.bases
            }
            if node.name not in names and bases & names:
                names.add(node.name)
                grown = True
    return frozenset(names)


@cache
def _from_catalogue(path: Path) -> frozenset[str]:
    """The names a module imports from the catalogue (all of them within the catalogue)."""
    if path.parent == CATALOGUE_DIR:
        return frozenset(TEXT_CALLS)
    return frozenset(
        alias.asname or alias.name
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.ImportFrom) and node.module == "showroom_pos.domain.text"
        for alias in node.names
    )


def _calls() -> Iterator[tuple[Path, ast.Call, str]]:
    """Every call by name; `render`, `text` and `Term` only where they are the catalogue's."""
    for path in _sources():
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Call):
                name = _name(node)
                if name is not None and (name not in TEXT_CALLS or name in _from_catalogue(path)):
                    yield path, node, name


def _strings(path: Path) -> Iterator[str]:
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def _first_string(call: ast.Call) -> str | None:
    if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
        return call.args[0].value
    return None


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _used_codes() -> set[tuple[str, str]]:
    """(code, where) of every code the program names as a constant."""
    used: set[tuple[str, str]] = set()
    messages = _error_classes() | TEXT_CALLS | FIELD_CALLS
    for path, call, name in _calls():
        code = _first_string(call)
        if name in messages and code is not None:
            used.add((code, f"{path.relative_to(PACKAGE)}:{call.lineno}"))
    for path in _sources():
        if path.parent != CATALOGUE_DIR:
            used |= {
                (value, str(path.relative_to(PACKAGE)))
                for value in _strings(path)
                if value.startswith(CODE_ONLY_PREFIXES)
                and " " not in value
                and not value.endswith(".")
            }  # f"summary_csv.{column}" is composed
    return used


def test_the_program_finds_its_calls() -> None:
    """The walk sees what it is meant to see, or the checks below would pass on nothing."""
    assert {"ValidationError", "PrinterError", "StockError"} <= _error_classes()
    codes = {code for code, _ in _used_codes()}
    assert {
        "field.required",
        "stock.sold_out",
        "field_name.item_name",
        "integrity.ok",
        "printer_status.paper_out",
        "auth.failed",
    } <= codes
    assert len(codes) > 250


def test_every_code_used_exists() -> None:
    missing = sorted(f"{code} ({where})" for code, where in _used_codes() if code not in CATALOGUE)
    assert not missing


def test_no_code_is_dead() -> None:
    written = {
        value for path in _sources() if path.parent != CATALOGUE_DIR for value in _strings(path)
    }
    in_file = {
        prefix: {value for name in names for value in _strings(PACKAGE / "documents" / name)}
        | looked_up
        for prefix, (names, looked_up) in COMPOSED_IN_FILE.items()
    }
    dead = []
    for code in CATALOGUE:
        if code in written:
            continue
        prefix = next(
            (
                p
                for p in (
                    *COMPOSED_FROM_VALUES,
                    *COMPOSED_IN_FILE,
                    *COMPOSED_FROM_COLUMNS,
                    *COMPOSED_ANYWHERE,
                )
                if code.startswith(p)
            ),
            None,
        )
        rest = code.removeprefix(prefix) if prefix else code
        if prefix in COMPOSED_FROM_VALUES and rest in {
            v.value for v in COMPOSED_FROM_VALUES[prefix]
        }:
            continue
        if prefix in COMPOSED_IN_FILE and rest in in_file[prefix]:
            continue
        if prefix in COMPOSED_FROM_COLUMNS and rest in COMPOSED_FROM_COLUMNS[prefix]:
            continue
        if prefix in COMPOSED_ANYWHERE and rest in written:
            continue
        dead.append(code)
    assert not dead


@pytest.mark.parametrize("prefix", sorted(COMPOSED_FROM_VALUES))
def test_every_value_of_a_vocabulary_has_its_label(prefix: str) -> None:
    values = {value.value for value in COMPOSED_FROM_VALUES[prefix]}
    labelled = {code.removeprefix(prefix) for code in CATALOGUE if code.startswith(prefix)}
    assert labelled == values


def test_every_spreadsheet_column_has_its_heading() -> None:
    for prefix, columns in COMPOSED_FROM_COLUMNS.items():
        assert {code.removeprefix(prefix) for code in CATALOGUE if code.startswith(prefix)} == set(
            columns
        )


def _has_words(value: str) -> bool:
    return re.search(r"[A-Za-z]{2,}", value) is not None


def test_no_word_is_given_to_a_message_as_plain_text() -> None:
    """A parameter that is a word must be a Term, so that its English text is the one shown."""
    messages = _error_classes() | TEXT_CALLS
    found = []
    for path, call, name in _calls():
        if name not in messages:
            continue
        for keyword in call.keywords:
            value = keyword.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                if _has_words(value.value) and value.value not in LITERAL_PARAMETERS:
                    found.append(
                        f"{path.relative_to(PACKAGE)}:{call.lineno} {keyword.arg}={value.value!r}"
                    )
            elif isinstance(value, ast.JoinedStr):
                parts = [
                    part.value
                    for part in value.values
                    if isinstance(part, ast.Constant) and isinstance(part.value, str)
                ]
                if any(_has_words(part) for part in parts):
                    found.append(
                        f"{path.relative_to(PACKAGE)}:{call.lineno} {keyword.arg}="
                        f"{ast.unparse(value)}"
                    )
    assert not found


def test_fields_are_named_by_code() -> None:
    """A check of what was typed is told which field by its code, never by its name."""
    found = []
    for path, call, name in _calls():
        code = _first_string(call)
        if (
            name in FIELD_CALLS
            and code is not None
            and not code.startswith(("field_name.", "column."))
        ):
            found.append(f"{path.relative_to(PACKAGE)}:{call.lineno} {code!r}")
    assert not found


FIELD_NAMES = sorted(code for code in CATALOGUE if code.startswith(("field_name.", "column.")))


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_english_never_shows_an_indonesian_field_name(code: str) -> None:
    names = _placeholders(CATALOGUE[code][1])
    if not names:
        return
    for field in FIELD_NAMES:
        indonesian, english = CATALOGUE[field]
        shown = render(code, "en", {name: Term(field) for name in names})
        assert english in shown, (code, field)
        if indonesian.lower() not in english.lower():
            assert indonesian not in shown.replace(english, ""), (code, field)
        assert indonesian in render(code, "id", {name: Term(field) for name in names})


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_both_languages_present_and_agree(code: str) -> None:
    indonesian, english = CATALOGUE[code]
    assert indonesian.strip() and english.strip()
    assert (
        indonesian != english or not any(c.isalpha() for c in indonesian) or code in SAME_IN_BOTH
    ), code
    assert _placeholders(indonesian) == _placeholders(english), code


def test_the_same_in_both_list_holds_only_such_texts() -> None:
    assert {
        code
        for code in SAME_IN_BOTH
        if code not in CATALOGUE or CATALOGUE[code][0] != CATALOGUE[code][1]
    } == set()


def test_error_renders_in_the_users_language() -> None:
    error = StockError("stock.sold_out", code="PKL001-00001")
    assert "PKL001-00001" in error.message("id") and "terjual" in error.message("id")
    assert "PKL001-00001" in error.message("en") and "sold" in error.message("en")
    assert str(error) == error.message("id")


def test_unknown_code_renders_as_itself() -> None:
    assert render("no.such.code", "id", {}) == "no.such.code"
    assert text("no.such.code", "en") == "no.such.code"


def test_a_field_is_named_in_the_messages_language() -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text("field_name.item_name", "  ")
    assert caught.value.message("id") == "Nama barang wajib diisi."
    assert caught.value.message("en") == "Item name is required."
    with pytest.raises(ValidationError) as caught:
        clean_code("field_name.maker_code", "a b")
    assert caught.value.message("en").startswith("Maker code may hold only capital letters")
    with pytest.raises(ValidationError) as caught:
        whole_number("field_name.quantity", "3")
    assert caught.value.message("en") == "Quantity must be a whole number."
    assert caught.value.message("id") == "Jumlah harus bilangan bulat."
    with pytest.raises(ValidationError) as caught:
        check_day("field_name.from_day", "kemarin")
    assert "From date" in caught.value.message("en")


def test_terms_carry_their_own_parameters_and_join() -> None:
    reason = Term("import.reason_too_many_rows", rows=5000)
    assert text("import.bad_file", "en", file="a.csv", reason=reason) == (
        "The file a.csv cannot be read: > 5000 rows."
    )
    assert text("import.bad_file", "id", file="a.csv", reason=reason) == (
        "Berkas a.csv tidak bisa dibaca: > 5000 baris / rows."
    )
    parts = Joined(
        [Term("import.header_missing", columns="kode"), Term("import.header_unknown", columns="x")],
        "; ",
    )
    assert text("import.bad_header", "en", columns=parts) == (
        "Required columns are missing: missing columns: kode; unknown columns: x."
    )


def test_labels_render_through_the_catalogue() -> None:
    assert technique_label("tulis", "id") == "Batik tulis"
    assert technique_label("tulis", "en") == "Hand-drawn batik (tulis)"
    assert technique_label("no-such", "en") == "no-such"
    assert role_label(Role.CASHIER, "id") == "Kasir" and role_label("cashier", "en") == "Cashier"
    denied = ValidationError(
        "permission.denied", role=Term("role.cashier"), action=action_term(Action.CHANGE_PRICE)
    )
    assert denied.message("en") == "The role Cashier may not do this: change prices."
    assert denied.message("id") == "Peran Kasir tidak boleh melakukan: mengubah harga."
    assert section("summary_pdf.", "en")["title"] == "MAKERS' PAYOUT SUMMARY"
