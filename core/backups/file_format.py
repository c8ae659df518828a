"""The encrypted backup file: a readable header, then the database in AES-GCM sealed chunks.

Layout: ``MAGIC`` · 4-byte header length · header (JSON: when, what, row counts, key id, nonce) ·
chunks, each a 4-byte length and an AES-256-GCM ciphertext of up to 1 MiB of the SQLite file.
Chunk ``i`` uses the nonce ``prefix + i`` and authenticates the header, its own index and whether
it is the last one, so an edited byte, a swapped, missing or added chunk, a cut-off file or an
edited header are all found. The header names the key by a keyed fingerprint, so a backup made
with another office's key is told apart from a damaged one. A file is streamed, never held whole.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import struct
from pathlib import Path
from typing import Any, BinaryIO

from core.errors import UserError

__all__ = ["SUFFIX", "key_id", "other_key", "read_authenticated_header", "read_header", "seal_file", "unseal_file"]

MAGIC = b"MOTCUABK\x01"
SUFFIX = ".mcbk"
CHUNK = 1024 * 1024
_LENGTH = struct.Struct(">I")
_MAX_HEADER = 1024 * 1024


def key_id(key: bytes) -> str:
    """A fingerprint naming the key without revealing it."""
    return hmac.new(key, b"motcua backup key id", hashlib.sha256).hexdigest()[:16]


def _aad(header_digest: bytes, index: int, final: bool) -> bytes:
    return header_digest + struct.pack(">QB", index, final)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def seal_file(source: Path, target: Path, key: bytes, header: dict[str, Any]) -> dict[str, Any]:
    """Encrypt ``source`` into ``target`` (flushed to disk). Returns the header written."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from core.security.data_key import key_fingerprint

    header = {
        **header,
        "key_id": key_id(key),
        "key_fingerprint": key_fingerprint(key),
        "nonce": secrets.token_hex(8),
        "chunk": CHUNK,
    }
    raw = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    digest = hashlib.sha256(MAGIC + raw).digest()
    prefix, aead = bytes.fromhex(header["nonce"]), AESGCM(key)
    if source.stat().st_size >= CHUNK * 2**32:
        raise UserError("Cơ sở dữ liệu quá lớn để sao lưu theo cách này.", "The database is too large.")
    with open(source, "rb") as plain, open(target, "wb") as out:
        out.write(MAGIC + _LENGTH.pack(len(raw)) + raw)
        index, block = 0, plain.read(CHUNK)
        while True:
            following = plain.read(CHUNK)
            final = not following
            sealed = aead.encrypt(_nonce(prefix, index), block, _aad(digest, index, final))
            out.write(_LENGTH.pack(len(sealed)) + sealed)
            if final:
                break
            index, block = index + 1, following
        out.flush()
        os.fsync(out.fileno())
    return header


def _read_header(stream: BinaryIO, name: str) -> tuple[dict[str, Any], bytes]:
    not_backup = UserError(f"Tệp {name} không phải bản sao lưu Một Cửa.", f"{name} is not a Một Cửa backup.")
    if stream.read(len(MAGIC)) != MAGIC:
        raise not_backup
    length = stream.read(4)
    if len(length) < 4 or _LENGTH.unpack(length)[0] > _MAX_HEADER:
        raise not_backup
    raw = stream.read(_LENGTH.unpack(length)[0])
    try:
        header = json.loads(raw.decode("utf-8"))
        bytes.fromhex(header["nonce"]), header["key_id"]
    except (ValueError, KeyError, TypeError):
        raise not_backup from None
    return header, hashlib.sha256(MAGIC + raw).digest()


def read_header(path: Path) -> dict[str, Any]:
    """The header of a backup file, read without the key (not yet authenticated)."""
    try:
        with open(path, "rb") as stream:
            return _read_header(stream, Path(path).name)[0]
    except FileNotFoundError:
        raise UserError(f"Không có tệp {path}.", f"No file {path}.") from None


def other_key(name: str, header: dict[str, Any], key: bytes) -> UserError:
    """The backup was sealed with another key: say which one it needs (its fingerprint) and which this desk has."""
    from core.security.data_key import key_fingerprint

    needed = header.get("key_fingerprint")
    wanted = f" có dấu vân tay {needed}" if needed else ""
    return UserError(
        f"Bản sao lưu {name} được mã hoá bằng một khoá khác: cần khoá{wanted} (khoá của máy này: "
        f"{key_fingerprint(key)}). Hãy nhận đúng khoá (motcua key import hoặc motcua key recover) rồi làm "
        "lại.",
        f"The backup {name} needs another key{f' ({needed})' if needed else ''}; this computer's "
        f"key is {key_fingerprint(key)}.",
    )


def read_authenticated_header(path: Path, key: bytes) -> dict[str, Any]:
    """The header of a backup, proven with ``key``: its first chunk is decrypted, which authenticates the
    header (each chunk's AAD carries the header's digest). A header edited by hand fails here."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    name = Path(path).name
    with open(path, "rb") as stream:
        header, digest = _read_header(stream, name)
        if header["key_id"] != key_id(key):
            raise other_key(name, header, key)
        length = stream.read(4)
        if len(length) < 4:
            raise UserError(f"Bản sao lưu {name} bị cắt cụt.", f"The backup {name} is cut off.")
        sealed = stream.read(_LENGTH.unpack(length)[0])
        final = len(stream.read(1)) == 0
        try:
            AESGCM(key).decrypt(_nonce(bytes.fromhex(header["nonce"]), 0), sealed, _aad(digest, 0, final))
        except InvalidTag:
            raise UserError(
                f"Bản sao lưu {name} đã bị sửa: phần đầu không khớp chữ ký.", f"The backup {name} was altered."
            ) from None
    return header


def unseal_file(source: Path, target: Path, key: bytes) -> dict[str, Any]:
    """Decrypt the backup ``source`` into ``target``; a clear error for a wrong key or any damage."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    name = Path(source).name
    damaged = UserError(
        f"Bản sao lưu {name} đã bị hỏng hoặc bị sửa: không dùng được.",
        f"The backup {name} is damaged or was altered: unusable.",
    )
    try:
        stream = open(source, "rb")  # noqa: SIM115 — closed by the with below; only the open's error is translated
    except FileNotFoundError:
        raise UserError(f"Không có tệp {source}.", f"No file {source}.") from None
    with stream, open(target, "wb") as out:
        header, digest = _read_header(stream, name)
        if header["key_id"] != key_id(key):
            raise other_key(name, header, key)
        prefix, aead, index = bytes.fromhex(header["nonce"]), AESGCM(key), 0
        length = stream.read(4)
        while True:
            if len(length) < 4:
                raise damaged  # cut off before its last chunk
            sealed = stream.read(_LENGTH.unpack(length)[0])
            length = stream.read(4)
            try:
                out.write(aead.decrypt(_nonce(prefix, index), sealed, _aad(digest, index, not length)))
            except InvalidTag:
                raise damaged from None
            if not length:
                return header
            index += 1
