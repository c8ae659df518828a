import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from core.text import clean, fold, nfc, sort_key


def test_fold_ignores_case_diacritics_and_d():
    assert fold("Nguyễn Văn An") == "nguyen van an"
    assert fold("ĐĂNG KÝ KHAI SINH") == "dang ky khai sinh"
    assert fold("  Trần   Thị  Bích ") == "tran thi bich"


def test_old_and_new_tone_placement_fold_alike():
    assert fold("hoà") == fold("hòa")
    assert fold("thuỷ") == fold("thủy")
    assert fold("Khoá") == fold("Khóa")


def test_clean_turns_decomposed_marks_into_nfc():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hường")
    assert decomposed != "Nguyễn Thị Hường"
    assert clean(decomposed) == "Nguyễn Thị Hường"
    assert unicodedata.is_normalized("NFC", clean(decomposed))


def test_vietnamese_alphabetical_order():
    names = ["Ước", "Đào", "Dũng", "Ân", "An", "Ăn", "Bình", "Ơn", "Ô", "Út", "Yến", "Hỏa", "Hòa", "Hoa"]
    assert sorted(names, key=sort_key) == [
        "An",
        "Ăn",
        "Ân",
        "Bình",
        "Dũng",
        "Đào",
        "Hoa",
        "Hòa",
        "Hỏa",
        "Ô",
        "Ơn",
        "Út",
        "Ước",
        "Yến",
    ]


@given(st.text())
def test_fold_is_stable_and_nfc_independent(text):
    assert fold(fold(text)) == fold(text)
    assert fold(unicodedata.normalize("NFD", text)) == fold(nfc(text))


def test_folding_drops_exactly_the_combining_marks_whatever_the_text():
    """The search key is the text without every character Unicode calls combining (the table that drops them
    learns characters as it meets them: a later text is folded the same way)."""
    import random
    import re
    import unicodedata

    from core.text import fold

    def by_the_definition(text):
        decomposed = unicodedata.normalize("NFD", text.translate(str.maketrans({"đ": "d", "Đ": "d"})))
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        return re.sub(r"\s+", " ", stripped.lower()).strip()

    chars = [chr(c) for c in range(0x20, 0x3000)]
    rng = random.Random(17)
    texts = ["Nguyễn Thị Hường", "ĐỖ VĂN ĐỨC", "hoà thuỷ", "".join(chars)]
    texts += ["".join(rng.choice(chars) for _ in range(rng.randint(1, 30))) for _ in range(500)]
    for text in texts + texts:
        assert fold(text) == by_the_definition(text)
