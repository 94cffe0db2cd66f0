"""Detached CMS SignedData over the manifest: signing with cryptography, verification by hand with asn1crypto.

cryptography has no CMS verify API (pitfalls.md), so verification follows RFC 5652 §5.4 directly:
1. exactly one SignerInfo, detached (no encapsulated content), signed attributes present;
2. the ``content-type`` attribute is ``id-data`` and the ``message-digest`` attribute equals the digest of the
   manifest bytes;
3. the signature verifies over the DER of the signed attributes re-tagged as ``SET OF`` with the signer
   certificate's public key;
4. the signer certificate chains to the given CA (issuer signatures, CA flags, validity now).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from asn1crypto import cms as acms
from asn1crypto import tsp as _tsp  # noqa: F401 - registers signing_certificate_v2 & co. before any use (see below)
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7

from .errors import BundleError

_DIGESTS = {"sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}
MAX_CHAIN = 6


def sign_detached(data: bytes, signer_key, signer_cert: x509.Certificate,
                  chain: Sequence[x509.Certificate] = ()) -> bytes:
    """DER CMS SignedData, detached, binary mode, signer certificate (and chain) included."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(signer_cert, signer_key, hashes.SHA256())
    for cert in chain:
        if cert != signer_cert:
            builder = builder.add_certificate(cert)
    return builder.sign(serialization.Encoding.DER,
                        [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])


def _bad(reason: str) -> BundleError:
    return BundleError("bad_signature", reason=reason)


def _parse(sig: bytes) -> tuple[acms.SignerInfo, list[x509.Certificate]]:
    try:
        info = acms.ContentInfo.load(sig, strict=True)
        if info["content_type"].native != "signed_data":
            raise _bad("not_signed_data")
        sd = info["content"]
        if sd["encap_content_info"]["content"].native is not None:
            raise _bad("not_detached")
        signers = list(sd["signer_infos"])
        if len(signers) != 1:
            raise _bad("signer_count")
        certs = []
        for choice in sd["certificates"] or []:
            if choice.name != "certificate":
                continue
            certs.append(x509.load_der_x509_certificate(choice.chosen.dump()))
        si = signers[0]
        si.native  # force full parse now so that lazy-parse errors surface here  # noqa: B018
        return si, certs
    except BundleError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise _bad("asn1") from exc


def _signer_cert(si: acms.SignerInfo, certs: list[x509.Certificate]) -> x509.Certificate:
    sid = si["sid"]
    for cert in certs:
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if cert.serial_number == ias["serial_number"].native and \
                    cert.issuer.public_bytes() == ias["issuer"].dump():
                return cert
        else:
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
            except x509.ExtensionNotFound:
                continue
            if ski == sid.chosen.native:
                return cert
    raise _bad("signer_cert_missing")


def _verify_raw(cert: x509.Certificate, si: acms.SignerInfo, signed: bytes, digest_name: str) -> None:
    key = cert.public_key()
    algo = si["signature_algorithm"]
    name = algo["algorithm"].native
    signature = si["signature"].native
    hash_cls = _DIGESTS[digest_name]
    try:
        if isinstance(key, rsa.RSAPublicKey):
            if name in ("rsassa_pkcs1v15", "sha256_rsa", "sha384_rsa", "sha512_rsa"):
                key.verify(signature, signed, padding.PKCS1v15(), hash_cls())
            elif name == "rsassa_pss":
                params = algo["parameters"]
                pss_hash = _DIGESTS[params["hash_algorithm"]["algorithm"].native]
                key.verify(signature, signed, padding.PSS(padding.MGF1(pss_hash()), params["salt_length"].native),
                           pss_hash())
            else:
                raise _bad("signature_algorithm")
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, signed, ec.ECDSA(hash_cls()))
        else:
            raise _bad("key_type")
    except InvalidSignature as exc:
        raise _bad("signature") from exc


def verify_detached(data: bytes, sig: bytes) -> tuple[x509.Certificate, list[x509.Certificate]]:
    """Check the CMS signature itself (steps 1–3). Returns the signer certificate and all included certificates."""
    try:
        return _verify_detached(data, sig)
    finally:
        _refresh_oid_names()


def _refresh_oid_names() -> None:
    """asn1crypto caches a name → OID map per OID class on first use; attribute types registered after that (by
    ``asn1crypto.tsp`` or pyHanko's CAdES module, imported later for PDF signing) are missing from the cache and PDF
    signing then fails in the same process (``signing_certificate_v2``). Rebuild the cache from the full map."""
    cls = acms.CMSAttributeType
    if cls._reverse_map is not None:
        cls._reverse_map = {name: oid for oid, name in cls._map.items()}


def _verify_detached(data: bytes, sig: bytes) -> tuple[x509.Certificate, list[x509.Certificate]]:
    si, certs = _parse(sig)
    try:
        digest_name = si["digest_algorithm"]["algorithm"].native
        if digest_name not in _DIGESTS:
            raise _bad("digest_algorithm")
        attrs = si["signed_attrs"]
        if not attrs or attrs.native is None:
            raise _bad("no_signed_attrs")
        values: dict[str, list] = {}
        for attr in attrs:
            values.setdefault(attr["type"].native, []).append(attr["values"])
        ctype = values.get("content_type")
        digest = values.get("message_digest")
        if not ctype or len(ctype) != 1 or [v.native for v in ctype[0]] != ["data"]:
            raise _bad("content_type")
        if not digest or len(digest) != 1 or len(digest[0]) != 1:
            raise _bad("message_digest")
        expected = hashlib.new(digest_name, data).digest()
        if digest[0][0].native != expected:
            raise _bad("message_digest")
        cert = _signer_cert(si, certs)
        # The signature covers the DER of the attributes as a SET OF (tag 0x31), not as the implicit [0] (0xA0).
        encoded = attrs.dump()
        _verify_raw(cert, si, b"\x31" + encoded[1:], digest_name)
        return cert, certs
    except BundleError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise _bad("asn1") from exc


def _issued_by(child: x509.Certificate, issuer: x509.Certificate) -> bool:
    if child.issuer != issuer.subject:
        return False
    try:
        child.verify_directly_issued_by(issuer)
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def check_chain(signer: x509.Certificate, extra: Sequence[x509.Certificate], ca_cert: x509.Certificate,
                now: dt.datetime | None = None) -> list[x509.Certificate]:
    """Chain ``signer`` → (intermediates from ``extra``) → ``ca_cert``; raise ``untrusted_signer`` or
    ``expired_certificate``. Returns the chain, signer first, CA last."""
    now = now or dt.datetime.now(dt.UTC)
    chain = [signer]
    current = signer
    for _ in range(MAX_CHAIN):
        if _issued_by(current, ca_cert):
            chain.append(ca_cert)
            break
        nxt = next((c for c in extra if c != current and _is_ca(c) and _issued_by(current, c)), None)
        if nxt is None or nxt in chain:
            raise BundleError("untrusted_signer")
        chain.append(nxt)
        current = nxt
    else:
        raise BundleError("untrusted_signer")
    for cert in chain:
        if not (cert.not_valid_before_utc <= now <= cert.not_valid_after_utc):
            raise BundleError("expired_certificate")
    try:
        ku = signer.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (ku.digital_signature or ku.content_commitment):
            raise BundleError("wrong_role", reason="key_usage")
    except x509.ExtensionNotFound:
        pass
    return chain
