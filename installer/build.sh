#!/bin/sh
# Build the one-folder bundle of Một Cửa on Linux (or macOS) from a checkout: dist/motcua/.
#   sh installer/build.sh              build, check the frozen program starts, print the size
#   sh installer/build.sh --archive    also pack dist/motcua-VERSION-linux-ARCH.tar.gz (the bundle
#                                      with install-linux.sh and motcua.desktop, for other machines)
# Needs the development environment (sh installer/setup.sh); PyInstaller is installed into .venv
# when missing. Install the result with: sh installer/install-linux.sh
set -eu
cd "$(dirname "$0")/.."

python=.venv/bin/python
if [ ! -x "$python" ]; then
    echo "Chưa có .venv: chạy sh installer/setup.sh trước." >&2
    exit 1
fi
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    echo "Cài PyInstaller vào .venv…"
    "$python" -m pip install -q --disable-pip-version-check "pyinstaller>=6.10"
fi

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/motcua.spec
echo "Đóng gói xong sau $(( $(date +%s) - start )) giây."

version=$(dist/motcua/motcua --version)  # the frozen program runs: "motcua X.Y.Z"
echo "$version: dist/motcua/ $(du -sh dist/motcua | cut -f1)"

if [ "${1:-}" = "--archive" ]; then
    name="motcua-${version#motcua }-$(uname -s | tr 'A-Z' 'a-z')-$(uname -m)"
    archive="dist/$name.tar.gz"
    tar -czf "$archive" --transform "s,^,$name/," -C "$PWD/dist" motcua \
        -C "$PWD/installer" install-linux.sh motcua.desktop
    echo "$archive $(du -sh "$archive" | cut -f1)"
fi
