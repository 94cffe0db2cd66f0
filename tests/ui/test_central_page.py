"""Impor Bundel (Dinsos page): a real bundle exported from the demo workstation is imported into the central store
through the runner (imported, then duplicate), the status and conflict tabs read the store, a conflict is closed
with a note; the page exists only for dinsos and admin."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from siks_desktop.io import pki as pki_mod

from .conftest import PASSWORD, screenshot, wait_idle

KEL = "31.71.01.1001"
CA_PW, P12_PW = b"ca-sandi", "sandi-p12"


@pytest.fixture(scope="module")
def dinsos_pki(tmp_path_factory):  # type: ignore[no-untyped-def]
    d = tmp_path_factory.mktemp("central-pki")
    ca = pki_mod.init_ca(d / "ca", "SIKS Dinsos Uji CA", CA_PW, key_size=2048)

    def issue(name, role, kel, stem):  # type: ignore[no-untyped-def]
        return pki_mod.issue(d / "ca", CA_PW, name=name, role=role, kelurahan_code=kel, out_p12=d / f"{stem}.p12",
                             p12_password=P12_PW.encode(), key_size=2048)

    return SimpleNamespace(ca=ca.cert, operator=issue("Siti Operator", "operator", KEL, "op"),
                           dinsos=issue("Bidang Data Dinsos", "dinsos", None, "dinsos"))


@pytest.fixture
def bundle(services, dinsos_pki, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    """Bundle 1 of the demo workstation (Gambir), exported as the CLI would."""
    key, cert, _ = pki_mod.load_p12(dinsos_pki.operator.p12, P12_PW.encode())
    _k, dinsos_cert, _ = pki_mod.load_p12(dinsos_pki.dinsos.p12, P12_PW.encode())
    out = tmp_path / "kiriman" / "gambir-00001.siks"
    out.parent.mkdir()
    services.bundles.export(out, kelurahan_code=KEL, recipients=[dinsos_cert], signer_key=key, signer_cert=cert)
    return out


@pytest.fixture
def dinsos_window(qtbot, ui_env, services, runner):  # type: ignore[no-untyped-def]
    from ui.app import build_context
    from ui.main_window import MainWindow
    from ui.prefs import Prefs

    services.accounts.add("dinsos", "dinsos", PASSWORD, nama_lengkap="Analis Data Dinsos")
    ctx = build_context(services.login("dinsos", PASSWORD), runner, Prefs(), "test.db")
    win = MainWindow(ctx)
    win.resize(1366, 768)
    win.show()
    wait_idle(qtbot, runner)
    yield win
    wait_idle(qtbot, runner)
    win.close()
    win.deleteLater()
    qtbot.wait(1)


def _nav_titles(win) -> list[str]:  # type: ignore[no-untyped-def]
    return [win.nav.item(i).text() for i in range(win.nav.count())]


def test_import_then_duplicate_status_and_conflict(qtbot, dinsos_window, runner, bundle, dinsos_pki, db_path):  # type: ignore[no-untyped-def]
    from siks_desktop.db.migrate import open_database
    from siks_desktop.db.models_central import CentralConflict
    from siks_desktop.db.uow import UnitOfWorkFactory
    from ui.pages.central import CentralPage

    win = dinsos_window
    row = _nav_titles(win).index("Impor Bundel")
    win.nav.setCurrentRow(row)
    page = win.pages.currentWidget()
    assert isinstance(page, CentralPage)
    assert page.store() == str(db_path.parent.resolve() / "pusat.db")  # default: beside the workstation database
    page.p12.setText(str(dinsos_pki.dinsos.p12))
    page.ca.setText(str(dinsos_pki.ca))
    page.unlock_keys(P12_PW)
    assert "Bidang Data Dinsos" in page.key_state.text()

    t = page.result_table
    page.import_files([str(bundle)])
    qtbot.waitUntil(lambda: t.rowCount() == 1, timeout=30_000)
    wait_idle(qtbot, runner)
    assert t.item(0, 3).data(Qt.ItemDataRole.UserRole) == "imported" and t.item(0, 3).text() == "Diimpor"
    assert (t.item(0, 1).text(), t.item(0, 2).text()) == (KEL, "1")
    receipt = Path(t.item(0, 5).data(Qt.ItemDataRole.UserRole))
    assert receipt.exists() and receipt.parent == bundle.parent
    link = t.cellWidget(0, 5)
    assert isinstance(link, QLabel) and receipt.name in link.text() and link.openExternalLinks()

    page.import_files([str(bundle)])
    qtbot.waitUntil(lambda: t.rowCount() == 2, timeout=30_000)
    wait_idle(qtbot, runner)
    assert t.item(1, 3).data(Qt.ItemDataRole.UserRole) == "duplicate"
    assert "sudah pernah diimpor" in t.item(1, 4).text()
    assert "1 diimpor" not in page.summary.text() and "1 duplikat" in page.summary.text()

    page.tabs.setCurrentIndex(1)
    wait_idle(qtbot, runner)
    s = page.status_table
    assert s.rowCount() == 1 and s.item(0, 0).text() == KEL and s.item(0, 1).text() == "1"
    assert int(s.item(0, 5).text().replace(".", "")) > 0  # households in the central store

    page.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    shot = screenshot(win, "central-import")
    assert shot.exists()

    # a conflict for review, closed with a note
    store = open_database(page.store())
    with UnitOfWorkFactory(store)() as sess:
        sess.add(CentralConflict(kelurahan_kode=KEL, bundle_id="0" * 32, entity="anggota", uid="a" * 32,
                                 reason="nik_other_kelurahan", nik=None, other_uid="b" * 32,
                                 other_kelurahan_kode="31.71.01.1002", incoming="{}", status="open"))
    store.dispose()
    page.tabs.setCurrentIndex(2)
    wait_idle(qtbot, runner)
    c = page.conflict_table
    assert c.rowCount() == 1 and c.item(0, 3).text() == "NIK sudah terdaftar di kelurahan lain"
    screenshot(win, "central-conflicts")
    c.selectRow(0)
    page.note.setText("Data benar milik Cideng")
    page.resolve_button.click()
    wait_idle(qtbot, runner)
    assert c.rowCount() == 0
    page.show_resolved.setChecked(True)
    wait_idle(qtbot, runner)
    assert c.rowCount() == 1 and c.item(0, 7).text() == "Data benar milik Cideng"


def test_wrong_key_is_refused(qtbot, dinsos_window, dinsos_pki):  # type: ignore[no-untyped-def]
    from siks_desktop.errors import SiksError

    page = dinsos_window.pages.widget(_nav_titles(dinsos_window).index("Impor Bundel"))
    page.p12.setText(str(dinsos_pki.operator.p12))
    page.ca.setText(str(dinsos_pki.ca))
    with pytest.raises(SiksError) as e:
        page.unlock_keys(P12_PW)
    assert e.value.code == "wrong_role"


def test_operators_do_not_see_the_page(window):  # type: ignore[no-untyped-def]
    assert "Impor Bundel" not in _nav_titles(window)
