"""Defensive reading of ZIP archives from untrusted sources (outer container and inner payload archive)."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from .errors import BundleError

EOCD_SIG = b"PK\x05\x06"
#: What zipfile may raise on a damaged archive while reading an entry.
ZIP_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, OverflowError,
                   struct.error)
LOCAL_SIG = b"PK\x03\x04"


@dataclass(frozen=True)
class ZipLimits:
    max_entries: int
    max_entry_size: int
    max_total_size: int
    max_ratio: int  # uncompressed / compressed, for compressed entries


def safe_name(name: str) -> bool:
    """Relative POSIX names only: no absolute paths, drive letters, backslashes, ``..``, empty or odd segments."""
    if not name or len(name) > 240 or name.startswith("/") or "\\" in name or ":" in name or "\x00" in name:
        return False
    parts = name.split("/")
    return all(p not in ("", ".", "..") for p in parts)


def open_zip(data_or_file, limits: ZipLimits, *, outer: bool) -> zipfile.ZipFile:
    """Open and vet a ZIP: every failure becomes a ``BundleError`` (``not_a_bundle``, ``truncated``, ``unsafe_zip``)."""
    try:
        zf = zipfile.ZipFile(data_or_file)
    except zipfile.BadZipFile as exc:
        code = "not_a_bundle"
        if outer:
            head = _head(data_or_file)
            if head.startswith(LOCAL_SIG):
                code = "truncated"  # a ZIP that lost its end (central directory)
        else:
            code = "tampered"
        raise BundleError(code, reason="zip") from exc
    except (OSError, ValueError, EOFError, NotImplementedError, OverflowError, struct.error, zlib.error) as exc:
        raise BundleError("tampered" if not outer else "not_a_bundle", reason="zip_open") from exc
    try:
        _vet(zf, limits)
    except BaseException:
        zf.close()
        raise
    return zf


def _head(data_or_file) -> bytes:
    if isinstance(data_or_file, (bytes, bytearray)):
        return bytes(data_or_file[:4])
    if isinstance(data_or_file, io.IOBase):
        pos = data_or_file.tell()
        data_or_file.seek(0)
        head = data_or_file.read(4)
        data_or_file.seek(pos)
        return head
    with open(data_or_file, "rb") as fh:
        return fh.read(4)


def _vet(zf: zipfile.ZipFile, limits: ZipLimits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise BundleError("unsafe_zip", reason="too_many_entries")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if not safe_name(name) or info.is_dir():
            raise BundleError("unsafe_zip", reason="name")
        if name in seen:
            raise BundleError("unsafe_zip", reason="duplicate_name")
        seen.add(name)
        if info.flag_bits & 0x1:
            raise BundleError("unsafe_zip", reason="zip_encryption")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleError("unsafe_zip", reason="compression")
        if info.file_size > limits.max_entry_size:
            raise BundleError("unsafe_zip", reason="entry_size")
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise BundleError("unsafe_zip", reason="stored_size")
        if info.compress_type == zipfile.ZIP_DEFLATED and info.file_size > (1 << 20) and \
                info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise BundleError("unsafe_zip", reason="ratio")
        total += info.file_size
        if total > limits.max_total_size:
            raise BundleError("unsafe_zip", reason="total_size")


def read_entry(zf: zipfile.ZipFile, name: str, *, tamper_code: str = "tampered") -> bytes:
    """Read one vetted entry, never more than its declared size; CRC and header errors mean tampering."""
    info = zf.getinfo(name)
    try:
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except ZIP_READ_ERRORS as exc:
        raise BundleError(tamper_code, reason="entry_read") from exc
    if len(data) != info.file_size:
        raise BundleError(tamper_code, reason="entry_size")
    return data
