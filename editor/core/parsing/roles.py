"""Roles from shapes: runs of title-like lines read in context, one article at a time.

What comes after a run (a dateline, an editor's note, a byline at the start), whether an
article is open and what it has shown so far (a dateline, a byline up front), and the house
style of the whole file decide between section title, kicker, headline, subheadline and
subhead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from editor.core.model import Role, Source
from editor.core.parsing.patterns import (
    BOX_LABEL,
    CLOSING_FORMULA,
    DATE_LINE,
    HEADER_PAGE,
    INLINE_CREDIT,
    JUMP_IN,
    SIGNATURE_MARKS,
    SUBHEAD_MARK,
    TRAILING_CREDIT,
    folded_count,
    is_column_title_folded,
    is_digest_title_folded,
    unpad_names,
)
from editor.core.parsing.shapes import (
    MAX_SUBHEAD,
    TITLE_MARKS,
    Item,
    Shapes,
    is_dash_line,
    neighbour,
    next_shape,
    visible_len,
)

# Words news sentences start with: a paragraph beginning so was not cut from the line above.
SENTENCE_OPENER = re.compile(
    r"^\s*(?:近日|近期|日前|目前|今年|去年|今天|昨天|昨日|当天|当日|近年来|近来|此前|此外|同时|如今|"
    r"据了解|据悉|据介绍|据统计|记者|截至|随着|为了|为|在|\d{1,4}(?:年|月|日))"
)

DATA_BOX = re.compile(
    r"^\s*[【\[]?\s*(?:数读|数说|数看|图说|图解|数据)[\u4e00-\u9fff]{0,6}\s*[】\]]?\s*$"
)
_LABEL_THEN_TITLE = re.compile(r"[【\[][^】\]\s]{1,8}[】\]]\s*[^\s，。；]")
_AFTERWORD = re.compile(r"^\s*[【\[]?\s*编后语?\s*[】\]]?\s*$")
COMMENT_LABEL = re.compile(r"^\s*[【\[]?\s*(?:短评|点评|编后|快评|时评)")
_BASIC_HAN = re.compile("[\u4e00-\u9fff]+")  # runs of the basic block, most text


class _RoleMembers:
    """Role's members as slots of one object, for the passes over every unit (see
    `shapes._ShapeMembers`)."""

    __slots__ = tuple(Role.__members__)

    def __init__(self) -> None:
        for name, member in Role.__members__.items():
            setattr(self, name, member)


Roles = _RoleMembers()

# Paragraphs a dated story has before a line under it can be one of its subheads.
LONG_STORY = 3
# Where every story is dated, two paragraphs of this many characters are enough (a brief's
# two short ones are not).
_LONG_TWO_PARAGRAPHS = 100


class House(NamedTuple):
    """The house style of a file, read from its sure article openings."""

    signed: bool  # articles are marked by datelines or bylines
    dates_all: bool  # every sure opening (two or more) is dated or signed at its head
    marks_sign: bool = False  # marked names ("■ 晏 冰") end two or more pieces here


def house_style(items: list[Item]) -> House:
    """How articles are marked in this file.

    `signed`: articles here are marked by datelines or bylines. Then a lone title line
    inside an open article is a subhead; without such marks, it can only be the next
    article's headline. Only sure article openings are counted: runs of two or more title
    lines, or one line followed by a dateline.

    `dates_all`: every sure opening is followed by a dateline or a byline, two or more of
    them (a group dropped into a cut paragraph, followed by the rest of the sentence, is
    left out). Then a dated story of two paragraphs is long enough for a subhead: the next
    story would have its own dateline.
    """
    openers = 0
    marks = 0
    sure = dated = 0  # the openings counted for `dates_all`, and those dated
    marked_ends = 0  # marked names after a piece's text, over the next title
    title, body, byline = Shapes.TITLE, Shapes.BODY, Shapes.BYLINE  # read once, not per unit
    count = len(items)
    for index, item in enumerate(items):
        shape = item.shape
        if shape is body:
            marks += item.dated
        elif shape is byline:
            marks += 1
        elif shape is title and (index == 0 or items[index - 1].shape is not title):
            end = index
            while end < count and items[end].shape is title:
                end += 1
            if end - index >= 2 and index and items[index - 1].shape is body and \
                    signature_like(item):
                marked_ends += 1
            after = next_shape(items, end)
            if after is not None and after.shape is body and after.dated:
                openers += 1
                sure += 1
                dated += 1
            elif end - index >= 2:
                openers += 1
                if after is not None and (after.shape is byline or (
                        after.shape is body and after.text[:1] not in _GOES_ON)):
                    sure += 1
                    dated += after.shape is byline
    return House(marks >= max(2, 0.5 * openers), sure >= 2 and dated == sure, marked_ends >= 2)


def signature_like(item: Item) -> bool:
    """A marked line that could sign a piece: the mark, then a name of two or three characters
    ("■ 游思远", "■ 晏 冰"), perhaps after who the writer is ("■ 江北区滨湖社区居民 鞠文清");
    Han and spaces only. A subhead can look the same ("■ 对话"): where the line stands, and
    the page's other such lines, tell them apart."""
    if item.first not in _SIGNING_MARKS:
        return False
    rest = unpad_names(item.folded.strip()[1:].strip())
    if rest[:1] in BOX_LABEL.lead and BOX_LABEL.pattern.match(rest):
        return False  # a box's label ("■ 新闻链接")
    tokens = rest.split()
    return 0 < len(tokens) <= 3 and visible_len(rest) <= 20 and \
        2 <= len(tokens[-1]) <= 3 and all(_BASIC_HAN.fullmatch(t) for t in tokens)


_SIGNING_MARKS = frozenset(SIGNATURE_MARKS)


# The first characters of text that goes on with a cut sentence ("」，每日…").
_GOES_ON = frozenset("，。、；：,.;:）)》”’」』")

@dataclass
class _Story:
    """What is known of the article being read while roles are assigned."""

    open: bool = False
    paragraphs: int = 0
    length: int = 0  # of the paragraphs so far, in visible characters
    dated: bool = False
    signed_first: bool = False
    headless: bool = True

    def body(self, item: Item) -> None:
        if not self.open:
            self.headless = True
        if not self.paragraphs:
            self.dated = item.dated
            self.length = 0
        self.paragraphs += 1
        self.length += item.length
        self.open = True

    def headline(self) -> None:
        self.open, self.paragraphs, self.dated, self.signed_first = True, 0, False, False
        self.headless = False

    def close(self) -> None:
        self.open, self.paragraphs = False, 0

@dataclass(slots=True)
class _Context:
    """What surrounds a run of title lines."""

    story: _Story
    previous: Item | None
    after: Item | None
    stacked: bool
    structured: bool
    digest: bool
    end: int
    spaced: bool = False  # blocks are set apart by blank lines (see `_verse`)
    dates_all: bool = False  # every sure opening is dated (see `house_style`)
    marks_sign: bool = False  # marked names sign pieces here (see `house_style`)

    @property
    def inside(self) -> bool:
        return self.story.open and self.story.paragraphs > 0

def assign_roles(items: list[Item], house: House, page_starts: set[int],
                 stacked: bool) -> None:
    """Give every unit a role; runs of title-like units are read as a whole."""
    story = _Story()
    digest = False
    previous: Item | None = None
    # The shapes every unit is tested for, read once (the loop runs for every unit; the
    # runs of titles read, and the list keeps, its length).
    title, body, byline, jump = Shapes.TITLE, Shapes.BODY, Shapes.BYLINE, Shapes.JUMP
    furniture, note_label = Shapes.FURNITURE, Shapes.NOTE_LABEL
    plain_roles = _PLAIN_ROLES
    count = len(items)
    # Blocks set apart by blank lines: then lines printed tight, one under the other,
    # stand out (a poem's).
    spaced = sum(1 for item in items if item.blank_before) * 2 >= count
    context = _Context(story=story, previous=previous, after=None, stacked=stacked,
                       structured=house.signed, digest=digest, end=0, spaced=spaced,
                       dates_all=house.dates_all, marks_sign=house.marks_sign)
    i = 0
    while i < count:
        item = items[i]
        if i in page_starts:
            story, previous = _Story(), None
        shape = item.shape
        if shape is not title:
            item.role = plain_roles[shape]
            if shape is body:
                if previous is not None and previous.shape is note_label:
                    pass  # an editor's note is no story text
                elif story.open and story.paragraphs:
                    story.paragraphs += 1  # `story.body` of a story under way: all it does
                    story.length += item.length
                else:
                    story.body(item)
            elif shape is byline:
                if story.paragraphs:
                    story.close()
                else:
                    story.signed_first = True
            elif shape is jump:
                if not JUMP_IN.pattern.search(item.folded):
                    story.close()
                else:
                    story.headless = False  # a continuation: its headline is on the other page
            if shape is not furniture:
                previous = item
            i += 1
            continue
        j = i
        while j < count and items[j].shape is title and (j == i or j not in page_starts):
            j += 1
        run = items[i:j]
        # What follows a run is read on its own page only: the next page starts afresh.
        after = None if j in page_starts else next_shape(items, j)
        # The one context, set for this run: none is built per run, and no call keeps it
        # (a changed copy is made where one rule needs another `previous`).
        context.story = story
        context.previous = previous
        context.after = after
        context.digest = digest
        context.end = j
        roles = _run_roles(run, context, items)
        for run_item, role in zip(run, roles, strict=True):
            run_item.role = role
        if Roles.SECTION_TITLE in roles or len(run) >= 2:
            # A new column (or what may be one, over a headline): is it a column of briefs?
            digest = is_digest_title_folded(run[0].folded)
        # Roles are distinct strings: `in` finds a role where `is` would, without a generator.
        if Roles.HEADLINE in roles:
            story.headline()
        elif roles.count(Roles.SECTION_TITLE) == len(roles):
            story.close()
        elif Roles.PARAGRAPH in roles:
            story.body(run[-1])
        previous = run[-1]
        i = j

def column_like(folded: str) -> bool:
    """A line that titles a column rather than a photo-news item (its folded text)."""
    return is_column_title_folded(folded) or visible_len(folded) <= 2

def _run_roles(run: list[Item], context: _Context, items: list[Item]) -> list[Role]:
    # The folded texts: the patterns read them, and folding (Han to Han, one to one) changes
    # nothing the length and punctuation tests below look at.
    texts = [item.folded for item in run]
    k = len(run)
    after = context.after
    if after is not None and after.shape in (Shapes.NOTE_LABEL, Shapes.NOTE):
        if k >= 2 and is_dash_line(texts[-1]) and _signed_after_note(items, context.end):
            # A headline group, then its editor's note, then the story's byline: the note
            # was set between an article's headline and its text.
            return _headline_group(texts, context.stacked)
        return [Roles.SECTION_TITLE] * k
    opens_article = after is not None and (
        (after.shape is Shapes.BODY and after.dated)
        or (after.shape is Shapes.BYLINE and _byline_then_body(items, context.end))
    )
    previous = context.previous
    if previous is not None and previous.shape is Shapes.BODY and not opens_article and \
            previous.text.rstrip().endswith(("：", ":")):
        return [Roles.PARAGRAPH] * k
    if previous is not None and previous.shape is Shapes.BODY and \
            CLOSING_FORMULA.pattern.search(previous.folded):
        # "特此公告。" then the issuer and the date: the notice's signature, its last lines.
        dated = next((n for n, text in enumerate(texts[:3]) if DATE_LINE.pattern.match(text)), None)
        if dated is not None:
            rest = run[dated + 1:]
            return [Roles.PARAGRAPH] * (dated + 1) + (
                _run_roles(rest, replace(context, previous=run[dated]), items) if rest else []
            )
    if k >= 2 and context.marks_sign and previous is not None and \
            previous.shape is Shapes.BODY and signature_like(run[0]):
        # Where marked names sign the pieces, one after a piece's text, over the next title,
        # is that piece's signature.
        context.story.close()
        return [Roles.BYLINE] + _run_roles(run[1:], replace(context, previous=run[0]), items)
    if k == 1 and after is not None and after.shape is Shapes.BODY and \
            goes_on_from(texts[0].strip(), after.text):
        # A short piece a column break left ("“Good morning! How"), under a headline too.
        return [Roles.PARAGRAPH]
    verse = _verse(run, context, items) if k >= 4 and not opens_article else None
    if verse is not None:
        return verse
    if context.inside and not opens_article:
        if k == 1:
            return [_lone_title_role(run[0], context, items)]
        labelled = _labelled(run[0])  # asked below, read once
        if k == 2 and labelled:
            if previous is not None and previous.shape in (Shapes.CAPTION, Shapes.CREDIT) and \
                    signed_piece(items, context.end):
                # After the story's picture, which ends the story, a signed box is a piece
                # of its own, its label the kicker ("记者观察", "短评").
                return [Roles.KICKER, Roles.HEADLINE]
            return [Roles.SUBHEAD, Roles.SUBHEAD]  # a box's label and its own title
        if k >= 3 and after is not None and after.shape is Shapes.BYLINE:
            first = Roles.SUBHEAD if labelled else Roles.PARAGRAPH
            return [first] + [Roles.PARAGRAPH] * (k - 1)
    if k == 1 and _labelled(run[0]) and context.story.open and \
            context.story.signed_first and not opens_article:
        return [Roles.SUBHEAD]  # a box label ("人物名片") right under the story's byline
    if k == 1 and previous is not None and previous.shape is Shapes.BYLINE and \
            not opens_article and _AFTERWORD.match(texts[0]):
        return [Roles.SUBHEAD]  # 编后 after the story's closing byline: still the story's
    if k == 1 and after is not None and after.shape in (Shapes.CAPTION, Shapes.CREDIT):
        # A photo-news headline over its picture, or a page's column title over one.
        return [Roles.SECTION_TITLE if column_like(texts[0]) else Roles.HEADLINE]
    if k >= 2 and context.marks_sign and after is not None and after.shape is Shapes.BODY and \
            signature_like(run[-1]):
        # Where marked names sign the pieces, one under a headline signs that piece first.
        return _run_roles(run[:-1], context, items) + [Roles.BYLINE]
    if k >= 2 and SUBHEAD_MARK.pattern.match(texts[-1]) and not is_dash_line(texts[-1]):
        # A marked line under a headline ("■ 市民反映") is the story's first subhead.
        return _run_roles(run[:-1], context, items) + [Roles.SUBHEAD]
    if k >= 2 and (not context.inside or opens_article) and \
            _labelled(run[0]) and not COMMENT_LABEL.match(run[0].text):
        # A box label over a headline group titles a column ("记者回访"); a commentary's
        # label (短评) stays its kicker.
        return [Roles.SECTION_TITLE] + _headline_group(texts[1:], context.stacked)
    if k == 2 and context.stacked and visible_len(texts[0]) <= 4 and \
            visible_len(texts[1]) >= 2 * visible_len(texts[0]) and \
            _under_page_header(items, _start_of(run, context.end, items), texts[0]):
        # A paper that stacks its headlines (主標 over 副標): a short line right under a
        # page's header that takes up the page's label, over a line twice its length, is
        # the page's column, not a headline.
        return [Roles.SECTION_TITLE, Roles.HEADLINE]
    return _headline_group(texts, context.stacked)


def signed_piece(items: list[Item], index: int) -> bool:
    """Whether the text from `index` is signed before the next title: a byline first, or
    after its paragraphs."""
    for item in items[index:]:
        if item.shape is Shapes.BYLINE:
            return True
        if item.shape is not Shapes.BODY and item.shape is not Shapes.FURNITURE:
            return False
    return False


def _start_of(run: list[Item], end: int, items: list[Item]) -> int:
    """Where a run starts in `items`: the run may be the first lines of the one that ends
    at `end` (a run is read again without its marked last line)."""
    start = end - 1
    while start > 0 and items[start] is not run[0]:
        start -= 1
    return start


def _under_page_header(items: list[Item], index: int, line: str) -> bool:
    """Whether the unit before `index` is a page's header (furniture: date, page number)
    whose page label the line takes up ("…A8  生活" over "生活消费"): the page's column."""
    if index <= 0 or items[index - 1].shape is not Shapes.FURNITURE:
        return False
    header = items[index - 1].folded
    found = HEADER_PAGE.search(header + " ")
    label = header[found.end():].strip()[:2] if found is not None else ""
    return len(label) == 2 and label in line

def _verse(run: list[Item], context: _Context, items: list[Item]) -> list[Role] | None:
    """The roles of a poem's lines, or None for a run that is no poem.

    In a page whose blocks are set apart by blank lines, a poem is printed tight: stanzas
    of short lines with no blank line between them and no sentence punctuation to end
    them. Under a headline and its byline, a run holding a stanza of four such lines or
    two of two is verse; inside a story's text, where a headline group printed tight can
    start the next story (four lines: kicker, a headline over two, subheadline), it takes
    a stanza of five or two of two, and the text after it must not run into a byline of
    its own. Each line of verse is a paragraph, a line standing alone between stanzas the
    poem's title (a subhead).
    """
    story = context.story
    if not context.spaced or not story.open:
        return None
    under_byline = not story.paragraphs and story.signed_first and not story.headless
    if not (story.paragraphs or under_byline):
        return None
    stanzas: list[list[Item]] = []
    for item in run:
        if item.blank_before or not stanzas:
            stanzas.append([item])
        else:
            stanzas[-1].append(item)
    tight = [len(stanza) for stanza in stanzas if len(stanza) >= 2]
    if not tight or (max(tight) < (4 if under_byline else 5) and len(tight) < 2):
        return None
    if not under_byline and (story.dated or story.signed_first) and \
            _ends_with_byline(items, context.end):
        return None  # a story signed up front is not signed again: a new story starts here
    if any(is_dash_line(item.folded) or SUBHEAD_MARK.pattern.match(item.folded) for item in run):
        return None  # a subheadline's dash, a subhead's mark: titles, not verse
    roles = []
    for stanza in stanzas:
        alone = len(stanza) == 1 and stanza[0].length <= MAX_SUBHEAD
        roles += [Roles.SUBHEAD if alone else Roles.PARAGRAPH] * len(stanza)
    return roles


def _lone_title_role(item: Item, context: _Context, items: list[Item]) -> Role:
    """One title-like line inside an open article: subhead, new headline, or a cut line."""
    text = item.folded  # what the patterns read (see `_run_roles`)
    after = context.after
    previous = context.previous
    labelled = _labelled(item)  # asked below, read once
    if labelled and previous is not None and previous.shape in (Shapes.CAPTION, Shapes.CREDIT):
        # After the story's picture, a box stands on its own (数说, 链接…).
        return Roles.HEADLINE
    if previous is not None and previous.shape in (Shapes.CAPTION, Shapes.CREDIT) and \
            after is not None and after.shape is Shapes.BYLINE:
        # The story's picture closed it; a title signed under it opens the next story.
        return Roles.HEADLINE
    if previous is not None and _credited_picture(previous) and after is not None and \
            after.shape is Shapes.BODY and not _looks_cut(text, after):
        # A picture with its credit ends a story; a title with text under it begins one.
        return Roles.HEADLINE
    if DATA_BOX.match(item.text) and (not labelled or (
            after is not None and after.listed and _tight_box(items, context.end - 1, True))):
        # A data box (数读财经, or 数说 over rows that run into the next story) stands on its
        # own after the story.
        return Roles.HEADLINE
    # A bracketed label over its part's text ("【变化一】租房提取额度提高") marks it too.
    marked = SUBHEAD_MARK.pattern.match(text) is not None or (
        text[:1] in "【[" and _LABEL_THEN_TITLE.match(text) is not None)
    if after is not None and after.listed and not marked and not labelled and \
            _tight_box(items, context.end - 1):
        # A title set tight over a list, blank lines around the whole ("今晚荧屏" over its
        # programmes): a box of its own between stories, not a subhead of the one above.
        return Roles.HEADLINE
    if marked or labelled or (after is not None and after.listed):
        return Roles.SUBHEAD  # marked, a box label, or the title of the list under it
    if is_digest_title_folded(text):
        # Named like a digest (简讯, 快讯…): a box of its own, not a subhead of this story.
        return Roles.HEADLINE
    if after is not None and after.shape in (Shapes.CAPTION, Shapes.CREDIT):
        return Roles.SECTION_TITLE if column_like(text) else Roles.HEADLINE
    if previous is not None and previous.shape is Shapes.BODY and \
            previous.text.rstrip()[-1:] in "，、" and not any(ch in text for ch in "，。、；") \
            and after is not None and after.shape is Shapes.BODY and \
            SENTENCE_OPENER.match(after.text) is None and _dated_ahead(items, context.end):
        # A title in the middle of a sentence cut after a comma, with a dated story with no
        # headline ahead: a headline dropped into the cut (the repairs give it its story).
        return Roles.SUBHEAD
    if _looks_cut(text, after):
        return Roles.PARAGRAPH
    story = context.story
    if story.headless:
        # Body with no headline yet: this line is its headline, printed out of place.
        return Roles.HEADLINE
    if (story.dated or story.signed_first) and _ends_with_byline(items, context.end):
        # An article that names its reporter up front is not signed again at its end: the
        # closing byline belongs to a new article.
        return Roles.HEADLINE
    if context.digest:
        # A column of briefs: the next brief's headline.
        return Roles.HEADLINE
    if story.dated:
        # A dated news item is short; subheads come only in a long one. Where every story
        # is dated, the next one would be too: two paragraphs are long enough, if long.
        if story.paragraphs >= LONG_STORY or (
                context.dates_all and story.paragraphs == LONG_STORY - 1 and
                story.length >= _LONG_TWO_PARAGRAPHS):
            return Roles.SUBHEAD
        return Roles.HEADLINE
    if story.signed_first:
        return Roles.SUBHEAD
    if context.structured:
        # An unmarked story in a paper that signs its stories: a subhead only when the
        # text under it runs on to the story's byline.
        return Roles.SUBHEAD if _ends_with_byline(items, context.end) else Roles.HEADLINE
    return Roles.HEADLINE

def _labelled(item: Item) -> bool:
    """A box's label ("相关链接", "记者手记"), tried only where its lead allows."""
    return item.first in BOX_LABEL.lead and BOX_LABEL.pattern.match(item.folded) is not None


def _signed_after_note(items: list[Item], index: int) -> bool:
    """Whether the editor's note starting at `index` is followed by a byline (a story's
    text begins there, not a new headline)."""
    position = index
    while position < len(items) and items[position].shape in (Shapes.NOTE_LABEL, Shapes.NOTE,
                                                                 Shapes.FURNITURE):
        position += 1
    if position < len(items) and items[position].shape is Shapes.BODY and \
            items[position - 1].shape is Shapes.NOTE_LABEL:
        position += 1  # the note's text under a label on its own line
    return position < len(items) and items[position].shape is Shapes.BYLINE


def _credited_picture(item: Item) -> bool:
    """A credit line, or a caption that ends with its credit ("图为…。 本报记者 X 摄")."""
    return item.shape is Shapes.CREDIT or item.shape is Shapes.CAPTION and bool(
        TRAILING_CREDIT.pattern.search(item.folded) or INLINE_CREDIT.pattern.search(item.folded)
    )


def _tight_box(items: list[Item], title: int, signed_next: bool = False) -> bool:
    """A title over three or more list lines that run to the next story: a box of its own.

    The list must run into the next story's headline group and dateline (a list at the
    end of a story is its own text); where the page parts its blocks with blank lines, the
    box is also set tight, no blank line inside it and one after it.
    """
    if title and items[title - 1].listed:
        return False  # a second list in the same box ("积分榜" under the scores)
    end = title + 1
    while end < len(items) and items[end].listed:
        end += 1
    if end - title - 1 < 3:
        return False
    tight = bool(items[title].blank_before) and \
        all(item.blank_before == 0 for item in items[title + 1:end])
    if tight and end < len(items) and not items[end].blank_before:
        return False
    # The list runs into the next story: its headline group, then a dateline (or a byline,
    # for a data box: a results box under a subhead stays its story's).
    while end < len(items) and items[end].shape is Shapes.TITLE:
        end += 1
    return end < len(items) and (items[end].shape is Shapes.BODY and items[end].dated or
                                 signed_next and items[end].shape is Shapes.BYLINE)


def _looks_cut(text: str, after: Item | None) -> bool:
    """The first line of a paragraph cut at a column break, not a subhead."""
    stripped = text.strip()
    if stripped[:1] in "“「" and stripped[-1:] in "”」":
        return False  # a quotation set as a subhead ("“先种树，再种心”")
    if after is not None and after.shape is Shapes.BODY and goes_on_from(stripped, after.text):
        return True
    if "，" in stripped or "、" in stripped or "," in stripped:
        return True
    if visible_len(stripped) > MAX_SUBHEAD and not any(ch in stripped for ch in TITLE_MARKS) \
            and not (after is not None and SENTENCE_OPENER.match(after.text)):
        # A long plain line is a paragraph's first line, unless the text after it opens a
        # sentence of its own ("近日，…", "5月18日，…"): then the line stood alone.
        return True
    if after is not None and after.shape is Shapes.BODY:
        first_clause = after.text.split("，", 1)[0]
        # "调，认领…": one character before the first comma ends a word, not a sentence.
        return "，" in after.text and visible_len(first_clause) <= 1
    return False


def _dated_ahead(items: list[Item], index: int) -> bool:
    """Whether, from `index` on, a dated paragraph comes before any title (a story that
    lost its headline)."""
    for item in items[index:index + 4]:
        if item.shape is Shapes.TITLE:
            return False
        if item.shape is Shapes.BODY and item.dated:
            return True
    return False


def goes_on_from(cut: str, text: str) -> bool:
    """Whether `text` plainly goes on from a short piece left by a column break: the piece
    opens a quotation that `text` closes ("“Good morning! How" / "was your weekend?”…"), or
    `text` opens as no sentence does, with a small Latin letter or the particle 的."""
    start = text.lstrip()[:2]
    if start[:1].islower() and start[:1].isascii() or (start[:1] == "的" and start != "的确"):
        return True
    for opening, closing in (("“", "”"), ("「", "」")):
        if cut.count(opening) > cut.count(closing):
            close, reopen = text.find(closing), text.find(opening)
            if close >= 0 and (reopen < 0 or close < reopen):
                return True
    return False


def _ends_with_byline(items: list[Item], index: int) -> bool:
    """Whether the body after `index` runs into a byline before the next title or dateline."""
    seen_body = False
    in_list = False
    for position in range(index, len(items)):
        item = items[position]
        if item.shape is Shapes.FURNITURE:
            continue
        if item.shape is Shapes.BODY:
            if item.dated:
                return False
            seen_body = True
            in_list = item.text.rstrip().endswith(("：", ":"))
        elif item.shape is Shapes.BYLINE:
            return seen_body
        elif item.shape is Shapes.TITLE and in_list:
            continue  # the lines of a list introduced by "…："
        elif item.shape is Shapes.TITLE:
            following = neighbour(items, position, 1)
            if following is None or following.shape in (Shapes.TITLE, Shapes.BYLINE):
                return False  # a headline group or a signed headline: a new article
        elif item.shape not in (Shapes.CAPTION, Shapes.CREDIT):
            return False
    return False


_PLAIN_ROLES = {
    Shapes.FURNITURE: Roles.FURNITURE,
    Shapes.JUMP: Roles.JUMP,
    Shapes.NOTE_LABEL: Roles.NOTE,
    Shapes.NOTE: Roles.NOTE,
    Shapes.BYLINE: Roles.BYLINE,
    Shapes.CREDIT: Roles.CREDIT,
    Shapes.CAPTION: Roles.CAPTION,
    Shapes.BODY: Roles.PARAGRAPH,
    Shapes.TITLE: Roles.HEADLINE,
}

def _byline_then_body(items: list[Item], index: int) -> bool:
    rest = [item for item in items[index:index + 3] if item.shape is not Shapes.FURNITURE]
    return len(rest) >= 2 and rest[1].shape is Shapes.BODY

def _headline_group(texts: list[str], stacked: bool = False, titled: bool = False) -> list[Role]:
    """Roles of a headline group read top to bottom, with any banner or column title over it.

    `stacked` is the Taiwan and Hong Kong house style: a main title with its subtitle
    under it (主標/副標), where mainland papers set a kicker over the headline (引题/主题).
    """
    k = len(texts)
    if k == 1:
        return [Roles.HEADLINE]
    if k >= 4:
        # The lines over the last three title the section; with a title already over
        # them, a third short line is a kicker only if named like a column.
        return [Roles.SECTION_TITLE] * (k - 3) + _headline_group(texts[k - 3:], stacked, True)
    if k == 2:
        first, second = texts
        if is_dash_line(second):
            return [Roles.HEADLINE, Roles.SUBHEADLINE]
        if not column_like(first) and (stacked or not _kicker_shaped(first, second)):
            return [Roles.HEADLINE, Roles.SUBHEADLINE]
        # A column title or a kicker: `columns_over_plain_headlines` tells them apart.
        return [Roles.KICKER, Roles.HEADLINE]
    first, second, third = texts
    if is_dash_line(third):
        lead = Roles.SECTION_TITLE if is_column_title_folded(first) else Roles.KICKER
        return [lead, Roles.HEADLINE, Roles.SUBHEADLINE]
    if is_dash_line(second):
        return [Roles.HEADLINE, Roles.SUBHEADLINE, Roles.SUBHEAD]
    if column_like(first) or (not titled and (
        visible_len(first) > visible_len(second) + 4 and visible_len(second) <= 8
    )) or (visible_len(third) > visible_len(second) and visible_len(first) <= 8 and (
        not titled or visible_len(second) <= 8
    ) and not _gives_figures(third, second)):
        # The headline is the longest line: the two short lines over it are a column
        # title and a kicker (a subheadline is not set over the headline).
        return [Roles.SECTION_TITLE] + _headline_group([second, third], stacked)
    return [Roles.KICKER, Roles.HEADLINE, Roles.SUBHEADLINE]

def _gives_figures(line: str, above: str) -> bool:
    """A line of figures under a line without any ("…面积达到1200亩"): the detail a
    subheadline gives, so the longer line under the headline is not the headline."""
    return any(ch.isdigit() for ch in line) and not any(ch.isdigit() for ch in above)


def _kicker_shaped(first: str, second: str) -> bool:
    """A kicker is a short line over the headline, or a slogan or quotation of any length.

    A long plain line over a line of similar length is the headline itself, with its
    subheadline (without the usual dash) under it; so is a line over a line of figures
    ("每月最高可获2400元"), the detail a subheadline gives.
    """
    stripped = first.strip()
    length = visible_len(stripped)
    if length <= 8 or second.rstrip()[-1:] in "？！?!":
        return True  # a label; or the line under it is a question, the headline itself
    if stripped[:1] in "“「" and stripped[-1:] in "”」":
        return True  # a quotation over the headline
    if any(mark in stripped for mark in "， \u3000"):
        return True  # a slogan in two phrases ("守好一方绿，造福一方人")
    if _gives_figures(second, stripped):
        return False
    if length < 0.75 * visible_len(second):
        return True
    return any(mark in stripped for mark in "“”「」‘’《》 \u3000")


def is_traditional(sources: list[Source]) -> bool:
    """Whether the edition is set in traditional characters (Hong Kong, Taiwan, Macao)."""
    sample = "".join(source.text[:20000] for source in sources)
    # Both counts in C: a Python loop over the 20,000 characters was 8% of parsing 0.5 MB.
    folded = folded_count(sample)
    if not folded:
        return False  # most editions: nothing to fold, whatever the count of Han characters
    han = len(sample) - len(_BASIC_HAN.sub("", sample))
    return folded > 0.05 * max(1, han)
