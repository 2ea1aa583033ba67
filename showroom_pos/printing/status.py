"""Asking a printer whether it is online and has paper, where it answers (network, serial,
USB), within a time limit, so that a printer that does not answer never holds up the program."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from showroom_pos.domain.errors import PrinterError
from showroom_pos.domain.printer_uri import parse_uri
from showroom_pos.domain.text import render
from showroom_pos.printing.connection import connect, open_printer

log = logging.getLogger(__name__)

STATUS_TIMEOUT_S = 3.0
PAPER = {2: "ok", 1: "low", 0: "out"}
PAPER_TEXT = {
    "ok": "printer_status.paper_ok",
    "low": "printer_status.paper_low",
    "out": "printer_status.paper_out",
    "unknown": "printer_status.paper_unknown",
}


@dataclass(frozen=True)
class PrinterStatus:
    """online: True/False, or None when the printer could not be asked; paper likewise."""

    online: bool | None
    paper: str  # ok | low | out | unknown
    detail: str = ""
    problem: PrinterError | None = None  # why the printer could not be reached

    def describe(self, lang: str = "id") -> str:
        if self.online is None:
            return render("printer_status.unknown", lang)
        state = render("printer_status.online" if self.online else "printer_status.offline", lang)
        return f"{state}, {render(PAPER_TEXT[self.paper], lang)}"

    def explain(self, lang: str = "id") -> str:
        """The short state and, when the printer was not reached, what to check."""
        short = self.describe(lang)
        return f"{short}. {self.problem.message(lang)}" if self.problem else short


ANSWERING_KINDS = {"tcp", "serial", "usb"}


def _ask(uri: str, profile: str | None, answer: list[PrinterStatus]) -> None:
    if parse_uri(uri).kind not in ANSWERING_KINDS:  # a file or a spooler cannot be asked
        answer.append(PrinterStatus(None, "unknown", "not asked"))
        return
    try:
        printer = open_printer(uri, profile, timeout=STATUS_TIMEOUT_S)
        connect(printer, uri)
        try:
            online = printer.is_online()
            paper = PAPER.get(printer.paper_status(), "unknown") if online else "unknown"
        finally:
            printer.close()
        answer.append(PrinterStatus(online, paper))
    except NotImplementedError:
        answer.append(PrinterStatus(None, "unknown", "not asked"))
    except PrinterError as unreachable:
        answer.append(PrinterStatus(False, "unknown", problem=unreachable))
    except Exception as error:  # reached, but no sensible answer
        log.info("printer %s gave no status: %r", uri, error)
        answer.append(PrinterStatus(False, "unknown", "no answer"))


def printer_status(
    uri: str, profile: str | None = None, timeout: float = STATUS_TIMEOUT_S + 1
) -> PrinterStatus:
    """The printer's answer, or "unknown" when it gives none within `timeout` seconds."""
    answer: list[PrinterStatus] = []
    asking = threading.Thread(target=_ask, args=(uri, profile, answer), daemon=True)
    asking.start()
    asking.join(timeout)
    return answer[0] if answer else PrinterStatus(None, "unknown", "no answer")
