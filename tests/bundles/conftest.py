"""A PKI on disk made by ``siks_desktop.io.pki`` (as ``siks pki`` would), for the bundle CLI and store tests."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from siks_desktop.io import pki as pki_mod

CA_PW = b"ca-sandi"
P12_PW = "sandi-p12"
KEL_A = "31.71.01.1001"  # Gambir
KEL_B = "31.71.01.1002"  # Cideng


@pytest.fixture(scope="session")
def disk_pki(tmp_path_factory) -> SimpleNamespace:
    d: Path = tmp_path_factory.mktemp("disk-pki")
    pki_mod.init_ca(d / "ca", "SIKS Dinsos Uji CA", CA_PW, key_size=2048)

    def issue(name: str, role: str, kel: str | None, stem: str):
        return pki_mod.issue(d / "ca", CA_PW, name=name, role=role, kelurahan_code=kel, out_p12=d / f"{stem}.p12",
                             p12_password=P12_PW.encode(), cert_out=d / f"{stem}.pem", key_size=2048)

    (d / "pw.txt").write_text(P12_PW + "\n")
    return SimpleNamespace(
        dir=d, ca=d / "ca" / "ca.pem", password_file=d / "pw.txt",
        operator_a=issue("Siti Operator Gambir", "operator", KEL_A, "op-a"),
        operator_b=issue("Rudi Operator Cideng", "operator", KEL_B, "op-b"),
        lurah_a=issue("Lurah Gambir", "lurah", KEL_A, "lurah-a"),
        dinsos=issue("Bidang Data Dinsos", "dinsos", None, "dinsos"),
        other_dinsos=issue("Dinsos Lain", "dinsos", None, "dinsos2"),
    )
