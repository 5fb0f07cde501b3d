"""The source view: pages, the current block lit and scrolled to, a click goes to the block."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.core import edits
from editor.core.pipeline import build_edition
from editor.core.reading import source_from_text
from editor.ui.source_panel import SourcePanel, SpanIndex, Utf16Map
from tests.ui.conftest import empty_controller, new_controller

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PAGE1 = """两江日报 2026年5月6日 星期三 第1版 要闻

河湾村修好了进村路

本报讯（记者 方远）五月初，河湾村的进村路全线通车。村民说，河湾村的路再也不怕下雨了。

本报记者 方远
"""

PAGE2 = """两江日报 2026年5月6日 星期三 第2版 城乡

东坪镇新建一座图书馆

东坪镇图书馆昨日开馆，藏书两万册。馆长介绍，东坪镇的孩子放学后有了好去处。

图书馆还设有自习室和少儿阅览区，每天开放到晚上九点。
"""





def make_panel(qtbot):
    controller = new_controller(
        [source_from_text(PAGE1, "p1.txt", "1"), source_from_text(PAGE2, "p2.txt", "2")]
    )
    panel = SourcePanel(controller)
    qtbot.addWidget(panel)
    panel.resize(500, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, controller


def block_with(edition, text):
    return next(b for b in edition.all_blocks() if text in b.text)


def click_at(qtbot, panel, position: int) -> None:
    cursor = panel.text.textCursor()
    cursor.setPosition(position)
    rect = panel.text.cursorRect(cursor)
    qtbot.mouseClick(panel.text.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def lit_ranges(panel):
    return {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in panel.text.extraSelections()
    }


def test_span_index_finds_the_block_or_the_nearest():
    loaded = build_edition([source_from_text(PAGE1, "p1.txt")])
    edition = loaded.edition
    index = SpanIndex(edition)
    byline = block_with(edition, "本报记者 方远")
    span = byline.spans[0]
    assert index.block_at(0, span.start) == byline.id
    assert index.block_at(0, span.end - 1) == byline.id
    assert index.block_at(0, span.end + 5) == byline.id  # past the end: the last block
    headline = block_with(edition, "进村路")
    assert index.block_at(0, headline.spans[0].start - 1) == headline.id  # the blank line before
    assert index.block_at(3, 0) is None


def test_utf16_map_counts_astral_characters_twice():
    text = "甲𠀀乙𠀁丙"
    mapping = Utf16Map(text)
    assert [mapping.to_qt(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert [mapping.from_qt(q) for q in range(8)] == [0, 1, 1, 2, 3, 3, 4, 5]
    plain = Utf16Map("甲乙丙")
    assert plain.to_qt(2) == 2 and plain.from_qt(2) == 2


def test_pages_and_the_current_block_on_another_page(qtbot):
    panel, controller = make_panel(qtbot)
    assert panel.page_box.isVisibleTo(panel) and panel.page_box.count() == 2
    assert panel.page_box.itemText(1) == "Page 2 — p2.txt"
    block = block_with(controller.edition, "自习室")
    controller.select_block(block.id)
    assert panel.current_page() == 1
    assert panel.text.toPlainText() == PAGE2
    span = block.spans[0]
    assert (span.start, span.end) in lit_ranges(panel)
    assert panel.text.textCursor().position() == span.start
    assert panel.location.text() == "Line 7"
    panel.page_box.setCurrentIndex(0)
    assert panel.text.toPlainText() == PAGE1
    assert (span.start, span.end) not in lit_ranges(panel)


def test_click_goes_to_the_block_and_after_edits_undo_redo(qtbot):
    panel, controller = make_panel(qtbot)
    edition = controller.edition
    panel.page_box.setCurrentIndex(1)
    second = block_with(edition, "自习室")
    first = block_with(edition, "昨日开馆")
    with qtbot.waitSignal(controller.current_block_changed):
        click_at(qtbot, panel, PAGE2.index("自习室"))
    assert controller.current_block_id == second.id
    assert controller.current_article_id == edition.article_of_block(second.id).id
    # Merge the two paragraphs: the look-up follows the change, and undo, and redo.
    assert controller.push(edits.merge_blocks(edition, first.id, second.id), "merge")
    click_at(qtbot, panel, PAGE2.index("每天开放"))
    assert controller.current_block_id == first.id
    controller.undo_stack.undo()
    click_at(qtbot, panel, PAGE2.index("每天开放"))
    assert controller.current_block_id == second.id
    controller.undo_stack.redo()
    click_at(qtbot, panel, PAGE2.index("每天开放"))
    assert controller.current_block_id == first.id


def test_enter_goes_to_the_block_at_the_caret(qtbot):
    panel, controller = make_panel(qtbot)
    cursor = panel.text.textCursor()
    cursor.setPosition(PAGE1.index("本报记者 方远\n"))
    panel.text.setTextCursor(cursor)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert controller.current_block_id == block_with(controller.edition, "本报记者 方远").id


def test_one_source_has_no_page_selector(qtbot):
    controller = new_controller([source_from_text(PAGE1, "p1.txt")])
    panel = SourcePanel(controller)
    qtbot.addWidget(panel)
    assert not panel.page_box.isVisibleTo(panel)
    assert panel.text.toPlainText() == PAGE1


def test_empty_window_before_an_edition_is_open(qtbot):
    from editor.ui.diff_view import DiffView
    from editor.ui.find_replace import FindReplaceWidget

    controller = empty_controller()
    panel, diff, bar = SourcePanel(controller), DiffView(controller), FindReplaceWidget(controller)
    for widget in (panel, diff, bar):
        qtbot.addWidget(widget)
    assert panel.text.toPlainText() == "" and panel.go_to_offset(0, 0) is None
    assert diff.diff is None
    bar.find_field.setText("河")
    assert bar.find_next() is None and bar.replace_all() == 0


def long_page_panel(qtbot, last_line: str = ""):
    """A panel, 300 pixels high, on one page of 80 paragraphs (and `last_line` after them)."""
    filler = "".join(f"第{i}段：今天天气晴朗，村里的工作照常进行。\n\n" for i in range(80))
    text = "长稿件的标题\n\n" + filler + last_line
    controller = new_controller([source_from_text(text, "long.txt")])
    panel = SourcePanel(controller)
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, controller


def test_the_current_block_is_scrolled_into_view(qtbot):
    panel, controller = long_page_panel(qtbot, "最后一段说的是河湾村的新路。\n")
    last = block_with(controller.edition, "最后一段")
    controller.select_block(last.id)
    cursor = panel.text.textCursor()
    assert cursor.position() == last.spans[0].start
    assert panel.text.viewport().rect().contains(panel.text.cursorRect(cursor).center())
    assert panel.text.verticalScrollBar().value() > 0


def test_the_light_follows_edits_and_is_not_laid_again_for_nothing(qtbot, monkeypatch):
    """An edit tells the panel of the article, the change and the block one after another:
    the spans are lit again only when they changed, and always as they are now."""
    panel, controller = make_panel(qtbot)
    edition = controller.edition
    first, second = block_with(edition, "昨日开馆"), block_with(edition, "自习室")
    controller.select_block(second.id)
    lit = []
    real = panel.text.setExtraSelections
    monkeypatch.setattr(panel.text, "setExtraSelections", lambda s: (lit.append(s), real(s)))
    controller.select_block(second.id)
    controller.changed.emit({edition.article_of_block(second.id).id})
    assert lit == []
    assert controller.push(edits.merge_blocks(edition, first.id, second.id), "merge")
    controller.select_block(first.id)
    assert lit

    def spans_of(block):
        page = Utf16Map(PAGE2)
        return {(page.to_qt(s.start), page.to_qt(s.end)) for s in block.spans}

    article = edition.article_of_block(first.id)
    assert lit_ranges(panel) == set().union(*(spans_of(b) for b in article.blocks))
    controller.undo_stack.undo()
    assert lit_ranges(panel) >= spans_of(edition.block(second.id))


def test_a_block_already_in_view_does_not_move_the_page(qtbot):
    panel, controller = long_page_panel(qtbot)
    far = block_with(controller.edition, "第40段")
    controller.select_block(far.id)
    bar = panel.text.verticalScrollBar()
    centred = bar.value()
    assert centred > 0
    near = block_with(controller.edition, "第41段")  # on screen, below the middle
    controller.select_block(near.id)
    assert bar.value() == centred
    assert panel.text.textCursor().position() == near.spans[0].start
