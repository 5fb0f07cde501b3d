"""The main window as a user drives it: menus and shortcuts, files, status, closing."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from editor.core.model import Role, Status
from editor.ui import main_window as main_window_module
from editor.ui.controller import project_io
from editor.ui.dialogs import RecoveryDialog
from editor.ui.main_window import ArticlePicker, MainWindow
from editor.ui.settings import Settings
from editor.ui.tree_model import FURNITURE_ID, ID_ROLE
from tests.ui.conftest import SAMPLE, SEED

# The offscreen platform says so whenever a top-level window with docks is shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def never_block_on_close(monkeypatch):
    """Closing a modified window must not wait on a real dialog (tests choose otherwise)."""
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )


@pytest.fixture
def window(qtbot):
    win = MainWindow(settings=Settings())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    assert win.open_files(SAMPLE)
    return win


def articles(win):
    return list(win.controller.edition.articles())


def current(win):
    return win.controller.edition.article(win.controller.current_article_id)


def test_opens_the_sample_with_tree_editor_and_counts(window):
    edition = window.controller.edition
    assert window.tree_model.rowCount() == len(edition.sections) + 1  # and page furniture
    assert window.editor.article_id == articles(window)[0].id
    total = edition.article_count()
    assert window.progress_label.text() == f"0 of {total} proofread"
    assert "characters" in window.count_label.text()
    assert "page1.txt" in window.windowTitle()
    assert not window.isWindowModified()


def test_status_shortcuts_update_counts_and_undo(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.status_actions[Status.PROOFREAD].trigger()
    assert current(window).status == Status.PROOFREAD
    assert window.progress_label.text().startswith("1 of")
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert current(window).status == Status.TODO
    assert window.progress_label.text().startswith("0 of")
    window.redo_action.trigger()
    assert current(window).status == Status.PROOFREAD
    window.status_actions[Status.ATTENTION].trigger()
    assert current(window).status == Status.ATTENTION


def test_next_not_proofread_skips_proofread_articles(window):
    order = articles(window)
    order[1].status = Status.PROOFREAD
    window.next_todo_action.trigger()
    assert window.controller.current_article_id == order[2].id


def test_new_article_and_new_section(window, monkeypatch):
    edition = window.controller.edition
    before = edition.article_count()
    window.new_article_action.trigger()
    assert edition.article_count() == before + 1
    assert window.editor.article_id == window.controller.current_article_id
    assert current(window).blocks == []
    window.undo_action.trigger()
    assert edition.article_count() == before
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("新栏目", True)))
    sections = len(edition.sections)
    window.new_section_action.trigger()
    assert len(edition.sections) == sections + 1
    assert "新栏目" in [s.title for s in edition.sections]
    assert window.tree_model.rowCount() == sections + 2
    window.undo_action.trigger()
    assert len(edition.sections) == sections


def test_rename_section(window, monkeypatch):
    section = window.controller.edition.sections[0]
    old = section.title
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("要闻", True)))
    window.rename_section_action.trigger()
    assert section.title == "要闻"
    assert window.tree_model.index_of_section(section.id).data() == "要闻"
    window.undo_action.trigger()
    assert section.title == old
    assert window.tree_model.index_of_section(section.id).data() == old


def test_merge_split_and_delete_articles(window):
    edition = window.controller.edition
    order = articles(window)
    second = order[1]
    count = edition.article_count()
    window.controller.select_article(second.id)
    window.merge_action.trigger()
    assert edition.article_count() == count - 1
    assert not edition.has_article(second.id)
    assert window.controller.current_article_id == order[0].id
    window.undo_action.trigger()
    assert edition.has_article(second.id)
    window.controller.select_article(second.id)
    block = second.blocks[2]
    window.controller.select_block(block.id)
    window.split_action.trigger()
    assert edition.article_count() == count + 1
    assert edition.article_of_block(block.id) is not second
    assert window.controller.current_article_id == edition.article_of_block(block.id).id
    window.undo_action.trigger()
    assert edition.article_of_block(block.id) is second
    window.controller.select_article(second.id)
    window.delete_action.trigger()
    assert not edition.has_article(second.id)
    assert window.controller.current_article_id == order[2].id
    window.undo_action.trigger()
    assert edition.has_article(second.id)
    window.redo_action.trigger()
    assert not edition.has_article(second.id)


def test_style_shortcut_sets_role(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    article = current(window)
    body = next(i for i, b in enumerate(article.blocks) if b.role == Role.PARAGRAPH)
    window.controller.select_block(article.blocks[body].id)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert article.blocks[body].role == Role.SUBHEAD
    assert window.role_box.currentData() == Role.SUBHEAD.value
    qtbot.keyClick(window.editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert article.blocks[body].role == Role.PARAGRAPH
    window.undo_action.trigger()
    assert article.blocks[body].role == Role.SUBHEAD


def test_move_to_article_dialog(window, monkeypatch):
    order = articles(window)
    source, target = order[0], order[3]
    moving = source.blocks[-1]
    window.controller.select_block(moving.id)
    monkeypatch.setattr(
        ArticlePicker, "choose", staticmethod(lambda parent, edition, exclude: target.id)
    )
    window.move_block_action.trigger()
    assert target.blocks[-1] is moving
    window.undo_action.trigger()
    assert source.blocks[-1] is moving


def test_article_picker_filters(window, qtbot):
    edition = window.controller.edition
    picker = ArticlePicker(edition, None)
    qtbot.addWidget(picker)
    wanted = articles(window)[4]
    picker.filter.setText(wanted.headline)
    assert picker.chosen() == wanted.id


def test_comment_dialog(window, monkeypatch):
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("核对数字", True))
    )
    window.comment_action.trigger()
    assert current(window).comment == "核对数字"
    window.undo_action.trigger()
    assert current(window).comment == ""


def test_tree_click_selects_article(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    target = articles(window)[5]
    proxy_index = window.tree.index_for(window.tree_model.index_of_article(target.id))
    rect = window.tree.visualRect(proxy_index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.controller.current_article_id == target.id
    assert window.editor.article_id == target.id


def test_filter_box_shows_only_matching_articles(window):
    order = articles(window)
    window.controller.select_article(order[2].id)
    window.status_actions[Status.ATTENTION].trigger()
    window.filter_box.setCurrentIndex(3)
    proxy = window.tree_filter
    shown = [
        proxy.index(r, 0, proxy.index(s, 0)).data(Qt.ItemDataRole.UserRole + 1)
        for s in range(proxy.rowCount())
        for r in range(proxy.rowCount(proxy.index(s, 0)))
    ]
    assert shown == [order[2].id]
    window.filter_box.setCurrentIndex(0)
    assert window.tree.model().rowCount() == window.tree_model.rowCount()
    # Not shown, the filter no longer follows the mirror's rows (it costs every edit).
    assert proxy.sourceModel() is None
    window.filter_box.setCurrentIndex(3)
    assert proxy.rowCount() == 1


def test_export_json_writes_the_contract(window, tmp_path, answer_export):
    target = tmp_path / "out.json"
    answer_export(target)
    assert window.export()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "layout-assistant/edition"
    assert (
        sum(len(s["articles"]) for s in data["sections"])
        == window.controller.edition.article_count()
    )


@pytest.mark.skipif(project_io is None, reason="project files not available")
def test_save_and_reopen_project(window, tmp_path, monkeypatch):
    target = tmp_path / "edition"
    window.status_actions[Status.PROOFREAD].trigger()
    assert window.isWindowModified()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.save_action.trigger()
    saved = str(target) + main_window_module.PROJECT_SUFFIX
    assert window.controller.path == saved
    assert not window.isWindowModified()
    status = current(window).status
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (saved, "")))
    window.open_action.trigger()
    assert window.controller.path == saved
    assert current(window).status == status
    assert Settings().recent_files[0] == saved
    assert window.recent_menu.actions()[0].text().endswith(".json")


def test_import_bad_file_shows_a_message(window, tmp_path, monkeypatch):
    bad = tmp_path / "empty.txt"
    bad.write_text("   ", encoding="utf-8")
    shown = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(bad)], ""))
    )
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    edition = window.controller.edition
    window.import_action.trigger()
    assert shown and "empty" in shown[0]
    assert window.controller.edition is edition


def test_close_asks_before_discarding(window, monkeypatch):
    window.status_actions[Status.PROOFREAD].trigger()
    buttons = QMessageBox.StandardButton
    answers = iter([buttons.Cancel, buttons.Discard])
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return next(answers, buttons.Discard)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    assert not window.close()
    assert window.close()
    assert len(asked) == 2


def test_dropping_a_file_opens_it(window, qtbot):
    if not SEED.exists():
        pytest.skip("seed edition not present")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SEED))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.controller.edition.sources[0].name.endswith(SEED.name))


def test_seed_headline_sits_after_its_kicker(qtbot):
    if not SEED.exists():
        pytest.skip("seed edition not present")
    win = MainWindow(settings=Settings())
    qtbot.addWidget(win)
    assert win.open_files([str(SEED)])
    model = win.tree_model
    sections = [
        model.index(r, 0) for r in range(model.rowCount()) if model.is_section(model.index(r, 0))
    ]
    assert len(sections) == 2
    assert sum(model.rowCount(index) for index in sections) == 14
    headline = "凝聚合力招商引资“拔节起势”"
    article = next(a for a in win.controller.edition.articles() if a.headline == headline)
    roles = [b.role for b in article.blocks]
    assert roles[:2] == [Role.KICKER, Role.HEADLINE]
    assert article.blocks[1].text == headline
    win.controller.select_article(article.id)
    assert win.editor.document().findBlockByNumber(1).text() == headline


def test_language_switch_retranslates(window):
    window.language_actions["en"].trigger()
    assert Settings().language == "en"
    assert window.file_menu.title() == "&File"


def test_screenshot_is_not_blank(window, tmp_path, qtbot):
    window.show()
    qtbot.waitExposed(window)
    path = tmp_path / "window.png"
    assert window.grab().save(str(path))
    image = QImage(str(path)).scaled(200, 125)
    colours = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    assert len(colours) > 50
    QApplication.processEvents()


def test_start_up_opens_the_sample_when_no_file_is_given(qtbot):
    from editor.app import create_window

    win = create_window([])
    qtbot.addWidget(win)
    assert [s.name for s in win.controller.edition.sources] == ["page1.txt", "page2.txt"]


def test_start_up_on_a_bad_file_explains_it(qtbot, tmp_path, monkeypatch):
    from editor.app import create_window

    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    missing = tmp_path / "missing.txt"
    win = create_window([str(missing)])
    qtbot.addWidget(win)
    assert shown and "missing.txt" in shown[0]
    assert win.controller.edition is None
    assert not win.export_action.isEnabled()


@pytest.mark.skipif(project_io is None, reason="project files not available")
def test_autosave_and_recovery_after_a_crash(window, qtbot, monkeypatch):
    from editor.core import recovery

    window.status_actions[Status.PROOFREAD].trigger()
    proofread = current(window).id
    assert window.autosave()
    written = recovery.list_recoveries()
    assert len(written) == 1 and written[0].alive
    # A window that crashed leaves its file behind with a process that is gone.
    monkeypatch.setattr(recovery, "process_alive", lambda pid: False)
    monkeypatch.setattr(RecoveryDialog, "ask", staticmethod(lambda parent, found: (found[0], [])))
    fresh = MainWindow(settings=Settings())
    qtbot.addWidget(fresh)
    assert fresh.offer_recovery()
    assert fresh.controller.edition.article(proofread).status == Status.PROOFREAD
    assert fresh.isWindowModified()
    assert fresh.controller.path is None


@pytest.mark.skipif(project_io is None, reason="project files not available")
def test_saving_discards_the_recovery_file(window, tmp_path, monkeypatch):
    from editor.core import recovery

    window.status_actions[Status.PROOFREAD].trigger()
    assert window.autosave()
    assert recovery.list_recoveries()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "saved"), ""))
    )
    window.save_action.trigger()
    assert recovery.list_recoveries() == []
    assert not window.autosave()  # nothing unsaved: nothing written


def test_no_recovery_offered_without_orphans(qtbot):
    win = MainWindow(settings=Settings())
    qtbot.addWidget(win)
    assert not win.offer_recovery()


def test_dropping_editor_blocks_on_a_tree_article_moves_them(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    order = articles(window)
    source, target = order[0], order[2]
    moving = source.blocks[-1]
    window.controller.select_block(moving.id)
    data = window.editor.createMimeDataFromSelection()
    proxy_index = window.tree.index_for(window.tree_model.index_of_article(target.id))
    point = QPointF(window.tree.visualRect(proxy_index).center())
    event = QDropEvent(
        point,
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.tree.dropEvent(event)
    assert event.isAccepted()
    assert event.dropAction() == Qt.DropAction.CopyAction  # the editor never deletes text itself
    assert target.blocks[-1] is moving
    assert moving.id not in [b.id for b in source.blocks]
    window.undo_action.trigger()
    assert source.blocks[-1] is moving


def test_find_shows_the_bar_and_selects_a_match(window):
    if window.find_replace is None:
        pytest.skip("find and replace widget not present")
    window.find_action.trigger()
    assert not window.find_replace.isHidden()
    article = articles(window)[3]
    block = next(b for b in article.blocks if len(b.text) > 6)
    window.find_replace.match_selected.emit(block.id, 2, 5)
    assert window.editor.article_id == article.id
    assert window.editor.textCursor().selectedText() == block.text[2:5]
    window.find_replace.close_requested.emit()
    assert window.find_replace.isHidden()


def test_switching_to_chinese_and_back(window):
    from editor.ui.translations import TRANSLATIONS_DIR

    if not (TRANSLATIONS_DIR / "layout_assistant_zh_CN.qm").exists():
        pytest.skip("Chinese translation not compiled")
    try:
        window.language_actions["zh_CN"].trigger()
        assert Settings().language == "zh_CN"
        assert "&File" not in window.file_menu.title()
        shown = window.tree.model()  # the tree's labels too, not only the menus
        assert not shown.index(shown.rowCount() - 1, 0).data().startswith("Page furniture")
        assert shown.headerData(0, Qt.Orientation.Horizontal) != "Article"
    finally:
        window.language_actions["en"].trigger()
    assert window.file_menu.title() == "&File"
    assert shown.index(shown.rowCount() - 1, 0).data().startswith("Page furniture")


def test_every_menu_action_has_a_shortcut_and_none_is_shared(window):
    """Ambiguous shortcuts silently do nothing in Qt: each key belongs to one action."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMenu

    def actions(menu: QMenu):
        for action in menu.actions():
            if action.menu() is not None:
                yield from actions(action.menu())
            elif not action.isSeparator():
                yield action

    seen: dict[str, str] = {}
    for top in window.menuBar().actions():
        for action in actions(top.menu()):
            if action.parent() is window.recent_menu or action in window.language_actions.values():
                continue
            assert action.shortcuts(), f"{action.text()} has no shortcut"
            for key in action.shortcuts():
                text = key.toString(QKeySequence.SequenceFormat.PortableText)
                assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
                seen[text] = action.text()


def test_recent_file_reopens(window, qtbot):
    if not SEED.exists():
        pytest.skip("seed edition not present")
    assert window.open_files([str(SEED)])
    entries = window.recent_menu.actions()
    assert entries[0].text() == SEED.name
    assert window.open_files(SAMPLE)
    next(a for a in window.recent_menu.actions() if a.text() == SEED.name).trigger()
    assert window.controller.edition.sources[0].name.endswith(SEED.name)


def test_window_geometry_is_remembered(qtbot):
    first = MainWindow(settings=Settings())
    qtbot.addWidget(first)
    first.resize(700, 500)  # within the offscreen screen, which clamps larger windows
    first.history_dock.show()
    first.close()
    second = MainWindow(settings=Settings())
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (700, 500)
    assert second.restoreState(Settings().window_state)


def test_export_markdown_through_the_dialog(window, tmp_path, answer_export):
    target = tmp_path / "edition.md"
    reported = answer_export(target, "md")
    window.export_action.trigger()
    assert reported and "edition.md" in reported[0]
    text = target.read_text(encoding="utf-8")
    assert articles(window)[0].headline in text
    assert not text.lstrip().startswith("{")


def test_next_and_previous_article_keys_work_from_the_editor(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    order = articles(window)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.current_article_id == order[1].id
    qtbot.keyClick(window.editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.current_article_id == order[0].id
    window.previous_article_action.trigger()  # already the first: stays
    assert window.controller.current_article_id == order[0].id


def test_settings_round_trip_and_defaults():
    from editor.core.repair import DEFAULT_THRESHOLD
    from editor.ui.settings import MAX_RECENT

    settings = Settings()
    assert settings.language == ""  # follow the system until chosen
    assert settings.repair_threshold == DEFAULT_THRESHOLD
    assert settings.autosave_minutes == 5
    for i in range(MAX_RECENT + 3):
        settings.add_recent(f"/tmp/{i}.txt")
    settings.add_recent("/tmp/3.txt")
    recent = Settings().recent_files
    assert recent[0] == "/tmp/3.txt" and len(recent) == MAX_RECENT
    assert recent.count("/tmp/3.txt") == 1
    settings.repair_threshold = 7
    settings.language = "klingon"
    settings.autosave_minutes = 0
    fresh = Settings()
    assert fresh.repair_threshold == 1.01  # clamped: above 1 means "repair nothing"
    assert fresh.language == ""
    assert fresh.autosave_minutes == 0


def test_choosing_a_section_edits_its_title_and_notes(window, qtbot):
    from tests.ui.conftest import type_text

    window.show()
    qtbot.waitExposed(window)
    section = window.controller.edition.sections[0]
    head = [b.text for b in section.head]
    assert head  # the sample's first section has a banner and an editor's note
    rect = window.tree.visualRect(
        window.tree.index_for(window.tree_model.index_of_section(section.id))
    )
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.section_id == section.id
    assert window.controller.current_article_id is None
    document = window.editor.document()
    assert [document.findBlockByNumber(i).text() for i in range(document.blockCount())] == head
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    window.editor.setTextCursor(cursor)
    type_text(window.editor, "新")
    assert section.head[0].text == "新" + head[0]
    assert window.tree_model.index_of_section(section.id).data() == section.title
    window.undo_action.trigger()
    assert section.head[0].text == head[0]
    first = section.articles[0]
    window.controller.select_article(first.id)
    assert window.editor.article_id == first.id


def test_a_reading_bug_is_reported_not_raised(window, monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )

    def broken(paths):
        raise IndexError("list index out of range")

    monkeypatch.setattr(window.controller, "load_files", broken)
    assert not window.open_files(SAMPLE)
    assert "IndexError" in shown[0]


def test_preferences_change_threshold_and_autosave(window, monkeypatch):
    from editor.ui.main_window import PreferencesDialog

    def accept(dialog):
        dialog.threshold.setValue(0.9)
        dialog.autosave.setValue(0)
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    window.preferences_action.trigger()
    assert window.controller.repair_threshold == 0.9
    assert Settings().autosave_minutes == 0
    assert not window._autosave.isActive()


def test_page_furniture_is_shown_and_edited_from_the_tree(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    edition = window.controller.edition
    furniture = window.tree_model.index(window.tree_model.rowCount() - 1, 0)
    rect = window.tree.visualRect(window.tree.index_for(furniture))
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    document = window.editor.document()
    assert [document.findBlockByNumber(i).text() for i in range(document.blockCount())] == [
        b.text for b in edition.furniture
    ]
    assert not window.delete_action.isEnabled()


def test_dropping_an_article_on_another_section_in_the_tree_moves_it(window, qtbot):
    from editor.ui.tree_model import ARTICLE_MIME, encode_ids

    window.show()
    qtbot.waitExposed(window)
    edition = window.controller.edition
    moving = edition.sections[0].articles[0]
    target = edition.sections[1]
    data = QMimeData()
    data.setData(ARTICLE_MIME, encode_ids([moving.id]))
    index = window.tree.index_for(window.tree_model.index_of_section(target.id))
    point = QPointF(window.tree.visualRect(index).center())
    event = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.tree.dropEvent(event)
    assert edition.section_of_article(moving.id) is target
    assert moving.id in [a.id for a in edition.sections[1].articles]
    window.undo_action.trigger()
    assert edition.sections[0].articles[0] is moving


def test_counts_follow_structural_edits_without_a_full_recount(window, monkeypatch):
    """Merging, splitting and deleting articles recount only the articles they change."""
    def fresh(win):
        edition = win.controller.edition
        return {a.id: len("".join("".join(b.text for b in a.blocks).split()))
                for a in edition.articles()}

    monkeypatch.setattr(window, "_recount_chars",
                        lambda edition: pytest.fail("a structural edit recounted every article"))
    controller = window.controller
    second = articles(window)[1]
    controller.select_article(second.id)
    window.status_actions[Status.PROOFREAD].trigger()
    assert window.merge_with_previous()
    assert window._char_counts == fresh(window)
    assert window.progress_label.text().startswith("0 of")  # the proofread article is gone
    window.undo_action.trigger()
    assert window._char_counts == fresh(window)
    assert window.progress_label.text().startswith("1 of")
    assert controller.delete_article(articles(window)[2].id)
    assert window._char_counts == fresh(window)
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert window._char_counts == fresh(window)
    edition_total = sum(fresh(window).values())
    assert f"{edition_total:,}" in window.count_label.text()


def test_deleting_the_section_of_the_current_article_keeps_the_window_whole(window):
    controller = window.controller
    edition = controller.edition
    first = edition.sections[0]
    controller.new_section("新栏目", first.id)
    controller.select_article(first.articles[0].id)
    controller.delete_section(first.id)
    assert not edition.has_section(first.id)
    assert controller.current_article_id is not None
    assert window.tree_model.rowCount() == len(edition.sections) + 1
    window.undo_action.trigger()
    assert edition.has_section(first.id)


def test_a_structural_edit_repaints_the_tree_once(window, qtbot):
    """Rows laid out while painting change the scroll bar and ask for a second full paint."""
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    window.show()
    qtbot.waitExposed(window)
    window.controller.select_article(articles(window)[2].id)
    counter = PaintCounter()
    for _ in range(3):
        QApplication.processEvents()
    window.tree.viewport().installEventFilter(counter)
    window.merge_with_previous()
    for _ in range(3):
        QApplication.processEvents()
    window.tree.viewport().removeEventFilter(counter)
    assert counter.count == 1


def test_an_edit_lays_the_window_out_before_one_paint(window, qtbot):
    """New counts in the status bar and the source panel, and a new undo text, must not
    lay the window out after it painted (and make it paint a second time)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QToolButton

    class PaintCounter(QObject):
        def __init__(self, names: dict) -> None:
            super().__init__()
            self.names = names
            self.counts: dict[str, int] = {}

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                name = self.names[watched]
                self.counts[name] = self.counts.get(name, 0) + 1
            return False

    window.show()
    qtbot.waitExposed(window)
    window.controller.select_article(articles(window)[2].id)
    for _ in range(3):
        QApplication.processEvents()
    undo_button = window.toolbar.widgetForAction(window.undo_action)
    assert isinstance(undo_button, QToolButton)
    before = undo_button.geometry()
    location = window.panels["source"].location
    watched = {"source dock": window.source_dock, "status bar": window.statusBar(),
               "location": location}
    counter = PaintCounter({widget: name for name, widget in watched.items()})
    for widget in watched.values():
        widget.installEventFilter(counter)
    old_location, old_count = location.text(), window.count_label.text()
    window.merge_with_previous()
    for _ in range(4):
        QApplication.processEvents()
    for widget in watched.values():
        widget.removeEventFilter(counter)
    assert location.text() != old_location and window.count_label.text() != old_count
    assert counter.counts == {"source dock": 1, "status bar": 1, "location": 1}
    assert undo_button.geometry() == before
    assert window.undo_action.toolTip() != undo_button.text() == window.tr("Undo")


def test_the_tree_shows_the_filter_only_while_one_is_chosen(window, qtbot):
    """Unfiltered, the view shows the mirror (half the layout work); a chosen filter swaps
    in the filter; either way the current article stays selected and clicks select."""
    from PySide6.QtCore import QModelIndex

    from editor.core import edits
    from editor.ui.tree_model import ID_ROLE, StructureFilter, StructureMirror

    window.show()
    qtbot.waitExposed(window)
    order = articles(window)
    edition = window.controller.edition
    assert isinstance(window.tree.model(), StructureMirror)
    window.controller.select_article(order[3].id)
    window.status_actions[Status.ATTENTION].trigger()
    window.filter_box.setCurrentIndex(3)  # needs attention
    assert isinstance(window.tree.model(), StructureFilter)
    current = window.tree.currentIndex()
    assert current.data(ID_ROLE) == order[3].id
    assert window.tree.isExpanded(current.parent())
    window.controller.select_article(order[0].id)  # filtered out: nothing to show
    window.tree.setCurrentIndex(QModelIndex())
    rect = window.tree.visualRect(current)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.controller.current_article_id == order[3].id  # the filter's clicks select
    window.filter_box.setCurrentIndex(0)
    assert isinstance(window.tree.model(), StructureMirror)
    assert window.tree.currentIndex().data(ID_ROLE) == order[3].id
    # A section that appears opens, whichever model is shown.
    window.controller.push(edits.new_section(edition, 0, "新栏目"), "new section")
    window.controller.push(edits.move_article(edition, order[5].id, edition.sections[0].id, 0),
                           "move")
    assert window.tree.isExpanded(window.tree.model().index(0, 0))


def _open_sections(win) -> list[bool]:
    """Whether each section row of the shown tree is open (page furniture left out)."""
    model = win.tree.model()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    return [win.tree.isExpanded(i) for i in rows if i.data(ID_ROLE) != FURNITURE_ID]


def test_a_large_edition_opens_with_only_the_current_section_open(qtbot, monkeypatch):
    """Past OPEN_ROWS_LIMIT article rows the sections open closed (the view lays out every
    open row after each structural edit), the current article's open; an edition under
    the limit opens all; the View menu's actions open and close them all."""
    from editor.ui.tree_model import StructureView

    small = MainWindow(settings=Settings())
    qtbot.addWidget(small)
    assert small.open_files(SAMPLE)
    assert all(_open_sections(small))  # 15 articles: under the limit

    monkeypatch.setattr(StructureView, "OPEN_ROWS_LIMIT", 10)
    win = MainWindow(settings=Settings())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    assert win.open_files(SAMPLE)
    edition = win.controller.edition
    assert _open_sections(win) == [True] + [False] * (len(edition.sections) - 1)
    # Going to an article of another section opens that section; the first stays open.
    later = edition.sections[2].articles[1]
    win.controller.select_article(later.id)
    assert _open_sections(win)[:3] == [True, False, True]
    assert win.tree.currentIndex().data(ID_ROLE) == later.id
    # A filter's rows follow the same rule; all rows again are as the editor left them.
    win.filter_box.setCurrentIndex(1)  # to do: every article still shown
    assert _open_sections(win) == [False, False, True] + [False] * (len(edition.sections) - 3)
    win.filter_box.setCurrentIndex(0)
    assert _open_sections(win) == [True, False, True] + [False] * (len(edition.sections) - 3)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.editor.setFocus()
    both = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    opened = _open_sections(win)
    qtbot.keyClick(win.editor, Qt.Key.Key_Right, both)  # the editor keeps its keys
    assert _open_sections(win) == opened
    win.tree.setFocus()
    qtbot.keyClick(win.tree, Qt.Key.Key_Right, both)
    assert all(_open_sections(win))
    qtbot.keyClick(win.tree, Qt.Key.Key_Left, both)
    assert not any(_open_sections(win))
    win.expand_sections_action.trigger()
    assert all(_open_sections(win))
    monkeypatch.setattr(StructureView, "OPEN_ROWS_LIMIT", 15)  # the limit itself opens all
    win.filter_box.setCurrentIndex(1)
    assert all(_open_sections(win))


def test_sections_are_as_the_editor_left_them_after_a_filter(qtbot):
    """A filter opens its sections by the loading rule; turned off, the tree shows the
    sections open and closed as the editor had them, and a section added meanwhile open.
    A new edition forgets the old one's."""
    from editor.core import edits

    win = MainWindow(settings=Settings())
    qtbot.addWidget(win)
    assert win.open_files(SAMPLE)
    edition = win.controller.edition
    assert len(edition.sections) >= 3
    model = win.tree.model()
    win.tree.collapse(model.index(1, 0))
    left = _open_sections(win)
    assert left[:3] == [True, False, True]
    win.filter_box.setCurrentIndex(1)
    assert all(_open_sections(win))
    win.controller.push(edits.new_section(edition, 0, "新栏目"), "new section")
    win.filter_box.setCurrentIndex(2)  # another filter: still the loading rule
    win.filter_box.setCurrentIndex(0)
    assert _open_sections(win) == [True] + left
    win.tree.collapse(win.tree.model().index(0, 0))
    win.filter_box.setCurrentIndex(1)
    assert win.open_files(SAMPLE)  # a new edition while the filter is shown
    win.filter_box.setCurrentIndex(0)
    assert all(_open_sections(win))


def test_a_filter_that_matches_nothing_says_so(window, qtbot):
    """An empty tree under a filter is explained in the tree (not a blank pane)."""
    window.show()
    qtbot.waitExposed(window)

    def printed(view) -> int:
        image = view.viewport().grab().toImage()
        background = image.pixel(1, image.height() - 2)
        return sum(
            image.pixel(x, y) != background
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        )

    window.filter_box.setCurrentIndex(3)  # needs attention: no article yet
    assert window.tree.model().rowCount() == 0
    assert printed(window.tree) > 50
    window.controller.select_article(articles(window)[0].id)
    window.status_actions[Status.ATTENTION].trigger()
    assert window.tree.model().rowCount() == 1
    shown = window.tree.viewport().grab().toImage()
    window.status_actions[Status.TODO].trigger()
    assert window.tree.model().rowCount() == 0
    assert window.tree.viewport().grab().toImage() != shown


def test_a_chosen_section_stays_current_when_a_filter_is_chosen(window, qtbot):
    """Choosing a filter swaps the tree's model: the current section must stay current,
    or Delete and Rename section lose their target."""
    from editor.ui.tree_model import source_index

    window.show()
    qtbot.waitExposed(window)
    section = window.controller.edition.sections[0]
    index = window.tree_model.index_of_section(section.id)
    rect = window.tree.visualRect(window.tree.index_for(index))
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window._selected_section() == section.id
    for choice in (1, 0):  # to do (every article passes, the section stays shown), then all
        window.filter_box.setCurrentIndex(choice)
        assert source_index(window.tree.currentIndex()) == index
        assert window._selected_section() == section.id
        assert window.delete_action.isEnabled()


def test_a_steady_label_grows_with_its_text_and_fits_a_new_font(qtbot):
    from PySide6.QtGui import QFont

    from editor.ui.steady_label import SteadyLabel

    label = SteadyLabel()
    qtbot.addWidget(label)
    label.setText("稿件：499 字")
    size = label.size()
    label.setText("稿件：9 字")  # shorter: the label keeps its size, the layout stays put
    assert label.size() == size
    label.setText("稿件：1,234,567 字 · 全版：12,345,678 字")
    assert label.width() > size.width() and label.width() >= label.sizeHint().width()
    bigger = QFont(label.font())
    bigger.setPointSize(bigger.pointSize() + 6)
    label.setFont(bigger)  # a new font, no new text: fitted again, nothing clipped
    assert label.size() == label.sizeHint()


def test_export_refuses_the_editions_own_file(qtbot, tmp_path, answer_export, monkeypatch):
    """File ▸ Export over the page file the edition was read from is refused, not asked."""
    import shutil

    page = tmp_path / "page1.txt"
    shutil.copy(SAMPLE[0], page)
    before = page.read_bytes()
    win = MainWindow(settings=Settings())
    qtbot.addWidget(win)
    assert win.open_files([str(page)])
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_: warnings.append(text))
    )
    answer_export(page, "txt")
    assert not win.export()
    assert len(warnings) == 1 and page.read_bytes() == before


def test_opening_columns_printed_side_by_side_warns(qtbot, monkeypatch):
    """The edition opens, and the editor is told why its stories are mixed and what to do;
    a file read well says nothing."""
    from pathlib import Path

    layout = Path(__file__).resolve().parents[1] / "fixtures" / "layouts" / \
        "two_columns_side_by_side.txt"
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_: warnings.append(text))
    )
    win = MainWindow(settings=Settings())
    qtbot.addWidget(win)
    assert win.open_files(SAMPLE)
    assert warnings == []
    assert win.open_files([str(layout)])
    assert len(warnings) == 1 and "two_columns_side_by_side.txt" in warnings[0]
    assert "pdftotext -layout" in warnings[0]
    assert win.controller.edition is not None
