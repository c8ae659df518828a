"""The component checklist model: needed vs conditional components, ticks, kinds and counts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.procedures import is_conditional
from desktop.intake.checklist_model import ChecklistModel

COMPONENTS = [
    {"name": "Tờ khai đăng ký khai sinh theo mẫu", "kind": "bản chính", "count": 1},
    {"name": "Giấy chứng sinh", "kind": "bản chính", "count": 1},
    {
        "name": "Văn bản chứng minh việc mang thai hộ (chỉ khi trẻ sinh ra do mang thai hộ)",
        "kind": "bản sao",
        "count": 1,
    },
]
CHECK = Qt.ItemDataRole.CheckStateRole


def test_conditional_components_are_recognised() -> None:
    assert is_conditional("Giấy tờ chứng minh (nếu có)")
    assert is_conditional("Văn bản ủy quyền (nếu ủy quyền thực hiện)")
    assert not is_conditional("Tờ khai đăng ký khai sinh theo mẫu")
    assert not is_conditional("Giấy tờ tùy thân (CCCD/thẻ Căn cước, hộ chiếu)")


def test_missing_until_every_needed_component_is_ticked(qtbot) -> None:
    model = ChecklistModel()
    changes = []
    model.changed.connect(lambda: changes.append(1))
    model.set_components(COMPONENTS)
    assert model.rowCount() == 3 and model.columnCount() == 6
    assert [r.needed for r in model.rows] == [True, True, False]
    assert [r.name for r in model.missing()] == [COMPONENTS[0]["name"], COMPONENTS[1]["name"]]
    assert model.setData(model.index(0, model.SUBMITTED), Qt.CheckState.Checked.value, CHECK)
    assert model.data(model.index(0, model.SUBMITTED), CHECK) == Qt.CheckState.Checked
    assert not model.is_complete()
    model.tick_all()
    assert model.is_complete() and model.missing() == []
    assert [c["name"] for c in model.handed_in()] == [COMPONENTS[0]["name"], COMPONENTS[1]["name"]]
    assert len(changes) >= 3


def test_kind_and_count_are_editable_within_bounds_digitised_is_a_fact(qtbot) -> None:
    model = ChecklistModel()
    model.set_components(COMPONENTS)
    assert model.setData(model.index(1, model.KIND), "bản sao")
    assert not model.setData(model.index(1, model.KIND), "bản photo")
    assert model.setData(model.index(1, model.COUNT), 2)
    assert not model.setData(model.index(1, model.COUNT), 0)
    # the clerk cannot tick "digitised": it says whether scanned files wait for the row
    assert not model.flags(model.index(1, model.DIGITIZED)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(model.index(1, model.DIGITIZED), Qt.CheckState.Checked.value, CHECK)
    assert model.index(1, model.DIGITIZED).data() == "—" and not model.rows[1].digitized
    assert model.setData(model.index(1, model.SUBMITTED), Qt.CheckState.Checked.value, CHECK)
    assert model.handed_in() == [{"name": "Giấy chứng sinh", "kind": "bản sao", "count": 2}]
    assert not model.flags(model.index(0, model.NAME)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, model.SUBMITTED)) & Qt.ItemFlag.ItemIsUserCheckable


def test_a_conditional_component_can_be_made_needed(qtbot) -> None:
    model = ChecklistModel()
    model.set_components(COMPONENTS)
    model.tick_all()
    assert model.is_complete()
    model.setData(model.index(2, model.NEEDED), Qt.CheckState.Checked.value, CHECK)
    assert [r.name for r in model.missing()] == [COMPONENTS[2]["name"]]


def test_files_held_for_a_row_tick_it_and_map_to_the_dossier_s_components(qtbot) -> None:
    model = ChecklistModel()
    model.set_components(COMPONENTS)
    model.add_files(1, ["/quét/giay-chung-sinh.pdf", "/quét/trang-2.jpg"])
    model.add_files(1, ["/quét/giay-chung-sinh.pdf"])  # the same path once
    assert model.rows[1].submitted and model.rows[1].digitized
    assert model.index(1, model.DIGITIZED).data() == "✓ 2 tệp"
    assert model.index(1, model.DIGITIZED).data(Qt.ItemDataRole.ToolTipRole) == "giay-chung-sinh.pdf\ntrang-2.jpg"
    # only the second row is handed in: it is the dossier's component 0
    assert model.papers() == [(0, "/quét/giay-chung-sinh.pdf"), (0, "/quét/trang-2.jpg")]
    model.tick_all()
    assert model.papers()[0] == (1, "/quét/giay-chung-sinh.pdf")
    model.clear_files(1)
    assert model.papers() == [] and model.index(1, model.DIGITIZED).data() == "—"
