"""Dates and moments as people and spreadsheets write them in an office's files: ``YYYY-MM-DD [HH:MM]``, or
``DD/MM/YYYY [HH:MM]`` as Excel saves them under a Vietnamese regional format (seconds and ``SA``/``CH`` accepted).
A two-digit year or a year outside `FIRST_YEAR`–`LAST_YEAR` is refused in one Vietnamese line naming the column."""

from __future__ import annotations

import datetime as dt
import re

from core.errors import UserError

__all__ = ["FIRST_YEAR", "LAST_YEAR", "parse_day", "parse_moment"]

FIRST_YEAR, LAST_YEAR = 1900, 2199  # the years a date in an office's file can mean
_ISO_MOMENT = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?")
_VN_MOMENT = re.compile(
    r"(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?(SA|CH|AM|PM))?)?", re.IGNORECASE
)
_SHORT_YEAR = re.compile(r"\d{1,2}/\d{1,2}/\d{2}(?:\D.*)?")


def parse_moment(text: str, *, column: str = "") -> dt.datetime | None:
    """``YYYY-MM-DD HH:MM`` or ``DD/MM/YYYY HH:MM`` (a date alone means 00:00; seconds and ``SA``/``CH``,
    as Excel under a Vietnamese format may write them, are accepted) → datetime; "" → None."""
    text = (text or "").strip()
    if not text:
        return None
    where = column or None
    parts: tuple[int, int, int, int, int, int] | None = None
    if (
        len(text) == 16
        and text[4] == text[7] == "-"
        and text[10] == " "
        and text[13] == ":"
        and text.isascii()
        and (digits := text[:4] + text[5:7] + text[8:10] + text[11:13] + text[14:]).isdigit()
    ):
        # the export's own YYYY-MM-DD HH:MM, as the pattern below reads it, without running the patterns
        parts = (int(digits[:4]), int(digits[4:6]), int(digits[6:8]), int(digits[8:10]), int(digits[10:]), 0)
    elif _SHORT_YEAR.fullmatch(text):
        raise UserError(
            f'Ngày "{text}" có năm hai chữ số: hãy ghi đủ năm, dạng DD/MM/YYYY hoặc YYYY-MM-DD.',
            f'"{text}" has a two-digit year: write DD/MM/YYYY or YYYY-MM-DD.',
            where=where,
        )
    elif match := _ISO_MOMENT.fullmatch(text):
        parts = (
            int(match[1]),
            int(match[2]),
            int(match[3]),
            int(match[4] or 0),
            int(match[5] or 0),
            int(match[6] or 0),
        )
    elif match := _VN_MOMENT.fullmatch(text):
        hour, half = int(match[4] or 0), (match[7] or "").upper()
        if half and not 1 <= hour <= 12:
            hour = 99  # "13:00 CH": refused below
        elif half in ("CH", "PM"):
            hour = hour % 12 + 12
        elif half in ("SA", "AM"):
            hour %= 12
        parts = (int(match[3]), int(match[2]), int(match[1]), hour, int(match[5] or 0), int(match[6] or 0))
    if parts is not None and not FIRST_YEAR <= parts[0] <= LAST_YEAR:
        raise UserError(
            f'Ngày "{text}" có năm {parts[0]} nằm ngoài {FIRST_YEAR}–{LAST_YEAR}: hãy kiểm tra lại năm.',
            f'"{text}": year {parts[0]} is outside {FIRST_YEAR}-{LAST_YEAR}.',
            where=where,
        )
    if parts is not None:
        try:
            return dt.datetime(*parts)
        except ValueError:
            pass
    raise UserError(
        f'Thời điểm "{text}" không hợp lệ (dạng YYYY-MM-DD HH:MM hoặc DD/MM/YYYY HH:MM).',
        f'Invalid moment "{text}" (YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM).',
        where=where,
    )


def parse_day(text: str, *, column: str = "") -> dt.date | None:
    """``YYYY-MM-DD`` or ``DD/MM/YYYY`` (a date cell of Excel, read as midnight, too) → date; "" → None."""
    moment = parse_moment(text, column=column)
    if moment is None:
        return None
    if moment.time() != dt.time():
        raise UserError(
            f'"{text}" không phải một ngày (dạng YYYY-MM-DD hoặc DD/MM/YYYY).',
            f'"{text}" is not a date (YYYY-MM-DD or DD/MM/YYYY).',
            where=column or None,
        )
    return moment.date()
