"""The till's held carts: a cart put aside (F8) while another buyer pays, and brought back
(F9). Its texts belong to the till screen's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from showroom_pos.domain.money import format_rupiah

if TYPE_CHECKING:
    from showroom_pos.gui.screens.till_screen import TillScreen

translate = QCoreApplication.translate


class HeldCarts:
    """Holding and recalling the carts of a `TillScreen`, which keeps them in `held`."""

    def __init__(self, till: TillScreen) -> None:
        self.till = till

    def hold_cart(self) -> None:
        till = self.till
        if till.still_saving():
            return
        if not till.cart.rows:
            till.tell(translate("TillScreen", "The cart is empty."), True)
            return
        till.held.append(list(till.cart.rows))
        till.cart.clear()
        till.refresh_totals()
        till.tell(
            translate("TillScreen", "Cart held (%1 waiting). Recall it with F9.").replace(
                "%1", str(len(till.held))
            )
        )
        till.focus_scan()

    def recall_cart(self) -> None:
        till = self.till
        if till.still_saving():
            return
        if not till.held:
            till.tell(translate("TillScreen", "No cart is waiting."), True)
            return
        index = len(till.held) - 1
        if len(till.held) > 1:
            names = [
                f"{n + 1}: {len(rows)} "
                + translate("TillScreen", "lines")
                + ", "
                + format_rupiah(sum(r.amount for r in rows))
                for n, rows in enumerate(till.held)
            ]
            choice, ok = QInputDialog.getItem(
                till,
                translate("TillScreen", "Recall cart"),
                translate("TillScreen", "Which cart?"),
                names,
                index,
                False,
            )
            if not ok:
                till.focus_scan()
                return
            index = names.index(choice)
        if till.cart.rows:
            answer = QMessageBox.question(
                till,
                translate("TillScreen", "Recall cart"),
                translate(
                    "TillScreen",
                    "The cart on the till (%1) is held and the chosen one comes back. Swap them?",
                ).replace("%1", format_rupiah(till.cart.total())),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                till.focus_scan()
                return
            till.held.append(list(till.cart.rows))
        till.cart.replace_all(till.held.pop(index))
        till.refresh_totals()
        till.focus_scan()
