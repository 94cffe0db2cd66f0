"""Login dialog, the status bar, the error funnel and the launcher's argument split."""
from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import PASSWORD, screenshot, wait_idle


def test_login_succeeds(qtbot, ui_env, services, runner):  # type: ignore[no-untyped-def]
    from ui.dialogs.login import LoginDialog

    dialog = LoginDialog(services, runner, place="Kelurahan Gambir, Kecamatan Gambir")
    qtbot.addWidget(dialog)
    dialog.show()
    screenshot(dialog, "01_login")
    qtbot.keyClicks(dialog.username, "operator")
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.logged_in, timeout=10_000) as blocker:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert blocker.args[0].actor.username == "operator"
    assert dialog.result_services.actor.role == "operator"


def test_wrong_password_shows_message(qtbot, ui_env, services, runner):  # type: ignore[no-untyped-def]
    from ui.dialogs.login import LoginDialog

    dialog = LoginDialog(services, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("operator")
    dialog.password.setText("salah-sekali")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "Nama pengguna atau kata sandi salah" in dialog.message.text()
    assert dialog.result_services is None
    screenshot(dialog, "01b_login_error")


def test_empty_login_asks_for_both(qtbot, ui_env, services, runner):  # type: ignore[no-untyped-def]
    from ui.dialogs.login import LoginDialog

    dialog = LoginDialog(services, runner)
    qtbot.addWidget(dialog)
    dialog.submit()
    assert "Isi nama pengguna dan kata sandi" in dialog.message.text()


def test_status_bar_shows_user_role_kelurahan_tahap(window):  # type: ignore[no-untyped-def]
    text = window.status_label.text()
    assert "Siti Operator" in text
    assert "Operator kelurahan/desa" in text
    assert "Gambir" in text
    assert "Tahap:" in text and "hari" in text


def test_navigation_lists_only_existing_pages(window):  # type: ignore[no-untyped-def]
    items = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert items == ["Beranda", "Data Rumah Tangga", "Prelist", "Musyawarah", "Pengaturan"]


def test_home_page_counts(qtbot, window, runner):  # type: ignore[no-untyped-def]
    wait_idle(qtbot, runner)
    assert "60 rumah tangga" in window.home.totals.text()
    assert window.home.by_status.rowCount() > 1
    assert window.home.by_source.rowCount() >= 1
    assert "Sisa" in window.home.schedule.text() or "berakhir" in window.home.schedule.text()
    screenshot(window, "02_beranda")


def test_error_funnel_translates_codes():  # type: ignore[no-untyped-def]
    from siks_desktop.errors import AuthenticationFailed, Conflict, SiksError
    from ui.errors import error_message

    assert "kata sandi salah" in error_message(AuthenticationFailed())
    assert "NIK sudah terdaftar" in error_message(Conflict("nik_duplicate", "x"))
    assert error_message(SiksError("something_new", "Kalimat inti.")) == "Kalimat inti."


def test_report_holds_no_personal_data():  # type: ignore[no-untyped-def]
    import sys

    from ui.errors import build_report

    nik, name = "3171014107900001", "Budi Santoso"
    try:
        raise ValueError(f"bad NIK {nik} for {name}")
    except ValueError:
        report = build_report(*sys.exc_info())
    assert nik not in report and "Budi" not in report
    assert "ValueError" in report and "test_report_holds_no_personal_data" in report


def test_report_dialog_copies(qtbot, qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ui.errors import ReportDialog

    dialog = ReportDialog("SIKS Desktop 0.1.0\nbuiltins.ValueError")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert "builtins.ValueError" in QApplication.clipboard().text()


def test_launcher_routes_commands(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    import ui.app
    from ui import launcher

    seen: dict[str, object] = {}
    monkeypatch.setattr(ui.app, "run", lambda path: seen.setdefault("window", path) and 0)
    assert launcher.main(["--db", str(tmp_path / "x.db")]) == 0
    assert seen["window"] == tmp_path / "x.db"
    db, rest = launcher._split(["--db", "a.db", "households", "list"])
    assert db == "a.db" and launcher.has_command(rest)
    assert not launcher.has_command([])
