"""Structure edits in the article editor: split, join, delete across paragraphs, paste
paragraphs, move them, set their role. Each is one operation pushed to the controller.

A mixin of ArticleEditor (it reads the widget's cursor and selection); the step builders
below it are plain functions over the edition.
"""

from __future__ import annotations

from collections.abc import Callable

from editor.core import edits
from editor.core.model import Block, Edition, Role
from editor.core.operations import Compound, InsertBlocks, Operation
from editor.ui.commands import Label
from editor.ui.role_styles import role_label


def new_block_ids(operation: Operation) -> list[int]:
    """Ids of the blocks an operation inserts, in the order it inserts them."""
    if isinstance(operation, Compound):
        return [b for part in operation.parts for b in new_block_ids(part)]
    if isinstance(operation, InsertBlocks):
        return [b.id for b in operation.blocks]
    return []


class BlockEdits:
    """Enter, Backspace/Delete at a boundary, paste, move and style (mixed into ArticleEditor)."""

    def split_at_cursor(self) -> bool:
        """Enter: cut the block at the cursor (after deleting any selection)."""
        edition = self._controller.edition
        steps, (block_id, offset) = self._selection_steps()
        if edition is None or block_id <= 0:
            return False
        block = edition.block(block_id)
        role = None
        if offset >= len(block.text) and block.role != Role.PARAGRAPH and not steps:
            role = Role.PARAGRAPH  # after a headline or byline the next block is body text
        steps.append(lambda ed: edits.split_block(ed, block_id, offset, role))
        operation = edits.sequence(edition, steps, "split")
        if operation is None:
            return False
        new_id = new_block_ids(operation)[-1]
        return self._controller.push(
            operation,
            lambda: self.tr("Split paragraph"),
            redo_cursor=(new_id, 0),
            undo_cursor=(block_id, offset),
        )

    def merge_with_previous(self) -> bool:
        """Backspace at a block's start: join it onto the block before."""
        edition = self._controller.edition
        block_id = self.textCursor().block().userState()
        previous = self.textCursor().block().previous()
        if edition is None or block_id <= 0 or not previous.isValid():
            return False
        previous_id = previous.userState()
        join = len(edition.block(previous_id).text.rstrip())
        return self._controller.push(
            edits.merge_blocks(edition, previous_id, block_id),
            lambda: self.tr("Join paragraphs"),
            redo_cursor=(previous_id, join),
            undo_cursor=(block_id, 0),
        )

    def merge_with_next(self) -> bool:
        """Delete at a block's end: join the next block onto it."""
        edition = self._controller.edition
        block_id = self.textCursor().block().userState()
        following = self.textCursor().block().next()
        if edition is None or block_id <= 0 or not following.isValid():
            return False
        text = edition.block(block_id).text
        return self._controller.push(
            edits.merge_blocks(edition, block_id, following.userState()),
            lambda: self.tr("Join paragraphs"),
            redo_cursor=(block_id, len(text.rstrip())),
            undo_cursor=(block_id, len(text)),
        )

    def delete_selection(self) -> bool:
        """Delete a selection that crosses blocks as one step (whole blocks go entirely)."""
        edition = self._controller.edition
        whole = self._whole_blocks()
        if edition is not None and whole:
            return self._delete_whole_blocks(edition, whole)
        steps, start = self._selection_steps()
        if edition is None or not steps:
            return False
        return self._controller.push(
            edits.sequence(edition, steps, "delete"),
            lambda: self.tr("Delete text"),
            redo_cursor=start,
            undo_cursor=start,
        )

    def _whole_blocks(self) -> list[int]:
        """Ids of the blocks a selection covers exactly (start of one to end of another)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return []
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        if cursor.selectionStart() != first.position():
            return []
        if cursor.selectionEnd() == last.position() and last != first:
            last = last.previous()  # selected up to the start of the next block
        elif cursor.selectionEnd() != last.position() + last.length() - 1:
            return []
        ids = self.selected_block_ids()
        return ids[: ids.index(last.userState()) + 1] if last.userState() in ids else []

    def _delete_whole_blocks(self, edition: Edition, block_ids: list[int]) -> bool:
        order = self._ids()
        after = order.index(block_ids[-1]) + 1
        before = order.index(block_ids[0]) - 1
        cursor = (
            (order[after], 0)
            if after < len(order)
            else (order[before], len(edition.block(order[before]).text))
            if before >= 0
            else None
        )
        return self._controller.push(
            edits.delete_blocks(edition, block_ids),
            lambda: self.tr("Delete paragraphs"),
            redo_cursor=cursor,
            undo_cursor=(block_ids[0], 0),
        )

    def paste_blocks(self, blocks: list[Block]) -> bool:
        """Insert copies of cut or copied blocks at the cursor, keeping roles and source spans."""
        edition = self._controller.edition
        if edition is None or self._home is None or not blocks:
            return False
        steps, (block_id, offset) = self._selection_steps()
        home = self._home

        def split(ed: Edition) -> Operation | None:
            if block_id <= 0 or not 0 < offset < len(ed.block(block_id).text):
                return None
            return edits.split_block(ed, block_id, offset)

        def insert(ed: Edition) -> Operation:
            # Before the cursor's block at its start, after it (or its first half) elsewhere.
            index = 0 if block_id <= 0 else ed.index_of_block(block_id) + (1 if offset else 0)
            copies = [Block(ed.new_id(), b.role, b.text, list(b.spans), b.edited) for b in blocks]
            return InsertBlocks(home, index, copies)

        steps.append(split)
        steps.append(insert)
        operation = edits.sequence(edition, steps, "paste")
        if operation is None:
            return False
        inserted = new_block_ids(operation)[-len(blocks) :]
        return self._controller.push(
            operation,
            lambda: self.tr("Paste paragraphs"),
            redo_cursor=(inserted[-1], len(blocks[-1].text)),
            undo_cursor=(block_id, offset) if block_id > 0 else None,
        )

    def replace_selection(self, text: str, label: Label) -> bool:
        """Type or paste over a selection: delete it and insert `text` (lines become blocks)."""
        edition = self._controller.edition
        steps, (block_id, offset) = self._selection_steps()
        lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
        lines = [line for line in lines if line] if len(lines) > 1 else lines
        if edition is None or block_id <= 0 or not lines:
            return False
        steps += insert_lines_steps(block_id, offset, lines)
        operation = edits.sequence(edition, steps, "paste")
        if operation is None:
            return False
        inserted = new_block_ids(operation)
        cursor = (
            (inserted[0], len(lines[-1])) if len(lines) > 1 else (block_id, offset + len(lines[0]))
        )
        return self._controller.push(
            operation, label, redo_cursor=cursor, undo_cursor=(block_id, offset)
        )

    def move_blocks(self, direction: int) -> bool:
        """Alt+Up/Alt+Down: move the selected blocks one place within the article."""
        edition = self._controller.edition
        ids = self.selected_block_ids()
        if edition is None or self._home is None or not ids:
            return False
        order = self._ids()
        first, last = order.index(ids[0]), order.index(ids[-1])
        if direction < 0 and first == 0 or direction > 0 and last == len(order) - 1:
            return False
        index = first - 1 if direction < 0 else last + 2
        place = self._at(self.textCursor().position())
        operation = edits.move_blocks(edition, ids, self._home, index)
        return self._controller.push(
            operation, lambda: self.tr("Move block"), redo_cursor=place, undo_cursor=place
        )

    def set_role(self, role: Role) -> bool:
        """Give the selected blocks (or the block at the cursor) a role, as one step."""
        edition = self._controller.edition
        ids = self.selected_block_ids()
        if edition is None or not ids:
            return False
        place = self._at(self.textCursor().position())
        steps = [lambda ed, b=b: edits.set_role(ed, b, role) for b in ids]
        return self._controller.push_macro(
            lambda: self.tr("Set style: %1").replace("%1", role_label(role)),
            steps,
            redo_cursor=place,
            undo_cursor=place,
        )


def delete_range_steps(
    order: list[int], start: tuple[int, int], end: tuple[int, int]
) -> list[Callable[[Edition], Operation | None]]:
    """Steps deleting text from `start` to `end` ((block id, offset) each) across blocks."""
    (first, first_offset), (last, last_offset) = start, end
    if first == last:
        return [
            lambda ed: edits.edit_text(
                ed, first, ed.block(first).text[:first_offset] + ed.block(first).text[last_offset:]
            )
        ]
    middle = order[order.index(first) + 1 : order.index(last)]
    return [
        lambda ed: edits.edit_text(ed, first, ed.block(first).text[:first_offset]),
        lambda ed: edits.edit_text(ed, last, ed.block(last).text[last_offset:]),
        lambda ed: edits.delete_blocks(ed, middle),
        lambda ed: edits.merge_blocks(ed, first, last),
    ]


def insert_lines_steps(
    block_id: int, offset: int, lines: list[str]
) -> list[Callable[[Edition], Operation | None]]:
    """Steps inserting lines of text at (block, offset); lines after the first become blocks."""
    if len(lines) == 1:
        return [
            lambda ed: edits.edit_text(
                ed,
                block_id,
                ed.block(block_id).text[:offset] + lines[0] + ed.block(block_id).text[offset:],
            )
        ]

    def following(ed: Edition) -> int:
        return ed.container(ed.home_of_block(block_id))[ed.index_of_block(block_id) + 1].id

    def middle(ed: Edition) -> Operation | None:
        home, index = ed.home_of_block(block_id), ed.index_of_block(block_id)
        return edits.sequence(
            ed,
            [
                lambda e, k=k, line=line: edits.insert_block(
                    e, home, index + 1 + k, Role.PARAGRAPH, line
                )
                for k, line in enumerate(lines[1:-1])
            ],
        )

    return [
        lambda ed: edits.split_block(ed, block_id, offset),
        lambda ed: edits.edit_text(ed, block_id, ed.block(block_id).text + lines[0]),
        lambda ed: edits.edit_text(ed, following(ed), lines[-1] + ed.block(following(ed)).text),
        middle,
    ]
