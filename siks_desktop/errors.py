"""Typed errors of the core.

Every error carries a stable ``code`` and ``params`` (never localised text, never personal data such as a NIK or a
name). The UI maps codes to translated sentences in one place; the CLI prints ``error: <code>: <message>``.
"""
from __future__ import annotations

from typing import Any


class SiksError(Exception):
    """Base of every handled error. ``message`` is a short Indonesian sentence without personal data."""

    code: str = "error"
    default_message: str = "Terjadi kesalahan."

    def __init__(self, code: str | None = None, message: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params: dict[str, Any] = params
        self.message = message or self.default_message
        super().__init__(f"{self.code}: {self.message}")


class NotFound(SiksError):
    code = "not_found"
    default_message = "Data tidak ditemukan."


class ValidationFailed(SiksError):
    """One or more hard rule violations. ``problems`` is a tuple of domain.rules.Problem (codes + field names only)."""

    code = "validation_failed"
    default_message = "Data tidak lolos pemeriksaan."

    def __init__(self, problems: tuple[Any, ...], message: str | None = None) -> None:
        self.problems = tuple(problems)
        first = self.problems[0] if self.problems else None
        summary = message or (
            f"{len(self.problems)} kesalahan; pertama: {first.field} ({first.code})" if first else self.default_message
        )
        super().__init__(self.code, summary, count=len(self.problems))


class PermissionDenied(SiksError):
    code = "permission_denied"
    default_message = "Peran pengguna tidak berwenang untuk tindakan ini."


class AuthenticationFailed(SiksError):
    code = "auth_failed"
    default_message = "Nama pengguna atau kata sandi salah."


class Conflict(SiksError):
    code = "conflict"
    default_message = "Data bertentangan dengan data yang sudah ada."


class ConfigurationError(SiksError):
    code = "config"
    default_message = "Konfigurasi tidak lengkap."


class UnknownRegion(SiksError):
    code = "unknown_region"
    default_message = "Kode wilayah tidak dikenal."
