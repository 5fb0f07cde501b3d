"""Zip archives with the same bytes for the same content (fixed times, fixed order)."""

from __future__ import annotations

import io
import zipfile

# The earliest time a zip can hold: no clock leaks into the file, so exports are reproducible.
EPOCH = (1980, 1, 1, 0, 0, 0)


def build(entries: list[tuple[str, bytes]]) -> bytes:
    """A deflated zip of `entries` in the order given (names are UTF-8 flagged when needed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def normalized(data: bytes) -> bytes:
    """The same archive rewritten by `build`, dropping the times a library stamped into it."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
    return build(entries)
