"""The catalog as a table: code, name, field, time limit, fee, components, offered."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.catalog.data import ProcedureData

__all__ = ["CatalogModel"]


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("CatalogModel", "Code"),
        QCoreApplication.translate("CatalogModel", "Procedure"),
        QCoreApplication.translate("CatalogModel", "Field"),
        QCoreApplication.translate("CatalogModel", "Time limit"),
        QCoreApplication.translate("CatalogModel", "Fee (VND)"),
        QCoreApplication.translate("CatalogModel", "Components"),
        QCoreApplication.translate("CatalogModel", "Offered"),
    ]


class CatalogModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ProcedureData] = []
        self._headers = _headers()

    def set_rows(self, rows: list[ProcedureData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ProcedureData:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            offered = (
                QCoreApplication.translate("CatalogModel", "yes")
                if p.active
                else QCoreApplication.translate("CatalogModel", "withdrawn")
            )
            return [
                p.code,
                p.name,
                p.field,
                p.time_limit,
                f"{p.fee:,}".replace(",", "."),
                str(len(p.components)),
                offered,
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return QColor("#888888")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return "\n".join(f"• {c['name']} ({c['kind']}, {c['count']})" for c in p.components)
        return None
