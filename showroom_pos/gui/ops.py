"""One shape for every GUI action that reaches the database or a device.

A screen never calls a service on the GUI thread. It hands the call to `save` (writes: one
worker thread, so saves happen one after another in the order asked) or `query` (reads and slow
work: the shared pool). While the call runs the window shows a busy cursor, and after a moment a
progress window; a refusal comes back as a message, a bug as the bug dialog. A save says what it
changed as a `Change`; screens subscribe to the changes they show.

    save(self, lambda: stock.change_price(...), Change.STOCK, self.context.changes) \\
        .success(self.price_changed).run()
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from showroom_pos.domain.errors import ShowroomError
from showroom_pos.gui.errors import current_language, show_error

T = TypeVar("T")
PROGRESS_DELAY_MS = 600


class Change(enum.Flag):
    """What a save changed, so that the screens showing it refresh."""

    NOTHING = 0
    SALES = enum.auto()  # sales, refunds, shifts, cash movements, day closes
    STOCK = enum.auto()  # items, intake, returns, counts, prices
    MAKERS = enum.auto()
    SETTLEMENTS = enum.auto()  # finalized statements and payouts
    SETTINGS = enum.auto()  # the showroom's settings and tills
    USERS = enum.auto()
    PRINTS = enum.auto()  # the print queue
    EVENTS = enum.auto()  # events (pameran): created, pieces sent and back, packed, merged


class Changes(QObject):
    """The program's noticeboard of changes; `changed` carries a `Change`."""

    changed = Signal(object)

    def announce(self, change: Change) -> None:
        if change:
            self.changed.emit(change)


class BusyWindow(QDialog):
    """Says what the program is doing while a slow step runs; the window waits for it."""

    def __init__(self, text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QApplication.translate("ops", "Please wait"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(340)  # readable from the counter, not a sliver
        layout = QVBoxLayout(self)
        self.label = QLabel(text, self)
        layout.addWidget(self.label)
        bar = QProgressBar(self)
        bar.setRange(0, 0)  # no end known: it moves
        layout.addWidget(bar)

    def labelText(self) -> str:
        return self.label.text()

    def reject(self) -> None:
        """Escape does not hide it: the step goes on and its result comes back here."""


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # handed to the GUI thread, never lost
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


_writer: QThreadPool | None = None
_running: set[_Relay] = set()


def _writer_pool() -> QThreadPool:
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)  # one thread: saves run in the order asked
    return _writer


class Op(Generic[T]):
    """One call into the services, run off the GUI thread; build it, then `run()` it."""

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[], T],
        *,
        writes: bool,
        changes: Change = Change.NOTHING,
        notify: Changes | None = None,
        label: str = "",
        quiet: bool = False,
    ) -> None:
        self.parent = parent
        self.work = work
        self.writes = writes
        self.changes = changes
        self.notify = notify
        self.label = label
        self.quiet = quiet
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._finally: Callable[[], None] | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        """Replace the default (the refusal as a message, a bug as the bug dialog)."""
        self._failure = callback
        return self

    def refusals_to(self, show: Callable[[str], None]) -> Op[T]:
        """A refusal's message goes to `show` (a label in a dialog); a bug still to the bug
        dialog."""

        def failed(error: BaseException) -> None:
            if isinstance(error, ShowroomError):
                show(error.message(current_language()))
            else:
                show_error(self.parent if self._alive() else None, error)

        self._failure = failed
        return self

    def after(self, callback: Callable[[], None]) -> Op[T]:
        """Runs last either way (give the focus back, enable a button)."""
        self._finally = callback
        return self

    def run(self) -> None:
        relay = _Relay()
        _running.add(relay)
        progress: list[BusyWindow] = []
        timer = QTimer(relay)
        timer.setSingleShot(True)

        def show_progress() -> None:
            parent = self.parent if self._alive() else None
            dialog = BusyWindow(self.label or QApplication.translate("ops", "Working..."), parent)
            dialog.show()
            progress.append(dialog)

        def finish() -> None:
            timer.stop()
            for dialog in progress:
                dialog.close()
                dialog.deleteLater()
            if not self.quiet:
                QApplication.restoreOverrideCursor()
            _running.discard(relay)

        def done(result: T) -> None:
            finish()
            if self.notify is not None:
                self.notify.announce(self.changes)
            try:
                if self._success is not None and self._alive():
                    self._success(result)
            finally:
                self._end()

        def failed(error: BaseException) -> None:
            finish()
            try:
                if self._failure is not None and self._alive():
                    self._failure(error)
                else:
                    show_error(self.parent if self._alive() else None, error)
            finally:
                self._end()

        relay.done.connect(done, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        if not self.quiet:
            timer.timeout.connect(show_progress)
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            timer.start(PROGRESS_DELAY_MS)
        pool = _writer_pool() if self.writes else QThreadPool.globalInstance()
        pool.start(_Job(self.work, relay))

    def _alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _end(self) -> None:
        if self._finally is not None and self._alive():
            self._finally()


def save(
    parent: QWidget | None,
    work: Callable[[], T],
    changes: Change,
    notify: Changes | None,
    label: str = "",
) -> Op[T]:
    """A write: serialised with every other save of this program, then `changes` announced."""
    return Op(parent, work, writes=True, changes=changes, notify=notify, label=label)


def query(
    parent: QWidget | None, work: Callable[[], T], label: str = "", quiet: bool = False
) -> Op[T]:
    """A read or slow work (a PDF, a printer's answer). `quiet` shows no busy cursor."""
    return Op(parent, work, writes=False, label=label, quiet=quiet)


class FollowChanges(QObject):
    """A screen's data follows the changes it shows. A screen hidden behind another one only
    notes that it is out of date and reads again when it is shown (a sale does not reload a
    500-item list nobody is looking at)."""

    def __init__(
        self, screen: QWidget, changes: Changes, shown: Change, reload: Callable[[], None]
    ) -> None:
        super().__init__(screen)
        self.screen = screen
        self.shown = shown
        self.reload = reload
        self.stale = False
        changes.changed.connect(self.changed)
        screen.installEventFilter(self)

    def changed(self, change: Change) -> None:
        if change & self.shown:
            self.load()

    def load(self) -> None:
        """Read now if the screen can be seen (or stands alone), else when it is shown."""
        behind = self.screen.window() is not self.screen and not self.screen.isVisible()
        if behind:
            self.stale = True
        else:
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.screen and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.reload()
        return False


class Latest:
    """Reads whose latest answer wins: a screen's list reloaded while a filter is typed.

    An answer that comes back after a newer question was asked is dropped."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.asked = 0

    def load(
        self,
        work: Callable[[], T],
        show: Callable[[T], None],
        refused: Callable[[str], None] | None = None,
    ) -> None:
        self.asked += 1
        asked = self.asked
        op = query(self.parent, work, quiet=True).success(
            lambda result: show(result) if asked == self.asked else None
        )
        if refused is not None:
            op.refusals_to(lambda message: refused(message) if asked == self.asked else None)
        op.run()


class ProgressTask(QObject):
    """Long work that reports how far it got and stops when asked (the statements batch).

    `work(progress, cancelled)` runs on the pool; `progress(done, total)` may be called
    from there; the signals arrive on the GUI thread."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()

    def start(self) -> None:
        relay = _Relay()
        _running.add(relay)

        def finish(result: Any, failed: bool) -> None:
            _running.discard(relay)
            (self.failed if failed else self.done).emit(result)

        relay.done.connect(lambda result: finish(result, False), Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(lambda error: finish(error, True), Qt.ConnectionType.QueuedConnection)
        job = _Job(lambda: self._work(self.progressed.emit, self._stop.is_set), relay)
        QThreadPool.globalInstance().start(job)  # reads and PDFs: saves never wait for it

    def cancel(self) -> None:
        self._stop.set()


def busy() -> bool:
    """Some save or query has not handed back its result yet."""
    return bool(_running)


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Tests and shutdown: wait until every save and query has handed back its result."""
    finished = True
    for _ in range(50):  # a callback may start the next op
        finished = bool(_writer_pool().waitForDone(timeout_ms)) and finished
        finished = bool(QThreadPool.globalInstance().waitForDone(timeout_ms)) and finished
        QApplication.processEvents()
        if not _running:
            break
    return finished and not _running
