"""Vietnamese text rules (docs/rules.md §8): NFC at every entry, folded search keys, sort order."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean", "fold", "nfc", "sort_key"]

# Old ("hoà", "thuỷ") and new ("hòa", "thủy") tone placement differ only in which vowel carries
# the mark; removing marks makes them equal, so folding handles both.
_D_MAP = str.maketrans({"đ": "d", "Đ": "d"})
_SPACES = re.compile(r"\s+")


class _NoMarks(dict):
    """``str.translate`` table that drops combining marks, learning each character once."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NO_MARKS = _NoMarks()
#: Control characters (NUL, a scanner's group separator \x1d, C1 codes…): never kept in a text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (input methods may produce decomposed marks)."""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, trimmed, control characters and inner runs of white space turned into one space: how every
    typed, scanned or imported text is kept."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if not text.isprintable():
        text = _CONTROLS.sub(" ", text)
    if "  " in text or "\n" in text or "\t" in text or "\r" in text or "\xa0" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


def fold(text: str | None) -> str:
    """Search key: lower case, no diacritics, đ→d, single spaces ("Nguyễn Văn An" → "nguyen van an")."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = decomposed.translate(_NO_MARKS)  # every combining mark dropped
    return _SPACES.sub(" ", stripped.lower()).strip()


# Vietnamese alphabet order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
# then tones in the order: none, huyền, hỏi, ngã, sắc, nặng (the order dictionaries use).
_BASE_ORDER = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_BASE_RANK = {ch: i for i, ch in enumerate(_BASE_ORDER)}
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_SHAPE_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter


def _letter_key(ch: str) -> tuple[int, int, str]:
    decomposed = unicodedata.normalize("NFD", ch.lower())
    base = decomposed[0]
    tone = 0
    letter = base
    for mark in decomposed[1:]:
        if mark in _SHAPE_MARKS:
            letter = unicodedata.normalize("NFC", letter + mark)
        elif mark in _TONE_RANK:
            tone = _TONE_RANK[mark]
    if letter == "d" and ch in "đĐ":
        letter = "đ"
    rank = _BASE_RANK.get(letter)
    if rank is None:
        return (len(_BASE_ORDER) + ord(letter), tone, ch)
    return (rank, tone, ch)


def sort_key(text: str) -> tuple:
    """Key that sorts Vietnamese in alphabetical order (a ă â … đ … ơ … ư), not by code point.

    Letters are compared first, tones only to break ties, as a dictionary does.
    """
    letters = [_letter_key(ch) for ch in nfc(text)]
    return (tuple(k[0] for k in letters), tuple(k[1] for k in letters), text)
