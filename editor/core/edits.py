"""Builders of the edits an editor (or a repair) makes, as reversible operations.

Each function looks at the edition as it is now and returns an `Operation` ready to
apply, or None when the edit would change nothing, so callers never push empty steps.
"""

from __future__ import annotations

from collections.abc import Sequence

from editor.core.model import (
    FURNITURE,
    Article,
    Block,
    Container,
    Edition,
    Role,
    Section,
    Span,
    Status,
)
from editor.core.operations import (
    Compound,
    InsertArticles,
    InsertBlocks,
    InsertSections,
    Operation,
    OperationError,
    PlaceArticles,
    PlaceBlocks,
    RemoveArticles,
    RemoveBlocks,
    RemoveSections,
    SetArticleComment,
    SetArticleStatus,
    SetRole,
    SetText,
)

# --- spans ------------------------------------------------------------------


def source_position(edition: Edition, block: Block, offset: int) -> tuple[int, int] | None:
    """The (span index, source position) where text offset `offset` of `block` was printed.

    Walks the block's text against its source spans, skipping whitespace on either side
    (layout adds and drops it). Returns None when the text no longer matches its source
    (an edited block) so callers can fall back to a proportional cut.
    """
    i = 0
    text = block.text
    for k, span in enumerate(block.spans):
        source = edition.sources[span.source].text
        j = span.start
        # Where the text still reads exactly as printed up to the cut, jump there: the walk
        # below would only step over equal characters (a dateline or a byline cut off a
        # paragraph is most of auto-repair's splits, and its text is as printed).
        run = min(min(offset, len(text)) - i, span.end - j)
        if run > 0 and text[i:i + run] == source[j:j + run]:
            i += run
            j += run
        while j < span.end:
            if i >= offset and not text[i:i + 1].isspace():
                return k, j
            if i < len(text) and text[i] == source[j]:
                i += 1
                j += 1
            elif source[j].isspace():
                j += 1
            elif i < len(text) and text[i].isspace():
                i += 1
            else:
                return None
        while i < len(text) and i < offset and text[i].isspace():
            i += 1
    return (len(block.spans) - 1, block.spans[-1].end) if block.spans and i >= offset else None


def visible_length(edition: Edition, spans: Sequence[Span]) -> int:
    """How many non-whitespace source characters the spans cover."""
    return sum(
        sum(1 for ch in edition.sources[s.source].text[s.start:s.end] if not ch.isspace())
        for s in spans
    )


def split_spans(edition: Edition, block: Block, offset: int) -> tuple[list[Span], list[Span]]:
    """Cut a block's spans where its text is cut at `offset`."""
    if not block.spans:
        return [], []
    found = source_position(edition, block, offset)
    if found is None:
        total = sum(s.end - s.start for s in block.spans)
        want = round(total * offset / max(1, len(block.text)))
        k, pos, seen = len(block.spans) - 1, block.spans[-1].end, 0
        for index, span in enumerate(block.spans):
            if seen + (span.end - span.start) >= want:
                k, pos = index, span.start + (want - seen)
                break
            seen += span.end - span.start
    else:
        k, pos = found
    span = block.spans[k]
    left = block.spans[:k] + ([Span(span.source, span.start, pos)] if pos > span.start else [])
    right = ([Span(span.source, pos, span.end)] if pos < span.end else []) + block.spans[k + 1:]
    return left, right


def join_text(left: str, right: str) -> str:
    """Join two pieces of one cut paragraph: no space in CJK text, one between Latin words."""
    left, right = left.rstrip(), right.lstrip()
    if left and right and left[-1].isascii() and left[-1].isalpha() and right[0].isascii() \
            and right[0].isalpha() and _latin_run(left[-40:]):
        return f"{left} {right}"
    return left + right


def _latin_run(tail: str) -> bool:
    """Whether text ends in a run of Latin words ("“Good morning! How"), not a Latin word
    inside Chinese text ("…星光Live", whose rest "house" is the same word)."""
    return len(tail) >= 8 and sum(c.isascii() for c in tail) >= 0.75 * len(tail)


# --- blocks -------------------------------------------------------------------


def set_role(edition: Edition, block_id: int, role: Role) -> Operation | None:
    if edition.block(block_id).role == role:
        return None
    return SetRole(block_id, role)


def edit_text(edition: Edition, block_id: int, text: str) -> Operation | None:
    if edition.block(block_id).text == text:
        return None
    return SetText(block_id, text)


def split_block(
    edition: Edition, block_id: int, offset: int, role: Role | None = None
) -> Operation | None:
    """Cut a block in two at a text offset; the second part takes `role` (default: the same)."""
    block = edition.block(block_id)
    if not 0 <= offset <= len(block.text):
        raise OperationError(f"offset {offset} outside the block")
    left_spans, right_spans = split_spans(edition, block, offset)
    left_text, right_text = block.text[:offset].rstrip(), block.text[offset:].lstrip()
    new = Block(edition.new_id(), role or block.role, right_text, right_spans, block.edited)
    home = edition.home_of_block(block_id)
    index = edition.index_of_block(block_id)
    return Compound(
        [
            SetText(block_id, left_text, left_spans, block.edited),
            InsertBlocks(home, index + 1, [new]),
        ],
        "split",
    )


def merge_blocks(edition: Edition, first_id: int, second_id: int,
                 separator: str | None = None) -> Operation | None:
    """Join the second block's text onto the first and drop the second (wherever it is);
    with `separator`, exactly that goes between the two texts (what the source printed)."""
    if first_id == second_id:
        return None
    first, second = edition.block(first_id), edition.block(second_id)
    text = join_text(first.text, second.text) if separator is None else \
        first.text + separator + second.text
    return Compound(
        [
            SetText(first_id, text, first.spans + second.spans, first.edited or second.edited),
            RemoveBlocks(edition.home_of_block(second_id), edition.index_of_block(second_id), 1),
        ],
        "merge",
    )


def move_blocks(
    edition: Edition, block_ids: Sequence[int], home: Container, index: int
) -> Operation | None:
    """Move blocks, in the given order, to `index` of `home` (index counted without them)."""
    if not block_ids:
        return None
    remaining = [b for b in edition.container(home) if b.id not in set(block_ids)]
    before = edition.container(home)[:index]
    index = sum(1 for b in before if b.id not in set(block_ids))
    if index > len(remaining):
        raise OperationError("target index out of range")
    placements = [(block_id, home, index + k) for k, block_id in enumerate(block_ids)]
    current = [(b, edition.home_of_block(b), edition.index_of_block(b)) for b in block_ids]
    if _same_places(edition, placements, current):
        return None
    return PlaceBlocks(placements)


def move_blocks_to(
    edition: Edition, block_ids: Sequence[int], home: Container, index: int
) -> Operation | None:
    """Like `move_blocks`, but `index` is already counted without the moved blocks."""
    if not block_ids:
        return None
    placements = [(block_id, home, index + k) for k, block_id in enumerate(block_ids)]
    return PlaceBlocks(placements)


def _same_places(edition: Edition, placements, current) -> bool:
    homes = {h for _b, h, _i in placements} | {h for _b, h, _i in current}
    if len(homes) != 1:
        return False
    order_now = [b.id for b in edition.container(next(iter(homes)))]
    moved = {b for b, _h, _i in placements}
    rest = [b for b in order_now if b not in moved]
    for block_id, _home, index in sorted(placements, key=lambda p: p[2]):
        rest.insert(index, block_id)
    return rest == order_now


def delete_blocks(edition: Edition, block_ids: Sequence[int]) -> Operation | None:
    """Delete blocks on purpose (an editor's choice; undo brings them back)."""
    block_ids = list(dict.fromkeys(block_ids))
    if not block_ids:
        return None
    located = sorted(
        ((edition.home_of_block(b), edition.index_of_block(b)) for b in block_ids),
        key=lambda p: (p[0], -p[1]),
    )
    return Compound([RemoveBlocks(home, index, 1) for home, index in located], "delete")


def insert_block(
    edition: Edition, home: Container, index: int, role: Role, text: str
) -> Operation:
    """A new block the editor typed (it has no source span)."""
    return InsertBlocks(home, index, [Block(edition.new_id(), role, text, [], True)])


# --- articles -----------------------------------------------------------------


def new_article(
    edition: Edition, section_id: int, index: int, headline: str = ""
) -> Operation:
    blocks = [Block(edition.new_id(), Role.HEADLINE, headline, [], True)] if headline else []
    return InsertArticles(section_id, index, [Article(edition.new_id(), blocks)])


def delete_article(edition: Edition, article_id: int) -> Operation:
    section = edition.section_of_article(article_id)
    return RemoveArticles(section.id, edition.index_of_article(article_id), 1)


def merge_articles(edition: Edition, first_id: int, second_id: int) -> Operation | None:
    """Append the second article's blocks to the first and remove the (now empty) second."""
    if first_id == second_id:
        return None
    first, second = edition.article(first_id), edition.article(second_id)
    parts: list[Operation] = []
    if second.blocks:
        parts.append(
            move_blocks_to(edition, [b.id for b in second.blocks], ("article", first_id),
                           len(first.blocks))
        )
    section = edition.section_of_article(second_id)
    parts.append(RemoveArticles(section.id, edition.index_of_article(second_id), 1))
    return Compound(parts, "merge articles")


def split_article(edition: Edition, article_id: int, block_id: int) -> Operation | None:
    """Start a new article at `block_id`; it and the blocks after it move into the new one."""
    article = edition.article(article_id)
    index = edition.index_of_block(block_id)
    if edition.home_of_block(block_id) != ("article", article_id) or index == 0:
        return None
    moved = [b.id for b in article.blocks[index:]]
    section = edition.section_of_article(article_id)
    new = Article(edition.new_id())
    return Compound(
        [
            InsertArticles(section.id, edition.index_of_article(article_id) + 1, [new]),
            move_blocks_to(edition, moved, ("article", new.id), 0),
        ],
        "split article",
    )


def move_article(
    edition: Edition, article_id: int, section_id: int, index: int
) -> Operation | None:
    """Move an article to `index` of a section (index counted without the moved article)."""
    here = edition.section_of_article(article_id).id
    if here == section_id and edition.index_of_article(article_id) == index:
        return None
    return PlaceArticles([(article_id, section_id, index)])


def set_status(edition: Edition, article_id: int, status: Status) -> Operation | None:
    if edition.article(article_id).status == status:
        return None
    return SetArticleStatus(article_id, status)


def set_comment(edition: Edition, article_id: int, comment: str) -> Operation | None:
    if edition.article(article_id).comment == comment:
        return None
    return SetArticleComment(article_id, comment)


# --- sections -----------------------------------------------------------------


def new_section(edition: Edition, index: int, title: str = "") -> Operation:
    head = [Block(edition.new_id(), Role.SECTION_TITLE, title, [], True)] if title else []
    return InsertSections(index, [Section(edition.new_id(), head)])


def delete_section(edition: Edition, section_id: int) -> Operation:
    return RemoveSections(edition.index_of_section(section_id), 1)


def rename_section(edition: Edition, section_id: int, title: str) -> Operation | None:
    section = edition.section(section_id)
    block = next((b for b in section.head if b.role == Role.SECTION_TITLE), None)
    if block is None:
        if not title:
            return None
        return insert_block(edition, ("section", section_id), 0, Role.SECTION_TITLE, title)
    return edit_text(edition, block.id, title)


def to_furniture(edition: Edition, block_ids: Sequence[int]) -> Operation | None:
    """Move page furniture out of an article to the edition's furniture list."""
    parts: list[Operation] = []
    for block_id in block_ids:
        if edition.block(block_id).role != Role.FURNITURE:
            parts.append(SetRole(block_id, Role.FURNITURE))
    placed = move_blocks_to(edition, list(block_ids), FURNITURE, len(edition.furniture))
    if placed:
        parts.append(placed)
    return Compound(parts, "page furniture") if parts else None



def sequence(edition: Edition, steps, label: str = "edit") -> Operation | None:
    """Build several edits where each is built against the state the previous ones leave.

    The edition is changed while building and restored before returning, so the result
    is an operation like any other: apply it to get all the steps as one.
    """
    built: list[Operation] = []
    inverses: list[Operation] = []
    try:
        for step in steps:
            operation = step(edition)
            if operation:
                inverses.append(operation.apply(edition))
                built.append(operation)
    finally:
        for inverse in reversed(inverses):
            inverse.apply(edition)
    return Compound(built, label) if built else None
