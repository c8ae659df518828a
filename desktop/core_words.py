"""Core's fixed Vietnamese words (statuses, channels, kinds…) in the language of the interface.

Core hands these out in plain data, in Vietnamese, because they are also printed on the legal forms.
The desktop shows them through `word`, which looks them up in the catalogue (context ``CoreWords``):
in Vietnamese they stay as they are, in English they come out translated. Anything that is not in the
list (a procedure's name, a reason typed by a clerk) comes back unchanged, so `word` is safe on any text.

The tuple below is only there for ``pyside6-lupdate``; `tests/desktop/test_translations.py` checks it
covers every label of the tables in `LABEL_TABLES`, so a word added in core cannot be forgotten here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["CONTEXT", "label_tables", "month_label", "period_range", "word", "words"]

CONTEXT = "CoreWords"
K = TypeVar("K")

_WORDS = (
    # core.dossiers.STATUS_LABELS
    QT_TRANSLATE_NOOP("CoreWords", "Đang giải quyết"),
    QT_TRANSLATE_NOOP("CoreWords", "Chờ công dân bổ sung"),
    QT_TRANSLATE_NOOP("CoreWords", "Đã có kết quả"),
    QT_TRANSLATE_NOOP("CoreWords", "Đã trả kết quả"),
    QT_TRANSLATE_NOOP("CoreWords", "Đã dừng/rút"),
    # core.dossiers.PAYMENT_METHODS, DELIVERIES; core.models.CHANNELS
    QT_TRANSLATE_NOOP("CoreWords", "Không thu phí"),
    QT_TRANSLATE_NOOP("CoreWords", "Tiền mặt"),
    QT_TRANSLATE_NOOP("CoreWords", "Chuyển khoản"),
    QT_TRANSLATE_NOOP("CoreWords", "Trực tuyến"),
    QT_TRANSLATE_NOOP("CoreWords", "Tại Bộ phận Một cửa"),
    QT_TRANSLATE_NOOP("CoreWords", "Qua dịch vụ bưu chính"),
    QT_TRANSLATE_NOOP("CoreWords", "Trực tiếp"),
    QT_TRANSLATE_NOOP("CoreWords", "Dịch vụ bưu chính"),
    # core.lifecycle.CORRECTABLE_FIELDS, STOP_KINDS
    QT_TRANSLATE_NOOP("CoreWords", "Họ tên người nộp"),
    QT_TRANSLATE_NOOP("CoreWords", "Số CCCD"),
    QT_TRANSLATE_NOOP("CoreWords", "Số điện thoại"),
    QT_TRANSLATE_NOOP("CoreWords", "Địa chỉ"),
    QT_TRANSLATE_NOOP("CoreWords", "Hình thức nộp"),
    QT_TRANSLATE_NOOP("CoreWords", "Cách nhận kết quả"),
    QT_TRANSLATE_NOOP("CoreWords", "Cách nộp phí"),
    QT_TRANSLATE_NOOP("CoreWords", "Công dân xin rút hồ sơ"),
    QT_TRANSLATE_NOOP("CoreWords", "Dừng giải quyết hồ sơ"),
    QT_TRANSLATE_NOOP("CoreWords", "Từ chối giải quyết sau tiếp nhận"),
    # core.satisfaction.ratings.LEVELS, ENTERED_BY
    QT_TRANSLATE_NOOP("CoreWords", "Không hài lòng"),
    QT_TRANSLATE_NOOP("CoreWords", "Hài lòng"),
    QT_TRANSLATE_NOOP("CoreWords", "Rất hài lòng"),
    QT_TRANSLATE_NOOP("CoreWords", "Công dân tự đánh giá"),
    QT_TRANSLATE_NOOP("CoreWords", "Cán bộ nhập theo ý kiến công dân"),
    # core.procedures.COMPONENT_KINDS
    QT_TRANSLATE_NOOP("CoreWords", "bản chính"),
    QT_TRANSLATE_NOOP("CoreWords", "bản sao"),
    QT_TRANSLATE_NOOP("CoreWords", "bản chính hoặc bản sao"),
    QT_TRANSLATE_NOOP("CoreWords", "xuất trình"),
    # core.reports.kpis.KPI_LABELS
    QT_TRANSLATE_NOOP("CoreWords", "Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn"),
    QT_TRANSLATE_NOOP("CoreWords", "Tỷ lệ hồ sơ tiếp nhận trực tuyến"),
    QT_TRANSLATE_NOOP("CoreWords", "Tỷ lệ hồ sơ được số hóa"),
    QT_TRANSLATE_NOOP("CoreWords", "Tỷ lệ thanh toán phí, lệ phí trực tuyến"),
    QT_TRANSLATE_NOOP("CoreWords", "Tỷ lệ hồ sơ quá hạn có văn bản xin lỗi"),
    QT_TRANSLATE_NOOP("CoreWords", "Tỷ lệ người dân hài lòng, rất hài lòng"),
    # core.procedures.DURATION_UNITS
    QT_TRANSLATE_NOOP("CoreWords", "ngày làm việc"),
    QT_TRANSLATE_NOOP("CoreWords", "giờ làm việc"),
    QT_TRANSLATE_NOOP("CoreWords", "trong ngày"),
)


def word(text: str) -> str:
    """``text`` in the interface language when it is one of core's words; otherwise ``text`` itself."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def words(labels: Mapping[K, str]) -> dict[K, str]:
    """A label table (key → core's word) with the words in the interface language."""
    return {key: word(label) for key, label in labels.items()}


def month_label(period) -> str:
    """A report period's name, "Tháng 03/2025" (core's ``label``, in the interface language)."""
    month = f"{period.month[5:]}/{period.month[:4]}"
    return QCoreApplication.translate("ReportPeriod", "Month %1").replace("%1", month)


def period_range(period) -> str:
    """ "Từ ngày 01/03/2025 đến ngày 31/03/2025" (core's ``range_text``, in the interface language)."""
    return (
        QCoreApplication.translate("ReportPeriod", "From %1 to %2")
        .replace("%1", f"{period.first:%d/%m/%Y}")
        .replace("%2", f"{period.last:%d/%m/%Y}")
    )


def label_tables() -> dict[str, Mapping | tuple]:
    """Every table of core's words that the desktop shows (for the test that they are all listed)."""
    from core.dossiers import DELIVERIES, PAYMENT_METHODS, STATUS_LABELS
    from core.lifecycle import CORRECTABLE_FIELDS, STOP_KINDS
    from core.models import CHANNELS
    from core.procedures import COMPONENT_KINDS, DURATION_UNITS
    from core.reports.kpis import KPI_LABELS
    from core.satisfaction.ratings import ENTERED_BY, LEVELS

    return {
        "STATUS_LABELS": STATUS_LABELS,
        "PAYMENT_METHODS": PAYMENT_METHODS,
        "DELIVERIES": DELIVERIES,
        "CHANNELS": CHANNELS,
        "CORRECTABLE_FIELDS": CORRECTABLE_FIELDS,
        "STOP_KINDS": STOP_KINDS,
        "LEVELS": LEVELS,
        "ENTERED_BY": ENTERED_BY,
        "COMPONENT_KINDS": COMPONENT_KINDS,
        "KPI_LABELS": KPI_LABELS,
        "DURATION_UNITS": DURATION_UNITS,
    }
