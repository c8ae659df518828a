"""Citizen identity numbers (số định danh cá nhân / CCCD), docs/rules.md §7."""

from __future__ import annotations

import csv
import datetime as dt
from functools import cache

from core.errors import UserError
from core.resources import resource_path

__all__ = ["birth_year_of", "is_man", "mask_id_number", "province_codes", "validate_id_number"]

# Century-and-sex digit (TT 07/2016/TT-BCA): 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s …
_CENTURY = {0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 6: 2200, 7: 2200, 8: 2300, 9: 2300}


@cache
def province_codes() -> dict[str, str]:
    """Birth-registration province codes (TT 07/2016/TT-BCA Phụ lục I) → province name."""
    with resource_path("identity", "province-codes.csv").open(encoding="utf-8") as handle:
        return {row["code"]: row["province"] for row in csv.DictReader(handle)}


def validate_id_number(value: str, *, today: dt.date | None = None) -> str:
    """Return the 12-digit number, or raise a `UserError` that says what is wrong with it.

    Spaces and dots typed between groups are dropped; an empty value is returned as "".
    """
    digits = "".join(ch for ch in (value or "") if ch not in " .-")
    if not digits:
        return ""
    if not (digits.isascii() and digits.isdigit()) or len(digits) != 12:
        raise UserError(
            f'Số CCCD/định danh "{value}" phải gồm đúng 12 chữ số.',
            f'Identity number "{value}" must be exactly 12 digits.',
        )
    if digits[:3] not in province_codes():
        raise UserError(
            f'Số CCCD "{digits}": mã tỉnh nơi đăng ký khai sinh "{digits[:3]}" không tồn tại.',
            f'Identity number "{digits}": unknown province code "{digits[:3]}".',
        )
    birth_year = _CENTURY[int(digits[3])] + int(digits[4:6])
    this_year = (today or dt.date.today()).year
    if birth_year > this_year:
        raise UserError(
            f'Số CCCD "{digits}": năm sinh {birth_year} (chữ số thứ 4–6) chưa tới.',
            f'Identity number "{digits}": birth year {birth_year} is in the future.',
        )
    return digits


def birth_year_of(digits: str) -> int:
    """The year of birth a valid 12-digit number encodes (its 4th digit's century + digits 5–6)."""
    return _CENTURY[int(digits[3])] + int(digits[4:6])


def is_man(digits: str) -> bool:
    """The 4th digit is even for a man, odd for a woman (TT 07/2016/TT-BCA)."""
    return int(digits[3]) % 2 == 0


def mask_id_number(value: str) -> str:
    """``001090012345`` → ``001*******45``: how lists and reports show it."""
    if len(value) < 6:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 5) + value[-2:]
