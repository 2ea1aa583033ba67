"""Errors shown to people: the showroom's refusals in their language, our bugs with details."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from showroom_pos.domain.errors import ShowroomError

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
        QMessageBox.warning(parent, QCoreApplication.translate("errors", "Not done"),
                            error.message(current_language()))
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("errors", "Program error"),
                      QCoreApplication.translate(
                          "errors", "Something went wrong inside the program. Nothing was "
                          "saved by this step. Please tell the supervisor."), parent=parent)
    box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()
