"""Start the window: QApplication (Fusion), translations, the exception hook, the runner, login, main window."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog

from siks_desktop.db.migrate import open_database
from siks_desktop.services import Services

from .context import AppContext, load_session_info
from .dialogs.login import LoginDialog
from .drafts import DraftStore
from .errors import install_excepthook, report_error
from .i18n import install_translator
from .main_window import MainWindow
from .prefs import Prefs, data_dir
from .tasks import Runner


def make_app(argv: list[str] | None = None, prefs: Prefs | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("SIKS Desktop")
    app.setOrganizationName("SIKS Desktop")
    app.setStyle("Fusion")
    prefs = prefs or Prefs()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    install_translator(app, prefs.language)
    font = app.font()
    font.setPointSize(prefs.font_size)
    app.setFont(font)
    return app


def build_context(services: Services, runner: Runner, prefs: Prefs, db_label: str) -> AppContext:
    """Blocking (used once after login and in tests): reads kelurahan and tahap."""
    kel, tahap, tahaps = load_session_info(services)
    return AppContext(services=services, runner=runner, prefs=prefs, drafts=DraftStore(data_dir(), db_label),
                      kelurahan=kel, tahap=tahap, tahaps=tahaps)


def run(db_path: str | Path) -> int:
    """Open the login on ``db_path`` (created and migrated if new), then the main window. Returns the exit code."""
    prefs = Prefs()
    app = make_app(prefs=prefs)
    install_excepthook()
    runner = Runner()
    try:
        engine = open_database(db_path)
    except Exception as exc:  # noqa: BLE001 - shown through the funnel, then exit
        report_error(None, exc)
        runner.shutdown()
        return 1
    services = Services(engine)
    try:
        kel = services.settings.kelurahan()
    except Exception:  # noqa: BLE001
        kel = None
    place = (QCoreApplication.translate("App", "Kelurahan {name}, Kecamatan {kec}").format(
        name=kel.kelurahan_name, kec=kel.kecamatan_name) if kel else str(db_path))
    login = LoginDialog(services, runner, place=place, last_user=prefs.last_user)
    if login.exec() != QDialog.DialogCode.Accepted or login.result_services is None:
        runner.shutdown()
        return 0
    user_services = login.result_services
    prefs.last_user = user_services.actor.username
    ctx = build_context(user_services, runner, prefs, str(Path(db_path).expanduser().resolve()))
    window = MainWindow(ctx)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.show()
    if os.environ.get("SIKS_UI_SMOKE"):  # packaging check: start, show, quit
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(os.environ["SIKS_UI_SMOKE"]), app.quit)
    code = app.exec()
    runner.shutdown()
    engine.dispose()
    return code
