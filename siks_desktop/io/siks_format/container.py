"""Write, verify and open ``.siks`` bundles (format: docs/siks-format.md). Pure: no database, no Qt."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import secrets
import tempfile
import uuid
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa

from ... import __version__ as APP_VERSION
from . import crypto
from .cms import check_chain, sign_detached, verify_detached
from .errors import BundleError
from .identity import KELURAHAN_CODE, identity_from_cert
from .zipsafe import ZIP_READ_ERRORS, ZipLimits, open_zip, read_entry, safe_name

FORMAT = "siks-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig.p7s"
PAYLOAD = "payload.bin"
KEYS_DIR = "keys/"
CONTENT_CIPHER = "AES-256-GCM"
KEY_WRAP = "RSA-OAEP-SHA256-MGF1-SHA256"
PAYLOAD_FORMAT = "zip"
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_KEY_ENTRY = re.compile(r"^keys/([0-9a-f]{64})\.bin$")

MAX_RECIPIENTS = 16
MAX_MANIFEST = 1 << 20
MAX_SIGNATURE = 256 << 10
MAX_KEY_ENTRY = 4096
OUTER_LIMITS = ZipLimits(max_entries=3 + MAX_RECIPIENTS, max_entry_size=8 << 30, max_total_size=8 << 30, max_ratio=100)
INNER_LIMITS = ZipLimits(max_entries=500_000, max_entry_size=2 << 30, max_total_size=8 << 30, max_ratio=400)
#: Manifest keys a caller may set through ``manifest_fields``; everything else is computed by the writer.
CALLER_FIELDS = {"bundle_id", "kelurahan_code", "sequence", "previous_bundle_id", "created_at", "app_version",
                 "kind", "counts"}


@dataclass(frozen=True)
class BundleInfo:
    path: str
    bundle_id: str
    sequence: int
    kelurahan_code: str
    size: int
    sha256: str  # of the whole .siks file (what a tanda terima quotes)
    counts: Mapping[str, int]
    manifest: Mapping[str, Any] = field(repr=False)


@dataclass(frozen=True)
class VerifyResult:
    valid: bool
    bundle_id: str
    sequence: int
    kelurahan_code: str
    previous_bundle_id: str | None
    signer: str  # certificate CN of the operator
    signer_role: str
    signer_fingerprint: str  # sha256 of the signer certificate DER
    created_at: str
    counts: Mapping[str, int]
    recipients: tuple[str, ...]
    manifest: Mapping[str, Any] = field(repr=False)


@dataclass(frozen=True)
class OpenedBundle:
    manifest: Mapping[str, Any]
    parts: Mapping[str, bytes] = field(repr=False)
    verification: VerifyResult = field(repr=False)


# ---------------------------------------------------------------- writing

def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def build_payload_zip(parts: Mapping[str, bytes] | Iterable[tuple[str, bytes]]) -> bytes:
    """Deterministic inner archive: sorted names, fixed timestamps and attributes, deflate (PDFs stored)."""
    items = list(parts.items()) if isinstance(parts, Mapping) else list(parts)
    names = [n for n, _ in items]
    if len(set(names)) != len(names):
        raise ValueError("duplicate payload part name")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in sorted(items, key=lambda it: it[0]):
            if not safe_name(name):
                raise ValueError(f"unsafe payload part name {name!r}")
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.create_system = 3
            info.external_attr = 0o644 << 16
            stored = name.lower().endswith((".pdf", ".jpg", ".jpeg", ".png"))
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zf.writestr(info, bytes(data), compresslevel=None if stored else 6)  # level 1 is ~1.5 s faster on 50k households but 37% larger
    return buf.getvalue()


def _check_caller_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - CALLER_FIELDS
    if unknown:
        raise ValueError(f"manifest fields not settable: {sorted(unknown)}")
    out = dict(fields)
    out.setdefault("bundle_id", uuid.uuid4().hex)
    out.setdefault("previous_bundle_id", None)
    out.setdefault("created_at", dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
                   .replace("+00:00", "Z"))
    out.setdefault("app_version", APP_VERSION)
    out.setdefault("kind", "full" if out.get("previous_bundle_id") is None else "incremental")
    out.setdefault("counts", {})
    if not isinstance(out.get("kelurahan_code"), str) or not KELURAHAN_CODE.match(out["kelurahan_code"]):
        raise ValueError("kelurahan_code must be a dotted Kemendagri code")
    if not isinstance(out.get("sequence"), int) or out["sequence"] < 1:
        raise ValueError("sequence must be an int >= 1")
    return out


def _fixed_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
    info.create_system = 3
    info.external_attr = 0o644 << 16
    info.compress_type = zipfile.ZIP_STORED
    return info


def write_bundle(out_path: str | os.PathLike[str], *, manifest_fields: Mapping[str, Any],
                 payload_parts: Mapping[str, bytes] | Iterable[tuple[str, bytes]],
                 recipients: Sequence[x509.Certificate], signer_key: Any, signer_cert: x509.Certificate,
                 signer_chain: Sequence[x509.Certificate] = (), chunk_size: int = crypto.DEFAULT_CHUNK,
                 _format_version: int = FORMAT_VERSION) -> BundleInfo:
    """Encrypt ``payload_parts`` to every recipient, sign the manifest, write ``out_path`` atomically."""
    if not recipients or len(recipients) > MAX_RECIPIENTS:
        raise ValueError("1..16 recipients required")
    if chunk_size < 1024 or chunk_size > (64 << 20):
        raise ValueError("chunk_size out of range")
    fields = _check_caller_fields(manifest_fields)
    plaintext = build_payload_zip(payload_parts)
    content_key = secrets.token_bytes(crypto.KEY_LEN)
    nonce_prefix = secrets.token_bytes(crypto.NONCE_PREFIX_LEN)
    prefix = crypto.aad_prefix(_format_version, fields["bundle_id"], fields["kelurahan_code"], fields["sequence"])
    chunks = list(crypto.encrypt_chunks(plaintext, content_key, nonce_prefix, prefix, chunk_size))
    payload_hash = hashlib.sha256()
    for c in chunks:
        payload_hash.update(c)
    parts: dict[str, dict[str, Any]] = {PAYLOAD: {"sha256": payload_hash.hexdigest(),
                                                  "size": sum(len(c) for c in chunks)}}
    wrapped: dict[str, bytes] = {}
    for cert in recipients:
        kid = crypto.key_id(cert)
        if f"{KEYS_DIR}{kid}.bin" in wrapped:
            continue
        blob = crypto.wrap_key(content_key, cert)
        wrapped[f"{KEYS_DIR}{kid}.bin"] = blob
        parts[f"{KEYS_DIR}{kid}.bin"] = {"sha256": hashlib.sha256(blob).hexdigest(), "size": len(blob)}
    manifest = {
        "format": FORMAT,
        "format_version": _format_version,
        **fields,
        "parts": parts,
        "recipients": sorted(n[len(KEYS_DIR):-4] for n in wrapped),
        "encryption": {"content_cipher": CONTENT_CIPHER, "key_wrap": KEY_WRAP, "chunk_size": chunk_size,
                       "chunks": len(chunks), "nonce_prefix": nonce_prefix.hex(), "payload_format": PAYLOAD_FORMAT},
    }
    manifest_bytes = canonical_json(manifest)
    signature = sign_detached(manifest_bytes, signer_key, signer_cert, signer_chain)

    out = Path(out_path)
    fd, tmp = tempfile.mkstemp(prefix=".siks-", dir=str(out.parent or "."))
    try:
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
                zf.writestr(_fixed_info(MANIFEST), manifest_bytes)
                zf.writestr(_fixed_info(SIGNATURE), signature)
                for name in sorted(wrapped):
                    zf.writestr(_fixed_info(name), wrapped[name])
                with zf.open(_fixed_info(PAYLOAD), "w", force_zip64=parts[PAYLOAD]["size"] > (1 << 31)) as w:
                    for c in chunks:
                        w.write(c)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    digest = hashlib.sha256()
    with open(out, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return BundleInfo(path=str(out), bundle_id=fields["bundle_id"], sequence=fields["sequence"],
                      kelurahan_code=fields["kelurahan_code"], size=out.stat().st_size, sha256=digest.hexdigest(),
                      counts=dict(fields["counts"]), manifest=manifest)


# ---------------------------------------------------------------- reading

def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate key")
    return dict(pairs)


def _parse_manifest(raw: bytes) -> dict[str, Any]:
    try:
        obj = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleError("not_a_bundle", reason="manifest_json") from exc
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise BundleError("not_a_bundle", reason="manifest_format")
    return obj


def _is_int(v: Any, lo: int = 0, hi: int = 1 << 62) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi


def _validate_manifest(m: dict[str, Any]) -> None:
    """Schema of a version-1 manifest; any deviation is ``manifest_mismatch``."""
    def bad(reason: str) -> BundleError:
        return BundleError("manifest_mismatch", reason=reason)

    if not isinstance(m.get("bundle_id"), str) or not _HEX32.match(m["bundle_id"]):
        raise bad("bundle_id")
    if not isinstance(m.get("kelurahan_code"), str) or not KELURAHAN_CODE.match(m["kelurahan_code"]):
        raise bad("kelurahan_code")
    if not _is_int(m.get("sequence"), 1):
        raise bad("sequence")
    prev = m.get("previous_bundle_id")
    if prev is not None and (not isinstance(prev, str) or not _HEX32.match(prev)):
        raise bad("previous_bundle_id")
    for key in ("created_at", "app_version", "kind"):
        if not isinstance(m.get(key), str):
            raise bad(key)
    counts = m.get("counts")
    if not isinstance(counts, dict) or not all(isinstance(k, str) and _is_int(v) for k, v in counts.items()):
        raise bad("counts")
    parts = m.get("parts")
    if not isinstance(parts, dict) or PAYLOAD not in parts:
        raise bad("parts")
    for name, spec in parts.items():
        if name != PAYLOAD and not _KEY_ENTRY.match(name):
            raise bad("part_name")
        if not isinstance(spec, dict) or not isinstance(spec.get("sha256"), str) or \
                not _HEX64.match(spec["sha256"]) or not _is_int(spec.get("size")):
            raise bad("part_spec")
    recips = m.get("recipients")
    if not isinstance(recips, list) or not recips or len(recips) > MAX_RECIPIENTS or \
            sorted(f"{KEYS_DIR}{r}.bin" for r in recips if isinstance(r, str)) != \
            sorted(n for n in parts if n != PAYLOAD):
        raise bad("recipients")
    enc = m.get("encryption")
    if not isinstance(enc, dict) or enc.get("content_cipher") != CONTENT_CIPHER or enc.get("key_wrap") != KEY_WRAP \
            or enc.get("payload_format") != PAYLOAD_FORMAT or not _is_int(enc.get("chunk_size"), 1024, 64 << 20) \
            or not _is_int(enc.get("chunks"), 1, crypto.MAX_CHUNKS) or not isinstance(enc.get("nonce_prefix"), str) \
            or not re.fullmatch(r"[0-9a-f]{16}", enc["nonce_prefix"]):
        raise bad("encryption")
    # The ciphertext size follows from the chunk count: (chunks-1) full chunks + a final one of 0..chunk_size bytes.
    size, chunk, n = parts[PAYLOAD]["size"], enc["chunk_size"], enc["chunks"]
    low = (n - 1) * (chunk + crypto.TAG_LEN) + crypto.TAG_LEN
    if not (low <= size <= n * (chunk + crypto.TAG_LEN)):
        raise bad("payload_size")


def _verify_zip(zf: zipfile.ZipFile, ca_cert: x509.Certificate, at: dt.datetime | None) -> VerifyResult:
    names = set(zf.namelist())
    if MANIFEST not in names:
        raise BundleError("not_a_bundle", reason="no_manifest")
    if zf.getinfo(MANIFEST).file_size > MAX_MANIFEST:
        raise BundleError("unsafe_zip", reason="manifest_size")
    raw = read_entry(zf, MANIFEST)
    manifest = _parse_manifest(raw)
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise BundleError("unknown_version", version=version if _is_int(version) else None)
    if SIGNATURE not in names:
        raise BundleError("bad_signature", reason="no_signature")
    if zf.getinfo(SIGNATURE).file_size > MAX_SIGNATURE:
        raise BundleError("unsafe_zip", reason="signature_size")
    signer, included = verify_detached(raw, read_entry(zf, SIGNATURE))
    check_chain(signer, included, ca_cert, at)
    name, role, kel = identity_from_cert(signer)
    _validate_manifest(manifest)
    if role != "operator":
        raise BundleError("wrong_role", role=role)
    if kel != manifest["kelurahan_code"]:
        raise BundleError("kelurahan_mismatch")
    parts = manifest["parts"]
    if names - {MANIFEST, SIGNATURE} != set(parts):
        raise BundleError("manifest_mismatch", reason="entries")
    for part, spec in parts.items():
        info = zf.getinfo(part)
        if part != PAYLOAD and info.file_size > MAX_KEY_ENTRY:
            raise BundleError("unsafe_zip", reason="key_size")
        if info.file_size != spec["size"]:
            raise BundleError("truncated" if info.file_size < spec["size"] else "tampered", reason="part_size")
        digest = hashlib.sha256()
        try:
            with zf.open(info) as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
        except ZIP_READ_ERRORS as exc:
            raise BundleError("tampered", reason="entry_read") from exc
        if digest.hexdigest() != spec["sha256"]:
            raise BundleError("tampered", reason="part_hash")
    fingerprint = signer.fingerprint(hashes.SHA256()).hex()
    return VerifyResult(valid=True, bundle_id=manifest["bundle_id"], sequence=manifest["sequence"],
                        kelurahan_code=manifest["kelurahan_code"], previous_bundle_id=manifest["previous_bundle_id"],
                        signer=name, signer_role=role, signer_fingerprint=fingerprint,
                        created_at=manifest["created_at"], counts=dict(manifest["counts"]),
                        recipients=tuple(manifest["recipients"]), manifest=manifest)


def _open_outer(path: str | os.PathLike[str]) -> zipfile.ZipFile:
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed with the ZipFile
    except OSError as exc:
        raise BundleError("not_a_bundle", reason="unreadable") from exc
    try:
        zf = open_zip(fh, OUTER_LIMITS, outer=True)
    except BaseException:
        fh.close()
        raise
    zf._siks_fh = fh  # type: ignore[attr-defined]  # closed in _close
    return zf


def _close(zf: zipfile.ZipFile) -> None:
    zf.close()
    zf._siks_fh.close()  # type: ignore[attr-defined]


def _safety_net(exc: Exception) -> BundleError:
    """Hostile input must only ever produce a BundleError; an unforeseen exception is reported as tampering with
    ``unexpected`` set (the fuzz test asserts it never happens)."""
    return BundleError("tampered", reason="unexpected", unexpected=type(exc).__name__)


def verify_bundle(path: str | os.PathLike[str], *, ca_cert: x509.Certificate,
                  at: dt.datetime | None = None) -> VerifyResult:
    """Check signature, chain to ``ca_cert``, role, kelurahan and every part's hash, without decrypting."""
    zf = _open_outer(path)
    try:
        return _verify_zip(zf, ca_cert, at)
    except BundleError:
        raise
    except Exception as exc:
        raise _safety_net(exc) from exc
    finally:
        _close(zf)


def open_bundle(path: str | os.PathLike[str], *, recipient_key: Any, recipient_cert: x509.Certificate,
                ca_cert: x509.Certificate, at: dt.datetime | None = None) -> OpenedBundle:
    """Verify, then decrypt with the recipient's private key; returns the manifest and the payload parts."""
    zf = _open_outer(path)
    try:
        result = _verify_zip(zf, ca_cert, at)
        return _decrypt(zf, result, recipient_key, recipient_cert)
    except BundleError:
        raise
    except Exception as exc:
        raise _safety_net(exc) from exc
    finally:
        _close(zf)


def _decrypt(zf: zipfile.ZipFile, result: VerifyResult, recipient_key: Any,
             recipient_cert: x509.Certificate) -> OpenedBundle:
    m = result.manifest
    if not isinstance(recipient_key, rsa.RSAPrivateKey) or \
            recipient_key.public_key().public_numbers() != recipient_cert.public_key().public_numbers():
        raise BundleError("wrong_recipient", reason="key_cert_mismatch")
    kid = crypto.key_id(recipient_cert)
    if kid not in m["recipients"]:
        raise BundleError("wrong_recipient", reason="not_a_recipient")
    content_key = crypto.unwrap_key(read_entry(zf, f"{KEYS_DIR}{kid}.bin"), recipient_key)
    enc = m["encryption"]
    prefix = crypto.aad_prefix(m["format_version"], m["bundle_id"], m["kelurahan_code"], m["sequence"])
    data = read_entry(zf, PAYLOAD)
    plaintext = crypto.decrypt_chunks(io.BytesIO(data), len(data), content_key, bytes.fromhex(enc["nonce_prefix"]),
                                      prefix, enc["chunk_size"], enc["chunks"])
    inner = open_zip(io.BytesIO(plaintext), INNER_LIMITS, outer=False)
    with inner:
        parts = {name: read_entry(inner, name, tamper_code="bad_payload") for name in inner.namelist()}
    return OpenedBundle(manifest=m, parts=parts, verification=result)


def load_certificate(data: bytes) -> x509.Certificate:
    """PEM or DER certificate."""
    return x509.load_pem_x509_certificate(data) if data.lstrip().startswith(b"-----") \
        else x509.load_der_x509_certificate(data)


__all__ = [
    "FORMAT_VERSION",
    "BundleInfo",
    "OpenedBundle",
    "VerifyResult",
    "build_payload_zip",
    "canonical_json",
    "load_certificate",
    "open_bundle",
    "verify_bundle",
    "write_bundle",
]
