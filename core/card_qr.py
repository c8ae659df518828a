"""The QR code on the citizen's chip-based identity card (CCCD, and the Căn cước of 1/7/2024), read at intake.

A USB scanner in keyboard mode types the code's text and presses Enter. The text is fields separated by
``|``::

    001090012345|123456789|Nguyễn Văn Thử|15031990|Nam|Thôn Mẫu, Xã Thử Nghiệm, Hà Nội|20052021

the 12-digit identity number, the old 9-digit CMND (empty when the person had none), the full name, the
date of birth ``ddMMyyyy``, the sex (``Nam``/``Nữ``), the permanent address and the issue date
``ddMMyyyy``. The newer card carries more fields after these: seven or more are accepted, each of the
seven checked by its own pattern (12 digits; 9 digits or nothing; a real date of 8 digits), never taken
on trust from its position. The identity number must pass docs/rules.md §7 and agree with the date of birth
and the sex it encodes.

When Unikey/EVKey is on (Telex or VNI), or the Windows Vietnamese keyboard layout is chosen, the
scanner's keys come out changed: the number row ``1234567890`` as ``ă â ê ô`` + the five tone marks +
``đ``, Telex or VNI sequences turned into (or left as) marks. Such a text is recognised and refused with
`GarbledScan`, one line telling the clerk to switch the input method off; any other bad text is a plain
`UserError`. Nothing is returned half-filled. No Qt here: the window and the command line share it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from core.errors import UserError
from core.identity import birth_year_of, is_man, validate_id_number
from core.text import clean

__all__ = [
    "MAX_LENGTH",
    "CardData",
    "GarbledScan",
    "applicant_from_card",
    "looks_like_card",
    "read_card",
    "starts_like_card",
]

#: Longer than any card's text (about 150 characters; the newer card a little more).
MAX_LENGTH = 1000
FIELDS = 7

# A digit as the Windows Vietnamese layout (or a misfiring VNI) types it, in NFD: a plain digit, đ (0), a
# tone mark alone (5–9), or a, e, o, u carrying a breve, circumflex or horn (ă 1, â 2, ê 3, ô 4, ơ, ư) with
# any tone marks that joined them. In NFD the dot below (class 220) may sit before the breve.
_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_SHAPES = "\u0306\u0302\u031b"
_DIGIT_UNIT = re.compile(rf"\d|[đĐ]|[{_MARKS}]|[aeouAEOU][{_MARKS}{_SHAPES}]*[{_SHAPES}][{_MARKS}{_SHAPES}]*")
_DIGITS_OR_GARBLE = re.compile(rf"(?:{_DIGIT_UNIT.pattern})+")
# Telex left in a name: doubled vowels or dd (â ê ô đ), w after a, o, u (ă ơ ư), a tone key after a vowel
# at a word's end. No Vietnamese syllable has any of them.
_TELEX = re.compile(r"aa|ee|oo|dd|[aou]w|[aeiouy][fjxz]\b", re.IGNORECASE)
_SEX = {"nam": "Nam", "nữ": "Nữ"}
_NAME = re.compile(r"[^\W\d_]+(?:[ '’\-.][^\W\d_]+)*")


class GarbledScan(UserError):
    """The scan came through a Vietnamese input method: switch Unikey/EVKey off, or the keyboard to English."""

    def __init__(self) -> None:
        super().__init__(
            "Mã QR trên thẻ bị bộ gõ tiếng Việt làm sai chữ: hãy tắt Unikey/EVKey (hoặc chuyển bàn phím sang "
            "tiếng Anh - ENG) rồi quét lại.",
            "The card's QR text was changed by a Vietnamese input method: switch Unikey/EVKey off (or the "
            "keyboard to English - ENG) and scan again.",
        )


@dataclass(frozen=True)
class CardData:
    """What the card says, checked and in NFC."""

    id_number: str
    old_id: str
    full_name: str
    birth_date: dt.date
    sex: str
    address: str
    issue_date: dt.date


def _units(field: str) -> int | None:
    """How many digits ``field`` stands for when it is digits typed through a Vietnamese layout, else None."""
    decomposed = unicodedata.normalize("NFD", field.strip())
    if not decomposed or not _DIGITS_OR_GARBLE.fullmatch(decomposed):
        return None
    return sum(1 for ch in decomposed if ch not in "aeouAEOU")


def _trim(text: str) -> str:
    """The text without the scanner's Enter, tab or control characters around it."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or not text[start].isprintable()):
        start += 1
    while end > start and (text[end - 1].isspace() or not text[end - 1].isprintable()):
        end -= 1
    return text[start:end]


def looks_like_card(text: str) -> bool:
    """The shape of a card's QR text (garbled or not): six ``|`` or more after 12 digits or what a
    Vietnamese layout makes of them. What a window's scan listener asks before taking a burst as a card."""
    if not text or len(text) > MAX_LENGTH or text.count("|") < FIELDS - 1:
        return False
    return _units(_trim(text).split("|", 1)[0]) == 12


def starts_like_card(text: str) -> bool:
    """``text`` ends with the first ``|`` of a card's QR text: 12 digits (or their garbled form) before it."""
    head, bar, rest = text.rpartition("|")
    return bool(bar) and not rest and "|" not in head and _units(head.rsplit(" ", 1)[-1]) == 12


def _garbled(fields: list[str]) -> bool:
    for field in fields:
        if not (field.isascii() and field.isdigit()) and _units(field) in (8, 9, 12):
            return True  # a number whose digits came out as ă â ê ô, marks or đ
    joined = unicodedata.normalize("NFC", "|".join(fields))
    if any(unicodedata.combining(ch) for ch in joined):
        return True  # a mark NFC could not put on a letter: typed alone, or a second tone on a letter
    if len(fields) > 2:
        name = unicodedata.normalize("NFC", fields[2])
        if any(ch.isdigit() for ch in name) or _TELEX.search(name):
            return True  # VNI's digits, or Telex's letters, left in the name
    if len(fields) > 4:
        sex = unicodedata.normalize("NFC", fields[4]).strip().lower()
        if sex not in _SEX and re.fullmatch(r"n[uư][\dwxsfrjz]+", sex):
            return True
    return False


def _bad(vi: str, en: str) -> UserError:
    return UserError(f"Mã QR trên thẻ: {vi}", f"Card QR: {en}")


def _date(value: str, vi: str, en: str) -> dt.date:
    if not (len(value) == 8 and value.isascii() and value.isdigit()):
        raise _bad(
            f'{vi} "{value}" phải gồm 8 chữ số ngàyThángNăm (ddMMyyyy).', f'{en} "{value}" must be 8 digits ddMMyyyy.'
        )
    try:
        return dt.date(int(value[4:]), int(value[2:4]), int(value[:2]))
    except ValueError:
        raise _bad(f'{vi} "{value}" không có thật.', f'{en} "{value}" does not exist.') from None


def read_card(text: str, *, today: dt.date | None = None) -> CardData:
    """The card's fields from the QR text, or a `UserError` (`GarbledScan` for an input method's work)."""
    today = today or dt.date.today()
    text = _trim(text or "")
    if not text:
        raise _bad("chưa có mã QR nào.", "there is no QR text.")
    if len(text) > MAX_LENGTH:
        raise _bad(
            f"quá dài ({len(text)} ký tự) để là mã QR của CCCD.",
            f"too long ({len(text)} characters) for a CCCD's QR text.",
        )
    raw = text.split("|")
    if _garbled(raw):
        raise GarbledScan()
    if len(raw) < FIELDS:
        raise _bad(
            f"cần ít nhất {FIELDS} trường ngăn bởi dấu | (số CCCD|số CMND|họ tên|ngày sinh|giới tính|"
            f"nơi thường trú|ngày cấp), chỉ có {len(raw)}.",
            f"at least {FIELDS} fields separated by | are needed, there are {len(raw)}.",
        )
    fields = [unicodedata.normalize("NFC", field).strip() for field in raw[:FIELDS]]
    id_field, old_id, name_field, birth_field, sex_field, address_field, issue_field = fields
    if not (len(id_field) == 12 and id_field.isascii() and id_field.isdigit()):
        raise _bad(
            f'trường đầu "{id_field[:20]}" phải là số định danh 12 chữ số.',
            f'the first field "{id_field[:20]}" must be the 12-digit identity number.',
        )
    try:
        id_number = validate_id_number(id_field, today=today)
    except UserError as error:
        raise _bad(error.vi, error.en) from None
    if old_id and not (len(old_id) == 9 and old_id.isascii() and old_id.isdigit()):
        raise _bad(
            f'số CMND cũ "{old_id[:20]}" phải gồm 9 chữ số hoặc để trống.',
            f'the old CMND number "{old_id[:20]}" must be 9 digits or empty.',
        )
    full_name = clean(name_field)
    if not _NAME.fullmatch(full_name):
        raise _bad(
            f'họ tên "{full_name[:40]}" không hợp lệ.' if full_name else "thiếu họ tên.",
            f'the name "{full_name[:40]}" is not valid.' if full_name else "the name is missing.",
        )
    birth = _date(birth_field, "ngày sinh", "date of birth")
    issue = _date(issue_field, "ngày cấp", "issue date")
    sex = _SEX.get(sex_field.lower())
    if sex is None:
        raise _bad(
            f'giới tính "{sex_field[:20]}" phải là Nam hoặc Nữ.', f'the sex "{sex_field[:20]}" must be Nam or Nữ.'
        )
    address = clean(address_field)
    if not address:
        raise _bad("thiếu địa chỉ nơi thường trú.", "the permanent address is missing.")
    encoded_year = birth_year_of(id_number)
    if birth.year != encoded_year:
        raise _bad(
            f"ngày sinh {birth:%d/%m/%Y} không khớp năm sinh {encoded_year} trong số định danh.",
            f"date of birth {birth:%Y-%m-%d} does not match the birth year {encoded_year} of the number.",
        )
    if birth > today:
        raise _bad(f"ngày sinh {birth:%d/%m/%Y} chưa tới.", f"date of birth {birth:%Y-%m-%d} is in the future.")
    if (sex == "Nam") != is_man(id_number):
        raise _bad(
            f'giới tính "{sex}" không khớp chữ số thứ 4 của số định danh.',
            f'the sex "{sex}" does not match the 4th digit of the identity number.',
        )
    if not birth <= issue <= today:
        raise _bad(
            f"ngày cấp {issue:%d/%m/%Y} phải sau ngày sinh và không ở tương lai.",
            f"issue date {issue:%Y-%m-%d} must be after the birth date and not in the future.",
        )
    return CardData(
        id_number=id_number,
        old_id=old_id,
        full_name=full_name,
        birth_date=birth,
        sex=sex,
        address=address,
        issue_date=issue,
    )


def applicant_from_card(
    card: CardData, *, name: str = "", id_number: str = "", address: str = ""
) -> tuple[str, str, str]:
    """The applicant's name, number and address from the card; values also typed must say the same (case and
    spaces aside), or a `UserError` names the first that does not. The card's spelling is kept."""
    if id_number.strip() and validate_id_number(id_number) != card.id_number:
        raise UserError(
            f'Số CCCD đã nhập "{id_number}" không khớp số trên thẻ.',
            f'The identity number typed "{id_number}" does not match the card.',
        )
    for typed, read, vi, en in (
        (name, card.full_name, "Họ tên", "The name"),
        (address, card.address, "Địa chỉ", "The address"),
    ):
        if clean(typed) and clean(typed).casefold() != read.casefold():
            raise UserError(
                f'{vi} đã nhập "{clean(typed)}" không khớp với thẻ ("{read}").',
                f'{en} typed "{clean(typed)}" does not match the card ("{read}").',
            )
    return card.full_name, card.id_number, card.address
