"""Witnesses of the audit trail kept outside the database: a head (sequence and MAC) the live trail must
extend — from a backup's header, this desk's signed witness file, or a mark printed on a report."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import UserError

__all__ = ["WITNESS_FORMAT", "Witness", "parse_witness", "read_witness_file", "write_witness_file"]

WITNESS_FORMAT = "motcua-trail-witness"


@dataclass(frozen=True)
class Witness:
    """A head the live trail must extend: from a backup, the desk's witness file or a printed report."""

    seq: int
    mac: str  # the whole link, or only the printed fingerprint's 8 hex digits
    source: str  # said to the user: "bản sao lưu X", "tệp chứng cứ của máy này", "số in trên giấy"
    database_id: str = ""
    created: dt.datetime | None = None


def parse_witness(text: str) -> Witness:
    """``SEQ:FINGERPRINT`` as read off a printed report (``1234:ABCD-1234``)."""
    seq, _, mark = text.strip().partition(":")
    mark = mark.replace("-", "").replace(" ", "").lower()
    if not seq.isdigit() or len(mark) != 8 or any(c not in "0123456789abcdef" for c in mark):
        raise UserError(
            f'Dấu nhật ký "{text}" không đúng dạng SỐ:XXXX-XXXX (in ở chân báo cáo).',
            f'The trail mark "{text}" is not SEQ:XXXX-XXXX.',
        )
    return Witness(int(seq), mark, f"dấu in trên giấy {seq}:{mark[:4].upper()}-{mark[4:].upper()}")


def _witness_check(cipher: Any, body: dict[str, Any]) -> str:
    return cipher.mac(json.dumps(body, sort_keys=True, separators=(",", ":")).encode())


def write_witness_file(path: Path, cipher: Any, database_id: str, seq: int, mac: str) -> None:
    """Keep the last head this desk wrote, signed, outside the database (replaced whole).

    Written after every commit: the folder is made when the side file cannot be written without it (not
    checked every time), and the side file is only removed when it was not moved into place."""

    from core.files import replace_file

    body = {
        "format": WITNESS_FORMAT,
        "database_id": database_id,
        "seq": seq,
        "mac": mac,
        "at": dt.datetime.now().replace(microsecond=0).isoformat(),
    }
    data = json.dumps({**body, "check": _witness_check(cipher, body)}).encode()
    side = path.with_name(f".{path.name}.{os.getpid()}.dang-ghi")
    try:
        side.write_bytes(data)
    except FileNotFoundError:  # the first witness of this desk, or its folder was removed
        path.parent.mkdir(parents=True, exist_ok=True)
        side.write_bytes(data)
    try:
        replace_file(side, path, seconds=0.5)
    except BaseException:
        side.unlink(missing_ok=True)
        raise


def read_witness_file(path: Path, cipher: Any) -> Witness | str | None:
    """The desk's witness, a problem line when the file was edited, or None when there is none."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        body = {k: data[k] for k in ("format", "database_id", "seq", "mac", "at")}
        check = data["check"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return f"Tệp chứng cứ nhật ký của máy này ({path}) bị hỏng hoặc bị sửa."
    if body["format"] != WITNESS_FORMAT or check != _witness_check(cipher, body):
        return f"Tệp chứng cứ nhật ký của máy này ({path}) bị sửa hoặc không ký bằng khoá của cơ quan."
    return Witness(
        int(body["seq"]),
        str(body["mac"]),
        "tệp chứng cứ nhật ký của máy này",
        str(body["database_id"]),
        dt.datetime.fromisoformat(body["at"]),
    )
