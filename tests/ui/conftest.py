"""UI test fixtures: a demo database built once per session and copied per test; a logged-in main window.

QT_QPA_PLATFORM=offscreen is set by tests/conftest.py before Qt is imported. Screenshots go to
test-output/screens/ (git-ignored).
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "test-output" / "screens"
TODAY = dt.date(2023, 7, 31)  # after the demo's verval visits (17–28 Jul), inside tahap 1
PASSWORD = "siks-demo"


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from siks_desktop.db.migrate import open_database
    from siks_desktop.services import Services
    from siks_desktop.services.demo import generate_demo

    path = tmp_path_factory.mktemp("template") / "demo.db"
    engine = open_database(path)
    services = Services(engine, today=lambda: TODAY)
    services.settings.bind_kelurahan("31.71.01.1001")
    for name, role, full in (("operator", "operator", "Siti Operator"), ("admin", "admin", "Admin Kelurahan"),
                             ("lurah", "lurah", "Pak Lurah")):
        services.accounts.add(name, role, PASSWORD, nama_lengkap=full, kelurahan_kode="31.71.01.1001")
    generate_demo(engine, households=60, seed=7)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def db_path(demo_db_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "siks.db"
    shutil.copy(demo_db_template, target)
    return target


@pytest.fixture
def ui_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIKS_UI_CONFIG", str(tmp_path / "ui.ini"))
    monkeypatch.setenv("SIKS_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


# ``engine`` comes from tests/conftest.py and opens the ``db_path`` above (the demo copy).


@pytest.fixture
def services(engine):  # type: ignore[no-untyped-def]
    """The UI tests' clock stands inside tahap 1, after the demo's verval visits."""
    from siks_desktop.services import Services

    return Services(engine, today=lambda: TODAY)


@pytest.fixture
def runner(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from ui.app import make_app
    from ui.tasks import Runner

    make_app()
    r = Runner()
    yield r
    r.shutdown()


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """No test may block on a modal dialog: questions fail, reports are recorded and fail the test."""
    from ui import errors
    from ui.dialogs import ask

    reports: list[str] = []

    def question(parent, title, text, choices, default):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected question: {title}: {text}")

    def show_report(exc_type, exc, tb, parent=None):  # type: ignore[no-untyped-def]
        reports.append(errors.build_report(exc_type, exc, tb))

    monkeypatch.setattr(ask, "question", question)
    monkeypatch.setattr(errors, "show_report", show_report)
    yield reports
    assert not reports, "unexpected error report:\n" + "\n".join(reports)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Queue answers for ui.dialogs.ask.question; records what was asked. Unanswered questions fail the test."""
    from ui.dialogs import ask

    class Answers(list):  # type: ignore[type-arg]
        asked: list[str]

    queue = Answers()
    asked: list[str] = []

    def question(parent, title, text, choices, default):  # type: ignore[no-untyped-def]
        asked.append(title)
        if not queue:
            raise AssertionError(f"unexpected question: {title}: {text}")
        return queue.pop(0)

    monkeypatch.setattr(ask, "question", question)
    queue.asked = asked
    return queue


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes shown through the error funnel, captured instead of blocking."""
    from ui import errors

    shown: list[str] = []
    monkeypatch.setattr(errors, "show_message", lambda parent, text: shown.append(text))
    return shown


@pytest.fixture
def window(qtbot, ui_env, services, runner, messages):  # type: ignore[no-untyped-def]
    from ui.app import build_context
    from ui.main_window import MainWindow
    from ui.prefs import Prefs

    operator = services.login("operator", PASSWORD)
    ctx = build_context(operator, runner, Prefs(), "test.db")
    win = MainWindow(ctx)
    win.resize(1366, 740)
    win.show()
    wait_idle(qtbot, runner)
    yield win
    win.data.form.dirty = False
    wait_idle(qtbot, runner)
    win.close()
    win.deleteLater()
    qtbot.wait(1)


def wait_idle(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    qtbot.wait(10)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def screenshot(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / f"{name}.png"
    widget.grab().save(str(path))
    return path
