"""The dashboard's figures and charts equal the ledger's sums for today and this month."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from showroom_pos.app import open_ledger
from showroom_pos.db.models import RefundLine, Sale, SaleLine
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import day_bounds
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.main import application
from showroom_pos.gui.ops import wait_for_background
from showroom_pos.gui.screens.dashboard_screen import DashboardScreen
from showroom_pos.gui.widgets.charts import short_rupiah
from showroom_pos.services.admin import auth, demo

NOW = datetime(2026, 11, 19, 9, 0, tzinfo=UTC)  # 16:00 WIB


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dash") / "demo.db"
    ledger = open_ledger(f"sqlite:///{path}", clock=lambda: NOW)
    try:
        # Demo days end yesterday; the clock then moves to the next day's afternoon.
        demo.fill_demo_data(
            ledger, makers=5, items=60, days=25, seed=8, now=NOW + timedelta(days=1)
        )
    finally:
        ledger.close()
    return path


def test_dashboard_matches_the_ledger(demo_file: Path, tmp_path: Path, qtbot: QtBot) -> None:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    ledger = open_ledger(f"sqlite:///{copy}", clock=lambda: NOW)
    try:
        application("en")
        actor = auth.login(ledger, username="sari", password="demo-sari")
        screen = DashboardScreen(AppContext(ledger, actor, "K1", "en"))
        qtbot.addWidget(screen)
        assert wait_for_background()
        view = screen.view
        assert view is not None and view.today == NOW.date()
        first_start = day_bounds(view.today.replace(day=1))[0]
        today_start, end = day_bounds(view.today)
        with ledger.read() as session:

            def net(start: datetime) -> int:
                sold = session.scalar(
                    select(func.coalesce(func.sum(SaleLine.amount), 0)).where(
                        SaleLine.sold_at >= start,
                        SaleLine.sold_at < end,
                        SaleLine.training.is_(False),
                    )
                )
                back = session.scalar(
                    select(func.coalesce(func.sum(RefundLine.amount), 0)).where(
                        RefundLine.refunded_at >= start, RefundLine.refunded_at < end
                    )
                )
                return int(sold) - int(back)

            receipts = session.scalar(
                select(func.count())
                .select_from(Sale)
                .where(Sale.sold_at >= today_start, Sale.sold_at < end, Sale.training.is_(False))
            )
            assert view.today_net == net(today_start) > 0
            assert view.today_receipts == receipts
            assert view.month_net == net(first_start) == sum(v for _, v in view.per_day)
        assert len(view.per_day) == view.today.day
        assert sum(v for _, v in view.techniques) == view.month_net
        assert [v for _, v in view.top_makers] == sorted(
            (v for _, v in view.top_makers), reverse=True
        )
        assert format_rupiah(view.today_net) in screen.ui.todayLabel.text()
        assert len(screen.per_day.values) == view.today.day
        assert screen.makers.values == list(view.top_makers)
        assert not screen.grab().isNull()
    finally:
        ledger.close()


def test_short_rupiah() -> None:
    assert short_rupiah(1_250_000) == "Rp1,2 jt"
    assert short_rupiah(350_000) == "Rp350 rb"
    assert short_rupiah(500) == "Rp500"
