"""What a link of the audit trail is, shared by the code that writes the trail (`core.security.audit`) and the code
that checks it (`core.security.audit_check`): the first link, the two signing schemes, the audited tables, a link's
body and its signature, and the head's mark as printed on paper and kept in backups (`TrailMark`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

__all__ = [
    "AUDITED_TABLES",
    "BASELINE",
    "GENESIS",
    "NEW",
    "RESTART",
    "SCHEME_KEYED",
    "SCHEME_SHA",
    "TrailMark",
    "link_body",
    "mac_link",
    "sha_link",
]

GENESIS = "0" * 64
SCHEME_SHA, SCHEME_KEYED = 1, 2
#: Tables whose rows are digested. Counters, search indexes and the trail itself are not (they are
#: bookkeeping that `core.bootstrap.check_database` checks and rebuilds).
AUDITED_TABLES = (
    "office",
    "setting",
    "procedure",
    "dossier",
    "dossierpause",
    "dossierevent",
    "calendarday",
    "calendaryear",
    "officehours",
    "apology",
    "rating",
    "intakeguidance",
    "reportsubmission",
    "reportupload",
    "evaluationsheet",
    "survey",
    "surveyresponse",
    "user",
    "attachment",
)
#: The kinds of a trail's first event: a new database, a database with rows from before the trail
#: (revision < 0009), and a trail found missing and started again (always reported as tampering).
NEW, BASELINE, RESTART = "new", "baseline", "restart"


def link_body(link: dict[str, Any]) -> str:
    at = link["at"].isoformat() if isinstance(link["at"], dt.datetime) else str(link["at"])
    return json.dumps(
        {"seq": link["seq"], "at": at, "actor": link["actor"], "action": link["action"], "detail": link["detail"]},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


def sha_link(link: dict[str, Any]) -> str:
    """A link of revision 0009's unkeyed chain (anyone could recompute it: only read, to re-sign it)."""
    return hashlib.sha256((link["prev_hash"] + link_body(link)).encode()).hexdigest()


def mac_link(cipher: Any, link: dict[str, Any]) -> str:
    return cipher.mac((link["prev_hash"] + link_body(link)).encode())


@dataclass(frozen=True)
class TrailMark:
    """The trail's head as printed on paper and kept in backups: its sequence, link and short fingerprint."""

    seq: int
    mac: str
    database_id: str

    @property
    def fingerprint(self) -> str:
        """Eight hex digits of the head's link, as ``ABCD-1234``: typed back into `audit verify --witness`."""
        return f"{self.mac[:4]}-{self.mac[4:8]}".upper() if self.mac else ""

    @property
    def printed(self) -> str:
        return f"{self.seq}:{self.fingerprint}"
