"""Backups carry the attached files: blobs copied once into the backup folder's shared store, brought back by
a restore (issue 16 §2)."""

from __future__ import annotations

import shutil

from core.attachments import attach, files_of, open_file
from core.backups.archive import BLOBS_FOLDER, create_backup, restore_backup
from core.dossiers import intake
from core.file_store import FolderStore, blob_folder
from tests.core.attachments_helpers import image, pdf
from tests.core.test_backups import NOW, keys, office  # noqa: F401  (fixtures)


def accept_with_file(database, data: bytes, name: str = "to-khai.pdf") -> str:
    with database.transaction() as session:
        dossier, _ = intake(session, procedure_code="BTXH-01", applicant_name="Hoàng Văn Em", now=NOW)
        attach(session, dossier.code, name, data, component=0)
    return dossier.code


def test_attach_back_up_lose_the_files_restore_and_open(office, keys, tmp_path):  # noqa: F811
    data = pdf(2, text="Đơn đề nghị")
    code = accept_with_file(office, data)
    result = create_backup(office, keys, now=NOW)
    shared = tmp_path / "backups" / BLOBS_FOLDER
    assert sorted(FolderStore(shared).names()) == sorted(FolderStore(blob_folder(office.path)).names())
    assert len(list(FolderStore(shared).names())) == 2
    shutil.rmtree(blob_folder(office.path))  # the disk lost the folder of scans
    restored = restore_backup(office, result.copies[0], keys)
    assert restored.warnings == []
    with office.session() as session:
        [attached] = files_of(session, code)
        assert open_file(session, attached.id) == data


def test_a_blob_is_copied_once_whatever_the_number_of_backups(office, keys, tmp_path, monkeypatch):  # noqa: F811
    accept_with_file(office, pdf(1, text="một"))
    create_backup(office, keys, now=NOW)
    copied = []
    real = FolderStore.put

    def counting(self, name, data, **how):
        copied.append(name)
        return real(self, name, data, **how)

    monkeypatch.setattr(FolderStore, "put", counting)
    create_backup(office, keys, now=NOW.replace(hour=18))
    assert copied == []  # nothing new: nothing copied
    accept_with_file(office, image("PNG"), "anh.png")
    copied.clear()
    create_backup(office, keys, now=NOW.replace(hour=19))
    assert len(copied) == 2  # the new file and its thumbnail only (the attach wrote its own two first)


def test_a_restore_says_which_files_it_could_not_find(office, keys, tmp_path):  # noqa: F811
    accept_with_file(office, pdf(1, text="mất"))
    result = create_backup(office, keys, now=NOW)
    shutil.rmtree(tmp_path / "backups" / BLOBS_FOLDER)
    shutil.rmtree(blob_folder(office.path))
    restored = restore_backup(office, result.copies[0], keys)
    assert len(restored.warnings) == 1 and "to-khai.pdf" in restored.warnings[0]
