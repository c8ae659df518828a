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
# --test also brings what tests/installer/test_inno_setup.py needs to compile the Windows installer and
# run it: Wine (64-bit with its 32-bit half: Inno Setup's compiler and setup programs are 32-bit) and
# Inno Setup's compiler from the npm package "innosetup", kept in .tools/ (git-ignored).
WINE_PACKAGES="wine wine64 wine32:i386"
INNOSETUP="innosetup@6.4.1"
extra=""
packages="python3-venv $QT_LIBS"
test=""
if [ "${1:-}" = "--test" ]; then
    test=1
    extra="[test]"
    packages="$packages $TEST_TOOLS"
fi

# installed PACKAGE: dpkg knows it installed, for this machine's architecture (or the one it names).
# Not "dpkg -s": it refuses a name installed for two architectures (libx11-6 once Wine's i386 half is in).
native=""
installed() {
    case "$1" in
        *:*) dpkg-query -W -f='${db:Status-Abbrev}\n' "$1" 2>/dev/null | grep -q '^ii' ;;
        *) dpkg-query -W -f='${db:Status-Abbrev} ${Architecture}\n' "$1" 2>/dev/null |
               grep -Eq "^ii +($native|all)\$" ;;
    esac
}

if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    native=$(dpkg --print-architecture)
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    updated=""
    if [ -n "$test" ]; then
        if [ "$native" = amd64 ] && ! dpkg --print-foreign-architectures | grep -qx i386; then
            echo "Thêm kiến trúc i386 (cho Wine 32-bit)"
            $sudo dpkg --add-architecture i386
        fi
        command -v npm >/dev/null 2>&1 || packages="$packages npm"
    fi
    missing=""
    for package in $packages; do
        installed "$package" || missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        echo "Cài các gói hệ thống còn thiếu:$missing"
        # A mirror caught mid-sync fails one index; what the other indexes hold may still be enough.
        $sudo apt-get update -qq || echo "Cảnh báo: apt-get update báo lỗi; vẫn thử cài với danh mục đang có"
        updated=1
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
    fi
    if [ -n "$test" ] && [ "$native" = amd64 ]; then
        missing=""
        for package in $WINE_PACKAGES; do
            installed "$package" || missing="$missing $package"
        done
        if [ -n "$missing" ]; then
            echo "Cài Wine (kiểm thử trình cài đặt Windows):$missing"
            [ -n "$updated" ] || $sudo apt-get update -qq || true
            DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
        fi
    fi
fi

python="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra"

if [ -n "$test" ]; then
    # Inno Setup's compiler (ISCC.exe, run under Wine by the tests), from the npm registry, pinned.
    wanted=${INNOSETUP#*@}
    have=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' .tools/node_modules/innosetup/package.json 2>/dev/null || true)
    if [ "$have" != "$wanted" ] || [ ! -f .tools/node_modules/innosetup/bin/ISCC.exe ]; then
        if command -v npm >/dev/null 2>&1; then
            echo "Cài Inno Setup $wanted vào .tools/"
            mkdir -p .tools
            npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error "$INNOSETUP" >/dev/null
        else
            echo "npm không có: không cài được Inno Setup (.tools/); các kiểm thử trình cài đặt Windows sẽ bị bỏ qua" >&2
        fi
    fi
    if ! command -v wine >/dev/null 2>&1; then
        echo "Wine không có (không phải Debian/Ubuntu?): các kiểm thử trình cài đặt Windows sẽ bị bỏ qua, và thất bại khi CI=true" >&2
    fi
fi
