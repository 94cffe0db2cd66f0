"""The ``siks`` command (../shared/docs/cli.md is its contract: names, exit codes, --json keys).

Exit status: 0 done; 1 a handled error — one line ``error: <code>: <message>`` on stderr, no traceback, nothing
half-written; 2 usage error. ``--json`` prints one JSON object on stdout and nothing else there.
Each area registers its subcommands from its own module in this package.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from ..errors import SiksError



def _command_modules() -> list[str]:
    """Every module of this package registers its own subcommands (``register(subparsers)``)."""
    import pkgutil

    return [f"{__name__}.{m.name}" for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")]

Handler = Callable[[argparse.Namespace], "dict[str, Any] | None"]


class CliExit(Exception):
    """A handled outcome that still exits 1 after printing the JSON result (e.g. audit verify found a break)."""

    def __init__(self, error: SiksError, result: dict[str, Any]) -> None:
        self.error = error
        self.result = result


def default_db() -> str:
    env = os.environ.get("SIKS_DB")
    if env:
        return env
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("SIKS Desktop", appauthor=False)) / "siks.db")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="siks", description="SIKS Desktop — verval DTKS luring.")
    parser.add_argument("--db", default=None, help="berkas basis data (bawaan: $SIKS_DB atau folder data pengguna)")
    parser.add_argument("--json", action="store_true", help="keluaran satu objek JSON di stdout")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in _command_modules():
        importlib.import_module(name).register(sub)
    return parser


def json_flag(p: argparse.ArgumentParser) -> None:
    """Let ``--json`` also stand after the subcommand (``households list --json``)."""
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="keluaran JSON")


def _commands() -> frozenset[str]:
    parser = build_parser()
    for action in parser._actions:  # noqa: SLF001 - argparse has no public API for this
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return frozenset(action.choices)
    return frozenset()


def has_command(argv: Sequence[str]) -> bool:
    """True when argv names a subcommand (the launcher opens the window otherwise)."""
    names = _commands()
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--db":
            skip = True
            continue
        if arg in names or arg in ("-h", "--help"):
            return True
        if not arg.startswith("-"):
            return True
    return False


def read_secret(args: argparse.Namespace, prompt: str = "Kata sandi: ", *, attr: str = "password_file") -> str:
    """Secrets never come from the command line: --password-file (first line), $SIKS_PASSWORD, a tty prompt."""
    path = getattr(args, attr, None)
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError) as exc:
            raise SiksError("password_file", "Berkas kata sandi tidak dapat dibaca atau kosong.") from exc
    env = os.environ.get("SIKS_PASSWORD")
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt, stream=sys.stderr)
    raise SiksError("password_required", "Kata sandi diperlukan: gunakan --password-file atau $SIKS_PASSWORD.")


def progress_printer(quiet: bool) -> Callable[[int, int | None, str], None]:
    last = [-1]

    def report(done: int, total: int | None, step: str) -> None:
        if quiet and not sys.stderr.isatty():
            return
        pct = int(done * 100 / total) if total else -1
        if pct != last[0]:
            last[0] = pct
            msg = f"{step}: {pct}%" if pct >= 0 else f"{step}: {done}"
            print(msg, file=sys.stderr, flush=True)

    return report


def _emit_text(result: dict[str, Any]) -> None:
    for key, value in result.items():
        if isinstance(value, (list, dict)):
            continue
        print(f"{key}: {value}")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on a usage error
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    if args.db is None:
        args.db = default_db()
    handler: Handler = args.handler
    try:
        result = handler(args)
    except CliExit as stop:
        if args.json:
            print(json.dumps(stop.result, ensure_ascii=False, default=str))
        print(f"error: {stop.error.code}: {stop.error.message}", file=sys.stderr)
        return 1
    except SiksError as exc:
        print(f"error: {exc.code}: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: cancelled: Dibatalkan; tidak ada data yang diubah.", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the one funnel for the unexpected: no traceback, no personal data
        if os.environ.get("SIKS_DEBUG") == "1":
            raise
        print(f"error: internal: Kesalahan tak terduga ({type(exc).__name__}); jalankan ulang dengan SIKS_DEBUG=1 "
              "untuk rincian teknis.", file=sys.stderr)
        return 1
    if result is not None:
        if args.json:
            print(json.dumps(result, ensure_ascii=False, default=str))
        elif not getattr(args, "streamed", False):
            _emit_text(result)
    return 0


def __getattr__(name: str) -> Any:
    if name == "COMMANDS":
        return _commands()
    raise AttributeError(name)
