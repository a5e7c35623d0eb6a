"""``jxeditor suggest``: third-level indicators suggested for a 一级, 二级 and project name.

``jxeditor suggest --level1 L1 --level2 L2 --project NAME [--learn FILE]...
[--no-user-library] [-n N] [--json]`` ranks the user's library (in the data folder:
``JXEDITOR_DATA_DIR``, else the editor's own local data folder) and the shipped one.
``--learn`` adds files to the user's library first, as if opened in the editor.
``--json`` prints ``[{"name", "value", "unit", "explanation", "source"}]`` best first.
Exit status 2 when a file cannot be read or the library cannot be written; a corrupt
library file is set aside (``.bad``) with a note on stderr and the call goes on.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from jxeditor.cli.output import EXIT_FILE, EXIT_OK
from jxeditor.errors import FileFormatError
from jxeditor.formats.documents import load_document
from jxeditor.library.entries import USER
from jxeditor.library.sound import learnable_rows
from jxeditor.library.store import LIBRARY_FILE, UserLibrary
from jxeditor.library.suggest import Suggester
from jxeditor.storage.atomic import os_error_text

DATA_DIR_ENV = "JXEDITOR_DATA_DIR"
ORGANIZATION = APPLICATION = "jxeditor"


def data_folder() -> Path:
    """The editor's local data folder without Qt: ``JXEDITOR_DATA_DIR`` when set, else
    where Qt's ``AppLocalDataLocation`` puts it on this system."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORGANIZATION / APPLICATION


def run(args: argparse.Namespace) -> int:
    """Runs ``suggest`` as parsed."""
    with tempfile.TemporaryDirectory(prefix="jxeditor-suggest-") as scratch:
        return _run(args, Path(scratch))


def _run(args: argparse.Namespace, scratch: Path) -> int:
    user: UserLibrary | None = None
    try:
        if not args.no_user_library:
            user = UserLibrary(data_folder() / LIBRARY_FILE)
        elif args.learn:  # the files still count for this call, in a library of its own
            user = UserLibrary(scratch / LIBRARY_FILE)
        for name in args.learn:
            doc, _notices = load_document(name)
            if user is not None:
                user.learn(learnable_rows(doc), str(Path(name).resolve()))  # as the editor
        suggester = Suggester(user)
        suggester.refresh()
    except FileFormatError as error:
        sys.stderr.write(f"{error}\n")
        return EXIT_FILE
    except OSError as error:
        sys.stderr.write(f"jxeditor：无法使用本机指标库：{os_error_text(error)}\n")
        return EXIT_FILE
    finally:
        for notice in user.take_notices() if user is not None else ():
            sys.stderr.write(f"jxeditor：{notice}\n")  # a corrupt library set aside …
    found = suggester.suggest(args.level1, args.level2, args.project, n=args.n,
                              user=user is not None)
    if args.json:
        sys.stdout.write(json.dumps([s.to_json() for s in found], ensure_ascii=False,
                                    indent=2) + "\n")
        return EXIT_OK
    for number, s in enumerate(found, start=1):
        mine = "（本机）" if s.source == USER else ""
        sys.stdout.write(f"{number}. {s.name}　{s.value}{mine}"
                         + (f"　—— {s.explanation}" if s.explanation else "") + "\n")
    if not found:
        sys.stdout.write("没有可推荐的指标\n")
    return EXIT_OK
