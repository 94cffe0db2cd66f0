"""Rekap & Pengesahan page (issue 7): a kecamatan store built as in tests/kota (two kelurahan whose Lurah signed the
BA, imported from their bundles; optionally a third whose BA was never signed) shown with the right totals; signing a
letter with canned answers lists it; an unsigned BA shows "belum ada" and the letter is refused naming it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.kota.conftest import KEL_A, KEL_B, KEL_C, P12_PW, kpki, make_workstation  # noqa: F401 - kpki: fixture
from tests.ui._ba_fixtures import make_window
from tests.ui.conftest import screenshot, wait_idle


def _cli(*argv: str) -> None:
    from siks_desktop.cli import main

    assert main(["--json", *argv]) == 0, argv


@pytest.fixture(scope="module")
def stores(tmp_path_factory, kpki):  # type: ignore[no-untyped-def]  # noqa: F811
    """Two central stores: A+B (both BA signed), and A+B+C (C's BA never signed). Expected counts per kelurahan."""
    from sqlalchemy import func, select

    from siks_desktop.db.engine import make_engine
    from siks_desktop.db.models import Anggota, Keluarga, Ruta
    from siks_desktop.db.uow import UnitOfWorkFactory

    d = tmp_path_factory.mktemp("kota-ui")
    names = {KEL_A: "gambir", KEL_B: "cideng", KEL_C: "petojo"}
    engines = {KEL_A: make_workstation(d / "gambir.db", KEL_A, 40, 11, kpki.lurah[KEL_A]),
               KEL_B: make_workstation(d / "cideng.db", KEL_B, 30, 12, kpki.lurah[KEL_B]),
               KEL_C: make_workstation(d / "petojo.db", KEL_C, 20, 13, None)}
    expected = {}
    for kel, engine in engines.items():
        with UnitOfWorkFactory(engine).read() as s:
            expected[kel] = {"ruta": s.scalar(select(func.count()).select_from(Ruta)),
                             "keluarga": s.scalar(select(func.count()).select_from(Keluarga)),
                             "jiwa": s.scalar(select(func.count()).select_from(Anggota))}
        engine.dispose()
    bundles = {}
    for kel, name in names.items():
        bundles[kel] = d / f"{name}-1.siks"
        _cli("--db", str(d / f"{name}.db"), "export", "--out", str(bundles[kel]), "--full", "--recipient",
             str(kpki.dinsos.cert_pem), "--sign", str(kpki.operator[kel].p12), "--password-file",
             str(kpki.password_file))
    two, three = d / "kecamatan-2.db", d / "kecamatan-3.db"
    for store, kels in ((two, (KEL_A, KEL_B)), (three, (KEL_A, KEL_B, KEL_C))):
        _cli("central", "--db", str(store), "import", *(str(bundles[k]) for k in kels), "--key",
             str(kpki.dinsos.p12), "--ca", str(kpki.ca), "--password-file", str(kpki.password_file))
        engine = make_engine(store)  # fold the WAL into the file: the tests copy the file alone
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
    return {"two": two, "three": three, "expected": expected}


@pytest.fixture
def admin_window(qtbot, ui_env, services, runner):  # type: ignore[no-untyped-def]
    win = make_window(qtbot, services, runner, "admin")
    yield win
    wait_idle(qtbot, runner)


def _page(win):  # type: ignore[no-untyped-def]
    from ui.pages.kota import KotaPage

    pages = [win.pages.widget(i) for i in range(win.pages.count())]
    page = next(p for p in pages if isinstance(p, KotaPage))
    win.nav.setCurrentRow(win.pages.indexOf(page))
    return page


def _load(qtbot, win, store: Path, ca: Path):  # type: ignore[no-untyped-def]
    page = _page(win)
    page.url.setText(str(store))
    page.ca.setText(str(ca))
    page.tahap.setCurrentIndex(page.tahap.findData(1))
    page.load()
    wait_idle(qtbot, win.ctx.runner)
    assert page.rekap is not None, page.status.text()
    return page


def _row(page, name: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    for r in range(page.table.rowCount()):
        if page.table.item(r, 1).text() == name:
            return {k: page.table.item(r, c).text() for c, k in enumerate(page.COLUMNS)}
    raise AssertionError(f"{name} not in the rekap table")


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def test_rekap_and_signing(qtbot, admin_window, stores, kpki, tmp_path, monkeypatch,  # noqa: F811
                           messages):  # type: ignore[no-untyped-def]
    from ui.pages import kota as kota_mod
    from ui.prefs import config_path
    from ui.widgets import pdf_actions

    store = tmp_path / "kecamatan.db"
    shutil.copy(stores["two"], store)
    page = _load(qtbot, admin_window, store, kpki.ca)
    exp = stores["expected"]
    for kel, name in ((KEL_A, "Gambir"), (KEL_B, "Cideng")):
        row = _row(page, name)
        assert (row["ruta"], row["keluarga"], row["jiwa"]) == tuple(_fmt(exp[kel][n]) for n in
                                                                    ("ruta", "keluarga", "jiwa"))
        assert row["kecamatan"] == "Gambir" and row["bundel"] == "#1" and row["ba"] == "sah"
    total = _row(page, "JUMLAH")
    assert total["ruta"] == _fmt(exp[KEL_A]["ruta"] + exp[KEL_B]["ruta"])
    assert total["jiwa"] == _fmt(exp[KEL_A]["jiwa"] + exp[KEL_B]["jiwa"])
    assert page.table.rowCount() == 3
    missing = [page.missing.item(i).text() for i in range(page.missing.count())]
    assert "Petojo Utara (Kec. Gambir)" in missing and len(missing) > 4  # the whole kota by default
    assert "central_url" in Path(config_path()).read_text()  # remembered
    assert not page.submission_button.isEnabled()  # no letter yet

    monkeypatch.setattr(kota_mod, "ask_pengesahan", lambda parent: {
        "penandatangan": "walikota", "nip": "19700101 199503 1 001", "p12": str(kpki.walikota.p12),
        "passphrase": P12_PW, "paraf": str(kpki.camat.p12), "paraf_passphrase": P12_PW})
    page.sign_button.click()
    wait_idle(qtbot, admin_window.ctx.runner)
    assert not messages, messages
    assert page.letters_table.rowCount() == 1, page.status.text()
    assert "Dhany Sukma" in page.letters_table.item(0, 2).text()
    assert page.letters_table.item(0, 4).text() == total["ruta"]
    assert "ditandatangani" in page.status.text()
    admin_window.resize(1366, 768)
    qtbot.wait(50)
    screenshot(admin_window, "kota-rekap-pengesahan")
    from ui.pages.kota import PengesahanDialog

    sign_dialog = PengesahanDialog(page)
    sign_dialog.show()
    qtbot.wait(20)
    screenshot(sign_dialog, "kota-pengesahan-dialog")
    sign_dialog.close()

    opened: list[Path] = []
    monkeypatch.setattr(pdf_actions, "open_in_viewer", lambda p: opened.append(Path(p)) or True)
    page.open_button.click()
    wait_idle(qtbot, admin_window.ctx.runner)
    assert opened and opened[0].read_bytes().startswith(b"%PDF")
    page.check_button.click()
    wait_idle(qtbot, admin_window.ctx.runner)
    dialog = page.check_dialog
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=20_000)
    assert dialog.verdict.valid and len(dialog.verdict.signatures) == 2
    screenshot(dialog, "kota-periksa-dokumen")
    dialog.close()

    # the SIKS-NG package into an empty folder
    folder = tmp_path / "paket"
    folder.mkdir()
    assert page.submission_button.isEnabled()
    monkeypatch.setattr(kota_mod, "ask_folder", lambda parent, title: str(folder))
    page.submission_button.click()
    wait_idle(qtbot, admin_window.ctx.runner)
    assert not messages, messages
    assert (folder / "manifest.json").exists() and "Paket SIKS-NG selesai" in page.status.text()


def test_unsigned_ba_is_shown_and_refused(qtbot, admin_window, stores, kpki, tmp_path, monkeypatch,  # noqa: F811
                                          messages):  # type: ignore[no-untyped-def]
    from ui.pages import kota as kota_mod

    store = tmp_path / "kecamatan.db"
    shutil.copy(stores["three"], store)
    page = _load(qtbot, admin_window, store, kpki.ca)
    row = _row(page, "Petojo Utara")
    assert row["ba"] in ("belum ada", "tidak sah")
    assert _row(page, "Gambir")["ba"] == "sah"
    admin_window.resize(1366, 768)
    qtbot.wait(50)
    screenshot(admin_window, "kota-rekap-belum-ada")
    monkeypatch.setattr(kota_mod, "ask_pengesahan", lambda parent: {
        "penandatangan": "walikota", "nip": None, "p12": str(kpki.walikota.p12), "passphrase": P12_PW,
        "paraf": None, "paraf_passphrase": ""})
    page.sign_button.click()
    wait_idle(qtbot, admin_window.ctx.runner)
    assert len(messages) == 1 and "Petojo Utara" in messages[0] and "Cideng" not in messages[0]
    assert page.letters_table.rowCount() == 0

    # the kecamatan alone: its other three kelurahan are the missing ones
    page.wilayah.setCurrentIndex(page.wilayah.findData("31.71.01"))
    page.load()
    wait_idle(qtbot, admin_window.ctx.runner)
    assert page.rekap.wilayah_kode == "31.71.01"
    missing = {page.missing.item(i).text() for i in range(page.missing.count())}
    assert missing == {"Petojo Selatan (Kec. Gambir)", "Kebon Kelapa (Kec. Gambir)", "Duri Pulo (Kec. Gambir)"}


def test_page_hidden_for_operator(window):  # type: ignore[no-untyped-def]
    from ui.pages.kota import KotaPage

    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Rekap & Pengesahan" not in titles
    assert not any(isinstance(window.pages.widget(i), KotaPage) for i in range(window.pages.count()))


def test_page_listed_for_kecamatan(qtbot, ui_env, services, runner):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import PASSWORD

    services.accounts.add("camat", "kecamatan", PASSWORD, nama_lengkap="Operator Kecamatan")
    win = make_window(qtbot, services, runner, "camat")
    titles = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert "Rekap & Pengesahan" in titles
