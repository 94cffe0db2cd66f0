"""The core never imports Qt or the UI (architecture.md, property 1), checked two independent ways.

1. import-linter with the contract in pyproject.toml, run on a copy of the tree (so the check also works before
   ``ui/`` exists and never writes a cache into the checkout);
2. a plain AST scan of ``siks_desktop/``, so a violation still fails the suite if the linter config breaks.
Both are shown to catch a planted violation.
"""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "siks_desktop"
FORBIDDEN = ("PySide6", "shiboken6", "ui")
CONTRACT = "The core never imports Qt or the UI"


def _forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def forbidden_imports(package_dir: Path) -> list[tuple[str, int, str]]:
    """(file, line, module) for every import of Qt or ``ui`` under ``package_dir``, including
    ``importlib.import_module("...")`` and ``__import__("...")`` with a literal name. Relative imports stay inside
    the package and are never a violation."""
    found: list[tuple[str, int, str]] = []
    for path in sorted(package_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            modules: list[str] = []
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module] + [f"{node.module}.{a.name}" for a in node.names if node.module == "ui"]
            elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("import_module", "__import__"):
                    modules = [node.args[0].value]
            for module in modules:
                if _forbidden(module):
                    found.append((str(path.relative_to(package_dir.parent)), node.lineno, module))
                    break
    return found


def _lint_imports() -> Path:
    exe = Path(sys.executable).with_name("lint-imports")
    if not exe.exists():
        pytest.fail("lint-imports is not installed in this environment: run scripts/setup.sh")
    return exe


def _copy_tree(dest: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(CORE, dest / "siks_desktop", ignore=ignore)
    if (ROOT / "ui" / "__init__.py").is_file():
        shutil.copytree(ROOT / "ui", dest / "ui", ignore=ignore)
    else:  # the contract names ui as a root package; an empty stand-in until the UI exists
        (dest / "ui").mkdir()
        (dest / "ui" / "__init__.py").write_text("")
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


def _run_linter(tree: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(_lint_imports()), "--no-cache", "--no-logo"], cwd=tree, capture_output=True,
                          text=True, timeout=300)


def test_pyproject_declares_the_contract() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    contract = next(c for c in config["contracts"] if c["name"] == CONTRACT)
    assert contract["type"] == "forbidden"
    assert contract["source_modules"] == ["siks_desktop"]
    assert set(FORBIDDEN) <= set(contract["forbidden_modules"])
    # import-linter refuses external forbidden modules (PySide6) without this flag: the whole check would not run.
    assert config.get("include_external_packages") is True, \
        "pyproject.toml [tool.importlinter] needs include_external_packages = true"


def test_import_linter_keeps_the_contract(tmp_path: Path) -> None:
    result = _run_linter(_copy_tree(tmp_path))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert f"{CONTRACT} KEPT" in output, output
    assert "0 broken" in output


def test_import_linter_catches_a_planted_violation(tmp_path: Path) -> None:
    tree = _copy_tree(tmp_path)
    (tree / "siks_desktop" / "planted.py").write_text("from PySide6.QtCore import QObject\n")
    result = _run_linter(tree)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "siks_desktop.planted -> PySide6" in result.stdout


def test_core_has_no_qt_or_ui_import() -> None:
    assert forbidden_imports(CORE) == []


def test_scanner_finds_every_kind_of_forbidden_import(tmp_path: Path) -> None:
    pkg = tmp_path / "siks_desktop"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "clean.py").write_text(textwrap.dedent("""
        import uuid
        import uikit
        from . import ui_helpers
        from .ui import local_thing
        from sqlalchemy import select
        x = "import PySide6"
    """))
    (pkg / "sub" / "bad.py").write_text(textwrap.dedent("""
        import os, PySide6.QtWidgets
        from PySide6.QtCore import QObject
        from ui import app
        import ui.main_window as mw
        import importlib
        dialog = importlib.import_module("ui.dialogs")
        shiboken = __import__("shiboken6")
    """))
    found = forbidden_imports(pkg)
    assert [(f, line, m) for f, line, m in found] == [
        ("siks_desktop/sub/bad.py", 2, "PySide6.QtWidgets"),
        ("siks_desktop/sub/bad.py", 3, "PySide6.QtCore"),
        ("siks_desktop/sub/bad.py", 4, "ui"),
        ("siks_desktop/sub/bad.py", 5, "ui.main_window"),
        ("siks_desktop/sub/bad.py", 7, "ui.dialogs"),
        ("siks_desktop/sub/bad.py", 8, "shiboken6"),
    ]


def test_scanner_flags_a_violation_planted_in_a_copy_of_the_core(tmp_path: Path) -> None:
    tree = _copy_tree(tmp_path)
    (tree / "siks_desktop" / "db" / "planted.py").write_text("import PySide6\n")
    assert forbidden_imports(tree / "siks_desktop") == [("siks_desktop/db/planted.py", 1, "PySide6")]
