"""Slow work off the GUI thread: the result comes back through a signal; a progress dialog
appears only when the work takes longer than a moment."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

PROGRESS_DELAY_MS = 600


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


_running: set[_Relay] = set()


def run_in_background(parent: QWidget | None, work: Callable[[], Any],
                      on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                      label: str = "", quiet: bool = False) -> None:
    """Run `work` on the thread pool; `on_done` / `on_error` run on the GUI thread.

    `quiet` work (type-ahead search) shows neither a busy cursor nor a progress dialog."""
    relay = _Relay()
    _running.add(relay)
    progress: list[QProgressDialog] = []
    timer = QTimer(relay)
    timer.setSingleShot(True)

    def show_progress() -> None:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        progress.append(dialog)

    def finish() -> None:
        timer.stop()
        for dialog in progress:
            dialog.close()
            dialog.deleteLater()
        if not quiet:
            QApplication.restoreOverrideCursor()
        _running.discard(relay)

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(error: BaseException) -> None:
        finish()
        on_error(error)

    relay.done.connect(done, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    if not quiet:
        timer.timeout.connect(show_progress)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        timer.start(PROGRESS_DELAY_MS)
    QThreadPool.globalInstance().start(_Job(work, relay))


class ProgressTask(QObject):
    """Long work that reports how far it got and stops when asked (the statements batch).

    `work(progress, cancelled)` runs on the thread pool; `progress(done, total)` may be called
    from there; the signals arrive on the GUI thread."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()

    def start(self) -> None:
        relay = _Relay()
        _running.add(relay)

        def finish(result: Any, failed: bool) -> None:
            _running.discard(relay)
            (self.failed if failed else self.done).emit(result)

        relay.done.connect(lambda result: finish(result, False),
                           Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(lambda error: finish(error, True),
                             Qt.ConnectionType.QueuedConnection)
        job = _Job(lambda: self._work(self.progressed.emit, self._stop.is_set), relay)
        QThreadPool.globalInstance().start(job)

    def cancel(self) -> None:
        self._stop.set()


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Tests and shutdown: wait until every background job has handed back its result."""
    pool = QThreadPool.globalInstance()
    finished = pool.waitForDone(timeout_ms)
    QApplication.processEvents()
    return bool(finished) and not _running
