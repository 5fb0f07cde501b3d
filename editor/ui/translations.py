"""Load the window's translation (Chinese or English) and Qt's own, at start-up.

The source strings are English; resources/translations holds one compiled catalogue per
language (layout_assistant_<lang>.qm), made from the .ts files with pyside6-lrelease.
The language also names the application (Qt adds the name to window titles) and becomes
the default locale (Qt's file dialog names file types in it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
PREFIX = "layout_assistant_"
SOURCE_LANGUAGE = "en"
CHINESE = "zh_CN"

# Translators stay referenced here while installed; Qt does not own them.
_installed: list[QTranslator] = []

# Texts of Qt's own dialogs that Qt's Chinese catalogue lacks (Qt 6.11 gave them a
# mnemonic, so their old translations no longer match); ours supplies them.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def available_languages() -> list[str]:
    """Languages the window can be shown in: English (the source) and every compiled .qm."""
    found = sorted(p.stem.removeprefix(PREFIX) for p in TRANSLATIONS_DIR.glob(f"{PREFIX}*.qm"))
    return [SOURCE_LANGUAGE] + [lang for lang in found if lang != SOURCE_LANGUAGE]


def system_language() -> str:
    """Chinese when the system locale is Chinese, otherwise English."""
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else SOURCE_LANGUAGE


def normalise(language: str | None) -> str:
    """A supported language code for a setting or command-line value ("zh", "zh-CN", "en_US"…)."""
    if not language:
        return system_language()
    value = language.replace("-", "_")
    if value.lower().startswith("zh"):
        return CHINESE
    if value in available_languages():
        return value
    return SOURCE_LANGUAGE


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator this module installed (back to the English source)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for `language` (None: follow the system) and return it.

    Translators installed by an earlier call are removed first, so this can be called
    again after the user changes the language setting. A missing .qm leaves English.
    """
    remove_translators(app)
    language = normalise(language)
    ours = QTranslator()
    if ours.load(str(TRANSLATIONS_DIR / f"{PREFIX}{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    elif language != SOURCE_LANGUAGE:
        language = SOURCE_LANGUAGE
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator()
    if language != SOURCE_LANGUAGE and qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    # Qt's widgets say file types (and write numbers) as the window's language does: the
    # system's way when the system speaks it ("纯文本文档", not "plain text document").
    system = QLocale.system()
    wanted = QLocale(language)
    QLocale.setDefault(system if system.language() == wanted.language() else wanted)
    if isinstance(app, QGuiApplication):
        # Qt adds this name to every window title that does not end with it ("Preferences
        # — Layout Assistant"): in English it would follow every Chinese title.
        app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "Layout Assistant"))
    return language
