"""Which backups to keep: the newest of each of the last 14 days that have a backup, the newest of
each of the last 12 months that have one, and every backup of the newest day (never the only copy).

Only the regular backups ``<stem>-YYYYmmdd-HHMMSS[-n].mcbk`` are rotated; the backups made before a
restore (``<stem>-truoc-khoi-phuc-…``) are never deleted by the app.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from core.backups.file_format import SUFFIX

__all__ = ["KEEP_DAILY", "KEEP_MONTHLY", "STAMP", "backup_moments", "plan_rotation", "rotate"]

KEEP_DAILY, KEEP_MONTHLY = 14, 12
STAMP = "%Y%m%d-%H%M%S"


def backup_moments(folder: Path, stem: str) -> dict[Path, dt.datetime]:
    """The rotated backups of ``stem`` in ``folder`` (pre-restore backups are never rotated)."""
    pattern = re.compile(rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})(?:-\d+)?{re.escape(SUFFIX)}$")
    found = {}
    for path in folder.glob(f"{stem}-*{SUFFIX}") if folder.is_dir() else []:
        match = pattern.match(path.name)
        if match:
            found[path] = dt.datetime.strptime(match[1], STAMP)
    return found


def plan_rotation(
    moments: list[dt.datetime], *, daily: int = KEEP_DAILY, monthly: int = KEEP_MONTHLY
) -> set[dt.datetime]:
    """The moments to keep: the newest of each of the last ``daily`` days that have a backup, and of
    each of the last ``monthly`` months that have one; every backup of the newest day (a backup made
    before a mistake this morning survives the one made at exit)."""
    newest_first = sorted(moments, reverse=True)
    keep = {m for m in newest_first if m.date() == newest_first[0].date()} if newest_first else set()
    for period, limit in ((lambda m: m.date(), daily), (lambda m: (m.year, m.month), monthly)):
        seen: set = set()
        for moment in newest_first:
            if period(moment) not in seen and len(seen) < limit:
                seen.add(period(moment))
                keep.add(moment)
    return keep


def rotate(folder: Path, stem: str) -> list[Path]:
    """Delete the backups of ``stem`` in ``folder`` that the rotation no longer keeps."""
    found = backup_moments(folder, stem)
    keep = plan_rotation(list(found.values()))
    removed = [path for path, moment in found.items() if moment not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
