"""The findings panel: list, jump to, fix, ignore, fix all, and revert auto-repairs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.core.findings.base import Kind
from editor.core.reading import source_from_text
from editor.ui.findings_panel import FindingsModel, FindingsPanel, RepairsModel
from tests.ui.conftest import empty_controller, new_controller

# The offscreen platform warns when a shown window has size hints; it means nothing here.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TEXT = """两江日报 2026年5月6日 星期三 第2版 城乡

乡村振兴

河湾村修好了进村路

本报讯（记者 方远）五月初，河湾村的进村路全线通车。村民说，河湾村的

路再也不怕下雨了。今年村里还将修建一座文化广场，方便群众

开展文体活动。

本报记者 方远

东坪镇新建一座图书馆

东坪镇图书馆昨日开馆，藏书两万册。馆长介绍，东坪镇的孩子放学后有了好去处。

图书馆还设有自习室和少儿阅览区

每天开放到晚上九点。

本报通讯员 李青

图为孩子们在图书馆阅读。 本报记者 方远 摄

南岭茶园迎来采摘季

（下转第3版）
"""




def make_controller(repair: bool):
    return new_controller([source_from_text(TEXT, "page.txt")], repair)


def make_panel(qtbot, repair: bool = False) -> tuple[FindingsPanel, object]:
    controller = make_controller(repair)
    panel = FindingsPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    with qtbot.waitActive(panel):  # shortcuts only fire in the active window
        panel.show()
        panel.activateWindow()
    return panel, controller


def row_of_kind(panel: FindingsPanel, kind: Kind) -> int:
    proxy = panel.findings_view.model()
    for row in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(row, 0)).row()
        if panel.findings_model.finding(source).kind == kind:
            return row
    raise AssertionError(f"no {kind} finding")


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, FindingsModel.EXPLANATION))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_models_pass_the_model_tester(qtbot, qtmodeltester):
    panel, _controller = make_panel(qtbot, repair=True)
    qtmodeltester.check(panel.findings_model)
    qtmodeltester.check(panel.repairs_model)


def test_lists_every_open_finding_with_headline_and_sentence(qtbot):
    panel, controller = make_panel(qtbot)
    model = panel.findings_model
    assert model.rowCount() == len(controller.findings()) == 6
    kinds = {model.index(r, FindingsModel.KIND).data() for r in range(model.rowCount())}
    assert "Split paragraph" in kinds
    row = next(r for r in range(model.rowCount()) if model.finding(r).code == "dateline_glued")
    assert model.index(row, FindingsModel.ARTICLE).data() == "河湾村修好了进村路"
    assert model.index(row, FindingsModel.CONFIDENCE).data() == "95%"
    assert "本报讯（记者 方远）" in model.index(row, FindingsModel.EXPLANATION).data()
    assert "Findings (6)" == panel.tabs.tabText(0)


def test_clicking_a_finding_selects_its_article_and_block(qtbot):
    panel, controller = make_panel(qtbot)
    row = row_of_kind(panel, Kind.CREDIT_IN_CAPTION)
    finding = panel.current_finding()
    with qtbot.waitSignal(controller.current_block_changed):
        click_row(qtbot, panel.findings_view, row)
    finding = panel.current_finding()
    assert finding.kind == Kind.CREDIT_IN_CAPTION
    assert controller.current_article_id == finding.article_id
    assert controller.current_block_id == finding.block_ids[0]
    assert "本报记者 方远 摄" in panel.findings_detail.text()  # the whole sentence, selected
    with qtbot.waitSignal(panel.edit_requested):
        qtbot.keyClick(panel.findings_view, Qt.Key.Key_Return)


def test_fix_with_shortcut_then_undo_and_redo(qtbot):
    panel, controller = make_panel(qtbot)
    row = row_of_kind(panel, Kind.DATELINE_IN_PARAGRAPH)
    click_row(qtbot, panel.findings_view, row)
    finding = panel.current_finding()
    block = controller.edition.block(finding.block_ids[0])
    before = controller.edition.snapshot()
    assert panel.fix_action.isEnabled()
    with qtbot.waitSignal(controller.findings_changed, timeout=3000):
        qtbot.keyClick(panel.findings_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert block.text.startswith("本报讯") and block.role.value == "dateline"
    assert panel.findings_model.rowCount() == 5
    assert panel.findings_model.row_of(finding.key) is None
    assert "Fixed" in panel.findings_status.text()
    controller.undo_stack.undo()
    assert controller.edition.snapshot() == before
    with qtbot.waitSignal(controller.findings_changed, timeout=3000):
        pass
    assert panel.findings_model.rowCount() == 6
    controller.undo_stack.redo()
    assert block.role.value == "dateline"


def test_actions_wait_for_the_recheck_after_an_edit(qtbot):
    panel, controller = make_panel(qtbot)
    click_row(qtbot, panel.findings_view, row_of_kind(panel, Kind.SPLIT_PARAGRAPH))
    with qtbot.waitSignal(controller.findings_changed, timeout=3000):
        panel.fix_action.trigger()
        # Between the edit and the re-check the old list may be wrong: no action runs on it.
        assert panel.findings_model.stale
        assert not panel.fix_action.isEnabled()
    assert not panel.findings_model.stale
    assert panel.fix_action.isEnabled()


def test_fix_all_of_a_kind_is_one_undo_step(qtbot):
    panel, controller = make_panel(qtbot)
    click_row(qtbot, panel.findings_view, row_of_kind(panel, Kind.SPLIT_PARAGRAPH))
    before = controller.edition.snapshot()
    steps = controller.undo_stack.count()
    with qtbot.waitSignal(controller.findings_changed, timeout=3000):
        panel.fix_all_action.trigger()
    assert controller.undo_stack.count() == steps + 1
    # Two of the three cuts are in one paragraph: fixing the first makes the second stale,
    # and fix all looks again, so all three are joined in the one step.
    assert "Fixed 3 finding" in panel.findings_status.text()
    assert not [f for f in controller.findings() if f.kind == Kind.SPLIT_PARAGRAPH]
    controller.undo_stack.undo()
    assert controller.edition.snapshot() == before
    controller.undo_stack.redo()
    assert controller.edition.snapshot() != before


def test_ignore_hides_the_finding(qtbot):
    panel, controller = make_panel(qtbot)
    click_row(qtbot, panel.findings_view, row_of_kind(panel, Kind.EMPTY_ARTICLE))
    finding = panel.current_finding()
    assert not panel.fix_action.isEnabled()  # no automatic fix for a headline without text
    assert panel.ignore_action.isEnabled()
    qtbot.keyClick(panel.findings_view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert finding.key in controller.ignored
    assert panel.findings_model.row_of(finding.key) is None
    assert panel.findings_model.rowCount() == 5


def test_applied_repairs_revert_undo_redo(qtbot):
    panel, controller = make_panel(qtbot, repair=True)
    panel.tabs.setCurrentIndex(1)
    model = panel.repairs_model
    assert model.rowCount() == len(controller.repairs) > 0
    row = next(
        r for r in range(model.rowCount()) if model.repair(r).kind == Kind.DATELINE_IN_PARAGRAPH
    )
    view = panel.repairs_view
    rect = view.visualRect(view.model().index(row, RepairsModel.EXPLANATION))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    repair = panel.current_repair()
    assert repair.kind == Kind.DATELINE_IN_PARAGRAPH
    assert model.index(row, RepairsModel.STATE).data() == "Applied"
    before = controller.edition.snapshot()
    with qtbot.waitSignal(controller.changed):
        qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert repair.reverted
    assert model.index(row, RepairsModel.STATE).data() == "Reverted"
    assert not panel.revert_action.isEnabled()
    article = controller.edition.article(repair.article_id)
    joined = next(b for b in article.blocks if b.text.startswith("本报讯"))
    assert joined.text.startswith("本报讯（记者 方远）五月初") and joined.role.value == "paragraph"
    with qtbot.waitSignal(controller.findings_changed, timeout=3000):
        pass
    assert panel.current_repair() is repair  # the re-check keeps the row selected
    controller.undo_stack.undo()
    assert not repair.reverted and controller.edition.snapshot() == before
    assert model.index(row, RepairsModel.STATE).data() == "Applied"
    controller.undo_stack.redo()
    assert repair.reverted


def test_undoing_a_revert_repaints_its_mark_and_the_count(qtbot):
    """The mark and the reverted count follow undo and redo at once, not at the next edit."""
    panel, controller = make_panel(qtbot, repair=True)
    model = panel.repairs_model
    row = next(
        r for r in range(model.rowCount()) if model.repair(r).kind == Kind.DATELINE_IN_PARAGRAPH
    )
    repair = model.repair(row)
    assert controller.revert_repair(repair)
    assert "1 reverted" in panel.repairs_status.text()
    for step, reverted in ((controller.undo_stack.undo, False), (controller.undo_stack.redo, True)):
        with qtbot.waitSignal(model.dataChanged) as told:
            step()
        first, last = told.args[0], told.args[1]
        assert first.row() <= row <= last.row()
        # the whole row: a reverted repair greys every column, not only its state
        assert (first.column(), last.column()) == (0, model.columnCount() - 1)
        assert repair.reverted is reverted
        assert ("1 reverted" in panel.repairs_status.text()) is reverted


def test_empty_window_before_an_edition_is_open(qtbot):

    controller = empty_controller()
    panel = FindingsPanel(controller)
    qtbot.addWidget(panel)
    assert panel.findings_model.rowCount() == panel.repairs_model.rowCount() == 0
    assert not panel.fix_action.isEnabled() and not panel.revert_action.isEnabled()
    panel.fix_current()
    panel.fix_all_current()
    panel.revert_current()
    assert controller.undo_stack.count() == 0


def test_current_article_only(qtbot, qtmodeltester):
    panel, controller = make_panel(qtbot)
    proxy = panel.findings_view.model()
    total = proxy.rowCount()
    first, second, third = list(controller.edition.articles())[:3]
    controller.select_article(first.id)
    qtbot.mouseClick(panel.article_only, Qt.MouseButton.LeftButton)
    shown = [
        panel.findings_model.finding(proxy.mapToSource(proxy.index(r, 0)).row())
        for r in range(proxy.rowCount())
    ]
    assert shown and len(shown) < total
    assert all(
        first.id in panel.findings_model.articles_of(panel.findings_model.row_of(f.key))
        for f in shown
    )
    controller.select_article(third.id)
    assert proxy.rowCount() == 1  # the headline without text
    qtmodeltester.check(proxy)
    qtbot.mouseClick(panel.article_only, Qt.MouseButton.LeftButton)
    assert proxy.rowCount() == total
