"""The Qt binding the program runs on keeps Python's count of references to None.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call of a method that
returns nothing or an empty value (setText, processEvents, property): after some thousands of
calls at the till the program aborted with "deallocating None". This pins that it does not."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_into_qt_leave_none_as_it_was(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    calls = 500
    before = sys.getrefcount(None)
    for _ in range(calls):
        label.setText("Rp250.000")
        label.property("problem")
        QCoreApplication.processEvents()
    lost = before - sys.getrefcount(None)
    assert lost < calls // 10, f"{lost} references to None lost in {calls} rounds"
