"""Python's cycle collector runs on the GUI thread only.

Any thread that allocates can set off a collection. Left to itself, Python would collect a cycle that
holds a Qt object (a page, a lambda on a widget, a chart) on the database worker or on the thread that
opens the office, and Qt objects destroyed off their thread make Qt abort ("pure virtual method
called") or hang: the likely cause of a test run that hung for an hour."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from desktop.garbage import GuiThreadCollector


class _Cycle:
    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_let_go_on_the_worker_are_collected_on_the_gui_thread(qtbot, ops, settle) -> None:
    _Cycle.freed_on.clear()
    held = [_Cycle() for _ in range(50)]

    def drop_and_allocate(session) -> int:
        held.clear()  # the cycles are garbage from here, and only the collector can free them
        return len([[] for _ in range(500_000)])  # enough allocations to set off every generation

    ops.run(drop_and_allocate)
    settle()
    ops.wait()
    assert set(_Cycle.freed_on) <= {threading.main_thread().name}  # none on the worker
    gc.collect()  # the GUI thread's turn (the collector's timer does this once a generation is due)
    assert len(_Cycle.freed_on) == 50 and set(_Cycle.freed_on) == {threading.main_thread().name}


def test_the_collector_collects_what_is_due_and_gives_the_collector_back(qtbot, qapp) -> None:
    collector = GuiThreadCollector(qapp)
    try:
        assert not gc.isenabled()
        _Cycle.freed_on.clear()
        for _ in range(gc.get_threshold()[0] * 2):
            _Cycle()
        assert _Cycle.freed_on == []  # nothing is collected behind the GUI thread's back
        qtbot.waitUntil(lambda: len(_Cycle.freed_on) >= gc.get_threshold()[0], timeout=5_000)
    finally:
        collector.stop()
    assert not gc.isenabled()  # the session's own collector (tests/desktop/conftest.py) still holds


def test_the_application_has_one_collector_however_often_it_starts(qapp, gui_thread_collector) -> None:
    from desktop import garbage

    assert garbage.install(qapp) is gui_thread_collector
    assert qapp.findChildren(GuiThreadCollector) == [gui_thread_collector]
