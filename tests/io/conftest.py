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


# PKI for the bundle tests (tests/io/certs.py): made by siks_desktop.io.pki, RSA 2048 for speed.
@pytest.fixture(scope="session")
def pki(tmp_path_factory) -> SimpleNamespace:
    import datetime as dt

    d = tmp_path_factory.mktemp("bundle-pki")
    ca = make_ca(d / "ca")
    other_ca = make_ca(d / "rogue-ca", "Rogue CA")
    month_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    return SimpleNamespace(
        dir=d,
        ca=ca,
        ca_dir=d / "ca",
        other_ca=other_ca,
        operator=issue(d / "ca", "Operator Kelurahan Uji", "operator", KELURAHAN, out=d / "operator"),
        dinsos=issue(d / "ca", "Dinsos Pusat Data", "dinsos", out=d / "dinsos"),
        backup=issue(d / "ca", "Dinsos Cadangan", "dinsos", out=d / "backup"),
        outsider=issue(d / "ca", "Bukan Penerima", "dinsos", out=d / "outsider"),
        rogue_operator=issue(d / "rogue-ca", "Operator Palsu", "operator", KELURAHAN, out=d / "rogue"),
        expired_operator=issue(d / "ca", "Operator Lama", "operator", KELURAHAN, out=d / "expired",
                               not_before=month_ago, valid_days=29),
        lurah=issue(d / "ca", "Lurah Uji", "lurah", KELURAHAN, out=d / "lurah"),
        other_operator=issue(d / "ca", "Operator Tetangga", "operator", OTHER_KELURAHAN, out=d / "other-op"),
    )
