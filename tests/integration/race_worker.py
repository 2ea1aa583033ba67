"""A till in its own process, for the race tests: logs in, waits for the start, sells."""

from __future__ import annotations

from typing import Any


def sell_when_released(url: str, username: str, password: str, terminal: str,
                       carts: list[list[tuple[str, int, int]]], start: Any, results: Any) -> None:
    """Sell each cart (item code, quantity, unit price) once every till is ready; report
    ("ok", receipt number) or ("refused", message code) per cart."""
    from showroom_pos.app import open_ledger
    from showroom_pos.domain.errors import ShowroomError
    from showroom_pos.services import auth, sales

    ledger = open_ledger(url)
    try:
        actor = auth.login(ledger, username=username, password=password)
        start.wait(timeout=60)
        for cart in carts:
            try:
                receipt = sales.complete_sale(
                    ledger, actor=actor, terminal_code=terminal,
                    lines=[sales.CartLine(code, quantity) for code, quantity, _ in cart],
                    payments=[sales.PaymentInput(
                        "cash", sum(q * price for _, q, price in cart))])
                results.put((terminal, "ok", receipt.receipt_no))
            except ShowroomError as refused:
                results.put((terminal, "refused", refused.code))
    except BaseException as error:  # reported to the test rather than lost in the child
        results.put((terminal, "crash", repr(error)))
    finally:
        ledger.close()
