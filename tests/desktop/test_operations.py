"""The command layer: work off the GUI thread, results and errors back on it, writes all-or-nothing."""

from __future__ import annotations

import threading

from core.errors import UserError
from core.office import get_office, init_office


def test_calls_run_on_the_worker_and_return_on_the_gui_thread(qtbot, ops, settle) -> None:
    seen: dict[str, object] = {}

    def work(session) -> int:
        seen["worker"] = threading.current_thread().name
        return 42

    ops.run(work, on_done=lambda value: seen.update(value=value, gui=threading.current_thread().name))
    assert "value" not in seen  # never synchronously inside run()
    settle()
    assert seen["value"] == 42
    assert str(seen["worker"]).startswith("motcua-db")
    assert seen["gui"] == threading.main_thread().name


def test_a_user_error_goes_to_on_error_or_to_the_message_box(qtbot, ops, settle, errors) -> None:
    caught: list[UserError] = []

    def refuse(session) -> None:
        raise UserError("Không được.", "Not allowed.")

    ops.run(refuse, on_error=caught.append)
    ops.run(refuse)
    settle()
    assert [str(e) for e in caught] == ["Không được."]
    assert errors == ["Không được."]


def test_a_failed_write_is_rolled_back(qtbot, ops, settle, errors, database) -> None:
    def half_done(session) -> None:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
        raise UserError("Dừng giữa chừng.")

    ops.run(half_done, write=True)
    settle()
    assert errors == ["Dừng giữa chừng."]
    with database.session() as session:
        assert get_office(session) is None


def test_an_unexpected_error_is_shown_not_raised(qtbot, ops, settle, errors, tmp_path) -> None:
    """One line for the clerk naming the log; the traceback in the log (issue 14 point 8)."""
    from core.logs import setup_logging

    path = setup_logging(tmp_path / "data")
    ops.run(lambda session: 1 / 0)
    settle()
    assert errors == [f"Lỗi không mong đợi: ZeroDivisionError: division by zero. Chi tiết trong nhật ký: {path}"]
    assert "Traceback" in path.read_text(encoding="utf-8") and "1 / 0" in path.read_text(encoding="utf-8")


def test_error_messages_open_without_blocking(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.messages import show_error

    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_error(parent, "Không mở được cơ sở dữ liệu.")
    assert box.isVisible() and box.text() == "Không mở được cơ sở dữ liệu."
    assert [b.text() for b in box.buttons()] == ["Đóng"]
    box.close()


def test_a_call_after_shutdown_is_dropped_not_raised(qtbot, database) -> None:
    from desktop.operations import Operations

    operations = Operations(database)
    operations.shutdown()
    done = []
    operations.run(lambda s: 1, on_done=done.append)  # e.g. a page's refresh timer as the window closes
    qtbot.wait(50)
    assert done == [] and operations.is_idle()


def test_what_a_call_holds_is_let_go_on_the_gui_thread_never_on_the_worker(qtbot, ops, settle) -> None:
    """A page's function and callbacks hold its widgets; the last reference to them must die on the GUI
    thread. Dropped on the worker, a Python-owned Qt object is destroyed on the wrong thread: Qt then
    aborts ("pure virtual method called") or waits forever, as a hung test run did."""
    import gc
    import time

    freed_on: list[str] = []

    class Held:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    def slow_release(session) -> None:
        time.sleep(0.002)  # the worker is still unwinding when the GUI thread drains the result

    for _ in range(60):
        held_by_fn, held_by_done = Held(), Held()
        ops.run(lambda s, h=held_by_fn: slow_release(s), on_done=lambda _r, h=held_by_done: None)
        del held_by_fn, held_by_done
    settle()
    ops.wait()  # the worker has finished with everything it was given
    qtbot.wait(20)
    gc.collect()
    assert len(freed_on) == 120
    assert set(freed_on) == {threading.main_thread().name}


def test_a_result_for_a_deleted_widget_is_dropped(qtbot, ops, settle, errors) -> None:
    """The page was closed (its C++ object deleted) while its call ran: the result goes nowhere, no error."""
    import shiboken6
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    shown: list[str] = []

    def show(text: str) -> None:
        shown.append(text)
        label.setText(text)

    ops.run(lambda s: "xong", on_done=show, receiver=label)
    shiboken6.delete(label)
    settle()
    assert shown == [] and errors == []
