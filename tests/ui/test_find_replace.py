"""Find and replace bar: find next/previous, replace one, replace all, errors, scope."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.core.reading import source_from_text
from editor.ui.find_replace import FindReplaceWidget
from tests.ui.conftest import new_controller

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TEXT = """两江日报 2026年5月6日 星期三 第2版 城乡

河湾村修好了进村路

本报讯（记者 方远）五月初，河湾村的进村路全线通车。村民说，河湾村的路再也不怕下雨了。

本报记者 方远

东坪镇新建一座图书馆

东坪镇图书馆昨日开馆，藏书两万册。馆长介绍，东坪镇的孩子放学后有了好去处。
"""





def make_bar(qtbot):
    controller = new_controller([source_from_text(TEXT)])
    bar = FindReplaceWidget(controller)
    qtbot.addWidget(bar)
    with qtbot.waitActive(bar):
        bar.show()
        bar.activateWindow()
    return bar, controller


def all_text(controller) -> str:
    return "\n".join(b.text for b in controller.edition.all_blocks())


def test_enter_finds_next_and_selects_the_block(qtbot):
    bar, controller = make_bar(qtbot)
    bar.find_field.setFocus()
    bar.find_field.insert("河湾村")  # as an input method commits it (keyClicks is ASCII only)
    with qtbot.waitSignal(bar.match_selected) as signal:
        qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    block_id, start, end = signal.args
    block = controller.edition.block(block_id)
    assert block.text[start:end] == "河湾村" and block.text.startswith("河湾村修好")
    assert controller.current_block_id == block_id
    assert bar.status.text() == "Match 1 of 3"
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert bar.status.text() == "Match 3 of 3"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_F3)
    assert bar.status.text() == "Match 1 of 3"  # wrapped around
    qtbot.keyClick(bar.find_field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status.text() == "Match 3 of 3"


def test_live_count_and_invalid_regex_is_shown_not_raised(qtbot):
    bar, controller = make_bar(qtbot)
    bar.find_field.insert("东坪镇")
    qtbot.waitUntil(lambda: "3" in bar.status.text())
    qtbot.mouseClick(bar.regex_box, Qt.MouseButton.LeftButton)
    bar.find_field.setText("(东坪")
    steps = controller.undo_stack.count()
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert bar.status.text().startswith("Invalid regular expression")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert bar.status.text().startswith("Invalid regular expression")
    assert controller.undo_stack.count() == steps


def test_replace_all_is_one_undo_step(qtbot):
    bar, controller = make_bar(qtbot)
    before = controller.edition.snapshot()
    steps = controller.undo_stack.count()
    bar.find_field.setText("东坪镇")
    bar.replace_field.setText("东坪乡")
    with qtbot.waitSignal(bar.status_message) as signal:
        qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].startswith("3 replacement")
    assert bar.status.text().startswith("3 replacement")
    assert controller.undo_stack.count() == steps + 1
    assert all_text(controller).count("东坪乡") == 3 and "东坪镇" not in all_text(controller)
    controller.undo_stack.undo()
    assert controller.edition.snapshot() == before
    controller.undo_stack.redo()
    assert all_text(controller).count("东坪乡") == 3


def test_regex_replace_all_with_groups(qtbot):
    bar, controller = make_bar(qtbot)
    bar.regex_box.setChecked(True)
    bar.find_field.setText(r"(\d+)月(\d+)日")
    bar.replace_field.setText(r"\1/\2")
    assert bar.replace_all() == 1
    assert "5/6" in all_text(controller)
    bar.replace_field.setText(r"\3")
    bar.find_field.setText(r"(河湾)村")
    assert bar.replace_all() == 0
    assert bar.status.text().startswith("Invalid replacement")


def test_replace_one_then_the_next(qtbot):
    bar, controller = make_bar(qtbot)
    bar.find_field.setText("河湾村")
    bar.replace_field.setText("河湾新村")
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)  # finds the first
    assert "河湾新村" not in all_text(controller)
    first = bar.current_match()
    qtbot.keyClick(bar.replace_field, Qt.Key.Key_Return)  # replaces it, goes to the next
    assert all_text(controller).count("河湾新村") == 1
    second = bar.current_match()
    assert second.text == "河湾村" and second != first
    block = controller.edition.block(second.block_id)
    assert block.text[second.start : second.end] == "河湾村"
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert all_text(controller).count("河湾新村") == 2
    controller.undo_stack.undo()
    assert all_text(controller).count("河湾新村") == 1
    controller.undo_stack.undo()
    assert "河湾新村" not in all_text(controller)
    controller.undo_stack.redo()
    assert all_text(controller).count("河湾新村") == 1


def test_scope_current_article(qtbot):
    bar, controller = make_bar(qtbot)
    articles = list(controller.edition.articles())
    controller.select_article(articles[1].id)
    bar.scope_box.setCurrentIndex(FindReplaceWidget.ARTICLE)
    bar.find_field.setText("河湾村")
    assert bar.find_next() is None and bar.status.text() == "No matches"
    bar.find_field.setText("镇")
    bar.replace_field.setText("乡")
    assert bar.replace_all() == 3
    assert "东坪镇" not in "".join(b.text for b in articles[1].blocks)
    controller.select_article(None)
    assert bar.replace_all() == 0 and bar.status.text() == "No article selected"


def test_escape_asks_to_close(qtbot):
    bar, _controller = make_bar(qtbot)
    bar.find_field.setFocus()
    with qtbot.waitSignal(bar.close_requested):
        qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)


def test_shift_enter_finds_previous(qtbot):
    bar, _controller = make_bar(qtbot)
    bar.find_field.setText("河湾村")
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert bar.status.text() == "Match 1 of 3"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status.text() == "Match 3 of 3"
