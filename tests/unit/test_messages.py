"""Every message exists in Indonesian and English with the same placeholders."""

from __future__ import annotations

import string

import pytest

from showroom_pos.domain.errors import StockError
from showroom_pos.domain.messages import MESSAGES, render


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_present_and_agree(code: str) -> None:
    indonesian, english = MESSAGES[code]
    assert indonesian.strip() and english.strip()
    assert indonesian != english or not any(c.isalpha() for c in indonesian)
    assert _fields(indonesian) == _fields(english), code


def test_error_renders_in_the_users_language() -> None:
    error = StockError("stock.sold_out", code="PKL001-00001")
    assert "PKL001-00001" in error.message("id") and "terjual" in error.message("id")
    assert "PKL001-00001" in error.message("en") and "sold" in error.message("en")
    assert str(error) == error.message("id")


def test_unknown_code_renders_as_itself() -> None:
    assert render("no.such.code", "id", {}) == "no.such.code"
