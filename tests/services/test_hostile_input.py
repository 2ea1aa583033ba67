"""Random and hostile input at the services: each call ends in a clear refusal that changed
nothing, or in a correct result. Never a crash, never half a record."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from showroom_pos.app import open_ledger
from showroom_pos.domain.errors import ShowroomError
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.stock import consignment, makers
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields, MakerInput
from showroom_pos.services.till import sales
from showroom_pos.services.till.types import CartLine, PaymentInput
from tests.conftest import Clock, Showroom, build_showroom
from tests.ledgerstate import table_counts

HOSTILE_TEXT = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "",
            " ",
            "'; DROP TABLE sales; --",
            "Robert'); DELETE FROM journal;--",
            "\x00",
            "\u202e",
            "😀" * 50,
            "A" * 10_000,
            "PKL001-00002",
            "%",
            "_",
            "\\",
            "NULL",
        ]
    ),
)
HOSTILE_NUMBER = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.sampled_from([0, -1, 1, 999, 10**9, 10**12, 2**63, -(2**63)]),
    st.floats(allow_nan=True),
    st.none(),
    st.text(max_size=10),
    st.booleans(),
)
RELAXED = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@contextmanager
def _showroom() -> Iterator[Showroom]:
    with tempfile.TemporaryDirectory() as folder:
        clock = Clock()
        ledger = open_ledger(f"sqlite:///{Path(folder) / 'h.sqlite3'}", clock=clock)
        try:
            yield build_showroom(ledger, clock)
        finally:
            ledger.close()


def _call_and_check(showroom: Showroom, call: Any) -> None:
    before = table_counts(showroom.ledger)
    try:
        call()
    except ShowroomError as refused:
        assert refused.message("id") and refused.message("en")
        assert table_counts(showroom.ledger) == before
    assert check_ledger(showroom.ledger).ok


@RELAXED
@given(
    code=HOSTILE_TEXT,
    name=HOSTILE_TEXT,
    nik=HOSTILE_TEXT,
    phone=HOSTILE_TEXT,
    commission=HOSTILE_NUMBER,
)
def test_add_maker_with_anything(
    code: Any, name: Any, nik: Any, phone: Any, commission: Any
) -> None:
    with _showroom() as showroom:
        _call_and_check(
            showroom,
            lambda: makers.add_maker(
                showroom.ledger,
                actor=showroom.supervisor,
                data=MakerInput(
                    code=code, name=name, nik=nik, phone=phone, commission_bp=commission
                ),
            ),
        )


@RELAXED
@given(name=HOSTILE_TEXT, technique=HOSTILE_TEXT, price=HOSTILE_NUMBER, quantity=HOSTILE_NUMBER)
def test_receive_goods_with_anything(name: Any, technique: Any, price: Any, quantity: Any) -> None:
    with _showroom() as showroom:
        _call_and_check(
            showroom,
            lambda: consignment.receive_consignment(
                showroom.ledger,
                actor=showroom.staff,
                maker_code="PKL001",
                lines=[IntakeLineInput(quantity, ItemFields(name, "kemeja", technique, price))],
            ),
        )


@RELAXED
@given(
    code=HOSTILE_TEXT,
    quantity=HOSTILE_NUMBER,
    method=HOSTILE_TEXT,
    amount=HOSTILE_NUMBER,
    reference=HOSTILE_TEXT,
)
def test_sell_with_anything(
    code: Any, quantity: Any, method: Any, amount: Any, reference: Any
) -> None:
    with _showroom() as showroom:
        _call_and_check(
            showroom,
            lambda: sales.complete_sale(
                showroom.ledger,
                actor=showroom.cashier,
                terminal_code="K1",
                lines=[CartLine(code, quantity)],
                payments=[PaymentInput(method, amount, reference=reference)],
            ),
        )
