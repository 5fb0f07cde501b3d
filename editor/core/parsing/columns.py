"""Column titles against kickers: both are short lines over a headline."""

from __future__ import annotations

from editor.core.parsing.patterns import (
    BOX_LABEL,
    dot_joined,
    is_column_title_folded,
)
from editor.core.parsing.roles import Roles, column_like, signed_piece
from editor.core.parsing.shapes import Item, Shapes, neighbour, visible_len


def columns_over_plain_headlines(items: list[Item], page_starts: set[int]) -> None:
    """Tell a column title from a kicker: both are short lines over a headline.

    A line named like a column (动态, 评论, 快讯…) titles a column, unless it stands in a
    themed package (a banner with an editor's note) whose articles carry kickers in series:
    there it is one more kicker, until the articles after it stop having kickers (the
    package is over and a column begins). A very short line with no such name titles a
    column only when the articles after it have no kickers.
    """
    groups: list[list[Item]] = []
    package: list[bool] = []
    starts: list[int] = []  # where each group's lead stands in `items`
    in_package = False
    # The roles the loops test, read once (the first runs for every unit).
    section_title, note, kicker, headline = Roles.SECTION_TITLE, Roles.NOTE, Roles.KICKER, \
        Roles.HEADLINE
    heads = (kicker, headline)  # what opens a headline group
    under = (headline, Roles.SUBHEADLINE)  # what goes on in one
    for index, item in enumerate(items):
        role = item.role
        if role not in _HEAD_ROLES:
            continue  # body, bylines, captions…: none of the tests below takes them
        if role is section_title:
            groups.append([item])
            in_package = False
        elif role is note:
            in_package = True
            continue
        elif role in heads and (
            index == 0 or items[index - 1].role not in heads
            or role is kicker or items[index - 1].role is headline
        ):
            groups.append([item])
        elif role in under and groups:
            groups[-1].append(item)
            continue
        else:
            continue
        package.append(in_package)
        starts.append(index)
    for position, group in enumerate(groups):
        lead = group[0]
        if lead.role is not kicker or len(group) < 2:
            continue
        tops_page = _first_on_page(items, starts[position], page_starts)
        if not (column_like(lead.folded) or dot_joined(lead.folded) or
                (tops_page and visible_len(lead.text) <= 6)):
            continue
        before = neighbour(items, starts[position], -1)
        if before is not None and before.role is Roles.SECTION_TITLE:
            continue  # a column title already stands over this kicker
        if before is not None and before.role in (Roles.CAPTION, Roles.CREDIT) and \
                lead.first in BOX_LABEL.lead and BOX_LABEL.pattern.match(lead.folded) and \
                signed_piece(items, starts[position] + len(group)):
            continue  # a box after a story's picture, signed: one piece ("记者观察", "短评")
        following = []
        for other in groups[position + 1:position + 5]:
            if other[0].role is Roles.SECTION_TITLE or is_column_title_folded(other[0].folded):
                break  # the next column begins
            following.append(other)
        kickers_after = sum(1 for other in following if other[0].role is Roles.KICKER)
        plain_after = bool(following) and kickers_after < 0.5 * len(following)
        # A dot-joined name is a column's where the page titles its columns (one so far).
        named = is_column_title_folded(lead.folded) or visible_len(lead.text) <= 2 or (
            dot_joined(lead.folded) and any(g[0].role is section_title for g in groups))
        if plain_after and (named or tops_page):
            lead.role = Roles.SECTION_TITLE
        elif tops_page and following and not package[position] and \
                visible_len(lead.text) <= 6 and (
                    len(following) < 2 or kickers_after < len(following)):
            # A short line over the whole page, above several stories, names the page's
            # column; a kicker belongs to one story. When the stories after it all carry
            # kickers too (a page of place-name kickers), it is the first of that series.
            lead.role = Roles.SECTION_TITLE
        elif tops_page and not following and position + 1 < len(groups) and (
            groups[position + 1][0].role is Roles.SECTION_TITLE
            or is_column_title_folded(groups[position + 1][0].folded)
        ):
            # The top of a page set in columns, whose next column starts after this story.
            lead.role = Roles.SECTION_TITLE
        elif is_column_title_folded(lead.folded) and not (
            package[position] and _kickers_before(groups, position)
        ) and (
            following or _columns_before_on_page(items, starts[position], page_starts)
        ):
            # The last story of a page is under a column only on a page set in columns.
            lead.role = Roles.SECTION_TITLE


# The roles the grouping loop of `columns_over_plain_headlines` reads; it skips the rest.
_HEAD_ROLES = frozenset(
    {Roles.SECTION_TITLE, Roles.NOTE, Roles.KICKER, Roles.HEADLINE, Roles.SUBHEADLINE}
)


def _kickers_before(groups: list[list[Item]], position: int) -> bool:
    """Whether the articles since the last section title carry kickers (a kicker series)."""
    for other in reversed(groups[:position]):
        if other[0].role is Roles.SECTION_TITLE:
            return False
        if other[0].role is Roles.KICKER:
            return True
    return False


def _columns_before_on_page(items: list[Item], index: int, page_starts: set[int]) -> bool:
    """Whether a section title stands earlier on the same page."""
    while index > 0 and index not in page_starts:
        index -= 1
        if items[index].role is Roles.SECTION_TITLE:
            return True
    return False

def _first_on_page(items: list[Item], index: int, page_starts: set[int]) -> bool:
    """Whether nothing but page furniture comes before `index` on its page."""
    while index > 0 and index not in page_starts:
        index -= 1
        if items[index].shape is not Shapes.FURNITURE:
            return False
    return True
