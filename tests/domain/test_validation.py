"""Input checks give clear refusals and never let odd text or numbers through."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom_pos.domain import validation as v
from showroom_pos.domain.errors import ValidationError


def test_text_is_trimmed_and_collapsed() -> None:
    assert v.clean_text("Nama", "  Batik   Tulis\tSiti ") == "Batik Tulis Siti"


@pytest.mark.parametrize("bad", ["abc\x00", "a\u200bb", 12])
def test_text_refuses_control_characters_and_non_text(bad: object) -> None:
    with pytest.raises(ValidationError) as refused:
        v.clean_text("Nama", bad)
    assert refused.value.code == "field.bad_chars"
    assert "Nama" in refused.value.message("id")


def test_required_and_too_long() -> None:
    with pytest.raises(ValidationError, match="wajib"):
        v.clean_text("Nama", "   ")
    with pytest.raises(ValidationError) as refused:
        v.clean_text("Nama", "x" * 11, max_len=10)
    assert refused.value.code == "field.too_long"


def test_codes_are_upper_case() -> None:
    assert v.clean_code("Kode", " pkl001 ") == "PKL001"
    with pytest.raises(ValidationError):
        v.clean_code("Kode", "PKL 001")


def test_nik_has_sixteen_digits() -> None:
    assert v.clean_digits("NIK", "3375 0141 0180 0001", 16) == "3375014101800001"
    assert v.clean_digits("NIK", "", 16) is None
    with pytest.raises(ValidationError):
        v.clean_digits("NIK", "337501410180000", 16)
    with pytest.raises(ValidationError):
        v.clean_digits("NIK", "٣٣٧٥٠١٤١٠١٨٠٠٠٠١", 16)  # non-ASCII digits


def test_phone_and_bank_account() -> None:
    assert v.clean_phone("0812-2900-1234") == "0812-2900-1234"
    with pytest.raises(ValidationError):
        v.clean_phone("call me")
    assert v.clean_bank_account("0021-0100-0123 456") == "002101000123456"
    with pytest.raises(ValidationError):
        v.clean_bank_account("12345")


@pytest.mark.parametrize("price", [0, 999, 1_000_000_001, -5, 1.5, True, "1000"])
def test_price_out_of_range_or_not_whole(price: object) -> None:
    with pytest.raises(ValidationError):
        v.check_price(price)


def test_price_limits_inclusive() -> None:
    assert v.check_price(1_000) == 1_000
    assert v.check_price(1_000_000_000) == 1_000_000_000


def test_quantity_and_unique_piece() -> None:
    assert v.check_quantity(3) == 3
    for bad in (0, -1, 10_001):
        with pytest.raises(ValidationError):
            v.check_quantity(bad)
    with pytest.raises(ValidationError) as refused:
        v.check_quantity(2, unique_piece=True)
    assert refused.value.code == "quantity.unique"


@given(st.integers(min_value=-(10**10), max_value=10**10), st.integers(min_value=0, max_value=5000))
def test_commission_rounds_down_never_negative(net: int, bp: int) -> None:
    commission = v.commission_of(net, bp)
    assert commission >= 0
    if net > 0:
        assert commission <= net * bp / 10_000 < commission + 1


def test_commission_examples() -> None:
    assert v.commission_of(1_250_000, 1000) == 125_000
    assert v.commission_of(999, 500) == 49  # 49.95 rounds down in the maker's favour
    assert v.commission_of(1_000_000, 0) == 0


def test_masks_show_only_the_end_or_region() -> None:
    assert v.mask_account("002101000123456") == "•••••••••••3456"
    assert v.mask_account(None) == ""
    assert v.mask_nik("3375014101800001") == "3375" + "•" * 12
    assert v.mask_phone("0812-2900-1234") == "••••-••••-1234"
    assert v.mask_phone("+62 812 29001234") == "+•• ••• ••••1234"
    assert v.mask_phone("123") == "123" and v.mask_phone(None) == ""
