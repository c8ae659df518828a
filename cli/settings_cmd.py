"""``motcua settings show|set``: the office settings an admin changes (targets, signers, report period…)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from core.errors import UserError


def add_parser(command: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``settings`` to the CLI (``command`` is cli.main's helper that makes a sub-command)."""
    settings = command("settings", None, "cài đặt của cơ quan: chỉ tiêu, người ký, kỳ báo cáo, tuần làm việc…")
    sub = settings.add_subparsers(dest="settings_command", metavar="LỆNH", required=True,
                                  parser_class=type(settings))
    p = command("show", show, "xem các cài đặt sửa được", sub)
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p = command("set", set_, "đặt một cài đặt; giá trị là JSON hoặc chữ; KEY.SUBKEY đặt một phần, "
                             "ví dụ: motcua settings set targets.on_time_rate 0.98", sub)
    p.add_argument("key")
    p.add_argument("value")


def _current(session) -> dict:
    from core.office import get_setting
    from core.settings_check import EDITABLE

    return {key: get_setting(session, key) for key in sorted(EDITABLE)}


def show(args: argparse.Namespace) -> int:
    from cli.commands import _read

    with _read(args) as session:
        values = _current(session)
    if args.json:
        print(json.dumps(values, ensure_ascii=False, indent=2))
    else:
        for key, value in values.items():
            print(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    return 0


def set_(args: argparse.Namespace) -> int:
    from cli.commands import _write
    from core.office import get_setting, set_setting
    from core.settings_check import check_setting

    try:
        value = json.loads(args.value)
    except json.JSONDecodeError:
        value = args.value
    key, _, part = args.key.partition(".")
    with _write(args) as session:
        if part:
            current = get_setting(session, key) or {}
            if not isinstance(current, dict):
                raise UserError(f"Cài đặt {key} là một giá trị, không có phần \"{part}\": dùng motcua settings set "
                                f"{key} GIÁ_TRỊ.", f"The setting {key} has no part \"{part}\".")
            current = {**current, part: value}
            value = current
        stored = check_setting(key, value)
        set_setting(session, key, stored)
    print(f"Đã đặt {key} = {json.dumps(stored, ensure_ascii=False)}")
    return 0
