"""Session-wide throwaway PKI for the bundle tests (RSA key generation is the slow part)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from .certs import KELURAHAN, OTHER_KELURAHAN, issue, make_ca


@pytest.fixture(scope="session")
def pki() -> SimpleNamespace:
    ca = make_ca()
    other_ca = make_ca("Rogue CA")
    operator = issue(ca, "Operator Kelurahan Uji", "operator", KELURAHAN)
    return SimpleNamespace(
        ca=ca,
        other_ca=other_ca,
        operator=operator,
        dinsos=issue(ca, "Dinsos Pusat Data", "dinsos"),
        backup=issue(ca, "Dinsos Cadangan", "dinsos"),
        outsider=issue(ca, "Bukan Penerima", "dinsos"),
        rogue_operator=issue(other_ca, "Operator Palsu", "operator", KELURAHAN),
        expired_operator=issue(ca, "Operator Lama", "operator", KELURAHAN, days=-1, not_before_days=-30),
        lurah=issue(ca, "Lurah Uji", "lurah", KELURAHAN),
        other_operator=issue(ca, "Operator Tetangga", "operator", OTHER_KELURAHAN),
    )
