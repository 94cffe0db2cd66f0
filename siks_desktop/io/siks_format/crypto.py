"""Content encryption of the payload: AES-256-GCM in chunks, key wrapped with RSA-OAEP-SHA256 per recipient.

See docs/siks-format.md §3. Nonce of chunk *i* = 8-byte random prefix (in the manifest) || *i* as 4-byte big-endian.
AAD of chunk *i* = ``aad_prefix(manifest)`` || *i* as 4-byte big-endian || final flag (1 byte, 0x01 on the last chunk).
"""
from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator
from typing import BinaryIO

from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import BundleError

TAG_LEN = 16
KEY_LEN = 32
NONCE_PREFIX_LEN = 8
DEFAULT_CHUNK = 1 << 20
MAX_CHUNKS = 1 << 31


def _oaep() -> padding.OAEP:
    return padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def key_id(cert: x509.Certificate) -> str:
    """sha256 (lower-case hex) of the certificate's DER SubjectPublicKeyInfo."""
    spki = cert.public_key().public_bytes(serialization.Encoding.DER,
                                          serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).hexdigest()


def wrap_key(content_key: bytes, cert: x509.Certificate) -> bytes:
    pub = cert.public_key()
    if not isinstance(pub, rsa.RSAPublicKey):
        raise BundleError("wrong_recipient", reason="recipient_not_rsa")
    try:  # a recipient certificate must allow key transport (pki: only ``dinsos`` certificates do)
        if not cert.extensions.get_extension_for_class(x509.KeyUsage).value.key_encipherment:
            raise BundleError("wrong_recipient", reason="recipient_key_usage")
    except x509.ExtensionNotFound:
        pass
    return pub.encrypt(content_key, _oaep())


def unwrap_key(wrapped: bytes, private_key) -> bytes:
    if not isinstance(private_key, rsa.RSAPrivateKey):
        raise BundleError("wrong_recipient", reason="key_not_rsa")
    try:
        key = private_key.decrypt(wrapped, _oaep())
    except ValueError as exc:
        raise BundleError("wrong_recipient", reason="unwrap") from exc
    if len(key) != KEY_LEN:
        raise BundleError("wrong_recipient", reason="key_length")
    return key


def aad_prefix(format_version: int, bundle_id: str, kelurahan_code: str, sequence: int) -> bytes:
    """``"siks-bundle\\n{format_version}\\n{bundle_id}\\n{kelurahan_code}\\n{sequence}\\n"`` in UTF-8."""
    return f"siks-bundle\n{format_version}\n{bundle_id}\n{kelurahan_code}\n{sequence}\n".encode()


def chunk_aad(prefix: bytes, index: int, final: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if final else b"\x00")


def chunk_nonce(nonce_prefix: bytes, index: int) -> bytes:
    return nonce_prefix + struct.pack(">I", index)


def chunk_count(plain_size: int, chunk_size: int) -> int:
    return max(1, -(-plain_size // chunk_size))


def encrypt_chunks(plaintext: bytes, key: bytes, nonce_prefix: bytes, prefix: bytes,
                   chunk_size: int) -> Iterator[bytes]:
    """Yield the ciphertext+tag of every chunk. An empty plaintext still makes one (final, empty) chunk."""
    gcm = AESGCM(key)
    n = chunk_count(len(plaintext), chunk_size)
    view = memoryview(plaintext)
    for i in range(n):
        part = view[i * chunk_size:(i + 1) * chunk_size]
        yield gcm.encrypt(chunk_nonce(nonce_prefix, i), bytes(part), chunk_aad(prefix, i, i == n - 1))


def decrypt_chunks(stream: BinaryIO, total_size: int, key: bytes, nonce_prefix: bytes, prefix: bytes,
                   chunk_size: int, chunks: int) -> bytes:
    """Decrypt ``payload.bin``; the sizes come from the (signed) manifest and were checked before."""
    if chunks < 1 or chunks > MAX_CHUNKS:
        raise BundleError("manifest_mismatch", reason="chunks")
    gcm = AESGCM(key)
    out = bytearray()
    remaining = total_size
    for i in range(chunks):
        final = i == chunks - 1
        size = min(chunk_size + TAG_LEN, remaining)
        if size < TAG_LEN or (not final and size != chunk_size + TAG_LEN):
            raise BundleError("truncated", reason="chunk_size")
        block = stream.read(size)
        if len(block) != size:
            raise BundleError("truncated", reason="short_read")
        remaining -= size
        try:
            out += gcm.decrypt(chunk_nonce(nonce_prefix, i), block, chunk_aad(prefix, i, final))
        except InvalidTag as exc:
            raise BundleError("tampered", reason="gcm", chunk=i) from exc
    if remaining != 0 or stream.read(1):
        raise BundleError("tampered", reason="trailing_data")
    return bytes(out)
