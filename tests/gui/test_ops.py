"""The one shape of a GUI action: off the GUI thread, saves in order, refusals and bugs shown,
changes announced as typed values; and the check that screens never save on the GUI thread."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from showroom_pos.domain.errors import ValidationError
from showroom_pos.gui import ops
from showroom_pos.gui.errors import current_language
from showroom_pos.gui.ops import Change, Changes, query, save
from tests.conftest import Showroom
from tests.gui.conftest import GUI_DIR
from tests.gui.waiting import settle


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_saves_run_one_after_another_off_the_gui_thread(parent: QWidget) -> None:
    ran: list[tuple[int, str, bool]] = []
    results: list[int] = []

    def slow_save(number: int) -> int:
        on_gui_thread = threading.current_thread() is threading.main_thread()
        ran.append((number, "start", on_gui_thread))
        time.sleep(0.05 if number == 0 else 0)
        ran.append((number, "end", on_gui_thread))
        return number

    for number in range(3):
        save(parent, lambda n=number: slow_save(n), Change.NOTHING, None).success(
            results.append
        ).run()
    assert results == []  # nothing came back while the GUI thread was busy asking
    settle()
    assert [(n, step) for n, step, _gui in ran] == [
        (0, "start"),
        (0, "end"),
        (1, "start"),
        (1, "end"),
        (2, "start"),
        (2, "end"),
    ]
    assert not any(gui for _n, _s, gui in ran)
    assert results == [0, 1, 2]


def test_a_save_announces_what_it_changed_before_its_result_is_shown(parent: QWidget) -> None:
    changes = Changes()
    heard: list[object] = []
    changes.changed.connect(lambda change: heard.append(change))
    save(parent, lambda: "done", Change.STOCK | Change.SALES, changes).success(
        lambda result: heard.append(result)
    ).run()
    settle()
    assert heard == [Change.STOCK | Change.SALES, "done"]
    assert isinstance(heard[0], Change)


def test_a_refusal_is_a_message_and_a_bug_is_the_bug_dialog(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    bugs: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: bugs.append(box.detailedText()))
    changes = Changes()
    heard: list[object] = []
    changes.changed.connect(heard.append)

    def refused() -> None:
        raise ValidationError("price.unchanged")

    def broken() -> None:
        raise KeyError("a bug")

    save(parent, refused, Change.STOCK, changes).run()
    save(parent, broken, Change.STOCK, changes).run()
    settle()
    assert warned == [ValidationError("price.unchanged").message(current_language())]
    assert len(bugs) == 1 and "KeyError: 'a bug'" in bugs[0]
    assert heard == []  # nothing changed, nothing announced


def test_a_refusal_can_go_to_a_label_and_after_runs_either_way(parent: QWidget) -> None:
    said: list[str] = []
    after: list[str] = []

    def refused() -> None:
        raise ValidationError("price.unchanged")

    query(parent, refused).refusals_to(said.append).after(lambda: after.append("x")).run()
    query(parent, lambda: 1).after(lambda: after.append("y")).run()
    settle()
    assert said == [ValidationError("price.unchanged").message(current_language())]
    assert sorted(after) == ["x", "y"]


def test_a_slow_save_shows_a_progress_window(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(ops, "PROGRESS_DELAY_MS", 10)
    release = threading.Event()
    save(parent, lambda: release.wait(5), Change.NOTHING, None, "Saving the sale...").run()
    deadline = time.monotonic() + 5
    shown: list[str] = []
    while time.monotonic() < deadline and not shown:
        QApplication.processEvents()
        shown = [
            w.labelText()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ops.BusyWindow) and w.isVisible()
        ]
    release.set()
    settle()
    assert shown == ["Saving the sale..."]


def test_the_check_catches_a_screen_that_saves_on_the_gui_thread(
    sqlite_showroom: Showroom, saves_off_the_gui_thread: list[str]
) -> None:
    """The autouse check itself: a save called from a module of the GUI is recorded."""
    screen_code = compile(
        "def save_now(ledger):\n    with ledger.write():\n        pass\n",
        str(GUI_DIR / "screens" / "careless_screen.py"),
        "exec",
    )
    namespace: dict[str, object] = {}
    exec(screen_code, namespace)
    namespace["save_now"](sqlite_showroom.ledger)  # type: ignore[operator]
    assert saves_off_the_gui_thread == ["careless_screen.py:2 save_now"]
    saves_off_the_gui_thread.clear()  # seen; the test itself passes
    with sqlite_showroom.ledger.write():  # a test's own set-up is no screen
        pass
    assert saves_off_the_gui_thread == []
    assert Path(__file__).parent != GUI_DIR


def test_a_failing_disk_is_a_message_and_an_uncaught_bug_is_shown_and_logged(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import logging
    import sys

    from showroom_pos import logs, paths
    from showroom_pos.gui.errors import install_exception_hook

    warned: list[str] = []
    bugs: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: bugs.append((box.text(), box.detailedText()))
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logs.configure(console=False)

    def disk_full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/media/flashdisk/cadangan")

    save(parent, disk_full, Change.STOCK, Changes()).run()
    settle()
    assert len(warned) == 1 and "/media/flashdisk/cadangan" in warned[0] and not bugs

    install_exception_hook()
    try:
        raise LookupError("tidak tertangkap 5150")
    except LookupError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert len(bugs) == 1 and str(paths.log_path()) in bugs[0][0]
    assert "LookupError: tidak tertangkap 5150" in bugs[0][1]
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "tidak tertangkap 5150" in paths.log_path().read_text(encoding="utf-8")
