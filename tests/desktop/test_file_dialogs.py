"""Every open/save dialog starts in Documents, never in the shortcut's working folder (issue 14 point 10).

The Start-menu shortcut starts the program in ``C:\\Program Files\\MotCua``: simulated by a working folder
of that name, a home folder with Documents, and the dialogs' ``dir`` argument captured."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.catalog import catalog_panel
from desktop.first_run_wizard import _FileRow
from desktop.handover import page as handover_page
from desktop.ratings import figures_view
from desktop.report import actions
from desktop.widgets import pdf_preview


@pytest.fixture
def pc(tmp_path, monkeypatch):
    """Working folder "Program Files/MotCua", a profile with Documents; the dialogs answer ``answer``."""
    program = tmp_path / "Program Files" / "MotCua"
    program.mkdir(parents=True)
    home = tmp_path / "Users" / "an"
    documents = home / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.chdir(program)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs file: ~/Documents
    asked: list[str] = []
    answer = {"path": ""}

    def save(parent, caption="", directory="", filters="", *rest, **options):
        asked.append(directory)
        return answer["path"], ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(save))
    return program, documents, asked, answer


def _every_dialog(parent: QWidget) -> list:
    return [
        lambda: catalog_panel.choose_open_file(parent, "Nhập danh mục"),
        lambda: catalog_panel.choose_save_file(parent, "Xuất danh mục"),
        lambda: handover_page.ask_open_file(parent),
        lambda: handover_page.ask_save_file(parent, "ban-giao.xlsx"),
        lambda: actions.choose_xlsx_path(parent, "bieu-II.06a-2025-01.xlsx"),
        lambda: figures_view.ask_xlsx_path(parent, "hai-long.xlsx"),
        lambda: pdf_preview.ask_save_path(parent, "giay-tiep-nhan.pdf"),
        lambda: _FileRow("Sổ theo dõi")._choose("Sổ theo dõi"),
    ]


def test_every_dialog_starts_in_documents_not_program_files(qtbot, pc) -> None:
    program, documents, asked, _ = pc
    parent = QWidget()
    qtbot.addWidget(parent)
    for dialog in _every_dialog(parent):
        dialog()
    assert len(asked) == 8
    for directory in asked:
        assert Path(directory).is_absolute(), directory
        assert Path(directory) == documents or Path(directory).parent == documents, directory
        assert str(program) not in directory
    assert asked[1] == str(documents / "danh-muc-thu-tuc.xlsx") and asked[6] == str(documents / "giay-tiep-nhan.pdf")


def test_after_a_choice_the_next_dialog_opens_in_that_folder(qtbot, pc, tmp_path) -> None:
    _, documents, asked, answer = pc
    usb = tmp_path / "USB" / "bao-cao"
    usb.mkdir(parents=True)
    parent = QWidget()
    qtbot.addWidget(parent)
    answer["path"] = str(usb / "bieu.xlsx")
    assert actions.choose_xlsx_path(parent, "bieu.xlsx") == str(usb / "bieu.xlsx")
    answer["path"] = ""
    assert pdf_preview.ask_save_path(parent, "giay.pdf") == ""  # cancelled: the folder is kept
    handover_page.ask_open_file(parent)
    assert asked == [str(documents / "bieu.xlsx"), str(usb / "giay.pdf"), str(usb)]


def test_without_documents_the_home_folder(qtbot, pc) -> None:
    _, documents, asked, _ = pc
    documents.rmdir()
    parent = QWidget()
    qtbot.addWidget(parent)
    catalog_panel.choose_open_file(parent, "Nhập")
    assert asked == [str(documents.parent)]
