"""Units → roles → the section / article tree, as printed (repairs come later).

Each unit first gets a shape from its own text (furniture, jump, byline, credit, caption,
title-like line, body). Runs of title-like lines are then read in context: what comes
after them (a dateline, an editor's note, a byline at the start), whether an article is
open, and the house style of the whole file (do articles end with bylines or start with
datelines?) decide between section title, kicker, headline, subheadline and subhead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, auto

from editor.core.model import Article, Block, Edition, Role, Section, Source
from editor.core.parsing.patterns import (
    AUTHOR_LINE,
    BOX_LABEL,
    BULLET,
    BYLINE_LINE,
    CAPTION_START,
    CONTINUING_END,
    CREDIT_LINE,
    DATELINE,
    END_MARK,
    INLINE_CREDIT,
    JUMP,
    JUMP_IN,
    NOTE_LABEL,
    PICTURE_POSITION,
    RESULT_LINE,
    SPEAKER_TURN,
    SUBHEAD_MARK,
    TRAILING_CREDIT,
    ends_sentence,
    fold,
    is_column_title,
    is_digest_title,
)
from editor.core.parsing.patterns import (
    FURNITURE as FURNITURE_LINE,
)
from editor.core.parsing.segment import Unit, segment


class Shape(Enum):
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
_TITLE_MARKS = "“”‘’《》「」！？!?·— \u3000"
_FUNCTION_END = set("的和与及并在对将为把被从向于以各该其之而且或就也都还又")
_DASHES = ("——", "—", "──", "－－", "--", "―")


def _visible_len(text: str) -> int:
    return len("".join(text.split()))


def shape_of(text: str) -> Shape:
    """The shape of a unit judged from its own text alone."""
    n = _visible_len(text)
    if JUMP.match(text):
        return Shape.JUMP
    if n <= 80 and "。" not in text and FURNITURE_LINE.search(text):
        return Shape.FURNITURE
    label = NOTE_LABEL.match(text)
    if label:
        return Shape.NOTE_LABEL if not text[label.end():].strip() else Shape.NOTE
    if BOX_LABEL.match(text):
        return Shape.TITLE
    if n <= 60 and (BYLINE_LINE.match(text) or AUTHOR_LINE.match(text)):
        return Shape.BYLINE
    if n <= 40 and CREDIT_LINE.match(text) and any(mark in fold(text) for mark in "摄图供发"):
        return Shape.CREDIT
    if CAPTION_START.match(text) and not DATELINE.match(text):
        return Shape.CAPTION
    if n <= 90 and PICTURE_POSITION.search(text) and ends_sentence(text):
        return Shape.CAPTION
    if (TRAILING_CREDIT.search(text) and "摄" in text[-12:]) or (
        INLINE_CREDIT.search(text) and not INLINE_CREDIT.match(text)
    ):
        return Shape.CAPTION
    if END_MARK.match(text):
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
        ("，" in stripped or "、" in stripped) and _visible_len(stripped) <= 12
    )


def _is_dash_line(text: str) -> bool:
    return text.lstrip().startswith(_DASHES)


@dataclass
class _Item:
    unit: Unit
    shape: Shape
    role: Role | None = None
    listed: bool = False  # a line of a list (results, bullets), read as body


@dataclass
class _State:
    edition: Edition
    source_index: int = 0
    section: Section | None = None
    article: Article | None = None
    article_open: bool = False
    article_has_body: bool = False
    pending_captions: list[Block] = field(default_factory=list)
    in_note: bool = False


def parse_edition(sources: list[Source]) -> Edition:
    """Build the edition tree from its sources, as printed; nothing is repaired here."""
    edition = Edition(list(sources))
    items: list[_Item] = []
    page_starts: set[int] = set()
    for index, source in enumerate(sources):
        page_starts.add(len(items))
        items.extend(_Item(u, shape_of(u.text)) for u in segment(source.text, index))
    _refine(items)
    structured = _house_style(items)
    _assign_runs(items, structured, page_starts, _is_traditional(sources))
    _columns_over_plain_headlines(items, page_starts)
    _build(edition, items, page_starts)
    edition.rebuild_index()
    return edition


def _is_list_line(item: _Item | None) -> bool:
    return item is not None and item.shape == Shape.TITLE and bool(
        RESULT_LINE.search(item.unit.text) or BULLET.match(item.unit.text)
    )


def _neighbour(items: list[_Item], index: int, step: int) -> _Item | None:
    """The nearest unit before (step -1) or after (step 1) that is not page furniture."""
    index += step
    while 0 <= index < len(items):
        if items[index].shape != Shape.FURNITURE:
            return items[index]
        index += step
    return None


def _refine(items: list[_Item]) -> None:
    """Context fixes of single shapes: list lines, fragments of cut sentences, captions."""
    lists = [
        i for i, item in enumerate(items)
        if _is_list_line(item) and (
            _is_list_line(items[i - 1] if i else None)
            or _is_list_line(items[i + 1] if i + 1 < len(items) else None)
        )
    ]
    for i in lists:
        items[i].shape = Shape.BODY
        items[i].listed = True
    for i, item in enumerate(items):
        # The title of a box of contact lines ("晚报热线") is page furniture like its lines.
        if item.shape == Shape.TITLE and _visible_len(item.unit.text) <= 8 and \
                i + 1 < len(items) and items[i + 1].shape == Shape.FURNITURE:
            end = i + 1
            while end < len(items) and items[end].shape == Shape.FURNITURE:
                end += 1
            if end == len(items) or items[end].shape != Shape.BODY:
                item.shape = Shape.FURNITURE
    for i, item in enumerate(items):
        if item.shape == Shape.TITLE and SPEAKER_TURN.match(item.unit.text) and any(
            other is not None and other.shape == Shape.BODY
            and SPEAKER_TURN.match(other.unit.text)
            for other in (_neighbour(items, i, -1), _neighbour(items, i, 1))
        ):
            item.shape = Shape.BODY
    for i, item in enumerate(items):
        if item.shape == Shape.BYLINE and AUTHOR_LINE.match(item.unit.text) and not \
                BYLINE_LINE.match(item.unit.text) and SUBHEAD_MARK.match(item.unit.text):
            before, after = _neighbour(items, i, -1), _neighbour(items, i, 1)
            if before is not None and after is not None and before.shape == Shape.BODY \
                    and after.shape == Shape.BODY:
                # A marked line between two paragraphs is a subhead ("■ 对话"), not an author.
                item.shape = Shape.TITLE
    for i, item in enumerate(items):
        if item.shape == Shape.TITLE:
            before = items[i - 1] if i else None
            if _is_fragment(item.unit.text) and before is not None and \
                    before.shape == Shape.BODY and not ends_sentence(before.unit.text):
                item.shape = Shape.BODY
            elif _is_fragment(item.unit.text) and item.unit.text.strip()[-1] in _FUNCTION_END:
                item.shape = Shape.BODY
        if item.shape == Shape.CREDIT and i and items[i - 1].shape in (Shape.BODY, Shape.TITLE):
            previous = items[i - 1]
            if previous.shape == Shape.BODY or _visible_len(previous.unit.text) > 8:
                previous.shape = Shape.CAPTION
        if item.shape == Shape.BYLINE and i and items[i - 1].shape == Shape.CAPTION \
                and "摄" not in item.unit.text and not AUTHOR_LINE.match(item.unit.text):
            # "图为…。" then "本报记者 X" on the next line: the photographer.
            item.shape = Shape.CREDIT


def _house_style(items: list[_Item]) -> bool:
    """True when articles here are marked by datelines or bylines.

    Then a lone title line inside an open article is a subhead; without such marks, it
    can only be the next article's headline. Only sure article openings are counted:
    runs of two or more title lines, or one line followed by a dateline.
    """
    openers = 0
    marks = 0
    for index, item in enumerate(items):
        if item.shape == Shape.BODY and DATELINE.match(item.unit.text):
            marks += 1
        elif item.shape == Shape.BYLINE:
            marks += 1
        if item.shape == Shape.TITLE and (index == 0 or items[index - 1].shape != Shape.TITLE):
            end = index
            while end < len(items) and items[end].shape == Shape.TITLE:
                end += 1
            after = _next_shape(items, end)
            if end - index >= 2 or (after is not None and after.shape == Shape.BODY
                                     and DATELINE.match(after.unit.text)):
                openers += 1
    return marks >= max(2, 0.5 * openers)


def _next_shape(items: list[_Item], index: int) -> _Item | None:
    for position in range(index, len(items)):
        if items[position].shape != Shape.FURNITURE:
            return items[position]
    return None


@dataclass
class _Story:
    """What is known of the article being read while roles are assigned."""

    open: bool = False
    paragraphs: int = 0
    dated: bool = False
    signed_first: bool = False
    headless: bool = True

    def body(self, text: str) -> None:
        if not self.open:
            self.headless = True
        if not self.paragraphs:
            self.dated = bool(DATELINE.match(text))
        self.paragraphs += 1
        self.open = True

    def headline(self) -> None:
        self.open, self.paragraphs, self.dated, self.signed_first = True, 0, False, False
        self.headless = False

    def close(self) -> None:
        self.open, self.paragraphs = False, 0


@dataclass
class _Context:
    """What surrounds a run of title lines."""

    story: _Story
    previous: _Item | None
    after: _Item | None
    stacked: bool
    structured: bool
    digest: bool
    end: int

    @property
    def inside(self) -> bool:
        return self.story.open and self.story.paragraphs > 0


def _assign_runs(items: list[_Item], structured: bool, page_starts: set[int],
                 stacked: bool) -> None:
    """Give every unit a role; runs of title-like units are read as a whole."""
    story = _Story()
    digest = False
    previous: _Item | None = None
    i = 0
    while i < len(items):
        item = items[i]
        if i in page_starts:
            story, previous = _Story(), None
        if item.shape != Shape.TITLE:
            item.role = _plain_role(item.shape)
            if item.shape == Shape.BODY:
                story.body(item.unit.text)
            elif item.shape == Shape.BYLINE and story.paragraphs:
                story.close()
            elif item.shape == Shape.BYLINE:
                story.signed_first = True
            elif item.shape == Shape.JUMP and not JUMP_IN.search(item.unit.text):
                story.close()
            elif item.shape == Shape.JUMP:
                story.headless = False  # a continuation: its headline is on the other page
            if item.shape != Shape.FURNITURE:
                previous = item
            i += 1
            continue
        j = i
        while j < len(items) and items[j].shape == Shape.TITLE and (j == i or j not in page_starts):
            j += 1
        run = items[i:j]
        context = _Context(story, previous, _next_shape(items, j), stacked, structured, digest, j)
        roles = _run_roles(run, context, items)
        for run_item, role in zip(run, roles, strict=True):
            run_item.role = role
        if Role.SECTION_TITLE in roles or len(run) >= 2:
            # A new column (or what may be one, over a headline): is it a column of briefs?
            digest = is_digest_title(run[0].unit.text)
        if any(r == Role.HEADLINE for r in roles):
            story.headline()
        elif all(r == Role.SECTION_TITLE for r in roles):
            story.close()
        elif any(r == Role.PARAGRAPH for r in roles):
            story.body(run[-1].unit.text)
        previous = run[-1]
        i = j


def _column_like(text: str) -> bool:
    """A line that titles a column rather than a photo-news item."""
    return is_column_title(text) or _visible_len(text) <= 2


def _run_roles(run: list[_Item], context: _Context, items: list[_Item]) -> list[Role]:
    texts = [item.unit.text for item in run]
    k = len(run)
    after = context.after
    if after is not None and after.shape in (Shape.NOTE_LABEL, Shape.NOTE):
        return [Role.SECTION_TITLE] * k
    opens_article = after is not None and (
        (after.shape == Shape.BODY and DATELINE.match(after.unit.text))
        or (after.shape == Shape.BYLINE and _byline_then_body(items, context.end))
    )
    previous = context.previous
    if previous is not None and previous.shape == Shape.BODY and not opens_article and \
            previous.unit.text.rstrip().endswith(("：", ":")):
        return [Role.PARAGRAPH] * k
    if context.inside and not opens_article:
        if k >= 3 and after is not None and after.shape == Shape.BYLINE:
            first = Role.SUBHEAD if BOX_LABEL.match(texts[0]) else Role.PARAGRAPH
            return [first] + [Role.PARAGRAPH] * (k - 1)
        if k == 1:
            return [_lone_title_role(texts[0], context, items)]
    if k == 1 and after is not None and after.shape in (Shape.CAPTION, Shape.CREDIT):
        # A photo-news headline over its picture, or a page's column title over one.
        return [Role.SECTION_TITLE if _column_like(texts[0]) else Role.HEADLINE]
    return _headline_group(texts, context.stacked)


def _lone_title_role(text: str, context: _Context, items: list[_Item]) -> Role:
    """One title-like line inside an open article: subhead, new headline, or a cut line."""
    after = context.after
    previous = context.previous
    if BOX_LABEL.match(text) and previous is not None and \
            previous.shape in (Shape.CAPTION, Shape.CREDIT):
        # After the story's picture, a box stands on its own (数说, 链接…).
        return Role.HEADLINE
    if SUBHEAD_MARK.match(text) or BOX_LABEL.match(text) or (after is not None and after.listed):
        return Role.SUBHEAD  # marked, a box label, or the title of the list under it
    if is_digest_title(text):
        # Named like a digest (简讯, 快讯…): a box of its own, not a subhead of this story.
        return Role.HEADLINE
    if after is not None and after.shape in (Shape.CAPTION, Shape.CREDIT):
        return Role.SECTION_TITLE if _column_like(text) else Role.HEADLINE
    if _looks_cut(text, after):
        return Role.PARAGRAPH
    story = context.story
    if story.headless:
        # Body with no headline yet: this line is its headline, printed out of place.
        return Role.HEADLINE
    if (story.dated or story.signed_first) and _ends_with_byline(items, context.end):
        # An article that names its reporter up front is not signed again at its end: the
        # closing byline belongs to a new article.
        return Role.HEADLINE
    if context.digest:
        # A column of briefs: the next brief's headline.
        return Role.HEADLINE
    if story.signed_first or story.dated:
        return Role.SUBHEAD
    return Role.SUBHEAD if context.structured else Role.HEADLINE


def _looks_cut(text: str, after: _Item | None) -> bool:
    """The first line of a paragraph cut at a column break, not a subhead."""
    stripped = text.strip()
    if "，" in stripped or "、" in stripped or "," in stripped:
        return True
    if _visible_len(stripped) > MAX_SUBHEAD and not any(ch in stripped for ch in _TITLE_MARKS):
        return True
    if after is not None and after.shape == Shape.BODY:
        first_clause = after.unit.text.split("，", 1)[0]
        # "调，认领…": one character before the first comma ends a word, not a sentence.
        return "，" in after.unit.text and _visible_len(first_clause) <= 1
    return False


def _ends_with_byline(items: list[_Item], index: int) -> bool:
    """Whether the body after `index` runs into a byline before the next title or dateline."""
    seen_body = False
    for position in range(index, len(items)):
        item = items[position]
        if item.shape == Shape.FURNITURE:
            continue
        if item.shape == Shape.BODY:
            if DATELINE.match(item.unit.text):
                return False
            seen_body = True
        elif item.shape == Shape.BYLINE:
            return seen_body
        elif item.shape == Shape.TITLE:
            following = _neighbour(items, position, 1)
            if following is None or following.shape in (Shape.TITLE, Shape.BYLINE):
                return False  # a headline group or a signed headline: a new article
        elif item.shape not in (Shape.CAPTION, Shape.CREDIT):
            return False
    return False


def _plain_role(shape: Shape) -> Role:
    return {
        Shape.FURNITURE: Role.FURNITURE,
        Shape.JUMP: Role.JUMP,
        Shape.NOTE_LABEL: Role.NOTE,
        Shape.NOTE: Role.NOTE,
        Shape.BYLINE: Role.BYLINE,
        Shape.CREDIT: Role.CREDIT,
        Shape.CAPTION: Role.CAPTION,
        Shape.BODY: Role.PARAGRAPH,
        Shape.TITLE: Role.HEADLINE,
    }[shape]


def _byline_then_body(items: list[_Item], index: int) -> bool:
    rest = [item for item in items[index:index + 3] if item.shape != Shape.FURNITURE]
    return len(rest) >= 2 and rest[1].shape == Shape.BODY


def _headline_group(texts: list[str], stacked: bool = False) -> list[Role]:
    """Roles of a headline group read top to bottom, with any banner or column title over it.

    `stacked` is the Taiwan and Hong Kong house style: a main title with its subtitle
    under it (主標/副標), where mainland papers set a kicker over the headline (引题/主题).
    """
    k = len(texts)
    if k == 1:
        return [Role.HEADLINE]
    if k >= 4:
        return [Role.SECTION_TITLE] * (k - 3) + _headline_group(texts[k - 3:], stacked)
    if k == 2:
        first, second = texts
        if _is_dash_line(second):
            return [Role.HEADLINE, Role.SUBHEADLINE]
        if not _column_like(first) and (stacked or not _kicker_shaped(first, second)):
            return [Role.HEADLINE, Role.SUBHEADLINE]
        # A column title or a kicker: `_columns_over_plain_headlines` tells them apart.
        return [Role.KICKER, Role.HEADLINE]
    first, second, third = texts
    if _is_dash_line(third):
        lead = Role.SECTION_TITLE if is_column_title(first) else Role.KICKER
        return [lead, Role.HEADLINE, Role.SUBHEADLINE]
    if _is_dash_line(second):
        return [Role.HEADLINE, Role.SUBHEADLINE, Role.SUBHEAD]
    if _column_like(first) or (
        _visible_len(first) > _visible_len(second) + 4 and _visible_len(second) <= 8
    ) or (_visible_len(third) > _visible_len(second) and _visible_len(first) <= 6):
        # The headline is the longest line: the two short lines over it are a column
        # title and a kicker (a subheadline is not set over the headline).
        return [Role.SECTION_TITLE] + _headline_group([second, third], stacked)
    return [Role.KICKER, Role.HEADLINE, Role.SUBHEADLINE]


def _kicker_shaped(first: str, second: str) -> bool:
    """A kicker is a short line over the headline, or a slogan or quotation of any length.

    A long plain line over a line of similar length is the headline itself, with its
    subheadline (without the usual dash) under it.
    """
    length = _visible_len(first)
    if length <= 8 or length < 0.75 * _visible_len(second):
        return True
    return any(mark in first for mark in "“”「」‘’《》 \u3000")


def _is_traditional(sources: list[Source]) -> bool:
    """Whether the edition is set in traditional characters (Hong Kong, Taiwan, Macao)."""
    sample = "".join(source.text[:20000] for source in sources)
    folded = sum(1 for a, b in zip(sample, fold(sample), strict=True) if a != b)
    return folded > 0.05 * max(1, sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff"))


def _columns_over_plain_headlines(items: list[_Item], page_starts: set[int]) -> None:
    """Tell a column title from a kicker: both are short lines over a headline.

    A line named like a column (动态, 评论, 快讯…) titles a column, unless it stands in a
    themed package (a banner with an editor's note) whose articles carry kickers in series:
    there it is one more kicker, until the articles after it stop having kickers (the
    package is over and a column begins). A very short line with no such name titles a
    column only when the articles after it have no kickers.
    """
    groups: list[list[_Item]] = []
    package: list[bool] = []
    in_package = False
    for index, item in enumerate(items):
        if item.role == Role.SECTION_TITLE:
            groups.append([item])
            in_package = False
        elif item.role == Role.NOTE:
            in_package = True
            continue
        elif item.role in (Role.KICKER, Role.HEADLINE) and (
            index == 0 or items[index - 1].role not in (Role.KICKER, Role.HEADLINE)
            or item.role == Role.KICKER or items[index - 1].role == Role.HEADLINE
        ):
            groups.append([item])
        elif item.role in (Role.HEADLINE, Role.SUBHEADLINE) and groups:
            groups[-1].append(item)
            continue
        else:
            continue
        package.append(in_package)
    index_of = {id(item): index for index, item in enumerate(items)}
    for position, group in enumerate(groups):
        lead = group[0]
        if lead.role != Role.KICKER or len(group) < 2:
            continue
        tops_page = _first_on_page(items, index_of[id(lead)], page_starts)
        if not (_column_like(lead.unit.text) or (tops_page and _visible_len(lead.unit.text) <= 6)):
            continue
        before = _neighbour(items, index_of[id(lead)], -1)
        if before is not None and before.role == Role.SECTION_TITLE:
            continue  # a column title already stands over this kicker
        following = []
        for other in groups[position + 1:position + 5]:
            if other[0].role == Role.SECTION_TITLE:
                break
            following.append(other)
        kickers_after = sum(1 for other in following if other[0].role == Role.KICKER)
        plain_after = bool(following) and kickers_after < 0.5 * len(following)
        named = is_column_title(lead.unit.text) or _visible_len(lead.unit.text) <= 2
        if plain_after and (named or tops_page):
            lead.role = Role.SECTION_TITLE
        elif is_column_title(lead.unit.text) and not package[position] and (
            following or _columns_before_on_page(items, index_of[id(lead)], page_starts)
        ):
            # The last story of a page is under a column only on a page set in columns.
            lead.role = Role.SECTION_TITLE


def _columns_before_on_page(items: list[_Item], index: int, page_starts: set[int]) -> bool:
    """Whether a section title stands earlier on the same page."""
    while index > 0 and index not in page_starts:
        index -= 1
        if items[index].role == Role.SECTION_TITLE:
            return True
    return False


def _first_on_page(items: list[_Item], index: int, page_starts: set[int]) -> bool:
    """Whether nothing but page furniture comes before `index` on its page."""
    while index > 0 and index not in page_starts:
        index -= 1
        if items[index].shape != Shape.FURNITURE:
            return False
    return True


def _build(edition: Edition, items: list[_Item], page_starts: set[int]) -> None:
    state = _State(edition)
    previous_role: Role | None = None
    for index, item in enumerate(items):
        if index in page_starts and index:
            _close_page(state)
        role = item.role or Role.PARAGRAPH
        block = Block(edition.new_id(), role, item.unit.text, list(item.unit.spans))
        if role == Role.FURNITURE:
            edition.furniture.append(block)
            continue
        if role == Role.SECTION_TITLE:
            if previous_role != Role.SECTION_TITLE or state.section is None:
                _flush_captions(state)
                state.section = Section(edition.new_id())
                edition.sections.append(state.section)
            state.section.head.append(block)
            state.article, state.article_open, state.in_note = None, False, False
        elif role == Role.NOTE:
            section = _section(state)
            if state.article is not None and not section.head:
                section = _new_section(state)
            section.head.append(block)
            state.article, state.article_open, state.in_note = None, False, True
        elif role in (Role.KICKER, Role.HEADLINE, Role.SUBHEADLINE):
            starts_group = previous_role not in (Role.KICKER, Role.HEADLINE) or (
                role == Role.KICKER
            ) or (role == Role.HEADLINE and previous_role == Role.HEADLINE)
            if starts_group or state.article is None:
                _new_article(state)
            state.article.blocks.append(block)
            state.in_note = False
        elif role == Role.PARAGRAPH and state.in_note and state.article is None:
            _section(state).head.append(Block(block.id, Role.NOTE, block.text, block.spans))
        elif role in (Role.CAPTION, Role.CREDIT):
            if state.article is None:
                state.pending_captions.append(block)
            else:
                state.article.blocks.append(block)
        elif role == Role.JUMP and JUMP_IN.search(block.text) and previous_role not in (
            Role.KICKER, Role.HEADLINE, Role.SUBHEADLINE
        ):
            _new_article(state)
            state.article.blocks.append(block)
        else:
            needs_article = state.article is None or (
                not state.article_open and role in (Role.PARAGRAPH, Role.SUBHEAD, Role.DATELINE)
            ) or (
                role == Role.PARAGRAPH and state.article_has_body and DATELINE.match(block.text)
            )
            if needs_article:
                _new_article(state)
            state.article.blocks.append(block)
            if role in (Role.PARAGRAPH, Role.SUBHEAD):
                state.article_has_body = True
            if role == Role.BYLINE and state.article_has_body:
                state.article_open = False
            if role == Role.JUMP and not JUMP_IN.search(block.text):
                state.article_open = False
        previous_role = role
    _flush_captions(state)


def _section(state: _State) -> Section:
    if state.section is None:
        return _new_section(state)
    return state.section


def _new_section(state: _State) -> Section:
    state.section = Section(state.edition.new_id())
    state.edition.sections.append(state.section)
    state.article = None
    return state.section


def _new_article(state: _State) -> None:
    section = _section(state)
    state.article = Article(state.edition.new_id())
    section.articles.append(state.article)
    state.article_open = True
    state.article_has_body = False
    state.in_note = False
    if state.pending_captions:
        state.article.blocks.extend(state.pending_captions)
        state.pending_captions = []


def _flush_captions(state: _State) -> None:
    if state.pending_captions:
        _new_article(state)


def _close_page(state: _State) -> None:
    """A new page file starts a new untitled section unless it brings its own title."""
    _flush_captions(state)
    state.section = None
    state.article = None
    state.article_open = False
    state.in_note = False



