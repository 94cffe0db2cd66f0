"""The compact signed payload printed as a QR code in every visible document signature.

Format (JWS-like, ASCII, fits a QR of ~version 20 at level M)::

    SIKS1.<base64url(json)>.<base64url(signature)>

``json`` is compact UTF-8 JSON with sorted keys:

    v  format version (1)
    d  document id (e.g. "BA-3171011001-2026-001")
    h  sha256 (hex) of the document body: the bytes of the first revision of the PDF, i.e. the file exactly as
       rendered before anyone signed it (signatures are incremental updates, so that prefix never changes)
    n  signer name (certificate CN)
    r  signer role (from the certificate)
    k  kelurahan code or null
    t  signing date, ISO (Asia/Jakarta calendar date)
    f  the first 32 hex characters (128 bits) of the sha256 fingerprint of the signer certificate

``signature`` is RSASSA-PKCS1-v1_5/SHA-256 (or ECDSA/SHA-256 for EC keys) by the signer's key over the ASCII bytes
``SIKS1.<base64url(json)>``. A verifier needs the CA certificate and the signer certificate, looked up by ``f``: from
the signed PDF (its CMS carries the certificate) or from the certificates the app already knows; the QR has no room for
a certificate.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass
from typing import Iterable

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from siks_desktop.io import pki

PREFIX = "SIKS1"
FP_LEN = 32  # hex chars of the certificate fingerprint kept in the payload (128 bits)

__all__ = ["PREFIX", "QrVerdict", "make_qr_payload", "parse_qr_payload", "verify_qr_payload"]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(key, data: bytes) -> bytes:
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256()))
    raise TypeError("unsupported key type")


def _verify(pub, sig: bytes, data: bytes) -> None:
    if isinstance(pub, rsa.RSAPublicKey):
        pub.verify(sig, data, padding.PKCS1v15(), hashes.SHA256())
    elif isinstance(pub, ec.EllipticCurvePublicKey):
        pub.verify(sig, data, ec.ECDSA(hashes.SHA256()))
    else:
        raise InvalidSignature()


def make_qr_payload(key, cert: x509.Certificate, *, doc_id: str, body_sha256: str, signed_on: dt.date) -> str:
    ident = pki.read_identity(cert)
    claims = {"v": 1, "d": doc_id, "h": body_sha256, "n": ident.name, "r": ident.role, "k": ident.kelurahan_code,
              "t": signed_on.isoformat(), "f": ident.fingerprint[:FP_LEN]}
    head = f"{PREFIX}.{_b64(json.dumps(claims, sort_keys=True, separators=(',', ':')).encode('utf-8'))}"
    return f"{head}.{_b64(_sign(key, head.encode('ascii')))}"


@dataclass(frozen=True)
class QrVerdict:
    valid: bool
    reason: str  # "ok" or an error code: malformed, unknown_signer, untrusted_signer, cert_expired, bad_signature,
    #             identity_mismatch
    doc_id: str | None = None
    body_sha256: str | None = None
    signer: str | None = None
    role: str | None = None
    kelurahan_code: str | None = None
    signed_on: dt.date | None = None
    fingerprint: str | None = None


def parse_qr_payload(payload_text: str) -> tuple[dict, str, bytes]:
    """``(claims, signed_part, signature)``; ValueError when malformed."""
    parts = payload_text.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise ValueError("not a SIKS1 payload")
    try:
        claims = json.loads(_unb64(parts[1]))
        sig = _unb64(parts[2])
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise ValueError("bad encoding") from exc
    if not isinstance(claims, dict) or claims.get("v") != 1:
        raise ValueError("unknown version")
    return claims, f"{parts[0]}.{parts[1]}", sig


def verify_qr_payload(payload_text: str, ca_cert: x509.Certificate, *,
                      signer_certs: Iterable[x509.Certificate] = ()) -> QrVerdict:
    """Check a scanned payload offline: the signer certificate (found by fingerprint among ``signer_certs``) must be
    issued by ``ca_cert`` and valid on the signing date, and the signature must match."""
    try:
        claims, signed, sig = parse_qr_payload(payload_text)
        signed_on = dt.date.fromisoformat(claims["t"])
    except (ValueError, KeyError, TypeError):
        return QrVerdict(False, "malformed")
    base = dict(doc_id=claims.get("d"), body_sha256=claims.get("h"), signer=claims.get("n"), role=claims.get("r"),
                kelurahan_code=claims.get("k"), signed_on=signed_on, fingerprint=claims.get("f"))
    fp = str(claims.get("f") or "")
    cert = next((c for c in signer_certs if len(fp) == FP_LEN and pki.fingerprint_sha256(c).startswith(fp)),
                None)
    if cert is None:
        return QrVerdict(False, "unknown_signer", **base)
    try:
        cert.verify_directly_issued_by(ca_cert)
    except (ValueError, TypeError, InvalidSignature):
        return QrVerdict(False, "untrusted_signer", **base)
    ident = pki.read_identity(cert)
    wib = dt.timezone(dt.timedelta(hours=7))  # the payload carries a calendar date: compare whole WIB days
    if not (ident.not_before.astimezone(wib).date() <= signed_on <= ident.not_after.astimezone(wib).date()):
        return QrVerdict(False, "cert_expired", **base)
    try:
        _verify(cert.public_key(), sig, signed.encode("ascii"))
    except InvalidSignature:
        return QrVerdict(False, "bad_signature", **base)
    if (ident.name, ident.role, ident.kelurahan_code) != (claims.get("n"), claims.get("r"), claims.get("k")):
        return QrVerdict(False, "identity_mismatch", **base)
    return QrVerdict(True, "ok", **base)
