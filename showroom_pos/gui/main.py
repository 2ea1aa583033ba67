"""Start the desktop program: Qt application, first-run set-up, login, main window."""

from __future__ import annotations

import gc
import importlib
import sys

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from showroom_pos.domain.text import english
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.dialogs.login_dialog import LoginDialog
from showroom_pos.gui.errors import install_exception_hook
from showroom_pos.gui.ops import wait_for_background
from showroom_pos.gui.style import STYLESHEET
from showroom_pos.paths import resources_dir
from showroom_pos.services.admin import settings
from showroom_pos.services.admin.users import count_users
from showroom_pos.services.context import Ledger
from showroom_pos.services.stock import events
from showroom_pos.this_computer import till_code

DEMO_TILL = "K1"


_translators: list[QTranslator] = []


def install_language(app: QApplication, lang: str) -> None:
    """Indonesian by default; the program's English source texts need no translation."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if english(lang):
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resources_dir() / "translations")
    for name, folder in (
        (f"qtbase_{lang}", qt_dir),
        (f"qt_extra_{lang}", ours),
        (f"showroom_pos_{lang}", ours),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)


def application(lang: str = "id") -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    sys.setswitchinterval(0.001)  # workers hand Python back to the GUI thread quickly
    app.setApplicationName("Showroom POS")
    app.setOrganizationName("Dekranasda Kota Pekalongan")
    app.setProperty("showroom_lang", lang)
    install_language(app, lang)
    app.setStyleSheet(STYLESHEET)
    app.setWindowIcon(program_icon())
    return app


def program_icon() -> QIcon:
    """The kawung icon in every size that was rendered from its SVG."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"showroom-pos-{size}.png"))
    return icon


def login_dialog(ledger: Ledger, *, demo: bool) -> LoginDialog:
    demo_logins: tuple[tuple[str, str, str], ...] = ()
    if demo:
        from showroom_pos.services.admin.demo import DEMO_LOGINS

        demo_logins = DEMO_LOGINS
    name = settings.get_settings(ledger).get("showroom.name", "Showroom POS")
    return LoginDialog(ledger, showroom_name=name, demo_logins=demo_logins)


def keep_long_lived() -> None:
    """What exists now (the program's code, an open window) lives as long as the program:
    Python's full garbage collection stops walking it. A full pass over it took 150 ms of the
    GUI thread at demo size, a freeze at the till."""
    gc.collect()
    gc.freeze()


def preload_main_window() -> None:
    """The main window's code, loaded before the login window shows: loading it after the
    password would freeze the window for a moment (a worker thread is no help: it fights the
    event loop for Python's lock and takes many times longer)."""
    main_window = importlib.import_module("showroom_pos.gui.main_window")
    for module in main_window.SCREEN_MODULES:
        importlib.import_module(module)


def run_gui(ledger: Ledger, *, demo: bool = False, lang: str | None = None) -> int:
    language = lang or settings.get_settings(ledger).get("language", "id")
    app = application(language)
    install_exception_hook()
    if not count_users(ledger):
        from showroom_pos.gui.dialogs.setup_wizard import SetupWizard

        wizard = SetupWizard(ledger)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return 0
    event = events.here(ledger)  # an event laptop sells on its event's till, unasked
    terminal = (
        event.till_code if event is not None else (DEMO_TILL if demo else till_code(ledger.url))
    )
    while True:
        if lang is None:  # a change in Settings applies from the next login
            language = settings.get_settings(ledger).get("language", "id")
            app.setProperty("showroom_lang", language)
            install_language(app, language)
        preload_main_window()
        keep_long_lived()
        login = login_dialog(ledger, demo=demo)
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return 0
        from showroom_pos.gui.main_window import MainWindow  # after the login window shows

        context = AppContext(ledger, login.actor, terminal, language, demo, event=event)
        window = MainWindow(context)
        logged_out: list[bool] = []
        window.logged_out.connect(lambda flags=logged_out: flags.append(True))
        window.showMaximized()  # the whole screen: the status bar stays on it
        keep_long_lived()
        window.check_integrity()
        app.exec()
        wait_for_background()  # a save still on its way finishes before the program ends
        if not logged_out:
            return 0
