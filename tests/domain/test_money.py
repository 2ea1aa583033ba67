"""Rupiah in figures and in words, as printed on receipts and statements."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom_pos.domain.money import format_rupiah, rupiah_in_words


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (0, "Rp0"),
        (1_000, "Rp1.000"),
        (250_000, "Rp250.000"),
        (1_250_000, "Rp1.250.000"),
        (-5_000, "-Rp5.000"),
        (10_000_000_000, "Rp10.000.000.000"),
    ],
)
def test_rupiah_figures(amount: int, text: str) -> None:
    assert format_rupiah(amount) == text


def test_rupiah_refuses_fractions() -> None:
    with pytest.raises(TypeError):
        format_rupiah(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_rupiah(True)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "nol rupiah"),
        (1, "satu rupiah"),
        (11, "sebelas rupiah"),
        (15, "lima belas rupiah"),
        (100, "seratus rupiah"),
        (110, "seratus sepuluh rupiah"),
        (1_000, "seribu rupiah"),
        (1_500, "seribu lima ratus rupiah"),
        (21_000, "dua puluh satu ribu rupiah"),
        (111_111, "seratus sebelas ribu seratus sebelas rupiah"),
        (1_250_000, "satu juta dua ratus lima puluh ribu rupiah"),
        (5_000_000, "lima juta rupiah"),
        (2_000_001_000, "dua miliar seribu rupiah"),
        (-75_000, "minus tujuh puluh lima ribu rupiah"),
    ],
)
def test_rupiah_in_words(amount: int, words: str) -> None:
    assert rupiah_in_words(amount) == words


@given(st.integers(min_value=0, max_value=10**13))
def test_words_are_plain_lowercase_indonesian(amount: int) -> None:
    words = rupiah_in_words(amount)
    assert words.endswith("rupiah")
    assert "  " not in words and words == words.strip() and words == words.lower()
    # 1.000 is "seribu" where it opens a group; "tiga puluh satu ribu" is right.
    assert not re.search(r"(^|juta |miliar |triliun )satu ribu", words)
    assert "satu ratus" not in words
    assert "satu puluh" not in words and "satu belas" not in words


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_figures_read_back(amount: int) -> None:
    text = format_rupiah(amount)
    assert int(text.replace("Rp", "").replace(".", "")) == amount
