"""Undo commands: each one wraps one core operation (or a compound) and its inverse.

Redo applies the forward operation and keeps the inverse it returns; undo applies the
inverse and keeps the new forward, so the stack can replay either way as often as asked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from editor.core.model import Edition
from editor.core.operations import (
    Compound,
    InsertArticles,
    InsertBlocks,
    InsertSections,
    Operation,
    PlaceArticles,
    PlaceBlocks,
    RemoveBlocks,
    SetArticleComment,
    SetArticleStatus,
    SetRole,
    SetText,
)
from editor.core.repair import AppliedRepair

TYPING_ID = 1001

# A cursor place the editor should restore after a redo or undo: (block id, text offset).
Cursor = tuple[int, int]

# An undo step's name: its text, or a function that says it in the window's language, so
# the Edit menu and the undo history name earlier steps again after a language switch.
Label = str | Callable[[], str]


def label_text(label: Label) -> str:
    """The name of an undo step in the window's language now."""
    return label() if callable(label) else label


def touched_articles(edition: Edition, operation: Operation) -> set[int] | None:
    """Ids of the articles whose blocks `operation` changes, or None when it changes structure.

    Structure means anything the tree shows beyond one article's row: articles or sections
    inserted, removed or moved, a section's title, the page furniture.
    """
    if isinstance(operation, Compound):
        found: set[int] = set()
        for part in operation.parts:
            inner = touched_articles(edition, part)
            if inner is None:
                return None
            found |= inner
        return found
    if isinstance(operation, (SetArticleStatus, SetArticleComment)):
        return {operation.article_id}
    homes = _block_homes(edition, operation)
    if homes is None or any(kind != "article" for kind, _owner in homes):
        return None
    return {owner for _kind, owner in homes}


def content_articles(edition: Edition, operation: Operation) -> set[int]:
    """Ids of the articles whose blocks, status or place `operation` changes.

    Articles removed by it are named by its inverse (which inserts them back), so the
    union of this over an operation before it runs and over its inverse after it ran
    names every article whose text, blocks or status differ: the window recounts only
    those after a merge or split of articles, not all 5,000.
    """
    if isinstance(operation, Compound):
        found: set[int] = set()
        for part in operation.parts:
            found |= content_articles(edition, part)
        return found
    if isinstance(operation, InsertArticles):
        return {article.id for article in operation.articles}
    if isinstance(operation, InsertSections):
        return {a.id for section in operation.sections for a in section.articles}
    if isinstance(operation, PlaceArticles):
        return {article_id for article_id, _section, _index in operation.placements}
    if isinstance(operation, PlaceBlocks):
        return {owner for kind, owner in _placement_homes(edition, operation)
                if kind == "article"}
    touched = touched_articles(edition, operation)
    return touched or set()


def head_sections(edition: Edition, operation: Operation) -> set[int]:
    """Ids of the sections whose head blocks (title, notes) `operation` changes.

    Taken, like `content_articles`, over an operation before it runs and over its inverse
    after: the tree relabels those sections only, not every one of ~700 at 5,000 articles.
    Sections inserted or removed whole are new or gone rows, not changed ones.
    """
    if isinstance(operation, Compound):
        found: set[int] = set()
        for part in operation.parts:
            found |= head_sections(edition, part)
        return found
    homes = _block_homes(edition, operation) or set()
    return {owner for kind, owner in homes if kind == "section"}


def _block_homes(edition: Edition, operation: Operation) -> set[tuple[str, int]] | None:
    """The containers whose blocks a one-step block operation changes; None for any other
    operation, or one on a block already gone."""
    if isinstance(operation, (SetRole, SetText)):
        if not edition.has_block(operation.block_id):
            return None
        return {edition.home_of_block(operation.block_id)}
    if isinstance(operation, (InsertBlocks, RemoveBlocks)):
        return {operation.home}
    if isinstance(operation, PlaceBlocks):
        return _placement_homes(edition, operation)
    return None


def _placement_homes(edition: Edition, operation: PlaceBlocks) -> set[tuple[str, int]]:
    """Where the blocks a placement moves go to, and where they are now."""
    homes = {home for _block_id, home, _index in operation.placements}
    homes.update(edition.home_of_block(block_id) for block_id, _home, _index
                 in operation.placements if edition.has_block(block_id))
    return homes


class OperationCommand(QUndoCommand):
    """One undo step around one operation.

    `applied_inverse` marks an operation that has already been applied (auto-repair on
    import): the first redo only records it. Typing commands (`typing_block` set) merge
    with the next typing in the same block, so a word typed is one undo step.
    """

    def __init__(
        self,
        notify: Callable[[set[int] | None, Cursor | None, set[int], set[int]], None],
        edition: Edition,
        operation: Operation,
        label: Label,
        *,
        applied_inverse: Operation | None = None,
        typing_block: int | None = None,
        redo_cursor: Cursor | None = None,
        undo_cursor: Cursor | None = None,
    ) -> None:
        super().__init__(label_text(label))
        self._label = label
        self._notify = notify
        self._edition = edition
        self._forward: Operation | None = operation
        self._inverse: Operation | None = applied_inverse
        self._skip_redo = applied_inverse is not None
        self.typing_block = typing_block
        self.redo_cursor = redo_cursor
        self.undo_cursor = undo_cursor

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        assert self._forward is not None
        before = touched_articles(self._edition, self._forward)
        content = content_articles(self._edition, self._forward)
        heads = head_sections(self._edition, self._forward)
        self._inverse = self._forward.apply(self._edition)
        self._forward = None
        self.on_redo()  # before the views hear of the change: they show its state too
        self._after_change(before, content, heads, self._inverse, self.redo_cursor)

    def undo(self) -> None:
        assert self._inverse is not None
        before = touched_articles(self._edition, self._inverse)
        content = content_articles(self._edition, self._inverse)
        heads = head_sections(self._edition, self._inverse)
        self._forward = self._inverse.apply(self._edition)
        self._inverse = None
        self.on_undo()
        self._after_change(before, content, heads, self._forward, self.undo_cursor)

    def retranslate(self) -> None:
        """Say the step's name again in the window's language (it was switched)."""
        self.setText(label_text(self._label))

    def on_redo(self) -> None:
        """Hook for commands that also change state outside the edition."""

    def on_undo(self) -> None:
        """Hook for commands that also change state outside the edition."""

    def _after_change(
        self, before: set[int] | None, content: set[int], heads: set[int], opposite: Operation,
        cursor: Cursor | None,
    ) -> None:
        after = touched_articles(self._edition, opposite)
        affected = None if before is None or after is None else before | after
        self._notify(affected, cursor, content | content_articles(self._edition, opposite),
                     heads | head_sections(self._edition, opposite))

    def id(self) -> int:
        return TYPING_ID if self.typing_block is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, OperationCommand) or other.typing_block != self.typing_block:
            return False
        # Both are applied: our inverse already restores the text before the first
        # keystroke, and the edition holds the text after the last one, which the next
        # undo turns into the forward operation. Only the cursor to restore moves on.
        self.redo_cursor = other.redo_cursor
        return True


class RepairCommand(OperationCommand):
    """An undo step that also flips the `reverted` mark of auto-repair records, and says
    so through `flipped` (the marks are not part of the edition's change)."""

    def __init__(self, *args, repairs: list[AppliedRepair], reverting: bool,
                 flipped: Callable[[], None], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._repairs = repairs
        self._reverting = reverting
        self._flipped = flipped

    def on_redo(self) -> None:
        self._mark(self._reverting)

    def on_undo(self) -> None:
        self._mark(not self._reverting)

    def _mark(self, reverted: bool) -> None:
        for repair in self._repairs:
            repair.reverted = reverted
        self._flipped()


class IgnoreCommand(QUndoCommand):
    """Hide findings by key (an editor's decision, saved with the project), undoably."""

    def __init__(
        self, ignored: set[str], keys: set[str], label: Label, refresh: Callable[[], None]
    ) -> None:
        super().__init__(label_text(label))
        self._label = label
        self._ignored = ignored
        self._keys = keys - ignored
        self._refresh = refresh

    def retranslate(self) -> None:
        """Say the step's name again in the window's language (it was switched)."""
        self.setText(label_text(self._label))

    def redo(self) -> None:
        self._ignored |= self._keys
        self._refresh()

    def undo(self) -> None:
        self._ignored -= self._keys
        self._refresh()
