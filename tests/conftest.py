"""Shared fixtures. QT_QPA_PLATFORM must be set before anything imports Qt (pitfalls.md)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Fast argon2 parameters in tests (the real cost, ~0.1 s a hash, stays in production): see services/accounts.py
os.environ.setdefault("SIKS_FAST_HASH", "1")
