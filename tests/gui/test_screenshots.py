"""`showroom-pos screenshots` renders every screen at the common laptop size, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from showroom_pos.cli import main


def test_screenshots_of_every_screen(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "shots"
    seen: list[str] = []
    grab = QWidget.grab

    def grab_reading(widget: QWidget, *args: object) -> QPixmap:
        seen.extend(label.text() for label in widget.findChildren(QLabel))
        return grab(widget, *args)

    monkeypatch.setattr(QWidget, "grab", grab_reading)
    assert main(["--lang", "en", "screenshots", "--out", str(out)]) == 0
    databases = [text for text in seen if "sqlite3" in text]
    assert databases and all("showroom-shots-" not in text for text in databases), databases
    assert any("AppData" in text for text in databases)  # as the showroom's PC shows it
    names = {p.stem for p in out.glob("*.png")}
    assert {
        "login",
        "till",
        "payment",
        "refund",
        "approval",
        "open_shift",
        "close_shift",
        "dashboard",
        "intake",
        "items",
        "events",
        "makers",
        "statements",
        "reports",
        "journal",
        "settings",
        "setup_wizard",
        "customer_display",
        "event_till",
    } <= names
    for name in (
        "till",
        "intake",
        "items",
        "events",
        "makers",
        "statements",
        "journal",
        "event_till",
    ):
        image = QImage(str(out / f"{name}.png"))
        assert (image.width(), image.height()) == (1366, 768)
        colours = {
            image.pixelColor(x, y).rgb() for x in range(0, 1366, 37) for y in range(0, 768, 29)
        }
        assert len(colours) > 4, f"{name}: the picture is nearly one colour"
