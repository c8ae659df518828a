"""The office key written for people: groups of characters a clerk can type, and a QR code a scanner can read.

The 32-byte key becomes 52 characters of Crockford's base32 (digits and capitals without I, L, O, U,
so nothing is mistaken when read off paper), followed by four characters of its SHA-256 (a check of
the whole key). They are cut into 14 groups of four, and each group gets a fifth character that checks
it, so a mistyped group is named by its number. Reading forgives case, spaces, dashes, ``I``/``L`` for
``1`` and ``O`` for ``0``. The QR code holds the same groups after ``MOTCUA-KHOA:1:``; a USB scanner
typing it into the recovery box works like typing the groups.
"""

from __future__ import annotations

import hashlib

from core.errors import UserError

__all__ = ["GROUPS", "QR_PREFIX", "decode_key", "encode_key", "qr_payload"]

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)} | {"I": 1, "L": 1, "O": 0}
GROUPS = 14
_DATA_CHARS = 52  # 256 bits of key in 5-bit characters (4 padding bits)
_CHECK_CHARS = 4  # 20 bits of the key's SHA-256
QR_PREFIX = "MOTCUA-KHOA:1:"


def _check_char(group: str, index: int) -> str:
    """Odd weights (invertible mod 32): any one mistyped character of the group changes the check."""
    total = index + 7
    for position, ch in enumerate(group, start=1):
        total += (2 * position - 1) * _VALUE[ch]
    return ALPHABET[total % 32]


def _chars(key: bytes) -> str:
    number = int.from_bytes(key, "big") << 4  # 256 bits → 260 bits
    body = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(_DATA_CHARS)))
    check = int.from_bytes(hashlib.sha256(key).digest()[:3], "big") >> 4  # 20 bits
    return body + "".join(ALPHABET[(check >> (5 * i)) & 31] for i in reversed(range(_CHECK_CHARS)))


def encode_key(key: bytes) -> list[str]:
    """The key as 14 groups of five characters (four of the key, one check)."""
    if len(key) != 32:
        raise ValueError("an office key has 32 bytes")
    text = _chars(key)
    groups = [text[i : i + 4] for i in range(0, len(text), 4)]
    return [group + _check_char(group, index) for index, group in enumerate(groups)]


def qr_payload(key: bytes) -> str:
    return QR_PREFIX + "-".join(encode_key(key))


def decode_key(text: str) -> bytes:
    """The key from its groups as typed (or scanned); a one-line `UserError` naming the wrong group."""
    raw = (text or "").strip()
    if raw.upper().startswith(QR_PREFIX):
        raw = raw[len(QR_PREFIX) :]
    cleaned = "".join(ch for ch in raw.upper() if ch not in " -–—_.,;:\t\r\n")
    unknown = sorted({ch for ch in cleaned if ch not in _VALUE})
    if unknown:
        raise UserError(
            f"Có ký tự không thuộc phiếu khôi phục khoá: {' '.join(unknown)} (phiếu chỉ có chữ số và chữ in "
            "hoa; hãy tắt bộ gõ tiếng Việt khi nhập).",
            f"Characters that are not on the recovery sheet: {' '.join(unknown)}.",
        )
    if len(cleaned) != GROUPS * 5:
        raise UserError(
            f"Cần đủ {GROUPS} nhóm, mỗi nhóm 5 ký tự ({GROUPS * 5} ký tự); đã nhập {len(cleaned)}.",
            f"{GROUPS} groups of 5 characters are needed ({GROUPS * 5}); got {len(cleaned)}.",
        )
    canonical = "".join(ALPHABET[_VALUE[ch]] for ch in cleaned)
    groups = [canonical[i : i + 5] for i in range(0, len(canonical), 5)]
    wrong = [str(i + 1) for i, group in enumerate(groups) if _check_char(group[:4], i) != group[4]]
    if wrong:
        raise UserError(
            f"Nhóm số {', '.join(wrong)} gõ chưa đúng: hãy đối chiếu lại với phiếu.",
            f"Group {', '.join(wrong)} is mistyped: check it against the sheet.",
        )
    chars = "".join(group[:4] for group in groups)
    number = 0
    for ch in chars[:_DATA_CHARS]:
        number = number * 32 + _VALUE[ch]
    if number & 0xF:
        raise UserError(
            "Các nhóm không tạo thành một khoá hợp lệ: hãy đối chiếu lại với phiếu.",
            "The groups do not form a valid key.",
        )
    key = (number >> 4).to_bytes(32, "big")
    if _chars(key) != chars:
        raise UserError(
            "Các nhóm không khớp mã kiểm tra của khoá: có nhóm gõ nhầm thứ tự hoặc của phiếu khác.",
            "The groups do not match the key's check.",
        )
    return key
