#!/bin/sh
# Set up Một Cửa from a checkout on a fresh Debian/Ubuntu machine (Python 3.11+):
# the system libraries Qt needs (installed only when missing), then the app into .venv.
#   sh installer/setup.sh          the app
#   sh installer/setup.sh --test   the app and everything the test suite needs
set -eu
cd "$(dirname "$0")/.."

QT_LIBS="libgl1 libegl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 \
libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render0 \
libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 \
libxkbcommon-x11-0 fonts-noto-core"
TEST_TOOLS="xvfb xauth poppler-utils postgresql desktop-file-utils"
extra=""
packages="python3-venv $QT_LIBS"
if [ "${1:-}" = "--test" ]; then
    extra="[test]"
    packages="$packages $TEST_TOOLS"
fi

if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    missing=""
    for package in $packages; do
        dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "Cài các gói hệ thống còn thiếu:$missing"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
    fi
fi

python="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra"
