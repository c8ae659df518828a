"""The office settings an admin changes, each declared once: key, kind, default, label, help and check.

`SETTINGS` drives everything about them: `core.office.DEFAULT_SETTINGS` (the defaults), `set_setting` and
`save_settings` (the checks), ``motcua settings show|set`` and the settings form of the window (one editor per
declaration, grouped by `GROUPS`). A declaration whose key has a dot is one part of a table stored under one
key (``targets.on_time_rate`` is the ``on_time_rate`` of ``targets``); the table's check checks each part.

Checks take the value as the command line's JSON or the window's editors give it and return the value to
store, or raise a `UserError` of one Vietnamese line. Nothing here touches the database.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal

from core.errors import UserError
from core.text import clean

__all__ = [
    "GRADE_POINTS",
    "GROUPS",
    "SETTINGS",
    "TEXT_LIMIT",
    "Kind",
    "Setting",
    "check_setting",
    "declared",
    "defaults",
    "stored_keys",
    "unknown_setting",
]

#: What an editor edits: a fraction shown as a percentage, a whole number, a clock time "HH:MM", a line of text,
#: one of `Setting.choices`, a folder ("" = none), the days of the office week, field name → fraction, grade bands.
Kind = Literal["percent", "int", "time", "text", "choice", "folder", "weekdays", "field_rates", "grade_bands"]

#: The groups of the settings form, in order (Vietnamese, English).
GROUPS: dict[str, str] = {
    "Mục tiêu": "Targets",
    "Báo cáo": "Report",
    "Người ký": "Signers",
    "Giờ và ngày làm việc": "Working days and hours",
    "Sao lưu": "Backups",
    "Tệp xuất": "Exported files",
    "Giấy tờ quét": "Scanned papers",
}
TEXT_LIMIT = 200
#: The most points of the evaluation sheet (core.satisfaction.evaluation.TOTAL_POINTS: nine indicators of 2 points).
GRADE_POINTS = 18
_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


@dataclass(frozen=True)
class Setting:
    """One setting an admin may change."""

    key: str
    kind: Kind
    group: str
    default: Any
    label: str
    help: str
    label_en: str
    help_en: str
    choices: tuple[tuple[str, str, str], ...] = ()  # (stored value, Vietnamese, English)
    minimum: int = 0
    maximum: int = 0
    check: Callable[[Any], Any] = field(default=lambda value: value, repr=False, compare=False)

    @property
    def stored_key(self) -> str:
        return self.key.partition(".")[0]

    @property
    def part(self) -> str:
        return self.key.partition(".")[2]

    def text(self, lang: str = "vi") -> tuple[str, str]:
        """(label, help) in ``lang``."""
        return (self.label_en, self.help_en) if lang == "en" else (self.label, self.help)


def _bad(key: str, what: str, what_en: str) -> UserError:
    return UserError(f'Giá trị của "{key}" không hợp lệ: {what}.', f'Invalid value for "{key}": {what_en}.')


def _rate(key: str) -> Callable[[Any], float]:
    def check(value: Any) -> float:
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
            or not 0 <= value <= 1
        ):
            raise _bad(key, "cần một tỉ lệ từ 0 đến 1, ví dụ 0.97", "a fraction from 0 to 1, e.g. 0.97")
        return float(value)

    return check


def _text(key: str, *, strict: bool) -> Callable[[Any], str]:
    """A line of text; ``strict=False`` turns any other JSON value into text (the signers always did)."""

    def check(value: Any) -> str:
        if not isinstance(value, str):
            if strict:
                raise _bad(key, "cần một chuỗi chữ", "text is expected")
            value = "" if value is None else str(value)
        value = clean(value)
        if len(value) > TEXT_LIMIT:
            raise _bad(key, f"tối đa {TEXT_LIMIT} ký tự", f"at most {TEXT_LIMIT} characters")
        return value

    return check


def _choice(
    key: str, allowed: tuple[str, ...], what: str, what_en: str, aliases: dict[str, str] | None = None
) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if isinstance(value, str) and aliases and value in aliases:
            return aliases[value]
        if not isinstance(value, str) or value not in allowed:
            raise _bad(key, what, what_en)
        return value

    return check


def _due_day(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 28:
        raise _bad("report_due_day", "một ngày từ 1 đến 28", "a day from 1 to 28")
    return value


#: The longest an idle window waits before it logs its user out (minutes).
IDLE_LOCK_MAX = 480


def _idle_minutes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= IDLE_LOCK_MAX:
        raise _bad(
            "idle_lock_minutes",
            f"số phút từ 0 (không bao giờ khoá) đến {IDLE_LOCK_MAX}",
            f"minutes from 0 (never) to {IDLE_LOCK_MAX}",
        )
    return value


def _week(value: Any) -> list[int]:
    if not isinstance(value, list) or not value or any(type(d) is not int or d not in range(7) for d in value):
        raise _bad(
            "office_week",
            "danh sách thứ trong tuần, 0 = thứ Hai … 6 = Chủ nhật, ví dụ [0,1,2,3,4]",
            "a list of weekdays, 0 = Monday … 6 = Sunday, e.g. [0,1,2,3,4]",
        )
    return sorted(set(value))


def _cutoff(value: Any) -> str:
    if not isinstance(value, str) or not _TIME.match(value):
        raise _bad("same_day_cutoff", "giờ dạng HH:MM, ví dụ 15:00", "a time as HH:MM, e.g. 15:00")
    return value


def _folder(key: str) -> Callable[[Any], str]:
    """A folder that exists on this desk, stored resolved; "" for none."""

    def check(value: Any) -> str:
        if value == "":
            return ""
        try:
            found = isinstance(value, str) and Path(value).is_dir()
        except (OSError, ValueError):
            found = False
        if not found:
            raise _bad(
                key,
                f"thư mục {value} không tồn tại (để trống nếu không dùng)",
                f"the folder {value} does not exist (leave it empty for none)",
            )
        return str(Path(value).resolve())

    return check


def _field_rates(value: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        raise _bad(
            "satisfaction_field_targets",
            'một bảng lĩnh vực → tỉ lệ, ví dụ {"Đất đai": 0.9}',
            'a table of field → fraction, e.g. {"Đất đai": 0.9}',
        )
    return {clean(k): _rate(f"satisfaction_field_targets.{k}")(v) for k, v in value.items() if clean(k)}


def _grades(value: Any) -> list[dict[str, Any]]:
    """Grade bands as [{"min": points, "label": name}, …] (or [points, name] pairs): names, lower bounds
    strictly decreasing from at most `GRADE_POINTS`, the last from 0."""
    bad = UserError(
        f"Thang xếp loại không hợp lệ: mỗi mức cần tên, điểm từ cao xuống thấp (tối đa {GRADE_POINTS}) "
        "và mức cuối từ 0 điểm.",
        "Invalid grade bands: names, lower bounds decreasing, the last from 0.",
    )
    if not isinstance(value, list) or not value:
        raise bad
    bands: list[dict[str, Any]] = []
    for band in value:
        if isinstance(band, dict) and set(band) == {"min", "label"}:
            low, label = band["min"], band["label"]
        elif isinstance(band, (list, tuple)) and len(band) == 2:
            low, label = band
        else:
            raise bad
        if (
            isinstance(low, bool)
            or not isinstance(low, (int, float))
            or not math.isfinite(low)
            or not isinstance(label, str)
            or not clean(label)
            or len(clean(label)) > TEXT_LIMIT
        ):
            raise bad
        bands.append({"min": float(low), "label": clean(label)})
    lows = [band["min"] for band in bands]
    if lows[-1] != 0 or lows[0] > GRADE_POINTS or any(a <= b for a, b in pairwise(lows)):
        raise bad
    return bands


def _percent(key: str, label: str, help_: str, label_en: str, help_en: str, default: float) -> Setting:
    return Setting(key, "percent", "Mục tiêu", default, label, help_, label_en, help_en, check=_rate(key))


def _signer(part: str, label: str, help_: str, label_en: str, help_en: str, default: str) -> Setting:
    key = f"signers.{part}"
    return Setting(key, "text", "Người ký", default, label, help_, label_en, help_en, check=_text(key, strict=False))


_PERIODS = (
    ("calendar", "Tháng dương lịch (ngày 1 đến cuối tháng)", "Calendar month (1st to last day)"),
    (
        "decree09",
        "Theo Nghị định 09 (ngày 15 tháng trước đến ngày 14)",
        "Decree 09 (15th of the previous month to the 14th)",
    ),
)
_SEPARATORS = (
    (";", "Dấu chấm phẩy ; (Excel theo định dạng Việt Nam)", "Semicolon ; (Excel with Vietnamese format)"),
    (",", "Dấu phẩy ,", "Comma ,"),
    ("tab", "Dấu tab", "Tab"),
)

#: Every setting an admin may change, in the order of the form.
SETTINGS: tuple[Setting, ...] = (
    _percent(
        "targets.on_time_rate",
        "Chỉ tiêu hồ sơ đúng hạn, trước hạn",
        "Tỷ lệ hồ sơ có kết quả đúng hạn hoặc trước hạn mà cơ quan phấn đấu; báo cáo tháng so với chỉ tiêu này.",
        "On-time target",
        "Share of dossiers decided on time or early; the monthly report compares with it.",
        0.97,
    ),
    _percent(
        "targets.online_rate",
        "Chỉ tiêu tiếp nhận trực tuyến",
        "Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận.",
        "Online intake target",
        "Share of dossiers received online.",
        0.75,
    ),
    _percent(
        "targets.digitized_rate",
        "Chỉ tiêu số hóa hồ sơ",
        "Tỷ lệ hồ sơ được số hóa thành phần hồ sơ, kết quả giải quyết.",
        "Digitisation target",
        "Share of dossiers digitised.",
        0.95,
    ),
    _percent(
        "targets.online_payment_rate",
        "Chỉ tiêu thanh toán trực tuyến",
        "Tỷ lệ hồ sơ có phí, lệ phí được thanh toán trực tuyến.",
        "Online payment target",
        "Share of fees paid online.",
        0.70,
    ),
    _percent(
        "targets.apology_coverage",
        "Chỉ tiêu xin lỗi hồ sơ quá hạn",
        "Tỷ lệ hồ sơ quá hạn có văn bản xin lỗi công dân (quy định là 100%).",
        "Apology target",
        "Share of late dossiers with an apology letter (100% by law).",
        1.0,
    ),
    _percent(
        "targets.satisfaction_rate",
        "Chỉ tiêu hài lòng chung",
        "Tỷ lệ người dân hài lòng, rất hài lòng cho các lĩnh vực không có chỉ tiêu riêng.",
        "Satisfaction target",
        "Share of satisfied citizens, for fields without their own target.",
        0.95,
    ),
    Setting(
        "satisfaction_field_targets",
        "field_rates",
        "Mục tiêu",
        {"Đất đai": 0.90, "Xây dựng": 0.90, "Đầu tư": 0.90},
        "Chỉ tiêu hài lòng theo lĩnh vực",
        "Lĩnh vực có chỉ tiêu hài lòng riêng (tên lĩnh vực như trong danh mục thủ tục); bỏ trống tên để xóa dòng.",
        "Satisfaction target by field",
        "Fields with their own satisfaction target (named as in the catalog); clear a name to drop its row.",
        check=_field_rates,
    ),
    Setting(
        "evaluation_grades",
        "grade_bands",
        "Mục tiêu",
        [
            {"min": 15.0, "label": "Xuất sắc"},
            {"min": 12.0, "label": "Tốt"},
            {"min": 9.0, "label": "Khá"},
            {"min": 6.0, "label": "Trung bình"},
            {"min": 0.0, "label": "Yếu"},
        ],
        "Thang xếp loại phiếu đánh giá",
        f"Mỗi mức: từ bao nhiêu điểm (trên tổng {GRADE_POINTS}) và tên; điểm từ cao xuống thấp, mức cuối từ 0.",
        "Evaluation grade bands",
        f"Each band: from how many points (of {GRADE_POINTS}) and its name; highest first, the last from 0.",
        minimum=0,
        maximum=GRADE_POINTS,
        check=_grades,
    ),
    Setting(
        "report_period",
        "choice",
        "Báo cáo",
        "calendar",
        "Kỳ báo cáo",
        "Kỳ số liệu của báo cáo tháng: tháng dương lịch, hoặc từ ngày 15 tháng trước đến ngày 14 (Nghị định 09).",
        "Report period",
        "The monthly report's period: the calendar month, or 15th to 14th (Decree 09).",
        choices=_PERIODS,
        check=_choice(
            "report_period",
            ("calendar", "decree09"),
            "calendar (tháng dương lịch) hoặc decree09 (từ ngày 15 tháng trước đến 14)",
            "calendar or decree09",
        ),
    ),
    Setting(
        "report_due_day",
        "int",
        "Báo cáo",
        5,
        "Hạn nộp báo cáo (ngày của tháng sau)",
        "Ngày trong tháng sau kỳ báo cáo mà báo cáo phải gửi đi; chương trình nhắc khi gần đến hạn.",
        "Report due day",
        "Day of the following month by which the report is sent; the desk reminds you.",
        minimum=1,
        maximum=28,
        check=_due_day,
    ),
    Setting(
        "report_recipient",
        "text",
        "Báo cáo",
        "",
        "Nơi nhận báo cáo",
        "Cơ quan nhận báo cáo tháng; để trống thì dùng cơ quan cấp trên trong thông tin cơ quan.",
        "Report recipient",
        "Who receives the monthly report; empty: the office's parent body.",
        check=_text("report_recipient", strict=True),
    ),
    _signer(
        "receiver_title",
        "Chức danh người tiếp nhận",
        "In ở chỗ ký của người tiếp nhận trên giấy tiếp nhận.",
        "Receiver's title",
        "Printed over the receiving clerk's signature.",
        "NGƯỜI TIẾP NHẬN HỒ SƠ",
    ),
    _signer(
        "chairman_prefix",
        "Dòng thẩm quyền ký",
        "Dòng in trên chức danh người ký, ví dụ TM. ỦY BAN NHÂN DÂN.",
        "Signing authority line",
        "Printed above the signer's title, e.g. TM. ỦY BAN NHÂN DÂN.",
        "TM. ỦY BAN NHÂN DÂN",
    ),
    _signer(
        "chairman_title",
        "Chức danh người ký",
        "Chức danh in trên chữ ký ở thư xin lỗi, thông báo, báo cáo.",
        "Signer's title",
        "Title printed over the signature of letters, notices and reports.",
        "CHỦ TỊCH",
    ),
    _signer(
        "chairman_name",
        "Họ tên người ký",
        "Họ tên in dưới chữ ký ở thư xin lỗi, thông báo, báo cáo.",
        "Signer's name",
        "Name printed under the signature of letters, notices and reports.",
        "",
    ),
    Setting(
        "office_week",
        "weekdays",
        "Giờ và ngày làm việc",
        [0, 1, 2, 3, 4],
        "Ngày làm việc trong tuần",
        "Các thứ cơ quan làm việc (ngày lễ, ngày làm bù sửa ở trang Lịch); dùng để tính hạn hồ sơ.",
        "Working days of the week",
        "The weekdays the office works (holidays are on the Calendar page).",
        check=_week,
    ),
    Setting(
        "same_day_cutoff",
        "time",
        "Giờ và ngày làm việc",
        "15:00",
        "Giờ chốt hồ sơ trong ngày",
        "Hồ sơ giải quyết trong ngày nhận sau giờ này thì hẹn trả vào ngày làm việc tiếp theo.",
        "Same-day cut-off",
        "Same-day dossiers received after this time are due the next working day.",
        check=_cutoff,
    ),
    Setting(
        "idle_lock_minutes",
        "int",
        "Giờ và ngày làm việc",
        15,
        "Tự khoá máy sau (phút không dùng)",
        "Cửa sổ không ai gõ phím hay di chuột trong chừng ấy phút thì tự đăng xuất; 0 là không bao giờ.",
        "Lock an idle desk after (minutes)",
        "A window nobody used for this long logs its user out; 0 = never.",
        minimum=0,
        maximum=IDLE_LOCK_MAX,
        check=_idle_minutes,
    ),
    Setting(
        "backup_second_folder",
        "folder",
        "Sao lưu",
        "",
        "Thư mục sao lưu thứ hai",
        "Ổ USB hoặc thư mục mạng nhận thêm một bản của mỗi bản sao lưu; để trống nếu không dùng.",
        "Second backup folder",
        "A USB stick or network folder that gets a copy of each backup; empty: none.",
        check=_folder("backup_second_folder"),
    ),
    Setting(
        "csv_separator",
        "choice",
        "Tệp xuất",
        ";",
        "Dấu phân cách tệp CSV",
        "Dấu ngăn cột trong các tệp CSV xuất ra; Excel theo định dạng Việt Nam đọc dấu chấm phẩy.",
        "CSV separator",
        "How columns are separated in exported CSV files.",
        choices=_SEPARATORS,
        check=_choice(
            "csv_separator",
            (";", ",", "tab"),
            '";" (Excel theo định dạng Việt Nam), "," hoặc tab',
            '";", "," or tab',
            aliases={"\t": "tab"},
        ),
    ),
    Setting(
        "scan_folder",
        "folder",
        "Giấy tờ quét",
        "",
        "Thư mục máy quét",
        "Thư mục máy quét của cơ quan lưu tệp vào; tệp PDF, JPEG, PNG mới ở đó được đề nghị đính kèm vào hồ sơ "
        'đang mở, rồi chuyển vào thư mục con "Đã đính kèm". Để trống nếu không dùng.',
        "Scanner folder",
        "The folder the office scanner saves into; new PDF, JPEG and PNG files there are offered "
        'for the open dossier, then moved into its "Đã đính kèm" subfolder. Empty: off.',
        check=_folder("scan_folder"),
    ),
)

_BY_KEY = {setting.key: setting for setting in SETTINGS}


def declared(key: str) -> Setting:
    """The declaration of ``key`` (``"targets.on_time_rate"``, ``"report_due_day"``…)."""
    return _BY_KEY[key]


def stored_keys() -> set[str]:
    """The keys the settings are stored under (a table once)."""
    return {setting.stored_key for setting in SETTINGS}


def defaults() -> dict[str, Any]:
    """Every stored key with its default (a table as a dict of its parts)."""
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        if setting.part:
            values.setdefault(setting.stored_key, {})[setting.part] = setting.default
        else:
            values[setting.key] = setting.default
    return values


def unknown_setting(key: str) -> UserError:
    return UserError(
        f'Không sửa được cài đặt "{key}"; các cài đặt sửa được: ' + ", ".join(sorted(stored_keys())) + ".",
        f'Setting "{key}" cannot be changed; the settings are: ' + ", ".join(sorted(stored_keys())) + ".",
    )


def _table_check(name: str, parts: dict[str, Setting]) -> Callable[[Any], dict[str, Any]]:
    def check(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict) or (name == "targets" and not value) or any(k not in parts for k in value):
            raise _bad(name, "các khóa được phép: " + ", ".join(parts), "allowed keys: " + ", ".join(parts))
        return {**{k: s.default for k, s in parts.items()}, **{k: parts[k].check(v) for k, v in value.items()}}

    return check


_CHECKS: dict[str, Callable[[Any], Any]] = {s.key: s.check for s in SETTINGS if not s.part}
for _name in {s.stored_key for s in SETTINGS if s.part}:
    _CHECKS[_name] = _table_check(_name, {s.part: s for s in SETTINGS if s.stored_key == _name})


def check_setting(key: str, value: Any) -> Any:
    """The value to store under ``key`` (a stored key: ``targets`` takes a dict of its parts), or a `UserError`
    saying what is wrong."""
    if key not in _CHECKS:
        raise unknown_setting(key)
    return _CHECKS[key](value)
