#!/usr/bin/env bash
# Autogenerate the next Alembic revision from the models: scripts/new_migration.sh "add musyawarah" 0002
# It upgrades a scratch SQLite file to the current head and diffs it against siks_desktop/db/models.py; the new file
# lands in siks_desktop/db/migrations/versions/. Read it before committing (renames come out as drop + add).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 2 ]; then echo "usage: $0 MESSAGE REV_ID (e.g. \"add musyawarah\" 0002)" >&2; exit 2; fi
bash scripts/setup.sh
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
.venv/bin/python -c "import sys; from siks_desktop.db.migrate import make_revision; make_revision(sys.argv[1], sys.argv[2], sys.argv[3])" \
    "$1" "$2" "$scratch/scratch.db"
