"""``siks`` / ``python main.py``: a command → the CLI; no command → the window on the database.

Global options before the command: ``--db PATH``. The default database: ``$SIKS_DB``, else ``siks.db`` in the
per-user data directory (cli.md "Common").
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def default_db() -> Path:
    env = os.environ.get("SIKS_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("SIKS Desktop", appauthor=False)) / "siks.db"


def _split(argv: list[str]) -> tuple[str | None, list[str]]:
    """(value of --db, the remaining arguments)."""
    db: str | None = None
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--db" and i + 1 < len(argv):
            db = argv[i + 1]
            i += 2
            continue
        if arg.startswith("--db="):
            db = arg.split("=", 1)[1]
            i += 1
            continue
        rest.append(arg)
        i += 1
    return db, rest


def has_command(rest: list[str]) -> bool:
    try:
        from siks_desktop.cli import COMMANDS  # type: ignore[attr-defined]
    except (ImportError, AttributeError):
        COMMANDS = None  # noqa: N806
    if COMMANDS is not None:
        return any(a in COMMANDS for a in rest) or any(a in ("-h", "--help", "--version") for a in rest)
    return any(not a.startswith("-") for a in rest) or any(a in ("-h", "--help", "--version") for a in rest)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    db, rest = _split(argv)
    if has_command(rest):
        from siks_desktop.cli import main as cli_main

        return int(cli_main(argv) or 0)
    path = Path(db) if db else default_db()
    path.parent.mkdir(parents=True, exist_ok=True)
    from .app import run

    return run(path)


if __name__ == "__main__":
    raise SystemExit(main())
