"""What changed: the cleaned article beside its source text, differences marked."""

from __future__ import annotations

import pytest

from editor.core import edits
from editor.core.pipeline import build_edition
from editor.core.reading import source_from_text
from editor.ui.diff_view import DiffView, article_texts, diff_texts
from tests.ui.conftest import new_controller

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TEXT = """两江日报 2026年5月6日 星期三 第2版 城乡

河湾村修好了进村路

本报讯（记者 方远）五月初，河湾村的进村路全线通车。村民说，河湾村的

路再也不怕下雨了。

本报记者 方远

东坪镇新建一座图书馆

东坪镇图书馆昨日开馆，藏书两万册。
"""


def test_whitespace_is_not_a_difference():
    diff = diff_texts("甲乙丙\n丁", "甲 乙\n\n丙丁")
    assert diff.added == diff.removed == diff.moved_cleaned == diff.moved_source == []


def test_edits_and_moves_are_marked_on_their_side():
    diff = diff_texts("甲乙戊丙", "甲乙丙丁")
    assert diff.added == [(2, 3)] and diff.removed == [(3, 4)]
    assert diff.added_count() == 1 and diff.removed_count() == 1
    moved = diff_texts("标题\n正文一段。", "正文一段。\n标题")
    assert moved.moved_cleaned and moved.moved_source
    assert moved.added == [] and moved.removed == []
    assert "".join(moved.cleaned[a:b] for a, b in moved.moved_cleaned).strip() == "标题"


def test_article_texts_keep_source_order_and_line_breaks():
    edition = build_edition([source_from_text(TEXT)]).edition
    article = next(edition.articles())
    cleaned, source = article_texts(edition, article)
    assert cleaned.splitlines()[0] == "河湾村修好了进村路"
    assert "河湾村的\n\n路再也不怕下雨了" in source
    assert diff_texts(cleaned, source).added == []





def make_view(qtbot):
    controller = new_controller([source_from_text(TEXT)])
    view = DiffView(controller)
    qtbot.addWidget(view)
    view.resize(800, 400)
    return view, controller


def test_follows_the_article_and_its_edits_with_undo_and_redo(qtbot):
    view, controller = make_view(qtbot)
    view.show()
    qtbot.waitUntil(lambda: not view.pending())
    first = next(controller.edition.articles())
    assert view.cleaned.toPlainText().startswith("河湾村修好了进村路")
    assert "as printed" in view.summary.text()
    paragraph = next(b for b in first.blocks if "全线通车" in b.text)
    controller.push(
        edits.edit_text(
            controller.edition, paragraph.id, paragraph.text.replace("全线通车", "正式通车")
        ),
        "edit",
    )
    qtbot.waitUntil(lambda: not view.pending())
    assert [view.diff.cleaned[a:b] for a, b in view.diff.added] == ["正式"]
    assert [view.diff.source[a:b] for a, b in view.diff.removed] == ["全线"]
    assert len(view.cleaned.extraSelections()) == 1 == len(view.source.extraSelections())
    assert (
        "2 characters not in the source" in view.summary.text()
        or "2 character(s) not in the source" in view.summary.text()
    )
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: not view.pending())
    assert view.diff.added == [] and not view.cleaned.extraSelections()
    controller.undo_stack.redo()
    qtbot.waitUntil(lambda: not view.pending())
    assert view.diff.added
    second = list(controller.edition.articles())[1]
    controller.select_article(second.id)
    qtbot.waitUntil(lambda: not view.pending())
    assert view.cleaned.toPlainText().startswith("东坪镇新建一座图书馆")


def test_hidden_view_waits_until_shown(qtbot):
    view, controller = make_view(qtbot)
    second = list(controller.edition.articles())[1]
    controller.select_article(second.id)
    assert view.pending()
    view.show()
    qtbot.waitUntil(lambda: not view.pending())
    assert view.cleaned.toPlainText().startswith("东坪镇新建一座图书馆")
