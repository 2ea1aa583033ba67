"""Waiting in GUI tests for what a screen handed to the save thread or the query pool."""

from __future__ import annotations

from showroom_pos.gui.ops import wait_for_background


def settle() -> None:
    """Every save and query the screens started has finished and handed back its result."""
    assert wait_for_background(), "a save or query did not finish"
