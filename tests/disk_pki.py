"""A throwaway Dinsos CA on disk, made by ``siks_desktop.io.pki`` exactly as ``siks pki`` would (RSA 2048 for
speed), for tests that drive the CLI or the central store with real certificate files."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from siks_desktop.io import pki as pki_mod

CA_PW = b"ca-sandi"
P12_PW = "sandi-p12"


def make_disk_ca(d: Path) -> Callable[[str, str, str | None, str], Any]:
    """Create ``d/ca`` and ``d/pw.txt`` (the p12 password file); return ``issue(name, role, kelurahan, stem)`` that
    writes ``d/<stem>.p12`` and ``d/<stem>.pem``."""
    pki_mod.init_ca(d / "ca", "SIKS Dinsos Uji CA", CA_PW, key_size=2048)
    (d / "pw.txt").write_text(P12_PW + "\n")

    def issue(name: str, role: str, kel: str | None, stem: str) -> Any:
        return pki_mod.issue(d / "ca", CA_PW, name=name, role=role, kelurahan_code=kel, out_p12=d / f"{stem}.p12",
                             p12_password=P12_PW.encode(), cert_out=d / f"{stem}.pem", key_size=2048)

    return issue
