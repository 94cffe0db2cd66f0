"""Session-scoped PKIs: for the document tests (RSA 3072 key generation is slowish): one CA, a lurah, a wakil
(operator), a dinsos certificate and a certificate from a foreign CA."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest

from siks_desktop.io import pki as pki_mod

from .certs import KELURAHAN, OTHER_KELURAHAN, issue, make_ca

CA_PW = b"ca-sandi-rahasia"
P12_PW = b"sandi-p12"
KEL = "31.71.01.1001"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def pki_env(tmp_path_factory):
    d = tmp_path_factory.mktemp("pki")
    ca = pki_mod.init_ca(d / "ca", "SIKS Dinsos DKI Jakarta CA", CA_PW)
    lurah = pki_mod.issue(d / "ca", CA_PW, name="Budi Santoso, S.Sos", role="lurah", kelurahan_code=KEL,
                      out_p12=d / "lurah.p12", p12_password=P12_PW, cert_out=d / "lurah.pem")
    wakil = pki_mod.issue(d / "ca", CA_PW, name="Siti Aminah", role="operator", kelurahan_code=KEL,
                      out_p12=d / "wakil.p12", p12_password=P12_PW, cert_out=d / "wakil.pem")
    dinsos = pki_mod.issue(d / "ca", CA_PW, name="Bidang Data Dinsos", role="dinsos",
                       out_p12=d / "dinsos.p12", p12_password=P12_PW, cert_out=d / "dinsos.pem")
    pki_mod.init_ca(d / "other", "Bukan CA Dinsos", CA_PW)
    stranger = pki_mod.issue(d / "other", CA_PW, name="Penyusup", role="lurah", kelurahan_code=KEL,
                         out_p12=d / "stranger.p12", p12_password=P12_PW, cert_out=d / "stranger.pem")
    return SimpleNamespace(dir=d, ca=ca, lurah=lurah, wakil=wakil, dinsos=dinsos, stranger=stranger,
                           other_ca=d / "other" / "ca.pem")


@pytest.fixture(scope="session")
def output_dir() -> Path:
    out = ROOT / "test-output"
    out.mkdir(exist_ok=True)
    return out


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.skip(f"{name} not installed (apt-get install poppler-utils libnss3-tools)")
    return path


def pdftotext(pdf: Path) -> str:
    need_tool("pdftotext")
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


# Throwaway PKI for the bundle tests (tests/io/certs.py).
@pytest.fixture(scope="session")
def pki() -> SimpleNamespace:
    ca = make_ca()
    other_ca = make_ca("Rogue CA")
    operator = issue(ca, "Operator Kelurahan Uji", "operator", KELURAHAN)
    return SimpleNamespace(
        ca=ca,
        other_ca=other_ca,
        operator=operator,
        dinsos=issue(ca, "Dinsos Pusat Data", "dinsos"),
        backup=issue(ca, "Dinsos Cadangan", "dinsos"),
        outsider=issue(ca, "Bukan Penerima", "dinsos"),
        rogue_operator=issue(other_ca, "Operator Palsu", "operator", KELURAHAN),
        expired_operator=issue(ca, "Operator Lama", "operator", KELURAHAN, days=-1, not_before_days=-30),
        lurah=issue(ca, "Lurah Uji", "lurah", KELURAHAN),
        other_operator=issue(ca, "Operator Tetangga", "operator", OTHER_KELURAHAN),
    )
