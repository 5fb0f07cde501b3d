"""The window's controller: it owns the edition and the undo stack and applies every edit.

Widgets say what the user wants; the controller turns that into core operations pushed
as undo commands, tells the widgets what changed, and keeps the open findings up to date
(re-checked shortly after the last edit, so typing stays fluid).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from editor.core import edits
from editor.core.findings.base import Finding, Kind
from editor.core.model import FURNITURE, Edition, Status
from editor.core.operations import Operation, OperationError
from editor.core.pipeline import Notice, load_edition
from editor.core.repair import DEFAULT_THRESHOLD, AppliedRepair, RepairResult, open_findings
from editor.core.repair import revert_operation as repair_revert_operation
from editor.ui.commands import (
    Cursor,
    IgnoreCommand,
    Label,
    OperationCommand,
    RepairCommand,
    label_text,
)
from editor.ui.finding_text import kind_label

# How many times "fix all" looks again for findings its own fixes revealed.
FIX_ALL_ROUNDS = 8

try:  # The project file module is written alongside the window; Save waits for it.
    from editor.core import project as project_io
except ImportError:  # pragma: no cover - depends on what is installed
    project_io = None

PROJECT_SUFFIX: str = getattr(project_io, "PROJECT_SUFFIX", ".layout.json")
FINDINGS_DELAY_MS = 300

Step = Callable[[Edition], Operation | None]


def is_project_file(path: str | os.PathLike[str]) -> bool:
    """A saved project rather than edition text (the project module sniffs its first bytes)."""
    return project_io is not None and project_io.is_project(path)


def status_label(status: Status) -> str:
    """The newsroom's words for an article's proofreading status."""
    return {
        Status.TODO: QCoreApplication.translate("Status", "Not yet proofread"),
        Status.PROOFREAD: QCoreApplication.translate("Status", "Proofread"),
        Status.ATTENTION: QCoreApplication.translate("Status", "Needs attention"),
    }[status]


class Controller(QObject):
    """Owns the edition, the undo stack, the open findings and the current article/block."""

    edition_replaced = Signal()
    changed = Signal(object)  # set[int] of article ids; an empty set means structure/many
    current_article_changed = Signal(object)
    current_block_changed = Signal(object)
    findings_changed = Signal()
    repairs_changed = Signal()  # an undo step reverted an auto-repair or took that back
    cursor_requested = Signal(object)  # (block id, offset) after an undo/redo moved the text
    edit_refused = Signal()  # an edit was asked for while the edition is open read-only

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.edition: Edition | None = None
        self.ignored: set[str] = set()
        self.path: str | None = None
        self.source_paths: list[str] = []
        self.notices: list[Notice] = []  # about the page files last opened (see pipeline)
        # A project someone else holds is shown read-only: every edit is refused here, so
        # no widget (editor, tree drop, findings panel, replace) can change it.
        self.read_only = False
        self.repair_threshold = DEFAULT_THRESHOLD
        self._current_article: int | None = None
        self._current_block: int | None = None
        self._last_place: tuple[int, int] | None = None  # (section id, index) of the current
        self._findings: list[Finding] = []
        self._finding_counts: dict[int, int] = {}
        self.content_change: set[int] | None = None
        self.head_change: set[int] | None = None
        self._findings_timer = QTimer(self)
        self._findings_timer.setSingleShot(True)
        self._findings_timer.setInterval(FINDINGS_DELAY_MS)
        self._findings_timer.timeout.connect(self.refresh_findings)

    # --- loading --------------------------------------------------------------------
    @property
    def repairs(self) -> list[AppliedRepair]:
        return self.edition.repairs if self.edition is not None else []

    def load_files(self, paths: Sequence[str]) -> None:
        """Open page files as one edition (parsed and auto-repaired), or one saved project.

        Raises `editor.core.reading.InputError` (or the project module's `ProjectError`)
        with a message for the user; the current edition stays as it was then.
        """
        paths = [str(p) for p in paths]
        if len(paths) == 1 and is_project_file(paths[0]):
            project = project_io.load_project(paths[0])
            self.set_edition(project.edition)
            self.ignored = set(project.ignored)
            self.path = paths[0]
            self.source_paths = [str(p) for p in project.meta.get("sources", [])]
            self.notices = []
            self.refresh_findings()
            return
        loaded = load_edition(paths, threshold=self.repair_threshold)
        self.set_edition(loaded.edition, loaded.edition.repairs, loaded.repair)
        self.source_paths = paths
        self.notices = loaded.notices

    def set_edition(
        self,
        edition: Edition,
        repairs: Iterable[AppliedRepair] = (),
        repair_result: RepairResult | None = None,
    ) -> None:
        """Show a new edition; an auto-repair already applied becomes the first undo step."""
        self._findings_timer.stop()
        self.undo_stack.clear()
        self.edition = edition
        repairs = list(repairs)
        if repairs and edition.repairs is not repairs:
            edition.repairs = repairs
        self.ignored = set()
        self.path = None
        self.source_paths = []
        self._current_article = None
        self._current_block = None
        self._findings = []
        self._finding_counts = {}
        if repair_result is not None and repair_result.operation is not None:
            command = RepairCommand(
                self._after_command,
                edition,
                repair_result.operation,
                lambda: self.tr("Auto-repair"),
                applied_inverse=repair_result.inverse,
                repairs=list(edition.repairs),
                reverting=False,
                flipped=self.repairs_changed.emit,
            )
            self.undo_stack.push(command)
        self.undo_stack.setClean()
        self.edition_replaced.emit()
        self.refresh_findings()
        first = next(edition.articles(), None)
        self.select_article(first.id if first else None)

    def save_project(self, path: str) -> None:
        """Write the project file (atomic, with a backup) and mark the stack clean."""
        if project_io is None or self.edition is None:
            raise RuntimeError("project files are not available")
        project_io.save_project(
            path,
            self.edition,
            ignored=frozenset(self.ignored),
            meta={"sources": list(self.source_paths)},
        )
        self.path = path
        self.undo_stack.setClean()

    # --- edits ------------------------------------------------------------------------
    def push(
        self,
        operation: Operation | None,
        label: Label,
        *,
        typing_block: int | None = None,
        redo_cursor: Cursor | None = None,
        undo_cursor: Cursor | None = None,
    ) -> bool:
        """Apply `operation` as one undo step; nothing to do (None or empty) pushes nothing."""
        if self.edition is None or not operation or self._refused():
            return False
        command = OperationCommand(
            self._after_command,
            self.edition,
            operation,
            label,
            typing_block=typing_block,
            redo_cursor=redo_cursor,
            undo_cursor=undo_cursor,
        )
        self.undo_stack.push(command)
        return True

    def push_macro(self, label: Label, steps: Iterable[Step], **cursors) -> bool:
        """Build several edits, each against the state the previous leave, as one undo step."""
        if self.edition is None or self._refused():
            return False
        operation = edits.sequence(self.edition, list(steps), label_text(label))
        return self.push(operation, label, **cursors)

    def retranslate_steps(self) -> None:
        """Name every undo step again in the window's language (after a language switch)."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if hasattr(command, "retranslate"):
                command.retranslate()

    def _refused(self) -> bool:
        """True (and says so) when the edition is read-only."""
        if self.read_only:
            self.edit_refused.emit()
        return self.read_only

    def _after_command(self, affected: set[int] | None, cursor: Cursor | None,
                       content: set[int] | None = None, heads: set[int] | None = None) -> None:
        assert self.edition is not None
        edition = self.edition
        # What `changed` cannot say when it reports a change of structure (an empty set):
        # which articles' blocks or status changed with it, and which sections' titles or
        # notes (None: unknown, look at all).
        self.content_change = content
        self.head_change = heads
        if self._current_block is not None and not edition.has_block(self._current_block):
            self._current_block = None
            self.current_block_changed.emit(None)
        if self._current_article is not None and not edition.has_article(self._current_article):
            article = (
                edition.article_of_block(cursor[0])
                if cursor and edition.has_block(cursor[0])
                else None
            )
            self._current_article = None
            self.select_article(article.id if article else self._article_near_last_place())
        elif cursor and edition.has_block(cursor[0]):
            article = edition.article_of_block(cursor[0])
            if article is not None and article.id != self._current_article:
                self.select_article(article.id)
        self.changed.emit(set() if affected is None else set(affected))
        self.content_change = self.head_change = None  # said only to this signal's listeners
        if cursor is not None and edition.has_block(cursor[0]):
            self.select_block(cursor[0])
            self.cursor_requested.emit(cursor)
        self._findings_timer.start()

    # --- findings -------------------------------------------------------------------------
    def findings(self) -> list[Finding]:
        """The open findings as of the last check (re-checked shortly after each edit)."""
        return list(self._findings)

    def finding_count(self, article_id: int) -> int:
        return self._finding_counts.get(article_id, 0)

    def refresh_findings(self) -> None:
        """Re-run the detectors now (the timer calls this after edits settle)."""
        self._findings_timer.stop()
        if self.edition is None:
            self._findings, self._finding_counts = [], {}
        else:
            self._findings = open_findings(self.edition, self.ignored)
            counts: dict[int, int] = {}
            for finding in self._findings:
                for article_id in self._articles_of(finding):
                    counts[article_id] = counts.get(article_id, 0) + 1
            self._finding_counts = counts
        self.findings_changed.emit()

    def _articles_of(self, finding: Finding) -> set[int]:
        assert self.edition is not None
        found = {finding.article_id} if finding.article_id is not None else set()
        for block_id in finding.block_ids:
            if self.edition.has_block(block_id):
                article = self.edition.article_of_block(block_id)
                if article is not None:
                    found.add(article.id)
        return found

    def apply_finding(self, finding: Finding) -> bool:
        """Apply one finding's fix as one undo step; False when it has none or changes nothing."""
        if self.edition is None or finding.fixer is None:
            return False
        try:
            operation = finding.fixer(self.edition)
        except (OperationError, KeyError):
            return False  # the finding went stale: the next check drops it
        return self.push(
            operation, lambda: self.tr("Fix: %1").replace("%1", kind_label(finding.kind))
        )

    def ignore_finding(self, finding: Finding) -> None:
        """Hide a finding from now on (kept in the project's ignore list; undoable)."""
        if finding.key in self.ignored or self._refused():
            return
        self.undo_stack.push(
            IgnoreCommand(
                self.ignored,
                {finding.key},
                lambda: self.tr("Ignore: %1").replace("%1", kind_label(finding.kind)),
                self.refresh_findings,
            )
        )

    def fix_all(self, kind: Kind) -> int:
        """Apply every open finding of one kind, as one undo step; returns how many applied.

        Fixing one finding can reveal another of the same kind (a paragraph cut twice is
        joined in two steps), so the findings are looked for again until none is left.
        """
        if self.edition is None:
            return 0
        applied = 0

        def fix(finding: Finding) -> Step:
            def build(edition: Edition) -> Operation | None:
                nonlocal applied
                try:
                    operation = finding.fixer(edition)
                except (OperationError, KeyError):
                    return None  # an earlier fix in this batch already covered it
                if operation:
                    applied += 1
                return operation

            return build

        def one_round(edition: Edition) -> Operation | None:
            found = [f for f in open_findings(edition, self.ignored)
                     if f.kind == kind and f.fixer is not None]
            return edits.sequence(edition, [fix(f) for f in found])

        done = self.push_macro(
            lambda: self.tr("Fix all: %1").replace("%1", kind_label(kind)),
            [one_round] * FIX_ALL_ROUNDS,
        )
        return applied if done else 0

    def revert_repair(self, repair: AppliedRepair) -> bool:
        """Take back one auto-repair, from the blocks as they are now, as one undo step."""
        if self.edition is None or repair.reverted or self._refused():
            return False
        operation = repair_revert_operation(self.edition, repair)
        if not operation:
            return False
        command = RepairCommand(
            self._after_command,
            self.edition,
            operation,
            lambda: self.tr("Revert repair: %1").replace("%1", kind_label(repair.kind)),
            repairs=[repair],
            reverting=True,
            flipped=self.repairs_changed.emit,
        )
        self.undo_stack.push(command)
        return True

    # --- article and section edits (the window's menus and the tree call these) ----------
    def new_article(self, after: int | None = None) -> int | None:
        """Insert an empty article after `after` (else at the end); returns its id, selected."""
        edition = self.edition
        if edition is None or not edition.sections:
            return None
        if after is not None and edition.has_article(after):
            section_id = edition.section_of_article(after).id
            index = edition.index_of_article(after) + 1
        else:
            section_id, index = edition.sections[-1].id, len(edition.sections[-1].articles)
        operation = edits.new_article(edition, section_id, index)
        if not self.push(operation, lambda: self.tr("New article")):
            return None
        article_id = operation.articles[0].id
        self.select_article(article_id)
        return article_id

    def new_section(self, title: str, after: int | None = None) -> bool:
        """Insert a section (titled, or untitled) after section `after`, else at the end."""
        edition = self.edition
        if edition is None:
            return False
        index = edition.index_of_section(after) + 1 if after is not None else len(edition.sections)
        return self.push(
            edits.new_section(edition, index, title.strip()), lambda: self.tr("New section")
        )

    def rename_section(self, section_id: int, title: str) -> bool:
        if self.edition is None:
            return False
        return self.push(
            edits.rename_section(self.edition, section_id, title.strip()),
            lambda: self.tr("Rename section"),
        )

    def delete_section(self, section_id: int) -> bool:
        """Delete a section with its articles (undo brings them back)."""
        if self.edition is None:
            return False
        return self.push(
            edits.delete_section(self.edition, section_id), lambda: self.tr("Delete section")
        )

    def merge_with_previous(self, article_id: int) -> bool:
        """Join an article onto the one before it in reading order, which becomes current."""
        edition = self.edition
        if edition is None:
            return False
        previous = self.neighbour(article_id, -1)
        if previous is None:
            return False
        first = edition.article(article_id).blocks[:1]
        done = self.push(
            edits.merge_articles(edition, previous, article_id),
            lambda: self.tr("Merge articles"),
            redo_cursor=(first[0].id, 0) if first else None,
        )
        if done:
            self.select_article(previous)
        return done

    def split_article(self, article_id: int, block_id: int) -> bool:
        """Start a new article at `block_id`; the cursor follows it into the new article."""
        if self.edition is None:
            return False
        return self.push(
            edits.split_article(self.edition, article_id, block_id),
            lambda: self.tr("Split article"),
            redo_cursor=(block_id, 0),
            undo_cursor=(block_id, 0),
        )

    def delete_article(self, article_id: int) -> bool:
        """Delete an article; the next one (or the one before) becomes current."""
        if self.edition is None:
            return False
        neighbour = self.neighbour(article_id, 1) or self.neighbour(article_id, -1)
        done = self.push(
            edits.delete_article(self.edition, article_id), lambda: self.tr("Delete article")
        )
        if done and neighbour is not None:
            self.select_article(neighbour)
        return done

    def move_blocks_to_article(self, block_ids: Sequence[int], article_id: int) -> bool:
        """Move blocks (in order) to the end of another article."""
        edition = self.edition
        if edition is None or not edition.has_article(article_id):
            return False
        moving = [
            b
            for b in block_ids
            if edition.has_block(b) and edition.home_of_block(b) != ("article", article_id)
        ]
        if not moving:
            return False
        staying = sum(1 for b in edition.article(article_id).blocks if b.id not in set(moving))
        return self.push(
            edits.move_blocks_to(edition, moving, ("article", article_id), staying),
            lambda: self.tr("Move to article"),
        )

    def move_blocks_to_furniture(self, block_ids: Sequence[int]) -> bool:
        """Take blocks out of their article as page furniture (headers, footers)."""
        edition = self.edition
        if edition is None:
            return False
        moving = [
            b for b in block_ids if edition.has_block(b) and edition.home_of_block(b) != FURNITURE
        ]
        return self.push(
            edits.to_furniture(edition, moving) if moving else None,
            lambda: self.tr("Page furniture"),
        )

    def set_status(self, article_id: int, status: Status) -> bool:
        if self.edition is None:
            return False
        return self.push(
            edits.set_status(self.edition, article_id, status),
            lambda: self.tr("Status: %1").replace("%1", status_label(status)),
        )

    def set_comment(self, article_id: int, comment: str) -> bool:
        if self.edition is None:
            return False
        return self.push(
            edits.set_comment(self.edition, article_id, comment.strip()), lambda: self.tr("Comment")
        )

    def next_article(self, status: Status = Status.TODO) -> int | None:
        """The next article with `status` after the current one, wrapping round (not itself)."""
        if self.edition is None:
            return None
        order = list(self.edition.articles())
        start = next((i + 1 for i, a in enumerate(order) if a.id == self._current_article), 0)
        return next(
            (
                a.id
                for a in order[start:] + order[:start]
                if a.status == status and a.id != self._current_article
            ),
            None,
        )

    def _article_near_last_place(self) -> int | None:
        """After the current article vanished (an undo): the one before its place, if any."""
        edition = self.edition
        if edition is None or self._last_place is None:
            return None
        section_id, index = self._last_place
        if edition.has_section(section_id) and edition.section(section_id).articles:
            articles = edition.section(section_id).articles
            return articles[min(max(index - 1, 0), len(articles) - 1)].id
        first = next(edition.articles(), None)
        return first.id if first else None

    def neighbour(self, article_id: int, step: int) -> int | None:
        """The article `step` places away in reading order (across sections), if any.

        Found from the edition's indexes, a section at a time, not by listing every
        article: a merge with the previous article asks this at 5,000 articles.
        """
        edition = self.edition
        assert edition is not None
        section_index = edition.index_of_section(edition.section_of_article(article_id).id)
        position = edition.index_of_article(article_id) + step
        while True:
            articles = edition.sections[section_index].articles
            if 0 <= position < len(articles):
                return articles[position].id
            if position < 0:
                section_index -= 1
                if section_index < 0:
                    return None
                position += len(edition.sections[section_index].articles)
            else:
                position -= len(articles)
                section_index += 1
                if section_index >= len(edition.sections):
                    return None

    # --- current article and block -----------------------------------------------------------
    @property
    def current_article_id(self) -> int | None:
        return self._current_article

    @property
    def current_block_id(self) -> int | None:
        return self._current_block

    def select_article(self, article_id: int | None) -> None:
        if article_id is not None and (
            self.edition is None or not self.edition.has_article(article_id)
        ):
            article_id = None
        if article_id == self._current_article:
            return
        self._current_article = article_id
        if article_id is not None and self.edition is not None:
            self._last_place = (
                self.edition.section_of_article(article_id).id,
                self.edition.index_of_article(article_id),
            )
        self.current_article_changed.emit(article_id)
        if self._current_block is not None and (
            article_id is None
            or self.edition is None
            or not self.edition.has_block(self._current_block)
            or self.edition.home_of_block(self._current_block) != ("article", article_id)
        ):
            self._current_block = None
            self.current_block_changed.emit(None)

    def select_block(self, block_id: int | None) -> None:
        """Make a block current; its article becomes the current article."""
        if block_id is not None and (self.edition is None or not self.edition.has_block(block_id)):
            block_id = None
        if block_id is not None and self.edition is not None:
            article = self.edition.article_of_block(block_id)
            if article is not None and article.id != self._current_article:
                self._current_article = article.id
                self.current_article_changed.emit(article.id)
        if block_id == self._current_block:
            return
        self._current_block = block_id
        self.current_block_changed.emit(block_id)
