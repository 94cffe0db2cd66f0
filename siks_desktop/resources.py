"""One function to find bundled resources, from a checkout, an editable install or a PyInstaller build."""
from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:  # PyInstaller one-dir/one-file build: packaging/siks.spec copies resources/ there
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (reference data, templates, fonts, icons, translations)."""
    return resource_root().joinpath(*parts)
