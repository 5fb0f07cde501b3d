"""Project files: round trip, backup, migration of version 0, clear errors, file untouched."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core import edits
from editor.core.fileio import backup_path
from editor.core.model import Status
from editor.core.pipeline import load_edition
from editor.core.project import (
    PROJECT_FORMAT,
    PROJECT_VERSION,
    ProjectError,
    changed_on_disk,
    file_fingerprint,
    is_project,
    load_project,
    project_bytes,
    save_project,
)

SAMPLE = Path(__file__).parents[2] / "resources" / "sample"


@pytest.fixture(scope="module")
def sample():
    return load_edition([SAMPLE / "page1.txt", SAMPLE / "page2.txt"]).edition


def sources_of(edition) -> list[tuple[str, str, str, str]]:
    return [(s.name, s.page, s.encoding, s.text) for s in edition.sources]


def test_round_trip_keeps_model_sources_repairs_ignored_and_meta(sample, tmp_path):
    path = tmp_path / "edition.layout.json"
    save_project(path, sample, ignored={"split:12", "orphan:3"}, meta={"editor": "王编辑"})
    project = load_project(path)
    assert project.edition.snapshot() == sample.snapshot()
    assert sources_of(project.edition) == sources_of(sample)
    assert [r.to_dict() for r in project.edition.repairs] == [r.to_dict() for r in sample.repairs]
    assert project.ignored == {"split:12", "orphan:3"}
    assert project.meta == {"editor": "王编辑"}
    assert project.version == PROJECT_VERSION


def test_file_is_readable_versioned_json(sample, tmp_path):
    path = tmp_path / "edition.layout.json"
    save_project(path, sample)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == PROJECT_FORMAT and data["version"] == PROJECT_VERSION
    assert sample.sources[0].text[:20] in path.read_text(encoding="utf-8")  # not \u-escaped
    assert is_project(path)


def test_statuses_comments_and_edits_survive(sample, tmp_path):
    edition = load_project_copy(sample, tmp_path)
    article = next(edition.articles())
    block = article.blocks[-1]
    article.status = Status.ATTENTION
    article.comment = "核对人名"
    edits.edit_text(edition, block.id, block.text + "（补）").apply(edition)
    path = tmp_path / "edited.layout.json"
    save_project(path, edition)
    loaded = load_project(path).edition
    assert loaded.snapshot() == edition.snapshot()
    assert loaded.article(article.id).comment == "核对人名"
    assert loaded.block(block.id).edited


def test_loaded_edition_has_indexes_and_fresh_ids(sample, tmp_path):
    edition = load_project_copy(sample, tmp_path)
    used = {b.id for b in edition.all_blocks()} | {a.id for a in edition.articles()}
    block = next(edition.all_blocks())
    assert edition.block(block.id) is block
    assert edition.new_id() not in used


def load_project_copy(edition, tmp_path):
    path = tmp_path / "copy.layout.json"
    save_project(path, edition)
    return load_project(path).edition


def test_save_keeps_previous_version_as_backup(sample, tmp_path):
    path = tmp_path / "edition.layout.json"
    save_project(path, sample, meta={"n": 1})
    assert not backup_path(path).exists()
    save_project(path, sample, meta={"n": 2})
    assert load_project(backup_path(path)).meta == {"n": 1}
    assert load_project(path).meta == {"n": 2}


def test_save_keeps_file_permissions(sample, tmp_path):
    path = tmp_path / "edition.layout.json"
    save_project(path, sample)
    os.chmod(path, 0o640)
    save_project(path, sample)
    assert path.stat().st_mode & 0o777 == 0o640


def test_version_0_is_migrated(tmp_path):
    text = "本报讯 市里召开会议。\n"
    old = {
        "format": PROJECT_FORMAT, "version": 0,
        "source": {"name": "a.txt", "encoding": "gb18030", "text": text},
        "furniture": [],
        "sections": [{"id": 1, "head": [], "articles": [
            {"id": 2, "checked": True, "blocks": [
                {"id": 3, "role": "dateline", "text": "本报讯", "spans": [[0, 3]]},
                {"id": 4, "role": "paragraph", "text": "市里召开会议。", "spans": [[4, 11]]},
            ]}]}],
        "ignored": ["k"],
    }
    path = tmp_path / "old.layout.json"
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    project = load_project(path)
    assert project.version == 0
    edition = project.edition
    article = edition.article(2)
    assert article.status == Status.PROOFREAD and article.comment == ""
    assert [b.spans[0].source for b in article.blocks] == [0, 0]
    assert edition.sources[0].encoding == "gb18030" and edition.sources[0].page == ""
    assert project.ignored == {"k"} and edition.repairs == []
    assert edition.new_id() == 5
    assert path.read_bytes() == before  # migration happens in memory; saving writes version 1


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "corrupt"),
        (b'{"format": "layout-assistant/project", "version": 1, "sources": [', "corrupt"),
        (b"\xff\xfe\x00garbage", "corrupt"),
        (b'{"format": "something/else", "version": 1}', "format"),
        (b"[1, 2, 3]", "format"),
        (b'{"format": "layout-assistant/project", "version": 99}', "newer"),
        (b'{"format": "layout-assistant/project", "version": "1"}', "invalid"),
        (b'{"format": "layout-assistant/project", "version": 1}', "missing-key"),
        (b'{"format": "layout-assistant/project", "version": 0}', "missing-key"),
    ],
)
def test_bad_project_files_get_a_clear_error_and_stay_untouched(tmp_path, content, code):
    path = tmp_path / "bad.layout.json"
    path.write_bytes(content)
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    assert caught.value.code == code
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.layout.json"]


def test_newer_version_says_to_update(tmp_path):
    path = tmp_path / "new.layout.json"
    path.write_text(json.dumps({"format": PROJECT_FORMAT, "version": PROJECT_VERSION + 1}))
    with pytest.raises(ProjectError, match="newer version of Layout Assistant.*update the"):
        load_project(path)


def test_damaged_model_is_invalid_and_points_to_backup(sample, tmp_path):
    path = tmp_path / "edition.layout.json"
    save_project(path, sample)
    save_project(path, sample)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sections"][0]["articles"][0]["blocks"][0]["role"] = "banner"
    data["furniture"][0]["spans"] = [[7, 0, 1]]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    assert caught.value.code == "invalid"
    assert str(backup_path(path)) in str(caught.value)


def test_duplicate_ids_are_refused(sample, tmp_path):
    path = tmp_path / "edition.layout.json"
    save_project(path, sample)
    data = json.loads(path.read_text(encoding="utf-8"))
    blocks = data["sections"][0]["articles"][0]["blocks"]
    blocks[1]["id"] = blocks[0]["id"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ProjectError, match="appears twice"):
        load_project(path)


def test_missing_folder_and_directory_errors(tmp_path):
    with pytest.raises(ProjectError) as missing:
        load_project(tmp_path / "nope.layout.json")
    assert missing.value.code == "missing"
    with pytest.raises(ProjectError) as folder:
        load_project(tmp_path)
    assert folder.value.code == "directory"


def test_is_project_sniffs_cheaply(sample, tmp_path):
    text = tmp_path / "edition.txt"
    text.write_text("本报讯 今天天气晴。", encoding="utf-8")
    assert not is_project(text)
    assert not is_project(tmp_path)
    assert not is_project(tmp_path / "missing.layout.json")


def test_fingerprint_tells_changes_from_touches(tmp_path):
    path = tmp_path / "edition.layout.json"
    path.write_text("一", encoding="utf-8")
    print_ = file_fingerprint(path)
    assert not changed_on_disk(path, print_)
    os.utime(path, ns=(print_.mtime_ns + 10**9, print_.mtime_ns + 10**9))
    assert not changed_on_disk(path, print_)
    path.write_text("二", encoding="utf-8")  # same size, other bytes
    assert changed_on_disk(path, print_)
    path.unlink()
    assert changed_on_disk(path, print_)


def json_paths(value, prefix=()):
    """Every place in a JSON tree, as a tuple of keys and indexes."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from json_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):
            yield from json_paths(item, (*prefix, index))


SMALL = load_edition([SAMPLE / "page1.txt"]).edition
SMALL_DATA = json.loads(project_bytes(SMALL, ignored={"k"}, meta={"m": [1]}))
PATHS = [p for p in json_paths(SMALL_DATA) if p]
ODD_VALUES = [None, True, 0, -1, 1.5, 10**12, "", "x", "paragraph", [], [1, 2], {}, {"id": 1}]


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(PATHS), st.sampled_from(ODD_VALUES)),
                min_size=1, max_size=3))
def test_damaged_project_loads_or_raises_project_error(tmp_path, damage):
    data = json.loads(json.dumps(SMALL_DATA))
    for path, value in damage:
        node = data
        try:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = copy.deepcopy(value)
        except (KeyError, IndexError, TypeError):
            continue
    target = tmp_path / "damaged.layout.json"
    content = json.dumps(data, ensure_ascii=False).encode("utf-8")
    target.write_bytes(content)
    try:
        load_project(target)
    except ProjectError:
        pass
    assert target.read_bytes() == content
