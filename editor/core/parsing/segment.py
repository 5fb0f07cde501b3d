"""Text → printed units (paragraph-sized pieces), each with its spans into the source.

Extractions come in two shapes: one unit per line (with or without blank lines between)
and paragraphs hard-wrapped over several lines of one width. The shape of the whole file
decides which: a wrap width is only believed when many lines share it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from editor.core.edits import join_text
from editor.core.model import Span
from editor.core.parsing.patterns import (
    BYLINE_LINE,
    CAPTION_START,
    CREDIT_LINE,
    DATELINE,
    FURNITURE,
    FURNITURE_MARK,
    GLUED_JUMP_IN,
    GLUED_JUMP_OUT,
    HEADER_PAGE,
    JUMP,
    NOTE_LABEL,
    PAPER_NAME_END,
    SENTENCE_LAST,
    SIGNATURE_MARKS,
    TRAILING_CREDIT,
    display_width,
    ends_sentence,
    fold,
    visible_len,
)
from editor.core.parsing.shapes import DATELINE_LEAD, Item, names_date

_SPACES = " \t\u3000\u00a0\f\v\ufeff"


# A printed line: where its text starts and ends in the source, the text (white space cut
# off both ends), the blank lines before it, its display width (-1 where not measured yet:
# see `_width`), the display width of its indent (a paragraph's first line), and whether
# it ends a sentence (asked of every line twice: read once). A plain tuple: one is built
# for every line of every file, in one step, where an object's __init__ is a Python call.
_Line = tuple[int, int, str, int, int, int, bool]


def _width(text: str, width: int) -> int:
    """A line's display width: `width` as `_lines` measured it, or measured here (-1)."""
    return width if width >= 0 else display_width(text)


# What a line cut in two holds (see `_pieces`): a page (版, 页), or a page code (A12) near
# its start, whose capital is one of A-H; dates are common, these are rare.
_CUT_MARKS = ("版", "页", *"ABCDEFGH")


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    position = 0
    blanks = 0
    # Where the marks of a cut line stand, found for the whole text at once (str.find runs
    # in C): a line ending before the next of them holds none, and is one piece.
    marks = _positions(text, _CUT_MARKS)
    k = 0
    for raw in text.split("\n"):
        if not raw:  # an empty line, as most blank lines are: nothing else to read
            position += 1
            blanks += 1
            continue
        begin = position
        size = len(raw)
        position += size + 1
        stripped = raw.strip(_SPACES)
        if not stripped:
            blanks += 1
            continue
        length = len(stripped)
        # Most lines start and end with their text: no indent to measure.
        if length != size and raw[0] in _SPACES:
            lead = size - len(raw.lstrip(_SPACES))
            indent = display_width(raw[:lead].replace("\t", "    "))
        else:
            lead = indent = 0
        start = begin + lead
        end = start + length
        pieces = None
        if marks[k] < end:  # the line holds one of the marks (none stands before `start`)
            while marks[k] < end:
                k += 1
            pieces = _pieces(stripped)
        if pieces is None:  # the line is one piece: the common case, kept cheap
            # ends_sentence's first tests, inline: most lines end with 。 or with a character
            # no sentence ends with (white space, rare here, is left to it).
            last = stripped[-1]
            ends = last == "。" or (
                (last in SENTENCE_LAST or last.isspace()) and ends_sentence(stripped)
            )
            # `wrap_width` reads the widths of 16 cells or more of lines that end no sentence;
            # under 8 characters (two cells at most each) a line is narrower, unmeasured.
            width = -1 if ends or length < 8 else display_width(stripped)
            lines.append((start, end, stripped, blanks, width, indent, ends))
            blanks = 0
            continue
        for piece_start, piece_end in pieces:
            printed = stripped[piece_start:piece_end]
            piece = printed.strip(_SPACES)
            if not piece:
                continue
            at = start + piece_start + len(printed) - len(printed.lstrip(_SPACES))
            # Text after a glued "（接第1版）" filled the line with it: the mark counts as indent.
            lead_width = indent + (display_width(stripped[:piece_start]) if piece_start else 0)
            lines.append((at, at + len(piece), piece, blanks if piece_start == 0 else 0,
                          display_width(piece), lead_width, ends_sentence(piece)))
        blanks = 0
    return lines


def _positions(text: str, words: tuple[str, ...]) -> list[int]:
    """Where the words stand in the text, in order, then the text's length (no line ends
    after it)."""
    found: list[int] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    found.sort()
    found.append(len(text))
    return found


def _pieces(text: str) -> list[tuple[int, int]] | None:
    """A line cut in two (a header and a headline, a text and its jump line), or None.

    Only a line naming a page (a jump line, 版 or 页) or a header (a date or weekday and a
    page code near its start) can be: most lines are neither, and skip both tests
    (`_header_pieces` needs 版 or a page code in the head).
    """
    head = text[:48]
    if "版" in text or "页" in text or (
        ("月" in head or "周" in head or "星期" in head) and _PAGE_CODE.search(head)
    ):
        return _header_pieces(text) or _jump_pieces(text)
    return None


def _header_pieces(text: str) -> list[tuple[int, int]] | None:
    """A page header with the first headline glued on after it ("澄川报　2026年9月3日
    星期四　第2版　　全县秋粮收购工作全面启动"): the header (with a short page label such
    as 要闻) and the headline as two pieces; None for any other line."""
    head = text[:48]
    if "月" not in head and "星期" not in head and "周" not in head:
        return None  # a header names its date or weekday near the start
    if "版" not in head and not _PAGE_CODE.search(head):
        return None  # no page number ("第2版", "A12") near the start
    header = HEADER_PAGE.search(fold(text))
    if header is None or header.start() > 12:
        return None  # a header starts with the date, or a paper's name before it
    opening = text[:header.end()]  # cut once, not once for each mark looked for
    if any(mark in opening for mark in "，。；、！？"):
        return None  # a sentence that names a date and a bus line ("每周五晚上，C3 路…")
    position = header.end()
    for gap in _GAP.finditer(text, position):
        word_end = _GAP.search(text, gap.end())
        word = text[gap.end():word_end.start() if word_end else len(text)]
        if len(word) <= 6 and word_end is not None:
            continue  # a page label ("生活服务"), still the header
        rest = text[gap.start():].strip(_SPACES)
        if visible_len(rest) >= 8 and not ends_sentence(rest) and "。" not in rest:
            return [(0, gap.start()), (gap.end(), len(text))]
        return None
    return None


def _jump_pieces(text: str) -> list[tuple[int, int]] | None:
    """The text and the jump line printed on one line ("…问题（转第2版）", "（接第1版）
    1.1万余件。") as two pieces, a jump line being a block of its own; None for a line
    that is one piece."""
    if "版" not in text and "页" not in text:
        return None  # no jump mark names a page without one of these
    folded = fold(text)
    cut_in = GLUED_JUMP_IN.match(folded)
    start = cut_in.end() if cut_in and folded[cut_in.end():].strip(_SPACES) else 0
    cut_out = GLUED_JUMP_OUT.search(folded, start)
    end = cut_out.start() if cut_out and folded[start:cut_out.start()].strip(_SPACES) else len(text)
    if start == 0 and end == len(text):
        return None
    bounds = sorted({0, start, end, len(text)})
    return list(zip(bounds, bounds[1:], strict=False))



def wrap_width(lines: list[_Line]) -> int | None:
    """The width paragraphs were hard-wrapped at, or None when lines are whole units.

    A width counts when many lines end within two cells of it without ending a sentence:
    that happens only when a typesetter (or an extractor) cut them there.
    """
    if len(lines) < 6:
        return None
    # A list, counted in C: a generator would be resumed once for every line of the file.
    widths = Counter([
        width + indent for _, _, _, _, width, indent, ends in lines
        if not ends and width >= 16  # measured if it ends no sentence and can be 16
    ])
    if not widths:
        return None
    best, best_count = None, 0
    for width in widths:
        count = sum(widths.get(w, 0) for w in range(width - 2, width + 1))
        if count > best_count or (count == best_count and best is not None and width > best):
            best, best_count = width, count
    if best is None or best_count < 4:
        return None
    # A character takes one or two cells: a line of 16 characters is wide enough unmeasured,
    # and one of under 8 too narrow. The count only grows: once the long lines outnumber
    # what the width can hold, the answer is None, whatever the lines after (most files).
    long_lines = 0
    for _, _, text, _, width, _, _ in lines:
        if len(text) >= 16 or (len(text) >= 8 and _width(text, width) >= 16):
            long_lines += 1
            if best_count < 0.35 * long_lines:
                return None
    # Whole-paragraph lines are far longer than any wrap width; if most are, nothing is wrapped.
    if sum(1 for _, _, text, _, width, _, _ in lines if _width(text, width) > best + 4) > \
            0.25 * len(lines):
        return None
    return best


def _dateline_alone(folded: str, first: str) -> bool:
    """A dateline on a line of its own ("本报讯（记者 …）"); a wrapped paragraph's first
    line starts with one too, and goes on after it (`folded`: the line's folded text, and
    `first` its first printed character)."""
    if first not in DATELINE_LEAD and not names_date(folded):
        return False  # no dateline opens otherwise (see `read_units`)
    match = DATELINE.match_folded(folded)
    return match is not None and not folded[match.end():].strip()


def _credit_wrapped(last: str, line: str) -> bool:
    """A caption's inline credit cut by the wrap ("…。本报" / "记者 张三 摄")."""
    if ends_sentence(last):
        return False
    folded = fold(join_text(last, line))
    return bool(CREDITED.search(folded) and TRAILING_CREDIT.pattern.search(folded))


# What every trailing credit names (a release's 发, a photographer's 摄, a reporter's title,
# an agency's 社 or a bracket), and every byline or credit line (a reporter's title, 文, 图,
# 摄, 发, 供图, 由, 作, 绘, 漫画, 设计, 综合, 来源, 报导, an agency's 社…): the tests prove it
# from the patterns. Most lines of a wrapped story hold none of them, and skip the patterns.
CREDITED = re.compile("[发摄记员撰持习社（(]")
SIGNED = re.compile("[记员撰持习文图摄口整作发供由绘漫设综社源导道]")


# Lines that never continue a wrapped paragraph are units of their own: `_alone`, and
# `_signed` unless the line goes on a caption's inline credit cut mid-phrase after "…。本报"
# (`_credit_wrapped`). Each pattern runs only where its lead, hint or end allows a match,
# as in `shapes._shape` (the tests prove them).

def _alone(text: str) -> bool:
    """A jump line, an editor's note label, a dateline on its own line, short furniture."""
    folded = fold(text)
    first = folded.lstrip()[:1]
    return bool(
        (first in JUMP.lead and JUMP.pattern.match(folded))
        or (first in NOTE_LABEL.lead and NOTE_LABEL.pattern.fullmatch(folded))
        or _dateline_alone(folded, first)
        or (len(text) <= 60 and "。" not in text and (
            folded.rstrip()[-1:] == PAPER_NAME_END or FURNITURE_MARK.search(folded)
        ) and FURNITURE.pattern.search(folded))
    )


def _signed(text: str) -> bool:
    """A line shaped like a byline or a credit ("记者 张三 摄")."""
    folded = fold(text)
    return SIGNED.search(folded) is not None and bool(
        (folded.rstrip()[-1:] != "。" and BYLINE_LINE.match_folded(folded))
        or CREDIT_LINE.pattern.match(folded)
    )


def _opens_unit(text: str) -> bool:
    """A line opening a caption ("图为…") or a dated story ("本报讯…"): never a cut's end."""
    folded = fold(text)
    first = folded.lstrip()[:1]
    return bool(
        (first in CAPTION_START.lead and CAPTION_START.pattern.match(folded))
        or ((first in DATELINE_LEAD or names_date(folded))
            and DATELINE.match_folded(folded))
    )


def _known(answers: list[bool | None], index: int, test: Callable[[str], bool],
           text: str) -> bool:
    """`test(text)` for the line at `index`, worked out on first asking and kept."""
    answer = answers[index]
    if answer is None:
        answers[index] = answer = test(text)
    return answer


_GAP = re.compile(r"[ \u3000]+")
_GAP_CHARS = (" ", "\u3000")
# A gap between the fields of a table row ("明天：小雨　-1℃～5℃　北风4级"): such a line is
# a row of its own however wide, never the first part of a wrapped sentence.
_FIELD_GAP = re.compile(r"\S(?:\u3000+| {2,})(?=\S)")


# A page code ("A12") not inside a word: (?<![A-Za-z\d])[A-H]\d{1,2}(?=\s), with the
# look-behind put after the capital (it then looks at the two characters before the digit,
# the second being that capital), so the engine scans for the capital in C instead of
# trying the look-behind at every position.
_PAGE_CODE = re.compile(r"[A-H](?<![A-Za-z\d][A-H])\d{1,2}(?=\s)")
_RUN_IN_LEAD = re.compile(r"^\s*[▲△■◆●]\s*\S{2,8}(?:\u3000+|\s{2,})")  # "▲白果乡　"
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")  # a dateline's "（记者　张三　通讯员　李四）"


def _table_row(line: str) -> bool:
    """Fields parted by wide gaps: two gaps, or one in a line without a full stop (a
    caption's "。　本报记者 …" has one gap, and wraps like any sentence)."""
    if " " not in line and "\u3000" not in line:
        return False  # no gap at all (most lines), nor one left when parts are cut out
    gaps = len(_FIELD_GAP.findall(_BRACKETED.sub("", _RUN_IN_LEAD.sub("", line))))
    return gaps >= 2 or (gaps == 1 and "。" not in line)


def unspaced(text: str) -> str:
    """A letter-spaced display line ("社 会 民 生") without the spaces layout put between
    its characters; a wider gap between words ("寒 冬  送 暖") keeps one space. Any
    other line is returned as it is. Its source span still covers the spaces.
    """
    if text[1:2] not in _GAP_CHARS:
        return text  # every word of a spaced line is one character, a gap after the first
    words = _GAP.split(text)
    if len(words) < 3 or any(len(word) != 1 or word.isascii() for word in words):
        return text
    if words[0] in SIGNATURE_MARKS:
        return text  # a marked name, set with spaces ("■ 晏 冰"): a signature, kept as printed
    if sum(1 for word in words if "\u4e00" <= word <= "\u9fff") < 0.6 * len(words):
        return text
    gaps = _GAP.findall(text)
    wide = len(set(gaps)) > 1
    return words[0] + "".join(
        (" " if wide and len(gap) > min(map(len, gaps)) else "") + word
        for gap, word in zip(gaps, words[1:], strict=True)
    )


def _fills(line: _Line, width: int) -> bool:
    """Whether a line runs to the wrap width: counted as a text tool counts (quotes and
    dashes narrow) or as the page was set (they are full width in Chinese type), with
    the indent of a paragraph's first line."""
    _, _, text, _, measured, indent, _ = line
    return width - 2 <= _width(text, measured) + indent <= width + 2 or (
        width - 2 <= display_width(text, marks_wide=True) + indent <= width + 2
    )


def _indented(lines: list[_Line], width: int) -> bool:
    """Whether paragraphs open with an indent here: three or more lines are indented, and
    nearly all of them follow a line that ends a sentence or stops short of the width (a
    title's): an indent opens a paragraph."""
    indented = opening = sure = sure_indented = 0
    for previous, line in zip(lines, lines[1:], strict=False):
        _, _, _, _, _, indent, _ = line
        if indent > 0:
            indented += 1
            opening += previous[6] or not _fills(previous, width)
        if previous[6] and not _fills(previous, width) and _fills(line, width):
            # A short line that ends a sentence ends its paragraph: a full line under it
            # opens the next (a title under it is short).
            sure += 1
            sure_indented += indent > 0
    return indented >= 3 and opening >= 0.8 * indented and sure_indented >= 0.8 * sure


# Marks of a sentence or a clause: a title dropped between two lines holds none of them.
_CLAUSE_MARKS = frozenset("，。、；：！？,;:!?")


def _goes_on(line: _Line, width: int) -> bool:
    """Where paragraphs open with an indent, a line with none under a full line that ends a
    sentence goes on with that paragraph, when it is running text: full, or ending a
    sentence itself (a subhead, "二、强化科技支撑", does neither)."""
    _, _, _, _, _, indent, ends = line
    return indent == 0 and (ends or _fills(line, width))


def _intruder(line: _Line, following: list[_Line], width: int) -> bool:
    """A title dropped between two lines of a wrapped paragraph, where paragraphs open with
    an indent: a short line with no clause in it, not indented, over a line that is not
    indented either (the paragraph goes on under it)."""
    _, _, text, _, _, indent, ends = line
    if indent or ends or not following or _fills(line, width) or len(text.strip()) < 4 or \
            any(ch in _CLAUSE_MARKS for ch in text):
        return False
    _, _, _, blank_before, _, next_indent, _ = following[0]
    return blank_before == 0 and next_indent == 0


def segment(text: str, source: int) -> list[Item]:
    """Cut one source text into units, joining the lines of hard-wrapped paragraphs: an
    item each, read later (`read_units`)."""
    lines = _lines(text)
    width = wrap_width(lines)
    if width is None:  # one unit per line (most files): nothing to join
        # `unspaced` keeps any line whose second character is no gap: only those call it.
        return [
            Item(unspaced(line) if line[1:2] in _GAP_CHARS else line,
                 [Span(source, start, end)], blank_before)
            for start, end, line, blank_before, _, _, _ in lines
        ]
    return _joined(lines, width, source)


def _joined(lines: list[_Line], width: int, source: int) -> list[Item]:
    """The units of a hard-wrapped file: a line that runs to the wrap `width` goes on in
    the next, unless either stands alone (a byline, a dateline, a table row…)."""
    after_sentence = blank_after_sentence = 0
    for (_, _, _, _, _, _, ends), (_, _, _, blank_before, _, _, _) in zip(
        lines, lines[1:], strict=False
    ):
        if ends:
            after_sentence += 1
            blank_after_sentence += bool(blank_before)
    blank_separated = bool(after_sentence) and blank_after_sentence >= 0.6 * after_sentence
    indented = _indented(lines, width)
    units: list[Item] = []
    # Whether each line is `_alone` or `_signed`, worked out when first asked: a line is
    # asked as the line under a cut, then again as the line over the next.
    alone: list[bool | None] = [None] * len(lines)
    signed: list[bool | None] = [None] * len(lines)
    above: _Line | None = None
    for i, line in enumerate(lines):
        start, end, text, blank_before, _, _, _ = line
        span = Span(source, start, end)
        if above is not None and blank_before == 0:
            last, last_ends = above[2], above[6]
            if (
                _fills(above, width)
                and not _table_row(last)
                and (blank_separated or not last_ends or (indented and _goes_on(line, width)))
                and not _known(alone, i - 1, _alone, last)
                and not _known(signed, i - 1, _signed, last)
                and not _known(alone, i, _alone, text)
                and (_credit_wrapped(last, text) or not _known(signed, i, _signed, text))
                and not _opens_unit(text)
                and not text.startswith(("——", "—", "──"))  # a subheadline's dash
                and not (indented and _intruder(line, lines[i + 1:i + 2], width))
            ):
                previous = units[-1]
                previous.text = join_text(previous.text, text)
                previous.spans.append(span)
                above = line
                continue
        units.append(Item(unspaced(text), [span], blank_before))
        above = line
    return units
