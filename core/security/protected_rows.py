"""The stored rows' side of the personal-data protection (core/security/protect.py): which key protected them,
encrypting values kept in clear by a database from before revision 0009, and keeping each dossier's search
hashes equal to its CCCD and phone."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Text, inspect, select, type_coerce, update

from core.models import Dossier, IntakeGuidance, Setting, model_table
from core.security.protect import KEY_ID_SETTING, LOCKED, PROTECTED_FIELDS, Locked, cipher_of, search_hash

__all__ = ["key_id", "protect_existing", "refresh_hashes"]


def key_id(session: Any) -> str | None:
    row = session.get(Setting, KEY_ID_SETTING)
    return row.value if row else None


def protect_existing(session: Any) -> dict[str, list[int]]:
    """Encrypt every protected value still stored in clear (a database from before revision 0009), and
    fill the search hashes; returns the ids changed, by table (for the audit trail). Needs the key;
    idempotent. A stored value is taken as encrypted only if it decrypts with this key in its column:
    whatever its text looks like, anything else is a clear value and gets encrypted."""
    cipher = cipher_of(session)
    if cipher is None:
        raise Locked()
    if key_id(session) is None:
        session.add(Setting(key=KEY_ID_SETTING, value=cipher.key_id))
    changed: dict[str, list[int]] = {}
    for model in (Dossier, IntakeGuidance):
        table = model_table(model)
        raw = table.c
        stored = [type_coerce(raw[name], Text).label(name) for name in PROTECTED_FIELDS]
        query = select(raw.id, *stored)
        if model is Dossier:
            query = query.add_columns(raw.id_number_hash, raw.phone_hash)
        updates = []
        for row in session.execute(query).all():  # read whole first: the loop updates the same table
            values: dict[str, Any] = {}
            clear: dict[str, str] = {}
            for name in PROTECTED_FIELDS:
                text_ = getattr(row, name) or ""
                plain = cipher.open(text_, name) if text_ else ""
                clear[name] = text_ if plain is None else plain
                if plain is None:
                    values[name] = text_  # a clear value (bound through the column type: encrypted)
            if model is Dossier:
                for name, hashed in (("id_number", "id_number_hash"), ("phone", "phone_hash")):
                    wanted = cipher.search_hash(clear[name]) if clear[name] else ""
                    if getattr(row, hashed) != wanted:
                        values[hashed] = wanted
            if values:
                updates.append((row.id, values))
        for row_id, values in updates:
            session.execute(update(table).where(raw.id == row_id).values(**values))
        if updates:
            changed[table.name] = [row_id for row_id, _ in updates]
    return changed


def refresh_hashes(session: Any) -> None:
    """Keep each dossier's search hashes equal to its CCCD and phone (a ``before_flush`` hook)."""
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Dossier):
            continue
        state = inspect(obj)
        for field, hashed in (("id_number", "id_number_hash"), ("phone", "phone_hash")):
            if obj in session.new or state.attrs[field].history.has_changes():
                value = getattr(obj, field) or ""
                setattr(obj, hashed, search_hash(session, value) if value and value != LOCKED else "")
