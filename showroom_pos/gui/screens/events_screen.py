"""Events (Pameran): create an event, scan pieces out to it and back, pack its laptop's
database, merge that database back after the event, and see what went and what sold."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableWidget, QWidget

from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.domain.roles import Action
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.errors import message_of
from showroom_pos.gui.generated.ui_events_screen import Ui_EventsScreen
from showroom_pos.gui.ops import Change, FollowChanges, Latest
from showroom_pos.gui.screens.makers_screen import fill_table
from showroom_pos.services.stock import event_laptop, event_pack, events
from showroom_pos.services.stock.types import EventDetail, EventView, MergeResult, PackResult

FILE_FILTER = "*.sqlite3"


class EventsScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_EventsScreen()
        self.ui.setupUi(self)
        self.events: list[EventView] = []
        self.wanted: str | None = None  # the event to choose once the list is read again
        self.ui.splitter.setSizes([190, 510])
        now = to_local(context.ledger.now()).date()
        today = QDate(now.year, now.month, now.day)
        self.ui.startEdit.setDate(today)
        self.ui.endEdit.setDate(today.addDays(2))
        self.ui.eventsTable.itemSelectionChanged.connect(self.show_selected)
        self.ui.createButton.clicked.connect(self.create_event)
        self.ui.scanEdit.returnPressed.connect(self.move_scanned)
        self.ui.moveButton.clicked.connect(self.move_scanned)
        self.ui.sendRadio.toggled.connect(self.direction_changed)
        self.ui.packButton.clicked.connect(self.ask_pack)
        self.ui.mergeButton.clicked.connect(self.ask_merge)
        may_manage = context.may(Action.MANAGE_EVENTS)
        may_pack = context.may(Action.PACK_EVENT)
        self.ui.newBox.setVisible(may_manage)
        for widget in (
            self.ui.sendRadio,
            self.ui.backRadio,
            self.ui.scanEdit,
            self.ui.quantityLabel,
            self.ui.quantitySpin,
            self.ui.moveButton,
        ):
            widget.setVisible(may_manage)
        self.ui.packButton.setVisible(may_pack)
        self.ui.mergeButton.setVisible(may_pack)
        self.list_read, self.detail_read = Latest(self), Latest(self)
        self.follow = FollowChanges(
            self, context.changes, Change.EVENTS | Change.STOCK | Change.SALES, self.reload
        )
        self.follow.load()
        self.show_selected()

    # -- the list -------------------------------------------------------------------------

    def reload(self) -> None:
        ledger, actor = self.context.ledger, self.context.actor
        self.list_read.load(
            lambda: events.list_events(ledger, actor=actor), self.show_events, self.refused
        )

    def status_text(self, event: EventView) -> str:
        """The event's state as the showroom's people say it."""
        if event.status == "merged":
            return self.tr("Merged")
        if event.status == "packed":
            return self.tr("Packed for the laptop")
        if event.packs:
            return self.tr("Changed: pack again")
        if event.pieces_at_event:
            return self.tr("Sent, not packed yet")
        return self.tr("Planned")

    def show_events(self, found: list[EventView]) -> None:
        current = self.selected()
        chosen = self.wanted or (current.code if current is not None else None)
        asked, self.wanted = self.wanted, None
        self.events = found
        table = self.ui.eventsTable
        fill_table(
            table,
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Place"),
                self.tr("Dates"),
                self.tr("Status"),
                self.tr("At the event"),
                self.tr("Receipts"),
                self.tr("Sales"),
                self.tr("Refunds"),
            ],
            [
                [
                    e.code,
                    e.name,
                    e.place,
                    dates(e),
                    self.status_text(e),
                    str(e.pieces_at_event),
                    str(e.sales),
                    format_rupiah(e.sales_total),
                    format_rupiah(e.refunds_total),
                ]
                for e in found
            ],
            right={5, 6, 7, 8},
        )
        size_columns(table, stretch=(1, 2), capped={4: 200})
        codes = [e.code for e in found]
        if chosen in codes:
            table.selectRow(codes.index(chosen))
            if asked and self.ui.scanEdit.isEnabled():  # just created: its pieces come next
                self.ui.scanEdit.setFocus()
        elif found:
            table.selectRow(0)
        else:
            self.show_selected()

    def selected(self) -> EventView | None:
        model = self.ui.eventsTable.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.events[rows[0].row()] if rows and rows[0].row() < len(self.events) else None

    def show_selected(self) -> None:
        event = self.selected()
        open_event = event is not None and event.status != "merged"
        for widget in (
            self.ui.scanEdit,
            self.ui.quantitySpin,
            self.ui.moveButton,
            self.ui.sendRadio,
            self.ui.backRadio,
            self.ui.packButton,
        ):
            widget.setEnabled(open_event)
        if event is None:
            self.ui.titleLabel.setText(self.tr("No event chosen. Create one above."))
            self.ui.summaryLabel.clear()
            self.fill_detail(None)
            return
        self.ui.titleLabel.setText(f"{event.code} · {event.name} — {event.place}")
        self.ui.summaryLabel.setText(self.summary(event))
        ledger, actor, code = self.context.ledger, self.context.actor, event.code
        self.detail_read.load(
            lambda: events.get_event(ledger, actor=actor, code=code), self.show_detail, self.refused
        )

    def summary(self, event: EventView) -> str:
        text = (
            self.tr("%1 to %2 · till %3 · %4 · %5 pieces at the event · %6 receipts, %7")
            .replace("%1", f"{event.starts_on:%d-%m-%Y}")
            .replace("%2", f"{event.ends_on:%d-%m-%Y}")
            .replace("%3", event.till_code)
            .replace("%4", self.status_text(event))
            .replace("%5", str(event.pieces_at_event))
            .replace("%6", str(event.sales))
            .replace("%7", format_rupiah(event.sales_total))
        )
        if event.packed_at is not None and event.status != "merged":
            text += " · " + self.tr("packed %1").replace(
                "%1", to_local(event.packed_at).strftime("%d-%m-%Y %H:%M")
            )
        if event.merged_at is not None:
            text += " · " + self.tr("merged %1").replace(
                "%1", to_local(event.merged_at).strftime("%d-%m-%Y %H:%M")
            )
        return text

    def show_detail(self, detail: EventDetail) -> None:
        chosen = self.selected()
        if chosen is None or chosen.code != detail.event.code:
            return  # another event was chosen meanwhile
        self.ui.summaryLabel.setText(self.summary(detail.event))
        self.fill_detail(detail)

    def fill_detail(self, detail: EventDetail | None) -> None:
        pieces = detail.pieces if detail is not None else ()
        fill_table(
            self.ui.piecesTable,
            [
                self.tr("Item"),
                self.tr("Name"),
                self.tr("Maker"),
                self.tr("Maker price"),
                self.tr("Sent"),
                self.tr("Sold"),
                self.tr("Refunded"),
                self.tr("Back"),
                self.tr("At the event"),
            ],
            [
                [
                    p.item_code,
                    p.name,
                    p.maker_code,
                    format_rupiah(p.price),
                    str(p.sent),
                    str(p.sold),
                    str(p.refunded),
                    str(p.returned),
                    str(p.at_event),
                ]
                for p in pieces
            ],
            right={3, 4, 5, 6, 7, 8},
        )
        size_columns(self.ui.piecesTable, stretch=(1,))
        receipts = detail.receipts if detail is not None else ()
        fill_table(
            self.ui.receiptsTable,
            [self.tr("Receipt"), self.tr("Time"), self.tr("Total")],
            [
                [number, to_local(at).strftime("%d-%m-%Y %H:%M"), format_rupiah(total)]
                for number, at, total in receipts
            ],
            right={2},
        )
        size_columns(self.ui.receiptsTable)
        tabs = self.ui.detailTabs
        tabs.setTabText(
            tabs.indexOf(self.ui.piecesTab), self.tr("Pieces (%1)").replace("%1", str(len(pieces)))
        )
        tabs.setTabText(
            tabs.indexOf(self.ui.receiptsTab),
            self.tr("Receipts (%1)").replace("%1", str(len(receipts))),
        )

    # -- creating, sending and bringing back ----------------------------------------------

    def create_event(self) -> None:
        ledger, actor = self.context.ledger, self.context.actor
        name, place = self.ui.nameEdit.text(), self.ui.placeEdit.text()
        first, last = day_of(self.ui.startEdit.date()), day_of(self.ui.endEdit.date())
        self.ui.createButton.setEnabled(False)
        self.context.save(
            self,
            lambda: events.create_event(
                ledger, actor=actor, name=name, place=place, starts_on=first, ends_on=last
            ),
            Change.EVENTS,
            self.tr("Saving..."),
        ).success(self.created).refusals_to(self.refused).after(
            lambda: self.ui.createButton.setEnabled(True)
        ).run()

    def created(self, event: EventView) -> None:
        self.tell(
            self.tr("Event %1 created with its own till %2. Now scan the pieces to send.")
            .replace("%1", f"{event.code} {event.name}")
            .replace("%2", event.till_code)
        )
        self.ui.nameEdit.clear()
        self.ui.placeEdit.clear()
        self.wanted = event.code
        self.follow.load()

    def direction_changed(self) -> None:
        self.ui.moveButton.setText(
            self.tr("Send") if self.ui.sendRadio.isChecked() else self.tr("Bring back")
        )
        self.ui.scanEdit.setFocus()

    def move_scanned(self) -> None:
        """The scanned (or typed) code goes to the event, or back: as many pieces as the spin
        box says, then the spin box is one again for the next scan."""
        code = self.ui.scanEdit.text().strip().upper()
        self.ui.scanEdit.clear()
        event = self.selected()
        if not code:
            return
        if event is None:
            self.tell(self.tr("Choose an event first."), problem=True)
            return
        pieces = self.ui.quantitySpin.value()
        self.ui.quantitySpin.setValue(1)
        back = self.ui.backRadio.isChecked()
        ledger, actor, event_code = self.context.ledger, self.context.actor, event.code
        move = events.bring_back if back else events.send_to_event
        self.context.save(
            self,
            lambda: move(ledger, actor=actor, event_code=event_code, lines=[(code, pieces)]),
            Change.EVENTS | Change.STOCK,
            self.tr("Saving..."),
        ).success(lambda detail: self.moved(detail, code, pieces, back)).refusals_to(
            self.refused
        ).run()
        self.ui.scanEdit.setFocus()

    def moved(self, detail: EventDetail, code: str, pieces: int, back: bool) -> None:
        there = next((p.at_event for p in detail.pieces if p.item_code == code), 0)
        text = (
            self.tr("%1 × %2 back at the showroom; %3 left at the event.")
            if back
            else self.tr("%1 × %2 sent to the event; %3 there now.")
        )
        self.tell(text.replace("%1", str(pieces)).replace("%2", code).replace("%3", str(there)))
        self.show_detail(detail)

    # -- the event laptop's database ------------------------------------------------------

    def ask_pack(self) -> None:
        event = self.selected()
        if event is None:
            return
        suggested = Path.home() / f"pameran-{event.code}-{event.starts_on:%Y%m%d}.sqlite3"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Pack the event's database"),
            str(suggested),
            self.tr("Event database (%1)").replace("%1", FILE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.pack(Path(path))

    def pack(self, path: Path) -> None:
        """The laptop's database for the chosen event, written at `path` (never over a file)."""
        event = self.selected()
        if event is None:
            return
        if not path.suffix:
            path = path.with_suffix(".sqlite3")
        if path.exists():
            self.tell(message_of(ValidationError("event.file_exists", path=str(path))), True)
            return
        ledger, actor, code = self.context.ledger, self.context.actor, event.code
        self.ui.packButton.setEnabled(False)
        self.context.save(
            self,
            lambda: event_pack.pack_event(ledger, actor=actor, event_code=code, out=path),
            Change.EVENTS,
            self.tr("Packing the event's database..."),
        ).success(self.packed).refusals_to(self.refused).after(self.show_selected).run()

    def packed(self, result: PackResult) -> None:
        self.tell(
            self.tr(
                "Packed %1: %2 pieces of %3 items and %4 users in %5. Copy the file "
                "to the event's laptop and start the program there with it "
                "(showroom-pos --db sqlite:///%6)."
            )
            .replace("%1", result.event_code)
            .replace("%2", str(result.pieces))
            .replace("%3", str(result.items))
            .replace("%4", str(len(result.users)))
            .replace("%5", str(result.path))
            .replace("%6", result.path.name)
        )

    def ask_merge(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Merge an event laptop's database"),
            str(Path.home()),
            self.tr("Event database (%1)").replace("%1", FILE_FILTER),
        )
        if path:
            self.merge(Path(path))

    def merge(self, path: Path) -> None:
        """The laptop's sales, refunds and Z reports into this ledger, its unsold pieces back
        on the showroom's shelf; all of it or, if the file does not check out, nothing."""
        ledger, actor = self.context.ledger, self.context.actor
        self.ui.mergeButton.setEnabled(False)
        self.context.save(
            self,
            lambda: event_laptop.merge_event(ledger, actor=actor, path=path),
            Change.EVENTS | Change.STOCK | Change.SALES,
            self.tr("Checking and merging the event's database..."),
        ).success(self.merged).refusals_to(self.refused).after(
            lambda: self.ui.mergeButton.setEnabled(True)
        ).run()

    def merged(self, result: MergeResult) -> None:
        text = (
            self.tr(
                "Event %1 merged: %2 sales (%3), %4 refunds (%5), %6 Z reports; "
                "%7 pieces back on the showroom's shelf."
            )
            .replace("%1", result.event_code)
            .replace("%2", str(result.sales))
            .replace("%3", format_rupiah(result.sales_total))
            .replace("%4", str(result.refunds))
            .replace("%5", format_rupiah(result.refunds_total))
            .replace("%6", str(result.z_reports))
            .replace("%7", str(result.pieces_back))
        )
        self.tell(text)
        self.wanted = result.event_code
        self.follow.load()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Event merged"), text, parent=self)
        box.setObjectName("mergeResult")
        box.open()

    # -- messages -------------------------------------------------------------------------

    def tell(self, text: str, problem: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setProperty("problem", problem)
        label.style().unpolish(label)
        label.style().polish(label)

    def refused(self, message: str) -> None:
        self.tell(message, problem=True)


def dates(event: EventView) -> str:
    """05-10 – 09-10-2026: the year once when the event is within one year."""
    first = (
        f"{event.starts_on:%d-%m}"
        if event.starts_on.year == event.ends_on.year
        else f"{event.starts_on:%d-%m-%Y}"
    )
    return f"{first} – {event.ends_on:%d-%m-%Y}"


def day_of(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def size_columns(
    table: QTableWidget, *, stretch: tuple[int, ...] = (), capped: Mapping[int, int] | None = None
) -> None:
    """Every column as wide as its contents; a capped one at most so wide, and the stretched
    ones sharing the room left; none narrower than its header, shortened text whole in its
    tooltip."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    room = header.fontMetrics()

    def title_width(column: int) -> int:
        title = table.horizontalHeaderItem(column)
        return room.horizontalAdvance(title.text() if title is not None else "") + 24

    shortened = dict(capped or {})
    for column, most in shortened.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            column, max(min(table.sizeHintForColumn(column), most), title_width(column))
        )
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        shortened[column] = 0
    if stretch:
        header.setMinimumSectionSize(max(title_width(column) for column in stretch))
    for row in range(table.rowCount()):
        for column in shortened:
            cell = table.item(row, column)
            if cell is not None:
                cell.setToolTip(cell.text())
