"""Translations: the catalogues are complete, load, and the panels switch language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from editor.core.findings.base import Kind
from editor.core.findings.explain import TEMPLATES
from editor.core.pipeline import build_edition
from editor.core.reading import source_from_text
from editor.ui import finding_text, translations
from editor.ui.translations import (
    TRANSLATIONS_DIR,
    available_languages,
    install_translator,
    normalise,
    remove_translators,
)

CATALOGUES = sorted(TRANSLATIONS_DIR.glob("layout_assistant_*.ts"))
PLACEHOLDER = re.compile(r"%n|%\d|\{\w+\}")


@pytest.fixture
def english_after(qapp):
    """Whatever a test installs, the next test starts in the English source language."""
    yield qapp
    remove_translators(qapp)


def messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message


def test_both_catalogues_exist_with_compiled_files():
    assert {p.stem for p in CATALOGUES} == {"layout_assistant_en", "layout_assistant_zh_CN"}
    for path in CATALOGUES:
        assert path.with_suffix(".qm").stat().st_size > 0
    assert available_languages() == ["en", "zh_CN"]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_every_message_is_translated_and_keeps_its_placeholders(path):
    count = 0
    for context, message in messages(path):
        translation = message.find("translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        count += 1
        source = message.find("source").text
        assert translation.get("type") != "unfinished", (context, source)
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        for form in forms:
            assert form, (context, source)
            assert sorted(set(PLACEHOLDER.findall(form))) == sorted(
                set(PLACEHOLDER.findall(source))
            ), (context, source, form)
    assert count > 100


def test_chinese_translator_translates_known_strings(english_after):
    assert install_translator(english_after, "zh_CN") == "zh_CN"
    assert QCoreApplication.translate("FindReplaceWidget", "Replace all") == "全部替换"
    assert QCoreApplication.translate("Role", "Dateline") == "电头"
    assert finding_text.kind_label(Kind.JUMP_CONTINUATION) == "转版接续"
    remove_translators(english_after)
    assert QCoreApplication.translate("FindReplaceWidget", "Replace all") == "Replace all"


def test_english_catalogue_has_plural_forms(english_after):
    assert install_translator(english_after, "en") == "en"
    one = QCoreApplication.translate("FindReplaceWidget", "%n replacement(s)", "", 1)
    many = QCoreApplication.translate("FindReplaceWidget", "%n replacement(s)", "", 3)
    assert (one, many) == ("1 replacement", "3 replacements")


def test_language_names_are_normalised(monkeypatch):
    assert normalise("zh") == normalise("zh-CN") == normalise("zh_TW") == "zh_CN"
    assert normalise("en_US") == "en"
    assert normalise("fr") == "en"
    monkeypatch.setattr(translations.QLocale, "system", lambda: QLocale(QLocale.Language.Chinese))
    assert normalise(None) == "zh_CN"
    monkeypatch.setattr(translations.QLocale, "system", lambda: QLocale(QLocale.Language.German))
    assert normalise(None) == "en"


def test_every_finding_code_has_a_sentence(english_after):
    assert set(finding_text.codes()) == set(TEMPLATES)
    install_translator(english_after, "zh_CN")

    class Repair:
        code = "dateline_glued"
        evidence = {"field": "本报讯（记者 方远）"}

    assert finding_text.explanation(Repair()) == "电头“本报讯（记者 方远）”与首段连在一起。"
    Repair.evidence = {}
    assert "…" in finding_text.explanation(Repair())  # missing evidence never raises


def test_panels_follow_a_language_switch(qtbot, english_after):
    from editor.ui.controller import Controller
    from editor.ui.find_replace import FindReplaceWidget
    from editor.ui.findings_panel import FindingsPanel

    controller = Controller()
    text = "河湾村修好了进村路\n\n本报讯（记者 方远）五月初，河湾村的进村路全线通车。\n"
    loaded = build_edition([source_from_text(text)], repair=False)
    controller.set_edition(loaded.edition)
    panel = FindingsPanel(controller)
    bar = FindReplaceWidget(controller)
    qtbot.addWidget(panel)
    qtbot.addWidget(bar)
    assert panel.fix_action.text() == "&Fix"
    install_translator(english_after, "zh_CN")
    qtbot.waitUntil(lambda: panel.fix_action.text() == "修复(&F)")
    assert bar.replace_all_button.text() == "全部替换(&A)"
    assert panel.tabs.tabText(0).startswith("待处理问题")
    assert panel.findings_model.index(0, 0).data() == "电头混入正文"
    remove_translators(english_after)
    qtbot.waitUntil(lambda: panel.fix_action.text() == "&Fix")
    controller.undo_stack.clear()
    controller.deleteLater()


def test_undo_and_redo_name_their_step_in_the_window_language(qtbot, english_after):
    """The menu says what Undo takes back, in the window's language, also after a switch
    (the steps made before it are named again: the history showed "Status: Proofread" in
    the Chinese window); the toolbar keeps the short label, so it does not shift."""
    from editor.core.model import Status
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings
    from tests.ui.conftest import SAMPLE

    window = MainWindow(settings=Settings())
    qtbot.addWidget(window)
    assert window.open_files(SAMPLE)
    stack = window.controller.undo_stack
    window.status_actions[Status.PROOFREAD].trigger()
    assert stack.undoText() == "Status: Proofread"
    assert window.undo_action.text() == "Undo Status: Proofread"
    assert window.undo_action.iconText() == "Undo"
    window.set_language("zh_CN")
    assert stack.undoText() == "状态：已校对"
    assert stack.text(0) == "自动修复"  # the import's auto-repair, made in English
    assert window.undo_action.text() == "撤销 状态：已校对"
    assert window.undo_action.iconText() == "撤销"
    stack.undo()
    assert window.redo_action.text() == f"重做 {stack.redoText()}"
    assert window.undo_action.text() == f"撤销 {stack.undoText()}"
    stack.redo()
    window.set_language("en")
    assert window.undo_action.text() == "Undo Status: Proofread"
    stack.clear()
    assert (window.undo_action.text(), window.redo_action.text()) == ("Undo", "Redo")
    window.set_language("zh_CN")
    assert (window.undo_action.text(), window.redo_action.text()) == ("撤销", "重做")
    window.set_language("en")
    assert window.undo_action.text() == "Undo"


def _translated_literals():
    """(file, line, text) of every string literal the code hands to a translation call:
    `tr`, `self.tr`, a helper named like one (`_tr`), `translate`, the NOOP markers."""
    import ast
    from pathlib import Path

    root = Path(translations.__file__).resolve().parents[1]
    names = re.compile(r"^_*tr$|^translate$|^QT_TR(ANSLATE)?_NOOP$")
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if not names.match(name):
                continue
            # The text: the first argument of tr, the second of translate and the markers.
            position = 0 if name.lstrip("_") == "tr" or name == "QT_TR_NOOP" else 1
            if len(node.args) > position:
                text = node.args[position]
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    yield path.name, node.lineno, text.value


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_every_text_the_code_translates_is_in_the_catalogue(path):
    """A text shown through a helper lupdate does not know (`_tr("…")`) never reached the
    catalogues, and stayed English in the Chinese window."""
    sources = {message.find("source").text for _, message in messages(path)}
    found = list(_translated_literals())
    assert len(found) > 200
    missing = [(name, line, text) for name, line, text in found if text not in sources]
    assert not missing
