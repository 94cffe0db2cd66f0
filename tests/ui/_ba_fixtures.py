"""Shared by the Musyawarah and Periksa Dokumen tests: a demo musyawarah, a CA + Lurah certificate (once per
session), a window logged in as a given user."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import PASSWORD, wait_idle

P12_PASSWORD = "sandi-lurah-123"


@pytest.fixture(scope="session")
def pki_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from siks_desktop.io import pki

    root = tmp_path_factory.mktemp("pki")
    ca = pki.init_ca(root / "ca", "CA Dinas Sosial Uji", b"sandi-ca-123")
    pki.issue(root / "ca", b"sandi-ca-123", name="Budi Santoso, S.Sos", role="lurah", kelurahan_code="31.71.01.1001",
              out_p12=root / "lurah.p12", p12_password=P12_PASSWORD.encode())
    return {"ca": Path(ca.cert), "p12": root / "lurah.p12"}


@pytest.fixture
def demo_musyawarah(services):  # type: ignore[no-untyped-def]
    from siks_desktop.services.musyawarah import create_demo_musyawarah

    return create_demo_musyawarah(services, households=12)


def make_window(qtbot, services, runner, username: str):  # type: ignore[no-untyped-def]
    from ui.app import build_context
    from ui.main_window import MainWindow
    from ui.prefs import Prefs

    ctx = build_context(services.login(username, PASSWORD), runner, Prefs(), "test.db")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    wait_idle(qtbot, runner)
    return win
