"""Render and sign a Berita Acara whose Lampiran 2 lists 2,000 households (goal: < 5 s).

    /work/main/.venv/bin/python bench/bench_berita_acara.py [--households N] [--paper A4|F4] [--out DIR]

Key generation (CA + one certificate) is done first and not timed.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from siks_desktop.io import pki, signing  # noqa: E402
from siks_desktop.io.documents.berita_acara import render_berita_acara  # noqa: E402
from tests.io.sample_ba import sample_ba  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=2000)
    ap.add_argument("--paper", default="A4")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        d = Path(td)
        pki.init_ca(d / "ca", "Bench CA", b"ca")
        pki.issue(d / "ca", b"ca", name="Budi Santoso, S.Sos", role="lurah", kelurahan_code="3171011001",
                  out_p12=d / "lurah.p12", p12_password=b"p12")
        data = sample_ba(a.households, paper=a.paper)
        t0 = time.perf_counter()
        res = render_berita_acara(data, a.out / "ba.pdf")
        t1 = time.perf_counter()
        signing.sign_pdf(res.path, a.out / "ba-signed.pdf", d / "lurah.p12", b"p12", field_name="TTD_Lurah",
                         box=res.signature_boxes["lurah"])
        t2 = time.perf_counter()
        ok = signing.verify_pdf(a.out / "ba-signed.pdf", d / "ca" / "ca.pem").valid
        t3 = time.perf_counter()
    print(f"households={a.households} paper={a.paper} pages={res.pages} size={res.path.stat().st_size // 1024} KiB")
    print(f"render {t1 - t0:.2f} s + sign {t2 - t1:.2f} s = {t2 - t0:.2f} s (goal < 5 s); "
          f"verify {t3 - t2:.2f} s valid={ok}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
