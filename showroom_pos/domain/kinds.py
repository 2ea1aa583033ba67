"""The fixed vocabularies of the ledger: techniques, payment methods, stock movement kinds."""

from __future__ import annotations

from enum import StrEnum

from showroom_pos.domain.text import CATALOGUE, render


class Technique(StrEnum):
    TULIS = "tulis"
    CAP = "cap"
    KOMBINASI = "kombinasi"
    PRINTING = "printing"
    NON_BATIK = "non_batik"

    @property
    def is_batik(self) -> bool:
        return self in {Technique.TULIS, Technique.CAP, Technique.KOMBINASI}


def technique_label(value: str, lang: str | None = "id") -> str:
    """How a buyer reads the technique; printed textile is labelled as not batik."""
    return label("technique", value, lang)


class PaymentMethod(StrEnum):
    CASH = "cash"
    QRIS = "qris"
    CARD = "card"
    TRANSFER = "transfer"


class MovementKind(StrEnum):
    INTAKE = "intake"
    SALE = "sale"
    REFUND = "refund"
    RETURN = "return"
    ADJUSTMENT = "adjustment"
    COUNT = "count"
    TO_EVENT = "to_event"  # off the showroom's shelf to an event, or onto an event laptop's
    FROM_EVENT = "from_event"  # back from an event to the showroom's shelf


class PayoutMethod(StrEnum):
    CASH = "cash"
    TRANSFER = "transfer"


def label(vocabulary: str, value: object, lang: str | None = "id") -> str:
    """The label of `value` of a vocabulary (`technique`, `payment_method`, `movement`,
    `journal_action`, `role`, `action`) from the catalogue; an unknown value as itself."""
    code = f"{vocabulary}.{value}"
    return render(code, lang) if code in CATALOGUE else str(value)


def payment_label(value: str, lang: str | None = "id") -> str:
    return label("payment_method", value, lang)


def movement_label(value: str, lang: str | None = "id") -> str:
    return label("movement", value, lang)


def journal_action_label(action: str, lang: str | None = "id") -> str:
    """What a kind of journal entry records, as the journal screen names it."""
    return label("journal_action", action, lang)
