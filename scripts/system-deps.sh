#!/usr/bin/env bash
# Install the Debian/Ubuntu packages the project needs, only those missing (quick no-op when all are present).
#   scripts/system-deps.sh app    fonts + Qt runtime libraries (enough to open the window)
#   scripts/system-deps.sh test   app + poppler (pdfsig/pdftotext), NSS tools (certutil), PostgreSQL server
# Needs root or sudo; elsewhere it lists what is missing and goes on (tests that need a missing tool say so).
set -euo pipefail
profile="${1:-test}"

APP_PACKAGES=(
    fonts-dejavu-core fonts-liberation
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
    libxcb-render-util0 libxcb-image0 libxkbcommon-x11-0
)
TEST_PACKAGES=(poppler-utils libnss3-tools postgresql)
packages=("${APP_PACKAGES[@]}")
if [ "$profile" = "test" ]; then packages+=("${TEST_PACKAGES[@]}"); fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: not a Debian-like system; install the equivalents of: ${packages[*]}" >&2
    exit 0
fi
missing=()
for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then SUDO="sudo"; else
        echo "system-deps: missing packages (install them as root): ${missing[*]}" >&2
        exit 0
    fi
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" < /dev/null > /tmp/siks-apt.log 2>&1 \
    || { cat /tmp/siks-apt.log >&2; exit 1; }
