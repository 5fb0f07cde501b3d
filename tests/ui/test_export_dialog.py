"""The Export dialog: the preview follows the choice, an export writes what the core writes,
a failure is shown and writes nothing, and the window never waits for the worker."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from editor.core.export import ExportOptions, export_edition, preview
from editor.ui import export_dialog as export_dialog_module
from editor.ui.export_dialog import ARCHIVE, FILE, FOLDER, ExportDialog
from editor.ui.settings import Settings


@pytest.fixture
def shown(monkeypatch):
    """Message boxes by kind, recorded instead of shown; a question is answered No."""
    texts: dict[str, list[str]] = {"information": [], "warning": [], "critical": [], "question": []}

    def record(kind, answer=None):
        def show(_parent, _title, text, *_rest):
            texts[kind].append(text)
            return answer

        return staticmethod(show)

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.No))
    return texts


@pytest.fixture
def dialog(qtbot, controller, tmp_path, shown):
    settings = Settings()
    settings.export_folder = str(tmp_path)
    dlg = ExportDialog(controller.edition, settings)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.preview_view.toPlainText() != "")
    return dlg


def choose(qtbot, dialog, fmt, **options):
    """Pick a format and options as a user would; wait for the preview that follows."""
    ids = [
        dialog.format_list.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(dialog.format_list.count())
    ]
    with qtbot.waitSignal(dialog.preview_shown) as blocker:
        dialog.format_list.setCurrentRow(ids.index(fmt))
        for name, on in options.items():
            dialog.option_boxes[name].setChecked(on)
    return blocker.args[0]


def export(qtbot, dialog):
    with qtbot.waitSignal(dialog.exported, timeout=10000) as blocker:
        dialog.export_button.click()
    return blocker.args[0]


def folder_bytes(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_the_format_list_is_a_sound_model(dialog, qtmodeltester):
    qtmodeltester.check(dialog.format_list.model())
    assert dialog.format_list.count() == 7


def test_preview_follows_format_and_options(qtbot, dialog, controller):
    edition = controller.edition
    assert dialog.format_id() == "json"
    assert dialog.preview_view.toPlainText() == preview(edition, "json", ExportOptions())
    markdown = choose(qtbot, dialog, "md")
    assert markdown.startswith("# ") and markdown == preview(edition, "md", ExportOptions())
    without = choose(qtbot, dialog, "md", bylines=False)
    assert without == preview(edition, "md", ExportOptions(bylines=False)) != markdown
    split = choose(qtbot, dialog, "md", per_article=True)
    assert split.startswith("01-") and split.splitlines()[0].endswith(".md")
    assert "[Heading 1]" in choose(qtbot, dialog, "docx")
    assert dialog.preview_view.isReadOnly()


def test_options_and_target_follow_the_format(qtbot, dialog, tmp_path):
    choose(qtbot, dialog, "nitf", zip=False)
    assert dialog.option_boxes["per_article"].isHidden()
    assert not dialog.option_boxes["zip"].isHidden()
    assert dialog.target_kind() == FOLDER and dialog.target_path() == tmp_path / "page1"
    choose(qtbot, dialog, "nitf", zip=True)
    assert dialog.target_kind() == ARCHIVE and dialog.target_path() == tmp_path / "page1.zip"
    choose(qtbot, dialog, "jsonl")
    assert dialog.option_boxes["zip"].isHidden() and dialog.option_boxes["per_article"].isHidden()
    assert dialog.target_kind() == FILE and dialog.target_path() == tmp_path / "page1.jsonl"
    assert dialog.options() == ExportOptions()  # zip stays checked, but JSON Lines ignores it


def test_export_json_writes_what_the_core_writes(
    qtbot, dialog, controller, tmp_path, shown, monkeypatch
):
    target = tmp_path / "chosen" / "edition.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.choose_button.click()
    assert dialog.target_path() == target
    assert export(qtbot, dialog) == [target]
    expected = export_edition(controller.edition, "json", tmp_path / "expected.json")
    assert target.read_bytes() == expected[0].read_bytes()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(shown["information"]) == 1 and "edition.json" in shown["information"][0]
    assert Settings().export_format == "json"
    assert Settings().export_folder == str(target.parent)


def test_export_markdown_per_article_into_a_folder(
    qtbot, dialog, controller, tmp_path, shown, monkeypatch
):
    choose(qtbot, dialog, "md", per_article=True, captions=False)
    folder = tmp_path / "articles"
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    dialog.choose_button.click()
    written = export(qtbot, dialog)
    options = ExportOptions(per_article=True, captions=False)
    expected = export_edition(controller.edition, "md", tmp_path / "expected", options)
    assert [p.name for p in written] == [p.name for p in expected]
    assert folder_bytes(folder) == folder_bytes(tmp_path / "expected")
    assert len(written) == controller.edition.article_count()
    assert str(len(written)) in shown["information"][0]

    again = ExportDialog(controller.edition, Settings())  # remembers format, options, folder
    qtbot.addWidget(again)
    assert again.format_id() == "md" and again.options() == options
    assert again.target_path() == tmp_path / "page1"  # the folder kept, named for the edition
    qtbot.waitUntil(lambda: again.preview_view.toPlainText() != "")


def test_an_unwritable_target_is_explained_and_nothing_is_written(qtbot, dialog, tmp_path, shown):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    dialog.target_edit.setText(str(blocker / "out.json"))
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(shown["critical"]))
    assert not finished  # the dialog stays open to choose another place
    assert "a-file" in shown["critical"][0]
    assert not dialog.is_exporting() and dialog.export_button.isEnabled()
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]
    assert blocker.read_text(encoding="utf-8") == "x"
    assert Settings().export_format == ""  # only a finished export is remembered


def test_an_existing_file_is_replaced_only_when_the_user_agrees(qtbot, dialog, tmp_path, shown):
    target = tmp_path / "page1.json"
    target.write_text("old", encoding="utf-8")
    assert dialog.target_path() == target
    assert not dialog.start_export()  # the stubbed question answers No
    assert len(shown["question"]) == 1 and target.read_text(encoding="utf-8") == "old"
    assert not dialog.is_exporting()


def test_the_window_stays_responsive_and_edits_do_not_reach_a_running_export(
    qtbot, dialog, controller, tmp_path, monkeypatch
):
    expected = export_edition(controller.edition, "json", tmp_path / "expected.json")[0]
    gate = threading.Event()

    def held_export(*args, **kwargs):
        gate.wait(10)  # a guard against a hung test, not a pause: the test opens the gate
        return export_edition(*args, **kwargs)

    monkeypatch.setattr(export_dialog_module, "export_edition", held_export)
    with qtbot.waitSignal(dialog.export_started):
        dialog.export_button.click()
    assert dialog.is_exporting() and not dialog.export_button.isEnabled()
    assert dialog.cancel_button.isEnabled() and dialog.progress_bar.isVisibleTo(dialog)
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks))  # the UI thread runs its event loop while the worker waits
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    dialog.reject()  # Escape during a one-file write: it cannot stop half-way, so it waits
    assert not finished
    first = next(controller.edition.articles())
    assert controller.delete_article(first.id)
    with qtbot.waitSignal(dialog.exported) as blocker:
        gate.set()
    assert blocker.args[0][0].read_bytes() == expected.read_bytes()
    assert finished == [QDialog.DialogCode.Accepted]


def test_a_long_export_shows_its_count_and_stops_when_cancelled(
    qtbot, dialog, tmp_path, shown, monkeypatch
):
    choose(qtbot, dialog, "md", per_article=True)
    folder = tmp_path / "articles"
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    dialog.choose_button.click()
    gate = threading.Event()

    def held(*args, progress=None, **kwargs):
        def slowed(done, total):
            keep_on = progress(done, total)
            if done == 1:
                gate.wait(10)  # a guard against a hung test: the test opens the gate
            return keep_on

        return export_edition(*args, progress=slowed, **kwargs)

    monkeypatch.setattr(export_dialog_module, "export_edition", held)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "1 of" in dialog.status_label.text())
    assert dialog.progress_bar.maximum() > 1 and dialog.progress_bar.value() == 1
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    dialog.reject()  # Cancel while writing: stop after the file being written
    gate.set()
    qtbot.waitUntil(lambda: not dialog.is_exporting())
    assert not finished and "stopped" in dialog.status_label.text()
    assert 1 <= len(list(folder.iterdir())) < dialog._edition.article_count()


def test_the_editions_own_file_is_never_offered_for_replacing(qtbot, controller, tmp_path, shown):
    """The file the edition was read from (or its project) is refused before the usual
    'Replace it?' question, so one wrong click cannot destroy the source."""
    source = tmp_path / "page1.txt"
    source.write_text("原文", encoding="utf-8")
    dialog = ExportDialog(controller.edition, Settings(), keep=[str(source)])
    qtbot.addWidget(dialog)
    choose(qtbot, dialog, "txt")
    dialog.target_edit.setText(str(tmp_path / "." / "page1.txt"))
    assert not dialog.start_export()
    assert len(shown["warning"]) == 1 and "page1.txt" in shown["warning"][0]
    assert not shown["question"] and not dialog.is_exporting()
    assert source.read_text(encoding="utf-8") == "原文"
    # A folder export that would write over it fails in core, explained, nothing replaced.
    first = export_edition(controller.edition, "md", tmp_path / "arts",
                           ExportOptions(per_article=True))[0]
    first.write_text("原文", encoding="utf-8")
    keep_first = ExportDialog(controller.edition, Settings(), keep=[str(first)])
    qtbot.addWidget(keep_first)
    choose(qtbot, keep_first, "md", per_article=True)
    keep_first.target_edit.setText(str(tmp_path / "arts"))
    keep_first.export_button.click()
    qtbot.waitUntil(lambda: bool(shown["critical"]))
    assert "export would replace it" in shown["critical"][0]
    assert first.read_text(encoding="utf-8") == "原文"
