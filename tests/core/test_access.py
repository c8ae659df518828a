"""Every core service checks its caller's roles (issue 7): the whole role × service matrix."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import core
from core.security.access import GRANTS, SERVICES, AccessDenied, Caller, Permission, Role
from tests.fakes import as_tester

#: Functions of a session that are helpers of a declared service, not services a client calls.
HELPERS = {
    "core.documents.common.header_for",
    "core.documents.common.signers",
    "core.documents.common.chairman_signature",
    "core.reports.signer_of",
    "core.reports.period.period_of",
    "core.dossiers.record_event",
    "core.security.access.acting_name",
    "core.security.access.acting_as",
    "core.documents.forms_evaluation.evaluation_sheet",
    "core.documents.forms_followup.latest_apology",
    "core.documents.forms_followup.apology",
    "core.documents.forms_followup.stop_notice",
    "core.documents.forms_followup.control_sheet",
    "core.documents.forms_intake.receipt",
    "core.documents.forms_intake.find_slip",
    "core.documents.forms_intake.guidance_slip",
    "core.documents.forms_register.register_rows",
    "core.documents.forms_register.register",
    "core.security.audit.note",
    "core.security.audit_check.walk_chain",
    "core.security.row_digests.raw_rows",
    "core.security.row_digests.digests_of",
    "core.office.transaction_slot",
    "core.storage.bulk_write_cache",
    "core.security.audit.touched",
    "core.security.audit.touched_dossiers",
    "core.security.audit.collect_flush",
    "core.security.audit.write_chain",
    "core.security.audit.start_trail",
    "core.security.protect.search_hash",
    "core.security.protected_rows.key_id",
    "core.security.protected_rows.protect_existing",
    "core.security.protect.add_hashes",
    "core.security.protected_rows.refresh_hashes",
    "core.security.protect.seal",
    "core.security.protect.reveal",
    "core.limits.check_flush",
    "core.security.protect.cipher_of",
    "core.security.access.caller_of",
    "core.security.access.allowed",
    "core.security.access.check",
    "core.security.accounts.has_accounts",
    "core.security.accounts.create_first_admin",
    "core.security.accounts.login",
    "core.security.accounts.change_password",
    "core.reports.trends.monthly_trend",
    "core.handover.mode.initial_state",
    # the trust work of issue 13: hooks, checks of bookkeeping, and the recovery sheet's rescue (guarded
    # by proof of the office key, not by a role: the last admin may be locked out)
    "core.security.accounts.caller_title",
    "core.security.accounts.rescue_admin",
    "core.security.audit.after_commit",
    "core.security.audit.after_rollback",
    "core.security.audit.fresh_database",
    "core.security.audit.head_mark",
    "core.bootstrap.bookkeeping_problems",
    "core.security.data_key.database_uses_a_key",
    "core.security.data_key.check_key_fits",
    "core.security.protect.sees_personal",
    "core.security.protect.exporting",
    "core.search_index.trigger_problems",
    "core.search_index.index_problems",
    "core.search_index.rebuild_index",
    "core.security.audit.signed_by",
    "core.security.audit.last_recorded_at",  # the trail's last moment, for core.security.desk_clock's services
    "core.reports.trail_mark_of",
    # the attached files' store of a session's database (issue 16): the services using it check the caller
    "core.file_store.store_for",
}


def _modules():
    for info in pkgutil.walk_packages(core.__path__, "core."):
        if ".migrations" not in info.name:
            yield importlib.import_module(info.name)


def test_every_service_of_a_session_is_declared_with_its_permissions():
    undeclared = []
    for module in _modules():
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            qualified = f"{module.__name__}.{name}"
            if params[:1] == ["session"] and not hasattr(fn, "permissions") and qualified not in HELPERS:
                undeclared.append(qualified)
    assert undeclared == []
    assert len(SERVICES) > 90


MATRIX = [(name, role) for name in sorted(SERVICES) for role in Role]


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    from core.bootstrap import prepare_database
    from core.storage import open_database

    database = as_tester(open_database(tmp_path_factory.mktemp("access") / "office.db"))
    prepare_database(database)
    yield database
    database.close()


@pytest.mark.parametrize("name,role", MATRIX, ids=[f"{n.removeprefix('core.')}-{r.value}" for n, r in MATRIX])
def test_each_role_may_call_exactly_the_services_its_grants_allow(office, name, role):
    fn, permissions = SERVICES[name]
    may = all(p in GRANTS[role] for p in permissions)
    database = as_tester(office, Caller(f"test-{role.value}", frozenset({role})))
    with database.session() as session:
        try:
            fn(session)  # no arguments: a permitted call fails later, on its own missing arguments
        except AccessDenied as denied:
            assert not may, f"{role.value} was refused {name}"
            assert (denied.permission in permissions and role.value in str(denied)) or "không được" in str(denied)
        except Exception:
            assert may, f"{role.value} got past the check of {name}"
        else:
            assert may, f"{role.value} ran {name}"


def test_a_session_without_a_caller_is_refused(office):
    from core.dossiers import list_rows

    with office.as_caller(None).session() as session, pytest.raises(AccessDenied, match="Chưa đăng nhập"):
        list_rows(session)


def test_the_grants_fit_the_office():
    assert Permission.INTAKE in GRANTS[Role.CLERK] and Permission.INTAKE not in GRANTS[Role.OFFICER]
    assert Permission.VIEW_PERSONAL not in GRANTS[Role.LEADER] and Permission.AUDIT in GRANTS[Role.LEADER]
    assert Permission.ACCOUNTS in GRANTS[Role.ADMIN] and Permission.ACCOUNTS not in GRANTS[Role.CLERK]
    assert all(Permission.VIEW in grants for role, grants in GRANTS.items() if role is not Role.BACKUP)
    assert GRANTS[Role.BACKUP] == {Permission.BACKUP}  # the scheduled backup's account can do nothing else
    assert Permission.KEYS in GRANTS[Role.ADMIN] and all(
        Permission.KEYS not in GRANTS[r] for r in Role if r is not Role.ADMIN
    )


def test_a_refused_call_writes_nothing(office):
    from core.dossiers import count_dossiers, intake
    from core.office import init_office

    with office.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành", place="Hoa Thành")
    officer = as_tester(office, Caller("xuly", frozenset({Role.OFFICER})))
    with pytest.raises(AccessDenied, match="xuly"), officer.transaction() as session:
        intake(session, procedure_code="HT-01", applicant_name="Nguyễn Văn An")
    with office.session() as session:
        assert count_dossiers(session) == 0
