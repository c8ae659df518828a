"""The catalog as a table: code, name, field, time limit, fee, components, offered."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.catalog.data import ProcedureData
from desktop.widgets.row_table_model import RowTableModel

__all__ = ["CatalogModel"]

_WITHDRAWN = QColor("#888888")


class CatalogModel(RowTableModel[ProcedureData]):
    def row_at(self, row: int) -> ProcedureData:
        return self.row(row)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Procedure"),
            self.tr("Field"),
            self.tr("Time limit"),
            self.tr("Fee (VND)"),
            self.tr("Components"),
            self.tr("Offered"),
        )

    def cell_text(self, p: ProcedureData, column: int) -> str:
        offered = self.tr("yes") if p.active else self.tr("withdrawn")
        return (
            p.code,
            p.name,
            p.field,
            p.time_limit,
            f"{p.fee:,}".replace(",", "."),
            str(len(p.components)),
            offered,
        )[column]

    def cell_foreground(self, p: ProcedureData, column: int) -> QColor | None:
        return None if p.active else _WITHDRAWN

    def cell_tooltip(self, p: ProcedureData, column: int) -> str | None:
        if column != 1:
            return None
        return "\n".join(f"• {c['name']} ({c['kind']}, {c['count']})" for c in p.components)
