"""The staff guide: both languages cover the same day in the showroom, every picture it shows
exists, and F1 opens it in the program's language."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from showroom_pos.gui.context import AppContext
from showroom_pos.gui.dialogs.guide_dialog import GuideDialog
from showroom_pos.gui.main import application
from showroom_pos.paths import resources_dir
from tests.conftest import Showroom

GUIDE = resources_dir() / "guide"


@pytest.mark.parametrize("name", ["panduan.md", "guide.md"])
def test_every_picture_exists_and_every_topic_is_there(name: str) -> None:
    text = (GUIDE / name).read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(pictures) >= 15
    assert all((GUIDE / picture).is_file() for picture in pictures), pictures
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert len(headings) == 16  # contents + 15 topics, the same in both languages
    links = re.findall(r"\]\(#([a-z0-9-]+)\)", text)
    anchors = {re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-") for h in headings}
    assert set(links) <= anchors, set(links) - anchors


def test_f1_opens_the_guide_in_the_programs_language(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    from showroom_pos.gui.main_window import MainWindow

    application("id")
    try:
        window = MainWindow(AppContext(sqlite_showroom.ledger, sqlite_showroom.cashier, "K1"))
        qtbot.addWidget(window)
        guide = window.show_guide()
        qtbot.addWidget(guide)
        assert isinstance(guide, GuideDialog)
        text = guide.browser.toPlainText()
        assert text.startswith("Panduan Showroom POS") and "Menjual di kasir" in text
        assert "img/id/till.png" in guide.browser.toHtml()
    finally:
        application("en")
    english = GuideDialog("en")
    qtbot.addWidget(english)
    assert english.browser.toPlainText().startswith("Showroom POS guide")
