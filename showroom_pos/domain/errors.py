"""Errors a user can act on, each with a message in Indonesian and English."""

from __future__ import annotations

from typing import Any

from showroom_pos.domain.text import render

# Exit codes of the command line, one per kind of outcome.
EXIT_OK = 0
EXIT_BUG = 1
EXIT_REFUSED = 2
EXIT_VERIFY_FAILED = 3
EXIT_STORAGE = 4  # disk full, read-only, no access, file locked
EXIT_SERVER = 5  # database server unreachable, login refused, database address wrong
EXIT_DAMAGED = 6  # the database file is damaged


class ShowroomError(Exception):
    """A refusal the user can understand and act on; nothing was changed."""

    exit_code = EXIT_REFUSED

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("id"))

    def message(self, lang: str = "id") -> str:
        return render(self.code, lang, self.params)


class ValidationError(ShowroomError):
    """Input that is malformed, out of range, or refers to nothing known."""


class NotFound(ShowroomError):
    """A maker, item, receipt or user that does not exist."""


class PermissionDenied(ShowroomError):
    """The acting user's role may not do this."""


class StockError(ShowroomError):
    """Not enough stock, or the piece is already sold."""


class PeriodClosed(ShowroomError):
    """The month is closed for this maker; corrections go into an open month."""


class AuthError(ShowroomError):
    """Login refused: wrong name or password, locked or inactive account."""


class DatabaseError(ShowroomError):
    """The database is not ours, is newer than the program, or cannot be used."""


class PrinterError(ShowroomError):
    """A printer that is missing, off, refused or stopped; what was saved stays saved.

    `sale_saved` adds, for a receipt, that the sale itself is safe and can be printed again."""

    def __init__(self, code: str, /, *, sale_saved: bool = False, **params: Any) -> None:
        self.sale_saved = sale_saved
        super().__init__(code, **params)

    def message(self, lang: str = "id") -> str:
        text = render(self.code, lang, self.params)
        return f"{text} {render('printer.sale_saved', lang, {})}" if self.sale_saved else text


class StorageFault(DatabaseError):
    """The disk or file system refused: full, read-only, no access, locked; nothing saved."""

    exit_code = EXIT_STORAGE


class ServerFault(DatabaseError):
    """The database server cannot be reached or refused the login, or its address is wrong."""

    exit_code = EXIT_SERVER


class DamagedFault(DatabaseError):
    """The database file is damaged; restore the last backup."""

    exit_code = EXIT_DAMAGED
