"""Reading: every encoding a newsroom meets, and a clear InputError for what is not an edition."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from editor.core.reading import InputError, decode, read_source, source_from_text

SAMPLE = Path(__file__).parents[2] / "resources" / "sample"
TEXT = (SAMPLE / "page1.txt").read_text(encoding="utf-8")
TRADITIONAL = ("本報訊（記者 陳明遠）市政府昨日舉行會議，討論舊城區改造計劃。\n\n"
               "會議指出，今年將完成三個社區的道路與管線更新工程。\n\n本報記者 林家豪\n")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-bom"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TRADITIONAL.encode("big5"), "big5"),
        (TEXT.encode("utf-16"), "utf-16-le-bom"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.replace("\n", "\r\n").encode("gb18030"), "gb18030"),
    ],
)
def test_encodings_are_recognised(data, encoding):
    decoded = decode(data, "page.txt")
    expected = TRADITIONAL if encoding == "big5" else TEXT
    assert decoded.encoding == encoding
    assert decoded.text == expected


def test_file_mixing_utf8_and_gb18030_keeps_every_character():
    # One page pasted from a UTF-8 system, the rest from a GB18030 one (the seam mid-line).
    half = len(TEXT) // 2
    decoded = decode(TEXT[:half].encode("utf-8") + TEXT[half:].encode("gb18030"))
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-8+gb18030"


def test_file_mixing_utf8_and_big5_lines():
    data = "市政府召开会议。\n".encode() + TRADITIONAL.encode("big5")
    decoded = decode(data)
    assert decoded.text == "市政府召开会议。\n" + TRADITIONAL
    assert decoded.encoding == "utf-8+big5"


def test_stray_nul_bytes_are_dropped_many_are_refused():
    data = TEXT.encode("utf-8")
    decoded = decode(data[:300] + b"\x00" + data[300:] + b"\x00\x00")
    assert decoded.text == TEXT
    with pytest.raises(InputError) as caught:
        decode(b"\x00" * 20 + data)
    assert caught.value.code == "nul"


def test_newlines_are_normalised_and_remembered():
    assert decode("一\r\n二\r\n".encode()).newline == "\r\n"
    assert decode("一\r二\r".encode()).text == "一\n二\n"
    assert source_from_text("一\r\n二").text == "一\n二"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b" \t\r\n\n", "empty"),
        ("\u3000\u3000\n".encode(), "empty"),
        (b"\xef\xbb\xbf\r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        (b"\xff\xd8\xff\xe0" + bytes(range(256)), "binary"),
        (b"%PDF-1.7\n" + TEXT.encode(), "binary"),
        (bytes(range(1, 32)) * 200, "binary"),
        (b"\x00" * 50 + b"\xff\xfe\xfd" * 100, "nul"),
        (b"\x00\x01\x02\x03" * 500, "binary"),
        ("".join(ch + "\x07" for ch in TEXT).encode(), "binary"),
    ],
)
def test_what_is_not_an_edition_is_refused_with_a_code(data, code):
    with pytest.raises(InputError) as caught:
        decode(data, "x.txt")
    assert caught.value.code == code
    assert str(caught.value).startswith("x.txt: ")


def test_zip_archive_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page1.txt", TEXT)
    with pytest.raises(InputError, match="ZIP"):
        decode(buffer.getvalue())


def test_random_bytes_are_refused():
    with pytest.raises(InputError):
        decode(bytes(range(128, 256)) * 40 + bytes(range(1, 9)) * 100)


def test_a_few_control_characters_are_kept():
    text = TEXT.replace("。", "。\x1b", 3) + "\f"
    assert decode(text.encode()).text == text


def test_read_source_errors(tmp_path):
    with pytest.raises(InputError) as folder:
        read_source(tmp_path)
    assert folder.value.code == "directory"
    with pytest.raises(InputError) as missing:
        read_source(tmp_path / "missing.txt")
    assert missing.value.code == "missing"
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="gb18030")
    source = read_source(page, page="2")
    assert (source.name, source.page, source.encoding) == ("page.txt", "2", "gb18030")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files without read permission")
def test_unreadable_file(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    page.chmod(0)
    try:
        with pytest.raises(InputError) as caught:
            read_source(page)
    finally:
        page.chmod(0o644)
    assert caught.value.code == "unreadable"


def test_gb18030_file_with_a_utf8_line_that_is_valid_gb18030_too():
    # "新华社北京电" in UTF-8 happens to be valid GB18030: the whole file would decode as
    # GB18030, that line as nonsense, if lines were not compared.
    line = "新华社北京电"
    data = TEXT.encode("gb18030") + b"\n" + line.encode("utf-8") + b"\n"
    assert data.decode("gb18030")  # the trap is real
    decoded = decode(data)
    assert decoded.text == TEXT + "\n" + line + "\n"
    assert decoded.encoding == "utf-8+gb18030"


def test_short_gb18030_lines_that_are_valid_utf8_stay_gb18030():
    lines = "\n".join(["全", "市", "今天", TEXT])
    decoded = decode(lines.encode("gb18030"))
    assert decoded.text == lines and decoded.encoding == "gb18030"


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    from editor.core import reading

    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_source(page)
    assert caught.value.code == "too-large" and "split it into page files" in str(caught.value)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_instead_of_read_forever():
    with pytest.raises(InputError) as caught:
        read_source("/dev/zero")
    assert caught.value.code == "not-a-file"
