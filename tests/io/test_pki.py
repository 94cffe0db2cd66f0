from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509

from siks_desktop.errors import SiksError
from siks_desktop.io import pki
from tests.io.conftest import CA_PW, P12_PW


def test_ca_files_and_profile(pki_env):
    ca = pki.load_cert(pki_env.ca.cert)
    bc = ca.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert bc.ca
    assert b"ENCRYPTED" in pki_env.ca.key.read_bytes()
    assert pki_env.ca.fingerprint_sha256 == pki.fingerprint_sha256(ca)


def test_init_ca_refuses_overwrite(pki_env):
    with pytest.raises(SiksError) as e:
        pki.init_ca(pki_env.dir / "ca", "again", CA_PW)
    assert e.value.code == "conflict"


def test_issue_load_and_identity(pki_env):
    key, cert, chain = pki.load_p12(pki_env.lurah.p12, P12_PW)
    assert key is not None and chain and chain[0].subject == pki.load_cert(pki_env.ca.cert).subject
    ident = pki.read_identity(cert)
    assert ident.name == "Budi Santoso, S.Sos"
    assert ident.role == "lurah"
    assert ident.kelurahan_code == "3171011001"
    assert ident.fingerprint == pki_env.lurah.fingerprint_sha256
    assert not ident.expired()
    ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert ku.digital_signature and ku.content_commitment and not ku.key_encipherment
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert x509.oid.ExtendedKeyUsageOID.EMAIL_PROTECTION in eku and pki.DOCUMENT_SIGNING_EKU in eku
    # cert_out holds the same certificate
    assert pki.load_cert(pki_env.lurah.cert_pem) == cert
    # OU carries the role for humans
    assert cert.subject.get_attributes_for_oid(x509.oid.NameOID.ORGANIZATIONAL_UNIT_NAME)[0].value == "lurah"


def test_dinsos_gets_key_encipherment(pki_env):
    _, cert, _ = pki.load_p12(pki_env.dinsos.p12, P12_PW)
    assert cert.extensions.get_extension_for_class(x509.KeyUsage).value.key_encipherment
    ident = pki.read_identity(cert)
    assert ident.role == "dinsos" and ident.kelurahan_code is None


def test_wrong_passphrase_and_garbage(pki_env, tmp_path):
    with pytest.raises(SiksError) as e:
        pki.load_p12(pki_env.lurah.p12, b"salah")
    assert e.value.code == "bad_passphrase"
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"this is not a pkcs12 file" * 10)
    with pytest.raises(SiksError) as e:
        pki.load_p12(junk, P12_PW)
    assert e.value.code == "p12_unreadable"
    with pytest.raises(SiksError) as e:
        pki.load_p12(tmp_path / "missing.p12", P12_PW)
    assert e.value.code == "p12_unreadable"


def test_wrong_ca_password(pki_env, tmp_path):
    with pytest.raises(SiksError) as e:
        pki.issue(pki_env.dir / "ca", b"salah", name="X", role="dinsos", out_p12=tmp_path / "x.p12",
                  p12_password=P12_PW)
    assert e.value.code == "bad_passphrase"
    assert not (tmp_path / "x.p12").exists()


@pytest.mark.parametrize("role,kel,code", [
    ("lurah", None, "kelurahan_required"),
    ("operator", None, "kelurahan_required"),
    ("walikota", "3171011001", "kelurahan_not_allowed"),
    ("bupati", None, "invalid_role"),
    ("lurah", "31.71.01", "unknown_region"),
])
def test_issue_rejects(pki_env, tmp_path, role, kel, code):
    with pytest.raises(SiksError) as e:
        pki.issue(pki_env.dir / "ca", CA_PW, name="X", role=role, kelurahan_code=kel, out_p12=tmp_path / "x.p12",
                  p12_password=P12_PW, key_size=2048)
    assert e.value.code == code


def test_expired_certificate_is_detectable(pki_env, tmp_path):
    old = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=800)
    issued = pki.issue(pki_env.dir / "ca", CA_PW, name="Lurah Lama", role="lurah", kelurahan_code="3171011001",
                       out_p12=tmp_path / "old.p12", p12_password=P12_PW, valid_days=730, not_before=old,
                       key_size=2048)
    _, cert, _ = pki.load_p12(issued.p12, P12_PW)
    assert pki.is_expired(cert)
    assert pki.read_identity(cert).expired()
    with pytest.raises(SiksError) as e:
        pki.ensure_not_expired(cert)
    assert e.value.code == "cert_expired"
