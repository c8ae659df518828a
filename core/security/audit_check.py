"""Reading and checking the audit trail (`core.security.audit` writes it): `events` lists the latest, `verify` walks the
chain link by link, checks every audited row against its last digest, and checks that the live trail extends
every witness it is given (backups, this desk's witness file, marks printed on reports). What it reports and
what it cannot prove are said in `core.security.audit`'s note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from core.errors import UserError
from core.security.access import Permission, requires
from core.security.audit_chain import AUDITED_TABLES, GENESIS, RESTART, SCHEME_SHA, TrailMark, mac_link, sha_link
from core.security.protect import KEY_ID_SETTING, cipher_of
from core.security.row_digests import columns_of, primary_of, raw_rows, row_key, table_of
from core.security.row_digests import digest as digest_of_row
from core.security.trail_witness import Witness, read_witness_file

__all__ = ["AuditReport", "events", "verify", "walk_chain"]


@dataclass
class AuditReport:
    """What `verify` found: ``problems`` is empty when the chain, the rows and the witnesses agree."""

    events: int = 0
    rows_checked: int = 0
    rows_before_trail: int = 0
    witnesses_checked: int = 0
    head: TrailMark | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was checked and is fine, or could not be

    @property
    def ok(self) -> bool:
        return not self.problems


@requires(Permission.AUDIT)
def events(session: Any, *, limit: int = 200, actor: str = "", action: str = "") -> list[Any]:
    """The newest events first (for the screen and ``motcua audit list``)."""
    from core.models import AuditEvent

    query = select(AuditEvent).order_by(col(AuditEvent.seq).desc()).limit(limit)
    if actor:
        query = query.where(col(AuditEvent.actor) == actor)
    if action:
        query = query.where(col(AuditEvent.action).contains(action))
    return list(session.scalars(query))


@dataclass
class _Restore:
    seq: int
    at: dt.datetime


@requires(Permission.AUDIT)
def verify(session: Any, witnesses: Iterable[Witness] = ()) -> AuditReport:
    """Check the chain link by link, every audited row against its last digest, and every witness.

    Needs the office key (the links are signed with it). ``witnesses`` come from backups and printed
    reports (see `core.trail_witnesses`); the desk's own witness file is read here."""
    cipher = cipher_of(session)
    if cipher is None:
        raise UserError(
            "Cần khoá dữ liệu của cơ quan để kiểm tra nhật ký (các mắt xích được ký bằng khoá đó).",
            "The office key is needed to verify the trail.",
        )
    report = AuditReport()
    witnesses = list(witnesses)
    witness_file = session.info.get("witness")
    if witness_file:
        found = read_witness_file(Path(witness_file), cipher)
        if isinstance(found, str):
            report.problems.append(found)
        elif found is not None:
            witnesses.append(found)
    wanted = {w.seq for w in witnesses}
    links: dict[int, str] = {}
    restores: list[_Restore] = []
    walk_chain(session, cipher, report, wanted=wanted, links=links, restores=restores)
    _check_witnesses(report, witnesses, links, restores)
    _check_search_index(session, report)
    return report


def walk_chain(
    session: Any,
    cipher: Any,
    report: AuditReport,
    *,
    wanted: AbstractSet[int] = frozenset(),
    links: dict[int, str] | None = None,
    restores: list[_Restore] | None = None,
) -> AuditReport:
    """The chain and the rows; ``cipher`` None checks revision 0009's unkeyed links (before re-signing)."""
    from core.models import AuditEvent, AuditHead, model_table

    table = model_table(AuditEvent)
    head_table = model_table(AuditHead)
    head = session.execute(
        select(head_table.c.seq, head_table.c.hash, head_table.c.scheme, head_table.c.database_id).where(
            head_table.c.id == 1
        )
    ).first()
    keyed = cipher is not None and (head is None or head.scheme != SCHEME_SHA)
    if cipher is not None and head is not None and head.scheme == SCHEME_SHA:
        report.notes.append("Nhật ký chưa được ký bằng khoá (tạo bởi phiên bản cũ): sẽ được ký ở lần ghi tới.")
    previous_seq, previous_hash = 0, GENESIS
    last_digest: dict[tuple[str, str], tuple[str, int] | None] = {}
    baseline: dict[str, Any] = {}
    query = select(
        table.c.id,
        table.c.seq,
        table.c.at,
        table.c.actor,
        table.c.action,
        table.c.detail,
        table.c.prev_hash,
        table.c.hash,
    ).order_by(table.c.seq)
    for row in session.execute(query.execution_options(yield_per=1000)):
        report.events += 1
        link = row._asdict()
        if row.seq != previous_seq + 1:
            missing = f"{previous_seq + 1}" if row.seq == previous_seq + 2 else f"{previous_seq + 1}–{row.seq - 1}"
            if row.seq > previous_seq + 1:
                report.problems.append(f"Nhật ký thiếu sự kiện số {missing}: đã bị xoá.")
            else:
                report.problems.append(f"Sự kiện số {row.seq} (id {row.id}) bị chèn lệch thứ tự.")
        expected = mac_link(cipher, link) if keyed else sha_link(link)
        if expected != row.hash:
            report.problems.append(
                f"Sự kiện số {row.seq} (id {row.id}, {row.action}) đã bị sửa hoặc giả: chữ ký không khớp."
            )
        elif row.prev_hash != previous_hash and row.seq == previous_seq + 1:
            report.problems.append(
                f"Sự kiện số {row.seq} (id {row.id}) không nối tiếp sự kiện số {previous_seq}: "
                "sự kiện bị chèn thêm hoặc sự kiện trước bị sửa."
            )
        previous_seq, previous_hash = row.seq, row.hash
        if links is not None and row.seq in wanted:
            links[row.seq] = row.hash
        detail = row.detail or {}
        _read_detail(report, row, detail, restores)
        version = int(detail.get("v", 1))
        for name, count in (detail.get("baseline") or {}).items():
            baseline[name] = count  # the highest id then, or the keys then
        for name, ops in (detail.get("rows") or {}).items():
            for key, digest in ops.get("insert", []) + ops.get("update", []):
                last_digest[(name, str(key))] = (digest, version)
            for key in ops.get("delete", []):
                last_digest[(name, str(key))] = None
    if report.events == 0:
        from core.models import Dossier, Office, Setting, User, model_table

        used = (
            any(
                session.execute(select(model_table(model).c.id).limit(1)).first() is not None
                for model in (User, Office, Dossier)
            )
            or session.get(Setting, KEY_ID_SETTING) is not None
        )
        if head is not None or used:
            report.problems.append(
                "Nhật ký kiểm tra đã bị xoá: cơ sở dữ liệu đã có dữ liệu (cơ quan, hồ sơ, tài "
                "khoản hoặc khoá) nhưng không còn sự kiện nào."
            )
    if head is None:
        if report.events:
            report.problems.append(
                "Dòng đầu chuỗi nhật ký (audithead) đã bị xoá: không còn biết sự kiện cuối cùng "
                "là số mấy (có thể các sự kiện cuối đã bị xoá cùng)."
            )
    elif head.seq != previous_seq or head.hash != previous_hash:
        if head.seq > previous_seq:
            report.problems.append(f"Các sự kiện cuối từ số {previous_seq + 1} đến {head.seq} đã bị xoá.")
        elif head.seq < previous_seq:
            report.problems.append(
                f"Sự kiện số {head.seq + 1}–{previous_seq} được chèn ngoài chương trình, hoặc đầu chuỗi bị lùi lại."
            )
        else:
            report.problems.append(f"Đầu chuỗi nhật ký không khớp sự kiện số {head.seq}: đã bị sửa.")
    report.head = TrailMark(previous_seq, previous_hash if previous_seq else "", head.database_id if head else "")
    _check_rows(session, report, last_digest, baseline)
    return report


def _read_detail(report: AuditReport, row: Any, detail: dict[str, Any], restores: list[_Restore] | None) -> None:
    """What an event says about the trail itself: how it began, repairs, restores."""
    at = f"{row.at:%d/%m/%Y %H:%M}"
    if row.seq == 1 and detail.get("kind") == RESTART:
        report.problems.append(
            f"Nhật ký đã bị xoá rồi bắt đầu lại lúc {at}: những gì xảy ra trước đó không còn đối chiếu được."
        )
    elif detail.get("kind") == RESTART:
        report.problems.append(f"Sự kiện số {row.seq}: nhật ký bị mất và bắt đầu lại lúc {at}.")
    repair = detail.get("repair")
    if repair == "head_missing":
        report.problems.append(
            f"Sự kiện số {row.seq} ({at}): dòng đầu chuỗi nhật ký đã bị xoá, chương trình dựng lại "
            f"từ sự kiện số {detail.get('last_event')}; các sự kiện cuối có thể đã bị xoá cùng."
        )
    elif repair == "head_mismatch":
        head = detail.get("head") or [0, ""]
        report.problems.append(
            f"Sự kiện số {row.seq} ({at}): đầu chuỗi ghi sự kiện số {head[0]} nhưng sự kiện cuối "
            f"là số {detail.get('last_event')}: nhật ký hoặc đầu chuỗi đã bị sửa."
        )
    elif repair == "events_missing":
        report.problems.append(f"Sự kiện số {row.seq} ({at}): mọi sự kiện trước đó đã bị xoá.")
    for problem in detail.get("problems_before") or []:
        report.problems.append(f"Phát hiện khi ký nhật ký bằng khoá (sự kiện số {row.seq}): {problem}")
    if "superseded" in detail and restores is not None:
        restores.append(_Restore(row.seq, row.at))


def _check_witnesses(
    report: AuditReport, witnesses: list[Witness], links: dict[int, str], restores: list[_Restore]
) -> None:
    live_id = report.head.database_id if report.head else ""
    last = report.head.seq if report.head else 0
    for witness in witnesses:
        report.witnesses_checked += 1
        # a witness made before a restore saw the history the restore replaced: it is not this trail's
        prior = witness.created is not None and any(witness.created <= r.at for r in restores)
        if witness.database_id and live_id and witness.database_id != live_id:
            if prior:
                report.notes.append(f"{witness.source}: thuộc dữ liệu trước lần khôi phục, không đối chiếu.")
            else:
                report.problems.append(
                    f"{witness.source} là của một cơ sở dữ liệu khác (mã {witness.database_id[:8]}, "
                    f"cơ sở dữ liệu này: {live_id[:8]}): nhật ký có thể đã bị xoá và bắt đầu lại."
                )
            continue
        link = links.get(witness.seq)
        if link is not None and link.startswith(witness.mac):
            continue
        if prior:
            report.notes.append(f"{witness.source}: thuộc lịch sử trước lần khôi phục, không đối chiếu.")
        elif witness.seq > last:
            report.problems.append(
                f"Nhật ký ngắn hơn {witness.source} (ghi tới sự kiện số {witness.seq}, nhật ký chỉ "
                f"còn tới số {last}): các sự kiện cuối đã bị xoá."
            )
        else:
            hint = " (hoặc thuộc dữ liệu trước một lần khôi phục)" if restores else ""
            report.problems.append(f"Sự kiện số {witness.seq} khác với {witness.source}: nhật ký đã bị viết lại{hint}.")


def _check_search_index(session: Any, report: AuditReport) -> None:
    from core.search_index import index_problems

    report.problems.extend(index_problems(session))


def _label(table: str, key: str, codes: dict[str, str]) -> str:
    names = {
        "dossier": "Hồ sơ",
        "user": "Tài khoản",
        "setting": "Cài đặt",
        "dossierevent": "Sự kiện hồ sơ",
        "apology": "Phiếu xin lỗi",
        "rating": "Đánh giá",
        "procedure": "Thủ tục",
        "reportsubmission": "Bản báo cáo đã nộp",
    }
    code = codes.get(key)
    return f"{names.get(table, 'Bảng ' + table)} {code + ' ' if code else ''}(khoá {key})"


def _check_rows(
    session: Any, report: AuditReport, last: dict[tuple[str, str], tuple[str, int] | None], baseline: dict[str, Any]
) -> None:
    for name in AUDITED_TABLES:
        table = table_of(name)
        primary = primary_of(table)
        columns = columns_of(table)
        old_columns = columns_of(table, 1)
        old_at = [columns.index(c) for c in old_columns]
        at = columns.index(primary)
        code_at = next((i for i, c in enumerate(columns) if c.name in ("code", "username")), None)
        seen: set[str] = set()
        codes: dict[str, str] = {}
        for row in raw_rows(session, table, columns, stream=True):
            values = tuple(row)
            key = row_key(values[at])
            seen.add(key)
            if code_at is not None:
                codes[key] = str(values[code_at])
            recorded = last.get((name, key), "missing")
            if recorded == "missing":
                before = baseline.get(name, 0)
                if (
                    (key in before)
                    if isinstance(before, list)
                    else (isinstance(values[at], int) and values[at] <= before)
                ):
                    report.rows_before_trail += 1
                    continue
                report.problems.append(
                    f"{_label(name, key, codes)}: được chèn ngoài chương trình (không có trong nhật ký)."
                )
                continue
            report.rows_checked += 1
            if recorded is None:
                report.problems.append(f"{_label(name, key, codes)}: nhật ký ghi đã xoá nhưng dòng vẫn còn.")
                continue
            assert not isinstance(recorded, str)  # "missing" was handled above
            digest, version = recorded
            if not digest:
                continue
            actual = digest_of_row(values) if version >= 2 else digest_of_row(tuple(values[i] for i in old_at), 1)
            if actual != digest:
                report.problems.append(f"{_label(name, key, codes)}: đã bị sửa ngoài chương trình.")
        for (table_name, key), recorded in last.items():
            if table_name == name and recorded is not None and key not in seen:
                report.problems.append(f"{_label(name, key, codes)}: đã bị xoá ngoài chương trình.")
