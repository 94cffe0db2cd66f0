"""Who a certificate belongs to: ``(name, role, kelurahan_code)``, read exactly as the PKI module reads it.

The Dinsos PKI (``siks_desktop.io.pki``, docs/documents.md "Certificate profile") carries the role and, for kelurahan
roles, the 10-digit Kemendagri code in a private extension (OID ``pki.SIKS_IDENTITY_OID``); ``OU`` only repeats the
role for people. :func:`pki.read_identity` is the single reader; this adapter only turns its plain code
(``3171011001``) into the dotted form the bundle manifest uses (``31.71.01.1001``).

A certificate without the SIKS extension has no kelurahan (``read_identity`` falls back to ``OU`` for the role only),
so it can never sign a bundle: the kelurahan check fails.
"""
from __future__ import annotations

import re

from cryptography import x509

from .. import pki

KELURAHAN_CODE = re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")
_PLAIN_CODE = re.compile(r"^\d{10}$")


def dotted_code(code: str | None) -> str | None:
    """``3171011001`` or ``31.71.01.1001`` → ``31.71.01.1001``; anything else → None."""
    if not code:
        return None
    code = code.strip()
    if KELURAHAN_CODE.match(code):
        return code
    if _PLAIN_CODE.match(code):
        return f"{code[:2]}.{code[2:4]}.{code[4:6]}.{code[6:]}"
    return None


def identity_from_cert(cert: x509.Certificate) -> tuple[str, str | None, str | None]:
    """``(name, role, kelurahan_code)`` of ``cert``; role/kelurahan are None when the certificate carries none.

    A malformed SIKS extension counts as no identity at all (role and kelurahan None), never as an exception."""
    try:
        ident = pki.read_identity(cert)
    except Exception:  # noqa: BLE001 - hostile extension bytes: asn1crypto raises various types lazily
        name = cert.subject.rfc4514_string()
        return name, None, None
    role = ident.role.strip().lower() if isinstance(ident.role, str) else None
    kel = dotted_code(ident.kelurahan_code) if isinstance(ident.kelurahan_code, str) else None
    return ident.name, role, kel
