from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "prelist"


@pytest.fixture
def prelist(operator):  # type: ignore[no-untyped-def]
    from siks_desktop.services.prelist import PrelistService

    return PrelistService(operator.ctx)
