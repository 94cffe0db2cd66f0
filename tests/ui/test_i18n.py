"""The English translation ships built (.qm), loads, and Pengaturan stores the choice; Indonesian formatting."""
from __future__ import annotations

import datetime as dt

from siks_desktop.resources import resource_path


def test_english_translation_loads(qtbot, qapp, services, runner):  # type: ignore[no-untyped-def]
    from siks_desktop.domain.messages import Problem
    from ui.dialogs.login import LoginDialog
    from ui.errors import problem_message
    from ui.i18n import install_translator

    assert resource_path("translations", "siks_en.qm").exists()
    try:
        assert install_translator(qapp, "en")
        dialog = LoginDialog(services, runner)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Log in — SIKS Desktop"
        text = problem_message(Problem("luas_lantai", "out_of_range", "error", params=(("min", 1), ("max", 10000))))
        assert text == "III.2 Luas lantai (m²) must be between 1 and 10000"
    finally:
        install_translator(qapp, "id")
    dialog2 = LoginDialog(services, runner)
    qtbot.addWidget(dialog2)
    assert dialog2.windowTitle() == "Masuk — SIKS Desktop"


def test_language_choice_is_saved(qtbot, window):  # type: ignore[no-untyped-def]
    page = window.settings
    page.language.setCurrentIndex(page.language.findData("en"))
    assert window.ctx.prefs.language == "en"
    assert "dibuka ulang" in page.note.text()


def test_indonesian_formats():  # type: ignore[no-untyped-def]
    from ui.i18n import fmt_date, fmt_date_long, fmt_int, parse_date

    assert fmt_int(1234567) == "1.234.567"
    assert fmt_date(dt.date(2023, 8, 17)) == "17-08-2023"
    assert fmt_date_long(dt.date(2023, 8, 17)) == "17 Agustus 2023"
    assert parse_date("17-08-2023") == dt.date(2023, 8, 17)
    assert parse_date("__-__-____") is None
