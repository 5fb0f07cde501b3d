"""Load the window's translation (Chinese or English) and Qt's own, at start-up.

The source strings are English; resources/translations holds one compiled catalogue per
language (layout_assistant_<lang>.qm), made from the .ts files with pyside6-lrelease.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
PREFIX = "layout_assistant_"
SOURCE_LANGUAGE = "en"
CHINESE = "zh_CN"

# Translators stay referenced here while installed; Qt does not own them.
_installed: list[QTranslator] = []


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
    return language
