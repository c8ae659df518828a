"""The QR code on the chip-based CCCD / Căn cước, read at intake (issue 16). Synthetic card texts only:
invented names and addresses, numbers made up to pass docs/rules.md §7."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.card_qr import CardData, GarbledScan, looks_like_card, read_card
from core.errors import UserError

TODAY = dt.date(2025, 6, 1)
# 001 Hà Nội, 0 = man born in the 1900s, 90 = 1990; the rest invented.
MAN = "001090012345|123456789|Nguyễn Văn Thử|15031990|Nam|Thôn Mẫu, Xã Thử Nghiệm, Huyện Giả Định, Hà Nội|20052021"
# 001, 3 = woman born in the 2000s, 05 = 2005.
WOMAN = "001305004321||Trần Thị Mẫu|07082005|Nữ|Số 9 Ngõ Ví Dụ, Phường Mẫu, Hà Nội|01022022"

# The Windows Vietnamese keyboard layout: the number row types these instead of 1234567890.
LAYOUT = dict(zip("1234567890", ["ă", "â", "ê", "ô", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323", "đ"]))


def read(text: str) -> CardData:
    return read_card(text, today=TODAY)


def test_a_seven_field_card() -> None:
    card = read(MAN)
    assert card == CardData(
        id_number="001090012345",
        old_id="123456789",
        full_name="Nguyễn Văn Thử",
        birth_date=dt.date(1990, 3, 15),
        sex="Nam",
        address="Thôn Mẫu, Xã Thử Nghiệm, Huyện Giả Định, Hà Nội",
        issue_date=dt.date(2021, 5, 20),
    )


def test_no_old_cmnd_gives_two_bars_in_a_row() -> None:
    card = read(WOMAN)
    assert card.old_id == "" and card.sex == "Nữ" and card.birth_date == dt.date(2005, 8, 7)
    assert card.full_name == "Trần Thị Mẫu"


def test_the_newer_card_has_more_fields() -> None:
    longer = WOMAN + "|Trần Văn Cha|Lê Thị Mẹ|"
    assert read(longer) == read(WOMAN)


def test_the_scanners_enter_and_decomposed_marks() -> None:
    decomposed = unicodedata.normalize("NFD", MAN)
    card = read(decomposed + "\r\n")
    assert card == read(MAN)
    assert unicodedata.is_normalized("NFC", card.full_name) and unicodedata.is_normalized("NFC", card.address)


@pytest.mark.parametrize(
    "text, says",
    [
        ("", "mã QR"),
        ("001090012345|123456789|Nguyễn Văn Thử", "7 trường"),
        ("H40.25.12-250106-0001", "7 trường"),
        (MAN.replace("001090012345", "00109001234"), "12 chữ số"),
        (MAN.replace("|123456789|", "|12345678|"), "CMND"),
        (MAN.replace("|123456789|", "|12345678X|"), "CMND"),
        (MAN.replace("15031990", "31021990"), "ngày sinh"),
        (MAN.replace("15031990", "1503199"), "ngày sinh"),
        (MAN.replace("15031990", "15/03/1990"), "ngày sinh"),
        (MAN.replace("20052021", "32052021"), "ngày cấp"),
        (MAN.replace("20052021", "20052026"), "ngày cấp"),
        (MAN.replace("20052021", "20051989"), "ngày cấp"),
        (MAN.replace("|Nam|", "|Khác|"), "giới tính"),
        (MAN.replace("|Nguyễn Văn Thử|", "||"), "họ tên"),
        (MAN.replace("|Thôn Mẫu, Xã Thử Nghiệm, Huyện Giả Định, Hà Nội|", "| |"), "địa chỉ"),
        (MAN.replace("001090", "999090"), "mã tỉnh"),  # docs/rules.md §7: no such province
        (MAN.replace("15031990", "15031991"), "năm sinh"),  # the number says 1990
        (MAN.replace("|Nam|", "|Nữ|"), "giới tính"),  # the number says a man
        (MAN * 20, "dài"),
    ],
)
def test_malformed_text_is_refused_in_one_line(text: str, says: str) -> None:
    with pytest.raises(UserError) as caught:
        read(text)
    assert not isinstance(caught.value, GarbledScan)
    message = str(caught.value)
    assert "\n" not in message and says in message


def _layout(text: str) -> str:
    return "".join(LAYOUT.get(ch, ch) for ch in text)


@pytest.mark.parametrize(
    "garbled",
    [
        _layout(MAN),  # the Windows Vietnamese layout: every digit turned into ă â ê ô, a mark or đ
        unicodedata.normalize("NFC", _layout(MAN)),  # the same after the marks joined the letters
        _layout(WOMAN),
        MAN.replace("Nguyễn Văn Thử", "Nguyeenx Vawn Thuwr"),  # Telex left in the name
        MAN.replace("Nguyễn Văn Thử", "Nguye64n Va8n Thu73"),  # VNI left in the name
        MAN.replace("|Nam|", "|Nuwx|"),  # Telex in the sex field
        MAN.replace("Nguyễn", "Nguyê\u0303\u0300n"),  # two tone marks on one letter
        MAN.replace("|15031990|", "|\u0301" + "15031990"[1:] + "|"),  # a mark where a digit was
    ],
)
def test_a_scan_garbled_by_an_input_method_gets_the_hint(garbled: str) -> None:
    with pytest.raises(GarbledScan) as caught:
        read(garbled)
    message = str(caught.value)
    assert "\n" not in message
    assert "Unikey" in message and "EVKey" in message and "tắt" in message


def test_the_hint_in_english() -> None:
    with pytest.raises(GarbledScan) as caught:
        read(_layout(MAN))
    assert "input method" in caught.value.message("en")


def test_the_shape_of_a_card() -> None:
    assert looks_like_card(MAN) and looks_like_card(WOMAN + "|x|y") and looks_like_card(_layout(MAN))
    assert looks_like_card(unicodedata.normalize("NFC", _layout(WOMAN)))
    assert not looks_like_card("H40.25.12-250106-0001")
    assert not looks_like_card("Nguyễn Văn Thử") and not looks_like_card("a|b|c|d|e|f|g")
    assert not looks_like_card("")


_PIECES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "|",
            "||",
            "001090012345",
            "15031990",
            "Nam",
            "Nữ",
            "ă",
            "\u0301",
            "đ",
            "aa",
            "w",
            "\r\n",
            "123456789",
            "Nguyễn",
        ]
    ),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_noise_never_crashes(text: str) -> None:
    try:
        card = read(text)
    except UserError as error:
        assert "\n" not in str(error) and str(error)
    else:
        assert isinstance(card, CardData) and len(card.id_number) == 12 and card.full_name and card.address


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(MAN.split("|")), min_size=7, max_size=12).map("|".join))
def test_fields_out_of_place_never_crash(text: str) -> None:
    try:
        assert isinstance(read(text), CardData)
    except UserError:
        pass


def test_typed_values_must_agree_with_the_card() -> None:
    from core.card_qr import applicant_from_card

    card = read(MAN)
    assert applicant_from_card(card) == (card.full_name, card.id_number, card.address)
    assert applicant_from_card(card, name="nguyễn văn thử", id_number="001 090 012 345", address=card.address) == (
        card.full_name,
        card.id_number,
        card.address,
    )
    for typed in ({"name": "Nguyễn Văn Khác"}, {"id_number": "001090012346"}, {"address": "Nơi khác"}):
        with pytest.raises(UserError) as caught:
            applicant_from_card(card, **typed)
        assert "không khớp" in str(caught.value) and "\n" not in str(caught.value)


def test_the_start_of_a_card_is_known_at_its_first_bar() -> None:
    from core.card_qr import starts_like_card

    assert starts_like_card("001090012345|") and starts_like_card(_layout("001090012345|"))
    assert not starts_like_card("001090012345") and not starts_like_card("0010900123|")
    assert not starts_like_card("001090012345|123456789|") and not starts_like_card("Nguyễn|")
