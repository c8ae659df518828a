"""Argument types of the command line: each refuses bad input with one clear line, in the language of the
messages (Vietnamese by default, English with ``--lang en``)."""

from __future__ import annotations

import argparse
import datetime as dt
import re

from core.errors import UserError

__all__ = ["count_arg", "date_arg", "int_arg", "moment_arg", "month_arg", "time_arg", "year_arg"]


def _bad(vi: str, en: str) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(UserError(vi, en).message())


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _bad(
            f'ngày "{text}" không hợp lệ hoặc không tồn tại (dạng YYYY-MM-DD)',
            f'the date "{text}" is invalid or does not exist (YYYY-MM-DD)',
        )


def moment_arg(text: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise _bad(
            f'thời điểm "{text}" không hợp lệ hoặc không tồn tại (dạng "YYYY-MM-DD HH:MM")',
            f'the moment "{text}" is invalid or does not exist ("YYYY-MM-DD HH:MM")',
        )


def count_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise _bad(f'"{text}" không phải số nguyên', f'"{text}" is not a whole number')
    if value < 0:
        raise _bad(
            f"thời hạn {value} là số âm: cần số nguyên không âm",
            f"{value} is negative: a whole number of zero or more is needed",
        )
    return value


def int_arg(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise _bad(f'"{text}" không phải số nguyên', f'"{text}" is not a whole number')


def year_arg(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise _bad(f'năm "{text}" phải là một số, ví dụ 2025', f'the year "{text}" must be a number, e.g. 2025')


def time_arg(text: str) -> dt.time:
    try:
        return dt.datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise _bad(f'giờ "{text}" không hợp lệ (dạng HH:MM)', f'the time "{text}" is invalid (HH:MM)')


def month_arg(text: str) -> str:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        raise _bad(f'tháng "{text}" không hợp lệ (dạng YYYY-MM)', f'invalid month "{text}" (YYYY-MM)')
    return text
