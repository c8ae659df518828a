"""A constructed register whose March 2025 figures are counted by hand in the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from core.models import Apology, Dossier, Rating


def at(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M")


#: code, field, channel, received, statutory due, result, stopped (kind), digitized, fee, paid online.
#: Where each counts in March 2025 (calendar, 01/03 00:00 → 01/04 00:00) is said beside it.
REGISTER = [
    (
        "H1",
        "Hộ tịch",
        "online",
        "2025-03-03 09:00",
        "2025-03-05 09:00",
        "2025-03-04 10:00",
        None,
        1,
        0,
        0,
    ),  # new online, early (04 < 05)
    (
        "H2",
        "Hộ tịch",
        "direct",
        "2025-03-10 09:00",
        "2025-03-12 09:00",
        "2025-03-12 08:00",
        None,
        1,
        20000,
        1,
    ),  # new direct, on time (due day, before the moment)
    (
        "H3",
        "Hộ tịch",
        "postal",
        "2025-03-10 10:00",
        "2025-03-12 10:00",
        "2025-03-12 16:00",
        None,
        0,
        20000,
        0,
    ),  # new direct (postal), late; apology
    (
        "H4",
        "Hộ tịch",
        "online",
        "2025-03-25 09:00",
        "2025-04-02 09:00",
        None,
        None,
        0,
        0,
        0,
    ),  # new online, pending on time
    (
        "H5",
        "Hộ tịch",
        "direct",
        "2025-02-20 09:00",
        "2025-02-25 09:00",
        None,
        None,
        0,
        0,
        0,
    ),  # carried over, pending late; no apology
    (
        "H6",
        "Hộ tịch",
        "direct",
        "2025-02-10 09:00",
        "2025-02-12 09:00",
        "2025-02-11 09:00",
        None,
        0,
        0,
        0,
    ),  # resolved before March: not counted
    (
        "H7",
        "Hộ tịch",
        "direct",
        "2025-02-26 09:00",
        "2025-03-03 09:00",
        None,
        ("2025-03-02 10:00", "withdrawn"),
        0,
        0,
        0,
    ),  # carried, withdrawn in March: on time + stopped
    (
        "H8",
        "Hộ tịch",
        "direct",
        "2025-02-26 10:00",
        "2025-03-04 10:00",
        None,
        ("2025-02-27 10:00", "stopped"),
        0,
        0,
        0,
    ),  # stopped before March: not counted
    (
        "H9",
        "Hộ tịch",
        "online",
        "2025-04-01 08:00",
        "2025-04-03 08:00",
        None,
        None,
        0,
        0,
        0,
    ),  # after March: not counted
    (
        "C1",
        "Chứng thực",
        "direct",
        "2025-03-31 16:00",
        "2025-03-31 17:00",
        "2025-04-01 08:00",
        None,
        0,
        0,
        0,
    ),  # new direct, pending late (result after the end); apology only in April
    (
        "C2",
        "Chứng thực",
        "online",
        "2025-02-27 09:00",
        "2025-03-03 09:00",
        "2025-03-03 08:59",
        None,
        0,
        0,
        0,
    ),  # carried, on time
    (
        "C3",
        "Chứng thực",
        "direct",
        "2025-03-05 09:00",
        "2025-03-06 09:00",
        None,
        ("2025-03-05 15:00", "refused"),
        0,
        0,
        0,
    ),  # new direct, refused: on time + stopped
    (
        "C4",
        "Chứng thực",
        "online",
        "2025-01-15 09:00",
        "2025-01-20 09:00",
        "2025-03-15 10:00",
        None,
        0,
        50000,
        1,
    ),  # carried, late; apology in January
    (
        "Đ1",
        "Đất đai",
        "direct",
        "2025-03-14 09:00",
        "2025-03-28 09:00",
        "2025-03-28 09:00",
        None,
        1,
        100000,
        1,
    ),  # new direct, on time (result at the due moment)
    (
        "Đ2",
        "Đất đai",
        "direct",
        "2024-12-01 09:00",
        "2025-01-10 09:00",
        None,
        None,
        0,
        0,
        0,
    ),  # carried, pending late; apology
]
APOLOGIES = {"H3": "2025-03-11 15:00", "C4": "2025-01-19 10:00", "Đ2": "2025-01-09 10:00", "C1": "2025-04-01 07:30"}
RATINGS = [
    ("2025-03-04 11:00", 3),
    ("2025-03-12 09:00", 3),
    ("2025-03-20 09:00", 2),
    ("2025-03-28 10:00", 1),
    ("2025-04-02 10:00", 1),
]  # the last one is April's


def add_dossier(
    session, code, field, channel, received, due, result=None, stopped=None, digitized=0, fee=0, paid=0
) -> Dossier:
    received_at = received if isinstance(received, dt.datetime) else at(received)
    dossier = Dossier(
        code=code,
        unit_code="H40.25.12",
        field=field,
        applicant_name="Nguyễn Văn An",
        channel=channel,
        received_at=received_at,
        due_at=due if isinstance(due, dt.datetime) else at(due),
        result_at=(result if isinstance(result, dt.datetime) or result is None else at(result)),
        digitized=bool(digitized),
        fee=fee,
        paid_online=bool(paid),
        procedure_name=f"Thủ tục {code}",
    )
    if stopped:
        dossier.stopped_at = stopped[0] if isinstance(stopped[0], dt.datetime) else at(stopped[0])
        dossier.stop_kind = stopped[1]
    session.add(dossier)
    return dossier


@pytest.fixture
def register_database(office_database):
    """The office database with `REGISTER`, its apologies and ratings."""
    with office_database.transaction() as session:
        rows = {entry[0]: add_dossier(session, *entry) for entry in REGISTER}
        session.flush()
        for code, issued in APOLOGIES.items():
            session.add(Apology(dossier_id=rows[code].id, issued_at=at(issued), reason="Chậm do xác minh"))
        for moment, level in RATINGS:
            session.add(Rating(dossier_id=rows["H1"].id, at=at(moment), level=level))
    return office_database
