"""The table of a year's special days: date, weekday, kind, reason, source, confirmed."""

from __future__ import annotations

from collections.abc import Iterable

from core.office_calendar import CalendarEntry
from desktop.widgets.row_table_model import RowTableModel
from desktop.widgets.weekdays import weekday_long

__all__ = ["SpecialDaysModel"]


class SpecialDaysModel(RowTableModel[CalendarEntry]):
    """Rows are `CalendarEntry`s, in date order."""

    DATE, WEEKDAY, KIND, REASON, SOURCE, CONFIRMED = range(6)

    def set_rows(self, rows: Iterable[CalendarEntry]) -> None:
        super().set_rows(sorted(rows, key=lambda e: e.day))

    def entry(self, row: int) -> CalendarEntry:
        return self.rows[row]

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Weekday"),
            self.tr("Kind"),
            self.tr("Reason"),
            self.tr("Source"),
            self.tr("Confirmed"),
        )

    def cell_text(self, entry: CalendarEntry, column: int) -> str:
        if column == self.DATE:
            return f"{entry.day:%d/%m/%Y}"
        if column == self.WEEKDAY:
            return weekday_long(entry.day.weekday())
        if column == self.KIND:
            return self.tr("Day off") if entry.kind == "off" else self.tr("Working day")
        if column == self.REASON:
            return entry.reason
        if column == self.SOURCE:
            return entry.source
        return self.tr("Yes") if entry.confirmed else self.tr("No")
