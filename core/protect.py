"""Citizens' personal data at rest: CCCD, phone and address encrypted field by field (issue 7).

The office key (`core.secrets`) yields two sub-keys through HKDF: one for AES-256-GCM (each value
gets a fresh nonce and is bound to its column) and one for the keyed hash (HMAC-SHA-256) stored
beside the CCCD and the phone, so an exact look-up still works without decrypting anything.

The cipher belongs to an engine (`unlock` puts it on the engine's dialect), so the `Protected`
column type encrypts on the way in and decrypts on the way out for every query, ORM or Core,
with no service having to think about it. Without the key, a protected value reads as
`LOCKED` and writing a new one is refused with a clear message; an old plaintext value (a
database from before this revision) reads as itself until `protect_existing` encrypts it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text, inspect, select, type_coerce, update
from sqlalchemy.types import TypeDecorator

from core.errors import UserError

__all__ = ["PROTECTED_FIELDS", "seal", "reveal", "add_hashes", "Protection", "open_personal_data", "refresh_hashes", "Cipher", "Protected", "Locked", "LOCKED", "PREFIX", "unlock", "cipher_of", "search_hash",
           "mask_id_number", "mask_phone", "mask_address", "masked", "protect_existing", "key_id", "is_protected"]

PREFIX = "enc1:"
#: What a protected value reads as when this desk has no key for it.
LOCKED = "[đã mã hoá]"
_NONCE = 12


class Locked(UserError):
    """A protected value must be written, and the data key is not open on this desk."""

    def __init__(self) -> None:
        super().__init__("Chưa mở khoá dữ liệu cá nhân (CCCD, điện thoại, địa chỉ) trên máy này: không ghi được. "
                         "Hãy mở khoá bằng mật khẩu tệp khoá, hoặc chép khoá của cơ quan sang máy này "
                         "(motcua key import).",
                         "The personal-data key is not open on this desk: cannot write CCCD, phone or address.")


class Cipher:
    """AES-GCM for the values, HMAC for the search hashes; both derived from the office key."""

    def __init__(self, office_key: bytes) -> None:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        def derive(info: bytes) -> bytes:
            return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(office_key)

        self._aead = AESGCM(derive(b"motcua personal data v1"))
        self._hash_key = derive(b"motcua search hash v1")
        self.key_id = hmac.new(derive(b"motcua key id v1"), b"id", hashlib.sha256).hexdigest()[:16]

    def encrypt(self, value: str, column: str) -> str:
        if not value or value.startswith(PREFIX):
            return value
        nonce = os.urandom(_NONCE)
        sealed = self._aead.encrypt(nonce, value.encode("utf-8"), column.encode())
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, value: str, column: str) -> str:
        if not value or not value.startswith(PREFIX):
            return value
        from cryptography.exceptions import InvalidTag

        raw = base64.b64decode(value[len(PREFIX):])
        try:
            return self._aead.decrypt(raw[:_NONCE], raw[_NONCE:], column.encode()).decode("utf-8")
        except InvalidTag:
            return LOCKED  # another office's key, or a damaged value: never a traceback

    def search_hash(self, value: str) -> str:
        """The keyed hash of an exact value (digits only), or "" for no value."""
        digits = value if value.isascii() and value.isdigit() else "".join(  # validated values: the fast path
            ch for ch in value or "" if "0" <= ch <= "9")
        return hmac.new(self._hash_key, digits.encode(), hashlib.sha256).hexdigest()[:32] if digits else ""


def cipher_of(bind: Any) -> Cipher | None:
    """The cipher of an engine, a connection or a session (None while locked)."""
    if hasattr(bind, "get_bind"):
        bind = bind.get_bind()
    return getattr(bind.dialect, "motcua_cipher", None)


def unlock(engine: Any, cipher: Cipher | None) -> None:
    """Give the engine its cipher (None locks it again)."""
    engine.dialect.motcua_cipher = cipher


def search_hash(session: Any, value: str) -> str:
    cipher = cipher_of(session)
    if cipher is None:
        raise Locked()
    return cipher.search_hash(value)


def is_protected(value: str | None) -> bool:
    return bool(value) and value.startswith(PREFIX)


class Protected(TypeDecorator):
    """A text column stored encrypted with the engine's cipher (see the module's docstring)."""

    impl = Text
    cache_ok = True

    def __init__(self, column: str) -> None:
        super().__init__()
        self.column = column

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        if not value or value.startswith(PREFIX):
            return value
        cipher = getattr(dialect, "motcua_cipher", None)
        if cipher is None:
            raise Locked()
        return cipher.encrypt(value, self.column)

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        if not value or not value.startswith(PREFIX):
            return value
        cipher = getattr(dialect, "motcua_cipher", None)
        return cipher.decrypt(value, self.column) if cipher is not None else LOCKED


# -- masking -----------------------------------------------------------------------------------------
def mask_id_number(value: str) -> str:
    """``079203001234`` → ``079•••••••34``: the province code and the last two digits."""
    value = (value or "").strip()
    if not value or value == LOCKED:
        return value
    if len(value) <= 5:
        return "•" * len(value)
    return value[:3] + "•" * (len(value) - 5) + value[-2:]


def mask_phone(value: str) -> str:
    """``0912345678`` → ``091•••••78``."""
    return mask_id_number(value)


def mask_address(value: str) -> str:
    """Only the last part (village, commune): ``Xóm 3, Hoa Thành`` → ``…, Hoa Thành``."""
    value = (value or "").strip()
    if not value or value == LOCKED:
        return value
    parts = [p.strip() for p in value.split(",") if p.strip()]
    return "…, " + parts[-1] if len(parts) > 1 else "•••"


def masked(field: str, value: str) -> str:
    return {"id_number": mask_id_number, "phone": mask_phone, "address": mask_address}.get(field, str)(value)


# -- keys and old data ---------------------------------------------------------------------------------
KEY_ID_SETTING = "protection.key_id"


def key_id(session: Any) -> str | None:
    from core.models import Setting

    row = session.get(Setting, KEY_ID_SETTING)
    return row.value if row else None


def protect_existing(session: Any) -> int:
    """Encrypt every protected value still stored in clear (a database from before revision 0009),
    and fill the search hashes; returns how many rows changed. Needs the key; idempotent."""
    from core.models import Dossier, IntakeGuidance, Setting

    cipher = cipher_of(session)
    if cipher is None:
        raise Locked()
    stored = key_id(session)
    if stored is None:
        session.add(Setting(key=KEY_ID_SETTING, value=cipher.key_id))
    changed = 0
    for model in (Dossier, IntakeGuidance):
        table = model.__table__
        raw = table.c

        def clear(column):  # compare the stored text itself, not through the column's cipher
            stored = type_coerce(column, Text)
            return (stored != "") & ~stored.startswith(PREFIX)

        plain = clear(raw.id_number) | clear(raw.phone) | clear(raw.address)
        if model is Dossier:
            plain = plain | ((type_coerce(raw.id_number, Text) != "") & (raw.id_number_hash == "")) | \
                    ((type_coerce(raw.phone, Text) != "") & (raw.phone_hash == ""))
        query = select(raw.id, raw.id_number, raw.phone, raw.address).where(plain)
        for row in session.execute(query).all():  # read whole first: the loop updates the same table
            values = {"id_number": row.id_number, "phone": row.phone, "address": row.address}
            if model is Dossier:
                values["id_number_hash"] = cipher.search_hash(row.id_number) if row.id_number else ""
                values["phone_hash"] = cipher.search_hash(row.phone) if row.phone else ""
            session.execute(update(table).where(raw.id == row.id).values(**values))
            changed += 1
    return changed


PROTECTED_FIELDS = ("id_number", "phone", "address")


def seal(session: Any, value: str, field: str) -> str:
    """A protected field's value as stored inside JSON (an event's detail): encrypted like the column."""
    if field not in PROTECTED_FIELDS or not value:
        return value
    cipher = cipher_of(session)
    if cipher is None:
        raise Locked()
    return cipher.encrypt(value, field)


def reveal(session: Any, value: str, field: str, *, full: bool) -> str:
    """The value `seal` stored, decrypted, and masked unless ``full``."""
    if field not in PROTECTED_FIELDS or not value:
        return value
    cipher = cipher_of(session)
    plain = cipher.decrypt(value, field) if cipher is not None else (LOCKED if is_protected(value) else value)
    return plain if full else masked(field, plain)


def add_hashes(session: Any, rows: list[dict[str, Any]]) -> None:
    """Fill ``id_number_hash`` / ``phone_hash`` in dossier rows about to be written by a Core insert."""
    if not any(r.get("id_number") or r.get("phone") for r in rows):
        return
    cipher = cipher_of(session)
    if cipher is None:
        raise Locked()
    for row in rows:
        row["id_number_hash"] = cipher.search_hash(row.get("id_number") or "")
        row["phone_hash"] = cipher.search_hash(row.get("phone") or "")


def refresh_hashes(session: Any) -> None:
    """Keep each dossier's search hashes equal to its CCCD and phone (a ``before_flush`` hook)."""
    from core.models import Dossier

    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Dossier):
            continue
        state = inspect(obj)
        for field, hashed in (("id_number", "id_number_hash"), ("phone", "phone_hash")):
            if obj in session.new or state.attrs[field].history.has_changes():
                value = getattr(obj, field) or ""
                setattr(obj, hashed, search_hash(session, value) if value and value != LOCKED else "")


# -- opening the personal data of a database -------------------------------------------------------------
COMPLETE_SETTING = "protection.complete"


@dataclass(frozen=True)
class Protection:
    """Whether this desk can read and write the protected fields, and which key store it uses (said
    to the user: issue 7 asks that the app says where its key is)."""

    unlocked: bool
    message: str


def open_personal_data(database: Any, store: Any) -> Protection:
    """Unlock ``database`` with the office key of ``store`` (a `core.secrets.KeyStore`, None: stay locked).

    A key that is not the one the database was protected with leaves it locked (the values would not
    decrypt); a database still holding clear values from before revision 0009 is encrypted now.
    """
    from core.access import system_caller
    from core.models import Setting
    from core.secrets import office_key

    if store is None:
        database.unlock(None)
        return Protection(False, "Chưa mở khoá dữ liệu cá nhân: CCCD, điện thoại, địa chỉ hiện dạng đã mã hoá.")
    cipher = Cipher(office_key(store, create=True))
    system = database.as_caller(system_caller())
    with system.session() as session:
        stored, complete = key_id(session), session.get(Setting, COMPLETE_SETTING)
        mismatch = bool(stored) and stored != cipher.key_id
        if not stored:  # no key recorded yet: any value already encrypted must open with this key
            from core.models import Dossier

            column = type_coerce(Dossier.__table__.c.phone, Text)
            sample = session.execute(select(column).where(column.startswith(PREFIX)).limit(1)).scalar()
            mismatch = sample is not None and cipher.decrypt(sample, "phone") == LOCKED
    if mismatch:
        database.unlock(None)
        return Protection(False, "Khoá dữ liệu của máy này không phải khoá đã mã hoá cơ sở dữ liệu này: CCCD, "
                                 "điện thoại, địa chỉ không đọc được. Hãy chép khoá của cơ quan sang máy này "
                                 "(motcua key export trên máy cũ, motcua key import trên máy này).")
    database.unlock(cipher)
    if not (stored and complete and complete.value):
        with system.transaction() as session:
            protect_existing(session)
            session.merge(Setting(key=COMPLETE_SETTING, value=True))
    return Protection(True, store.describe())
