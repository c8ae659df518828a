"""The composition root: a database that cannot be opened gives a message and exit code 2."""

from __future__ import annotations

import sys

import desktop.app


def test_a_database_that_cannot_be_created_gives_a_message_and_code_2(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    shown: list[str] = []
    monkeypatch.setattr(desktop.app, "show_fatal", shown.append)
    assert desktop.app.run(db=str(blocker / "sub" / "t.db"), demo=False) == 2
    assert len(shown) == 1 and "Không tạo được thư mục dữ liệu" in shown[0]


def test_a_file_that_is_not_a_database_gives_a_message_and_code_2(tmp_path, monkeypatch) -> None:
    broken = tmp_path / "hong.db"
    broken.write_bytes(b"this is not a database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(desktop.app, "show_fatal", shown.append)
    assert desktop.app.run(db=str(broken), demo=False) == 2
    assert len(shown) == 1 and "Không mở được cơ sở dữ liệu" in shown[0]


def test_demo_opens_the_sample_office_in_the_data_folder(tmp_path, monkeypatch) -> None:
    from sqlmodel import func, select

    from core.models import Dossier

    monkeypatch.setenv("MOTCUA_DATA_DIR", str(tmp_path))
    database, protection = desktop.app.open_office_database(None, demo=True)
    assert protection.unlocked
    try:
        assert database.path == (tmp_path / "demo.db").resolve()
        with database.session() as session:
            assert session.exec(select(func.count()).select_from(Dossier)).one() > 1000
    finally:
        database.close()
