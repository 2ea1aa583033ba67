"""The supervisor's dashboard: today and this month at a glance, with charts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from showroom_pos.domain.money import format_rupiah
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.generated.ui_dashboard_screen import Ui_DashboardScreen
from showroom_pos.gui.ops import Change, FollowChanges, query
from showroom_pos.gui.widgets.charts import BarChart, ColumnChart
from showroom_pos.services.reports.dashboard import dashboard
from showroom_pos.services.reports.types import Dashboard


class DashboardScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_DashboardScreen()
        self.ui.setupUi(self)
        self.ui.todayLabel.setObjectName("bigFigure")
        self.ui.monthLabel.setObjectName("bigFigure")
        self.per_day = ColumnChart()
        self.techniques = BarChart()
        self.makers = BarChart()
        self.ui.perDayLayout.addWidget(self.per_day)
        self.ui.techniqueLayout.addWidget(self.techniques)
        self.ui.makersLayout.addWidget(self.makers)
        self.view: Dashboard | None = None
        self.ui.refreshButton.clicked.connect(self.reload)
        self.follow = FollowChanges(
            self, context.changes, Change.SALES | Change.SETTLEMENTS, self.reload
        )
        self.follow.load()  # now, or when first shown

    def reload(self) -> None:
        ledger, actor = self.context.ledger, self.context.actor
        query(self, lambda: dashboard(ledger, actor=actor), quiet=True).success(
            self.show_view
        ).run()

    def show_view(self, view: Dashboard) -> None:
        self.view = view
        self.ui.todayLabel.setText(
            self.tr("Today: %1 net from %2 receipts")
            .replace("%1", format_rupiah(view.today_net))
            .replace("%2", str(view.today_receipts))
        )
        self.ui.monthLabel.setText(
            self.tr("This month: %1 net from %2 receipts")
            .replace("%1", format_rupiah(view.month_net))
            .replace("%2", str(view.month_receipts))
        )
        self.per_day.set_values([(str(day.day), net) for day, net in view.per_day])
        self.techniques.set_values(list(view.techniques))
        self.makers.set_values(list(view.top_makers))
