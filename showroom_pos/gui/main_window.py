"""The main window: screens chosen by role on the left, who and where in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from showroom_pos import __version__
from showroom_pos.db.engine import describe
from showroom_pos.domain.roles import Action, role_label
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.dialogs.print_queue_dialog import PrintQueueDialog
from showroom_pos.gui.generated.ui_main_window import Ui_MainWindow
from showroom_pos.gui.ops import Change, query
from showroom_pos.gui.screens.till_screen import TillScreen
from showroom_pos.gui.widgets.eliding_label import ElidingLabel
from showroom_pos.gui.window_printing import WindowPrinting
from showroom_pos.services.admin import settings as showroom_settings

ScreenFactory = Callable[[AppContext, QWidget], QWidget]

SCREEN_MODULES = tuple(
    f"showroom_pos.gui.screens.{name}_screen"
    for name in (
        "dashboard",
        "events",
        "intake",
        "items",
        "journal",
        "makers",
        "reports",
        "settings",
        "statements",
    )
)


class MainWindow(QMainWindow):
    logged_out = Signal()
    queue_changed = Signal()  # may be emitted from print workers; delivered on the GUI thread

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        if context.event is not None:  # an event laptop says which event it sells for
            self.setWindowTitle(
                self.tr("Showroom POS — Event: %1, %2")
                .replace("%1", context.event.name)
                .replace("%2", context.event.place)
            )
        self.screens: dict[str, QWidget] = {}
        self.till: TillScreen | None = None
        self.status_labels: dict[str, QLabel] = {}
        for name in ("user", "till", "shift", "printer", "database", "training"):
            # short texts whole; a long one is shortened and never widens the window
            long_text = name in ("shift", "printer", "database")
            label = ElidingLabel(self) if long_text else QLabel(self)
            label.setObjectName(f"status_{name}")
            self.ui.statusBar.addPermanentWidget(label, 1 if long_text else 0)
            self.status_labels[name] = label
        self.status_labels["training"].setObjectName("trainingMarker")
        self.printing = WindowPrinting(self)
        self.print_queue = self.printing.queue
        self.queue_button = self.printing.queue_button
        self.ui.customerDisplayAction.toggled.connect(self.set_customer_display)
        self.queue_changed.connect(self.refresh_queue)
        self.factories: dict[str, Callable[[], QWidget]] = {}  # screens not built yet
        self.ui.navList.currentRowChanged.connect(self.open_screen)
        self.ui.logoutAction.triggered.connect(self.log_out)
        self.ui.quitAction.triggered.connect(self.quit_program)
        self.ui.aboutAction.triggered.connect(self.about)
        self.ui.guideAction.triggered.connect(self.show_guide)
        # the showroom's settings, read once here (before the window shows) and again off the
        # GUI thread when they change
        self.values = showroom_settings.get_settings(context.ledger)
        context.changes.changed.connect(self.settings_changed)
        self.build_screens()
        self.ui.customerDisplayAction.setVisible(self.till is not None)
        self.refresh_status()
        self.refresh_queue()
        context.changes.changed.connect(lambda _kind: self.refresh_status())
        self.integrity_ok: bool | None = None

    def check_integrity(self) -> None:
        """Verify the journal in the background at start-up; a failure is shown loudly, as is
        a database where it is not safe (a SQLite file on a network share)."""
        from showroom_pos.services.admin.integrity import check_ledger

        ledger = self.context.ledger
        if ledger.warnings:
            self.warn_about_storage(ledger.warnings)
        query(self, lambda: check_ledger(ledger), quiet=True).success(
            self.integrity_checked
        ).failure(lambda _error: self.integrity_checked(None)).run()

    def warn_about_storage(self, codes: tuple[str, ...]) -> None:
        from showroom_pos.domain.text import render

        marker = QLabel(self.tr(" DATABASE NOT SAFE HERE "), self)
        marker.setObjectName("trainingMarker")
        self.ui.statusBar.insertPermanentWidget(0, marker)
        text = "\n\n".join(render(code, self.context.lang, {}) for code in codes)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Database location"),
            text + "\n\n" + describe(self.context.ledger.url),
            parent=self,
        )
        box.setObjectName("storageWarning")
        box.open()

    def integrity_checked(self, report: object) -> None:
        from showroom_pos.services.admin.types import IntegrityReport

        self.integrity_ok = isinstance(report, IntegrityReport) and report.ok
        if self.integrity_ok:
            return
        warning = QLabel(self.tr(" JOURNAL DOES NOT MATCH: tell the supervisor "), self)
        warning.setObjectName("trainingMarker")
        self.ui.statusBar.insertPermanentWidget(0, warning)
        details = (
            "\n".join(report.lines(self.context.lang)[-4:])
            if isinstance(report, IntegrityReport)
            else ""
        )
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Journal check failed"),
            self.tr(
                "The records no longer match the journal: something was "
                "changed outside the program. Tell the supervisor before "
                "closing the day or the month."
            )
            + "\n\n"
            + details,
            parent=self,
        )
        box.setObjectName("integrityWarning")
        box.open()

    def add_screen(self, key: str, title: str, widget: QWidget) -> None:
        self.screens[key] = widget
        self.ui.stack.addWidget(widget)
        entry = QListWidgetItem(title)
        entry.setData(Qt.ItemDataRole.UserRole, key)
        self.ui.navList.addItem(entry)

    def build_screens(self) -> None:
        """The till now; a back-office screen when it is first opened (the window after the
        login opens at once, however many screens the role has)."""
        if self.context.may(Action.SELL):
            self.till = TillScreen(self.context, self, printer=self.printing.receipt_printer())
            self.till.ui.trainingCheck.toggled.connect(lambda _on: self.refresh_status())
            self.till.shift_shown.connect(self.refresh_status)
            self.add_screen("till", self.tr("Till"), self.till)
        for key, title, actions, factory in extra_screens(self):
            if any(self.context.may(action) for action in actions):
                self.factories[key] = partial(factory, self.context, self)
                self.add_screen(key, title, QWidget(self))
        if self.ui.navList.count():
            self.ui.navList.setCurrentRow(0)

    def open_screen(self, row: int) -> None:
        if row < 0:
            return
        key = list(self.screens)[row]
        factory = self.factories.pop(key, None)
        if factory is not None:
            placeholder = self.screens[key]
            screen = factory()
            self.ui.stack.insertWidget(row, screen)
            self.ui.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.screens[key] = screen
        self.ui.stack.setCurrentIndex(row)

    def settings_changed(self, change: Change) -> None:
        if change & Change.SETTINGS:
            ledger = self.context.ledger
            query(self, lambda: showroom_settings.get_settings(ledger), quiet=True).success(
                self.settings_read
            ).run()

    def settings_read(self, values: dict[str, str]) -> None:
        self.values = values
        self.refresh_status()

    def set_customer_display(self, on: bool) -> None:
        """The buyer's screen: on a second monitor when there is one."""
        from showroom_pos.gui.widgets.customer_display import CustomerDisplay

        if self.till is None:
            return
        if on and self.till.display is None:
            name = self.values.get("showroom.name", "")
            self.till.display = CustomerDisplay(name, self)
            self.till.display.place()
            self.till.refresh_totals()
            self.activateWindow()  # the scanner keeps typing into the till
            self.till.ui.scanEdit.setFocus()
        elif not on and self.till.display is not None:
            self.till.display.close()
            self.till.display.deleteLater()
            self.till.display = None

    def refresh_queue(self) -> None:
        self.printing.refresh_queue()

    def open_print_queue(self) -> PrintQueueDialog:
        return self.printing.open_print_queue()

    def show_screen(self, key: str) -> QWidget:
        keys = list(self.screens)
        self.ui.navList.setCurrentRow(keys.index(key))
        self.open_screen(keys.index(key))  # built even when it was already the chosen row
        return self.screens[key]

    def refresh_status(self) -> None:
        actor = self.context.actor
        role = role_label(actor.role, self.context.lang)
        self.status_labels["user"].setText(f"{actor.full_name} ({role})")
        self.status_labels["till"].setText(
            self.tr("Till %1").replace("%1", self.context.terminal_code or "-")
        )
        shift_text = ""
        if self.till is not None:
            shift_text = self.till.ui.shiftLabel.text().split(".")[0]
        self.status_labels["shift"].setText(shift_text)
        self.status_labels["printer"].setText(self.printing.printer_status())
        self.status_labels["database"].setText(
            self.tr("Database: %1").replace("%1", describe(self.context.ledger.url))
        )
        training = self.till is not None and self.till.training()
        self.status_labels["training"].setText(self.tr(" TRAINING ") if training else "")
        self.status_labels["training"].setVisible(training)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.printing.ask_printer()

    def log_out(self) -> None:
        if self.leaving_is_fine():
            self.close()
            self.logged_out.emit()

    def quit_program(self) -> None:
        if self.leaving_is_fine():
            self.close()

    def leaving_is_fine(self) -> bool:
        """Before the window goes: a cart still on the till, or held, is not lost unasked."""
        lost = self.till.unfinished() if self.till is not None else ""
        if not lost:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Carts not paid"),
            self.tr("There is still %1 on the till. Leaving loses it. Leave anyway?").replace(
                "%1", lost
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's own close button asks too; the program's own closing has asked."""
        if event.spontaneous() and not self.leaving_is_fine():
            event.ignore()
            return
        super().closeEvent(event)

    def show_guide(self) -> QWidget:
        from showroom_pos.gui.dialogs.guide_dialog import GuideDialog

        guide = GuideDialog(self.context.lang, self)
        guide.show()
        return guide

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Showroom POS"),
            self.tr(
                "Showroom POS %1\nPoint of sale and consignment ledger for "
                "the Dekranasda Kota Pekalongan showroom."
            ).replace("%1", __version__),
        )


def extra_screens(window: MainWindow) -> list[tuple[str, str, tuple[Action, ...], ScreenFactory]]:
    """Back-office screens, in navigation order (the till comes first)."""
    from showroom_pos.gui.screens.dashboard_screen import DashboardScreen
    from showroom_pos.gui.screens.events_screen import EventsScreen
    from showroom_pos.gui.screens.intake_screen import IntakeScreen
    from showroom_pos.gui.screens.items_screen import ItemsScreen
    from showroom_pos.gui.screens.journal_screen import JournalScreen
    from showroom_pos.gui.screens.makers_screen import MakersScreen
    from showroom_pos.gui.screens.reports_screen import ReportsScreen
    from showroom_pos.gui.screens.settings_screen import SettingsScreen
    from showroom_pos.gui.screens.statements_screen import StatementsScreen

    return [
        (
            "dashboard",
            QCoreApplication.translate("MainWindow", "Dashboard"),
            (Action.CLOSE_DAY,),
            lambda context, parent: DashboardScreen(context, parent),
        ),
        (
            "intake",
            QCoreApplication.translate("MainWindow", "Intake"),
            (Action.RECEIVE_CONSIGNMENT,),
            lambda context, parent: IntakeScreen(
                context,
                parent,
                slip_printer=window.printing.slip_printer(),
                tag_printer=window.printing.tag_printer(),
            ),
        ),
        (
            "items",
            QCoreApplication.translate("MainWindow", "Items and stock"),
            (Action.EDIT_ITEM,),
            lambda context, parent: ItemsScreen(
                context, parent, slip_printer=window.printing.slip_printer()
            ),
        ),
        (
            "events",
            QCoreApplication.translate("MainWindow", "Events"),
            (Action.MANAGE_EVENTS, Action.PACK_EVENT),
            lambda context, parent: EventsScreen(context, parent),
        ),
        (
            "makers",
            QCoreApplication.translate("MainWindow", "Makers"),
            (Action.MANAGE_MAKERS, Action.VIEW_MAKER_PRIVATE),
            lambda context, parent: MakersScreen(context, parent),
        ),
        (
            "statements",
            QCoreApplication.translate("MainWindow", "Monthly statements"),
            (Action.VIEW_SETTLEMENT,),
            lambda context, parent: StatementsScreen(context, parent),
        ),
        (
            "reports",
            QCoreApplication.translate("MainWindow", "Reports"),
            (Action.CLOSE_DAY, Action.VIEW_REPORTS),
            lambda context, parent: ReportsScreen(context, parent),
        ),
        (
            "journal",
            QCoreApplication.translate("MainWindow", "Journal"),
            (Action.VERIFY_JOURNAL,),
            lambda context, parent: JournalScreen(context, parent),
        ),
        (
            "settings",
            QCoreApplication.translate("MainWindow", "Settings and users"),
            (Action.CHANGE_SETTINGS, Action.MANAGE_USERS),
            lambda context, parent: SettingsScreen(context, parent),
        ),
    ]
