"""The till's item search: suggestions while the cashier types a name, chosen with the arrow
keys and Enter or a click. Its texts belong to the till screen's translation context."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem

from showroom_pos.domain.errors import ShowroomError
from showroom_pos.domain.money import format_rupiah
from showroom_pos.gui.errors import message_of
from showroom_pos.gui.ops import query
from showroom_pos.services.stock import stock
from showroom_pos.services.stock.types import ItemView

if TYPE_CHECKING:
    from showroom_pos.gui.screens.till_screen import TillScreen

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
SEARCH_LIMIT = 50


class TillSearch:
    """Finding items by name for a `TillScreen`, without blocking the scan field."""

    def __init__(self, till: TillScreen) -> None:
        self.till = till

    def text_edited(self, text: str) -> None:
        till = self.till
        till.search_token += 1
        if len(text.strip()) >= 3:
            till.search_timer.start()
        else:
            till.search_timer.stop()
            self.hide_suggestions()

    def search_now(self, text: str, missing: ShowroomError) -> None:
        till = self.till
        try:
            found = stock.search_items(
                till.context.ledger,
                actor=till.context.actor,
                text=text,
                in_stock=True,
                limit=SEARCH_LIMIT,
            )
        except ShowroomError as refused:
            till.tell(message_of(refused), problem=True)
            return
        if len(found) == 1:
            till.add_item(found[0])
        elif found:
            self.show_suggestions(found)
            till.ui.scanEdit.setText(text)
            till.tell(
                translate(
                    "TillScreen", "Several items match; choose one with the arrow keys and Enter."
                )
            )
        else:
            till.tell(message_of(missing), problem=True)

    def start_search(self) -> None:
        till = self.till
        text = till.ui.scanEdit.text().strip()
        token = till.search_token
        ledger, actor = till.context.ledger, till.context.actor

        def work() -> list[ItemView]:
            return stock.search_items(
                ledger, actor=actor, text=text, in_stock=True, limit=SEARCH_LIMIT
            )

        def done(found: list[ItemView]) -> None:
            if token == till.search_token:
                self.show_suggestions(found)

        query(till, work, quiet=True).success(done).failure(
            lambda error: log.warning("search: %s", error)
        ).run()

    def show_suggestions(self, found: list[ItemView]) -> None:
        till = self.till
        listing = till.ui.suggestionList
        listing.clear()
        for item in found:
            entry = QListWidgetItem(
                f"{item.code}   {item.name}   {item.maker_name}   "
                f"{format_rupiah(item.price)}   ({item.on_hand})"
            )
            entry.setData(Qt.ItemDataRole.UserRole, item.code)
            listing.addItem(entry)
        listing.setVisible(bool(found))
        listing.setCurrentRow(-1)

    def hide_suggestions(self) -> None:
        till = self.till
        till.ui.suggestionList.clear()
        till.ui.suggestionList.hide()

    def suggestion_clicked(self, entry: QListWidgetItem) -> None:
        till = self.till
        self.hide_suggestions()
        till.ui.scanEdit.clear()
        till.add_code(str(entry.data(Qt.ItemDataRole.UserRole)))
        till.focus_scan()
