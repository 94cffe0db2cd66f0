"""Who a certificate belongs to: ``(name, role, kelurahan_code)``.

**Adapter** between this layer and the PKI module (``siks_desktop.io.pki``, built elsewhere). The convention read here
(documented in docs/siks-format.md §4):

- name: subject ``commonName`` (CN);
- role: subject ``organizationalUnitName`` (OU), lower-case, e.g. ``operator`` or ``dinsos``;
- kelurahan code: subject ``localityName`` (L) holding the dotted Kemendagri code, e.g. ``31.71.01.1001``
  (absent for roles that are not bound to a kelurahan).

If the PKI module settles on another place (e.g. a private extension), only this function changes.
"""
from __future__ import annotations

import re

from cryptography import x509
from cryptography.x509.oid import NameOID

KELURAHAN_CODE = re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")


def _first(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    attrs = name.get_attributes_for_oid(oid)
    if not attrs:
        return None
    value = attrs[0].value
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def identity_from_cert(cert: x509.Certificate) -> tuple[str, str | None, str | None]:
    """``(name, role, kelurahan_code)`` of ``cert``; role/kelurahan are None when the certificate carries none."""
    name = _first(cert.subject, NameOID.COMMON_NAME) or cert.subject.rfc4514_string()
    role = _first(cert.subject, NameOID.ORGANIZATIONAL_UNIT_NAME)
    role = role.strip().lower() if role else None
    kel = _first(cert.subject, NameOID.LOCALITY_NAME)
    kel = kel.strip() if kel and KELURAHAN_CODE.match(kel.strip()) else None
    return name, role, kel
