"""How payments of several methods cover a sale's total, what is still due, and the change."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.money import MAX_AMOUNT
from showroom_pos.domain.payments import (
    Tally,
    Tender,
    check_reference,
    needs_reference,
    payment_method,
    settle,
    tally,
    tender_amount,
)

METHODS = ("cash", "qris", "card", "transfer")
NON_CASH = ("qris", "card", "transfer")


def _code(call: object) -> str:
    assert callable(call)
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.code


def test_cash_pays_what_the_others_leave_and_gives_the_change() -> None:
    settled = settle(865_000, [Tender("qris", 500_000), Tender("cash", 400_000)])
    assert (settled.non_cash, settled.cash_due, settled.cash_tendered) == (
        500_000,
        365_000,
        400_000,
    )
    assert (settled.still_due, settled.change) == (0, 35_000)


def test_exact_non_cash_pays_with_no_cash_and_no_change() -> None:
    settled = settle(250_000, [Tender("card", 200_000), Tender("transfer", 50_000)])
    assert (settled.cash_due, settled.change, settled.still_due) == (0, 0, 0)


def test_several_cash_amounts_add_up() -> None:
    settled = settle(120_000, [Tender("cash", 100_000), Tender("cash", 50_000)])
    assert (settled.cash_tendered, settled.change) == (150_000, 30_000)


@pytest.mark.parametrize(
    ("total", "tenders", "code"),
    [
        (100_000, [], "payment.insufficient"),
        (100_000, [Tender("cash", 99_000)], "payment.insufficient"),
        (100_000, [Tender("qris", 50_000), Tender("cash", 40_000)], "payment.insufficient"),
        (100_000, [Tender("card", 100_001)], "payment.overpaid"),  # non-cash gives no change
        (100_000, [Tender("qris", 60_000), Tender("transfer", 60_000)], "payment.overpaid"),
        (100_000, [Tender("card", 100_000), Tender("cash", 5_000)], "payment.overpaid"),
        (100_000, [Tender("cash", 0)], "payment.invalid_amount"),
        (100_000, [Tender("cash", -100_000)], "payment.invalid_amount"),
        (100_000, [Tender("qris", MAX_AMOUNT + 1)], "payment.invalid_amount"),
        (100_000, [Tender("bitcoin", 100_000)], "payment.method"),
    ],
)
def test_refusals(total: int, tenders: list[Tender], code: str) -> None:
    assert _code(lambda: settle(total, tenders)) == code


def test_the_shortfall_says_what_was_paid() -> None:
    with pytest.raises(ValidationError) as refused:
        settle(100_000, [Tender("qris", 50_000), Tender("cash", 40_000)])
    assert refused.value.params == {"paid": "Rp90.000", "total": "Rp100.000"}


def test_amounts_are_whole_rupiah() -> None:
    assert tender_amount(1) == 1 and tender_amount(MAX_AMOUNT) == MAX_AMOUNT
    for bad in (True, 1.5, "1000", None):
        assert _code(lambda bad=bad: tender_amount(bad)) == "field.integer"


def test_method() -> None:
    assert payment_method("qris").value == "qris"
    assert _code(lambda: payment_method("")) == "payment.method"


def test_while_paying_the_dialog_sees_what_is_still_due() -> None:
    taken = tally(865_000, [Tender("qris", 500_000)])
    assert (taken.still_due, taken.change, taken.cash_due) == (365_000, 0, 365_000)
    assert not taken.adding(Tender("card", 365_000)).non_cash_overpaid
    assert taken.adding(Tender("card", 365_001)).non_cash_overpaid
    assert not taken.adding(Tender("cash", 1_000_000)).non_cash_overpaid  # cash gives change


def test_references() -> None:
    assert needs_reference("transfer") and needs_reference("card")
    assert needs_reference("qris") and not needs_reference("qris", qris_reference_required=False)
    assert not needs_reference("cash")
    assert (
        _code(lambda: check_reference(payment_method("transfer"), "", ""))
        == "payment.reference_required"
    )
    assert (
        _code(lambda: check_reference(payment_method("qris"), "", ""))
        == "payment.reference_required"
    )
    assert (
        _code(lambda: check_reference(payment_method("card"), "REF", ""))
        == "payment.approval_required"
    )
    check_reference(payment_method("qris"), "", "", qris_reference_required=False)
    check_reference(payment_method("card"), "", "123456")
    check_reference(payment_method("cash"), "", "")


amounts = st.integers(min_value=1, max_value=5_000_000)
tenders = st.lists(st.builds(Tender, st.sampled_from(METHODS), amounts), max_size=6)


@given(st.integers(min_value=1, max_value=20_000_000), tenders)
def test_a_settled_sale_is_paid_exactly_and_only_cash_gives_change(
    total: int, taken: list[Tender]
) -> None:
    try:
        settled = settle(total, taken)
    except ValidationError as refused:
        standing = tally(total, taken)
        assert refused.code in {"payment.insufficient", "payment.overpaid"}
        assert (
            not taken
            or standing.paid < total
            or standing.non_cash > total
            or (standing.cash_tendered and standing.non_cash == total)
        )
        return
    assert settled.non_cash + settled.cash_due == total
    assert settled.paid - settled.change == total
    assert 0 <= settled.change <= settled.cash_tendered
    assert settled.change < settled.cash_tendered or settled.cash_due == 0
    assert settled.still_due == 0
    if not any(t.is_cash for t in taken):
        assert settled.change == 0 and settled.non_cash == total


@given(st.integers(min_value=1, max_value=20_000_000), tenders)
def test_still_due_and_change_never_both(total: int, taken: list[Tender]) -> None:
    standing: Tally = tally(total, taken)
    if standing.non_cash <= total:
        assert standing.still_due == 0 or standing.change == 0
        assert standing.still_due - standing.change == total - standing.paid
