"""Weekday names through Qt's translations (0 = Monday)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["weekday_long", "weekday_short"]


def weekday_long(weekday: int) -> str:
    """Full weekday name: "Thứ Hai" … "Chủ nhật" in Vietnamese."""
    names = (
        QCoreApplication.translate("Weekday", "Monday"),
        QCoreApplication.translate("Weekday", "Tuesday"),
        QCoreApplication.translate("Weekday", "Wednesday"),
        QCoreApplication.translate("Weekday", "Thursday"),
        QCoreApplication.translate("Weekday", "Friday"),
        QCoreApplication.translate("Weekday", "Saturday"),
        QCoreApplication.translate("Weekday", "Sunday"),
    )
    return names[weekday]


def weekday_short(weekday: int) -> str:
    """Short weekday name for column headers: "T2" … "CN" in Vietnamese."""
    names = (
        QCoreApplication.translate("Weekday", "Mon"),
        QCoreApplication.translate("Weekday", "Tue"),
        QCoreApplication.translate("Weekday", "Wed"),
        QCoreApplication.translate("Weekday", "Thu"),
        QCoreApplication.translate("Weekday", "Fri"),
        QCoreApplication.translate("Weekday", "Sat"),
        QCoreApplication.translate("Weekday", "Sun"),
    )
    return names[weekday]
