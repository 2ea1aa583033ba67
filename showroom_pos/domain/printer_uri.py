"""A printer named by one address string that staff type into settings or on the command line
(usb:VENDOR:PRODUCT, serial:/dev/ttyUSB0?baudrate=9600, tcp:HOST[:PORT], win32:Printer Name,
cups:Queue, file:/dev/usb/lp0, dummy:), checked before it is stored or used; the printer
itself is opened by `printing/connection.py`."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from showroom_pos.domain.errors import ValidationError

KINDS = ("usb", "serial", "tcp", "win32", "cups", "file", "dummy")


@dataclass(frozen=True)
class PrinterUri:
    kind: str
    target: str = ""
    options: dict[str, str] = field(default_factory=dict)


def parse_uri(text: str) -> PrinterUri:
    """`tcp:192.168.1.50:9100` -> PrinterUri("tcp", "192.168.1.50:9100"); refuses the unknown."""
    raw = (text or "").strip()
    kind, _, rest = raw.partition(":")
    kind = kind.lower()
    if kind not in KINDS:
        raise ValidationError("printer.bad_uri", uri=raw or "-", kinds=", ".join(KINDS))
    target, _, query = rest.partition("?")
    options = dict(parse_qsl(query))
    if kind != "dummy" and not target:
        raise ValidationError("printer.bad_uri", uri=raw, kinds=", ".join(KINDS))
    if kind == "usb":
        parts = target.split(":")
        if len(parts) != 2 or not all(_is_hex(p) for p in parts):
            raise ValidationError("printer.bad_uri", uri=raw, kinds="usb:04b8:0202")
    if kind == "tcp":
        host, _, port = target.partition(":")
        if not host or (port and not port.isdigit()):
            raise ValidationError("printer.bad_uri", uri=raw, kinds="tcp:HOST:9100")
    if kind == "serial" and "baudrate" in options and not options["baudrate"].isdigit():
        raise ValidationError("printer.bad_uri", uri=raw, kinds="serial:/dev/ttyUSB0?baudrate=9600")
    return PrinterUri(kind, target, options)


def _is_hex(text: str) -> bool:
    try:
        int(text, 16)
    except ValueError:
        return False
    return 0 < len(text) <= 4
