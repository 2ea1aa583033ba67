"""Checks of what people type: names, codes, prices, quantities, identity numbers."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any

from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.text import Term

MIN_PRICE = 1_000
MAX_PRICE = 1_000_000_000
MAX_QUANTITY = 10_000
MAX_COMMISSION_BP = 5_000

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")
_PHONE = re.compile(r"^\+?[0-9][0-9 -]{6,18}[0-9]$")


def clean_text(field: str, value: Any, *, max_len: int = 200, required: bool = True) -> str:
    """Trimmed text without control characters; empty allowed only when not required. `field`,
    here and below, is the catalogue code of the field's name (`field_name.*`)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError("field.bad_chars", field=Term(field))
    text = " ".join(value.split())
    if any(unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"} for ch in text):
        raise ValidationError("field.bad_chars", field=Term(field))
    if required and not text:
        raise ValidationError("field.required", field=Term(field))
    if len(text) > max_len:
        raise ValidationError("field.too_long", field=Term(field), max=max_len)
    return text


def clean_code(field: str, value: Any, *, max_len: int = 32) -> str:
    """An upper-case code (maker, item, till): letters, digits, dashes."""
    text = clean_text(field, value, max_len=max_len).upper()
    if not _CODE.match(text):
        raise ValidationError("field.bad_code", field=Term(field), max=max_len)
    return text


def clean_digits(field: str, value: Any, count: int) -> str | None:
    text = clean_text(field, value, max_len=64, required=False).replace(" ", "")
    if not text:
        return None
    if len(text) != count or not text.isascii() or not text.isdigit():
        raise ValidationError("field.digits", field=Term(field), count=count)
    return text


def clean_phone(value: Any) -> str | None:
    text = clean_text("field_name.phone", value, max_len=24, required=False)
    if not text:
        return None
    if not _PHONE.match(text) or not text.isascii():
        raise ValidationError("field.phone")
    return text


def clean_bank_account(value: Any) -> str | None:
    text = clean_text("field_name.bank_account", value, max_len=32, required=False)
    text = text.replace(" ", "").replace("-", "")
    if not text:
        return None
    if not (text.isascii() and text.isdigit() and 6 <= len(text) <= 20):
        raise ValidationError("field.bank_account")
    return text


def whole_number(field: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("field.integer", field=Term(field))
    return value


def check_count(field: str, value: Any, *, maximum: int, minimum: int = 1) -> int:
    """A whole number of rows, days or copies asked for, within what makes sense."""
    number = whole_number(field, value)
    if not minimum <= number <= maximum:
        raise ValidationError("field.out_of_range", field=Term(field), min=minimum, max=maximum)
    return number


def check_day(field: str, value: Any) -> date:
    """A calendar day between 2000 and 2099 (a datetime counts as its own date)."""
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date) or not 2000 <= value.year <= 2099:
        raise ValidationError("field.date", field=Term(field))
    return value


def storable_text(value: str) -> bool:
    """Text every database can hold: valid Unicode (no lone surrogates) and no NUL."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in value


def search_text(value: Any) -> str:
    """What was typed into a search box: any printable text, or nothing."""
    return clean_text("field_name.search", value, max_len=200, required=False)


def check_price(value: Any) -> int:
    price = whole_number("field_name.price", value)
    if not MIN_PRICE <= price <= MAX_PRICE:
        raise ValidationError(
            "price.invalid", min=format_rupiah(MIN_PRICE), max=format_rupiah(MAX_PRICE)
        )
    return price


def check_quantity(value: Any, *, unique_piece: bool = False) -> int:
    quantity = whole_number("field_name.quantity", value)
    if not 1 <= quantity <= MAX_QUANTITY:
        raise ValidationError("quantity.invalid", max=MAX_QUANTITY)
    if unique_piece and quantity != 1:
        raise ValidationError("quantity.unique")
    return quantity


def check_commission(value: Any) -> int:
    bp = whole_number("field_name.commission", value)
    if not 0 <= bp <= MAX_COMMISSION_BP:
        raise ValidationError("commission.invalid")
    return bp


def commission_of(net_sales: int, basis_points: int) -> int:
    """Commission on net sales, rounded down to the whole rupiah (in the maker's favour)."""
    if net_sales <= 0 or basis_points <= 0:
        return 0
    return net_sales * basis_points // 10_000


def commission_returned(refunded: int, basis_points: int) -> int:
    """The commission a refund gives back, at the rate its sale was charged: rounded up, so
    that over a sale's life the maker never pays more than the rate (in the maker's favour)."""
    if refunded <= 0 or basis_points <= 0:
        return 0
    return -(-refunded * basis_points // 10_000)


def mask_account(account: str | None) -> str:
    """`••••••7890`: every digit but the last four hidden."""
    if not account:
        return ""
    return "•" * max(len(account) - 4, 0) + account[-4:]


def mask_phone(phone: str | None) -> str:
    """`••••-••••-1234`: every digit but the last four hidden, separators kept."""
    kept: list[str] = []
    for ch in reversed(phone or ""):
        shown = not ch.isdigit() or sum(c.isdigit() for c in kept) < 4
        kept.append(ch if shown else "•")
    return "".join(reversed(kept))


def mask_nik(nik: str | None) -> str:
    if not nik:
        return ""
    return nik[:4] + "•" * (len(nik) - 4)


def check_consent(value: Any) -> str:
    """The maker's consent to a price change as written down: who, when, how (5+ letters)."""
    note = clean_text("field_name.maker_consent", value, max_len=300, required=False)
    if len(note) < 5:
        raise ValidationError("price.consent_required")
    return note
