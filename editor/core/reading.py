"""Bytes of an edition file → text, whatever encoding and newline convention it came in."""

from __future__ import annotations

import codecs
import os
import re
import stat
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from editor.core.errors import FileProblem
from editor.core.model import Source


class InputError(FileProblem):
    """The input cannot be read as an edition. `code` says why; the message says what to do."""


# Files larger than this are refused before decoding: no edition comes near it.
MAX_BYTES = 200 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary files that are sometimes picked by mistake.
_BINARY_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or a DOCX/XLSX document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    newline: str


def decode(data: bytes, name: str = "") -> Decoded:
    """Decode an edition's bytes; raise InputError when they are not text."""
    if not data.strip():
        raise InputError("empty", "the file is empty (or holds only whitespace); "
                         "choose the edition's text file", name)
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError("binary", f"this is {what}, not text; export the edition as "
                             "plain text first", name)
    text, encoding = _decode_text(data, name)
    if "\x00" in text:
        raise InputError("nul", "the text holds NUL bytes, so it is binary or a damaged "
                         "file; save it again as plain text (UTF-8)", name)
    controls = len(_CONTROLS.findall(text))
    if controls > max(16, len(text) // 50):
        raise InputError("binary", "this file looks binary (many control characters); "
                         "choose the edition's text file", name)
    newline = "\r\n" if "\r\n" in text else ("\r" if "\r" in text else "\n")
    text = _normalise(text)
    if not text.strip():
        raise InputError("empty", "the file holds only whitespace; choose the edition's "
                         "text file", name)
    return Decoded(text, encoding, newline)


# Control characters that are not layout (tab, newlines, form feed): a few are kept, many
# mean binary.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")

# Legacy encodings of Chinese text and UTF-16 without a BOM, tried when UTF-8 fails; the
# decoding that reads as the most common Chinese characters wins (ties: the earlier one).
_CANDIDATES = ("gb18030", "big5", "utf-16-le", "utf-16-be")

# A few stray NUL bytes (padding some typesetting exports leave) are dropped; more is binary.
_STRAY_NULS = 8


def _decode_text(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding + "-bom"
            except UnicodeDecodeError:
                break
    utf16 = _guess_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        utf16 = _best_legacy(data, ("utf-16-le", "utf-16-be"))
        if utf16 is not None:
            return utf16
        if data.count(0) > _STRAY_NULS:
            raise InputError("nul", "the file holds NUL bytes, so it is binary or a damaged "
                             "file; save it again as plain text (UTF-8)", name)
        # NUL is never part of a UTF-8, GB18030 or Big5 character, so dropping it is safe.
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Mixed first: a GB18030 file with a few UTF-8 lines may well decode as GB18030 as a
    # whole, those lines turned into nonsense characters.
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    legacy = _best_legacy(data, _CANDIDATES)
    if legacy is not None:
        return legacy
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        guess = (str(best), best.encoding) if best is not None and best.encoding else None
    except Exception:  # the detector is a best guess; its failure is "not text"
        guess = None
    if guess is not None and _readable(guess[0]):
        return guess
    raise InputError("encoding", "the encoding of this file is not recognised; save it as "
                     "UTF-8 (or GB18030) text and try again", name)


def _best_legacy(data: bytes, encodings: tuple[str, ...]) -> tuple[str, str] | None:
    """The decoding among `encodings` that reads best as Chinese text, if one does."""
    best: tuple[float, str, str] | None = None
    for encoding in encodings:
        if encoding.startswith("utf-16") and len(data) % 2:
            continue
        text = _strict(data, encoding)
        if text is None:
            continue
        score = _score(text)
        if score > 0.15 and (best is None or score > best[0]):
            best = (score, text, encoding)
    return (best[1], best[2]) if best else None


def _decode_mixed(data: bytes) -> tuple[str, str] | None:
    """A file pasted together from UTF-8 and GB18030 (or Big5) parts, decoded line by line.

    Each line is read as UTF-8 up to where it stops being valid UTF-8, and from there to
    the line's end in the legacy encoding that reads those parts best, so every character
    stays readable. None if a part is neither, if the parts do not read as Chinese, or if
    the lines that are valid UTF-8 read better in the legacy encoding (a short GB18030
    line can be valid UTF-8 by accident).
    """
    lines = data.split(b"\n")
    cuts = [_utf8_prefix(line) for line in lines]
    foreign = b"\n".join(line[cut:] for line, cut in zip(lines, cuts, strict=True)
                         if cut < len(line))
    legacy = _best_legacy(foreign, ("gb18030", "big5"))
    if legacy is None:
        return None
    encoding = legacy[1]
    utf8 = b"\n".join(line[:cut] for line, cut in zip(lines, cuts, strict=True)
                      if not line[:cut].isascii())
    if _score(utf8.decode("utf-8")) <= _score(utf8.decode(encoding, errors="replace")):
        return None
    parts = []
    for line, cut in zip(lines, cuts, strict=True):
        rest = _strict(line[cut:], encoding)
        if rest is None:
            return None
        parts.append(line[:cut].decode("utf-8") + rest)
    return "\n".join(parts), f"utf-8+{encoding}"


def _utf8_prefix(line: bytes) -> int:
    """How many leading bytes of `line` are UTF-8 (all of it when the line is valid UTF-8).

    Two GB18030 bytes can happen to form a valid two-byte UTF-8 character (Latin, Greek,
    Cyrillic…, rare in a Chinese edition), so such characters just before the point where
    UTF-8 fails are given to the legacy part.
    """
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as error:
        cut = error.start
        while cut >= 2 and 0xC2 <= line[cut - 2] <= 0xDF and 0x80 <= line[cut - 1] <= 0xBF:
            cut -= 2
        return cut
    return len(line)


def _readable(text: str) -> bool:
    """Whether a guessed decoding reads as text: mostly letters, digits, punctuation, spaces."""
    sample = text[:20000]
    if not sample:
        return False
    good = sum(1 for ch in sample if ch.isprintable() or ch in "\t\n\r\f")
    return good / len(sample) > 0.95


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _guess_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


# The most common Chinese characters in news text: a decoding that produces many of them is right.
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下"
    "过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都"
    "两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重"
    "新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想"
    "已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知"
    "较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造"
    "百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白"
    "教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集"
    "温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿"
    "千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存"
    "候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该"
    "铁价严龙飞"
)


def _score(text: str) -> float:
    sample = [ch for ch in text[:20000] if not ch.isspace()]
    if not sample:
        return 0.0
    return sum(ch in _COMMON for ch in sample) / len(sample)


def read_source(path: str | os.PathLike[str], page: str = "") -> Source:
    """Read one edition file (or one page of it) into a Source; InputError if it cannot be."""
    p = Path(path)
    name = str(path)
    if p.is_dir():
        raise InputError("directory", "this is a folder, not a file; give the edition's "
                         "text file (or use export with a folder to process every file in it)",
                         name)
    too_large = (f"the file is larger than the {MAX_BYTES // (1024 * 1024)} MB an edition can "
                 "be; split it into page files")
    try:
        info = p.stat()
        if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) or stat.S_ISSOCK(info.st_mode):
            raise InputError("not-a-file", "this is a device, not a file; give the edition's "
                             "text file", name)
        if info.st_size > MAX_BYTES:
            raise InputError("too-large", too_large, name)
        with p.open("rb") as handle:
            # Bounded, for a pipe has no size to check beforehand.
            data = handle.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError("too-large", too_large, name)
    except FileNotFoundError:
        raise InputError("missing", "no such file; check the path", name) from None
    except PermissionError:
        raise InputError("unreadable", "permission denied; check that you may read this "
                         "file", name) from None
    except IsADirectoryError:
        raise InputError("directory", "this is a folder, not a file", name) from None
    except OSError as error:
        raise InputError("unreadable", f"the file cannot be read ({error.strerror}); check "
                         "the disk or network folder", name) from None
    decoded = decode(data, name)
    return Source(p.name, decoded.text, page, decoded.encoding)


def source_from_text(text: str, name: str = "edition.txt", page: str = "") -> Source:
    """A Source from text already in memory (tests, paste, the generator)."""
    return Source(name, _normalise(text), page, "utf-8")


def _normalise(text: str) -> str:
    """LF newlines, and no byte-order marks: a BOM inside the text is left over from joining
    files, an invisible mark and not part of the edition."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")


# --- layouts that lose the reading order --------------------------------------------------

# An inner gap of three or more spaces (or two ideographic ones) between two printed runs.
_GAP = re.compile(r"(?<=\S)(?: {3,}|\u3000{2,}|[ \u3000]{4,})(?=\S)")
_HAN = re.compile(r"[\u3400-\u9fff]")
_PROSE_MARKS = re.compile(r"[，。、；：！？]")


def side_by_side(text: str) -> bool:
    """Whether the lines of the text hold columns side by side, as a layout-keeping
    extraction writes them (pdftotext -layout): most lines of Chinese text are two or more
    pieces of prose with wide gaps between. Read as they are, the columns' sentences
    interleave line by line, which no repair can undo.

    A results table ("男子100米：邬晨阳     10秒98") has such gaps too, but a figure, not
    prose, after them; a header's fields are set apart by two spaces, not three.
    """
    # Most files hold no such gap at all, which four substring searches in C say (the line
    # by line reading took 0.75 s on a 5 MB edition, the pattern's search alone 0.09 s): a
    # run of four spaces of both kinds holds a mixed pair, else three spaces or two wide.
    if not ("   " in text or "\u3000\u3000" in text or " \u3000" in text or "\u3000 " in text):
        return False
    gaps = [m.start() for m in _GAP.finditer(text)]
    if len(gaps) < 3:
        return False
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    gapped = {bisect_right(starts, at) - 1 for at in gaps}  # the lines that hold a gap
    split = 0
    for index in gapped:
        prose = [piece for piece in _GAP.split(lines[index].strip())
                 if len(_HAN.findall(piece)) >= 4]
        if len(prose) >= 2 and any(_PROSE_MARKS.search(piece) for piece in prose):
            split += 1
    if split < 3:
        return False
    # Only a file with several such lines is read in full, for its lines of text.
    long = sum(1 for line in lines if len(_HAN.findall(line)) >= 8)
    return long >= 6 and split * 2 >= long
