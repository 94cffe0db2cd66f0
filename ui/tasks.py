"""The one background runner: every database call runs on ONE worker thread; results come back as signals.

Pattern of Anki's ``QueryOp``/``taskman``: the function given to ``run`` must never touch a widget; ``on_done`` and
``on_error`` run on the GUI thread. A job submitted with a ``key`` supersedes older jobs of the same key that have
not started yet (search as you type sends one query per pause, not one per key press). Long jobs get a
``QProgressDialog`` whose Cancel sets the core's ``CancelToken`` (siks_desktop.jobs).
"""
from __future__ import annotations

import itertools
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from siks_desktop.jobs import CancelToken, Cancelled

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class Job:
    id: int
    fn: Callable[[], Any]
    on_done: Done | None
    on_error: Failed | None
    key: str | None = None
    generation: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


class _Worker(QObject):
    finished = Signal(object, object, object)  # job, result, error
    progressed = Signal(object, int, object, str)  # job, done, total, step

    @Slot(object)
    def execute(self, job: Job) -> None:
        runner: Runner = job.extra["runner"]
        if job.key is not None and runner._latest.get(job.key) != job.generation:
            self.finished.emit(job, None, _Superseded())
            return
        try:
            result = job.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread's funnel
            exc.__dict__.setdefault("_siks_tb", traceback.format_exc())
            self.finished.emit(job, None, exc)
            return
        self.finished.emit(job, result, None)


class _Superseded(Exception):
    """A newer job with the same key replaced this one before it started."""


class Runner(QObject):
    """Owns the worker thread. ``run`` queues a job; ``pending`` counts jobs not yet reported (tests wait on it)."""

    _submit = Signal(object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("siks-db-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._worker.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        self.pending = 0
        self._thread.start()

    # ---------- API ----------
    def run(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None, *,
            key: str | None = None) -> int:
        job = Job(next(self._ids), fn, on_done, on_error, key)
        if key is not None:
            job.generation = job.id
            self._latest[key] = job.id
        job.extra["runner"] = self
        self.pending += 1
        self._submit.emit(job)
        return job.id

    def run_long(self, fn: Callable[[Callable[[int, int | None, str], None], CancelToken], Any], *,
                 title: str, parent: QWidget | None, on_done: Done | None = None,
                 on_error: Failed | None = None) -> int:
        """A job taking ``(progress, cancel)`` shown in a modal progress dialog with a working Cancel button."""
        token = CancelToken()
        dialog = QProgressDialog(title, self.tr("Batal"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(token.cancel)
        holder: dict[str, Job] = {}

        def progress(done: int, total: int | None, step: str) -> None:  # called on the worker thread
            self._worker.progressed.emit(holder["job"], done, total, step)

        def finish_ok(result: Any) -> None:
            dialog.close()
            if on_done:
                on_done(result)

        def finish_err(exc: BaseException) -> None:
            dialog.close()
            if isinstance(exc, Cancelled):
                return
            (on_error or _default_error)(exc)

        job = Job(next(self._ids), lambda: fn(progress, token), finish_ok, finish_err)
        job.extra.update(runner=self, dialog=dialog, token=token)
        holder["job"] = job
        self.pending += 1
        self._submit.emit(job)
        return job.id

    def shutdown(self) -> None:
        self._thread.quit()
        self._thread.wait(10_000)

    # ---------- GUI thread ----------
    @Slot(object, object, object)
    def _finished(self, job: Job, result: Any, error: BaseException | None) -> None:
        self.pending -= 1
        try:
            if isinstance(error, _Superseded):
                return
            if error is not None:
                (job.on_error or _default_error)(error)
            elif job.on_done is not None:
                try:
                    job.on_done(result)
                except RuntimeError as exc:  # the widget that asked was closed meanwhile
                    if "already deleted" not in str(exc):
                        raise
        finally:
            if self.pending == 0:
                self.idle.emit()

    @Slot(object, int, object, str)
    def _progressed(self, job: Job, done: int, total: int | None, step: str) -> None:
        dialog: QProgressDialog | None = job.extra.get("dialog")
        if dialog is None:
            return
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        dialog.setLabelText(step)


def _default_error(exc: BaseException) -> None:
    from .errors import report_error

    report_error(None, exc)
