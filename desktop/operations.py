"""The command layer: core calls run off the GUI thread and come back by Qt signal.

A page never opens a session itself. It hands a function of a session to `Operations.run`:

    self.ops.run(lambda s: year_days(s, 2025), on_done=self._show_days)

The function runs on the one database worker thread (like Anki's ``aqt/operations``), in its own
session: ``database.session()`` for reads, ``database.transaction()`` for writes (``write=True``),
committed together or not at all. Its result, or the `UserError` it raised, is put in a
thread-safe queue; the worker then wakes the GUI thread with a queued signal, and a short timer
drains the queue too (with PySide6 6.12 a queued signal from a Python thread was sometimes never
delivered in the tests). ``on_done`` / ``on_error`` always run on the GUI thread.

Never touch a widget inside the function: it runs on the worker thread.

What a call holds (the function, its callbacks, and through them the page's widgets) is let go on
the GUI thread only: the worker gets a number, looks the function up, and drops it before it hands
the result back. A Qt object whose last Python reference dies on the worker would be destroyed on
the wrong thread, which makes Qt abort or hang. A result whose receiving widget was deleted while
the call ran (the page closed) is dropped.
"""

from __future__ import annotations

import itertools
import logging
import queue
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from core.errors import UserError
from core.logs import notifier, report_unexpected, unexpected_error

if TYPE_CHECKING:  # names for the annotations only: the login window paints before SQLAlchemy loads (issue 17)
    from sqlmodel import Session

    from core.storage import Database

__all__ = ["ErrorHandler", "Operations"]

log = logging.getLogger(__name__)

#: Shows an error to the user (set by the composition root: a message box over the main window).
ErrorHandler = Callable[[str], object]
#: How often the GUI thread looks for finished calls while some are pending.
POLL_MS = 25


@dataclass
class _Call:
    fn: Callable[[Session], Any]
    on_done: Callable[[Any], object] | None
    on_error: Callable[[UserError], object] | None
    receiver: QObject | None  # the widget the result is for; a deleted one gets nothing

    def receiver_gone(self) -> bool:
        return self.receiver is not None and not shiboken6.isValid(self.receiver)


class Operations(QObject):
    """Runs functions of a session on a single worker thread; results return by signal."""

    #: Emitted (on the GUI thread) after each call's callbacks have run.
    finished = Signal()
    #: Emitted when no call is pending any more: tests wait on it (``qtbot.waitUntil(ops.is_idle)``).
    idle = Signal()
    _wake = Signal()  # emitted from the worker after it queued a result

    def __init__(
        self, database: Database, *, show_error: ErrorHandler | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.show_error: ErrorHandler = show_error or _tell_unexpected
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="motcua-db")
        self._pending = 0
        self._closed = False
        self._calls: dict[int, _Call] = {}  # owned by the GUI thread; the worker only reads ``fn``
        self._numbers = itertools.count()
        self._results: queue.SimpleQueue[tuple[int, Any, BaseException | None]] = queue.SimpleQueue()
        # Always queued: callbacks run later on the GUI thread, never inside `run` itself.
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._drain)

    # -- API ------------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[Session], Any],
        *,
        write: bool = False,
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[UserError], object] | None = None,
        receiver: QObject | None = None,
    ) -> None:
        """Run ``fn(session)`` on the worker; then ``on_done(result)`` or ``on_error(error)`` here.

        A `UserError` without ``on_error`` is shown by ``show_error``; any other exception is
        logged and shown as an unexpected error. If ``receiver`` (by default the object whose
        method ``on_done`` is) has been deleted by then, the result is dropped.
        """
        if self._closed:  # a timer firing while the window closes: nothing more runs, nothing is lost
            log.debug("operation dropped after shutdown: %r", fn)
            return
        if receiver is None and isinstance(getattr(on_done, "__self__", None), QObject):
            receiver = on_done.__self__  # type: ignore[union-attr]
        number = next(self._numbers)
        self._calls[number] = _Call(fn, on_done, on_error, receiver)
        self._pending += 1
        self._executor.submit(self._execute, number, write)
        self._timer.start()

    def is_idle(self) -> bool:
        """True when no call is running or waiting for its callbacks."""
        return self._pending == 0

    def wait(self) -> None:
        """Block until every call submitted so far has run on the worker (their callbacks come later);
        at once after `shutdown`."""
        if not self._closed:
            self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Let the running call finish and drop the worker (at application exit); later calls are dropped."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)

    # -- worker side ----------------------------------------------------------------------
    def _execute(self, number: int, write: bool) -> None:
        fn = self._calls[number].fn
        error: BaseException | None = None
        try:
            result = self._in_session(fn, write)
        except BaseException as caught:
            result, error = None, _without_frames(caught)
        del fn  # before the GUI thread can let the call go (see the module's note)
        self._results.put((number, result, error))
        self._wake.emit()

    def _in_session(self, fn: Callable[[Session], Any], write: bool) -> Any:
        if write:
            with self.database.transaction() as session:
                return fn(session)
        with self.database.session() as session:
            return fn(session)

    # -- GUI side -------------------------------------------------------------------------
    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                item = self._results.get_nowait()
            except queue.Empty:
                break
            self._deliver(self._calls.pop(item[0]), item[1], item[2])
        if self._pending == 0:
            self._timer.stop()

    def _deliver(self, call: _Call, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        try:
            if call.receiver_gone():
                log.debug("result dropped: its window was closed while the call ran")
            elif error is None:
                if call.on_done is not None:
                    call.on_done(result)
            elif isinstance(error, UserError):
                (call.on_error or self._show_user_error)(error)
            else:
                self._show_unexpected(error)
        finally:
            self.finished.emit()
            if self._pending == 0:
                self.idle.emit()

    def _show_user_error(self, error: UserError) -> None:
        self.show_error(str(error))

    def _show_unexpected(self, error: BaseException) -> None:
        # logged with its traceback on the worker (`_without_frames`); the clerk gets one line naming the log
        self.show_error(str(unexpected_error(error)))


def _tell_unexpected(text: str) -> None:
    """Without a window's error box: the application's notifier (`desktop.error_report`), else the log."""
    notify = notifier()
    if notify is not None:
        notify(text)
    else:
        log.error("%s", text)


def _without_frames(error: BaseException) -> BaseException:
    """``error`` with no traceback left to hold the call's frames (whose locals may be widgets).

    An unexpected error is logged with its traceback first; a `UserError` needs none.
    """
    if not isinstance(error, UserError):
        report_unexpected(error, "Unexpected error in a database operation")
    seen: set[int] = set()
    chain: list[BaseException | None] = [error]
    while chain:
        link = chain.pop()
        if link is not None and id(link) not in seen:
            seen.add(id(link))
            link.__traceback__ = None
            chain += [link.__cause__, link.__context__]
    return error
