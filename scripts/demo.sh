#!/usr/bin/env bash
# Open the app on a demo database (demo.db in the checkout), creating it with demo data the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh app
bash scripts/setup.sh
if [ ! -f demo.db ]; then
    .venv/bin/siks --db demo.db demo
fi
exec .venv/bin/siks --db demo.db "$@"
