"""The office data key: one small interface over the places a key can be kept.

`KeyStore` gets or creates the office's 32-byte data key (it encrypts backups, and later the protected
fields). Three implementations:

- `KeyringKeyStore`: the operating system's credential store through ``keyring`` (Windows Credential
  Manager, macOS Keychain, Secret Service on a Linux desktop);
- `PassphraseKeyFile`: where no credential store exists (a bare Linux desk, where keyring has only
  its ``fail`` backend), a key file in the data folder sealed with a passphrase (scrypt + AES-GCM);
- `MemoryKeyStore`: an in-memory fake for tests.

`choose_key_store` picks for this desk: where a credential store exists, a `DeskKeyStore` that uses it
and falls back to the key file whenever the store fails in any way (Windows' Credential Manager raises
``pywintypes.error``, not keyring's own errors, for error 1312 under Task Scheduler, an RDP session
without a logon session or a policy that forbids stored credentials), saying so in `describe`; where
there is none, the key file. Every store says in Vietnamese where the key is (`describe`).
A store never decides on its own to make a new key for a database that has one: `core.security.data_key` does.
Tests never reach the real credential store: tests/conftest.py sets an in-memory keyring backend.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Callable
from hashlib import scrypt
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from core.errors import UserError

__all__ = [
    "KEY_FILE_NAME",
    "KEY_SIZE",
    "PASSPHRASE_ENV",
    "DeskKeyStore",
    "KeyStore",
    "KeyStoreUnavailable",
    "KeyringKeyStore",
    "MemoryKeyStore",
    "PassphraseKeyFile",
    "UnsealedKeyFile",
    "choose_key_store",
    "office_key",
    "put_key",
    "seal_key_file",
    "system_keyring_available",
]

KEY_SIZE = 32
SERVICE = "motcua"
KEY_NAME = "office-data-key"
KEY_FILE_NAME = "khoa-du-lieu.mckey"
PASSPHRASE_ENV = "MOTCUA_KEY_PASSPHRASE"
MIN_PASSPHRASE = 8
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}  # ≈32 MiB of memory per guess
_AAD = b"motcua office data key v1"


@runtime_checkable
class KeyStore(Protocol):
    """Where the office data key lives."""

    def get_key(self) -> bytes | None:
        """The key, or None when none was created yet."""

    def create_key(self) -> bytes:
        """The key, created (and kept) on first use."""

    def describe(self) -> str:
        """Which store this is, in one Vietnamese sentence."""

    def put_key(self, key: bytes) -> None:
        """Keep ``key`` (brought from another desk or typed from the recovery sheet)."""


class KeyStoreUnavailable(UserError):
    """The operating system's credential store failed (any way at all): the key file is used instead."""


def _reason(error: BaseException) -> str:
    """One short line naming a credential store failure (pywintypes.error carries (code, function, text))."""
    args: tuple[Any, ...] = getattr(error, "args", ())
    if len(args) >= 3 and isinstance(args[0], int):
        return f"lỗi {args[0]}: {str(args[2]).strip()}"
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:200]


def office_key(store: KeyStore, *, create: bool = False) -> bytes:
    """The office key from ``store``; without ``create`` a missing key is a clear error."""
    key = store.create_key() if create else store.get_key()
    if key is None:
        raise UserError(
            f"Máy này chưa có khoá dữ liệu của cơ quan ({store.describe()}).",
            "This computer has no office data key yet.",
        )
    return key


class MemoryKeyStore:
    """A key held in memory: for tests."""

    def __init__(self, key: bytes | None = None) -> None:
        self.key = key

    def get_key(self) -> bytes | None:
        return self.key

    def create_key(self) -> bytes:
        if self.key is None:
            self.key = secrets.token_bytes(KEY_SIZE)
        return self.key

    def describe(self) -> str:
        return "Khoá dữ liệu chỉ nằm trong bộ nhớ (dùng khi kiểm thử)."

    def put_key(self, key: bytes) -> None:
        self.key = key


class KeyringKeyStore:
    """The key in the operating system's credential store, through ``keyring``.

    Any failure of the store, whatever its exception type, becomes `KeyStoreUnavailable` (one line)."""

    def __init__(self, service: str = SERVICE, name: str = KEY_NAME) -> None:
        self.service, self.name = service, name

    def get_key(self) -> bytes | None:
        import keyring

        try:
            stored = keyring.get_password(self.service, self.name)
            return base64.b64decode(stored, validate=True) if stored else None
        except Exception as exc:
            raise KeyStoreUnavailable(
                f"Không đọc được kho khoá của hệ điều hành ({_reason(exc)}).",
                f"Cannot read the system credential store ({_reason(exc)}).",
            ) from exc

    def create_key(self) -> bytes:
        key = self.get_key()
        if key is None:
            key = secrets.token_bytes(KEY_SIZE)
            self.put_key(key)
        return key

    def put_key(self, key: bytes) -> None:
        import keyring

        try:
            keyring.set_password(self.service, self.name, base64.b64encode(key).decode("ascii"))
        except Exception as exc:
            raise KeyStoreUnavailable(
                f"Không ghi được khoá vào kho khoá của hệ điều hành ({_reason(exc)}).",
                f"Cannot write to the system credential store ({_reason(exc)}).",
            ) from exc

    def describe(self) -> str:
        import keyring

        try:
            backend = type(keyring.get_keyring()).__module__.removeprefix("keyring.backends.")
        except Exception:
            backend = "?"
        return f"Khoá dữ liệu được giữ trong kho khoá của hệ điều hành ({backend})."


class DeskKeyStore:
    """The credential store, with the key file of the data folder behind it.

    The key is looked for in the credential store, then in the key file (a key kept there while the
    store was failing is found again once it works). A new key goes to the credential store, or to the
    key file when the store fails. Whatever the store raises, this desk goes on with the file and
    `describe` says why."""

    def __init__(self, primary: KeyringKeyStore, fallback: Callable[[], KeyStore], path: Path) -> None:
        self.primary, self._fallback, self.path = primary, fallback, Path(path)
        self._file: KeyStore | None = None
        self.failure: str = ""  # why the credential store was not used, said to the user
        self.where: str = "keyring"

    def file_store(self) -> KeyStore:
        if self._file is None:
            self._file = self._fallback()
        return self._file

    def _primary(self, action: Callable[[], Any]) -> tuple[bool, Any]:
        try:
            return True, action()
        except KeyStoreUnavailable as error:
            self.failure = error.vi
            return False, None

    def get_key(self) -> bytes | None:
        ok, key = self._primary(self.primary.get_key)
        if key is not None:
            self.where = "keyring"
            return key
        if self.path.exists() or not ok:
            self.where = "file"
            return self.file_store().get_key()
        return None

    def create_key(self) -> bytes:
        key = self.get_key()
        if key is not None:
            return key
        key = secrets.token_bytes(KEY_SIZE)
        self.put_key(key)
        return key

    def put_key(self, key: bytes) -> None:
        ok, _ = self._primary(lambda: self.primary.put_key(key))
        if ok and self.primary.get_key() == key:
            self.where = "keyring"
            return
        self.where = "file"
        self.file_store().put_key(key)

    def describe(self) -> str:
        if self.where == "file" or self.failure:
            note = f" {self.failure} Khoá dùng tệp trong thư mục dữ liệu thay thế." if self.failure else ""
            file_text = self._file.describe() if self._file is not None else f"Khoá dữ liệu nằm trong tệp {self.path}."
            return (note.strip() + " " + file_text).strip()
        return self.primary.describe()


class PassphraseKeyFile:
    """The key in a file of the data folder, sealed with a passphrase (scrypt → AES-GCM)."""

    def __init__(self, path: Path, passphrase: str) -> None:
        self.path, self.passphrase = Path(path), passphrase

    def _kek(self, salt: bytes, params: dict[str, int]) -> bytes:
        return scrypt(
            self.passphrase.encode("utf-8"),
            salt=salt,
            n=params["n"],
            r=params["r"],
            p=params["p"],
            maxmem=256 * 1024 * 1024,
            dklen=32,
        )

    def get_key(self) -> bytes | None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not self.path.exists():
            return None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            params = {k: int(data["scrypt"][k]) for k in ("n", "r", "p")}
            salt, nonce, sealed = (base64.b64decode(data[k]) for k in ("salt", "nonce", "sealed"))
        except (ValueError, KeyError, TypeError) as exc:
            raise UserError(
                f"Tệp khoá {self.path} bị hỏng hoặc không phải tệp khoá Một Cửa.",
                f"The key file {self.path} is damaged.",
            ) from exc
        try:
            return AESGCM(self._kek(salt, params)).decrypt(nonce, sealed, _AAD)
        except InvalidTag:
            raise UserError(
                f"Mật khẩu của tệp khoá {self.path.name} không đúng.",
                f"Wrong passphrase for the key file {self.path.name}.",
            ) from None

    def create_key(self) -> bytes:
        key = self.get_key()
        if key is not None:
            return key
        key = secrets.token_bytes(KEY_SIZE)
        self.write_key(key)
        return key

    def write_key(self, key: bytes) -> None:
        """Seal ``key`` into the file with this passphrase (replacing the file whole)."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if len(self.passphrase) < MIN_PASSPHRASE:
            raise UserError(
                f"Mật khẩu tệp khoá cần ít nhất {MIN_PASSPHRASE} ký tự.",
                f"The key file passphrase needs at least {MIN_PASSPHRASE} characters.",
            )
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        sealed = AESGCM(self._kek(salt, _SCRYPT)).encrypt(nonce, key, _AAD)
        data = {
            "format": "motcua-key",
            "version": 1,
            "scrypt": _SCRYPT,
            **{
                k: base64.b64encode(v).decode("ascii")
                for k, v in (("salt", salt), ("nonce", nonce), ("sealed", sealed))
            },
        }
        _write_private(self.path, json.dumps(data, indent=1).encode("utf-8"))

    def describe(self) -> str:
        return f"Khoá dữ liệu nằm trong tệp {self.path}, được khoá bằng mật khẩu."

    def put_key(self, key: bytes) -> None:
        existing = self.get_key()
        if existing is not None and existing != key:
            raise _other_key()
        self.write_key(key)


def _other_key() -> UserError:
    return UserError(
        "Máy này đã có một khoá dữ liệu khác: nhận khoá mới sẽ làm dữ liệu đã mã hoá bằng khoá cũ "
        "không đọc được nữa. Hãy nhờ quản trị kiểm tra (motcua key status).",
        "This computer already holds a different data key.",
    )


def put_key(store: KeyStore, key: bytes) -> None:
    """Give this machine the office's key (``motcua key import``, the recovery sheet): refused if it already
    holds another one, which would make the data protected with that one unreadable."""
    if len(key) != KEY_SIZE:
        raise UserError("Đây không phải khoá dữ liệu Một Cửa.", "This is not a Một Cửa data key.")
    existing = store.get_key()
    if existing == key:
        return
    if existing is not None:
        raise _other_key()
    store.put_key(key)


def system_keyring_available() -> bool:
    """False where keyring has no real backend (its ``fail`` backend, e.g. a bare Linux desk), or where even
    asking for it fails."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return False
    if isinstance(backend, fail.Keyring):
        return False
    chained = getattr(backend, "backends", None)
    return chained is None or bool(chained)


class UnsealedKeyFile:
    """The key in a file of the data folder readable only by this user (mode 0600), with no passphrase.

    Only where there is no credential store and nobody set a passphrase yet (e.g. the command line
    on a bare Linux desk): the protected fields and backups are still encrypted, so a copied database
    or backup is unreadable without this file; ``motcua key seal`` adds a passphrase.
    """

    FORMAT = "motcua-key-unsealed"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @classmethod
    def holds(cls, path: Path) -> bool:
        try:
            return json.loads(Path(path).read_text(encoding="utf-8")).get("format") == cls.FORMAT
        except (OSError, ValueError, AttributeError):
            return False

    def get_key(self) -> bytes | None:
        if not self.path.exists():
            return None
        try:
            return base64.b64decode(json.loads(self.path.read_text(encoding="utf-8"))["key"])
        except (ValueError, KeyError, TypeError) as exc:
            raise UserError(f"Tệp khoá {self.path} bị hỏng.", f"The key file {self.path} is damaged.") from exc

    def create_key(self) -> bytes:
        key = self.get_key()
        if key is not None:
            return key
        key = secrets.token_bytes(KEY_SIZE)
        self.put_key(key)
        return key

    def put_key(self, key: bytes) -> None:
        existing = self.get_key()
        if existing is not None and existing != key:
            raise _other_key()
        _write_private(
            self.path,
            json.dumps({"format": self.FORMAT, "version": 1, "key": base64.b64encode(key).decode("ascii")}).encode(
                "utf-8"
            ),
        )

    def describe(self) -> str:
        return (
            f"Khoá dữ liệu nằm trong tệp {self.path}, CHƯA có mật khẩu (chỉ được bảo vệ bằng quyền đọc tệp). "
            "Hãy đặt mật khẩu: motcua key seal."
        )


def _write_private(path: Path, data: bytes) -> None:
    """A key file written whole, readable only by this account: mode 0600, or on Windows (where chmod does
    nothing) an ACL granting this account alone (`core.security.private_files`); a warning is kept when it could not."""
    from core.files import write_file
    from core.security.private_files import note_warning, restrict_to_owner

    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, data)
    warning = restrict_to_owner(path)
    if warning:
        note_warning(warning)


def seal_key_file(folder: Path, passphrase: str) -> PassphraseKeyFile:
    """Give an unsealed key file a passphrase (the key itself does not change)."""
    path = Path(folder) / KEY_FILE_NAME
    key = UnsealedKeyFile(path).get_key() if UnsealedKeyFile.holds(path) else None
    if key is None:
        raise UserError(f"Không có tệp khoá chưa đặt mật khẩu ở {path}.", f"No unsealed key file at {path}.")
    sealed = PassphraseKeyFile(path.with_name(path.name + ".new"), passphrase)
    sealed.write_key(key)
    os.replace(sealed.path, path)
    return PassphraseKeyFile(path, passphrase)


def _file_store(folder: Path, passphrase: str | None, allow_unsealed: bool) -> KeyStore:
    passphrase = passphrase if passphrase is not None else os.environ.get(PASSPHRASE_ENV)
    path = Path(folder) / KEY_FILE_NAME
    if UnsealedKeyFile.holds(path) or (allow_unsealed and not passphrase and not path.exists()):
        return UnsealedKeyFile(path)
    if not passphrase:
        raise UserError(
            f"Khoá dữ liệu nằm trong tệp {path}, cần mật khẩu của tệp (nhập khi được hỏi, hoặc đặt biến "
            f"môi trường {PASSPHRASE_ENV}).",
            f"The data key is in the file {path}, which needs its passphrase ({PASSPHRASE_ENV}).",
        )
    return PassphraseKeyFile(path, passphrase)


def choose_key_store(folder: Path, passphrase: str | None = None, *, allow_unsealed: bool = False) -> KeyStore:
    """The credential store when there is one (with the key file behind it), else the key file in
    ``folder``: sealed with the passphrase (from the argument or ``MOTCUA_KEY_PASSPHRASE``), or — an
    existing unsealed file, or with ``allow_unsealed`` (the command line) and no file yet — an
    `UnsealedKeyFile`.
    """
    if system_keyring_available():
        return DeskKeyStore(
            KeyringKeyStore(), lambda: _file_store(folder, passphrase, allow_unsealed), Path(folder) / KEY_FILE_NAME
        )
    return _file_store(folder, passphrase, allow_unsealed)
