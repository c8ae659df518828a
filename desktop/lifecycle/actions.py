"""Lifecycle steps as data functions: each runs one core call in a write operation (worker thread).

    ops.run(lambda s: apply_action(s, "hand_over", code, values={"to": "…"}), write=True)

Core checks every rule and raises a `UserError` (Vietnamese) when the step is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlmodel import Session

from core import lifecycle

__all__ = ["ACTIONS", "apply_action"]

#: Steps in the order the page offers them.
ACTIONS = ("hand_over", "supplement", "resume", "result", "return", "stop", "correct")


def _items(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


_CALLS: dict[str, Callable[..., Any]] = {
    "hand_over": lambda s, code, v: lifecycle.hand_over(
        s, code, to=v.get("to", ""), from_=v.get("from") or "Bộ phận Một cửa", note=v.get("note", "")
    ),
    "supplement": lambda s, code, v: lifecycle.request_supplement(
        s, code, reason=v.get("reason", ""), items=_items(v.get("items", ""))
    ),
    "resume": lambda s, code, v: lifecycle.resume(s, code),
    "result": lambda s, code, v: lifecycle.record_result(s, code, note=v.get("note", "")),
    "return": lambda s, code, v: lifecycle.record_return(s, code, collected_by=v.get("collected_by", "")),
    "stop": lambda s, code, v: lifecycle.stop(s, code, kind=v.get("kind", ""), reason=v.get("reason", "")),
    "correct": lambda s, code, v: lifecycle.correct(
        s, code, field=v.get("field", ""), value=v.get("value", ""), reason=v.get("reason", "")
    ),
}


def apply_action(session: Session, action: str, code: str, *, values: Mapping[str, str]) -> str:
    """Run the step ``action`` on the dossier ``code``; returns the step's name when it was recorded."""
    _CALLS[action](session, code, dict(values))
    session.flush()
    return action
