"""The shape of each printed unit, judged from its own text and its neighbours' shapes.

A shape is what a line looks like (furniture, jump, byline, credit, caption, a title-like
line, body); the roles (kicker, headline, subhead…) are decided later, from runs of shapes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

from editor.core.model import Role, Span
from editor.core.parsing.patterns import (
    AUTHOR_LINE,
    BOX_LABEL,
    BULLET,
    BYLINE_LINE,
    CAPTION_START,
    CONTACT,
    CONTINUING_LAST,
    CREDIT_LINE,
    DATELINE,
    END_MARK,
    FIGURES,
    FURNITURE,
    FURNITURE_MARK,
    INLINE_CREDIT,
    JUMP,
    LABELLED_FIGURE,
    LETTER_SIGNATURE,
    NOTE_LABEL,
    PAPER_NAME_END,
    PICTURE_POSITION,
    POINTER,
    RESULT_LINE,
    RUN_IN_ITEM,
    SENTENCE_LAST,
    SPEAKER_TURN,
    SUBHEAD_MARK,
    TRAILING_CREDIT,
    ends_sentence,
    fold,
    is_han,
    next_foldable,
    visible_len,
)


class Shape(Enum):
    __hash__ = object.__hash__  # members are singletons: hash by identity, in C
    FURNITURE = auto()
    JUMP = auto()
    NOTE_LABEL = auto()
    NOTE = auto()
    BYLINE = auto()
    CREDIT = auto()
    CAPTION = auto()
    TITLE = auto()
    BODY = auto()


class _ShapeMembers:
    """Shape's members as slots of one object, for the passes over every unit: Python 3.11
    reads an instance's slot in one specialized step, where a class attribute goes through
    the type's attribute lookup and an enum member through `EnumType.__getattr__`."""

    __slots__ = tuple(Shape.__members__)

    def __init__(self) -> None:
        for name, member in Shape.__members__.items():
            setattr(self, name, member)


Shapes = _ShapeMembers()


MAX_TITLE = 40
MAX_SUBHEAD = 12
# Quotes, title marks and spaced phrases: how headlines are set, rarely a line of running text.
TITLE_MARKS = "“”‘’《》「」！？!?·— \u3000"
_FUNCTION_END = set("的和与及并在对将为把被从向于以各该其之而且或就也都还又")
_DASHES = ("——", "—", "──", "－－", "--", "―")
# A scanned page's dash, read as two of the numeral one: taken for a dash only on a line as
# long as a subheadline ("一一结对解难题" is a headline: 一一 is also a word).
_SCANNED_DASH = "一一"
_SCANNED_SUBHEADLINE = 14
# What a dash line opens with: a unit's first printed character (`Item.first`) is one of
# these before its text is asked for any dash (folding changes none; the tests check it).
_DASH_FIRST = "—─－-―一"
# A credit line names a photo (摄, 图, 供图), a release (发) or a drawing (作, 绘).
_CREDIT_MARK = re.compile("[摄图供发作绘]")


def shape_of(text: str) -> Shape:
    """The shape of a unit judged from its own text alone."""
    folded = fold(text)
    return _shape(text, folded, visible_len(text), DATELINE.match_folded(folded) is not None,
                  folded.lstrip()[:1], folded.rstrip()[-1:])


def _shape(text: str, f: str, n: int, dated: bool, first: str, tail: str) -> Shape:
    """`shape_of` given the text folded to simplified script (`f`), its visible length,
    whether it opens with a dateline, and its first and last printed characters (folded).

    Each pattern runs only where the text is short enough, holds a character, or opens or
    ends with one, as every match must (the hints, leads and ends are proved in the tests).
    """
    if n <= 24 and first in JUMP.lead and JUMP.pattern.match(f):
        return Shapes.JUMP
    # Furniture holds a mark (版, 编…), or it is a paper's name, which ends with 报.
    if n <= 80 and "。" not in f and (tail == PAPER_NAME_END or FURNITURE_MARK.search(f)) and \
            FURNITURE.pattern.search(f):
        return Shapes.FURNITURE
    label = NOTE_LABEL.pattern.match(f) if first in NOTE_LABEL.lead and "编" in f[:8] else None
    if label:
        return Shapes.NOTE_LABEL if not text[label.end():].strip() else Shapes.NOTE
    if n <= 14 and first in BOX_LABEL.lead and BOX_LABEL.pattern.match(f):
        return Shapes.TITLE
    # A byline ends with a name, a credit word or a bracket, never with a full stop.
    if n <= 60 and tail != "。" and (
        (_BYLINE_HINT(f) and _BYLINE_MATCH(f))  # BYLINE_LINE.match_folded, inline
        or (first in AUTHOR_LINE.lead and AUTHOR_LINE.pattern.match(f))
    ):
        return Shapes.BYLINE
    if n <= 40 and _CREDIT_MARK.search(f) and CREDIT_LINE.pattern.match(f):
        return Shapes.CREDIT
    if first in CAPTION_START.lead and CAPTION_START.pattern.match(f) and not dated:
        return Shapes.CAPTION
    if n <= 90 and ("（" in f or "(" in f) and PICTURE_POSITION.pattern.search(f) \
            and ends_sentence(text):
        return Shapes.CAPTION
    # Nothing below matches a line ending with 。 (most paragraphs): a trailing credit ends
    # with a name, 摄 or a bracket (proved in the tests), the rest test the tail or hold no 。.
    if tail == "。":
        return Shapes.BODY
    # 摄 looked for in the whole line before its end is cut out (most lines hold none).
    if ("摄" in f and "摄" in f[-12:] and TRAILING_CREDIT.pattern.search(f)) or (
        tail in "）)" and INLINE_CREDIT.pattern.search(f) and not INLINE_CREDIT.pattern.match(f)
    ):
        return Shapes.CAPTION
    if tail in "）)" and END_MARK.pattern.match(f):
        return Shapes.BODY
    if 0 < n <= MAX_TITLE and _title_like(text, f, n, dated, first, tail):
        return Shapes.TITLE
    return Shapes.BODY


_QA_LABEL = re.compile(r"[【\[［]\s*(?:问|答|提问|回答)\s*[】\]］]\s*\S")


def _title_like(text: str, f: str, n: int, dated: bool, first: str, tail: str) -> bool:
    """Whether a line of 1 to MAX_TITLE visible characters (`n`) reads as a title.

    `first` and `tail` are the stripped line's first and last characters, folded: folding
    turns Han characters into Han characters only, so the punctuation tests read the same.
    """
    stripped = text.strip()
    if len(stripped) != len(text):
        # The dateline is looked for in the stripped text (a lookahead sees white space).
        dated = DATELINE.match_folded(f.strip()) is not None
    if dated:
        return False
    if "。" in stripped or tail in CONTINUING_LAST:  # CONTINUING_END, on a stripped line
        return False
    if first in "，。、；：,.;:）)》”’":
        return False
    if first in "【[［" and _QA_LABEL.match(stripped):
        return False  # a question or an answer under its label ("【问】…？"): a turn of text
    if ("，" in stripped or "," in stripped) and stripped.count("，") + stripped.count(",") >= 3:
        return False
    # A sentence ends with one of SENTENCE_LAST: most titles end with none, and skip the call.
    if tail in SENTENCE_LAST and ends_sentence(stripped) and not (tail in "！？!?" and n <= 26):
        return False
    return True

def _continues_sentence(text: str, length: int) -> bool:
    """Text that starts or runs mid-sentence: a word's last character then a comma
    ("馆，去年…"), or a long line with commas (titles are short and rarely have any)."""
    if "，" not in text:
        return False
    first_clause = text.split("，", 1)[0]
    return visible_len(first_clause) <= 1 or length > 24


def is_dash_line(text: str) -> bool:
    text = text.lstrip()
    return text.startswith(_DASHES) or (
        text.startswith(_SCANNED_DASH) and visible_len(text) >= _SCANNED_SUBHEADLINE)

@dataclass(slots=True)
class Item:
    """A piece of the source that is one block before any repair, and what the passes
    find out about it: `read_units` works out once what every pass asks of its text (the
    text folded to simplified script, which the patterns match, and its visible length)
    and its shape; the role comes later."""

    text: str
    spans: list[Span]
    blank_before: int = 0
    shape: Shape | None = None  # None until `read_units`
    folded: str = ""
    first: str = ""  # the first printed character, folded: the patterns' leads test it
    length: int = 0
    dated: bool = False  # opens with a dateline ("本报讯…")
    role: Role | None = None
    listed: bool = False  # a line of a list (results, bullets), read as body


# DATELINE.match_folded's and BYLINE_LINE.match_folded's two steps, bound once: `read_units`
# and `_shape` ask them of many units.
_DATELINE_HINT = DATELINE.hint.search  # type: ignore[union-attr]
_DATELINE_MATCH = DATELINE.pattern.match
_BYLINE_HINT = BYLINE_LINE.hint.search  # type: ignore[union-attr]
_BYLINE_MATCH = BYLINE_LINE.pattern.match
# A dateline opens with one of these, white space aside, or names a date (月) or a media
# centre (融媒讯) and the dispatch (电, 讯) after it; the tests prove it from the pattern.
# Most units do neither, and skip the dateline's hint search and its pattern.
DATELINE_LEAD = "【[本晚记通〔（(据"
DATELINE_DATE = "月媒"


def names_date(folded: str) -> bool:
    """Whether a unit names a date or a media centre: one of `DATELINE_DATE`, asked in C."""
    return "月" in folded or "媒" in folded


def read_units(items: list[Item], source: str) -> None:
    """Work out each item's folded text, visible length and dateline, and its shape judged
    from its own text (in place: the items are the units `segment` cut from `source`)."""
    # Where the source next holds a character to fold: a unit that ends before it has none,
    # and is its own folded text without a search (most editions hold none at all).
    foldable = next_foldable(source, 0)
    for item in items:
        text = item.text
        if foldable < item.spans[-1].end:
            folded = fold(text)
            foldable = next_foldable(source, item.spans[-1].end)
        else:
            folded = text
        # A printable text without a space holds no white space (the tests prove it for
        # every character): its visible length is its length, without a cache look-up.
        length = len(text) if " " not in text and text.isprintable() else visible_len(text)
        # The first and last printed characters: the text's own (`segment` strips a line's
        # spaces, and a unit is never empty) unless other white space is left (rare);
        # indexing makes no slice, and strips nothing.
        first, tail = folded[0], folded[-1]
        if first.isspace():
            first = folded.lstrip()[:1]
        if tail.isspace():
            tail = folded.rstrip()[-1:]
        dated = (
            (first in DATELINE_LEAD and _DATELINE_HINT(folded) is not None)
            or (("月" in folded or "媒" in folded) and ("电" in folded or "讯" in folded))
        ) and _DATELINE_MATCH(folded) is not None
        # One store each: four at once would pack and unpack a tuple for every unit.
        item.folded = folded
        item.first = first
        item.length = length
        item.dated = dated
        item.shape = _shape(text, folded, length, dated, first, tail)

def _labelled_runs_are_body(items: list[Item]) -> None:
    """Lines led by a label and a colon ("记者：…", "姓名：谭一鸣") in a row with one such
    paragraph are all text: an interview's turns, a profile's fields, not titles."""
    run: list[Item] = []
    furniture, title, body = Shapes.FURNITURE, Shapes.TITLE, Shapes.BODY
    for item in items:
        shape = item.shape
        if shape is furniture:
            continue
        # A label's colon comes within its first characters; most lines have none at all.
        if (shape is title or shape is body) and \
                ("：" in item.folded or ":" in item.folded) and \
                SPEAKER_TURN.pattern.match(item.folded):
            run.append(item)
            continue
        if run:
            _run_is_body(run)
            run = []
    _run_is_body(run)


def _run_is_body(run: list[Item]) -> None:
    if any(member.shape is Shapes.BODY for member in run):
        for member in run:
            member.shape = Shapes.BODY


def _is_list_line(folded: str, first: str) -> bool:
    """A line of results or figures (RESULT_LINE, a half at a time), or a bulleted line
    (read on the folded text, whose first printed character is `first`)."""
    return bool(
        (_RESULT_HINT(folded) and (
            (("：" in folded or ":" in folded) and LABELLED_FIGURE.search(folded))
            or FIGURES.search(folded)
        ))
        or (first in BULLET.lead and BULLET.pattern.match(folded))
    )


def _spaced_titles(items: list[Item]) -> list[int]:
    """Lines read as bylines only for a name set with a space ("记者 在 现场" as "记者" and
    "在 现场", like "通讯员 龚 明轩") that stand over a title with no text before them: a
    column's title set letter-spaced. A byline closes text or stands under a headline."""
    found = []
    for i, item in enumerate(items):
        if item.shape is not Shapes.BYLINE or not _lone_character(item.folded):
            continue
        after = neighbour(items, i, 1)
        before = neighbour(items, i, -1)
        if after is not None and after.shape is Shapes.TITLE and (
                before is None or before.shape not in (Shapes.BODY, Shapes.CAPTION,
                                                       Shapes.CREDIT, Shapes.TITLE)):
            found.append(i)
    return found


def _lone_character(folded: str) -> bool:
    """Whether a line holds a word of one Han character between spaces ("王 芳")."""
    return (" " in folded or "\u3000" in folded) and any(
        len(word) == 1 and is_han(word) for word in folded.split())


def _field_rows(items: list[Item]) -> list[int]:
    """The rows of a table or a listing printed as lines: three or more title-like lines in
    a row set out alike, in the same number of fields parted by wide gaps ("澜川重工  8.46元
    +2.17%", "《城南旧巷》　伍晴川 著　江宁出版社"), or each a short label and a colon
    ("男子单打：严思博（江北区）"). Lines over a dated story are its headline group."""
    return _runs_alike(items, lambda item: _row_shape(item.folded))


def _runs_alike(items: list[Item], kind_of: Callable[[Item], object]) -> list[int]:
    """The indexes of runs of three or more title-like units in a row of one kind (what
    `kind_of` says of a title unit: None for none), except a run over a dated paragraph,
    which is a headline group over its story."""
    title, body = Shapes.TITLE, Shapes.BODY
    found: list[int] = []
    run: list[int] = []
    kind: object = None
    for i, item in enumerate([*items, None]):
        this = kind_of(item) if item is not None and item.shape is title else None
        if this is None and not run:
            continue  # most units: none of the kind, and no run under way
        if this is not None and (not run or this == kind):
            run.append(i)
            kind = this
            continue
        if len(run) >= 3 and not (item is not None and item.shape is body and item.dated):
            found += run
        run, kind = ([i], this) if this is not None else ([], None)
    return found


_WIDE_GAP = re.compile(r"\u3000+|  +")
_FIELD_LABEL = re.compile(r"[^\s：:，。]{1,6}[：:]\S")


def _row_shape(folded: str) -> int | str | None:
    """How a line is set out in fields: its number of wide gaps (a row of a table names a
    figure or a title in 《》; a headline set in two halves names neither), or a label and a
    colon. Most title lines hold neither a wide gap nor a colon: asked first, in C."""
    if "\u3000" in folded or "  " in folded:
        gaps = len(_WIDE_GAP.findall(folded.strip()))
        if gaps and ("《" in folded or any(ch.isdigit() for ch in folded)):
            return gaps
    if ("：" in folded or ":" in folded) and "，" not in folded and \
            _FIELD_LABEL.match(folded.strip()):
        return "label"
    return None


def _timelines(items: list[Item]) -> list[int]:
    """The entries of timelines (大事记): three or more title-like lines in a row, each a
    date, a gap or a colon, then what happened ("2023年4月  改造工程启动"). Two dated lines
    over a dated story are its headline group ("3月5日 十四届全国人大四次会议开幕")."""
    return _runs_alike(items, lambda item: True if item.first.isdigit() and
                       _TIMELINE_ENTRY.match(item.folded) else None)


# A date, then a gap or a colon, then what happened: one entry of a timeline (大事记).
_TIMELINE_ENTRY = re.compile(
    r"\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?(?:\d{1,2}\s*日)?(?<=[年月日])"
    r"(?:[ \u3000]+|\s*[：:]\s*)\S"
)


_RESULT_HINT = RESULT_LINE.hint.search  # type: ignore[union-attr]

def neighbour(items: list[Item], index: int, step: int) -> Item | None:
    """The nearest unit before (step -1) or after (step 1) that is not page furniture."""
    index += step
    furniture = Shapes.FURNITURE
    while 0 <= index < len(items):
        if items[index].shape is not furniture:
            return items[index]
        index += step
    return None

def next_shape(items: list[Item], index: int) -> Item | None:
    furniture = Shapes.FURNITURE
    for position in range(index, len(items)):
        if items[position].shape is not furniture:
            return items[position]
    return None

def _contacts_and_pointers(items: list[Item]) -> list[int]:
    """Contact lines beside furniture made furniture; and where the pointers to other pages
    ("▶详见第3版") stand, found in the same pass (no test of theirs reads a shape), both
    being short lines."""
    furniture = Shapes.FURNITURE
    pointers: list[int] = []
    for i, item in enumerate(items):
        length = item.length
        if length > 40:
            continue
        # CONTACT's hint (its colon) tested with `in`, quicker than a search for so few.
        if item.shape is not furniture and \
                ("：" in item.folded or ":" in item.folded) and \
                CONTACT.pattern.match(item.folded) and any(
                    other.shape is furniture for other in items[max(0, i - 1):i + 2]):
            # Contact lines beside the page's header or footer belong to the page; inside
            # a story ("咨询电话：…") they are its text.
            item.shape = furniture
        # POINTER's hint (版) tested with `in`, quicker than a search for one character.
        if length <= 12 and "版" in item.folded and POINTER.pattern.search(item.folded):
            pointers.append(i)
    return pointers


def refine(items: list[Item]) -> None:
    """Context fixes of single shapes: list lines, fragments of cut sentences, captions."""
    # The shapes the passes test units for, read once (each pass runs for every unit).
    title, body, furniture = Shapes.TITLE, Shapes.BODY, Shapes.FURNITURE
    caption, credit, byline = Shapes.CAPTION, Shapes.CREDIT, Shapes.BYLINE
    count = len(items)
    listed = [item.shape is title and _is_list_line(item.folded, item.first) for item in items]
    lists = [
        i for i, line in enumerate(listed)
        if line and ((i and listed[i - 1]) or (i + 1 < count and listed[i + 1]))
    ]
    for i in lists + _timelines(items) + _field_rows(items):
        items[i].shape = body
        items[i].listed = True
    for i in _spaced_titles(items):
        items[i].shape = title
    pointers = _contacts_and_pointers(items)
    for k, i in enumerate(pointers):
        # A front-page index: titles each over a "▶详见第3版" pointer, two or more in a row,
        # are the page's furniture like the pointers, not headlines with no story.
        near = (k and i - pointers[k - 1] <= 3) or (k + 1 < len(pointers)
                                                     and pointers[k + 1] - i <= 3)
        if near and i and items[i - 1].shape is title:
            items[i].shape = furniture
            items[i - 1].shape = furniture
    for i, item in enumerate(items):
        # The title of a box of contact lines ("晚报热线") is page furniture like its lines.
        if item.shape is title and item.length <= 8 and \
                i + 1 < count and items[i + 1].shape is furniture:
            end = i + 1
            while end < count and items[end].shape is furniture:
                end += 1
            # At the end of the file, a line printed tight under a title-like line (a poem's
            # last, under the line before) stays the story's unless contact or pointer lines
            # follow it (a 热线 box, a front page's index).
            hangs = i and not item.blank_before and items[i - 1].shape is title
            if (items[end].shape is not body) if end < count else (not hangs or any(
                    CONTACT.pattern.match(other.folded) or POINTER.pattern.search(other.folded)
                    for other in items[i + 1:end])):
                item.shape = furniture
    _labelled_runs_are_body(items)
    for i, item in enumerate(items):
        if item.shape is caption and RUN_IN_ITEM.pattern.match(item.folded) and any(
            other is not None and other.shape in (caption, body)
            and RUN_IN_ITEM.pattern.match(other.folded)
            for other in (neighbour(items, i, -1), neighbour(items, i, 1))
        ):
            # "▲白果乡　4月6日，…" in a run of such lines: items of a box, not captions.
            item.shape = body
    # One pass for signatures and author lines, as two would do: no line is both (a
    # signature opens with a Han character, an author line with its box; the tests prove
    # it), neither makes or unmakes body, and a signature reads `after` before the loop
    # reaches it.
    for i, item in enumerate(items):
        shape = item.shape
        # A signature parts who wrote and the name with white space (the tests prove it):
        # a line whose visible length is its length has none, and skips the pattern.
        if shape is title and item.length < len(item.text) and \
                LETTER_SIGNATURE.match_folded(item.folded):
            before, after = neighbour(items, i, -1), neighbour(items, i, 1)
            closes = before is not None and before.shape is body and \
                ends_sentence(before.text)
            if closes and (after is None or after.shape is title):
                # Under a letter's last sentence, before the next title: its signature.
                item.shape = byline
        elif shape is byline and item.first in AUTHOR_LINE.lead and \
                AUTHOR_LINE.pattern.match(item.folded) and not \
                BYLINE_LINE.match_folded(item.folded) and \
                SUBHEAD_MARK.pattern.match(item.folded):
            before, after = neighbour(items, i, -1), neighbour(items, i, 1)
            if before is not None and after is not None and before.shape is body \
                    and after.shape is body:
                # A marked line between two paragraphs is a subhead ("■ 对话"), not an author.
                item.shape = title
    # A title only turns into body below, so each unit is tested for the one shape it has.
    for i, item in enumerate(items):
        shape = item.shape
        if shape is title:
            before = items[i - 1] if i else None
            text = item.text.strip()
            # A subheadline under its headline, commas and all (`is_dash_line`, stripped).
            if item.first in _DASH_FIRST and is_dash_line(text) and before is not None \
                    and before.shape is title:
                continue
            length = item.length
            ends_cut = text[-1] in _FUNCTION_END  # a title never ends with a function word
            # A short piece of a cut sentence rather than a title ("会议强调，各").
            fragment = ends_cut or (("，" in text or "、" in text) and length <= 12)
            cut_before = fragment and before is not None and before.shape is body and \
                not ends_sentence(before.text)
            if ends_cut or cut_before or ("，" in text and _continues_sentence(text, length)):
                # The middle of a sentence cut at column breaks, not a title.
                item.shape = body
        elif shape is credit and i and items[i - 1].shape in (body, title):
            previous = items[i - 1]
            if previous.shape is body or previous.length > 8:
                previous.shape = caption
        elif shape is byline and i and items[i - 1].shape is caption \
                and "摄" not in item.text and not (
                    item.first in AUTHOR_LINE.lead and AUTHOR_LINE.pattern.match(item.folded)):
            # "图为…。" then "本报记者 X" on the next line: the photographer.
            item.shape = credit
