"""Typed errors of the ``.siks`` bundle layer: one ``code`` per failure, Indonesian message, never personal data."""
from __future__ import annotations

from typing import Any

from ...errors import SiksError

#: code -> Indonesian message. The codes are a contract (CLI ``reason``, UI translation keys).
MESSAGES: dict[str, str] = {
    "not_a_bundle": "Berkas ini bukan bundel .siks yang sah.",
    "truncated": "Berkas bundel terpotong (tidak lengkap); minta kirim ulang.",
    "tampered": "Isi bundel telah berubah atau rusak; minta kirim ulang.",
    "unknown_version": "Versi format bundel tidak dikenal; perbarui aplikasi.",
    "bad_signature": "Tanda tangan manifest bundel tidak sah.",
    "untrusted_signer": "Sertifikat penanda tangan tidak diterbitkan oleh CA yang dipercaya.",
    "expired_certificate": "Sertifikat penanda tangan sudah kedaluwarsa atau belum berlaku.",
    "wrong_role": "Penanda tangan bundel bukan operator kelurahan/desa.",
    "kelurahan_mismatch": "Kode kelurahan pada sertifikat berbeda dengan kode kelurahan bundel.",
    "manifest_mismatch": "Isi bundel tidak sesuai dengan manifest.",
    "unsafe_zip": "Struktur ZIP bundel tidak aman (nama, jumlah atau ukuran entri).",
    "wrong_recipient": "Bundel ini tidak dienkripsi untuk kunci/sertifikat ini.",
    "bad_payload": "Muatan bundel tidak dapat dibaca.",
}


class BundleError(SiksError):
    """Any failure to write, verify or open a ``.siks`` bundle. ``code`` is one of :data:`MESSAGES`."""

    code = "not_a_bundle"
    default_message = MESSAGES["not_a_bundle"]

    def __init__(self, code: str, message: str | None = None, **params: Any) -> None:
        if code not in MESSAGES:  # pragma: no cover - programming error
            raise ValueError(f"unknown bundle error code {code!r}")
        super().__init__(code, message or MESSAGES[code], **params)
