"""Why a file could not be opened or saved is said in Chinese (issue 13.8): the system's
reason, or for an error of the program itself its kind, never an English sentence."""

from __future__ import annotations

import errno
import re

from ui.session.file_io import error_reason

LATIN_WORDS = re.compile(r"[A-Za-z]+ [A-Za-z]+")


def test_system_errors_in_chinese() -> None:
    assert error_reason(PermissionError(errno.EACCES, "Permission denied")).startswith("没有写入权限")
    assert error_reason(OSError(errno.EIO, "Input/output error")).startswith("磁盘读写出错")
    assert error_reason(OSError(99999, "Strange thing")) == "系统错误（错误代码 99999）"


def test_a_program_error_names_its_kind_only() -> None:
    reason = error_reason(ValueError("could not convert string to float: 'x'"))
    assert reason.startswith("程序内部错误（ValueError）")
    assert not LATIN_WORDS.search(reason)
