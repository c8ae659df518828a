"""The office data key on this desk: opened for a database, never silently replaced.

`open_office_data` is what every client (window, command line, demo) calls after opening a database:
it takes the key from the desk's key store (`core.security.key_store`), checks that it is the key this database
was protected with, and unlocks the engine (`core.security.protect`), so that personal data reads and every
change can be signed into the audit trail (`core.security.audit`). It never makes a new key for a database that
already records one, holds encrypted values or has a trail: a lost key (a removed key file, a new
Windows profile, a second Windows user) leaves the database **locked**, with a message saying how to
bring the right key — ``motcua key import`` from another desk, or ``motcua key recover`` from the
printed recovery sheet — instead of a new key that would make every backup and value unreadable.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Text, select, type_coerce
from sqlmodel import col

from core.errors import UserError
from core.models import AuditEvent, Dossier, IntakeGuidance, Setting, User, model_table
from core.security import audit
from core.security.access import AccessDenied, Permission, system_caller
from core.security.accounts import Account, rescue_admin
from core.security.protect import COMPLETE_SETTING, PREFIX, Cipher, format_fingerprint
from core.security.protected_rows import key_id, protect_existing
from core.security.recovery import decode_key

__all__ = [
    "Protection",
    "bring_key",
    "check_key_fits",
    "database_uses_a_key",
    "export_key",
    "key_fingerprint",
    "open_office_data",
    "recorded_fingerprint",
    "recovery_sheet_document",
    "rescue_with_sheet",
    "seal_key",
]


@dataclass(frozen=True)
class Protection:
    """Whether this desk can read and write the office's data, and where its key is (said to the user)."""

    unlocked: bool
    message: str
    fingerprint: str = ""  # of the key the database needs (or uses), as people read it


def key_fingerprint(key: bytes) -> str:
    """The fingerprint of a key, as printed on its recovery sheet and named in backups: ``3F2A-91C0-77B4-0E15``."""
    return format_fingerprint(Cipher(key).key_id)


def recorded_fingerprint(database: Any) -> str:
    """The fingerprint of the key this database was protected with ("" when none is recorded)."""
    with database.as_caller(system_caller()).session() as session:
        return format_fingerprint(key_id(session) or "")


def database_uses_a_key(session: Any) -> bool:
    """True when a key was ever used on this database: a recorded key id, an encrypted value, an account,
    or a trail. Such a database is never given a new key."""
    if key_id(session) is not None:
        return True
    if (
        session.execute(select(col(AuditEvent.id)).limit(1)).first()
        or session.execute(select(col(User.id)).limit(1)).first()
    ):
        return True
    for model in (Dossier, IntakeGuidance):
        column = type_coerce(model_table(model).c.phone, Text)
        others = [type_coerce(model_table(model).c[name], Text) for name in ("id_number", "address")]
        if session.execute(
            select(model_table(model).c.id)
            .where(column.startswith(PREFIX) | others[0].startswith(PREFIX) | others[1].startswith(PREFIX))
            .limit(1)
        ).first():
            return True
    return False


def check_key_fits(session: Any, cipher: Cipher) -> bool:
    """Whether ``cipher``'s key is the one this database was protected with (or could be: none recorded and no
    value encrypted with another key)."""
    stored = key_id(session)
    if stored:
        return stored == cipher.key_id
    if audit.signed_by(session, cipher) is False:  # the trail's last link was signed with another key
        return False
    column = type_coerce(model_table(Dossier).c.phone, Text)
    sample = session.execute(select(column).where(column.startswith(PREFIX)).limit(1)).scalar()
    return sample is None or cipher.open(sample, "phone") is not None


def _locked_message(store: Any, fingerprint: str) -> str:
    needed = f" (dấu vân tay {fingerprint})" if fingerprint else ""
    return (
        f"Máy này chưa có khoá dữ liệu của cơ quan{needed}: CCCD, điện thoại, địa chỉ không đọc được và không ghi "
        "được gì. Không tạo khoá mới cho dữ liệu đã có. Hãy đưa khoá sang: motcua key import TỆP (xuất từ máy "
        "khác bằng motcua key export), hoặc motcua key recover với phiếu khôi phục khoá cất trong tủ của cơ quan. "
        f"Nơi giữ khoá của máy này: {store.describe()}"
    )


def open_office_data(database: Any, store: Any) -> Protection:
    """Unlock ``database`` with the office key of ``store`` (a `core.security.key_store.KeyStore`; None: stay locked).

    A new database gets a new key. A database that already uses a key is unlocked only with that key:
    a desk without it, or with another office's, stays locked. A database still holding clear values
    from before revision 0009 is encrypted now."""
    system = database.as_caller(system_caller())
    with system.session() as session:
        used = database_uses_a_key(session)
        fingerprint = format_fingerprint(key_id(session) or "")
    if store is None:
        database.unlock(None)
        return Protection(
            False,
            "Chưa mở khoá dữ liệu của cơ quan: CCCD, điện thoại, địa chỉ hiện dạng đã mã hoá và không ghi được gì.",
            fingerprint,
        )
    try:
        key = store.get_key()
    except UserError as error:  # a wrong passphrase, a damaged key file
        database.unlock(None)
        return Protection(False, str(error), fingerprint)
    if key is None:
        if used:
            database.unlock(None)
            return Protection(False, _locked_message(store, fingerprint), fingerprint)
        key = store.create_key()
    cipher = Cipher(key)
    with system.session() as session:
        fits = check_key_fits(session, cipher)
    if not fits:
        database.unlock(None)
        return Protection(
            False,
            "Khoá dữ liệu của máy này không phải khoá đã mã hoá cơ sở dữ liệu này"
            + (f" (cần khoá có dấu vân tay {fingerprint})" if fingerprint else "")
            + ": CCCD, điện thoại, địa chỉ không đọc được và không ghi được gì. Hãy chép khoá của cơ quan "
            "sang máy này (motcua key export trên máy cũ, motcua key import trên máy này; hoặc motcua key "
            "recover với phiếu khôi phục khoá).",
            fingerprint,
        )
    database.unlock(cipher)
    with system.session() as session:
        complete = session.get(Setting, COMPLETE_SETTING)
        done = bool(key_id(session) and complete is not None and complete.value)
    if not done:
        with system.transaction() as session:
            audit.start_trail(session)  # a new database's first event names it before anything is written
            for table, ids in protect_existing(session).items():
                audit.touched(session, table, ids, "update")
            session.merge(Setting(key=COMPLETE_SETTING, value=True))
    return Protection(True, store.describe(), key_fingerprint(key))


# -- the key's custody: export, import, seal, the recovery sheet (admins only, every one in the trail) ---------
def require_key_admin(database: Any) -> None:

    caller = database.caller
    if caller is None or not caller.can(Permission.KEYS):
        raise AccessDenied(caller, Permission.KEYS)


def _record(database: Any, action: str, **detail: Any) -> None:
    with database.transaction() as session:
        session.info.setdefault("calls", []).append(action)
        audit.note(session, action, **detail)


def export_key(database: Any, store: Any, target: Any, passphrase: str) -> str:
    """Seal the office key into ``target`` with ``passphrase`` (for another desk of the office); returns the
    key's fingerprint. Admins only; recorded in the trail (the file's name and the fingerprint, never the key)."""

    from core.security.key_store import PassphraseKeyFile, office_key

    require_key_admin(database)
    target = Path(target)
    if target.exists():
        raise UserError(f"Tệp {target} đã có: chọn tên khác.", f"{target} exists already.")
    key = office_key(store)
    fingerprint = key_fingerprint(key)
    _record(database, "xuất khoá dữ liệu", file=target.name, fingerprint=fingerprint)
    PassphraseKeyFile(target, passphrase).write_key(key)
    return fingerprint


def bring_key(database: Any, store: Any, key: bytes, *, how: str, replace: bool = False) -> Protection:
    """Give this desk the office key (from a file another desk exported, or typed from the recovery sheet).

    Only the key this database was protected with is taken (its fingerprint is checked), so nobody can
    hold the office hostage by bringing another one. ``replace``: this desk holds another key (e.g. one
    made by mistake while the real one was missing); it is kept in a file sealed with the office key
    (``khoa-cu-<fingerprint>.mckey`` in the data folder) before being replaced. Admins only (or the program
    itself, for `users rescue`, which has the sheet); recorded in the trail."""
    from core.security.key_store import KEY_SIZE, put_key

    require_key_admin(database)
    if len(key) != KEY_SIZE:
        raise UserError("Đây không phải khoá dữ liệu Một Cửa.", "This is not a Một Cửa data key.")
    cipher = Cipher(key)
    with database.as_caller(system_caller()).session() as session:
        fits = check_key_fits(session, cipher)
        needed = format_fingerprint(key_id(session) or "")
    if not fits:
        raise UserError(
            f"Khoá này (dấu vân tay {key_fingerprint(key)}) không phải khoá của cơ sở dữ liệu này"
            f"{' (cần ' + needed + ')' if needed else ''}: không nhận.",
            f"This key ({key_fingerprint(key)}) is not this database's key{f' ({needed})' if needed else ''}.",
        )
    previous = store.get_key()
    if previous is not None and previous != key:
        if not replace:
            raise UserError(
                f"Máy này đang giữ một khoá khác (dấu vân tay {key_fingerprint(previous)}). Nếu chắc chắn "
                "khoá đó không dùng cho dữ liệu nào khác, nhận lại khoá với tuỳ chọn thay khoá (--replace): "
                "khoá cũ được cất vào một tệp trong thư mục dữ liệu, không mất.",
                f"This computer holds another key ({key_fingerprint(previous)}): use --replace.",
            )
        _keep_previous(previous, cipher)
        store.put_key(key)
    else:
        put_key(store, key)
    protection = open_office_data(database, store)
    if protection.unlocked:
        _record(
            database,
            how,
            fingerprint=key_fingerprint(key),
            replaced=key_fingerprint(previous) if previous is not None and previous != key else "",
        )
    return protection


def _keep_previous(previous: bytes, cipher: Cipher) -> None:
    """A replaced key, sealed with the office key, beside the data (never deleted by the program)."""

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from core.files import write_file
    from core.storage import default_data_dir

    nonce = os.urandom(12)
    sealed = AESGCM(cipher.wrapping_key).encrypt(nonce, previous, b"motcua previous key")
    folder = default_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    write_file(
        folder / f"khoa-cu-{key_fingerprint(previous)}.mckey",
        json.dumps(
            {
                "format": "motcua-previous-key",
                "sealed_by": cipher.key_id,
                "nonce": base64.b64encode(nonce).decode(),
                "key": base64.b64encode(sealed).decode(),
            }
        ).encode(),
    )


def recovery_sheet_document(database: Any, store: Any) -> Any:
    """The key recovery sheet (`core.documents.forms_key`) of this office. Admins only; the printing is recorded."""

    from core.documents.forms_key import recovery_sheet
    from core.office import get_office
    from core.security.key_store import office_key

    require_key_admin(database)
    key = office_key(store)
    with database.session() as session:
        office = get_office(session)
    fingerprint = key_fingerprint(key)
    _record(database, "in phiếu khôi phục khoá", fingerprint=fingerprint)
    caller = database.caller
    return recovery_sheet(
        office_name=office.name if office else "",
        unit_code=office.unit_code if office else "",
        parent_name=office.parent_name if office else "",
        place=office.place if office else "",
        fingerprint=fingerprint,
        key=key,
        printed_by=caller.label,
        day=dt.date.today(),
    )


def seal_key(database: Any, folder: Any, passphrase: str) -> Any:
    """Give the desk's unsealed key file a passphrase (admins only, recorded)."""
    from core.security.key_store import seal_key_file

    require_key_admin(database)
    store = seal_key_file(folder, passphrase)
    _record(database, "đặt mật khẩu cho tệp khoá")
    return store


def rescue_with_sheet(database: Any, store: Any, username: str, password: str, groups: str) -> Account:
    """An admin locked out (forgotten password, disabled, locked by someone else's tries) comes back with
    the recovery sheet: the typed ``groups`` give the office key; a desk without it is given it first
    (`bring_key`), then the admin account ``username`` is enabled with ``password``, to be changed at the
    next login (`core.security.accounts.rescue_admin`). Both steps are in the trail."""
    key = decode_key(groups)
    system = database.as_caller(system_caller())
    if not database.unlocked:
        bring_key(system, store, key, how="nhận khoá từ phiếu khôi phục")
    with system.transaction() as session:
        return rescue_admin(session, username, password, key)
