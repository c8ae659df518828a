#!/bin/sh
# Install the built Một Cửa (the one-folder bundle made by installer/build.sh) on Linux, with its
# menu entry and icon:
#   sh installer/install-linux.sh [BUNDLE]             for this user: ~/.local/share/motcua-app,
#                                                      menu entry and icons under ~/.local/share,
#                                                      the command ~/.local/bin/motcua
#   sh installer/install-linux.sh --system [BUNDLE]    for everyone (sudo): /opt/motcua,
#                                                      /usr/share/applications, /usr/local/bin/motcua
#   sh installer/install-linux.sh --uninstall [--system]
# BUNDLE is the folder holding the executable "motcua" (default: dist/motcua of this checkout, or
# motcua/ beside this script when it comes from the release archive).
#
# The office data is not in the program folder: it lives in ~/.local/share/motcua (each user's own,
# or MOTCUA_DATA_DIR). Installing a new version over an old one replaces only the program; the new
# version brings the database up to date (after a safety copy) when it first opens it. Uninstalling
# never deletes the data.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
system=no
action=install
bundle=""
for arg in "$@"; do
    case "$arg" in
        --system) system=yes ;;
        --uninstall) action=uninstall ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "Tham số không hợp lệ: $arg (xem: $0 --help)" >&2; exit 2 ;;
        *) bundle=$arg ;;
    esac
done

if [ "$action" = install ]; then
    if [ -z "$bundle" ]; then
        if [ -x "$here/motcua/motcua" ]; then bundle="$here/motcua"; else bundle="$here/../dist/motcua"; fi
    fi
    if [ ! -x "$bundle/motcua" ] || [ ! -d "$bundle/_internal" ]; then
        echo "Không thấy bản đóng gói ở $bundle (cần tệp chạy motcua và thư mục _internal)." >&2
        echo "Hãy chạy sh installer/build.sh trước." >&2
        exit 1
    fi
    bundle=$(cd "$bundle" && pwd)
fi

if [ "$system" = yes ]; then
    if [ "$(id -u)" -ne 0 ]; then  # again as root, with the bundle's full path
        if [ "$action" = install ]; then exec sudo sh "$here/install-linux.sh" --system "$bundle"; fi
        exec sudo sh "$here/install-linux.sh" --system --uninstall
    fi
    prefix=/opt/motcua
    applications=/usr/share/applications
    icons=/usr/share/icons/hicolor
    bin=/usr/local/bin
else
    share=${XDG_DATA_HOME:-$HOME/.local/share}
    prefix=$share/motcua-app  # not $share/motcua: that is the data folder
    applications=$share/applications
    icons=$share/icons/hicolor
    bin=$HOME/.local/bin
fi

refresh_menus() {  # refresh the caches that are there (a new cache could hide other programs' icons)
    if [ -f "$applications/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$applications" || true
    fi
    if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
    fi
    touch "$icons" 2>/dev/null || true  # desktops without a cache watch the folder's time
}

remove_command_link() {  # only our own link: never a motcua installed some other way
    if [ -L "$bin/motcua" ] && [ "$(readlink "$bin/motcua")" = "$prefix/motcua" ]; then rm -f "$bin/motcua"; fi
}

if [ "$action" = uninstall ]; then
    remove_command_link
    rm -f "$applications/motcua.desktop" "$icons/48x48/apps/motcua.png" "$icons/256x256/apps/motcua.png" \
        "$icons/scalable/apps/motcua.svg"
    rm -rf "$prefix"
    refresh_menus
    echo "Đã gỡ Một Cửa khỏi $prefix."
    echo "Dữ liệu của cơ quan vẫn giữ nguyên (~/.local/share/motcua của từng người dùng)."
    exit 0
fi

# The program: copied beside, then swapped in, so a failed copy leaves the installed version whole.
mkdir -p "$(dirname "$prefix")"
rm -rf "$prefix.new" "$prefix.old"
cp -a "$bundle" "$prefix.new"
if [ -e "$prefix" ]; then mv "$prefix" "$prefix.old"; fi
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"

# The icon and the menu entry (the icon files are those bundled in resources/icons).
icon_dir="$prefix/_internal/resources/icons"
install -D -m 644 "$icon_dir/motcua-48.png" "$icons/48x48/apps/motcua.png"
install -D -m 644 "$icon_dir/motcua-256.png" "$icons/256x256/apps/motcua.png"
install -D -m 644 "$icon_dir/motcua.svg" "$icons/scalable/apps/motcua.svg"
mkdir -p "$applications"
sed -e "s|^Exec=motcua |Exec=\"$prefix/motcua\" |" -e "s|^TryExec=motcua\$|TryExec=$prefix/motcua|" \
    "$here/motcua.desktop" > "$applications/motcua.desktop"
chmod 644 "$applications/motcua.desktop"

# The command line: a link on PATH, unless a motcua that is not ours is already there.
mkdir -p "$bin"
if [ ! -e "$bin/motcua" ] || [ -L "$bin/motcua" ]; then
    ln -sfn "$prefix/motcua" "$bin/motcua"
else
    echo "Giữ nguyên $bin/motcua (không phải liên kết của bản cài này); lệnh đầy đủ: $prefix/motcua"
fi
refresh_menus

echo "Đã cài $("$prefix/motcua" --version) vào $prefix."
echo "Mở từ menu ứng dụng (Một Cửa) hoặc chạy: motcua"
