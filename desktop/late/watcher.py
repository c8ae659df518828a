"""Which dossiers turned due soon (or due today, or late) since the board was last read: pure bookkeeping.

The late page reads the board every minute (a `QTimer`) and asks `DueSoonTracker.update`; what it
returns goes to the main window's banner. The first reading gives the start-up summary.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.board import Board

__all__ = ["DueSoonTracker", "Notice"]


@dataclass(frozen=True)
class Notice:
    """What to tell the clerk: the start-up summary, or the codes that just turned due soon or late."""

    first: bool
    due_today: int
    due_soon: int
    late: int
    todo: int
    new_codes: tuple[str, ...] = ()

    @property
    def worth_showing(self) -> bool:
        return bool(self.new_codes) if not self.first else bool(self.due_today or self.due_soon or self.late)


@dataclass
class DueSoonTracker:
    """Remembers the codes on the board's warning sections between two readings."""

    seen: set[str] | None = None

    def update(self, board: Board) -> Notice:
        codes = {e.code for name in ("due_today", "due_soon", "late") for e in board.section(name)}
        first = self.seen is None
        new = () if first else tuple(sorted(codes - (self.seen or set())))
        self.seen = codes
        return Notice(first, len(board.due_today), len(board.due_soon), len(board.late), len(board.todo), new)
