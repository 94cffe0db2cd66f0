"""``siks import-prelist FILE --source SRC [--sheet NAME] [--mapping FILE] [--dry-run] [--errors-out FILE.xlsx]``.

JSON keys per cli.md: ``rows_read``, ``rows_imported``, ``rows_merged``, ``rows_rejected``, ``errors`` (list of
``{row, field, code}``, here with ``message`` too); further keys are additions (see docs/prelist.md).

Test hook (tests/prelist/test_crash.py): with ``SIKS_TEST_PAUSE_AFTER_ROWS=N`` and ``SIKS_TEST_PAUSE_FILE=PATH`` the
command, once N rows are written inside the still-open transaction, creates PATH and sleeps, so a test can SIGKILL
it mid-file. Both variables must be set; nothing else changes.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Any

from ..io.prelist.presets import SOURCES, load_mapping
from . import json_flag, progress_printer


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-prelist", help="impor prelist (P3KE, KJP Plus, KJMU, stunting, DTKS) dari .xlsx")
    p.add_argument("file", help="buku kerja .xlsx")
    p.add_argument("--source", required=True, choices=SOURCES)
    p.add_argument("--sheet", default=None, help="nama lembar kerja (bawaan: lembar pertama yang tampak)")
    p.add_argument("--mapping", default=None, help='berkas JSON pemetaan kolom {"nik": "Judul kolom", ...}')
    p.add_argument("--dry-run", action="store_true", help="periksa saja; tidak ada yang ditulis")
    p.add_argument("--errors-out", default=None, help="tulis laporan kesalahan .xlsx ke berkas ini")
    json_flag(p)
    p.set_defaults(handler=cmd_import_prelist)


def _pause_hook(progress: Any) -> Any:
    after = os.environ.get("SIKS_TEST_PAUSE_AFTER_ROWS")
    marker = os.environ.get("SIKS_TEST_PAUSE_FILE")
    if not (after and marker and after.isdigit()):
        return progress

    def report(done: int, total: int | None, step: str) -> None:
        progress(done, total, step)
        if step == "tulis" and done >= int(after):
            Path(marker).write_text(str(done), encoding="utf-8")
            while True:
                time.sleep(1)

    return report


def cmd_import_prelist(args: argparse.Namespace) -> dict[str, Any]:
    from ..services.prelist import PrelistService
    from .workstation import services_for

    mapping = load_mapping(args.mapping) if args.mapping else None
    svc = services_for(args)
    service = PrelistService(svc.ctx)
    result = service.import_file(args.file, args.source, sheet=args.sheet, mapping=mapping, dry_run=args.dry_run,
                                 progress=_pause_hook(progress_printer(args.json)))
    out = result.as_dict()
    if args.errors_out:
        out["errors_out"] = str(result.write_error_report(args.errors_out))
    return out
