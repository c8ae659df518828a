"""Errors a user can understand: one Vietnamese line (English on request), never a traceback."""

from __future__ import annotations

__all__ = ["UserError", "language", "set_language"]

_language = "vi"


def set_language(lang: str) -> None:
    """Choose the language of user messages: ``"vi"`` (default) or ``"en"``."""
    global _language
    _language = "en" if lang == "en" else "vi"


def language() -> str:
    """The language of user messages now: ``"vi"`` or ``"en"``."""
    return _language


class UserError(Exception):
    """Bad input or a refused action. ``str()`` gives one line in the chosen language.

    ``vi`` is always required; ``en`` is optional and falls back to ``vi``.
    ``where`` names the place in a file ("dòng 12, cột received_at").
    """

    def __init__(
        self, vi: str, en: str | None = None, *, where: str | None = None, where_en: str | None = None
    ) -> None:
        self.vi = vi
        self.en = en or vi
        self.where = where
        self.where_en = where_en or where
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        lang = lang or _language
        text, where = (self.en, self.where_en) if lang == "en" else (self.vi, self.where)
        line = f"{where}: {text}" if where else text
        return " ".join(line.split()) if "\n" in line or "\r" in line else line  # always one line

    def __str__(self) -> str:  # the language may change after construction
        return self.message()

    def at(self, *, line: int, column: str | None = None) -> UserError:
        """The same error, placed at ``line`` (and ``column``) of an imported file."""
        vi = f"Dòng {line}" + (f", cột {column}" if column else "")
        en = f"Line {line}" + (f", column {column}" if column else "")
        return UserError(self.vi, self.en, where=vi, where_en=en)
