"""Test certificates for the bundle tests, made by the real PKI module (``siks_desktop.io.pki``).

Keys are RSA 2048 instead of the production 3072 only to keep the test session fast; the profile (extensions,
SIKS identity extension, key usages) is the production one. Odd certificates (expired, foreign CA, wrong role,
other kelurahan) are ordinary ``pki.issue`` calls with other arguments.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from siks_desktop.io import pki as pki_mod

KELURAHAN = "31.71.01.1001"
OTHER_KELURAHAN = "31.71.01.1002"
CA_PASSWORD = b"ca-uji"
P12_PASSWORD = b"p12-uji"
TEST_KEY_SIZE = 2048


@dataclass
class Identity:
    key: rsa.RSAPrivateKey | None
    cert: x509.Certificate
    p12: Path | None = None
    pem_path: Path | None = None

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def make_ca(directory: Path, name: str = "Dinsos Test CA") -> Identity:
    """A CA in ``directory`` (``ca.pem``, ``ca-key.pem`` protected by :data:`CA_PASSWORD`)."""
    paths = pki_mod.init_ca(directory, name, CA_PASSWORD, key_size=TEST_KEY_SIZE)
    return Identity(None, pki_mod.load_cert(paths.cert), pem_path=paths.cert)


def issue(ca_dir: Path, name: str, role: str, kelurahan: str | None = None, *, out: Path,
          valid_days: int = 365, not_before: dt.datetime | None = None) -> Identity:
    """``pki.issue`` into ``out`` (``<out>.p12`` + ``<out>.pem``), loaded back as key + certificate."""
    issued = pki_mod.issue(ca_dir, CA_PASSWORD, name=name, role=role, kelurahan_code=kelurahan,
                           out_p12=out.with_suffix(".p12"), p12_password=P12_PASSWORD,
                           cert_out=out.with_suffix(".pem"), valid_days=valid_days, not_before=not_before,
                           key_size=TEST_KEY_SIZE)
    key, cert, _chain = pki_mod.load_p12(issued.p12, P12_PASSWORD)
    return Identity(key, cert, issued.p12, issued.cert_pem)
