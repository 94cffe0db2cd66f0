#!/usr/bin/env bash
# THE test command (README, .ci/run): install missing system packages, set up .venv, run the whole pytest suite (Qt offscreen), then the import-linter contract.
# Extra arguments go to pytest, e.g. `scripts/test.sh tests/db -x`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh test
bash scripts/setup.sh

export QT_QPA_PLATFORM=offscreen
status=0
.venv/bin/python -m pytest -q "$@" || status=$?
if [ "$status" -eq 5 ]; then
    echo "test.sh: pytest collected no tests" >&2
fi
# The core never imports Qt or ui (pyproject.toml [tool.importlinter]); also checked inside tests/test_architecture.py.
lint=0
.venv/bin/lint-imports --no-logo --no-cache || lint=$?
if [ "$status" -ne 0 ]; then exit "$status"; fi
exit "$lint"
