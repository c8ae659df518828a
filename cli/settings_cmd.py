"""``motcua settings show|set``: the office settings an admin changes (targets, signers, report period…)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from cli.office import reading, writing


def add_parser(command: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``settings`` to the CLI (``command`` is cli.main's helper that makes a sub-command)."""
    settings = command("settings", None, "cài đặt của cơ quan: chỉ tiêu, người ký, kỳ báo cáo, tuần làm việc…")
    sub = settings.add_subparsers(dest="settings_command", metavar="LỆNH", required=True, parser_class=type(settings))
    p = command("show", show, "xem các cài đặt sửa được (cũng sửa được ở Cài đặt → Thông số cơ quan trong cửa sổ)", sub)
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p = command(
        "set",
        set_,
        "đặt một cài đặt; giá trị là JSON hoặc chữ; KEY.SUBKEY đặt một phần, "
        "ví dụ: motcua settings set targets.on_time_rate 0.98",
        sub,
    )
    p.add_argument("key")
    p.add_argument("value")
    p.formatter_class = _KeysHelp
    p.epilog = _KEYS  # the list is read from the catalog only when the help is shown


_KEYS = "\0settings keys\0"


class _KeysHelp(argparse.RawDescriptionHelpFormatter):
    """The help of ``settings set``, its epilog the declared settings (`_keys_help`), built when shown."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return super()._fill_text(_keys_help() if text == _KEYS else text, width, indent)


def _keys_help() -> str:
    """The settings as declared (core/settings_catalog.py): key, label, default."""
    from core.settings_catalog import SETTINGS

    lines = ["các cài đặt (KEY: tên; mặc định):"]
    for setting in SETTINGS:
        lines.append(f"  {setting.key}: {setting.label}; {json.dumps(setting.default, ensure_ascii=False)}")
    return "\n".join(lines)


def show(args: argparse.Namespace) -> int:
    from core.office import get_setting
    from core.settings_catalog import SETTINGS, stored_keys

    with reading(args) as session:
        values = {key: get_setting(session, key) for key in sorted(stored_keys())}
    if args.json:
        print(json.dumps(values, ensure_ascii=False, indent=2))
    else:
        labels = {s.stored_key: s.label for s in SETTINGS if not s.part}
        labels.update(targets="Chỉ tiêu", signers="Người ký")
        for key, value in values.items():
            print(f"{key} = {json.dumps(value, ensure_ascii=False)}  # {labels.get(key, '')}")
    return 0


def set_(args: argparse.Namespace) -> int:
    from core.office import save_settings

    try:
        value = json.loads(args.value)
    except json.JSONDecodeError:
        value = args.value
    with writing(args) as session:
        stored = save_settings(session, {args.key: value})  # checked by the setting's declaration
    key, value = next(iter(stored.items()))
    print(f"Đã đặt {key} = {json.dumps(value, ensure_ascii=False)}")
    return 0
