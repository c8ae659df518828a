"""Every core service checks its caller's roles (issue 7): the whole role × service matrix."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import core
from core.access import GRANTS, SERVICES, AccessDenied, Caller, Permission, Role
from tests.fakes import as_tester

#: Functions of a session that are helpers of a declared service, not services a client calls.
HELPERS = {
    "core.documents.common.header_for",
    "core.documents.common.signers",
    "core.documents.common.chairman_signature",
    "core.reports.signer_of",
    "core.reports.period.period_of",
    "core.dossiers.record_event",
    "core.access.acting_name",
    "core.access.acting_as",
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
    "core.audit.note",
    "core.audit_check.walk_chain",
    "core.row_digests.raw_rows",
    "core.row_digests.digests_of",
    "core.office.transaction_slot",
    "core.storage.bulk_write_cache",
    "core.audit.touched",
    "core.audit.touched_dossiers",
    "core.audit.collect_flush",
    "core.audit.write_chain",
    "core.audit.start_trail",
    "core.protect.search_hash",
    "core.protected_rows.key_id",
    "core.protected_rows.protect_existing",
    "core.protect.add_hashes",
    "core.protected_rows.refresh_hashes",
    "core.protect.seal",
    "core.protect.reveal",
    "core.limits.check_flush",
    "core.protect.cipher_of",
    "core.access.caller_of",
    "core.access.allowed",
    "core.access.check",
    "core.accounts.has_accounts",
    "core.accounts.create_first_admin",
    "core.accounts.login",
    "core.accounts.change_password",
    "core.reports.trends.monthly_trend",
    "core.handover.mode.initial_state",
    # the trust work of issue 13: hooks, checks of bookkeeping, and the recovery sheet's rescue (guarded
    # by proof of the office key, not by a role: the last admin may be locked out)
    "core.accounts.caller_title",
    "core.accounts.rescue_admin",
    "core.audit.after_commit",
    "core.audit.after_rollback",
    "core.audit.fresh_database",
    "core.audit.head_mark",
    "core.bootstrap.bookkeeping_problems",
    "core.data_key.database_uses_a_key",
    "core.data_key.check_key_fits",
    "core.protect.sees_personal",
    "core.protect.exporting",
    "core.search_index.trigger_problems",
    "core.search_index.index_problems",
    "core.search_index.rebuild_index",
    "core.audit.signed_by",
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
