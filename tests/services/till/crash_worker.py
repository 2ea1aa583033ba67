"""A till that sells as fast as it can until it is killed (run as a separate process)."""

from __future__ import annotations

import sys

from showroom_pos.app import open_ledger
from showroom_pos.domain.errors import ShowroomError
from showroom_pos.services.admin import auth
from showroom_pos.services.till import sales
from showroom_pos.services.till.types import CartLine, PaymentInput


def main(url: str, username: str, password: str) -> None:
    ledger = open_ledger(url)
    actor = auth.login(ledger, username=username, password=password)
    print("ready", flush=True)
    while True:
        try:
            receipt = sales.complete_sale(
                ledger,
                actor=actor,
                terminal_code="K1",
                lines=[CartLine("PKL001-00004", 1), CartLine("PKL001-00005", 2)],
                payments=[PaymentInput("qris", 10_000, "QR"), PaymentInput("cash", 50_000)],
            )
            print(receipt.receipt_no, flush=True)
        except ShowroomError as refused:
            print(refused.code, flush=True)
            return


if __name__ == "__main__":
    main(*sys.argv[1:4])
