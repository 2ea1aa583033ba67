"""Errors shown to people: the showroom's refusals in their language, our bugs with details."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from showroom_pos.db.faults import fault_of
from showroom_pos.domain.errors import ShowroomError
from showroom_pos.logs import current_log

log = logging.getLogger(__name__)


def current_language() -> str:
    app = QCoreApplication.instance()
    lang = app.property("showroom_lang") if app is not None else None
    return str(lang) if lang else "id"


def message_of(error: BaseException) -> str:
    if isinstance(error, ShowroomError):
        return error.message(current_language())
    return str(error)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A refusal the user can act on as a warning; anything else as a bug with its trace."""
    if isinstance(error, ShowroomError):
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("errors", "Not done"),
            error.message(current_language()),
        )
        return
    fault = fault_of(error)
    if fault is not None:  # the disk, a file or the server failed: not a bug
        log.info("refused: %s", fault.code, exc_info=(type(error), error, error.__traceback__))
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("errors", "Not done"),
            fault.message(current_language()),
        )
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    where = current_log()
    text = QCoreApplication.translate(
        "errors",
        "Something went wrong inside the program. Nothing was saved by this step. "
        "Please tell the supervisor.",
    )
    if where is not None:
        text += " " + QCoreApplication.translate("errors", "The details are in {path}.").format(
            path=where
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "Program error"),
        text,
        parent=parent,
    )
    box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()


def install_exception_hook() -> None:
    """An exception nobody caught (in a slot, a timer, a thread) is shown and logged, not lost:
    the windowed program has no console to print it to."""

    def shown(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if trace is not None:
            error = error.with_traceback(trace)
        show_error(QApplication.activeWindow(), error)

    def in_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.error(
                "unexpected error in thread %s",
                args.thread,
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )

    sys.excepthook = shown
    threading.excepthook = in_thread
