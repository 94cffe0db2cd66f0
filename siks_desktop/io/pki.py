"""The Dinsos certificate authority and the certificates behind every signature (``siks pki init-ca`` / ``pki issue``).

Certificate profile (see docs/documents.md):

* CA: RSA 3072, ``CN=<name>, O=Dinas Sosial, ST=DKI Jakarta, C=ID``, basicConstraints CA:TRUE pathlen 0, keyCertSign +
  cRLSign. ``ca.pem`` (certificate) and ``ca-key.pem`` (PKCS#8 private key encrypted with the CA password).
* End entity: RSA 3072, ``CN=<name>, OU=<role code>, title=<role label>, O=..., C=ID``; key usage digitalSignature +
  nonRepudiation (+ keyEncipherment for ``dinsos``, which also receives encrypted bundles); extended key usage
  emailProtection + documentSigning (RFC 9336). The role and, for kelurahan roles, the 10-digit kelurahan code are
  carried authoritatively in a non-critical private extension (OID :data:`SIKS_IDENTITY_OID`, DER
  ``SEQUENCE { version INTEGER, role UTF8String, kelurahanCode UTF8String OPTIONAL }``); ``OU`` repeats the role for
  people reading the certificate in a PDF reader.
* Keys exist only inside password-protected PKCS#12 files (``issue`` never writes a bare key).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping
from types import MappingProxyType

from asn1crypto import core as asn1_core
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from siks_desktop.errors import SiksError

__all__ = [
    "PKI_ROLES", "KELURAHAN_ROLES", "SIKS_IDENTITY_OID", "DOCUMENT_SIGNING_EKU",
    "CaPaths", "IssuedCert", "CertIdentity",
    "init_ca", "issue", "load_p12", "load_cert", "read_identity", "fingerprint_sha256",
    "ensure_not_expired", "is_expired", "normalize_kelurahan_code",
]

#: Roles a certificate can carry (cli.md ``pki issue --role``), with a human label put in the subject ``title``.
PKI_ROLES: Mapping[str, str] = MappingProxyType({
    "operator": "Operator Kelurahan",
    "lurah": "Lurah",
    "camat": "Camat",
    "walikota": "Walikota",
    "dinsos": "Dinas Sosial",
})
#: Roles bound to one kelurahan: their certificate must carry the kelurahan code.
KELURAHAN_ROLES = frozenset({"operator", "lurah"})

#: Private extension carrying role + kelurahan code. Arc 2.25 = UUID-based OID (ITU-T X.667), no registration needed.
SIKS_IDENTITY_OID = ObjectIdentifier("2.25.190166870446420402391473557409744286213")
#: id-kp-documentSigning, RFC 9336.
DOCUMENT_SIGNING_EKU = ObjectIdentifier("1.3.6.1.5.5.7.3.36")

ORGANIZATION = "Pemerintah Provinsi DKI Jakarta"
CA_ORGANIZATION = "Dinas Sosial Provinsi DKI Jakarta"
KEY_SIZE = 3072


class _SiksIdentity(asn1_core.Sequence):
    _fields = [
        ("version", asn1_core.Integer),
        ("role", asn1_core.UTF8String),
        ("kelurahan_code", asn1_core.UTF8String, {"optional": True}),
    ]


@dataclass(frozen=True)
class CaPaths:
    cert: Path
    key: Path
    fingerprint_sha256: str


@dataclass(frozen=True)
class IssuedCert:
    p12: Path
    cert_pem: Path | None
    fingerprint_sha256: str
    name: str
    role: str
    kelurahan_code: str | None
    not_after: dt.datetime


@dataclass(frozen=True)
class CertIdentity:
    name: str
    role: str | None
    kelurahan_code: str | None
    fingerprint: str
    not_before: dt.datetime
    not_after: dt.datetime
    issuer: str

    def expired(self, at: dt.datetime | None = None) -> bool:
        at = at or dt.datetime.now(dt.timezone.utc)
        return not (self.not_before <= at <= self.not_after)


def _err(code: str, message: str, **params) -> SiksError:
    return SiksError(code, message, **params)


def normalize_kelurahan_code(code: str) -> str:
    """``31.71.01.1001`` or ``3171011001`` → ``3171011001``; anything else → SiksError ``unknown_region``."""
    plain = re.sub(r"[.\s]", "", str(code))
    if not re.fullmatch(r"\d{10}", plain):
        raise _err("unknown_region", "Kode kelurahan harus 10 digit (contoh 31.71.01.1001).")
    return plain


def fingerprint_sha256(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def init_ca(out_dir: str | Path, name: str, password: bytes, *, valid_days: int = 3650,
            key_size: int = KEY_SIZE) -> CaPaths:
    """Create a CA in ``out_dir``: ``ca.pem`` and ``ca-key.pem`` (encrypted with ``password``). Refuses to overwrite."""
    if not password:
        raise _err("password_required", "Kata sandi CA wajib diisi.")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = out / "ca.pem", out / "ca-key.pem"
    if cert_path.exists() or key_path.exists():
        raise _err("conflict", "Folder sudah berisi CA; tidak ditimpa.")
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    subject = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
        x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, "DKI Jakarta"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, CA_ORGANIZATION),
        x509.NameAttribute(NameOID.COMMON_NAME, name),
    ])
    now = _now()
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(password))
    tmp_key, tmp_cert = key_path.with_suffix(".tmp"), cert_path.with_suffix(".tmp")
    tmp_key.write_bytes(key_pem)
    tmp_key.chmod(0o600)
    tmp_cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    tmp_key.replace(key_path)
    tmp_cert.replace(cert_path)
    return CaPaths(cert=cert_path, key=key_path, fingerprint_sha256=fingerprint_sha256(cert))


def load_cert(path_or_bytes: str | Path | bytes) -> x509.Certificate:
    """A certificate from PEM or DER (file path or bytes); SiksError ``cert_unreadable`` otherwise."""
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else Path(path_or_bytes).read_bytes()
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise _err("cert_unreadable", "Berkas sertifikat tidak dapat dibaca.") from None


def _load_ca(ca_dir: str | Path, ca_password: bytes):
    ca_dir = Path(ca_dir)
    cert_path, key_path = ca_dir / "ca.pem", ca_dir / "ca-key.pem"
    if not cert_path.exists() or not key_path.exists():
        raise _err("not_found", "Folder CA tidak berisi ca.pem dan ca-key.pem.")
    ca_cert = load_cert(cert_path)
    try:
        ca_key = serialization.load_pem_private_key(key_path.read_bytes(), password=ca_password)
    except (ValueError, TypeError):
        raise _err("bad_passphrase", "Kata sandi CA salah.") from None
    return ca_cert, ca_key


def issue(ca_dir: str | Path, ca_password: bytes, *, name: str, role: str, kelurahan_code: str | None = None,
          out_p12: str | Path, p12_password: bytes, cert_out: str | Path | None = None, valid_days: int = 730,
          not_before: dt.datetime | None = None, key_size: int = KEY_SIZE) -> IssuedCert:
    """Issue a certificate + key for ``role`` as a PKCS#12 protected by ``p12_password`` (and the certificate alone
    as PEM in ``cert_out``). ``not_before`` is for tests of expiry (default: now minus one hour)."""
    if role not in PKI_ROLES:
        raise _err("invalid_role", "Peran sertifikat tidak dikenal.", role=role)
    if not p12_password:
        raise _err("password_required", "Kata sandi PKCS#12 wajib diisi.")
    if not name or not name.strip():
        raise _err("name_required", "Nama pemegang sertifikat wajib diisi.")
    code = normalize_kelurahan_code(kelurahan_code) if kelurahan_code else None
    if role in KELURAHAN_ROLES and code is None:
        raise _err("kelurahan_required", "Sertifikat peran kelurahan wajib memuat kode kelurahan.", role=role)
    if role not in KELURAHAN_ROLES and code is not None:
        raise _err("kelurahan_not_allowed", "Kode kelurahan hanya untuk peran operator dan lurah.", role=role)
    ca_cert, ca_key = _load_ca(ca_dir, ca_password)

    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    attrs = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
        x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, "DKI Jakarta"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANIZATION),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, role),
        x509.NameAttribute(NameOID.TITLE, PKI_ROLES[role]),
        x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
    ]
    identity = _SiksIdentity({"version": 1, "role": role, "kelurahan_code": code}).dump()
    start = (not_before or (_now() - dt.timedelta(hours=1))).astimezone(dt.timezone.utc)
    end = start + dt.timedelta(days=valid_days)
    ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    eku = [ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING_EKU]
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name(attrs)).issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                     key_encipherment=(role == "dinsos"), data_encipherment=False,
                                     key_agreement=False, key_cert_sign=False, crl_sign=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage(eku), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
        .add_extension(x509.UnrecognizedExtension(SIKS_IDENTITY_OID, identity), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    out_p12 = Path(out_p12)
    out_p12.parent.mkdir(parents=True, exist_ok=True)
    blob = pkcs12.serialize_key_and_certificates(name.strip().encode("utf-8"), key, cert, [ca_cert],
                                                 serialization.BestAvailableEncryption(p12_password))
    tmp = out_p12.with_name(out_p12.name + ".tmp")
    tmp.write_bytes(blob)
    tmp.chmod(0o600)
    tmp.replace(out_p12)
    cert_path = None
    if cert_out is not None:
        cert_path = Path(cert_out)
        cert_path.parent.mkdir(parents=True, exist_ok=True)
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return IssuedCert(p12=out_p12, cert_pem=cert_path, fingerprint_sha256=fingerprint_sha256(cert),
                      name=name.strip(), role=role, kelurahan_code=code, not_after=cert.not_valid_after_utc)


def load_p12(path: str | Path, password: bytes):
    """``(private_key, certificate, chain)`` from a PKCS#12 file.

    SiksError ``bad_passphrase`` when the file is a PKCS#12 but the password is wrong, ``p12_unreadable`` when it is
    not a PKCS#12 (or holds no key/certificate)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise _err("p12_unreadable", "Berkas PKCS#12 tidak dapat dibuka.") from None
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, password)
    except (ValueError, TypeError):
        if _looks_like_pfx(data):
            raise _err("bad_passphrase", "Kata sandi berkas kunci (PKCS#12) salah.") from None
        raise _err("p12_unreadable", "Berkas bukan PKCS#12 yang sah.") from None
    if key is None or cert is None:
        raise _err("p12_unreadable", "Berkas PKCS#12 tidak berisi kunci dan sertifikat.")
    return key, cert, list(chain or [])


def _looks_like_pfx(data: bytes) -> bool:
    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native in ("data", "signed_data")
    except Exception:  # noqa: BLE001 - any parse failure means "not a PFX"
        return False


def read_identity(cert: x509.Certificate) -> CertIdentity:
    """Name, role, kelurahan code, fingerprint and validity of a certificate (role from the SIKS extension, else OU)."""
    def attr(oid):
        vals = cert.subject.get_attributes_for_oid(oid)
        return str(vals[0].value) if vals else None

    role = kel = None
    try:
        ext = cert.extensions.get_extension_for_oid(SIKS_IDENTITY_OID).value
        parsed = _SiksIdentity.load(ext.value)
        role = parsed["role"].native
        kel = parsed["kelurahan_code"].native
    except x509.ExtensionNotFound:
        ou = attr(NameOID.ORGANIZATIONAL_UNIT_NAME)
        role = ou if ou in PKI_ROLES else None
    issuer_cn = cert.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    return CertIdentity(
        name=attr(NameOID.COMMON_NAME) or cert.subject.rfc4514_string(),
        role=role, kelurahan_code=kel, fingerprint=fingerprint_sha256(cert),
        not_before=cert.not_valid_before_utc, not_after=cert.not_valid_after_utc,
        issuer=str(issuer_cn[0].value) if issuer_cn else cert.issuer.rfc4514_string(),
    )


def is_expired(cert: x509.Certificate, at: dt.datetime | None = None) -> bool:
    at = at or dt.datetime.now(dt.timezone.utc)
    return not (cert.not_valid_before_utc <= at <= cert.not_valid_after_utc)


def ensure_not_expired(cert: x509.Certificate, at: dt.datetime | None = None) -> None:
    """SiksError ``cert_expired`` when the certificate is not valid at ``at`` (default now)."""
    if is_expired(cert, at):
        raise _err("cert_expired", "Sertifikat sudah kedaluwarsa atau belum berlaku.")
