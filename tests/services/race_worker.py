"""People in processes of their own, for the race tests: each logs in, waits until all are
ready, then does one kind of action again and again; `run_race` starts them and collects what
each action gave."""

from __future__ import annotations

from typing import Any


def _cart(ledger: Any, actor: Any, *, terminal: str, cart: list[tuple[str, int, int]]) -> str:
    """Sell one cart (item code, quantity, unit price), paid in cash."""
    from showroom_pos.services.till import sales
    from showroom_pos.services.till.types import CartLine, PaymentInput

    return sales.complete_sale(
        ledger,
        actor=actor,
        terminal_code=terminal,
        lines=[CartLine(code, quantity) for code, quantity, _ in cart],
        payments=[PaymentInput("cash", sum(q * price for _, q, price in cart))],
    ).receipt_no


def _refund(ledger: Any, actor: Any, *, terminal: str, receipt: str, line: int) -> str:
    from showroom_pos.services.till import refunds
    from showroom_pos.services.till.types import RefundLineInput

    done = refunds.refund_sale(
        ledger,
        actor=actor,
        terminal_code=terminal,
        receipt_no=receipt,
        lines=[RefundLineInput(line, 1)],
        reason="Salah ukuran",
        method="transfer",
    )
    return done.refund_no


def _sell(ledger: Any, actor: Any, *, terminal: str, code: str, price: int) -> str:
    from showroom_pos.services.till import sales
    from showroom_pos.services.till.types import CartLine, PaymentInput

    return sales.complete_sale(
        ledger,
        actor=actor,
        terminal_code=terminal,
        lines=[CartLine(code)],
        payments=[PaymentInput("transfer", price, reference="T1")],
    ).receipt_no


def _finalize(ledger: Any, actor: Any, *, maker: str, period: str) -> str:
    from showroom_pos.services.settlement import settlements

    return settlements.finalize_settlement(
        ledger, actor=actor, maker_code=maker, period=period
    ).statement_no


def _close_month(ledger: Any, actor: Any, *, period: str) -> str:
    from showroom_pos.services.settlement import settlements

    return str(len(settlements.close_period(ledger, actor=actor, period=period)))


def _pay(ledger: Any, actor: Any, *, maker: str, period: str) -> str:
    from showroom_pos.services.settlement import settlements

    return settlements.record_payout(
        ledger, actor=actor, maker_code=maker, period=period, method="cash"
    ).statement_no


def _restock(ledger: Any, actor: Any, *, maker: str, code: str, quantity: int) -> str:
    from showroom_pos.services.stock import consignment
    from showroom_pos.services.stock.types import IntakeLineInput

    return consignment.receive_consignment(
        ledger, actor=actor, maker_code=maker, lines=[IntakeLineInput(quantity, existing_code=code)]
    ).number


def _return(ledger: Any, actor: Any, *, maker: str, code: str, quantity: int) -> str:
    from showroom_pos.services.stock import consignment

    return consignment.return_to_maker(
        ledger, actor=actor, maker_code=maker, lines=[(code, quantity)]
    ).number


def _price(ledger: Any, actor: Any, *, code: str, price: int) -> str:
    from showroom_pos.services.stock import stock

    return str(
        stock.change_price(
            ledger, actor=actor, code=code, new_price=price, consent_note="Setuju lewat telepon"
        ).price
    )


def _count(ledger: Any, actor: Any, *, code: str, counted: int) -> str:
    from showroom_pos.services.stock import counts

    return str(
        counts.record_stock_count(
            ledger, actor=actor, counted={code: counted}, explanations={code: "Hitung ulang"}
        ).count_id
    )


JOBS = {
    "cart": _cart,
    "refund": _refund,
    "sell": _sell,
    "finalize": _finalize,
    "close_month": _close_month,
    "pay": _pay,
    "restock": _restock,
    "return": _return,
    "price": _price,
    "count": _count,
}


def act_when_released(
    url: str,
    username: str,
    password: str,
    job: str,
    calls: list[dict[str, Any]],
    start: Any,
    results: Any,
    now: str | None = None,
) -> None:
    """Log in, wait until every process is ready, then run `job` once per set of arguments;
    report (user, "ok", what it returned) or (user, "refused", message code) for each.
    `now` fixes this process's clock (ISO time), else it is the real one; a call's "pause"
    (seconds) waits before that call."""
    import time
    from datetime import datetime

    from showroom_pos.app import open_ledger
    from showroom_pos.domain.errors import ShowroomError
    from showroom_pos.services.admin import auth

    moment = datetime.fromisoformat(now) if now else None
    ledger = open_ledger(url, clock=(lambda: moment) if moment else None)  # type: ignore[arg-type,return-value]
    try:
        actor = auth.login(ledger, username=username, password=password)
        start.wait(timeout=120)
        for arguments in calls:
            time.sleep(arguments.pop("pause", 0))
            try:
                results.put((username, "ok", JOBS[job](ledger, actor, **arguments)))
            except ShowroomError as refused:
                results.put((username, "refused", refused.code))
    except BaseException as error:  # reported to the test rather than lost in the child
        results.put((username, "crash", repr(error)))
    finally:
        ledger.close()


Plan = list[tuple[str, str, list[dict[str, Any]], str | None]]  # user, job, calls, clock


def run_race(url: str, password: str, plan: Plan) -> list[tuple[str, str, str]]:
    """Start one process per entry of `plan`, release them together, return every outcome
    (user, "ok" | "refused", receipt or message code); fails on a crash or a hang."""
    import multiprocessing
    import queue

    context = multiprocessing.get_context("spawn")
    start = context.Barrier(len(plan))
    results = context.Queue()
    workers = [
        context.Process(
            target=act_when_released, args=(url, user, password, job, calls, start, results, now)
        )
        for user, job, calls, now in plan
    ]
    for worker in workers:
        worker.start()
    outcomes: list[tuple[str, str, str]] = []
    try:
        for _ in range(sum(len(calls) for _, _, calls, _ in plan)):
            outcomes.append(results.get(timeout=300))
    except queue.Empty:
        raise AssertionError(f"the processes did not finish: {outcomes}") from None
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert not [o for o in outcomes if o[1] == "crash"], outcomes
    return outcomes
