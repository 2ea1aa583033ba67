"""QRIS payloads: the showroom's static QRIS string turned into one that carries the amount.

A QRIS is an EMVCo merchant-presented QR: a string of ID-length-value fields ending in a
CRC-16/CCITT-FALSE checksum (field 63). Setting the point of initiation (field 01) to "12"
(dynamic) and adding the amount (field 54) lets the buyer's app pay the exact total.
"""

from __future__ import annotations

from dataclasses import dataclass

from showroom_pos.domain.errors import ValidationError

POINT_OF_INITIATION = "01"
AMOUNT = "54"
CRC = "63"


@dataclass(frozen=True)
class Field:
    tag: str
    value: str

    def encode(self) -> str:
        return f"{self.tag}{len(self.value):02d}{self.value}"


def crc16_ccitt(data: str) -> str:
    """CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF) as four upper-case hex digits."""
    crc = 0xFFFF
    for byte in data.encode("utf-8"):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return f"{crc:04X}"


def parse(payload: str) -> list[Field]:
    """The top-level fields of a QRIS string; refuses a malformed one or a wrong checksum."""
    text = payload.strip()
    fields: list[Field] = []
    position = 0
    while position < len(text):
        tag, length_text = text[position : position + 2], text[position + 2 : position + 4]
        if len(tag) < 2 or not length_text.isdigit():
            raise ValidationError("qris.invalid")
        length = int(length_text)
        value = text[position + 4 : position + 4 + length]
        if len(value) != length:
            raise ValidationError("qris.invalid")
        fields.append(Field(tag, value))
        position += 4 + length
    if not fields or fields[0] != Field("00", "01") or fields[-1].tag != CRC:
        raise ValidationError("qris.invalid")
    if crc16_ccitt(text[:-4]) != fields[-1].value.upper():
        raise ValidationError("qris.invalid")
    return fields


def with_amount(static_payload: str, amount: int) -> str:
    """The payload for one sale: dynamic, with the amount in whole rupiah and a new checksum."""
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValidationError("payment.invalid_amount")
    kept = [f for f in parse(static_payload) if f.tag not in (AMOUNT, CRC)]
    fields = [Field(POINT_OF_INITIATION, "12") if f.tag == POINT_OF_INITIATION else f for f in kept]
    if not any(f.tag == POINT_OF_INITIATION for f in fields):
        fields.insert(1, Field(POINT_OF_INITIATION, "12"))
    fields.append(Field(AMOUNT, str(amount)))
    fields.sort(key=lambda f: f.tag)  # fields in ascending order, as the standard lists them
    body = "".join(f.encode() for f in fields) + CRC + "04"
    return body + crc16_ccitt(body)


def amount_of(payload: str) -> int | None:
    for field in parse(payload):
        if field.tag == AMOUNT:
            return int(field.value)
    return None
