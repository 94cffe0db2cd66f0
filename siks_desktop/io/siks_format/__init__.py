"""The ``.siks`` bundle: a signed, encrypted, chunked ZIP container (docs/siks-format.md). Pure, Qt-free."""
from __future__ import annotations

from .container import (
                        FORMAT_VERSION,
                        BundleInfo,
                        OpenedBundle,
                        VerifyResult,
                        load_certificate,
                        open_bundle,
                        verify_bundle,
                        write_bundle,
)
from .crypto import key_id
from .errors import MESSAGES, BundleError
from .identity import identity_from_cert

__all__ = [
                        "FORMAT_VERSION",
                        "MESSAGES",
                        "BundleError",
                        "BundleInfo",
                        "OpenedBundle",
                        "VerifyResult",
                        "identity_from_cert",
                        "key_id",
                        "load_certificate",
                        "open_bundle",
                        "verify_bundle",
                        "write_bundle",
]
