"""A PKI on disk made by ``siks_desktop.io.pki`` (as ``siks pki`` would), for the bundle CLI and store tests."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.disk_pki import CA_PW, P12_PW, make_disk_ca  # noqa: F401 - re-exported for the tests

KEL_A = "31.71.01.1001"  # Gambir
KEL_B = "31.71.01.1002"  # Cideng


@pytest.fixture(scope="session")
def disk_pki(tmp_path_factory) -> SimpleNamespace:
    d: Path = tmp_path_factory.mktemp("disk-pki")
    issue = make_disk_ca(d)
    return SimpleNamespace(
        dir=d, ca=d / "ca" / "ca.pem", password_file=d / "pw.txt",
        operator_a=issue("Siti Operator Gambir", "operator", KEL_A, "op-a"),
        operator_b=issue("Rudi Operator Cideng", "operator", KEL_B, "op-b"),
        lurah_a=issue("Lurah Gambir", "lurah", KEL_A, "lurah-a"),
        dinsos=issue("Bidang Data Dinsos", "dinsos", None, "dinsos"),
        other_dinsos=issue("Dinsos Lain", "dinsos", None, "dinsos2"),
    )
