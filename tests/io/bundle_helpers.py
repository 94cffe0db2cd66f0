"""Helpers to build and craft (break) .siks bundles in tests."""
from __future__ import annotations

import hashlib
import io
import json
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

from siks_desktop.io.siks_format import write_bundle
from siks_desktop.io.siks_format.cms import sign_detached
from siks_desktop.io.siks_format.container import canonical_json

from .certs import KELURAHAN

PARTS = {
    "tables/ruta.jsonl": b'{"uid":"a1","alamat":"Jl. Contoh 1"}\n' * 50,
    "tables/anggota.jsonl": b'{"uid":"b1","nama":"Siti","nik":"3171010101010001"}\n' * 200,
    "attachments/ba-1.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 40,
}


def make_bundle(path: Path, pki, *, signer=None, recipients=None, parts=None, chunk_size: int = 4096,
                fields: dict | None = None, **kw) -> Path:
    signer = signer or pki.operator
    manifest_fields = {"kelurahan_code": KELURAHAN, "sequence": 1, "counts": {"households": 50, "members": 200}}
    manifest_fields.update(fields or {})
    write_bundle(path, manifest_fields=manifest_fields, payload_parts=PARTS if parts is None else parts,
                 recipients=recipients or [pki.dinsos.cert, pki.backup.cert], signer_key=signer.key,
                 signer_cert=signer.cert, chunk_size=chunk_size, **kw)
    return path


def read_entries(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def write_entries(path: Path, entries: list[tuple[str, bytes]], compress=zipfile.ZIP_STORED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are written on purpose
        with zipfile.ZipFile(path, "w", compress) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return path


def rewrite(path: Path, fn: Callable[[list[tuple[str, bytes]]], list[tuple[str, bytes]]], out: Path | None = None,
            compress=zipfile.ZIP_STORED) -> Path:
    return write_entries(out or path, fn(read_entries(path)), compress)


def resign(path: Path, signer, mutate_manifest=None, mutate_entries=None, out: Path | None = None) -> Path:
    """Apply changes, recompute the part hashes in the manifest, let ``signer`` sign it again."""
    entries = dict(read_entries(path))
    if mutate_entries:
        mutate_entries(entries)
    manifest = json.loads(entries["manifest.json"])
    for name in list(manifest["parts"]):
        if name in entries:
            manifest["parts"][name] = {"sha256": hashlib.sha256(entries[name]).hexdigest(),
                                       "size": len(entries[name])}
    if mutate_manifest:
        mutate_manifest(manifest)
    raw = canonical_json(manifest)
    entries["manifest.json"] = raw
    entries["manifest.sig.p7s"] = sign_detached(raw, signer.key, signer.cert)
    return write_entries(out or path, list(entries.items()))


def chunks_of(payload: bytes, chunk_size: int) -> list[bytes]:
    step = chunk_size + 16
    return [payload[i:i + step] for i in range(0, len(payload), step)]


def inner_zip_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.namelist()
