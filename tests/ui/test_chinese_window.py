"""The Chinese window says nothing in English: its menus, panels and dialogs, Qt's own file
dialog and title suffix, the undo steps made before a switch, why a file cannot be read or
written (core says it in English), and why a search pattern is invalid (Python does).
A static check keeps English literals from reaching a widget without a translation call."""

from __future__ import annotations

import ast
import errno
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)

from editor.core import fileio, reading
from editor.core.fileio import OutputError, atomic_write_bytes
from editor.core.locking import LockInfo
from editor.core.model import Status
from editor.core.project import ProjectError, load_project
from editor.core.reading import InputError, read_source
from editor.core.recovery import RecoveryInfo
from editor.ui import problem_text as problem_module
from editor.ui.dialogs import ArticlePicker, DiskChangedDialog, LockedDialog, RecoveryDialog
from editor.ui.export_dialog import ExportDialog
from editor.ui.find_replace import FindReplaceWidget
from editor.ui.main_window import MainWindow, PreferencesDialog
from editor.ui.problem_text import lock_holder, problem_text
from editor.ui.settings import Settings
from editor.ui.translations import install_translator, remove_translators
from tests.ui.conftest import SAMPLE, new_controller

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ENGLISH = re.compile(r"[A-Za-z]{2,}")
# Words a Chinese newsroom reads as they are: key caps, file formats and encodings, and
# the English entry of the language menu (each language is offered in its own name).
KEPT = {
    "Ctrl", "Shift", "Alt", "Del", "PgUp", "PgDown", "Return", "Esc",
    "JSON", "Lines", "Markdown", "HTML", "NITF", "XML", "Word", "DOCX",
    "ZIP", "PDF", "UTF", "GB", "NUL", "MB", "English",
}  # fmt: skip
# Paths and file names (the user's), format ids (layout-assistant/edition): not our words.
NAMES = re.compile(r"[\w.+-]*[/\\][^\s()（）“”：；，。]*|[\w-]*(?:\.[A-Za-z]\w*)+")


def english_words(text: str) -> list[str]:
    """The English words of a text shown in the Chinese window, but for KEPT and names."""
    text = re.sub(r"<[^>]+>", " ", text)  # rich text tags
    return [word for word in ENGLISH.findall(NAMES.sub(" ", text)) if word not in KEPT]


def shown_texts(top: QWidget) -> list[str]:
    """Every text a widget and its children show or tell: titles, labels, buttons, actions,
    tooltips, items and headers of their lists (not the user's own text being edited)."""
    texts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractSpinBox):
            texts += [widget.specialValueText(), getattr(widget, "suffix", str)()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model())
        for action in widget.actions():
            texts += [action.text(), action.iconText(), action.toolTip(), action.statusTip()]
    return [text for text in texts if text]


def _model_texts(model) -> list[str]:
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps its one column private
        columns = 1
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    for row in range(min(model.rowCount(QModelIndex()), 60)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def english_in(widget: QWidget) -> list[tuple[str, list[str]]]:
    return [(text, words) for text in shown_texts(widget) if (words := english_words(text))]


@pytest.fixture
def chinese(qapp):
    """The Chinese translation for one test; the next test starts in English again."""
    install_translator(qapp, "zh_CN")
    yield qapp
    remove_translators(qapp)


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )
    win = MainWindow(settings=Settings())
    qtbot.addWidget(win)
    assert win.open_files(SAMPLE)
    return win


@pytest.fixture
def critical(monkeypatch):
    """The texts of error message boxes, recorded instead of shown."""
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *_: told.append(text))
    )
    return told


def test_the_helpers_see_english(qtbot):
    assert english_words("无法打开：/tmp/a b.txt（Permission denied）") == ["Permission", "denied"]
    assert english_words("JSON（layout-assistant/edition）· Ctrl+回车 · 第1版 — page1.txt") == []
    box = QMessageBox(QMessageBox.Icon.Warning, "标题", "正文", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    box.setInformativeText("Overwrite")
    assert sorted(words for _text, words in english_in(box)) == [["OK"], ["Overwrite"]]


# --- the window and its dialogs ------------------------------------------------------------


def test_the_window_switched_to_chinese_shows_no_english(qtbot, qapp, window):
    """Menus, toolbar, docks, tree, findings, find bar, status bar and the undo history;
    the steps taken in English (the import's auto-repair, a status) are named again."""
    window.status_actions[Status.PROOFREAD].trigger()
    window.history_dock.show()
    findings = window.panels["findings"]
    try:
        window.set_language("zh_CN")
        qtbot.waitUntil(lambda: findings.fix_action.text() == "修复(&F)")  # its own event
        assert english_in(window) == []
        assert window.windowTitle().endswith("— 版面助手")
        assert window.controller.undo_stack.text(0) == "自动修复"
        window.set_language("en")
        assert window.controller.undo_stack.text(0) == "Auto-repair"
    finally:
        remove_translators(qapp)


def test_the_dialogs_show_no_english(qtbot, chinese, controller, tmp_path):
    edition = controller.edition
    info = LockInfo("王敏", "编辑部07", 4242, "2026-03-12T08:30:00+00:00")  # their names
    recovery = RecoveryInfo(
        tmp_path / "r.json", "/news/0312.layout.json", "2026-03-12T08:30:00+00:00", 1, "h",
        "s", False,
    )  # fmt: skip
    settings = Settings()
    settings.export_folder = str(tmp_path)
    dialogs = [
        ArticlePicker(edition, None),
        PreferencesDialog(settings),
        LockedDialog("/news/0312.layout.json", info, True),
        DiskChangedDialog("/news/0312.layout.json", False),
        RecoveryDialog([recovery]),
        ExportDialog(edition, settings),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() and not english_words(dialog.windowTitle())
        assert english_in(dialog) == [], type(dialog).__name__
    qtbot.waitUntil(lambda: dialogs[-1].preview_view.toPlainText() != "")


def test_qt_file_dialog_labels_qt_left_untranslated_are_chinese(qtbot, chinese):
    """Qt 6.11 gave "Look in:" and "Files of type:" mnemonics; its Chinese catalogue did not
    follow, so the import dialog showed them in English (where Qt draws the dialog)."""
    dialog = QFileDialog(None, "导入", "", "文本文件 (*.txt)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert [words for text in labels if (words := english_words(text))] == []
    assert "查找范围(&L)：" in labels


def test_the_application_is_named_in_the_window_language(qapp):
    """Qt appends the application's display name to every window title that does not end
    with it, so an English name followed every Chinese title ("首选项 — Layout Assistant")."""
    install_translator(qapp, "zh_CN")
    assert qapp.applicationDisplayName() == "版面助手"
    assert QLocale().language() == QLocale.Language.Chinese
    install_translator(qapp, "en")
    assert qapp.applicationDisplayName() == "Layout Assistant"
    assert QLocale().language() != QLocale.Language.Chinese or (
        QLocale.system().language() == QLocale.Language.Chinese
    )
    remove_translators(qapp)
    assert QLocale() == QLocale.system()


# --- why a file cannot be read or written ---------------------------------------------------


def _input_error(tmp_path: Path, name: str, data: bytes | None) -> InputError:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_source(path)
    return caught.value


def _project_error(tmp_path: Path, text: str | None, backup: bool = False) -> ProjectError:
    path = tmp_path / "x.layout.json"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    if backup:
        fileio.backup_path(path).write_text("{}", encoding="utf-8")
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    return caught.value


def _output_error(target: Path) -> OutputError:
    with pytest.raises(OutputError) as caught:
        atomic_write_bytes(target, b"x")
    return caught.value


PROBLEMS = {
    "empty": lambda t: _input_error(t, "a.txt", b"  \n"),
    "pdf": lambda t: _input_error(t, "a.txt", b"%PDF-1.4 ..."),
    "nul": lambda t: _input_error(t, "a.txt", b"\xe6\x96\x87" + b"\x00" * 40 + b"\xe5\xad\x97"),
    "missing": lambda t: _input_error(t, "nope.txt", None),
    "folder": lambda t: _input_error(t, "", None),
    "unreadable": lambda t: _unreadable(t),
    "not a project": lambda t: _project_error(t, '{"format": "other"}'),
    "newer project": lambda t: _project_error(
        t, '{"format": "layout-assistant/project", "version": 99}'
    ),
    "broken json": lambda t: _project_error(t, '{"format": ', backup=True),
    "empty project": lambda t: _project_error(t, ""),
    "damaged project": lambda t: _project_error(
        t, '{"format": "layout-assistant/project", "version": 1}'
    ),
    "no project": lambda t: _project_error(t, None),
    "output is a folder": lambda t: _output_error(t),
    "output folder missing": lambda t: _output_error(t / "no" / "x.json"),
    "disk full": lambda t: OSError(errno.ENOSPC, "No space left on device", str(t / "x")),
}


def _unreadable(tmp_path: Path) -> InputError:
    try:
        raise PermissionError(errno.EACCES, "Permission denied")
    except PermissionError:
        try:
            raise InputError("unreadable", "permission denied", str(tmp_path / "a.txt")) from None
        except InputError as error:
            return error


@pytest.mark.parametrize("case", PROBLEMS)
def test_file_problems_are_said_in_chinese(chinese, tmp_path, case):
    error = PROBLEMS[case](tmp_path)
    text = problem_text(error)
    assert english_words(text) == [], (str(error), text)
    assert str(tmp_path) in text  # which file, first


def test_a_damaged_project_says_where_the_last_save_is(chinese, tmp_path):
    text = problem_text(PROBLEMS["broken json"](tmp_path))
    assert "第 1 行" in text and "x.layout.json.bak" in text


def _raised_codes(kind: str) -> set[str]:
    """The codes core raises `kind` (InputError, ProjectError) with, read from its source."""
    root = Path(reading.__file__).parent
    codes = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == kind
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                codes.add(node.args[0].value)
    return codes


def _output_codes() -> set[str]:
    """The codes core raises OutputError with (its `code=` keyword), read from its source."""
    root = Path(reading.__file__).parent
    codes = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "OutputError":
                codes |= {k.value.value for k in node.keywords if k.arg == "code"}
    return codes


def test_every_code_core_reads_files_with_has_a_sentence():
    known = set(problem_module._INPUT) | {"unreadable"}
    assert _raised_codes("InputError") - {"json"} <= known  # json: the CLI's import only
    assert _raised_codes("ProjectError") <= set(problem_module._PROJECT) | {"unreadable"}
    assert _output_codes() == set(problem_module._OUTPUT_REASONS)


def test_who_holds_a_project_is_said_in_chinese(chinese):
    text = lock_holder(LockInfo("wang", "desk-7", 4242, "2026-03-12T08:30:00+00:00"))
    assert "wang" in text and "desk-7" in text and "4242" in text
    assert english_words(text.replace("wang", "").replace("desk-7", "")) == []


def test_an_unreadable_lock_names_no_one_in_english(chinese, tmp_path):
    """A damaged lock file names no holder: the window says so in its language, and a time
    without a zone is read as the UTC locks record."""
    from editor.core.locking import lock_path, read_lock

    project = tmp_path / "edition.layout.json"
    lock_path(project).write_bytes(b"\x00garbage")
    text = lock_holder(read_lock(project))
    assert english_words(text) == [] and " 0" not in text
    naive = lock_holder(LockInfo("wang", "desk-7", 1, "2026-03-12T08:30:00"))
    aware = lock_holder(LockInfo("wang", "desk-7", 1, "2026-03-12T08:30:00+00:00"))
    assert naive == aware


def test_opening_a_file_that_is_no_text_is_explained_in_chinese(
    chinese, window, tmp_path, critical
):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.4 ...")
    assert not window.open_files([str(bad)])
    assert len(critical) == 1 and english_words(critical[0]) == []


def test_saving_where_no_file_can_be_written_is_explained_in_chinese(
    chinese, window, tmp_path, critical
):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    assert not window._save_to(str(tmp_path / "a-file" / "x.layout.json"))
    assert len(critical) == 1 and english_words(critical[0]) == []


def test_an_export_that_cannot_be_written_is_explained_in_chinese(
    qtbot, chinese, controller, tmp_path, critical
):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    dialog = ExportDialog(controller.edition, Settings())
    qtbot.addWidget(dialog)
    dialog.target_edit.setText(str(tmp_path / "a-file" / "out.json"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(critical))
    assert "a-file" in critical[0] and english_words(critical[0]) == []


def test_an_autosave_that_fails_is_explained_in_chinese(chinese, window, monkeypatch):
    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(window.session, "write_recovery", full)
    window.status_actions[Status.PROOFREAD].trigger()
    assert not window.autosave()
    message = window.statusBar().currentMessage()
    assert message and english_words(message) == []


# --- the find bar ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "replacement"),
    [("((", ""), (")", ""), ("*", ""), ("a**", ""), ("[本", ""), ("本{3,1}", ""),
     ("本\\", ""), ("[本-报]", ""), ("(本)", "\\3"), ("(本)", "\\g<标题>")],
)  # fmt: skip
def test_an_invalid_pattern_is_explained_in_chinese(qtbot, chinese, pattern, replacement):
    controller = new_controller([reading.source_from_text("本报讯 本市\n")])
    bar = FindReplaceWidget(controller)
    qtbot.addWidget(bar)
    bar.regex_box.setChecked(True)
    bar.find_field.setText(pattern)
    bar.replace_field.setText(replacement)
    bar.replace_all()
    assert bar.status.text().startswith(("正则表达式无效", "替换内容无效"))
    assert english_words(bar.status.text()) == []


# --- no English literal reaches a widget without a translation call -------------------------

# Calls that put text on screen, and the widgets built with a text.
SHOWS_TEXT = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setTitle", "setLabelText", "setSuffix", "setPrefix",
    "setSpecialValueText", "setEmptyLabel", "setInformativeText", "setDetailedText",
    "setTabText", "setItemText", "setIconText", "addItem", "addItems", "addTab",
    "setHeaderLabels", "setHorizontalHeaderLabels", "addAction", "addMenu", "addButton",
    "showMessage", "information", "warning", "critical", "question", "about", "getText",
    "getMultiLineText", "getItem", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
    "getExistingDirectory", "drawText", "QLabel", "QPushButton", "QCheckBox", "QGroupBox",
    "QAction", "QListWidgetItem", "QTreeWidgetItem", "QRadioButton", "QToolButton",
}  # fmt: skip
TRANSLATES = re.compile(r"^_*tr$|^translate$")


def _untranslated(node: ast.AST):
    """String pieces of an argument that no translation call wraps."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for value in node.values:
            inner = value.value if isinstance(value, ast.FormattedValue) else value
            yield from _untranslated(inner)
    elif isinstance(node, ast.BinOp):
        yield from _untranslated(node.left)
        yield from _untranslated(node.right)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _untranslated(element)
    elif isinstance(node, ast.IfExp):
        yield from _untranslated(node.body)
        yield from _untranslated(node.orelse)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if not TRANSLATES.match(node.func.attr):
            yield from _untranslated(node.func.value)  # "…".join(…), "…".replace(…)


def untranslated_literals(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in SHOWS_TEXT:
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                found += [(node.lineno, t) for t in _untranslated(argument) if ENGLISH.search(t)]
    return found


def test_the_static_check_finds_english_given_to_widgets():
    source = (
        'label.setText("Page")\nQMessageBox.warning(self, self.tr("标题"), f"Cannot {x}")\n'
        'menu.addAction(self.tr("&Fix"))\nbox.addItems([self.tr("All"), "Proofread"])\n'
        'self.setWindowTitle(f"{name} — " + "Layout Assistant")\nlabel.setText(f"{a} · {b}")\n'
    )
    assert [text for _line, text in untranslated_literals(source)] == [
        "Page", "Cannot ", "Proofread", "Layout Assistant",
    ]  # fmt: skip


def test_no_widget_gets_an_english_literal_without_a_translation_call():
    root = Path(problem_module.__file__).resolve().parents[1]
    sources = sorted((root / "ui").glob("*.py")) + [root / "app.py"]
    found = [
        (path.name, line, text)
        for path in sources
        for line, text in untranslated_literals(path.read_text(encoding="utf-8"))
    ]
    assert found == []
