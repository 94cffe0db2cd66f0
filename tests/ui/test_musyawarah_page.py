"""The Musyawarah page: the demo musyawarah is listed, a decision is added through the search, the advisory
indicators show beside it; signing with a wrong passphrase shows the funnel's message; a signed BA locks the page."""
from __future__ import annotations

from pathlib import Path

from tests.ui._ba_fixtures import P12_PASSWORD, demo_musyawarah, make_window, pki_files  # noqa: F401
from tests.ui.conftest import screenshot, wait_idle


def _open_page(qtbot, win, runner):  # type: ignore[no-untyped-def]
    win.nav.setCurrentRow(win.pages.indexOf(win.musyawarah))
    wait_idle(qtbot, runner)
    return win.musyawarah


def test_page_shows_demo_and_adds_decision(qtbot, demo_musyawarah, window, runner, services, messages,  # noqa: F811
                                           monkeypatch):
    from ui.widgets import pdf_actions

    page = _open_page(qtbot, window, runner)
    assert page.list.rowCount() == 1
    assert page.current is not None and page.current.id == demo_musyawarah.id
    assert page.tempat.text() == demo_musyawarah.tempat
    assert page.tanggal.text() == demo_musyawarah.tanggal.strftime("%d-%m-%Y")
    assert page.peserta.rowCount() == len(demo_musyawarah.peserta)
    before = page.decisions.rowCount()
    assert before == len(demo_musyawarah.keputusan)
    screenshot(window, "musyawarah-1-data")
    page.tabs.setCurrentIndex(1)
    screenshot(window, "musyawarah-2-peserta")

    # a household not decided yet, found by its name
    decided = {k.ruta_id for k in demo_musyawarah.keputusan}
    from siks_desktop.dto import HouseholdQuery

    free = next(r for r in services.households.search(HouseholdQuery(), limit=100).items if r.id not in decided)
    page.tabs.setCurrentIndex(2)
    page.search.setText(free.nama_krt)
    page._run_search()
    wait_idle(qtbot, runner)
    index = next(i for i in range(page.results.count()) if (page.results.itemData(i) or (None,))[0] == free.id)
    page.results.setCurrentIndex(index)
    page.add_ruta.click()
    wait_idle(qtbot, runner)
    assert page.editing_ruta == free.id
    assert page.indicators.count() > 2
    texts = [page.indicators.item(i).text() for i in range(page.indicators.count())]
    assert any(t.startswith(("✓", "✗", "–")) for t in texts)
    assert any("Kepmensos" in t for t in texts)

    # tidak layak without a reason is refused before the core is called
    page.keputusan.setCurrentIndex(page.keputusan.findData(2))
    page.alasan.clear()
    page.save_decision.click()
    wait_idle(qtbot, runner)
    assert "Alasan wajib" in page.status.text()
    page.alasan.setText("Memiliki mobil dan rumah permanen")
    page.save_decision.click()
    wait_idle(qtbot, runner)
    assert not messages
    assert page.decisions.rowCount() == before + 1
    row = page.decisions.row_of(free.id)
    assert row is not None and page.decisions.rows[row].keputusan == 2
    assert services.musyawarah.get(demo_musyawarah.id).keputusan[-1].ruta_id == free.id
    screenshot(window, "musyawarah-3-keputusan")

    # Pratinjau BA renders the unsigned PDF and hands it to the system viewer
    opened: list[Path] = []
    monkeypatch.setattr(pdf_actions, "open_in_viewer", lambda p: opened.append(Path(p)) or True)
    page.preview_button.click()
    wait_idle(qtbot, runner)
    assert opened and opened[0].read_bytes().startswith(b"%PDF")
    assert not page.sign_button.isEnabled()  # the operator does not sign


def test_sign_wrong_passphrase_then_locked(qtbot, demo_musyawarah, ui_env, services, runner, messages,  # noqa: F811
                                           pki_files, monkeypatch):  # noqa: F811
    from ui.pages import musyawarah as page_mod

    win = make_window(qtbot, services, runner, "lurah")
    page = _open_page(qtbot, win, runner)
    assert page.sign_button.isEnabled()
    monkeypatch.setattr(page_mod, "ask_signature", lambda parent: (str(pki_files["p12"]), "salah"))
    page.sign_button.click()
    wait_idle(qtbot, runner)
    assert messages and "kata sandi" in messages[-1].lower()
    assert not services.musyawarah.get(demo_musyawarah.id).locked

    monkeypatch.setattr(page_mod, "ask_signature", lambda parent: (str(pki_files["p12"]), P12_PASSWORD))
    page.sign_button.click()
    wait_idle(qtbot, runner)
    assert services.musyawarah.get(demo_musyawarah.id).locked
    assert page.current.locked and page.lock_frame.isVisible()
    assert not page.save_button.isEnabled() and not page.save_decision.isEnabled()
    assert page.docs.rowCount() == 1
    assert page.last_pdf is not None and page.last_pdf.is_file()
    assert win.width() <= 1366  # a long file name in the status must not widen the window
    screenshot(win, "musyawarah-4-terkunci")

    monkeypatch.setattr(page_mod, "ask_reason", lambda parent, title, label: "Salah ketik nama peserta")
    page.unlock_button.click()
    wait_idle(qtbot, runner)
    assert not page.current.locked and not page.lock_frame.isVisible()
    page.tabs.setCurrentIndex(3)
    assert "Diganti" in page.docs.item(0, 5).text()
    screenshot(win, "musyawarah-5-dokumen")
