"""The edition model: sources, sections, articles and blocks, in plain Python.

Every block keeps the spans of the source text it came from, so the window can show
where a block was printed and a repair can be reverted from the block's current spans.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import FrozenInstanceError, dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """What a block is on the printed page."""

    # Hashed as the string it equals, in C: Enum's own __hash__ is a Python call, and
    # roles are looked up in sets and dicts for every block of every pass.
    __hash__ = str.__hash__

    SECTION_TITLE = "section_title"
    NOTE = "note"
    KICKER = "kicker"
    HEADLINE = "headline"
    SUBHEADLINE = "subheadline"
    DATELINE = "dateline"
    BYLINE = "byline"
    PARAGRAPH = "paragraph"
    SUBHEAD = "subhead"
    CAPTION = "caption"
    CREDIT = "credit"
    JUMP = "jump"
    FURNITURE = "furniture"


HEADLINE_GROUP = (Role.KICKER, Role.HEADLINE, Role.SUBHEADLINE)
# Read once: `Role.HEADLINE` is a metaclass look-up, and detectors ask for every headline.
_HEADLINE = Role.HEADLINE
BODY_ROLES = (Role.PARAGRAPH, Role.SUBHEAD)
SECTION_ROLES = (Role.SECTION_TITLE, Role.NOTE)


class Status(StrEnum):
    """Where an article is in the proofreading session."""

    TODO = "todo"
    PROOFREAD = "proofread"
    ATTENTION = "attention"


class _SpanSlots:
    __slots__ = ("source", "start", "end")


# The slots' own setters, called in C: a frozen dataclass sets each field through
# `object.__setattr__` by name, which made a span cost twice a block to build.
_set_source = _SpanSlots.source.__set__  # type: ignore[attr-defined]
_set_start = _SpanSlots.start.__set__  # type: ignore[attr-defined]
_set_end = _SpanSlots.end.__set__  # type: ignore[attr-defined]


class Span(_SpanSlots):
    """A half-open character range [start, end) of one source text.

    Immutable (blocks and their copies share spans), compared and hashed by value, as the
    frozen dataclass it stands for; one is built for every line of every source.
    """

    __slots__ = ()

    def __init__(self, source: int, start: int, end: int) -> None:
        _set_source(self, source)
        _set_start(self, start)
        _set_end(self, end)

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Span:
            return NotImplemented
        return (self.source, self.start, self.end) == (other.source, other.start, other.end)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.source, self.start, self.end))

    def __repr__(self) -> str:
        return f"Span(source={self.source!r}, start={self.start!r}, end={self.end!r})"

    def __reduce__(self) -> tuple:
        return Span, (self.source, self.start, self.end)  # copy and pickle by value


@dataclass(slots=True)
class Source:
    """One input file (or page) exactly as it was read, newlines normalised to LF."""

    name: str
    text: str
    page: str = ""
    encoding: str = "utf-8"


@dataclass(slots=True, eq=False)
class Block:
    """One printed unit: a headline, a paragraph, a caption and so on."""

    id: int
    role: Role
    text: str
    spans: list[Span] = field(default_factory=list)
    edited: bool = False

    def copy(self) -> Block:
        return Block(self.id, self.role, self.text, list(self.spans), self.edited)


@dataclass(slots=True, eq=False)
class Article:
    """One story: its headline group, body, bylines, captions and jump lines, in order."""

    id: int
    blocks: list[Block] = field(default_factory=list)
    status: Status = Status.TODO
    comment: str = ""

    def first(self, role: Role) -> Block | None:
        for block in self.blocks:
            if block.role == role:
                return block
        return None

    def of_role(self, *roles: Role) -> list[Block]:
        return [b for b in self.blocks if b.role in roles]

    @property
    def headline(self) -> str:
        block = self.first(_HEADLINE)
        return block.text if block else ""


@dataclass(slots=True, eq=False)
class Section:
    """A page banner or a column (栏目) with its editor's notes, and the articles under it."""

    id: int
    head: list[Block] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The title lines joined as printed: a space between lines, none before a dash
        line ("——…系列报道" under a banner continues it)."""
        title = ""
        for block in self.head:
            if block.role != Role.SECTION_TITLE:
                continue
            text = block.text.strip()
            title += text if not title or text.startswith(("—", "－", "--")) else f" {text}"
        return title


# Where a block lives: ("article", id), ("section", id) for a section's head, or ("furniture", 0).
Container = tuple[str, int]
FURNITURE: Container = ("furniture", 0)


class Edition:
    """The whole edition: its sources, its sections, and the page furniture of no article.

    The edition keeps indexes from ids to objects and from a block to its container, so
    operations stay cheap however large the edition is.
    """

    def __init__(self, sources: list[Source] | None = None) -> None:
        self.sources: list[Source] = sources or []
        self.sections: list[Section] = []
        self.furniture: list[Block] = []
        self.repairs: list = []  # AppliedRepair records of auto-repair, for review and revert
        self._next_id = 1
        self._blocks: dict[int, Block] = {}
        self._block_home: dict[int, Container] = {}
        self._articles: dict[int, Article] = {}
        self._article_home: dict[int, int] = {}
        self._sections: dict[int, Section] = {}
        # Operations count their changes to articles' blocks, so a repair pass can tell an
        # article no operation touched since the pass before (see `article_version`).
        self._changes = 0
        self._changed_at: dict[int, int] = {}
        # When each article was last put into the edition, the latest last (see `changed_since`).
        self._arrived_at: dict[int, int] = {}

    # ids -----------------------------------------------------------------
    def new_id(self) -> int:
        value = self._next_id
        self._next_id += 1
        return value

    def reserve_ids(self, used: int) -> None:
        """Make sure new ids never collide with ids up to `used` (after loading a project)."""
        self._next_id = max(self._next_id, used + 1)

    # look-ups ------------------------------------------------------------
    def block(self, block_id: int) -> Block:
        return self._blocks[block_id]

    def has_block(self, block_id: int) -> bool:
        return block_id in self._blocks

    def article(self, article_id: int) -> Article:
        return self._articles[article_id]

    def has_article(self, article_id: int) -> bool:
        return article_id in self._articles

    def section(self, section_id: int) -> Section:
        return self._sections[section_id]

    def has_section(self, section_id: int) -> bool:
        return section_id in self._sections

    def home_of_block(self, block_id: int) -> Container:
        return self._block_home[block_id]

    def section_of_article(self, article_id: int) -> Section:
        return self._sections[self._article_home[article_id]]

    def article_of_block(self, block_id: int) -> Article | None:
        kind, owner = self._block_home[block_id]
        return self._articles[owner] if kind == "article" else None

    def article_id_of_block(self, block_id: int) -> int | None:
        """The id of the article holding the block; None if it is in none or is gone."""
        home = self._block_home.get(block_id)
        return home[1] if home is not None and home[0] == "article" else None

    def container(self, home: Container) -> list[Block]:
        kind, owner = home
        if kind == "article":
            return self._articles[owner].blocks
        if kind == "section":
            return self._sections[owner].head
        return self.furniture

    # list.index finds the object itself (blocks, articles and sections compare by
    # identity), in C: a split or a merge asks it of every block it touches.
    def index_of_block(self, block_id: int) -> int:
        try:
            return self.container(self._block_home[block_id]).index(self._blocks[block_id])
        except ValueError:
            raise KeyError(block_id) from None

    def index_of_article(self, article_id: int) -> int:
        try:
            return self.section_of_article(article_id).articles.index(self._articles[article_id])
        except ValueError:
            raise KeyError(article_id) from None

    def index_of_section(self, section_id: int) -> int:
        try:
            return self.sections.index(self._sections[section_id])
        except ValueError:
            raise KeyError(section_id) from None

    # walking -------------------------------------------------------------
    def articles(self) -> Iterator[Article]:
        for section in self.sections:
            yield from section.articles

    def all_blocks(self) -> Iterator[Block]:
        """Every block in reading order: furniture first, then each section's head and articles."""
        yield from self.furniture
        for section in self.sections:
            yield from section.head
            for article in section.articles:
                yield from article.blocks

    def article_count(self) -> int:
        return len(self._articles)

    def article_version(self, article_id: int) -> int:
        """A number that changes whenever an operation changes the article's blocks (which
        they are, their order, roles, texts or spans): the same number, the same blocks. An
        article taken out keeps its number: no operation reaches its blocks until it is back.

        Only operations count: blocks changed by hand (and `rebuild_index`) leave the number
        as it was. Auto-repair reads it within one run, where every change is an operation.
        """
        return self._changed_at.get(article_id, 0)

    def change_count(self) -> int:
        """How many changes operations have made so far: a mark for `changed_since`."""
        return self._changes

    def changed_since(self, mark: int) -> set[int]:
        """Ids of the articles whose blocks an operation changed, or that were put into the
        edition, after `change_count` said `mark` (some may be gone again). Any other article
        in the edition now was in it then, with the same blocks."""
        changed = {i for i, at in self._changed_at.items() if at > mark}
        for article_id in reversed(self._arrived_at):  # the latest first: stop at the mark
            if self._arrived_at[article_id] <= mark:
                break
            changed.add(article_id)
        return changed

    def _changed(self, home: Container) -> None:
        """Note that an operation changed the blocks of `home` (used by operations only)."""
        if home[0] == "article":
            self._changes += 1
            self._changed_at[home[1]] = self._changes

    # index maintenance (used by operations only) ---------------------------
    def _register_block(self, block: Block, home: Container) -> None:
        block_id = block.id
        self._blocks[block_id] = block
        self._block_home[block_id] = home
        if block_id >= self._next_id:  # not max(): a call, for every block an edit moves
            self._next_id = block_id + 1

    def _unregister_block(self, block: Block) -> None:
        self._blocks.pop(block.id, None)
        self._block_home.pop(block.id, None)

    def _register_article(self, article: Article, section_id: int) -> None:
        self._changes += 1
        self._arrived_at.pop(article.id, None)  # keeps the dict in order of arrival
        self._arrived_at[article.id] = self._changes
        self._articles[article.id] = article
        self._article_home[article.id] = section_id
        self._next_id = max(self._next_id, article.id + 1)
        # `_register_block` for each block, inline (a parse registers every block here): the
        # article's blocks share one home, an equal tuple.
        blocks, homes, home, next_id = self._blocks, self._block_home, ("article", article.id), \
            self._next_id
        for block in article.blocks:
            block_id = block.id
            blocks[block_id] = block
            homes[block_id] = home
            if block_id >= next_id:
                next_id = block_id + 1
        self._next_id = next_id

    def _unregister_article(self, article: Article) -> None:
        self._articles.pop(article.id, None)
        self._article_home.pop(article.id, None)
        for block in article.blocks:
            self._unregister_block(block)

    def _register_section(self, section: Section) -> None:
        self._sections[section.id] = section
        self._next_id = max(self._next_id, section.id + 1)
        for block in section.head:
            self._register_block(block, ("section", section.id))
        for article in section.articles:
            self._register_article(article, section.id)

    def _unregister_section(self, section: Section) -> None:
        self._sections.pop(section.id, None)
        for block in section.head:
            self._unregister_block(block)
        for article in section.articles:
            self._unregister_article(article)

    def rebuild_index(self) -> None:
        """Recompute every index from the tree (after building an edition by hand)."""
        self._blocks.clear()
        self._block_home.clear()
        self._articles.clear()
        self._article_home.clear()
        self._sections.clear()
        for block in self.furniture:
            self._register_block(block, FURNITURE)
        for section in self.sections:
            self._register_section(section)

    # a fingerprint for tests and for "did anything change" -----------------
    def snapshot(self) -> tuple:
        """A hashable picture of the whole tree, ids included; equal snapshots, equal editions."""

        def blocks(items: list[Block]) -> tuple:
            return tuple((b.id, b.role.value, b.text, tuple(b.spans), b.edited) for b in items)

        return (
            blocks(self.furniture),
            tuple(
                (
                    s.id,
                    blocks(s.head),
                    tuple((a.id, a.status.value, a.comment, blocks(a.blocks)) for a in s.articles),
                )
                for s in self.sections
            ),
        )


# Layout adds these as well as spaces: the byte-order mark, zero-width spaces and joiners.
_WHITESPACE = re.compile(r"[\s\ufeff\u200b\u200c\u200d\u2060]+")


def visible(text: str) -> str:
    """The text without any whitespace: what 'every character is kept' compares."""
    return _WHITESPACE.sub("", text)


def lost_characters(edition: Edition) -> Counter[str]:
    """Non-whitespace characters of the sources that no block holds (empty when nothing is lost).

    Characters the model holds more often than the sources count too, negated, so a
    duplicated text is caught as well as a dropped one.
    """
    source = Counter(visible("".join(s.text for s in edition.sources)))
    model = Counter(visible("".join(b.text for b in edition.all_blocks())))
    diff = Counter(source)
    diff.subtract(model)
    return Counter({ch: n for ch, n in diff.items() if n != 0})
