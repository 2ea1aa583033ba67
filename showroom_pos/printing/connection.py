"""Printers named by one URI string that staff can type into settings or on the command line.

usb:VENDOR:PRODUCT, serial:/dev/ttyUSB0?baudrate=9600, tcp:HOST[:PORT], win32:Printer Name,
cups:Queue, file:/dev/usb/lp0 and dummy: each map to python-escpos's own printer class; the
capability profile (e.g. TM-T88III for 80 mm, POS-5890 for 58 mm) gives the paper's width.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from escpos import printer as escpos_printers
from escpos.escpos import Escpos

from showroom_pos.domain.errors import PrinterError, ValidationError
from showroom_pos.domain.printer_uri import parse_uri

log = logging.getLogger(__name__)

DEFAULT_PROFILE = "TM-T88III"
NETWORK_TIMEOUT_S = 5.0


def _usb_backend() -> object | None:
    """libusb as shipped with the program (libusb-package), so USB printers work on a fresh
    install; None lets pyusb look for a libusb of the system instead."""
    try:
        import libusb_package
    except ImportError:
        return None
    return libusb_package.get_libusb1_backend()


def _driver_available(kind: str) -> bool:
    if kind == "win32":
        return bool(escpos_printers.Win32Raw.is_usable())
    if kind == "cups":
        return bool(escpos_printers.CupsPrinter.is_usable())
    return True


def open_printer(
    uri: str, profile: str | None = None, timeout: float = NETWORK_TIMEOUT_S
) -> Escpos:
    """The python-escpos printer for `uri`, not yet connected (see `connect`)."""
    parsed = parse_uri(uri)
    if not _driver_available(parsed.kind):
        if parsed.kind == "win32":
            raise PrinterError("printer.win32_only")
        raise PrinterError("printer.cups_unavailable")
    kwargs: dict[str, Any] = {"profile": profile or DEFAULT_PROFILE}
    if parsed.kind == "dummy":
        return escpos_printers.Dummy(**kwargs)
    if parsed.kind == "file":
        return escpos_printers.File(devfile=parsed.target, auto_flush=False, **kwargs)
    if parsed.kind == "tcp":
        host, _, port = parsed.target.partition(":")
        return escpos_printers.Network(host=host, port=int(port or 9100), timeout=timeout, **kwargs)
    if parsed.kind == "serial":
        return escpos_printers.Serial(
            devfile=parsed.target,
            baudrate=int(parsed.options.get("baudrate", 9600)),
            timeout=timeout,
            **kwargs,
        )
    if parsed.kind == "usb":
        vendor, product = (int(p, 16) for p in parsed.target.split(":"))
        backend = _usb_backend()
        return escpos_printers.Usb(
            idVendor=vendor,
            idProduct=product,
            usb_args={"backend": backend} if backend else {},
            timeout=int(timeout * 1000),
            **kwargs,
        )
    if parsed.kind == "win32":
        return escpos_printers.Win32Raw(printer_name=parsed.target, **kwargs)
    return escpos_printers.CupsPrinter(printer_name=parsed.target, **kwargs)


def connect(printer: Escpos, uri: str) -> None:
    """Open the connection now, so that a missing printer is told apart from one that stops
    mid-job; the library's error becomes a message that says what to check."""
    if isinstance(printer, escpos_printers.Dummy):
        return
    try:
        printer.open()
    except Exception as error:
        log.info("printer %s not opened: %r", uri, error)
        raise not_reached(uri, error) from error


def send_job(uri: str, profile: str | None, draw: Callable[[Escpos], None]) -> None:
    """Open the printer, send one job, close; the printer's failure becomes a clear refusal."""
    if not uri:
        raise ValidationError("printer.not_set")
    printer = open_printer(uri, profile)
    connect(printer, uri)
    try:
        draw(printer)
        printer.close()
    except Exception as error:  # unplugged, no paper, asleep
        log.info("print job not done on %s: %r", uri, error)
        try:
            printer.close()
        except Exception as closing:  # the connection is gone already
            log.info("closing %s after a failed job: %r", uri, closing)
        raise PrinterError("printer.failed", printer=uri) from error


def not_reached(uri: str, error: BaseException) -> PrinterError:
    """What to tell a person whose printer could not be opened, by the kind of connection."""
    parsed = parse_uri(uri)
    target = parsed.target
    detail = f"{error} {error.__cause__ or error.__context__ or ''}".lower()
    if parsed.kind == "usb":
        if "no backend" in detail:
            return PrinterError("printer.usb_no_library")
        if "access denied" in detail or "permission" in detail or "errno 13" in detail:
            return PrinterError("printer.usb_denied", device=target)
        if "busy" in detail:
            return PrinterError("printer.usb_busy", device=target)
        return PrinterError("printer.usb_not_found", device=target)
    if parsed.kind == "serial":
        return PrinterError(
            "printer.serial_failed", port=target, baudrate=parsed.options.get("baudrate", "9600")
        )
    if parsed.kind == "tcp":
        return PrinterError("printer.network_failed", address=target)
    if parsed.kind == "file":
        if "permission" in detail or "errno 13" in detail:
            return PrinterError("printer.file_denied", path=target)
        return PrinterError("printer.file_failed", path=target)
    if parsed.kind == "win32":
        return PrinterError("printer.win32_not_found", name=target)
    return PrinterError("printer.cups_failed", name=target)


def paper_columns(printer: Escpos) -> int:
    """Characters per line in the normal font, from the printer's capability profile."""
    fonts = printer.profile.profile_data.get("fonts", {})
    columns = fonts.get("0", {}).get("columns") if isinstance(fonts, dict) else None
    return int(columns) if columns else 42


def has_cutter(printer: Escpos) -> bool:
    features = printer.profile.profile_data.get("features", {})
    return bool(features.get("paperFullCut") or features.get("paperPartCut"))
