"""The prelist wizard: file → source/mapping → preview → import with progress → summary; Cancel writes nothing."""
from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from tests.ui.conftest import PASSWORD, screenshot, wait_idle

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "prelist"


@pytest.fixture
def ctx(ui_env, services, runner):  # type: ignore[no-untyped-def]
    from ui.app import build_context
    from ui.prefs import Prefs

    return build_context(services.login("operator", PASSWORD), runner, Prefs(), "test.db")


def _count_people(services) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from siks_desktop.db.models import Anggota

    with services.ctx.uow.read() as s:
        return s.scalar(select(func.count()).select_from(Anggota))


def _to_preview(qtbot, runner, wizard, source: str, name: str):  # type: ignore[no-untyped-def]
    wizard.file_page.path.setText(str(FIXTURES / name))
    assert wizard.file_page.isComplete()
    wizard.next()
    wait_idle(qtbot, runner)
    page = wizard.mapping_page
    page.source.setCurrentIndex(page.source.findData(source))
    wait_idle(qtbot, runner)
    qtbot.waitUntil(page.isComplete)
    return page


def test_wizard_imports_fixture_and_shows_counts(qtbot, ctx, runner, services, messages, tmp_path):  # type: ignore[no-untyped-def]
    from ui.pages.prelist import PrelistPage

    page = PrelistPage(ctx)
    qtbot.addWidget(page)
    page.resize(1190, 700)
    page.show()
    wizard = page.open_wizard()
    screenshot(wizard, "prelist-1-berkas")
    mapping = _to_preview(qtbot, runner, wizard, "p3ke", "p3ke.xlsx")
    assert mapping.mapping()["nik"]
    assert mapping.table.rowCount() >= 5
    screenshot(wizard, "prelist-2-pemetaan")
    mapping.save_mapping_file(str(tmp_path / "map.json"))
    assert json.loads((tmp_path / "map.json").read_text())["header_row"] == mapping.header_row.value()

    wizard.next()
    wait_idle(qtbot, runner)
    preview = wizard.preview_page
    assert preview.rows.rowCount() > 0
    assert preview.problems.rowCount() > 0
    screenshot(wizard, "prelist-3-pratinjau")

    before = _count_people(services)
    wizard.next()
    wait_idle(qtbot, runner)
    imp = wizard.import_page
    expected = json.loads((FIXTURES / "p3ke.expected.json").read_text())
    assert imp.result is not None and not messages
    assert imp.result.rows_imported == expected["rows_imported"]
    assert imp.result.rows_rejected == expected["rows_rejected"]
    shown = {imp.counts.itemAt(i, imp.counts.ItemRole.LabelRole).widget().text():
             imp.counts.itemAt(i, imp.counts.ItemRole.FieldRole).widget().text() for i in range(imp.counts.rowCount())}
    assert shown["Orang baru diimpor:"] == str(expected["rows_imported"])
    assert shown["Baris ditolak:"] == str(expected["rows_rejected"])
    assert _count_people(services) == before + expected["rows_imported"]
    assert imp.report_button.isEnabled()
    screenshot(wizard, "prelist-4-ringkasan")
    imp.save_report_file(str(tmp_path / "laporan.xlsx"))
    wait_idle(qtbot, runner)
    assert (tmp_path / "laporan.xlsx").stat().st_size > 0
    wizard.accept()
    assert page.table.rowCount() == 1
    screenshot(page, "prelist-halaman")


def test_wizard_with_saved_mapping(qtbot, ctx, runner, messages):  # type: ignore[no-untyped-def]
    from ui.pages.prelist import PrelistWizard

    wizard = PrelistWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(FIXTURES / "mapped.xlsx"))
    wizard.next()
    wait_idle(qtbot, runner)
    messages.clear()  # the unmapped layout may not be found without the mapping file
    m = wizard.mapping_page
    m.load_mapping_file(str(FIXTURES / "mapped.mapping.json"))
    wait_idle(qtbot, runner)
    assert m.mapping()["nik"] == "Nomor Identitas"
    assert m.isComplete()


def test_cancel_writes_nothing(qtbot, ctx, runner, services, messages):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QProgressDialog

    from ui.pages.prelist import PrelistWizard

    wizard = PrelistWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_preview(qtbot, runner, wizard, "kjp", "kjp.xlsx")
    wizard.next()
    wait_idle(qtbot, runner)
    before = _count_people(services)

    gate = threading.Event()
    runner.run(lambda: gate.wait(10))  # hold the worker so the import is queued behind it
    wizard.next()  # starts the import (queued)
    dialogs = wizard.findChildren(QProgressDialog)
    assert dialogs
    dialogs[-1].canceled.emit()  # what clicking Batal does
    gate.set()
    wait_idle(qtbot, runner)
    imp = wizard.import_page
    assert imp.cancelled and imp.result is None
    assert "Tidak ada data yang disimpan" in imp.banner.text()
    assert _count_people(services) == before
    assert not messages
    screenshot(wizard, "prelist-5-dibatalkan")
