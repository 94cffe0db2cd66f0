"""SIKS Desktop core: domain, database, services and file formats. Never imports Qt."""
from __future__ import annotations

__version__ = "0.1.0"
