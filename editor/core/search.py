"""Find and replace over an edition's blocks: plain text or regular expression, no Qt.

Searching returns matches (block id and character range); replacing returns one
operation for the whole batch, so "replace all" is a single undo step. A bad pattern
or replacement comes back as a `SearchError` value the window can show, never raised.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from editor.core import edits
from editor.core.model import Block, Edition
from editor.core.operations import Compound, Operation


@dataclass(frozen=True)
class Query:
    """What to look for: the pattern and how to read it."""

    pattern: str
    regex: bool = False
    case_sensitive: bool = False


@dataclass(frozen=True)
class Match:
    """One occurrence: block `block_id`, characters [start, end) of its text."""

    block_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SearchError:
    """Why a search or replacement cannot run.

    `code` is one of "empty" (no pattern), "bad_pattern" (the regular expression does not
    compile) or "bad_replacement" (the replacement names a group that does not exist);
    `detail` is Python's message and `position` the offending column, when known.
    """

    code: str
    detail: str = ""
    position: int | None = None


@dataclass(frozen=True)
class Replaced:
    """The outcome of a replace-all: one operation (None when nothing changes) and a count."""

    operation: Operation | None
    count: int


def compile_query(query: Query) -> re.Pattern[str] | SearchError:
    """The compiled pattern of a query, or a SearchError that says why it has none."""
    if not query.pattern:
        return SearchError("empty")
    source = query.pattern if query.regex else re.escape(query.pattern)
    flags = 0 if query.case_sensitive else re.IGNORECASE
    try:
        return re.compile(source, flags)
    except re.error as error:
        return SearchError("bad_pattern", error.msg, error.pos)


def scope_blocks(edition: Edition, article_id: int | None = None) -> list[Block]:
    """The blocks a search covers, in reading order: one article's or the whole edition's."""
    if article_id is not None:
        if not edition.has_article(article_id):
            return []
        return list(edition.article(article_id).blocks)
    return list(edition.all_blocks())


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    # Empty matches (a bare "^" or "x*") are skipped: they would stall "find next" and
    # replace nothing an editor can see.
    return (m for m in pattern.finditer(text) if m.end() > m.start())


def find_all(
    edition: Edition, query: Query, article_id: int | None = None
) -> list[Match] | SearchError:
    """Every non-empty match of the query in the scope, in reading order."""
    pattern = compile_query(query)
    if isinstance(pattern, SearchError):
        return pattern
    return [
        Match(block.id, m.start(), m.end(), m.group(0))
        for block in scope_blocks(edition, article_id)
        for m in _matches(pattern, block.text)
    ]


def next_match(
    edition: Edition,
    matches: list[Match],
    block_id: int | None,
    offset: int,
    backward: bool = False,
) -> Match | None:
    """The match after (or before) position `offset` of block `block_id`, wrapping around.

    `block_id` None starts from the top (or the bottom, going backward). A match that
    starts exactly at the position counts as "after" it, so the caller passes the end of
    the current selection to move on.
    """
    if not matches:
        return None
    order = {block.id: i for i, block in enumerate(edition.all_blocks())}
    if block_id is None or block_id not in order:
        return matches[-1] if backward else matches[0]
    here = (order[block_id], offset)
    if backward:
        before = [m for m in matches if (order.get(m.block_id, -1), m.end) <= here]
        return before[-1] if before else matches[-1]
    after = [m for m in matches if (order.get(m.block_id, -1), m.start) >= here]
    return after[0] if after else matches[0]


def _replacement_for(query: Query, replacement: str) -> Callable[[re.Match[str]], str]:
    """A function from a match to its replacement: the text itself, or a regex template.

    A template naming a group that does not exist raises `re.error` when first expanded;
    callers turn that into a SearchError.
    """
    if not query.regex:
        return lambda _m: replacement
    return lambda m: m.expand(replacement)


def _substitute(
    pattern: re.Pattern[str],
    text: str,
    expand: Callable[[re.Match[str]], str],
    only: tuple[int, int] | None,
) -> tuple[str, int]:
    """The text with matches replaced (only the one at `only`, if given) and the count."""
    pieces: list[str] = []
    last = 0
    count = 0
    for m in _matches(pattern, text):
        if only is not None and (m.start(), m.end()) != only:
            continue
        pieces.append(text[last : m.start()])
        pieces.append(expand(m))
        last = m.end()
        count += 1
    pieces.append(text[last:])
    return "".join(pieces), count


def replace_all(
    edition: Edition, query: Query, replacement: str, article_id: int | None = None
) -> Replaced | SearchError:
    """Replace every match in the scope; the result is one operation and the count."""
    pattern = compile_query(query)
    if isinstance(pattern, SearchError):
        return pattern
    expand = _replacement_for(query, replacement)
    parts: list[Operation] = []
    count = 0
    try:
        for block in scope_blocks(edition, article_id):
            text, n = _substitute(pattern, block.text, expand, None)
            count += n
            operation = edits.edit_text(edition, block.id, text)
            if operation:
                parts.append(operation)
    except (re.error, IndexError) as error:
        return SearchError("bad_replacement", str(error))
    return Replaced(Compound(parts, "replace all") if parts else None, count)


def replace_match(
    edition: Edition, query: Query, replacement: str, match: Match
) -> Operation | None | SearchError:
    """Replace one match, if it is still where it was found (None when it is not)."""
    pattern = compile_query(query)
    if isinstance(pattern, SearchError):
        return pattern
    expand = _replacement_for(query, replacement)
    if not edition.has_block(match.block_id):
        return None
    block = edition.block(match.block_id)
    if block.text[match.start : match.end] != match.text:
        return None
    try:
        text, n = _substitute(pattern, block.text, expand, (match.start, match.end))
    except (re.error, IndexError) as error:
        return SearchError("bad_replacement", str(error))
    if not n:
        return None
    return edits.edit_text(edition, block.id, text)
