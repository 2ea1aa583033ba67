"""The till's shift: opening it at the first scan, the shift line, cash in and out of the
drawer, and closing it with the counted drawer. Its texts belong to the till screen's
translation context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from showroom_pos.domain.errors import ShowroomError
from showroom_pos.domain.money import format_rupiah
from showroom_pos.gui.dialogs.close_shift_dialog import CloseShiftDialog
from showroom_pos.gui.dialogs.open_shift_dialog import OpenShiftDialog
from showroom_pos.gui.errors import show_error
from showroom_pos.gui.ops import Change, query
from showroom_pos.services.admin import settings
from showroom_pos.services.till import shifts

if TYPE_CHECKING:
    from showroom_pos.gui.screens.till_screen import TillScreen

translate = QCoreApplication.translate


class TillShift:
    """The shift of the till a `TillScreen` stands for; the screen keeps what it shows."""

    def __init__(self, till: TillScreen) -> None:
        self.till = till

    def refresh_shift(self) -> None:
        till = self.till
        code = till.context.terminal_code
        if not code:
            till.ui.shiftLabel.setText(
                translate("TillScreen", "This computer is not set up as a till.")
            )
            return
        ledger, actor = till.context.ledger, till.context.actor
        till.shift_read.load(
            lambda: (
                shifts.current_shift(ledger, actor=actor, terminal_code=code),
                settings.get_settings(ledger),
            ),
            lambda found: self.show_shift(code, *found),
            self.shift_refused,
        )

    def shift_refused(self, message: str) -> None:
        till = self.till
        till.ui.shiftLabel.setText(message)
        till.shift_shown.emit()

    def show_shift(self, code: str, shift: Any, values: dict[str, str]) -> None:
        till = self.till
        till.values = values
        till.shift_open = shift is not None
        if shift is None:
            till.ui.shiftLabel.setText(
                translate(
                    "TillScreen", "Till %1: no shift open. The first scan opens it (Buka shift)."
                ).replace("%1", code)
            )
        else:
            till.ui.shiftLabel.setText(
                translate("TillScreen", "Till %1, shift of %2. Cash in drawer should be %3.")
                .replace("%1", code)
                .replace("%2", shift.cashier_name)
                .replace("%3", format_rupiah(shift.expected_cash))
            )
        till.shift_shown.emit()

    def with_shift(
        self, then: Callable[[], None], cancelled: Callable[[], None] | None = None
    ) -> None:
        """Go on with `then` once this till has an open shift: opened here if need be.

        The shift is looked up at once, on this thread, like a scanned code: the scan that
        asks for it must not be overtaken by the next one."""
        till = self.till
        try:
            shift = shifts.current_shift(
                till.context.ledger, actor=till.context.actor, terminal_code=till.terminal()
            )
        except ShowroomError as refused:
            show_error(till, refused)
            return
        if shift is not None:
            till.shift_open = True
            then()
            return
        dialog = OpenShiftDialog(till)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if cancelled is not None:
                cancelled()
            till.focus_scan()
            return
        ledger, actor, terminal = till.context.ledger, till.context.actor, till.terminal()
        opening = dialog.opening_float() or 0

        def opened(_shift: object) -> None:
            self.refresh_shift()
            then()

        till.context.save(
            till,
            lambda: shifts.open_shift(
                ledger, actor=actor, terminal_code=terminal, opening_float=opening
            ),
            Change.SALES,
            translate("TillScreen", "Opening the shift..."),
        ).success(opened).after(till.focus_scan).run()

    def close_shift(self) -> None:
        till = self.till
        if till.still_saving():
            return
        try:
            terminal = till.terminal()
        except ShowroomError as refused:
            show_error(till, refused)
            till.focus_scan()
            return
        ledger, actor = till.context.ledger, till.context.actor
        query(
            till,
            lambda: shifts.current_shift(ledger, actor=actor, terminal_code=terminal),
            quiet=True,
        ).success(self.count_drawer).run()

    def count_drawer(self, shift: Any) -> None:
        till = self.till
        if shift is None:
            till.tell(translate("TillScreen", "No shift is open at this till."), True)
            till.focus_scan()
            return
        dialog = CloseShiftDialog(shift.expected_cash, till)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            till.focus_scan()
            return
        ledger, actor, terminal = till.context.ledger, till.context.actor, till.terminal()
        counted, notes = dialog.denominations(), dialog.notes()

        def closed(done: Any) -> None:
            difference = (done.counted_cash or 0) - done.expected_cash
            till.tell(
                translate("TillScreen", "Shift closed. Expected %1, counted %2, difference %3.")
                .replace("%1", format_rupiah(done.expected_cash))
                .replace("%2", format_rupiah(done.counted_cash or 0))
                .replace("%3", format_rupiah(difference))
            )
            self.refresh_shift()

        till.context.save(
            till,
            lambda: shifts.close_shift(
                ledger, actor=actor, terminal_code=terminal, denominations=counted, notes=notes
            ),
            Change.SALES,
            translate("TillScreen", "Closing the shift..."),
        ).success(closed).after(till.focus_scan).run()

    def cash_in_out(self) -> None:
        """Cash put into or taken out of the drawer: which way, how much, why, confirmed."""
        till = self.till
        if till.still_saving():
            return
        ways = [
            translate("TillScreen", "Cash in: money put into the drawer"),
            translate("TillScreen", "Cash out: money taken from the drawer"),
        ]
        title = translate("TillScreen", "Cash in or out")
        way, ok = QInputDialog.getItem(
            till, title, translate("TillScreen", "Which way?"), ways, 0, False
        )
        if not ok:
            till.focus_scan()
            return
        taking = ways.index(way) == 1
        amount, ok = QInputDialog.getInt(
            till, title, translate("TillScreen", "Amount in rupiah:"), 0, 0, 100_000_000, 1000
        )
        reason = ""
        if ok and amount:
            reason, ok = QInputDialog.getText(till, title, translate("TillScreen", "Reason:"))
        if not ok or not amount:
            till.focus_scan()
            return
        text = (
            translate("TillScreen", "Record %1 taken OUT of the drawer of till %2 (%3)?")
            if taking
            else translate("TillScreen", "Record %1 put INTO the drawer of till %2 (%3)?")
        )
        answer = QMessageBox.question(
            till,
            title,
            text.replace("%1", format_rupiah(amount))
            .replace("%2", till.terminal())
            .replace("%3", reason.strip()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            till.focus_scan()
            return
        ledger, actor, terminal = till.context.ledger, till.context.actor, till.terminal()
        till.context.save(
            till,
            lambda: shifts.record_cash_movement(
                ledger,
                actor=actor,
                terminal_code=terminal,
                amount=-amount if taking else amount,
                reason=reason,
            ),
            Change.SALES,
            translate("TillScreen", "Saving..."),
        ).after(self.shift_changed).run()

    def shift_changed(self) -> None:
        till = self.till
        self.refresh_shift()
        till.focus_scan()
