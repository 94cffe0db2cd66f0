"""Periksa Dokumen: a BA signed by the Lurah is "sah"; one byte changed after signing makes it "TIDAK sah"."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui._ba_fixtures import P12_PASSWORD, demo_musyawarah, pki_files  # noqa: F401
from tests.ui.conftest import PASSWORD, screenshot, wait_idle


@pytest.fixture
def signed_ba(demo_musyawarah, services, pki_files, tmp_path) -> Path:  # noqa: F811
    lurah = services.login("lurah", PASSWORD)
    out = tmp_path / "ba-signed.pdf"
    lurah.musyawarah.sign_ba(demo_musyawarah.id, pki_files["p12"], P12_PASSWORD, out)
    return out


def _check(qtbot, runner, path: Path, ca: Path):  # type: ignore[no-untyped-def]
    from ui.dialogs.periksa_dokumen import PeriksaDokumenDialog

    dialog = PeriksaDokumenDialog(runner, None, path)
    qtbot.addWidget(dialog)
    dialog.resize(900, 440)
    dialog.show()
    dialog.ca.setText(str(ca))
    dialog.check_button.click()
    wait_idle(qtbot, runner)
    return dialog


def test_signed_ba_is_valid(qtbot, ui_env, runner, signed_ba, pki_files, messages):  # noqa: F811
    dialog = _check(qtbot, runner, signed_ba, pki_files["ca"])
    assert "Dokumen sah" in dialog.banner.text()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Budi Santoso, S.Sos"
    assert dialog.table.item(0, 1).text() == "Lurah"
    assert dialog.table.item(0, 4).text() == "ya" and dialog.table.item(0, 5).text() == "ya"
    screenshot(dialog, "periksa-dokumen-sah")
    # the CA path is remembered for next time
    from ui.dialogs.periksa_dokumen import PeriksaDokumenDialog

    again = PeriksaDokumenDialog(runner)
    qtbot.addWidget(again)
    assert again.ca.text() == str(pki_files["ca"])


def test_one_byte_changed_is_not_valid(qtbot, ui_env, runner, signed_ba, pki_files, tmp_path, messages):  # noqa: F811
    data = bytearray(signed_ba.read_bytes())
    at = len(data) // 3
    data[at] = data[at] ^ 0x01
    bad = tmp_path / "ba-diubah.pdf"
    bad.write_bytes(bytes(data))
    dialog = _check(qtbot, runner, bad, pki_files["ca"])
    assert "Dokumen TIDAK sah" in dialog.banner.text()
    screenshot(dialog, "periksa-dokumen-tidak-sah")
