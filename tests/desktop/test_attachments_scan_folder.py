"""The scan folder: new files are offered once the scanner has finished writing them, then moved aside."""

from __future__ import annotations

import os

import pytest

from desktop.attachments import scan_folder
from desktop.attachments.data import Slot
from desktop.attachments.scan_bar import ScanBar
from desktop.attachments.scan_folder import ATTACHED_FOLDER, ScanFolderWatcher
from tests.paper_files import jpeg_bytes, scanned_pdf


@pytest.fixture
def scans(tmp_path):
    folder = tmp_path / "Máy quét"
    folder.mkdir()
    return folder


@pytest.fixture
def watcher(qtbot):
    made = ScanFolderWatcher(settle_ms=50, poll_ms=60_000)
    yield made
    made.set_folder("")


def _touch(path, data: bytes, *, mtime: int | None = None) -> None:
    path.write_bytes(data)
    if mtime is not None:
        os.utime(path, ns=(mtime, mtime))


def test_files_already_there_are_not_new(watcher, scans) -> None:
    _touch(scans / "hom-qua.pdf", scanned_pdf(1, dpi=20))
    watcher.set_folder(scans)
    watcher.rescan()
    watcher.rescan()
    assert watcher.offered() == []


def test_a_file_is_offered_only_once_the_scanner_stopped_writing_it(watcher, scans) -> None:
    watcher.set_folder(scans)
    data = scanned_pdf(3, dpi=20)
    target = scans / "scan0001.pdf"
    _touch(target, data[:1000], mtime=1_000_000_000)  # the first step of the scanner's write
    watcher.rescan()
    assert watcher.offered() == []
    _touch(target, data, mtime=2_000_000_000)  # it grew: still being written
    watcher.rescan()
    assert watcher.offered() == []
    watcher.rescan()  # unchanged since the last look
    assert watcher.offered() == [target]
    _touch(target, data + b"\n", mtime=3_000_000_000)  # written again: wait once more
    watcher.rescan()
    assert watcher.offered() == []


def test_the_folder_watcher_offers_new_files_by_itself(watcher, scans, qtbot) -> None:
    watcher.set_folder(scans)
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        _touch(scans / "anh.JPG", jpeg_bytes(dpi=20))
    assert [p.name for p in watcher.offered()] == ["anh.JPG"]


def test_only_pdf_jpeg_png_at_the_top_are_offered(watcher, scans) -> None:
    watcher.set_folder(scans)
    for name in ("don.docx", ".an.pdf", "~$tam.pdf", "ghi-chu.txt", "trang.png"):
        _touch(scans / name, b"x" * 10)
    (scans / "con").mkdir()
    _touch(scans / "con" / "trong.pdf", b"x" * 10)
    _touch(scans / "rong.pdf", b"")  # an empty file is not finished
    watcher.rescan()
    watcher.rescan()
    assert [p.name for p in watcher.offered()] == ["trang.png"]


def test_an_attached_file_is_moved_aside_never_over_another(watcher, scans) -> None:
    watcher.set_folder(scans)
    (scans / ATTACHED_FOLDER).mkdir()
    _touch(scans / ATTACHED_FOLDER / "scan.pdf", b"older scan")
    data = scanned_pdf(1, dpi=20)
    _touch(scans / "scan.pdf", data)
    watcher.rescan()
    watcher.rescan()
    assert watcher.attached(watcher.offered()) == ""
    assert not (scans / "scan.pdf").exists() and watcher.offered() == []
    assert (scans / ATTACHED_FOLDER / "scan.pdf").read_bytes() == b"older scan"
    assert (scans / ATTACHED_FOLDER / "scan (2).pdf").read_bytes() == data
    _touch(scans / "scan.pdf", data + b" ", mtime=5_000_000_000)  # the scanner reuses the name: a new file
    watcher.rescan()
    watcher.rescan()
    assert [p.name for p in watcher.offered()] == ["scan.pdf"]


def test_a_file_held_open_stays_says_so_and_is_not_offered_again(watcher, scans, monkeypatch) -> None:
    """Attack: Windows refuses to move a file a PDF reader holds open; the file must not vanish, the clerk
    hears one line, and the desk must not offer it again (it was attached)."""
    watcher.set_folder(scans)
    _touch(scans / "dang-mo.pdf", scanned_pdf(1, dpi=20))
    watcher.rescan()
    watcher.rescan()

    def held(source, target):
        raise PermissionError(32, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(scan_folder.os, "rename", held)
    line = watcher.attached(watcher.offered())
    assert line == (
        'Đã đính kèm, nhưng không chuyển được dang-mo.pdf vào thư mục "Đã đính kèm" (tệp đang mở ở '
        "chương trình khác); tệp vẫn ở thư mục máy quét."
    )
    assert (scans / "dang-mo.pdf").exists() and "\n" not in line
    watcher.rescan()
    watcher.rescan()
    assert watcher.offered() == []


def test_set_aside_files_stay_and_are_not_offered_again(watcher, scans) -> None:
    watcher.set_folder(scans)
    _touch(scans / "nham.pdf", scanned_pdf(1, dpi=20))
    watcher.rescan()
    watcher.rescan()
    watcher.dismiss(watcher.offered())
    watcher.rescan()
    watcher.rescan()
    assert watcher.offered() == [] and (scans / "nham.pdf").exists()


def test_a_folder_that_goes_away_offers_nothing_and_off_is_off(watcher, scans) -> None:
    watcher.set_folder(scans)
    _touch(scans / "a.pdf", scanned_pdf(1, dpi=20))
    watcher.rescan()
    watcher.rescan()
    assert len(watcher.offered()) == 1
    (scans / "a.pdf").unlink()
    scans.rmdir()  # the USB stick was pulled out
    watcher.rescan()
    assert watcher.offered() == []
    watcher.set_folder("")
    assert not watcher.is_on() and watcher.offered() == []
    watcher.rescan()


def test_the_bar_offers_the_files_for_a_place_of_the_dossier(qtbot, scans) -> None:
    bar = ScanBar()
    qtbot.addWidget(bar)
    files = [scans / "scan1.pdf", scans / "scan2.pdf"]
    bar.set_files(files)
    assert bar.isHidden()  # no dossier open: nowhere to attach
    slots = [Slot(0, "Tờ khai"), Slot(None, "Kết quả")]
    bar.set_slots(slots, lambda slot: "Kết quả" if slot.is_result else f"{slot.component + 1}. {slot.name}")
    bar.show()
    assert bar.isVisible()
    assert bar.label.text() == "Có 2 tệp mới từ máy quét: scan1.pdf, scan2.pdf"
    asked, dismissed, viewed = [], [], []
    bar.attach_requested.connect(lambda paths, slot: asked.append((paths, slot)))
    bar.dismissed.connect(dismissed.append)
    bar.view_requested.connect(viewed.append)
    assert [a.text() for a in bar.menu.actions()] == ["1. Tờ khai", "Kết quả"]
    bar.menu.actions()[1].trigger()
    bar.dismiss_button.click()
    bar.view_button.click()
    assert asked == [([str(f) for f in files], slots[1])] and dismissed == [files] and viewed == [files[0]]
    bar.set_files([])
    assert bar.isHidden()


def test_only_a_folder_the_system_cannot_watch_is_polled(watcher, tmp_path) -> None:
    later = tmp_path / "USB"
    watcher.set_folder(tmp_path)
    assert not watcher._poll.isActive()  # watched: looked at only when it changes
    watcher.set_folder(later)  # the stick is not plugged in yet
    assert watcher._poll.isActive()
    later.mkdir()
    watcher.rescan()
    assert str(later) in watcher._watcher.directories() and not watcher._poll.isActive()
    later.rmdir()
    watcher.rescan()
    assert watcher._poll.isActive()
