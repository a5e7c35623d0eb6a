"""The one error type for unreadable files: its text is one Chinese line naming the file
and, where known, the place, then the message (never a traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jxeditor.errors import FileFormatError


@pytest.mark.parametrize(
    ("path", "place", "text"),
    [
        ("表.json", "第 3 行第 5 列", "文件“表.json”：第 3 行第 5 列：不是有效的 JSON"),
        (Path("a") / "表.xlsx", "", f"文件“{Path('a') / '表.xlsx'}”：不是有效的 JSON"),
        (None, "位置 projects[0]", "位置 projects[0]：不是有效的 JSON"),
        (None, "", "不是有效的 JSON"),
    ],
)
def test_the_message_names_file_and_place(path: str | Path | None, place: str, text: str) -> None:
    error = FileFormatError(path, "不是有效的 JSON", place)
    assert str(error) == error.text() == text
    assert error.path == ("" if path is None else str(path))
    assert (error.message, error.place) == ("不是有效的 JSON", place)


def test_it_is_raised_and_caught_as_an_exception() -> None:
    with pytest.raises(FileFormatError, match=r"^文件“x”：坏了$"):
        raise FileFormatError("x", "坏了")
