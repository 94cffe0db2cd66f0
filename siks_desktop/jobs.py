"""Qt-free progress and cancellation for long jobs. The UI's runner turns these into a QProgressDialog."""
from __future__ import annotations

import threading
from typing import Protocol

from .errors import SiksError


class Cancelled(SiksError):
    code = "cancelled"
    default_message = "Dibatalkan oleh pengguna; tidak ada data yang diubah."


class Progress(Protocol):
    def __call__(self, done: int, total: int | None, step: str) -> None: ...


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
