"""What every form shares: the profile's numbering and titles, the header, dates, money and signers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session

from core.documents.model import Field, Header, Signature
from core.errors import UserError
from core.identity import mask_id_number
from core.models import Office
from core.office import require_office
from core.office_settings import office_settings
from core.security.protect import LOCKED, Locked
from core.text import clean, nfc

__all__ = [
    "CIRCULARS",
    "FORMS",
    "chairman_signature",
    "citizen",
    "count2",
    "date_words",
    "form_note",
    "form_title",
    "header_for",
    "id_fields",
    "moment_words",
    "money",
    "person_fields",
    "short_moment",
    "signers",
]

#: (form number or None, title) per profile and kind; docs/rules.md §1, docs/domain.md §2.1–2.2.
FORMS: dict[str, dict[str, tuple[str | None, str]]] = {
    "nd61-2018": {
        "receipt": ("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
        "supplement": ("02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
        "refusal": ("03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
        "apology": ("04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
        "stop": (None, "Thông báo dừng giải quyết hồ sơ"),  # no such form in TT 01/2018
        "control-sheet": ("05", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
        "register": ("06", "Sổ theo dõi hồ sơ"),
    },
    "nd118-2025": {
        "receipt": ("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
        "supplement": ("02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
        "refusal": ("03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
        "apology": ("04", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"),
        "stop": ("05", "Thông báo dừng giải quyết hồ sơ"),
        "control-sheet": ("06", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
        "register": ("07", "Sổ theo dõi hồ sơ"),
    },
}
CIRCULARS = {
    "nd61-2018": "Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ",
    "nd118-2025": "Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ",
}


def _profile(profile: str) -> dict[str, tuple[str | None, str]]:
    if profile not in FORMS:
        raise UserError(
            f'Bộ biểu mẫu "{profile}" không có (nd61-2018 hoặc nd118-2025).', f'Unknown legal profile "{profile}".'
        )
    return FORMS[profile]


def form_title(profile: str, kind: str) -> str:
    return nfc(_profile(profile)[kind][1].upper())


def form_note(profile: str, kind: str) -> str:
    number = _profile(profile)[kind][0]
    return f"(Mẫu số {number} ban hành kèm theo {CIRCULARS[profile]})" if number else ""


def _two(value: int, pad: bool = True) -> str:
    return f"{value:02d}" if pad else str(value)


def date_words(day: dt.date) -> str:
    """ "ngày 05 tháng 01 năm 2025": days below 10 and months 1–2 get a leading 0 (NĐ 30/2020)."""
    return f"ngày {day.day:02d} tháng {_two(day.month, day.month <= 2)} năm {day.year}"


def moment_words(moment: dt.datetime | None) -> str:
    """ "10 giờ 05 phút, ngày 05 tháng 01 năm 2025", or dots to fill by hand."""
    if moment is None:
        return "…… giờ …… phút, ngày …… tháng …… năm ……"
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, {date_words(moment.date())}"


def short_moment(moment: dt.datetime | None) -> str:
    """ "08:30\\n05/01/2025" for narrow table cells; "" when there is none."""
    return f"{moment:%H:%M}\n{moment:%d/%m/%Y}" if moment else ""


def money(amount: int) -> str:
    """30000 → "30.000 đồng"; 0 → "Không thu"."""
    return f"{amount:,}".replace(",", ".") + " đồng" if amount else "Không thu"


def count2(value: int) -> str:
    """Counts below 10 with a leading 0, as the forms print them ("01")."""
    return f"{value:02d}"


def header_for(
    session: Session, profile: str, kind: str, *, number: str = "", day: dt.date | None = None, national: bool = True
) -> tuple[Office, Header]:
    """The office and the NĐ 30 header of a form issued on ``day``."""
    office = require_office(session)
    place = clean(office.place) or "……"
    return office, Header(
        parent_body=nfc(clean(office.parent_name).upper()),
        issuing_body=nfc(clean(office.name).upper()),
        number=number,
        place_date=f"{place}, {date_words(day)}" if day else "",
        form_note=form_note(profile, kind),
        national=national,
    )


def signers(session: Session) -> dict[str, str]:
    """The office's signers setting with the defaults filled in."""
    return {k: nfc(v) for k, v in office_settings(session).signers.as_dict().items()}


def chairman_signature(session: Session, name: str = "") -> Signature:
    """The head of the office signs letters to citizens (apology, stop notice)."""
    s = signers(session)
    return Signature(
        title=s["chairman_title"].upper(),
        prefix=s["chairman_prefix"].upper(),
        hint="(Ký, đóng dấu)",
        name=nfc(clean(name)) or s.get("chairman_name", ""),
    )


def citizen(name: str) -> str:
    return nfc(clean(name)) or "……"


def id_fields(row: Any, *, full_id: bool) -> list[Field]:
    """The identity-number line, full on the citizen's own papers, masked elsewhere (docs/rules.md §7)."""
    if not row.id_number:
        return []
    if row.id_number == LOCKED:  # this desk cannot open the personal data: never print a placeholder
        raise Locked()
    return [Field("Số định danh cá nhân/CCCD", row.id_number if full_id else mask_id_number(row.id_number))]


def person_fields(row: Any, *, full_id: bool) -> list[Field]:
    """Identity number, address, phone and email lines of an applicant (dossier or slip)."""
    items = id_fields(row, full_id=full_id)
    items.append(Field("Địa chỉ", nfc(clean(row.address)) or "……"))
    items.append(Field("Số điện thoại", f"{row.phone or '……'}\u00a0\u00a0\u00a0\u00a0Email: {row.email or '……'}"))
    return items
