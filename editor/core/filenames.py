"""File names from headlines that are safe on Windows, macOS and Linux, and unique in a folder.

A headline is printed text, so it may hold anything: slashes, "..", a reserved device name
such as CON, control characters, bidi overrides, or a hundred characters of Chinese. The name
built from it never leaves its folder and never collides with a sibling.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

MAX_NAME_BYTES = 120

# Characters Windows refuses in a name, plus both separators.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
# C0/C1 controls, DEL, and bidi embedding/override/isolate marks (they can disguise an extension).
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"COM{i}" for i in "123456789¹²³"]
    + [f"LPT{i}" for i in "123456789¹²³"]
)


def _is_reserved(stem: str) -> bool:
    # Windows reserves the device name with any extension and trailing spaces ("con .txt").
    return stem.split(".", 1)[0].strip().upper() in _RESERVED


def _cut_to_bytes(text: str, limit: int) -> str:
    """The longest prefix of `text` whose UTF-8 form fits in `limit` bytes (never half a char)."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def safe_stem(text: str | None, fallback: str = "article", max_bytes: int = MAX_NAME_BYTES) -> str:
    """A file name stem from `text`: no separators, controls, reserved names or trailing dots."""
    stem = unicodedata.normalize("NFC", text or "")
    stem = _INVISIBLE.sub("", _SPACES.sub(" ", stem))
    stem = _FORBIDDEN.sub("_", stem).strip()
    stem = _cut_to_bytes(stem, max_bytes).rstrip(". ").lstrip(". ")
    if not stem.strip("_ "):
        stem = fallback
    if _is_reserved(stem):
        stem = "_" + stem
    return stem


class UniqueNames:
    """Hands out names unique within one folder, compared as a case-insensitive file system would.

    Exporting the same edition again gives the same names, so a new export replaces the old.
    """

    def __init__(self, max_bytes: int = MAX_NAME_BYTES) -> None:
        self.max_bytes = max_bytes
        self._taken: set[str] = set()

    def name(self, text: str | None, extension: str, fallback: str = "article") -> str:
        """A unique `stem.extension` for `text`; a counter (" (2)") is added when needed."""
        suffix = f".{extension}" if extension else ""
        room = self.max_bytes - len(suffix.encode("utf-8"))
        stem = safe_stem(text, fallback, room)
        candidate = stem + suffix
        counter = 1
        while self._key(candidate) in self._taken:
            counter += 1
            mark = f" ({counter})"
            base = _cut_to_bytes(stem, room - len(mark)).rstrip(". ")
            candidate = f"{base}{mark}{suffix}"
        self._taken.add(self._key(candidate))
        return candidate

    @staticmethod
    def _key(name: str) -> str:
        return unicodedata.normalize("NFC", name).casefold()


def inside(folder: Path, name: str) -> Path:
    """`folder / name`, refusing any name that would resolve outside `folder`."""
    path = folder / name
    base = folder.resolve()
    resolved = path.resolve()
    if resolved.parent != base:
        raise ValueError(f"{name!r} is not a plain file name inside {folder}")
    return path
