"""RowTableModel: the rows and their reset, the headings, each role sent to its hook, nothing below the top."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.widgets.row_table_model import RowTableModel

_Role = Qt.ItemDataRole
RED = QColor("#b00020")


@dataclass(frozen=True)
class Item:
    name: str
    count: int
    late: bool = False


class Items(RowTableModel[Item]):
    """A model that says only its headings and texts: every other hook keeps the base's answer."""

    def headers(self) -> tuple[str, ...]:
        return ("Name", "Count")

    def cell_text(self, item: Item, column: int) -> str:
        return (item.name, str(item.count))[column]


class LateItems(Items):
    """Overrides every hook, as the pages' models do."""

    def cell_tooltip(self, item: Item, column: int) -> str | None:
        return f"{item.name} — late" if item.late else None

    def cell_foreground(self, item: Item, column: int) -> QColor | None:
        return RED if item.late and column == 0 else None

    def cell_background(self, item: Item, column: int) -> QColor | None:
        return QColor("#fde7e9") if item.late else None

    def cell_alignment(self, item: Item, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == 1 else None


ROWS = [Item("Khai sinh", 3), Item("Kết hôn", 1, late=True)]


def test_set_rows_resets_the_model_and_keeps_a_copy(qtbot):
    model = Items()
    assert (model.rowCount(), model.columnCount()) == (0, 2)
    given = list(ROWS)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], order="strict"):
        model.set_rows(given)
    given.clear()
    assert model.rowCount() == 2 and model.rows == ROWS
    assert model.row(1) == ROWS[1] and model.row(0).name == "Khai sinh"
    model.set_rows(iter([ROWS[1]]))  # any iterable
    assert model.rowCount() == 1 and model.row(0) is ROWS[1]


def test_nothing_lives_below_the_top_level(qtbot):
    model = Items()
    model.set_rows(ROWS)
    parent = model.index(0, 0)
    assert parent.isValid()
    assert model.rowCount(parent) == 0 and model.columnCount(parent) == 0
    assert model.rowCount(QModelIndex()) == 2 and model.columnCount(QModelIndex()) == 2
    assert not model.index(0, 0, parent).isValid()


def test_headings_are_horizontal_display_only(qtbot):
    model = Items()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Name", "Count"]
    assert model.headerData(1, Qt.Orientation.Horizontal, _Role.DisplayRole) == "Count"
    assert model.headerData(0, Qt.Orientation.Horizontal, _Role.ToolTipRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical, _Role.DisplayRole) is None


def test_the_default_hooks_show_the_text_as_tooltip_and_nothing_else(qtbot):
    model = Items()
    model.set_rows(ROWS)
    cell = model.index(1, 1)
    assert cell.data() == "1" and model.data(cell, _Role.DisplayRole) == "1"
    assert model.data(cell, _Role.ToolTipRole) == "1"
    for role in (_Role.ForegroundRole, _Role.BackgroundRole, _Role.TextAlignmentRole, _Role.FontRole):
        assert model.data(cell, role) is None
    assert model.data(QModelIndex(), _Role.DisplayRole) is None  # an invalid index has nothing


def test_each_role_reaches_its_hook(qtbot):
    model = LateItems()
    model.set_rows(ROWS)
    on_time, late = model.index(0, 0), model.index(1, 0)
    assert model.data(late, _Role.DisplayRole) == "Kết hôn"
    assert model.data(late, _Role.ToolTipRole) == "Kết hôn — late"
    assert model.data(on_time, _Role.ToolTipRole) is None  # a tooltip hook may answer None
    assert model.data(late, _Role.ForegroundRole) == RED
    assert model.data(model.index(1, 1), _Role.ForegroundRole) is None
    assert model.data(late, _Role.BackgroundRole) == QColor("#fde7e9")
    assert model.data(on_time, _Role.BackgroundRole) is None
    assert model.data(model.index(0, 1), _Role.TextAlignmentRole) == Qt.AlignmentFlag.AlignRight
    assert model.data(on_time, _Role.TextAlignmentRole) is None
    assert model.data(late, _Role.CheckStateRole) is None  # a role without a hook
