"""The controller: undo commands over core operations, findings, repairs, selection."""

from __future__ import annotations

from editor.core import edits
from editor.core.model import Role, Status, lost_characters
from tests.ui.conftest import SAMPLE


def first_article(controller):
    return next(controller.edition.articles())


def test_load_sample_auto_repair_is_one_undo_step(controller):
    assert controller.edition.article_count() > 0
    assert controller.undo_stack.count() == 1
    assert controller.undo_stack.isClean()
    assert controller.repairs and not any(r.reverted for r in controller.repairs)
    repaired = controller.edition.snapshot()
    controller.undo_stack.undo()
    assert controller.edition.snapshot() != repaired
    assert all(r.reverted for r in controller.repairs)
    controller.undo_stack.redo()
    assert controller.edition.snapshot() == repaired
    assert not any(r.reverted for r in controller.repairs)
    assert not lost_characters(controller.edition)


def test_push_emits_changed_and_undoes(controller, qtbot):
    article = first_article(controller)
    block = article.blocks[0]
    with qtbot.waitSignal(controller.changed) as signal:
        assert controller.push(edits.set_role(controller.edition, block.id, Role.NOTE), "role")
    assert signal.args[0] == {article.id}
    assert block.role == Role.NOTE
    controller.undo_stack.undo()
    assert block.role != Role.NOTE
    controller.undo_stack.redo()
    assert block.role == Role.NOTE


def test_push_nothing_pushes_nothing(controller):
    count = controller.undo_stack.count()
    assert not controller.push(None, "nothing")
    assert controller.undo_stack.count() == count


def test_typing_merges_in_one_block(controller):
    article = first_article(controller)
    block = article.blocks[-1]
    original = block.text
    count = controller.undo_stack.count()
    for suffix in ("a", "ab", "abc"):
        controller.push(
            edits.edit_text(controller.edition, block.id, original + suffix),
            "typing",
            typing_block=block.id,
        )
    assert controller.undo_stack.count() == count + 1
    assert block.text == original + "abc"
    controller.undo_stack.undo()
    assert block.text == original
    controller.undo_stack.redo()
    assert block.text == original + "abc"


def test_structure_change_reports_empty_set(controller, qtbot):
    article = first_article(controller)
    section = controller.edition.section_of_article(article.id)
    with qtbot.waitSignal(controller.changed) as signal:
        controller.push(edits.new_article(controller.edition, section.id, 0, "新稿"), "new")
    assert signal.args[0] == set()


def test_findings_recomputed_after_edit(controller, qtbot):
    controller.refresh_findings()
    article = first_article(controller)
    with qtbot.waitSignal(controller.findings_changed, timeout=3000):
        controller.push(edits.set_status(controller.edition, article.id, Status.PROOFREAD), "s")
    assert isinstance(controller.findings(), list)


def test_fix_all_is_one_step_and_undoes(qapp, qtbot):
    from editor.ui.controller import Controller

    ctl = Controller()
    ctl.repair_threshold = 1.01  # nothing auto-repaired: every finding stays open
    ctl.load_files(SAMPLE)
    kinds = {f.kind for f in ctl.findings() if f.fixer is not None}
    assert kinds
    kind = sorted(kinds)[0]
    before = ctl.edition.snapshot()
    applied = ctl.fix_all(kind)
    assert applied >= 1
    assert ctl.undo_stack.count() == 1
    ctl.refresh_findings()
    ctl.undo_stack.undo()
    assert ctl.edition.snapshot() == before
    assert not lost_characters(ctl.edition)


def test_apply_and_ignore_finding(qapp):
    from editor.ui.controller import Controller

    ctl = Controller()
    ctl.repair_threshold = 1.01
    ctl.load_files(SAMPLE)
    open_ = [f for f in ctl.findings() if f.fixer is not None]
    before = ctl.edition.snapshot()
    assert ctl.apply_finding(open_[0])
    assert ctl.edition.snapshot() != before
    ctl.undo_stack.undo()
    assert ctl.edition.snapshot() == before
    ctl.refresh_findings()
    count = len(ctl.findings())
    ignored = ctl.findings()[0]
    ctl.ignore_finding(ignored)
    assert len(ctl.findings()) == count - 1
    assert not ctl.undo_stack.isClean()  # the decision is saved with the project
    ctl.undo_stack.undo()
    assert ignored.key not in ctl.ignored
    assert len(ctl.findings()) == count
    ctl.undo_stack.redo()
    assert ignored.key in ctl.ignored


def test_revert_repair_marks_it_and_undoes(controller):
    before = controller.edition.snapshot()
    repair = next(r for r in controller.repairs if controller.revert_repair(r))
    assert repair.reverted
    assert controller.edition.snapshot() != before
    assert not lost_characters(controller.edition)
    controller.undo_stack.undo()
    assert not repair.reverted
    assert controller.edition.snapshot() == before


def test_select_block_selects_its_article(controller, qtbot):
    articles = list(controller.edition.articles())
    target = articles[2].blocks[0]
    with qtbot.waitSignal(controller.current_article_changed) as signal:
        controller.select_block(target.id)
    assert signal.args[0] == articles[2].id
    assert controller.current_block_id == target.id
    controller.select_article(articles[1].id)
    assert controller.current_block_id is None


def test_deleting_the_current_article_selects_one_near_it(controller):
    article = first_article(controller)
    section = controller.edition.section_of_article(article.id)
    controller.select_article(article.id)
    controller.push(edits.delete_article(controller.edition, article.id), "delete")
    assert controller.current_article_id == section.articles[0].id
    controller.undo_stack.undo()
    assert controller.edition.has_article(article.id)


def test_next_article_wraps_and_skips_the_current_one(controller):
    order = list(controller.edition.articles())
    for article in order:
        article.status = Status.PROOFREAD
    order[0].status = Status.TODO
    order[-1].status = Status.TODO
    controller.select_article(order[-1].id)
    assert controller.next_article() == order[0].id
    controller.select_article(order[0].id)
    assert controller.next_article() == order[-1].id
    order[-1].status = Status.PROOFREAD
    assert controller.next_article() is None


def test_move_blocks_to_article_appends_and_undoes(controller):
    order = list(controller.edition.articles())
    moving = [b.id for b in order[0].blocks[-2:]]
    assert controller.move_blocks_to_article(moving, order[1].id)
    assert [b.id for b in order[1].blocks[-2:]] == moving
    assert not controller.move_blocks_to_article(moving, order[1].id)  # already there
    controller.undo_stack.undo()
    assert [b.id for b in order[0].blocks[-2:]] == moving


def test_undoing_a_new_article_returns_to_the_one_before(controller):
    order = list(controller.edition.articles())
    controller.select_article(order[1].id)
    new = controller.new_article(order[1].id)
    assert controller.current_article_id == new
    controller.undo_stack.undo()
    assert controller.current_article_id == order[1].id


def test_neighbours_in_reading_order_cross_sections_and_skip_empty_ones(controller):
    edition = controller.edition
    controller.push(edits.new_section(edition, 1, "空栏目"), "new section")
    controller.push(edits.new_section(edition, 0, "首个空栏目"), "new section")
    order = [a.id for a in edition.articles()]
    assert len(edition.sections) >= 4
    for position, article_id in enumerate(order):
        for step in (-2, -1, 1, 2):
            expected = order[position + step] if 0 <= position + step < len(order) else None
            assert controller.neighbour(article_id, step) == expected
