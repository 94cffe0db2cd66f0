"""Qt-free progress and cancellation for long jobs. The UI's runner turns these into a QProgressDialog."""
from __future__ import annotations

import threading
from typing import Callable

from .errors import SiksError


class Cancelled(SiksError):
    code = "cancelled"
    default_message = "Dibatalkan oleh pengguna; tidak ada data yang diubah."


# progress(done, total, step): total None when unknown; step names what is being done ("demo", "impor", ...)
Progress = Callable[[int, "int | None", str], None]


def no_progress(done: int, total: int | None, step: str) -> None:  # noqa: ARG001 - matches Progress
    return None


class CancelToken:
    """Set from any thread; long jobs call ``check()`` between batches and roll back when it raises."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
