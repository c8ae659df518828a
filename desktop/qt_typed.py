"""Small typed helpers where PySide6's stubs fall short of what PySide6 does.

- ``named(widget, name)``: the object name (tests and style sheets find widgets by it). PySide6 takes it
  as a constructor keyword (``QLabel(objectName=…)``), but its stubs list only each class's own properties,
  not the inherited ``objectName``.
- ``py_date`` / ``py_datetime``: ``QDate.toPython()`` and ``QDateTime.toPython()`` return a ``date`` and a
  ``datetime``; the stubs say ``object``. ``qt_date`` / ``qt_datetime`` go the other way (``QDate(date)``
  works, but the stubs do not know it).
- ``label_for(text, field)``: a label whose &-letter focuses ``field`` (``QLabel(text, buddy=field)``).
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar, cast

from PySide6.QtCore import QDate, QDateTime, QObject, QTime
from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["label_for", "named", "py_date", "py_datetime", "qt_date", "qt_datetime"]

_O = TypeVar("_O", bound=QObject)


def named(widget: _O, name: str) -> _O:
    widget.setObjectName(name)
    return widget


def py_date(value: QDate) -> dt.date:
    return cast(dt.date, value.toPython())


def py_datetime(value: QDateTime) -> dt.datetime:
    return cast(dt.datetime, value.toPython())


def qt_date(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qt_datetime(value: dt.datetime) -> QDateTime:
    return QDateTime(qt_date(value), QTime(value.hour, value.minute, value.second, value.microsecond // 1000))


def label_for(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label
