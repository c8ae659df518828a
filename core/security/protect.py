"""Citizens' personal data at rest: CCCD, phone and address encrypted field by field (issue 7).

The office key (`core.security.key_store`) yields two sub-keys through HKDF: one for AES-256-GCM (each value
gets a fresh nonce and is bound to its column) and one for the keyed hash (HMAC-SHA-256) stored
beside the CCCD and the phone, so an exact look-up still works without decrypting anything.

The cipher belongs to an engine (`unlock` puts it on the engine's dialect), so the `Protected`
column type encrypts on the way in and decrypts on the way out for every query, ORM or Core,
with no service having to think about it. Without the key, a protected value reads as `LOCKED`
and writing a new one is refused with a clear message. Nothing is decided from how a value looks:
every non-empty value written is encrypted (an address typed as ``enc1:abc`` too), and a stored
value that does not decrypt with the key reads as `UNREADABLE`, never as itself and never as a
traceback. The audit trail digests the stored ciphertext (core/security/audit.py), so a value moved to
another row is named by ``motcua audit verify``. Opening the key on a desk is `core.security.data_key`'s.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Text, inspect
from sqlalchemy.types import TypeDecorator

from core.errors import UserError

__all__ = [
    "COMPLETE_SETTING",
    "KEY_ID_SETTING",
    "LOCKED",
    "PLACEHOLDERS",
    "PREFIX",
    "PROTECTED_FIELDS",
    "UNREADABLE",
    "Cipher",
    "Locked",
    "Protected",
    "add_hashes",
    "cipher_of",
    "exporting",
    "format_fingerprint",
    "is_protected",
    "mask_address",
    "mask_id_number",
    "mask_loaded",
    "mask_phone",
    "masked",
    "reveal",
    "seal",
    "search_hash",
    "sees_personal",
    "unlock",
]

PREFIX = "enc1:"
#: What a protected value reads as when this desk has no key for it.
LOCKED = "[đã mã hoá]"
#: What a protected value reads as when it does not decrypt with the office key (damaged, planted, moved).
UNREADABLE = "[không đọc được]"
#: Placeholders that are never a citizen's data: never printed, searched or written back.
PLACEHOLDERS = (LOCKED, UNREADABLE)
_NONCE = 12
#: The first bytes of an encrypted attached file (core/file_store.py).
BLOB_MAGIC = b"MCF1"


class Locked(UserError):
    """A protected value must be written, and the data key is not open on this desk."""

    def __init__(self) -> None:
        super().__init__(
            "Chưa mở khoá dữ liệu cá nhân (CCCD, điện thoại, địa chỉ) trên máy này: không ghi được. "
            "Hãy mở khoá bằng mật khẩu tệp khoá, hoặc chép khoá của cơ quan sang máy này "
            "(motcua key import).",
            "The personal-data key is not open on this desk: cannot write CCCD, phone or address.",
        )


class Cipher:
    """AES-GCM for the values, HMAC for the search hashes; both derived from the office key."""

    def __init__(self, office_key: bytes) -> None:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        self.office_key = office_key  # the key itself: to open backups (core/backups/archive.py)

        def derive(info: bytes) -> bytes:
            return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(office_key)

        self._aead = AESGCM(derive(b"motcua personal data v1"))
        self._hash_key = derive(b"motcua search hash v1")
        self._audit_key = derive(b"motcua audit chain v1")
        self._file_aead = AESGCM(derive(b"motcua attached files v1"))  # scanned papers (core/attachments.py)
        self._blob_name_key = derive(b"motcua attached file names v1")
        # seals a replaced key kept aside (core/security/data_key.py)
        self.wrapping_key = derive(b"motcua key wrapping v1")
        self.key_id = hmac.new(derive(b"motcua key id v1"), b"id", hashlib.sha256).hexdigest()[:16]

    def encrypt(self, value: str, column: str) -> str:
        """Always encrypts a non-empty value, whatever it looks like: a citizen's address typed as
        ``enc1:abc`` is text like any other, never taken for a value already encrypted."""
        if not value:
            return value
        nonce = os.urandom(_NONCE)
        sealed = self._aead.encrypt(nonce, value.encode("utf-8"), column.encode())
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, value: str, column: str) -> str:
        """The clear value, or `UNREADABLE` for anything that does not decrypt with this key in this
        column (another office's key, a damaged or planted value): never an exception."""
        if not value:
            return value
        plain = self.open(value, column)
        return UNREADABLE if plain is None else plain

    def open(self, value: str, column: str) -> str | None:
        """The clear value, or None when ``value`` is not a value this key sealed for ``column``."""
        from cryptography.exceptions import InvalidTag

        if not value.startswith(PREFIX):
            return None
        try:
            raw = base64.b64decode(value[len(PREFIX) :], validate=True)
            if len(raw) <= _NONCE:
                return None
            return self._aead.decrypt(raw[:_NONCE], raw[_NONCE:], column.encode()).decode("utf-8")
        except (ValueError, InvalidTag, UnicodeDecodeError):  # binascii.Error is a ValueError
            return None

    def blob_name(self, sha256: str, kind: str) -> str:
        """The name of an attached file's blob (``kind`` "file" or "thumb"): keyed by the office key, so a name
        never tells which known document is stored, and the same file is stored once."""
        return hmac.new(self._blob_name_key, f"{kind}:{sha256}".encode(), hashlib.sha256).hexdigest()

    def seal_blob(self, data: bytes, name: str) -> bytes:
        """An attached file encrypted (AES-GCM, fresh nonce), bound to its blob name."""
        nonce = os.urandom(_NONCE)
        return BLOB_MAGIC + nonce + self._file_aead.encrypt(nonce, data, name.encode())

    def open_blob(self, blob: bytes, name: str) -> bytes | None:
        """The clear file, or None when ``blob`` is not what this key sealed under ``name``."""
        from cryptography.exceptions import InvalidTag

        head = len(BLOB_MAGIC) + _NONCE
        if len(blob) <= head or not blob.startswith(BLOB_MAGIC):
            return None
        try:
            return self._file_aead.decrypt(blob[len(BLOB_MAGIC) : head], blob[head:], name.encode())
        except (InvalidTag, ValueError):
            return None

    def mac(self, data: bytes) -> str:
        """HMAC-SHA-256 with the audit trail's own key (core/security/audit.py): forging a link needs the office key."""
        return hmac.new(self._audit_key, data, hashlib.sha256).hexdigest()

    def search_hash(self, value: str) -> str:
        """The keyed hash of an exact value (digits only), or "" for no value."""
        digits = (
            value
            if value.isascii() and value.isdigit()
            else "".join(  # validated values: the fast path
                ch for ch in value or "" if "0" <= ch <= "9"
            )
        )
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
    """Whether a stored value has the shape of an encrypted one (only a hint: `Cipher.open` decides)."""
    return value is not None and value.startswith(PREFIX)


class Protected(TypeDecorator):
    """A text column stored encrypted with the engine's cipher (see the module's docstring)."""

    impl = Text
    cache_ok = True

    def __init__(self, column: str) -> None:
        super().__init__()
        self.column = column

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        if not value:
            return value
        if value in PLACEHOLDERS:
            raise UserError(
                "Không ghi được: giá trị CCCD, điện thoại hoặc địa chỉ đang ở dạng chưa đọc được "
                f'("{value}"); hãy nhập lại giá trị thật.',
                "Cannot write a placeholder in place of a CCCD, phone or address.",
            )
        cipher = getattr(dialect, "motcua_cipher", None)
        if cipher is None:
            raise Locked()
        return cipher.encrypt(value, self.column)

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        if not value:
            return value
        cipher = getattr(dialect, "motcua_cipher", None)
        return cipher.decrypt(value, self.column) if cipher is not None else LOCKED


# -- masking -----------------------------------------------------------------------------------------
def mask_id_number(value: str) -> str:
    """``079203001234`` → ``079•••••••34``: the province code and the last two digits."""
    value = (value or "").strip()
    if not value or value in PLACEHOLDERS:
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
    if not value or value in PLACEHOLDERS:
        return value
    parts = [p.strip() for p in value.split(",") if p.strip()]
    return "…, " + parts[-1] if len(parts) > 1 else "•••"


def masked(field: str, value: str) -> str:
    return {"id_number": mask_id_number, "phone": mask_phone, "address": mask_address}.get(field, str)(value)


_EXPORTING = "exporting_personal"


def sees_personal(session: Any) -> bool:
    """Whether this session's caller reads CCCD, phone and address in clear: the personal-data permission,
    or the export permission inside an export service (`exporting`)."""
    from core.security.access import Permission, allowed

    return allowed(session, Permission.VIEW_PERSONAL) or bool(
        session.info.get(_EXPORTING) and allowed(session, Permission.EXPORT_PERSONAL)
    )


@contextmanager
def exporting(session: Any) -> Iterator[None]:
    """Inside a service that writes a file with personal data (the register, the hand-over list)."""
    session.info[_EXPORTING] = session.info.get(_EXPORTING, 0) + 1
    try:
        yield
    finally:
        session.info[_EXPORTING] -= 1


def mask_loaded(target: Any, context: Any, *_args: Any) -> None:
    """ORM ``load``/``refresh`` hook: a dossier or slip read by a caller without the personal-data
    permission carries masked values (as loaded, so they are never written back)."""
    from sqlalchemy.orm.attributes import set_committed_value

    session = getattr(context, "session", None)
    if session is None or sees_personal(session):
        return
    state = inspect(target)
    for name in PROTECTED_FIELDS:
        if name in state.dict:
            set_committed_value(target, name, masked(name, state.dict[name] or ""))


# -- keys and old data ---------------------------------------------------------------------------------
KEY_ID_SETTING = "protection.key_id"
COMPLETE_SETTING = "protection.complete"


def format_fingerprint(key_id_: str) -> str:
    """A key's fingerprint as people read it: ``3F2A-91C0-77B4-0E15`` (on the recovery sheet, in backups)."""
    text_ = (key_id_ or "").upper()
    return "-".join(text_[i : i + 4] for i in range(0, len(text_), 4))


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
    plain = cipher.decrypt(value, field) if cipher is not None else LOCKED
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
