"""The demo office: realistic, and the same for the same seed."""

import datetime as dt

import pytest
from sqlmodel import select

from core.demo import fill_demo_office
from core.errors import UserError
from core.models import Apology, Dossier, Rating
from core.office_calendar import load_calendar
from core.register import export_register
from tests.fakes import as_tester

UNTIL = dt.date(2026, 3, 31)


def test_same_seed_same_office(tmp_path):
    from core.bootstrap import prepare_database
    from core.storage import open_database

    exports = []
    for name in ("a", "b"):
        db = as_tester(open_database(tmp_path / f"{name}.db"))
        prepare_database(db)
        with db.transaction() as session:
            fill_demo_office(session, dossiers=400, seed=7, until=UNTIL)
        with db.session() as session:
            export_register(session, tmp_path / f"{name}.csv")
        exports.append((tmp_path / f"{name}.csv").read_text(encoding="utf-8-sig"))
        db.close()
    assert exports[0] == exports[1]


def test_demo_office_looks_like_a_real_commune(database):
    with database.transaction() as session:
        office = fill_demo_office(session, dossiers=1500, seed=1, until=UNTIL)
    with database.session() as session:
        dossiers = session.exec(select(Dossier)).all()
        calendar = load_calendar(session)
        apologies = session.exec(select(Apology)).all()
        ratings = session.exec(select(Rating)).all()
    assert 1200 < office.dossiers == len(dossiers) < 1800
    assert len({d.code for d in dossiers}) == len(dossiers)
    by_weekday = [sum(d.received_at.weekday() == w for d in dossiers) for w in range(5)]
    assert by_weekday[0] == max(by_weekday)  # Monday peak
    tet = sum(dt.date(2026, 2, 9) <= d.received_at.date() <= dt.date(2026, 2, 27) for d in dossiers)
    march = sum(dt.date(2026, 3, 2) <= d.received_at.date() <= dt.date(2026, 3, 20) for d in dossiers)
    assert tet < march / 2  # the Tết dip
    for d in dossiers:
        assert calendar.is_working_day(d.received_at.date()) and calendar.is_office_moment(d.due_at)
        assert d.result_at is None or d.result_at >= d.received_at
    late = [d for d in dossiers if d.result_at and d.result_at > d.due_at]
    assert late and apologies and len(apologies) <= len(late) + 60
    assert {r.level for r in ratings} == {1, 2, 3}
    assert {d.channel for d in dossiers} == {"direct", "online", "postal"}
    assert any(d.status == "stopped" for d in dossiers) and any(d.status == "received" for d in dossiers)


def test_demo_refuses_an_office_with_dossiers(database):
    with database.transaction() as session:
        fill_demo_office(session, dossiers=50, seed=1, until=UNTIL)
    with pytest.raises(UserError, match="đã có hồ sơ"), database.transaction() as session:
        fill_demo_office(session, dossiers=50, seed=1, until=UNTIL)


def test_demo_apologies_blame_whoever_caused_the_delay(tmp_path):
    from core.bootstrap import prepare_database
    from core.demo import DEMO_APOLOGY_REASONS
    from core.documents.forms_followup import FAULTS
    from core.storage import open_database

    db = as_tester(open_database(tmp_path / "demo.db"))
    prepare_database(db)
    with db.transaction() as session:
        fill_demo_office(session, dossiers=600, seed=3, until=UNTIL)
    with db.session() as session:
        apologies = session.exec(select(Apology)).all()
    db.close()
    assert apologies and {a.fault for a in apologies} == set(FAULTS)  # both kinds of fault occur
    for a in apologies:
        assert (a.fault, a.reason) in DEMO_APOLOGY_REASONS
    for fault, reason in DEMO_APOLOGY_REASONS:  # another agency's delay is never the office's own fault
        assert ("cơ quan" in reason.lower() and "khác" in reason.lower()) == (fault == "external"), reason
