"""The shape of each printed unit, judged from its own text and its neighbours' shapes.

A shape is what a line looks like (furniture, jump, byline, credit, caption, a title-like
line, body); the roles (kicker, headline, subhead…) are decided later, from runs of shapes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from editor.core.model import Role
from editor.core.parsing.patterns import (
    AUTHOR_LINE,
    BOX_LABEL,
    BULLET,
    BYLINE_LINE,
    CAPTION_START,
    CONTACT,
    CONTINUING_END,
    CREDIT_LINE,
    DATELINE,
    END_MARK,
    INLINE_CREDIT,
    JUMP,
    LETTER_SIGNATURE,
    NOTE_LABEL,
    PICTURE_POSITION,
    POINTER,
    RESULT_LINE,
    RUN_IN_ITEM,
    SPEAKER_TURN,
    SUBHEAD_MARK,
    TRAILING_CREDIT,
    ends_sentence,
    fold,
    visible_len,
)
from editor.core.parsing.patterns import (
    FURNITURE as FURNITURE_LINE,
)
from editor.core.parsing.segment import Unit


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


MAX_TITLE = 40
MAX_SUBHEAD = 12
# Quotes, title marks and spaced phrases: how headlines are set, rarely a line of running text.
TITLE_MARKS = "“”‘’《》「」！？!?·— \u3000"
_FUNCTION_END = set("的和与及并在对将为把被从向于以各该其之而且或就也都还又")
_DASHES = ("——", "—", "──", "－－", "--", "―")


def shape_of(text: str) -> Shape:
    """The shape of a unit judged from its own text alone.

    The text is folded to simplified script once, and each pattern runs only where the
    text is short enough, or holds the character, that the pattern needs.
    """
    n = visible_len(text)
    f = fold(text)
    tail = f.rstrip()[-1:]
    if n <= 24 and JUMP.pattern.match(f):
        return Shape.JUMP
    if n <= 80 and "。" not in f and FURNITURE_LINE.pattern.search(f):
        return Shape.FURNITURE
    label = NOTE_LABEL.pattern.match(f) if ("编" in f[:8] or "编" in f[:3]) else None
    if label:
        return Shape.NOTE_LABEL if not text[label.end():].strip() else Shape.NOTE
    if n <= 14 and BOX_LABEL.pattern.match(f):
        return Shape.TITLE
    if n <= 60 and (BYLINE_LINE.pattern.match(f) or AUTHOR_LINE.pattern.match(f)):
        return Shape.BYLINE
    if n <= 40 and any(mark in f for mark in "摄图供发作绘") and CREDIT_LINE.pattern.match(f):
        return Shape.CREDIT
    if CAPTION_START.pattern.match(f) and not DATELINE.pattern.match(f):
        return Shape.CAPTION
    if n <= 90 and ("（" in f or "(" in f) and PICTURE_POSITION.pattern.search(f) \
            and ends_sentence(text):
        return Shape.CAPTION
    if ("摄" in f[-12:] and TRAILING_CREDIT.pattern.search(f)) or (
        tail in "）)" and INLINE_CREDIT.pattern.search(f) and not INLINE_CREDIT.pattern.match(f)
    ):
        return Shape.CAPTION
    if tail in "）)" and END_MARK.pattern.match(f):
        return Shape.BODY
    if _title_like(text, n):
        return Shape.TITLE
    return Shape.BODY


def _title_like(text: str, n: int) -> bool:
    stripped = text.strip()
    if n == 0 or n > MAX_TITLE or DATELINE.match(stripped):
        return False
    if "。" in stripped or CONTINUING_END.search(stripped):
        return False
    if stripped[0] in "，。、；：,.;:）)》”’":
        return False
    if stripped.count("，") + stripped.count(",") >= 3:
        return False
    if ends_sentence(stripped) and not (stripped[-1] in "！？!?" and n <= 26):
        return False
    return True

def _is_fragment(text: str) -> bool:
    """A short piece of a cut sentence rather than a title ("会议强调，各")."""
    stripped = text.strip()
    return stripped[-1] in _FUNCTION_END or (
        ("，" in stripped or "、" in stripped) and visible_len(stripped) <= 12
    )

def _continues_sentence(text: str) -> bool:
    """Text that starts or runs mid-sentence: a word's last character then a comma
    ("馆，去年…"), or a long line with commas (titles are short and rarely have any)."""
    first_clause = text.split("，", 1)[0]
    return "，" in text and (visible_len(first_clause) <= 1 or visible_len(text) > 24)


def is_dash_line(text: str) -> bool:
    return text.lstrip().startswith(_DASHES)

@dataclass(slots=True)
class Item:
    unit: Unit
    shape: Shape
    role: Role | None = None
    listed: bool = False  # a line of a list (results, bullets), read as body

def _labelled_runs_are_body(items: list[Item]) -> None:
    """Lines led by a label and a colon ("记者：…", "姓名：谭一鸣") in a row with one such
    paragraph are all text: an interview's turns, a profile's fields, not titles."""
    run: list[Item] = []
    for item in [*items, None]:
        if item is not None and item.shape == Shape.FURNITURE:
            continue
        if item is not None and item.shape in (Shape.TITLE, Shape.BODY) and \
                SPEAKER_TURN.match(item.unit.text):
            run.append(item)
            continue
        if any(member.shape == Shape.BODY for member in run):
            for member in run:
                member.shape = Shape.BODY
        run = []


def _is_list_line(item: Item | None) -> bool:
    return item is not None and item.shape == Shape.TITLE and bool(
        RESULT_LINE.search(item.unit.text) or BULLET.match(item.unit.text)
    )

def neighbour(items: list[Item], index: int, step: int) -> Item | None:
    """The nearest unit before (step -1) or after (step 1) that is not page furniture."""
    index += step
    while 0 <= index < len(items):
        if items[index].shape != Shape.FURNITURE:
            return items[index]
        index += step
    return None

def next_shape(items: list[Item], index: int) -> Item | None:
    for position in range(index, len(items)):
        if items[position].shape != Shape.FURNITURE:
            return items[position]
    return None

def refine(items: list[Item]) -> None:
    """Context fixes of single shapes: list lines, fragments of cut sentences, captions."""
    listed = [_is_list_line(item) for item in items]
    lists = [
        i for i, line in enumerate(listed)
        if line and ((i and listed[i - 1]) or (i + 1 < len(items) and listed[i + 1]))
    ]
    for i in lists:
        items[i].shape = Shape.BODY
        items[i].listed = True
    for i, item in enumerate(items):
        if item.shape != Shape.FURNITURE and visible_len(item.unit.text) <= 40 and \
                CONTACT.match(item.unit.text) and any(
                    other.shape == Shape.FURNITURE for other in items[max(0, i - 1):i + 2]):
            # Contact lines beside the page's header or footer belong to the page; inside
            # a story ("咨询电话：…") they are its text.
            item.shape = Shape.FURNITURE
    pointers = [i for i, item in enumerate(items)
                if visible_len(item.unit.text) <= 12 and POINTER.search(item.unit.text)]
    for k, i in enumerate(pointers):
        # A front-page index: titles each over a "▶详见第3版" pointer, two or more in a row,
        # are the page's furniture like the pointers, not headlines with no story.
        near = (k and i - pointers[k - 1] <= 3) or (k + 1 < len(pointers)
                                                     and pointers[k + 1] - i <= 3)
        if near and i and items[i - 1].shape == Shape.TITLE:
            items[i].shape = Shape.FURNITURE
            items[i - 1].shape = Shape.FURNITURE
    for i, item in enumerate(items):
        # The title of a box of contact lines ("晚报热线") is page furniture like its lines.
        if item.shape == Shape.TITLE and visible_len(item.unit.text) <= 8 and \
                i + 1 < len(items) and items[i + 1].shape == Shape.FURNITURE:
            end = i + 1
            while end < len(items) and items[end].shape == Shape.FURNITURE:
                end += 1
            if end == len(items) or items[end].shape != Shape.BODY:
                item.shape = Shape.FURNITURE
    _labelled_runs_are_body(items)
    for i, item in enumerate(items):
        if item.shape == Shape.CAPTION and RUN_IN_ITEM.match(item.unit.text) and any(
            other is not None and other.shape in (Shape.CAPTION, Shape.BODY)
            and RUN_IN_ITEM.match(other.unit.text)
            for other in (neighbour(items, i, -1), neighbour(items, i, 1))
        ):
            # "▲白果乡　4月6日，…" in a run of such lines: items of a box, not captions.
            item.shape = Shape.BODY
    for i, item in enumerate(items):
        if item.shape == Shape.TITLE and LETTER_SIGNATURE.match(item.unit.text):
            before, after = neighbour(items, i, -1), neighbour(items, i, 1)
            closes = before is not None and before.shape == Shape.BODY and \
                ends_sentence(before.unit.text)
            if closes and (after is None or after.shape == Shape.TITLE):
                # Under a letter's last sentence, before the next title: its signature.
                item.shape = Shape.BYLINE
    for i, item in enumerate(items):
        if item.shape == Shape.BYLINE and AUTHOR_LINE.match(item.unit.text) and not \
                BYLINE_LINE.match(item.unit.text) and SUBHEAD_MARK.match(item.unit.text):
            before, after = neighbour(items, i, -1), neighbour(items, i, 1)
            if before is not None and after is not None and before.shape == Shape.BODY \
                    and after.shape == Shape.BODY:
                # A marked line between two paragraphs is a subhead ("■ 对话"), not an author.
                item.shape = Shape.TITLE
    for i, item in enumerate(items):
        if item.shape == Shape.TITLE:
            before = items[i - 1] if i else None
            text = item.unit.text.strip()
            cut_before = before is not None and before.shape == Shape.BODY and \
                not ends_sentence(before.unit.text)
            if is_dash_line(text) and before is not None and before.shape == Shape.TITLE:
                continue  # a subheadline under its headline, commas and all
            if (_is_fragment(text) and cut_before) or _continues_sentence(text) or (
                _is_fragment(text) and text[-1] in _FUNCTION_END
            ):
                # The middle of a sentence cut at column breaks, not a title.
                item.shape = Shape.BODY
        if item.shape == Shape.CREDIT and i and items[i - 1].shape in (Shape.BODY, Shape.TITLE):
            previous = items[i - 1]
            if previous.shape == Shape.BODY or visible_len(previous.unit.text) > 8:
                previous.shape = Shape.CAPTION
        if item.shape == Shape.BYLINE and i and items[i - 1].shape == Shape.CAPTION \
                and "摄" not in item.unit.text and not AUTHOR_LINE.match(item.unit.text):
            # "图为…。" then "本报记者 X" on the next line: the photographer.
            item.shape = Shape.CREDIT
