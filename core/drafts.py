"""One way into a dossier's values: `DossierDraft` and the checks every client goes through.

A clerk's intake form, a row of an imported register, ``motcua intake`` and a correction after intake all
say the same things about a dossier (who applied, how, what it costs); each value is checked here, once,
by `check_field`, and a whole draft by `check_draft`. `core.dossiers.accept` takes a checked draft;
`core.register` checks a row's values with the same functions (adding its file's line and column);
`core.lifecycle.correct` checks a corrected value with `check_field`. The limits (the fee ceiling) are in
`core.limits`. Nothing here touches the database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from core.errors import UserError
from core.identity import validate_id_number
from core.limits import MAX_FEE
from core.models import CHANNELS
from core.text import clean

__all__ = [
    "CHANNELS",
    "DELIVERIES",
    "PAYMENT_METHODS",
    "DossierDraft",
    "check_draft",
    "check_fee",
    "check_field",
    "validate_channel",
    "validate_email",
    "validate_phone",
    "whole_count",
]

PAYMENT_METHODS = {"": "Không thu phí", "cash": "Tiền mặt", "transfer": "Chuyển khoản", "online": "Trực tuyến"}
DELIVERIES = {"desk": "Tại Bộ phận Một cửa", "postal": "Qua dịch vụ bưu chính", "online": "Trực tuyến"}
_PHONE = re.compile(r"^0[0-9]{8,10}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class DossierDraft:
    """What is said about a new dossier before it is accepted (nothing checked yet: see `check_draft`).

    ``fee=None`` takes the procedure's fee; ``components=None`` the procedure's checklist;
    ``received_at=None`` the moment of acceptance."""

    procedure_code: str
    applicant_name: str
    id_number: str = ""
    phone: str = ""
    address: str = ""
    email: str = ""
    channel: str = "direct"
    received_at: dt.datetime | None = None
    paid_online: bool = False
    fee: int | None = None
    payment_method: str = ""
    delivery: str = "desk"
    components: tuple[dict[str, Any], ...] | list[dict[str, Any]] | None = None


def validate_phone(value: str) -> str:
    digits = "".join(ch for ch in (value or "") if ch not in " .-()")
    if not digits:
        return ""
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    if not _PHONE.match(digits):
        raise UserError(
            f'Số điện thoại "{value}" không hợp lệ: cần 9–11 chữ số, bắt đầu bằng 0 hoặc +84.',
            f'Invalid phone number "{value}": 9–11 digits starting with 0 or +84.',
        )
    return digits


def whole_count(value: Any, name: str = "") -> int:
    """A number of copies (bản): a whole number from 0, or a clear message."""
    text = str(value if value is not None else 0).strip() or "0"
    if not (text.isascii() and text.isdigit()) or len(text) > 4:
        raise UserError(
            f'Số bản "{value}"{" của " + clean(name) if clean(name) else ""} phải là số nguyên từ 0 đến 9999.',
            f'The number of copies "{value}" must be a whole number.',
        )
    return int(text)


def validate_email(value: str) -> str:
    email = clean(value)
    if email and not _EMAIL.match(email):
        raise UserError(f'Địa chỉ email "{email}" không hợp lệ.', f'Invalid email "{email}".')
    return email


def validate_channel(value: str) -> str:
    channel = (value or "direct").strip().lower()
    if channel not in CHANNELS:
        raise UserError(
            f'Hình thức nộp "{value}" không hợp lệ: direct (trực tiếp), postal (bưu chính) hoặc online (trực tuyến).',
            f'Invalid channel "{value}": direct, postal or online.',
        )
    return channel


def check_fee(fee: int) -> int:
    """A fee in đồng: a whole number from 0 to `MAX_FEE`."""
    if isinstance(fee, bool) or not isinstance(fee, int) or fee < 0:
        raise UserError("Phí, lệ phí phải là số nguyên không âm.", "The fee must be a whole number, not negative.")
    if fee > MAX_FEE:

        def dots(number: int) -> str:
            return f"{number:,}".replace(",", ".")

        raise UserError(
            f"Phí, lệ phí {dots(fee)} đồng quá lớn (tối đa {dots(MAX_FEE)} đồng).",
            f"The fee {fee:,} is too large (at most {MAX_FEE:,}).",
        )
    return fee


def check_field(field: str, value: Any, *, today: dt.date) -> Any:
    """One value of a dossier as it will be stored (cleaned), or a `UserError` naming what is wrong."""
    if field == "applicant_name":
        name = clean(value)
        if not name:
            raise UserError("Chưa nhập họ tên người nộp hồ sơ.", "The applicant's name is missing.")
        return name
    if field == "id_number":
        return validate_id_number(value, today=today)
    if field == "phone":
        return validate_phone(value)
    if field == "email":
        return validate_email(value)
    if field == "channel":
        return validate_channel(value)
    if field == "fee":
        return check_fee(value)
    if field == "delivery":
        if value not in DELIVERIES:
            raise UserError(f'Cách nhận kết quả "{value}" không hợp lệ.', f'Unknown delivery "{value}".')
        return value
    if field == "payment_method":
        if value not in PAYMENT_METHODS:
            raise UserError(f'Cách nộp phí "{value}" không hợp lệ.', f'Unknown payment method "{value}".')
        return value
    return clean(value) if isinstance(value, str) else value


_CHECKED = (
    "applicant_name",
    "email",
    "fee",
    "payment_method",
    "delivery",
    "id_number",
    "phone",
    "channel",
    "address",
    "procedure_code",
)


def check_draft(draft: DossierDraft, *, today: dt.date) -> DossierDraft:
    """The draft with every value checked and cleaned, in the order a clerk reads the form; the first wrong
    value raises its `UserError` and nothing is accepted."""
    values = {
        name: check_field(name, getattr(draft, name), today=today)
        for name in _CHECKED
        if not (name == "fee" and draft.fee is None)
    }
    return dataclasses.replace(draft, **values)
