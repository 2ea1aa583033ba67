"""The supervisor's picture at a glance: today and this month, sales per day, the share of each
technique, and the makers who sell most this month."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select

from showroom_pos.db.models import RefundLine, Sale, SaleLine
from showroom_pos.domain.periods import day_bounds, to_local
from showroom_pos.domain.roles import Action
from showroom_pos.services.admin.auth import require
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports.reports import sales_report
from showroom_pos.services.reports.types import Dashboard

TOP_MAKERS = 8


def dashboard(ledger: Ledger, *, actor: Actor) -> Dashboard:
    today = to_local(ledger.now()).date()
    first = today.replace(day=1)
    start, end = day_bounds(first)[0], day_bounds(today)[1]
    with ledger.read() as session:
        require(session, actor, Action.VIEW_REPORTS)
        net: dict[date, int] = defaultdict(int)
        for sold_at, amount in session.execute(
            select(SaleLine.sold_at, SaleLine.amount).where(
                SaleLine.sold_at >= start, SaleLine.sold_at < end, SaleLine.training.is_(False)
            )
        ):
            net[to_local(sold_at).date()] += amount
        for refunded_at, amount in session.execute(
            select(RefundLine.refunded_at, RefundLine.amount).where(
                RefundLine.refunded_at >= start, RefundLine.refunded_at < end
            )
        ):
            net[to_local(refunded_at).date()] -= amount

        def receipts(since: date) -> int:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(Sale)
                    .where(
                        Sale.sold_at >= day_bounds(since)[0],
                        Sale.sold_at < end,
                        Sale.training.is_(False),
                    )
                )
                or 0
            )

        today_receipts, month_receipts = receipts(today), receipts(first)
    days = [first + timedelta(days=n) for n in range((today - first).days + 1)]
    by_technique = sales_report(
        ledger, actor=actor, first_day=first, last_day=today, by="technique"
    )
    by_maker = sales_report(ledger, actor=actor, first_day=first, last_day=today, by="maker")
    return Dashboard(
        today=today,
        today_net=net.get(today, 0),
        today_receipts=today_receipts,
        month_net=sum(net.values()),
        month_receipts=month_receipts,
        per_day=tuple((day, net.get(day, 0)) for day in days),
        techniques=tuple((row.label, row.net) for row in by_technique.rows if row.net),
        top_makers=tuple((row.label, row.net) for row in by_maker.rows[:TOP_MAKERS] if row.net > 0),
    )
