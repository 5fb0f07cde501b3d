"""Reversible edits of the model.

A handful of primitive operations change the tree; applying one returns its inverse.
Everything an editor, auto-repair or the command line does is a primitive or a `Compound`
of them, built by the functions in `editor.core.edits`. Applying an operation and then its
inverse gives back the same edition, ids included, so an undo stack can replay them freely.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.core.model import (
    Article,
    Block,
    Container,
    Edition,
    Role,
    Section,
    Span,
    Status,
)


class OperationError(ValueError):
    """An operation does not fit the edition it is applied to (a stale id, a bad index)."""


class Operation:
    """Base of every edit. `apply` changes the edition and returns the inverse operation."""

    label = "edit"

    def apply(self, edition: Edition) -> Operation:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass
class SetRole(Operation):
    block_id: int
    role: Role
    label = "set role"

    def apply(self, edition: Edition) -> Operation:
        block = _block(edition, self.block_id)
        edition._changed(edition._block_home[self.block_id])
        old = block.role
        role = self.role
        # Role(role) is a slow metaclass call; most callers already pass a Role.
        block.role = role if type(role) is Role else Role(role)
        return SetRole(self.block_id, old)


@dataclass
class SetText(Operation):
    """Replace a block's text (and, for structural edits, its spans and edited flag)."""

    block_id: int
    text: str
    spans: list[Span] | None = None
    edited: bool | None = True
    label = "edit text"

    def apply(self, edition: Edition) -> Operation:
        block = _block(edition, self.block_id)
        edition._changed(edition._block_home[self.block_id])
        inverse = SetText(self.block_id, block.text, list(block.spans), block.edited)
        block.text = self.text
        if self.spans is not None:
            block.spans = list(self.spans)
        if self.edited is not None:
            block.edited = self.edited
        return inverse


@dataclass
class InsertBlocks(Operation):
    home: Container
    index: int
    blocks: list[Block]
    label = "insert blocks"

    def apply(self, edition: Edition) -> Operation:
        target = _container(edition, self.home)
        if not 0 <= self.index <= len(target):
            raise OperationError(f"block index {self.index} out of range")
        for block in self.blocks:
            if block.id in edition._blocks:
                raise OperationError(f"block {block.id} is already in the edition")
        target[self.index : self.index] = self.blocks
        edition._changed(self.home)
        for block in self.blocks:
            edition._register_block(block, self.home)
        return RemoveBlocks(self.home, self.index, len(self.blocks))


@dataclass
class RemoveBlocks(Operation):
    home: Container
    index: int
    count: int
    label = "remove blocks"

    def apply(self, edition: Edition) -> Operation:
        target = _container(edition, self.home)
        if self.count < 0 or not 0 <= self.index <= len(target) - self.count:
            raise OperationError("block range out of range")
        removed = target[self.index : self.index + self.count]
        del target[self.index : self.index + self.count]
        edition._changed(self.home)
        for block in removed:
            edition._unregister_block(block)
        return InsertBlocks(self.home, self.index, removed)


@dataclass
class InsertArticles(Operation):
    section_id: int
    index: int
    articles: list[Article]
    label = "insert articles"

    def apply(self, edition: Edition) -> Operation:
        section = _section(edition, self.section_id)
        if not 0 <= self.index <= len(section.articles):
            raise OperationError(f"article index {self.index} out of range")
        for article in self.articles:
            if edition.has_article(article.id):
                raise OperationError(f"article {article.id} is already in the edition")
        section.articles[self.index : self.index] = self.articles
        for article in self.articles:
            edition._register_article(article, section.id)
        return RemoveArticles(self.section_id, self.index, len(self.articles))


@dataclass
class RemoveArticles(Operation):
    section_id: int
    index: int
    count: int
    label = "remove articles"

    def apply(self, edition: Edition) -> Operation:
        section = _section(edition, self.section_id)
        if self.count < 0 or not 0 <= self.index <= len(section.articles) - self.count:
            raise OperationError("article range out of range")
        removed = section.articles[self.index : self.index + self.count]
        del section.articles[self.index : self.index + self.count]
        for article in removed:
            edition._unregister_article(article)
        return InsertArticles(self.section_id, self.index, removed)


@dataclass
class InsertSections(Operation):
    index: int
    sections: list[Section]
    label = "insert sections"

    def apply(self, edition: Edition) -> Operation:
        if not 0 <= self.index <= len(edition.sections):
            raise OperationError(f"section index {self.index} out of range")
        for section in self.sections:
            if edition.has_section(section.id):
                raise OperationError(f"section {section.id} is already in the edition")
        edition.sections[self.index : self.index] = self.sections
        for section in self.sections:
            edition._register_section(section)
        return RemoveSections(self.index, len(self.sections))


@dataclass
class RemoveSections(Operation):
    index: int
    count: int
    label = "remove sections"

    def apply(self, edition: Edition) -> Operation:
        if self.count < 0 or not 0 <= self.index <= len(edition.sections) - self.count:
            raise OperationError("section range out of range")
        removed = edition.sections[self.index : self.index + self.count]
        del edition.sections[self.index : self.index + self.count]
        for section in removed:
            edition._unregister_section(section)
        return InsertSections(self.index, removed)


@dataclass
class SetArticleStatus(Operation):
    article_id: int
    status: Status
    label = "set status"

    def apply(self, edition: Edition) -> Operation:
        article = _article(edition, self.article_id)
        old = article.status
        article.status = Status(self.status)
        return SetArticleStatus(self.article_id, old)


@dataclass
class SetArticleComment(Operation):
    article_id: int
    comment: str
    label = "set comment"

    def apply(self, edition: Edition) -> Operation:
        article = _article(edition, self.article_id)
        old = article.comment
        article.comment = self.comment
        return SetArticleComment(self.article_id, old)


@dataclass
class Compound(Operation):
    """Several operations as one step; the inverse undoes them in reverse order.

    If one part fails, the parts already applied are undone before the error is raised,
    so a failed compound leaves the edition as it was.
    """

    parts: list[Operation] = field(default_factory=list)
    label: str = "edit"

    def apply(self, edition: Edition) -> Operation:
        inverses: list[Operation] = []
        try:
            for part in self.parts:
                inverses.append(part.apply(edition))
        except Exception:
            for inverse in reversed(inverses):
                inverse.apply(edition)
            raise
        inverses.reverse()
        return Compound(inverses, self.label)

    def __bool__(self) -> bool:
        return bool(self.parts)


# The look-ups below read the edition's indexes directly (one dict look-up, not a
# has_… call then a getter): every primitive makes several, auto-repair thousands.

def _block(edition: Edition, block_id: int) -> Block:
    block = edition._blocks.get(block_id)
    if block is None:
        raise OperationError(f"no block {block_id}")
    return block


def _article(edition: Edition, article_id: int) -> Article:
    article = edition._articles.get(article_id)
    if article is None:
        raise OperationError(f"no article {article_id}")
    return article


def _section(edition: Edition, section_id: int) -> Section:
    section = edition._sections.get(section_id)
    if section is None:
        raise OperationError(f"no section {section_id}")
    return section


def _container(edition: Edition, home: Container) -> list[Block]:
    kind, owner = home
    if kind == "article":
        return _article(edition, owner).blocks
    if kind == "section":
        return _section(edition, owner).head
    if kind == "furniture":
        return edition.furniture
    raise OperationError(f"no container {home!r}")


@dataclass
class PlaceBlocks(Operation):
    """Take the listed blocks out of wherever they are, then put each at its (home, index).

    Indexes count after every listed block has been taken out; blocks are put back in
    ascending index order, so the inverse (the old places) restores the exact order.
    """

    placements: list[tuple[int, Container, int]]
    label = "move blocks"

    def apply(self, edition: Edition) -> Operation:
        if len({p[0] for p in self.placements}) != len(self.placements):
            raise OperationError("a block is placed twice")
        blocks = {block_id: _block(edition, block_id) for block_id, _h, _i in self.placements}
        old = [
            (block_id, edition.home_of_block(block_id), edition.index_of_block(block_id))
            for block_id in blocks
        ]
        _take_out(edition, blocks.values())
        try:
            _put_in(edition, blocks, self.placements)
        except Exception:
            _take_out(edition, [b for b in blocks.values() if edition.has_block(b.id)])
            _put_in(edition, blocks, old)
            raise
        return PlaceBlocks(old)


def _take_out(edition: Edition, blocks) -> None:
    for block in list(blocks):
        home = edition.home_of_block(block.id)
        _container(edition, home).remove(block)
        edition._changed(home)
        edition._unregister_block(block)


def _put_in(edition: Edition, blocks: dict[int, Block], placements) -> None:
    for block_id, home, index in sorted(placements, key=lambda p: p[2]):
        target = _container(edition, home)
        if not 0 <= index <= len(target):
            raise OperationError(f"block index {index} out of range")
        target.insert(index, blocks[block_id])
        edition._changed(home)
        edition._register_block(blocks[block_id], home)


@dataclass
class PlaceArticles(Operation):
    """Articles' counterpart of `PlaceBlocks`: (article id, section id, index) placements."""

    placements: list[tuple[int, int, int]]
    label = "move articles"

    def apply(self, edition: Edition) -> Operation:
        articles = {a: _article(edition, a) for a, _s, _i in self.placements}
        old = [
            (a, edition.section_of_article(a).id, edition.index_of_article(a)) for a in articles
        ]
        sizes = {s.id: len(s.articles) for s in edition.sections}
        for _a, section_id, _i in old:
            sizes[section_id] -= 1
        for _a, section_id, index in sorted(self.placements, key=lambda p: p[2]):
            _section(edition, section_id)
            if not 0 <= index <= sizes[section_id]:
                raise OperationError(f"article index {index} out of range")
            sizes[section_id] += 1
        for article in articles.values():
            edition.section_of_article(article.id).articles.remove(article)
            edition._unregister_article(article)
        for article_id, section_id, index in sorted(self.placements, key=lambda p: p[2]):
            edition.section(section_id).articles.insert(index, articles[article_id])
            edition._register_article(articles[article_id], section_id)
        return PlaceArticles(old)
