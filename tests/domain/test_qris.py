"""The QRIS shown at the till carries the sale's amount and a checksum the buyer's app accepts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom_pos.domain import qris
from showroom_pos.domain.errors import ValidationError


def _static() -> str:
    fields = [
        ("00", "01"),
        ("01", "11"),
        ("26", "0016ID.CO.QRIS.WWW0118936009140000000001021500000000000000103UMI"),
        ("52", "5945"),
        ("53", "360"),
        ("58", "ID"),
        ("59", "DEKRANASDA KOTA PKL"),
        ("60", "PEKALONGAN"),
        ("61", "51111"),
    ]
    body = "".join(f"{t}{len(v):02d}{v}" for t, v in fields) + "6304"
    return body + qris.crc16_ccitt(body)


def test_crc_matches_the_published_check_value() -> None:
    assert qris.crc16_ccitt("123456789") == "29B1"  # CRC-16/CCITT-FALSE check value


def test_amount_is_added_and_the_code_becomes_dynamic() -> None:
    payload = qris.with_amount(_static(), 1_250_000)
    fields = {f.tag: f.value for f in qris.parse(payload)}
    assert fields["01"] == "12" and fields["54"] == "1250000"
    assert payload.endswith(qris.crc16_ccitt(payload[:-4]))
    tags = [f.tag for f in qris.parse(payload)]
    assert tags == sorted(tags)
    assert qris.amount_of(payload) == 1_250_000


@given(st.integers(min_value=1, max_value=10**10))
def test_any_amount_round_trips(amount: int) -> None:
    assert qris.amount_of(qris.with_amount(_static(), amount)) == amount
    assert qris.amount_of(qris.with_amount(qris.with_amount(_static(), 5), amount)) == amount


def _wrong_checksum() -> str:
    good = _static()
    return good[:-1] + ("1" if good[-1] != "1" else "2")


@pytest.mark.parametrize("bad", ["", "hello", _wrong_checksum(), "000201" + "9999"])
def test_broken_static_codes_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as refused:
        qris.with_amount(bad, 1000)
    assert refused.value.code == "qris.invalid"


def test_amount_must_be_positive_whole_rupiah() -> None:
    with pytest.raises(ValidationError):
        qris.with_amount(_static(), 0)
