"""Two (three) demo kelurahan of Kecamatan Gambir with musyawarah, a PKI on disk (operators, lurah, dinsos, camat,
walikota) and their bundles, built once per module."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from siks_desktop.db.migrate import open_database
from tests.disk_pki import CA_PW, P12_PW, make_disk_ca  # noqa: F401 - re-exported for the tests
from siks_desktop.services import Services
from siks_desktop.services.demo import generate_demo
from siks_desktop.services.musyawarah import create_demo_musyawarah

KEL_A = "31.71.01.1001"  # Gambir
KEL_B = "31.71.01.1002"  # Cideng
KEL_C = "31.71.01.1003"  # Petojo Utara: musyawarah held, BA never signed


@pytest.fixture(scope="module")
def kpki(tmp_path_factory) -> SimpleNamespace:
    d: Path = tmp_path_factory.mktemp("kota-pki")
    issue = make_disk_ca(d)
    return SimpleNamespace(
        dir=d, ca=d / "ca" / "ca.pem", password_file=d / "pw.txt",
        operator={KEL_A: issue("Siti Operator Gambir", "operator", KEL_A, "op-a"),
                  KEL_B: issue("Rudi Operator Cideng", "operator", KEL_B, "op-b"),
                  KEL_C: issue("Ani Operator Petojo Utara", "operator", KEL_C, "op-c")},
        lurah={KEL_A: issue("Budi Santoso, S.Sos", "lurah", KEL_A, "lurah-a"),
               KEL_B: issue("Dewi Lestari, S.IP", "lurah", KEL_B, "lurah-b")},
        dinsos=issue("Bidang Data Dinsos", "dinsos", None, "dinsos"),
        camat=issue("Drs. Agus Salim", "camat", None, "camat"),
        walikota=issue("Dhany Sukma", "walikota", None, "walikota"),
    )


def make_workstation(path: Path, kel: str, households: int, seed: int, lurah=None):  # type: ignore[no-untyped-def]
    """A demo kelurahan with one Muskel; signed by its Lurah when ``lurah`` (an IssuedCert) is given."""
    engine = open_database(path)
    svc = Services(engine)
    svc.settings.bind_kelurahan(kel)
    generate_demo(engine, households=households, seed=seed, kelurahan_kode=kel)
    m = create_demo_musyawarah(svc, households=min(households, 30))
    assert m is not None
    if lurah is not None:
        svc.musyawarah.sign_ba(m.id, lurah.p12, P12_PW, path.with_suffix(".ba.pdf"))
    return engine
