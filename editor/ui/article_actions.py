"""What the Article and Paragraph menus do: new, rename, merge, split, delete, move,
status, comment and moving between articles.

A mixin of MainWindow: each action asks the controller for one undoable edit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu

from editor.core.model import Status
from editor.ui.dialogs import ArticlePicker
from editor.ui.tree_model import source_index


class ArticleActions:
    """The structure and proofreading actions of MainWindow (mixed into it)."""

    def _selected_section(self) -> int | None:
        """The section of the tree's current row (itself, or the current article's section)."""
        edition = self.controller.edition
        if edition is None:
            return None
        index = source_index(self.tree.currentIndex())
        if self.tree_model.is_section(index):
            return index.internalId()
        article_id = self.controller.current_article_id
        return edition.section_of_article(article_id).id if article_id is not None else None

    def new_article(self) -> bool:
        if self.controller.edition is None:
            return False
        if not self.controller.edition.sections:
            return self.new_section()
        if self.controller.new_article(self.controller.current_article_id) is None:
            return False
        self.editor.setFocus()
        return True

    def new_section(self) -> bool:
        if self.controller.edition is None:
            return False
        title, ok = QInputDialog.getText(self, self.tr("New section"), self.tr("Section title:"))
        return ok and self.controller.new_section(title, self._selected_section())

    def rename_section(self) -> bool:
        edition = self.controller.edition
        section_id = self._selected_section()
        if edition is None or section_id is None:
            return False
        title, ok = QInputDialog.getText(
            self,
            self.tr("Rename section"),
            self.tr("Section title:"),
            QLineEdit.EchoMode.Normal,
            edition.section(section_id).title,
        )
        return ok and self.controller.rename_section(section_id, title)

    def merge_with_previous(self) -> bool:
        """Join the current article onto the one before it (in reading order)."""
        article_id = self.controller.current_article_id
        return article_id is not None and self.controller.merge_with_previous(article_id)

    def split_here(self) -> bool:
        """Start a new article at the paragraph under the cursor."""
        article_id = self.controller.current_article_id
        block_id = self.controller.current_block_id
        if article_id is None or block_id is None:
            return False
        return self.controller.split_article(article_id, block_id)

    def delete_selected(self) -> bool:
        """Delete the tree's current row: an article, or a section with its articles."""
        index = source_index(self.tree.currentIndex())
        if self.tree_model.is_section(index):
            return self.controller.delete_section(index.internalId())
        article_id = self.controller.current_article_id
        return article_id is not None and self.controller.delete_article(article_id)

    def move_to_article(self) -> bool:
        """Move the selected paragraphs to the end of another article."""
        edition = self.controller.edition
        article_id = self.controller.current_article_id
        block_ids = self.editor.selected_block_ids()
        if edition is None or article_id is None or not block_ids:
            return False
        target = ArticlePicker.choose(self, edition, article_id)
        return target is not None and self.controller.move_blocks_to_article(block_ids, target)

    def set_status(self, status: Status) -> bool:
        article_id = self.controller.current_article_id
        return article_id is not None and self.controller.set_status(article_id, status)

    def next_not_proofread(self) -> bool:
        """Go to the next article not yet proofread (wrapping round to the start)."""
        article_id = self.controller.next_article(Status.TODO)
        if article_id is None:
            self.statusBar().showMessage(
                self.tr("No other article is waiting to be proofread"), 5000
            )
            return False
        self.controller.select_article(article_id)
        self.editor.setFocus()
        return True

    def step_article(self, step: int) -> bool:
        """Go to the next (1) or previous (-1) article in reading order."""
        current = self.controller.current_article_id
        edition = self.controller.edition
        if edition is None:
            return False
        if current is None:
            first = next(edition.articles(), None)
            target = first.id if first else None
        else:
            target = self.controller.neighbour(current, step)
        if target is None:
            return False
        self.controller.select_article(target)
        return True

    def edit_comment(self) -> bool:
        edition = self.controller.edition
        article_id = self.controller.current_article_id
        if edition is None or article_id is None:
            return False
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Comment"),
            self.tr("Comment on this article:"),
            edition.article(article_id).comment,
        )
        return ok and self.controller.set_comment(article_id, text)

    def _tree_menu(self, position) -> None:
        menu = QMenu(self)
        menu.addActions(
            [self.new_article_action, self.new_section_action, self.rename_section_action]
        )
        menu.addSeparator()
        menu.addActions([self.merge_action, self.split_action, self.delete_action])
        menu.addSeparator()
        menu.addActions(list(self.status_actions.values()))
        menu.addAction(self.comment_action)
        menu.addSeparator()
        menu.addActions([self.expand_sections_action, self.collapse_sections_action])
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _apply_filter(self, choice: int) -> None:
        statuses = {1: {Status.TODO}, 2: {Status.PROOFREAD}, 3: {Status.ATTENTION}}.get(choice)
        self.tree_filter.set_statuses(statuses)
        self.tree_filter.set_findings_only(choice == 4)
        self.tree.show_filtered(self.tree_filter.active())
        self._on_current_article(self.controller.current_article_id)
