#!/usr/bin/env bash
# Create .venv (if missing) and install the project with its test extras. Idempotent: when pyproject.toml has not
# changed since the last successful install and the key imports work, it returns at once.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv"
    python3 -m venv .venv
fi

stamp=.venv/.siks-setup-stamp
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
    && .venv/bin/python -c "import siks_desktop, sqlalchemy, alembic, pytest, importlinter, PySide6" 2>/dev/null; then
    exit 0
fi

echo "setup: installing siks-desktop[test] into .venv"
log=.venv/.siks-setup.log
# Build-backend warnings are noise here; the log is shown only when the install fails.
if ! .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]" > "$log" 2>&1; then
    cat "$log" >&2
    exit 1
fi
echo "$want" > "$stamp"
